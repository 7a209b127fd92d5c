"""The groups an abstract sets up, and the short names it calls them by afterwards.

An abstract names its groups once, in the sentence that assigns them, often with the short name it
uses from then on: ``sevoflurane-fentanyl anesthesia (SF; n = 25)``, ``Cocculine (C)``, ``a
telephone call (TEL)``, ``a closed suction drain (group A, n = 32)``. Each such group is an arm
(or an alias of one), and every later ``group S``, ``TEL: 20.3%``, ``A = 18.8%`` finds it.

Every abstract below is written for these tests (none is copied from a data set); each expected
value, arm and outcome is read from the sentence by hand. The texts are abstract-shaped (a title,
one paragraph of 500 characters or more with a p value): the rules run on abstracts only.
"""

from __future__ import annotations

from typing import Any

import pytest

from abstract_helpers import record
from facts.helpers import arms_of

PAD = ("Adults treated at three centres between 2015 and 2019 were eligible, and all gave written informed consent. "
       "Data were analysed by intention to treat, and the protocol was approved by the ethics committees of all centres. ")


def percents(found: dict[str, Any]) -> dict[float, tuple[str | None, str | None]]:
    return {r["value"]: ((r["arm"] or "").lower() or None, (r["endpoint"] or "").lower())
            for r in found["results"] if r["unit"] == "%"}


def test_a_short_form_with_a_size_is_the_arm_and_its_later_group(run) -> None:
    found = record(run, "Sevoflurane with or without fentanyl during breast surgery",
                   "Opioids given during anesthesia may add to nausea after surgery, and whether they are needed "
                   "during maintenance is unclear. " + PAD + "Women having breast cancer surgery were randomized "
                   "to two kinds of maintenance: sevoflurane-fentanyl anaesthesia (SF; n = 22) or fentanyl-free "
                   "sevoflurane anaesthesia (S; n = 23). Group SF showed higher incidences of postoperative nausea "
                   "(59% vs 22%) than group S. Pain scores did not differ (p = 0.37).")
    arms = arms_of(found)
    assert "SF" in arms["sevoflurane-fentanyl"]["aliases"]
    assert "S" in arms["sevoflurane"]["aliases"]
    assert percents(found) == {59.0: ("sevoflurane-fentanyl", "incidences of postoperative nausea"),
                               22.0: ("sevoflurane", "incidences of postoperative nausea")}


def test_a_lettered_arm_named_by_its_short_form_is_that_arm(run) -> None:
    # "group F" is the group set up as "fentanyl alone (F)": one arm, not two
    found = record(run, "Flurbiprofen with fentanyl after mastectomy",
                   "Inflammatory cytokines after surgery may be reduced by non-steroidal drugs given with opioids. "
                   + PAD + "Women having a mastectomy were given flurbiprofen axetil plus "
                   "low doses of fentanyl (FA) or fentanyl alone (F), assigned at random with sealed envelopes. "
                   "Pain was controlled in 88% of group FA patients and in 79% of group F patients (p = 0.26). Adding "
                   "flurbiprofen axetil to fentanyl did not improve pain control in this small randomized trial.")
    arms = arms_of(found)
    assert "group f" not in arms
    assert {"group F", "F"} <= set(arms["fentanyl alone"]["aliases"])
    assert "FA" not in arms["fentanyl alone"]["aliases"]  # the combination's short form, not this arm's
    assert percents(found)[79.0] == ("fentanyl alone", "pain")


def test_an_option_set_up_with_a_short_name_is_an_arm(run) -> None:
    # "Cocculine" is a name no lexicon knows; its short name "C" is used again for its value
    found = record(run, "Homeopathy for nausea during chemotherapy",
                   "Nausea remains common during adjuvant chemotherapy despite modern antiemetics, and many women ask "
                   "about added treatments. " + PAD + "Women on adjuvant chemotherapy were randomized to "
                   "Cocculine (C) or placebo (P). Rates of severe nausea were low (nausea: P: 19.4% vs "
                   "C: 16.2%, p = 0.58). No serious adverse events were seen in this randomized trial.")
    arms = arms_of(found)
    assert arms["cocculine"]["aliases"] == ["C"]
    assert arms["cocculine"]["evidence"]["links"]["assigned"] == "set-up"
    assert arms["placebo"]["aliases"] == ["P"]
    assert percents(found) == {19.4: ("placebo", "nausea"), 16.2: ("cocculine", "nausea")}


def test_options_named_by_abbreviations_in_a_labelled_list(run) -> None:
    found = record(run, "Telephone reminders for breast screening",
                   "Many women do not attend breast screening after an invitation letter, and reminders may help. "
                   + PAD + "Adult women who had missed their first appointment at two centres were eligible. Women "
                   "were randomized to usual care (control), a telephone call (TEL) or a telephone call with support "
                   "(TEL-SUPP). The appointment rate was higher after a reminder (control: 9.6%, TEL: 21.4%, "
                   "TEL-SUPP: 15.8%; p = .006).")
    arms = arms_of(found)
    assert arms["telephone call"]["aliases"] == ["TEL"]
    assert arms["telephone call with support"]["aliases"] == ["TEL-SUPP"]
    assert "control" in arms["usual care"]["aliases"]
    assert percents(found) == {9.6: ("usual care", "appointment rate"), 21.4: ("telephone call", "appointment rate"),
                               15.8: ("telephone call with support", "appointment rate")}


def test_a_lettered_group_by_its_letter_alone(run) -> None:
    found = record(run, "Drains after mastectomy",
                   "Whether a drain is needed after mastectomy remains debated, since drains are uncomfortable and "
                   "may delay discharge. " + PAD + "Women were randomly assigned to a closed suction drain (group A, "
                   "n = 32) or no drain (group B, n = 33). The incidence of seroma was higher without a drain "
                   "(A = 18.8% vs B = 36.4%, p = 0.04). Wound infection was rare in both groups.")
    arms = arms_of(found)
    assert arms["group a"]["intervention"] == "closed suction drain"
    assert (arms["group a"]["n"], arms["group b"]["n"]) == (32, 33)
    assert percents(found) == {18.8: ("group a", "incidence of seroma"), 36.4: ("group b", "incidence of seroma")}


def test_a_trial_name_and_a_statistic_in_brackets_name_no_group(run) -> None:
    found = record(run, "Celecoxib with exemestane before surgery",
                   "Inhibiting cyclooxygenase may add to the effect of aromatase inhibitors in breast cancer. " + PAD
                   + "The exemestane and celecoxib neoadjuvant (ECN) trial enrolled postmenopausal women with large "
                   "tumours. Women were randomized to exemestane plus celecoxib or exemestane alone (HR, 0.81; "
                   "p = 0.30) for three months. The ECN trial found no added benefit of celecoxib.")
    aliases = {alias for arm in found["arms"] for alias in arm["aliases"]}
    assert not {"ECN", "HR"} & aliases
    assert not any(arm["evidence"]["links"].get("assigned") == "set-up" for arm in found["arms"])


@pytest.mark.parametrize("body", [
    pytest.param("Women were randomized to Cocculine (C) or placebo. Nausea was rare in both groups (p = 0.62).",
                 id="short-name-never-used-again"),
    pytest.param("Women were randomized to Cocculine and ondansetron (CO) or placebo. The CO group had less nausea "
                 "(p = 0.02).", id="joined-option"),
])
def test_an_option_without_a_group_short_name_is_no_set_up_arm(run, body: str) -> None:
    found = record(run, "Homeopathy for nausea during chemotherapy",
                   "Nausea remains common during adjuvant chemotherapy despite modern antiemetics, and many women ask "
                   "about added treatments. " + PAD + "Adult women at two centres were eligible. " + body
                   + " No serious adverse events were seen in this randomized trial.")
    assert not any(arm["evidence"]["links"].get("assigned") == "set-up" for arm in found["arms"])


def test_news_is_not_read_for_set_up_short_names(run) -> None:
    found = run("Homeopathic remedy fails to ease nausea\n\nA homeopathic remedy did not ease nausea, researchers "
                "said. Women were randomized to Cocculine (C) or placebo (P). Nausea: P: 19.4% vs C: 16.2%.")
    assert "cocculine" not in arms_of(found)


def test_values_tied_to_their_groups_inside_one_bracket_share_its_outcome(run) -> None:
    # "for group B" inside the bracket: the bracket still lists values of the outcome before it
    found = record(run, "Three aromatase inhibitors before surgery",
                   "Preoperative endocrine treatment may shrink large tumours in older women. " + PAD + "Women were "
                   "randomly allocated to anastrozole (group A, n = 27), exemestane (group B, n = 29) or letrozole "
                   "(group C, n = 25) for four months. Every group showed clinical responses (55.6% for group A, "
                   "51.7% for group B and 64.0% for group C) and smaller tumour area (p = 0.03). The three "
                   "inhibitors were equally active in this randomized trial.")
    assert percents(found) == {55.6: ("group a", "clinical responses"), 51.7: ("group b", "clinical responses"),
                               64.0: ("group c", "clinical responses")}


def test_controls_named_by_their_side_are_the_one_control_arm(run) -> None:
    found = record(run, "Famotidine before breast cancer surgery",
                   "Histamine blockers may stimulate lymphocytes that infiltrate tumours. " + PAD + "Women were "
                   "randomized to famotidine or no treatment before surgery. Dense infiltrates were seen in 75% "
                   "(18/24) of women given famotidine as opposed to 35% (7/20) of controls (p = 0.01). The response "
                   "rate was 60% in women given famotidine and 30% in control patients (p = 0.04). Famotidine "
                   "increased tumour-infiltrating lymphocytes in this randomized trial.")
    sizes = {size["n"]: size["arm"] for size in found["sample_sizes"] if size["arm"]}
    assert sizes == {24: "famotidine", 20: "no treatment"}
    assert percents(found)[30.0] == ("no treatment", "response rate")


def test_a_two_word_short_name_and_its_treated_patients(run) -> None:
    # "continue" only a verb: the option is "intravenous bisphosphonates"; "IV BP-treated patients" its group
    found = record(run, "Denosumab against bisphosphonates",
                   "Patients with bone metastases often receive intravenous bisphosphonates. " + PAD + "Patients "
                   "were randomized to denosumab or to continue intravenous bisphosphonates (IV BP). At week 25, the "
                   "response rate was 54% (113 of 209) in denosumab-treated patients and 45% (18 of 40) in IV "
                   "BP-treated patients (p = 0.04). Denosumab suppressed bone turnover in this randomized trial.")
    arms = arms_of(found)
    assert arms["intravenous bisphosphonates"]["aliases"] == ["IV BP"]
    assert percents(found) == {54.0: ("denosumab", "response rate"), 45.0: ("intravenous bisphosphonates", "response rate")}


def test_a_pair_set_against_the_one_group_it_names(run) -> None:
    # the subject is no arm's name; "than controls" is the group the pair's second value is
    found = record(run, "Personal records after stroke",
                   "Patients often feel poorly informed after a stroke, and a personal record may help them ask "
                   "questions. " + PAD + "Patients were randomized to acupuncture or to usual care (control). "
                   "Treated patients were more worried about asking nurses questions (24% vs. 6%, p = 0.02) than "
                   "controls. Acupuncture did not help patients ask questions in this randomized trial.")
    arms = arms_of(found)
    control = next(label for label, arm in arms.items() if arm["role"] == "control")
    tested = next(label for label, arm in arms.items() if arm["role"] != "control")
    assert percents(found)[6.0][0] == control
    assert percents(found)[24.0][0] == tested


def test_two_short_forms_for_one_arm_name_two_groups_and_neither_is_kept(run) -> None:
    found = record(run, "Two formulations of aceclofenac",
                   "Once-daily dosing may improve adherence to pain relief in osteoarthritis. " + PAD + "Patients "
                   "were randomized to aceclofenac controlled release (CR) once daily or aceclofenac immediate "
                   "release (IR) twice daily. Pain relief was reported by 68% of CR patients and 64% of IR "
                   "patients (p = 0.45). The formulations were equally effective in this randomized trial.")
    aliases = {alias for arm in found["arms"] for alias in arm["aliases"]}
    assert not {"CR", "IR"} & aliases


def test_the_bracket_that_sets_up_a_short_name_keeps_the_arm_its_size(run) -> None:
    found = record(run, "Weight loss for parents and children",
                   "Families often try commercial programmes to lose weight together. " + PAD + "One hundred twenty-two "
                   "pairs were randomized to Weight Watchers (WW; n = 61) or to self-guided weight loss (n = 61). "
                   "Weight fell more with WW at 3 months (WW = -1.5 kg; p = 0.04). Weight loss did not differ at six "
                   "months in this randomized trial.")
    arms = arms_of(found)
    assert arms["weight watchers"]["n"] == 61
    assert not any(size["n"] == 122 and size["arm"] for size in found["sample_sizes"])


def test_the_letters_of_a_lettered_group_name_it_only_as_a_group(run) -> None:
    # "II" is group II's only in "group II" or "II: 12%", never in "grade II"
    found = record(run, "Two schedules of radiotherapy",
                   "Shorter courses of breast radiotherapy are more convenient for women. " + PAD + "Women were "
                   "randomly assigned to group I (five weeks) or group II (three weeks). Grade II dermatitis occurred "
                   "in 12% of women and did not differ between the groups. Acute toxicity (I: 20% vs II: 31%, "
                   "p = 0.04) was higher with the shorter course in this randomized trial.")
    assert percents(found).get(12.0, (None,))[0] is None
    assert percents(found)[20.0][0] == "group i" and percents(found)[31.0][0] == "group ii"
