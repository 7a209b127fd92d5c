"""Citations written in prose and in press-release notes (issue 11, item 6): each phrasing class on
sentences written for the test, every field of the citation asserted."""

from __future__ import annotations

import pytest

from .helpers import NEUTRAL_LEDE, article


def _citation(run, *paragraphs: str) -> dict:
    citation = run(article(NEUTRAL_LEDE, *paragraphs))["citation"]
    assert citation is not None
    return citation


def _only(citation: dict, **fields) -> None:
    """The fields given have these values; every other field is empty."""
    empty = {"authors": [], "et_al": None, "title": None, "journal": None, "year": None, "doi": None}
    assert citation == {**empty, **fields}


@pytest.mark.parametrize(("sentence", "year"), [
    pytest.param("The findings appear in the April 2017 issue of Pediatrics.", 2017, id="month-year-issue-of"),
    pytest.param("The trial was published in December 2015 in the journal Pediatrics.", 2015, id="published-in-month-year-in"),
    pytest.param("The results were published online in 2014 in the journal Pediatrics.", 2014, id="published-online-in-year-in"),
])
def test_year_written_in_the_publication_slot(run, sentence: str, year: int) -> None:
    """A year between the publication verb and the journal dates the paper."""
    _only(_citation(run, sentence), journal="Pediatrics", year=year)


def test_year_of_another_clause_is_not_the_papers(run) -> None:
    """A year outside the slot (when the trial ran) does not date the paper."""
    _only(_citation(run, "The trial, which ran from 2010 to 2014, was published in the journal Pediatrics."),
          journal="Pediatrics")


@pytest.mark.parametrize("sentence", [
    pytest.param('Lead author of the study, Professor Mary Stone from Lake University, said: "It is safe."', id="lead-author-of-the-study-comma"),
    pytest.param("The lead author of the study, Dr. Mary Stone, said the drug was safe.", id="the-lead-author-of-the-study"),
    pytest.param("The lead author of the Pediatrics paper is Mary Stone of Lake University.", id="lead-author-of-the-journal-paper-is"),
])
def test_lead_author_named_after_of_the_study(run, sentence: str) -> None:
    _only(_citation(run, "The study was published in the journal Pediatrics.", sentence),
          authors=["Mary Stone"], journal="Pediatrics")


def test_middle_initial_without_its_full_stop(run) -> None:
    """"Oren K Salter, lead author" is the lead author, not another Salter the story quotes."""
    _only(_citation(run, "The study was published in the journal Pediatrics.",
                    '"It works," said Dr. Oren K Salter, lead author of the study.',
                    '"It is early," said Dr. Paul B. Salter, a spokesman for a heart charity who is not related to the study author.'),
          authors=["Oren K Salter"], et_al=True, journal="Pediatrics")


def test_quoted_title_with_its_authors_after_by(run) -> None:
    _only(_citation(run, "The paper 'Low-dose aspirin after knee surgery in older adults' by Anna Berg, Tom Lind and "
                         "Mary Stone will be published in Pediatrics on Monday."),
          authors=["Anna Berg", "Tom Lind", "Mary Stone"], et_al=False,
          title="Low-dose aspirin after knee surgery in older adults", journal="Pediatrics")


def test_quoted_title_by_authors_et_al(run) -> None:
    _only(_citation(run, 'The study, "Low-dose aspirin after knee surgery," by Anna Berg, Tom Lind, et al. is published in the Lancet.'),
          authors=["Anna Berg", "Tom Lind"], et_al=True, title="Low-dose aspirin after knee surgery", journal="Lancet")


@pytest.mark.parametrize("team", ["colleagues", "her co-workers", "collaborators"])
def test_quoted_title_by_authors_and_their_team(run, team: str) -> None:
    """"by A, B and co-workers": the team words of ``team_words.txt`` close the list as "et al" does."""
    _only(_citation(run, f'The study, "Low-dose aspirin after knee surgery," by Anna Berg, Tom Lind and {team} is published in the Lancet.'),
          authors=["Anna Berg", "Tom Lind"], et_al=True, title="Low-dose aspirin after knee surgery", journal="Lancet")


def test_title_by_an_organisation_names_no_author(run) -> None:
    _only(_citation(run, 'The report "Low-dose aspirin after knee surgery" by Anna Berg Foundation staff is published in the Lancet.'),
          title="Low-dose aspirin after knee surgery", journal="Lancet")


def test_this_new_study_after_a_cue_of_earlier_work(run) -> None:
    """"Earlier studies had shown X, but this new study, published in Y": Y is this paper's journal."""
    _only(_citation(run, "Earlier studies had shown the effect in mice, but this new study, published Wednesday in the "
                         "Journal of Clinical Oncology, gives the first data in people."),
          journal="Journal of Clinical Oncology")


def test_earlier_study_alone_is_still_another_papers(run) -> None:
    assert run(article(NEUTRAL_LEDE, "Earlier studies, published in the Journal of Clinical Oncology, had shown the "
                                     "effect in mice."))["citation"] is None


@pytest.mark.parametrize(("sentence", "journal"), [
    pytest.param("The results of the trial were released online in Sleep Medicine ahead of the June print issue.",
                 "Sleep Medicine", id="released-online-in"),
    pytest.param("The device firm has now published results of its clinical trial in Lamps in Dentistry and Surgery.",
                 "Lamps in Dentistry and Surgery", id="results-of-its-clinical-trial-in"),
    pytest.param("The results were released online in Alcoholism: Clinical & Experimental Research.",
                 "Alcoholism: Clinical & Experimental Research", id="colon-subtitle"),
    pytest.param("The study, published in npj Vaccines, followed 52 adults.", "npj Vaccines", id="lower-case-listed-name"),
    pytest.param("The results appear in The Lancet Rheumatology.", "Lancet Rheumatology", id="lancet-family"),
])
def test_journal_slot_phrasings(run, sentence: str, journal: str) -> None:
    _only(_citation(run, sentence), journal=journal)


def test_lower_case_word_is_no_journal(run) -> None:
    """Only the listed spelling of a lower-case name counts: a lower-case word after "in" is none."""
    assert run(article(NEUTRAL_LEDE, "The results were published in print last week."))["citation"] is None


def test_title_first_reference_in_notes_to_editors(run) -> None:
    citation = _citation(run, "Notes to editors",
                         "1. Low-dose aspirin for knee pain in older adults (KNEE-2): a randomised, placebo-controlled "
                         "trial. Berg A J et al. Lancet Rheumatology. March 2019. "
                         "http://dx.doi.org/10.1016/S2665-9913(19)30012-3.",
                         "2. Falls in older adults: a systematic review. Lind T et al. Age and Ageing. 2015")
    _only(citation, authors=["Berg A J"], et_al=True,
          title="Low-dose aspirin for knee pain in older adults (KNEE-2): a randomised, placebo-controlled trial",
          journal="Lancet Rheumatology", year=2019, doi="10.1016/S2665-9913(19)30012-3")


def test_title_first_reference_with_names_in_full(run) -> None:
    _only(_citation(run, "Paper: Low-dose aspirin for knee pain in older adults: a randomised trial. Anna Berg, Tom "
                         "Lind and Mary Stone. Lancet Rheumatology 2019."),
          authors=["Anna Berg", "Tom Lind", "Mary Stone"], et_al=False,
          title="Low-dose aspirin for knee pain in older adults: a randomised trial", journal="Lancet Rheumatology", year=2019)


def test_title_first_reference_keeps_a_lower_case_word_after_a_stop(run) -> None:
    _only(_citation(run, "Paper: Low-dose aspirin vs. placebo for knee pain in older adults: a randomised trial. Anna "
                         "Berg, Tom Lind and Mary Stone. Lancet Rheumatology 2019."),
          authors=["Anna Berg", "Tom Lind", "Mary Stone"], et_al=False,
          title="Low-dose aspirin vs. placebo for knee pain in older adults: a randomised trial",
          journal="Lancet Rheumatology", year=2019)


def test_sentence_listing_contributors_is_no_title_first_reference(run) -> None:
    """A sentence cut at an initial ("Janet Dale, M. Vernon Lowe") is no title, its names no authors."""
    citation = _citation(run, "The study was published in the journal Pediatrics.",
                         "Other Lake University scientists who helped with the work include Carol Ann Hale, "
                         "Janet Dale, M. Vernon Lowe, Susan Ford, Gary L. Ross and Drew Parr.")
    _only(citation, journal="Pediatrics")


def test_department_after_a_listed_coauthor_is_no_person(run) -> None:
    citation = _citation(run, "The study was published in the journal Pediatrics.",
                         "Additional co-authors are Lisa Moss, Tom Kline, and Mary Stone, Lake Immunology; and Ravi "
                         "Patel, PhD, Lake Biostatistics.")
    _only(citation, authors=["Lisa Moss", "Tom Kline", "Mary Stone", "Ravi Patel"], et_al=True, journal="Pediatrics")


def test_names_before_are_the_authors_of_the_study(run) -> None:
    _only(_citation(run, "The study was published in the journal Pediatrics.",
                    "Jane Roe, Lisa Moss and Tom Kline are the authors of the study."),
          authors=["Jane Roe", "Lisa Moss", "Tom Kline"], journal="Pediatrics")


def test_an_earlier_study_dated_by_a_bare_year_is_another_papers(run) -> None:
    """"an earlier, bigger study, published in 2011 in X" is another paper, as "a 2011 study in X" is."""
    assert run(article(NEUTRAL_LEDE, "An earlier, bigger study, published in 2011 in the American Journal of "
                                     "Cardiology, reached the same view."))["citation"] is None


def test_a_study_dated_by_a_bare_year_yields_to_another_journal(run) -> None:
    """"a 90-person study published in 2013 in X" is one of many: a journal named otherwise comes first."""
    _only(_citation(run, "In a 90-person study published in 2013 in the journal Stroke, a vitamin shrank lesions.",
                    "The new trial's results appear in the journal Pediatrics."),
          journal="Pediatrics")


def test_a_study_dated_by_a_bare_year_alone_is_the_citation(run) -> None:
    _only(_citation(run, "In a 90-person study published in 2013 in the journal Stroke, a vitamin shrank lesions."),
          journal="Stroke", year=2013)


@pytest.mark.parametrize("sentence", [
    pytest.param("The study, published in 2014 in the journal Stroke, followed 120 people.", id="the-study"),
    pytest.param("A new study published in 2014 in the journal Stroke followed 120 people.", id="a-new-study"),
])
def test_the_stories_own_study_dated_by_a_bare_year(run, sentence: str) -> None:
    _only(_citation(run, sentence), journal="Stroke", year=2014)


def test_organisation_short_name_before_a_department_is_no_degree(run) -> None:
    """"Danielle Baum, MGH Immunobiology; and Hui Zheng" lists Zheng too: "MGH" is no degree."""
    citation = _citation(run, "The study was published in the journal Pediatrics.",
                         "Additional co-authors are Lisa Tran, Tom Kline, and Danielle Baum, LGH Immunobiology; and "
                         "Hui Zheng, PhD, LGH Biostatistics.")
    _only(citation, authors=["Lisa Tran", "Tom Kline", "Danielle Baum", "Hui Zheng"], et_al=True, journal="Pediatrics")


def test_senior_author_closes_a_listed_author_list(run) -> None:
    citation = _citation(run, "The study was published in the journal Pediatrics.",
                         '"It works," said Dr. Ann Cole, senior author of the study.',
                         "The lead author of the study is Willem M. Berg.",
                         "Additional co-authors are Lisa Tran and Tom Kline.")
    # "co-authors are" (not "include") beside the named authors lists them all: et_al false
    _only(citation, authors=["Willem M. Berg", "Lisa Tran", "Tom Kline", "Ann Cole"], et_al=False, journal="Pediatrics")


def test_listed_reference_dated_by_the_prose_of_its_journal_family(run) -> None:
    """An author list gives no year; the prose dates the paper in the Lancet family's name."""
    citation = _citation(run, "A paper published in The Lancet Infectious Diseases reported the results.",
                         'The paper, "Effect of a new vaccine in older women: a randomised trial," was published in '
                         "the May 9, 2017 online edition of The Lancet.",
                         "Authors are: Anna M Berg, Tom Lind, Mary Stone and Ravi Patel.")
    assert (citation["authors"], citation["et_al"], citation["journal"], citation["year"]) == \
        (["Anna M Berg", "Tom Lind", "Mary Stone", "Ravi Patel"], False, "Lancet Infectious Diseases", 2017)
    assert citation["title"] == "Effect of a new vaccine in older women: a randomised trial"


def test_title_is_by_its_authors(run) -> None:
    _only(_citation(run, 'The article, "Low-dose aspirin for knee pain in older adults," is by Anna Berg, Tom Lind and '
                         "Mary Stone. It appears in Pediatrics."),
          authors=["Anna Berg", "Tom Lind", "Mary Stone"], et_al=False,
          title="Low-dose aspirin for knee pain in older adults", journal="Pediatrics")


def test_vancouver_reference_with_a_quoted_title(run) -> None:
    _only(_citation(run, 'Reference: Berg A, et al. "Low-dose aspirin for knee pain in older adults." JAMA Intern Med. '
                         "2016;176(3):300-308."),
          authors=["Berg A"], et_al=True, title="Low-dose aspirin for knee pain in older adults",
          journal="JAMA Intern Med", year=2016)


@pytest.mark.parametrize("line", [
    pytest.param("More information: Anna Berg et al. Low-dose aspirin for knee pain in older adults, Pediatrics (2016). "
                 "DOI: 10.1542/peds.2015-3456", id="plain-title"),
    pytest.param('More information: Anna Berg et al, "Low-dose aspirin for knee pain in older adults," Pediatrics (2016). '
                 "DOI: 10.1542/peds.2015-3456", id="quoted-title"),
])
def test_first_author_et_al_title_comma_journal_year(run, line: str) -> None:
    _only(_citation(run, line), authors=["Anna Berg"], et_al=True, title="Low-dose aspirin for knee pain in older adults",
          journal="Pediatrics", year=2016, doi="10.1542/peds.2015-3456")


def test_authors_named_by_role_join_a_listed_author_list(run) -> None:
    """With a list of the other authors, each author the story names by a role is an author too."""
    citation = _citation(run, "The analysis was published in the Journal of Nutrition.",
                         '"It helps," said corresponding author Dr. Ravi Patel, a professor at Lake University who '
                         "worked with graduate student and lead author Mei Lin.",
                         "In addition to Lin and Patel, the study's other authors are Anna Berg, Tom Kline and Lisa Moss.")
    assert citation["authors"] == ["Mei Lin", "Ravi Patel", "Anna Berg", "Tom Kline", "Lisa Moss"]
    assert (citation["journal"], citation["title"], citation["year"], citation["doi"]) == \
        ("Journal of Nutrition", None, None, None)


# -- Author lists in the forms press releases print them (issue 11) --------------------------------

def test_notes_title_then_its_byline(run) -> None:
    """A notes section opening a line with the paper's title in quotes and its byline after "by"."""
    _only(_citation(run, "The trial was published in the journal Pediatrics.",
                    'The article is "Cold packs after knee surgery in older adults lower pain scores," by Rosa Imbert, '
                    "Kofi J. Mensah, Lars Tovik, and Ines Barros. It appears in Pediatrics."),
          authors=["Rosa Imbert", "Kofi J. Mensah", "Lars Tovik", "Ines Barros"], et_al=False,
          title="Cold packs after knee surgery in older adults lower pain scores", journal="Pediatrics")


@pytest.mark.parametrize("verb", ["was written by", "was authored by", "by"])
def test_title_opening_its_line_then_written_by(run, verb: str) -> None:
    _only(_citation(run, "The trial was published in the journal Pediatrics.",
                    f'"Cold packs after knee surgery in older adults lower pain scores" {verb} Rosa Imbert, Lars Tovik '
                    "and Ines Barros."),
          authors=["Rosa Imbert", "Lars Tovik", "Ines Barros"], et_al=False,
          title="Cold packs after knee surgery in older adults lower pain scores", journal="Pediatrics")


def test_quote_opening_a_line_without_a_byline_is_no_title(run) -> None:
    """A quoted sentence at a line's start, followed by a speaker, is no title and names no author."""
    _only(_citation(run, "The trial was published in the journal Pediatrics.",
                    '"Cold packs after knee surgery lowered the pain scores of older adults," said Rosa Imbert.'),
          journal="Pediatrics")


def test_listed_names_opening_with_initials(run) -> None:
    """A byline's names written initials first ("T.J. Okafor", "K. J. Soto", "R.K. Dasgupta Rao")."""
    _only(_citation(run, "The trial was published in the journal Pediatrics.",
                    "Co-authors on the paper are T.J. Okafor, B. Lindqvist, R.K. Dasgupta Rao, K. J. Soto and M.E. Harlow."),
          authors=["T.J. Okafor", "B. Lindqvist", "R.K. Dasgupta Rao", "K. J. Soto", "M.E. Harlow"], et_al=True,
          journal="Pediatrics")


def test_listed_name_with_a_capitalised_particle_and_an_apostrophe(run) -> None:
    _only(_citation(run, "The trial was published in the journal Pediatrics.",
                    "Co-authors are Mara T. Van Dorn, Ph.D.; Oleg Pil'nikova, M.D.; and Sven Aas, M.D."),
          authors=["Mara T. Van Dorn", "Oleg Pil'nikova", "Sven Aas"], et_al=True, journal="Pediatrics")


def test_possessive_after_a_listed_name_is_no_surname(run) -> None:
    """"Aas's" is no surname with an apostrophe: the list after the cue is not a list of names."""
    _only(_citation(run, "The trial was published in the journal Pediatrics.",
                    "Co-authors include Mara Dorn's team and Sven Aas's lab at the college."),
          journal="Pediatrics")


def test_list_ends_before_a_clause_after_its_last_name(run) -> None:
    """A participle clause after the last name ends the list ("..., working at X")."""
    _only(_citation(run, "The trial was published in the journal Pediatrics.",
                    "The study's authors are Mara Dorn, Sven Aas and Oleg Pilnik, working in the hospital's clinic."),
          authors=["Mara Dorn", "Sven Aas", "Oleg Pilnik"], et_al=False, journal="Pediatrics")


def test_people_named_beside_the_list_are_authors_too(run) -> None:
    """"In addition to Dorn, the study's other authors are A, B and C": Dorn in full, then the list,
    all the authors."""
    _only(_citation(run, "The trial was published in the journal Pediatrics. It was led by staff scientist Mara Dorn, PhD.",
                    "In addition to Dorn, the study's other authors are Sven Aas, Oleg Pilnik and Rosa Imbert."),
          authors=["Mara Dorn", "Sven Aas", "Oleg Pilnik", "Rosa Imbert"], et_al=False, journal="Pediatrics")


def test_people_beside_a_partial_list_leave_it_open(run) -> None:
    _only(_citation(run, "The trial was published in the journal Pediatrics. It was led by Dr. Mara Dorn and Dr. Sven Aas.",
                    "Besides Dorn and Aas, additional authors include Oleg Pilnik and Rosa Imbert."),
          authors=["Mara Dorn", "Sven Aas", "Oleg Pilnik", "Rosa Imbert"], et_al=True, journal="Pediatrics")


def test_surname_beside_the_list_not_given_in_full_is_left_out(run) -> None:
    """A surname the story never gives in full stays out; the list is still read."""
    _only(_citation(run, "The trial was published in the journal Pediatrics.",
                    "In addition to Dorn, the study's other authors are Sven Aas and Oleg Pilnik."),
          authors=["Sven Aas", "Oleg Pilnik"], et_al=True, journal="Pediatrics")


def test_byline_then_an_author_it_leaves_out(run) -> None:
    """An author the story names by a role and the printed byline leaves out comes after the byline;
    a bracket after the byline's last name ("(doi: ...)") ends it."""
    _only(_citation(run, '"We were surprised," said Dr. Hal Ostby, corresponding author of the study.',
                    'The article is "Cold packs after knee surgery in older adults lower pain scores," by Rosa Imbert, '
                    "Lars Tovik, PhD, and Ines Barros, PhD (doi: 10.1016/j.peds.2016.03.043), published online in Pediatrics."),
          authors=["Rosa Imbert", "Lars Tovik", "Ines Barros", "Hal Ostby"], et_al=False,
          title="Cold packs after knee surgery in older adults lower pain scores", journal="Pediatrics",
          doi="10.1016/j.peds.2016.03.043")


def test_plural_title_before_a_list_and_its_group(run) -> None:
    """"Drs." opens the list without ending the sentence, and the group the authors write for ends it."""
    _only(_citation(run, "The trial was published in the journal Pediatrics.",
                    "Co-authors include: Drs. Rosa Imbert, Lars K. Tovik and Ines Barros for the Lake Knee Study Group."),
          authors=["Rosa Imbert", "Lars K. Tovik", "Ines Barros"], et_al=True, journal="Pediatrics")


@pytest.mark.parametrize("title", ["Drs.", "Profs.", "Messrs."])
def test_every_plural_title_opens_a_list_of_authors(run, title: str) -> None:
    """Each plural title the segmenter keeps a sentence going after is a title before the citation's
    names too (one list, ``plural_titles.txt``); "include" says the list is not the whole byline."""
    _only(_citation(run, "The trial was published in the journal Pediatrics.",
                    f"Co-authors include {title} Rosa Imbert, Lars Tovik and Ines Barros."),
          authors=["Rosa Imbert", "Lars Tovik", "Ines Barros"], et_al=True, journal="Pediatrics")


@pytest.mark.parametrize("text", [
    pytest.param("Co-authors include Drs. Rosa Imbert and Lars Tovik.", id="plural-doctors"),
    pytest.param("The trial was led by Assoc. Prof. Rosa Imbert at the clinic.", id="associate-professor"),
])
def test_no_sentence_ends_after_a_title(nlp, text: str) -> None:
    doc = nlp(f"Trial Update\n\n{text}")
    assert [s.text for s in doc.sents][1:] == [text]
