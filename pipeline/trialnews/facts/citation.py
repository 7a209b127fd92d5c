"""The publication the article cites: a reference line, or the journal, authors and title named in the story.

In prose, a citation is the journal named where the story says the trial was published ("published
online in JAMA Oncology", "appears in the March issue of X", "a report in X", "the journal X"), its
year where that sentence dates it, the paper's lead author where the story calls someone an author
("said Dr. Jane Smith, the study's lead author", "first author X", "study co-author X"), and a title
given in quotes ("the study is titled ..."). A journal named for another study, or a meeting, is not
this trial's citation.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from ..reading.doctext import text_of
from ..normalize import parse_date
from ..resources import load_json, load_lexicon
from ..scanning import alternation
from .common import clean, heading_sentence, sent, spans, state

_AUTHOR = re.compile(r"[A-Z][A-Za-z'\u2019-]+ [A-Z]{1,3}")
#: A year written beside the journal: "in 2016", "the 2016 issue".
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b(?![-\u2013]\d)")
_ARTICLE = re.compile(r"(?i)^the\s+")
#: An organisation whose name holds a journal's ("the Institute of Cancer Research").
_ORGANISATION_OF = re.compile(r"\b[A-Z][a-z]+\s+(?:of|for)\s+(?:the\s+)?$")
#: The fewest words of a person's name read before an author role ("Jane Smith"; a surname alone
#: is resolved separately).
MIN_NAME_WORDS = 2
#: Characters after a journal's name within which a bare year dates the publication ("X in 2016", "X, 2016").
YEAR_WINDOW = 40

#: Characters before a journal's name read for the words that introduce it ("published online in the").
INTRO_WINDOW = 25
#: Characters after an author role read for the person's name ("lead author, Dr. Jane Smith").
NAME_AFTER_WINDOW = 60
#: Characters between a role and the name before it ("Jane Smith, a professor of ... and the lead author").
APPOSITION_WINDOW = 200

# The shape of a person's name (a given name, initials or a middle name, a surname with its
# Mc/Mac/O' capitals and hyphen): the micro-syntax of names, not a word list.
_UPPER, _LOWER = r"[A-Z\u00c0-\u00de]", r"[a-z\u00df-\u00ff]"
_GIVEN = rf"{_UPPER}{_LOWER}+(?:-{_UPPER}{_LOWER}+)?"
_SURNAME = rf"(?:{_UPPER}['\u2019])?{_UPPER}{_LOWER}+(?:{_UPPER}{_LOWER}+)?(?:-{_UPPER}{_LOWER}+)?"
_PERSON = rf"{_GIVEN}(?:\s+(?:{_UPPER}\.\s*)+|\s+{_GIVEN}\s+)?\s*{_SURNAME}"


def _phrases(name: str) -> str:
    """An alternation of a lexicon of phrases, a space in an entry standing for any whitespace."""
    return alternation(load_lexicon(name)).replace(r"\ ", r"\s+")


@cache
def _months() -> str:
    return alternation(load_lexicon("months.txt"))


@cache
def _reference() -> re.Pattern[str]:
    """A reference line: "Smith J, Doe A, et al. Title of the paper. Journal Name. Mar 2010"."""
    return re.compile(r"^(?P<authors>.+?)(?P<etal>,? et al)?\.\s+(?P<title>.+?[.?!])\s+(?P<journal>[A-Z][^.]*?)\.?\s+"
                      rf"(?:{_months()}[a-z]*\.?\s+(?:\d{{1,2}},?\s+)?)?"
                      r"(?P<year>(?:19|20)\d{2})\b")


@cache
def _issue_date() -> re.Pattern[str]:
    """A journal's sentence dated by the article's own date: "this week's issue", "online Tuesday",
    "the Sept. 28 issue"."""
    return re.compile(rf"(?i)\b(?:{alternation(load_lexicon('issue_date_cues.txt'))}|"
                      rf"{alternation(load_lexicon('weekdays.txt'))}|{_months()}[a-z]*\.?\s+\d{{1,2}}\b)")


@cache
def _journal_intro() -> re.Pattern[str]:
    """The words that introduce a journal's name: "in the", "the journal", "issue of"."""
    return re.compile(rf"(?i)\b{alternation(load_lexicon('journal_intro_words.txt'))}\s+(?:the\s+)?(?:journal\s+)?$")


@cache
def _journal_word() -> re.Pattern[str]:
    """ "the Lancet medical journal" is the Lancet."""
    return re.compile(rf"\s+(?:{alternation(load_lexicon('journal_descriptors.txt'))}\s+)?journal$")


@cache
def _earlier_after() -> re.Pattern[str]:
    """Words right after a journal's name that date another, earlier paper: "published in JAMA last
    year", "in the Lancet two years ago"."""
    return re.compile(rf"(?i)^\W*(?:(?:in|on)\s+)?(?:{_phrases('earlier_paper_times.txt')}|\w+\s+years?\s+ago)\b")


@cache
def _degrees() -> str:
    """Degrees after a name (", MD, PhD"), each "." of an entry optional."""
    degrees = (re.escape(entry).replace(r"\.", r"\.?") for entry in load_lexicon("academic_degrees.txt"))
    return rf"(?:,\s*(?:{'|'.join(degrees)}))*"


@cache
def _affiliation() -> str:
    """The prepositions that put a name in an affiliation: "a professor at", "from"."""
    return alternation(load_lexicon("affiliation_prepositions.txt"))


@cache
def _roles() -> dict:
    return load_json("author_roles.json")


@cache
def _role_regex() -> re.Pattern[str]:
    roles = _roles()
    phrases = {*roles["first_named"], *roles["with_others"], *roles["last_named"]}
    return re.compile(rf"(?i)\b(?:{alternation(sorted(phrases))})\b")


@cache
def _title_regex() -> str:
    return rf"(?:(?:{alternation(_roles()['titles_before_name'])})\s+)?"


@cache
def _name_after() -> re.Pattern[str]:
    # "lead author Dr. Jane Smith", "first author is Jane Smith", "the lead author, Dr. Jane Smith"
    return re.compile(rf"^(?:,\s*|\s+(?:is|was)\s+|\s+)(?:{_title_regex()})(?P<name>{_PERSON})\b(?!\s+(?:of|at)\b[^,]*,)")


@cache
def _name_before() -> re.Pattern[str]:
    # "Jane Smith, MD, a professor of medicine at X and the study's lead author"
    return re.compile(rf"(?:^|(?<=[\s(\"\u201c]))(?:{_title_regex()})(?P<name>{_PERSON}){_degrees()},")


@cache
def _not_this_paper() -> re.Pattern[str]:
    return re.compile(rf"(?i)^\s*(?:of|on|for)\s+(?:an?|the|this|that)?\s*(?:\w+\s+)?(?:{alternation(_roles()['not_this_paper'])})\b")


@cache
def _others_unnamed() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(_roles()['others_unnamed'])})\b")


@cache
def _publication_cue() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(load_lexicon('publication_cues.txt'))})\b")


@cache
def _other_study() -> re.Pattern[str]:
    """A sentence about another study: "an earlier study in the journal X found"."""
    return re.compile(rf"(?i)\b(?:{alternation(load_lexicon('other_study_cues.txt'))})\b")


@cache
def _dated_study() -> re.Pattern[str]:
    """Another study named by its date: "a 2008 report in X", "an October 2006 report in X", "one
    2009 study in X", "a 2010 issue of X" (this trial's paper is "the new study", "the March issue")."""
    month = alternation(load_lexicon("months.txt") + load_lexicon("weekdays.txt"))
    nouns = alternation(load_lexicon("dated_study_nouns.txt"))
    return re.compile(rf"(?i)\b(?:a|an|one)\s+(?:(?:{month})\.?\s+)?(?:19|20)\d{{2}}\s+(?:\w+\s+)?{nouns}\b")


@cache
def _meeting() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(load_lexicon('meeting_words.txt'))})\b")


def _from_reference(text: str) -> dict | None:
    match = _reference().match(text)
    if not match:
        return None
    return {
        "authors": _AUTHOR.findall(match.group("authors")),
        "et_al": bool(match.group("etal")),
        "title": clean(match.group("title")),
        "journal": clean(match.group("journal")),
        "year": int(match.group("year")),
        "doi": None,
    }


def _plausible_journal(doc: Doc, span: Span) -> bool:
    """Journal names are capitalised; one-word names that are also words (Cancer, Blood, Science)
    count only where the text introduces a journal: "in Menopause", "the journal Blood"."""
    name = _ARTICLE.sub("", span.text)
    if not name[:1].isupper() or heading_sentence(doc, sent(span)) or sent(span).start == 0:
        return False
    before = text_of(doc)[max(0, span.start_char - INTRO_WINDOW):span.start_char]
    if _ORGANISATION_OF.search(before):
        return False
    if len(name.split()) > 1:
        return True
    if name.isupper():  # NEJM, BMJ; not a word of a line in capitals ("LIVING WITH CANCER FORUM")
        return not any(t.is_upper and t.is_alpha for t in (span.doc[max(0, span.start - 1)], span.doc[min(len(span.doc) - 1, span.end)])
                       if t.i not in range(span.start, span.end))
    return bool(_journal_intro().search(before)) and _published(span)


def _published(span: Span) -> bool:
    """The journal's sentence says the work was published (its own name, "Journal of ...", aside)."""
    sentence = sent(span)
    text = text_of(span.doc)
    if _journal_word().search(span.text):
        return True  # "the Lancet medical journal"
    return bool(_publication_cue().search(text[sentence.start_char:span.start_char] + " "
                                          + text[span.end_char:sentence.end_char]))


def _introduced(doc: Doc, span: Span) -> bool:
    """The text introduces the journal as where a study appeared: "in the Lancet", "the journal X"."""
    return bool(_journal_intro().search(text_of(doc)[max(0, span.start_char - INTRO_WINDOW):span.start_char]))


def _about_other_study(span: Span) -> bool:
    """The journal's sentence is about another study or a meeting and says nothing of publication
    ("a 2009 study in JAMA found", "presented at the annual meeting of ...")."""
    sentence = sent(span)
    before = text_of(span.doc)[sentence.start_char:span.start_char]
    if _other_study().search(before) or _dated_study().search(before):
        return True
    after = text_of(span.doc)[span.end_char:min(sentence.end_char, span.end_char + INTRO_WINDOW)]
    if _earlier_after().match(after):
        return True
    return bool(_meeting().search(sentence.text)) and not _published(span)


def _journal_spans(doc: Doc) -> list[Span]:
    """Journal names, each the longest name at its place ("American Journal of Gastroenterology",
    not the "Gastroenterology" inside it)."""
    found = spans(doc, "JOURNAL")
    kept = [s for s in found if not any(o is not s and o.start_char <= s.start_char and s.end_char <= o.end_char
                                        and (o.end_char - o.start_char) > (s.end_char - s.start_char) for o in found)]
    return [s for s in kept if _plausible_journal(doc, s) and not _about_other_study(s)]


def _journal(doc: Doc) -> tuple[str, int | None] | None:
    """The journal's name and the year its sentence gives: a date or year written there, else the
    article's own year where the sentence dates the publication ("the Sept. 28 issue", "online Tuesday")."""
    journals = _journal_spans(doc)
    chosen = next((j for j in journals if _published(j)),
                  next((j for j in journals if _introduced(doc, j)), None))
    if chosen is None:
        return None
    name = _journal_name(chosen)
    # The year: from the sentence that names the journal as published, else from another
    # sentence naming the same journal ("SOURCE: The X, online April 19, 2011").
    same = [chosen, *(j for j in journals if j is not chosen and _journal_name(j).lower() == name.lower())]
    return name, next((year for year in (_year(doc, j) for j in same) if year), None)


def _journal_name(span: Span) -> str:
    return _journal_word().sub("", _ARTICLE.sub("", clean(span.text)))


def _year(doc: Doc, journal: Span) -> int | None:
    sentence = sent(journal)
    for date in spans(doc, "DATE"):
        if sentence.start_char <= date.start_char < sentence.end_char:
            value = parse_date(date.text)
            if value:
                return int(value[:4])
    written = _YEAR.search(text_of(doc)[journal.end_char:min(sentence.end_char, journal.end_char + YEAR_WINDOW)])
    if written and _publication_cue().search(sentence.text):
        return int(written.group())
    published = state(doc).get("article", {}).get("published")
    if published and _issue_date().search(sentence.text):
        return int(published[:4])
    return None


def _authors(doc: Doc) -> tuple[list[str], bool | None]:
    """The paper's lead author as the story names them, and whether more authors are implied
    (a first author, a co-author, a senior author besides, "the other study authors")."""
    text = text_of(doc)
    roles = _roles()
    first_named = {r.lower() for r in roles["first_named"]}
    with_others = {r.lower() for r in roles["with_others"]}
    not_name = set(roles["not_name_words"])
    found: list[tuple[int, int, str, str]] = []  # (priority, position, name, role)
    for match in _role_regex().finditer(text):
        role = re.sub(r"\s+", " ", match.group().lower())
        if _not_this_paper().match(text[match.end():match.end() + NAME_AFTER_WINDOW]):
            continue
        name = _name_near(doc, match.start(), match.end(), not_name)
        if name:
            found.append((0 if role in first_named else 1, match.start(), name, role))
    if not found:
        return [], None
    found.sort()
    _, _, name, role = found[0]
    others = role in with_others or any(n != name for _, _, n, _ in found) or bool(_others_unnamed().search(text))
    return [name], True if others else None


def _name_near(doc: Doc, start: int, end: int, not_name: set[str]) -> str | None:
    text = text_of(doc)
    after = _name_after().match(text[end:end + NAME_AFTER_WINDOW])
    if after and not set(after.group("name").split()) & not_name:
        return after.group("name")
    token = doc.char_span(start, end, alignment_mode="expand")
    if token is None:
        return None
    sentence = sent(token)
    window_start = max(sentence.start_char, start - APPOSITION_WINDOW)
    before = text[window_start:start]
    names = []
    for match in _name_before().finditer(before):
        words = match.group("name").split()
        while words and words[0] in not_name:  # "But Fred Edwards" is Fred Edwards
            words = words[1:]
        if len(words) >= MIN_NAME_WORDS and not set(words) & not_name \
                and not re.search(rf"(?i)\b{_affiliation()}\s+(?:the\s+)?$", before[:match.start()]):
            names.append(" ".join(words))
    if names:
        return names[-1]
    return _surname_near(text, end, before, not_name)


def _surname_near(text: str, end: int, before: str, not_name: set[str]) -> str | None:
    """A role given beside a surname alone ("lead author Dr. Smith", "Smith, director of X and the
    study's lead author"): the name in full where the story gives it ("Dr. Jane Smith"), else none."""
    after = re.match(rf"^(?:,\s*|\s+(?:is|was)\s+|\s+)(?:{alternation(_roles()['titles_before_name'])})\s+(?P<name>{_SURNAME})\b",
                     text[end:end + NAME_AFTER_WINDOW])
    found = [after] if after else [m for m in re.finditer(rf"(?:^|(?<=[\s(\"\u201c]))(?P<name>{_SURNAME}){_degrees()},", before)
                                    if not re.search(rf"(?i)\b(?:{_affiliation()}|the)\s+$", before[:m.start()])
                                    and not re.search(r"[A-Z]\w*\.?\s+$", before[:m.start()])]  # "San Francisco,"
    for match in reversed(found):
        surname = match.group("name")
        if surname in not_name:
            continue
        full = re.search(rf"\b{_GIVEN}(?:\s+(?:{_UPPER}\.\s*)+|\s+{_GIVEN}\s+|\s+){re.escape(surname)}\b", text)
        if full and not set(full.group().split()) & not_name:
            return re.sub(r"\s+", " ", full.group())
    return None


def _title(doc: Doc) -> str | None:
    for span in spans(doc, "CITATION_TITLE"):
        if not heading_sentence(doc, sent(span)):
            return clean(span.text)
    return None


def _doi(text: str) -> str:
    """The DOI itself, without a ``doi:`` or ``https://doi.org/`` prefix glued to it (and without the
    spaces an HTML-to-text step put after its dot and slash)."""
    return re.sub(r"\s+", "", clean(text[text.index("10."):]))


def extract(doc: Doc) -> None:
    data = state(doc)
    citation = None
    for span in spans(doc, "REFERENCE"):
        citation = _from_reference(span.text)
        if citation:
            break
    doi = next((_doi(s.text) for s in spans(doc, "DOI")), None)
    if citation is None:
        journal = _journal(doc)
        if journal is None and doi is None:
            data["citation"] = None
            return
        authors, et_al = _authors(doc)
        citation = {
            "authors": authors,
            "et_al": et_al,
            "title": _title(doc),
            "journal": journal[0] if journal else None,
            "year": journal[1] if journal else None,
            "doi": None,
        }
    citation["doi"] = citation["doi"] or doi
    data["citation"] = citation
