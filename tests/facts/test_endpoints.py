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
    pytest.param(f"{PEMBRO_OR_PLACEBO} The primary endpoint was progression-free survival (PFS).",
                 [("progression-free survival", "PFS", True)], id="primary-with-abbreviation"),
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
    pytest.param(f"{PEMBRO_OR_PLACEBO} The drug met the primary goal of the study as almost 40 percent of patients "
                 "who received it achieved a clinical response after six weeks.",
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


@pytest.mark.parametrize(("settings", "expected"), [
    pytest.param(endpoints.DEFAULTS, [("serious adverse events", False)], id="qualifier-joined"),
    pytest.param(endpoints.Settings(max_qualifiers=0), [("adverse events", False)], id="no-qualifier-allowed"),
    pytest.param(endpoints.Settings(qualifiers="articles.txt"), [("adverse events", False)], id="another-list"),
])
def test_qualified_lexicon_outcome(settings: endpoints.Settings, expected: list[tuple[str, bool]]) -> None:
    text = "Serious adverse events occurred in 12 patients."
    assert _endpoints(text, {"ENDPOINT": [("adverse events", "endpoint")]}, settings) == expected


@pytest.mark.parametrize(("settings", "primary"), [
    pytest.param(endpoints.DEFAULTS, True, id="met-the-primary-goal-reads-the-whole-sentence"),
    pytest.param(endpoints.Settings(met_window=0), False, id="met-verb-outside-the-window"),
    pytest.param(endpoints.Settings(met_objects="subject_pronouns.txt"), False, id="the-is-not-between-met-and-cue"),
])
def test_met_the_primary_goal(settings: endpoints.Settings, primary: bool) -> None:
    text = "The drug met the primary goal of the study as almost 40 percent of patients achieved a clinical response."
    groups = {"PRIMARY": [("primary goal", "primary")], "ENDPOINT": [("clinical response", "endpoint")]}
    assert _endpoints(text, groups, settings) == [("clinical response", primary)]
