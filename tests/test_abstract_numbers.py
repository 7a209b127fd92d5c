"""Per-arm numbers in trial abstracts: which arm is the comparator, each group's percentages and
each group's size, in the dense forms abstracts write them (CONSORT-style reporting).

Every sentence below is written for these tests (none is copied from a data set). Each row names
what a curator reads from it; the linker or rule that must find it is in the row's id.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.facts.roles import settle_roles
from trialnews.nlp import make_nlp
from trialnews.record import Record, grounding_problems


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def record(nlp: Language, text: str) -> dict:
    found = extract_text(text, nlp=nlp)
    Record.model_validate(found)
    assert not grounding_problems(found, text)
    return found


def roles(found: dict) -> dict[str, str]:
    return {arm["label"].lower(): arm["role"] for arm in found["arms"]}


@pytest.mark.parametrize(("text", "control", "experimental"), [
    pytest.param("Adjuvant radiotherapy after breast-conserving surgery\n\n"
                 "Women were randomly assigned to radiotherapy, non-radiotherapy follow-up or endocrine "
                 "treatment. Local recurrence was rare.", "non-radiotherapy", "radiotherapy", id="named-non"),
    pytest.param("Exercise during chemotherapy\n\n"
                 "Patients were randomly assigned to supervised exercise, home exercise or yoga. Fatigue "
                 "scores were lower with supervised exercise compared with yoga, and with home exercise than "
                 "with yoga.", "yoga", "supervised exercise", id="written-after-compared-with"),
])
def test_the_comparator_the_abstract_names(nlp: Language, text: str, control: str, experimental: str) -> None:
    found = roles(record(nlp, text))
    assert found.get(control) == "control"
    assert found.get(experimental) == "experimental"


def test_a_trial_with_a_placebo_keeps_it_as_its_only_control(nlp: Language) -> None:
    text = ("Zelbrutinib for cough\n\nAdults were randomly assigned to zelbrutinib 50 mg, zelbrutinib 100 mg or "
            "placebo. Cough fell more with zelbrutinib than with placebo.")
    found = roles(record(nlp, text))
    assert found.get("placebo") == "control"
    assert [role for role in found.values()].count("control") == 1


def results_by_value(found: dict) -> dict[float, tuple[str | None, str | None]]:
    return {r["value"]: (r["arm"], r["evidence"].get("links", {}).get("arm")) for r in found["results"] if r["unit"] == "%"}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Doravitinib for advanced breast cancer\n\nWomen were randomly assigned to doravitinib, exemestane "
                 "or tamoxifen. Doravitinib was compared with tamoxifen. Grade 3 neutropenia occurred in 12.5% vs "
                 "4.1% of patients.", {12.5: "doravitinib", 4.1: "tamoxifen"}, id="pair-compared-before"),
    pytest.param("Three schedules of lorvatinib\n\nWomen were randomly assigned to lorvatinib, paclitaxel or "
                 "docetaxel. Lorvatinib versus docetaxel: the response rate was 42.5% vs 30.1% (P = 0.02).",
                 {42.5: "lorvatinib", 30.1: "docetaxel"}, id="pair-versus-in-the-sentence"),
    pytest.param("Doravitinib plus letrozole for advanced breast cancer\n\nWomen were randomly assigned to "
                 "doravitinib plus letrozole, exemestane or placebo plus letrozole. Doravitinib plus letrozole was "
                 "compared with placebo. Grade 3 neutropenia occurred in 15.3% vs 7.1% of patients.",
                 {15.3: "doravitinib", 7.1: "placebo"}, id="pair-of-combinations"),
])
def test_a_side_by_side_pair_in_a_trial_of_more_arms(nlp: Language, text: str, expected: dict) -> None:
    found = results_by_value(record(nlp, text))
    for value, arm in expected.items():
        assert found.get(value) == (arm, "side-by-side-pair")


def test_a_list_of_three_groups_is_no_pair(nlp: Language) -> None:
    text = ("Doravitinib for advanced breast cancer\n\nWomen were randomly assigned to doravitinib, exemestane or "
            "tamoxifen. Grade 3 neutropenia occurred in 12.5% vs 4.1% of patients.")
    found = results_by_value(record(nlp, text))
    assert 12.5 not in found and 4.1 not in found


def sizes_by_arm(found: dict) -> dict[str, int]:
    return {s["arm"]: s["n"] for s in found["sample_sizes"] if s["arm"]}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Lorvatinib in breast cancer\n\nWomen were randomly assigned to lorvatinib 75 mg/m(2) (n = 173) or "
                 "paclitaxel 80 mg/m(2) (n = 171) every three weeks.", {"lorvatinib": 173, "paclitaxel": 171},
                 id="n-after-the-dose"),
    pytest.param("Lorvatinib in breast cancer\n\nWomen were randomly assigned to lorvatinib or paclitaxel. Of 400 "
                 "patients randomised, 364 (lorvatinib, n = 180; paclitaxel, n = 184) completed treatment.",
                 {"lorvatinib": 180, "paclitaxel": 184}, id="n-inside-a-larger-count"),
])
def test_each_groups_size(nlp: Language, text: str, expected: dict) -> None:
    assert sizes_by_arm(record(nlp, text)) == expected


def test_a_size_the_abstract_gives_another_group_is_not_this_groups(nlp: Language) -> None:
    text = ("Lorvatinib in breast cancer\n\nAdults were randomly assigned to lorvatinib or paclitaxel (n = 120 "
            "and n = 118, respectively).")
    found = record(nlp, text)
    assert {arm["label"]: arm["n"] for arm in found["arms"]} == {"lorvatinib": 120, "paclitaxel": 118}


def structured(results: str) -> str:
    return ("Lorvatinib versus paclitaxel in advanced breast cancer: a randomised phase II trial\n\n"
            "Background\nFew treatments help women whose cancer progressed on endocrine therapy.\n\n"
            "Methods\nWomen with advanced breast cancer were randomly assigned to lorvatinib or paclitaxel. "
            "The primary end point was the objective response rate.\n\n"
            f"Results\n{results}\n\n"
            "Conclusions\nLorvatinib was as active as paclitaxel and better tolerated.\n")


@pytest.mark.parametrize(("results", "expected"), [
    pytest.param("Progesterone receptor (PR) status was negative in 47 cases (29%) in the lorvatinib group and 36 "
                 "cases (58%) in the paclitaxel group.",
                 {29.0: ("lorvatinib", "progesterone receptor (pr) status"),
                  58.0: ("paclitaxel", "progesterone receptor (pr) status")},
                 id="subject-then-copula"),
    pytest.param("In the per-protocol population, wound dehiscence was seen in 8.1% of the lorvatinib group.",
                 {8.1: ("lorvatinib", "wound dehiscence")}, id="past-an-opening-phrase"),
])
def test_an_abstracts_sentence_names_its_outcome_first(nlp: Language, results: str, expected: dict) -> None:
    found = {r["value"]: (r["arm"], r["endpoint"].lower()) for r in record(nlp, structured(results))["results"]
             if r["unit"] == "%"}
    assert found == expected


def test_news_keeps_a_value_without_outcome_out(nlp: Language) -> None:
    text = ("Lorvatinib helps some women\n\nWomen were randomly assigned to lorvatinib or paclitaxel, the "
            "researchers said. Doctors were pleased in 58 cases (33%) in the lorvatinib group.")
    assert not [r for r in record(nlp, text)["results"] if r["unit"] == "%"]


@pytest.mark.parametrize(("results", "expected"), [
    pytest.param("Seroma formation rates were 13% versus 9% (P = 0.04).",
                 {13.0: "lorvatinib", 9.0: "paclitaxel"}, id="an-abstracts-sentence-is-about-its-trial"),
    pytest.param("Disease control rates were 52% and 49%, respectively (P = 0.38).",
                 {52.0: "lorvatinib", 49.0: "paclitaxel"}, id="respectively-in-a-two-arm-trial"),
    pytest.param("Breast density fell more in one of the two groups (60% vs. 9%).", {},
                 id="a-pair-said-of-both-groups-is-no-pair"),
    pytest.param("Breast density reduction differed between the two groups (60% vs. 9%).",
                 {60.0: "lorvatinib", 9.0: "paclitaxel"}, id="compared-between-the-two-groups"),
])
def test_a_pair_that_names_no_group(nlp: Language, results: str, expected: dict) -> None:
    found = record(nlp, structured(results))["results"]
    assert {r["value"]: r["arm"] for r in found if r["unit"] == "%"} == expected
    assert len({r["endpoint"] for r in found if r["unit"] == "%"}) == (1 if expected else 0)  # one outcome for both


@pytest.mark.parametrize(("results", "expected"), [
    pytest.param("Grade 3 neutropenia occurred in 45/120 (37.5%) and 40/118 (33.9%) patients in the lorvatinib and "
                 "paclitaxel groups, respectively.", {"lorvatinib": 120, "paclitaxel": 118}, id="count-then-rate"),
    pytest.param("Grade 3 neutropenia occurred in 37.5% (45/120) of the lorvatinib group.", {"lorvatinib": 120},
                 id="rate-then-count"),
    pytest.param("Grade 3 neutropenia occurred in 12/120 (37.5%) patients of the lorvatinib group.", {},
                 id="a-count-that-is-not-the-rate-gives-no-size"),
])
def test_the_total_of_a_groups_rate_is_its_size(nlp: Language, results: str, expected: dict) -> None:
    found = record(nlp, structured(results))
    assert {s["arm"]: s["n"] for s in found["sample_sizes"] if s["arm"]} == expected


@pytest.mark.parametrize(("config", "expected"), [
    pytest.param({}, {"lorvatinib": 120, "paclitaxel": 118}, id="default"),
    pytest.param({"min_group_total": 119}, {"lorvatinib": 120}, id="total-below-the-minimum"),
    pytest.param({"rate_rounding": 0.001}, {"lorvatinib": 120}, id="rate-rounded-more-than-allowed"),
    pytest.param({"count_chars": 3}, {}, id="count-out-of-reach"),
])
def test_denominator_settings(config: dict, expected: dict) -> None:
    """The results fact's settings for a rate's count and total (``trialnews_results``' config)."""
    nlp = make_nlp()
    nlp.replace_pipe("trialnews_results", "trialnews_results", config=config)
    found = record(nlp, structured("Grade 3 neutropenia occurred in 45/120 (37.5%) and 40/118 (33.9%) patients in "
                                   "the lorvatinib and paclitaxel groups, respectively."))
    assert {s["arm"]: s["n"] for s in found["sample_sizes"] if s["arm"]} == expected


def test_the_word_between_a_pair_names_no_outcome(nlp: Language) -> None:
    found = record(nlp, structured("Febrile neutropenia was more frequent with lorvatinib (15.3% v 7.1%)."))
    assert {r["value"]: r["endpoint"].lower() for r in found["results"] if r["unit"] == "%"} == {
        15.3: "febrile neutropenia", 7.1: "febrile neutropenia"}


@pytest.mark.parametrize(("results", "shared"), [
    pytest.param("Overall survival at 5 years was 61.2% (P = 0.31).", False, id="overall-names-the-outcome"),
    pytest.param("Across all patients, survival at 5 years was 61.2%.", True, id="all-patients"),
])
def test_a_value_for_all_patients(nlp: Language, results: str, shared: bool) -> None:
    found = record(nlp, structured(results))
    values = [(r["value"], r["arm"]) for r in found["results"] if r["unit"] == "%"]
    assert values == ([(61.2, None)] if shared else [])
    assert any(w.startswith("W020") for w in found["warnings"]) is not shared


def test_the_short_form_of_a_placebo_arm_is_a_control(nlp: Language) -> None:
    text = ("Zelbrutinib added to exemestane\n\nWomen were randomly assigned to exemestane plus zelbrutinib "
            "(EZ) or exemestane plus placebo (EP), or to exemestane alone. Hot flushes were more common in "
            "the EZ group than in the EP group.")
    found = roles(record(nlp, text))
    assert found.get("exemestane plus placebo") == "control" and found.get("exemestane alone") == "control"
    assert found.get("exemestane plus zelbrutinib") == "experimental"  # two combinations on one backbone


def arm(label: str, role: str = "experimental", intervention: str | None = None) -> dict:
    return {"label": label, "intervention": intervention or label, "role": role}


@pytest.mark.parametrize(("arms", "controls"), [
    pytest.param([arm("light therapy"), arm("sham light"), arm("control", "control")], {"sham light", "control"},
                 id="sham-beside-a-control"),
    pytest.param([arm("lorvatinib"), arm("tamoxifen alone", "control"), arm("TAM", intervention="tamoxifen")],
                 {"tamoxifen alone", "TAM"}, id="short-form-of-x-alone"),
    pytest.param([arm("APBI"), arm("whole breast irradiation", "control"), arm("WBI", intervention="whole-breast irradiation")],
                 {"whole breast irradiation", "WBI"}, id="the-control-spelled-otherwise"),
    pytest.param([arm("XRT"), arm("non-XRT", "control")], {"non-XRT"}, id="no-x-is-no-name-of-x"),
    pytest.param([arm("acupuncture"), arm("sham acupuncture", "control")], {"sham acupuncture"}, id="sham-x-is-no-name-of-x"),
    pytest.param([arm("vinorelbine"), arm("control", "control", intervention="vinorelbine")], {"control"},
                 id="a-trial-keeps-a-tested-arm"),
    pytest.param([arm("lorvastatin"), arm("lorvastatin 80 mg", intervention="lorvastatin"),
                  arm("lorvastatin 20 mg", "control", intervention="lorvastatin")], {"lorvastatin 20 mg"},
                 id="a-control-dose-is-no-name-of-the-drug"),
    pytest.param([arm("acupuncture"), arm("massage"), arm("control-acupuncture", "control")], {"control-acupuncture"},
                 id="control-x-is-no-name-of-x"),
    pytest.param([arm("vitamin C"), arm("vitamin E", "control"), arm("vitamin E 15 mg", intervention="vitamin E")],
                 {"vitamin E"}, id="a-dose-is-no-name-of-the-control"),
    pytest.param([arm("SMT"), arm("active control", "control"), arm("WLC", intervention="wait-list control")],
                 {"active control", "WLC"}, id="a-short-form-of-an-inactive-arm"),
])
def test_another_name_of_the_control_is_the_control(nlp: Language, arms: list, controls: set) -> None:
    settle_roles(nlp("Women were randomly placed in one of the groups."), arms)
    assert {a["label"] for a in arms if a["role"] == "control"} == controls


@pytest.mark.parametrize(("results", "expected"), [
    pytest.param("Grade 3 and 4 adverse events occurred in 25% and 6%, respectively, in the lorvatinib arm, and in "
                 "14% and 2%, respectively, in the paclitaxel arm.",
                 {25.0: "lorvatinib", 6.0: "lorvatinib", 14.0: "paclitaxel", 2.0: "paclitaxel"},
                 id="one-group-named-after-respectively"),
    pytest.param("Grade 3 adverse events occurred in 23% and 5%, respectively, in the lorvatinib plus paclitaxel arm, "
                 "and in 15% and 1%, respectively, in the paclitaxel arm.",
                 {23.0: "lorvatinib", 5.0: "lorvatinib", 15.0: "paclitaxel", 1.0: "paclitaxel"},
                 id="a-combination-named-after-respectively-is-one-group"),
    pytest.param("Disease control rates were 52% and 49%, respectively, for the paclitaxel and lorvatinib groups.",
                 {52.0: "paclitaxel", 49.0: "lorvatinib"}, id="groups-named-after-respectively"),
    pytest.param("Response rates were 35% at 10 weeks and 22% at one year with lorvatinib, compared with 24% and 5%, "
                 "respectively, with paclitaxel.", {35.0: "lorvatinib", 22.0: "lorvatinib", 24.0: "paclitaxel",
                                                   5.0: "paclitaxel"}, id="the-list-opens-after-the-contrast"),
    pytest.param("Pneumonitis rates were 0.6% (range 0.1-2.8%) and 0.3% (0.1-1.2%) for the lorvatinib and paclitaxel "
                 "groups, respectively.", {0.6: "lorvatinib", 0.3: "paclitaxel"}, id="ranges-in-brackets-are-no-items"),
])
def test_respectively_then_the_groups(nlp: Language, results: str, expected: dict) -> None:
    found = record(nlp, structured(results))["results"]
    assert {r["value"]: r["arm"] for r in found if r["unit"] == "%"} == expected


@pytest.mark.parametrize(("results", "expected"), [
    pytest.param("The rate of lymphedema was 14% (9 of 64) in the lorvatinib group and 21% (14 of 66) in the "
                 "paclitaxel group.", {14.0: "lorvatinib", 21.0: "paclitaxel"}, id="group-after-a-bracketed-count"),
    pytest.param("Survival at 5 years was 88.1% in the first cohort and 86.3% in the paclitaxel group.",
                 {86.3: "paclitaxel"}, id="a-value-with-a-group-of-its-own-shares-no-group"),
])
def test_the_group_named_after_a_value(nlp: Language, results: str, expected: dict) -> None:
    found = record(nlp, structured(results))["results"]
    assert {r["value"]: r["arm"] for r in found if r["unit"] == "%"} == expected


def test_an_enrolment_verbs_count_in_a_group(nlp: Language) -> None:
    found = record(nlp, structured("The analysis included 301 patients in the lorvatinib arm and 298 patients in "
                                   "the paclitaxel arm."))
    assert sizes_by_arm(found) == {"lorvatinib": 301, "paclitaxel": 298}


def test_a_count_its_rate_and_its_total_in_a_group(nlp: Language) -> None:
    found = record(nlp, structured("Wound infection occurred in 5 (6%) of the 82 patients in the lorvatinib group and "
                                   "in 12 (14.6%) of 82 patients in the paclitaxel group."))
    assert {r["value"]: r["arm"] for r in found["results"] if r["unit"] == "%"} == {6.0: "lorvatinib", 14.6: "paclitaxel"}
    assert {arm["label"]: arm["n"] for arm in found["arms"]} == {"lorvatinib": 82, "paclitaxel": 82}


def test_a_total_in_the_group_a_sentence_opens_with(nlp: Language) -> None:
    found = record(nlp, structured("In the lorvatinib arm, 450 of 495 patients completed the questionnaire at "
                                   "baseline, against 445 of 496 patients in the paclitaxel arm."))
    assert sizes_by_arm(found) == {"lorvatinib": 495, "paclitaxel": 496}
    assert not [s for s in found["sample_sizes"] if s["arm"] is None]  # 495 is one group's, not the trial's
    assert {arm["label"]: arm["n"] for arm in found["arms"]} == {"lorvatinib": 495, "paclitaxel": 496}


def test_protocol_abstract_keeps_its_planned_size(nlp: Language) -> None:
    """An abstract in the future tense is a protocol: its planned size is the trial's size (in news,
    "a trial will enroll 1,400 patients" is a trial still to come)."""
    text = ("Exercise after surgery for lung cancer: protocol of a randomized trial\n\n"
            "BACKGROUND: Fatigue is common after surgery.\n"
            "METHODS: This randomized trial will enroll 280 patients, who will be assigned to supervised "
            "exercise or usual care.\n"
            "DISCUSSION: The trial will show whether exercise reduces fatigue.")
    assert 280 in [size["n"] for size in record(nlp, text)["sample_sizes"]]


def test_the_groupless_warning_is_true_of_a_one_arm_record(nlp: Language) -> None:
    """W020 fires in a trial of several arms and in a one-arm record where a value is set beside
    another group's (``13% of X users ..., compared with 20% of patients who never took it``): its
    text must not claim several arms."""
    found = record(nlp, "Statin use and sepsis\n\nIn a new study, 300 adults with sepsis were given simvastatin "
                        "for 28 days. After a month, 13% of the statin users had died, compared with 20% of the "
                        "patients who had never taken the drug.")
    assert len(found["arms"]) == 1
    left_out = [w for w in found["warnings"] if w.startswith("W020")]
    assert len(left_out) == 1 and "'20%'" in left_out[0] and "several arms" not in left_out[0], found["warnings"]


@pytest.mark.parametrize(("results", "expected"), [
    pytest.param("Nodal involvement was found in 44% (41/93) and 37% (38/103) in the lorvatinib and paclitaxel "
                 "groups, respectively.", {"lorvatinib": 93, "paclitaxel": 103}, id="rate-then-count-respectively"),
    pytest.param("Relapse was seen in 6% (three of 52 patients) and 10% (five of 50 patients) in the lorvatinib "
                 "and paclitaxel groups, respectively.", {"lorvatinib": 52, "paclitaxel": 50},
                 id="count-in-words-and-its-people"),
])
def test_the_total_after_a_groups_rate_is_its_size(nlp: Language, results: str, expected: dict) -> None:
    """``37.5% (45/120)``: the total in the bracket after a group's rate is that group's size, the
    group the rate was linked to (not the group named nearest the bracket)."""
    found = record(nlp, structured(results))
    assert {s["arm"]: s["n"] for s in found["sample_sizes"] if s["arm"]} == expected
    assert {arm["label"]: arm["n"] for arm in found["arms"]} == expected


def test_a_count_assigned_to_two_groups_is_neither_groups_size(nlp: Language) -> None:
    found = record(nlp, structured("In all, 238 women were assigned to lorvatinib or paclitaxel and 12 withdrew."))
    assert not [s for s in found["sample_sizes"] if s["arm"]]
    assert found["arms"] and all(arm["n"] is None for arm in found["arms"])  # (both arms found, neither sized)


@pytest.mark.parametrize(("results", "expected", "sizes"), [
    pytest.param("Nausea was less frequent with lorvatinib than with paclitaxel (2 [8%] of 25 vs. 7 [33%] of 21).",
                 {8.0: "lorvatinib", 33.0: "paclitaxel"}, {"lorvatinib": 25, "paclitaxel": 21},
                 id="count-rate-total-versus"),
    pytest.param("Nausea was less frequent with lorvatinib than with paclitaxel (4 (8%) of 50 patients versus 12 "
                 "(25%) of 48 patients).", {8.0: "lorvatinib", 25.0: "paclitaxel"}, {"lorvatinib": 50, "paclitaxel": 48},
                 id="count-rate-total-people-versus"),
])
def test_a_pair_of_counts_with_their_rates_and_totals(nlp: Language, results: str, expected: dict, sizes: dict) -> None:
    """``2 (8%) of 25 vs. 7 (33%) of 21``: a pair in the order of the groups named before it, each
    rate's total its group's size."""
    found = record(nlp, structured(results))
    assert {r["value"]: r["arm"] for r in found["results"] if r["unit"] == "%"} == expected
    assert {s["arm"]: s["n"] for s in found["sample_sizes"] if s["arm"]} == sizes


@pytest.mark.parametrize("results", [
    pytest.param("A total of 45 patients died (20 in the lorvatinib group and 25 in the paclitaxel group).",
                 id="event-verb-after-the-count"),
    pytest.param("Relapse was seen in 45 patients, 20 in the lorvatinib group and 25 in the paclitaxel group.",
                 id="event-in-before-the-count"),
])
def test_an_event_split_by_group_gives_no_sizes(nlp: Language, results: str) -> None:
    """The counts by group of the people an event happened to are the groups' shares of it, not
    their sizes."""
    found = record(nlp, structured(results))
    assert not [s for s in found["sample_sizes"] if s["arm"]]
    assert found["arms"] and all(arm["n"] is None for arm in found["arms"])  # (both arms found, neither sized)


def test_a_population_split_by_group_gives_the_sizes(nlp: Language) -> None:
    found = record(nlp, structured("Of these, 189 patients (100 in the lorvatinib group and 89 in the paclitaxel "
                                   "group) later underwent surgery."))
    assert {arm["label"]: arm["n"] for arm in found["arms"]} == {"lorvatinib": 100, "paclitaxel": 89}


@pytest.mark.parametrize("results", [
    pytest.param("Fifty-six patients assigned to lorvatinib died during follow-up, compared with 75 patients assigned "
                 "to paclitaxel.", id="assigned-to-then-event"),
    pytest.param("Two patients in the paclitaxel group discontinued treatment because of skin toxicity.",
                 id="discontinued"),
    pytest.param("Thirty-six patients receiving paclitaxel crossed over to lorvatinib.", id="crossed-over"),
    pytest.param("Overall, 96 participants with joint pain were observed: 65 (3.4%) in the lorvatinib arm and 31 "
                 "(1.6%) in the paclitaxel arm.", id="each-groups-share-of-an-event"),
])
def test_a_count_of_an_events_people_in_a_group_is_no_size(nlp: Language, results: str) -> None:
    found = record(nlp, structured(results))
    assert not [s for s in found["sample_sizes"] if s["arm"]]
    assert found["arms"] and all(arm["n"] is None for arm in found["arms"])  # (both arms found, neither sized)
