"""Design tags a story tells without the technical word: a crossover told by its people swapping
treatments or serving as their own controls, a placebo some of the trial's people were given, a
trial said to have no control group, places named by an unnamed count or "abroad", and people
chosen at random to be treated.

Every sentence here is written for the test (none is copied from a data set); each expected tag set
is what a curator reading the article would write (RECORD.md, ANNOTATION.md: the design tags the
article states, the design told in words counting as stated).
"""

from __future__ import annotations

import pytest

from facts.helpers import article
from trialnews.facts import trial

#: A first paragraph that sets up a trial without any design word.
LEDE = "A tart cherry capsule eased gout flares in a small trial, doctors in Leeds reported on Friday."


def design(run, *sentences: str) -> set[str]:
    return set(run(article(LEDE, *sentences))["trial"]["design"])


def design_rules(run_with_evidence, *sentences: str) -> dict[str, str]:
    record = run_with_evidence(article(LEDE, *sentences))
    return {tag: found["rule"] for tag, found in record["trial"]["evidence"]["design"].items()}


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Halfway through, every volunteer switched treatments for a further eight weeks.",
                 {"crossover"}, id="everyone-switched-treatments"),
    pytest.param("After a month the two groups swapped their diets and went on for another month.",
                 {"crossover"}, id="groups-swapped-their-diets"),
    pytest.param("After a rest week the groups were switched, and the capsules went on for 30 more days.",
                 {"crossover"}, id="groups-were-switched"),
    pytest.param("The 40 adults were later switched to the other two capsules for a fortnight each.",
                 {"crossover"}, id="switched-to-the-other-two"),
    pytest.param("Every adult in the trial rotated through all three doses over six months.", {"crossover"},
                 id="rotated-through-all-doses"),
    pytest.param("The 40 adults took the capsule for four weeks, followed by four weeks on a placebo.",
                 {"crossover", "placebo-controlled"}, id="drug-then-weeks-on-placebo"),
    pytest.param("All 40 adults rotated in random order through the three doses.", {"randomized", "crossover"},
                 id="rotated-in-random-order"),
])
def test_a_crossover_told_by_its_people_swapping(run, sentence: str, expected: set[str]) -> None:
    assert design(run, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Adults taking a dummy pill were allowed to switch to the other arm after a year.",
                 {"placebo-controlled"}, id="allowed-to-switch-is-no-crossover"),
    pytest.param("Three of the adults switched treatments after their gout flared, if the doctor agreed.", set(),
                 id="switched-if-is-a-rescue"),
    pytest.param("Many of the adults switched to the cherry capsule on their own last year.", set(),
                 id="switched-to-one-drug"),
    pytest.param("In an earlier study, volunteers switched treatments after a month.", set(),
                 id="another-studys-switch"),
    pytest.param("The 40 adults with gout served as their own controls, before and after the capsule.", set(),
                 id="own-controls-before-and-after"),
    pytest.param("A 2009 study of 50 men found that those who drank a placebo improved too.", set(),
                 id="a-dated-studys-placebo"),
    pytest.param("The rotating shifts of the nurses were switched in March.", set(),
                 id="shifts-are-no-treatments"),
])
def test_a_change_of_treatment_that_is_no_crossover(run, sentence: str, expected: set[str]) -> None:
    assert design(run, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Half the 60 adults took the capsule for two months and half a placebo.", {"placebo-controlled"},
                 id="half-a-placebo"),
    pytest.param("The remaining 30 adults received an inactive placebo for the same two months.",
                 {"placebo-controlled"}, id="received-an-inactive-placebo"),
    pytest.param("Of the 90 adults, 60 got the capsule and 30 a placebo.", {"placebo-controlled"},
                 id="thirty-a-placebo"),
    pytest.param('The other knee got a "placebo" gel with no cherry extract in it.', {"placebo-controlled"},
                 id="quoted-placebo-gel"),
    pytest.param("Flares did not change in the 25 placebo-treated adults.", {"placebo-controlled"},
                 id="placebo-treated-adults"),
])
def test_a_placebo_the_trials_people_were_given(run, sentence: str, expected: set[str]) -> None:
    assert design(run, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Some of the relief may be a placebo effect, the doctors said.", set(), id="a-placebo-effect"),
    pytest.param("In earlier studies, patients given a placebo also improved.", set(), id="another-studys-placebo"),
    pytest.param("Doctors rarely give a placebo to patients with gout.", set(), id="a-placebo-in-general"),
])
def test_a_placebo_of_no_trial_of_the_story(run, sentence: str, expected: set[str]) -> None:
    assert design(run, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Unlike a 2016 study of the powder, this trial was randomized and placebo-controlled.",
                 {"randomized", "placebo-controlled"}, id="set-against-a-dated-study"),
    pytest.param("A 2016 study of the powder was randomized and double-blind.", set(),
                 id="a-dated-studys-design"),
])
def test_a_dated_study_covers_its_clause_when_set_against_this_trial(run, sentence: str, expected: set[str]) -> None:
    assert design(run, sentence) == expected


@pytest.mark.parametrize(("sentence", "absent"), [
    pytest.param("The open-label study gave the capsule for 12 weeks, followed by 3 weeks of placebo washout.",
                 {"crossover", "placebo-controlled"}, id="placebo-washout"),
    pytest.param("Everyone first had a lead-in of two weeks on placebo, then took the capsule for half a year.",
                 {"crossover", "placebo-controlled"}, id="placebo-lead-in"),
    pytest.param("When the trial ended, those whose flares came back were switched to the other capsule.",
                 {"crossover"}, id="those-whose-switched"),
    pytest.param("Adults who had a flare in the first month switched to the other capsule.", {"crossover"},
                 id="who-switched"),
    pytest.param("Eight adults switched to the other capsule after their flares returned.", {"crossover"},
                 id="switched-after-flares-returned"),
])
def test_a_placebo_period_or_a_rescue_switch_is_no_design(run, sentence: str, absent: set[str]) -> None:
    """A run-in, washout or lead-in on placebo compares nothing; a switch of only some of the people
    (a subject with a relative clause, "those", or a rescue word) is no crossover."""
    assert not design(run, sentence) & absent


def test_a_placebo_of_a_trial_to_come_is_no_cue(run_with_evidence) -> None:
    rules = design_rules(run_with_evidence, "The team plans a larger trial in which half will receive a placebo.")
    assert rules.get("placebo-controlled") != "placebo-controlled:given-placebo"


def test_a_placebo_given_quotes_its_words(run_with_evidence) -> None:
    assert design_rules(run_with_evidence, "Half the 60 adults took the capsule for two months and half a placebo.") \
        == {"placebo-controlled": "placebo-controlled:placebo-elided"}


@pytest.mark.parametrize(("sentences", "expected"), [
    pytest.param(("All 30 adults took the cherry capsule for three months.",
                  "The trial was tiny and lacked a control group."), {"single-arm"}, id="lacked-a-control-group"),
    pytest.param(("All 30 adults took the cherry capsule for three months, and there was no comparison group.",),
                 {"single-arm"}, id="no-comparison-group"),
    pytest.param(("The 30 adults were randomly assigned to the cherry capsule or to diet advice.",
                  "There was no placebo group."), {"randomized"}, id="randomized-without-placebo"),
])
def test_a_trial_said_to_have_no_control_group(run, sentences: tuple[str, ...], expected: set[str]) -> None:
    assert design(run, *sentences) == expected


def test_another_studys_lack_of_a_control_group_is_no_cue(run_with_evidence) -> None:
    rules = design_rules(run_with_evidence, "All 30 adults took the cherry capsule for three months.",
                         "An earlier study of the capsule had no control group.")
    assert rules.get("single-arm") != "single-arm:no-control-group"


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("The trial enrolled 500 adults with gout at several hospitals in Ohio.", set(),
                 id="at-several-hospitals-is-no-count"),
    pytest.param("The trial enrolled 500 adults with gout in Canada and abroad.", set(), id="and-abroad-is-no-count"),
])
def test_places_named_without_a_number_give_no_tag(run, sentence: str, expected: set[str]) -> None:
    # "at multiple skin sites", "approved in dozens of countries", "authors from multiple institutions":
    # an unnamed count of places is most often not the trial's, so only a number makes it multicenter
    assert design(run, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Half of the 80 adults were chosen at random to be given the capsule for a year.", {"randomized"},
                 id="chosen-at-random-to-be-given"),
    pytest.param("The 300 families were chosen at random from a list of voters.", set(),
                 id="a-sample-chosen-at-random"),
])
def test_people_chosen_at_random_to_be_treated(run, sentence: str, expected: set[str]) -> None:
    assert design(run, sentence) == expected


def test_the_named_rules_are_design_rules_of_the_patterns() -> None:
    """Each rule id the design checks name is a DESIGN rule of ``patterns/trial.jsonl`` (a renamed
    rule would silently escape its check)."""
    import json

    from trialnews.resources import read_text

    rules = [json.loads(line) for line in read_text("trial.jsonl").splitlines() if line.strip()]
    design_ids = {rule["id"] for rule in rules if rule.get("label") == "DESIGN"}
    named = {*trial.CROSSOVER_SWAP_RULES, *trial.NO_CONTROL_RULES, *trial.PLACEBO_PERIOD_RULES,
             *trial.PEOPLE_CHANGE_RULES}
    assert named - design_ids == set()
    assert {"crossover:swapped", "crossover:groups-swapped", "crossover:to-the-other",
            "single-arm:no-control-group", "crossover:then-placebo", "placebo-controlled:time-on-placebo"} <= named


@pytest.mark.parametrize(("paragraphs", "expected"), [
    pytest.param(("A daily statin lowered the risk of repeat heart attacks in a large trial, researchers said.",
                  "The trial enrolled 4,000 adults with heart attacks in the past year.",
                  "Each of them had survived a heart attack."), "heart attack", id="heart-attack-in-the-singular"),
    pytest.param(("A new procedure shrank growths in the womb in a trial, doctors said.",
                  "The trial enrolled 200 women with uterine fibroids.",
                  "Fewer women had a fibroid recurrence after the new procedure."), "uterine fibroids",
                 id="fibroid-as-a-modifier-keeps-the-plural"),
])
def test_a_disease_is_named_in_the_singular_the_article_writes(run, paragraphs: tuple[str, ...], expected: str) -> None:
    assert run(article(*paragraphs))["trial"]["condition"] == expected


#: A one-arm trial with a result, as a curator tags single-arm though the word is not written.
ONE_ARM = ("In a phase 2 trial, 40 adults with gout took ralunib daily for six months.",
           "Flares stopped in 35% of the patients, the researchers reported.")


@pytest.mark.parametrize(("more", "expected"), [
    pytest.param((), {"single-arm"}, id="one-arm-alone"),
    pytest.param(("The study was not randomized, so the doctors urged caution.",
                  "Some of the relief could be a placebo effect, an outside expert said."), {"single-arm"},
                 id="not-randomized-and-a-placebo-effect"),
    pytest.param(("An outside expert said a cohort of older adults will be needed next.",), set(),
                 id="a-blocker-not-told-absent"),
    pytest.param(("Joint swelling did not ease compared with controls, a rheumatologist noted.",), set(),
                 id="a-negated-verb-is-no-absent-comparison"),
    pytest.param(("It had no comparison arm, and the authors call it an early look.",), {"single-arm"},
                 id="no-comparison-arm"),
])
def test_words_told_absent_do_not_block_a_one_arm_trial(run, more: tuple[str, ...], expected: set[str]) -> None:
    text = "\n".join(("Gout drug eases flares in phase 2 trial", "", *ONE_ARM, *more)) + "\n"
    assert set(run(text)["trial"]["design"]) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    pytest.param(("A new antibody slowed memory loss in a small trial, doctors said.",
                  "The trial gave the antibody to 60 adults with early Parkinson’s.",
                  "Parkinson’s is a slow disease of the brain, and some adults had brief headaches.",
                  "Headaches faded within a day."), "Parkinson’s", id="an-eponym-alone-with-a-curly-apostrophe"),
    pytest.param(("A new antibody slowed memory loss in a small trial, doctors said.",
                  "The trial gave the antibody to 60 adults with early Alzheimer's, the Alzheimer's Association said.",
                  "Headaches faded within a day for the adults with Alzheimer's."), "Alzheimer's",
                 id="an-eponym-alone-not-the-association"),
])
def test_a_disease_named_by_its_eponym_alone_takes_no_qualifier(run, paragraphs: tuple[str, ...], expected: str) -> None:
    assert run(article(*paragraphs))["trial"]["condition"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Money came from the Alzheimer's Association last year.", [], id="an-association"),
    pytest.param("The adults had Alzheimer’s for two years.", ["Alzheimer’s"], id="curly-eponym"),
    pytest.param("The adults had Smith's support for two years.", [], id="a-person-is-no-disease"),
])
def test_eponym_mentions(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in trial._condition_mentions(text)] == expected


def test_an_eponym_takes_no_free_word_before_it(run) -> None:
    record = run(article("A new antibody slowed memory loss in a small trial, doctors said.",
                         "The trial gave the experimental Alzheimer's antibody to 60 adults with Alzheimer's.",
                         "Headaches faded within a day for the adults with Alzheimer's."))
    assert record["trial"]["condition"] == "Alzheimer's"
