"""Values whose group or outcome is written once for two of them (issue 11, results on unseen
news): a second predicate of the same subject group, and the two levels of a ``from ... to``
change. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import article

LITHIUM_OR_PLACEBO = "Patients were randomized to lithium or placebo."


def _results(record) -> list[tuple]:
    return sorted((r["endpoint"], r["arm"], r["value"], r["unit"]) for r in record["results"])


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Patients in the lithium group had 35% fewer mood episodes than at the start and 20% fewer hospital "
                 "admissions.",
                 [("hospital admissions", "lithium", 20.0, "%"), ("mood episodes", "lithium", 35.0, "%")],
                 id="two-changes-one-subject"),
    pytest.param("Patients in the lithium group also had a 30 percent improvement in sleep quality, and their "
                 "anxiety scores fell by 12 percent.",
                 [("anxiety scores", "lithium", 12.0, "%"), ("sleep quality", "lithium", 30.0, "%")],
                 id="possessive-second-clause"),
])
def test_a_second_predicate_shares_its_subject_group(run, sentence: str, expected: list[tuple]) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, sentence))
    assert _results(record) == expected
    assert {r["evidence"]["links"]["arm"] for r in record["results"]} == {"group-next-to-value", "subject-shares-group"}


@pytest.mark.parametrize("sentence", [
    pytest.param("Patients in the lithium group had 35% fewer mood episodes than at the start, while 20% of "
                 "those on placebo were admitted to hospital.", id="other-people-after-while"),
    pytest.param("Patients in the lithium group had 35% fewer mood episodes than at the start, but 20% had a "
                 "hospital admission.", id="but-starts-another-subject"),
    pytest.param("Patients in the lithium group had 35% fewer mood episodes than at the start and 20% of them had "
                 "a hospital admission.", id="counts-people-of-its-own"),
])
def test_a_value_after_another_subject_does_not_share_the_group(run, sentence: str) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, sentence))
    assert not any(r["evidence"]["links"].get("arm") == "subject-shares-group" for r in record["results"])
    assert ("mood episodes", "lithium", 35.0, "%") in _results(record)
    assert not any(r["value"] == 20 and r["arm"] == "lithium" for r in record["results"])


def test_both_levels_of_a_change_take_the_group_named_after_it(run) -> None:
    record = run(article(LITHIUM_OR_PLACEBO, "Blood sodium rose from 136 mmol/L to 141 mmol/L in the lithium group."))
    assert _results(record) == [("blood sodium", "lithium", 136.0, "mmol/L"), ("blood sodium", "lithium", 141.0, "mmol/L")]


def test_the_other_group_change_takes_the_outcome_in_turn(run) -> None:
    """``from A to B in X, versus from C to D in Y``: the second pair has the first pair's outcome."""
    record = run(article(LITHIUM_OR_PLACEBO, "Meanwhile, blood sodium rose from 136 mg/dl of blood to 141 mg/dl in "
                                             "the lithium group, versus a small change from 137 mg/dl to 138 mg/dl in "
                                             "the placebo group."))
    assert _results(record) == [("blood sodium", "lithium", 136.0, "mg/dL"), ("blood sodium", "lithium", 141.0, "mg/dL"),
                                ("blood sodium", "placebo", 137.0, "mg/dL"), ("blood sodium", "placebo", 138.0, "mg/dL")]
