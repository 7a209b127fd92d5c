"""The side an abstract states for a group where it sets it up: ``X (control group, TAU, n = 70)``,
``Y (intervention group, n = 66)``, ``randomized into intervention group 2 or control group 1``.

Every abstract below is written for these tests (none is copied from a data set); each expected
arm and role is read from the sentence by hand. The texts are abstract-shaped (a title, one
paragraph of 500 characters or more with a p value): the rule runs on abstracts only.
"""

from __future__ import annotations

from typing import Any

from abstract_helpers import record

PAD = ("Adults treated at three centres between 2015 and 2019 were eligible, and all gave written informed consent. "
       "Data were analysed by intention to treat, and the protocol was approved by the ethics committees of all centres. "
       "Outcomes were assessed by staff unaware of the allocation at baseline, at six months and at one year. ")


def roles(found: dict[str, Any]) -> dict[str, str]:
    return {arm["label"].lower(): arm["role"] for arm in found["arms"]}


def test_a_control_stated_in_its_bracket_takes_its_short_name(run) -> None:
    found = record(run, "Group art therapy for anxious survivors of lymphoma: a randomized trial",
                   PAD + "In total, 140 survivors were randomized to either weekly group art therapy (intervention group, "
                   "n = 70) or treatment as usual (control group, TAU, n = 70). Anxiety fell in 41% of the art "
                   "therapy group and in 22% of TAU (P = 0.01). Group art therapy eased anxiety in these survivors.")
    arms = roles(found)
    assert "tau" not in arms  # the short name is the control's, not an arm of its own
    control = [arm for arm in found["arms"] if arm["role"] == "control"]
    assert len(control) == 1 and control[0]["label"].lower() == "treatment as usual"
    assert "TAU" in control[0]["aliases"]
    values = {r["value"]: r["arm"] for r in found["results"] if r["unit"] == "%"}
    assert values.get(22) == "treatment as usual"


def test_the_side_before_a_numbered_group_names_its_role(run) -> None:
    found = record(run, "Teaching before surgery and quality of life: a randomized study",
                   PAD + "Women awaiting surgery were randomized into intervention group 2 or control group 1. Group 2 "
                   "met a nurse educator twice before the operation. The rate of arm swelling was 28.6% for group 2 "
                   "and 41.9% for group 1 at one year (P = 0.03). Teaching before surgery can help these women.")
    arms = roles(found)
    assert arms.get("group 1") == "control"
    assert arms.get("group 2") == "experimental"
    assert "control" not in arms  # the control group is group 1, not another arm
    values = {r["value"]: r["arm"] for r in found["results"] if r["unit"] == "%"}
    assert values.get(41.9) == "group 1"


def test_a_tested_side_alone_changes_nothing(run) -> None:
    found = record(run, "Ginger capsules for nausea in chemotherapy: a randomized trial",
                   PAD + "Patients were randomized to ginger capsules (study arm, n = 40) or matching placebo capsules "
                   "(n = 40). Nausea was reported by 30% and 52% of patients, respectively (P = 0.03). Ginger "
                   "capsules eased nausea.")
    arms = roles(found)
    assert [label for label, role in arms.items() if role == "control"] and \
        all(role == "control" for label, role in arms.items() if "placebo" in label)


def test_a_news_story_bracket_is_not_read(run) -> None:
    found = run("Art classes eased worry for cancer survivors\n\nBy Jane Doe\n\nSurvivors who joined weekly art "
                "classes (the study group) worried less than those on usual care, researchers said on Monday. "
                "About 41 percent of the art group felt better, compared with 22 percent of others, said Dr. Ann "
                "Lee, who led the study at a hospital in Ohio. \"It was a striking result,\" she said.")
    assert found["source"]["kind"] != "abstract"
    assert all(arm["evidence"]["links"].get("side") is None for arm in found["arms"])


def test_a_group_named_by_its_side_takes_the_option_its_bracket_follows(run) -> None:
    found = record(run, "A tablet questionnaire in the mammography suite: a randomized comparison",
                   PAD + "We randomized 180 women to use a tablet questionnaire (experimental group, n = 92) or a printed "
                   "booklet (control group, n = 88). Overall, 64.1% of the experimental group found the questionnaire "
                   "easy, compared with 50.0% of the control group (P = 0.02). A tablet questionnaire was preferred.")
    given = {arm["label"].lower(): (arm["role"], (arm["intervention"] or "").lower()) for arm in found["arms"]}
    assert given.get("experimental") == ("experimental", "tablet questionnaire")
    assert given.get("control") == ("control", "printed booklet")


def test_or_not_names_no_treatment(run) -> None:
    found = record(run, "Warm compresses before feeding: a randomized trial",
                   PAD + "Mothers with feeding problems were randomly assigned to warm compresses (experimental group) "
                   "or not (control group). Feeding was going well at three months for 71% of the experimental group "
                   "and 52% of the control group (P = 0.03). Warm compresses helped these mothers.")
    given = {arm["label"].lower(): (arm["intervention"] or "").lower() for arm in found["arms"]}
    assert given.get("control") != "not"


def test_a_p_value_after_a_group_is_not_what_it_was_given(run) -> None:
    found = record(run, "Breathing exercises before surgery: a randomized trial",
                   PAD + "Patients were randomized to breathing exercises or to a control group. Lung complications "
                   "occurred in 12% of the breathing exercises group and in 27% of the control group (P = 0.02). "
                   "Breathing exercises before surgery lowered lung complications.")
    assert all(not (arm["intervention"] or "").lower().startswith("p =") for arm in found["arms"])
