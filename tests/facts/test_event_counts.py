"""A count of people before a verb of what happened to them is a result (``count-then-event-verb``,
the verbs of ``patterns/event_verbs.tsv`` with the use ``count``); a verb of leaving the trial is not
(its outcome is rarely named near it). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.facts.common import spans
from trialnews.nlp import run_through
from trialnews.resources import load_lexicon

OPENING = ("Preterm Birth Trial\n\nIn the trial, 80 pregnant women at risk of preterm birth were given "
           "progesterone gel.")


def event_counts(nlp: Language, sentence: str) -> set[str]:
    """The numbers ``count-then-event-verb`` reads in ``sentence``, after the trial's opening."""
    doc = run_through(nlp, f"{OPENING} {sentence}\n", "trialnews_ruler")
    return {span.text for span in spans(doc, "EVENT_COUNT") if span.id_ == "count-then-event-verb"}


@pytest.mark.parametrize(("sentence", "number"), [
    ("Five women delivered before 34 weeks.", "Five"),  # "delivered": the use count only
    ("Three women developed a rash.", "Three"),
    ("Two women needed hospital care for bleeding.", "Two"),
], ids=["delivered", "developed", "needed"])
def test_a_count_before_an_event_verb_is_read(nlp: Language, sentence: str, number: str) -> None:
    assert event_counts(nlp, sentence) == {number}


@pytest.mark.parametrize("sentence", [
    "One woman dropped out because of nausea.",
    "Two women withdrew from the study after a rash.",
    "Two women discontinued the gel.",
], ids=["dropped-out", "withdrew", "discontinued"])
def test_a_count_of_people_who_left_is_not_read(nlp: Language, sentence: str) -> None:
    assert not event_counts(nlp, sentence)


def test_the_rule_and_the_sizes_read_one_list() -> None:
    # the count verbs are entries of the same lexicon as the verbs that make a count no sample size
    count, population = set(load_lexicon("event_verbs.tsv:count")), set(load_lexicon("event_verbs.tsv:population"))
    assert {"developed", "died", "had"} <= count & population
    assert "dropped" not in count and "withdrew" not in count
