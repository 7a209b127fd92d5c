"""Sentence segmentation for news text: punctuation, line breaks and headings.

spaCy's ``sentencizer`` knows only punctuation; saved articles also break at every line (titles,
bylines, datelines, list items and Markdown headings have no final period). A sentence starts:
- at the first token after a line break;
- after ``.``, ``!`` or ``?`` (and any closing quotes or brackets) when the next token starts
  with an upper-case letter, a digit or an opening quote;
- at every heading range given by the reader (``doc.user_data["headings"]``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .guard import Guarded

ENDERS = frozenset({".", "!", "?", "...", "\u2026"})
CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]"})
OPENERS = frozenset({'"', "\u201c", "'", "\u2018", "(", "["})


class Segmenter(Guarded):
    def __init__(self, name: str = "trialnews_segmenter") -> None:
        self.name = name

    def process(self, doc: Doc) -> None:
        if not len(doc):
            return
        headings = doc.user_data.get("headings") or ()
        heading_edges = {edge for start, end in headings for edge in (start, end)}
        after_ender = False
        after_break = True
        for token in doc:
            text = token.text
            if token.is_space:
                token.is_sent_start = after_break or token.i == 0
                after_break = after_break or "\n" in text or "\n" in token.whitespace_
                continue
            starts = after_break or token.idx in heading_edges or (
                after_ender and (text[0].isupper() or text[0].isdigit() or text[0] in OPENERS)
            )
            token.is_sent_start = token.i == 0 or starts
            after_ender = text in ENDERS or (after_ender and text in CLOSERS)
            after_break = "\n" in token.whitespace_


@Language.factory("trialnews_segmenter", assigns=["token.is_sent_start"])
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    """Sentence boundaries at punctuation, line breaks and reader-marked headings."""
    return Segmenter(name)
