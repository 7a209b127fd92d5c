"""Word lists wholly inside another are written once: the larger list includes the smaller one
(``@include``) instead of copying its entries, and reads the same entries as before."""

from __future__ import annotations

from importlib.resources import files

import pytest

from trialnews.resources import load_lexicon, word_set


def _own_lines(name: str) -> list[str]:
    text = files("trialnews.patterns").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("smaller", "larger"), [
    ("fuller_name_heads.txt", "measure_nouns.txt"),
    ("name_connectors.txt", "journal_name_joiners.txt"),
    ("list_joiners.txt", "bracket_list_words.txt"),
])
def test_a_list_inside_another_is_included_not_copied(smaller: str, larger: str) -> None:
    own = _own_lines(larger)
    assert f"@include {smaller}" in own
    assert not set(load_lexicon(smaller)) & set(own), "entries of the included list copied again"
    assert word_set(smaller) <= word_set(larger)
