"""Helpers shared by the fact extractors: evidence, the record in progress, span geometry."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import Any
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

from ..doctext import span_text, text_of
from ..scanning import LowerText

EXTENSION = "trialnews"

#: Tokens between a value and the word that names its group ("55% of the patients in the
#: placebo group") beyond which the two are not read as linked.
LINK_WINDOW = 12


#: The lower-cased text the fact extractors' prefix scanners look in (the last text asked: the
#: pipeline runs one doc at a time).
TEXT_LOWER = LowerText()


def ensure_extension() -> None:
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)


_SENTENCE_STARTS: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()
#: ``SENT_START`` of a token that starts a sentence (``-1``: does not, ``0``: not set).
SENTENCE_START = 1


def sent(item: Span | Token) -> Span:
    """The sentence of a span or token. ``Span.sent`` walks the tokens to find its sentence's
    edges on every call, which is quadratic on an article written as one long line; the edges
    are found once per doc here."""
    doc = item.doc
    starts = _SENTENCE_STARTS.get(doc)
    if starts is None:
        starts = _SENTENCE_STARTS[doc] = sentence_starts(doc)
    index = item.i if isinstance(item, Token) else item.start
    k = max(bisect_right(starts, index) - 1, 0)
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return Span(doc, starts[k], end)  # ``doc[start:end]`` without its slice normalisation


def sentence_starts(doc: Doc) -> list[int]:
    """``[s.start for s in doc.sents] or [0]``, read from the ``SENT_START`` array: a sentence
    starts at token 0 and at every later token marked as a start (as ``Doc.sents`` reads it)."""
    if "sents" in doc.user_hooks or len(doc) < 2 or not doc.has_annotation("SENT_START"):
        return [s.start for s in doc.sents] or [0]  # as spaCy does it (or the error it raises)
    marked = doc.to_array(SENT_START)[1:] == SENTENCE_START
    return [0, *(numpy.flatnonzero(marked) + 1).tolist()]


def state(doc: Doc) -> dict[str, Any]:
    """The record in progress on ``doc._.trialnews`` (plain data, so it survives ``n_process``)."""
    data = doc._.get(EXTENSION)
    if data is None:
        data = {"warnings": []}
        doc._.set(EXTENSION, data)
    return data


def evidence(span: Span | tuple[int, int], doc: Doc | None = None, *, rule: str | None = None) -> dict[str, Any]:
    """Evidence of an item: character offsets into the analysed text and the text between them."""
    if isinstance(span, Span):
        start, end, text = span.start_char, span.end_char, span_text(span)
        rule = rule or span.id_ or span.label_ or None
    else:
        start, end = span
        text = text_of(doc)[start:end]
    return {"start": start, "end": end, "text": text, "rule": rule}


#: The sorted span lists of the doc being processed: one doc only, since the cached spans hold
#: their doc (a cache per doc, even a WeakKeyDictionary, would keep every doc alive).
_SPANS: dict[str, Any] = {"doc": None, "lists": {}}


def spans(doc: Doc, *labels: str) -> list[Span]:
    """Every span under the given ``doc.spans`` keys, in text order (a new list each call).

    Reading a span group makes new Span objects every time; the sorted list is kept per doc
    and rebuilt when a group's size changes (the linking steps read the same groups for every
    value, which made long articles quadratic)."""
    sizes = tuple(len(doc.spans[label]) if label in doc.spans else -1 for label in labels)
    if _SPANS["doc"] is not doc:
        _SPANS["doc"], _SPANS["lists"] = doc, {}
    cache = _SPANS["lists"]
    key = (labels, sizes)
    found = cache.get(key)
    if found is None:
        found = [span for label in labels if label in doc.spans for span in doc.spans[label]]
        found.sort(key=lambda s: (s.start, -s.end))
        cache[key] = found
    return list(found)


def longest_first(candidates: Iterable[Span]) -> list[Span]:
    """Drop spans that overlap a longer (or earlier equally long) span; keep text order."""
    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(candidates, key=lambda s: (-(s.end_char - s.start_char), s.start)):
        tokens = set(range(span.start, span.end))
        if not tokens & taken:
            kept.append(span)
            taken |= tokens
    return sorted(kept, key=lambda s: s.start)


def inside(span: Span, others: Iterable[Span]) -> bool:
    """Whether ``span`` lies within (or overlaps) any of ``others``."""
    return any(span.start_char < other.end_char and other.start_char < span.end_char for other in others)


def clause_bounds(sentence: Span, token_index: int) -> tuple[int, int]:
    """Token range of the clause of ``sentence`` around ``token_index``, split at ``;`` and ``:``."""
    start, end = sentence.start, sentence.end
    doc = sentence.doc
    for i in range(token_index - 1, sentence.start - 1, -1):
        if doc[i].text in (";", ":"):
            start = i + 1
            break
    for i in range(token_index, sentence.end):
        if doc[i].text in (";", ":"):
            end = i
            break
    return start, end


def clean(text: str) -> str:
    """Collapse whitespace and trim surrounding punctuation of an extracted phrase."""
    return re.sub(r"\s+", " ", text).strip(" ,;:.()[]\"'\u201c\u201d\u2018\u2019")


def heading_sentence(doc: Doc, sentence: Span) -> bool:
    """A heading or title line: given by the reader, or the article's first line."""
    headings = doc.user_data.get("headings") or ()
    if not headings:
        return False
    text = text_of(doc)
    end_char = len(text[sentence.start_char:sentence.end_char].rstrip()) + sentence.start_char  # not the blank lines
    return any(start <= sentence.start_char and end_char <= end for start, end in headings)
