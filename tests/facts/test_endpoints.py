"""Endpoints: outcome names, their abbreviations, and which is primary.

The cases on small articles (moved from the one ``test_facts.py``) run the whole pipeline; those on
hand-built docs run the fact alone, with its settings."""

from __future__ import annotations

import pytest

from trialnews.facts import endpoints
from trialnews.facts.common import state

from .helpers import PEMBRO_OR_PLACEBO, article, hand_built


# (paragraph, every endpoint (name, abbreviation, primary) of the record)
ENDPOINTS = [
    pytest.param(f"{PEMBRO_OR_PLACEBO} Progression-free survival (PFS) at 12 months was 34% with pembrolizumab and "
                 "17% with placebo.",
                 [("progression-free survival", "PFS", False)], id="abbreviation-paired-with-long-form"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} The primary endpoint was overall survival.",
                 [("overall survival", None, True)], id="primary-endpoint-was"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} The primary endpoint was event-free survival (EFS).",
                 [("event-free survival", "EFS", True)], id="primary-with-abbreviation"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} The main outcome was progression-free survival (PFS); overall survival (OS) "
                 "was a secondary outcome. OS at two years was 69% with pembrolizumab and 58% with placebo.",
                 [("progression-free survival", "PFS", True), ("overall survival", "OS", False)],
                 id="primary-and-secondary"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} The primary endpoint was time to first hospitalization.",
                 [("time to first hospitalization", None, True)], id="primary-not-in-lexicon"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Objective response rates were 48% and 19%, respectively.",
                 [("objective response rate", None, False)], id="plural-endpoint-name"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} Strokes occurred in 4% with pembrolizumab. A stroke occurred in 2% with "
                 "placebo.",
                 [("stroke", None, False)], id="plural-and-singular-are-one-endpoint-named-in-the-singular"),
    pytest.param(f"{PEMBRO_OR_PLACEBO} The pill met the primary goal of the trial as nearly 45 percent of patients "
                 "who took it reached a clinical response after eight weeks.",
                 [("clinical response", None, True)], id="met-the-primary-goal-as-x-achieved"),
]


@pytest.mark.parametrize(("paragraph", "expected"), ENDPOINTS)
def test_endpoints(run, paragraph: str, expected: list[tuple[str, str | None, bool]]) -> None:
    endpoints = run(article(paragraph))["endpoints"]
    assert sorted((e["name"], e["abbreviation"], e["primary"]) for e in endpoints) == sorted(expected)


def test_results_name_an_endpoint_by_its_abbreviation(run) -> None:
    text = article(f"{PEMBRO_OR_PLACEBO} Progression-free survival (PFS) at 12 months was 34% with pembrolizumab "
                   "and 17% with placebo.")
    assert {result["endpoint"] for result in run(text)["results"]} == {"PFS"}


# -- The endpoints fact alone, on hand-built docs -----------------------------------------------------

def _endpoints(text: str, groups: dict, settings: endpoints.Settings = endpoints.DEFAULTS) -> list[tuple[str, bool]]:
    doc = hand_built(text, groups)
    endpoints.extract(doc, settings)
    return [(e["name"], e["primary"]) for e in state(doc)["endpoints"]]


PRIMARY_PHRASE = "The primary endpoint was time to first hospitalization for heart failure."


@pytest.mark.parametrize(("settings", "expected"), [
    pytest.param(endpoints.DEFAULTS, [("time to first hospitalization for heart failure", True)], id="defaults"),
    pytest.param(endpoints.Settings(link_skip_window=0), [], id="no-linking-word-skipped"),
    pytest.param(endpoints.Settings(cue_links="articles.txt"), [], id="was-no-longer-links-the-cue"),
])
def test_name_after_a_primary_cue(settings: endpoints.Settings, expected: list[tuple[str, bool]]) -> None:
    assert _endpoints(PRIMARY_PHRASE, {"PRIMARY": [("primary endpoint", "primary")]}, settings) == expected


@pytest.mark.parametrize(("settings", "text", "expected"), [
    pytest.param(endpoints.DEFAULTS, "Serious adverse events occurred in 12 patients.",
                 [("serious adverse events", False)], id="qualifier-joined"),
    pytest.param(endpoints.Settings(max_qualifiers=0), "Serious adverse events occurred in 12 patients.",
                 [("adverse events", False)], id="no-qualifier-allowed"),
    pytest.param(endpoints.Settings(qualifiers="articles.txt"), "Serious adverse events occurred in 12 patients.",
                 [("serious adverse events", False)], id="an-adjective-is-a-premodifier-of-any-list"),
    pytest.param(endpoints.DEFAULTS, "Objective adverse events occurred in 12 patients.",
                 [("objective adverse events", False)], id="a-listed-qualifier-that-judges"),
    pytest.param(endpoints.Settings(qualifiers="articles.txt"), "Objective adverse events occurred in 12 patients.",
                 [("adverse events", False)], id="another-list"),
])
def test_qualified_lexicon_outcome(settings: endpoints.Settings, text: str, expected: list[tuple[str, bool]]) -> None:
    # the premodifiers of the outcome's phrase join it; a word that judges only where the list names it
    assert _endpoints(text, {"ENDPOINT": [("adverse events", "endpoint")]}, settings) == expected


@pytest.mark.parametrize(("settings", "primary"), [
    pytest.param(endpoints.DEFAULTS, True, id="met-the-primary-goal-reads-the-whole-sentence"),
    pytest.param(endpoints.Settings(met_window=0), False, id="met-verb-outside-the-window"),
    pytest.param(endpoints.Settings(met_objects="subject_pronouns.txt"), False, id="the-is-not-between-met-and-cue"),
])
def test_met_the_primary_goal(settings: endpoints.Settings, primary: bool) -> None:
    text = "The pill met the primary goal of the trial as nearly 45 percent of patients reached a clinical response."
    groups = {"PRIMARY": [("primary goal", "primary")], "ENDPOINT": [("clinical response", "endpoint")]}
    assert _endpoints(text, groups, settings) == [("clinical response", primary)]


# -- Primary cues written as a design, for safety, or naming a composite with an aside ----------------

PRIMARY_CUES = [
    pytest.param("Patients were randomized to anacetrapib or placebo. Above all, the pilot trial is primarily designed "
                 "to look at its safety, and so far no fresh safety worries have arisen.",
                 [("safety", None, True)], id="primarily-designed-to-look-at"),
    pytest.param("Patients were randomized to anacetrapib or placebo. The study was mainly designed to test whether "
                 "the drug lowered blood pressure.",
                 [("blood pressure", None, True)], id="mainly-designed-to-test-whether"),
    pytest.param("Patients were randomized to anacetrapib or placebo. The new pill is designed to raise good "
                 "cholesterol.",
                 [], id="a-drug-designed-to-is-no-cue"),
    pytest.param("Patients were randomized to apixaban or warfarin. Major bleeding was the primary safety outcome.",
                 [("major bleeding", None, True)], id="primary-safety-outcome"),
    pytest.param("Patients were randomized to apixaban or warfarin. The primary efficacy outcome was stroke "
                 "(of any type) or systemic embolism.",
                 [("stroke or systemic embolism", None, True)], id="composite-past-a-bracketed-aside"),
    pytest.param("Patients were randomized to the eye drops or a sham device. The primary effectiveness endpoint of "
                 "tear production after four weeks was met.",
                 [("tear production", None, True)], id="primary-effectiveness-endpoint-of"),
]


@pytest.mark.parametrize(("paragraph", "expected"), PRIMARY_CUES)
def test_primary_cues(run, paragraph: str, expected: list[tuple[str, str | None, bool]]) -> None:
    endpoints = run(article(paragraph))["endpoints"]
    assert sorted((e["name"], e["abbreviation"], e["primary"]) for e in endpoints) == sorted(expected)


# -- One endpoint for the names an article writes of one outcome ----------------------------------------

SPELLINGS = [
    pytest.param("Adults were randomized to the daily pill or placebo. Infections occurred in 2% of the pill group "
                 "and 6% of the placebo group. Infection rates fell by 80% among those who took the pill every day. "
                 "The risk of infection was 60% lower with the pill than with placebo.",
                 [("infection", None, False)], id="risk-of-and-rate-are-the-bare-outcome"),
    pytest.param("Patients were randomized to ustekinumab or placebo. Clinical remission was seen in 41% of the "
                 "ustekinumab group. Remission lasted to week 22 in 70% of the ustekinumab group and 27% of the "
                 "placebo group.",
                 [("clinical remission", None, False)], id="clinical-remission-and-remission"),
    pytest.param("Women were randomized to hypnosis or attention control. Hot flashes fell by 41% with hypnosis. "
                 "The frequency of hot flashes fell by 48% with hypnosis and by 13% with attention control.",
                 [("frequency of hot flashes", None, False)], id="one-measure-names-the-bare-outcome"),
    pytest.param("Women were randomized to the new pill or placebo. Women who took the pill had the frequency of "
                 "their night sweats reduced by 64 percent and the severity of night sweats reduced by 41 percent.",
                 [("night sweats", None, False), ("severity of night sweats", None, False)],
                 id="two-measures-written-leave-the-bare-name"),
    pytest.param("Patients were randomized to apixaban or warfarin. Strokes occurred in 2.1% with apixaban and "
                 "3.0% with warfarin. Ischemic strokes occurred in 1.2% with apixaban and 1.4% with warfarin.",
                 [("strokes", None, False), ("ischemic strokes", None, False)], id="a-subtype-stays-its-own"),
    pytest.param("Patients were randomized to apixaban or warfarin. Complete responses were seen in 12% with "
                 "apixaban. Partial responses were seen in 20% with apixaban.",
                 [("complete responses", None, False), ("partial responses", None, False)],
                 id="qualifiers-of-another-outcome-stay-apart"),
]


@pytest.mark.parametrize(("paragraph", "expected"), SPELLINGS)
def test_one_endpoint_per_outcome(run, paragraph: str, expected: list[tuple[str, str | None, bool]]) -> None:
    record = run(article(paragraph))
    endpoints = record["endpoints"]
    assert sorted((e["name"], e["abbreviation"], e["primary"]) for e in endpoints) == sorted(expected)
    names = {e["abbreviation"] or e["name"] for e in endpoints}
    assert {item["endpoint"] for item in record["results"] + record["comparisons"]} <= names


@pytest.mark.parametrize(("name", "key"), [
    ("risk of infection", "infection"),
    ("infection rates", "infection"),
    ("the incidence of stroke", "stroke"),
    ("ischemic stroke alone", "ischemic stroke"),
    ("clinical remission", "remission"),
    ("complete response", "complete response"),
    ("rate", "rate"),
])
def test_spelling_key(name: str, key: str) -> None:
    assert endpoints.spelling_key(name) == key


def test_spellings_with_two_short_forms_stay_apart() -> None:
    items = {"endpoints": [{"name": "overall survival", "abbreviation": "OS", "primary": False},
                           {"name": "survival", "abbreviation": "S", "primary": False}],
             "results": [{"endpoint": "overall survival"}, {"endpoint": "survival"}], "comparisons": []}
    endpoints.merge_spellings(items)
    assert [e["name"] for e in items["endpoints"]] == ["overall survival", "survival"]


def test_merged_spelling_keeps_the_primary_name_and_drops_a_copied_value() -> None:
    items = {"endpoints": [{"name": "risk of relapse", "abbreviation": None, "primary": False},
                           {"name": "relapse", "abbreviation": None, "primary": True}],
             "results": [{"endpoint": "risk of relapse", "value": 12.0, "evidence": {"start": 10}},
                         {"endpoint": "relapse", "value": 12.0, "evidence": {"start": 90}},
                         {"endpoint": "relapse", "value": 20.0, "evidence": {"start": 120}}],
             "comparisons": []}
    endpoints.merge_spellings(items)
    assert [(e["name"], e["primary"]) for e in items["endpoints"]] == [("relapse", True)]
    assert [(r["endpoint"], r["value"]) for r in items["results"]] == [("relapse", 12.0), ("relapse", 20.0)]


@pytest.mark.parametrize(("names", "kept"), [
    pytest.param(["delayed progression-free survival", "progression-free survival"], ["progression-free survival"],
                 id="a-verb-of-change-before-it"),
    pytest.param(["delayed progression-free survival"], ["delayed progression-free survival"],
                 id="alone-it-keeps-its-words"),
    pytest.param(["missed heart attacks", "heart attacks"], ["missed heart attacks", "heart attacks"],
                 id="a-participle-that-is-no-change-makes-another-outcome"),
    pytest.param(["risk of death", "death"], ["death"], id="the-outcome-itself-is-kept-over-its-risk"),
])
def test_bare_and_fuller_names(names: list[str], kept: list[str]) -> None:
    items = {"endpoints": [{"name": name, "abbreviation": None, "primary": False} for name in names],
             "results": [{"endpoint": name, "value": float(i)} for i, name in enumerate(names)], "comparisons": []}
    endpoints.merge_spellings(items)
    assert sorted(e["name"] for e in items["endpoints"]) == sorted(kept)
    assert {r["endpoint"] for r in items["results"]} == set(kept)


@pytest.mark.parametrize(("name", "judged"), [
    ("better", True),
    ("low", True),
    ("better sleep", False),
    ("HbA1c", False),
    ("A1C", False),
    ("", False),
])
def test_judgement_only(name: str, judged: bool) -> None:
    assert endpoints.judgement_only(name) is judged


def test_values_of_a_judgement_name_go_with_it() -> None:
    items = {"endpoints": [{"name": "better", "abbreviation": None, "primary": False},
                           {"name": "cough", "abbreviation": None, "primary": False}],
             "results": [{"endpoint": "better", "value": 3.0}, {"endpoint": "cough", "value": 40.0}],
             "comparisons": [{"endpoint": "better", "p_value": 0.04}]}
    dropped = endpoints.without_judgement_names(items)
    assert [e["name"] for e in items["endpoints"]] == ["cough"]
    assert items["results"] == [{"endpoint": "cough", "value": 40.0}] and items["comparisons"] == []
    assert [field for field, _ in dropped] == ["results", "comparisons"]


def test_a_short_form_or_a_stripped_name_joins_no_measure_of_its_word() -> None:
    # "objective response rate" (ORR) is "response" only to meet another name of it, never "duration of response"
    items = {"endpoints": [{"name": "objective response rate", "abbreviation": "ORR", "primary": False},
                           {"name": "duration of response", "abbreviation": None, "primary": False}],
             "results": [{"endpoint": "objective response rate", "value": 40.0, "unit": "%"},
                         {"endpoint": "duration of response", "value": 7.2, "unit": "months"}], "comparisons": []}
    endpoints.merge_spellings(items)
    assert sorted((e["name"], e["abbreviation"]) for e in items["endpoints"]) == [
        ("duration of response", None), ("objective response rate", "ORR")]


def test_a_grade_after_of_ends_the_primary_name(run) -> None:
    text = article("Women were randomized to the gel or a placebo gel. The gel's primary safety endpoint "
                   "was an adverse reaction of grade 2 or higher.")
    assert [(e["name"], e["primary"]) for e in run(text)["endpoints"]] == [("adverse reaction", True)]
