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
