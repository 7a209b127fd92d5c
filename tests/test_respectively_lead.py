"""Abstracts: a ``respectively`` list after the lead of its sentence, a total before a colon
(``N (x%) patients developed Y: a (p%) and b (q%) in groups A and B, respectively``): the list holds the values after the colon, and they take the outcome the lead
names (``linking/groups.py``: ``_after_lead``; ``linking/values.py``: ``lead-before-colon``).

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations

import pytest


def abstract(results: str) -> str:
    return ("A randomized trial\n\nBACKGROUND: Lymphocele is common. METHODS: Patients were randomized to a closed "
            f"suction drain (group A) or no drain (group B). RESULTS: {results} CONCLUSIONS: The drain helps.\n")


def rates(found: dict) -> set[tuple[float, str | None, str]]:
    return {(result["value"], result["arm"], result["endpoint"]) for result in found["results"] if result["unit"] == "%"}


def no_list_warning(record: dict) -> bool:
    """No W001 (a ``respectively`` list whose values and groups differ in number)."""
    return not [warning for warning in record["warnings"] if warning.startswith("W001")]


@pytest.mark.parametrize("results", [
    pytest.param("Forty-four (18.3%) patients developed a lymphocele: 15 (12.4%) and 29 (24.2%) in groups A and B, "
                 "respectively (P = .027).", id="a-count-and-its-rate"),
    pytest.param("Overall, 18.3% of patients developed a lymphocele: 12.4% and 24.2% in groups A and B, respectively "
                 "(P = .027).", id="a-rate"),
])
def test_a_list_after_a_total_and_its_colon_is_the_groups(run, results: str) -> None:
    record = run(abstract(results))
    found = rates(record)
    assert {(12.4, "group A", "lymphocele"), (24.2, "group B", "lymphocele")} <= found
    assert all(arm is None for value, arm, _ in found if value == 18.3)  # the total is no group's
    assert no_list_warning(record)  # the list is the two values after the colon, one per group


def test_without_a_lead_the_list_is_read_as_before(run) -> None:
    found = rates(run(abstract("A lymphocele formed in 12.4% and 24.2% of patients in groups A and B, respectively.")))
    assert {(12.4, "group A", "lymphocele"), (24.2, "group B", "lymphocele")} <= found
