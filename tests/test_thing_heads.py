"""An outcome is something measured, never a thing (issue 11, class 2: endpoint precision): a phrase
headed by a noun WordNet knows only as a body part, an artifact, a person, a place or a group
(``patterns/thing_nouns.txt``, written by ``bench/thing_nouns.py``) names no outcome. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from trialnews.linking.phrases import names_a_thing, thing_headed

TWO_ARMS = "Trial Update\n\nIn the trial, 300 adults were randomly assigned to take valsartin or a placebo. "


@pytest.mark.parametrize(("word", "kind"), [
    pytest.param("hip", "b", id="body-part"),
    pytest.param("stents", "t", id="artifact-plural"),
    pytest.param("Asian", "p", id="person-capitalised"),
    pytest.param("responders", "p", id="people"),
    pytest.param("falls", None, id="plural-of-an-event"),
    pytest.param("hives", None, id="no-plural-of-a-thing"),
    pytest.param("rates", None, id="plural-of-a-measure"),
    pytest.param("tissue", None, id="also-a-substance"),
    pytest.param("eye", None, id="also-a-faculty"),
    pytest.param("dropout", None, id="named-by-the-endpoint-lexicon"),
    pytest.param("TEAEs", None, id="acronym"),
    pytest.param("pain", None, id="a-feeling"),
    pytest.param("insulin", None, id="a-hormone-is-of-the-body-but-no-part-of-it"),
])
def test_a_noun_names_a_thing_only_when_every_sense_is_one(word: str, kind: str | None) -> None:
    assert names_a_thing(word) == kind


@pytest.mark.parametrize(("name", "thing"), [
    pytest.param("femoral neck", True, id="relational-adjective"),
    pytest.param("dry mouth", False, id="a-state-of-a-body-part"),
    pytest.param("new moms", True, id="people-in-any-state"),
    pytest.param("black/african american".replace("/", " "), True, id="only-a-body-part-has-a-state"),
    pytest.param("time in the operating room", False, id="head-before-the-preposition"),
    pytest.param("removal of the device", False, id="an-event-of-a-thing"),
    pytest.param("cases of stent", True, id="after-a-counted-noun"),
    pytest.param("number of injections", False, id="after-a-measure"),
    pytest.param("free of seizures", False, id="after-an-adjective"),
    pytest.param("hardening of the arteries", False, id="a-gerund-heads-its-phrase"),
    pytest.param("cardiac injury markers", False, id="a-thing-that-measures-a-state"),
])
def test_the_head_of_a_name(name: str, thing: bool) -> None:
    assert thing_headed(name.split()) is thing


def results(run, sentence: str) -> dict[float, str | None]:
    return {result["value"]: result["endpoint"] for result in run(TWO_ARMS + sentence)["results"]}


@pytest.mark.parametrize("sentence", [
    pytest.param("Among those on valsartin, the racial make-up was Caucasian (81%), Hispanic (12%) and Asian (6%).",
                 id="demographics-in-brackets"),
])
def test_a_thing_gets_no_value(run, sentence: str) -> None:
    # the people's origins are no outcomes: no result named by them
    assert not {name for name in results(run, sentence).values()} & {"caucasian", "hispanic", "asian"}


def test_after_a_thing_no_nearest_outcome_is_taken(run) -> None:
    # the value was about the thing: the outcome written nearby (pain) is not what it measured
    found = results(run, "Pain eased in the valsartin group, where the racial make-up was Caucasian (81%) and Asian (6%).")
    assert 81.0 not in found and 6.0 not in found


def test_the_site_of_a_listed_change_is_no_outcome(run) -> None:
    # "the hip by 2.2%" lists where bone density was measured, not an outcome of its own
    record = run(TWO_ARMS + "In the valsartin group, bone density rose at the spine by 5.1%, the hip by 2.2% and "
                            "the wrist by 1.4%.")
    assert not {item["endpoint"] for item in record["comparisons"] + record["results"]} & {"hip", "wrist"}


def test_a_thing_people_needed_is_an_event(run) -> None:
    # the object of a verb of what happened to people: needing a second stent is an outcome
    assert results(run, "In the valsartin group, 12 percent needed a second stent.") == {12.0: "second stent"}


ABSTRACT = ("Valsartin for leg cramps: a randomised controlled trial\n\n"
            "BACKGROUND: Leg cramps are common in older adults. We assessed whether valsartin reduces them. "
            "METHODS: Adults with nightly cramps were randomly assigned to valsartin or placebo for 8 weeks. "
            "RESULTS: Of 200 patients randomised, 100 received valsartin and 100 placebo. Responders (41% vs 22%) "
            "were more common in the valsartin group than in the placebo group. "
            "CONCLUSIONS: Valsartin was well tolerated.\n")


def test_an_abstract_keeps_a_value_a_thing_names(run) -> None:
    # an abstract reports one trial: its values are its results even where a thing names them (as a
    # bare generic word does there), so the per-arm percentages stay
    values = {result["value"] for result in run(ABSTRACT)["results"]}
    assert {41.0, 22.0} <= values
