"""How an abstract names its arms: the groups its methods set up, and what is no group.

Every abstract below is written for these tests (none is copied from a data set); each expected
arm and value is read from the sentences by hand. The texts are abstract-shaped (a title, one
paragraph of 500 characters or more with a p value), since these rules run on abstracts only.
"""

from __future__ import annotations

from typing import Any

import pytest

from trialnews.facts.arms import _population_treatment_at

from abstract_helpers import record
from facts.helpers import labels

PAD = ("Adults treated at three centres between 2015 and 2019 were eligible, and all gave written informed consent. "
       "Every analysis kept people in the group they were allotted, and each site's review board approved the plan. "
       "Outcomes were assessed every three months by investigators who did not know the assigned treatment. "
       "Eligible women had measurable disease, adequate organ function and no earlier systemic therapy. ")


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
    """``to receive either high-dose X 120 mg/m2 and Y 2000 mg/m2 every 2 weeks for 4 cycles
    (HDXY) or standard-dose X 60 mg/m2 and Y 1000 mg/m2 every 2 weeks for 8 cycles (SDXY)``, then
    ``on HDXY``: the two regimens are the arms, named by their short names, and the doses inside
    the descriptions are no groups of their own."""
    found = record(run, "Two dose schedules of dostinib and quelimab in advanced soft-tissue tumours: a randomised trial",
                   PAD + "In this open-label study, 184 adults were randomised to receive either high-dose dostinib 120 mg/m2 "
                   "and quelimab 2000 mg/m2 every 2 weeks for 4 cycles (HDDQ) or standard-dose dostinib 60 mg/m2 and "
                   "quelimab 1000 mg/m2 every 2 weeks for 8 cycles (SDDQ). The tumours of 27 adults (30%) on HDDQ and "
                   "of 33 adults (36%) on SDDQ shrank by half or more (p = 0.4).")
    arms = {arm["label"]: arm for arm in found["arms"]}
    assert {"HDDQ", "SDDQ"} <= set(arms)
    assert arms["SDDQ"]["role"] == "control"
    assert arms["HDDQ"]["intervention"].startswith("high-dose dostinib 120")
    assert not any(label.startswith(("dostinib ", "quelimab ")) for label in arms)
    assert {(r["value"], r["arm"]) for r in found["results"] if r["unit"] == "%"} >= {(30.0, "HDDQ"), (36.0, "SDDQ")}


def test_one_described_bracket_or_a_study_sentence_sets_up_no_group(run) -> None:
    """A short name after a phrase of a sentence that only mentions a randomized trial (``A
    randomised phase 2 study found that giving X (XO) with chemotherapy (CT) helps node-positive
    (NP) patients``) names a population, not a group."""
    found = record(run, "Ostrenate given with preoperative chemotherapy: survival at three years",
                   PAD + "A randomised phase 2 study found that giving ostrenate (OST) with preoperative "
                   "chemotherapy (CT) helps node-positive (NP) patients. Here patients were randomly assigned to CT or "
                   "CT plus OST. At 3 years, 79.2% of the CT group and 86.5% of the CT plus OST group were alive, and "
                   "NP patients had the largest gain (p = 0.03).")
    assert not any("NP" in [arm["label"], *arm["aliases"]] or "node" in arm["label"] for arm in found["arms"])


def test_an_option_named_by_a_defined_short_form_is_an_arm(run) -> None:
    """``X was tested against standard therapy chosen by the investigator (STI)`` ... ``randomized
    to receive either X (...) or STI (A, B or C)``: STI is the comparator group, its long form what
    it was given, and the drugs its bracket lists are no groups of their own."""
    found = record(run, "Dostinib for relapsed ovarian cancer after platinum: a randomized phase II study",
                   PAD + "Dostinib was tested against standard therapy chosen by the investigator (STI). In all, 96 "
                   "women were randomized to receive either dostinib (2.5 mg/kg every 3 weeks) or STI (gorafenib, "
                   "lumistat or tessomab). Anaemia of grade 3 or worse was seen in 18.4% with dostinib versus 12.7% "
                   "with STI (p = 0.3).")
    arms = {arm["label"]: arm for arm in found["arms"]}
    assert "STI" in arms
    assert arms["STI"]["intervention"] == "standard therapy chosen by the investigator"
    assert not {"gorafenib", "lumistat", "tessomab"} & set(arms)
    assert (12.7, "STI") in {(r["value"], r["arm"]) for r in found["results"]}


def test_regimens_named_by_their_dose_in_brackets_are_arms(run) -> None:
    found = record(run, "Two dose levels of the GLT regimen before breast surgery: a randomised pilot study",
                   PAD + "Women were randomised to four cycles of GLT(60) or GLT(80), each drug given on the first day "
                   "of a 21-day cycle. A cycle had to be put off more often with GLT(80) than with GLT(60) (p = 0.02).")
    assert {"GLT(60)", "GLT(80)"} <= {arm["label"] for arm in found["arms"]}


def test_a_named_option_that_is_already_a_group_makes_no_second_arm(run) -> None:
    """``three cycles of X then three cycles of A, B and C (ABC) or six cycles of ABC``, beside
    the arm ``X-ABC``: ABC names one group, not two."""
    found = record(run, "Skin toxicity of dostinib-based adjuvant treatment: a randomized trial",
                   PAD + "All 212 patients were randomly assigned to either three courses of dostinib and then three "
                   "cycles of gorafenib, lumistat and tessomab (GLT) or six cycles of GLT. A rash was reported in 6% of "
                   "the dostinib-GLT group and in 2% of the GLT alone group (p = 0.03).")
    assert [arm["label"] for arm in found["arms"]].count("GLT") <= 1
    assert sum(1 for arm in found["arms"] if arm["label"].lower() in ("glt", "glt alone")) <= 1
    # the group already an arm is left to the rule that read it, not set up again as a named option
    assert all(arm["evidence"]["rule"] != "set-up-described" for arm in found["arms"] if arm["label"] == "GLT")


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
    """``randomized to X (XN) or placebo, then an 8-week treatment-free interval (TFI)``:
    the interval's short name does not abbreviate from the option's start, so it names no group."""
    found = record(run, "Nightly selodafil after pelvic surgery: a randomized trial",
                   PAD + "Men were randomized to 6 months of selodafil 10 mg at night (SAN) or placebo, then an 8-week "
                   "treatment-free interval (TFI) and 2 months of open-label SAN (OLS). After the TFI, 31% of men on "
                   "SAN and 22% on placebo were continent again (p = 0.3).")
    assert not any("TFI" in [arm["label"], *arm["aliases"]] for arm in found["arms"])

# --- What every patient of the trial had is no arm: ``in men with prostate cancer receiving
# leuprolide``, ``patients undergoing mastectomy`` name the population, not a group --------------


def test_the_drug_every_patient_received_is_no_arm(run) -> None:
    """The title's ``in men with prostate cancer receiving leuprolide``: every man took it."""
    found = record(run, "Efficacy of zelastin versus placebo: a randomized, double-blind trial in men with prostate "
                        "cancer receiving leuprolide",
                   PAD + "Hot flushes trouble many men who take hormone therapy. Men were randomly assigned "
                   "to zelastin (n = 60) or placebo (n = 58) for eight weeks. Hot flushes fell by half in 42% of the "
                   "zelastin group and in 21% of the placebo group (p = 0.02).")
    assert labels(found) == {"zelastin", "placebo"}


def test_the_treatment_every_patient_underwent_is_no_arm(run) -> None:
    """``yoga ... in men with prostate cancer undergoing radiotherapy``: the radiotherapy is everyone's."""
    found = record(run, "Gentle yoga for tiredness in men with prostate cancer undergoing radiotherapy: a randomized trial",
                   PAD + "Fatigue is common during treatment. Men were randomly assigned to yoga (n = 45) or a "
                   "waiting list (n = 44) for the six weeks of treatment. Fatigue was moderate or severe in 31% of "
                   "the yoga group and 52% of the waiting-list group (p = 0.03).")
    assert labels(found) == {"yoga", "waiting list"}


def test_a_group_set_against_another_keeps_its_treatment(run) -> None:
    """``compared with those patients receiving X``: a group of the trial, not its population."""
    found = record(run, "Garlotide in advanced gastric cancer: a randomized phase II trial",
                   PAD + "Patients were randomly assigned to garlotide or best supportive care. Patients receiving "
                   "garlotide lived longer, and 35% of patients receiving garlotide were alive at one year, "
                   "compared with 18% of those receiving best supportive care (p = 0.04).")
    assert "garlotide" in labels(found)


@pytest.mark.parametrize(("before", "population"), [
    ("in patients undergoing ", True),
    ("in women with early breast cancer receiving ", True),
    ("Patients scheduled to receive ", True),
    ("a randomized trial in patients undergoing conservative surgery and ", True),
    ("35% of patients receiving ", False),  # a group's share
    ("12 patients receiving ", False),  # a group's count
    ("compared with those patients receiving ", False),  # a group set against another
    ("than patients receiving ", False),
    ("those receiving ", False),
    ("patients were randomized to receive ", False),  # the groups' own treatment
])
def test_the_population_and_its_treatment(before: str, population: bool) -> None:
    assert _population_treatment_at(before) is population
