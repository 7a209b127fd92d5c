"""Citations written in prose: the journal, its year, the paper's lead author and title.

Every sentence here is written for the test (none is copied from a data set); each expected value
is what a curator would write in the record's ``citation`` (RECORD.md, ANNOTATION.md).
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp

TITLE = "Trial Update"
LEDE = "A new drug lowered blood pressure in adults with hypertension, researchers reported."
DATED_LEDE = "March 14, 2019 - A new drug lowered blood pressure in adults with hypertension, researchers reported."


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
    pytest.param("The results were published Wednesday in the New England Journal of Medicine.",
                 "New England Journal of Medicine", id="published-weekday-in"),
    pytest.param("The findings appear online in JAMA Oncology.", "JAMA Oncology", id="online-in-lexicon"),
    pytest.param("The study appears in the March issue of Pediatrics.", "Pediatrics", id="issue-of-one-word-journal"),
    pytest.param("The trial was reported in The Lancet.", "Lancet", id="reported-in-the-lancet"),
    pytest.param("The results are described in a report in the Journal of Rural Dentistry.",
                 "Journal of Rural Dentistry", id="journal-of-title-not-in-lexicon"),
    pytest.param("The findings were published in the journal Seaside Medicine.", "Seaside Medicine",
                 id="capitalised-title-after-the-word-journal"),
    pytest.param("The data were unveiled at a heart meeting and in the Lancet medical journal.", "Lancet",
                 id="the-x-medical-journal"),
    pytest.param("The study, published in the American Journal of Gastroenterology, was funded by the maker.",
                 "American Journal of Gastroenterology", id="longest-name-wins"),
])
def test_journal_in_prose(citation, sentence: str, journal: str) -> None:
    found = citation(LEDE, sentence)
    assert found is not None and found["journal"] == journal


@pytest.mark.parametrize("sentence", [
    pytest.param("The results were presented at the annual meeting of the American Society of Clinical Oncology.",
                 id="meeting-is-not-a-journal"),
    pytest.param("An earlier study in the Journal of Rural Dentistry found no such effect.", id="earlier-study"),
    pytest.param("A 2008 report in the Journal of Rural Dentistry counted 30 deaths.", id="study-named-by-its-year"),
    pytest.param("Dr. Ann Lee works at the Institute of Cancer Research in London.", id="institution-holding-a-name"),
    pytest.param("Sources: CDC; NIMH; Journal of Rural Dentistry", id="list-of-sources"),
    pytest.param("The patients had cancer and heart disease.", id="disease-words"),
])
def test_no_journal(citation, sentence: str) -> None:
    assert citation(LEDE, sentence) is None


@pytest.mark.parametrize("lede, sentence, year", [
    pytest.param(LEDE, "The results were published online in the Journal of Rural Dentistry on April 3, 2016.", 2016,
                 id="date-in-the-sentence"),
    pytest.param(DATED_LEDE, "The study appears in the March 14 issue of the Journal of Rural Dentistry.", 2019,
                 id="issue-dated-by-the-article"),
    pytest.param(DATED_LEDE, "The study was published in the Journal of Rural Dentistry.", None,
                 id="undated-publication"),
    pytest.param(LEDE, "The findings appear in the Journal of Rural Dentistry.\n\nSOURCE: Journal of Rural "
                       "Dentistry, online April 19, 2011.", 2011, id="source-line-names-the-same-journal"),
])
def test_citation_year(citation, lede: str, sentence: str, year: int | None) -> None:
    assert citation(lede, sentence)["year"] == year


JOURNAL = "The study was published in the New England Journal of Medicine."


@pytest.mark.parametrize("sentence, authors, et_al", [
    pytest.param("\u201cThis is a big step,\u201d said Dr. Jane Smith, the study's lead author.", ["Jane Smith"], None,
                 id="said-name-lead-author"),
    pytest.param("Mary Q. Jones, a professor of medicine at Lakeside University and first author of the paper, "
                 "said the drug was safe.", ["Mary Q. Jones"], True, id="apposition-first-author"),
    pytest.param("Study co-author Tom Baker said more work is needed.", ["Tom Baker"], True, id="co-author-before-name"),
    pytest.param("To reach the lead author, Dr. Hugh MacLeod, call the press office.", ["Hugh MacLeod"], None,
                 id="mac-surname-after-comma"),
    pytest.param("\u201cWe were surprised,\u201d said study lead author Dr. Joan O'Brien.", ["Joan O'Brien"], None,
                 id="apostrophe-surname"),
    pytest.param("But Fred Lane, emeritus professor of surgery at Coast University, Bayville, and a co-author of "
                 "the study, disagreed.", ["Fred Lane"], True, id="sentence-word-before-name"),
    pytest.param("First author is Ravi Patel, MD, of the Hill Clinic.", ["Ravi Patel"], True, id="first-author-is"),
    pytest.param("Ann Cole, lead author of the study, said so. Bob Hart, the senior author, agreed.", ["Ann Cole"],
                 True, id="lead-author-before-senior"),
    pytest.param("Ann Cole, lead author of the study, said so. The other study authors reported no conflicts.",
                 ["Ann Cole"], True, id="other-authors-unnamed"),
    pytest.param("\u201cIt works,\u201d said lead investigator Dr. Ann Cole.", [], None,
                 id="investigator-is-not-an-author"),
    pytest.param("The trial, led by Dr. Ann Cole, ran for two years.", [], None, id="led-by-is-not-an-author"),
    pytest.param("\u201cIt is a first step,\u201d said Dr. Lee Grant, author of an accompanying editorial.", [], None,
                 id="editorial-author"),
])
def test_authors_in_prose(citation, sentence: str, authors: list[str], et_al: bool | None) -> None:
    found = citation(LEDE, JOURNAL, sentence)
    assert (found["authors"], found["et_al"]) == (authors, et_al)


def test_authors_without_a_publication_make_no_citation(citation) -> None:
    assert citation(LEDE, "Ann Cole, lead author of the study, said so.") is None


@pytest.mark.parametrize("sentence, title", [
    pytest.param('The study is titled "Salt and the heart: a randomized trial of low-sodium bread."',
                 "Salt and the heart: a randomized trial of low-sodium bread", id="titled"),
    pytest.param('Article: "Low-sodium bread in older adults" (doi: 10.1000/xyz.123)',
                 "Low-sodium bread in older adults", id="article-line-before-doi"),
])
def test_title_in_prose(citation, sentence: str, title: str) -> None:
    assert citation(LEDE, JOURNAL, sentence)["title"] == title


def test_doi_broken_by_spaces() -> None:
    record = extract_text(article(LEDE, JOURNAL, "Abstract: http://www. example. org/ view?doi= 10. 7326/ M19-0001"))
    assert record["citation"]["doi"] == "10.7326/M19-0001"


@pytest.mark.parametrize("paragraphs, authors", [
    pytest.param(("Dr. Maria Lopez of Hill University ran the trial.",
                  "Lopez, director of the sleep clinic and the study's lead author, said it worked."),
                 ["Maria Lopez"], id="surname-beside-the-role-named-in-full-earlier"),
    pytest.param(("\u201cIt worked,\u201d said lead author Dr. Lopez.", "Dr. Maria Lopez runs a sleep clinic."),
                 ["Maria Lopez"], id="title-and-surname-after-the-role"),
    pytest.param(("Researchers in Boston, and the lead author of the study, said it worked.",), [],
                 id="a-place-is-no-author"),
])
def test_author_given_by_surname(citation, paragraphs: tuple[str, ...], authors: list[str]) -> None:
    assert citation(LEDE, JOURNAL, *paragraphs)["authors"] == authors


def test_journal_of_an_earlier_paper() -> None:
    record = extract_text(article(LEDE, "A similar drug was described in the Journal of Rural Dentistry last year."))
    assert record["citation"] is None


@pytest.mark.parametrize("sentence, journal, year", [
    pytest.param("The study was published in Computers in Sleep and Medicine on Monday.",
                 "Computers in Sleep and Medicine", None, id="capitalised-title-after-published-in"),
    pytest.param("The results were published in The Open Sleep Medicine Journal.", "Open Sleep Medicine Journal",
                 None, id="journal-word-ending-a-title-is-kept"),
    pytest.param("The findings were published in the Journal of Parkinson\u2019s Disease.",
                 "Journal of Parkinson\u2019s Disease", None, id="curly-apostrophe-in-a-title"),
    pytest.param("The paper, 'Sleep in Adults: Survey 2001-2010,' was published in Sleep and Health Reports.",
                 "Sleep and Health Reports", None, id="a-range-of-years-in-a-title-is-no-year"),
])
def test_journal_not_in_the_lexicon(citation, sentence: str, journal: str, year: int | None) -> None:
    found = citation(LEDE, sentence)
    assert (found["journal"], found["year"]) == (journal, year)
