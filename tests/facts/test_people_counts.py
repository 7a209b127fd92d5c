"""Counts of people as the subject of what happened to them (issue 11, class 1: numbers never read
as values): ``14 patients responded``, ``Fourteen of the men responded``, ``Of the 16 men with the
mutation, 14 responded``, ``one patient who received the highest dose developed a rash``; the
outcome named by the verb even where the value has no group (a trial of one arm, ``arm`` null),
and the numbers that are no such count (the total of ``four of the six``, a count whose verb names
no outcome alone when no group is known).

Every sentence is written for this file.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.record import Record, grounding_problems

from .helpers import result_rows as results

ONE_ARM = "In the single-arm trial, 60 men with advanced prostate cancer received velatinib."
TWO_ARMS = "In the Lomira trial, 300 adults with asthma were randomly assigned to lomitrant or placebo."


def record_of(nlp: Language, *paragraphs: str, opening: str = ONE_ARM) -> dict[str, Any]:
    text = "\n\n".join(("Trial Update", opening, *paragraphs)) + "\n"
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    Record.model_validate(record, context={"text": text})
    return record


# -- The verb names the outcome of a count of the whole trial (arm null in a record of one arm) --

WHOLE_TRIAL = [
    ("died", "Three participants died during the study.", ("death", None, 3.0)),
    ("relapsed", "Eleven patients relapsed within a year.", ("relapse", None, 11.0)),
    ("count of", "Five of the 60 men died during the first month.", ("death", None, 5.0)),
    ("responded, partitive", "Fourteen of the men responded to treatment.", ("response", None, 14.0)),
    ("recovered, how well", "Seven patients recovered fully.", ("recovery", None, 7.0)),
    ("survived", "Nine patients survived.", ("survival", None, 9.0)),
    ("scope before", "Of the 20 men with repair mutations, 17 responded.", ("response", None, 17.0)),
    ("of them", "Most had bone metastases, and 12 of them responded.", ("response", None, 12.0)),
]


@pytest.mark.parametrize(("sentence", "expected"), [(s, e) for _, s, e in WHOLE_TRIAL],
                         ids=[name for name, _, _ in WHOLE_TRIAL])
def test_a_count_of_people_is_named_by_its_verb(nlp: Language, sentence: str, expected: tuple) -> None:
    assert (*expected, "patients") in results(record_of(nlp, sentence))


def test_a_clause_of_what_the_people_took_is_skipped_to_their_verb(nlp: Language) -> None:
    record = record_of(nlp, "One patient who received the highest dose of velatinib developed a severe skin rash.")
    assert ("severe skin rash", "velatinib", 1.0, "patients") in results(record)


def test_a_singular_person_is_no_outcome(nlp: Language) -> None:
    # "man" is one of the people a count counts, never what happened to them
    record = record_of(nlp, "One man with bone metastases had a complete response that lasted 40 weeks.")
    assert ("complete response", None, 1.0, "patients") in results(record)
    assert not any(r["endpoint"] == "man" for r in record["results"])


# -- Numbers that are no such count ---------------------------------------------------------------

def test_the_total_of_a_part_is_no_count(nlp: Language) -> None:
    values = {r["value"] for r in record_of(nlp, "Four of the six men had a partial response.")["results"]}
    assert 4.0 in values and 6.0 not in values


NOT_COUNTS = [
    ("a verb that needs its group", "Three men had electrodes implanted in the spine.", 3.0),
    ("a death toll of the disease", "Last year 27,000 men died of the disease in Britain.", 27000.0),
    ("a bare number before responded", "For every three men treated, one responded.", 1.0),
    ("a doctor", "One doctor who reviewed the scans responded to the survey.", 1.0),
]


@pytest.mark.parametrize(("sentence", "value"), [(s, v) for _, s, v in NOT_COUNTS], ids=[n for n, _, _ in NOT_COUNTS])
def test_numbers_that_count_no_outcome_of_the_trial(nlp: Language, sentence: str, value: float) -> None:
    assert value not in {r["value"] for r in record_of(nlp, sentence)["results"]}


def test_a_count_of_a_trial_of_two_arms_needs_its_group(nlp: Language) -> None:
    # no group named: the count cannot be told to one arm, and a null arm would claim it for all
    record = record_of(nlp, "Six patients recovered within a week.", opening=TWO_ARMS)
    assert 6.0 not in {r["value"] for r in record["results"]}
    record = record_of(nlp, "Six patients in the lomitrant group recovered within a week.", opening=TWO_ARMS)
    assert ("recovery", "lomitrant", 6.0, "patients") in results(record)


def test_a_count_of_people_who_recovered_is_no_sample_size(nlp: Language) -> None:
    # the verbs that count people who had an event (event_verbs.tsv, use population) keep the count
    # out of the trial's populations
    record = record_of(nlp, "By the end of the study, 14 patients improved and 9 patients worsened.")
    assert {s["n"] for s in record["sample_sizes"]} == {60}


# -- A bracket that breaks the people down: the verb after it is the count's ----------------------

def test_a_breakdown_in_brackets_leaves_the_outcome_to_the_count_before_it(nlp: Language) -> None:
    record = record_of(nlp, "Four men (two with liver lesions and two with bone lesions) had stable disease.")
    assert ("stable disease", None, 4.0, "patients") in results(record)
    assert 2.0 not in {r["value"] for r in record["results"]}  # the breakdown's counts are no subjects


def test_a_breakdown_with_commas_is_read_past(nlp: Language) -> None:
    record = record_of(nlp, "Five patients (three aged over 70, one with diabetes, and one with kidney disease) "
                            "were still alive after two years.")
    assert ("survival", None, 5.0, "patients") in results(record)


def test_a_share_in_brackets_is_no_breakdown(nlp: Language) -> None:
    # "(8 percent)" is the count's share, read with it as before
    record = record_of(nlp, "Seven men (12 percent) had a stroke.")
    assert {("stroke", None, 7.0, "patients"), ("stroke", None, 12.0, "%")} <= results(record)


# -- Verbs of an event or a state that name their outcome ------------------------------------------

EVENTS = [
    ("hospitalized", "Three men were hospitalized during the study.", ("hospitalization", None, 3.0)),
    ("went into remission", "Four men went into remission.", ("remission", None, 4.0)),
    ("a bare count after its scope, verb also a noun", "Of the 20 men with repair mutations, six saw their tumors shrink.",
     ("tumors shrink", None, 6.0)),
    ("left for a harm", "Two men dropped out because of side effects.",
     ("dropped out because of side effects", None, 2.0)),
    ("stopped for a known outcome", "Two men stopped taking the pills because of nausea.",
     ("stopped taking the pills because of nausea", None, 2.0)),
    ("withdrew for a harm", "In the trial, three men withdrew due to liver toxicity.",
     ("withdrew due to liver toxicity", None, 3.0)),
]


@pytest.mark.parametrize(("sentence", "expected"), [(s, e) for _, s, e in EVENTS], ids=[n for n, _, _ in EVENTS])
def test_an_event_verb_names_the_outcome_of_a_count(nlp: Language, sentence: str, expected: tuple) -> None:
    assert (*expected, "patients") in results(record_of(nlp, sentence))


LEAVINGS = [
    ("no reason", "Two men dropped out of the study."),
    ("another reason", "Two men dropped out because they moved away."),
    ("a reason that is no harm", "Two men stopped taking velatinib because of the cost."),
    ("the harm too far", "Two men stopped taking velatinib in the second month of the study because of nausea."),
]


@pytest.mark.parametrize("sentence", [s for _, s in LEAVINGS], ids=[n for n, _ in LEAVINGS])
def test_leaving_for_no_harm_is_no_result(nlp: Language, sentence: str) -> None:
    assert 2.0 not in {r["value"] for r in record_of(nlp, sentence)["results"]}


def test_a_harm_left_for_in_a_trial_of_two_arms_needs_its_group(nlp: Language) -> None:
    record = record_of(nlp, "Two patients dropped out because of side effects.", opening=TWO_ARMS)
    assert 2.0 not in {r["value"] for r in record["results"]}


def test_a_harm_left_for_keeps_the_group_its_sentence_names(nlp: Language) -> None:
    record = record_of(nlp, "Two patients in the lomitrant group dropped out because of side effects.", opening=TWO_ARMS)
    assert ("dropped out because of side effects", "lomitrant", 2.0, "patients") in results(record)


def test_a_breakdown_by_group_makes_the_count_no_groups_own(nlp: Language) -> None:
    # the bracket gives each group's part: the count before it is their total, no one group's
    record = record_of(nlp, "After two years, 40 patients (22 lomitrant, 18 placebo) had an asthma attack.",
                       opening=TWO_ARMS)
    assert 40.0 not in {r["value"] for r in record["results"]}


@pytest.mark.parametrize(("sentence", "linker"), [
    ("Two men dropped out because of side effects.", "verb-after-value:left-for-harm"),
    ("In the trial, two men withdrew due to liver toxicity.", "verb-after-value:left-for-harm"),
    ("Two men were hospitalized during the study.", "verb-after-value"),
], ids=["left-for-harm", "withdrew-for-harm", "plain-event-verb"])
def test_a_harm_left_for_names_its_own_linker(nlp: Language, sentence: str, linker: str) -> None:
    """The results the leaving-for-a-harm reader made are told apart from a plain event verb's."""
    found = [r for r in record_of(nlp, sentence)["results"] if r["value"] == 2.0]
    assert [r["evidence"]["links"]["endpoint"] for r in found] == [linker]
