"""Authors named in prose by roles the story words loosely (session 31): an author "of the study"
without an article, "one of the lead authors", "leading author", an author named after a place in
an affiliation, a co-author of a book, and several people each called an author of the paper.

Every sentence here is written for the test (none is copied from a data set).
"""

from __future__ import annotations

import pytest

LEDE = "A new drug lowered blood pressure in adults with hypertension, researchers reported."
JOURNAL = "The study is out this week in the Journal of Rural Dentistry."


def article(*paragraphs: str) -> str:
    return "\n\n".join(("Trial Update", *paragraphs)) + "\n"


@pytest.fixture
def citation(run):
    return lambda *paragraphs: run(article(LEDE, JOURNAL, *paragraphs))["citation"]


@pytest.mark.parametrize("sentence, authors, et_al", [
    pytest.param("\u201cIt helps,\u201d said Nora Vance, a professor of medicine at Lake University and author of the study.",
                 ["Nora Vance"], None, id="and-author-of-the-study"),
    pytest.param("\u201cIt helps,\u201d said Nora Vance, a nurse at Lake University and one of the authors of the new paper.",
                 ["Nora Vance"], True, id="one-of-the-authors-of-the-new-paper"),
    pytest.param("\u201cIt helps,\u201d said author Nora Vance, a nurse at Lake University.", ["Nora Vance"], None,
                 id="said-author"),
    pytest.param("Leading author Nora Vance of Lake University said it helps.", ["Nora Vance"], None, id="leading-author"),
    pytest.param("Nora Vance, one of the lead authors of the new study, said it helps.", ["Nora Vance"], True,
                 id="one-of-the-lead-authors"),
    pytest.param("Nora Vance, one of the co-first authors of the study, said it helps.", ["Nora Vance"], True,
                 id="one-of-the-co-first-authors"),
    pytest.param("Nora Vance, who is one of the authors on the new study, said it helps.", ["Nora Vance"], True,
                 id="one-of-the-authors-on-the-new-study"),
    pytest.param("The article's author, Nora Vance, a nurse, said it helps.", ["Nora Vance"], None, id="the-articles-author"),
    pytest.param("Ali Khan of Lake Hospital, Palo Alto, is one of the authors on the new study.", ["Ali Khan"], True,
                 id="a-place-after-the-affiliation-is-no-name"),
    pytest.param("\u201cIt helps,\u201d said study co-author Dr Khan. Ali Khan, from Lake University, ran the tests.",
                 ["Ali Khan"], True, id="title-and-surname-then-the-full-name"),
    pytest.param("\u201cIt helps,\u201d said Ali Khan, lead author of The BMJ study.", ["Ali Khan"], None,
                 id="lead-author-of-the-journal-study"),
    pytest.param("\u201cIt helps,\u201d said Dr. Ali Khan, lead author of The Journal of Rural Dentistry study.",
                 ["Ali Khan"], None, id="lead-author-of-a-journal-name-with-of-study"),
    pytest.param("\u201cIt helps,\u201d said Dr. Nora Vance, the study\u2019s lead author. Omar Reyes, co-author of The Art "
                 "of Deep Sleep, agreed.", ["Nora Vance"], None, id="co-author-of-a-book-title-with-of-is-no-author"),
    pytest.param("\u201cIt helps,\u201d said Dr. Nora Vance, the study\u2019s lead author. Omar Reyes, co-author of The Happy "
                 "Gut, agreed.", ["Nora Vance"], None, id="co-author-of-a-book-is-no-author"),
    pytest.param("Omar Reyes, co-author of \u201cThe Happy Gut,\u201d agreed.", [], None, id="co-author-of-a-quoted-title"),
])
def test_author_roles_written_loosely(citation, sentence: str, authors: list[str], et_al: bool | None) -> None:
    found = citation(sentence)
    assert (found["authors"], found["et_al"]) == (authors, et_al)


@pytest.mark.parametrize("paragraphs, authors, et_al", [
    pytest.param(("\u201cIt helps,\u201d said Dr. Nora Vance, one of the study\u2019s authors.",
                  "Omar Reyes, another author of the study, agreed."), ["Nora Vance", "Omar Reyes"], True,
                 id="two-authors-each-named"),
    pytest.param(("For Nora Vance, one of the study\u2019s authors, the message is clear.",
                  "Omar Reyes, a co-author, agreed."), ["Nora Vance", "Omar Reyes"], True, id="sentence-opening-for"),
    pytest.param(("\u201cIt helps,\u201d said Nora Vance, a co-author of the study.", "Omar Reyes, the senior author, agreed."),
                 ["Nora Vance", "Omar Reyes"], True, id="co-author-then-senior-author"),
    pytest.param(("\u201cIt helps,\u201d said Nora Vance, the study's lead author.", "Omar Reyes, the senior author, agreed."),
                 ["Nora Vance"], True, id="a-lead-author-is-named-alone"),
])
def test_each_author_without_a_first(citation, paragraphs: tuple[str, ...], authors: list[str], et_al: bool | None) -> None:
    found = citation(*paragraphs)
    assert (found["authors"], found["et_al"]) == (authors, et_al)


MEETING_ABSTRACT = ("Abstract 512 A Walking Programme After Hip Surgery: a Randomised Trial",
                    "T. Halvorsen1, J.B. Moreau2, Ana-Maria Pirvu1", "1University Hospital, Oslo; 2Lyon Centre")


@pytest.mark.parametrize("sentence, year", [
    pytest.param("The trial was presented today at the Lake Society's 2019 Annual Scientific Meeting.", 2019,
                 id="year-before-the-meeting-name"),
    pytest.param("The findings were presented at the LSO 2021 International Conference in Oslo.", 2021,
                 id="acronym-year-conference"),
    pytest.param("The findings were presented at the spring meeting of the Lake Society.", None, id="no-year"),
    pytest.param("The findings were presented at the 2022 Congress of the Lake Society.", 2022,
                 id="the-year-congress"),
    pytest.param("The findings were presented at 2020 Lake Society Congress in Bergen.", 2020,
                 id="year-name-and-capitalised-noun"),
    pytest.param("In 2017 Congress passed a law on walking paths. The findings were presented at the Lake Society's "
                 "2019 Annual Meeting.", 2019, id="a-year-before-the-legislature-is-no-meeting-year"),
    pytest.param("The 2016 Congress passed a law on walking paths. The findings were presented at the Lake "
                 "Society's 2019 Annual Meeting.", 2019, id="a-sentence-opening-the-is-no-meeting-name"),
])
def test_meeting_abstract_year(run, sentence: str, year: int | None) -> None:
    """A meeting abstract no journal dates is dated by the year in its meeting's name."""
    found = run(article(LEDE, sentence, *MEETING_ABSTRACT))["citation"]
    assert (found["journal"], found["year"]) == (None, year)
