"""What the trial's people say the trial means ahead (session 31): a quote that looks ahead ("will",
"if you") is kept when it also reports the trial (one sign is enough), and left out when it reports
nothing of it. Every sentence is written for the test."""

from __future__ import annotations

import pytest

TITLE = "Trial Update"
NEUTRAL_LEDE = ("The trial was conducted at 40 hospitals in Europe between 2015 and 2019 and included adults "
                "over 70 years of age.")
ASPIRIN_OR_PLACEBO = "Patients were randomized to aspirin or placebo."
AUTHOR = "Dr. Ann Berg, lead author of the study, spoke at a meeting in Rome."


@pytest.fixture
def conclusions(run):
    def extract(*paragraphs: str) -> list[str]:
        text = "\n\n".join((TITLE, NEUTRAL_LEDE, ASPIRIN_OR_PLACEBO, AUTHOR, *paragraphs)) + "\n"
        return [c["text"] for c in run(text)["conclusions"]]
    return extract


@pytest.mark.parametrize("quote", [
    pytest.param("This study shows that aspirin will spare many older adults a stroke", id="shows-and-will"),
    pytest.param("If you take aspirin every day, our results say you will have fewer strokes", id="if-you-and-our-results"),
])
def test_a_look_ahead_that_reports_the_trial_is_kept(conclusions, quote: str) -> None:
    assert any(text.startswith(quote[:25]) for text in conclusions(f'"{quote}," Berg said.'))


def test_a_look_ahead_that_reports_nothing_of_the_trial_is_left_out(conclusions) -> None:
    quote = "If patients have a stroke, they will need aspirin for the rest of their lives"
    assert not any(text.startswith(quote[:25]) for text in conclusions(f'"{quote}," Berg said.'))


@pytest.mark.parametrize("quote", [
    pytest.param("Our results will need to be confirmed in a larger trial before doctors change anything",
                 id="more-work-needed"),
    pytest.param("If our results hold up in a bigger trial, aspirin could spare older people a stroke",
                 id="a-condition-on-the-results"),
])
def test_what_the_results_still_wait_on_is_left_out(conclusions, quote: str) -> None:
    assert not any(text.startswith(quote[:25]) for text in conclusions(f'"{quote}," Berg said.'))


@pytest.mark.parametrize("quote", [
    pytest.param("We would like to see whether our results hold for younger adults too", id="a-wish"),
    pytest.param("Showing that our results hold for younger adults will take some time", id="time-it-will-take"),
])
def test_a_wish_or_the_time_more_work_takes_is_left_out(conclusions, quote: str) -> None:
    assert not any(text.startswith(quote[:25]) for text in conclusions(f'"{quote}," Berg said.'))
