"""The name a result's outcome gets, on sentences written for these tests: the outcome an
improvement is measured in, a vague word with the "of" phrase that says what it is, a verb
under the noun a curator writes, and a characteristic of the people that is no outcome."""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp

TWO_ARMS = "In the trial, 200 adults were randomly assigned to take gabapentin or a placebo. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def outcomes(nlp: Language, sentence: str) -> dict[float, str]:
    record = extract_text("Trial Update\n\n" + TWO_ARMS + sentence, nlp=nlp)
    return {result["value"]: result["endpoint"].casefold() for result in record["results"]}


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    ("After a year, 48 percent of those taking gabapentin reported a marked improvement in nighttime leg "
     "cramps, compared with 21 percent of those on placebo.", 48.0, "nighttime leg cramps"),
    ("After a year, 48 percent of those taking gabapentin reported a marked improvement in nighttime leg "
     "cramps, compared with 21 percent of those on placebo.", 21.0, "nighttime leg cramps"),
    ("Gabapentin eased symptoms of the disorder in 61 percent of patients taking it.", 61.0,
     "symptoms of the disorder"),
    ("By the end of the trial, 8 percent of patients taking gabapentin died, compared with 12 percent of those "
     "on placebo.", 8.0, "death"),
    ("Of the patients taking gabapentin, 44 percent responded, against 20 percent on placebo.", 44.0, "response"),
])
def test_outcome_name(nlp: Language, sentence: str, value: float, outcome: str) -> None:
    assert outcomes(nlp, sentence).get(value) == outcome


def test_age_is_no_outcome(nlp: Language) -> None:
    found = outcomes(nlp, "Their average age was 61 years, and the trial lasted a year.")
    assert 61.0 not in found


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Nine patients (11%) taking gabapentin experienced grade 2 skin rash.", 11.0, "grade 2 skin rash",
                 id="number-after-grade-after-the-value"),
    pytest.param("Grade 3 or 4 dizziness occurred in 7% of those taking gabapentin.", 7.0, "grade 3 or 4 dizziness",
                 id="grade-with-two-numbers-before-the-value"),
    pytest.param("Type 2 diabetes developed in 6% of those on gabapentin.", 6.0, "type 2 diabetes",
                 id="type-and-its-number"),
])
def test_a_number_after_a_label_is_a_word_of_the_outcome(nlp: Language, sentence: str, value: float,
                                                          outcome: str) -> None:
    """``grade 2``, ``type 2``: the number labels the kind (``patterns/label_nouns.txt``), the outcome keeps it."""
    assert outcomes(nlp, sentence).get(value) == outcome


def test_a_count_before_a_bracketed_rate_is_the_count_nearest_its_people(nlp: Language) -> None:
    """``grade 2 rash and one patient (1.2%)``: the count is one patient, not the 2 of the grade."""
    record = extract_text("Trial Update\n\nIn the single-arm trial, 80 adults took gabapentin. Seven patients (8.8%) "
                          "had grade 2 rash and one patient (1.2%) had grade 3 dizziness.", nlp=nlp)
    assert {(r["value"], r["unit"]) for r in record["results"]} >= {(1.0, "patients"), (1.2, "%")}
    assert 2.0 not in {r["value"] for r in record["results"]}


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("The most common side effects were muscle cramps (4.1% versus 2.5%) and headache (3.0% versus 2.8%).",
                 4.1, "muscle cramps", id="a-noun-after-a-copula-modifies-the-head"),
    pytest.param("After a year, 12% of patients given gabapentin had a stroke or died, compared with 15% on placebo.",
                 12.0, "stroke or death", id="an-event-or-a-verb-that-names-one"),
    pytest.param("The rate of stroke or death was 12% with gabapentin and 15% with placebo.",
                 12.0, "stroke or death", id="or-before-the-head-read-leftwards"),
    pytest.param("With gabapentin, 30 percent of people get relief from nerve pain, compared with 10 percent on placebo.",
                 30.0, "relief from nerve pain", id="people-and-their-verb-end-the-phrase"),
    pytest.param("Over the year, gabapentin caused 16 extra heart attacks per 10,000 women.", 16.0, "heart attacks",
                 id="extra-judges-the-count"),
    pytest.param("The average fall in the HAM-D (the HAM-D or depression severity score) was 17 points with gabapentin.",
                 17.0, "depression severity", id="an-abbreviation-before-or-is-glossed"),
])
def test_an_outcome_is_the_whole_phrase(nlp: Language, sentence: str, value: float, outcome: str) -> None:
    """The phrase around the lexicon word: its modifiers (past a copula), an ``or`` coordination
    (of two nouns, or of an event and a verb that names one), without a word that judges the count."""
    assert outcomes(nlp, sentence).get(value) == outcome


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Sleep quality scores \u2014 a rating that rises when pain eases \u2014 rose by 2.5 points in the "
                 "gabapentin group.", 2.5, "sleep quality scores", id="the-subject-before-a-dashed-aside"),
    pytest.param("Sleep quality scores -- a rating that rises when pain eases -- rose by 2.5 points in the "
                 "gabapentin group.", 2.5, "sleep quality scores", id="the-subject-before-a-double-hyphen-aside"),
])
def test_a_subject_is_read_past_an_aside_between_dashes(nlp: Language, sentence: str, value: float, outcome: str) -> None:
    """The subject of a change is the phrase before an aside set off by dashes, not a word inside the aside."""
    assert outcomes(nlp, sentence).get(value) == outcome


def comparison_outcomes(nlp: Language, sentence: str) -> dict[float, str]:
    record = extract_text("Trial Update\n\n" + TWO_ARMS + sentence, nlp=nlp)
    return {item["estimate"]: item["endpoint"].casefold() for item in record["comparisons"] if item["endpoint"]}


@pytest.mark.parametrize(("sentence", "estimate", "outcome"), [
    pytest.param("Those taking gabapentin had a 23% lower risk of being diagnosed with shingles than those on placebo.",
                 23.0, "shingles", id="risk-of-being-diagnosed-with"),
    pytest.param("Those taking gabapentin were 30 percent less likely to be diagnosed with shingles.",
                 30.0, "shingles", id="less-likely-to-be-diagnosed-with"),
])
def test_a_diagnosis_names_the_disease(nlp: Language, sentence: str, estimate: float, outcome: str) -> None:
    """``risk of being diagnosed with X``: the outcome is X (``patterns/risk_of_gerunds.txt``, ``risk_verbs.txt``)."""
    assert comparison_outcomes(nlp, sentence).get(estimate) == outcome


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Within a month, 7.4 percent of those on gabapentin suffered a stroke, kidney failure or heart attack, "
                 "compared with 4 percent on placebo.", 7.4, "stroke, kidney failure or heart attack",
                 id="an-event-list-closed-by-or-after-the-value"),
    pytest.param("Stroke, kidney failure or heart attack occurred in 7.4 percent of those taking gabapentin.", 7.4,
                 "stroke, kidney failure or heart attack", id="an-event-list-closed-by-or-before-its-verb"),
    pytest.param("In March, nausea or dizziness occurred in 7.4 percent of those taking gabapentin.", 7.4,
                 "nausea or dizziness", id="an-opening-phrase-is-no-item-of-the-list"),
    pytest.param("Those taking gabapentin had an average systolic blood pressure reduction of 6 mmHg.", 6.0,
                 "systolic blood pressure", id="a-reduction-of-a-value-measures-what-went-down"),
    pytest.param("A weight increase was seen in 2.4% of those taking gabapentin.", 2.4, "weight increase",
                 id="an-increase-people-had-is-the-event"),
])
def test_lists_and_changes_in_an_outcome(nlp: Language, sentence: str, value: float, outcome: str) -> None:
    """One value before or after a list of events closed by ``or`` measures the composite; a change
    whose size is the value (``X reduction of 6 mmHg``) names X (``patterns/change_tail_words.txt``)."""
    assert outcomes(nlp, sentence).get(value) == outcome


def test_a_gerund_of_an_event_verb_is_no_outcome(nlp: Language) -> None:
    """``7.4 percent suffering one of these events``: the verb of the event is not its name."""
    found = outcomes(nlp, "Within a month, 7.4 percent suffering one of these events, compared with 4 percent "
                          "of the placebo group.")
    assert found.get(7.4) != "suffering"


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("After two years, 84% of those on gabapentin were still alive, compared with 64% on placebo.", 84.0,
                 "survival", id="alive-is-survival"),
    pytest.param("At a year, 40% of the smokers given gabapentin were abstinent, against 20% on placebo.", 40.0,
                 "abstinence", id="abstinent-is-abstinence"),
    pytest.param("After two years, 84% of those on gabapentin were alive and free of cancer.", 84.0, None,
                 id="a-state-of-two-parts-is-not-survival-alone"),
])
def test_a_state_after_the_copula_names_its_outcome(nlp: Language, sentence: str, value: float,
                                                     outcome: str | None) -> None:
    """``84% ... were still alive``: a state the people were in, by its noun (``patterns/outcome_states.txt``)."""
    assert outcomes(nlp, sentence).get(value) == outcome


@pytest.mark.parametrize("sentence", [
    pytest.param("After two years, 72% of those on gabapentin were alive, with no sign of the disease.",
                 id="alive-comma-with-is-another-state"),
    pytest.param("Only 15 percent of patients taking gabapentin are still alive after five years.",
                 id="the-present-tense-is-a-background-figure"),
    pytest.param("Hospital stays showed a statistically significant increase of 22 percent with gabapentin.",
                 id="a-change-whose-only-modifier-judges-it"),
])
def test_no_outcome_named(nlp: Language, sentence: str) -> None:
    found = outcomes(nlp, sentence)
    assert "survival" not in found.values() and "significant" not in found.values()


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Common cold duration was 4.2 days among those taking gabapentin, versus 6.1 days on placebo.",
                 4.2, "common cold duration", id="condition-compound-kept"),
    pytest.param("Fasting blood glucose fell by 18 percent among those taking gabapentin.", 18.0,
                 "fasting blood glucose", id="modifier-of-the-measured-noun-kept"),
    pytest.param("Common side effects occurred in 14 percent of those taking gabapentin.", 14.0, "side effects",
                 id="judging-word-still-cut"),
])
def test_a_modifier_of_a_compound_name_is_not_trimmed(nlp: Language, sentence: str, value: float,
                                                     outcome: str) -> None:
    """A word on the trimmed lists stays where the lexicons know it as the first word of a compound
    name (``common cold``; ``fasting glucose``, so ``fasting blood glucose``)."""
    assert outcomes(nlp, sentence).get(value) == outcome


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Levels of the stress hormone, cortisol, fell 20 percent among those taking gabapentin.", 20.0,
                 "cortisol", id="class-noun-then-its-name"),
    pytest.param("Blood levels of a liver enzyme, ALT, rose 9 percent among those taking gabapentin.", 9.0,
                 "alt", id="enzyme-and-its-short-name"),
    pytest.param("Pain, fatigue, nausea fell 20 percent among those taking gabapentin.", 20.0, "nausea",
                 id="a-list-is-no-appositive"),
])
def test_an_appositive_between_commas_names_the_specific_thing(nlp: Language, sentence: str, value: float,
                                                               outcome: str) -> None:
    """``the stress hormone, cortisol,``: the class noun has an article, the name after it none."""
    assert outcomes(nlp, sentence).get(value) == outcome


@pytest.mark.parametrize(("sentence", "outcome"), [
    pytest.param("The gabapentin group had 27 percent lower levels of the stress hormone, cortisol, as well as "
                 "lower blood pressure.", "cortisol", id="appositive-after-the-value"),
    pytest.param("The gabapentin group had 27 percent lower levels of the hormone, which the gut makes.",
                 "levels of the hormone", id="a-clause-after-the-comma-is-no-appositive"),
])
def test_an_appositive_after_a_compared_value_names_the_specific_thing(nlp: Language, sentence: str,
                                                                       outcome: str) -> None:
    record = extract_text("Trial Update\n\n" + TWO_ARMS + sentence, nlp=nlp)
    assert [c["endpoint"].casefold() for c in record["comparisons"] if c["estimate"] == 27.0] == [outcome]
