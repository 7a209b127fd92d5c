"""Word lists read from their lexicons rather than written inline: the count words of a rate and of a
group given a treatment (``patterns/numbers.json``), the pronouns before a closing "and colleagues"
(``patterns/coauthor_cues.json``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from trialnews.facts import arms, sizes
from trialnews.facts.citation import _list_others
from trialnews.normalize import count_words


def test_count_words_are_the_number_words_of_one_word() -> None:
    words = count_words()
    assert {"one", "ten", "nineteen", "twenty", "ninety"} <= set(words)
    assert not {"zero", "a", "an", "a dozen", "hundred"} & set(words)
    assert {"a", "an"} <= set(count_words(articles=True))
    assert set(count_words(most=3)) == {"one", "two", "three"}


@pytest.mark.parametrize(("before", "rate"), [
    ("one in ", True), ("ten out of ", True), ("a in ", True), ("eleven out of ", False), ("Sixteen out of ", False),
    ("were seen in ", False),
], ids=["one-in", "ten-out-of", "a-in", "eleven-is-a-share", "sixteen-is-a-share", "no-count"])
def test_a_small_count_word_before_a_rate_word_makes_the_next_count_a_denominator(before: str, rate: bool) -> None:
    # "one in 20 women" is a rate; "Sixteen out of 48 patients" is a share of the trial's group
    assert bool(sizes._COUNT_CONTEXT.search(before)) is rate


@pytest.mark.parametrize(("before", "group"), [
    ("Fourteen patients received ", True), ("Thirty-one adults were given ", True), ("The nurses received ", False),
], ids=["teen-word", "hyphenated-tens", "no-count"])
def test_a_count_word_before_a_verb_of_treatment_is_a_group_taking_it(before: str, group: bool) -> None:
    assert bool(arms._GROUP_TAKING.search(before)) is group


@pytest.mark.parametrize(("after", "others"), [
    (" and his co-authors", True), (", and their colleagues", True), (" and colleagues", True), (" et al", True),
    (" and our colleagues", False), (" and Mary Stone", False),
], ids=["his", "their", "no-pronoun", "et-al", "other-pronoun", "another-name"])
def test_a_closing_team_word_after_a_title_author_list_may_follow_a_pronoun(after: str, others: bool) -> None:
    assert bool(_list_others().match(after)) is others
