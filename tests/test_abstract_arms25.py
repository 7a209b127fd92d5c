"""How an abstract names its arms: the groups its methods set up, and what is no group.

Every abstract below is written for these tests (none is copied from a data set); each expected
arm and value is read from the sentences by hand. The texts are abstract-shaped (a title, one
paragraph of 500 characters or more with a p value), since these rules run on abstracts only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PAD = ("Adults treated at three centres between 2015 and 2019 were eligible, and all gave written informed consent. "
       "Data were analysed by intention to treat, and the protocol was approved by the ethics committees of all centres. "
       "Outcomes were assessed every three months by investigators who did not know the assigned treatment. "
       "Eligible women had measurable disease, adequate organ function and no earlier systemic therapy. ")


def record(run: Callable[[str], dict[str, Any]], title: str, body: str) -> dict[str, Any]:
    """The record of an abstract (the test's premise: the reader takes it for one)."""
    found = run(f"{title}\n\n{body}")
    assert found["source"]["kind"] == "abstract"
    return found


def labels(found: dict[str, Any]) -> set[str]:
    return {arm["label"].lower() for arm in found["arms"]}


def test_durations_measured_with_each_drug_are_no_courses(run) -> None:
    """``median time to progression was 8.2 months for X and 8.3 months for Y``: times measured,
    not courses the groups were given, so no ``X 8.2 months`` arm."""
    found = record(run, "Vorinatib versus placebo in relapsed ovarian cancer: a randomized trial",
                   PAD + "Patients were randomly assigned to vorinatib or placebo. In the 78% of patients with "
                   "measurable disease, median time to progression was 8.2 months for vorinatib and 8.3 months for "
                   "placebo (hazard ratio, 1.10; p = 0.39).")
    assert labels(found) == {"vorinatib", "placebo"}


def test_courses_written_as_given_still_split_one_drug(run) -> None:
    found = record(run, "Six versus twelve months of adjuvant trastuzumab: a randomized trial",
                   PAD + "Patients were randomly assigned to trastuzumab for 6 months or trastuzumab for 12 months. "
                   "Disease-free survival at 3 years was 91% with 6 months of trastuzumab and 93% with 12 months of "
                   "trastuzumab (p = 0.04).")
    assert {"trastuzumab 6 months", "trastuzumab 12 months"} <= labels(found)


def roles(found: dict[str, Any]) -> dict[str, str | None]:
    return {arm["label"].lower(): arm["role"] for arm in found["arms"]}


def test_the_group_another_adds_a_treatment_to_is_the_comparator(run) -> None:
    """``DC or DC plus ralumab (DCR) ... randomly assigned to receive DC (n = 210) or DCR (n = 208)``:
    the group that adds ralumab tests it, though the abstract lists it second."""
    found = record(run, "Ralumab added to neoadjuvant chemotherapy in breast cancer: a randomized phase III trial",
                   PAD + "Women due to receive neoadjuvant docetaxel and carboplatin (DC) or DC plus ralumab (DCR) "
                   "could take part. They were randomly assigned to receive DC (n = 210) or DCR (n = 208). The "
                   "objective response rate was 81.0% "
                   "in the DCR group and 70.5% in the DC group (p = 0.01).")
    assert roles(found).get("dc") == "control"
    added = [arm for arm in found["arms"] if "DCR" in [arm["label"], *arm["aliases"]]]
    assert [arm["role"] for arm in added] == ["experimental"]


def test_a_placebo_added_makes_no_tested_group(run) -> None:
    """``X plus placebo`` adds nothing tested: it is the comparator of ``X plus Y``, not the tested
    arm beside ``X``."""
    found = record(run, "Exemostat plus entinorin in advanced breast cancer: a randomized trial",
                   PAD + "Patients were randomized to exemostat plus entinorin or exemostat plus placebo. Median "
                   "progression-free survival was longer with entinorin (p = 0.03), and 31% versus 18% responded.")
    found_roles = roles(found)
    assert "experimental" in found_roles.values()
    assert all(role != "experimental" for label, role in found_roles.items() if "placebo" in label)


def test_a_quoted_group_name_keeps_the_side_and_short_name_of_its_bracket(run) -> None:
    """``'usual care' (control group, UC, n = 64)``: the quote mark closing the name does not part
    the name from its bracket, so ``UC`` is the usual-care arm, not a group of its own."""
    found = record(run, "Guided imagery for fatigue after breast cancer: a randomized controlled trial",
                   PAD + "In all, 130 women were randomized to guided imagery (intervention group, n = 66) or "
                   "'usual care' (control group, UC, n = 64). Fatigue improved in 41% of the guided imagery group "
                   "and in 20% of UC (p = 0.01).")
    arms = {arm["label"].lower(): arm for arm in found["arms"]}
    assert "uc" not in arms
    assert arms["usual care"]["role"] == "control"
    assert "UC" in arms["usual care"]["aliases"]


def test_groups_described_at_length_and_named_by_short_names_are_arms(run) -> None:
    """``to receive either high-dose X 150 mg/m2 and Y 1500 mg/m2 every 3 weeks for 3 cycles
    (HDXY) or standard-dose X 75 mg/m2 and Y 750 mg/m2 every 3 weeks for 6 cycles (SDXY)``, then
    ``on HDXY``: the two regimens are the arms, named by their short names, and the doses inside
    the descriptions are no groups of their own."""
    found = record(run, "Dose intensity of epirubicin and ifosfamide in advanced sarcoma: a randomised trial",
                   PAD + "This open trial randomised 210 patients to receive either high-dose epirubicin 150 mg/m2 and "
                   "ifosfamide 1500 mg/m2 every 3 weeks for 3 cycles (HDEI) or standard-dose epirubicin 75 mg/m2 "
                   "and ifosfamide 750 mg/m2 every 3 weeks for 6 cycles (SDEI). A tumour response was recorded in 31 "
                   "patients (29%) on HDEI and in 40 patients (38%) on SDEI (p = 0.2).")
    arms = {arm["label"]: arm for arm in found["arms"]}
    assert {"HDEI", "SDEI"} <= set(arms)
    assert arms["SDEI"]["role"] == "control"
    assert arms["HDEI"]["intervention"].startswith("high-dose epirubicin 150")
    assert not any(label.startswith(("epirubicin ", "ifosfamide ")) for label in arms)
    assert {(r["value"], r["arm"]) for r in found["results"] if r["unit"] == "%"} >= {(29.0, "HDEI"), (38.0, "SDEI")}


def test_one_described_bracket_or_a_study_sentence_sets_up_no_group(run) -> None:
    """A short name after a phrase of a sentence that only mentions a randomized trial (``A
    randomized phase 2 trial has shown that adding X (ZX) to chemotherapy (CT) helps triple-negative
    (TN) patients``) names a population, not a group."""
    found = record(run, "Zoledronic acid with neoadjuvant chemotherapy: survival outcomes",
                   PAD + "A randomized phase 2 trial has shown that adding zoledronic acid (ZOL) to neoadjuvant "
                   "chemotherapy (CT) benefits triple-negative (TN) patients. Patients were randomly assigned to CT or "
                   "CT plus ZOL. The 3-year survival was 84.6% in the CT group and 90.8% in the CT plus ZOL group, and "
                   "TN patients gained most (p = 0.04).")
    assert not any("TN" in [arm["label"], *arm["aliases"]] or "triple" in arm["label"] for arm in found["arms"])


def test_an_option_named_by_a_defined_short_form_is_an_arm(run) -> None:
    """``to compare X with treatment of physician's choice (TPC)`` ... ``randomized to receive
    either X (...) or TPC (A, B or C)``: TPC is the comparator group, its long form what it was
    given, and the drugs its bracket lists are no groups of their own."""
    found = record(run, "Eribulin as first-line chemotherapy for recurrent breast cancer: a randomized phase II study",
                   PAD + "The study compared eribulin with treatment of physician's choice (TPC). Patients were "
                   "randomized to receive either eribulin (1.4 mg/m2 on days 1 and 8) or TPC (paclitaxel, docetaxel "
                   "or vinorelbine). Neutropenia of grade 3 or higher occurred in 22.2% with eribulin versus 16.1% "
                   "with TPC (p = 0.4).")
    arms = {arm["label"]: arm for arm in found["arms"]}
    assert "TPC" in arms
    assert arms["TPC"]["intervention"] == "treatment of physician's choice"
    assert not {"paclitaxel", "docetaxel", "vinorelbine"} & set(arms)
    assert (16.1, "TPC") in {(r["value"], r["arm"]) for r in found["results"]}


def test_regimens_named_by_their_dose_in_brackets_are_arms(run) -> None:
    found = record(run, "Two dose-dense FEC regimens in early breast cancer: a randomised feasibility study",
                   PAD + "Patients were randomised to six cycles of FEC(75) or FEC(90), with all drugs given on day 1 "
                   "of each 14-day cycle. Dose delays were more frequent with FEC(90) than with FEC(75) (p = 0.03).")
    assert {"FEC(75)", "FEC(90)"} <= {arm["label"] for arm in found["arms"]}


def test_a_named_option_that_is_already_a_group_makes_no_second_arm(run) -> None:
    """``four cycles of X followed by four cycles of A, B, C (FAC) or eight cycles of FAC``, beside
    the arm ``X-FAC``: FAC names one group, not two."""
    found = record(run, "Pulmonary symptoms after paclitaxel-based adjuvant chemotherapy: a randomized trial",
                   PAD + "Patients were randomly assigned to receive either four cycles of paclitaxel followed by four "
                   "cycles of 5-fluorouracil, doxorubicin, cyclophosphamide (FAC) or eight cycles of FAC. Pneumonitis occurred in 4% of the paclitaxel-FAC group and "
                   "in 1% of the FAC alone group (p = 0.02).")
    assert [arm["label"] for arm in found["arms"]].count("FAC") <= 1
    assert sum(1 for arm in found["arms"] if arm["label"].lower() in ("fac", "fac alone")) <= 1


def test_a_combination_is_never_another_name_of_the_control_it_adds_to() -> None:
    """``X plus a vaccine`` whose treatment is read as ``X``, beside the control ``X``: the arm adds
    the vaccine to the control, so it is tested, not a second name of the control."""
    from trialnews.facts.roles import _same_as_controls

    arms = [{"label": "ipilimumab", "intervention": "ipilimumab", "role": "control"},
            {"label": "ipilimumab plus vaccine", "intervention": "ipilimumab", "role": "experimental"},
            {"label": "vaccine", "intervention": "vaccine", "role": "experimental"}]
    _same_as_controls(arms)
    assert [arm["role"] for arm in arms] == ["control", "experimental", "experimental"]


def test_a_short_name_for_a_later_step_of_the_trial_is_no_group(run) -> None:
    """``randomized to X (XO) or placebo, followed by a 6-week drug-free washout (DFW)``: the
    washout's short name does not abbreviate from the option's start, so it names no group."""
    found = record(run, "Tadalafil after nerve-sparing prostatectomy: a randomized trial",
                   PAD + "Patients were randomized to 9 months of tadalafil 5 mg once daily (TOD) or placebo, followed "
                   "by a 6-week drug-free washout (DFW) and 3 months of open-label TOD (ONL). After DFW, 25% of men on "
                   "TOD and 19% on placebo had recovered erectile function (p = 0.2).")
    assert not any("DFW" in [arm["label"], *arm["aliases"]] for arm in found["arms"])
