"""A series of numbers that writes its unit once, after its last number (``a, b, and c% of the
X group``): each number is the group's named after the series (``linking/values.py``:
``_next_in_series``), a group the arms do not know there takes none of them to another group
(``linking/groups.py``: ``_SERIES_REST``), and the subject after an opening phrase that holds a
list of its own names their outcome (``sentence-subject``).

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations


def abstract(methods: str, results: str) -> str:
    return (f"A randomized trial\n\nBACKGROUND: Skin reactions are common. METHODS: {methods} RESULTS: {results} "
            f"CONCLUSIONS: The cream is safe.\n")


def rates(found: dict) -> set[tuple[float, str | None, str]]:
    return {(result["value"], result["arm"], result["endpoint"]) for result in found["results"] if result["unit"] == "%"}


SERIES = ("During weeks 2, 4, and 6 of radiotherapy, moist desquamation occurred in 18, 27, and 41% of the usual "
          "care group and in 9, 14, and 20% of the {other} group.")


def test_each_number_of_a_series_is_the_group_named_after_it(run) -> None:
    found = rates(run(abstract("Women were randomly assigned to a barrier cream or usual care.",
                               SERIES.format(other="barrier cream"))))
    assert {(18.0, "usual care", "moist desquamation"), (27.0, "usual care", "moist desquamation"),
            (9.0, "barrier cream", "moist desquamation"), (14.0, "barrier cream", "moist desquamation"),
            (20.0, "barrier cream", "moist desquamation")} <= found


def test_a_series_of_a_group_no_arm_is_called_takes_no_other_group(run) -> None:
    found = rates(run(abstract("Women were randomly assigned to a paste of zinc oxide and aloe vera or to a control "
                               "group.",
                               "During weeks 2, 4, and 6 of radiotherapy, moist desquamation occurred in 18, 27, and "
                               "41% of the control group and in 9, 14, and 20% of the intervention group.")))
    assert {(18.0, "control", "moist desquamation"), (27.0, "control", "moist desquamation")} <= found
    assert not {value for value, arm, _ in found if arm == "control"} & {9.0, 14.0, 20.0}
