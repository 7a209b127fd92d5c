"""Conclusions in how news opens and words its findings (issue 11: recall on unseen stories).

Every sentence is written for these tests (none is copied from a data set)."""

from __future__ import annotations

from typing import Any

import pytest

from trialnews.evaluation.scoring import CONCLUSION_JACCARD, jaccard, words

from .helpers import article

TITLE = "Old Pill Helps Older Hearts"
#: A lede that states the headline finding, as trial news opens.
LEDE = ("A cheap heart pill cut the number of strokes in adults over 70, according to a new study "
        "published on Monday.")
#: A sentence after the opening, so the opening's sentences are never the article's last.
METHODS = "The trial enrolled adults at 40 hospitals in Europe between 2015 and 2019."


def found(run, *paragraphs: str, title: str = TITLE) -> list[str]:
    record: dict[str, Any] = run(article(*paragraphs, title=title))
    return [c["text"] for c in record["conclusions"]]


def kept(conclusions: list[str], statement: str) -> bool:
    return any(jaccard(words(c), words(statement)) >= CONCLUSION_JACCARD for c in conclusions)


@pytest.mark.parametrize(("sentence", "is_kept"), [
    # the opening goes on stating the finding after the lede
    pytest.param("Two randomized trials show that the drug also lowered the risk of heart attacks in these adults.",
                 True, id="trials-show-that"),
    pytest.param("The researchers were able to show in a controlled trial that the pill protects the brain.",
                 True, id="able-to-show-in-a-trial"),
    pytest.param("Patients who took the pill had fewer falls than those who took the dummy pill, the study found.",
                 True, id="worded-finding-with-cue"),
    # ... but a sentence of the opening that describes the treatment, the methods or the past is no finding
    pytest.param("The pill works on a receptor in the walls of blood vessels that helps them relax.",
                 False, id="how-the-treatment-works"),
    pytest.param("The study tested whether the pill could reduce strokes in adults who had already had one.",
                 False, id="tested-whether-is-method"),
    pytest.param("The study was conducted at 40 hospitals and found adults willing to take the pill for years.",
                 False, id="conducted-at-is-method"),
    pytest.param("In the study, 55 percent of the patients had already failed two other treatments.",
                 False, id="a-percentage-is-a-result-or-baseline"),
])
def test_the_opening_after_the_lede(run, sentence: str, is_kept: bool) -> None:
    conclusions = found(run, LEDE, sentence, METHODS)
    assert kept(conclusions, LEDE)
    assert kept(conclusions, sentence) is is_kept


@pytest.mark.parametrize("before", [
    pytest.param(("EMBARGOED FOR RELEASE UNTIL 5 PM ET ON MONDAY, MAY 4, 2020 AT THE EARLIEST",), id="embargo-line"),
    pytest.param((TITLE + " In Adults Over Seventy Years Of Age After A Stroke",),
                 id="title-like-line-is-not-skipped-but-has-no-finding"),
])
def test_the_lede_after_an_embargo_line(run, before: tuple[str, ...]) -> None:
    conclusions = found(run, *before, LEDE, METHODS)
    assert kept(conclusions, LEDE)
    assert not any("EMBARGOED" in c for c in conclusions)


def test_the_title_repeated_is_not_the_lede(run) -> None:
    title = "Old Pill Helps Older Hearts After A Stroke In Adults Over Seventy Years Of Age"
    conclusions = found(run, title, LEDE, METHODS, title=title)
    assert kept(conclusions, LEDE)
    assert not any(c == title for c in conclusions)


@pytest.mark.parametrize(("sentence", "is_kept"), [
    pytest.param("In this trial, the pill was well tolerated with few side effects, according to the paper in "
                 "the journal.", True, id="according-to-the-paper"),
    pytest.param("The study results, published on Monday in a heart journal, prove that the pill protects "
                 "older adults.", True, id="published-results-prove"),
])
def test_findings_handed_to_the_paper(run, sentence: str, is_kept: bool) -> None:
    neutral = ("The trial was run at 40 hospitals in Europe between 2015 and 2019 and included adults over 70 "
               "years of age.")
    conclusions = found(run, neutral, METHODS, "Each patient took one pill a day.", "Nurses saw them yearly.",
                        sentence)
    assert kept(conclusions, sentence) is is_kept


@pytest.mark.parametrize("sentence", [
    pytest.param("The drug in the pill is a compound commonly found in cough medicines sold without a prescription.",
                 id="found-in-is-where-not-a-finding"),
    pytest.param("The pill has previously been shown to thin the blood in studies of mice.",
                 id="previously-shown-is-prior-knowledge"),
    pytest.param("The result is a surprise because many studies of the pill have found it does not help.",
                 id="many-studies-are-other-studies"),
    pytest.param("The study involved adults who had a stroke that was shown on a brain scan.",
                 id="study-involved-is-method"),
])
def test_the_opening_leaves_out_what_is_no_finding_of_the_trial(run, sentence: str) -> None:
    conclusions = found(run, LEDE, sentence, METHODS)
    assert kept(conclusions, LEDE)
    assert not kept(conclusions, sentence)


NEUTRAL = ("The trial was run at 40 hospitals in Europe between 2015 and 2019 and included adults over 70 "
           "years of age.")


@pytest.mark.parametrize(("paragraphs", "statement"), [
    pytest.param(("Dr. Maria Lopez was a member of the trial's steering committee.",
                  "\u201cThe pill clearly protected older adults from strokes,\u201d said Lopez."),
                 "The pill clearly protected older adults from strokes", id="steering-committee-member"),
    pytest.param(("\u201cIt provides evidence for giving aspirin to everyone over 70,\u201d said lead author "
                  "Dr. Ann Berg.",),
                 "It provides evidence for giving aspirin to everyone over 70", id="provides-evidence"),
])
def test_statements_of_the_trials_people(run, paragraphs: tuple[str, ...], statement: str) -> None:
    conclusions = found(run, NEUTRAL, METHODS, *paragraphs)
    assert kept(conclusions, statement)


@pytest.mark.parametrize(("sentence", "is_kept"), [
    pytest.param("No serious side effects were reported in either group.", True, id="no-serious-side-effects"),
    pytest.param("Adverse reactions were mostly mild and did not require treatment.", True, id="mild-reactions"),
    pytest.param("The safety profile of the pill was acceptable and not different from the dummy pill.", True,
                 id="safety-profile-acceptable"),
    pytest.param("There were only a few complications linked to the procedure.", True, id="few-complications"),
    # what a treatment does in general, a hedge, a plan or numbers are no safety finding of the trial
    pytest.param("Side effects of such pills are usually mild, such as an upset stomach.", False,
                 id="present-tense-is-general"),
    pytest.param("Pills of this kind may cause side effects such as bleeding in the stomach.", False,
                 id="hedged-is-general"),
    pytest.param("Side effects were reported by 12 percent of the patients on the pill.", False,
                 id="numbers-make-a-result"),
])
def test_a_safety_finding_in_words(run, sentence: str, is_kept: bool) -> None:
    conclusions = found(run, NEUTRAL, METHODS, "Each patient took one pill a day for three years.", sentence)
    assert kept(conclusions, sentence) is is_kept


@pytest.mark.parametrize(("sentence", "is_kept"), [
    pytest.param("One of the key findings was that pain scores stayed low for the whole study.", True,
                 id="key-finding-was-that"),
    pytest.param("The main finding is that older adults on the pill had fewer strokes.", True,
                 id="main-finding-is-that"),
    pytest.param("One limitation of the current study is that the groups were small and the follow-up short, the researchers note.", False,
                 id="one-limitation-is-a-caveat"),
])
def test_the_key_finding_and_the_limitation(run, sentence: str, is_kept: bool) -> None:
    conclusions = found(run, NEUTRAL, METHODS, "Each patient took one pill a day for three years.", sentence)
    assert kept(conclusions, sentence) is is_kept


def test_at_the_conclusion_of_the_study_is_a_time(run) -> None:
    sentence = "At the conclusion of the study after a year, every patient was asked to walk for six minutes."
    conclusions = found(run, NEUTRAL, METHODS, "Each patient took one pill a day for three years.", sentence)
    assert not kept(conclusions, sentence)


def test_a_quote_followed_by_the_speakers_role_without_a_verb(run) -> None:
    statement = "Our trial showed that the pill cut strokes in older adults far more than we expected"
    conclusions = found(run, NEUTRAL, METHODS, "Each patient took one pill a day for three years.",
                        f"\u201c{statement},\u201d lead author Dr. Ann Berg of Uppsala University.")
    assert kept(conclusions, statement)


@pytest.mark.parametrize(("sentence", "is_kept"), [
    pytest.param("Those who received aspirin rated their treatment higher at week 8 than those who "
                 "received placebo.", True, id="higher-than-the-control"),
    pytest.param("The time to the first fall was longer with aspirin than with placebo in the oldest group.", True,
                 id="longer-with-arm-than-control"),
    pytest.param("Aspirin costs more in some shops, where its price is higher than the wholesale cost of it.", False,
                 id="higher-than-no-arm"),
    pytest.param("Patients with lower-than-normal levels of iron in the blood were given aspirin or placebo.", False,
                 id="hyphenated-comparative-is-a-description"),
])
def test_a_finding_compared_between_groups_in_words(run, sentence: str, is_kept: bool) -> None:
    conclusions = found(run, NEUTRAL, "Patients were randomized to aspirin or placebo.",
                        "Each patient took one pill a day for three years.", sentence)
    assert kept(conclusions, sentence) is is_kept


#: A scene set before the finding: background that states nothing of the trial (session 31, lede31).
SCENE = ("Every winter, millions of older adults fall on icy pavements and break a hip. Few of them walk "
         "as well again, and many never go home. Their families are left to cope as best they can.")


@pytest.mark.parametrize(("sentence", "is_kept"), [
    # the nut graf: the article's study introduced after the scene, as the subject of what it found
    pytest.param("Now, a study shows that a short daily balance class can halve the number of falls in such adults.",
                 True, id="now-a-study-shows"),
    pytest.param("New research from two Danish hospitals finds that a balance class halved falls among the oldest.",
                 True, id="new-research-from-x-finds"),
    pytest.param("Research published today in a geriatrics journal shows that a balance class halved falls.",
                 True, id="research-published-today-shows"),
    # ... but research named bare is what is known, not the article's study
    pytest.param("Research indicates that balance classes lower the number of falls among older adults.",
                 False, id="research-in-general"),
    pytest.param("Studies have failed, again and again, to show that vitamin pills prevent falls.",
                 False, id="studies-in-general"),
])
def test_the_nut_graf_after_a_scene(run, sentence: str, is_kept: bool) -> None:
    conclusions = found(run, SCENE, sentence, METHODS)
    assert kept(conclusions, sentence) is is_kept


def test_the_headline_finding_with_its_number_after_a_scene(run) -> None:
    # the headline finding states its number in the text's first characters, however many sentences set
    # the scene: it is no result of the body (veto_taken_values), though the record takes its value
    finding = ("Researchers reported Monday that aspirin cut strokes by 40 percent compared with placebo among "
               "adults who had a stroke before.")
    record = run(article("For adults who have had a stroke, the news has long been grim.",
                         "Until now, only surgery had been shown to help. Many people cannot have it.", finding,
                         "Patients were randomized to aspirin or placebo.", METHODS))
    assert kept([c["text"] for c in record["conclusions"]], finding)
    assert 40.0 in [c["estimate"] for c in record["comparisons"]]  # the value is the record's too
