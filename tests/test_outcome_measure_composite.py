"""How far a known outcome's name reaches beyond its premodifiers (issue 11, class 2), on sentences
written for these tests: a measure and its preposition before it (``time to first relapse``:
``linking/phrases.py:measure_lead_start``) and outcomes joined by ``or`` under one value (``stroke
or heart attack``: ``composite_extent``)."""

from __future__ import annotations

import pytest

TWO_ARMS = "Trial Update\n\nIn the trial, 300 adults were randomly assigned to take valsartin or a placebo. "


def outcomes(run, sentence: str) -> dict[float, str | None]:
    """Each result's value and the name of its outcome (``run`` from conftest.py checks grounding)."""
    return {result["value"]: result["endpoint"] and result["endpoint"].casefold()
            for result in run(TWO_ARMS + sentence)["results"]}


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("The median time to first relapse was 14 months with valsartin and 9 months with placebo.",
                 {14.0: "time to first relapse", 9.0: "time to first relapse"}, id="time-to"),
    pytest.param("On average the duration of fever was 3.5 days in the valsartin group and 5.5 days in the "
                 "placebo group.", {3.5: "duration of fever", 5.5: "duration of fever"}, id="duration-of"),
])
def test_a_measure_before_a_known_outcome_is_part_of_its_name(run, sentence: str, expected: dict) -> None:
    found = outcomes(run, sentence)
    assert {value: found.get(value) for value in expected} == expected


def test_the_risk_of_an_outcome_names_the_outcome(run) -> None:
    # "risk of" is no measure lead: the value is the outcome's own rate, named bare
    found = outcomes(run, "The risk of stroke was 4 percent in the valsartin group and 7 percent in the placebo group.")
    assert found.get(4.0) == found.get(7.0) == "stroke"


def test_outcomes_joined_by_or_under_one_value_are_one_outcome(run) -> None:
    found = outcomes(run, "A stroke or heart attack was seen in 4 percent of the valsartin group and 7 percent of "
                          "the placebo group.")
    assert found.get(4.0) == found.get(7.0) == "stroke or heart attack"


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    pytest.param("They measured the time to first relapse.", 5, 7, "time to first relapse", id="time-to"),
    pytest.param("They measured the change in pain.", 5, 6, "change in pain", id="change-in"),
    pytest.param("They measured the risk of relapse.", 5, 6, "relapse", id="risk-is-no-lead"),
    pytest.param("They measured the reduction in pain.", 5, 6, "pain", id="direction-is-no-lead"),
    pytest.param("They measured severity and duration of pain.", 6, 7, "pain", id="last-of-a-list"),
    pytest.param("They measured the duration of their pain.", 6, 7, "pain", id="determiner-between"),
    pytest.param("They measured the duration of postoperative ileus (POI).", 5, 7, "postoperative ileus",
                 id="defined-by-a-bracket"),
    pytest.param("Few reached that amount of weight loss.", 5, 7, "weight loss", id="pointed-back-at"),
])
def test_measure_lead_start(nlp, text: str, start: int, end: int, expected: str) -> None:
    from trialnews.linking.phrases import measure_lead_start

    doc = nlp.make_doc(text)
    assert doc[measure_lead_start(doc, start, end, 0):end].text == expected


def endpoint_names(run, sentence: str) -> set[str]:
    return {entry["name"].casefold() for entry in run(TWO_ARMS + sentence)["endpoints"]}


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Death, stroke or heart attack was seen in 9 percent of the valsartin group and 13 percent of the "
                 "placebo group.", {9.0: "death, stroke or heart attack", 13.0: "death, stroke or heart attack"},
                 id="list-of-three"),
    pytest.param("The blood test put 12 percent of the valsartin group in its top band for a heart attack or "
                 "death.", {12.0: "heart attack or death"}, id="nearest-known-outcome"),
    pytest.param("After one year the rate of hospitalization or death was 21 percent with valsartin and 30 percent "
                 "with placebo.", {21.0: "hospitalization or death", 30.0: "hospitalization or death"},
                 id="after-a-rate"),
])
def test_a_composite_under_one_value_is_one_outcome(run, sentence: str, expected: dict) -> None:
    found = outcomes(run, sentence)
    assert {value: found.get(value) for value in expected} == expected


def known(nlp, text: str, outcomes: tuple[str, ...]):
    """A doc of ``text`` alone whose ``outcomes`` are marked as the lexicon marks known outcomes."""
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    marked = []
    for outcome in outcomes:
        size = len(outcome.split())
        marked += [Span(doc, i, i + size, label="ENDPOINT") for i in range(len(doc) - size + 1)
                   if doc[i:i + size].text.lower() == outcome]
    doc.spans["ENDPOINT"] = marked
    return doc


OUTCOMES = ("stroke", "death", "heart attack", "heart failure", "pain", "neuralgia")


@pytest.mark.parametrize(("text", "word", "expected"), [
    pytest.param("They counted stroke or death in each group.", "stroke", "stroke or death", id="or-after"),
    pytest.param("They counted stroke or death in each group.", "death", "stroke or death", id="or-before"),
    pytest.param("They counted death, stroke or heart attack.", "death", "death, stroke or heart attack",
                 id="list-of-three"),
    pytest.param("They counted stroke and death in each group.", "stroke", "stroke", id="and-is-a-list"),
    pytest.param("Stroke or death rose to 4 and 7 percent, respectively.", "stroke", "Stroke", id="respectively"),
    pytest.param("They saw no change in stroke or death.", "stroke", "stroke", id="negation"),
    pytest.param("They saw events such as stroke or death.", "death", "death", id="examples"),
    pytest.param("They asked whether stroke or death was likelier.", "stroke", "stroke", id="question"),
    pytest.param("They counted heart attack or developed heart failure.", "heart attack", "heart attack",
                 id="verb-after-or"),
    pytest.param("They counted stroke or blood tests.", "stroke", "stroke", id="unknown-item"),
    pytest.param("They counted pain, or neuralgia.", "pain", "pain", id="gloss"),
])
def test_composite_extent(nlp, text: str, word: str, expected: str) -> None:
    from trialnews.linking.phrases import composite_extent

    doc = known(nlp, text, OUTCOMES)
    span = next(m for m in doc.spans["ENDPOINT"] if m.text.lower() == word)
    first, last = composite_extent(doc, span.start, span.end, 0, len(doc))
    assert doc[first:last].text == expected
