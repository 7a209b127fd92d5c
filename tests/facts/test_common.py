"""The helpers the facts share (``trialnews.facts.common``).

Moved from the one ``test_facts.py``."""

from __future__ import annotations

import pytest

from trialnews.nlp import make_nlp


@pytest.mark.parametrize("text", ["", "One", "One sentence.", "First one. Second one!\nThird line\n\nFourth (n=3). ",
                                  "\n\nLeading breaks. Then text"])
def test_sentence_starts_are_those_of_doc_sents(text: str) -> None:
    from trialnews.facts.common import sent, sentence_starts

    nlp = make_nlp()
    doc = nlp.get_pipe("trialnews_segmenter")(nlp.make_doc(text))
    assert sentence_starts(doc) == ([s.start for s in doc.sents] or [0])
    for token in doc:
        assert (sent(token).start, sent(token).end) == (token.sent.start, token.sent.end)


def test_sent_tells_docs_apart_when_asked_in_turn() -> None:
    """``sent`` keeps the last doc's sentences: asking about two docs in turn gives each its own."""
    from trialnews.facts.common import sent

    nlp = make_nlp()
    segment = nlp.get_pipe("trialnews_segmenter")
    first = segment(nlp.make_doc("Short one. Then a second sentence here."))
    second = segment(nlp.make_doc("A single longer sentence with many words in it."))
    for _ in range(2):
        for doc in (first, second):
            for token in doc:
                found = sent(token)
                assert found.doc is doc
                assert (found.start, found.end) == (token.sent.start, token.sent.end)
                assert (sent(doc[token.i:token.i + 1]).start, sent(doc[token.i:token.i + 1]).end) == (found.start, found.end)
