"""Comparisons: effect estimates, intervals, p-values and relative changes between groups.

The cases on small articles (moved from the one ``test_facts.py``) run the whole pipeline; those on
hand-built docs run the fact alone, with its settings."""

from __future__ import annotations

from typing import Any

import pytest

from trialnews.facts import comparisons
from trialnews.facts.common import state

from .helpers import PEMBRO_OR_PLACEBO, ASPIRIN_OR_PLACEBO, article, hand_built


# (paragraph after the assignment sentence, the one comparison's fields a curator would write)
HR = {"measure": "HR", "estimate": 0.72, "ci_low": 0.61, "ci_high": 0.85, "ci_level": 95}
COMPARISONS = [
    pytest.param("Progression-free survival was longer with pembrolizumab (HR 0.72 (95% CI, 0.61-0.85); P < 0.001).",
                 {"endpoint": "progression-free survival", "arms": ["pembrolizumab", "placebo"], **HR,
                  "p_value": 0.001, "p_relation": "<"}, id="hr-ci-nested-brackets-p-less-than"),
    pytest.param("Pembrolizumab improved overall survival (HR 0.72 [95% CI, 0.61-0.85]).",
                 {"endpoint": "overall survival", **HR, "p_value": None}, id="hr-ci-square-brackets"),
    pytest.param("Pembrolizumab improved overall survival (hazard ratio, 0.72; 95% CI 0.61 to 0.85).",
                 {"endpoint": "overall survival", **HR}, id="hazard-ratio-semicolon-ci-to"),
    pytest.param("Pembrolizumab improved overall survival (hazard ratio 0.72, 95% CI 0.61\u20130.85, P=.002).",
                 {"endpoint": "overall survival", **HR, "p_value": 0.002, "p_relation": "="},
                 id="en-dash-ci-p-leading-dot"),
    pytest.param("Overall survival was similar in the two groups (P=.17).",
                 {"endpoint": "overall survival", "measure": None, "estimate": None, "p_value": 0.17, "p_relation": "=",
                  "significant": None}, id="p-only-leading-dot"),
    pytest.param("Overall survival was longer with pembrolizumab (p=0\u00b7013).",
                 {"endpoint": "overall survival", "p_value": 0.013, "p_relation": "="}, id="p-lancet-decimal-point"),
    pytest.param("Response was more likely with pembrolizumab (odds ratio, 2.1; 95% CI, 1.3-3.4).",
                 {"measure": "OR", "estimate": 2.1, "ci_low": 1.3, "ci_high": 3.4}, id="odds-ratio"),
    pytest.param("Pembrolizumab significantly improved overall survival (HR 0.72; 95% CI, 0.61-0.85).",
                 {**HR, "significant": True}, id="significantly-improved"),
    pytest.param("There was no significant difference in overall survival between the pembrolizumab and placebo groups "
                 "(P=.41).",
                 {"endpoint": "overall survival", "arms": ["pembrolizumab", "placebo"], "p_value": 0.41,
                  "significant": False}, id="no-significant-difference"),
    pytest.param("Pembrolizumab improved overall survival (HR, 0.72; 95% CI, 0.61-0.85; P = .002).",
                 {"endpoint": "overall survival", **HR, "p_value": 0.002, "p_relation": "="},
                 id="hr-ci-p-separated-by-semicolons"),
    pytest.param("The hazard ratio for death was 0.72 (95% CI, 0.61 to 0.85).",
                 {**HR}, id="hazard-ratio-for-endpoint-was"),
    pytest.param("Pembrolizumab cuts the rate of giving birth before 34 weeks by 38% compared with placebo.",
                 {"endpoint": "giving birth before 34 weeks", "measure": "relative_reduction", "estimate": 38},
                 id="verb-by-object-names-the-outcome-and-the-percent-is-the-estimate"),
    pytest.param("Pembrolizumab led to a 29 percent reduction versus placebo in one composite of adverse events, "
                 "among them death.",
                 {"endpoint": "composite of adverse events", "measure": "relative_reduction", "estimate": 29},
                 id="composite-outcome"),
]


@pytest.mark.parametrize(("paragraph", "fields"), COMPARISONS)
def test_comparison(run, paragraph: str, fields: dict[str, Any]) -> None:
    comparisons = run(article(f"{PEMBRO_OR_PLACEBO} {paragraph}"))["comparisons"]
    assert len(comparisons) == 1
    assert {key: comparisons[0][key] for key in fields} == fields


@pytest.mark.parametrize("paragraph", [
    pytest.param("Aspirin cut the risk of stroke by 28% compared with placebo.", id="cut-the-risk-of-endpoint-by"),
])
def test_relative_reduction(run, paragraph: str) -> None:
    comparisons = run(article(f"{ASPIRIN_OR_PLACEBO} {paragraph}"))["comparisons"]
    assert [(c["measure"], c["estimate"], c["arms"]) for c in comparisons] == \
        [("relative_reduction", 28, ["aspirin", "placebo"])]


def test_relative_reduction_names_its_endpoint(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of stroke by 28% compared with placebo.")
    assert [c["endpoint"] for c in run(text)["comparisons"]] == ["stroke"]


def test_a_change_reported_by_another_study_is_no_comparison(run) -> None:
    record = run(article(f"{PEMBRO_OR_PLACEBO} Another infection trial, also described in the journal, found that "
                         "an iodine scrub produced 33 percent fewer wound infections."))
    assert record["comparisons"] == []


def test_relative_reduction_is_not_a_result(run) -> None:
    text = article(f"{ASPIRIN_OR_PLACEBO} Aspirin cut the risk of stroke by 28% compared with placebo.")
    assert run(text)["results"] == []


# -- The comparisons fact alone, on hand-built docs ---------------------------------------------------

ESTIMATE = "Overall survival was longer with the drug (HR 0.72; 95% CI 0.61-0.85; P=.002)."
ESTIMATE_SPANS = {"EFFECT": [("HR 0.72", "effect-estimate")], "CI": [("95% CI 0.61-0.85", "ci")],
                  "P_VALUE": [("P=.002", "p-value")],
                  "ENDPOINT_MENTION": [("Overall survival", "endpoint", "overall survival")]}
TWO_ARMS = [{"label": "the drug", "role": "experimental"}, {"label": "placebo", "role": "control"}]


def _comparisons(text: str, groups: dict, settings: comparisons.Settings = comparisons.DEFAULTS) -> list[dict]:
    doc = hand_built(text, groups)
    state(doc)["arms"] = [dict(arm) for arm in TWO_ARMS]
    comparisons.extract(doc, settings)
    return state(doc)["comparisons"]


@pytest.mark.parametrize(("settings", "expected"), [
    pytest.param(comparisons.DEFAULTS, [("HR", 0.72, 0.61, 0.002)], id="defaults"),
    pytest.param(comparisons.Settings(ci_window=0), [("HR", 0.72, None, 0.002)], id="interval-past-the-ci-window"),
    pytest.param(comparisons.Settings(stat_window=3), [("HR", 0.72, 0.61, None)],
                 id="p-value-past-the-stat-window-names-no-groups-before-it"),
    pytest.param(comparisons.Settings(measures="function_words.txt"), [(None, 0.72, 0.61, 0.002)],
                 id="measures-from-another-table"),
])
def test_estimate_with_its_interval_and_p_value(settings: comparisons.Settings, expected: list[tuple]) -> None:
    found = _comparisons(ESTIMATE, ESTIMATE_SPANS, settings)
    assert [(c["measure"], c["estimate"], c["ci_low"], c["p_value"]) for c in found] == expected
    assert {c["endpoint"] for c in found} == {"overall survival"}
    assert {c["evidence"]["links"]["endpoint"] for c in found} == {"nearest-endpoint"}


@pytest.mark.parametrize(("settings", "estimate"), [
    pytest.param(comparisons.DEFAULTS, -33, id="fewer-makes-it-negative"),
    pytest.param(comparisons.Settings(down_words="articles.txt"), 33, id="a-list-without-fewer"),
])
def test_difference_sign_from_its_words(settings: comparisons.Settings, estimate: float) -> None:
    text = "Patients on the drug slept 33 fewer minutes at night than those on placebo."
    found = _comparisons(text, {"DIFFERENCE": [("33 fewer minutes", "difference-value")],
                                "ENDPOINT_MENTION": [("slept", "endpoints", "sleep")]}, settings)
    assert [(c["measure"], c["estimate"]) for c in found] == [("difference", estimate)]


@pytest.mark.parametrize(("settings", "endpoint", "link"), [
    pytest.param(comparisons.DEFAULTS, "heart attack", "risk-of-after", id="risk-of-after-the-change"),
    # the phrase after the number names the events too ("the risk of X" names X: linking/phrases.py:trimmed)
    pytest.param(comparisons.Settings(risk_nouns="articles.txt"), "heart attack", "noun-after-value",
                 id="risk-not-in-the-list-the-phrase-after-the-number"),
    pytest.param(comparisons.Settings(outcome_end_words="reference_cues.txt"), "heart attack in older adults",
                 "risk-of-after", id="in-does-not-end-the-outcome-than-does"),
])
def test_outcome_named_after_a_change(settings: comparisons.Settings, endpoint: str | None, link: str) -> None:
    text = "The drug gave a 27% lower risk of heart attack in older adults than placebo."
    found = _comparisons(text, {"REDUCTION": [("27% lower", "reduction-comparative")]}, settings)
    assert [(c["measure"], c["estimate"]) for c in found] == [("relative_reduction", 27)]
    assert found[0]["endpoint"] == endpoint
    assert found[0]["evidence"]["links"]["endpoint"] == link


@pytest.mark.parametrize(("settings", "kept"), [
    pytest.param(comparisons.DEFAULTS, False, id="less-than-makes-it-a-bound"),
    pytest.param(comparisons.Settings(bound_cues="articles.txt"), True, id="no-bound-words"),
    pytest.param(comparisons.Settings(before_chars=3), True, id="bound-words-out-of-reach"),
])
def test_a_bound_is_no_ratio(settings: comparisons.Settings, kept: bool) -> None:
    text = "Patients on the drug gained less than half as much weight as those on placebo."
    found = _comparisons(text, {"RATIO": [("half as much", "ratio-words")],
                                "ENDPOINT_MENTION": [("weight", "endpoints", "weight gain")]}, settings)
    assert bool(found) is kept


@pytest.mark.parametrize(("written", "measure", "estimate"), [
    ("adjusted hazard ratio 0.81", "HR", 0.81),
    ("ARR 0.80", "RR", 0.80),
    ("aOR, 2.1", "OR", 2.1),
    ("incidence rate ratio of 1.4", "IRR", 1.4),
    ("odds ratios were 1.2", "OR", 1.2),
])
def test_measure_and_estimate_from_the_measure_table(written: str, measure: str, estimate: float) -> None:
    """The measure is the first phrase of ``effect_measures.txt`` written (longer phrases first);
    the estimate is the first number after the measure's name."""
    assert comparisons._measure(written) == measure
    after_name = comparisons._measure_name(comparisons.DEFAULTS.measures).split(written, maxsplit=1)[-1]
    assert comparisons._first_number(after_name) == estimate


@pytest.mark.parametrize(("settings", "endpoint"), [
    pytest.param(comparisons.DEFAULTS, "hiv infection among young women", id="object-of-the-verb"),
    # an effect whose outcome is not named is left out (W006)
    pytest.param(comparisons.Settings(max_change_object_words=3), None, id="object-longer-than-the-cap"),
    pytest.param(comparisons.Settings(change_object_nouns="risk_of_gerunds.txt"),
                 "risk of hiv infection among young women", id="risk-not-in-the-list-names-the-whole-object"),
])
def test_outcome_as_the_object_of_a_change(settings: comparisons.Settings, endpoint: str | None) -> None:
    text = "The ring cut the risk of HIV infection among young women by 44% compared with placebo."
    found = _comparisons(text, {"REDUCTION": [("cut the risk of HIV infection among young women by 44%",
                                               "reduction-verb-by")]}, settings)
    assert [(c["measure"], c["estimate"], c["endpoint"]) for c in found] == \
        ([("relative_reduction", 44, endpoint)] if endpoint else [])


@pytest.mark.parametrize(("settings", "linker"), [
    pytest.param(comparisons.DEFAULTS, "subject-of-passive", id="subject-of-the-passive"),
    # past the passive reader's settings, the number's own outcome linker still reads the subject
    pytest.param(comparisons.Settings(max_subject_chars=10), "subject-of-change", id="subject-longer-than-the-cap"),
    pytest.param(comparisons.Settings(passive_auxiliaries="articles.txt"), "subject-of-change",
                 id="was-not-an-auxiliary"),
])
def test_outcome_as_the_subject_of_a_passive_change(settings: comparisons.Settings, linker: str) -> None:
    text = "In the trial, disability progression was reduced by 36 percent compared with placebo."
    found = _comparisons(text, {"REDUCTION": [("reduced by 36 percent", "reduction-verb-by")]}, settings)
    assert [(c["measure"], c["estimate"]) for c in found] == [("relative_reduction", 36)]
    assert (found[0]["endpoint"], found[0]["evidence"]["links"]["endpoint"]) == ("disability progression", linker)


TABLE = ("The trial compared the drug with placebo.\n\n| Outcome | Drug | Placebo | P value |\n|---|---|---|---|\n"
         "| Nausea (%) | 20 | 9 | 0.04 |\n| Headache (%) | 11 | 12 | 0.71 |\n")


@pytest.mark.parametrize(("settings", "values"), [
    pytest.param(comparisons.DEFAULTS, {("nausea", "the drug", 20), ("nausea", "placebo", 9),
                                        ("headache", "the drug", 11), ("headache", "placebo", 12)}, id="a-table"),
    pytest.param(comparisons.Settings(table_min_rows=4), set(), id="too-few-rows-for-a-table"),
    pytest.param(comparisons.Settings(table_max_name_chars=6), set(), id="an-outcome-cell-too-long"),
])
def test_table_values_and_the_table_shape(settings: comparisons.Settings, values: set) -> None:
    doc = hand_built(TABLE, {})
    state(doc)["arms"] = [{"label": "the drug", "role": "experimental"}, {"label": "placebo", "role": "control"}]
    comparisons.extract(doc, settings)
    tables = state(doc)["tables"]
    assert {(r["endpoint"], r["arm"], r["value"]) for r in tables["results"]} == values
    assert {c["p_value"] for c in state(doc)["comparisons"]} == ({0.04, 0.71} if values else set())


# -- A change's outcome is the phrase its number measures (issue 11) ------------------------------------

@pytest.mark.parametrize(("paragraph", "endpoint", "linker"), [
    pytest.param("Aspirin led to a 31 per cent reduction in knee replacements compared with placebo.",
                 "knee replacements", "noun-after-value", id="reduction-in-phrase-with-its-modifier"),
    pytest.param("The startle reflex was 45% lower in people given aspirin than in those given placebo.",
                 "startle reflex", "subject-of-change", id="subject-of-a-comparative"),
    pytest.param("Aspirin shortened hospital stay by 2.3 days compared with placebo.",
                 "hospital stay", "object-of-change", id="difference-in-days-names-its-object"),
    pytest.param("Aspirin users had 40 percent fewer migraine attacks than those on placebo.",
                 "migraine attacks", "noun-after-value", id="fewer-and-the-whole-noun-phrase"),
])
def test_change_outcome_is_the_phrase_its_number_measures(run, paragraph: str, endpoint: str, linker: str) -> None:
    found = run(article(f"{ASPIRIN_OR_PLACEBO} Stroke was the main outcome. {paragraph}"))["comparisons"]
    assert [(c["endpoint"], c["evidence"]["links"]["endpoint"]) for c in found] == [(endpoint, linker)]


@pytest.mark.parametrize(("paragraph", "endpoint"), [
    pytest.param("Aspirin extended survival by an average of 4.7 months compared with placebo.", "survival",
                 id="verb-object-by"),
    pytest.param("Bleeding is rare, and aspirin increases that by about 60 percent compared with placebo.", None,
                 id="a-pronoun-is-no-object"),
])
def test_object_of_a_change_is_a_noun_phrase(run, paragraph: str, endpoint: str | None) -> None:
    """The words between a verb of change and ``by`` name its outcome when they are a noun phrase."""
    found = run(article(f"{ASPIRIN_OR_PLACEBO} {paragraph}"))["comparisons"]
    assert all(c["endpoint"] != "that" for c in found)
    if endpoint is not None:
        assert [c["endpoint"] for c in found] == [endpoint]


def test_no_guessed_endpoint_when_none_is_primary(run) -> None:
    """A change naming no outcome, in an article that states no primary endpoint and names several
    outcomes, gets no endpoint (the first outcome named is a guess)."""
    found = run(article(f"{ASPIRIN_OR_PLACEBO} Nausea occurred in 4% of patients and headache in 3%.",
                        "The study was run in Ohio. It was paid for by a charity. Doctors there were pleased.",
                        "Compared with placebo, aspirin users improved by 28 percent."))["comparisons"]
    assert [c["endpoint"] for c in found if c["estimate"] == 28] in ([], [None])


def test_less_likely_names_no_outcome_by_its_subject(run) -> None:
    """``Women who took X were 25 percent less likely to ...``: the subject is people, not an outcome."""
    found = run(article(f"{ASPIRIN_OR_PLACEBO} Stroke was the main outcome. Women who took part in the aspirin "
                        "programme were 25 percent less likely than the placebo group over the decade."))["comparisons"]
    assert all(c["endpoint"] != "aspirin programme" and c["evidence"]["links"].get("endpoint") != "subject-of-change"
               for c in found)


# The outcome of an effect written in a comparative form, found by the words the comparative or the
# verb of change governs; an effect whose outcome is not named is left out (W006), never guessed.
COMPARATIVE_OUTCOMES = [
    pytest.param("Those on pembrolizumab were 30% less likely to die than those on placebo.",
                 ("death", "likely-to-verb"), id="less-likely-to-die"),
    pytest.param("Patients given pembrolizumab were three times as likely to relapse as those given placebo.",
                 ("relapse", "likely-to-verb"), id="times-as-likely-to-relapse"),
    pytest.param("Pembrolizumab users were 35% less likely to be hospitalized for pneumonia than "
                 "those on placebo.", ("hospitalization for pneumonia", "likely-to-verb"),
                 id="likely-to-be-hospitalized-for-a-cause"),
    pytest.param("Those on pembrolizumab were 25% less likely to die of a stroke than those on placebo.",
                 ("stroke", "risk-of-after"), id="likely-to-die-of-names-the-cause"),
    pytest.param("Patients taking pembrolizumab lowered their risk of stroke by 40% compared with placebo.",
                 ("stroke", "object-of-change"), id="possessive-risk-of"),
    pytest.param("Patients taking pembrolizumab improved their walking times by 40 percent compared with placebo.",
                 ("walking times", "object-of-change"), id="possessive-object"),
    pytest.param("Patients on pembrolizumab lowered their risk of kidney failure over three years by 40% compared "
                 "with placebo.", ("kidney failure", "object-of-change"), id="object-ends-before-a-time-phrase"),
    pytest.param("Patients on pembrolizumab had 12 fewer migraines a month than those on placebo.",
                 ("migraines", "noun-after-value"), id="count-fewer-noun"),
    pytest.param("Patients on pembrolizumab cut their risk by 29 percent compared with placebo.", None,
                 id="their-risk-alone-names-nothing"),
    pytest.param("Pembrolizumab cut the risk by 28% compared with placebo.", None, id="the-risk-alone-names-nothing"),
    pytest.param("Twice as many patients on pembrolizumab responded as those on placebo.",
                 ("response", "verb-of-counted-people"), id="counted-people-and-their-verb"),
    pytest.param("Patients on pembrolizumab lived nearly four months longer than those on placebo.",
                 ("survival", "verb-names-outcome"), id="lived-longer"),
    pytest.param("Pembrolizumab is now prescribed five times as frequently as placebo.", None,
                 id="how-often-prescribed-is-no-outcome"),
]


@pytest.mark.parametrize(("paragraph", "expected"), COMPARATIVE_OUTCOMES)
def test_outcome_of_a_comparative(run, paragraph: str, expected: tuple[str, str] | None) -> None:
    record = run(article(f"{PEMBRO_OR_PLACEBO} {paragraph}"))
    found = [(c["endpoint"], c["evidence"]["links"].get("endpoint")) for c in record["comparisons"]]
    assert found == ([expected] if expected else [])
    if expected is None:
        assert any(w.startswith("W006") for w in record["warnings"])


def test_a_dose_arm_and_its_drug_name_one_group(run) -> None:
    """``those who took 400 milligrams of the drug X``: the 400 mg arm, against the other group named."""
    record = run(article("Obese adults were randomly assigned to take 200 milligrams of zonisamide, 400 milligrams of "
                         "zonisamide or a placebo every day for a year. Those who took 400 milligrams of the "
                         "seizure drug zonisamide shed 6.2 pounds more on average than those given the placebo."))
    assert [(c["arms"], c["estimate"]) for c in record["comparisons"]] == [(["zonisamide 400 mg", "placebo"], 6.2)]
