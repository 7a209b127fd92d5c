"""Results: values with their group, outcome, statistic and time point.

Moved from the one ``test_facts.py``: each case runs the whole pipeline on a small article."""

from __future__ import annotations

import pytest

from trialnews.facts import results

from .helpers import PEMBRO_OR_PLACEBO, NIVO_OR_DOCETAXEL, article, hand_built


ORR_BOTH_ARMS = [("objective response rate", "pembrolizumab", 48, "%"), ("objective response rate", "placebo", 19, "%")]
# (paragraph, every result (endpoint, arm, value, unit) a curator would list)
RESULTS = [
    pytest.param(f"{PEMBRO_OR_PLACEBO} The objective response rate was 48% in the pembrolizumab group.",
                 [("objective response rate", "pembrolizumab", 48, "%")], id="percent-arm-endpoint"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} The objective response rate was 48% and 19% in the pembrolizumab and placebo "
                 "groups, respectively.",
                 ORR_BOTH_ARMS,
                 id="respectively-two-values-two-arms"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} The objective response rate was 48% and 19%, respectively.",
                 ORR_BOTH_ARMS,
                 id="respectively-arms-in-sentence-before"),
    pytest.param(f"{NIVO_OR_DOCETAXEL} Median overall survival was 17.4 months with nivolumab and 9.4 months with "
                 "docetaxel.",
                 [("overall survival", "nivolumab", 17.4, "months"), ("overall survival", "docetaxel", 9.4, "months")],
                 id="median-months-per-arm"),
    pytest.param("In the single-arm trial of 60 patients, about half of patients had a complete response.",
                 [("complete response", None, 50, "%")], id="about-half-in-words"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Progression-free survival (PFS) at 12 months was 34% with pembrolizumab and "
                 "17% with placebo.",
                 [("PFS", "pembrolizumab", 34, "%"), ("PFS", "placebo", 17, "%")], id="percent-with-arm-after"),
    pytest.param(f"{NIVO_OR_DOCETAXEL} Median overall survival was 17.4 vs 9.4 months for nivolumab vs docetaxel.",
                 [("overall survival", "nivolumab", 17.4, "months"), ("overall survival", "docetaxel", 9.4, "months")],
                 id="median-x-vs-y-months"),
    pytest.param("Patients were randomly assigned to iodine-alcohol or chlorhexidine-alcohol. Of 575 patients who "
                 "received iodine-alcohol, 42 developed an infection.",
                 [("infection", "iodine-alcohol", 42, "patients")], id="opening-phrase-names-the-group"),
    pytest.param("Patients were randomized to stenting or surgery. Stroke occurred in 2.4 percent of the surgical "
                 "patients.",
                 [("stroke", "surgery", 2.4, "%")], id="surgical-patients-are-the-surgery-arm"),
    pytest.param("Patients were randomized to stenting or surgery. Surgery patients were at higher risk, with 2.3% "
                 "suffering a heart attack compared with 1.1% of stent patients.",
                 [("heart attack", "surgery", 2.3, "%"), ("heart attack", "stenting", 1.1, "%")],
                 id="contrast-other-group-named-in-sentence"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Five patients taking the drug developed colitis compared with one on placebo.",
                 [("colitis", "pembrolizumab", 5, "patients"), ("colitis", "placebo", 1, "patients")],  # its partner too
                 id="the-drug-is-the-tested-arm"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} By week 12, 30% of patients on placebo and 20% of those taking the new drug had "
                 "dropped out of the study.",
                 [("dropped out of the study", "placebo", 30, "%"), ("dropped out of the study", "pembrolizumab", 20, "%")],
                 id="outcome-named-by-the-verb-after"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Fewer patients given pembrolizumab relapsed early\u20148% versus 15% on placebo.",
                 [("relapsed early", "pembrolizumab", 8, "%"), ("relapsed early", "placebo", 15, "%")],
                 id="outcome-before-a-dash-and-a-pair"),
    pytest.param("Patients were randomized to a maintenance dose of lorutinib (5 mg or 10 mg) or placebo. After a year, "
                 "27 percent of the patients given 5 mg of lorutinib had remission. Sixty percent of those given a 10-mg "
                 "dose of the medicine had remission.",
                 [("remission", "lorutinib 5 mg", 27, "%"), ("remission", "lorutinib 10 mg", 60, "%")],
                 id="doses-reported-separately-are-arms"),
    pytest.param("Patients were randomized to a maintenance dose of lorutinib (5 mg or 10 mg) or placebo. After a year, "
                 "27 percent of the patients given 5 mg of lorutinib had remission. Sixty percent of those given a 10-mg "
                 "dose of the medicine had remission.\n\nFive patients taking the drug developed colitis.",
                 [("remission", "lorutinib 5 mg", 27, "%"), ("remission", "lorutinib 10 mg", 60, "%"),
                  ("colitis", "lorutinib", 5, "patients")], id="the-drug-is-the-drug-given-in-doses"),
    pytest.param(f"{NIVO_OR_DOCETAXEL} In this group, partial responses were seen in 22% of those treated "
                 "with nivolumab and 7% of patients treated with docetaxel; complete responses were seen in 2% "
                 "(six patients) treated with nivolumab.",
                 [("partial responses", "nivolumab", 22, "%"), ("partial responses", "docetaxel", 7, "%"),
                  ("complete responses", "nivolumab", 2, "%"), ("complete responses", "nivolumab", 6, "patients")],
                 id="outcome-per-clause-listed-values-bracketed-count"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} This ongoing response was observed among 47% of people treated with "
                 "pembrolizumab and 31% of those on placebo.",
                 [("ongoing response", "pembrolizumab", 47, "%"), ("ongoing response", "placebo", 31, "%")],
                 id="qualified-lexicon-outcome"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Median overall survival was 25 months with pembrolizumab. Patients on "
                 "pembrolizumab lived a median of 25 months, the overall survival analysis showed.",
                 [("overall survival", "pembrolizumab", 25, "months")], id="one-item-per-number-endpoint-and-group"),
    pytest.param("Patients with colitis were randomly assigned to a test group or a control group. The remission rate "
                 "was 41% in the test group and 19% in the control group.",
                 [("remission", "test group", 41, "%"), ("remission", "control", 19, "%")],
                 id="generic-test-group-beside-the-control"),
    pytest.param(f"{NIVO_OR_DOCETAXEL} Objective response rate was similar between treatments: nivolumab, 36.0%; "
                 "docetaxel, 35.5%.",
                 [("objective response rate", "nivolumab", 36.0, "%"), ("objective response rate", "docetaxel", 35.5, "%")],
                 id="label-colon-value-list"),
    pytest.param(f"{NIVO_OR_DOCETAXEL} The most common adverse events with nivolumab and docetaxel were headache "
                 "(0.7 percent vs. 1.6 percent, respectively) and hematocrit increase (2.3 percent vs. 0 percent, "
                 "respectively).",
                 [("headache", "nivolumab", 0.7, "%"), ("headache", "docetaxel", 1.6, "%"),
                  ("hematocrit increase", "nivolumab", 2.3, "%"), ("hematocrit increase", "docetaxel", 0, "%")],
                 id="outcome-before-its-bracket"),
    pytest.param(f"{NIVO_OR_DOCETAXEL} Forty patients (40%) on nivolumab had a rash.",
                 [("rash", "nivolumab", 40, "%"), ("rash", "nivolumab", 40, "patients")],  # the count and its share
                 id="bracket-after-a-group-is-not-an-outcome"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Roughly 29 percent of patients in the pembrolizumab group saw a complete "
                 "remission of symptoms, compared with only 14 percent in the placebo group.",
                 # the outcome is the whole phrase the article uses (issue 11: names with their modifiers)
                 [("complete remission of symptoms", "pembrolizumab", 29, "%"),
                  ("complete remission of symptoms", "placebo", 14, "%")],
                 id="contrast-partner-shares-the-outcome-named-between"),
    pytest.param("Patients were randomized to NAC or control. Mortality did not differ between "
                 "the NAC and control groups {4/50 (8.0%) vs. 2/49 (4.1%), p=0.41}.",
                 [("mortality", "NAC", 8.0, "%"), ("mortality", "control", 4.1, "%")],
                 id="pair-of-counts-with-percentages-follows-the-groups-order"),
    pytest.param("Patients were randomized to cabozantinib or placebo. Of 96 patients who received cabozantinib, 17 "
                 "had complete resolution, and 52 had partial shrinkage of bone lesions, which may cause fractures.",
                 [("complete resolution", "cabozantinib", 17, "patients"),
                  ("partial shrinkage of bone lesions", "cabozantinib", 52, "patients")],
                 id="outcome-by-the-verb-before-a-farther-lexicon-word"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Remission was reached by 30 percent of patients after 12 weeks with "
                 "pembrolizumab.",
                 [("remission", "pembrolizumab", 30, "%")], id="a-duration-between-value-and-group-does-not-block"),
    pytest.param("Patients were randomized to darbepoetin or placebo. Venous thrombosis (darbepoetin: 3.0%, placebo: "
                 "1.0%; P = 0.013) was higher with darbepoetin.",
                 [("venous thrombosis", "darbepoetin", 3.0, "%"), ("venous thrombosis", "placebo", 1.0, "%")],
                 id="group-colon-value-inside-the-bracket"),
    pytest.param("Patients were randomized to romiplostim or placebo. In all, 68% of patients who received romiplostim "
                 "did not require transfusions, compared with 41% in the placebo group.",
                 [("did not require transfusions", "romiplostim", 68, "%"),
                  ("did not require transfusions", "placebo", 41, "%")], id="negated-outcome-keeps-its-negation"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Clinical response was frequent; there was a 23.8 percent remission rate among the "
                 "placebo group.",
                 [("remission", "placebo", 23.8, "%")], id="outcome-written-right-after-the-value"),
    pytest.param("Patients were randomized to palbociclib-fulvestrant or placebo-fulvestrant. The most frequent grade 3 "
                 "events in the palbociclib-fulvestrant arm were neutropenia (58.4%, vs. 0.9% in the "
                 "placebo-fulvestrant group), leukopenia (21.7% vs. 0.9%).",
                 [("neutropenia", "palbociclib-fulvestrant", 58.4, "%"), ("neutropenia", "placebo-fulvestrant", 0.9, "%"),
                  ("leukopenia", "palbociclib-fulvestrant", 21.7, "%"), ("leukopenia", "placebo-fulvestrant", 0.9, "%")],
                 id="grade-3-is-no-count-and-nested-names-are-one-group"),
    pytest.param("Patients were randomized to paclitaxel-FAC or FAC. The paclitaxel-FAC group (36.1%) had a higher rate "
                 "of lung scarring after radiation than the FAC group (20.5%).",
                 [("higher rate of lung scarring", "paclitaxel-FAC", 36.1, "%"),
                  ("higher rate of lung scarring", "FAC", 20.5, "%")], id="group-then-bracketed-value-then-verb"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} At follow-up, 73% of patients on placebo and 71% of those on pembrolizumab "
                 "correctly perceived their risk.",
                 [("correctly perceived their risk", "placebo", 73, "%"),
                  ("correctly perceived their risk", "pembrolizumab", 71, "%")], id="adverb-and-past-tense-verb"),
    pytest.param("Patients were randomized to paclitaxel-FAC or FAC. Skin burns were similar between the two "
                 "groups (6.2% in the paclitaxel-FAC group versus 5.1% in the FAC group; 95% CI = -5.3% to 7.1%).",
                 [], id="groups-are-no-outcome-and-a-ci-with-percent-signs-is-no-result"),
]


@pytest.mark.parametrize(("paragraph", "expected"), RESULTS)
def test_results(run, paragraph: str, expected: list[tuple[str, str | None, float, str]]) -> None:
    results = run(article(paragraph))["results"]
    assert sorted((r["endpoint"], r["arm"] or "", r["value"], r["unit"]) for r in results) == \
        sorted((endpoint, arm or "", value, unit) for endpoint, arm, value, unit in expected)


def test_result_statistic_and_timepoint(run) -> None:
    median = run(article(f"{NIVO_OR_DOCETAXEL} Median overall survival was 17.4 months with nivolumab and 9.4 "
                         "months with docetaxel."))["results"]
    assert {r["statistic"] for r in median} == {"median"}
    rate = run(article(f"{PEMBRO_OR_PLACEBO} Progression-free survival (PFS) at 12 months was 34% with "
                       "pembrolizumab and 17% with placebo."))["results"]
    assert {(r["statistic"], r["timepoint"]) for r in rate} == {("rate", "12 months")}


@pytest.mark.parametrize("sentence", [
    "Surveys hint that for over half of anxious patients, pills alone do not end the worry.",
    "An estimated 40 percent of patients with asthma have severe symptoms.",
    "Previous studies found that 20 percent of patients had a remission.",
    "Between 10% and 15% of adults in rich countries suffer from migraine.",
    "Research reported before 2010 had suggested that the risk of relapse is 12 percent in the first year.",
    "Initial trials in other countries showed a 40% drop in attacks.",
])
def test_background_numbers_are_not_results(run, sentence: str) -> None:
    assert run(article(f"{PEMBRO_OR_PLACEBO} {sentence}"))["results"] == []


@pytest.mark.parametrize("sentence", [
    "Men were randomized to LPCN 1021 or testosterone gel 1.62 percent. Adverse events for LPCN 1021 and "
    "testosterone gel 1.62 percent were mild.",
    "Patients were randomized to 0.25% bupivacaine or saline. Pain scores with 0.25% bupivacaine were lower.",
])
def test_a_formulation_strength_is_no_result(run, sentence: str) -> None:
    assert run(article(sentence))["results"] == []


@pytest.mark.parametrize(("sentence", "named"), [
    pytest.param("At least 5% of patients on pembrolizumab suffered from low white blood cell counts.",
                 {"low white blood cell counts"}, id="preposition-after-the-verb-is-not-the-outcome"),
    pytest.param("The researchers recruited 14 patients on pembrolizumab who also had had a brain stimulator implanted.",
                 set(), id="who-had-describes-the-people"),
    pytest.param("How to explain the 27 percent on pembrolizumab who responded without treatment? Nobody knows.",
                 {"responded without treatment"}, id="question-mark-ends-the-outcome"),
    pytest.param("In the trial, 62% of patients on pembrolizumab quickly led the way.", set(),
                 id="a-verb-that-names-no-outcome"),
    pytest.param("About 15% of those on placebo lost their jobs.", set(), id="lost-names-no-outcome"),
    pytest.param("About 20% of patients given placebo did not receive the full dose.", set(),
                 id="a-negated-verb-that-names-no-outcome"),
    pytest.param("About 30% of patients on pembrolizumab had switched to another medicine within a year.",
                 {"switched to another medicine"}, id="a-verb-that-names-an-outcome-with-its-object"),
    pytest.param("Among those on pembrolizumab, 25 percent had remitted by the end of the study.",
                 {"remission"}, id="remitted-is-remission"),
    pytest.param("In the pembrolizumab group, the pain lasted 3 days, compared with 5 days in the placebo group.",
                 {"duration of pain"}, id="lasted-is-the-duration-of-its-subject"),
    pytest.param("Patients on pembrolizumab reported that headaches lasted 2 hours, compared with 5 hours on placebo.",
                 {"duration of headaches"}, id="lasted-in-a-reported-clause"),
    pytest.param("Men on pembrolizumab lasted an average of 3 minutes.", set(),
                 id="lasted-after-people-names-no-outcome"),
    pytest.param("Those taking pembrolizumab lost 6 pounds, on average, compared with 2 pounds in the placebo group.",
                 {"weight loss"}, id="lost-pounds-is-weight-loss-not-what-they-took"),
    pytest.param("Those on pembrolizumab gained an average of 1.5 kilograms, against 0.5 kg on placebo.",
                 {"weight gain"}, id="gained-kilograms-is-weight-gain"),
    pytest.param("In the pembrolizumab group, 40% of those who lost 10 kg or more kept it off.", set(),
                 id="people-described-by-a-loss-threshold"),
])
def test_outcomes_named_by_the_verb(run, sentence: str, named: set[str]) -> None:
    results = run(article(f"{PEMBRO_OR_PLACEBO} {sentence}"))["results"]
    assert {r["endpoint"] for r in results} == named


@pytest.mark.parametrize(("statistic_chars", "statistic"), [
    pytest.param(results.STATISTIC_CHARS, "mean change", id="mean-drop-within-reach"),
    pytest.param(5, "value", id="words-out-of-reach"),
])
def test_statistic_chars(statistic_chars: int, statistic: str) -> None:
    """``statistic_chars`` (``trialnews_results``' config): the words read around a measure for its kind."""
    doc = hand_built("Trial news. Patients had a mean drop of 9 mmHg.", {"QUANTITY": [("9 mmHg", "quantity")]})
    assert results._quantity_statistic(doc.spans["QUANTITY"][0], statistic_chars) == statistic


# -- Values that measure no outcome of the trial's people (issue 11) -----------------------------------

ASPIRIN = "Patients were randomized to aspirin or placebo."


@pytest.mark.parametrize(("sentence", "reason", "kept"), [
    pytest.param("The most common side effects (>8%) in the aspirin group were nausea and cough.",
                 results.THRESHOLD, [], id="threshold-after-a-sign"),
    pytest.param("Side effects reported by \u2265 6% of the aspirin group were nausea and cough.",
                 results.THRESHOLD, [], id="threshold-after-a-unicode-sign"),
    pytest.param("In the aspirin group, 42 percent of the patients reported a 30 percent drop in pain scores.",
                 results.RESPONDER_THRESHOLD, [("aspirin", 42)], id="change-that-defines-a-responder"),
    pytest.param("The trial recruited 300 people who ranged in age from 18 to 64 and who all had a migraine.",
                 results.AGE, [], id="age-range"),
    pytest.param("Three-quarters of the 80 volunteers were randomly allocated to four weeks of aspirin for their "
                 "knee pain.", results.ASSIGNED_SHARE, [], id="share-of-people-assigned"),
    pytest.param("In the trial, 3,100 people who had already had a stroke were randomly assigned to aspirin or "
                 "placebo.", results.ENROLLED_COUNT, [], id="enrolled-count-described-by-who"),
    pytest.param("Migraine affects nearly 12 percent of all adults.",
                 results.PREVALENCE, [], id="how-common-a-disease-is"),
])
def test_values_that_are_no_result(run, sentence: str, reason: str, kept: list[tuple[str, float]]) -> None:
    found = run(article(f"{ASPIRIN} {sentence}"))["results"]
    assert [(r["arm"], r["value"]) for r in found] == kept


@pytest.mark.parametrize(("sentence", "share", "reason"), [
    pytest.param("Of 210 women screened, 150 (71.4%) randomized and 140 (93%) finished.", "71.4%",
                 results.ASSIGNED_SHARE, id="count-share-then-assignment-word"),
    pytest.param("Of 210 women screened, 150 (71.4%) randomized and 140 (93%) finished.", "93%", None,
                 id="count-share-then-other-verb"),
    pytest.param("Pain fell in 40% (n = 75) randomized to the cream.", "40%", None, id="share-not-in-a-bracket"),
])
def test_a_counts_share_before_an_assignment_word(nlp, sentence: str, share: str, reason: str | None) -> None:
    """``150 (71.4%) randomized``: the share of the people its count says were assigned, no result."""
    text = f"A randomized trial\n\nMETHODS: Women were randomized to a cream or placebo. RESULTS: {sentence}\n"
    upto = nlp.pipe_names[:nlp.pipe_names.index("trialnews_results")]
    with nlp.select_pipes(enable=upto):
        doc = nlp(text)
    values = list(doc.spans["PERCENT"])
    span = next(v for v in values if v.text == share)
    assert results.not_a_result(doc, span, values) == reason


@pytest.mark.parametrize("sentence", [
    pytest.param("In the aspirin group, 42 percent of the patients had a stroke.", id="a-share-with-an-outcome"),
    pytest.param("Of the patients who were randomly assigned to aspirin, 42 percent had a stroke.",
                 id="assigned-in-a-relative-clause-before"),
    pytest.param("Among patients aged over 65, 42 percent of the aspirin group had a stroke.",
                 id="age-in-an-earlier-phrase"),
    pytest.param("In the aspirin group, those ages 65-70 had 42 percent fewer headaches than at the start.",
                 id="age-before-a-verb-of-its-own"),
    pytest.param("Stroke occurred in 42 percent of the aspirin group, while placebo patients had a 30 percent drop "
                 "in pain.", id="change-of-another-clause-is-no-threshold"),
])
def test_values_kept_beside_those_rules(run, sentence: str) -> None:
    assert 42 in {r["value"] for r in run(article(f"{ASPIRIN} {sentence}"))["results"]}


def test_a_count_with_its_enrolment_participle_is_who_took_part(run) -> None:
    """``None of the 30 volunteers recruited had type 2 diabetes``: who took part, not what happened to them."""
    found = run(article("In the single-arm trial, adults took gabapentin.", "None of the 30 subjects recruited had "
                        "type 2 diabetes.", "Of 80 patients enrolled, 12 had a rash.", "Only 6 of those 12 cases involved seizures."))["results"]
    assert [(r["value"], r["endpoint"]) for r in found] == [(12, "rash"), (6, "seizures")]


def test_a_count_after_the_definite_article_is_a_group_size(run) -> None:
    """``the 1,240 patients who got aspirin``: a group named by its size, not what befell its people."""
    found = run(article(f"{ASPIRIN} That is why the 1,240 patients who got aspirin were less likely to have a stroke "
                        "than were the 1,198 patients who got placebo."))["results"]
    assert not {r["value"] for r in found} & {1240, 1198}


def test_what_befell_a_group_named_by_its_size_stays(run) -> None:
    found = run(article(f"{ASPIRIN} Of the 1,240 patients in the aspirin group, 42 had a stroke."))["results"]
    assert [(r["arm"], r["value"]) for r in found] == [("aspirin", 42)]


def test_a_count_without_the_article_stays(run) -> None:
    found = run(article(f"{ASPIRIN} In the aspirin group, 42 patients had a stroke."))["results"]
    assert [(r["arm"], r["value"]) for r in found] == [("aspirin", 42)]


SORAFENIB_OR_PLACEBO = "Patients were randomized to sorafenib or placebo."


@pytest.mark.parametrize("sentence", [
    pytest.param("Survival was 10.6 months with sorafenib and 7.8 months with placebo.", id="x-with-a-and-y-with-b"),
    pytest.param("Patients given sorafenib lived 10.6 months, compared with 7.8 months for those given placebo.",
                 id="compared-with"),
])
def test_durations_set_against_each_other_are_results(run, sentence: str) -> None:
    """A duration of one group set against another's is a result of each, with no median or mean written."""
    results = run(article(f"{SORAFENIB_OR_PLACEBO} {sentence}"))["results"]
    assert sorted((r["arm"], r["value"], r["unit"]) for r in results) == [("placebo", 7.8, "months"),
                                                                          ("sorafenib", 10.6, "months")]


@pytest.mark.parametrize("sentence", [
    pytest.param("Patients got 12 weeks of sorafenib or 8 weeks of placebo.", id="a-course"),
    pytest.param("Sorafenib was injected every 2 weeks and placebo every 4 weeks.", id="a-schedule"),
    pytest.param("Pain eased two days after sorafenib and five days after placebo.", id="a-time-point"),
])
def test_durations_that_are_no_measured_values(run, sentence: str) -> None:
    results = run(article(f"{SORAFENIB_OR_PLACEBO} {sentence}"))["results"]
    assert [r for r in results if r["unit"] in ("weeks", "days")] == []


@pytest.mark.parametrize("sentence", [
    pytest.param("Just 9 percent of the placebo patients achieved the same reduction.", id="the-same"),
    pytest.param("Only 14 percent of patients on placebo reached that goal.", id="that-goal"),
    pytest.param("Compared with the 16% of people who didn't take sorafenib, more patients on sorafenib felt better.",
                 id="a-negation"),
])
def test_a_predicate_pointing_back_names_no_outcome(run, sentence: str) -> None:
    """A value's predicate that points back to something named before, or says what people did not
    do, names no outcome."""
    results = run(article(f"{SORAFENIB_OR_PLACEBO} {sentence}"))["results"]
    assert all(r["endpoint"] not in ("same reduction", "that goal", "didn't take sorafenib") for r in results)
