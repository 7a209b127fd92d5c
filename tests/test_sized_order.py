"""Abstracts: where no sentence allocates the groups as a list, the order in which the abstract
first gives two groups their sizes says which is the comparator (``facts/allocation.py``:
:func:`sized_order`, then ``facts/roles.py:comparator_by_order``).

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations

import pytest


def abstract(methods: str, results: str) -> str:
    return (f"A randomized trial of two schedules\n\nBACKGROUND: The best schedule is not known. METHODS: {methods} "
            f"RESULTS: {results} CONCLUSIONS: Both schedules were active.\n")


def roles(found: dict) -> dict[str, str | None]:
    return {arm["label"].lower(): arm["role"] for arm in found["arms"]}


METHODS = "Patients were randomly assigned to paclitaxel 80 mg/m2 once a week (weekly) or 200 mg/m2 once every 3 weeks."


@pytest.mark.parametrize(("results", "control", "tested"), [
    pytest.param("The weekly arm enrolled 64 evaluable patients, and the every-3-weeks arm enrolled 59 evaluable "
                 "patients.", "every-3-weeks", "weekly", id="sizes-in-their-own-clauses"),
    pytest.param("The every-3-weeks arm enrolled 59 evaluable patients, and the weekly arm enrolled 64 evaluable "
                 "patients.", "weekly", "every-3-weeks", id="the-order-is-the-texts"),
])
def test_the_second_group_given_a_size_is_the_comparator(run, results: str, control: str, tested: str) -> None:
    found = roles(run(abstract(METHODS, results)))
    assert found.get(control) == "control"
    assert found.get(tested) == "experimental"


def test_three_groups_with_sizes_decide_no_comparator(run) -> None:
    found = run(abstract("Patients were randomly assigned to paclitaxel 80 mg/m2 once a week (weekly), 135 mg/m2 every "
                         "2 weeks or 200 mg/m2 once every 3 weeks.",
                         "The weekly arm enrolled 64 evaluable patients, the every-2-weeks arm enrolled 62 evaluable "
                         "patients and the every-3-weeks arm enrolled 59 evaluable patients."))
    assert "control" not in {arm["role"] for arm in found["arms"]}
