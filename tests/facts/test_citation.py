"""Citation: the paper the article reports.

Moved from the one ``test_facts.py``: each case runs the whole pipeline on a small article."""

from __future__ import annotations

import pytest

from trialnews.facts import citation, references

from .helpers import NEUTRAL_LEDE, article, hand_built


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


@pytest.mark.parametrize("tail, et_al", [
    pytest.param(" for the HALO investigators", False, id="for-a-group-the-byline-is-whole"),
    pytest.param(" on behalf of the HALO Study Group", False, id="on-behalf-of-a-group"),
    pytest.param(", the HALO Investigators", True, id="a-group-as-an-author"),
])
def test_reference_line_with_and_a_generation_and_a_group(run, tail: str, et_al: bool) -> None:
    """The last author after "and", a generation between surname and initials, and the group the
    authors wrote for: the names are the byline."""
    text = article(NEUTRAL_LEDE, f"Moss AB, Ortiz Jr. L and Kent CS{tail}. Warm baths after knee surgery: a "
                                 "randomized trial. Journal of the Lakeside Medical Society. March 3, 2019.")
    citation = run(text)["citation"]
    assert (citation["authors"], citation["et_al"], citation["journal"], citation["year"]) == \
        (["Moss AB", "Ortiz Jr. L", "Kent CS"], et_al, "Journal of the Lakeside Medical Society", 2019)


def test_journal_named_in_the_story(run) -> None:
    citation = run(article(NEUTRAL_LEDE, "The results were published in the journal Menopause."))["citation"]
    assert citation is not None
    assert citation["journal"] == "Menopause"
    assert citation["title"] is None

JOURNAL_NAMES = [
    pytest.param("The trial was published in the Midwest Dermatology Society's Journal of Skin Research.",
                 "Journal of Skin Research", id="publisher-possessive"),
    pytest.param("The results appear in the American Podiatry Association\u2019s journal JAPA this week.",
                 "JAPA", id="publisher-possessive-journal-word"),
    pytest.param("The findings were published in the journal Alzheimer's Research & Therapy.",
                 "Alzheimer's Research & Therapy", id="possessive-inside-a-name"),
    pytest.param("The data appeared in the Journal of Clinical Sleep.4", "Journal of Clinical Sleep",
                 id="footnote-number"),
]


@pytest.mark.parametrize(("sentence", "journal"), JOURNAL_NAMES)
def test_journal_name_as_written(run, sentence: str, journal: str) -> None:
    """A journal is named without its publisher's possessive or a footnote number glued to it."""
    assert run(article(NEUTRAL_LEDE, sentence))["citation"]["journal"] == journal


def test_trial_that_published_is_no_journal(run) -> None:
    text = article(NEUTRAL_LEDE, "The Lung Cancer Prevention Trial published results in 2001 showing no benefit.")
    citation = run(text)["citation"]
    assert citation is None or citation["journal"] is None


def test_doi_without_a_glued_link(run) -> None:
    text = article(NEUTRAL_LEDE, "The results were published in the journal Menopause. "
                                 "DOI: 10.1097/GME.0000000000001234https://journals.example.org/article")
    assert run(text)["citation"]["doi"] == "10.1097/GME.0000000000001234"



@pytest.mark.parametrize("text", [
    pytest.param(article(NEUTRAL_LEDE), id="no-publication-named"),
    pytest.param(article("The trial enrolled 616 patients with lung cancer."), id="disease-word-is-not-a-journal"),
])
def test_no_citation(run, text: str) -> None:
    assert run(text)["citation"] is None


# The citation fact's settings (``trialnews_citation``'s config), each changed on a hand-built
# text or doc.

REFERENCE = ("Trial news.\n\nSource: Smith J, Doe A. A trial of aspirin in older adults. The Journal of Tests. "
             "2018;12:45-50.\n")


@pytest.mark.parametrize(("settings", "journal"), [
    pytest.param(citation.DEFAULTS, "The Journal of Tests", id="default"),
    pytest.param(citation.Settings(min_listed_authors=3), None, id="too-few-authors"),
    pytest.param(citation.Settings(min_title_words=8), None, id="title-too-short"),
    pytest.param(citation.Settings(max_journal_words=2), None, id="unknown-journal-too-long"),
    pytest.param(citation.Settings(short_word_chars=1), None, id="of-must-be-capitalised"),
    pytest.param(citation.Settings(reference_labels="months.txt"), None, id="source-is-no-label"),
])
def test_reference_line_settings(settings: citation.Settings, journal: str | None) -> None:
    found = references.reference_citation(REFERENCE, settings)
    assert (found or {}).get("journal") == journal
    if found is not None:
        assert found["authors"] == ["Smith J", "Doe A"] and found["year"] == 2018


SLOT = "Trial news. The findings were published in Advances in Dental Testing on Monday."


@pytest.mark.parametrize(("settings", "journal"), [
    pytest.param(citation.DEFAULTS, ("Advances in Dental Testing", None), id="default"),
    pytest.param(citation.Settings(slot_name_tokens=3), None, id="name-longer-than-the-cap"),
    pytest.param(citation.Settings(slot_verbs="months.txt"), None, id="published-is-no-slot-verb"),
])
def test_publication_slot_settings(settings: citation.Settings, journal: tuple | None) -> None:
    assert citation._journal(hand_built(SLOT, {}), settings) == journal


ROLE_AFTER = "Trial news. The lead author, Dr. Jane Smith, said the results were clear."
ROLE_BEFORE = "Trial news. Jane Smith, a professor of medicine at Lake College and the lead author, said so."


@pytest.mark.parametrize(("text", "settings", "authors"), [
    pytest.param(ROLE_AFTER, citation.DEFAULTS, ["Jane Smith"], id="name-after-the-role"),
    pytest.param(ROLE_AFTER, citation.Settings(name_after_window=5), [], id="name-after-the-window"),
    pytest.param(ROLE_BEFORE, citation.DEFAULTS, ["Jane Smith"], id="name-before-the-role"),
    pytest.param(ROLE_BEFORE, citation.Settings(apposition_window=10), [], id="name-before-the-window"),
    pytest.param(ROLE_BEFORE, citation.Settings(min_name_words=3), [], id="name-too-short"),
])
def test_author_settings(text: str, settings: citation.Settings, authors: list[str]) -> None:
    assert citation._authors(hand_built(text, {}), settings)[0] == authors


BACKGROUND_REFERENCES = ("The results were published today in the Journal of Vascular Care.\n\n"
                         "References\n\n"
                         "i Moreau P, Lind K. Rates of clot in adults. Clot Rev 2011;4:12-19.\n\n"
                         "ii Vance T, Oyelaran B. Early discharge after clots. 2017; doi: 10.5555/jvr.2017.0042\n")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(BACKGROUND_REFERENCES, None, id="doi-of-a-listed-background-reference"),
    pytest.param(BACKGROUND_REFERENCES.replace("2017; doi", "Journal of Vascular Care 2017; doi"),
                 "10.5555/jvr.2017.0042", id="listed-reference-in-the-cited-journal"),
])
def test_doi_of_listed_references(run, text: str, expected: str | None) -> None:
    citation = run(article("The CLOTLESS trial enrolled 300 adults with clots.", text))["citation"]
    assert citation["journal"] == "Journal of Vascular Care"
    assert citation["doi"] == expected


def test_blank_lines_hold_no_reference() -> None:
    # reference_citation skips blank lines: every reader of a line finds nothing in an empty one,
    # and a reader that looks at the lines above (a meeting abstract's title) still sees them all
    assert not any(read("") for read in (references._vancouver, references._first_author_et_al,
                                          references._et_al_comma, references._harvard, references._title_first))
    assert references._quoted_title("", False) is None and references._meeting_abstract([""], 0, "") is None
    text = ("Walking news.\n\nAbstract 212: A randomized trial of brisk walking in older adults\n\n"
            "Anna Berg1, Tom Lind2, Mary Stone1\n\n1 University of Testing\n")
    found = references.reference_citation(text)
    assert found is not None and found["authors"] == ["Anna Berg", "Tom Lind", "Mary Stone"]
    assert found["title"] == "A randomized trial of brisk walking in older adults"
