"""A series of numbers that writes its unit once, after its last number (``42, 90, and 90% of the
control group``): each number is the group's named after the series (``linking/values.py``:
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


SERIES = ("At the first, second, and third week, grade 1 erythema was seen in 35, 60, and 80% of the "
          "usual care group and in 12, 25, and 44% of the {other} group.")


def test_each_number_of_a_series_is_the_group_named_after_it(run) -> None:
    found = rates(run(abstract("Women were randomly assigned to a barrier cream or usual care.",
                               SERIES.format(other="barrier cream"))))
    assert {(35.0, "usual care", "grade 1 erythema"), (60.0, "usual care", "grade 1 erythema"),
            (12.0, "barrier cream", "grade 1 erythema"), (25.0, "barrier cream", "grade 1 erythema"),
            (44.0, "barrier cream", "grade 1 erythema")} <= found


def test_a_series_of_a_group_no_arm_is_called_takes_no_other_group(run) -> None:
    found = rates(run(abstract("Women were randomly assigned to an emulsion of olive oil and calcium hydroxide or to "
                               "a control group.",
                               "At the first, second, and third week, grade 1 erythema was seen in 35, 60, and 80% "
                               "of the control group and in 12, 25, and 44% of the intervention group.")))
    assert (35.0, "control", "grade 1 erythema") in found
    assert not {value for value, arm, _ in found if arm == "control"} & {12.0, 25.0, 44.0}
