"""The publication's whole author list, where a story prints one (``trialnews.facts.author_lists``
and the co-author sentences of ``trialnews.facts.citation``).

Every sentence here is written for the test (none is copied from a data set); each expected value
is what a curator would write in the record's ``citation`` (RECORD.md: each author as written,
``et_al`` false for a complete list, true where the list says more authors).
"""

from __future__ import annotations

from typing import Any

import pytest

from trialnews.engines.local import extract_text
from trialnews.facts.author_lists import listed_authors
from trialnews.nlp import make_nlp

TITLE = "Trial Update"
LEDE = "A daily walk eased knee pain in older adults, researchers reported."


def article(*paragraphs: str) -> str:
    return "\n\n".join((TITLE, LEDE, *paragraphs)) + "\n"


@pytest.fixture
def citation(run):
    """The citation of a small article (``run``, from conftest.py, checks the record is grounded and valid)."""
    def extract(*paragraphs: str) -> dict[str, Any] | None:
        return run(article(*paragraphs))["citation"]
    return extract


@pytest.mark.parametrize("line, authors, et_al, title, journal, year", [
    pytest.param("*Anna Berg, Tom Li, Sanna von Roth-Lang, Claudia M. Roth: Walking for knee pain in older adults: a "
                 "randomized trial. In: Journal of Knee Medicine, Volume 2, Issue 3, March 2018, Pages 1-9.",
                 ["Anna Berg", "Tom Li", "Sanna von Roth-Lang", "Claudia M. Roth"], False,
                 "Walking for knee pain in older adults: a randomized trial", "Journal of Knee Medicine", 2018,
                 id="names-colon-title-in-journal"),
    pytest.param("\u2013 Anna Berg, Tom Li, Carl Roth: Walking for knee pain in older adults: a randomized trial. "
                 "In: Journal of Knee Medicine, Volume 2, March 2018.", ["Anna Berg", "Tom Li", "Carl Roth"], False,
                 "Walking for knee pain in older adults: a randomized trial", "Journal of Knee Medicine", 2018,
                 id="line-opening-with-an-en-dash"),
    # initials read as references.py reads them ("K-H.": one hyphenated pair)
    pytest.param("K-H. Berg, T. Li, C. Roth: Walking for knee pain in older adults: a randomized trial. In: Journal "
                 "of Knee Medicine, Volume 2, March 2018.", ["K-H. Berg", "T. Li", "C. Roth"], False,
                 "Walking for knee pain in older adults: a randomized trial", "Journal of Knee Medicine", 2018,
                 id="hyphenated-initials"),
    pytest.param('A. Berg, T. Li, M. A. Roth, and E. Park, "Heat therapy for people with type 2 diabetes: a '
                 'randomized trial," Scientific Reports, vol. 6, p. 123, 2016.',
                 ["A. Berg", "T. Li", "M. A. Roth", "E. Park"], False,
                 "Heat therapy for people with type 2 diabetes: a randomized trial", "Scientific Reports", 2016,
                 id="initials-then-quoted-title"),
    pytest.param("Anna Berg, Tom Li, Carl Roth, and Eva Park. Cocoa drinks and memory in older adults: a randomized "
                 "controlled trial, American Journal of Clinical Nutrition, published online December 17, 2014.",
                 ["Anna Berg", "Tom Li", "Carl Roth", "Eva Park"], False,
                 "Cocoa drinks and memory in older adults: a randomized controlled trial",
                 "American Journal of Clinical Nutrition", 2014, id="names-stop-title-comma-journal"),
    pytest.param("Anna Berg, Tom Li, Carl Roth and colleagues: Cocoa drinks and memory in older adults. Journal of "
                 "Food Science, 2014.", ["Anna Berg", "Tom Li", "Carl Roth"], True,
                 "Cocoa drinks and memory in older adults", "Journal of Food Science", 2014, id="and-colleagues"),
    pytest.param("Abstract 12: Knee artery embolization for knee pain: interim results of a trial. S. Berg; R. Li; "
                 "T. Roth; Lake Institute of Virginia, Woodbridge, VA.", ["S. Berg", "R. Li", "T. Roth"], False,
                 "Knee artery embolization for knee pain: interim results of a trial", None, None,
                 id="meeting-abstract-header"),
    # a reference label before the names ("Source:", "Citation:"; reference_labels.txt)
    pytest.param('Source: Anna Berg, Tom Li, Carl Roth et al. "Cocoa drinks and memory in older adults." Journal of '
                 'Food Science. 2014.', ["Anna Berg", "Tom Li", "Carl Roth"], True,
                 "Cocoa drinks and memory in older adults", "Journal of Food Science", 2014, id="labelled-byline-et-al"),
    pytest.param("Citation: Anna Berg, Tom Li, Carl Roth. Cocoa drinks and memory in older adults. Pediatrics, 2014.",
                 ["Anna Berg", "Tom Li", "Carl Roth"], False, "Cocoa drinks and memory in older adults", "Pediatrics",
                 2014, id="labelled-names-stop-title"),
    pytest.param("Citation: Anna Berg, Tom Li. Cocoa drinks and memory in older adults. Pediatrics, 2014.",
                 ["Anna Berg", "Tom Li"], False, "Cocoa drinks and memory in older adults", "Pediatrics", 2014,
                 id="labelled-two-names"),
    pytest.param('Source: Anna Berg et al., "Cocoa drinks and memory in older adults," Pediatrics, 2014.',
                 ["Anna Berg"], True, "Cocoa drinks and memory in older adults", "Pediatrics", 2014,
                 id="labelled-one-name-et-al-quoted-title"),
    pytest.param("A. Berg, T. Li, C. Roth. Cocoa drinks and memory in older adults. Pediatrics 2014;133(2):1-9.",
                 ["A. Berg", "T. Li", "C. Roth"], False, "Cocoa drinks and memory in older adults", "Pediatrics", 2014,
                 id="journal-then-year-after-a-space"),
    # names written surname first, each with its initials after a comma
    pytest.param("Berg, A.C., Li, T., Roth, C.M., Park, E. Cocoa drinks and memory in older adults. Pediatrics (2014), "
                 "doi: 10.1542/peds.2014.0001", ["Berg A.C.", "Li T.", "Roth C.M.", "Park E."], False,
                 "Cocoa drinks and memory in older adults", "Pediatrics", 2014, id="surname-first-with-initials"),
    pytest.param("Berg, A.C., Li, T. and Álvarez, C. Cocoa drinks and memory in older adults. Journal of Food Science, "
                 "2014.", ["Berg A.C.", "Li T.", "Álvarez C."], False, "Cocoa drinks and memory in older adults",
                 "Journal of Food Science", 2014, id="surname-first-and-the-last"),
    pytest.param("Holm, P., Kwan, S-J., Ruiz, D. Night shifts and the sleep of nurses. Sleep Medicine (2018).",
                 ["Holm P.", "Kwan S-J.", "Ruiz D."], False, "Night shifts and the sleep of nurses", "Sleep Medicine",
                 2018, id="surname-first-hyphenated-initials"),
])
def test_author_list_line(line: str, authors: list[str], et_al: bool, title: str, journal: str | None,
                          year: int | None) -> None:
    found = listed_authors(f"Some prose before.\n\n{line}\n")
    assert found is not None
    assert (found["authors"], found["et_al"], found["title"], found["journal"], found["year"]) == \
        (authors, et_al, title, journal, year)


@pytest.mark.parametrize("line", [
    pytest.param("Anna Berg, Tom Li and Carl Roth said the results were strong.", id="speakers-in-a-sentence"),
    pytest.param("Anna Berg, Tom Li and Carl Roth: three doctors who changed medicine in New York.",
                 id="names-and-colon-without-a-journal"),
    pytest.param("Anna Berg, Tom Li: Walking for knee pain in older adults. Journal of Knee Medicine, 2018.",
                 id="two-names-are-too-few"),
    pytest.param("Lake University, River College, Hill Hospital: Walking for knee pain in older adults. Journal of "
                 "Knee Medicine, 2018.", id="institutions-are-no-authors"),
    pytest.param("Abstract 12: Knee artery embolization for knee pain. Lake Institute; River College; Hill Hospital.",
                 id="abstract-with-institutions-only"),
    pytest.param("Source: Anna Berg said so. Salt is bad for you. Pediatrics, 2014.", id="labelled-sentence"),
    pytest.param("Source: Anna Berg. Cocoa drinks and memory in older adults. Pediatrics, 2014.", id="labelled-one-name-alone"),
])
def test_no_author_list(line: str) -> None:
    assert listed_authors(f"Some prose before.\n\n{line}\n") is None


@pytest.mark.parametrize("block, authors, et_al, title, journal", [
    pytest.param("Reference\n\nCocoa drinks and memory in older adults: the CALM trial\n\nAnna B Berg, Tom Li and Carl Roth."
                 "\n\nPediatrics. DOI: 10.1542/peds.2014.0001", ["Anna B Berg", "Tom Li", "Carl Roth"], False,
                 "Cocoa drinks and memory in older adults: the CALM trial", "Pediatrics", id="title-line-then-names-line"),
    pytest.param("Journal reference:\nCocoa drinks and memory in older adults. Anna Berg, Tom Li, Carl Roth et al.\n"
                 "Pediatrics: DOI 10.1542/peds.2014.0001", ["Anna Berg", "Tom Li", "Carl Roth"], True,
                 "Cocoa drinks and memory in older adults", "Pediatrics", id="title-and-names-on-one-line"),
    pytest.param("Reference\n\nCocoa drinks and memory in older adults\n\nAnna Berg and Tom Li",
                 ["Anna Berg", "Tom Li"], False, "Cocoa drinks and memory in older adults", None, id="two-names-no-journal"),
])
def test_reference_block_after_a_label_alone(block: str, authors: list[str], et_al: bool, title: str,
                                              journal: str | None) -> None:
    """A label on its own line, then the title and the names over the next lines, the journal after them."""
    found = listed_authors(f"Some prose before.\n\n{block}\n")
    assert found is not None
    assert (found["authors"], found["et_al"], found["title"], found["journal"]) == (authors, et_al, title, journal)


@pytest.mark.parametrize("block", [
    pytest.param("Reference\n\nAnna Berg, Tom Li and Carl Roth.\n\nPediatrics, 2014.", id="names-without-a-title"),
    pytest.param("Some prose before.\n\nCocoa drinks and memory in older adults\n\nAnna Berg, Tom Li and Carl Roth.",
                 id="no-label-before-the-block"),
    pytest.param("Reference\n\nCocoa drinks and memory in older adults\n\nAnna Berg, Tom Li and Carl Roth said so.",
                 id="names-in-a-sentence"),
    pytest.param("Reference\n\nCocoa drinks and memory in older adults\n\nLake University, River College and Hill Hospital.",
                 id="institutions-are-no-authors"),
])
def test_no_reference_block(block: str) -> None:
    assert listed_authors(f"Some prose before.\n\n{block}\n") is None


def test_reference_block_makes_the_citation(citation) -> None:
    """The block's authors are the citation's, grounded at their words in the block."""
    found = citation("The trial was published in the journal Pediatrics.",
                     "Reference", "Cocoa drinks and memory in older adults: the CALM trial",
                     "Anna B Berg, Tom Li and Carl Roth.", "Pediatrics. DOI: 10.1542/peds.2014.0001")
    assert found is not None
    assert (found["authors"], found["et_al"], found["title"], found["journal"], found["doi"]) == \
        (["Anna B Berg", "Tom Li", "Carl Roth"], False, "Cocoa drinks and memory in older adults: the CALM trial",
         "Pediatrics", "10.1542/peds.2014.0001")


def test_author_list_makes_the_citation(citation) -> None:
    found = citation("The trial ran for a year.",
                     "Anna Berg, Tom Li, Carl Roth: Walking for knee pain in older adults: a randomized trial. "
                     "In: Journal of Knee Medicine, Volume 2, March 2018.")
    assert found is not None
    assert (found["authors"], found["et_al"], found["journal"], found["year"]) == \
        (["Anna Berg", "Tom Li", "Carl Roth"], False, "Journal of Knee Medicine", 2018)


def test_fewest_names_of_an_author_list_is_a_citation_setting() -> None:
    text = article("The trial ran for a year.", "Anna Berg, Tom Li, Carl Roth: Walking for knee pain in older "
                   "adults: a randomized trial. In: Journal of Knee Medicine, Volume 2, March 2018.")
    nlp = make_nlp()
    assert (extract_text(text, nlp=nlp)["citation"] or {}).get("authors") == ["Anna Berg", "Tom Li", "Carl Roth"]
    nlp.replace_pipe("trialnews_citation", "trialnews_citation", config={"min_reference_authors": 4})
    assert (extract_text(text, nlp=nlp)["citation"] or {}).get("authors") != ["Anna Berg", "Tom Li", "Carl Roth"]


@pytest.mark.parametrize("sentence, authors, et_al", [
    pytest.param("The study was published in the Journal of Knee Medicine. The paper's authors, in addition to Berg, "
                 "are Tom Li, Dr. Carl Roth and Eva Park, all of Lake University.",
                 ["Tom Li", "Carl Roth", "Eva Park"], False, id="authors-with-an-aside-complete"),
    pytest.param("The study was published in the Journal of Knee Medicine. The study's authors are Tom Li, Carl Roth "
                 "and Eva Park.", ["Tom Li", "Carl Roth", "Eva Park"], False, id="plain-authors-are-complete"),
    pytest.param("The study was published in the Journal of Knee Medicine. Other authors (all at Lake University) "
                 "include Tom Li, Carl Roth and Eva Park.", ["Tom Li", "Carl Roth", "Eva Park"], True,
                 id="bracketed-aside-other-authors"),
    pytest.param("The study was published in the Journal of Knee Medicine. It was co-authored by Tom Li, MD, of Lake "
                 "University and colleagues from River College.", ["Tom Li"], None, id="passive-cue-not-complete"),
])
def test_prose_author_list(citation, sentence: str, authors: list[str], et_al: bool | None) -> None:
    found = citation(sentence)
    assert found is not None
    assert (found["authors"], found["et_al"]) == (authors, et_al)


@pytest.mark.parametrize("sentence", [
    pytest.param("Dr. Jane Moss of Lake University ran it. \"It works,\" said Dr. Moss, the study's lead author.",
                 id="said-dr-surname-comma-role"),
    pytest.param("Dr Jane Moss of Lake University ran it. Dr Moss , the main author of the paper, said it works.",
                 id="title-without-stop-and-stray-space"),
])
def test_role_after_a_titled_surname(citation, sentence: str) -> None:
    found = citation("The study was published in the Journal of Knee Medicine.", sentence)
    assert found is not None
    assert found["authors"] == ["Jane Moss"]


@pytest.mark.parametrize("line", [
    pytest.param("Holm, P., Kwan, S., Ruiz, D., Ngo, Tx., Park, E. Night shifts and the sleep of nurses. Sleep Medicine (2018).",
                 id="names-stop-inside-the-list"),
    pytest.param("Holm, P., Kwan, S., Ruiz, D. and others found that night shifts cut the sleep of nurses in "
                 "Sleep Medicine (2018).", id="a-sentence-goes-on-in-lower-case"),
])
def test_no_reference_where_the_names_do_not_end_the_list(line: str) -> None:
    """Where the names read stop inside the list, or a sentence goes on after them, the line is no
    reference: its title would start with a comma or in lower case."""
    assert listed_authors(f"Some prose before.\n\n{line}\n") is None


def test_names_written_surname_first_are_grounded(run_with_evidence) -> None:
    """Each author written surname first ("Berg A.C.") is grounded at its words with their comma."""
    record = run_with_evidence(article("The trial ran for a year.",
                                       "Berg, A.C., Li, T., Roth, C.M. Cocoa drinks and memory in older adults. "
                                       "Pediatrics (2014), doi: 10.1542/peds.2014.0001"))
    evidence = record["citation"]["evidence"]["authors"]
    assert record["citation"]["authors"] == ["Berg A.C.", "Li T.", "Roth C.M."]
    assert [evidence[name]["text"] for name in record["citation"]["authors"]] == ["Berg, A.C.", "Li, T.", "Roth, C.M."]


def test_author_s_label(citation) -> None:
    """"Author(s):" labels a line of the paper's authors as "Authors:" does."""
    found = citation("The trial was published in the journal Pediatrics.", "Author(s): Anna Berg, Tom Li, Carl Roth")
    assert found is not None
    assert (found["authors"], found["et_al"]) == (["Anna Berg", "Tom Li", "Carl Roth"], False)
