"""Classes of arm errors seen on news the rules were not tuned on (issue 13, task arms14): the
treatments of a study still wanted, planned or missing (``What's needed is research that compares
X against a sham``); treatment names that swallow a verb before them (``research that compares
deep brain stimulation``, a headline's ``Study Finds Low-Fat Diet``); halves of a trial split by
what each ate or took (``Half ate X daily. The others consumed a placebo``); and groups named by a
bare word of one arm's name (``the app group`` of a smartphone app, ``the sham group``, ``the
twice-daily group``). Small hand-written articles run through the whole pipeline."""

from __future__ import annotations

import pytest

from facts.helpers import article, labels  # tests/facts/helpers.py: the small article every fact test builds


# (text, the labels of every arm): the study not done gives none
WISHED_FOR = [
    pytest.param("Twelve patients with the disease had the implant, and their memory scores held steady for a year. "
                 "What's needed, said one neurologist, is research that compares the implant against a placebo "
                 "device.", set(), id="whats-needed-research-that-compares"),
    pytest.param("People who ate the least sugar in the survey were more likely to die. What is needed, one expert "
                 "said, is a big trial where people are randomly assigned to eat a low-sugar diet or not.",
                 set(), id="what-is-needed-randomly-assigned"),
    pytest.param("Many dieters drink coffee to lose weight. But there are no well-designed studies showing that "
                 "coffee works better than a placebo.", set(), id="no-studies-showing"),
    pytest.param("Nine of the 20 patients stayed free of relapse after the transplant. The findings support the "
                 "development of a big, randomized trial to compare the transplant head to head with standard care.",
                 set(), id="development-of-a-trial-to-compare"),
    pytest.param("Larger trials comparing the patch with usual care are needed, the authors wrote. The 30 patients "
                 "who wore the patch slept longer.", set(), id="trials-are-needed"),
]


@pytest.mark.parametrize(("text", "expected"), WISHED_FOR)
def test_a_study_not_done_gives_no_arms(run, text: str, expected: set[str]) -> None:
    assert labels(run(article(text))) == expected


# the trial the story reports keeps its arms beside a sentence about the study still wanted
REPORTED_AND_WISHED = [
    pytest.param("In the trial, 120 adults were randomly assigned to melatonin or a placebo. Sleep improved more "
                 "with melatonin. Larger studies are needed before doctors recommend it, the authors said.",
                 {"melatonin", "placebo"}, id="needed-after-the-report"),
    pytest.param("In the new trial, 180 adults were randomly assigned to receive either rosiglitazone or a "
                 "placebo. There had been no randomized trials of the drug in such patients before. Fewer patients "
                 "had a stroke with rosiglitazone than with the placebo.", {"rosiglitazone", "placebo"},
                 id="no-earlier-trials-of-the-drug"),
    pytest.param("This is one of very few studies that randomly assigned patients to yoga or physical therapy. Back "
                 "pain eased more with yoga than with physical therapy.", {"yoga", "physical therapy"},
                 id="few-studies-is-this-one"),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_AND_WISHED)
def test_the_reported_trial_keeps_its_arms(run, text: str, expected: set[str]) -> None:
    assert labels(run(article(text))) == expected


def test_the_wished_for_study_does_not_make_the_story_randomized(run) -> None:
    """A headline's treatment is an arm only in a story that says its people were randomized: a
    wished-for assignment is none."""
    text = article("People who ate the least meat in the survey lived no longer than the others. What is needed, one "
                   "expert said, is a big trial where people are randomly assigned to eat a low-meat diet or "
                   "not.", title="Survey Finds Low-Meat Diet Does Not Lengthen Life")
    assert labels(run(text)) == set()


# (text, the arm, words its label must not have): a present-tense verb is no part of a treatment's name
VERB_BEFORE_NAME = [
    pytest.param("Researchers randomly assigned 80 smokers to receive a program that combines telephone counseling "
                 "or usual care. More smokers quit with telephone counseling.", "telephone counseling", {"combines"},
                 id="verb-before-counseling"),
    pytest.param("Researchers randomly assigned 60 patients to a low-fat diet or their usual diet. Weight fell more "
                 "on the low-fat diet.", "low-fat diet", set(), id="hyphenated-modifier-kept"),
    pytest.param("In the randomized trial, 400 women without a uterus, who were randomized to take estrogen alone or a "
                 "placebo, had fewer breast cancers than before.", "estrogen alone", {"take"},
                 id="to-take-x-alone"),
]


@pytest.mark.parametrize(("text", "arm", "not_words"), VERB_BEFORE_NAME)
def test_a_verb_is_no_part_of_a_treatment_name(run, text: str, arm: str, not_words: set[str]) -> None:
    found = labels(run(article(text)))
    assert arm in found, found
    assert not any(set(label.split()) & not_words for label in found)


# (text, arm labels, the arm found by the split, its dose): a trial split in halves by what each ate or took
SPLIT_HALVES = [
    pytest.param("Researchers ran a randomized, placebo-controlled study of 50 older women. Half ate 30 grams of "
                 "dried cherry powder daily for six weeks. The others ate an identical-looking placebo. Blood "
                 "pressure fell 4 percent more than with the placebo.", {"dried cherry powder", "placebo"},
                 "dried cherry powder", "30 grams", id="half-ate-the-others-placebo"),
    pytest.param("In the randomized trial, 60 cyclists were followed. Just half of the group received the "
                 "low-sugar drink, though; the other half got a placebo that tasted the same. Cramps were rarer "
                 "with the low-sugar drink.", {"low-sugar drink", "placebo"}, "low-sugar drink", None,
                 id="half-of-the-group-received-the-other-half-placebo"),
]


@pytest.mark.parametrize(("text", "expected", "arm", "dose"), SPLIT_HALVES)
def test_halves_given_different_things_are_arms(run, text: str, expected: set[str], arm: str,
                                                 dose: str | None) -> None:
    record = run(article(text))
    assert labels(record) == expected
    found = next(item for item in record["arms"] if item["label"].lower() == arm)
    assert (found["role"], found["dose"]) == ("experimental", dose)


# a split that tells what people were like, or a share of them that did something, is no arm
NOT_SPLIT = [
    pytest.param("In the randomized trial of 80 adults, half had diabetes; the others had high blood pressure. "
                 "All of them received metformin or a placebo.", {"metformin", "placebo"}, id="half-had"),
    pytest.param("In the randomized trial, 90 adults received melatonin or a placebo. Nearly half of those on "
                 "melatonin took a nap each day. The others slept only at night.", {"melatonin", "placebo"},
                 id="nearly-half-took-a-nap"),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SPLIT)
def test_a_split_that_assigns_nothing_is_no_arm(run, text: str, expected: set[str]) -> None:
    assert labels(run(article(text))) == expected


# (text, arm labels): a group named by a bare word of one arm's name is that arm, not another
BARE_WORD_GROUPS = [
    pytest.param("The 300 smokers were randomly assigned to use a smartphone app or to get usual care. After six "
                 "months, 18 percent of the app group and 9 percent of the usual care group had quit.",
                 {"smartphone app", "usual care"}, id="app-group-is-the-smartphone-app"),
    pytest.param("The 90 patients with back pain were randomly assigned to acupuncture, sham acupuncture or usual "
                 "care. Pain eased in 45 percent of the acupuncture group and 40 percent of the sham group.",
                 {"acupuncture", "sham acupuncture", "usual care"}, id="sham-group-is-sham-acupuncture"),
    pytest.param("The 200 patients were randomly assigned to take metformin twice daily or metformin once daily. "
                 "Blood sugar fell by 1.1 points in the twice-daily group and by 0.9 points in the once-daily group.",
                 {"metformin twice daily", "metformin once daily"}, id="schedule-group-is-the-dose-arm"),
]


@pytest.mark.parametrize(("text", "expected"), BARE_WORD_GROUPS)
def test_a_group_named_by_a_bare_word_of_an_arm_is_that_arm(run, text: str, expected: set[str]) -> None:
    assert labels(run(article(text))) == expected


def test_a_head_two_arms_share_joins_neither(run) -> None:
    """``the diet group`` beside a low-fat and a Mediterranean diet names neither: both stay arms."""
    text = article("In the randomized trial, 400 adults were assigned to a low-fat diet or a Mediterranean diet. "
                   "Weight fell more with the Mediterranean diet than in the low-fat diet group, and the diet group "
                   "that ate less fat had more hunger.")
    assert {"low-fat diet", "mediterranean diet"} <= labels(run(text))


def test_a_bare_word_group_takes_its_arm_s_value(run) -> None:
    record = run(article(BARE_WORD_GROUPS[0].values[0]))
    values = {(result["arm"], result["value"]) for result in record["results"]}
    assert {("smartphone app", 18.0), ("usual care", 9.0)} <= values


def test_a_count_assigned_to_two_options_is_no_arm_s_size(run) -> None:
    """``300 smokers were randomly assigned to use X or to get Y``: 300 is the trial's, not X's."""
    record = run(article(BARE_WORD_GROUPS[0].values[0]))
    assert {(size["n"], size["arm"]) for size in record["sample_sizes"]} == {(300, None)}
    assert all(arm["n"] is None for arm in record["arms"])


def test_prescribing_information_gives_no_arm(run) -> None:
    """A drug label's figures are another study's: its placebo is no group of the story's trial."""
    text = article("In the study, 60 people with toenail fungus were treated with a laser. Nails cleared in 40 "
                   "percent. According to the prescribing information of a pill for the fungus, 3.3 percent of "
                   "patients had liver problems, compared with 1.4 percent of people taking a placebo.")
    assert "placebo" not in labels(run(text))
