"""The name a result's outcome gets, on sentences written for these tests: the outcome an
improvement is measured in, a vague word with the "of" phrase that says what it is, a verb
under the noun a curator writes, and a characteristic of the people that is no outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

TWO_ARMS = "In the trial, 200 adults were randomly assigned to take gabapentin or a placebo. "

Run = Callable[[str], dict[str, Any]]


def record_of(run: Run, sentence: str) -> dict[str, Any]:
    """The record of a small article (``run``, from conftest.py, checks it is grounded and valid)."""
    return run("Trial Update\n\n" + TWO_ARMS + sentence)


def outcomes(run: Run, sentence: str) -> dict[float, str | None]:
    """Each result's value and the name of its outcome (None where the result names none)."""
    return {result["value"]: result["endpoint"] and result["endpoint"].casefold()
            for result in record_of(run, sentence)["results"]}


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    # the share counts people who had the improvement: the change is the outcome, without "marked"
    ("After a year, 48 percent of those taking gabapentin reported a marked improvement in nighttime leg "
     "cramps, compared with 21 percent of those on placebo.", 48.0, "improvement in nighttime leg cramps"),
    ("After a year, 48 percent of those taking gabapentin reported a marked improvement in nighttime leg "
     "cramps, compared with 21 percent of those on placebo.", 21.0, "improvement in nighttime leg cramps"),
    ("Gabapentin eased symptoms of the disorder in 61 percent of patients taking it.", 61.0,
     "symptoms of the disorder"),
    ("By the end of the trial, 8 percent of patients taking gabapentin died, compared with 12 percent of those "
     "on placebo.", 8.0, "death"),
    ("Of the patients taking gabapentin, 44 percent responded, against 20 percent on placebo.", 44.0, "response"),
])
def test_outcome_name(run, sentence: str, value: float, outcome: str) -> None:
    assert outcomes(run, sentence).get(value) == outcome


def test_age_is_no_outcome(run) -> None:
    found = outcomes(run, "Their average age was 61 years, and the trial lasted a year.")
    assert 61.0 not in found


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Nine patients (11%) taking gabapentin experienced grade 2 skin rash.", 11.0, "grade 2 skin rash",
                 id="number-after-grade-after-the-value"),
    pytest.param("Grade 3 or 4 dizziness occurred in 7% of those taking gabapentin.", 7.0, "grade 3 or 4 dizziness",
                 id="grade-with-two-numbers-before-the-value"),
    pytest.param("Type 2 diabetes developed in 6% of those on gabapentin.", 6.0, "type 2 diabetes",
                 id="type-and-its-number"),
])
def test_a_number_after_a_label_is_a_word_of_the_outcome(run, sentence: str, value: float,
                                                          outcome: str) -> None:
    """``grade 2``, ``type 2``: the number labels the kind (``patterns/label_nouns.txt``), the outcome keeps it."""
    assert outcomes(run, sentence).get(value) == outcome


def test_a_count_before_a_bracketed_rate_is_the_count_nearest_its_people(run) -> None:
    """``grade 2 rash and one patient (1.2%)``: the count is one patient, not the 2 of the grade."""
    record = run("Trial Update\n\nIn the single-arm trial, 80 adults took gabapentin. Seven patients (8.8%) "
                 "had grade 2 rash and one patient (1.2%) had grade 3 dizziness.")
    assert {(r["value"], r["unit"]) for r in record["results"]} >= {(1.0, "patients"), (1.2, "%")}
    assert 2.0 not in {r["value"] for r in record["results"]}


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("The most common side effects were muscle cramps (4.1% versus 2.5%) and headache (3.0% versus 2.8%).",
                 4.1, "muscle cramps", id="a-noun-after-a-copula-modifies-the-head"),
    pytest.param("After a year, 12% of patients given gabapentin had a stroke or died, compared with 15% on placebo.",
                 12.0, "stroke or death", id="an-event-or-a-verb-that-names-one"),
    pytest.param("The rate of stroke or death was 12% with gabapentin and 15% with placebo.",
                 12.0, "stroke or death", id="or-before-the-head-read-leftwards"),
    pytest.param("After a month on gabapentin, 45 percent of people get relief from back pain, against 15 percent on "
                 "placebo.", 45.0, "relief from back pain", id="people-and-their-verb-end-the-phrase"),
    pytest.param("Over five years, gabapentin caused 12 extra strokes per 5,000 men.", 12.0, "strokes",
                 id="extra-judges-the-count"),
    pytest.param("The mean drop in the PSQI (the PSQI or sleep quality score) was 4 points with gabapentin.",
                 4.0, "sleep quality", id="an-abbreviation-before-or-is-glossed"),
])
def test_an_outcome_is_the_whole_phrase(run, sentence: str, value: float, outcome: str) -> None:
    """The phrase around the lexicon word: its modifiers (past a copula), an ``or`` coordination
    (of two nouns, or of an event and a verb that names one), without a word that judges the count."""
    assert outcomes(run, sentence).get(value) == outcome


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Sleep quality scores \u2014 a rating that rises when pain eases \u2014 rose by 2.5 points in the "
                 "gabapentin group.", 2.5, "sleep quality scores", id="the-subject-before-a-dashed-aside"),
    pytest.param("Sleep quality scores -- a rating that rises when pain eases -- rose by 2.5 points in the "
                 "gabapentin group.", 2.5, "sleep quality scores", id="the-subject-before-a-double-hyphen-aside"),
])
def test_a_subject_is_read_past_an_aside_between_dashes(run, sentence: str, value: float, outcome: str) -> None:
    """The subject of a change is the phrase before an aside set off by dashes, not a word inside the aside."""
    assert outcomes(run, sentence).get(value) == outcome


def comparison_outcomes(run: Run, sentence: str) -> dict[float, str]:
    return {item["estimate"]: item["endpoint"].casefold() for item in record_of(run, sentence)["comparisons"]
            if item["endpoint"]}


@pytest.mark.parametrize(("sentence", "estimate", "outcome"), [
    pytest.param("Those taking gabapentin had a 17% lower risk of being diagnosed with gout than those on placebo.",
                 17.0, "gout", id="risk-of-being-diagnosed-with"),
    pytest.param("Those taking gabapentin were 25 percent less likely to be diagnosed with gout.",
                 25.0, "gout", id="less-likely-to-be-diagnosed-with"),
])
def test_a_diagnosis_names_the_disease(run, sentence: str, estimate: float, outcome: str) -> None:
    """``risk of being diagnosed with X``: the outcome is X (``patterns/risk_of_gerunds.txt``, ``risk_verbs.txt``)."""
    assert comparison_outcomes(run, sentence).get(estimate) == outcome


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Within a year, 6.3 percent of those on gabapentin suffered a heart attack, pneumonia or kidney "
                 "failure, compared with 2 percent on placebo.", 6.3, "heart attack, pneumonia or kidney failure",
                 id="an-event-list-closed-by-or-after-the-value"),
    pytest.param("Heart attack, pneumonia or kidney failure occurred in 6.3 percent of those taking gabapentin.", 6.3,
                 "heart attack, pneumonia or kidney failure", id="an-event-list-closed-by-or-before-its-verb"),
    pytest.param("In June, nausea or dizziness occurred in 5.6 percent of those taking gabapentin.", 5.6,
                 "nausea or dizziness", id="an-opening-phrase-is-no-item-of-the-list"),
    pytest.param("Those taking gabapentin had a mean fasting glucose reduction of 9 mg/dL.", 9.0,
                 "fasting glucose", id="a-reduction-of-a-value-measures-what-went-down"),
    pytest.param("A weight increase was seen in 2.4% of those taking gabapentin.", 2.4, "weight increase",
                 id="an-increase-people-had-is-the-event"),
])
def test_lists_and_changes_in_an_outcome(run, sentence: str, value: float, outcome: str) -> None:
    """One value before or after a list of events closed by ``or`` measures the composite; a change
    whose size is the value (``X reduction of 6 mmHg``) names X (``patterns/change_tail_words.txt``)."""
    assert outcomes(run, sentence).get(value) == outcome


def test_a_gerund_of_an_event_verb_is_no_outcome(run) -> None:
    """``9.1 percent suffering one of these complications``: the verb of the event is not its name."""
    found = outcomes(run, "In the first week, 9.1 percent suffering one of those problems, versus 5 percent of the "
                          "placebo group.")
    assert "suffering" not in found.values()


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("After two years, 84% of those on gabapentin were still alive, compared with 64% on placebo.", 84.0,
                 "survival", id="alive-is-survival"),
    pytest.param("At a year, 40% of the smokers given gabapentin were abstinent, against 20% on placebo.", 40.0,
                 "abstinence", id="abstinent-is-abstinence"),
])
def test_a_state_after_the_copula_names_its_outcome(run, sentence: str, value: float, outcome: str) -> None:
    """``84% ... were still alive``: a state the people were in, by its noun (``patterns/outcome_states.txt``)."""
    assert outcomes(run, sentence).get(value) == outcome


@pytest.mark.parametrize(("sentence", "value"), [
    pytest.param("After three years, 67% of those on gabapentin were alive and free of relapse.", 67.0,
                 id="a-state-of-two-parts-is-not-survival-alone"),
    pytest.param("After three years, 58% of those on gabapentin were alive, with no sign of relapse.", 58.0,
                 id="alive-comma-with-is-another-state"),
    pytest.param("After three years, 44% of those on gabapentin were alive, and 20% had no relapse.", 44.0,
                 id="alive-and-a-clause"),
])
def test_a_state_of_more_than_alive_is_not_survival(run, sentence: str, value: float) -> None:
    """The value is read (by another linker), but ``alive`` alone does not name it: the state has more parts."""
    found = outcomes(run, sentence)
    assert value in found, found
    assert found[value] != "survival"


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("After three years, 58% of those on gabapentin were alive, with no sign of relapse.", 58.0,
                 "survival without sign of relapse", id="alive-comma-with-no"),
    pytest.param("At two years, 70 percent of patients on gabapentin were alive with no disease progression.", 70.0,
                 "survival without disease progression", id="alive-with-no"),
    pytest.param("After five years, 61 percent of those taking gabapentin had survived without experiencing "
                 "worsening of pain, new seizures or hospital admission.", 61.0,
                 "survival without worsening of pain, new seizures or hospital admission",
                 id="survived-without-a-list-of-events"),
])
def test_survival_without_events_is_one_outcome(run, sentence: str, value: float, outcome: str) -> None:
    """``alive, with no X``, ``survived without X, Y or Z``: survival free of the listed events
    (``patterns/absence_openers.txt``), one outcome, not the first event nor survival alone."""
    assert outcomes(run, sentence).get(value) == outcome


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Migraine recurred in 12 percent of those taking gabapentin.", 12.0, "recurrence of migraine",
                 id="recurred-in-is-recurrence"),
    pytest.param("Seizures occurred in 9 percent of those taking gabapentin.", 9.0, "seizures",
                 id="occurred-in-is-the-subject"),
])
def test_a_verb_with_its_own_noun_names_what_happened_to_the_subject(run, sentence: str, value: float,
                                                                    outcome: str) -> None:
    """``X recurred in 12 percent``: the recurrence of X (the verb's noun, ``outcome_verb_nouns.txt``)."""
    assert outcomes(run, sentence).get(value) == outcome


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Among those taking gabapentin, 22 percent had short-lived increases in heart rate, against 7 "
                 "percent on placebo.", 22.0, "short-lived increases in heart rate", id="increases-had"),
    pytest.param("Among those taking gabapentin, 22 percent had short-lived increases in heart rate, against 7 "
                 "percent on placebo.", 7.0, "short-lived increases in heart rate", id="its-partner"),
    pytest.param("Some 40 percent of those on gabapentin reported increases in energy or alertness.", 40.0,
                 "increases in energy or alertness", id="increases-reported-with-a-coordination"),
])
def test_changes_people_had_are_events_with_their_outcome(run, sentence: str, value: float, outcome: str) -> None:
    """``had short-lived increases in heart rate``: changes in the plural that people had are
    events; ``increases`` there is a noun, not the verb of ``transient``."""
    assert outcomes(run, sentence).get(value) == outcome


def test_a_group_owning_an_outcome_is_not_part_of_its_name(run) -> None:
    found = outcomes(run, "The gabapentin group's pain scores fell by 30 percent.")
    assert found.get(30.0) == "pain scores", found


def test_the_present_tense_is_a_background_figure(run) -> None:
    found = outcomes(run, "Only 20 percent of patients taking gabapentin are still alive after three years.")
    assert not any("surviv" in (outcome or "") for outcome in found.values()), found


def test_a_change_whose_only_modifier_judges_it_is_not_named_by_the_judgement(run) -> None:
    """``a significant increase of 14 percent``: ``significant`` is no outcome, whatever else names the value."""
    found = outcomes(run, "Those taking gabapentin had a significant increase of 14 percent.")
    assert 14.0 in found, found
    assert not (found[14.0] or "").endswith("significant")


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Common cold duration was 4.2 days among those taking gabapentin, versus 6.1 days on placebo.",
                 4.2, "common cold duration", id="condition-compound-kept"),
    pytest.param("Fasting blood glucose fell by 18 percent among those taking gabapentin.", 18.0,
                 "fasting blood glucose", id="modifier-of-the-measured-noun-kept"),
    pytest.param("Common side effects occurred in 14 percent of those taking gabapentin.", 14.0, "side effects",
                 id="judging-word-still-cut"),
])
def test_a_modifier_of_a_compound_name_is_not_trimmed(run, sentence: str, value: float,
                                                     outcome: str) -> None:
    """A word on the trimmed lists stays where the lexicons know it as the first word of a compound
    name (``common cold``; ``fasting glucose``, so ``fasting blood glucose``)."""
    assert outcomes(run, sentence).get(value) == outcome


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("Levels of the stress hormone, cortisol, fell 20 percent among those taking gabapentin.", 20.0,
                 "cortisol", id="class-noun-then-its-name"),
    pytest.param("Blood levels of a liver enzyme, ALT, rose 9 percent among those taking gabapentin.", 9.0,
                 "alt", id="enzyme-and-its-short-name"),
    pytest.param("Pain, fatigue, nausea fell 20 percent among those taking gabapentin.", 20.0, "nausea",
                 id="a-list-is-no-appositive"),
])
def test_an_appositive_between_commas_names_the_specific_thing(run, sentence: str, value: float,
                                                               outcome: str) -> None:
    """``the stress hormone, cortisol,``: the class noun has an article, the name after it none."""
    assert outcomes(run, sentence).get(value) == outcome


@pytest.mark.parametrize(("sentence", "outcome"), [
    pytest.param("The gabapentin group had 27 percent lower levels of the stress hormone, cortisol, as well as "
                 "lower blood pressure.", "cortisol", id="appositive-after-the-value"),
    pytest.param("The gabapentin group had 27 percent lower levels of the hormone, which the gut makes.",
                 "levels of the hormone", id="a-clause-after-the-comma-is-no-appositive"),
])
def test_an_appositive_after_a_compared_value_names_the_specific_thing(run, sentence: str,
                                                                       outcome: str) -> None:
    record = record_of(run, sentence)
    assert [c["endpoint"].casefold() for c in record["comparisons"] if c["estimate"] == 27.0] == [outcome]


@pytest.mark.parametrize(("sentence", "outcome"), [
    pytest.param("The frequency of hot flashes fell by 45 percent among women taking gabapentin. Hot flashes "
                 "eased for 30 percent of women on placebo.", "frequency of hot flashes", id="one-measure-names-all"),
    pytest.param("The frequency of hot flashes fell by 45 percent among women taking gabapentin, and the severity "
                 "of hot flashes fell too. Hot flashes eased for 30 percent of women on placebo.", "hot flashes",
                 id="two-measures-name-none"),
    pytest.param("The number of hot flashes fell by 45 percent among women taking gabapentin. Hot flashes "
                 "eased for 30 percent of women on placebo.", "hot flashes", id="a-count-names-the-outcome-itself"),
    pytest.param("Of those on gabapentin, 44 percent lost weight. Only 20 percent on placebo achieved that amount "
                 "of weight loss, and weight loss eased for 30 percent of those on placebo.", "weight loss",
                 id="a-measure-pointing-back-names-none"),
])
def test_one_measure_of_an_outcome_names_its_bare_mentions(run, sentence: str, outcome: str) -> None:
    """``the frequency of hot flashes`` and a bare ``hot flashes``: one outcome, named by its one
    measure (``patterns/fuller_name_heads.txt``); two measures, a count or a phrase pointing back
    leave the bare name as written."""
    assert outcomes(run, sentence).get(30.0) == outcome


def test_a_list_of_measures_of_an_outcome_names_none(run) -> None:
    found = outcomes(run, "Women kept a diary of the frequency, severity and duration of hot flashes. Hot flashes "
                          "eased for 30 percent of women on placebo.")
    assert found.get(30.0) == "hot flashes", found


@pytest.mark.parametrize(("sentence", "value", "outcome"), [
    pytest.param("After a year, 42 percent of those taking gabapentin had lost 7 percent or more of their body "
                 "weight, against 18 percent on placebo.", 42.0, "lost 7 percent or more of their body weight",
                 id="had-lost-a-threshold-of"),
    pytest.param("After a year, 42 percent of those taking gabapentin had lost 7 percent or more of their body "
                 "weight, against 18 percent on placebo.", 18.0, "lost 7 percent or more of their body weight",
                 id="its-partner"),
])
def test_a_change_by_a_threshold_is_the_outcome_as_written(run, sentence: str, value: float, outcome: str) -> None:
    """``had lost 7 percent or more of their body weight``: the participle after ``had`` is a verb
    with its threshold, not an event noun ``lost``."""
    assert outcomes(run, sentence).get(value) == outcome


def test_a_phrase_pointing_back_names_no_new_outcome(run) -> None:
    """``had reached that amount of weight loss``: ``that`` points back (``not_outcome_openers.txt``);
    the value takes the outcome the article knows, not a new ``amount of weight loss``."""
    record = record_of(run, "By the final visit, 41 percent of those taking gabapentin had shed at least 7 percent of "
                            "their body weight. In the placebo group, a mere 13 percent had reached that amount of "
                            "weight loss.")
    names = {endpoint["name"].casefold() for endpoint in record["endpoints"]}
    assert "amount of weight loss" not in names, names
    assert any(result["value"] == 13.0 for result in record["results"])
