"""A news record of one tested arm, with no comparison and no word that sets its people beside
others, is of a single-arm trial: ``single-arm`` is inferred into its design, with W021."""

from __future__ import annotations

import pytest

from trialnews.engines.local import extract_text

OPEN = "In the phase 2 study, 40 adults with advanced melanoma received velatinib. "


def _design(text: str, nlp) -> tuple[list[str], list[str]]:
    record = extract_text(f"Trial Update\n\n{text}\n", nlp=nlp)
    return record["trial"]["design"], [w[:4] for w in record["warnings"]]


def test_one_treated_group_is_a_single_arm_trial(nlp) -> None:
    design, warnings = _design(OPEN + "Tumors shrank in 45 percent of the patients.", nlp)
    assert design == ["single-arm"]
    assert "W021" in warnings


@pytest.mark.parametrize("text", [
    pytest.param("In the study, 40 adults with advanced melanoma were randomly assigned to velatinib. Tumors shrank "
                 "in 45 percent of the patients.", id="randomly-assigned"),
    pytest.param(OPEN + "Tumors shrank in 45 percent of the patients, compared with 20 percent in an earlier series.",
                 id="compared-with"),
    pytest.param(OPEN + "Tumors shrank in 45 percent of the patients; the control group was followed for a year.",
                 id="a-control-group"),
    pytest.param(OPEN + "Tumors shrank in 45 percent of the patients in the cohort.", id="a-cohort"),
])
def test_people_set_beside_others_are_no_single_arm_trial(nlp, text: str) -> None:
    design, warnings = _design(text, nlp)
    assert "single-arm" not in design
    assert "W021" not in warnings


def test_two_arms_are_no_single_arm_trial(nlp) -> None:
    design, _ = _design("In the phase 2 study, 40 adults received velatinib and 40 received nivolumab. Tumors shrank "
                        "in 45 percent of the velatinib group and 30 percent of the nivolumab group.", nlp)
    assert "single-arm" not in design


def test_no_result_and_no_phase_infer_nothing(nlp) -> None:
    design, _ = _design("In the study, 40 adults with advanced melanoma received velatinib. The doctors were pleased.",
                        nlp)
    assert "single-arm" not in design


def test_a_written_single_arm_is_not_repeated(nlp) -> None:
    design, warnings = _design("In the single-arm phase 2 study, 40 adults with advanced melanoma received velatinib. "
                               "Tumors shrank in 45 percent of the patients.", nlp)
    assert design == ["single-arm"]
    assert "W021" not in warnings
