"""A trial the story calls placebo-controlled has a placebo arm: where the arms fact found no
control, the assembler adds ``placebo`` (role control, rule ``placebo-of-design``), quoted at the
word ``placebo`` of the design tag's evidence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from trialnews.assemble import PLACEBO_OF_DESIGN, _placebo_of_design
from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp

HEADLINE = "Ointment Eases Itch\n\n"


def _arms(text: str, nlp) -> list[dict]:
    return extract_text(HEADLINE + text + "\n", nlp=nlp)["arms"]


@pytest.mark.parametrize("text", [
    pytest.param("In a placebo-controlled trial of 300 adults with eczema, itching eased in 52 percent of those "
                 "using corvalimab cream.", id="placebo-controlled"),
    pytest.param("Of 300 adults with eczema, half used corvalimab cream for a month and half a placebo. Itching "
                 "eased in 52 percent of those using corvalimab.", id="half-a-placebo"),
    pytest.param("In a PLACEBO-CONTROLLED trial of 300 adults with eczema, itching eased in 52 percent of those "
                 "using corvalimab cream.", id="capitals"),
])
def test_a_placebo_controlled_trial_with_no_control_arm_gets_a_placebo_arm(nlp, text: str) -> None:
    arms = _arms(text, nlp)
    placebo = [arm for arm in arms if arm["label"] == "placebo"]
    assert len(placebo) == 1
    assert placebo[0]["role"] == "control"
    evidence = placebo[0]["evidence"]
    assert evidence["rule"] == PLACEBO_OF_DESIGN
    assert (HEADLINE + text)[evidence["start"]:evidence["end"]].lower() == "placebo"
    assert evidence["text"] == (HEADLINE + text)[evidence["start"]:evidence["end"]]


def test_a_named_control_arm_is_not_doubled(nlp) -> None:
    arms = _arms("In a placebo-controlled trial, 300 adults with eczema were randomly assigned to corvalimab cream "
                 "or a matching placebo cream. Itching eased in 52 percent of the corvalimab group and 20 percent "
                 "of the placebo group.", nlp)
    assert [arm["evidence"]["rule"] for arm in arms].count(PLACEBO_OF_DESIGN) == 0
    assert sum("placebo" in arm["label"] for arm in arms) == 1


def test_an_inert_usual_care_control_gets_no_placebo(nlp) -> None:
    arms = _arms("In a placebo-controlled trial, 300 adults with eczema were randomly assigned to corvalimab cream "
                 "or usual care. Itching eased in 52 percent of the corvalimab group and 20 percent of the usual "
                 "care group.", nlp)
    assert all(arm["evidence"]["rule"] != PLACEBO_OF_DESIGN for arm in arms)


def test_a_record_of_no_tested_arm_gets_no_lone_placebo(nlp) -> None:
    arms = _arms("The finding comes from a placebo-controlled trial that enrolled 81 young people at risk of "
                 "psychosis. Of them, 12 percent went on to have an episode.", nlp)
    assert arms == []


def test_an_abstract_keeps_its_arms(nlp) -> None:
    record = extract_text("Corvalimab for eczema\n\nBACKGROUND: Corvalimab has proven benefits in a placebo-controlled "
                          "study of psoriasis; its effect in eczema is unknown.\nMETHODS: In this single-centre study, "
                          "300 adults with eczema received corvalimab cream for 12 weeks.\nRESULTS: Itching eased in "
                          "52% of the patients (95% CI 46% to 58%).\nCONCLUSIONS: Corvalimab eased itching.\n", nlp=nlp)
    assert record["source"]["kind"] == "structured-abstract"
    assert [arm["label"] for arm in record["arms"]] == ["corvalimab"]


def test_a_control_of_no_inert_name_gets_no_placebo(nlp) -> None:
    arms = _arms("In a placebo-controlled trial, 300 adults with eczema were randomly assigned to corvalimab cream "
                 "or standard treatment. Itching eased in 52 percent of the corvalimab group and 20 percent of the "
                 "standard treatment group.", nlp)
    assert [(arm["label"], arm["role"]) for arm in arms] == [("corvalimab", "experimental"),
                                                             ("standard treatment", "control")]


@pytest.mark.parametrize("text", [
    pytest.param("Corvalimab was approved after three placebo-controlled trials in psoriasis. In a new trial in 300 "
                 "adults with eczema, itching eased in 52 percent of those using corvalimab cream.",
                 id="approved-after"),
    pytest.param("Unlike earlier placebo-controlled studies, the new trial in 300 adults with eczema had no comparison "
                 "group; itching eased in 52 percent of those using corvalimab cream.", id="earlier-studies"),
])
def test_a_tag_written_of_other_trials_gives_no_arm(nlp, text: str) -> None:
    assert all(arm["evidence"]["rule"] != PLACEBO_OF_DESIGN for arm in _arms(text, nlp))


def test_no_placebo_past_the_arms_cap() -> None:
    text = ("In a placebo-controlled trial, 300 adults with eczema were randomly assigned to a low dose or a high "
            "dose of corvalimab cream. Itching eased in 52 percent of the low-dose group and 61 percent of the "
            "high-dose group.")
    default = extract_text(HEADLINE + text + "\n", nlp=make_nlp())["arms"]
    capped = make_nlp()
    capped.replace_pipe("trialnews_arms", "trialnews_arms", config={"max_arms": 2})
    arms = extract_text(HEADLINE + text + "\n", nlp=capped)["arms"]
    assert len(default) == 3 and default[-1]["evidence"]["rule"] == PLACEBO_OF_DESIGN
    assert len(arms) == 2 and all(arm["evidence"]["rule"] != PLACEBO_OF_DESIGN for arm in arms)


def test_an_arm_of_an_inert_name_counts_as_the_control_whatever_its_role(nlp) -> None:
    text = "In a placebo-controlled trial, itching eased."
    header = {"trial": {"design": ["placebo-controlled"], "evidence": {"design": {"placebo-controlled": {
        "start": 5, "end": 23, "text": "placebo-controlled", "rule": "placebo-controlled:placebo-controlled"}}}}}
    doc = nlp.make_doc(text)
    tested = {"label": "corvalimab", "role": "experimental", "evidence": {"start": 0, "end": 2, "text": "In"}}
    sham = {"label": "sham cream", "role": None, "evidence": {"start": 0, "end": 2, "text": "In"}}
    with_sham = {"arms": [tested, sham]}
    _placebo_of_design(doc, header, with_sham, 6, [])
    assert with_sham["arms"] == [tested, sham]
    alone = {"arms": [tested]}
    _placebo_of_design(doc, header, alone, 6, [])
    assert [arm["label"] for arm in alone["arms"]] == ["corvalimab", "placebo"]
