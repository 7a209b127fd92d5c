"""The labels an abstract's assignment gives its options, and the values reported under them.

A CONSORT-style abstract often names each group once, where it assigns them, and closes the option
with the label it uses from then on, after the treatment's dose and schedule: ``randomized to X 2.5
mg daily for sixteen weeks (group A) or a matching placebo (group B)``, ``between X with 20 Gy
(arm-A) or Y ... in 2 Gy fractions (arm-B)``; or it gives a short name with the group's size,
``X plus Y (AT; n = 64)``, that abbreviates no word of the name. The label is that group's: the
values written ``in group B``, ``with AT`` are the placebo's, the combination's.

Every abstract below is written for these tests (none is copied from a data set); each expected
arm and value is read from the sentence by hand. The texts are abstract-shaped (a title, one
paragraph of 500 characters or more with a p value): the rules run on abstracts only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PAD = ("Women treated at two hospitals from 2016 to 2020 took part after giving their consent in writing. "
       "Analyses followed the intention to treat, and the review board of each hospital approved the study. ")


def record(run: Callable[[str], dict[str, Any]], title: str, body: str) -> dict[str, Any]:
    """The record of an abstract (the test's premise: the reader takes it for one)."""
    found = run(f"{title}\n\n{body}")
    assert found["source"]["kind"] == "abstract"
    return found


def arms_of(found: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {arm["label"].lower(): arm for arm in found["arms"]}


def percent_arms(found: dict[str, Any]) -> dict[float, str | None]:
    return {r["value"]: r["arm"] for r in found["results"] if r["unit"] == "%"}


def test_a_letter_after_the_dose_is_the_option_s_group(run) -> None:
    # "group B" closes the placebo's option: the 21% is the control's, not a lettered arm's of its own
    found = record(run, "Letrozole against placebo before breast surgery",
                   "Hormone treatment before surgery may shrink some tumours. " + PAD + "Women were randomly "
                   "assigned to receive letrozole 2.5 mg daily for sixteen weeks (group A) or one matching placebo "
                   "tablet daily (group B). The clinical response rate was 48% in group A and 21% in group B "
                   "(p = 0.004). Letrozole shrank tumours in this randomized trial.")
    arms = arms_of(found)
    assert set(arms) == {"letrozole", "placebo"}
    assert "group A" in arms["letrozole"]["aliases"] and "group B" in arms["placebo"]["aliases"]
    assert arms["placebo"]["role"] == "control"
    assert arms["placebo"]["evidence"]["links"]["letter"] == "option-letter"  # how it took its letter
    assert percent_arms(found) == {48.0: "letrozole", 21.0: "placebo"}


def test_a_hyphenated_arm_label_after_the_option_s_schedule(run) -> None:
    # "arm-A", "arm-B": the label after a dose and a fractionation, and the values "in arm-B"
    found = record(run, "A single intraoperative dose against weeks of radiotherapy",
                   "Radiotherapy during surgery may spare some women weeks of treatment. " + PAD + "Women were "
                   "randomized between intraoperative radiotherapy with 20 Gy (arm-A) or whole-breast irradiation "
                   "(WBI) of 50 Gy in 25 fractions (arm-B). Local control at four years was 97.1% in arm-A and "
                   "98.0% in arm-B (p = 0.61). The single dose was as good as WBI in this randomized trial.")
    arms = {arm["label"]: arm for arm in found["arms"]}
    assert len(arms) == 2
    first = next(label for label, arm in arms.items() if "intraoperative radiotherapy" in [label, *arm["aliases"]])
    second = next(label for label, arm in arms.items() if "whole-breast irradiation" in [label, *arm["aliases"]])
    assert "arm-B" in arms[second]["aliases"] and first != second
    assert percent_arms(found) == {97.1: first, 98.0: second}


def test_an_option_read_only_by_its_short_name_takes_its_letter_once_it_is_an_arm(run) -> None:
    # "postoperative breast RT (PBRT)" is an arm only once its short name is read (set up): "arm-B"
    # is folded into it then, and the two arms left are the tested one and its comparator
    found = record(run, "One dose of radiotherapy during surgery or weeks of it afterwards",
                   "Radiotherapy during surgery may spare some women weeks of treatment. " + PAD + "Women aged 50 "
                   "or more were randomized between one dose of intraoperative radiotherapy (arm-A) or "
                   "postoperative breast RT (PBRT) up to 50 Gy in 25 daily fractions (arm-B). Local control at four "
                   "years was 97.1% in arm-A and 98.0% in arm-B (p = 0.61). One dose was as good as PBRT in this "
                   "randomized trial.")
    arms = arms_of(found)
    assert "arm-b" not in arms
    assert "arm-B" in arms["postoperative breast rt"]["aliases"]
    assert arms["postoperative breast rt"]["evidence"]["links"]["letter"] == "option-letter"
    assert arms["postoperative breast rt"]["role"] == "control"
    assert percent_arms(found)[98.0] == "postoperative breast RT"


def test_a_letter_that_abbreviates_the_treatment(run) -> None:
    # "group D", "group C": a letter that abbreviates the treatment names its group as "group A" does
    found = record(run, "Dexamethasone against saline for nausea after mastectomy",
                   "Steroids may prevent vomiting after anaesthesia. " + PAD + "Women having a mastectomy were "
                   "randomized to dexamethasone 8 mg intravenously at induction (group D) or the same volume of "
                   "normal saline (group C). Nausea in the first day occurred in 18% of group D and 39% of group C "
                   "(p = 0.02). Dexamethasone reduced nausea in this randomized trial.")
    arms = arms_of(found)
    assert "group D" in arms["dexamethasone"]["aliases"]
    assert percent_arms(found)[18.0] == "dexamethasone"
    assert "group d" not in arms


def test_an_option_naming_two_treatments_keeps_its_letter_as_its_own_group(run) -> None:
    # "exemestane ... and celecoxib ... (group A)": which of the two the letter names cannot be told;
    # the combination stays the group "group A", while "group B" is exemestane's
    found = record(run, "Exemestane with or without celecoxib before surgery",
                   "Adding an anti-inflammatory drug to hormone treatment may help. " + PAD + "Women were randomly "
                   "allocated to exemestane 25 mg and celecoxib 400 mg daily (group A) or exemestane 25 mg daily "
                   "(group B). The response rate was 61% in group A and 44% in group B (p = 0.03). The combination "
                   "was more active in this randomized trial.")
    arms = arms_of(found)
    assert "group a" in arms
    assert "group A" not in arms["celecoxib"].get("aliases", []) + arms["exemestane"].get("aliases", [])
    assert "group B" in arms["exemestane"]["aliases"]
    assert percent_arms(found) == {61.0: "group A", 44.0: "exemestane"}


def test_a_short_name_given_with_the_group_s_size_names_the_group(run) -> None:
    # "AT" abbreviates no word of "bevacizumab plus paclitaxel" (a brand's letters): the bracket that
    # gives the group's size gives its name too, and "with AT" is that group
    found = record(run, "Bevacizumab with paclitaxel or paclitaxel alone as first treatment",
                   "Antiangiogenic drugs may add to chemotherapy in advanced disease. " + PAD + "Women with "
                   "metastatic disease were randomly assigned to bevacizumab plus paclitaxel (AT; n = 64) or "
                   "paclitaxel alone (n = 66). The objective response rate was 52.4% with AT and 30.3% with "
                   "paclitaxel alone (p = 0.01). Adding bevacizumab doubled responses in this randomized trial.")
    arms = arms_of(found)
    assert "AT" in arms["bevacizumab"]["aliases"]
    assert percent_arms(found) == {52.4: "bevacizumab", 30.3: "paclitaxel alone"}


def test_a_letter_in_news_is_not_read_as_an_option_s(run) -> None:
    found = run("Letrozole shrank tumours before surgery\n\nA hormone pill shrank breast tumours before surgery, "
                "researchers said. Women were assigned to letrozole 2.5 mg daily (group A) or a dummy pill (group B).")
    assert not any("group A" in arm.get("aliases", []) for arm in found["arms"])


def test_a_short_form_defined_before_the_size_bracket_is_no_name_of_the_group(run) -> None:
    # "(MDS)" abbreviates the scale the group was chosen by, in a bracket of its own before "(group 1,
    # n = 18)": it is no name of group 1, and a later "MDS score" names no group
    found = record(run, "Electroconvulsive therapy in two kinds of depression",
                   "Some depressed patients respond poorly to drugs. " + PAD + "Patients were randomly assigned "
                   "by severity: patients scoring over 18 on the Montgomery Depression Scale (MDS) (group 1, n = 18) "
                   "and patients with milder or mixed conditions (group 2, n = 22). Response meant a fall in MDS "
                   "score of at least 50% and a final score under ten. Remission was reached by 61% of group 1 and "
                   "41% of group 2 (p = 0.04). Severity did not predict response in this randomized trial.")
    assert not any("MDS" in [arm["label"], *arm.get("aliases", [])] for arm in found["arms"])
    assert percent_arms(found).get(50.0) is None
