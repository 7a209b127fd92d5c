"""What happened to counted people, as trial news states it (``linking/outcomes.py``:
``state_after_value`` with ``_prepositional_state`` and ``became``; ``_negated_event``): a state after
a copula written with a preposition (``were in remission``, ``were free of disease``), a state
reached (``became cancer-free``), and a negation kept in the outcome (``had no sign of cancer``, ``no
longer needed insulin``). Near misses: traits at the start, sizes, a group named after ``in``.

Every sentence is written for this file.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp
from trialnews.record import Record, grounding_problems

ONE_ARM = "Doctors at a university hospital gave an experimental cell therapy called rovacel to 30 patients with lymphoma."
TWO_ARMS = "In the Lomira trial, 300 adults with asthma were randomly assigned to lomitrant or placebo."


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def results_of(nlp: Language, sentence: str, opening: str = ONE_ARM) -> set[tuple[str, str | None, float]]:
    text = "\n\n".join(("Trial update", opening + " " + sentence + " The results appear in the journal Blood.")) + "\n"
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    Record.model_validate(record, context={"text": text})
    return {(r["endpoint"], r["arm"], r["value"]) for r in record["results"] if r["value"] != 30.0}


# -- A state after a copula written with a preposition, or reached -------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Twelve patients were in remission after a year.", {("remission", None, 12.0)}),
    ("Twelve patients were in complete remission after a year.", {("complete remission", None, 12.0)}),
    ("Nine patients were free of disease.", {("free of disease", None, 9.0)}),
    ("Nine patients remained free of cancer.", {("free of cancer", None, 9.0)}),
    ("Eleven patients became cancer-free.", {("cancer-free", None, 11.0)}),
])
def test_a_prepositional_or_reached_state_is_what_happened(nlp, sentence, expected):
    assert results_of(nlp, sentence) == expected


def test_a_share_in_a_prepositional_state_reads_it_too(nlp):
    assert ("remission", None, 40.0) in results_of(nlp, "After a year, 40 percent of the patients were in remission.")


# -- A negation is part of the outcome ------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Eight patients had no sign of cancer.", {("no sign of cancer", None, 8.0)}),
    ("Twenty-one patients no longer needed insulin.", {("no longer needed insulin", None, 21.0)}),
    ("Nine patients never had a relapse.", {("never had a relapse", None, 9.0)}),
])
def test_a_negated_event_keeps_its_negation(nlp, sentence, expected):
    assert results_of(nlp, sentence) == expected


def test_an_event_without_negation_is_named_as_before(nlp):
    assert results_of(nlp, "Six patients had a relapse.") == {("relapse", None, 6.0)}


# -- Near misses ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Ten patients were in the study for a year.",
    "Ten patients were in their sixties.",
    "Ten patients had diabetes at the start of the study.",
    "At enrolment, twelve patients were in remission.",
    "Ten patients had diabetes at baseline.",
    "At baseline, ten patients had diabetes.",
    "Ten patients already had heart disease.",
    "Twelve patients were already in remission.",
    "At the start, 40 percent of the patients had diabetes.",
    "Twenty patients were women.",
    "Twelve patients were enrolled in the trial.",
])
def test_traits_places_and_sizes_are_no_states(nlp, sentence):
    assert results_of(nlp, sentence) == set()


def test_a_state_of_a_count_no_group_names_in_a_two_arm_trial_stays_out(nlp):
    assert results_of(nlp, "Twelve patients were in remission after a year.", opening=TWO_ARMS) == set()


def test_a_value_set_against_the_start_is_no_trait(nlp):
    """``than at the outset``: the start is what the value is compared with, not when it was so."""
    assert ("migraine attacks", None, 36.0) in results_of(
        nlp, "By week eight, the patients had 36% fewer migraine attacks than at the outset.")


def test_a_trait_at_the_start_leaves_a_later_result_of_the_sentence(nlp):
    assert results_of(nlp, "Nine patients who had already failed chemotherapy had a response.") == {("response", None, 9.0)}


def test_a_negation_of_a_relative_clause_stays_with_the_people(nlp):
    """``who did not take the supplement`` describes the people; the main verb's event is the outcome."""
    assert ("recurrence", None, 40.0) in results_of(nlp, "Forty percent of patients who did not take the supplement had a recurrence.")
