"""Groups and their sizes as an abstract lists them where it allocates (``facts/allocation.py``).

Every sentence below is written for these tests (none is copied from a data set). Each row names
the groups a curator reads from the sentence, with their sizes; the row's id names the form.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from abstract_helpers import abstract, group_sizes, sized_arms
from trialnews.facts.allocation import past_share
from trialnews.facts.roles import comparison_votes


@pytest.mark.parametrize(("title", "methods", "expected", "linker"), [
    pytest.param("Emtansine in metastatic disease",
                 "A total of 235 women were randomly assigned to receive either trastuzumab plus docetaxel "
                 "(HT; n = 120) or T-DM1 (n = 115).",
                 {"trastuzumab": 120, "t-dm1": 115}, "bracket-after-arm", id="bracket-short-form"),  # the combination arm
    pytest.param("Imaging before surgery",
                 "Women were randomly assigned to preoperative MRI (n = 410) or no further imaging (402).",
                 {"preoperative mri": 410, "no further imaging": 402}, "group-then-bracket", id="bracket-bare-count"),
    pytest.param("Two doses of arzoxifene",
                 "This randomized phase II trial compared arzoxifene 20 mg (n = 62) and 50 mg (n = 59) in women "
                 "with metastatic disease.",
                 {"arzoxifene": 62, "arzoxifene 50 mg": 59}, "group-then-bracket", id="bracket-dose-alone"),
    pytest.param("Paclitaxel schedules",
                 "Between 2001 and 2005, 250 patients were randomized: 130 were assigned to weekly dosing and 120 "
                 "to the three-weekly schedule.",
                 {"weekly dosing": 130, "three-weekly schedule": 120}, "count-to-group", id="count-to-group"),
    pytest.param("Drain care",
                 "Of the 150 women, 76 were allocated to early drain removal and 74 to standard drain care.",
                 {"early drain removal": 76, "standard drain care": 74}, "count-to-group", id="count-to-group-short"),
    pytest.param("Drain care",
                 "A total of 160 women were randomized (80 in the early removal group and 81 in the standard group).",
                 {"early removal": 80, "standard": 81}, "count-in-group", id="count-in-group"),
    pytest.param("Lapatinib with letrozole",
                 "The 300 patients enrolled were split: letrozole plus lapatinib, 152; letrozole plus placebo, 148.",
                 {"letrozole plus lapatinib": 152, "letrozole plus placebo": 148}, "count-split", id="split-after-colon"),
    pytest.param("Weekly or three-weekly taxane",
                 "Overall, 64 patients were enrolled (weekly group, n = 33; every-3-weeks group, n = 31).",
                 {"weekly": 33, "every-3-weeks": 31}, "count-split", id="split-in-bracket"),
    pytest.param("Combination or single agent",
                 "Two hundred eleven patients were randomly assigned to combination therapy, and 209 patients were "
                 "assigned to monotherapy.", {"combination therapy": 211, "monotherapy": 209}, "count-to-group",
                 id="count-in-words"),
    pytest.param("Localization before excision",
                 "Among 140 randomized patients, 71 were treated with seed localization and 69 with hook-wire "
                 "localization.", {"seed localization": 71, "hook-wire localization": 69}, "count-to-group",
                 id="treated-with"),
    pytest.param("Coaching by telephone",
                 "Of 90 randomized women, 70 (78%) participants (33 coaching, 37 usual care) completed the 6-month visit.",
                 {"coaching": 33, "usual care": 37}, "count-split", id="split-after-people"),
    pytest.param("Antibiotic prophylaxis before surgery",
                 "Women were randomly assigned to cefazolin or cefuroxime. Three (3%) of the 98 patients in the "
                 "cefazolin group had wound infections, as did 6 (7%) of the 84 patients in the cefuroxime group.",
                 {"cefazolin": 98, "cefuroxime": 84}, "count-in-group", id="of-the-N-in-the-X-group"),
    pytest.param("Two schedules of radiotherapy",
                 "Women were randomly assigned (hypofractionated schedule, 151 women; conventional schedule, "
                 "149 women).", {"hypofractionated schedule": 151, "conventional schedule": 149}, "count-split",
                 id="split-of-counts-of-people"),
    pytest.param("Schedules named by short forms",
                 "In all, 300 patients were randomized to receive either no chemotherapy (control, n = 148), or "
                 "epirubicin 60 mg/m(2), 4 cycles every 21 days (EPI60, n = 152).",
                 {"epi60": 152}, "group-then-bracket", id="schedule-named-by-short-form"),
    pytest.param("Localization before excision",
                 "Among 120 patients, 61 were treated with seed localization and 59 with hook-wire localization.",
                 {"seed localization": 61, "hook-wire localization": 59}, "count-to-group",
                 id="split-of-a-total-without-allocation"),
    pytest.param("Early closure",
                 "Women were randomly assigned to letrozole or anastrozole. The trial closed with 80 evaluable "
                 "patients, including 41 who received letrozole and 39 who received anastrozole.",
                 {"letrozole": 41, "anastrozole": 39}, "count-to-group", id="split-opened-by-including"),
    pytest.param("Two taxane schedules",
                 "Patients were randomly assigned to trastuzumab with weekly vinorelbine or weekly taxane therapy. "
                 "Of 81 evaluable patients, 41 were treated with vinorelbine and 40 with taxane.",
                 {"vinorelbine": 41, "weekly taxane therapy": 40}, "count-to-group", id="split-names-an-arm-short"),
    pytest.param("Exercise during treatment",
                 "Women were randomly assigned to yoga or walking. Fatigue improved in 40% of the yoga arm (n = 61; "
                 "P = .03) and 25% of the walking arm (n = 59; P = .04).",
                 {"yoga": 61, "walking": 59}, "group-then-bracket", id="bracket-count-then-details"),
    pytest.param("Two aromatase inhibitors",
                 "Women were randomly assigned to letrozole or anastrozole. Forty (51%) received letrozole and 38 "
                 "(49%) received anastrozole.", {"letrozole": 40, "anastrozole": 38}, "count-to-group",
                 id="count-with-its-share-then-group"),
    pytest.param("Two aromatase inhibitors",
                 "Women were randomly assigned to letrozole or anastrozole. Forty (51 per cent) received letrozole "
                 "and 38 (49 per cent) received anastrozole.", {"letrozole": 40, "anastrozole": 38}, "count-to-group",
                 id="count-with-its-share-in-words-then-group"),
    pytest.param("Music before breast surgery",
                 "Women were randomly assigned to receive either live music (LM) before surgery with recorded music "
                 "during it (n = 52), recorded music (RM) before surgery with recorded music during it (n = 50), or "
                 "usual care (UC) before surgery with earplugs during it (n = 49).",
                 {"live music": 52, "recorded music": 50, "usual care": 49}, "group-then-bracket-short-form",
                 id="short-form-then-details-then-bracket"),
    pytest.param("Counselling by telephone",
                 "Ninety women were randomly assigned to group counselling (n = 30), telephone counselling (n = 31), "
                 "or usual care (UC) (n = 29).",
                 {"group counselling": 30, "telephone counselling": 31, "usual care": 29}, "group-then-bracket-short-form",
                 id="short-form-bracket-then-count-bracket"),
])
def test_the_groups_an_abstract_lists_with_their_sizes(run, title: str, methods: str,
                                                       expected: dict[str, int], linker: str) -> None:
    found = run(abstract(title, methods))
    arms = sized_arms(found)
    for label, n in expected.items():
        assert arms.get(label) == n, (label, arms)
    links = {size["evidence"]["links"].get("arm") for size in found["sample_sizes"] if size["arm"] is not None}
    assert linker in links


@pytest.mark.parametrize(("title", "methods", "absent"), [
    pytest.param("Subgroups of a placebo-controlled trial",
                 "Post-hoc analysis showed that older patients (n = 40) and younger patients (n = 60) responded "
                 "alike to the drug.", {40, 60}, id="subgroups-not-allocated"),
    pytest.param("Events by group",
                 "Of the 200 women, 12 in the placebo group and 5 in the exercise group died during follow-up.",
                 {12, 5}, id="counts-of-an-event"),
    pytest.param("Sizes of all groups",
                 "Women were randomized to three arms and 87 patients in each group completed treatments.",
                 {87}, id="each-group"),
    pytest.param("A split that does not add up",
                 "In all, 120 patients were randomized (45 minutes, 5 days per week).",
                 {45, 5}, id="split-not-a-total"),
    pytest.param("Events in a split",
                 "Node involvement was found in 9 further cases (group A = 6, group B = 3) after randomization.",
                 {6, 3}, id="split-of-an-event"),
    pytest.param("Events split by group",
                 "Grade 3 neutropenia occurred in 17 patients (docetaxel, 12; paclitaxel, 5) in this randomized trial.",
                 {12, 5}, id="split-of-events-in-people"),
    pytest.param("Subgroups by history",
                 "Of the 10 patients randomized who relapsed (seven patients: four after adjuvant therapy, three after "
                 "relapse therapy), none responded.", {4, 3}, id="split-by-history"),
    pytest.param("Rash by group",
                 "Women were randomly assigned to letrozole or anastrozole. Twelve patients, 6 for letrozole and 6 "
                 "for anastrozole, suffered from grade 3 rash.", {6}, id="split-of-a-total-with-an-event"),
    pytest.param("Rash by group",
                 "Women were randomly assigned to letrozole or anastrozole. Grade 3 rash was seen in 40 patients, "
                 "including 22 who received letrozole and 18 who received anastrozole.", {22, 18},
                 id="split-of-the-people-of-an-event"),
    pytest.param("Rash by group",
                 "Women were randomly assigned to letrozole or anastrozole. Grade 3 rash was seen in 45 patients, "
                 "including 22 who received letrozole and 18 who received anastrozole.", {22, 18},
                 id="subset-by-group"),
    pytest.param("Metformin for prevention",
                 "Adults with prediabetes were randomized to metformin or placebo. Over eight years, 96 adults (58 "
                 "placebo, 38 metformin) developed diabetes.", {58, 38}, id="split-then-event"),
    pytest.param("Bladder training",
                 "Men were randomized to bladder training (BT) or a leaflet (LEA). By six months, 17 (38%) men "
                 "(11 BT and 6 LEA) had a urinary infection.", {11, 6}, id="share-split-then-event"),
    pytest.param("Drain care",
                 "Women were randomized to early drain removal or standard drain care. One patient in the early "
                 "removal group needed a second drain.", {1}, id="one-patient-in-group"),
    pytest.param("Antibiotics during chemotherapy",
                 "Patients were randomized to docetaxel or watchful waiting. Antibiotics were needed by three patients "
                 "in the docetaxel group and by no one in the waiting group.", {3}, id="two-patients-in-group"),
])
def test_lists_that_are_not_groups_give_no_arm(run, title: str, methods: str, absent: set[int]) -> None:
    found = run(abstract(title, methods))
    assert not group_sizes(found) & absent, (group_sizes(found), found["arms"])


def test_an_arm_that_names_the_comparison_is_no_short_name(run) -> None:
    found = run(abstract("Vaccine with a taxane",
                         "Patients were randomly assigned to weekly taxane therapy or a vaccine versus taxane alone. "
                         "Of 81 evaluable patients, 41 were treated with vaccine and 40 with taxane."))
    assert sized_arms(found).get("weekly taxane therapy") == 40
    assert sized_arms(found).get("vaccine versus taxane alone") is None


def test_the_total_before_a_list_is_no_group(run) -> None:
    found = run(abstract("Exercise during chemotherapy",
                                 "Breast cancer patients (N = 240) were randomly assigned to usual care (n = 80), "
                                 "supervised yoga (n = 82), or supervised walking (n = 78)."))
    assert "breast cancer" not in {arm["label"].lower() for arm in found["arms"]}
    assert sized_arms(found).get("supervised walking") == 78


def test_news_keeps_its_arms(run) -> None:
    text = ("Women were randomly assigned to preoperative MRI (n = 410) or no further imaging (402), the "
            "researchers said.")
    found = run(text)
    assert "no further imaging" not in {arm["label"].lower() for arm in found["arms"]}


@pytest.mark.parametrize(("sentence", "comparator"), [
    pytest.param("Neutropenia was lower with ABX-100 at every dose, compared with standard paclitaxel.", "paclitaxel",
                 id="compared-with-standard-X"),
    pytest.param("Fatigue fell more with ABX-100 in the first month than with conventional paclitaxel.", "paclitaxel",
                 id="than-with-conventional-X"),
])
def test_a_comparator_written_as_the_standard_treatment_gets_a_vote(nlp: Language, sentence: str,
                                                                     comparator: str) -> None:
    upto = nlp.pipe_names[:nlp.pipe_names.index("trialnews_arms") + 1]
    with nlp.select_pipes(enable=upto):  # the arms' mentions, before the record clears them
        doc = nlp(abstract("A randomized trial", "Women were randomly assigned to ABX-100 or paclitaxel. " + sentence))
    assert comparison_votes(doc)[comparator] >= 1


def test_a_short_form_defined_after_an_arm_names_that_arm(run) -> None:
    found = run(abstract("Fulvestrant with a kinase inhibitor",
                         "Women were randomly assigned to fulvestrant with either vandetanib (100 mg daily) (FV) or "
                         "placebo (FP). Sixty were allocated to FV and 62 to FP."))
    arms = {arm["label"]: arm for arm in found["arms"]}
    assert "FP" not in arms and "FV" not in arms
    assert arms["placebo"]["n"] == 62 and arms["placebo"]["role"] == "control"
    assert "FP" in arms["placebo"]["aliases"]


def test_a_short_form_after_the_last_drug_of_a_regimen_names_the_regimen(run) -> None:
    found = run(abstract("Two regimens before surgery",
                         "Women were randomly assigned to either docetaxel (75 mg/m2) plus carboplatin (AUC 6) (DC) "
                         "or epirubicin (90 mg/m2) plus docetaxel (75 mg/m2) (ED). Sixty were allocated to DC and 62 "
                         "to ED."))
    assert sized_arms(found).get("carboplatin") is None and sized_arms(found).get("docetaxel") is None


def test_a_short_form_in_a_list_whose_groups_cannot_be_told_names_no_arm(run) -> None:
    """``40 to PL and 44 to placebo``: two items name one group, so the sentence is left out, and
    the short form it wrote is not kept as the arm's alias either."""
    found = run(abstract("Pain relief after surgery",
                         "Adults were randomly assigned to either ibuprofen (400 mg daily) (IB) or placebo (PL). "
                         "Forty were allocated to PL and 44 to placebo."))
    arms = {arm["label"]: arm for arm in found["arms"]}
    assert "placebo" in arms
    assert "PL" not in arms["placebo"]["aliases"]


@pytest.mark.parametrize(("sentence", "share"), [
    pytest.param("Sixty (52%) took the tablet daily.", "(52%)", id="percent-sign"),
    pytest.param("Sixty (52 percent) took the tablet daily.", "(52 percent)", id="percent-word"),
    pytest.param("Sixty (51 per cent) took the tablet daily.", "(51 per cent)", id="per-cent"),
    pytest.param("Sixty (2 per 100) took the tablet daily.", None, id="per-100-is-a-rate"),
    pytest.param("Sixty (3 per 1000) took the tablet daily.", None, id="per-1000-is-a-rate"),
])
def test_a_share_in_brackets_after_a_count_is_passed(nlp: Language, sentence: str, share: str | None) -> None:
    doc = nlp.make_doc(sentence)
    after = past_share(doc, doc[:], 1)  # the bracket right after the count "Sixty"
    assert (doc[1:after].text if after > 1 else None) == share


def test_a_count_after_two_short_forms_names_neither_group(run) -> None:
    # the bracket's count follows two groups' short forms: whose it is cannot be told
    found = run(abstract("Two short forms before one count",
                         "Women were randomly assigned to receive either live music (LM) or recorded music (RM) before "
                         "surgery with recorded music during it (n = 52), or usual care (UC) before surgery with "
                         "earplugs during it (n = 49)."))
    sized = {label: n for label, n in sized_arms(found).items() if n == 52}
    assert not set(sized) & {"live music", "recorded music", "lm", "rm"}
