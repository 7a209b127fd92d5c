"""Abstracts: a ``respectively`` list after the lead of its sentence, a total before a colon
(``Twenty-nine (20.9%) patients developed a seroma: 9 (13.2%) and 20 (28.2%) for groups A and B,
respectively``): the list holds the values after the colon, and they take the outcome the lead
names (``linking/groups.py``: ``_after_lead``; ``linking/values.py``: ``lead-before-colon``).

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations


def abstract(results: str) -> str:
    return ("A randomized trial\n\nBACKGROUND: Seroma is common. METHODS: Women were randomized to a harmonic scalpel "
            f"(group A) or electrocautery (group B). RESULTS: {results} CONCLUSIONS: The scalpel helps.\n")


def rates(found: dict) -> set[tuple[float, str | None, str]]:
    return {(result["value"], result["arm"], result["endpoint"]) for result in found["results"] if result["unit"] == "%"}


def test_a_list_after_a_total_and_its_colon_is_the_groups(run) -> None:
    found = rates(run(abstract("Thirty-one (22.1%) women developed a seroma: 10 (14.3%) and 21 (30.0%) for groups A "
                               "and B, respectively (p = 0.02).")))
    assert {(14.3, "group A", "seroma"), (30.0, "group B", "seroma")} <= found
    assert 22.1 not in {value for value, _, _ in found}


def test_without_a_lead_the_list_is_read_as_before(run) -> None:
    found = rates(run(abstract("Seroma developed in 14.3% and 30.0% of women in groups A and B, respectively.")))
    assert {(14.3, "group A", "seroma"), (30.0, "group B", "seroma")} <= found
