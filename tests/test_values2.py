"""Values and comparisons left over by the first pass (issue 11 classes 1, 4 and 5): figures of
other studies, the public and the market; abbreviated statistics before a value; a count with its
percentage; blood-pressure pairs and units per period; p-values after the values they test.

Every sentence is written for this file.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from trialnews.extract import extract_text
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
