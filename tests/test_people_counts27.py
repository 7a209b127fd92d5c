"""Counts of people who had an outcome, whatever the verb (``patterns/numbers.jsonl``, rule
``count-of-people`` and its ``-in``, ``-after-scope`` forms; ``facts/results.py``, ``COUNT_OF_PEOPLE``): a count that is the subject of
its clause, a count after ``in``, a bare count after an opening phrase naming its people. Each is
a result only where a linker that reads the count's own clause names what happened to them; a
size, an enrolment, a dropout, a treatment received or a trait of the people stays out.

Every sentence is written for this file.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp
from trialnews.record import Record, grounding_problems

ONE_ARM = ("Researchers at a cancer center gave an experimental drug called zelvamab to 30 patients "
           "whose melanoma had spread.")
TWO_ARMS = "In the Lomira trial, 300 adults with asthma were randomly assigned to lomitrant or placebo."
RULES = {"count-of-people", "count-of-people-in", "count-of-people-after-scope"}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def record_of(nlp: Language, sentence: str, opening: str = ONE_ARM) -> dict[str, Any]:
    text = "\n\n".join(("Trial update", opening + " " + sentence + " The team reported the findings in the journal Cancer.")) + "\n"
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    Record.model_validate(record, context={"text": text})
    return record


def counts(record: dict[str, Any]) -> set[tuple[str, str | None, float]]:
    """(endpoint, arm, value) of the counts of people the new rule read."""
    return {(r["endpoint"], r["arm"], r["value"]) for r in record["results"]
            if r["evidence"]["rule"] in RULES and r["unit"] == "patients" and r["statistic"] == "count"}


# -- A count that is the subject of its clause: the state or event its clause names --------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Fourteen patients were still alive after a year.", {("survival", None, 14.0)}),
    ("Nine patients saw their tumors shrink by at least 30 percent.", {("tumors shrink", None, 9.0)}),
    ("Two patients were cured.", {("cure", None, 2.0)}),
])
def test_a_count_of_people_with_an_outcome_in_its_clause_is_a_result(nlp, sentence, expected):
    assert counts(record_of(nlp, sentence)) == expected


def test_a_bare_count_after_an_opening_phrase_naming_its_people(nlp):
    record = record_of(nlp, "Of the 30 patients, 12 were alive after two years.")
    assert counts(record) == {("survival", None, 12.0)}


def test_a_count_after_in_takes_the_effect_named_before_it(nlp):
    assert counts(record_of(nlp, "The drug halted tumor growth in 14 patients.")) == {("halted tumor growth", None, 14.0)}
    assert counts(record_of(nlp, "The treatment restored immune systems in all 11 patients.")) \
        == {("restored immune systems", None, 11.0)}


def test_the_group_comes_from_the_group_linkers(nlp):
    record = record_of(nlp, "Fourteen patients in the lomitrant group were still alive after a year, compared "
                            "with six in the placebo group.", opening=TWO_ARMS)
    assert counts(record) == {("survival", "lomitrant", 14.0)}
    assert ("survival", "placebo", 6.0) in {(r["endpoint"], r["arm"], r["value"]) for r in record["results"]}
    scoped = record_of(nlp, "Of the 150 patients given lomitrant, 40 were alive at one year.", opening=TWO_ARMS)
    assert counts(scoped) == {("survival", "lomitrant", 40.0)}


def test_a_count_no_group_of_a_trial_of_two_arms_names_is_left_out(nlp):
    assert counts(record_of(nlp, "Ten patients were alive after a year.", opening=TWO_ARMS)) == set()


# -- Near misses: sizes, enrolment, dropouts, treatments received, traits --------------------------

@pytest.mark.parametrize("sentence", [
    "Thirty patients were enrolled in the trial.",
    "Thirty patients received zelvamab.",
    "Nineteen patients completed the study.",
    "Three patients dropped out.",
    "Two patients discontinued treatment because they moved away.",  # leaving for a harm is a result (counts29)
    "Twenty patients were women.",
    "Of the 30 patients, 12 were men.",
    "The study included 18 healthy volunteers who came in for four visits.",
    "The drug was tested in 30 patients with melanoma.",
    "The vaccine was given to 40 volunteers in a small trial of 60 people.",
    "Twenty-two patients in the zelvamab group lost an average of 4.1 pounds.",
])
def test_sizes_methods_and_traits_are_no_results(nlp, sentence):
    assert counts(record_of(nlp, sentence)) == set()


def test_a_count_that_is_the_object_of_a_study_verb_is_no_result(nlp):
    """``involved seven patients and showed ...``, ``an analysis of 860 patients showed ...``: the
    people are the object, and what is shown is the study's finding, not their event."""
    assert counts(record_of(nlp, "An analysis of more than 860 patients showed that the pill eased nausea.")) == set()
    assert counts(record_of(nlp, "The trial involved just seven patients and showed a short-term improvement "
                                 "in symptoms.")) == set()


def test_all_but_a_count_is_not_that_count(nlp):
    assert counts(record_of(nlp, "All but three of the patients were cancer-free at 18 months.")) == set()


def test_a_count_another_rule_reads_is_read_by_that_rule(nlp):
    record = record_of(nlp, "Eleven patients achieved remission.")
    assert counts(record) == set()
    assert ("remission", None, 11.0) in {(r["endpoint"], r["arm"], r["value"]) for r in record["results"]}


def test_the_other_groups_count_after_a_comparator_shares_the_counts_fate(nlp):
    told = record_of(nlp, "Nine patients taking lomitrant saw their attacks stop, compared with two patients "
                          "taking placebo.", opening=TWO_ARMS)
    assert {(r["endpoint"], r["arm"], r["value"]) for r in told["results"]} >= {
        ("attacks stop", "lomitrant", 9.0), ("attacks stop", "placebo", 2.0)}
    untold = record_of(nlp, "Twelve patients received lomitrant, compared with ten in the placebo group.",
                       opening=TWO_ARMS)
    assert not [r for r in untold["results"] if r["value"] in (12.0, 10.0)]


# -- Which counts no outcome linker could keep, known before their group and outcome are linked --

@pytest.mark.parametrize(("sentence", "cannot"), [
    ("The study enrolled 240 patients and showed that the drug eased the cough.", True),  # the people are an object
    ("For every 50 patients treated, one patient avoided a hospital stay.", True),  # a ratio's count
    ("Eleven patients had a complete response.", False),  # the subject of its clause
    ("Rashes occurred in nearly 12 patients.", False),  # after 'in', read by occurred-in
])
def test_a_count_that_no_linker_can_tell_is_known_before_linking(nlp, sentence: str, cannot: bool) -> None:
    from trialnews.facts.common import spans
    from trialnews.facts.results import PEOPLE_COUNT_LABEL, _count_cannot_be_told
    doc = nlp.make_doc("Trial update\n\n" + ONE_ARM + " " + sentence + "\n")
    for name, pipe in nlp.pipeline:  # the facts before results (the record component slims the doc)
        if name == "trialnews_results":
            break
        doc = pipe(doc)
    people = [span for span in spans(doc, PEOPLE_COUNT_LABEL) if span.text[0] not in "3"]  # not ONE_ARM's 30
    assert people, "the count of people is read"
    assert {_count_cannot_be_told(doc, span) for span in people} == {cannot}
