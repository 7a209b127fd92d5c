"""Sentence segmentation for news text: punctuation, line breaks and headings.

spaCy's ``sentencizer`` knows only punctuation; saved articles also break at every line (titles,
bylines, datelines, list items and Markdown headings have no final period). A sentence starts:
- at the first token after a line break, except a lower-case word after one line break whose
  line does not end a sentence (a hard-wrapped line continues its sentence);
- after ``.``, ``!`` or ``?`` (and any closing quotes or brackets) when the next token starts
  with an upper-case letter, a digit or an opening quote;
  A word glued to the full stop before it and closed by its own (``F.Med.Sci.``, ``Psy.D.``: the
  tokenizer splits them at the stops) does not start one, nor does the name after a title the
  tokenizer splits from its full stop (``Drs. Ann Berg``, ``Assoc. Prof. Ann Berg``;
  ``patterns/title_abbreviations.txt``), nor does a degree of
  ``patterns/academic_degrees.txt`` with its full stops, followed by a comma (``Sci. D.M.,
  University of X``; ``U.K., French doctors`` still starts one): both continue a person's degrees
  in a list of authors;
- after the letter of a name written with one capital letter, whose full stop spaCy's tokenizer
  keeps on the letter as it does an initial's (``J.``): ``... in group B. The rate ...``, ``groups A
  and B. Seroma ...``, ``vitamin D. The``; only after a group noun
  (``patterns/singular_group_nouns.txt``), a letter list after one, or a noun named by a letter
  (``patterns/letter_named_nouns.txt``), so that ``says C. Michael Smith`` stays one sentence;
- at every heading range given by the reader (``doc.user_data["headings"]``), and at the
  headings of an abstract's sections, which the segmenter finds (``trialnews.reading.kind``): a heading
  is its own sentence, and so is the text after it (``RESULTS: Of 240 patients ...``).

The segmenter also says what kind of text the doc is and where its sections are
(``trialnews.reading.kind.detect``): ``doc.user_data["text_kind"]`` (``structured-abstract``,
``abstract``, ``press-release`` or ``news``) and ``doc.user_data["sections"]`` (``(start, end,
name)`` of each section's text); the abstract headings it finds are added to
``doc.user_data["headings"]``. Fact components read them through ``trialnews.reading.kind.text_kind``
and ``trialnews.reading.kind.section_at``.
"""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..facts.references import degree_pieces
from ..reading.doctext import text_of
from ..reading.kind import KIND_KEY, LINK_LINES_KEY, SECTIONS_KEY, detect, link_lines
from ..resources import word_set
from .guard import Guarded
from ..scanning import compile_pattern

ENDERS = frozenset({".", "!", "?", "...", "\u2026"})
CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]"})
OPENERS = frozenset({'"', "\u201c", "'", "\u2018", "(", "["})
#: Last characters of a line after which a line break ends the sentence even before a lower-case word.
WRAP_ENDERS = frozenset(".!?:;\u2026")
#: Whitespace read past a heading's edge to find the word after it.
MAX_GAP = 8
#: One capital letter and its full stop before white space (``group B. The``), not inside a word or an
#: initialism. The look-behind follows the capital (the same matches as ``(?<![\w.])[A-Z]\.``):
#: a pattern that opens with a capital is tried only at capitals, one that opens with a
#: look-behind at every character of the article.
_NAME_LETTER = compile_pattern(r"[A-Z](?<![\w.][A-Z])\.(?=\s)")
#: A part of a degree after a full stop (``Sci``, ``D.``): a short word, its own full stop optional; a
#: longer word glued to a full stop ("tolerated.NCT0123") is a sentence run into the next.
_DEGREE_PART = compile_pattern(r"[A-Za-z]{1,4}\.?")
#: ``SENT_START`` values as ``Doc.from_array`` takes them.
START, NOT_START = 1, -1


def _opens_sentence(char: str) -> bool:
    """Whether a token starting with ``char`` may open a sentence after ``.``, ``!`` or ``?``."""
    return char.isupper() or char.isdigit() or char in OPENERS


def _one_of(orths: numpy.ndarray, ids: frozenset[int]) -> numpy.ndarray:
    """Which ORTH hashes are in ``ids`` (a few): one comparison each, faster here than ``numpy.isin``."""
    found = numpy.zeros(len(orths), dtype=bool)
    for orth in ids:
        found |= orths == numpy.uint64(orth)
    return found


class Segmenter(Guarded):
    def __init__(self, name: str = "trialnews_segmenter") -> None:
        self.name = name
        # Tokens are compared by their ORTH hash; the boundaries are written with one
        # ``Doc.from_array`` call (setting ``token.is_sent_start`` one token at a time checks the
        # whole doc for a parse on every call: quadratic in the doc's length).
        self.enders = frozenset(get_string_id(text) for text in ENDERS)
        self.closers = frozenset(get_string_id(text) for text in CLOSERS)

    def process(self, doc: Doc) -> None:
        if not len(doc):
            return
        text = text_of(doc)
        headings = tuple(doc.user_data.get("headings") or ())
        layout = detect(text, headings)
        doc.user_data[KIND_KEY] = layout.kind
        doc.user_data[SECTIONS_KEY] = layout.sections
        links = link_lines(text)
        doc.user_data[LINK_LINES_KEY] = links
        heading_edges = {edge for start, end in (*headings, *links) for edge in (start, end)}
        if layout.headings:
            doc.user_data["headings"] = tuple(sorted(set(headings) | set(layout.headings)))
            # An abstract's heading starts a sentence, and so does the word after it (``RESULTS: Of``).
            heading_edges.update(edge for start, end in layout.headings
                                 for edge in (start, end + len(text[end:end + MAX_GAP]) - len(text[end:end + MAX_GAP].lstrip())))
        table = doc.to_array([ORTH, IS_SPACE, IDX])
        orths, offsets = table[:, 0], table[:, 2]
        spaces = table[:, 1].astype(bool)
        starts = self._after_break(orths, spaces, self._line_breaks(doc, orths, spaces))
        for i in numpy.flatnonzero(starts).tolist():
            if _wrapped_line(doc, text, i):
                starts[i] = False
        # After ``.``, ``!`` or ``?`` (and closers), a token that may open a sentence starts one.
        for i in numpy.flatnonzero(self._after_ender(orths, spaces) & ~starts).tolist():
            if _opens_sentence(text[int(offsets[i])]) and not _continues_degrees(doc, text, i) \
                    and not _after_title(doc, i):
                starts[i] = True
        for i in self._after_name_letter(doc, text, offsets, spaces):
            if _opens_sentence(text[int(offsets[i])]):
                starts[i] = True
        if heading_edges:
            starts |= ~spaces & numpy.isin(offsets, numpy.array(sorted(heading_edges), dtype="uint64"))
        starts[0] = True
        doc.from_array([SENT_START], numpy.where(starts, START, NOT_START).astype("int64").astype("uint64"))

    @staticmethod
    def _after_name_letter(doc: Doc, text: str, offsets: numpy.ndarray, spaces: numpy.ndarray) -> list[int]:
        """The words after a one-letter name's letter that holds its full stop (``group B.``):
        the letter follows a group noun, a list of letters after one (``groups A and B.``), or a
        noun named by a letter (``vitamin D.``). Only the few places the text writes a capital
        and a full stop before white space are read."""
        nouns = _letter_named_nouns()
        found = []
        for letter in _NAME_LETTER.finditer(text):
            i = int(numpy.searchsorted(offsets, letter.start()))
            if i >= len(doc) or int(offsets[i]) != letter.start() or doc[i].text != letter.group():
                continue  # the letter and its stop are not one token
            after = next((j for j in range(i + 1, len(doc)) if not spaces[j]), None)
            if after is None:
                continue
            k = i - 1
            while k >= 0 and (spaces[k] or doc[k].lower_ in _letter_joiners()
                              or (len(doc[k].text) == 1 and doc[k].text.isupper())):
                k -= 1
            if k >= 0 and (doc[k].lower_ in nouns or doc[k].lower_.rstrip("s") in nouns) \
                    and doc[k + 1].lower_ not in _letter_joiners():
                found.append(after)
        return found

    @staticmethod
    def _line_breaks(doc: Doc, orths: numpy.ndarray, spaces: numpy.ndarray) -> numpy.ndarray:
        """Which tokens are whitespace holding a line break."""
        strings = doc.vocab.strings
        breaks = numpy.zeros(len(orths), dtype=bool)
        for i in numpy.flatnonzero(spaces).tolist():
            breaks[i] = "\n" in strings[int(orths[i])]
        return breaks

    @staticmethod
    def _after_break(orths: numpy.ndarray, spaces: numpy.ndarray, breaks: numpy.ndarray) -> numpy.ndarray:
        """The tokens after a line break: those with no word before them, or a whitespace token
        holding a line break between the last word and them (whitespace tokens included)."""
        positions = numpy.arange(len(orths))
        last_word = numpy.maximum.accumulate(numpy.where(spaces, -1, positions))  # last word at or before i
        word_before = numpy.concatenate(([-1], last_word[:-1]))
        breaks_through = numpy.cumsum(breaks)  # line breaks at or before i
        breaks_before = numpy.concatenate(([0], breaks_through[:-1]))
        breaks_to_word = numpy.where(word_before >= 0, breaks_through[numpy.maximum(word_before, 0)], 0)
        return (word_before < 0) | (breaks_before > breaks_to_word)

    def _after_ender(self, orths: numpy.ndarray, spaces: numpy.ndarray) -> numpy.ndarray:
        """The words after ``.``, ``!`` or ``?`` and any closing quotes or brackets: the last word
        before them that is not a closer is an ender (whitespace tokens are passed over)."""
        positions = numpy.arange(len(orths))
        closers = _one_of(orths, self.closers)
        anchor = numpy.where(spaces | closers, -1, positions)  # words that end a run of closers
        last_anchor = numpy.maximum.accumulate(anchor)
        anchor_before = numpy.concatenate(([-1], last_anchor[:-1]))
        enders = _one_of(orths, self.enders)
        return ~spaces & (anchor_before >= 0) & enders[numpy.maximum(anchor_before, 0)]


def _continues_degrees(doc: Doc, text: str, i: int) -> bool:
    """Whether the word ``doc[i]`` after a full stop continues a person's degrees: a short word glued
    to the stop and closed by a stop of its own (``F.Med.|Sci.``, ``Psy.|D.``), or a degree of
    ``patterns/academic_degrees.txt`` before a comma (``Sci. D.M., University``)."""
    if i + 1 >= len(doc):
        return False
    token, after = doc[i], doc[i + 1]
    if token.idx and text[token.idx - 1] == "." and _DEGREE_PART.fullmatch(token.text):
        # its own full stop on the word ("D.") or right after it ("Sci" ".")
        return token.text.endswith(".") or (not token.whitespace_ and after.text == ".")
    return after.text == "," and not token.whitespace_ and token.text.endswith(".") \
        and token.text.replace(".", "") in degree_pieces()


def _after_title(doc: Doc, i: int) -> bool:
    """Whether the word ``doc[i]`` follows a title's full stop (``Drs.|Ann Berg``, ``Assoc.|Prof.``;
    ``patterns/title_abbreviations.txt``): the stop glued to a title the tokenizer split it from."""
    stop = i - 1
    while stop > 0 and doc[stop].is_space:
        stop -= 1
    return stop > 0 and doc[stop].text == "." and not doc[stop - 1].whitespace_ \
        and doc[stop - 1].text[:1].isupper() and doc[stop - 1].lower_ in _title_abbreviations()


@cache
def _title_abbreviations() -> frozenset[str]:
    """Titles before a name whose full stop the tokenizer splits off (``patterns/title_abbreviations.txt``)."""
    return word_set("title_abbreviations.txt")


@cache
def _letter_joiners() -> frozenset[str]:
    """The words that join the letters of a list of lettered groups (``groups A, B and C``, ``group A
    vs. B``): a list's joiners and the words of ``versus`` (``patterns/list_joiners.txt``,
    ``patterns/versus_words.txt``)."""
    return word_set("list_joiners.txt") | word_set("versus_words.txt")


@cache
def _letter_named_nouns() -> frozenset[str]:
    """Nouns after which one capital letter is a name (``group B``, ``vitamin D``)."""
    return word_set("singular_group_nouns.txt") | word_set("letter_named_nouns.txt")


def _wrapped_line(doc: Doc, text: str, i: int) -> bool:
    """Whether token ``i`` continues a hard-wrapped sentence: it starts with a lower-case letter
    after one line break (not a blank line), and the line before ends with no sentence ender or colon."""
    if i < 2 or not doc[i].text[:1].islower() or not doc[i - 1].is_space or doc[i - 1].text.count("\n") != 1:
        return False
    before = doc[i - 2]
    return not before.is_space and before.text not in ENDERS and before.text[-1] not in WRAP_ENDERS \
        and not before.like_num and before.text != "%"  # a line ending in a number is a table row or list item


@Language.factory("trialnews_segmenter", assigns=["token.is_sent_start"])
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    """Sentence boundaries at punctuation, line breaks and reader-marked headings."""
    return Segmenter(name)
