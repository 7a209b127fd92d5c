"""How values are read: number words, units of measure, compound durations, ranges, changes stated
by a verb, and confidence-interval levels that are never results (issue 11 class 1, issue 15 item 6).

Every sentence is written for this file. A value is checked where it is read (the candidate
values of ``trialnews.facts.results.value_spans`` with their number and unit), and, where a
sentence is clear enough to link, in the record too (checked for grounding on the way).
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.facts.results import _number_and_unit, value_spans
from trialnews.nlp import make_nlp
from trialnews.normalize import number_in_text, parse_ci, parse_quantity, unit_of
from trialnews.record import Record, grounding_problems
from facts import helpers  # tests/facts/helpers.py: the small article every fact test builds

RANDOMIZED = "Patients were randomized to nivolumab or placebo."


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = make_nlp()
    nlp.get_pipe("trialnews_record").keep_spans = True  # the rule spans, to read the candidate values
    return nlp


article = partial(helpers.article, title="Trial Update")


def read_values(nlp: Language, sentence: str) -> list[tuple[str, float | None, str | None]]:
    """The candidate values of a sentence: (text, number, unit)."""
    text = article(RANDOMIZED, sentence)
    doc = nlp(text)
    assert grounding_problems(doc._.record, text) == []
    return [(span.text, *_number_and_unit(span)[:2]) for span in value_spans(doc)]


def record_of(nlp: Language, *paragraphs: str) -> dict[str, Any]:
    text = article(*paragraphs)
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    Record.model_validate(record, context={"text": text})
    return record


# -- Numbers with their units --------------------------------------------------------------------

QUANTITIES = [
    ("five days", (5, "days")),
    ("twenty-one days", (21, "days")),
    ("17.4 mos.", (17.4, "months")),
    ("12 Months", (12, "months")),
    ("seven hours, eight minutes", (428, "minutes")),
    ("three hours and twenty minutes", (200, "minutes")),
    ("1 hour 20 minutes", (80, "minutes")),
    ("2 weeks and 3 days", (17, "days")),
    ("two and a half years", (2.5, "years")),
    ("a year and a half", (1.5, "years")),
    ("9 mmHg", (9, "mmHg")),
    ("9mmHg", (9, "mmHg")),
    ("11 millimeters of mercury", (11, "mmHg")),
    ("81 milligrams per deciliter", (81, "mg/dL")),
    ("45 mg/dl", (45, "mg/dL")),
    ("4 kilograms", (4, "kg")),
    ("12 lbs", (12, "pounds")),
    ("nine points", (9, "points")),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES, ids=[text for text, _ in QUANTITIES])
def test_parse_quantity(text: str, expected: tuple[float, str]) -> None:
    assert parse_quantity(text) == (pytest.approx(expected[0]), expected[1])


@pytest.mark.parametrize("text", ["4 weeks, 12 weeks", "five", "days", "one two days"])
def test_not_one_quantity(text: str) -> None:
    assert parse_quantity(text) is None


def test_unit_spellings_share_one_unit() -> None:
    assert {unit_of(s) for s in ("mg/dl", "mg/dL", "milligrams per deciliter")} == {"mg/dL"}
    assert unit_of("furlongs") is None


@pytest.mark.parametrize(("value", "text"), [
    (428, "the operation took seven hours, eight minutes"),
    (200, "three hours and twenty minutes"),
    (2.5, "followed for two and a half years"),
    (1.5, "after a year and a half"),
])
def test_compound_quantities_are_grounded(value: float, text: str) -> None:
    """A compound duration's total is written in its words, so its evidence grounds it."""
    assert number_in_text(value, text)


def test_a_compound_total_is_not_any_number() -> None:
    assert not number_in_text(429, "seven hours, eight minutes")


VALUES = [
    pytest.param("Patients on nivolumab stayed a median of five days in the hospital, compared with eight days "
                 "for those on placebo.", [("five days", 5, "days"), ("eight days", 8, "days")],
                 id="number-word-durations"),
    pytest.param("The median operating time was seven hours, eight minutes with nivolumab.",
                 [("seven hours, eight minutes", 428, "minutes")], id="compound-duration"),
    pytest.param("Patients on nivolumab lived a median of two and a half years.",
                 [("two and a half years", 2.5, "years")], id="and-a-half"),
    pytest.param("Patients on nivolumab had a mean drop of 9 mmHg in systolic blood pressure, compared with "
                 "2 mmHg on placebo.", [("9 mmHg", 9, "mmHg"), ("2 mmHg", 2, "mmHg")], id="mmHg"),
    pytest.param("LDL cholesterol fell from 81 milligrams per deciliter to 45 mg/dl with nivolumab.",
                 [("81 milligrams per deciliter", 81, "mg/dL"), ("45 mg/dl", 45, "mg/dL")], id="mg-dl-not-a-dose"),
    pytest.param("Patients on nivolumab gained four kilograms.", [("four kilograms", 4, "kg")], id="kilograms-in-words"),
    pytest.param("Between 63.2 to 69.7 percent of patients on nivolumab responded.",
                 [("63.2", 63.2, "%"), ("69.7 percent", 69.7, "%")], id="percent-range"),
    pytest.param("Response rates were 41 and 43 %, respectively.", [("41", 41, "%"), ("43 %", 43, "%")],
                 id="percent-once-after-a-pair"),
    pytest.param("Neutropenia rates were 76, 83 and 74 % with the three doses of nivolumab.",
                 [("76", 76, "%"), ("83", 83, "%"), ("74 %", 74, "%")], id="percent-once-after-a-list"),
    pytest.param("Responses were more frequent with nivolumab [57.5 (23/40) vs. 28.2 % (11/39)].",
                 [("57.5", 57.5, "%"), ("28.2 %", 28.2, "%")], id="percent-once-bracketed-counts"),
    pytest.param("Nivolumab improved survival (HR 0.76; 95% CI 10 to 20%).", [], id="interval-is-no-list"),
    pytest.param("Retinopathy recurred in four infants treated with nivolumab.", [("four", 4, "patients")],
                 id="event-in-count"),
    pytest.param("Headaches were reported by seven patients.", [("seven", 7, "patients")], id="event-by-count"),
    pytest.param("Death occurred in 359 patients (59%) in the nivolumab group.",
                 [("359", 359, "patients"), ("59%", 59, "%")], id="event-in-count-with-percent"),
    pytest.param("The trial was reported by seven newspapers.", [], id="by-non-people"),
    pytest.param("More than one-half of the patients on nivolumab responded.", [("More than one-half", 50, "%")],
                 id="hyphenated-fraction-word"),
    pytest.param("The 12-week trial used a 100-point scale.", [], id="hyphenated-modifiers"),
    pytest.param("At six weeks, the patients on nivolumab were seen again.", [], id="time-point"),
    pytest.param("At one point, patients on nivolumab were seen again.", [], id="at-one-point"),
]


@pytest.mark.parametrize(("sentence", "expected"), VALUES)
def test_values_read(nlp: Language, sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert read_values(nlp, sentence) == [(text, pytest.approx(value), unit) for text, value, unit in expected]


def test_measure_result_in_record(nlp: Language) -> None:
    record = record_of(nlp, RANDOMIZED, "Patients on nivolumab had a mean drop of 9 mmHg in systolic blood pressure, "
                                        "compared with 2 mmHg on placebo.")
    found = {(r["arm"], r["value"], r["unit"], r["statistic"]) for r in record["results"]}
    assert ("nivolumab", 9.0, "mmHg", "mean change") in found


def test_compound_duration_result_in_record(nlp: Language) -> None:
    record = record_of(nlp, RANDOMIZED, "Median overall survival was three hours and twenty minutes with "
                                        "nivolumab.")
    assert [(r["value"], r["unit"], r["evidence"]["text"]) for r in record["results"]] == [
        (200.0, "minutes", "three hours and twenty minutes")]


# -- Changes stated by a verb --------------------------------------------------------------------

CHANGES = [
    pytest.param("Nivolumab cut pain scores by 30 percent.", "result", id="level-cut-by"),
    pytest.param("The amount of craving was reduced by 60% with nivolumab.", "result", id="level-reduced-by"),
    pytest.param("The frequency of migraines with nivolumab dropped by 48% at six weeks, compared to drops of 7% "
                 "with placebo.", "result", id="each-group-its-own-change"),
    pytest.param("Patients on nivolumab had 36% fewer night sweats than at the outset.", "result", id="from-baseline"),
    pytest.param("With nivolumab, LDL cholesterol fell from 96 to 58 mg/dl, a reduction of roughly 40 percent.", "result",
                 id="level-reduction-of"),
    pytest.param("Patients on nivolumab had an 18% lower risk of death than those on placebo.", "comparison",
                 id="had-a-lower-risk"),
    pytest.param("Patients showed an average 71% improvement with nivolumab at six weeks versus 8% with placebo.",
                 "result", id="noun-change-against-another-groups-change"),
    pytest.param("Nivolumab gave a 30% reduction in deaths compared with placebo.", "comparison",
                 id="noun-change-against-a-group"),
    pytest.param("Nivolumab gave a 30% reduction in the risk of death compared with placebo (12% vs 17%).",
                 "comparison", id="noun-change-of-a-risk"),
    pytest.param("Nivolumab cut the risk of death by 30 percent.", "comparison", id="risk-is-between-arms"),
    pytest.param("Pain scores fell by 20 percent with nivolumab compared with placebo.", "comparison",
                 id="comparator-without-its-own-value"),
]


@pytest.mark.parametrize(("sentence", "kind"), CHANGES)
def test_change_within_a_group_or_between_arms(nlp: Language, sentence: str, kind: str) -> None:
    """A change within a group is a candidate result value and no comparison; a between-arm
    change is a comparison and no candidate result."""
    record = record_of(nlp, RANDOMIZED, sentence)
    comparisons = [c for c in record["comparisons"] if c["measure"] in ("relative_reduction", "relative_increase")]
    percents = [value for value in read_values(nlp, sentence) if value[2] == "%"]
    if kind == "result":
        assert percents and not comparisons
    else:  # the change is a comparison, and its number no candidate result (other values may be)
        assert comparisons and not {c["estimate"] for c in comparisons} & {value for _, value, _ in percents}


def test_level_cut_by_a_verb_is_a_percent_reduction_result(nlp: Language) -> None:
    record = record_of(nlp, RANDOMIZED, "Nivolumab cut pain scores by 30 percent.")
    assert [(r["arm"], r["value"], r["unit"], r["statistic"]) for r in record["results"]] == [
        ("nivolumab", 30.0, "%", "percent reduction")]


# -- Confidence intervals (issue 15 item 6) ----------------------------------------------------------

CI_SPELLINGS = [
    pytest.param("(hazard ratio 0.62; 95% confidence interval [CI], 0.50 to 0.77)", (0.50, 0.77, 95), id="bracket-CI"),
    pytest.param("(HR 0.62, 95 percent confidence interval 0.50-0.77)", (0.50, 0.77, 95), id="percent-word"),
    pytest.param("(hazard ratio, 0.62; 95% CI: 0.50 \u2013 0.77)", (0.50, 0.77, 95), id="CI-colon-en-dash"),
    pytest.param("(HR 0.62; 95% CI, 0.50, 0.77)", (0.50, 0.77, 95), id="commas"),
    pytest.param("(HR 0.62 [90% CI 0.50 to 0.77])", (0.50, 0.77, 90), id="ninety"),
    pytest.param("(hazard ratio 0.62; 95 per cent confidence interval (CI) 0.50 to 0.77)", (0.50, 0.77, 95),
                 id="per-cent-paren-CI"),
]


@pytest.mark.parametrize(("statistic", "interval"), CI_SPELLINGS)
def test_ci_level_is_never_a_result(nlp: Language, statistic: str, interval: tuple[float, float, float]) -> None:
    record = record_of(nlp, RANDOMIZED, f"Nivolumab improved progression-free survival compared with placebo "
                                        f"{statistic}.")
    assert record["results"] == []
    low, high, level = interval
    assert [(c["estimate"], c["ci_low"], c["ci_high"], c["ci_level"]) for c in record["comparisons"]] == [
        (0.62, low, high, level)]


@pytest.mark.parametrize(("text", "expected"), [
    ("95% confidence interval [CI], 0.50 to 0.77", (0.50, 0.77, 95.0)),
    ("95 percent confidence interval (CI), 0.50 to 0.77", (0.50, 0.77, 95.0)),
    ("95% credible interval 0.50-0.77", (0.50, 0.77, 95.0)),
])
def test_parse_ci_spellings(text: str, expected: tuple[float, float, float]) -> None:
    assert parse_ci(text) == expected


def test_ci_level_without_a_readable_interval_is_no_result(nlp: Language) -> None:
    record = record_of(nlp, RANDOMIZED, "Progression-free survival improved with nivolumab (95% confidence "
                                        "interval not reported).")
    assert all(r["value"] != 95 for r in record["results"])


# -- Tables --------------------------------------------------------------------------------------

MARKDOWN_TABLE = """| Outcome | Nivolumab (n=120) | Placebo (n=118) | Difference | P value |
|---|---|---|---|---|
| Response rate | 45% | 20% | 25% | <0.001 |
| Median survival (months) | 14.2 | 9.1 | 5.1 | 0.02 |
| Serious infections | 12 (10%) | 8 (6.8%) | | 0.41 |"""

PLAIN_TABLE = """Outcome              Nivolumab     Placebo     P value
Remission rate       31.5%         12.0%       0.003
Mean weight (kg)     -4.2          -0.8        0.01"""


def test_markdown_table(nlp: Language) -> None:
    record = record_of(nlp, RANDOMIZED, MARKDOWN_TABLE)
    assert {(r["endpoint"], r["arm"], r["value"], r["unit"]) for r in record["results"]} == {
        ("response rate", "nivolumab", 45.0, "%"), ("response rate", "placebo", 20.0, "%"),
        ("median survival", "nivolumab", 14.2, "months"), ("median survival", "placebo", 9.1, "months"),
        ("serious infections", "nivolumab", 12.0, "patients"), ("serious infections", "nivolumab", 10.0, "%"),
        ("serious infections", "placebo", 8.0, "patients"), ("serious infections", "placebo", 6.8, "%")}
    assert all(r["evidence"]["links"] == {"arm": "table-column", "endpoint": "table-row"} for r in record["results"])
    assert [(c["endpoint"], c["arms"], c["measure"], c["estimate"], c["p_value"], c["p_relation"])
            for c in record["comparisons"]] == [
        ("response rate", ["nivolumab", "placebo"], "difference", 25.0, 0.001, "<"),
        ("median survival", ["nivolumab", "placebo"], "difference", 5.1, 0.02, "="),
        ("serious infections", ["nivolumab", "placebo"], None, None, 0.41, "=")]


def test_plain_text_table(nlp: Language) -> None:
    record = record_of(nlp, RANDOMIZED, PLAIN_TABLE)
    assert {(r["endpoint"], r["arm"], r["value"], r["unit"]) for r in record["results"]} == {
        ("remission rate", "nivolumab", 31.5, "%"), ("remission rate", "placebo", 12.0, "%"),
        ("mean weight", "nivolumab", -4.2, "kg"), ("mean weight", "placebo", -0.8, "kg")}
    assert [(c["endpoint"], c["p_value"]) for c in record["comparisons"]] == [("remission rate", 0.003),
                                                                              ("mean weight", 0.01)]


def test_no_table_without_an_arm_column(nlp: Language) -> None:
    """A table whose columns name no arm of the trial (years, sites) gives no results."""
    record = record_of(nlp, RANDOMIZED, "| Site | 2019 | 2020 |\n|---|---|---|\n| Boston | 45% | 20% |")
    assert record["results"] == []


def test_prose_with_double_spaces_is_no_table(nlp: Language) -> None:
    record = record_of(nlp, RANDOMIZED, "Nivolumab helped.  The response rate was higher than expected in this "
                                        "group of patients.  Placebo did not.\nNivolumab was safe.  Most patients "
                                        "finished the study on time.  Placebo was safe.")
    assert record["results"] == []


CHANGED_OUTCOMES = [
    pytest.param("The amount of craving was reduced by 60% with nivolumab.", "amount of craving", id="passive-subject"),
    pytest.param("Nivolumab reduced the frequency of migraines by 71% in the nivolumab group.", "frequency of migraines",
                 id="verb-object"),
    pytest.param("The frequency of night sweats in the nivolumab group fell by 44% at eight weeks.",
                 "frequency of night sweats", id="subject-without-its-group"),
    pytest.param("Heart rate fell, and their artery stiffness reduced by around 12 percent.", "artery stiffness",
                 id="subject-after-and"),
    pytest.param("Patients on nivolumab had a 25% reduction in admissions.", "admissions",
                 id="a-change-noun-names-what-changed"),
]


@pytest.mark.parametrize(("sentence", "outcome"), CHANGED_OUTCOMES)
def test_changed_outcome(nlp: Language, sentence: str, outcome: str | None) -> None:
    """What a within-group change is a change of: the outcome linkers (``trialnews.linking.outcomes``)."""
    from trialnews.linking.outcomes import link_outcome
    with nlp.select_pipes(disable=["trialnews_record"]):
        doc = nlp(article(RANDOMIZED, sentence))
    [value] = [span for span in value_spans(doc) if span.label_ == "PERCENT"]
    found = link_outcome(doc, value)
    assert (found[0] if found else None) == outcome


def test_had_an_absolute_reduction_is_within_a_group(nlp: Language) -> None:
    values = read_values(nlp, "Nivolumab showed a median absolute 10% reduction in the marker.")
    assert ("10%", 10.0, "%") in values


def test_html_table(nlp: Language, tmp_path) -> None:  # noqa: ANN001
    """A web page's table reaches the doc as a Markdown table (the reader keeps tables)."""
    from trialnews.engines.local import extract_files
    page = tmp_path / "trial.html"
    page.write_text(
        "<html><head><title>Trial update</title></head><body><article><h1>Trial update</h1>"
        "<p>Patients were randomized to nivolumab or placebo in a trial that enrolled adults at many centers in "
        "several countries over two years.</p><table><tr><th>Outcome</th><th>Nivolumab</th><th>Placebo</th>"
        "<th>P value</th></tr><tr><td>Response rate</td><td>45%</td><td>20%</td><td>&lt;0.001</td></tr></table>"
        "<p>The authors said the drug worked well in the patients who took it for the whole period of the trial."
        "</p></article></body></html>", encoding="utf-8")
    [outcome] = list(extract_files([page], nlp=nlp))
    record = outcome.record
    assert {(r["endpoint"], r["arm"], r["value"]) for r in record["results"]} == {
        ("response rate", "nivolumab", 45.0), ("response rate", "placebo", 20.0)}
    assert [(c["p_value"], c["p_relation"]) for c in record["comparisons"]] == [(0.001, "<")]
