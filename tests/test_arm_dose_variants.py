"""Arms that are one treatment at different doses, schedules or strengths (issues 11 and 13, task
armdose29): each variant the story assigns or reports is its own arm, labelled with the words that
tell it apart, and values written with a variant's words go to that arm.

- a schedule written after a word that refers back to the tested drug (``those on the drug every
  four weeks``, ``active drug given every four weeks``) is that drug's schedule;
- the count and the schedule written after a control (``placebo shots every two weeks``) stay the
  control's, and a schedule before a drug with words between (``alternated every two weeks between
  shots of X and placebo``) is not the drug's;
- strengths listed before one noun of a dose (``low and high dose X``, ``low or moderate doses of
  X``) in a sentence that assigns are two groups; a bare list outside one (``a capsule holding a
  moderate or high dose``) may describe one dose and splits nothing, nor does ``one high and one low
  dose`` (each person took both);
- a strength written before the drug's name and a noun of a dose (``a low X dose``).

Small hand-written articles run through the whole pipeline; every sentence is written for these
tests and every expected value is what a curator would list."""

from __future__ import annotations

from typing import Any

from facts.helpers import article, labels


def results(record: dict[str, Any]) -> set[tuple[str | None, float]]:
    return {(row["arm"], row["value"]) for row in record["results"]}


def sizes(record: dict[str, Any]) -> set[tuple[int, str | None]]:
    return {(row["n"], row["arm"]) for row in record["sample_sizes"]}


SCHEDULES = article(
    "For half a year, 130 adults took tolazumab every two weeks and 95 received placebo injections every two "
    "weeks.",
    "Joint pain eased in 47 percent of the patients on the drug every four weeks, in 45 percent of the "
    "patients on the drug every two weeks and in 18 percent of those on placebo.")


def test_a_schedule_after_a_reference_to_the_drug_is_its_arm(run) -> None:
    record = run(SCHEDULES)
    assert labels(record) == {"tolazumab every 2 weeks", "tolazumab every 4 weeks", "placebo"}
    assert {"tolazumab every 4 weeks": 47.0, "tolazumab every 2 weeks": 45.0, "placebo": 18.0} == {
        arm: value for arm, value in results(record)}


def test_the_schedule_and_count_after_a_control_stay_the_controls(run) -> None:
    record = run(SCHEDULES)
    assert sizes(record) == {(130, "tolazumab every 2 weeks"), (95, "placebo")}


def test_a_participle_between_the_reference_and_the_schedule(run) -> None:
    record = run(article(
        "In the randomized study, 150 patients received brovimab every two weeks and 148 received brovimab "
        "every eight weeks.",
        "Infections struck 10 percent of the patients on active drug given every eight weeks, against 9 "
        "percent of those on placebo."))
    assert labels(record) >= {"brovimab every 2 weeks", "brovimab every 8 weeks"}
    assert ("brovimab every 8 weeks", 10.0) in results(record)


def test_a_frequency_before_the_drug_with_words_between_is_not_the_drugs(run) -> None:
    record = run(article(
        "The trial gave 100 people tolazumab every four weeks; 96 others alternated every two weeks between "
        "shots of tolazumab and shots of saline, and 30 percent of them improved.",
        "Pain fell by half in 41 percent of those given tolazumab every four weeks."))
    assert "tolazumab every 2 weeks" not in labels(record)


def test_strengths_listed_in_an_assignment_are_two_groups(run) -> None:
    record = run(article(
        "The researchers randomly assigned 60 adults with depression to low or moderate doses of ketamine "
        "or to a saline drip.",
        "Moderate doses of ketamine raised mood scores by 25 percent, while low doses of ketamine raised "
        "anxiety scores by 9 percent."))
    assert {"low-dose ketamine", "moderate-dose ketamine"} <= labels(record)
    assert ("moderate-dose ketamine", 25.0) in results(record)
    assert ("low-dose ketamine", 9.0) in results(record)


def test_strengths_joined_by_and_before_one_dose_noun(run) -> None:
    record = run(article(
        "Doctors randomly assigned 90 patients to low and high dose rituximab or a placebo infusion.",
        "Rashes were seen in 12 percent of the high-dose group."))
    assert {"low-dose rituximab", "high-dose rituximab"} <= labels(record)


def test_a_bare_strength_list_outside_an_assignment_splits_nothing(run) -> None:
    record = run(article(
        "In the randomized trial, volunteers received a capsule holding a moderate or high dose of ketamine, "
        "and 40 percent reported calm afterwards."))
    assert labels(record) == {"ketamine"}


def test_one_high_and_one_low_dose_is_taken_in_turn(run) -> None:
    record = run(article(
        "Researchers randomly assigned 30 volunteers to placebo or caffeine; those on caffeine drank one high "
        "and one low dose on separate mornings.",
        "After the high dose, 70 percent of them said they felt alert."))
    assert not any("-dose" in label for label in labels(record))


def test_a_strength_before_the_drugs_name_and_a_dose_noun(run) -> None:
    record = run(article(
        "The patients were randomly assigned to take a low metformin dose, a high metformin dose or a dummy "
        "tablet each morning."))
    assert {"low-dose metformin", "high-dose metformin"} <= labels(record)


def test_a_schedule_after_a_controls_own_noun_is_the_controls(run) -> None:
    record = run(article(
        "For half a year, 130 adults took tolazumab every four weeks; 95 received placebo shots every two weeks, "
        "and 20 percent of them improved.",
        "Joint pain eased in 44 percent of the patients on the drug every four weeks."))
    assert "tolazumab every 2 weeks" not in labels(record)


def test_a_schedule_after_an_inert_controls_words_is_not_the_drugs(run) -> None:
    record = run(article(
        "Over nine months, 112 women got ravelimab every four weeks while 87 got a dummy drug every eight weeks.",
        "Swelling went down in 39 percent of the women on dummy drug every eight weeks and in 61 percent of "
        "those on ravelimab."))
    assert "ravelimab every 8 weeks" not in labels(record)
    assert (87, "ravelimab every 8 weeks") not in sizes(record)


def test_a_schedule_in_another_studys_sentence_makes_no_arm(run) -> None:
    record = run(article(
        "Over nine months, 112 women got ravelimab every four weeks and 87 got placebo shots.",
        "A separate trial had given the drug every eight weeks, and 22 percent of those women saw "
        "their swelling go down.",
        "Here, swelling went down in 61 percent of the women on ravelimab."))
    assert not {"ravelimab every 8 weeks", "ravelimab every 4 weeks"} & labels(record)


def test_one_patients_changing_strength_makes_no_strength_arms(run) -> None:
    record = run(article(
        "Each of the 140 patients was given a high dose of ravelimab for ten days, then a lower dose of "
        "ravelimab for two months.",
        "Swelling went down in 58 percent of the patients, against 21 percent of those given placebo."))
    assert not any("-dose" in label for label in labels(record))


def test_a_strength_at_first_and_another_later_makes_no_strength_arms(run) -> None:
    record = run(article(
        "The 140 patients were given a low dose of ravelimab at first and a moderate dose of it later, "
        "while 70 others took placebo.",
        "Swelling went down in 58 percent of the patients on ravelimab."))
    assert not any("-dose" in label for label in labels(record))


def test_strengths_offered_as_options_without_an_assigning_word(run) -> None:
    record = run(article(
        "Volunteers took a low dose of ravelimab, a high dose of ravelimab or a dummy capsule each week.",
        "Headaches were reported by 14 percent of the high-dose group."))
    assert {"low-dose ravelimab", "high-dose ravelimab"} <= labels(record)


def test_a_strength_at_first_beside_an_option_makes_no_strength_arms(run) -> None:
    record = run(article(
        "Patients were given a low dose of ravelimab at first and a moderate dose of it after a month, or "
        "else a dummy capsule throughout."))
    assert not any("-dose" in label for label in labels(record))
