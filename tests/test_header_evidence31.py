"""A header's one bad evidence is dropped alone (the values and every other evidence kept); the readers
of a reference line and of an author list place their lines through one helper
(``references.placed_lines``); the trial's reference is chosen with the prose's journal always asked
through the one reader ``extract`` passes. Texts written for these tests."""

from __future__ import annotations

import pytest

from trialnews.assemble import valid_header
from trialnews.facts import author_lists, references
from trialnews.facts.citation import _choose_reference

TEXT = "Moss A, Kent C. Cream for itch. Lakeside Med J 2019."


def _placed(words: str, rule: str = "citation:test") -> dict:
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words), "text": words, "rule": rule}


def _citation(evidence: dict) -> dict:
    return {"authors": ["Moss A", "Kent C"], "et_al": None, "title": "Cream for itch", "journal": "Lakeside Med J",
            "year": 2019, "doi": None, "evidence": evidence}


def test_one_bad_value_evidence_is_dropped_alone() -> None:
    warnings: list[str] = []
    bad = {**_placed("Lakeside Med J"), "text": "Lakeside Med X"}
    found = valid_header("citation", _citation({"authors": {"Moss A": _placed("Moss A"), "Kent C": _placed("Kent C")},
                                                "journal": bad, "year": _placed("2019")}), warnings, TEXT)
    assert found["journal"] == "Lakeside Med J" and found["year"] == 2019
    assert found["evidence"]["journal"] is None
    assert found["evidence"]["year"] == _placed("2019")
    assert set(found["evidence"]["authors"]) == {"Moss A", "Kent C"}
    assert len(warnings) == 1 and warnings[0].startswith("W009 citation.evidence.journal ")


def test_one_bad_authors_evidence_leaves_the_other_authors() -> None:
    warnings: list[str] = []
    bad = {**_placed("Kent C"), "start": 0, "end": 6}
    found = valid_header("citation", _citation({"authors": {"Moss A": _placed("Moss A"), "Kent C": bad},
                                                "title": _placed("Cream for itch")}), warnings, TEXT)
    assert found["authors"] == ["Moss A", "Kent C"]
    assert found["evidence"]["authors"] == {"Moss A": _placed("Moss A")}
    assert found["evidence"]["title"] == _placed("Cream for itch")
    assert warnings == [warnings[0]] and "citation.evidence.authors.Kent C" in warnings[0]


def test_every_bad_evidence_is_dropped_and_no_value_with_them() -> None:
    warnings: list[str] = []
    wrong = {"start": 0, "end": 4, "text": "Cats", "rule": "citation:test"}
    found = valid_header("citation", _citation({"authors": {"Moss A": wrong, "Kent C": wrong}, "title": wrong,
                                                "journal": wrong, "year": wrong}), warnings, TEXT)
    assert (found["authors"], found["title"], found["journal"], found["year"]) == (
        ["Moss A", "Kent C"], "Cream for itch", "Lakeside Med J", 2019)
    assert found["evidence"]["authors"] == {} and found["evidence"]["title"] is None
    assert len(warnings) == 5


def test_one_bad_registry_id_evidence_keeps_the_others() -> None:
    text = "Registered as NCT01234567 and ISRCTN12345678."
    good = {"start": 14, "end": 25, "text": "NCT01234567", "rule": "trial:registry"}
    bad = {"start": 30, "end": 44, "text": "ISRCTN00000000", "rule": "trial:registry"}
    warnings: list[str] = []
    found = valid_header("trial", {"registry_ids": ["NCT01234567", "ISRCTN12345678"],
                                   "evidence": {"registry_ids": {"NCT01234567": good, "ISRCTN12345678": bad}}},
                         warnings, text)
    assert found["registry_ids"] == ["NCT01234567", "ISRCTN12345678"]
    assert found["evidence"]["registry_ids"] == {"NCT01234567": good}
    assert len(warnings) == 1


def test_placed_lines_start_where_each_stripped_line_starts() -> None:
    text = "  Source: Moss A.\n\n\tKent C. Cream for itch.  \nLast line"
    placed = list(references.placed_lines(text))
    assert placed == [(2, "Source: Moss A."), (18, ""), (20, "Kent C. Cream for itch."), (46, "Last line")]
    assert all(text[start:start + len(line)] == line for start, line in placed)


def test_an_author_list_and_a_reference_line_are_placed_alike() -> None:
    text = ("Story words here.\n\n   Source: Ann Moss, Carl Kent, Lia Ortiz et al. \"Zinc cream for itch in older "
            "adults.\" Journal of Skin Science. 2019.  \n")
    line = text.split("\n")[2].strip()
    start = text.index(line)
    listed = author_lists.listed_authors_at(text)
    assert listed is not None and listed[1][:2] == (start, start + len(line))
    text = "Story words here.\n\n  Moss A, Kent C, Ortiz L, et al. Zinc cream for itch. J Skin Sci. 2019;12:1-9. \n"
    line = text.split("\n")[2].strip()
    start = text.index(line)
    read = list(references.reference_citations_at(text))
    assert read and read[0][2][:2] == (start, start + len(line))


def test_the_prose_journal_is_asked_only_where_several_references_stand() -> None:
    one = {"authors": ["Moss A"], "journal": "Lakeside Med J", "year": 2019}
    other = {"authors": ["Berg T"], "journal": "Age Res Rev", "year": 2015}
    asked = []

    def prose_journal():
        asked.append(True)
        return ("Age Research Reviews", 2015)

    assert _choose_reference([(one, references.LINE)], prose_journal=prose_journal) is one
    assert asked == []
    assert _choose_reference([(one, references.LINE), (other, references.LINE)], prose_journal=prose_journal) is other
    assert asked == [True]
    with pytest.raises(TypeError):
        _choose_reference([(one, references.LINE)])  # no default: the caller's reader is the only one


@pytest.mark.parametrize(("text", "field", "words"), [
    pytest.param("Zinc cream eases itch\n\nOlder adults who used a zinc cream itched less, a trial found.\n\n"
                 "Publication: 'Zinc cream for itch in older adults: a randomised controlled trial' Ann Moss, Carl Kent, "
                 "Lia Ortiz, Ben Hale\n\nJournal of Skin Science, online 3 March 2019\n",
                 "journal", "Journal of Skin Science", id="named-list-journal-on-the-next-line"),
])
def test_a_value_read_from_a_line_near_the_reference_keeps_its_words(run_with_evidence, text: str, field: str,
                                                                       words: str) -> None:
    citation = run_with_evidence(text)["citation"]
    assert citation[field] == words
    found = citation["evidence"][field]
    assert (found["start"], found["text"]) == (text.index(words), words)


def test_a_named_list_whose_title_holds_the_journal_word_places_the_next_line() -> None:
    # the journal ("Pain") is a word of the title too: the place runs to the next line, which the
    # reader took the journal and the year from, and the journal's evidence is on that line
    text = ("Menthol gel trial\n\nPaper: 'Pain after small burns eased by a menthol gel: a randomised trial' "
            "Ann Moss, Carl Kent, Lia Ortiz\n\nPain, 2019\n")
    ((found, _, (start, end, rule)),) = list(references.reference_citations_at(text))
    assert (found["journal"], found["year"]) == ("Pain", 2019)
    assert rule == "citation:named-list-reference"
    assert (start, end) == (text.index("Paper:"), text.index("Pain, 2019") + len("Pain, 2019"))


def test_a_named_list_with_its_journal_on_its_line_places_that_line_alone() -> None:
    text = "Paper: 'Salt intake and blood pressure in older adults' Ann Moss, Carl Kent, Lia Ortiz, Pain, 2019\n\nPain, 2020\n"
    ((found, _, (start, end, _)),) = list(references.reference_citations_at(text))
    assert (found["journal"], found["year"]) == ("Pain", 2019)
    assert (start, end) == (0, text.index("\n"))


@pytest.mark.parametrize(("title_line", "title"), [
    pytest.param("Abstract 31: Cold water swimming and low mood in older adults", "Cold water swimming and low mood in older adults",
                 id="numbered-title"),
    pytest.param("Moss and Kent lead a trial of cold water swimming for low mood",
                 "Moss and Kent lead a trial of cold water swimming for low mood", id="title-holding-author-names"),
])
def test_a_meeting_abstract_places_its_title_line(title_line: str, title: str) -> None:
    text = f"Swimming news.\n\n{title_line}\n\nAnn Moss1, Carl Kent2, Lia Ortiz1\n\n1 Lake University\n"
    ((found, _, (start, end, rule)),) = list(references.reference_citations_at(text))
    assert found["title"] == title and rule == "citation:meeting-abstract-reference"
    assert (start, end) == (text.index(title_line), text.index("Ortiz1") + len("Ortiz1"))


@pytest.mark.parametrize("words", ["Pain", "2019"])
def test_the_journal_and_year_of_a_named_list_are_grounded_on_the_next_line(run_with_evidence, words: str) -> None:
    text = ("Menthol gel eases burn pain\n\nA menthol gel eased pain after small burns, a trial found.\n\n"
            "Paper: 'Pain after small burns eased by a menthol gel: a randomised trial' Ann Moss, Carl Kent, "
            "Lia Ortiz\n\nPain, 2019\n")
    citation = run_with_evidence(text)["citation"]
    field = "journal" if words == "Pain" else "year"
    found = citation["evidence"][field]
    assert (found["start"], found["text"]) == (text.index(words + ", 2019") if words == "Pain" else text.rindex(words), words)
