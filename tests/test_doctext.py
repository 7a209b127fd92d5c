"""``trialnews.reading.doctext.text_of``: the doc's text, joined once per doc."""

from __future__ import annotations

import gc

import spacy

from trialnews.reading import doctext
from trialnews.reading.doctext import text_of


def test_text_of_is_the_text_and_is_kept() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Patients (n=21)  were\nrandomized. ")
    assert text_of(doc) == doc.text
    assert text_of(doc) is text_of(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert text_of(doc) == doc.text


def test_text_of_forgets_a_doc_that_is_gone() -> None:
    nlp = spacy.blank("en")
    doc = nlp("One doc.")
    text_of(doc)
    before = len(doctext._TEXTS)
    del doc
    gc.collect()
    assert len(doctext._TEXTS) == before - 1


def test_pipeline_docs_keep_the_text_they_were_made_from() -> None:
    from trialnews.nlp import make_nlp

    nlp = make_nlp()
    texts = ["Patients (n=21)  were\nrandomized. ", "", "Caf\u00e9 \u0130stanbul\u00a0trial \U0001f600."]
    for text, doc in zip(texts, nlp.pipe(texts)):
        assert text_of(doc) is text and doc.text == text
    doc = nlp(texts[0])
    assert text_of(doc) is texts[0]
    assert nlp.make_doc(texts[2]).text == texts[2]


def test_text_of_tells_docs_apart_when_asked_in_turn() -> None:
    """The doc last asked about is answered first: asking about docs in turn, a doc made again
    with the same text, and a text kept anew for the last doc each give the right text."""
    nlp = spacy.blank("en")
    first, second = nlp("First doc."), nlp("Second doc, longer.")
    for _ in range(2):
        assert (text_of(first), text_of(second)) == ("First doc.", "Second doc, longer.")
    doctext.keep_text(second, "Second doc, longer.")
    assert text_of(second) == "Second doc, longer."
    del first
    gc.collect()
    assert text_of(nlp("First doc.")) == "First doc."


def test_the_last_doc_is_kept_as_one_tuple_replaced_whole() -> None:
    """The doc last asked about and its text are one tuple, set at once: never a two-slot list
    updated in two steps (a reader between them would pair one doc with another's text)."""
    nlp = spacy.blank("en")
    first, second = nlp("A first short text."), nlp("Another one, longer than the first.")
    for doc in (first, second, first):
        assert text_of(doc) == doc.text
        assert isinstance(doctext._LAST, tuple)
        assert doctext._LAST[0]() is doc and doctext._LAST[1] == doc.text
    doctext.keep_text(second, second.text)
    assert doctext._LAST[0]() is first and text_of(second) == second.text
