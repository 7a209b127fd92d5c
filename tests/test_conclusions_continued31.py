"""The opening goes on with its finding in a sentence added to the one before it ("And ...", "In
addition, ..."): the conclusions fact's "continued" source (session 31). Every sentence is written
for the test."""

from __future__ import annotations

import pytest

LEDE = "A daily walking plan helped older adults with knee pain, a trial of 240 patients has found."


@pytest.fixture
def conclusions(run):
    def extract(*paragraphs: str) -> list[str]:
        text = "\n\n".join(("Walking Eases Knee Pain", *paragraphs)) + "\n"
        return [c["text"] for c in run(text)["conclusions"]]
    return extract


@pytest.mark.parametrize("after", [
    "And the benefit held for a full year after the walking stopped.",
    "Also, the walkers slept better than those in the control group.",
    "In addition, fewer walkers needed knee surgery during the two years of follow-up.",
])
def test_a_sentence_that_goes_on_from_the_lede_is_kept(conclusions, after: str) -> None:
    found = conclusions(LEDE + " " + after, "The trial ran at six clinics in Ohio.")
    assert after.rstrip(".") in found


@pytest.mark.parametrize("paragraphs", [
    pytest.param(("The trial ran at six clinics in Ohio, and 240 patients took part.",
                  "And the clinics were open on weekends."), id="after-no-finding"),
    pytest.param((LEDE, "The trial ran at six clinics in Ohio.", "Knee pain is common in older adults.",
                  "Most walkers kept a diary.", "And the benefit held for a full year after the walking stopped."),
                 id="past-the-opening"),
    pytest.param((LEDE + " And experts not involved in the study say the benefit may fade.",), id="an-outside-voice"),
    pytest.param((LEDE + " In addition to walking, the plan asks patients to stretch each morning.",),
                 id="in-addition-to-is-a-preposition"),
    pytest.param((LEDE + " But the clinics were open on weekends.",), id="but-turns-away"),
])
def test_no_continuation_after_no_finding_nor_past_the_opening(conclusions, paragraphs) -> None:
    found = conclusions(*paragraphs)
    assert not any(text.startswith(("And the", "And experts", "In addition to", "But the")) for text in found)


@pytest.mark.parametrize("after", [
    pytest.param("Further studies will try the plan in people with hip pain.", id="further-a-plan"),
    pytest.param("Plus 15 walkers left the trial before it ended.", id="plus-a-count"),
    pytest.param("And 35 percent of the walkers gave up their pain medicine within six months.",
                 id="a-percentage-is-a-result"),
    pytest.param("And so the researchers plan to run a bigger trial in the coming year.", id="a-plan"),
    pytest.param("And so the team plans a larger trial next year.", id="plans-a-trial"),
    pytest.param("And the clinic is planning a second study of the walks.", id="is-planning"),
])
def test_a_plan_a_count_or_a_number_does_not_go_on_from_the_lede(conclusions, after: str) -> None:
    found = conclusions(LEDE + " " + after, "The trial ran at six clinics in Ohio.")
    assert LEDE.rstrip(".") in found  # (the lede is read: a continuation of it could be proposed)
    assert after.rstrip(".") not in found


def test_a_number_with_a_worded_finding_goes_on_from_the_lede(conclusions) -> None:
    after = "In addition, 62 percent of the walkers kept walking after the trial, a significantly higher share."
    found = conclusions(LEDE + " " + after, "The trial ran at six clinics in Ohio.")
    assert after.rstrip(".") in found
