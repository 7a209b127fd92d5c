"""Counts by group that are, or are not, the groups' sizes (``facts/sizes.py``): a list of counts paired in order
with the list of groups that ends its sentence, and ``allocated X`` without ``to`` (a bracket splitting
the people an event happened to and a count too small to be a group: ``test_allocation.py``'s table of
lists that are not groups).

Every sentence below is written for these tests (none is copied from a data set); each row is a
form and its near miss, the expected sizes read by hand from the sentence.
"""

from __future__ import annotations

import pytest
from abstract_helpers import abstract, group_sizes, sized_arms


@pytest.mark.parametrize(("title", "methods", "expected"), [
    pytest.param("Physical therapy after surgery",
                 "Women were randomized to physical therapy (PT) or education (EDU). In all, 90 participants (46 PT and "
                 "44 EDU) were enrolled.", {"physical therapy": 46, "edu": 44}, id="split-of-enrolment"),
    pytest.param("Tamoxifen for prevention",
                 "In this trial, 300 women (150 tamoxifen, 150 placebo) were randomized.",
                 {"tamoxifen": 150, "placebo": 150}, id="split-then-allocation"),
    pytest.param("Celecoxib with chemotherapy",
                 "Patients were randomized to chemotherapy alone (control group) or chemotherapy plus oral celecoxib "
                 "(experimental group). Sixty-two and 58 patients were allocated to the control and experimental "
                 "groups.",
                 {"chemotherapy alone": 62, "chemotherapy plus celecoxib": 58}, id="ordered-list-no-respectively"),
])
def test_counts_split_by_group_that_are_sizes(run, title: str, methods: str, expected: dict[str, int]) -> None:
    arms = sized_arms(run(abstract(title, methods)))
    for label, n in expected.items():
        assert arms.get(label) == n, (label, arms)


def test_the_counts_of_an_ordered_list_are_not_the_trials_total(run) -> None:
    """``62 and 58 patients were allocated to X and Y``: each count is a group's, none the whole trial's."""
    found = run(abstract("Celecoxib with chemotherapy",
                         "Patients were randomized to chemotherapy alone (control group) or chemotherapy plus oral "
                         "celecoxib (experimental group). Sixty-two and 58 patients were allocated to the control and "
                         "experimental groups."))
    assert not {size["n"] for size in found["sample_sizes"] if size["arm"] is None} & {62, 58}
    assert not found["warnings"]


def test_a_mean_over_a_count_gives_no_group_its_size(run) -> None:
    """``came to 3.6 of 4 visits``: a mean, not a share of the group's people."""
    found = run(abstract("Supervised walking",
                         "Adults were randomized to supervised walking (SW) or usual care (UC). Over six months, SW "
                         "members came to 3.6 of 4 clinic visits and 88% stayed in the study."))
    assert 4 not in group_sizes(found)


def test_the_last_count_of_a_run_is_not_the_group_named_after_it(run) -> None:
    """``62 and 58 patients were allocated to the control and experimental groups`` with
    two experimental arms: the list cannot be paired, and 58 is not the control group's size (62 is)."""
    found = run(abstract("Celecoxib with chemotherapy",
                         "Patients were randomized to chemotherapy alone (control group) or to chemotherapy plus oral "
                         "celecoxib or oral aspirin (experimental groups). Sixty-two and 58 patients were allocated to "
                         "the control and experimental groups."))
    assert 58 not in group_sizes(found), found["arms"]


@pytest.mark.parametrize(("methods", "expected"), [
    pytest.param("Women with advanced disease were randomized to exemestane or anastrozole. Bone loss was smaller in "
                 "the 120 patients allocated exemestane than in the 118 participants allocated anastrozole.",
                 {120, 118}, id="allocated-without-to"),
    pytest.param("Women with advanced disease were randomized to exemestane or anastrozole. The 238 patients "
                 "allocated exemestane or anastrozole were followed for two years.", set(), id="allocated-either"),
    pytest.param("Women were randomized to yoga or usual care. Of the 741 women, 227 did the 12 assigned yoga poses "
                 "daily.", set(), id="assigned-things"),
])
def test_people_allocated_a_treatment_are_its_group(run, methods: str, expected: set[int]) -> None:
    """``118 participants allocated anastrozole`` (British, no ``to``): that group's size; not a
    count of people allocated one of two groups."""
    found = run(abstract("Two aromatase inhibitors", methods))
    assert {size["n"] for size in found["sample_sizes"] if size["arm"] is not None} == expected


def test_a_number_ending_a_groups_name_opens_no_run_of_counts(run) -> None:
    """``160 were randomized to ZT 4410 and 80 ...``: 4410 is part of a drug's name, so 80 closes
    no run of counts and is the second group's size."""
    found = run(abstract("An oral hormone",
                         "Of the 240 women, 160 were randomized to ZT 4410 and 80 were randomized to usual care."))
    assert sized_arms(found) == {"zt 4410": 160, "usual care": 80}
