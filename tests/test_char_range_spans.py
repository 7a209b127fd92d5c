"""Speed changes of issue 12 (speed25) that must give the same answers as the walks they replace:
the spans of a character range found by bisection (``spans_within``, ``spans_from_chars``), and
the nearest lexicon outcome ranked once per value while its proposals are made."""

from __future__ import annotations

import itertools

import spacy
from spacy.tokens import Span

from trialnews.facts.common import spans, spans_from_chars, spans_within
from trialnews.linking import values

SENTENCE = ("Hot flashes fell by 45% in the patch group and by 20% in the placebo group (P = .01); "
            "night sweats fell too, in the patch group.")


def _doc():  # noqa: ANN202 - a spaCy doc
    doc = spacy.blank("en")(SENTENCE)
    words = [t.text for t in doc]
    patch = [i for i, word in enumerate(words) if word == "patch"]
    doc.spans["A"] = [Span(doc, i, i + 2, label="patch") for i in patch]  # "patch group", twice
    doc.spans["B"] = [Span(doc, words.index("placebo"), words.index("placebo") + 2, label="placebo")]
    doc.spans["E"] = [Span(doc, 0, 2, label="hot flashes"), Span(doc, words.index("night"), words.index("night") + 2,
                                                                  label="night sweats")]
    return doc


def test_spans_within_are_those_the_walk_finds() -> None:
    doc = _doc()
    ends = sorted({0, len(SENTENCE)} | {t.idx for t in doc} | {t.idx + len(t) for t in doc})
    for start, end in itertools.combinations_with_replacement(ends, 2):
        for labels in (("A",), ("A", "B"), ("E",), ("A", "B", "E")):
            walked = [m for m in spans(doc, *labels) if start <= m.start_char and m.end_char <= end]
            assert spans_within(doc, *labels, start_char=start, end_char=end) == walked
            started = [m for m in spans(doc, *labels) if start <= m.start_char < end]
            assert spans_from_chars(doc, *labels, start_char=start, end_char=end) == started


def test_spans_within_follow_a_group_set_again() -> None:
    doc = _doc()
    whole = len(SENTENCE)
    assert [m.label_ for m in spans_within(doc, "A", "B", start_char=0, end_char=whole)] == ["patch", "placebo", "patch"]
    doc.spans["B"] = []  # the placebo group is read no more
    assert [m.label_ for m in spans_within(doc, "A", "B", start_char=0, end_char=whole)] == ["patch", "patch"]
    first_sweats = SENTENCE.index("night")
    assert [m.label_ for m in spans_from_chars(doc, "A", start_char=first_sweats, end_char=whole)] == ["patch"]


def test_nearest_lexicon_is_ranked_once_per_value_and_kept_nowhere(monkeypatch) -> None:  # noqa: ANN001
    doc = _doc()
    for token in doc:
        token.is_sent_start = token.i == 0  # one sentence
    asked = []

    def ranked(doc, span, **kwargs):  # noqa: ANN001, ANN202, ARG001 - stands in for the ranking
        asked.append((span.start, span.end))
        return doc.spans["E"][0]

    monkeypatch.setattr(values, "ranked_endpoint", ranked)
    monkeypatch.setattr(values, "_subject_predicate", lambda doc, span: None)
    words = [t.text for t in doc]
    value = Span(doc, words.index("45"), words.index("45") + 2, label="PERCENT")  # "45%"
    other = Span(doc, words.index("20"), words.index("20") + 2, label="PERCENT")  # "20%"
    both = ("lexicon-in-phrase", "lexicon-nearest")
    proposed = values.endpoint_proposals(doc, value, "patch", linkers=both)
    assert [(p.linker, p.offsets) for p in proposed if p.linker == "lexicon-nearest"] == [("lexicon-nearest", (0, 11))]
    values.endpoint_proposals(doc, other, "placebo", linkers=both)
    values.endpoint_proposals(doc, value, "patch", linkers=both)  # asked again: nothing kept from before
    assert values.lexicon_nearest(doc, value, "patch")[0].text == "Hot flashes"  # a linker on its own ranks too
    mine, theirs = (value.start, value.end), (other.start, other.end)
    assert asked == [mine, theirs, mine, mine]
