"""A short outcome name takes the one fuller form the article writes of it (``linking/fuller.py``),
on small articles written for these tests: the fuller name in the headline or lede, the short one
at the values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from trialnews.linking.fuller import FULLER_LINK, LINK_KEY

Run = Callable[[str], dict[str, Any]]

TWO_ARMS = "In the trial, 400 women were randomly assigned to take calderonate or a placebo. "


def names(run: Run, headline: str, body: str) -> dict[float, tuple[str, str | None]]:
    """Each result's value, its outcome's name and the step that renamed it (None: not renamed)."""
    record = run(f"{headline}\n\n{TWO_ARMS}{body}")
    return {r["value"]: (r["endpoint"].casefold(), r["evidence"]["links"].get(LINK_KEY)) for r in record["results"]}


@pytest.mark.parametrize(("headline", "body", "value", "name"), [
    pytest.param("Calderonate cuts hip fractures in older women",
                 "After three years, fractures occurred in 2.1 percent of women on calderonate and in 3.9 percent "
                 "of those on placebo.", 2.1, "hip fractures", id="premodifier-in-the-headline"),
    pytest.param("Calderonate cuts hip fractures in older women",
                 "After three years, fractures occurred in 2.1 percent of women on calderonate and in 3.9 percent "
                 "of those on placebo.", 3.9, "hip fractures", id="its-partner-too"),
    pytest.param("Inhaler trial reports results",
                 "The trial looked at severe asthma attacks. Over a year, 12 percent of those taking calderonate "
                 "had attacks, against 20 percent of those on placebo.", 12.0, "severe asthma attacks",
                 id="a-sentence-about-the-trial"),
    pytest.param("Calderonate trial reports results",
                 "The trial showed no increase in hospitalization for heart failure. Hospitalizations occurred in "
                 "4 percent of those taking calderonate, against 5 percent of those on placebo.", 4.0,
                 "hospitalization for heart failure", id="a-cause-after-the-head"),
])
def test_a_short_name_takes_the_fuller_name_the_article_writes(run, headline: str, body: str, value: float,
                                                               name: str) -> None:
    assert names(run, headline, body).get(value) == (name, FULLER_LINK)


@pytest.mark.parametrize(("headline", "body", "value", "name"), [
    pytest.param("Calderonate cuts hip and vertebral fractures",
                 "The trial counted hip fractures and vertebral fractures. After three years, fractures occurred in "
                 "2.1 percent of women on calderonate and in 3.9 percent of those on placebo.", 2.1, "fractures",
                 id="two-fuller-forms-keep-it"),
    pytest.param("Calderonate cuts hip fractures in older women",
                 "All fractures were counted. After three years, fractures occurred in 2.1 percent of women "
                 "on calderonate and in 3.9 percent of those on placebo.", 2.1, "fractures",
                 id="a-general-form-keeps-it"),
    pytest.param("Calderonate cuts strokes",
                 "Strokes were counted over three years. Strokes occurred in 2.1 percent of women on calderonate and "
                 "in 3.9 percent of those on placebo. Doctors say the drug may one day prevent ischemic strokes in "
                 "the trial's patients.", 2.1, "strokes", id="the-short-name-written-first-is-the-outcome"),
    pytest.param("Calderonate trial reports results",
                 "Serious side effects were rare. Side effects occurred in 21 percent of women on calderonate and in "
                 "18 percent of those on placebo.", 21.0, "side effects", id="a-severity-word-makes-another-outcome"),
    pytest.param("Calderonate trial reports results",
                 "Some women have problematic hot flashes at night. Hot flashes eased in 21 percent of women on "
                 "calderonate and in 18 percent of those on placebo.", 21.0, "hot flashes",
                 id="a-background-sentence-names-none"),
    pytest.param("Calderonate may ease hot flashes",
                 "Hot flashes eased in 21 percent of women on calderonate and in 18 percent of those on placebo.",
                 21.0, "hot flashes", id="a-verb-after-an-auxiliary-is-no-modifier"),
    pytest.param("Calderonate may help to ease hot flashes",
                 "Hot flashes eased in 21 percent of women on calderonate and in 18 percent of those on placebo.",
                 21.0, "hot flashes", id="a-verb-after-to-is-no-modifier"),
    pytest.param("Calderonate cuts high-risk infections",
                 "Infections occurred in 21 percent of women on calderonate and in 18 percent of those on placebo.",
                 21.0, "infections", id="a-judging-compound-goes-whole"),
])
def test_the_short_name_stays_where_the_article_keeps_outcomes_apart(run, headline: str, body: str, value: float,
                                                                      name: str) -> None:
    assert names(run, headline, body).get(value) == (name, None)


def test_one_name_of_it_completed_by_of_is_its_name(run) -> None:
    """``X recurred in N`` names ``recurrence of X``; a bare ``recurrence`` of the same article joins it."""
    found = names(run, "Calderonate trial reports results",
                  "Retinopathy recurred in 6 percent of infants on calderonate. The recurrence rate was 30 percent "
                  "among those on placebo.")
    assert {name for name, _ in found.values()} == {"recurrence of retinopathy"}, found


def test_two_names_completed_by_of_leave_it_bare(run) -> None:
    found = names(run, "Calderonate trial reports results",
                  "Loss of vision occurred in 6 percent of women on calderonate, and loss of hearing in 4 percent. "
                  "Loss was reported in 9 percent of those on placebo.")
    assert found.get(9.0, (None,))[0] != "loss of vision", found


def test_a_bare_name_in_other_units_than_its_measure_stays_apart(run) -> None:
    """``severe neutropenia`` in % beside ``the duration of severe neutropenia`` in days: two outcomes."""
    found = names(run, "Calderonate trial reports results",
                  "Severe neutropenia occurred in 43 percent of women on calderonate and in 12 percent of those on "
                  "placebo. The duration of severe neutropenia was a median of 0.7 days with calderonate and 2.5 days "
                  "with placebo.")
    assert found[43.0] == ("severe neutropenia", None) and found[0.7] == ("duration of severe neutropenia", None)

