"""Arms no lexicon knows, found by how a trial assigns them (issue 13): the options of
``randomly assigned to X or Y``, ``the X group`` set beside ``the Y group`` in a sentence that
reports values, ``those who drank X`` beside ``those who drank Y``. Sentences written for these
tests; each runs the whole pipeline."""

from __future__ import annotations

import pytest

from .helpers import article

RANDOMIZED = "The 240 adults in the study were randomized into two groups and followed for a year."

# (paragraphs, arm labels that must be found, the kind of arm)
FOUND = [
    pytest.param((RANDOMIZED, "Quit rates were 41 percent in the tailored text group compared with 30 percent in "
                              "the generic leaflet group."),
                 {"tailored text", "generic leaflet"}, id="behavioural-programmes-the-x-group"),
    pytest.param(("Volunteers were randomly assigned to eat sourdough rye bread or refined wheat bread for eight weeks.",),
                 {"sourdough rye bread", "refined wheat bread"}, id="foods-assigned-to-x-or-y"),
    pytest.param((RANDOMIZED, "After a year, those who drank a glass of plum juice nightly had lower blood pressure "
                              "than those who drank a glass of tap water."),
                 {"plum juice", "tap water"}, id="drinks-those-who-drank"),
    pytest.param((RANDOMIZED, "Pain fell by 45 percent in patients who underwent hip resurfacing, compared with 30 "
                              "percent in patients who underwent bone grafting."),
                 {"hip resurfacing", "bone grafting"}, id="procedures-those-who-underwent"),
    pytest.param((RANDOMIZED, "Women who wore the scalp cooling cap lost less hair (20 percent) than women who wore "
                              "a plain wool cap (65 percent)."),
                 {"scalp cooling cap", "plain wool cap"}, id="devices-those-who-wore"),
    pytest.param((RANDOMIZED, "Children given a lipid-based nutrient supplement gained 40 percent more weight than "
                              "children given a corn-soy blend."),
                 {"lipid-based nutrient supplement", "corn-soy blend"}, id="supplements-people-given"),
    pytest.param((RANDOMIZED, "Forty percent of the patients who underwent duodenal switch and 29% who underwent "
                              "ileal interposition were in remission."),
                 {"duodenal switch", "ileal interposition"}, id="procedures-a-value-who-underwent"),
    pytest.param((RANDOMIZED, "Patients using Dermaclear 2020 had 45 percent fewer lesions than patients using the "
                              "rival cream."),
                 {"Dermaclear 2020", "rival cream"}, id="a-name-no-lexicon-knows"),
]


@pytest.mark.parametrize(("paragraphs", "labels"), FOUND)
def test_groups_assigned_by_syntax_are_arms(run, paragraphs: tuple[str, ...], labels: set[str]) -> None:
    arms = {arm["label"]: arm for arm in run(article(*paragraphs))["arms"]}
    assert labels <= set(arms)
    assert all(arms[label]["evidence"]["links"].get("assigned") in ("contrasted", "assigned-to") for label in labels)


def test_contrasted_groups_are_named_by_their_provenance(run) -> None:
    text = article(RANDOMIZED, "Quit rates were 41 percent in the tailored text group compared with 30 percent in "
                               "the generic leaflet group.")
    arms = {arm["label"]: arm for arm in run(text)["arms"]}
    assert arms["tailored text"]["evidence"]["rule"] == "contrasted-group"
    assert arms["tailored text"]["evidence"]["links"] == {"assigned": "contrasted"}


# (paragraphs, labels that must not be arms)
NOT_FOUND = [
    pytest.param(("After a year, those who drank plum juice had lower blood pressure than those who drank "
                  "tap water, the survey of 2,000 adults found.",),
                 {"plum juice", "tap water"}, id="no-randomized-groups-in-the-story"),
    pytest.param((RANDOMIZED, "The risk was 19% lower in the highest consumption group than in the lowest "
                              "consumption group."),
                 {"highest consumption", "lowest consumption"}, id="levels-of-an-exposure"),
    pytest.param((RANDOMIZED, "Men taking blood pressure medications had a 24 percent lower risk than those "
                              "taking other cardiovascular drugs."),
                 {"blood pressure medications"}, id="one-named-group-against-others"),
    pytest.param((RANDOMIZED, "Studies that randomly assign people to sourdough rye bread or refined wheat bread "
                              "may not be easy to run."),
                 {"sourdough rye bread", "refined wheat bread"}, id="studies-in-general"),
    pytest.param((RANDOMIZED, "Women who had radiation lived longer than those who didn't: 31 months versus 22."),
                 {"n't", "didn't"}, id="a-negated-group"),
    pytest.param(("The 240 women were randomized to weekly taxane therapy or vinorelbine.",
                  "Of them, 37 patients given vinorelbine and 36 patients given taxane could be evaluated."),
                 {"taxane"}, id="a-short-name-of-a-longer-arm"),
    pytest.param((RANDOMIZED, "Median survival was 95 months for women taking a nonselective (first generation) "
                              "heart pill versus 38 months for women taking a selective (second generation) heart pill."),
                 {"nonselective", "selective"}, id="name-going-on-past-a-bracket"),
]


@pytest.mark.parametrize(("paragraphs", "labels"), NOT_FOUND)
def test_phrases_that_are_not_assignments_stay_out(run, paragraphs: tuple[str, ...], labels: set[str]) -> None:
    found = {arm["label"] for arm in run(article(*paragraphs))["arms"]}
    assert not labels & found


def test_group_phrases_are_read_only_at_their_openers(nlp) -> None:
    # the reader visits only the tokens a group phrase can open with (found once per doc); a word of
    # every kind of opener is among them, the first word of a split group's subject included ("one", "the")
    from trialnews.facts import arms

    openers = arms._group_phrase_openers()
    assert {"patients", "who", "group", "half", "one", "the", "randomized"} <= openers
    assert "drank" not in openers and "juice" not in openers
    doc = nlp("The 60 adults were randomly assigned to plum juice or tap water. Half drank plum juice daily.")
    first, second = list(doc.sents)
    groups, assigns, split = arms._group_phrases(doc, first)
    # "randomly" and "assigned" are both assigning words, each with "to" after it: each lists the options
    assert assigns and [doc[a:b].text for options in groups for a, b in options] == ["plum juice", "tap water"] * 2
    assert not split  # no part of the people named by a subject of its own
    assert arms._group_phrases(doc, second)[2]  # "Half drank ...": a split
