"""``text_of(doc)``: the text of a doc, joined once.

spaCy's ``Doc.text`` is not stored: every access joins the text of every token again (about a
third of a millisecond for a 900-token article, as long as tokenizing it). Components and fact
extractors that read the text many times per doc read it here instead; it is kept while the doc
lives (a doc's text never changes: even ``doc.retokenize()`` keeps it).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def text_of(doc: Doc) -> str:
    """``doc.text``, joined on the first call for this doc and kept while it lives."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
