"""``text_of(doc)``: the text of a doc, joined once, or not at all.

spaCy's ``Doc.text`` is not stored: every access joins the text of every token again (about a
fifth of a millisecond for a 900-token article, a sixth of tokenizing it). Components and fact
extractors that read the text many times per doc read it here instead; it is kept while the doc
lives (a doc's text never changes: even ``doc.retokenize()`` keeps it). A doc made by the
trialnews pipeline from a text (``trialnews.nlp.make_nlp``) has that text kept from the start
(:func:`keep_text`): spaCy's tokenizer is non-destructive, ``doc.text`` is the text it was given.
"""

from __future__ import annotations

from collections.abc import Callable
from weakref import WeakKeyDictionary, ref

from spacy.language import Language
from spacy.tokens import Doc, Span

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
#: A weak reference to the doc last asked about, and its text: the pipeline asks about one doc
#: some four hundred times in a row, and the look-up in ``_TEXTS`` cost twice as much as this.
#: One tuple, replaced whole (never two slots set one after the other, which a reader between the
#: two steps would see half-updated).
_LAST: tuple[Callable[[], Doc | None], str] = (lambda: None, "")


def text_of(doc: Doc) -> str:
    """``doc.text``, joined on the first call for this doc and kept while it lives."""
    global _LAST
    last_doc, last_text = _LAST
    if last_doc() is doc:
        return last_text
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    _LAST = (ref(doc), text)
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the doc's text instead of joined from its tokens: a span's text is
    the doc text between its character offsets (for an empty span, both offsets are equal)."""
    return text_of(span.doc)[span.start_char:span.end_char]


def keep_text(doc: Doc, text: str) -> Doc:
    """Keep ``text`` as the text of ``doc``, made from it by spaCy's tokenizer (so that
    ``doc.text == text``), and return the doc."""
    global _LAST
    _TEXTS[doc] = text
    if _LAST[0]() is doc:
        _LAST = (ref(doc), text)
    return doc


class TextKeepingMakeDoc:
    """``nlp.make_doc`` that keeps each text for :func:`text_of` (set on the pipeline's ``nlp`` by
    ``make_nlp``; ``nlp.pipe`` and ``nlp(text)`` make their docs with it). It calls the class's
    ``make_doc``, so it can be pickled with ``nlp`` and never calls itself."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, text: str) -> Doc:
        return keep_text(type(self.nlp).make_doc(self.nlp, text), text)
