"""Relative changes written with ``shorter``/``longer`` (``a 25 percent shorter duration of fever``),
outcome words that alone name nothing (``duration``, ``time``), and the main endpoint no longer
guessed for an effect in news whose outcome no linker reads near it. Every sentence is written for
this file."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.record import Record, grounding_problems

SETTING = "In a randomized trial, 600 children were assigned to take zinc syrup or a placebo for a year."


def record_of(nlp: Language, *paragraphs: str) -> dict[str, Any]:
    text = "\n\n".join(("Trial Update", *paragraphs)) + "\n"
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    Record.model_validate(record, context={"text": text})
    return record


def summary(record: dict[str, Any]) -> list[tuple]:
    return [(c["endpoint"], c["measure"], c["estimate"]) for c in record["comparisons"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Children given zinc had a 25 percent shorter duration of fever than those on placebo.",
                 ("duration of fever", "relative_reduction", 25.0), id="shorter-duration-of"),
    pytest.param("Colds were 18% shorter in the zinc group than in the placebo group.",
                 ("colds", "relative_reduction", 18.0), id="shorter-subject"),
    pytest.param("Hospital stays were 30 percent shorter in the zinc group than in the placebo group.",
                 ("hospital stays", "relative_reduction", 30.0), id="stays-shorter"),
    pytest.param("Compared with placebo, zinc gave a 12 percent longer time to first relapse.",
                 ("time to first relapse", "relative_increase", 12.0), id="longer-time-to"),
])
def test_shorter_or_longer_by_a_percentage_is_a_relative_change(nlp: Language, sentence: str, expected: tuple) -> None:
    assert expected in summary(record_of(nlp, SETTING, sentence))


@pytest.mark.parametrize("sentence", [
    pytest.param("Children given zinc had 20 percent shorter duration of sneezing than those on placebo.", id="duration-alone"),
    pytest.param("Children on zinc spent 15 percent less time indoors than those on placebo.", id="time-alone"),
])
def test_duration_or_time_alone_is_no_outcome(nlp: Language, sentence: str) -> None:
    record = record_of(nlp, SETTING, sentence)
    assert all(c["endpoint"] not in ("duration", "time") for c in record["comparisons"])


def test_an_effect_in_news_takes_no_guessed_main_endpoint(nlp: Language) -> None:
    # the primary endpoint is stated, but the sentence of the effect names another outcome no linker
    # reads: the effect is left out rather than given the primary endpoint
    record = record_of(nlp, SETTING, "The primary endpoint was the number of days with diarrhea.",
                       "Among children on zinc, 9 percent needed antibiotics, which is 40 percent less.")
    assert all(c["evidence"]["links"].get("endpoint") != "main-endpoint" for c in record["comparisons"])
    assert (None, "relative_reduction", 40.0) not in summary(record)
    assert all(c["estimate"] != 40.0 for c in record["comparisons"])
    assert any("main endpoint would be a guess" in warning for warning in record["warnings"])


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Lung function got 7 percentage points better, on average, in children who got zinc compared "
                 "with those taking a placebo.", ("lung function", "difference", 7.0), id="points-better-aside"),
    pytest.param("Children on zinc had 11 percent better lung function than those on placebo.",
                 ("lung function", "relative_increase", 11.0), id="percent-better-noun"),
])
def test_better_or_worse_is_skipped_to_reach_the_outcome(nlp: Language, sentence: str, expected: tuple) -> None:
    assert expected in summary(record_of(nlp, SETTING, sentence))


def test_a_main_endpoint_named_in_the_effects_sentence_stays(nlp: Language) -> None:
    record = record_of(nlp, SETTING, "The hazard ratio for death was 0.81 (95% CI, 0.70 to 0.94).")
    assert [(c["endpoint"], c["estimate"]) for c in record["comparisons"]] == [("death", 0.81)]
