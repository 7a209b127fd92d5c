"""Abstracts: a group's size where the abstract names the group by its role, or writes the size as
the total of a rate (``facts/allocation.py``: ``role_names``, :func:`total_names_arm`; the
denominator-of-rate linker of ``facts/results.py``).

Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.facts.allocation import total_names_arm


def abstract(methods: str, results: str) -> str:
    return (f"A randomized trial\n\nBACKGROUND: Few options exist for this condition. METHODS: {methods} "
            f"RESULTS: {results} CONCLUSIONS: Further trials are warranted.\n")


def sized(found: dict) -> set[tuple[int, str, str]]:
    return {(size["n"], size["arm"].lower(), size["evidence"]["links"].get("value") or size["evidence"]["links"]["arm"])
            for size in found["sample_sizes"] if size["arm"] is not None}


@pytest.mark.parametrize(("methods", "results", "expected"), [
    pytest.param("Women with fatigue were randomly assigned to a walking program or usual care.",
                 "Sixty-one women received usual care, and 66 received the intervention.",
                 (66, "walking program", "count-to-group-role"), id="role-word-names-the-tested-arm"),
    pytest.param("Women were randomly assigned to acupuncture or a control group.",
                 "Infection occurred in 2 (1.8%) of 112 control women and in 3 (2.6%) of 115 women in the "
                 "acupuncture group.", (112, "control", "denominator-of-rate"), id="count-rate-of-total-group"),
    pytest.param("Women were randomly assigned to acupuncture or sham acupuncture.",
                 "Headache was reported by 6 (8%) of 77 acupuncture patients and by 4 (5%) of 75 sham "
                 "acupuncture patients.", (75, "sham acupuncture", "denominator-of-rate"), id="count-rate-of-total-people"),
    pytest.param("Women were randomly assigned to short cooling or long cooling.",
                 "Twenty out of 50 women (40%) treated with short cooling had grade 2 alopecia, compared with 12 "
                 "of 48 women (25%) treated with long cooling.", (50, "short cooling", "denominator-of-rate"),
                 id="count-in-words-opens-the-sentence"),
    pytest.param("Women were randomly assigned to acupuncture or sham acupuncture.",
                 "Wound infection followed surgery in 30 (40 per cent) of 75 women given acupuncture and in 45 (61 "
                 "per cent) of 74 in the sham acupuncture group (P = 0.01).", (74, "sham acupuncture", "denominator-of-rate"),
                 id="count-rate-in-words-of-total"),
])
def test_a_group_size_named_by_role_or_as_a_rates_total(run, methods: str, results: str,
                                                         expected: tuple[int, str, str]) -> None:
    assert expected in sized(run(abstract(methods, results)))


def test_a_role_word_among_several_tested_arms_gives_no_size(run) -> None:
    found = run(abstract("Patients were randomly assigned to sertraline, venlafaxine or placebo.",
                         "Sixty-one patients received placebo, and 126 received the intervention."))
    assert 126 not in {size["n"] for size in found["sample_sizes"] if size["arm"]}
    assert 126 not in {arm["n"] for arm in found["arms"]}


@pytest.mark.parametrize(("results", "total", "arm", "expected"), [
    pytest.param("Rash occurred in 3 (4%) of 75 women in the acupuncture group.", "75", "acupuncture", True,
                 id="total-then-its-group"),
    pytest.param("Rash occurred in 3 (4%) of 75 women in the acupuncture group.", "75", "sham acupuncture", False,
                 id="total-then-another-group"),
    pytest.param("Rash occurred in 3 (4%) of 75 women, fewer than expected.", "75", "acupuncture", False,
                 id="total-then-no-group"),
])
def test_a_rates_total_is_a_groups_only_where_the_group_follows(nlp: Language, results: str, total: str,
                                                                 arm: str, expected: bool) -> None:
    upto = nlp.pipe_names[:nlp.pipe_names.index("trialnews_sizes") + 1]
    text = abstract("Women were randomly assigned to acupuncture or sham acupuncture.", results)
    with nlp.select_pipes(enable=upto):  # the arms' mentions, before the record clears them
        doc = nlp(text)
    at = text.index(f" {total} women") + 1
    assert total_names_arm(doc, at + len(total), arm) is expected


@pytest.mark.parametrize(("results", "expected"), [
    pytest.param("Overall 88 women in the yoga and 91 women in the stretching were assessable for pain.",
                 {(88, "yoga"), (91, "stretching")}, id="overall-opens-the-list"),
    pytest.param("Nine women withdrew, leaving 87 in the yoga group and 92 in the stretching group.",
                 {(87, "yoga"), (92, "stretching")}, id="leaving-opens-the-list"),
])
def test_a_list_of_group_sizes_opened_by_overall_or_leaving(run, results: str, expected: set) -> None:
    found = run(abstract("Of 190 women, 94 were randomly assigned to yoga and 96 to stretching.", results))
    assert expected <= {(size["n"], size["arm"].lower()) for size in found["sample_sizes"] if size["arm"]}
    # the arm's own size stays the number assigned to it, not the number analysed later
    assert {arm["label"].lower(): arm["n"] for arm in found["arms"]} == {"yoga": 94, "stretching": 96}


@pytest.mark.parametrize("results", [
    pytest.param("Of 350 women, 112 were randomized to the control arm and 121 to the experimental arm.",
                 id="control-arm-and-experimental-arm"),
    pytest.param("Of 350 women, 112 were assigned to the control group and 121 to the intervention group.",
                 id="control-group-and-intervention-group"),
    pytest.param("Of 350 women, 112 were assigned to placebo and 121 to the experimental arm.",
                 id="named-control-and-experimental-arm"),
])
def test_a_role_word_beside_two_tested_arms_names_no_group(run, results: str) -> None:
    """Two tested arms and one control: ``the experimental arm`` says neither which tested arm it is
    nor a group of its own, so its count goes to no arm and makes no arm."""
    found = run(abstract("Women were randomly assigned to doravitinib, exemestane or placebo.", results))
    assert {arm["label"].lower() for arm in found["arms"]} == {"doravitinib", "exemestane", "placebo"}
    assert not any(size["n"] == 121 and size["arm"] is not None for size in found["sample_sizes"])


def test_a_role_word_the_text_gave_one_tested_arm_in_brackets_names_it(run) -> None:
    found = run(abstract("Women were randomly assigned to doravitinib (study group), exemestane or placebo (control "
                         "group).", "Of 350 women, 112 were randomized to the control group and 121 to the study group."))
    assert {arm["label"].lower() for arm in found["arms"]} == {"doravitinib", "exemestane", "placebo"}
    assert (121, "doravitinib", "count-to-group-role-bracket") in sized(found)
