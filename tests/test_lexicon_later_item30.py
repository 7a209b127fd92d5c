"""A lexicon outcome written in a later item of a list is not the outcome of a value of an earlier
item (``claimed-by-later-item``, ``patterns/lexicon_candidate_weights.json``): items written each
with their own words and values (``chills, 14 [11.7%] vs 5 [4.2%]; itching, ...; headache, 12
[10.0%] ...``) keep their outcomes apart, while a series of values sharing one outcome written
after them keeps it. Every sentence is written for this file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.linking.ranking import _claimed_by_later_item
from trialnews.nlp import make_nlp

TWO_ARMS = "In the trial, 240 children with ear infections were randomly assigned to amoxicillin or a placebo. "

Run = Callable[[str], dict[str, Any]]


def outcomes(run: Run, sentence: str) -> dict[float, str | None]:
    record = run("Trial Update\n\n" + TWO_ARMS + sentence)
    return {r["value"]: r["endpoint"] and r["endpoint"].casefold() for r in record["results"]}


LIST = ("Both groups had few events (chills, 14 [11.7%] vs 5 [4.2%]; itching, 9 [7.5%] vs 3 [2.5%]; "
        "headache, 12 [10.0%] vs 11 [9.2%]).")


@pytest.mark.parametrize("value", [11.7, 4.2, 7.5, 2.5])
def test_earlier_items_do_not_take_the_last_items_outcome(run, value: float) -> None:
    assert outcomes(run, LIST).get(value) != "headache"


@pytest.mark.parametrize("value", [10.0, 9.2])
def test_the_items_own_values_keep_it(run, value: float) -> None:
    assert outcomes(run, LIST).get(value) == "headache"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def _claimed(nlp: Language, text: str, value: str, mention: str) -> bool:
    doc = nlp(text)
    at = text.index(value)
    span = doc.char_span(at, at + len(value), alignment_mode="expand")
    where = text.index(mention)
    named = doc.char_span(where, where + len(mention), alignment_mode="expand")
    return _claimed_by_later_item(doc, span, named)


@pytest.mark.parametrize(("text", "value", "mention", "claimed"), [
    pytest.param("Amoxicillin brought a 30% drop in ear pain, a 20% drop in fever and a 10% drop in hearing loss.",
                 "30%", "hearing loss", True, id="items-opened-by-words"),
    pytest.param("Amoxicillin brought a 30% drop in ear pain, a 20% drop in fever and a 10% drop in hearing loss.",
                 "10%", "hearing loss", False, id="own-item"),
    pytest.param("At one, two and three weeks, 12%, 15% and 20% of the children had hearing loss.",
                 "12%", "hearing loss", False, id="series-sharing-its-outcome"),
    pytest.param("Amoxicillin arm: 30/120 (25.0%); placebo arm: 21/118 (17.8%) had hearing loss.",
                 "25.0%", "hearing loss", False, id="predicate-shared-after-the-last-item"),
    pytest.param("The rate was 12% (vs 15%; a small gap) for hearing loss.",
                 "12%", "hearing loss", False, id="break-inside-brackets"),
])
def test_claimed_by_later_item(nlp: Language, text: str, value: str, mention: str, claimed: bool) -> None:
    assert _claimed(nlp, text, value, mention) is claimed


def test_a_break_inside_the_values_own_bracket_opens_no_item(nlp: Language) -> None:
    """``(41.2% v 12.5%; P < .001)``: the semicolon is the bracket's, before its p-value."""
    text = "More children had fever on amoxicillin (41.2% v 12.5%; P < .001), mostly from hearing loss."
    assert _claimed(nlp, text, "41.2%", "hearing loss") is False
