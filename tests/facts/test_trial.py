"""The trial: name, registry ids, phase, design tags and condition.

Moved from the one ``test_facts.py``: each case runs the whole pipeline on a small article."""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import article


TRIALS = [
    pytest.param("The KEYNOTE-189 trial enrolled 616 patients with lung cancer.", "name", "KEYNOTE-189",
                 id="name-before-trial"),
    pytest.param("Results of the CHECKMATE-067 study were presented in Chicago on Monday.", "name", "CHECKMATE-067",
                 id="name-before-study"),
    pytest.param("The study is registered at ClinicalTrials.gov (NCT02578680).", "registry_ids", ["NCT02578680"],
                 id="nct-registry-id"),
    pytest.param("The phase III trial enrolled 616 patients.", "phase", "3", id="phase-roman-III"),
    pytest.param("In the phase II study, 40 patients received the drug.", "phase", "2", id="phase-roman-II"),
    pytest.param("The phase 2/3 study tested the vaccine in 30,000 adults.", "phase", "2/3", id="phase-2/3"),
    pytest.param("This was an open-label Phase 1 trial in 24 healthy volunteers.", "phase", "1", id="phase-1"),
    pytest.param("This was a randomized, double-blind, placebo-controlled, multicenter study.", "design",
                 {"randomized", "double-blind", "placebo-controlled", "multicenter"}, id="design-four-tags"),
    pytest.param("The open-label, single-arm trial enrolled 60 patients.", "design", {"open-label", "single-arm"},
                 id="design-open-label-single-arm"),
    pytest.param("The randomised, multicentre trial was run in 12 hospitals.", "design", {"randomized", "multicenter"},
                 id="design-british-spelling"),
    pytest.param("The randomized trial included 2,502 patients at more than 100 hospitals.", "design",
                 {"randomized", "multicenter"}, id="design-sites-approximate-count"),
    pytest.param("The randomized trial was run at one hospital in Ohio.", "design", {"randomized"},
                 id="design-one-hospital-is-not-multicenter"),
    pytest.param("The trial randomized 3,200 obese or overweight adults to lorcaserin or placebo.", "condition",
                 "obese or overweight", id="condition-coordinated-modifiers"),
    pytest.param("The trial randomized 600 patients with moderate to severe ulcerative colitis to tofacitinib or "
                 "placebo.", "condition", "moderate to severe ulcerative colitis", id="condition-severity-range"),
]


@pytest.mark.parametrize(("sentence", "key", "expected"), TRIALS)
def test_trial(run, sentence: str, key: str, expected: Any) -> None:
    value = run(article(sentence))["trial"][key]
    assert (set(value) if key == "design" else value) == expected


def test_trial_all_facts_of_one_sentence(run) -> None:
    text = article("The KEYNOTE-189 trial (NCT02578680) was a randomized, double-blind, placebo-controlled, "
                   "multicenter phase III study of pembrolizumab.")
    trial = run(text)["trial"]
    assert trial["name"] == "KEYNOTE-189"
    assert trial["registry_ids"] == ["NCT02578680"]
    assert trial["phase"] == "3"
    assert set(trial["design"]) == {"randomized", "double-blind", "placebo-controlled", "multicenter"}


def test_trial_without_phase_or_registry(run) -> None:
    trial = run(article("The study compared two diets in 300 adults with obesity."))["trial"]
    assert trial["phase"] is None
    assert trial["registry_ids"] == []
