"""Values and comparisons left over by the first pass (issue 11 classes 1, 4 and 5): figures of
other studies, the public and the market; abbreviated statistics before a value; a count with its
percentage; blood-pressure pairs and units per period; p-values after the values they test.

Every sentence is written for this file.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.facts.results import about_other_research
from trialnews.nlp import make_nlp
from trialnews.record import Record, grounding_problems

RANDOMIZED = "In the trial, 400 patients were randomized to nivolumab or placebo."


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


SINGLE_ARM = "In the single-arm trial, 120 patients with relapsed lymphoma received nivolumab."


def record_of(nlp: Language, *paragraphs: str, opening: str = RANDOMIZED) -> dict[str, Any]:
    text = "\n\n".join(("Trial Update", opening, *paragraphs)) + "\n"
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    Record.model_validate(record, context={"text": text})
    return record


def values(record: dict[str, Any]) -> set[float]:
    return {r["value"] for r in record["results"]}


# -- Figures of other studies, the public and the market (class 5) ------------------------------

NOT_THIS_TRIAL = [
    ("another study", "A separate Danish study of a similar drug found that 37 percent of people relapsed.", 37),
    ("disease statistic", "The condition may affect as many as 8 percent of patients over sixty.", 8),
    ("estimated", "Heart disease is estimated to cause 31 percent of deaths among older women.", 31),
    ("authority", "According to the World Health Organization, 24 percent of patients with the disease are never treated.", 24),
    ("goal", "The agency has set a goal of cutting new infections by 45 percent within a decade.", 45),
    ("market", "After the trial results, the drugmaker's shares fell 18 percent in early trading.", 18),
]


@pytest.mark.parametrize(("sentence", "value"), [(s, v) for _, s, v in NOT_THIS_TRIAL],
                         ids=[name for name, _, _ in NOT_THIS_TRIAL])
def test_other_figures_are_no_result_or_comparison(nlp: Language, sentence: str, value: float) -> None:
    record = record_of(nlp, sentence, "Relapse occurred in 22% of patients.", opening=SINGLE_ARM)
    assert value not in values(record)
    assert all(c["estimate"] != value for c in record["comparisons"])
    assert 22 in values(record)  # the trial's own figure stays


@pytest.mark.parametrize("sentence", [s for _, s, _ in NOT_THIS_TRIAL] + [
    "The other phase 2 data showed tumour shrinkage in 24 percent of patients with ovarian cancer.",
], ids=[name for name, _, _ in NOT_THIS_TRIAL] + ["other phase"])
def test_sentence_is_about_other_research(nlp: Language, sentence: str) -> None:
    doc = nlp(sentence)
    assert about_other_research(doc, next(iter(doc.sents)))


@pytest.mark.parametrize("sentence", [
    "Relapse occurred in 22% of patients in the second year of treatment.",
    "Patients had a median of 4 prior treatments.",
    "The response rate was 45 percent, the goals were met.",
])
def test_sentence_is_about_this_trial(nlp: Language, sentence: str) -> None:
    doc = nlp(sentence)
    assert not about_other_research(doc, next(iter(doc.sents)))


def test_effect_of_an_earlier_trial_is_no_comparison(nlp: Language) -> None:
    record = record_of(nlp, "An earlier trial of a related antibody reported a hazard ratio of 0.81 (95% CI, 0.70 to 0.93).",
                       "Nivolumab reduced the risk of death (hazard ratio 0.64; 95% CI, 0.52 to 0.79).")
    assert [c["estimate"] for c in record["comparisons"]] == [0.64]


# -- A count of people with its percentage (class 3) --------------------------------------------

def results_of(record: dict[str, Any]) -> set[tuple]:
    return {(r["endpoint"], r["arm"], r["value"], r["unit"]) for r in record["results"]}


COUNTS = [
    ("Death occurred in 59 patients (15%) in the nivolumab group and in 80 patients (20%) in the placebo group.",
     {("death", "nivolumab", 59, "patients"), ("death", "nivolumab", 15, "%"),
      ("death", "placebo", 80, "patients"), ("death", "placebo", 20, "%")}),
    ("Nausea was reported by 30 patients (7.5%) in the nivolumab group and 41 patients (10.3%) in the placebo group.",
     {("nausea", "nivolumab", 30, "patients"), ("nausea", "nivolumab", 7.5, "%"),
      ("nausea", "placebo", 41, "patients"), ("nausea", "placebo", 10.3, "%")}),
]


@pytest.mark.parametrize(("sentence", "expected"), COUNTS, ids=["occurred-in", "reported-by"])
def test_count_with_its_percentage_is_one_result(nlp: Language, sentence: str, expected: set[tuple]) -> None:
    record = record_of(nlp, sentence)
    assert results_of(record) == expected
    counts = [r for r in record["results"] if r["unit"] == "patients"]
    assert all(r["evidence"]["links"].get("value") == "count-before-percent" for r in counts)


def test_count_without_percentage_is_not_paired(nlp: Language) -> None:
    record = record_of(nlp, "Death occurred in 59 patients in the nivolumab group (see the table).")
    assert all(r["evidence"]["links"].get("value") != "count-before-percent" for r in record["results"])


# -- Abbreviated statistics before a value (class 2) --------------------------------------------

LUNG = "In the trial, 400 patients with lung cancer were randomized to nivolumab or docetaxel."


def test_median_abbreviation_names_statistic_and_endpoint(nlp: Language) -> None:
    record = record_of(nlp, "The mOS was 14.2 months with nivolumab and 10.1 months with docetaxel.", opening=LUNG)
    found = {(r["endpoint"], r["arm"], r["value"], r["unit"], r["statistic"]) for r in record["results"]}
    assert found == {("OS", "nivolumab", 14.2, "months", "median"), ("OS", "docetaxel", 10.1, "months", "median")}
    assert all(r["evidence"]["links"]["endpoint"] == "abbreviated-statistic" for r in record["results"])


def test_median_abbreviation_takes_the_articles_endpoint(nlp: Language) -> None:
    record = record_of(nlp, "Progression-free survival (PFS) was the primary endpoint.",
                       "With nivolumab, mPFS was 5.1 months, against 3.2 months with docetaxel.", opening=LUNG)
    assert {(r["endpoint"], r["arm"], r["value"]) for r in record["results"]} >= {("PFS", "nivolumab", 5.1)}
    assert all(e["name"] != "PFS" for e in record["endpoints"])  # no second endpoint for the same outcome


def test_abbreviation_stops_at_the_next_outcome(nlp: Language) -> None:
    record = record_of(nlp, "With nivolumab, mOS was 14.2 months and the duration of response was 9.8 months.",
                       opening=LUNG)
    assert all(not (r["value"] == 9.8 and r["endpoint"] == "OS") for r in record["results"])


# -- Blood-pressure pairs and counts per period (class 4) ---------------------------------------

PRESSURE = "In the trial, 300 adults with hypertension were randomized to chlorthalidone or placebo."


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Blood pressure fell by an average of 8/4 mmHg in the chlorthalidone group and 2/1 mmHg in the placebo group.",
     {("systolic blood pressure", "chlorthalidone", 8, "mmHg"), ("diastolic blood pressure", "chlorthalidone", 4, "mmHg"),
      ("systolic blood pressure", "placebo", 2, "mmHg"), ("diastolic blood pressure", "placebo", 1, "mmHg")}),
    ("In the chlorthalidone group, blood pressure dropped by 12/6 mm Hg.",
     {("systolic blood pressure", "chlorthalidone", 12, "mmHg"), ("diastolic blood pressure", "chlorthalidone", 6, "mmHg")}),
], ids=["two-groups", "spaced-unit"])
def test_pressure_pair_is_two_results(nlp: Language, sentence: str, expected: set[tuple]) -> None:
    record = record_of(nlp, sentence, opening=PRESSURE)
    assert results_of(record) == expected
    for result in record["results"]:  # each number is the evidence of its own result
        assert result["evidence"]["text"] == f"{result['value']:g}"
        assert result["evidence"]["links"]["endpoint"] == "measure-pair"


def test_pair_of_another_unit_is_left_out(nlp: Language) -> None:
    record = record_of(nlp, "Pain scores in the chlorthalidone group were 5/10 points.", opening=PRESSURE)
    assert all(r["value"] not in (5, 10) for r in record["results"])


MIGRAINE = "In the trial, 500 adults with migraine were randomized to erenumab or placebo."


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Patients on erenumab had an average of 3.2 migraine days per month, compared with 4.5 migraine days per month "
     "on placebo.", {(3.2, "days per month", "erenumab"), (4.5, "days per month", "placebo")}),
    ("The erenumab group had 1.8 attacks per week versus 2.9 attacks per week in the placebo group.",
     {(1.8, "attacks per week", "erenumab"), (2.9, "attacks per week", "placebo")}),
], ids=["migraine-days", "attacks"])
def test_count_per_period(nlp: Language, sentence: str, expected: set[tuple]) -> None:
    record = record_of(nlp, sentence, opening=MIGRAINE)
    assert {(r["value"], r["unit"], r["arm"]) for r in record["results"]} == expected


def test_dose_per_day_is_no_count_per_period(nlp: Language) -> None:
    record = record_of(nlp, "Patients on erenumab took 140 milligrams per day and had 3.2 migraine days per month.",
                       opening=MIGRAINE)
    assert all(r["unit"] != "milligrams per day" for r in record["results"])


# -- P-values in table rows (class 4) -----------------------------------------------------------

TABLE = ("Endpoint                    Nivolumab (n=200)    Placebo (n=198)    P value\n"
         "Overall response rate       45%                  20%                 <0.001\n"
         "Median PFS (months)         7.1                  4.2                 p=0.002\n"
         "Grade 3 adverse events      31 (15.5%)           20 (10.1%)          P = .04")


def test_table_p_values_in_every_spelling(nlp: Language) -> None:
    record = record_of(nlp, TABLE)
    found = {(c["endpoint"], tuple(c["arms"]), c["p_value"], c["p_relation"]) for c in record["comparisons"]}
    assert found == {("overall response rate", ("nivolumab", "placebo"), 0.001, "<"),
                     ("PFS", ("nivolumab", "placebo"), 0.002, "="),
                     ("grade 3 adverse events", ("nivolumab", "placebo"), 0.04, "=")}


def test_table_row_statistic_goes_to_its_values(nlp: Language) -> None:
    record = record_of(nlp, TABLE)
    pfs = {(r["endpoint"], r["arm"], r["value"], r["unit"], r["statistic"]) for r in record["results"] if r["unit"] == "months"}
    assert pfs == {("PFS", "nivolumab", 7.1, "months", "median"), ("PFS", "placebo", 4.2, "months", "median")}


def test_slash_count_in_brackets_after_percentage(nlp: Language) -> None:
    record = record_of(nlp, "The response rate in the nivolumab group was 62% (67/108).")
    found = {(r["endpoint"], r["arm"], r["value"], r["unit"], r["evidence"]["text"]) for r in record["results"]}
    assert found == {("response rate", "nivolumab", 62, "%", "62%"), ("response rate", "nivolumab", 67, "patients", "67")}


# -- The other group's count after a comparator --------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Relapse occurred in four patients treated with nivolumab, compared with 19 patients treated with placebo.",
     {("relapse", "nivolumab", 4, "patients"), ("relapse", "placebo", 19, "patients")}),
    ("Eight patients on nivolumab died, compared to 14 in the placebo group.",
     {("death", "nivolumab", 8, "patients"), ("death", "placebo", 14, "patients")}),
], ids=["population-noun", "in-the-group"])
def test_count_after_comparator(nlp: Language, sentence: str, expected: set[tuple]) -> None:
    record = record_of(nlp, sentence)
    assert results_of(record) == expected


def test_number_after_comparator_without_a_count_before_is_no_count(nlp: Language) -> None:
    record = record_of(nlp, "The response rate was 40% with nivolumab compared with 12 in the placebo group.")
    assert all(r["value"] != 12 for r in record["results"])


# -- A change listed after a change within one group ---------------------------------------------

HOT_FLASH = "In the trial, 180 women were randomized to hypnosis or a control program."


def test_change_listed_after_own_change_is_no_comparison(nlp: Language) -> None:
    record = record_of(nlp, "Women in the hypnosis group had 39% fewer hot flashes than at the outset at four weeks "
                            "and 62% fewer hot flashes at ten weeks.", opening=HOT_FLASH)
    assert all(c["estimate"] not in (39, 62) for c in record["comparisons"])


def test_change_listed_after_a_between_group_change_stays_a_comparison(nlp: Language) -> None:
    record = record_of(nlp, "Hypnosis cut the risk of night sweats by 30% compared with the control program, "
                            "and 25% fewer hot flashes were reported.", opening=HOT_FLASH)
    assert 30 in {c["estimate"] for c in record["comparisons"]}


# -- A comparison naming neither its outcome nor its groups is left out, with a warning ----------

THREE_ARMS = "In the trial, 600 patients were randomized to nivolumab, ipilimumab or placebo."


def test_unplaced_p_value_is_left_out_with_a_warning(nlp: Language) -> None:
    record = record_of(nlp, "The two approaches performed alike (both 97%, p=1.0).", opening=THREE_ARMS)
    assert record["comparisons"] == []
    assert any(w.startswith("W006 comparisons item dropped") for w in record["warnings"])


def test_p_value_with_its_groups_is_kept(nlp: Language) -> None:
    record = record_of(nlp, "Survival was longer with nivolumab than with placebo (p=0.01).", opening=THREE_ARMS)
    assert [c["p_value"] for c in record["comparisons"]] == [0.01]
