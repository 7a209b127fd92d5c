"""Citations written in prose: the journal, its year, the paper's lead author and title.

Every sentence here is written for the test (none is copied from a data set); each expected value
is what a curator would write in the record's ``citation`` (RECORD.md, ANNOTATION.md).
"""

from __future__ import annotations

from typing import Any

import pytest

TITLE = "Trial Update"
LEDE = "A new drug lowered blood pressure in adults with hypertension, researchers reported."
DATED_LEDE = "March 14, 2019 - A new drug lowered blood pressure in adults with hypertension, researchers reported."


def article(*paragraphs: str) -> str:
    return "\n\n".join((TITLE, *paragraphs)) + "\n"


@pytest.fixture
def citation(run):
    """The citation of a small article (``run``, from conftest.py, checks the record is grounded and valid)."""
    def extract(*paragraphs: str) -> dict[str, Any] | None:
        return run(article(*paragraphs))["citation"]
    return extract


@pytest.mark.parametrize("sentence, journal", [
    pytest.param("The results were published Wednesday in JAMA Internal Medicine.",
                 "JAMA Internal Medicine", id="published-weekday-in"),
    pytest.param("The findings appear online in JAMA Oncology.", "JAMA Oncology", id="online-in-lexicon"),
    pytest.param("The study appears in the March issue of Pediatrics.", "Pediatrics", id="issue-of-one-word-journal"),
    pytest.param("The trial was reported in The Lancet.", "Lancet", id="reported-in-the-lancet"),
    pytest.param("The results are described in a report in the Journal of Rural Dentistry.",
                 "Journal of Rural Dentistry", id="journal-of-title-not-in-lexicon"),
    pytest.param("The findings were published in the journal Seaside Medicine.", "Seaside Medicine",
                 id="capitalised-title-after-the-word-journal"),
    pytest.param("The data were unveiled at a heart meeting and in the Lancet medical journal.", "Lancet",
                 id="the-x-medical-journal"),
    pytest.param("The trial, published in American Journal of Gastroenterology, was paid for by the maker.",
                 "American Journal of Gastroenterology", id="longest-name-wins"),
])
def test_journal_in_prose(citation, sentence: str, journal: str) -> None:
    found = citation(LEDE, sentence)
    assert found is not None and found["journal"] == journal


@pytest.mark.parametrize("sentence", [
    pytest.param("The data were shown at the yearly meeting of the Lakeside Society of Bone Surgeons.",
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
    # a publication verb in the present tense: the paper is out as the story is written
    pytest.param(DATED_LEDE, "The research appears in the Journal of Rural Dentistry.", 2019, id="appears-in-present"),
    pytest.param(DATED_LEDE, "The trial's report is published in the Journal of Rural Dentistry.", 2019,
                 id="is-published-in-present"),
    pytest.param(LEDE, "The trial's report is published in the Journal of Rural Dentistry.", None,
                 id="present-tense-undated-article"),
    pytest.param(LEDE, "The findings appear in the Journal of Rural Dentistry.\n\nSOURCE: Journal of Rural "
                       "Dentistry, online April 19, 2011.", 2011, id="source-line-names-the-same-journal"),
])
def test_citation_year(citation, lede: str, sentence: str, year: int | None) -> None:
    assert citation(lede, sentence)["year"] == year


JOURNAL = "The study is out this week in the Journal of Rural Dentistry."


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
    pytest.param("But Fred Lane, a retired surgery professor at Coast University, Bayville, and one co-author of "
                 "the paper, disagreed.", ["Fred Lane"], True, id="sentence-word-before-name"),
    pytest.param("First author is Ravi Patel, MD, of the Hill Clinic.", ["Ravi Patel"], True, id="first-author-is"),
    pytest.param("Ann Cole, lead author of the study, said so. Bob Hart, the senior author, agreed.", ["Ann Cole"],
                 True, id="lead-author-before-senior"),
    pytest.param("Ann Cole, lead author of the study, said so. The other study authors reported no conflicts.",
                 ["Ann Cole"], True, id="other-authors-unnamed"),
    pytest.param("\u201cIt works,\u201d said lead investigator Dr. Ann Cole.", [], None,
                 id="investigator-is-not-an-author"),
    pytest.param("The trial, led by Dr. Ann Cole, ran for two years.", [], None, id="led-by-is-not-an-author"),
    pytest.param("A trial led by Dr. Ann Cole in 2010 found no benefit.", [], None, id="a-trial-led-by-is-another-study"),
    pytest.param("\u201cIt is a first step,\u201d said Dr. Lee Grant, author of an accompanying editorial.", [], None,
                 id="editorial-author"),
    pytest.param("Nora Vance is the first and corresponding author of the study.", ["Nora Vance"], True,
                 id="first-and-corresponding-author"),
    pytest.param("\u201cIt helps,\u201d said Nora Vance of Lake University, who wrote the study.", ["Nora Vance"], None,
                 id="who-wrote-the-study"),
    pytest.param("The author of the study, Nora Vance, an associate professor at Lake University, found more.",
                 ["Nora Vance"], None, id="the-author-of-the-study"),
    pytest.param("It works, said Dr. Vance, senior author and a Lake Scholar in Medicine. Nora Vance runs the lab.",
                 ["Nora Vance"], True, id="role-and-a-description-then-surname"),
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


def test_doi_broken_by_spaces(citation) -> None:
    found = citation(LEDE, JOURNAL, "Abstract: http://www. example. org/ view?doi= 10. 7326/ M19-0001")
    assert found["doi"] == "10.7326/M19-0001"


@pytest.mark.parametrize("paragraphs, authors", [
    pytest.param(("Dr. Maria Lopez of Hill University ran the trial.",
                  "Lopez, director of the sleep clinic and the study's lead author, said it worked."),
                 ["Maria Lopez"], id="surname-beside-the-role-named-in-full-earlier"),
    pytest.param(("\u201cIt worked,\u201d said lead author Dr. Lopez.", "Dr. Maria Lopez runs a sleep clinic."),
                 ["Maria Lopez"], id="title-and-surname-after-the-role"),
    pytest.param(("Researchers in Denver, and the trial's lead author, said the pill helped.",), [],
                 id="a-place-is-no-author"),
])
def test_author_given_by_surname(citation, paragraphs: tuple[str, ...], authors: list[str]) -> None:
    assert citation(LEDE, JOURNAL, *paragraphs)["authors"] == authors


def test_journal_of_an_earlier_paper(citation) -> None:
    assert citation(LEDE, "A similar drug was described in the Journal of Rural Dentistry last year.") is None


# A paper the journal's sentence puts before the trial's by words before the journal's name
# (patterns/earlier_paper_cues.txt: "previously published", right before "(online) in (the) X") is not this
# trial's citation. A time is
# no such word: a story about a product often reports its trial as "published last year in X".
@pytest.mark.parametrize("paragraphs, journal", [
    pytest.param(("Animal studies, which were previously published in the Journal of Rural Dentistry, "
                  "showed the same effect.",), None, id="previously-published"),
    pytest.param(("The method, previously reported in the Journal of Rural Dentistry, was used here.",), None,
                 id="previously-reported"),
    pytest.param(("Animal studies previously published in the Journal of Rural Dentistry showed the same effect.",
                  "The new trial was published in the journal Seaside Medicine."),
                 "Seaside Medicine", id="the-trial-s-journal-still-found"),
    pytest.param(("First findings, previously reported at a congress in June, are now published in full in "
                  "The Journal of Rural Dentistry.",), "Journal of Rural Dentistry", id="cue-away-from-the-journal-slot"),
    pytest.param(("Mouse studies, which were previously published in the SDRA journal Gum Research, showed the "
                  "same effect.",), None, id="previously-published-in-a-publisher-s-journal"),
    pytest.param(("The gel, whose first results were previously published online in the Journal of Rural "
                  "Dentistry, was tried again.",), None, id="previously-published-online"),
    pytest.param(("A study of 30 women published last year in the Journal of Rural Dentistry found that the "
                  "laser cleared the fungus.",), "Journal of Rural Dentistry", id="last-year-is-no-such-word"),
    pytest.param(("A study published late last month in the Journal of Rural Dentistry compared the two "
                  "treatments.",), "Journal of Rural Dentistry", id="last-month-is-no-such-word"),
])
def test_journal_of_a_paper_dated_before(citation, paragraphs: tuple[str, ...], journal: str | None) -> None:
    found = citation(LEDE, *paragraphs)
    assert (found or {}).get("journal") == journal


@pytest.mark.parametrize("sentence, journal, year", [
    pytest.param("The study was published in Computers in Sleep and Medicine on Monday.",
                 "Computers in Sleep and Medicine", None, id="capitalised-title-after-published-in"),
    pytest.param("The results were published in The Open Sleep Medicine Journal.", "Open Sleep Medicine Journal",
                 None, id="journal-word-ending-a-title-is-kept"),
    pytest.param("The data came out in the Journal of Parkinson\u2019s Disease.",
                 "Journal of Parkinson\u2019s Disease", None, id="curly-apostrophe-in-a-title"),
    pytest.param("The paper, 'Sleep in Adults: Survey 2001-2010,' was published in Sleep and Health Reports.",
                 "Sleep and Health Reports", None, id="a-range-of-years-in-a-title-is-no-year"),
])
def test_journal_not_in_the_lexicon(citation, sentence: str, journal: str, year: int | None) -> None:
    found = citation(LEDE, sentence)
    assert (found["journal"], found["year"]) == (journal, year)


@pytest.mark.parametrize("sentence, journal", [
    pytest.param("The findings are published in Tidewater.", "Tidewater", id="one-word-name-after-published-in"),
    pytest.param("Results appear online Jan. 22, 2018, in Advances in Coastal Dentistry.",
                 "Advances in Coastal Dentistry", id="date-between-verb-and-name"),
    pytest.param("Their study, published in the June 30 issue of Pelican Bone Research, found less pain.",
                 "Pelican Bone Research", id="issue-of-a-name-longer-than-a-known-one"),
    pytest.param("The group published their findings in the Sept. 9 online issue of Cerebral Harbor.",
                 "Cerebral Harbor", id="their-findings-in-the-online-issue-of"),
    pytest.param("The study is published in the Online First edition of Gull Anesthesia, a society's journal.",
                 "Gull Anesthesia", id="online-first-edition-of"),
    pytest.param("The report appeared in Harbor Medicine on Monday.", "Harbor Medicine", id="weekday-ends-the-name"),
    pytest.param("It was published online last month by Seaside Urology.", "Seaside Urology",
                 id="published-by-a-journal-title"),
    pytest.param("It was published in the Coast Society's journal Tide Reports.", "Tide Reports",
                 id="journal-after-a-publisher-possessive"),
])
def test_journal_in_a_publication_slot(citation, sentence: str, journal: str) -> None:
    found = citation(LEDE, sentence)
    assert found is not None and found["journal"] == journal


@pytest.mark.parametrize("sentence", [
    pytest.param("The paper was published by the Radiological Society of Lakeland.", id="published-by-a-society"),
    pytest.param("It was published by ASCO.", id="published-by-an-acronym-without-a-title-word"),
    pytest.param("The study was published in the U.S. last week.", id="a-country"),
    pytest.param("A version of the story appeared in The New York Times.", id="a-newspaper"),
    pytest.param("The results were published by Wolters Kluwer.", id="a-publisher"),
    pytest.param("The society publishes three journals, Journal of Rural Dentistry, Tide Reports and Gull "
                 "Anesthesia.", id="a-society-lists-its-journals"),
])
def test_publication_slot_without_a_journal(citation, sentence: str) -> None:
    assert citation(LEDE, sentence) is None


@pytest.mark.parametrize("lede, sentence, year", [
    pytest.param("JUNE 9, 2016 - LAKETON - A trial published in The Lancet shows a new drug lowered blood pressure.",
                 "The drug was safe.", 2016, id="dateline-in-capitals"),
    pytest.param(LEDE, "As reported in the journal Seaside Medicine, in 2013 and 2014 the team analysed surveys.",
                 None, id="years-of-another-clause"),
    pytest.param(LEDE, "Vale's team writes in the journal Seaside Medicine.\n\nSOURCE: Seaside Medicine, "
                       "online July 31, 2015.", 2015, id="source-line-of-a-journal-no-list-knows"),
    pytest.param(LEDE, "It appeared in the Journal of Rural Dentistry, Volume 218, Issue 2, February 2018.", 2018,
                 id="volume-and-issue-before-the-year"),
])
def test_citation_year_written_apart(citation, lede: str, sentence: str, year: int | None) -> None:
    assert citation(lede, sentence)["year"] == year


@pytest.mark.parametrize("sentence, authors, et_al", [
    pytest.param("\u201cIt works,\u201d said Joan Reyes , the lead author of the study.", ["Joan Reyes"], None,
                 id="space-before-the-comma"),
    pytest.param("\u201cIt works,\u201d says Philip Grant-McAllister, lead author of the study.",
                 ["Philip Grant-McAllister"], None, id="hyphenated-mc-surname"),
    pytest.param("Dr Ann Vale , the main author of the paper, spoke. Ann Vale trained in Oslo.", ["Ann Vale"], None,
                 id="title-without-a-period-is-not-a-given-name"),
    pytest.param("Joan Reyes, the lead author, said so. Reyes and her colleagues enrolled 90 adults.",
                 ["Joan Reyes"], None, id="author-and-colleagues-a-team-not-a-byline"),
    pytest.param("Joan Reyes, the lead author, said so. Reyes's co-authors were from Oslo.", ["Joan Reyes"], True,
                 id="author-possessive-co-authors"),
])
def test_authors_written_loosely(citation, sentence: str, authors: list[str], et_al: bool | None) -> None:
    found = citation(LEDE, JOURNAL, sentence)
    assert (found["authors"], found["et_al"]) == (authors, et_al)


@pytest.mark.parametrize("sentence, journal", [
    pytest.param("Metformin helped, according to a study in Cancer Harbor Research, a society's journal.",
                 "Cancer Harbor Research", id="known-one-word-name-inside-a-longer-name"),
    pytest.param("The full study has been published by Radiology.", "Radiology", id="published-by-a-one-word-journal"),
])
def test_journal_name_read_whole(citation, sentence: str, journal: str) -> None:
    found = citation(LEDE, sentence)
    assert found is not None and found["journal"] == journal


def test_known_word_inside_a_society_name_is_no_journal(citation) -> None:
    assert citation(LEDE, "It was published by the Radiology Society of Lakeland.") is None


@pytest.mark.parametrize("sentence, authors", [
    pytest.param("\u201cIt works,\u201d said lead author and orthopaedic surgeon David Jevon, MD.", ["David Jevon"],
                 id="role-and-a-second-role-before-the-name"),
    pytest.param("\u201cIt works,\u201d says Professor Hamid Salem from Lake University, the senior author of the "
                 "study.", ["Hamid Salem"], id="affiliation-between-name-and-role"),
    pytest.param("Dr. Ann Halvor of Lake University ran the clinic. Halvor is the lead author of the study.",
                 ["Ann Halvor"], id="surname-is-the-lead-author"),
    pytest.param("Joan Reyes is also a senior author on the study.", ["Joan Reyes"], id="name-is-also-a-senior-author"),
    pytest.param("\u201cIt works,\u201d said Dr. Ann Vale, co-author and chair of Orthopaedic Surgery at Lake "
                 "Hospital.", ["Ann Vale"], id="capitalised-department-after-a-role-is-no-name"),
    pytest.param("\u201cIt works,\u201d said Dr. Ann Vale, director of the Institute for Sleep and Human Behavior "
                 "at Lake College, and the study's first author.", ["Ann Vale"],
                 id="end-of-an-institute-name-is-no-name"),
    pytest.param("Ann Vale, a co-author of the 2013 study, disagreed.", [], id="co-author-of-a-dated-paper"),
])
def test_authors_in_appositions(citation, sentence: str, authors: list[str]) -> None:
    assert citation(LEDE, JOURNAL, sentence)["authors"] == authors


@pytest.mark.parametrize("sentence, title", [
    pytest.param('The study, "Sleep and Aspirin in Older Adults: A Randomized Trial," is online.',
                 "Sleep and Aspirin in Older Adults: A Randomized Trial", id="study-comma-quoted-title"),
    pytest.param('The paper "Bread, Salt and the Heart in Rural Towns" is available online.',
                 "Bread, Salt and the Heart in Rural Towns", id="paper-quoted-title"),
    pytest.param('The study, "We cannot simply assume that this test helps," the team wrote.', None,
                 id="first-person-quote-is-no-title"),
    pytest.param('The report, "Aspirin is safe for older adults," said Dr. Ann Vale.', None,
                 id="quote-before-said-is-no-title"),
])
def test_title_after_the_paper_noun(citation, sentence: str, title: str | None) -> None:
    assert citation(LEDE, JOURNAL, sentence)["title"] == title


# -- Reference lines (trialnews.facts.references) ------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    pytest.param("Source: Marsh K, Oduya P, Quist RT, Bell AB. Night-time dosing of a diuretic in older adults: "
                 "a randomised trial. The Journal of Geriatric Care. 2019;14(2):88-95.",
                 {"authors": ["Marsh K", "Oduya P", "Quist RT", "Bell AB"], "et_al": False,
                  "title": "Night-time dosing of a diuretic in older adults: a randomised trial",
                  "journal": "The Journal of Geriatric Care", "year": 2019}, id="labelled-vancouver"),
    pytest.param("Okafor CN, van Dijk L, et al. Zinc lozenges for the common cold in schoolchildren. "
                 "Pediatrics, March 2020.",
                 {"authors": ["Okafor CN", "van Dijk L"], "et_al": True,
                  "title": "Zinc lozenges for the common cold in schoolchildren", "journal": "Pediatrics",
                  "year": 2020}, id="vancouver-et-al-month"),
    pytest.param("Reference: Brand T, et al. The Lancet Respiratory Medicine, 2018.",
                 {"authors": ["Brand T"], "et_al": True, "title": None,
                  "journal": "The Lancet Respiratory Medicine", "year": 2018}, id="no-title"),
    pytest.param("Authors: Lena Dorfman, M.D., of Lake University, Springfield, and co-authors",
                 {"authors": ["Lena Dorfman"], "et_al": True}, id="first-author-and-coauthors"),
    pytest.param('"Salt Substitutes and Blood Pressure in Rural Villages," Ama K. Mensah, B. Kofi Owusu, and '
                 'Lars P. Berg, online March 3, 2021, Hypertension, 77(3):101-9',
                 {"authors": ["Ama K. Mensah", "B. Kofi Owusu", "Lars P. Berg"],
                  "title": "Salt Substitutes and Blood Pressure in Rural Villages", "journal": "Hypertension",
                  "year": 2021}, id="quoted-title-then-authors"),
    pytest.param("PAPER: R Tanaka et al. Vitamin K and vascular calcification in dialysis patients. "
                 "Kidney International. DOI: 10.1016/j.kint.2020.01.001",
                 {"authors": ["R Tanaka"], "et_al": True,
                  "title": "Vitamin K and vascular calcification in dialysis patients",
                  "journal": "Kidney International"}, id="first-author-et-al"),
    pytest.param("Tanaka, R et al. Vitamin K and vascular calcification in dialysis patients. Kidney International; "
                 "3 May 2020; DOI: 10.1016/j.kint.2020.01.001",
                 {"authors": ["Tanaka R"], "et_al": True,
                  "title": "Vitamin K and vascular calcification in dialysis patients",
                  "journal": "Kidney International", "year": 2020}, id="surname-comma-initial-et-al"),
    pytest.param("Citation: Marsh K, Oduya P, Quist, RT, Bell AB, the SALT Investigators. Night-time dosing of a diuretic "
                 "in older adults: a randomised trial. The Journal of Geriatric Care. 2019;14(2):88-95.",
                 {"authors": ["Marsh K", "Oduya P", "Quist RT", "Bell AB"], "et_al": True}, id="stray-comma-before-initials"),
    pytest.param("Journal reference: Marsh K, Oduya P, Quist RT. Night-time dosing of a diuretic in older adults. "
                 "Pediatrics 2019; 14(2): 88-95.", {"authors": ["Marsh K", "Oduya P", "Quist RT"], "journal": "Pediatrics",
                                                     "year": 2019}, id="journal-then-year-after-a-space"),
    pytest.param('Authors: Lena Dorfman, Ama K. Mensah, "Shared Decisions in Rural Clinics," Journal of Team Science, 2019',
                 {"authors": ["Lena Dorfman", "Ama K. Mensah"], "et_al": False, "journal": "Journal of Team Science"},
                 id="team-in-a-journal-name-is-no-et-al"),
    pytest.param('Article: "A New Splint for Wrist Fractures in Children" (doi: 10.1097/PRS.0000000000001234)',
                 {"title": "A New Splint for Wrist Fractures in Children"}, id="labelled-quoted-title"),
])
def test_reference_line(citation, line: str, expected: dict[str, Any]) -> None:
    found = citation(LEDE, line)
    assert {key: found[key] for key in expected} == expected


def test_meeting_abstract_header(citation) -> None:
    found = citation(LEDE, "Abstract 512 A Walking Programme After Hip Surgery: a Randomised Trial",
                     "T. Halvorsen1, J.B. Moreau2, Ana-Maria Pirvu1", "1University Hospital, Oslo; 2Lyon Centre")
    assert found["authors"] == ["T. Halvorsen", "J.B. Moreau", "Ana-Maria Pirvu"]
    assert found["title"] == "A Walking Programme After Hip Surgery: a Randomised Trial"


@pytest.mark.parametrize("line", [
    pytest.param("Dr. Lena Dorfman, Dr. Paul Ames and Dr. Rita Oyelaran led the work.", id="names-in-prose"),
    pytest.param("Smith J, Jones K, and Brown L were among those who spoke at the meeting.", id="no-title-or-journal"),
    pytest.param("Maria E. Tovar is a freelance writer who covers medicine for the paper.", id="one-name-is-no-list"),
    pytest.param('"We were surprised by how well the drug worked in older patients," Jane Smith said.', id="a-quote"),
])
def test_no_reference_line(citation, line: str) -> None:
    found = citation(LEDE, line)
    assert found is None or found["title"] is None


# -- Author lists written in full, author-year references (trialnews.facts.references) -----------

@pytest.mark.parametrize("lines, expected", [
    pytest.param(('Article reference: Hana Ito, Paul R. Grant, Mei-Ling Chou, "Night shifts and sleep quality in '
                  'hospital nurses: a randomized trial," Sleep Health, DOI: 10.1000/xyz.123, 2019.',),
                 {"authors": ["Hana Ito", "Paul R. Grant", "Mei-Ling Chou"], "et_al": False,
                  "title": "Night shifts and sleep quality in hospital nurses: a randomized trial",
                  "journal": "Sleep Health", "year": 2019}, id="names-then-quoted-title-then-journal"),
    pytest.param(("Publication: 'Early mobilisation after knee replacement: a randomised controlled trial' "
                  "Lars Nilsson, Åsa Berg, Pieter van der Berg",
                  "Journal of Orthopaedic Research, online 2 March 2018"),
                 {"authors": ["Lars Nilsson", "Åsa Berg", "Pieter van der Berg"], "et_al": False,
                  "title": "Early mobilisation after knee replacement: a randomised controlled trial",
                  "journal": "Journal of Orthopaedic Research", "year": 2018}, id="single-quoted-title-journal-next-line"),
    pytest.param(('Article: "Reading Aloud to Toddlers Builds Vocabulary: A Community Trial;" Ruth A. Klein, PhD, '
                  "Lake University; Omar Said, MD, Hill College; and Dana Ross, PhD; Child Development, published "
                  "online May 2, 2017.",),
                 {"authors": ["Ruth A. Klein", "Omar Said", "Dana Ross"], "et_al": False,
                  "title": "Reading Aloud to Toddlers Builds Vocabulary: A Community Trial",
                  "journal": "Child Development", "year": 2017}, id="names-with-degrees-and-affiliations"),
    pytest.param(('Full citation: "Zinc Lozenges Shorten Colds in Office Workers." Anna B. Cole, Tom Reyes and '
                  "Li Wei. Family Practice; Published Online: June 3, 2016.",),
                 {"authors": ["Anna B. Cole", "Tom Reyes", "Li Wei"], "journal": "Family Practice", "year": 2016},
                 id="quoted-title-names-stop-journal"),
    pytest.param(("Study authors: Ines Duarte, Karl O. Berg, Sara de Luca",),
                 {"authors": ["Ines Duarte", "Karl O. Berg", "Sara de Luca"], "et_al": False},
                 id="authors-label-alone"),
    pytest.param(("Okoro et al (2018). 'A walking programme for adults with knee pain: a randomised trial'. The Lancet.",),
                 {"authors": ["Okoro"], "et_al": True, "journal": "The Lancet", "year": 2018,
                  "title": "A walking programme for adults with knee pain: a randomised trial"}, id="author-year-quoted"),
    pytest.param(("Reference: Park, J-H. et al (2016). Fasting improves insulin sensitivity in obese mice, "
                  "Cell Metabolism DOI: 10.1000/abc.2016.1",),
                 {"authors": ["Park J-H"], "et_al": True, "journal": "Cell Metabolism", "year": 2016,
                  "title": "Fasting improves insulin sensitivity in obese mice"}, id="author-year-comma-journal"),
])
def test_author_list_reference(citation, lines: tuple[str, ...], expected: dict[str, Any]) -> None:
    found = citation(LEDE, *lines)
    assert {key: found[key] for key in expected} == expected


@pytest.mark.parametrize("line", [
    pytest.param("Study authors say the results need to be repeated in a larger group, Jane Smith, MD, said.",
                 id="authors-label-without-names"),
    pytest.param("Contacts: Ruth Klein, Omar Said, Dana Ross", id="names-without-authors-label-or-title"),
    pytest.param("Smith et al (2015) found that the drug lowered pain scores in older adults.", id="author-year-in-prose"),
])
def test_no_author_list(citation, line: str) -> None:
    found = citation(LEDE, line)
    assert found is None or len(found["authors"] or []) <= 1 and found["title"] is None


# -- Prose: the journal after "by", an institution before the author's title, shared first
# authors, an editorial's journal, the author of something else ---------------------------------

@pytest.mark.parametrize("paragraphs, journal, authors", [
    pytest.param(("The study is published today by The Lancet.",), "Lancet", None, id="published-today-by-the"),
    pytest.param(("The findings appear in JAMA Internal Medicine.",
                  '"We were surprised," said lead author Lakeside Professor Ana Gomez.'),
                 "JAMA Internal Medicine", ["Ana Gomez"], id="institution-before-title"),
    pytest.param(("The findings appear in JAMA Internal Medicine.",
                  "Dr. Paul Ames, co-lead author and chief of cardiology at Hill Hospital, presented the data.",
                  "Ames, along with lead author Dr. Rita Oyelaran, ran the trial at 12 sites."),
                 "JAMA Internal Medicine", ["Rita Oyelaran"], id="lead-author-before-co-lead"),
])
def test_prose_citation(citation, paragraphs: tuple[str, ...], journal: str, authors: list[str] | None) -> None:
    found = citation(LEDE, *paragraphs)
    assert found["journal"] == journal
    if authors is not None:
        assert found["authors"] == authors


def test_a_name_is_not_cut_short_before_a_capitalised_word(citation) -> None:
    """A name the reader cannot take whole ("Ana Di Marco" before "of X,") gives no name rather
    than its first words ("Ana Di")."""
    found = citation(LEDE, "The results were published in the journal Pediatrics.",
                     '"It was a surprise," said lead author Dr. Ana Di Marco of Bay University, in Ohio.')
    assert "Ana Di" not in found["authors"]


def test_co_first_author_is_first_with_others(citation) -> None:
    found = citation(LEDE, "The results were published in the journal Pediatrics.",
                     '"It was a surprise," said Dr. Mia Olsen, co-first author of the study.')
    assert (found["authors"], found["et_al"]) == (["Mia Olsen"], True)


@pytest.mark.parametrize("paragraphs", [
    pytest.param(('"The benefit is too small to justify the price," wrote Dr. Karl Weiss of Lake University '
                  "in an editorial in JAMA Internal Medicine.",), id="editorial-journal"),
])
def test_editorial_journal_is_no_citation(citation, paragraphs: tuple[str, ...]) -> None:
    assert citation(LEDE, *paragraphs) is None


def test_editorial_in_the_journal_where_the_trial_was_published(citation) -> None:
    found = citation(LEDE, "An editorial in JAMA Internal Medicine, where the results were "
                           "published, called the drug a new option.")
    assert found["journal"] == "JAMA Internal Medicine"


def test_author_of_recommendations_is_no_author(citation) -> None:
    found = citation(LEDE, "The results were published in the journal Pediatrics.",
                     "Ana Gomez, the lead author of the society's recommendations, said the advice is unchanged.")
    assert found["authors"] == []


@pytest.mark.parametrize("sentence, authors", [
    pytest.param('"We were reassured," said lead study author Dr. LaToya Banks.', ["LaToya Banks"],
                 id="given-name-with-inner-capital"),
])
def test_given_name_with_inner_capital(citation, sentence: str, authors: list[str]) -> None:
    assert citation(LEDE, "The results were published in the journal Pediatrics.", sentence)["authors"] == authors


def test_a_line_in_capitals_is_no_journal(citation) -> None:
    found = citation(LEDE, '"THE DRUG WORKED ON BOTH PAIN AND SLEEP OUTCOMES FOR OLDER ADULTS" A 2015 review, '
                           "published in the BMJ, found the opposite.")
    assert found is None


def test_author_of_a_paper_in_another_journal_is_no_author(citation) -> None:
    found = citation(LEDE, "The study appears in JAMA Internal Medicine.",
                     "Dr. Ana Gomez, a surgeon in Lisbon and lead author of the European Journal of Sports "
                     "Science study, said the two papers disagree.")
    assert (found["journal"], found["authors"]) == ("JAMA Internal Medicine", [])


def test_a_journal_in_capitals_called_a_journal(citation) -> None:
    assert citation(LEDE, "The work was published in the journal BONE AND JOINT CARE.")["journal"] == "BONE AND JOINT CARE"


@pytest.mark.parametrize("sentence, title", [
    pytest.param('The paper is entitled, "Night-Time Dosing of Diuretics in Older Adults: A Randomised Trial."',
                 "Night-Time Dosing of Diuretics in Older Adults: A Randomised Trial", id="entitled-comma"),
    pytest.param('The accompanying editorial, titled "Is Night-Time the Right Time for Diuretics?," urged caution.',
                 None, id="an-editorial-title"),
])
def test_title_and_an_editorial_title(citation, sentence: str, title: str | None) -> None:
    assert citation(LEDE, "The results were published in the journal Hypertension.", sentence)["title"] == title


def test_title_glued_to_its_cue(citation) -> None:
    found = citation(LEDE, "The results were published in the journal Hypertension.",
                     'The abstract entitled,\u201cNight-Time Dosing of Diuretics in Older Adults,\u201d lists six authors.')
    assert found["title"] == "Night-Time Dosing of Diuretics in Older Adults"


@pytest.mark.parametrize("line, journal, year", [
    pytest.param("SOURCE: bit.ly/1AbCdEf The Review Library, online June 11, 2015.", "Review Library", 2015,
                 id="link-name-online-date"),
    pytest.param("SOURCE: bit.ly/1AbCdEf Heart Rhythm Reports, March 3, 2016.", "Heart Rhythm Reports", 2016,
                 id="link-name-date"),
])
def test_news_agency_source_line(citation, line: str, journal: str, year: int) -> None:
    found = citation(LEDE, line)
    assert (found["journal"], found["year"]) == (journal, year)


def test_source_line_of_a_society_is_no_journal(citation) -> None:
    assert citation(LEDE, "SOURCE: bit.ly/1AbCdEf American Society of Foot Care, online May 2, 2018.") is None


@pytest.mark.parametrize("sentence, authors, et_al", [
    pytest.param('"It worked," said one of the study\'s authors, Ana Maria Lopes Ferreira, MD, of Lake College.',
                 ["Ana Maria Lopes Ferreira"], True, id="one-of-the-authors-two-middle-names"),
    pytest.param('"Walking helped," says Tom Reyes, a professor of medicine and an author of the study.',
                 ["Tom Reyes"], True, id="an-author-of-the-study"),
    pytest.param('"We saw it early," said Dr. Li Wei, one of the study authors, in a statement.',
                 ["Li Wei"], True, id="one-of-the-study-authors"),
])
def test_one_of_the_authors(citation, sentence: str, authors: list[str], et_al: bool) -> None:
    found = citation(LEDE, "The results were published in the journal Pediatrics.", sentence)
    assert (found["authors"], found["et_al"]) == (authors, et_al)


@pytest.mark.parametrize("paragraphs, authors", [
    pytest.param(("Dr. Nora P. Vance and her co-authors calculated that the drug prevents one stroke in 40 patients.",),
                 ["Nora P. Vance"], id="and-her-co-authors"),
    pytest.param(('"Pain care matters after surgery," writes Dr. Ravi Kumar, Clinician Scientist, Lakeview Health '
                  "Research Institute, and Associate Professor, Department of Paediatrics, Hillcrest University, with "
                  "coauthors.",), ["Ravi Kumar"], id="writes-with-coauthors-after-posts"),
    pytest.param(("Susan L. Marsh, M.D., of the Research Institute, Lakeview Center of HOPE, Bayside, Ohio, and coauthors "
                  "compared the two drugs in 250 adults.",), ["Susan L. Marsh"], id="affiliation-then-and-coauthors"),
    pytest.param(("Dr. Ines Garrow of Lake University presented the trial in May.",
                  "Garrow and her co-authors found the effect in both groups."), ["Ines Garrow"],
                 id="surname-resolved-to-full-name"),
    pytest.param(('"It is a big step," said Dr. Tom Reyes, who was not involved, of the work by Ana Lee and her co-authors.',),
                 ["Ana Lee"], id="outside-expert-before-is-not-the-author"),
])
def test_author_named_with_co_authors(citation, paragraphs: tuple[str, ...], authors: list[str]) -> None:
    """A person named with their co-authors is an author, one of several (et al), whatever the
    apposition of posts and affiliation between the name and the noun."""
    found = citation(LEDE, JOURNAL, *paragraphs)
    assert (found["authors"], found["et_al"]) == (authors, True)


@pytest.mark.parametrize("sentence", [
    pytest.param("In an analysis in 2013, Dr. Nora Vance and her co-authors found that fewer women died.",
                 id="dated-earlier-paper"),
    pytest.param("Dr. Tom Reyes and his co-authors of an accompanying editorial called the trial small.", id="editorial"),
    pytest.param("Dr. Tom Reyes and his colleagues ran the trial at four hospitals.", id="colleagues-are-a-team"),
])
def test_no_author_named_with_co_authors(citation, sentence: str) -> None:
    """No author where the co-authors are of another paper, or where the person is named with a team
    ("and colleagues", as news-dev's curators read it)."""
    assert citation(LEDE, JOURNAL, sentence)["authors"] == []


def test_who_co_authored_the_report(citation) -> None:
    """"X, who co-authored the report" is an author with others (et al)."""
    found = citation(LEDE, JOURNAL, "Professor Ravi Kumar of Lake University, who co-authored the report and sat on "
                     'the trial board, comments: "This is a big step."')
    assert (found["authors"], found["et_al"]) == (["Ravi Kumar"], True)


@pytest.mark.parametrize("sentence, authors, et_al", [
    pytest.param("Co-authors include Mara Quill, Tobias Fenn and Ines Garrow.",
                 ["Mara Quill", "Tobias Fenn", "Ines Garrow"], True, id="co-authors-include-and"),
    pytest.param("Co-authors include: Mara Quill, Ph.D., Tobias Fenn, M.S., and Ines Garrow, Ph.D., of Lakeview "
                 "Medical Center; and Olaf P. Brandt, M.D., Ph.D., of Hillcrest University School of Medicine.",
                 ["Mara Quill", "Tobias Fenn", "Ines Garrow", "Olaf P. Brandt"], True, id="degrees-affiliations-semicolon"),
    pytest.param("Other authors of the study are Mara Quill and Dr. Tobias Fenn.", ["Mara Quill", "Tobias Fenn"], True,
                 id="other-authors-are-title"),
    pytest.param("The study's co-authors were Mara Quill, Ph.D., of Lakeview College, and Tobias Fenn, M.D., of "
                 "Hillcrest Hospital.", ["Mara Quill", "Tobias Fenn"], True, id="oxford-comma-affiliations"),
    pytest.param("Mara Quill, Tobias Fenn and Ines Garrow co-authored the study.",
                 ["Mara Quill", "Tobias Fenn", "Ines Garrow"], None, id="co-authored-the-study"),
    pytest.param("Co-authors include Robert Fenn Jr., Mara Quill, a professor at Lakeview College, and Ann Lee.",
                 ["Robert Fenn Jr.", "Mara Quill", "Ann Lee"], True, id="apposition-and-junior"),
    pytest.param("Co-authors include Mario Philip Reyes Festin and Ann Lee.", ["Mario Philip Reyes Festin", "Ann Lee"],
                 True, id="two-middle-names"),
    pytest.param("Other authors of the study include: Mara Quill of Lakeview University in Bayside, United Kingdom; "
                 "Tobias Fenn of Hillcrest College in Bayside, New Zealand.", ["Mara Quill", "Tobias Fenn"], True,
                 id="place-after-affiliation"),
    pytest.param("Other authors on the paper were: Mara J Quill, MSCE; Tobias Fenn PharmD, M.H.C.D.S.; and Ines Garrow, "
                 "Lakeview College Radiology.", ["Mara J Quill", "Tobias Fenn", "Ines Garrow"], True, id="unlisted-degrees-bare-affiliation"),
    pytest.param("Additional co-authors with Dr. Cole are Mara Quill, Dr. Fenn and Ines Garrow.", ["Mara Quill", "Ines Garrow"],
                 True, id="tail-and-surname-alone"),
    pytest.param("The study was co-authored by Mara Quill and Tobias Fenn at Lakeview College.", ["Mara Quill", "Tobias Fenn"],
                 None, id="passive-co-authored-by"),
    pytest.param("Mara Quill and Tobias Fenn were also coauthors on the paper.", ["Mara Quill", "Tobias Fenn"], None,
                 id="were-also-coauthors"),
    pytest.param("Co-authors include Mara Quill, M.D., of Genomic Medicine and Surgical Oncology; and Tobias Fenn, "
                 "Ph.D., of Lakeview College and Bo Li of Hill College.", ["Mara Quill", "Tobias Fenn", "Bo Li"], True,
                 id="and-inside-an-affiliation"),
    pytest.param("The authors of the study are Mara Quill and Tobias Fenn.", ["Mara Quill", "Tobias Fenn"], False,
                 id="all-authors-named"),  # the whole list: no further authors (RECORD.md)
    # a noun right before the list, with no verb: after a colon, between dashes, or a space
    pytest.param("The study authors--Mara Quill, Ph.D., Tobias Fenn, M.S., R.D., and Ines Garrow, M.D.--reviewed 40 "
                 "trials.", ["Mara Quill", "Tobias Fenn", "Ines Garrow"], False, id="authors-between-dashes"),
    pytest.param("Senior authors: Mara Quill, MD, associate director of research at Lake Clinic in Bayville, and "
                 "Tobias Fenn, MD, PhD, director of the drug center at Hill Hospital.", ["Mara Quill", "Tobias Fenn"],
                 True, id="plural-role-colon-posts"),
    pytest.param("Other researchers include lead authors Dr. Mara Quill, Tobias Fenn, and Ines Garrow, as well as "
                 "Paul Dent.", ["Mara Quill", "Tobias Fenn", "Ines Garrow"], True, id="plural-role-before-list-as-well-as"),
    pytest.param("Cole was joined by clinic colleagues and study co-authors Mara Quill, MD, MPH, Professor of "
                 "Pediatrics, and Tobias Fenn, MD, Assistant Professor of Pediatrics.", ["Mara Quill", "Tobias Fenn"],
                 True, id="co-authors-then-posts"),
    pytest.param("Disclosures: co-authors Mara Quill and Tobias Fenn are employees of the maker.",
                 ["Mara Quill", "Tobias Fenn"], True, id="co-authors-list-before-its-verb"),
    pytest.param("Study co-authors from Lake University were Mara Quill and Tobias Fenn (lead co-authors) and Ines "
                 "Garrow.", ["Mara Quill", "Tobias Fenn", "Ines Garrow"], True, id="bracketed-role-after-names"),
    pytest.param("Besides Cole, authors (all at Lake University) include Jeffrey M Quill, MD, MAS; W. John Fenn, PhD; "
                 "and Hans Christian von Berg, MD.", ["Jeffrey M Quill", "W. John Fenn", "Hans Christian von Berg"], True,
                 id="surname-particle"),
    pytest.param("Additional authors: Mara Quill, M.S.; Tobias Fenn, M.D.; Ines Garrow, Ph.D.",
                 ["Mara Quill", "Tobias Fenn", "Ines Garrow"], True, id="additional-authors-colon"),
    # a verb of writing the paper after the list
    pytest.param("Mara Quill, Tobias Fenn, and Ines Garrow of Lake University wrote the study.",
                 ["Mara Quill", "Tobias Fenn", "Ines Garrow"], None, id="wrote-the-study"),
    pytest.param("Mara Quill and Tobias Fenn wrote in the journal that the effect was small.",
                 ["Mara Quill", "Tobias Fenn"], None, id="wrote-in-the-journal"),
    pytest.param("Mara Quill of Lake University and Tobias Fenn of Hill College reported in the journal that the "
                 "effect was small.", ["Mara Quill", "Tobias Fenn"], None, id="reported-in-the-journal-affiliations"),
    pytest.param("The trial's authors: Mara Quill, Tobias Fenn and Ines Garrow.", ["Mara Quill", "Tobias Fenn", "Ines Garrow"],
                 False, id="trials-authors-colon"),
    pytest.param("Study authors Mara Quill and Tobias Fenn said the drug helps.", ["Mara Quill", "Tobias Fenn"], None,
                 id="study-authors-space-not-said-all"),
    pytest.param("The study's lead authors, Mara Quill and Tobias Fenn, said the drug helps.", ["Mara Quill", "Tobias Fenn"],
                 True, id="plural-role-between-commas"),
])
def test_coauthors_listed_in_prose(citation, sentence: str, authors: list[str], et_al: bool | None) -> None:
    found = citation(LEDE, JOURNAL, sentence)
    assert (found["authors"], found["et_al"]) == (authors, et_al)


@pytest.mark.parametrize("sentence, et_al", [
    pytest.param("Other authors were Mara Quill and Tobias Fenn of Lakeview College.", False, id="other-authors-were"),
    pytest.param("Additional co-authors are Mara Quill, PhD, and Tobias Fenn, MD, of Lakeview College.", False,
                 id="additional-coauthors-are"),
    pytest.param("In addition to Cole, other Lakeview co-authors are Mara Quill and Tobias Fenn.", False,
                 id="other-institution-coauthors-are"),
    pytest.param("Co-authors include Mara Quill and Tobias Fenn of Lakeview College.", None, id="include-is-partial"),
    pytest.param("Other authors included Mara Quill and Tobias Fenn of Lakeview College.", None, id="included-is-partial"),
])
def test_coauthors_after_the_lead_author(citation, sentence: str, et_al: bool | None) -> None:
    """The others the lead author's role implies are the ones listed. A list with a verb that is not
    partial ("Other authors were", "Co-authors are") is all of them: et_al false; "include" does not
    say so (et_al null)."""
    found = citation(LEDE, JOURNAL, "\u201cIt helps,\u201d said Dr. Ann Cole, the study's lead author. " + sentence)
    assert (found["authors"], found["et_al"]) == (["Ann Cole", "Mara Quill", "Tobias Fenn"], et_al)


def test_coauthors_besides_a_study_author(citation) -> None:
    found = citation(LEDE, JOURNAL, "\u201cIt helps,\u201d said study author Dr. Ann Cole. In addition to Cole, "
                     "co-authors include Mara Quill and Tobias Fenn. Other study authors report fees from the maker.")
    assert (found["authors"], found["et_al"]) == (["Ann Cole", "Mara Quill", "Tobias Fenn"], None)


def test_coauthor_sharing_the_lead_authors_surname(citation) -> None:
    found = citation(LEDE, JOURNAL, "Ann Cole is the study's first author. Co-authors include Ann B. Cole, Bo Cole "
                     "and Ines Garrow.")
    assert found["authors"] == ["Ann Cole", "Bo Cole", "Ines Garrow"]


@pytest.mark.parametrize("sentence", [
    pytest.param("The study was funded by Mara Quill and Tobias Fenn.", id="funders"),
    pytest.param("Co-authors include researchers from Lakeview, Hillcrest and Bayside universities.",
                 id="researchers-from-institutions"),
    pytest.param("Mara Quill and Tobias Fenn, who were not involved in the study, praised it.", id="outside-experts"),
    pytest.param("The authors thank Mara Quill and Tobias Fenn for their help.", id="acknowledgements"),
    pytest.param("Co-authors include Lakeview University and Hillcrest Hospital.", id="institutions"),
    pytest.param("Co-authors of an accompanying editorial were Mara Quill and Tobias Fenn.", id="editorial"),
    pytest.param("The research team included Mara Quill and Tobias Fenn.", id="research-team"),
    pytest.param("Co-authors of the 2013 study were Mara Quill and Tobias Fenn.", id="dated-other-study"),
    pytest.param("An editorial co-authored by Mara Quill and Tobias Fenn called the trial small.", id="editorial-passive"),
    pytest.param("Co-authors include Mara Quill, Lakeview College, Tobias Fenn.", id="bare-comma-between-names"),
    pytest.param("Co-authors include Mara Quill and colleagues at Bayside who ran the labs, such as Tobias Fenn.",
                 id="list-not-ending-cleanly"),
    pytest.param("Mara Quill and colleagues wrote in the journal that the effect was small.", id="wrote-with-colleagues"),
    pytest.param("Mara Quill and Tobias Fenn wrote in an email that the effect was small.", id="wrote-in-an-email"),
    pytest.param("In an accompanying editorial, authors Mara Quill and Tobias Fenn called the trial small.",
                 id="editorial-authors-before-names"),
    pytest.param("The study authors found that Mara Quill and Tobias Fenn were right.", id="authors-then-verb"),
    pytest.param("Co-authors Lake University and Hill Hospital funded it.", id="bare-noun-institutions"),
    pytest.param("A commentary published with the study urged caution. Authors Mara Quill and Tobias Fenn, of Lake "
                 "University, said so.", id="plain-authors-of-a-commentary"),
])
def test_no_coauthors_listed(citation, sentence: str) -> None:
    assert citation(LEDE, JOURNAL, sentence)["authors"] == []


@pytest.mark.parametrize(("rest", "more"), [
    pytest.param("Smith J, Doe A, et al. Title.", True, id="et-al"),
    pytest.param("and colleagues. Journal of Things", True, id="colleagues"),
    pytest.param("and co-authors, Journal of Things", True, id="co-authors"),
    pytest.param("and co-workers, Journal of Things", True, id="co-workers"),
    pytest.param("and collaborators. Journal of Things", True, id="collaborators"),
    pytest.param(", and the Lakeside Salt Study Team. Title. Journal of Things, 2016", True, id="and-the-study-team-ending-the-list"),
    pytest.param("Journal of Teamwork Studies, 2016", False, id="team-inside-a-word"),
    pytest.param("Journal of Things, 2016", False, id="none"),
    pytest.param("Journal of Team Science, 2019", False, id="team-in-a-journal-name"),
    pytest.param("Building a research team. Journal of Things, 2019", False, id="team-in-a-title"),
])
def test_reference_more_authors(rest: str, more: bool) -> None:
    # words that mean more authors (reference_more_authors.txt), and a team only ending the author list
    from trialnews.facts import references

    assert bool(references._more_authors().search(rest)) is more


def test_not_name_words_hold_institution_words() -> None:
    from trialnews.facts import references

    assert {"University", "Hospital"} <= references.not_name_words()


# Citations as unseen trial news writes them (issue 11): journal names that list their subjects
# with commas, a year in parentheses after the journal, a title quoted after "an article detailing
# the findings", an earlier trial named by a demonstrative and its year.

HARBOR_JOURNAL = "The results were published in the journal Harbor Medicine."


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
    pytest.param("The work came out in Journal of Neurology, Neurosurgery, and Psychiatry.",
                 "Journal of Neurology, Neurosurgery, and Psychiatry", id="oxford-comma-known-subjects"),
    # a known journal whose subjects are listed without "and", by commas or bullets (journals.txt)
    pytest.param("Our trial is reported in International Journal of Radiation Oncology, Biology, Physics.",
                 "International Journal of Radiation Oncology, Biology, Physics", id="known-list-without-and"),
    pytest.param("Our trial is online in International Journal of Radiation Oncology \u2022 Biology \u2022 "
                 "Physics, a society title.",
                 "International Journal of Radiation Oncology \u2022 Biology \u2022 Physics", id="known-list-with-bullets"),
])
def test_journal_name_with_commas(citation, sentence: str, journal: str) -> None:
    found = citation(LEDE, sentence)
    assert found is not None and found["journal"] == journal


@pytest.mark.parametrize("paragraphs, year", [
    pytest.param((HARBOR_JOURNAL, "Harbor Medicine (2019), doi: 10.1000/hm.2019.01"), 2019, id="journal-then-year-in-parentheses"),
    pytest.param((HARBOR_JOURNAL, "Harbor Medicine (the society's journal) is read widely."), None, id="no-year-in-parentheses"),
    pytest.param((HARBOR_JOURNAL, "SOURCE: bit.ly/abc Harbor Medicine, August 2019."), 2019, id="reference-line-month-and-year"),
    pytest.param((HARBOR_JOURNAL, "Harbor Medicine, August 2019, was a good month for the editors."), None,
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
    pytest.param("The trial, run by Lena Ortiz, Ph.D., associate professor of Neurology, Psychiatry & Sleep, was "
                 "published this week in Harbor Medicine.", id="professor-of-a-subject"),
    pytest.param("Other authors are Rita Okafor, Ph.D., and Jon Weiss, M.D., all of Pediatrics, Nutrition & Sleep; the "
                 "trial was published this week in Harbor Medicine.", id="all-of-a-department"),
])
def test_a_department_named_by_a_journals_subject_is_no_journal(citation, sentence: str) -> None:
    assert citation(LEDE, sentence)["journal"] == "Harbor Medicine"


@pytest.mark.parametrize(("text", "dated"), [
    pytest.param("in a 2012 ", True, id="year"),
    pytest.param("in an October 2006 ", True, id="month-and-year"),
    pytest.param("in that 1999 ", True, id="that-year"),
    pytest.param("in the 2012 ", False, id="the-is-this-paper"),
])
def test_dated_paper_words_one_builder(text: str, dated: bool) -> None:
    # citation's dated paper before a journal and common.dated_study begin with the same words
    from trialnews.facts import citation, common

    assert bool(citation._dated_before().search(text)) is dated
    assert bool(common.dated_study().search(text + "study")) is dated
    assert common.dated_words() in citation._dated_before().pattern and common.dated_words() in common.dated_study().pattern


def test_shared_helpers_have_public_names() -> None:
    from trialnews.facts import references, roles
    from trialnews.linking import groups, pairorder

    assert references.label_pattern().match("Source: Smith J. Title.")
    assert callable(groups.without_outcomes)
    assert pairorder.PAIR_SIZE is roles.PAIR_SIZE == 2


@pytest.mark.parametrize(("labels", "line", "rest"), [
    pytest.param("reference_labels.txt", "Source:  Moss AB, Kent CS. A trial. J Lakeside Med. 2019.",
                 "Moss AB, Kent CS. A trial. J Lakeside Med. 2019.", id="reference-label"),
    pytest.param("author_list_labels.txt", "Study authors: Ann Moss, Carl Kent, Tove Berg", "Ann Moss, Carl Kent, Tove Berg",
                 id="authors-label"),
    pytest.param("author_list_labels.txt", "  Co-authors : Ann Moss, Carl Kent", "Ann Moss, Carl Kent", id="spaced-colon"),
    pytest.param("author_list_labels.txt", "Authors say the drug works.", None, id="no-colon"),
    pytest.param("author_list_labels.txt", "Source: Moss AB, Kent CS. A trial.", None, id="other-list"),
])
def test_one_label_reader_for_reference_and_author_lines(labels: str, line: str, rest: str | None) -> None:
    # references.label_pattern reads the label of either list (it was two near-copies)
    from trialnews.facts import references

    found = references.label_pattern(labels).match(line)
    assert (line[found.end():] if found else None) == rest


@pytest.mark.parametrize("sentence, et_al", [
    pytest.param("Lee and her co-authors gave half the adults the tea.", True, id="and-her-co-authors"),
    pytest.param("Lee's coauthors gave half the adults the tea.", True, id="possessive-coauthors"),
    pytest.param("Lee, of Bay Clinic, and co-authors gave half the adults the tea.", True, id="apposition-then-co-authors"),
    pytest.param("Lee gave half the adults the tea.", None, id="no-co-authors"),
])
def test_co_authors_beside_the_lead_author(citation, sentence: str, et_al: bool | None) -> None:
    found = citation("A herbal tea eased worry in a randomized trial of 90 adults, published in the journal "
                     "Sleep Medicine Today.", sentence,
                     "\"We were surprised,\" said Dr. Ann Lee, the study's lead author.") or {}
    assert found.get("authors", [None])[0] == "Ann Lee"
    assert found.get("et_al") is et_al


@pytest.mark.parametrize("team", ["Dr. Ann Lee and her colleagues", "Lee's team", "Lee and her research team"])
def test_a_lead_author_beside_a_team_leaves_et_al_unknown(citation, team: str) -> None:
    """A team is not the byline: the story names one author, so whether there are others is not said."""
    found = citation("A herbal tea eased worry in a randomized trial of 90 adults, published in the journal "
                     f"Sleep Medicine Today. {team} gave half the adults the tea and half a look-alike drink.",
                     "\"We were surprised,\" said Dr. Ann Lee, the study's lead author.") or {}
    assert found.get("authors") == ["Ann Lee"]
    assert found.get("et_al") is None


def test_a_lead_author_beside_her_co_authors_has_et_al(citation) -> None:
    found = citation("A herbal tea eased worry in a randomized trial of 90 adults, published in the journal "
                     "Sleep Medicine Today. Lee and her co-authors gave half the adults the tea and half a "
                     "look-alike drink.", "\"We were surprised,\" said Dr. Ann Lee, the study's lead author.") or {}
    assert found.get("authors") == ["Ann Lee"]
    assert found.get("et_al") is True


@pytest.mark.parametrize("paragraphs", [
    pytest.param(("\u201cIt works,\u201d said lead researcher Dr. Nora Vance, a cardiologist at Bay Hospital.",),
                 id="lead-researcher"),
    pytest.param(("\u201cIt works,\u201d said senior researcher Dr. Nora Vance.",), id="senior-researcher"),
    pytest.param(("\u201cIt works,\u201d said study leader Dr. Nora Vance, of Bay Hospital, and colleagues.",),
                 id="study-leader-and-colleagues"),
    pytest.param(("\u201cIt works,\u201d said Nora Vance, who led the study at Bay Hospital.",), id="who-led-the-study"),
    pytest.param(("The researchers, led by Dr. Nora Vance of Bay Hospital, enrolled 300 adults.",), id="researchers-led-by"),
    pytest.param(("The new study was led by biostatistician Nora Vance of Bay Hospital.",), id="study-was-led-by"),
    pytest.param(("Dr. Nora Vance of Bay University in Ohio and colleagues enrolled 300 adults.",),
                 id="name-affiliation-and-colleagues"),
    pytest.param(("\u201cIt helps,\u201d write researchers Nora Vance, MD, of the Lake Diabetes Center in Boston, and colleagues.",),
                 id="write-researchers-name-and-colleagues"),
    pytest.param(("Dr. Nora Vance runs the clinic in Bayville.", "Vance and her colleagues gave the drug to 300 adults."),
                 id="surname-and-colleagues"),
    pytest.param(("Dr. Ana Patel and Dr. Tom Shaw ran the study at two clinics.", "Patel, Shaw, and colleagues enrolled 225 adults."),
                 id="surnames-listed-before-colleagues"),
    pytest.param(("\u201cIt works,\u201d said principal investigator Dr. Nora Vance.",), id="principal-investigator"),
])
def test_leaders_and_teams_are_not_authors(citation, paragraphs: tuple[str, ...]) -> None:
    """Only a person the story calls an author is one: a study's leader, a person named with their
    team ("Roe and colleagues") and an investigator are not (the news-dev gold: Arber, Cher, Bode)."""
    found = citation(LEDE, JOURNAL, *paragraphs)
    assert (found["authors"], found["et_al"]) == ([], None)


@pytest.mark.parametrize("paragraphs, authors, et_al", [
    pytest.param(("Dr. Nora Vance is one of the authors of the paper and a cardiologist at Bay University.",),
                 ["Nora Vance"], True, id="one-of-the-authors-of-the-paper"),
    pytest.param(("\u201cIt works,\u201d said Dr. Ruth Bell, a heart doctor in Bayville, who co-authored the study.",),
                 ["Ruth Bell"], True, id="who-co-authored-the-study"),
    pytest.param(("\u201cIt works,\u201d said C. Neill Upton, the study's lead author.",),
                 ["C. Neill Upton"], None, id="initial-before-the-given-name-lead-author-alone"),
    pytest.param(("\u201cIt works,\u201d said Dr. Ann Lowe, the study's lead author.", "Lowe and her colleagues enrolled 300 adults."),
                 ["Ann Lowe"], None, id="lead-author-beside-her-colleagues-alone"),
    pytest.param(("\u201cIt helps,\u201d said Tara Quinn, an author on the study and a chemist in Bayville.",),
                 ["Tara Quinn"], True, id="an-author-on-the-study-one-of-several"),
    pytest.param(("\u201cIt works,\u201d said study author Dr. Ann Lowe, a nurse in Bayville.",),
                 ["Ann Lowe"], None, id="study-author-alone-says-nothing-of-others"),
    pytest.param(("Nora Vance, who led the study, said so. Tom Hill, the senior author, agreed.",), ["Tom Hill"], True,
                 id="the-author-not-the-leader"),
    pytest.param(("\u201cIt helps,\u201d writes Dr. Nora Vance, Associate Professor, Bay College, with coauthors.",),
                 ["Nora Vance"], True, id="name-with-coauthors-is-an-author"),
])
def test_author_roles_and_et_al(citation, paragraphs: tuple[str, ...], authors: list[str], et_al: bool | None) -> None:
    """A person called an author is one; a lead author named alone leaves et_al unknown (null),
    a co-author or a lead author with colleagues implies others."""
    found = citation(LEDE, JOURNAL, *paragraphs)
    assert (found["authors"], found["et_al"]) == (authors, et_al)


def test_same_person_spellings() -> None:
    from trialnews.facts.citation import _same_person

    assert _same_person("Ann B. Cole", "Ann Cole")
    assert _same_person("C. Neill Upton", "Neill Upton")
    assert not _same_person("Ann Cole", "Bo Cole")


@pytest.mark.parametrize("paragraphs, authors", [
    pytest.param(("A new review confirms the drugs help.", "\u201cIt helps,\u201d said review author Dr. Nora Vance of Lake "
                  "University."), ["Nora Vance"], id="review-author-of-a-new-review"),
    pytest.param(("\u201cIt helps,\u201d said review author Dr. Nora Vance of Lake University.",), [],
                 id="review-author-of-a-review-the-story-does-not-report"),
    pytest.param(("The new review article found that shots lag behind.", "Nora Vance, the chairman of physiotherapy at "
                  "Lake University and senior author of the review, said so."), ["Nora Vance"], id="senior-author-of-the-review"),
    pytest.param(("Nora Vance, the chairman of physiotherapy at Lake University and senior author of the review, said so.",),
                 [], id="author-of-a-review-beside-the-trial"),
    pytest.param(("The new review article found that shots lag behind.", "As Nora Vance, the chairman of physiotherapy "
                  "at Lake University and senior author of the review, said, it works."), ["Nora Vance"],
                 id="conjunction-before-the-name"),
    pytest.param(("A new review confirms the drugs help.", "Ann Cole, a co-author of an accompanying editorial, said so."),
                 [], id="editorial-beside-a-review"),
])
def test_authors_of_a_review(citation, paragraphs: tuple[str, ...], authors: list[str]) -> None:
    """Where the story reports a review ("a new review"), a review's author is its paper's author;
    elsewhere "author of the review" names the author of another paper."""
    assert citation(LEDE, JOURNAL, *paragraphs)["authors"] == authors


@pytest.mark.parametrize("sentence, authors", [
    pytest.param("Study investigators include Lakeview Clinic in Bayside senior author Mara Quill, M.D., Tobias Fenn, "
                 "and Ines Garrow, M.D., Ph.D. Dr. Quill is now at Hillcrest College.",
                 ["Mara Quill", "Tobias Fenn", "Ines Garrow"], id="investigators-with-senior-author"),
    pytest.param("In addition to Cole, the research team included lead study author Mara Quill, Tobias Fenn and Ines "
                 "Garrow at Lakeview College; and Bo Lind at Hillcrest Hospital.",
                 ["Mara Quill", "Tobias Fenn", "Ines Garrow", "Bo Lind"], id="research-team-with-lead-author"),
    pytest.param("Additional Lakeview researchers include lead authors Dr. Mara Quill and Tobias Fenn, as well as "
                 "Ines Garrow.", ["Mara Quill", "Tobias Fenn"], id="researchers-with-lead-authors-aside"),
])
def test_research_team_with_an_author_role(citation, sentence: str, authors: list[str]) -> None:
    """A research team's list whose first name carries an author role lists the paper's authors."""
    found = citation(LEDE, JOURNAL, sentence)
    assert found["authors"] == authors


@pytest.mark.parametrize("sentence", [
    pytest.param("Other researchers contributing to this study include Mara Quill, M.D., and Tobias Fenn, Ph.D., "
                 "both of Lakeview College.", id="team-without-a-role"),
    pytest.param("The researchers were Mara Quill and Tobias Fenn of Lakeview College.", id="researchers-were-no-role"),
])
def test_research_team_without_an_author_role(citation, sentence: str) -> None:
    """A team's list names no author unless one of its names carries an author role."""
    found = citation(LEDE, JOURNAL, sentence)
    assert found is None or not found["authors"]


@pytest.mark.parametrize("sentence, authors", [
    pytest.param("Co-authors with Cole, who presented the data at the meeting, are Mara Quill, Lakeview University "
                 "Hospital, Lakeview, Norway; Tobias Fenn, Hillcrest Cancer Centre; Ines Garrow, Istituto Nazionale dei Tumori, "
                 "Milan, Italy; Bo Lind, Edwin Marsh Cancer Institute, Bayside; and Ola Berg and Per Holm of Lakeview.",
                 ["Mara Quill", "Tobias Fenn", "Ines Garrow", "Bo Lind", "Ola Berg", "Per Holm"],
                 id="semicolons-part-affiliations"),
])
def test_coauthors_parted_by_semicolons(citation, sentence: str, authors: list[str]) -> None:
    """Each part between semicolons opens with a person's name; what follows its comma is their
    affiliation, however it is written ("Edwin Marsh Cancer Institute" is no person)."""
    found = citation(LEDE, JOURNAL, sentence)
    assert found["authors"] == authors


def test_semicolon_list_with_a_part_that_is_no_person(citation) -> None:
    found = citation(LEDE, JOURNAL, "Co-authors are Mara Quill, Istituto Nazionale dei Tumori, Milan; Lakeview Clinic "
                     "staff; and Tobias Fenn, Hillcrest.")
    assert found is None or not found["authors"]


def test_sentence_opening_with_an_initial_is_no_reference(citation) -> None:
    """A line that opens with a first name and a middle initial is a sentence, not a one-author
    reference ("Ann B. Cole, chief executive of X, said ... 2016")."""
    found = citation(LEDE, "Mara T. Quill, chief executive of Lakeview Pharma, said the company will use the data. "
                     "But she conceded that the company, which had hoped to sell the drug, may wait until 2019.")
    assert found is None or found["authors"] != ["Mara T"]


@pytest.mark.parametrize("before, matches", [
    pytest.param(", of the NATIONAL HEART LUNG BLOOD AND KIDNEY INSTITUTE FOR RURAL CARE RESEARCH, MD said ", False,
                 id="all-caps-affiliation-then-a-verb"),
    pytest.param(", of the NATIONAL HEART LUNG BLOOD AND KIDNEY INSTITUTE FOR RURAL CARE RESEARCH, MD, ", True,
                 id="all-caps-affiliation-alone"),
    pytest.param(", M.D., of the Lake Institute, Bayside, Ohio, ", True, id="degree-affiliation-place"),
])
def test_apposition_after_an_all_caps_affiliation(before: str, matches: bool) -> None:
    """The apposition between a name and "and her co-authors" over a long all-caps affiliation: a
    lower-case verb after it ends the apposition (no match), without it the whole is one. The repeats
    are possessive, so the failed match returns at once instead of trying every split of the capitals."""
    from trialnews.facts.citation import _APPOSITION

    assert bool(_APPOSITION.fullmatch(before)) is matches


def test_co_authors_after_an_all_caps_affiliation(citation) -> None:
    """A clause ("said she") after an all-caps affiliation stands between the name and "and her
    co-authors": the person is not read as the co-authors' author, and the article's citation is
    still read (the failed apposition returns at once)."""
    found = citation(LEDE, JOURNAL, "Dr. Mara Quill of the NATIONAL HEART LUNG BLOOD AND KIDNEY INSTITUTE FOR RURAL "
                     "CARE said she and her co-authors were pleased.")
    assert (found["journal"], found["authors"]) == ("Journal of Rural Dentistry", [])


@pytest.mark.parametrize("paragraphs, authors, et_al", [
    pytest.param(("Dr. Rosa Venn, lead author of the study, spoke in Lima.",
                  "Collaborating with Dr. Venn were Amos Kirk, M.D., Bea Lund, Psy.D., and Carl Moya, M.D."),
                 ["Rosa Venn", "Amos Kirk", "Bea Lund", "Carl Moya"], False, id="lead-author-then-her-collaborators"),
    pytest.param(("Collaborating with Dr. Venn on this paper were Amos Kirk, M.D., and Bea Lund, M.D.",),
                 ["Amos Kirk", "Bea Lund"], None, id="collaborators-without-the-lead-authors-full-name"),
])
def test_collaborators_listed_after_the_paper(citation, paragraphs: tuple[str, ...], authors: list[str],
                                              et_al: bool | None) -> None:
    """A press release lists the paper's other authors as the lead author's collaborators; the list
    is complete only beside the lead author it names."""
    found = citation(LEDE, JOURNAL, *paragraphs)
    assert (found["authors"], found["et_al"]) == (authors, et_al)
