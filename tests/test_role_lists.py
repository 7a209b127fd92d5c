"""Counts of people paired in order with groups named by their roles alone (``facts/sizes.py``:
``_role_list``, linker ``respectively-list-role``): ``Thirty and 28 patients were assigned to the
control and the experimental groups`` gives each count to the arm of that role, the record's one
arm of it or the one the abstract named with that role in brackets.

Every sentence below is written for these tests (none is copied from a data set); each row says the
sizes a curator reads from it.
"""

from __future__ import annotations

import pytest


def abstract(methods: str, results: str) -> str:
    return (f"A randomized trial\n\nBACKGROUND: Few options exist for this condition. METHODS: {methods} "
            f"RESULTS: {results} CONCLUSIONS: Further trials are warranted.\n")


def _sizes(found: dict) -> set[tuple[int, str]]:
    return {(size["n"], size["arm"]) for size in found["sample_sizes"] if size["arm"] is not None}


@pytest.mark.parametrize(("methods", "results", "expected"), [
    pytest.param("Women were randomized to a ginger capsule (study group) or a sugar capsule (control group).",
                 "Forty-two and 40 women were allocated to the control and the study groups.",
                 {(42, "control"), (40, "ginger")}, id="control-then-study"),
    pytest.param("Women were randomized to a ginger capsule (study group) or a sugar capsule (control group).",
                 "In all, 44 and 41 women were assigned to the study and control groups, respectively.",
                 {(44, "ginger"), (41, "control")}, id="study-then-control-respectively"),
])
def test_counts_go_to_the_arms_their_roles_name(run, methods: str, results: str,
                                                expected: set[tuple[int, str]]) -> None:
    found = run(abstract(methods, results))
    assert expected <= _sizes(found), _sizes(found)
    assert {size["evidence"]["links"]["arm"] for size in found["sample_sizes"]
            if (size["n"], size["arm"]) in expected} == {"respectively-list-role"}


@pytest.mark.parametrize(("methods", "results", "absent"), [
    pytest.param("Women were randomized to a ginger capsule (study group) or a sugar capsule (control group).",
                 "Overall, 30 and 22 women had nausea in the study and control groups.", {30, 22},
                 id="counts-of-an-event"),
    pytest.param("Women were randomized to ginger, to peppermint or to a sugar capsule (control group).",
                 "Forty-two and 40 women were allocated to the control and the study groups.", {40},
                 id="two-arms-of-the-role-none-named"),
    pytest.param("Women were randomized to a sugar capsule (control group) or to ginger or peppermint (study groups).",
                 "Forty-two and 40 women were allocated to the control and the study groups.", {40},
                 id="one-bracket-gives-the-role-to-two-arms"),
    pytest.param("Women were randomized to a ginger capsule (study group) or a sugar capsule (control group).",
                 "Forty-two and 40 women were allocated to the study and the treatment groups.", {42, 40},
                 id="two-roles-naming-one-arm"),
])
def test_role_lists_that_tell_no_arms_give_no_sizes(run, methods: str, results: str, absent: set[int]) -> None:
    found = run(abstract(methods, results))
    assert not {n for n, _ in _sizes(found)} & absent, _sizes(found)
