"""The word lists of the trial, citation, header and endpoint facts, read from ``patterns/``: what
each rule built from a list accepts and refuses, on hand-written phrases, and that a curator's edit
to a list reaches the rule (the code holds no copy of its own).

Every phrase here is written for the test (none is copied from a data set).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.facts import citation, comparisons, dates, endpoints, header, trial
from trialnews.facts.common import dated_study, state
from trialnews.nlp import make_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def _text(*paragraphs: str) -> str:
    return "\n\n".join(("Trial Update", *paragraphs)) + "\n"


def _record(nlp: Language, *paragraphs: str) -> dict:
    return extract_text(_text(*paragraphs), nlp=nlp)


def _endpoints(nlp: Language, sentence: str) -> list[dict]:
    """The endpoints fact itself (the pipeline run up to it): the names it gives, before the
    results are linked to them."""
    doc = nlp.make_doc(_text(sentence))
    for name, component in nlp.pipeline:
        doc = component(doc)
        if name == "trialnews_endpoints":
            return state(doc)["endpoints"]
    raise AssertionError("no endpoints component")


@pytest.mark.parametrize("byline, name", [
    ("Jane Doe Updated 3:12 PM", "Jane Doe"),
    ("Jane Doe for Reuters Health", "Jane Doe"),
    ("Jane Doe on March 3, 2015", "Jane Doe"),
    ("Jane Doe Posted May 2", "Jane Doe"),
    ("Jane Doe, Staff Writer", "Jane Doe"),
    ("Jane Doe \u2014 Health reporter", "Jane Doe"),
    ("Jane Lastly", "Jane Lastly"),  # a surname that starts like a stop word
    ("Jane Onley", "Jane Onley"),
    ("Jane Doe last week", "Jane Doe last week"),  # the capital of "Last" is part of the cue
])
def test_byline_stop(byline: str, name: str) -> None:
    assert header._byline_stop().sub("", byline) == name


@pytest.mark.parametrize("text, degrees", [
    (", MD", True), (", M.D.", True), (", MD, PhD", True), (", Ph.D., M.P.H.", True),
    (", MBBS", True), (", DPhil", True), (", FRCP", True), (", MBA", False), (", M.B.B.S.", False),
])
def test_degrees(text: str, degrees: bool) -> None:
    assert bool(re.fullmatch(citation._degrees(), text)) is degrees


@pytest.mark.parametrize("after, earlier", [
    (" last year, found", True),
    (", last  summer", True),  # any whitespace between the words
    (" in the past", True),
    (" two years ago", True),
    (" a decade ago", True),
    (" earlier this decade", True),
    (" this year", False),
    (" last week, said", False),
    (" on Monday", False),
])
def test_earlier_paper_after_journal(after: str, earlier: bool) -> None:
    assert bool(citation._earlier_after().match(after)) is earlier


@pytest.mark.parametrize("sentence, dated", [
    ("The results appear in this week's issue of the journal.", True),
    ("The study appears online this week in the journal.", True),
    ("The study was published online Tuesday.", True),
    ("It appears in the Sept. 28 edition of the journal.", True),
    ("It appears in the May 3 edition.", True),
    ("The drug may reduce pain, the journal reported.", False),  # "may" without a day is no month
    ("The study was published in the journal.", False),
])
def test_issue_date(sentence: str, dated: bool) -> None:
    assert bool(dates.issue_date().search(sentence)) is dated


@pytest.mark.parametrize("before, other", [
    ("A 2008 report in ", True),
    ("An October 2006 study in ", True),
    ("One 2009 review of older trials in ", True),
    ("A 2010 issue of ", True),
    ("The new study, published in ", False),
    ("A 2008 decision by ", False),
])
def test_dated_other_study(before: str, other: bool) -> None:
    assert bool(dated_study().search(before)) is other


@pytest.mark.parametrize("before, introduced", [
    ("were published in the ", True), ("said the journal ", True), ("the March issue of ", True),
    ("according to ", False), ("said ", False),
])
def test_journal_intro(before: str, introduced: bool) -> None:
    assert bool(citation._journal_intro().search(before)) is introduced


@pytest.mark.parametrize("name, bare", [
    ("Lancet medical journal", "Lancet"), ("Nature scientific journal", "Nature"),
    ("Lancet journal", "Lancet"), ("Lancet weekly journal", "Lancet weekly"),
])
def test_journal_word_dropped(name: str, bare: str) -> None:
    assert citation._journal_word().sub("", name) == bare


@pytest.mark.parametrize("line, journal, year", [
    ("Doe J, Roe R, et al. Aspirin after stenting: a trial. Heart Journal. Mar 2011;12:3-9", "Heart Journal", 2011),
    ("Doe J, Roe R. Aspirin after stenting. Heart Journal. September 4, 2012", "Heart Journal", 2012),
    ("Doe J. Aspirin after stenting. Heart Journal. 2013;4:1-2", "Heart Journal", 2013),
])
def test_reference_line(line: str, journal: str, year: int) -> None:
    found = citation._from_reference(line)
    assert found is not None and (found["journal"], found["year"]) == (journal, year)


@pytest.mark.parametrize("sentence, phase", [
    ("The drug is now in a late-stage trial of 600 patients.", "3"),
    ("A mid-stage study of the drug enrolled 120 adults.", "2"),
    ("The company ran a midstage trial in 80 people.", "2"),
    ("An early stage trial enrolled 30 volunteers.", "1"),
])
def test_phase_from_stage_word(nlp: Language, sentence: str, phase: str) -> None:
    assert _record(nlp, sentence)["trial"]["phase"] == phase


@pytest.mark.parametrize("sentence, tag, present", [
    ("In the crossover study, 40 adults took the drug and then a placebo.", "crossover", True),
    ("The trial had a high crossover rate, as 30 patients moved to the drug.", "crossover", False),
    ("Observational studies have suggested a benefit in 2,000 adults.", "observational", False),
])
def test_design_word_and_what_follows(nlp: Language, sentence: str, tag: str, present: bool) -> None:
    assert (tag in _record(nlp, sentence)["trial"]["design"]) is present


@pytest.mark.parametrize("sentence, endpoint", [
    ("Sustained remission was reached by 32% with rivaroxaban and 11% with placebo.", "sustained remission"),
    ("Severe infections occurred in 12% with rivaroxaban and 8% with placebo.", "severe infections"),
    ("A durable complete response was seen in 20% with rivaroxaban and 5% with placebo.", "durable complete response"),
])
def test_endpoint_qualifier(nlp: Language, sentence: str, endpoint: str) -> None:
    assert endpoint in [e["name"] for e in _endpoints(nlp, sentence)]


@pytest.mark.parametrize("sentence, primary", [
    ("The primary endpoint was time to relapse in the 300 patients enrolled.", "time to relapse"),
    ("The study's primary outcome: time to first fracture, which was longer with the drug.", "time to first fracture"),
    ("The primary endpoint was time to first fracture which was longer with rivaroxaban.", "time to first fracture"),
])
def test_primary_endpoint_name_ends_with_its_phrase(nlp: Language, sentence: str, primary: str) -> None:
    assert [e["name"] for e in _endpoints(nlp, sentence) if e["primary"]] == [primary]


# A curator's edit to a list reaches the rule: each rule below is rebuilt with a list that has one
# more word, and then reads it.

@pytest.fixture
def edited(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., None]]:
    cleared: list = []

    def edit(module, builder, name: str, extra: str) -> None:
        original = module.load_lexicon

        def load(requested: str) -> tuple[str, ...]:
            entries = original(requested)
            return (*entries, extra) if requested == name else entries

        monkeypatch.setattr(module, "load_lexicon", load)
        if hasattr(module, "word_set"):  # the module may read the list as a set (resources.word_set)
            monkeypatch.setattr(module, "word_set", lambda requested: frozenset(entry.lower() for entry in load(requested)))
        builder.cache_clear()
        cleared.append(builder)

    yield edit
    for builder in cleared:
        builder.cache_clear()


def test_curator_adds_a_byline_stop(edited) -> None:
    assert header._byline_stop().sub("", "Jane Doe Special to the Globe") == "Jane Doe Special to the Globe"
    edited(header, header._byline_stop, "byline_stops.txt", "Special")
    assert header._byline_stop().sub("", "Jane Doe Special to the Globe") == "Jane Doe"


def test_curator_adds_a_met_verb(edited) -> None:
    assert not endpoints._met_before().search("the trial attained its")
    edited(endpoints, endpoints._met_before, "endpoint_met_verbs.txt", "attained")
    assert endpoints._met_before().search("the trial attained its")


def test_curator_adds_a_trial_word(edited) -> None:
    assert not trial._is_trial_word("Experiment")
    edited(trial, trial._trial_words, "trial_words.txt", "experiment")
    assert trial._is_trial_word("Experiment")


def test_curator_adds_a_degree(edited) -> None:
    assert not re.fullmatch(citation._degrees(), ", M.B.A.")
    edited(citation, citation._degrees, "academic_degrees.txt", "M.B.A.")
    assert re.fullmatch(citation._degrees(), ", MBA")


def test_curator_adds_a_down_word(edited) -> None:
    assert not comparisons._any_word("difference_down_words.txt").search("trimmed two days from the stay")
    edited(comparisons, comparisons._any_word, "difference_down_words.txt", "trimmed")
    assert comparisons._any_word("difference_down_words.txt").search("trimmed two days from the stay")


def test_curator_adds_a_risk_noun(edited) -> None:
    lists = ("risk_nouns.txt", "risk_of_gerunds.txt", "risk_verbs.txt")
    assert not comparisons._risk_after(*lists).match(" hazard of stroke")
    edited(comparisons, comparisons._risk_after, "risk_nouns.txt", "hazard")
    assert comparisons._risk_after(*lists).match(" hazard of stroke")


def test_curator_adds_a_word_between_met_and_the_cue(edited) -> None:
    assert not endpoints._met_before().search("the trial met both")
    edited(endpoints, endpoints._met_before, "endpoint_met_determiners.txt", "both")
    assert endpoints._met_before().search("the trial met both")


@pytest.mark.parametrize(("rule", "text", "found"), [
    # trial_words.txt, enrolment_words.txt and trial_population_cues.txt: a sentence counting the trial's people
    ("_TRIAL_CUE", "Of the 120 who took part, 40 were evaluable", True),
    ("_TRIAL_CUE", "The clinic is recruiting 40 women", True),  # enrolment_words.txt, shared with results.py
    ("_TRIAL_CUE", "About 300 people live in the village", False),
    # rounding_words.txt
    ("_APPROXIMATE", "close to 2,500", True),
    ("_APPROXIMATE", "exactly 2,500", False),
    # subset_words.txt
    ("_SUBSET", "23 additional patients", True),
    ("_SUBSET", "23 patients", False),
    # hypothetical_words.txt
    ("_HYPOTHETICAL", " would need to be screened", True),
    ("_HYPOTHETICAL", " were screened", False),
])
def test_size_word_lists(rule: str, text: str, found: bool) -> None:
    from trialnews.facts import sizes

    assert bool(getattr(sizes, rule).search(text)) is found


@pytest.mark.parametrize(("section", "counted"), [
    pytest.param("BACKGROUND", False, id="background-is-not-the-trial"),
    pytest.param("PARTICIPANTS", True, id="another-section-is"),
])
def test_people_counted_in_a_section_of_not_trial_sections(run, section: str, counted: bool) -> None:
    """not_trial_sections.txt: people enrolled in a structured abstract's background are no sample size of the trial."""
    text = ("Doravitinib in early breast cancer\n\n" + section + ": About 1,400 women were enrolled in the national "
            "registry.\nMETHODS: We enrolled 240 women who were randomly assigned to doravitinib (n = 120) or placebo "
            "(n = 120).\nRESULTS: Adverse events were mild.\nCONCLUSIONS: Doravitinib was well tolerated.")
    sizes = {size["n"] for size in run(text)["sample_sizes"]}
    assert 240 in sizes
    assert (1400 in sizes) is counted


@pytest.mark.parametrize(("text", "parsed"), [
    ("P value was lower than 0.01", (0.01, "<")),
    ("P value was above .05", (0.05, ">")),
    ("p value of 0.03", (0.03, "=")),
])
def test_p_value_words(text: str, parsed: tuple[float, str]) -> None:
    from trialnews.normalize import parse_p_value

    assert parse_p_value(text) == parsed


@pytest.mark.parametrize(("author", "found"), [
    ("van Dijk J", True),
    ("della Rocca G", True),  # a particle of surname_particles.txt, the list the prose reader uses too
    ("vel Rocca G", False),
])
def test_reference_surname_particles(author: str, found: bool) -> None:
    from trialnews.facts import references

    assert bool(references._AUTHOR_IN_LIST.fullmatch(author)) is found


@pytest.mark.parametrize(("line", "others"), [
    ("Authors: Jane Smith, M.D., of Lake College, and co-authors", True),
    ("Authors: Jane Smith, M.D., of Lake College, and her team", True),  # team_words.txt
    ("Authors: Jane Smith, M.D., of Lake College", False),
])
def test_lead_author_line_others_from_team_words(line: str, others: bool) -> None:
    from trialnews.facts import references

    match = references._lead_author_line().match(line.removeprefix("Authors: "))
    assert match is not None and bool(match.group("others")) is others


@pytest.mark.parametrize(("after", "event"), [
    (" died of heart failure", True),
    (" receiving the drug were hospitalized", True),  # event_verbs.tsv, use population
    (" in the placebo group relapsed", True),
    (" were enrolled", False),
    (" needed surgery", False),  # an outcome verb of event_verbs.tsv only (linking/outcomes.py)
])
def test_population_event_verbs(after: str, event: bool) -> None:
    from trialnews.facts import sizes

    assert bool(sizes._EVENT_AFTER.match(after)) is event


@pytest.mark.parametrize(("module", "constant", "entries"), [
    pytest.param("arms", "LONG_FORM_BREAKS", {"and", "vs", ",", "+", "the"}, id="long-form-breaks"),
    pytest.param("arms", "DOSE_JOINERS", {"and", "plus", "with", "+"}, id="dose-joiners"),
    pytest.param("arms", "ALONE_WORDS", {"alone", "only"}, id="alone-words"),
    pytest.param("citation", "JOURNAL_LIST_JOINERS", {"and", "&"}, id="journal-list-joiners"),
    pytest.param("citation", "FIELD_PEOPLE_NOUNS", {"experts", "researchers"}, id="field-people-nouns"),
    pytest.param("allocation", "PERCENT_PHRASES", {"per cent"}, id="percent-phrases"),
])
def test_word_lists_read_from_lexicons(module: str, constant: str, entries: set[str]) -> None:
    # the word lists live in patterns/ files a curator can edit, named by a module constant
    import importlib

    from trialnews.resources import word_set

    name = getattr(importlib.import_module(f"trialnews.facts.{module}"), constant)
    assert name.endswith(".txt") and entries <= word_set(name)


def test_percent_phrases_are_spelt_by_percent_words() -> None:
    from trialnews.facts import allocation
    from trialnews.resources import load_lexicon, word_set

    for phrase in load_lexicon(allocation.PERCENT_PHRASES):
        assert len(phrase.split()) == 2 and set(phrase.lower().split()) <= word_set("percent_words.txt"), phrase


@pytest.mark.parametrize(("before", "given"), [
    pytest.param("daily, another got ", True, id="another-got"),
    pytest.param("One group took a ", True, id="one-group-took"),
    pytest.param("while a second  arm was\ngiven ", True, id="white-space-between-words"),
    pytest.param("the patients took ", False, id="no-group"),
])
def test_group_given_before_a_dose(before: str, given: bool) -> None:
    from trialnews.facts import arms

    assert bool(arms._GROUP_GIVEN_BEFORE.search(before)) is given


@pytest.mark.parametrize("lexicon", ["paper_describing_verbs.txt", "paper_described_work.txt", "quote_speech_after.txt"])
def test_title_after_paper_noun_reads_its_word_lists(lexicon: str) -> None:
    # the rule's word lists are lexicons a curator can edit, not alternations inside the regex
    import json
    from importlib import resources as importlib_resources

    text = importlib_resources.files("trialnews.patterns").joinpath("citation.jsonl").read_text(encoding="utf-8")
    rule = next(json.loads(line) for line in text.splitlines() if '"title-after-paper-noun"' in line)
    assert "{LEX:" + lexicon + "}" in rule["pattern"]["regex"]
