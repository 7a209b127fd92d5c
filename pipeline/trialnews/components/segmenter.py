"""Sentence segmentation for news text: punctuation, line breaks and headings.

spaCy's ``sentencizer`` knows only punctuation; saved articles also break at every line (titles,
bylines, datelines, list items and Markdown headings have no final period). A sentence starts:
- at the first token after a line break;
- after ``.``, ``!`` or ``?`` (and any closing quotes or brackets) when the next token starts
  with an upper-case letter, a digit or an opening quote;
- at every heading range given by the reader (``doc.user_data["headings"]``).
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..doctext import text_of
from .guard import Guarded

ENDERS = frozenset({".", "!", "?", "...", "\u2026"})
CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]"})
OPENERS = frozenset({'"', "\u201c", "'", "\u2018", "(", "["})
#: ``SENT_START`` values as ``Doc.from_array`` takes them.
START, NOT_START = 1, -1


def _opens_sentence(char: str) -> bool:
    """Whether a token starting with ``char`` may open a sentence after ``.``, ``!`` or ``?``."""
    return char.isupper() or char.isdigit() or char in OPENERS


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
        headings = doc.user_data.get("headings") or ()
        heading_edges = {edge for start, end in headings for edge in (start, end)}
        text = text_of(doc)
        strings = doc.vocab.strings
        orths, spaces, offsets = doc.to_array([ORTH, IS_SPACE, IDX]).T.tolist()
        starts = [NOT_START] * len(orths)
        starts[0] = START
        after_ender = False
        after_break = True
        for i, orth in enumerate(orths):
            if spaces[i]:
                if after_break:
                    starts[i] = START
                elif "\n" in strings[orth]:
                    after_break = True
                continue
            if after_break or (after_ender and _opens_sentence(text[offsets[i]])) or offsets[i] in heading_edges:
                starts[i] = START
            after_ender = orth in self.enders or (after_ender and orth in self.closers)
            after_break = False
        doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64"))


@Language.factory("trialnews_segmenter", assigns=["token.is_sent_start"])
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    """Sentence boundaries at punctuation, line breaks and reader-marked headings."""
    return Segmenter(name)
