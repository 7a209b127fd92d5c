"""Abstracts: a group described by its side (``control patients``, ``vaccinated patients``, ``the
intervention group``) names the arm of that side among the two groups the abstract gave sizes,
where the roles alone do not tell (``linking/groups.py``: :func:`allocated_side`).

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations

import pytest


def abstract(methods: str, results: str) -> str:
    return (f"A randomized trial\n\nBACKGROUND: Few options exist. METHODS: {methods} RESULTS: {results} "
            f"CONCLUSIONS: The vaccine deserves a larger trial.\n")


def linked(found: dict) -> dict[float, str | None]:
    return {result["value"]: result["arm"] for result in found["results"] if result["unit"] == "%"}


RESULTS = "The 3-year survival was 90% in vaccinated patients and 80% in control patients."


def test_a_tested_side_is_the_allocated_experimental_arm(run) -> None:
    found = linked(run(abstract("Patients were randomly assigned to trastuzumab plus a peptide vaccine (n = 90) or "
                                "trastuzumab alone (n = 91).", RESULTS)))
    assert found.get(90.0) == "trastuzumab plus peptide vaccine"
    assert found.get(80.0) == "trastuzumab alone"


@pytest.mark.parametrize("methods", [
    pytest.param("Patients were randomly assigned to trastuzumab plus a peptide vaccine or trastuzumab alone.",
                 id="no-sizes"),
    pytest.param("Patients were randomly assigned to trastuzumab plus a peptide vaccine (n = 90), trastuzumab "
                 "plus a dendritic-cell vaccine (n = 88) or trastuzumab alone (n = 91).", id="three-sized-groups"),
])
def test_without_one_allocated_pair_the_tested_side_names_no_arm(run, methods: str) -> None:
    assert linked(run(abstract(methods, RESULTS))).get(90.0) is None  # kept or dropped, it names no arm
