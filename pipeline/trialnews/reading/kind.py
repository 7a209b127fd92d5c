"""What kind of text an article is, and the sections of a structured abstract.

Four kinds (``source.kind`` of the record):

- ``structured-abstract``: headings of an abstract's sections (``Background``, ``Methods``,
  ``Results``, ``Conclusions``, ``Interpretation``, ...), each on a line of its own or opening a
  line or a sentence with a colon (``RESULTS: Of 240 patients ...``); at least
  :data:`MIN_SECTIONS` different sections, one of them methods, results or conclusions;
- ``abstract``: the shape of an abstract without headings: after the title, a few dense
  paragraphs (or one) written with the wording of trial reports (``randomized``, ``P = .03``,
  ``95% CI``, ``baseline``, ``we compared``) and none of the wording of journalism (``said``,
  ``researchers``, ``percent``, ``published in``, quotation marks);
- ``press-release``: newswire datelines (``/PRNewswire/``), ``About X`` lines, forward-looking
  statements, media contacts;
- ``news``: everything else.

The word lists are ``patterns/text_kinds.json``. :func:`detect` works on the text (and the
headings the reader found in Markdown and HTML); the segmenter runs it and stores the result on
the doc (:data:`KIND_KEY`, :data:`SECTIONS_KEY`), where the fact components read it through
:func:`text_kind` and :func:`section_at`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from statistics import median

from spacy.tokens import Doc

from ..record import TEXT_KINDS
from ..resources import load_json, load_lexicon, longest_words_first, phrase_regex
from ..scanning import LowerText, compile_pattern, matches_at

KINDS = TEXT_KINDS
STRUCTURED, ABSTRACT, PRESS_RELEASE, NEWS = KINDS
#: ``doc.user_data`` keys: the kind, and the sections as ``(start, end, name)`` character ranges
#: of each section's text (after its heading), in text order.
KIND_KEY = "text_kind"
SECTIONS_KEY = "sections"
LEXICON = "text_kinds.json"

#: Different sections named by headings before a text reads as a structured abstract.
MIN_SECTIONS = 2
#: At least one of these among them (``Background`` and ``Objective`` alone head many a news box).
CORE_SECTIONS = frozenset({"methods", "results", "conclusions"})
#: The longest heading (characters): ``Design, setting, and participants`` fits.
MAX_HEADING_CHARS = 40
#: An abstract's body: at most this many paragraphs (news runs to many short ones) ...
MAX_ABSTRACT_PARAGRAPHS = 9
#: ... of at least this many characters (the median: a closing ``NCT01234567`` does not count;
#: news paragraphs are a sentence or two) ...
MIN_PARAGRAPH_CHARS = 150
#: ... and from this many to that many characters in all (the shortest abstracts are about 100
#: words, the longest about 600).
MIN_ABSTRACT_CHARS, MAX_ABSTRACT_CHARS = 500, 8000
#: Different phrases of trial-report wording an abstract holds at least ...
MIN_ABSTRACT_CUES = 1
#: ... and different phrases of journalism at most (one may slip in: ``journal``, ``her``).
MAX_NEWS_CUES = 1
#: Press-release signs needed (a company's ticker alone is often in news).
MIN_PRESS_RELEASE_CUES = 2
#: ``About Acme Pharmaceuticals``: a line this short opening with ``About`` closes a press release.
MAX_ABOUT_LINE_WORDS = 6

#: Share of capitalised words above which a paragraph is a list of names (``Wellcome Trust,
#: Medical Research Council``): prose, even full of drug names, is mostly lower case.
MIN_CAPITALISED_SHARE = 0.6

#: Words of a sentence within which a registration or funding note names itself.
CLOSING_NOTE_WORDS = 6

#: Number syntax of trial reports: a p-value (``P = .03``, ``p<0.001``), ``(n = 120)``, ``±``.
_STATISTIC_SYNTAX = (compile_pattern(r"\b[Pp]\s*[<=>\u2264\u2265]\s*0?\.\d"), compile_pattern(r"\([nN]\s*=\s*\d"),
                     compile_pattern("\u00b1"))
_CURLY_QUOTES = compile_pattern("[\u201c\u201d]")
#: A news dateline opening the body: ``Boston, MA--``, ``LONDON \u2014``, ``Aug. 16, 2010 --``.
_DATELINE = compile_pattern(r"^\s*[A-Z][\w.]*(?:[ ,]+[\w.]+){0,4}\s*(?:--|\u2014)")
_BLANK_LINE = compile_pattern(r"\n[ \t]*\n")
#: Characters a heading may be wrapped in: Markdown ``#``, bold ``**``, spaces.
_HEADING_WRAP = " \t#*_"
#: What ends a sentence before an inline heading (``... were enrolled. RESULTS: ...``).
_SENTENCE_END = ".!?)]"

Range = tuple[int, int]
Section = tuple[int, int, str]


@dataclass(frozen=True)
class Layout:
    """The kind of a text, the sections of its abstract, and the headings that open them."""

    kind: str
    sections: tuple[Section, ...] = ()
    headings: tuple[Range, ...] = ()


@cache
def heading_sections() -> dict[str, str]:
    """Heading words (lower case) to the section they open."""
    return {word: section for section, words in load_json(LEXICON)["section_headings"].items() for word in words}


@cache
def _phrases(key: str) -> re.Pattern[str]:
    words = sorted(load_json(LEXICON)[key], key=len, reverse=True)
    return compile_pattern(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


@cache
def _lowered_phrases(key: str) -> tuple[str, ...]:
    return tuple(sorted({word.lower() for word in load_json(LEXICON)[key]}))


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _distinct(key: str, text: str) -> set[str]:
    """The phrases of lexicon ``key`` that ``text`` holds as whole words (what ``_phrases(key)``
    finds, found with ``str.find``: a regex of some fifty alternatives tried at every position of
    every article cost more than the rest of the detection)."""
    lowered = text.lower()
    found = set()
    for phrase in _lowered_phrases(key):
        at = lowered.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if (at == 0 or not _word_char(lowered[at - 1])) and (end == len(lowered) or not _word_char(lowered[end])):
                found.add(phrase)
                break
            at = lowered.find(phrase, at + 1)
    return found


def _heading_word(candidate: str) -> str | None:
    """The section a heading's text opens (``RESULTS``, ``Conclusions:``), else ``None``."""
    words = candidate.strip(_HEADING_WRAP).rstrip(":.").strip(_HEADING_WRAP)
    if not words or len(words) > MAX_HEADING_CHARS or not words[0].isupper():
        return None
    return heading_sections().get(" ".join(words.lower().split()))


def _line_headings(text: str) -> list[tuple[int, int, str]]:
    """Headings on a line of their own: ``Methods``, ``RESULTS:``, ``## Conclusions``."""
    found = []
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= MAX_HEADING_CHARS + len(_HEADING_WRAP):
            section = _heading_word(stripped)
            if section is not None:
                lead = start + line.index(stripped)
                found.append((lead, lead + len(stripped), section))
        start += len(line) + 1
    return found


def _inline_headings(text: str) -> list[tuple[int, int, str]]:
    """Headings that open a line or a sentence with a colon: ``RESULTS: Of 240 ...``."""
    found = []
    at = text.find(":")
    while at >= 0:
        window_start = max(0, at - MAX_HEADING_CHARS - len(_HEADING_WRAP))
        before = text[window_start:at]
        cut = max(before.rfind("\n"), *(before.rfind(end + " ") for end in _SENTENCE_END))
        if cut >= 0 or window_start == 0:
            lead = window_start + cut + 1  # past the line break or the sentence's end mark (or 0)
            candidate = text[lead:at]
            section = _heading_word(candidate)
            if section is not None and text[at + 1:at + 2] in (" ", "\t", "\n", "*", ""):
                lead += len(candidate) - len(candidate.lstrip())
                found.append((lead, at + 1, section))
        at = text.find(":", at + 1)
    return found


def _structured(text: str, reader_headings: tuple[Range, ...]) -> tuple[tuple[Section, ...], tuple[Range, ...]]:
    """The sections and their headings, when the headings are those of an abstract."""
    found = {start: (start, end, section) for start, end, section in _inline_headings(text)}
    for start, end, section in _line_headings(text):
        found[start] = (start, end, section)  # a whole line wins over its first words
    for start, end in reader_headings:
        section = _heading_word(text[start:end])
        if section is not None:
            found[start] = (start, end, section)
    headings = sorted(found.values())
    names = {section for _, _, section in headings}
    if len(names) < MIN_SECTIONS or not names & CORE_SECTIONS:
        return (), ()
    sections = tuple((end, headings[i + 1][0] if i + 1 < len(headings) else len(text), section)
                     for i, (_, end, section) in enumerate(headings))
    return sections, tuple((start, end) for start, end, _ in headings)


def body_of(text: str) -> tuple[int, str]:
    """The text after its title line (where a title line stands apart), and where it starts."""
    first_break = text.find("\n")
    if first_break < 0:
        return 0, text
    return first_break + 1, text[first_break + 1:]


def paragraphs(text: str, start: int = 0) -> list[Range]:
    """Character ranges of the paragraphs of ``text`` (offset by ``start``): blocks between blank
    lines, or lines when the text has no blank line."""
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    found, at = [], 0
    for match in [*splitter.finditer(text), None]:
        end = match.start() if match is not None else len(text)
        block = text[at:end]
        if block.strip():
            lead = len(block) - len(block.lstrip())
            found.append((start + at + lead, start + at + len(block.rstrip())))
        if match is not None:
            at = match.end()
    return found


def _news_cues(text: str) -> int:
    return len(_distinct("news_cues", text)) + bool(_CURLY_QUOTES.search(text)) + bool(_DATELINE.match(text))


def _abstract_shaped(body: str) -> bool:
    blocks = paragraphs(body)
    if not blocks or len(blocks) > MAX_ABSTRACT_PARAGRAPHS or not MIN_ABSTRACT_CHARS <= len(body) <= MAX_ABSTRACT_CHARS:
        return False
    if median(end - start for start, end in blocks) < MIN_PARAGRAPH_CHARS:
        return False
    cues = len(_distinct("abstract_cues", body)) + sum(bool(p.search(body)) for p in _STATISTIC_SYNTAX)
    return cues >= MIN_ABSTRACT_CUES and _news_cues(body) <= MAX_NEWS_CUES


@cache
def _about_line() -> re.Pattern[str]:
    """A line ``About Acme Pharmaceuticals``: one of ``about_line_openers`` (one word each, matched
    as written) before a capitalised name, to the line's end, with no full stop."""
    openers = "|".join(re.escape(word) for word in longest_words_first(load_json(LEXICON)["about_line_openers"]))
    return compile_pattern(rf"(?m)^[ \t#*]*(?:{openers}) [A-Z][^\n.]*$")


@cache
def _about_line_literals() -> tuple[str, ...]:
    """What every line of :func:`_about_line` holds as written: an opener and the space after it."""
    return tuple(f"{word} " for word in longest_words_first(load_json(LEXICON)["about_line_openers"]))


def _press_release(text: str) -> bool:
    about = _about_line()
    # (a text without an opener has no such line: not scanned, a line start being tried at every position)
    cues = len(_distinct("press_release_cues", text)) + bool(any(literal in text for literal in _about_line_literals())
                                                             and about.search(text) and any(
        len(m.group().split()) <= MAX_ABOUT_LINE_WORDS + 1 for m in about.finditer(text)))
    return cues >= MIN_PRESS_RELEASE_CUES


@cache
def _link_line() -> re.Pattern[str]:
    """A line that links to another page: ``Related: ...``, ``Read more: ...``, ``MORE IN SCIENCE``."""
    return compile_pattern(rf"(?im)^[ \t]*(?:{phrase_regex('link_line_prefixes.txt')})[ \t]*(?::[^\n]*|$)")


#: The most words of a line closed by a link word (``patterns/link_line_suffixes.txt``) that is a
#: link to another page: a related story's headline. In the 258 stories that may be read (news-dev,
#: dev2 and the dev-pool stories outside the dev3 and gold pools) 4 lines are so closed, of 2, 15, 15
#: and 16 words, all headlines; a line many times longer so closed is prose, a page crawled as one
#: line whose last words are the link (none there; ``tests/test_link_lines.py`` writes one).
MAX_LINK_LINE_WORDS = 30


@cache
def _closed_by_link() -> re.Pattern[str]:
    """A line closed by a link word: ``Blood thinner cuts strokes in older adults, study finds Read more``."""
    return compile_pattern(rf"(?im)^[^\n]*?\b(?:{phrase_regex('link_line_suffixes.txt')})[ \t]*$")


#: ``doc.user_data`` key of the lines that link to other pages (no fact is read from them).
LINK_LINES_KEY = "link_lines"


def link_lines(text: str) -> tuple[Range, ...]:
    """The character ranges of the lines that link to other pages (no fact is read from them): a
    line opened by a link word (``Related: ...``) or a short one closed by one (``... Read more``)."""
    found = {(m.start(), m.end()) for m in _link_line().finditer(text)}
    found |= {(m.start(), m.end()) for m in _closed_by_link_matches(text)
              if len(m.group().split()) <= MAX_LINK_LINE_WORDS}
    return tuple(sorted(found))


@cache
def _link_word_openers() -> frozenset[str] | None:
    """The first word of each link word of ``patterns/link_line_suffixes.txt``, lower-cased
    (``read`` of ``read more``; the part before a ``*``); ``None`` when one is empty or not ASCII
    (``str.lower`` and ``(?i)`` agree on ASCII only)."""
    openers = set()
    for entry in load_lexicon("link_line_suffixes.txt"):
        words = entry.lower().split()
        first = words[0].split("*")[0] if words else ""
        if not first or not first.isascii():
            return None
        openers.add(first)
    return frozenset(openers)


#: The lower-cased text :func:`_closed_by_link_matches` looks in (the last text asked).
_LOWER = LowerText()


def _closed_by_link_matches(text: str) -> Iterator[re.Match[str]]:
    """``_closed_by_link().finditer(text)``, tried only at the starts of the lines that hold the first
    word of a link word (six FakeHealth stories in ten hold none at all): a match starts at a line's
    start, and its link word starts within that line, so the lower-cased text holds the word's first
    word in that line. Tried at every line start, the pattern's lazy walk along each line cost about
    0.15 ms an article (0.05 ms so), as the README says."""
    pattern, openers = _closed_by_link(), _link_word_openers()
    if openers is None or not _LOWER.reliable(text):
        return pattern.finditer(text)
    lowered = _LOWER.lowered(text)
    line_starts = {lowered.rfind("\n", 0, at) + 1 for word in openers for at in _LOWER.positions(text, word)}
    return (match for _, _, match in matches_at(pattern, text, sorted(line_starts)))


def detect(text: str, headings: tuple[Range, ...] = ()) -> Layout:
    """The layout of ``text``; ``headings`` are the reader's (Markdown and HTML headings)."""
    sections, found = _structured(text, tuple(headings))
    if _press_release(text):
        return Layout(PRESS_RELEASE, sections, found)
    _, body = body_of(text)
    if sections and _news_cues(body) <= MAX_NEWS_CUES:
        return Layout(STRUCTURED, sections, found)
    if _abstract_shaped(body):
        return Layout(ABSTRACT, sections, found)
    return Layout(NEWS, sections, found)


def text_kind(doc: Doc) -> str:
    """The kind the segmenter found (``news`` for a doc it did not see)."""
    return doc.user_data.get(KIND_KEY) or NEWS


def is_abstract(doc: Doc) -> bool:
    return text_kind(doc) in (STRUCTURED, ABSTRACT)


def sections(doc: Doc) -> tuple[Section, ...]:
    return tuple(doc.user_data.get(SECTIONS_KEY) or ())


def section_at(doc: Doc, char: int) -> str | None:
    """The section (``methods``, ``results``, ``conclusions``, ...) holding character ``char``,
    or ``None`` where the text has no headings of an abstract or ``char`` is before them."""
    found = sections(doc)
    k = bisect_right([start for start, _, _ in found], char) - 1
    if k < 0 or char >= found[k][1]:
        return None
    return found[k][2]


def closing_note(text: str) -> bool:
    """A sentence that closes an abstract without concluding: its registration, its funding. Such
    a note says so in its first words (``This trial was registered with ...``, ``Funded by ...``);
    further on the same words mean something else (``was supported by the rating``, ``registered
    nurses``)."""
    match = _phrases("closing_notes").search(text)
    return match is not None and len(text[:match.start()].split()) < CLOSING_NOTE_WORDS


def name_list(text: str) -> bool:
    """Words that are mostly capitalised: a list of sponsors or centres, not a statement."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1]
    return bool(words) and sum(w[0].isupper() for w in words) >= MIN_CAPITALISED_SHARE * len(words)
