"""Citation: which reference of a story is the trial's paper, and references the line readers
used to miss (run into a heading, a title that asks a question, a title that runs into its journal).

Every sentence is written for these tests, in the manner of press releases that end with the
paper's reference or with a list of background references."""

from __future__ import annotations

import pytest

from trialnews.facts import references
from trialnews.facts.citation import _choose_reference
from trialnews.facts.references import journals_agree

from .helpers import NEUTRAL_LEDE, article

PUBLISHED_LAKESIDE = "The results were published today in the Journal of Lakeside Medicine."


def test_vancouver_list_run_into_a_heading_with_the_journal_after_a_comma(run) -> None:
    """The reference follows a heading on its line, and the release put a comma, not a full stop,
    between the title and the journal."""
    text = article(NEUTRAL_LEDE, PUBLISHED_LAKESIDE,
                   "Further information Read the paper in Journal of Lakeside Medicine Moss AB, Kent CS, Ortiz L, "
                   "and Lee JH. Warm baths after knee surgery in older adults: a randomised trial, Journal of "
                   "Lakeside Medicine. 2019. doi:10.1234/jlm.2019.77")
    citation = run(text)["citation"]
    assert citation == {"authors": ["Moss AB", "Kent CS", "Ortiz L", "Lee JH"], "et_al": False,
                        "title": "Warm baths after knee surgery in older adults: a randomised trial",
                        "journal": "Journal of Lakeside Medicine", "year": 2019, "doi": "10.1234/jlm.2019.77"}


def test_a_title_that_asks_a_question_keeps_its_subtitle(run) -> None:
    text = article(NEUTRAL_LEDE, "Moss AB, Kent CS, Ortiz L. Do warm baths help after knee surgery? A randomised "
                                 "trial in older adults. Journal of Lakeside Medicine. 2019;12(3):45-50.")
    citation = run(text)["citation"]
    assert citation["title"] == "Do warm baths help after knee surgery? A randomised trial in older adults"
    assert (citation["journal"], citation["year"]) == ("Journal of Lakeside Medicine", 2019)


def test_a_labelled_author_list_whose_title_runs_into_its_journal_gives_the_authors(run) -> None:
    """The title and the journal cannot be read apart: the names are kept, the journal comes from the prose."""
    text = article(NEUTRAL_LEDE, PUBLISHED_LAKESIDE,
                   "Citation: Moss AB, Kent CS, Ortiz L, Lee JH. Warm baths? Knee Surgery Outcomes at Two Years from "
                   "the BATH StudyJ Lakeside Med. Available online: May 4, 2019")
    citation = run(text)["citation"]
    assert citation["authors"] == ["Moss AB", "Kent CS", "Ortiz L", "Lee JH"]
    assert citation["title"] is None
    assert citation["journal"] == "Journal of Lakeside Medicine"


BACKGROUND_NOTES = ("i Berg T, Lind A, Stone M. How often older adults fall after knee surgery. "
                    "Age Res Rev 2011;12:33-40.\n\n"
                    "ii Cole D, Ray P, Young S. Warm water and the healing of wounds. Wound Care J 2013;4:1-9.")


def test_numbered_background_notes_are_not_the_trials_paper(run) -> None:
    """The story says where the trial was published; the notes under it cite other journals."""
    citation = run(article(NEUTRAL_LEDE, PUBLISHED_LAKESIDE, BACKGROUND_NOTES))["citation"]
    assert citation["journal"] == "Journal of Lakeside Medicine"
    assert citation["authors"] == []
    assert citation["title"] is None


def test_numbered_notes_give_no_paper_where_the_prose_names_no_journal(run) -> None:
    assert run(article(NEUTRAL_LEDE, BACKGROUND_NOTES))["citation"] is None


def test_the_reference_of_a_list_that_agrees_with_the_prose_is_the_trials(run) -> None:
    """A list of references: the one in the journal the prose names (abbreviated) is the trial's."""
    text = article(NEUTRAL_LEDE, PUBLISHED_LAKESIDE, "References",
                   "Berg T, Lind A, Stone M. How often older adults fall after knee surgery. Age Res Rev. "
                   "2011;12:33-40.",
                   "Moss AB, Kent CS, Ortiz L. Warm baths after knee surgery: a randomised trial. J Lakeside Med. "
                   "2019;7:1-9.")
    citation = run(text)["citation"]
    assert citation["authors"] == ["Moss AB", "Kent CS", "Ortiz L"]
    assert (citation["journal"], citation["year"]) == ("J Lakeside Med", 2019)


def test_a_list_reference_years_away_from_the_prose_is_another_paper(run) -> None:
    text = article(NEUTRAL_LEDE, "The results were published in the Journal of Lakeside Medicine in 2019.",
                   "1. Moss AB, Kent CS, Ortiz L. Warm baths and knee pain: a cohort study. J Lakeside Med. "
                   "2012;3:1-9.")
    citation = run(text)["citation"]
    assert citation["authors"] == []
    assert citation["journal"] == "Journal of Lakeside Medicine"


def test_reference_citations_say_where_each_reference_stands() -> None:
    text = ("Moss AB, Kent CS, Ortiz L. Warm baths after knee surgery: a randomised trial. Lancet. 2019;7:1-9.\n"
            "ii Berg T, Lind A, Stone M. How often older adults fall after knee surgery. Age Res Rev 2011;12:33-40.\n"
            "Read the paper Cole D, Ray P, Young S. Warm water and the healing of wounds. Wound Care J 2013;4:1-9.\n")
    assert [(found["authors"][0], where) for found, where in references.reference_citations(text)] == \
        [("Moss AB", references.LINE), ("Berg T", references.RUN_IN), ("Cole D", references.RUN_IN)]


@pytest.mark.parametrize("a, b, agree", [
    ("New England Journal of Medicine", "N Engl J Med", True),
    ("JAMA Cardiology", "JAMA Cardiol", True),
    ("JAMA", "Journal of the American Medical Association", True),
    ("The Lancet", "Lancet Oncology", True),
    ("Journal of Lakeside Medicine", "Age Res Rev", False),
    ("JAMA Oncology", "Journal of Clinical Oncology", False),
    ("Lancet", None, True),
])
def test_journals_agree(a: str, b: str | None, agree: bool) -> None:
    assert journals_agree(a, b) is agree


@pytest.mark.parametrize("names, authors", [
    pytest.param("Álvarez J, Berg T, Øvrebø K, Lind A", ["Álvarez J", "Berg T", "Øvrebø K", "Lind A"], id="accented-capitals"),
    pytest.param("Nguyễn T, García Márquez J, Lind A", ["Nguyễn T", "García Márquez J", "Lind A"], id="accents-and-two-word-surname"),
    pytest.param("de la Fuente J, Berg T, Lind A", ["de la Fuente J", "Berg T", "Lind A"], id="two-particles"),
    pytest.param("Berg T, Lind A, Allen LA , Moss B", ["Berg T", "Lind A", "Allen LA", "Moss B"], id="space-before-a-comma"),
    pytest.param("Berg T., Lind A.B., Moss B", ["Berg T", "Lind A.B.", "Moss B"], id="dotted-initials"),
])
def test_one_name_of_an_unusual_shape_does_not_end_the_list(names: str, authors: list[str]) -> None:
    """A long list holds names of every language and press releases' typing habits: each is read,
    since one name the reader cannot read would lose the whole list."""
    found = references.reference_citation(f"{names}. Warm baths after knee surgery in older adults. "
                                          "Journal of Lakeside Medicine. 2016;387:100-108.")
    assert found is not None
    assert (found["authors"], found["et_al"], found["journal"], found["year"]) == \
        (authors, False, "Journal of Lakeside Medicine", 2016)


def test_the_prose_dates_a_reference_in_the_journals_abbreviation(run) -> None:
    """The reference gives no year and its journal abbreviated; the prose names the journal in full
    with the date: the two agree (``journals_agree``), so the prose's year is the reference's."""
    text = article(NEUTRAL_LEDE, "The results were published in the June 3, 2019 issue of the Journal of Lakeside "
                                 "Medicine.",
                   "Source: Moss AB, Kent CS, Ortiz L. Warm baths after knee surgery: a randomised trial. J Lakeside Med.")
    citation = run(text)["citation"]
    assert (citation["journal"], citation["year"]) == ("J Lakeside Med", 2019)


def test_without_a_journal_in_the_prose_the_first_reference_on_its_own_line_is_kept(nlp) -> None:
    """A run-in reference (after other words of its line) found before the one standing on its own
    line is passed over, not taken as a reason to keep none."""
    run_in = {"authors": ["Berg T", "Lind A", "Stone M"], "journal": "Age Res Rev", "year": 2015}
    own_line = {"authors": ["Moss AB", "Kent CS", "Ortiz L"], "journal": "J Lakeside Med", "year": 2019}
    found = [(run_in, references.RUN_IN), (own_line, references.LINE)]
    assert _choose_reference(found, prose_journal=lambda: None) is own_line
