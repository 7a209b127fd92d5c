"""An outcome's full extent (issue 11, class 2), on sentences written for these tests: the words
before a head that name a kind of event, and the phrases after it that belong to the measure."""

from __future__ import annotations

import pytest

TWO_ARMS = "Trial Update\n\nIn the trial, 300 adults were randomly assigned to take valsartin or a placebo. "


def outcomes(run, sentence: str) -> dict[float, str | None]:
    """Each result's value and the name of its outcome (``run`` from conftest.py checks grounding)."""
    return {result["value"]: result["endpoint"] and result["endpoint"].casefold()
            for result in run(TWO_ARMS + sentence)["results"]}


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Side effects included dizziness (7%) and increased sweating (5%) in the valsartin group.",
                 5.0, "increased sweating", id="bracket-head"),
    pytest.param("About 14 percent of those in the valsartin group needed additional pain medication.",
                 14.0, "additional pain medication", id="event-after-value"),
    pytest.param("Decreased appetite occurred in 6 percent of the valsartin group.", 6.0,
                 "decreased appetite", id="occurred-in"),
])
def test_a_kind_of_event_keeps_its_word(run, sentence: str, value: float, outcome: str) -> None:
    # what people had: "increased sweating" is the event's name, not a judgement of sweating
    assert outcomes(run, sentence).get(value) == outcome


def test_a_judged_change_still_loses_its_word(run) -> None:
    # the same word judging the treatment's effect on a measure is no part of the measure's name
    found = outcomes(run, "In the valsartin group, improved exercise capacity was seen, as walking "
                          "distance rose by 12 percent.")
    assert "improved" not in " ".join(v for v in found.values() if v)


def endpoints(run, sentence: str) -> set[str]:
    return {entry["name"].casefold() for entry in run(TWO_ARMS + sentence)["endpoints"]}


def test_or_other_joins_the_list_before_an_of_phrase(run) -> None:
    # "X or other Y of Z": one outcome, the list read past "other" after the "of" phrase is attached
    names = endpoints(run, "The number of migraines or other bouts of head pain fell by 40 percent with "
                           "valsartin, compared with 15 percent with the placebo.")
    assert "migraines or other bouts of head pain" in names
    assert "bouts of head pain" not in names


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Of the 150 patients given valsartin, 21 experienced at least one adverse event.", 21.0,
                 "adverse event", id="at-least-one"),
    pytest.param("Of the 150 patients given valsartin, 9 had two or more falls.", 9.0, "falls", id="two-or-more"),
])
def test_a_count_of_events_is_read_past(run, sentence: str, value: float, outcome: str) -> None:
    # "at least one", "two or more" count the events people had; the events are the outcome
    assert outcomes(run, sentence).get(value) == outcome


def test_a_bare_event_names_no_outcome(run) -> None:
    # "had at least one event" points back to events named before: "event" alone is no name
    found = outcomes(run, "Of the 150 patients given valsartin, 21 had at least one event.")
    assert found.get(21.0) != "event"
