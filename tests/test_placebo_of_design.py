"""A trial the story calls placebo-controlled has a placebo arm: where the arms fact found no
control, the assembler adds ``placebo`` (role control, rule ``placebo-of-design``), quoted at the
word ``placebo`` of the design tag's evidence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from trialnews.assemble import PLACEBO_OF_DESIGN
from trialnews.engines.local import extract_text

HEADLINE = "Ointment Eases Itch\n\n"


def _arms(text: str, nlp) -> list[dict]:
    return extract_text(HEADLINE + text + "\n", nlp=nlp)["arms"]


@pytest.mark.parametrize("text", [
    pytest.param("In a placebo-controlled trial of 300 adults with eczema, itching eased in 52 percent of those "
                 "using corvalimab cream.", id="placebo-controlled"),
    pytest.param("Of 300 adults with eczema, half used corvalimab cream for a month and half a placebo. Itching "
                 "eased in 52 percent of those using corvalimab.", id="half-a-placebo"),
])
def test_a_placebo_controlled_trial_with_no_control_arm_gets_a_placebo_arm(nlp, text: str) -> None:
    arms = _arms(text, nlp)
    placebo = [arm for arm in arms if arm["label"] == "placebo"]
    assert len(placebo) == 1
    assert placebo[0]["role"] == "control"
    evidence = placebo[0]["evidence"]
    assert evidence["rule"] == PLACEBO_OF_DESIGN
    assert (HEADLINE + text)[evidence["start"]:evidence["end"]].lower() == "placebo"


def test_a_named_control_arm_is_not_doubled(nlp) -> None:
    arms = _arms("In a placebo-controlled trial, 300 adults with eczema were randomly assigned to corvalimab cream "
                 "or a matching placebo cream. Itching eased in 52 percent of the corvalimab group and 20 percent "
                 "of the placebo group.", nlp)
    assert [arm["evidence"]["rule"] for arm in arms].count(PLACEBO_OF_DESIGN) == 0
    assert sum("placebo" in arm["label"] for arm in arms) == 1


def test_a_usual_care_control_gets_no_placebo(nlp) -> None:
    arms = _arms("In a placebo-controlled trial, 300 adults with eczema were randomly assigned to corvalimab cream "
                 "or usual care. Itching eased in 52 percent of the corvalimab group and 20 percent of the usual "
                 "care group.", nlp)
    assert all(arm["evidence"]["rule"] != PLACEBO_OF_DESIGN for arm in arms)


def test_no_placebo_arm_without_the_design(nlp) -> None:
    arms = _arms("In a trial of 300 adults with eczema, itching eased in 52 percent of those using corvalimab "
                 "cream.", nlp)
    assert all(arm["label"] != "placebo" for arm in arms)


def test_a_placebo_the_study_lacked_gives_no_arm(nlp) -> None:
    arms = _arms("The trial of 300 adults with eczema was not placebo-controlled; itching eased in 52 percent of "
                 "those using corvalimab cream.", nlp)
    assert all(arm["label"] != "placebo" for arm in arms)


def test_a_record_of_no_tested_arm_gets_no_lone_placebo(nlp) -> None:
    arms = _arms("The finding comes from a placebo-controlled trial that enrolled 81 young people at risk of "
                 "psychosis. Of them, 12 percent went on to have an episode.", nlp)
    assert arms == []


def test_an_abstract_keeps_its_arms(nlp) -> None:
    record = extract_text("Corvalimab for eczema\n\nBACKGROUND: Corvalimab has proven benefits in placebo-controlled "
                          "studies of psoriasis; its effect in eczema is unknown.\nMETHODS: In this single-centre study, "
                          "300 adults with eczema received corvalimab cream for 12 weeks.\nRESULTS: Itching eased in "
                          "52% of the patients (95% CI 46% to 58%).\nCONCLUSIONS: Corvalimab eased itching.\n", nlp=nlp)
    assert record["source"]["kind"] == "structured-abstract"
    assert [arm["label"] for arm in record["arms"]] == ["corvalimab"]
