"""Citation: the paper the article reports.

Moved from the one ``test_facts.py``: each case runs the whole pipeline on a small article."""

from __future__ import annotations

import pytest

from .helpers import NEUTRAL_LEDE, article


def test_vancouver_reference_line(run) -> None:
    text = article(NEUTRAL_LEDE, "Smith J, Doe A, et al. Aspirin for the prevention of stroke in older adults. "
                                 "N Engl J Med. 2021. doi:10.1056/NEJMoa2034577")
    assert run(text)["citation"] == {
        "authors": ["Smith J", "Doe A"],
        "et_al": True,
        "title": "Aspirin for the prevention of stroke in older adults",
        "journal": "N Engl J Med",
        "year": 2021,
        "doi": "10.1056/NEJMoa2034577",
    }


def test_reference_line_without_et_al_or_doi(run) -> None:
    text = article(NEUTRAL_LEDE, "Smith J, Doe A. Aspirin for the prevention of stroke in older adults. "
                                 "Lancet. 2019;393:123-130.")
    citation = run(text)["citation"]
    assert (citation["authors"], citation["et_al"], citation["journal"], citation["year"], citation["doi"]) == \
        (["Smith J", "Doe A"], False, "Lancet", 2019, None)


def test_journal_named_in_the_story(run) -> None:
    citation = run(article(NEUTRAL_LEDE, "The results were published in the journal Menopause."))["citation"]
    assert citation is not None
    assert citation["journal"] == "Menopause"
    assert citation["title"] is None


@pytest.mark.parametrize("text", [
    pytest.param(article(NEUTRAL_LEDE), id="no-publication-named"),
    pytest.param(article("The trial enrolled 616 patients with lung cancer."), id="disease-word-is-not-a-journal"),
])
def test_no_citation(run, text: str) -> None:
    assert run(text)["citation"] is None
