"""How far an outcome's name reaches, on sentences written for these tests, and the word lists
the outcome linkers read from ``patterns/``."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("constant", "entries"), [
    pytest.param("AGENT_PREPOSITIONS", {"by", "with", "than"}, id="agent-prepositions"),
    pytest.param("AVERAGE_PHRASE_WORDS", {"on", "average", "for"}, id="average-phrase-words"),
])
def test_outcome_linker_word_lists_are_lexicons(constant: str, entries: set[str]) -> None:
    # the linkers' word lists live in patterns/ files a curator can edit, named by a module constant
    from trialnews.linking import outcomes
    from trialnews.resources import word_set

    name = getattr(outcomes, constant)
    assert name.endswith(".txt") and entries <= word_set(name)


def test_one_list_of_relative_pronouns() -> None:
    # the duration linker reads the shared list of relative pronouns, not a second one of its own
    from trialnews.linking import outcomes

    assert not hasattr(outcomes, "RELATIVE_PRONOUNS")
    assert {"that", "which"} <= outcomes._RELATIVE_PRONOUNS
