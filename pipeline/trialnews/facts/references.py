"""Reference lines: the publication an article cites in a line of its own.

Press releases and stories often end with the paper's reference, written the way journals and
meetings print it, after a label or on its own line:

- a Vancouver-style reference: ``Source: Li X, Vanness MA, Holt RR, et al. Title of the paper.
  The Journal Name. 2018;12(3):45-50.`` (authors as ``Surname Initials``, then the title, the
  journal and the year);
- a meeting abstract's block: the paper's title on one line, then its authors with their
  affiliation marks (``M. Ruhwald1, J.A. Cayla2, H. Aggerbaek1``), then the affiliations;
- a labelled list of authors written in full, with the title in quotation marks before or after it
  and the journal after both (``Article reference: Jane Smith, Ali Khan, Bo Li, "Title," Journal,
  2018.``, ``Publication: 'Title' Jane Smith, Ali Khan`` with the journal on the next line,
  ``Article: "Title;" Jane Smith, PhD, Lake University; Ali Khan, MD; Journal, online ...``), or
  alone after an authors' label (``Study authors: Jane Smith, Ali Khan, Bo Li``);
- a news agency's source line: ``SOURCE: bit.ly/abc The Journal Name, online June 11, 2015.``;
- an author-year reference: ``Smith et al (2017). 'Title'. The Journal.``, ``Li, K-H. et al
  (2016). Title, Journal Name, DOI: ...``.

The labels are ``patterns/reference_labels.txt``. :func:`reference_citations` reads every such line
of a text, each with where it stands (:func:`reference_citation` is its first, for the tests); the
citation fact (``trialnews.facts.citation``) chooses the trial's among them and prefers it to what
the prose says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Iterator

from ..resources import load_json, load_lexicon, phrase_regex, word_set
from ..scanning import WHITE_SPACE_RUN, alternation, compile_pattern

#: The fewest names an author line of a meeting abstract lists (one name alone is a byline).
MIN_LISTED_AUTHORS = 2
#: The fewest words of a title line above an author line.
MIN_TITLE_WORDS = 4
#: The most words of a journal's name that no lexicon knows.
MAX_JOURNAL_WORDS = 10
#: Words this short may stay lower case in a journal's name ("of", "and", "the").
SHORT_WORD_CHARS = 3
#: The word lists of reference lines (``patterns/``), by the setting that names them.
REFERENCE_LABELS = "reference_labels.txt"
JOURNALS = "journals.txt"
ACADEMIC_DEGREES = "academic_degrees.txt"
AUTHOR_LIST_LABELS = "author_list_labels.txt"
SURNAME_PARTICLES = "surname_particles.txt"
JOURNAL_TITLE_WORDS = "journal_title_words.txt"
ORGANISATION_HEADS = "organisation_heads.txt"
#: The most words of one person's name in an author list ("Yong Kuei Timothy Lim", "M Rowena Del
#: Rosario-Raymundo"); a longer run is a phrase, not a name.
MAX_NAME_WORDS = 5
#: The fewest names (without "et al") of a Vancouver list run into other words of its line, or of a
#: labelled list whose title runs into its journal.
MIN_RUN_IN_AUTHORS = 3


@dataclass(frozen=True)
class Settings:
    """The settings of reading a reference line (part of the citation fact's settings,
    :class:`trialnews.facts.citation.Settings`)."""

    #: The fewest names of an author list (one name alone is a byline or a speaker).
    min_listed_authors: int = MIN_LISTED_AUTHORS
    #: The fewest names of a list run into other words or into its journal (without "et al").
    min_run_in_authors: int = MIN_RUN_IN_AUTHORS
    #: The fewest words of a paper's title.
    min_title_words: int = MIN_TITLE_WORDS
    #: The most words of a journal's name that no lexicon knows.
    max_journal_words: int = MAX_JOURNAL_WORDS
    #: Words this short may stay lower case in a journal's name.
    short_word_chars: int = SHORT_WORD_CHARS
    #: The most words of one person's name in an author list.
    max_name_words: int = MAX_NAME_WORDS
    #: Lexicons: the labels before a reference ("Source:"), the journals known by name, the
    #: degrees after an author's name ("M.D."), the labels of a line of authors alone ("Study
    #: authors:") and the lower-case words inside a name ("ter", "da").
    reference_labels: str = REFERENCE_LABELS
    journals: str = JOURNALS
    academic_degrees: str = ACADEMIC_DEGREES
    author_list_labels: str = AUTHOR_LIST_LABELS
    surname_particles: str = SURNAME_PARTICLES
    #: The words of a journal's title ("Journal", "Oncology"): a name on the line after a reference
    #: is its journal only with one of them or when the journal lexicon knows it.
    journal_title_words: str = JOURNAL_TITLE_WORDS
    #: The head words of organisations' names ("Society", "Association"): a source line naming
    #: one without "Journal" names a meeting or a society, not a journal.
    organisation_heads: str = ORGANISATION_HEADS


DEFAULTS = Settings()

#: A lower-case particle before a surname (``patterns/surname_particles.txt``: "van", "de").
#: A lower-case particle that may open a surname (``von``, ``de``; ``surname_particles.txt``).
PARTICLE = alternation(load_lexicon(SURNAME_PARTICLES))
#: The same particles lower-case or capitalised (``von``, ``Van``: "Linda V. Van Horn"), as a listed
#: name may write them (facts/citation.py).
PARTICLE_ANY_CASE = "|".join(rf"[{p[0].upper()}{p[0]}]{re.escape(p[1:])}" for p in load_lexicon(SURNAME_PARTICLES))
#: The capitals and the letters of names in a reference, accented ones included (``Álvarez``,
#: ``Øvrebø``, ``Özdemir``, ``Nguyễn``): one name the list cannot read ends the whole list.
_CAPITAL = "A-Z\u00C0-\u00D6\u00D8-\u00DE"
_LETTER = "A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF"
_SMALL = "a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u1E00-\u1EFF"
#: A surname as journals print it in a reference (``Tuuli``, ``O'Neil``, ``Lopez-Diaz``, ``van Dijk``,
#: ``García Márquez``).
_SURNAME = rf"(?:{PARTICLE}\s){{0,2}}[{_CAPITAL}][{_LETTER}'\u2019-]+(?:\s[{_CAPITAL}][{_SMALL}'\u2019-]+)?"
#: A Vancouver author's initials: ``MG``, ``RAH``, or with full stops (``M.G.``, ``T.``).
_VANCOUVER_INITIALS = r"(?:(?:[A-Z]\.){1,3}(?![\w.])|[A-Z]{1,3}\b)"
#: ``Surname Initials``: ``Tuuli MG``, ``Stewart RAH``, a generation between them (``Rodriguez Jr. T``).
_VANCOUVER_AUTHOR = rf"{_SURNAME}(?:\s(?:Jr|Sr)\.?)?\s{_VANCOUVER_INITIALS}"
#: A Vancouver author list, its last name after "and" or a comma, then a group as an author (",
#: the X Investigators": others, et al) or one the authors write for ("for the X investigators",
#: "on behalf of the X Group": the names are the whole byline).
#: A later name of the list may carry a stray comma before its initials (``Davidson C, Lee, JS,
#: Costa MA``: a typo of the press release), read as ``Lee JS``.
#: A space before a list's comma (``Allen LA , Moss B``) is an artefact of the page's conversion.
_LISTED_VANCOUVER_AUTHOR = rf"{_SURNAME}(?:\s(?:Jr|Sr)\.?)?,?\s{_VANCOUVER_INITIALS}"
_VANCOUVER = compile_pattern(
    rf"^(?P<authors>{_VANCOUVER_AUTHOR}(?:\s?,\s{_LISTED_VANCOUVER_AUTHOR})*(?:,?\sand\s{_LISTED_VANCOUVER_AUTHOR})?)"
    r"(?:(?P<group>,\s(?:the\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*)*\s(?:Investigators|Group|Collaborators|Consortium))"
    r"|,?\s(?:for|on\sbehalf\sof)\s(?:the\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*)*\s(?:[Ii]nvestigators|Group|Collaborators|Consortium))?"
    r"(?P<etal>,?\set\sal\.?)?(?:\.|(?<=\.))\s+(?P<rest>.+)$")  # the list's stop may be its last initial's
_AUTHOR_IN_LIST = compile_pattern(_VANCOUVER_AUTHOR)
_LISTED_AUTHOR = compile_pattern(_LISTED_VANCOUVER_AUTHOR)
#: A name as a meeting abstract lists it, with its affiliation marks: ``J.A. Cayla2``,
#: ``Emmanuel Bujold1``, ``Lionel-Ange Poungui1*``.
_LISTED_NAME = (r"(?:(?:[A-Z]\.\s?){1,3}|(?:[A-Z]\.\s)?[A-Z][a-z\u00C0-\u017F'\u2019]+(?:-[A-Z][a-z\u00C0-\u017F'\u2019]+)?\s"
                r"(?:[A-Z]\.\s)?)"
                rf"(?:{PARTICLE}\s)?[A-Z][A-Za-z\u00C0-\u017F'\u2019-]+")
_MARKS = r"[\d,*\u2020\u2021]*"
_AUTHOR_LINE = compile_pattern(rf"^(?P<names>{_LISTED_NAME}{_MARKS}(?:,\s*(?:and\s)?{_LISTED_NAME}{_MARKS})+)\s*$")
_LISTED = compile_pattern(rf"(?P<name>{_LISTED_NAME}){_MARKS}")
#: A year of publication (1900-2099) as a reference writes it.
YEAR = compile_pattern(r"\b(?:19|20)\d{2}\b")
#: Where a journal's name ends in a reference: at the date, volume or pages after it.
_DATE_OR_VOLUME = compile_pattern(r"[.,;]\s*(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b|$)"
                                  r"|\s+(?=\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
                                  r"|\s+(?=(?:19|20)\d{2}\s*[;:(])")  # "Pediatrics 2016;137(3)": the year and volume after a space
#: What opens a meeting abstract's title line: ``Abstract 9953``, ``Abstract 32``.
_ABSTRACT_NUMBER = compile_pattern(r"^(?:Abstract|Poster|Presentation)\s+[\w-]+\s*[:.-]?\s*", re.IGNORECASE)


@cache
def label_pattern(name: str = REFERENCE_LABELS) -> re.Pattern[str]:
    """A label from the list ``name`` at the start of a line, with its colon and the spaces after it:
    a reference line's ("Source:", "Reference:"; ``reference_labels.txt``, which citation.py and
    author_lists.py read too) or an authors' line's ("Authors:"; ``author_list_labels.txt``)."""
    labels = sorted(load_lexicon(name), key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, label.split())) for label in labels)
    return compile_pattern(rf"^\s*(?:{words})\s*:\s*", re.IGNORECASE)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")]


def placed_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` stripped of its white space, with the offset in ``text`` where the
    stripped line starts: the place every reader of a line (a reference line, an author list)
    gives its evidence from."""
    at = 0
    for raw in text.split("\n"):
        yield at + len(raw) - len(raw.lstrip()), raw.strip()
        at += len(raw) + 1


#: Where a reference stands: a line of its own (after a label or none, or a note a reader of a line
#: reads whole), or run into what comes before it on its line (a Vancouver list after a note's
#: number, "iv Berg A, ...", or after other words, "Read the paper Berg A, ...").
LINE, RUN_IN = "line", "run-in"


def reference_citation(text: str, settings: Settings = DEFAULTS) -> dict | None:
    """The citation of the first reference line of ``text`` (see the module's docstring), or None."""
    return next((found for found, _ in reference_citations(text, settings)), None)


def reference_citations(text: str, settings: Settings = DEFAULTS) -> Iterator[tuple[dict, str]]:
    """The citation of each reference line of ``text``, in the order of the lines, with where it
    stands (:data:`LINE` or :data:`RUN_IN`): a story that ends with a list of
    references gives several, the trial's paper and the background's."""
    for found, where, _ in reference_citations_at(text, settings):
        yield found, where


#: The most lines away from its own that a reader of a reference line reads a value from (the
#: first non-blank one): a named list's journal after it, a meeting abstract's title before it.
NEAR_LINES = 2


def reference_citations_at(text: str, settings: Settings = DEFAULTS) -> Iterator[tuple[dict, str, tuple[int, int, str]]]:
    """:func:`reference_citations`, each with the line it was read from: its characters in ``text``
    (stripped) and the rule that read it (``citation:vancouver-reference``, ``citation:harvard-reference``, ...).
    A reader that takes a value from a line near its own (a named list's journal on the line after
    it, a meeting abstract's title on the line before) reads from those lines too: its place runs
    from the first line read to the last, so that every value it gives is in it."""
    placed = list(placed_lines(text))
    lines = [line for _, line in placed]
    label = label_pattern(settings.reference_labels)
    for i, (line_start, line) in enumerate(placed):
        if not line:
            continue  # a blank line (half an article's lines) holds no reference: every reader below needs words
        body = label.sub("", line, count=1)
        labelled = body != line
        # the readers in turn, the first that reads the line giving it (a chain, not a closure per
        # reader and line: the readers are tried at every line of every article)
        reader = "vancouver"
        read = _on_line(i, _vancouver(body, settings, labelled=labelled))
        if not read:
            reader, read = "first-author-et-al", _on_line(i, _first_author_et_al(body, settings))
        if not read:
            reader, read = "et-al-comma", _on_line(i, _et_al_comma(body, settings))
        if not read:
            reader, read = "harvard", _on_line(i, _harvard(body, settings))
        if not read and labelled:
            reader, read = "named-list", _named_list(lines, i, line, body, settings)
        if not read:
            reader, read = "quoted-title", _on_line(i, _quoted_title(body, labelled, settings))
        if not read:
            reader, read = "meeting-abstract", _meeting_abstract(lines, i, body, settings)
        if not read:
            reader, read = "title-first", _on_line(i, _title_first(body, settings))
        if not read and labelled:
            reader, read = "titled", _on_line(i, _titled(body, settings))
        if not read and labelled and line.lower().startswith("author"):
            reader, read = "lead-author", _on_line(i, _lead_author(body, settings))
        if not read and labelled:
            reader, read = "source-line", _on_line(i, _source_line(body, settings))
        where = LINE  # (a numbered note read whole, "1. Title. Berg A J et al. Journal.", stands on its line)
        if not read:
            read, reader = _on_line(i, _vancouver_inside(body, settings)), "vancouver-run-in"
            where = RUN_IN
        if read is not None:
            found, first, last = read  # the lines the reader read: "Title\nAbstract 12: names", "X, Y, Z\nThe Journal, 2017"
            start, end = placed[first][0], placed[last][0] + len(placed[last][1])
            yield found, where, (start, end, f"citation:{reader}-reference")


#: Words that join the capitalised words of a journal's name ("Annals of the Rheumatic Diseases"),
#: which its abbreviation leaves out ("N Engl J Med" for "New England Journal of Medicine").
JOURNAL_NAME_JOINERS = "journal_name_joiners.txt"


def journals_agree(a: str | None, b: str | None) -> bool:
    """Whether two names may be one journal: the same name, one the family of the other ("The
    Lancet", "Lancet Oncology"), one the other abbreviated word by word ("JAMA Cardiol", "N Engl J
    Med" for "New England Journal of Medicine") or by its initials ("JAMA" for "Journal of the
    American Medical Association")."""
    if not a or not b:
        return True  # a journal not named agrees with any
    joiners = word_set(JOURNAL_NAME_JOINERS)
    words = [[w for w in re.findall(r"[\w']+|&", name.lower()) if w not in joiners] for name in (a, b)]
    for short, full in (words, words[::-1]):
        if not short or not full:
            continue
        if short == full[:len(short)] or full == short[:len(full)]:
            return True
        if len(short) == len(full) and all(f.startswith(s) for s, f in zip(short, full)):
            return True
        if len(short) == 1 and short[0] == "".join(f[0] for f in full) or \
                len(short) >= 1 and "".join(f[0] for f in full[:len(short[0])]) == short[0] \
                and all(f.startswith(s) for s, f in zip(short[1:], full[len(short[0]):])) \
                and len(full) == len(short[0]) + len(short) - 1:
            return True  # "JAMA", "JAMA Oncol" for "Journal of the American Medical Association Oncology"
    return False


#: Where a reference's parts end: a full stop (or ? !), a closing quote after it optional
#: ('Berg A, et al. "Title of the paper." JAMA. 2016').
_PART_END = compile_pattern(r"(?:(?<=[.?!])|(?<=[.?!][\"\u201d]))\s+")
#: Where a part of a reference that gives the title first ends (:func:`_title_first`): a full stop
#: (or ? !) before a capital, as :data:`_PART_END` without its closing quote (such titles are
#: printed without quotes) and only before a capital, so that a title keeps a lower-case word after
#: a stop ("Drug vs. placebo in older adults"). The mark is in the match (not a look-behind): ``re``
#: skips to a mark in C instead of trying the look-behind at every character.
_PART_BREAK = compile_pattern(r"[.?!]\s+(?=[A-Z])")


def _title_first_parts(line: str) -> list[str]:
    """The line cut after each mark that a space and a capital follow (:data:`_PART_BREAK`), the
    mark kept with the part before and the spaces left out."""
    parts, start = [], 0
    for match in _PART_BREAK.finditer(line):
        parts.append(line[start:match.start() + 1])
        start = match.end()
    parts.append(line[start:])
    return parts
#: A reference numbered in a list of notes ("1. ", "[2] ", "3) ") before its first word.
_NOTE_NUMBER = compile_pattern(r"^(?:\[\d{1,2}\]|\d{1,2}[.)])\s+(?=[A-Z])")
#: ``Surname Initials`` with the initials spaced or not (``Henderson E J``, ``Henderson EJ``).
_SPACED_VANCOUVER_AUTHOR = rf"{_SURNAME}(?:\s[A-Z]{{1,3}}\b|(?:\s[A-Z]\b){{2,3}})"
#: The authors part of a reference that gives the title first: Vancouver names or names in
#: full, "et al" after them optional (``Henderson E J et al``, ``Anna Berg, Tom Lind and Mary Stone``).
_AUTHORS_PART = compile_pattern(
    rf"^(?P<names>(?:{_SPACED_VANCOUVER_AUTHOR}|{_LISTED_NAME})(?:,\s*(?!and\b)(?:{_SPACED_VANCOUVER_AUTHOR}|{_LISTED_NAME}))*"
    rf"(?:,?\s+and\s+(?:{_SPACED_VANCOUVER_AUTHOR}|{_LISTED_NAME}))?)(?P<etal>,?\s+et\s+al)?\.?$")


def _title_first(line: str, settings: Settings = DEFAULTS) -> dict | None:
    """A reference that gives the title first, then the authors, the journal and its date, each
    ended by a full stop, as press releases print them under "Notes to editors" or after
    "Paper:": ``1. Title of the paper (ACRONYM): a randomised trial. Henderson E J et al. Journal
    Name. January 2016. doi: ...`` or ``Title. Anna Berg, Tom Lind and Mary Stone. Journal 2019.``.
    Each part must have its shape: a title of some words, a list of people's names, a journal's
    name."""
    line = _NOTE_NUMBER.sub("", line, count=1)
    parts = [part.strip() for part in _title_first_parts(line) if part.strip()]
    if len(parts) < 3 or len(parts[0].split()) < settings.min_title_words or _AUTHOR_IN_LIST.match(parts[0]) \
            or re.search(r"(?:^|\s)[A-Z]\.$", parts[0]):
        return None  # (a "title" cut at an initial is a sentence listing names: "... Janice Davis, M. Victor Lemas")
    authors = _AUTHORS_PART.match(parts[1])
    if authors is None:
        return None
    names = [WHITE_SPACE_RUN.sub(" ", name) for name in
             re.split(r",\s*(?:and\s+)?|\s+and\s+", authors.group("names")) if name.strip()]
    if len(names) < settings.min_listed_authors and not authors.group("etal"):
        return None  # one name alone is a speaker or a byline, not an author list
    if any(set(name.split()) & not_name_words() for name in names):
        return None  # "Lancet Oncology, Cancer Research": names of things, not of people
    journal = re.sub(r"\s+(?:19|20)\d{2}\b.*$", "", _DATE_OR_VOLUME.split(parts[2])[0]).strip(" .")
    if not journal or not _known_or_titled_journal(journal, settings):
        return None
    year = YEAR.search(" ".join(parts[2:]))
    return {"authors": names, "et_al": bool(authors.group("etal")), "title": parts[0].rstrip("."),
            "journal": journal, "year": int(year.group()) if year else None, "doi": None}


#: Where a Vancouver author list may start inside a line, after other words ("See the full paper
#: in J Lakeside Med Moss AB, Kent CS, ..."): a one-word surname, its initials and the comma of a list.
_LIST_START_INSIDE = compile_pattern(rf"(?<![\w'\u2019-])(?:{PARTICLE}\s)?[{_CAPITAL}][{_LETTER}'\u2019-]+\s{_VANCOUVER_INITIALS},\s")
#: What any Vancouver list holds, sought first as a cheap gate: initials, then a comma (" AB, ", " A.B., ").
_INITIALS_AND_COMMA = compile_pattern(r" (?:[A-Z]{1,3}|(?:[A-Z]\.){1,3}), ")
#: A title's last piece after a comma that may be the journal ("Title of the paper, Lancet Oncology.
#: 2017."): the press release put a comma where the journal prints a full stop.
_LAST_COMMA_PIECE = compile_pattern(r",\s+(?P<journal>[^,]+)$")


def _joined_question(parts: list[str], settings: Settings = DEFAULTS) -> list[str]:
    """A title that asks a question before its subtitle ("Does X help? A randomised trial.") is
    one title: a part ending with ? or ! joins the next while that next is no journal's name."""
    while len(parts) > 2 and parts[0].endswith(("?", "!")) \
            and not _journal_shaped(_DATE_OR_VOLUME.split(parts[1])[0].strip(" ."), settings):
        parts = [f"{parts[0]} {parts[1]}", *parts[2:]]
    return parts


def _vancouver_inside(line: str, settings: Settings = DEFAULTS) -> dict | None:
    """A Vancouver reference after other words of its line (a heading run into it: "More on this
    study See the full paper in J Lakeside Med Moss AB, Kent CS, ... Title. J Lakeside Med.
    2017.", or a note's number, "1." or "iv"): at least ``settings.min_run_in_authors`` names (or "et
    al"), a title, a journal and a year."""
    if not _INITIALS_AND_COMMA.search(line):
        return None  # (most lines: no initials before a comma, and the scan for a list's start is dearer)
    for start in _LIST_START_INSIDE.finditer(line):
        if start.start() == 0:
            continue  # a line that opens with the list is read by _vancouver
        found = _vancouver(line[start.start():], settings)
        if found is not None and found["year"] is not None and found["journal"] \
                and (len(found["authors"]) >= settings.min_run_in_authors or found["et_al"]):
            return found
    return None


def _vancouver(line: str, settings: Settings = DEFAULTS, *, labelled: bool = False) -> dict | None:
    match = _VANCOUVER.match(line)
    if match is None:
        return None
    parts = [part.strip() for part in _PART_END.split(match.group("rest")) if part.strip()]
    if parts and _DATE_OR_VOLUME.split(parts[0])[0].strip(" .").lower() in _journals(settings.journals):
        parts = ["", *parts]  # "Brightling C, et al. The Lancet Respiratory Medicine, 2016.": no title
    parts = _joined_question(parts, settings)
    if len(parts) >= 2 and parts[1][:1].isdigit() \
            and (last := _LAST_COMMA_PIECE.search(parts[0].rstrip("."))) \
            and _known_or_titled_journal(last.group("journal").strip(), settings):
        # "Title of the paper, Lancet Oncology. 2017.": the journal after the title's last comma
        parts = [parts[0].rstrip(".")[:last.start()], last.group("journal").strip(), *parts[1:]]
    authors = [re.sub(r",\s(?=[A-Z.]{1,6}$)", " ", author) for author in _LISTED_AUTHOR.findall(match.group("authors"))]
    authors = [author[:-1] if author.endswith(".") and author.count(".") == 1 else author for author in authors]  # "Moss B." ends the list
    if len(authors) < settings.min_listed_authors and not match.group("etal"):
        return None  # "Miriam E. Tucker is a journalist.": one name is no author list
    if len(parts) < 2:
        return None  # an author list without a title and a journal is no reference
    title = parts[0].strip("\"\u201c\u201d").rstrip(".") or None
    journal = _DATE_OR_VOLUME.split(parts[1])[0].strip(" .")
    year = YEAR.search(" ".join(parts[1:]))
    if title is not None and len(title.split()) < settings.min_title_words:
        return None
    if not _journal_shaped(journal, settings):
        if labelled and title is not None and len(authors) >= settings.min_run_in_authors:
            # "Citation: Moss AB, Kent CS, ..., Berg T. Title ...StudyJ Lakeside Med. Published online ...":
            # a labelled list of names is the byline even where the title runs into a journal no one can
            # read apart; the prose names the journal and the title is left out
            return {"authors": authors, "et_al": bool(match.group("etal")) or bool(match.group("group")),
                    "title": None, "journal": None, "year": None, "doi": None}
        return None
    return {
        "authors": authors,
        "et_al": bool(match.group("etal")) or bool(match.group("group")),
        "title": title,
        "journal": journal,
        "year": int(year.group()) if year else None,
        "doi": None,
    }


#: ``M Elam et al.``, ``B. Groveman et al.``, ``Berg, A et al.``: the first author by initials and surname, or by surname, comma and initials.
_FIRST_ET_AL = compile_pattern(r"^(?P<name>(?:[A-Z]\.?\s?){1,3}\s?[A-Z][a-z'\u2019-]+|[A-Z][a-z'\u2019-]+,\s(?:[A-Z]\.?){1,3})"
                               r",?\s+et\s+al\.?,?\s+(?P<rest>.+)$")
#: A title in quotation marks, then its authors: ``"Title," Jane Smith, Ali Khan and Bo Li, ...``.
_QUOTED = compile_pattern(r"^[\"\u201c](?P<title>[^\"\u201d]{15,}?)[,.]?[\"\u201d][,.]?\s*(?P<rest>.*)$")
_ONE_NAME = rf"(?:{_LISTED_NAME}|{_VANCOUVER_AUTHOR})(?=,|\s+and\b|\s*[.;]|\s*$)"
_NAMES_AFTER = compile_pattern(rf"^(?:by\s+)?(?P<names>{_ONE_NAME}(?:,\s*(?!and\b){_ONE_NAME})*(?:,?\s+and\s+{_ONE_NAME})?)(?=[,.;\s]|$)")


def _known_journal(text: str, journals: str = JOURNALS) -> str | None:
    """The first part of ``text`` between commas or full stops that is a journal of
    ``patterns/journals.txt`` (a whole part: ``Obesity`` inside ``Pediatric Obesity`` is none)."""
    return next((part.strip() for part in re.split(r"[,.;()]", text) if part.strip().lower() in _journals(journals)), None)


#: A first author in full and "et al", then the title (in quotes or not), a comma, the journal and
#: the year in brackets: ``Anna Berg et al. Title of the paper, Journal Name (2016). DOI: ...``
#: (the "More information:" line of science news sites).
_ET_AL_COMMA = compile_pattern(
    rf"^(?P<name>{_LISTED_NAME}),?\s+et\s+al[.,]?\s+[\"\u201c]?(?P<title>[^\"\u201d]+?)(?:[,.]?[\"\u201d],?|,)\s+"
    r"(?P<journal>[A-Z][^,()\d]+?)\s+\((?P<year>(?:19|20)\d{2})\)")


def _et_al_comma(line: str, settings: Settings = DEFAULTS) -> dict | None:
    """``Anna Berg et al. Title, Journal (2016). DOI: ...``: the title of some words, and a journal
    the lexicon knows or with a word of a journal's title."""
    match = _ET_AL_COMMA.match(line)
    if match is None or len(match.group("title").split()) < settings.min_title_words:
        return None
    journal = match.group("journal").strip()
    if not _known_or_titled_journal(journal, settings):
        return None
    return {"authors": [WHITE_SPACE_RUN.sub(" ", match.group("name"))], "et_al": True, "title": match.group("title").strip(),
            "journal": journal, "year": int(match.group("year")), "doi": None}


def _first_author_et_al(line: str, settings: Settings = DEFAULTS) -> dict | None:
    """``ARTICLE: M Elam et al. Title of the paper. JAMA Cardiology. DOI: ...``"""
    match = _FIRST_ET_AL.match(line)
    if match is None:
        return None
    parts = [part.strip() for part in _PART_END.split(match.group("rest")) if part.strip()]
    if len(parts) < 2 or len(parts[0].split()) < settings.min_title_words:
        return None
    journal = _DATE_OR_VOLUME.split(parts[1])[0].strip(" .")
    journal = re.split(r"\s+(?:DOI|doi)\b", journal)[0].strip(" .,")
    if not _journal_shaped(journal, settings):
        return None
    year = YEAR.search(" ".join(parts[1:]))
    name = re.sub(r"^([A-Z][a-z'\u2019-]+),\s(.+?)\.?$", r"\1 \2", match.group("name"))  # "Kappelmann, N" is Kappelmann N
    return {"authors": [name], "et_al": True, "title": parts[0].rstrip("."), "journal": journal,
            "year": int(year.group()) if year else None, "doi": None}


def _quoted_title(line: str, labelled: bool, settings: Settings = DEFAULTS) -> dict | None:
    """A paper's title in quotation marks with its authors after it (``"Title," Jane Smith, Ali
    Khan and Bo Li, online February 1, 2016, Pediatrics``), or alone after a label (``Article:
    "Title" (doi: ...)``). A quotation followed by anything else is a quote, not a title."""
    match = _QUOTED.match(line)
    if match is None:
        return None
    rest = match.group("rest")
    names = _NAMES_AFTER.match(rest)
    if names is None and not (labelled and (not rest or rest.startswith("("))):
        return None
    authors = [name.strip() for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", names.group("names"))
               if name.strip()] if names else []
    if names and len(authors) < settings.min_listed_authors and not labelled:
        return None  # '"...," Jane Smith said': a quote and its speaker
    after = rest[names.end():] if names else rest
    year = YEAR.search(after)
    return {"authors": authors, "et_al": bool(re.search(r"\bet\s+al\b", after)) if authors else None,
            "title": match.group("title").strip(), "journal": _known_journal(after, settings.journals),
            "year": int(year.group()) if year else None, "doi": None}


def _known_or_titled_journal(name: str, settings: Settings = DEFAULTS) -> bool:
    """A journal the lexicon knows, or a name of a journal's shape with a word of a journal's title
    (``journal_title_words.txt``: ``Journal of Pain Research``), not any capitalised words."""
    return _journal_shaped(name, settings) and (name.lower() in _journals(settings.journals)
                                                or bool(set(name.split()) & set(load_lexicon(settings.journal_title_words))))


def _journal_shaped(name: str, settings: Settings = DEFAULTS) -> bool:
    """A journal's name: a known one, or a short name in title case (``The FASEB Journal``,
    ``Journal of Child and Adolescent Psychopharmacology``), never a sentence."""
    if name.lower() in _journals(settings.journals):
        return True
    words = name.split()
    return 0 < len(words) <= settings.max_journal_words and not YEAR.fullmatch(name) \
        and all(word[0].isupper() for word in words if len(word) > settings.short_word_chars)


@cache
def _journals(name: str = JOURNALS) -> frozenset[str]:
    return frozenset(entry.lower() for entry in load_lexicon(name))


def _titled(line: str, settings: Settings = DEFAULTS) -> dict | None:
    """A labelled line naming the paper by its title and a journal the lexicon knows:
    ``Citation: Title of the paper. Journal of the American College of Surgeons. 2017.``"""
    parts = [part.strip() for part in re.split(r"(?<=[.?!])\s+", line) if part.strip()]
    if len(parts) < 2 or len(parts[0].split()) < settings.min_title_words or _AUTHOR_IN_LIST.match(parts[0]):
        return None
    journal = _DATE_OR_VOLUME.split(parts[1])[0].strip(" .")
    if journal.lower() not in _journals(settings.journals):
        return None
    year = YEAR.search(" ".join(parts[1:]))
    return {"authors": [], "et_al": None, "title": parts[0].rstrip("."), "journal": journal,
            "year": int(year.group()) if year else None, "doi": None}


@cache
def _lead_author_line(degrees_name: str = ACADEMIC_DEGREES) -> re.Pattern[str]:
    """``Authors: Steven A. Narod, M.D., of Women's College, ..., and co-authors``: the first
    author by name and degree, the others unnamed."""
    degrees = "|".join(re.escape(d).replace(r"\.", r"\.?")
                       for d in sorted(load_lexicon(degrees_name), key=len, reverse=True))
    return compile_pattern(rf"^(?P<name>{_LISTED_NAME}),\s+(?:{degrees})(?=[,\s]).*?"
                           rf"(?P<others>\b(?:and\s+)?{phrase_regex(TEAM_WORDS)}\b)?\s*\.?$")


def _lead_author(line: str, settings: Settings = DEFAULTS) -> dict | None:
    match = _lead_author_line(settings.academic_degrees).match(line)
    if match is None:
        return None
    return {"authors": [match.group("name")], "et_al": bool(match.group("others")), "title": None, "journal": None,
            "year": None, "doi": None}


def _on_line(i: int, found: dict | None) -> tuple[dict, int, int] | None:
    """What a reader of line ``i`` alone found, with the lines it read (``i`` to ``i``)."""
    return (found, i, i) if found else None


def _meeting_abstract(lines: list[str], i: int, line: str, settings: Settings = DEFAULTS) -> tuple[dict, int, int] | None:
    """An author line with affiliation marks under a title line: a meeting abstract's header, with
    the first and last of ``lines`` read (the title's line when it gave the title, and line ``i``)."""
    match = _AUTHOR_LINE.match(line)
    if match is None:
        return None
    names = [m.group("name") for m in _LISTED.finditer(match.group("names"))]
    marked = re.search(r"[A-Za-z]\d", line) is not None
    if len(names) < settings.min_listed_authors or not marked and not label_pattern(settings.reference_labels).match(lines[i]):
        return None  # a list of names without affiliation marks or a label may be any list of people
    first = next((j for j in range(i - 1, max(-1, i - NEAR_LINES - 1), -1) if lines[j]), None)
    title = None if first is None else _ABSTRACT_NUMBER.sub("", lines[first]).strip()
    if title is not None and (len(title.split()) < settings.min_title_words or title.endswith(":")):
        title, first = None, None
    return ({"authors": names, "et_al": False, "title": title, "journal": None, "year": None, "doi": None},
            i if first is None else first, i)


# -- Author lists written in full -------------------------------------------------------------------

def list_separator(marks: str) -> str:
    """The regex of what parts two names of a list: one of ``marks`` (an "and" after it) or an "and"
    (``author_lists.py`` reads its lists with it too)."""
    return rf"\s*(?P<mark>[{marks}])\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+"


#: Where the pieces of an author list part: a comma or semicolon (with an "and" after it), an "and",
#: or a full stop that closes the list (not the stop of an initial: "D. Kim").
_LIST_SEPARATOR = compile_pattern(list_separator(",;") + r"|(?<![A-Z])(?P<stop>\.)(?:\s+|$)")
#: A word of a name: initials ("J.A.", "K-H.", "G") or a capitalised word ("O'Neil", "Lu-Yao", "Åke");
#: the regexes (``INITIALS``, the letters of a word after its first ``NAME_WORD_REST``) are read by
#: ``author_lists.py`` too.
INITIALS = r"(?:[A-Z]\.?-?){1,3}"
NAME_WORD_REST = r"[^\W\d_]*(?:['\u2019-][^\W\d_]+)*"
_INITIALS = compile_pattern(INITIALS)
_NAME_WORD = compile_pattern(rf"[^\W\d_]{NAME_WORD_REST}")
#: Affiliation marks after a listed name ("Ruhwald1", "Poungui1*").
_TRAILING_MARKS = compile_pattern(r"[\d*\u2020\u2021]+$")
#: A title in quotation marks, double or single, at the start of a text ("Title," 'Title'. “Title;”).
_QUOTED_START = compile_pattern(r"^(?:[\"\u201c](?P<double>[^\"\u201d]{15,}?)[,.;:]?[\"\u201d]"
                                r"|['\u2018](?P<single>[^\u2019]{15,}?)[,.;:]?(?:\u2019|'(?=[\s,.;]|$)))[,.;:]?\s*")
#: The most pieces of an affiliation between a listed name and the semicolon after it ("Jane Smith,
#: PhD, Dental Institute, Lake College; ...").
MAX_AFFILIATION_PIECES = 3
#: The words for an author's team ("and colleagues", "and co-authors"), which citation.py reads too.
TEAM_WORDS = "team_words.txt"
#: The words that, in a reference line, say its author list is not complete ("and colleagues"):
#: not all of TEAM_WORDS, whose "team" a journal's name holds ("Journal of Team Science").
REFERENCE_MORE_AUTHORS = "reference_more_authors.txt"
#: The most words of a group's name in "and the X Y Study Team" that ends an author list.
MAX_TEAM_NAME_WORDS = 4


@cache
def _more_authors(more_authors: str = REFERENCE_MORE_AUTHORS, team_words: str = TEAM_WORDS) -> re.Pattern[str]:
    """What says an author list is not complete: "et al" (a reference's abbreviation), a word that
    means more authors (``reference_more_authors.txt``: "and colleagues", "and co-authors"), or,
    right where the author list ends (the start of the rest of the line), "and the X Study Team"
    (a word of ``team_words.txt``)."""
    return compile_pattern(rf"(?i)\bet\s+al\b|\b{phrase_regex(more_authors)}\b"
                           rf"|^[\s,;]*(?:and|&)\s+the\s+(?:\S+\s+){{0,{MAX_TEAM_NAME_WORDS}}}?{phrase_regex(team_words)}\b")


#: The author roles' lexicon, whose ``not_name_words`` ("University", "Hospital") no person's name holds.
AUTHOR_ROLES = "author_roles.json"


@cache
def not_name_words(name: str = AUTHOR_ROLES) -> frozenset[str]:
    """The words no person's name holds (``not_name_words`` of ``author_roles.json``); the one
    loader of them (citation.py and conclusions.py read them here)."""
    return frozenset(load_json(name)["not_name_words"])


@cache
def degree_pieces(name: str = ACADEMIC_DEGREES) -> frozenset[str]:
    """The degrees after a name, without their full stops ("PhD" for "Ph.D.")."""
    return frozenset(entry.replace(".", "") for entry in load_lexicon(name))


def _person(piece: str, settings: Settings = DEFAULTS) -> str | None:
    """``piece`` as one person's full name ("Cosette M Wheeler", "Bram ter Harmsel", "J.A. Cayla"),
    or None: two to :data:`MAX_NAME_WORDS` words, initials or capitalised words with lower-case
    particles inside, ending in a capitalised word that is no organisation's ("University")."""
    words = _TRAILING_MARKS.sub("", piece.strip()).split()
    if not 2 <= len(words) <= settings.max_name_words or set(words) & not_name_words():
        return None
    particles = word_set(settings.surname_particles)
    for at, word in enumerate(words):
        if _INITIALS.fullmatch(word):
            continue
        if 0 < at < len(words) - 1 and word in particles:
            continue
        if not (_NAME_WORD.fullmatch(word) and word[0].isupper() and any(c.islower() for c in word)):
            return None
    if _INITIALS.fullmatch(words[-1]):
        return None
    return " ".join(words)


def _pieces(text: str) -> list[tuple[str, int, str]]:
    """The pieces of a list: each piece, the offset where the separator after it ends, and that
    separator ("," ";" "and", "." or "" at the end)."""
    pieces, at = [], 0
    for match in _LIST_SEPARATOR.finditer(text):
        pieces.append((text[at:match.start()], match.end(), match.group("mark") or ("." if match.group("stop") else "and")))
        at = match.end()
    if at < len(text):
        pieces.append((text[at:], len(text), ""))
    return pieces


def _name_series(text: str, settings: Settings = DEFAULTS) -> tuple[list[str], int]:
    """The names an author list opens with, and the offset in ``text`` where the list ends. Degrees
    after a name are skipped, and so is an affiliation ended by a semicolon ("Jane Smith, PhD, Lake
    University; Ali Khan, MD; ..."); the list ends at a full stop or at any other piece."""
    pieces = _pieces(text)
    names: list[str] = []
    with_degree: list[bool] = []
    ends: list[int] = [0]  # where the list ends before each name
    end, i = 0, 0
    while i < len(pieces):
        piece, after, separator = pieces[i]
        name = _person(piece, settings)
        if name is not None:
            names.append(name)
            with_degree.append(False)
            ends.append(end)
        elif not names:
            break
        elif piece.strip().replace(".", "") in degree_pieces(settings.academic_degrees):
            with_degree[-1] = True
        else:
            ahead = [p[2] for p in pieces[i:i + MAX_AFFILIATION_PIECES]]
            if ";" not in ahead:
                break
            i += ahead.index(";")  # an affiliation up to its semicolon
            piece, after, separator = pieces[i]
        end = after
        i += 1
        if separator == ".":
            break
    if len(names) > 1 and all(with_degree[:-1]) and not with_degree[-1] and end < len(text.rstrip(" .")):
        # every name but the last has its degree, and the list goes on: the last is the journal's
        # name ("...; Dana Ross, PhD; Child Development, published online ...")
        names.pop()
        end = ends[-1]
    return names, end


def _quoted_start(text: str) -> tuple[str, int] | None:
    match = _QUOTED_START.match(text)
    if match is None:
        return None
    return (match.group("double") or match.group("single")).strip(), match.end()


def _first_piece_journal(text: str, settings: Settings = DEFAULTS, *, known_only: bool = False) -> str | None:
    """The journal a reference names first after its authors and title ("Cancer, DOI: ...",
    "The Lancet Oncology, online 9 February 2017"); with ``known_only``, only a journal the lexicon
    knows or a name with a word of a journal's title."""
    first = re.split(r"[,;(]|\s+(?:DOI|doi)\b|\.\s|\s+(?=(?:19|20)\d{2}\b)", text.strip(" .,;:"), maxsplit=1)[0].strip(" .")
    if not first or not (_known_or_titled_journal if known_only else _journal_shaped)(first, settings):
        return None
    return first


def _named_list(lines: list[str], i: int, line: str, body: str, settings: Settings = DEFAULTS) -> tuple[dict, int, int] | None:
    """A labelled line of authors written in full (see the module's docstring): the names, then a
    quoted title and the journal; a quoted title, then the names (the journal after them or on the
    next line); or the names alone after an authors' label. With the first and last of ``lines``
    read: line ``i``, and the next non-blank line when the journal (and the year) came from it."""
    quoted = _quoted_start(body)
    title = None
    if quoted is not None:
        title, at = quoted
        names, end = _name_series(body[at:], settings)
        rest = body[at + end:]
    else:
        names, end = _name_series(body, settings)
        rest = body[end:]
        quoted = _quoted_start(rest.lstrip(" ,"))
        if quoted is not None:
            title, at = quoted
            rest = rest.lstrip(" ,")[at:]
    if len(names) < settings.min_listed_authors and not (title and names):
        return None
    if title is None and not label_pattern(settings.author_list_labels).match(line):
        return None  # names without a title need an authors' label
    journal = _first_piece_journal(rest, settings) if title is not None and rest.strip(" .,;") else None
    last = i
    if title is not None and journal is None and not rest.strip(" .,;"):
        after = next((j for j in range(i + 1, min(len(lines), i + NEAR_LINES + 1)) if lines[j]), None)
        journal = _first_piece_journal(lines[after], settings, known_only=True) if after is not None else None
        rest, last = (lines[after], after) if journal else (rest, last)
    year = YEAR.search(rest)
    if title is not None and len(title.split()) < settings.min_title_words:
        return None
    return ({"authors": names, "et_al": bool(_more_authors().search(rest)), "title": title, "journal": journal,
             "year": int(year.group()) if year else None, "doi": None}, i, last)


#: An author-year reference: the first author (a surname, its initials before or after it), "et al",
#: the year in brackets, then the rest ("Smith et al (2017). 'Title'. The Lancet.").
_HARVARD = compile_pattern(r"^(?P<name>(?:[A-Z]\.){0,3}\s?[A-Z][a-z'\u2019-]+(?:,?\s+(?:[A-Z][.-]?){1,3})?)[.,]?\s+et\s+al\.?,?\s*"
                           r"\((?P<year>(?:19|20)\d{2})\)[.,:]?\s+(?P<rest>.+)$")
#: A DOI or link at the end of a reference.
_DOI_TAIL = compile_pattern(r"(?i)[,.;]?\s*(?:doi\b|https?:).*$")


def _harvard(line: str, settings: Settings = DEFAULTS) -> dict | None:
    """``Smith et al (2017). 'Title'. The Lancet.``, ``Li, K-H. et al (2016). Title, Journal, DOI``."""
    match = _HARVARD.match(line)
    if match is None:
        return None
    rest = _DOI_TAIL.sub("", match.group("rest")).strip()
    quoted = _quoted_start(rest)
    if quoted is not None:
        title, at = quoted
        journal = _first_piece_journal(rest[at:], settings)
    else:
        head, comma, tail = rest.rstrip(" .,").rpartition(", ")
        if not comma:
            head, _, tail = rest.rstrip(" .,").partition(". ")
        title, journal = head.strip(" ."), tail.strip(" .")
        if not journal or not _journal_shaped(journal.replace(".", ""), settings):
            return None
    if journal is None or len(title.split()) < settings.min_title_words:
        return None
    name = re.sub(r",\s*", " ", match.group("name")).strip(" .")
    return {"authors": [name], "et_al": True, "title": title, "journal": journal,
            "year": int(match.group("year")), "doi": None}


#: A news agency's source line after its label: links, then the journal's name and the date it
#: was published ("bit.ly/abc The Journal Name, online June 11, 2015.").
_SOURCE_LINE = compile_pattern(r"^(?:\S*[./]\S*\s+(?:and\s+\S*[./]\S*\s+)?)?(?P<name>[A-Z][^,/:;()\n]{1,80}?),\s*"
                               r"(?:(?:online|published)\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+)?(?P<year>(?:19|20)\d{2})\.?\s*$")


def _source_line(line: str, settings: Settings = DEFAULTS) -> dict | None:
    """``SOURCE: bit.ly/abc The Cochrane Library, online June 11, 2015.``: the journal and its year
    (none where the name is a society's or a meeting's: "American Society of X")."""
    match = _SOURCE_LINE.match(line)
    if match is None:
        return None
    name = re.sub(r"^The\s+", "", match.group("name").strip())  # "The Lancet" is the Lancet, as in prose
    words = name.split()
    if not _journal_shaped(name, settings) or (set(words) & set(load_lexicon(settings.organisation_heads))
                                               and "Journal" not in words):
        return None
    return {"authors": [], "et_al": None, "title": None, "journal": name, "year": int(match.group("year")), "doi": None}


# -- Read by trialnews.facts.author_lists (author lists on lines without a label) ------------------

person = _person
#: A surname as a reference prints it (``Tuuli``, ``van Dijk``): the surname of a name written surname first.
SURNAME = _SURNAME
quoted_start = _quoted_start
first_piece_journal = _first_piece_journal
more_authors = _more_authors


def abstract_number(line: str) -> int | None:
    """Where the title of a line opening with a meeting abstract's number ("Abstract 12: ") starts."""
    match = _ABSTRACT_NUMBER.match(line)
    return match.end() if match and match.end() > 0 else None
