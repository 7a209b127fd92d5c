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
from ..resources import load_json, load_lexicon, word_set
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
#: Tokens read after a publication verb for the journal's name ("published online ahead of print
#: on Tuesday, March 3, in the current issue of the journal X": the fillers and the name).
SLOT_WINDOW = 24
#: The most tokens of a journal's name read from a publication slot ("Journal of Physical Therapy
#: Science in Motion and Rehabilitation" is long; a run longer than this is a heading, not a name).
SLOT_NAME_TOKENS = 10
#: Words that join the capitalised words of a journal's name ("Annals of the Rheumatic Diseases").
_NAME_JOINERS = frozenset({"of", "and", "&", "in", "for", "the", "on", "-", "'s", "’s"})

#: Small words that put a capitalised name in a phrase ("chair of Orthopaedic Surgery"): not a role's words.
_FUNCTION_WORDS = "of|for|at|in|with|from|to|the|and|on|within"
#: Lower-case words of a second role between an author role and the name ("lead author and general
#: surgery resident Jane Smith").
MAX_ROLE_WORDS = 5
#: Characters of an affiliation between a name and the comma before its role ("Jane Smith from the
#: Dental Institute at Lake College, the lead author").
AFFILIATION_CHARS = 80

#: Characters between a role and the name before it ("Jane Smith, a professor of ... and the lead author").
APPOSITION_WINDOW = 200

# The shape of a person's name (a given name, initials or a middle name, a surname with its
# Mc/Mac/O' capitals and hyphen): the micro-syntax of names, not a word list.
_UPPER, _LOWER = r"[A-Z\u00c0-\u00de]", r"[a-z\u00df-\u00ff]"
_GIVEN = rf"{_UPPER}{_LOWER}+(?:-{_UPPER}{_LOWER}+)?"
_SURNAME = rf"(?:{_UPPER}['\u2019])?{_UPPER}{_LOWER}+(?:{_UPPER}{_LOWER}+)?(?:-{_UPPER}{_LOWER}+(?:{_UPPER}{_LOWER}+)?)?"
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
    # "lead author and orthopaedic surgeon David Jones": a role, then lower-case words of another role
    return re.compile(rf"^(?:,\s*|\s+(?:is|was)\s+|\s+and\s+(?:(?!(?:{_FUNCTION_WORDS})\b)[a-z][\w'\u2019-]*,?\s+){{1,{MAX_ROLE_WORDS}}}?|\s+)"
                      rf"(?:{_title_regex()})(?P<name>{_PERSON})\b(?!\s+(?:of|at)\b[^,]*,)")


@cache
def _name_before() -> re.Pattern[str]:
    # "Jane Smith, MD, a professor of medicine at X and the study's lead author"
    # "Jane Smith from Lake University, the senior author": an affiliation may stand before the comma
    return re.compile(rf"(?:^|(?<=[\s(\"\u201c]))(?:{_title_regex()})(?P<name>{_PERSON}){_degrees()}"
                      rf"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,.]{{0,{AFFILIATION_CHARS}}}?)?[ \t]?,")


@cache
def _not_this_paper() -> re.Pattern[str]:
    # "co-author of an accompanying editorial"; "co-author of the 2013 study": a paper named by its year
    return re.compile(rf"(?i)^\s*(?:of|on|for)\s+(?:(?:an?|the|this|that)?\s*(?:\w+\s+)?(?:{alternation(_roles()['not_this_paper'])})\b"
                      r"|(?:an?|the)\s+(?:\w+\s+)?(?:19|20)\d{2}\b)")


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


@cache
def _slot_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(load_lexicon('publication_slot_verbs.txt'))})\b")


def _is_date_word(token) -> bool:
    word = token.text.rstrip(".").lower()
    return word in word_set("months.txt") or word in word_set("weekdays.txt") or token.like_num


def _slot_journals(doc: Doc) -> list[Span]:
    """The capitalised name that fills the slot after a publication verb, known to no list or not
    ("findings are published in Nutrients", "appear online Jan. 22 in Advances in Dental Research",
    "published in the June 30 issue of Breast Cancer Research"): fillers (``publication_slot_fillers.txt``),
    dates and numbers are skipped up to "in" or "by", and the name is the run of capitalised words
    after them. A name of an outlet, a publisher or a place (``not_journal_names.txt``), a possessive
    or a name before "journal" ("the X Society's journal", "the AACR journal"), or an organisation
    (a word of ``organisation_heads.txt`` in a name without "Journal") is no journal; after "by", a
    name is a journal only with a word of ``journal_title_words.txt`` ("by European Urology", not
    "by ASCO")."""
    text = text_of(doc)
    found = []
    for match in _slot_verb().finditer(text):
        verb = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if verb is None:
            continue
        limit = min(len(doc), verb.end + SLOT_WINDOW)
        i, preposition = _skip_fillers(doc, verb.end, limit)
        if preposition is None:
            continue
        span = _capitalised_name(doc, i)
        if span is not None and span.end + 1 < limit and doc[span.end].text in ("edition", "issue") \
                and doc[span.end + 1].text == "of":  # "in the Online First edition of X"
            span = _capitalised_name(doc, span.end + 2)
        if span is not None and _slot_name_is_journal(span) and (
                preposition == "in" or set(span.text.split()) & set(load_lexicon("journal_title_words.txt"))):
            found.append(span)
    return found


def _skip_fillers(doc: Doc, start: int, limit: int) -> tuple[int, str | None]:
    """The first token of the name after a publication verb, and the preposition before it ("in",
    "by"; None where the slot has none or no name follows in the window)."""
    fillers = word_set("publication_slot_fillers.txt")
    i, preposition = start, None
    while i < limit:
        token = doc[i]
        if token.text in ("in", "by"):
            preposition = token.text
        elif not (token.text in fillers or token.text in (".", ",") or _is_date_word(token)
                  or (token.text.lower() in fillers and i + 1 < limit  # "the Online First edition of X"
                      and (doc[i + 1].text.lower() in fillers or _is_date_word(doc[i + 1])))):
            break
        i += 1
    return i, (preposition if i < limit else None)


def _capitalised_name(doc: Doc, start: int) -> Span | None:
    """The run of capitalised words from ``start`` with the small words that join them, up to
    :data:`SLOT_NAME_TOKENS` ("Advances in Dental Research", "Fertility & Sterility"); a date
    ("Cancer on Monday", "BMJ in May") ends it."""
    if start < len(doc) - 1 and doc[start].text == "The":
        start += 1
    end = start
    limit = min(len(doc), start + SLOT_NAME_TOKENS)
    while end < limit:
        token = doc[end]
        if token.text[:1].isupper() and token.is_alpha and not _is_date_word(token):
            end += 1
        elif token.text in _NAME_JOINERS and end > start and end + 1 < len(doc) \
                and doc[end + 1].text[:1].isupper() and not _is_date_word(doc[end + 1]):
            end += 1
        else:
            break
    if end == start or end - start >= SLOT_NAME_TOKENS or doc[end - 1].text in _NAME_JOINERS:
        return None
    if end < len(doc) and doc[end].text in ("'s", "\u2019s", "journal"):
        return None  # "the Royal Society of Chemistry's journal X", "the AACR journal X": a publisher
    return doc[start:end]


def _slot_name_is_journal(span: Span) -> bool:
    words = span.text.split()
    lowered = [w.lower() for w in words]
    for entry in load_lexicon("not_journal_names.txt"):
        parts = entry.lower().split()
        if lowered[:len(parts)] == parts:
            return False
    return not (set(words) & set(load_lexicon("organisation_heads.txt")) and "Journal" not in words)


def _whole_name(doc: Doc, span: Span) -> Span | None:
    """A one-word journal the list knows, written as the first word of a longer capitalised name,
    is that longer name ("Cancer Prevention Research", "Nature Chemistry", not "Cancer", "Nature"), and
    none where the longer name is an organisation's."""
    if len(span) != 1 or span.end >= len(doc) or not doc[span.end].text[:1].isupper() or doc[span.end].is_sent_start:
        return span
    longer = _capitalised_name(doc, span.start)
    if longer is None or len(longer) == 1:
        return span
    return longer if _slot_name_is_journal(longer) else None  # "the Radiology Society of X": a society


def _journal_spans(doc: Doc) -> list[Span]:
    """Journal names, each the longest name at its place ("American Journal of Gastroenterology",
    not the "Gastroenterology" inside it)."""
    whole = (_whole_name(doc, s) for s in spans(doc, "JOURNAL"))
    found = sorted([*(s for s in whole if s is not None), *_slot_journals(doc)],
                   key=lambda s: (s.start_char, -s.end_char))
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
    same = [chosen, *(j for j in journals if j is not chosen and _journal_name(j).lower() == name.lower()),
            *(j for j in _same_name_elsewhere(doc, name) if not chosen.start <= j.start < chosen.end)]
    return name, next((year for year in (_year(doc, j) for j in same) if year), None)


def _journal_name(span: Span) -> str:
    return _journal_word().sub("", _ARTICLE.sub("", clean(span.text)))


def _year(doc: Doc, journal: Span) -> int | None:
    sentence = sent(journal)
    for date in spans(doc, "DATE"):
        if sentence.start_char <= date.start_char < sentence.end_char:
            value = parse_date(date.text) or parse_date(date.text.title())  # "JUNE 9, 2016" in a dateline
            if value:
                return int(value[:4])
    written = _attached_year().match(text_of(doc)[journal.end_char:min(sentence.end_char, journal.end_char + YEAR_WINDOW)])
    if written and _publication_cue().search(sentence.text):
        return int(written.group("year"))
    published = state(doc).get("article", {}).get("published")
    if published and _issue_date().search(sentence.text):
        return int(published[:4])
    return None


@cache
def _attached_year() -> re.Pattern[str]:
    """A year written after a journal's name with only a date, an issue or a volume between ("X in
    2016", "X, March 3, 2016", "X, Volume 218, Issue 2, February 2018"); not a year that starts a
    clause of its own ("X, in 2013 and 2014 the team analysed ...") or follows other words ("in
    late 2013")."""
    gap_words = alternation(load_lexicon("year_gap_words.txt"))
    return re.compile(rf"^(?:[\s,;:()\d.]|\b(?:{gap_words})\b|[A-Z]\w*)*?"
                      r"(?P<year>(?:19|20)\d{2})\b(?!\s*(?:and|to|-|\u2013)\s*(?:19|20)?\d{2})")


def _same_name_elsewhere(doc: Doc, name: str) -> list[Span]:
    """Other places the text writes a journal's name ("SOURCE: X, online April 19, 2011"), as spans
    of whole tokens, for the year of a journal that only a phrase found ("the journal X")."""
    found = []
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            found.append(span)
    return found


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
    others = role in with_others or any(n != name for _, _, n, _ in found) or bool(_others_unnamed().search(text)) \
        or _with_colleagues(text, name)
    return [name], True if others else None


def _with_colleagues(text: str, name: str) -> bool:
    """The story works with the author's team: "Smith and colleagues", "Smith and her co-authors",
    "Smith's co-authors": the paper has further authors (et al)."""
    surname = re.escape(name.split()[-1])
    return bool(re.search(rf"\b{surname}(?:\s+and\s+(?:(?:his|her|their)\s+)?(?:{_phrases('team_words.txt')})"
                          rf"|['\u2019]s\s+(?:{_phrases('team_words.txt')}))\b", text))


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
    subject = _subject_of_role(text, before, not_name)
    if subject:
        return subject
    names = []
    for match in _name_before().finditer(before):
        words = match.group("name").split()
        while words and (words[0] in not_name or words[0] in _roles()["titles_before_name"]):
            words = words[1:]  # "But Fred Edwards" is Fred Edwards; "Dr Smith" is a surname alone
        if len(words) >= MIN_NAME_WORDS and not set(words) & not_name \
                and not re.search(rf"(?i)\b{_affiliation()}\s+(?:the\s+)?$", before[:match.start()]) \
                and not re.search(r"[A-Z][\w'\u2019-]*\s+(?:and|&|for|of)\s+$", before[:match.start()]):
            names.append(" ".join(words))
    if names:
        return names[-1]
    return _surname_near(text, end, before, not_name)


def _subject_of_role(text: str, before: str, not_name: set[str]) -> str | None:
    """The person who "is" the role: "Jane Smith is the lead author of the study", "Smith was also
    a senior author" (a surname alone in full where the story gives it)."""
    match = re.search(rf"(?:^|(?<=[\s(\"\u201c]))(?:{_title_regex()})(?P<name>{_PERSON}|{_SURNAME})\s+(?:is|was)\s+"
                      r"(?:also\s+)?(?:the\s+|a\s+|an\s+)?(?:study['\u2019]s\s+)?$", before)
    if match is None:
        return None
    words = match.group("name").split()
    if set(words) & not_name:
        return None
    if len(words) >= MIN_NAME_WORDS:
        return " ".join(words)
    full = re.search(rf"\b{_GIVEN}(?:\s+(?:{_UPPER}\.\s*)+|\s+{_GIVEN}\s+|\s+){re.escape(words[0])}\b", text)
    return re.sub(r"\s+", " ", full.group()) if full and not set(full.group().split()) & not_name else None


def _surname_near(text: str, end: int, before: str, not_name: set[str]) -> str | None:
    """A role given beside a surname alone ("lead author Dr. Smith", "Smith, director of X and the
    study's lead author"): the name in full where the story gives it ("Dr. Jane Smith"), else none."""
    after = re.match(rf"^(?:,\s*|\s+(?:is|was)\s+|\s+)(?:{alternation(_roles()['titles_before_name'])})\s+(?P<name>{_SURNAME})\b",
                     text[end:end + NAME_AFTER_WINDOW])
    found = [after] if after else [m for m in re.finditer(rf"(?:^|(?<=[\s(\"\u201c]))(?P<name>{_SURNAME}){_degrees()}[ \t]?,", before)
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
