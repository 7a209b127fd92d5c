"""Results and endpoints on the phrasing of unseen trial news (issue 11): precision first, a value
whose outcome or group cannot be told is left out rather than given a wrong one. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from trialnews.linking.values import bare_outcome

from .helpers import ASPIRIN_OR_PLACEBO, PEMBRO_OR_PLACEBO, article


@pytest.mark.parametrize(("name", "bare"), [
    pytest.param("symptoms", True, id="symptoms"),
    pytest.param("the disease", True, id="article-and-generic-word"),
    pytest.param("Improvement", True, id="capitalised"),
    pytest.param("depressive symptoms", False, id="with-its-modifier"),
    pytest.param("symptoms of the syndrome", False, id="with-its-of-phrase"),
    pytest.param("hip fractures", False, id="an-outcome"),
])
def test_bare_outcome_words(name: str, bare: bool) -> None:
    assert bare_outcome(name) is bare


@pytest.mark.parametrize("sentence", [
    pytest.param("In all, 58 percent of those on pembrolizumab showed improvement, compared with 33 percent of those "
                 "on placebo.", id="improvement"),
    pytest.param("Pembrolizumab eased symptoms in 64 percent of patients, against 40 percent with placebo.",
                 id="symptoms"),
])
def test_a_generic_word_names_no_result(run, sentence: str) -> None:
    """A value whose only outcome word is a generic one is left out, not named ``symptoms``."""
    record = run(article(f"{PEMBRO_OR_PLACEBO} {sentence}"))
    assert [r["endpoint"] for r in record["results"]] == []
    assert [e["name"] for e in record["endpoints"]] == []


def test_a_generic_word_with_its_modifier_is_kept(run) -> None:
    record = run(article(f"{PEMBRO_OR_PLACEBO} Depressive symptoms eased in 64 percent of those on pembrolizumab."))
    assert {r["endpoint"] for r in record["results"]} <= {"depressive symptoms"}


def test_a_change_of_a_generic_word_names_no_comparison_outcome(run) -> None:
    record = run(article(f"{ASPIRIN_OR_PLACEBO} Compared with placebo, aspirin cut symptoms by about 17 percent."))
    assert all(c["endpoint"] != "symptoms" for c in record["comparisons"])
