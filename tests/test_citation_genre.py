"""Citations as unseen trial news writes them (issue 11): journal names that list their subjects
with commas, a year in parentheses after the journal, a title quoted after "an article detailing
the findings", an earlier trial named by a demonstrative and its year.

Every sentence here is written for the test (none is copied from a data set).
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp

TITLE = "Trial Update"
LEDE = "A new drug lowered blood pressure in adults with hypertension, researchers reported."
JOURNAL = "The results were published in the journal Harbor Medicine."


def article(*paragraphs: str) -> str:
    return "\n\n".join((TITLE, *paragraphs)) + "\n"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


@pytest.fixture
def citation(nlp: Language):
    def run(*paragraphs: str) -> dict[str, Any] | None:
        return extract_text(article(*paragraphs), nlp=nlp)["citation"]
    return run


@pytest.mark.parametrize("sentence, journal", [
    pytest.param("The findings, published in Coastal Physiology, Nutrition and Sleep, show a benefit.",
                 "Coastal Physiology, Nutrition and Sleep", id="comma-list-of-subjects"),
    pytest.param("The study appears in the Journal of Harbor Surgery, Urology, and Dentistry this week.",
                 "Journal of Harbor Surgery, Urology, and Dentistry", id="oxford-comma"),
    pytest.param("The paper was published in Tide Reports, Cole and Berg said.", "Tide Reports",
                 id="names-after-a-comma-are-no-part-of-the-name"),
    pytest.param("The study was published in Harbor Medicine, Boston and New York editions.", "Harbor Medicine",
                 id="a-comma-list-without-title-words"),
    pytest.param("The results appear in the journal Pediatrics, Science and Medicine.", "Pediatrics",
                 id="a-journal-known-whole-is-not-stretched"),
    pytest.param("The study was published in Circulation, Cardiology and Medicine experts said.", "Circulation",
                 id="known-journal-then-a-comma"),
    pytest.param("The study was published in Harbor Tides, Boston and Surgery Weekly.", "Harbor Tides",
                 id="title-word-only-in-a-later-item"),
    pytest.param("The study was published in Harbor Medicine, Surgery and Nursing experts said.", "Harbor Medicine",
                 id="people-of-the-fields-after-the-last-item"),
    pytest.param("The study appeared in Applied Physiology, Nutrition and Metabolism on Monday.",
                 "Applied Physiology, Nutrition and Metabolism", id="function-word-after-the-last-item"),
    pytest.param("Findings published in Applied Physiology, Nutrition and Metabolism suggest that few eat enough.",
                 "Applied Physiology, Nutrition and Metabolism", id="a-verb-after-the-last-item"),
    pytest.param("The study appeared in the Journal of Neurology, Neurosurgery, and Psychiatry.",
                 "Journal of Neurology, Neurosurgery, and Psychiatry", id="oxford-comma-known-subjects"),
])
def test_journal_name_with_commas(citation, sentence: str, journal: str) -> None:
    found = citation(LEDE, sentence)
    assert found is not None and found["journal"] == journal


@pytest.mark.parametrize("paragraphs, year", [
    pytest.param((JOURNAL, "Harbor Medicine (2019), doi: 10.1000/hm.2019.01"), 2019, id="journal-then-year-in-parentheses"),
    pytest.param((JOURNAL, "Harbor Medicine (the society's journal) is read widely."), None, id="no-year-in-parentheses"),
    pytest.param((JOURNAL, "SOURCE: bit.ly/abc Harbor Medicine, August 2019."), 2019, id="reference-line-month-and-year"),
    pytest.param((JOURNAL, "Harbor Medicine, August 2019, was a good month for the editors."), None,
                 id="month-and-year-outside-a-reference-line"),
])
def test_year_in_parentheses_after_the_journal(citation, paragraphs: tuple[str, ...], year: int | None) -> None:
    assert citation(LEDE, *paragraphs)["year"] == year


@pytest.mark.parametrize("sentence, title", [
    pytest.param('An article detailing these findings, "Salt Intake and Blood Pressure in Coastal Adults," '
                 "has been published in the journal Harbor Medicine.",
                 "Salt Intake and Blood Pressure in Coastal Adults", id="article-detailing-these-findings"),
    pytest.param('A paper describing the results, "Salt Intake and Blood Pressure in Coastal Adults", '
                 "appears in the journal Harbor Medicine.",
                 "Salt Intake and Blood Pressure in Coastal Adults", id="paper-describing-the-results"),
])
def test_title_after_a_paper_noun_and_its_participle(citation, sentence: str, title: str) -> None:
    assert citation(LEDE, sentence)["title"] == title


@pytest.mark.parametrize("sentence", [
    pytest.param("That 2006 trial, published in the journal Harbor Medicine, showed a smaller effect.",
                 id="that-year-trial"),
    pytest.param("One 2004 study, published in the journal Harbor Medicine, found the same.", id="one-year-study"),
    pytest.param("Early results, published in a 2012 Harbor Medicine paper, showed less pain.",
                 id="journal-inside-a-dated-paper"),
    pytest.param("Early results appeared in an October 2011 Tide Reports study.", id="journal-inside-a-month-dated-study"),
])
def test_an_earlier_trial_named_by_its_year_gives_no_journal(citation, sentence: str) -> None:
    assert citation(LEDE, sentence) is None


def test_the_trials_journal_beside_a_dated_paper_in_another(citation) -> None:
    found = citation(LEDE, "Early results, published in a 2012 Tide Reports paper, showed less pain.",
                     "The new findings were published online in Harbor Medicine.")
    assert found["journal"] == "Harbor Medicine"


@pytest.mark.parametrize("sentence", [
    pytest.param("The research, led by Ann Cole, M.D., assistant professor of Gastroenterology, Hepatology & Nutrition, "
                 "was published today in Harbor Medicine.", id="professor-of-a-subject"),
    pytest.param("Co-authors include Bo Li, M.D., and Eva Ross, M.D., both of Surgical Oncology; and Ian Berg, M.D., "
                 "all of Gastroenterology. The study was published today in Harbor Medicine.", id="all-of-a-department"),
])
def test_a_department_named_by_a_journals_subject_is_no_journal(citation, sentence: str) -> None:
    assert citation(LEDE, sentence)["journal"] == "Harbor Medicine"
