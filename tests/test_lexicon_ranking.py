"""How the lexicon linkers rank the outcomes a value may measure (``trialnews.linking.ranking``,
weights in ``patterns/lexicon_candidate_weights.json``), on sentences written for these tests: an
outcome after the value that another value's own clause claims, and an outcome of the sentence
before for a value whose own predicate says what it measures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from trialnews.linking.ranking import WEIGHTS
from trialnews.resources import load_json

TWO_ARMS = "In the trial, 240 women were randomly assigned to the ring or to a placebo ring. "

Run = Callable[[str], dict[str, Any]]


def outcomes(run: Run, text: str) -> dict[float, str]:
    """Each result's value and its outcome, lower case."""
    record = run("Ring Trial Update\n\n" + TWO_ARMS + text)
    return {result["value"]: result["endpoint"].casefold() for result in record["results"]}


def linkers(run: Run, text: str) -> dict[float, str]:
    record = run("Ring Trial Update\n\n" + TWO_ARMS + text)
    return {result["value"]: result["evidence"]["links"]["endpoint"] for result in record["results"]}


LIST_OF_CLAUSES = ("Of the women given the ring, 21% stopped the treatment because of bleeding, 6.5% moved away, "
                   "and 1.5% stopped because of a pregnancy.")


def test_an_outcome_in_another_values_clause_is_not_this_values(run) -> None:
    """``bleeding`` is in the 21%'s clause and ``pregnancy`` closes the 1.5%'s; the 6.5% has a
    clause of its own between them and no lexicon outcome: it is left out rather than given either."""
    assert 6.5 not in outcomes(run, LIST_OF_CLAUSES)


@pytest.mark.parametrize(("value", "outcome"), [(21.0, "bleeding"), (1.5, "pregnancy")])
def test_the_clause_that_names_the_outcome_keeps_it(run, value: float, outcome: str) -> None:
    assert outcomes(run, LIST_OF_CLAUSES).get(value) == outcome


def test_an_elided_outcome_comes_from_the_contrast_partner(run) -> None:
    """``12% had nausea, compared with 9% on the placebo ring``: the 9%'s clause leaves the outcome out."""
    found = outcomes(run, "Of the women, 12% of those on the ring had nausea, compared with 9% of those on the "
                          "placebo ring.")
    assert (found.get(12.0), found.get(9.0)) == ("nausea", "nausea")


@pytest.mark.parametrize(("text", "values", "outcome"), [
    pytest.param("By the end of the year, 14% of the women on the ring and 19% of those on the placebo ring "
                 "had a pregnancy.", (14.0, 19.0), "pregnancy", id="list-joined-by-and"),
    pytest.param("By the end of the year, 14% of the women who wore the ring daily, and 19% of those who did "
                 "not, had a pregnancy.", (14.0, 19.0), "pregnancy", id="relative-clauses-describe-the-people"),
    pytest.param("By the end of the year, 14% of the women given the ring, and 19% of those given the placebo "
                 "ring, had a pregnancy.", (14.0, 19.0), "pregnancy", id="participles-describe-the-people"),
])
def test_values_sharing_one_predicate_keep_its_outcome(run, text: str, values: tuple[float, ...],
                                                        outcome: str) -> None:
    """A list of values with no clause of their own between them shares the predicate after it."""
    found = outcomes(run, text)
    assert [found.get(value) for value in values] == [outcome] * len(values)


PREDICATE_OF_ITS_OWN = ("Pelvic pain was the main complaint in earlier studies. Thirty-one percent of the women "
                        "on the ring had a drop in bone density, compared with 12 percent of those on the placebo ring.")


def test_an_outcome_of_the_sentence_before_is_not_taken_past_the_values_own_predicate(run) -> None:
    """The 31% had a drop in bone density: not the pelvic pain of the sentence before."""
    assert outcomes(run, PREDICATE_OF_ITS_OWN).get(31.0) != "pelvic pain"


@pytest.mark.parametrize("text", [
    pytest.param("Pelvic pain was the main complaint. Thirty-one percent of the women on the ring had it, "
                 "compared with 12 percent of those on the placebo ring.", id="pronoun-object"),
    pytest.param("Pelvic pain was the main complaint. Thirty-one percent of the women on the ring had at least "
                 "one event, compared with 12 percent of those on the placebo ring.", id="bare-generic-object"),
])
def test_a_predicate_that_points_back_takes_the_outcome_of_the_sentence_before(run, text: str) -> None:
    assert outcomes(run, text).get(31.0) == "pelvic pain"


def test_the_weights_rule_out_a_candidate_with_either_feature() -> None:
    """Each feature outweighs every place: a candidate that has one is never taken."""
    weights = load_json(WEIGHTS)
    top = max(weights["places"].values())
    assert all(top + weight <= weights["threshold"] for weight in weights["features"].values())
    assert sorted(weights["places"], key=weights["places"].get, reverse=True) == [
        "adjacent-after", "after-in-clause", "before-in-sentence", "after-in-sentence", "sentence-before"]


def test_the_linker_is_named(run) -> None:
    assert linkers(run, LIST_OF_CLAUSES).get(1.5) in ("verb-after-value", "lexicon-nearest")


@pytest.mark.parametrize(("text", "value", "outcome"), [
    pytest.param("The researchers found that 18 percent of the women on the ring had pelvic pain after 24 weeks, "
                 "36 percent after one year.", 36.0, "pelvic pain", id="verb-left-out"),
    pytest.param("The actuarial five-year pelvic pain rate was 9.1 percent for all women, representing 9.3 percent "
                 "of those on the ring.", 9.3, "actuarial five-year pelvic pain rate", id="hyphen-joined-number-is-no-value"),
])
def test_a_value_without_a_clause_of_its_own_shares_the_outcome_before_it(run, text: str, value: float,
                                                                          outcome: str) -> None:
    """A value whose verb is left out (``36 percent after one year``) shares the clause before it;
    a number joined by a hyphen to a word (``five-year``) claims no value: read as a noun phrase's
    word before a verb, it stays in the name, as ``5-year DFS`` and ``30-day mortality`` do in
    abstracts (``premodifier_start``, which widens a lexicon outcome, stops there instead)."""
    assert outcomes(run, text).get(value) == outcome


def test_a_predicate_naming_the_outcome_in_other_words_keeps_the_outcome_before(run) -> None:
    """``were infected with HPV`` names the ``HPV infection`` of the sentence before in other words."""
    found = outcomes(run, "HPV infection was the main outcome. After a year, 12.4 percent of the women on the ring were "
                          "infected with HPV, compared with 15.5 percent of those on the placebo ring.")
    assert found.get(12.4) == "hpv infection"
