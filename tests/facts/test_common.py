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


@pytest.mark.parametrize("words", [
    pytest.param(frozenset({"respectively"}), id="one-word"),
    pytest.param(frozenset({":", ";"}), id="punctuation"),
    pytest.param(frozenset({"the", "and", "of", "a", "in", "to", "with", "for", "or"}), id="more-than-few-words"),
    pytest.param(frozenset({"unheard-of-word"}), id="a-word-the-doc-lacks"),
])
def test_token_positions_are_the_tokens_of_those_lower_cased_words(words: frozenset[str]) -> None:
    """Both ways of finding them (a comparison per word, ``numpy.isin`` for more), asked in turn
    of two docs and of several word sets per doc (the LOWER array is read once per doc)."""
    from trialnews.facts.common import FEW_WORDS, token_positions

    assert (len(words) > FEW_WORDS) == (len(words) == 9)
    nlp = make_nlp()
    texts = ["The A and B groups had 12 and 14 patients, Respectively; in the trial: of course.",
             "Respectively RESPECTIVELY respectively, with the drug or a placebo for a year."]
    for _ in range(2):
        for text in texts:
            doc = nlp.make_doc(text)
            assert token_positions(doc, frozenset({"of"})) == [t.i for t in doc if t.lower_ == "of"]
            assert token_positions(doc, words) == [t.i for t in doc if t.lower_ in words]


@pytest.mark.parametrize(("values", "wanted"), [
    pytest.param([5, 1, 9, 1, 2**64 - 1, 0], [1, 2**64 - 1], id="hashes-above-2-to-the-63"),
    pytest.param([3, 4, 5], [], id="no-word"),
    pytest.param([], [1, 2], id="no-token"),
    pytest.param([7, 7, 8, 0], [8, 7, 7, 0, 100], id="unsorted-with-repeats"),
    pytest.param([10, 20, 30], [5, 15, 25, 35], id="none-among"),
])
def test_among_is_numpy_isin(values: list[int], wanted: list[int]) -> None:
    import numpy

    from trialnews.facts.common import among

    values_array, wanted_array = numpy.array(values, dtype="uint64"), numpy.array(wanted, dtype="uint64")
    assert among(values_array, wanted_array).tolist() == numpy.isin(values_array, wanted_array).tolist()


def test_spans_kept_by_the_ruler_are_those_of_its_span_groups() -> None:
    """The ruler keeps its sorted spans for :func:`spans` (not made again from the groups): the
    same spans, in the same order, as read back from ``doc.spans``; and a group set again is read anew."""
    from spacy.tokens import Span

    from trialnews.facts.common import _SPANS, spans

    nlp = make_nlp()
    doc = nlp.make_doc("The X group (n=21) had 40% and the placebo group (n=20) 12% (P=.03), respectively, "
                       "at 12 weeks; 95% CI 0.5 to 0.9. Ten of 41 patients (24%) relapsed.")
    for name in ("trialnews_segmenter", "trialnews_abbreviations", "trialnews_ruler"):
        doc = nlp.get_pipe(name)(doc)
    shape = lambda found: [(s.start, s.end, s.label_, s.id_) for s in found]  # noqa: E731
    assert _SPANS["doc"] is doc
    assert any(_SPANS["lists"][(label,)][0][0] is doc.spans[label] for label in doc.spans if (label,) in _SPANS["lists"])
    for label in doc.spans:
        assert shape(spans(doc, label)) == shape(sorted(doc.spans[label], key=lambda s: (s.start, -s.end)))
    doc.spans["PERCENT"] = [Span(doc, 0, 1, label="PERCENT")]
    assert shape(spans(doc, "PERCENT")) == [(0, 1, "PERCENT", "")]


def test_a_span_group_set_again_to_as_many_spans_is_read_anew() -> None:
    """A fact that sets ``doc.spans[label]`` again to a list of the same length (a span's label
    changed) is read anew by :func:`spans`, :func:`spans_starting` and :func:`longest_span`: the
    kept list is that of the span group it was read from, not of the label and its size."""
    from spacy.tokens import Span

    from trialnews.facts.common import longest_span, spans, spans_starting

    doc = make_nlp().make_doc("Rats given the oat bran ate less than the untreated rats.")
    doc.spans["ARM_MENTION"] = [Span(doc, 3, 5, label="oat bran"), Span(doc, 9, 10, label="untreated")]
    assert [s.label_ for s in spans(doc, "ARM_MENTION")] == ["oat bran", "untreated"]
    assert longest_span(doc, "ARM_MENTION") == 2
    doc.spans["ARM_MENTION"] = [Span(doc, 3, 5, label="oat bran"), Span(doc, 8, 11, label="control")]
    assert [s.label_ for s in spans(doc, "ARM_MENTION")] == ["oat bran", "control"]
    assert [s.label_ for s in spans_starting(doc, "ARM_MENTION", start=6, end=12)] == ["control"]
    assert [s.label_ for s in spans(doc, "ARM_MENTION", "NONE")] == ["oat bran", "control"]
    assert longest_span(doc, "ARM_MENTION") == 3
    doc.spans["ARM_MENTION"].append(Span(doc, 0, 1, label="rats"))
    assert [s.label_ for s in spans(doc, "ARM_MENTION")] == ["rats", "oat bran", "control"]


@pytest.mark.parametrize(("short", "long", "expected"), [
    pytest.param("SF", "sevoflurane-fentanyl", True, id="hyphened-words"),
    pytest.param("BCS", "breast conservation surgery", True, id="initials"),
    pytest.param("C", "Cocculine", True, id="one-letter"),
    pytest.param("pCR", "pathological complete response", True, id="mixed-case"),
    pytest.param("T2", "TIMT", True, id="digits-not-read"),
    pytest.param("HR", "placebo", False, id="letters-absent"),
    pytest.param("DD", "groups", False, id="first-letter-opens-no-word"),
    pytest.param("CAP", "scalp cooling", False, id="letters-before-the-opening-word"),
    pytest.param("RB", "bone repair", False, id="out-of-order"),
])
def test_short_form_of_one_test_for_arms_and_outcomes(short: str, long: str, expected: bool) -> None:
    """One test of "is this a short form of that" (it was arms' ``_short_form_of`` and outcomes'
    ``_abbreviates``, which told ``CAP`` and ``scalp cooling`` apart differently)."""
    from trialnews.facts.common import short_form_of

    assert short_form_of(short, long) is expected
