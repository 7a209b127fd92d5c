"""A value written with its own interval in brackets (``86% (95% CI: 77-92%)``, ``33% [23 to 43]``),
the form trial abstracts give an estimate in, keeps the group it is written with.

A ``;`` or ``:`` inside a value's interval aside (a bracket right after a number that names an
interval or holds a range) splits only that bracket: ``86% (95% CI: 77-92%) in the X group`` is one
clause around ``86%``; any other bracket's break still ends the clause, and ``(X, 12%; Y, 20%)`` is
two clauses around each of its values. And the interval of each value of a side-by-side pair is
passed between them as a rate's count is.
Every sentence below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from trialnews.facts.common import clause_bounds

OPENING = ("Letrozole or placebo for hot flushes: a randomized trial\n\nBACKGROUND: Hot flushes are common "
           "after breast cancer. METHODS: We randomized 300 women to letrozole (n = 150) or placebo "
           "(n = 150). RESULTS: ")
CLOSING = " CONCLUSIONS: Letrozole eased flushes.\n"


def percents(run: Callable[[str], dict[str, Any]], results: str) -> dict[float, str | None]:
    """value -> arm (lower-cased) of the % results of an abstract whose results section is ``results``."""
    return {r["value"]: (r["arm"] or "").lower() or None
            for r in run(OPENING + results + CLOSING)["results"] if r["unit"] == "%"}


def _clause_text(nlp: Language, text: str, word: str) -> str:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    start, end = clause_bounds(token.sent, token.i)
    return doc[start:end].text


@pytest.mark.parametrize(("text", "word", "clause"), [
    pytest.param("The rate was 86% (95% CI: 77-92%) in the treated group.", "86",
                 "The rate was 86% (95% CI: 77-92%) in the treated group.", id="colon-in-aside"),
    pytest.param("The hazard ratio was 0.41 (95% CI, 0.22-0.77; P = .005) for the gel.", "gel",
                 "The hazard ratio was 0.41 (95% CI, 0.22-0.77; P = .005) for the gel.", id="semicolon-in-interval"),
    pytest.param("Relief lasted 12 months (range 9 to 15: by diary) in the gel group.", "group",
                 "Relief lasted 12 months (range 9 to 15: by diary) in the gel group.", id="range-after-unit"),
    pytest.param("Pain eased in more women (61% v 48%; P = .02) given the gel.", "gel",
                 "P = .02) given the gel.", id="no-interval-still-splits"),
    pytest.param("Itch eased with the gel (mean gap: 1.1 to 1.5) at one day.", "day",
                 "1.1 to 1.5) at one day.", id="not-after-a-number"),
    pytest.param("Pain eased in more women (61% v 48%; P = .02) given the gel.", "48",
                 "Pain eased in more women (61% v 48%", id="inside-the-aside"),
    pytest.param("Nausea was rare (gel, 12%; cream, 20%) overall.", "20", "cream, 20%) overall.", id="label-pairs"),
    pytest.param("Two outcomes were read: pain and sleep.", "sleep", "pain and sleep.", id="colon-outside"),
    pytest.param("Pain eased (in most; not all) at first; sleep did not change.", "sleep",
                 "sleep did not change.", id="break-outside-after-aside"),
])
def test_a_break_inside_a_bracket_splits_only_that_bracket(nlp: Language, text: str, word: str, clause: str) -> None:
    assert _clause_text(nlp, text, word) == clause


def test_an_unclosed_bracket_is_no_aside(nlp: Language) -> None:
    # the bracket never closes, so its colon still ends the clause
    assert _clause_text(nlp, "The rate was 86% (95% CI: 77 to 92 in the treated group.", "86") == "The rate was 86% (95% CI"


def test_values_with_a_colon_interval_keep_the_group_named_after_them(run) -> None:
    found = percents(run, "The 3-year relapse-free rate was 86% (95% CI: 77-92%) in the letrozole group vs. "
                          "79% (95% CI: 68-87%) in the placebo group (P = 0.21).")
    assert found.get(86.0) == "letrozole" and found.get(79.0) == "placebo"


def test_a_pair_each_with_its_interval_takes_the_groups_in_order(run) -> None:
    found = percents(run, "In the first week, significantly more women in the letrozole group reported no flushes "
                          "(44.2% [95% CI, 40.1%-48.3%] vs 31.5% [95% CI, 27.6%-35.4%]; P < .001) and no sweating "
                          "(81.3% [95% CI, 77.0%-85.6%] vs 70.2% [95% CI, 66.1%-74.3%]; P < .001) compared with "
                          "the placebo group.")
    assert found == {44.2: "letrozole", 31.5: "placebo", 81.3: "letrozole", 70.2: "placebo"}


def test_a_pair_with_bare_ranges_is_not_read_as_the_group_before_its_bracket(run) -> None:
    # "placebo group" stands right before the bracket, yet the pair follows "than": letrozole first
    found = percents(run, "Flushes eased more often in the letrozole group than in the placebo group "
                          "(36% [26 to 46] vs 18% [10 to 26]).")
    assert found == {36.0: "letrozole", 18.0: "placebo"}


def test_one_groups_two_times_with_intervals_stay_that_group(run) -> None:
    found = percents(run, "In the letrozole group, sleep improved at weeks 4 and 8 in 35% (25 to 45) and "
                          "31% (21 to 41) of women.")
    assert found == {35.0: "letrozole", 31.0: "letrozole"}


def test_a_bracket_that_is_no_interval_still_parts_a_pair(run) -> None:
    # "(by diary)" is no interval: each value keeps the group written before it, not read as a crossed pair
    found = percents(run, "Sleep improved with letrozole in 40% (by diary) and with placebo in 25% (by diary) of women.")
    assert found == {40.0: "letrozole", 25.0: "placebo"}
