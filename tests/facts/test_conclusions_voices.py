"""Conclusions: who speaks and what a statement is about (issue 11, unseen stories).

Each case runs the whole pipeline on a small article written for the test: a statement that only
tells where the work was published or presented, an indefinite group of outside voices ("some
experts", "other researchers"), the history of practice told in a trial person's quote, a finding
in words set at a time point, and a change in words of a group named by what it received. Each
class has a sentence the rule must keep beside the one it must leave out."""

from __future__ import annotations

import pytest

from trialnews.evaluation.scoring import CONCLUSION_JACCARD, jaccard, words
from trialnews.facts.conclusions import _PUBLICATION_ASIDE

from .helpers import ASPIRIN_OR_PLACEBO, NEUTRAL_LEDE, article

AUTHOR = "said lead author Anna Berg of Uppsala University."
#: A lede with a finding, for the cases that read the lede itself.
FINDING_LEDE = "A cheap heart pill cut the number of strokes in adults over 70, a new trial finds."


def texts(run, *paragraphs: str, lede: str = NEUTRAL_LEDE) -> list[str]:
    return [c["text"] for c in run(article(lede, ASPIRIN_OR_PLACEBO, *paragraphs))["conclusions"]]


def kept(conclusions: list[str], statement: str) -> bool:
    return any(jaccard(words(c), words(statement)) >= CONCLUSION_JACCARD for c in conclusions)


@pytest.mark.parametrize(("sentence", "is_kept"), [
    # where and when the work was published or presented, with no finding: not what the trial showed
    pytest.param("The trial's results were shown on Tuesday at the yearly meeting of the Lakeside Stroke Society.",
                 False, id="reported-at-a-meeting"),
    pytest.param("\u201cToday, we announce that these results have been published in the journal Stroke,\u201d "
                 "said lead author Anna Berg of Uppsala University.", False, id="announced-as-published"),
    pytest.param("Final results of the trial will be reported at the annual congress of the society in Vienna, "
                 "the researchers said.", False, id="will-be-reported"),
    # the same publication words beside a finding: the finding is read
    pytest.param("The study, published on Monday in the journal Stroke, found that the pill cut strokes in these "
                 "older adults.", True, id="published-aside-with-a-finding"),
    pytest.param("Published online in the journal Stroke and presented at the annual meeting, the findings show "
                 "that the pill lowered strokes in adults over 70.", True, id="opening-aside-with-a-finding"),
])
def test_a_statement_of_publication(run, sentence: str, is_kept: bool) -> None:
    assert kept(texts(run, sentence), sentence) is is_kept


@pytest.mark.parametrize(("sentence", "rest"), [
    pytest.param("The pill, presented Monday at the meeting in Vienna, cut strokes.", "The pill,, cut strokes.",
                 id="presented"),
    pytest.param("Reported in the journal Stroke, the data show fewer strokes.", ", the data show fewer strokes.",
                 id="reported-opening"),
    pytest.param("Aspirin cut strokes, which was published Wednesday in Stroke.", "Aspirin cut strokes,,",
                 id="which-was-published"),
    pytest.param("Aspirin cut strokes, the researchers said.", "Aspirin cut strokes, the researchers said.",
                 id="no-publication-word"),
])
def test_a_publication_aside_is_set_apart(sentence: str, rest: str) -> None:
    assert _PUBLICATION_ASIDE.sub(",", sentence) == rest


def test_publication_in_a_trailing_relative_clause_is_an_aside(run) -> None:
    statement = "The findings should change how older adults are treated"
    conclusions = texts(run, f"\u201c{statement},\u201d said Dr. Ann Lee, one of the researchers behind the trial, "
                             "which was published Tuesday in the journal Brain.")
    assert kept(conclusions, statement)


@pytest.mark.parametrize(("sentence", "is_kept"), [
    # an indefinite group of experts opening the statement or its last clause: an outside voice
    pytest.param("Some doctors said the results show that aspirin is safe for everyone over 70.", False,
                 id="some-doctors-said"),
    pytest.param("Aging and a poor diet can both lower the levels of the vitamin in the blood, some researchers say.",
                 False, id="some-researchers-say-at-the-end"),
    pytest.param("\u201cOther researchers have examined aspirin for the prevention of strokes in the past,\u201d "
                 "said lead author Anna Berg of Uppsala University.", False, id="other-researchers"),
    pytest.param("But outside experts said the results look promising and should prompt more studies.", False,
                 id="but-experts-said"),
    # the trial's own finding with an outside caution added by a conjunction, or a group inside a clause
    pytest.param("Aspirin also lowered the risk of heart attacks in these older adults, but some experts caution "
                 "that the trial was short.", True, id="finding-then-but-experts-caution"),
    pytest.param("The researchers said the benefit was larger than some experts expected before the trial.", True,
                 id="group-inside-a-clause"),
])
def test_an_indefinite_group_of_experts(run, sentence: str, is_kept: bool) -> None:
    assert kept(texts(run, sentence), sentence) is is_kept


def test_a_lede_with_an_outside_caution_keeps_its_finding(run) -> None:
    lede = ("A cheap heart pill cut the number of strokes in adults over 70, a new trial finds, although experts "
            "say more studies are needed.")
    assert kept(texts(run, lede=lede), lede)


@pytest.mark.parametrize(("quote", "is_kept"), [
    # background told by a trial person: the history of practice, how a treatment differs in kind
    pytest.param("We have been treating strokes with aspirin, which does not get at the underlying cause", False,
                 id="have-been-treating"),
    pytest.param("For decades, doctors have given aspirin to older adults without good evidence", False,
                 id="for-decades"),
    pytest.param("It is a pill that works differently than everything else on the market", False,
                 id="works-differently"),
    # the same speaker's finding
    pytest.param("Our trial showed that aspirin cut strokes in the oldest adults", True, id="our-trial-showed"),
])
def test_background_in_a_trial_persons_quote(run, quote: str, is_kept: bool) -> None:
    assert kept(texts(run, f"\u201c{quote},\u201d {AUTHOR}"), quote) is is_kept


@pytest.mark.parametrize(("sentence", "is_kept"), [
    # a time frame sets a finding in words
    pytest.param("At 24 weeks, aspirin still reduced falls more than placebo did.", True, id="at-24-weeks"),
    pytest.param("Within six months, aspirin lowered the number of falls compared with placebo.", True,
                 id="within-six-months"),
    # a duration that is the value, or another number beside the time frame: a result
    pytest.param("Patients on aspirin lived 4.6 months longer than those on placebo.", False, id="duration-value"),
    pytest.param("At 24 weeks, aspirin reduced falls three times as much as placebo did.", False,
                 id="time-frame-and-a-ratio"),
])
def test_a_finding_in_words_at_a_time_point(run, sentence: str, is_kept: bool) -> None:
    assert kept(texts(run, sentence), sentence) is is_kept


@pytest.mark.parametrize(("sentence", "is_kept"), [
    pytest.param("Those who received the placebo got worse over the year.", True, id="got-worse"),
    pytest.param("Those who received aspirin got better on every memory test.", True, id="got-better"),
    pytest.param("People who take aspirin every day often get worse stomach pain.", False, id="present-is-general"),
])
def test_a_group_that_got_worse(run, sentence: str, is_kept: bool) -> None:
    assert kept(texts(run, sentence), sentence) is is_kept


def test_an_outside_expert_in_the_next_paragraph_leaves_the_finding_before_it(run) -> None:
    """The outside voice is looked for in the statement's own paragraph: a finding followed by a
    paragraph that opens with an outside expert's description stays (a sentence's span ends after the
    blank line that follows it)."""
    finding = "The pill also lowered the number of falls in the oldest adults, the researchers reported."
    outsider = ("Dr. Tom Klein, a heart doctor who has no ties to the trial, said the trial was well run "
                "but small.")
    conclusions = texts(run, finding, outsider, lede=FINDING_LEDE)
    assert kept(conclusions, finding)
    assert not kept(conclusions, outsider)
    # in the same paragraph, the outside voice right after the statement is its attribution
    assert not kept(texts(run, f"{finding} {outsider}", lede=FINDING_LEDE), finding)


@pytest.mark.parametrize(("sentence", "is_kept"), [
    # a journal's release lists the limits under a label: a caveat, whatever it reports
    pytest.param("Study limitations include that the researchers found fewer falls than expected in both groups.",
                 False, id="study-limitations-include"),
    pytest.param("Study Limitations: the researchers found that some data on falls were missing in both groups.",
                 False, id="study-limitations-label"),
    # the finding stated before a caveat stays
    pytest.param("The researchers found that aspirin lowered falls, and further studies are needed.", True,
                 id="finding-before-the-caveat"),
])
def test_the_limitations_of_the_study(run, sentence: str, is_kept: bool) -> None:
    assert kept(texts(run, sentence, lede=FINDING_LEDE), sentence) is is_kept
