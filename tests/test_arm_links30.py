"""How values find their group (session 30): a count or share of the people who left or finished a
trial of several arms is all the trial's (arm null, linker ``trial-conduct``) where its sentence
names no group; a group named after a value's own bracket (``297 patients (49%) in the X group``) is
the value's; a reference with its modifier (``the drug therapy group``) that is words of another
arm's name names that arm, not the tested one. Sentences written for these tests in the manner of
trial news."""

from __future__ import annotations

import pytest

from trialnews.linking.groups import trial_conduct
from trialnews.nlp import make_nlp

TWO_ARMS = """Seaweed drink fails to help weight loss

By Staff Writer

A drink made from seaweed did not help people lose weight, researchers reported.

In the trial, 240 adults were randomly assigned to a seaweed drink or a placebo drink for 12 weeks.

Those on the seaweed drink lost 6 pounds, compared with 4 pounds in the placebo group.

{sentence}

"The benefit was small," said the study's leader, Dr. Mary Lee.
"""

BYPASS = """Heart bypass helps in long run, trial finds

By Staff Writer

In the trial, 900 patients with heart failure were randomly assigned to receive either bypass surgery plus drug therapy or drug therapy alone.

Death occurred in 120 patients (27%) in the bypass group and in 150 patients (33%) receiving drug therapy alone. {sentence}
"""


def _results(run, article: str, sentence: str) -> dict[float, dict]:
    record = run(article.format(sentence=sentence))
    return {result["value"]: result for result in record["results"]}


@pytest.mark.parametrize(("sentence", "value", "endpoint"), [
    pytest.param("In the trial, 30% of patients stopped getting their assigned treatments, and 17% withdrew "
                 "their consent.", 17, "withdrew their consent", id="withdrew"),
    pytest.param("In the trial, 30% of patients stopped getting their assigned treatments, and 17% withdrew "
                 "their consent.", 30, "stopped getting their assigned treatments", id="stopped-assigned"),
    pytest.param("In the trial, more than one-fifth of people dropped out when they disliked the taste.", 20,
                 "dropped out", id="dropped-out-particle-kept"),
])
def test_left_or_finished_is_all_the_trials(run, sentence: str, value: float, endpoint: str) -> None:
    found = _results(run, TWO_ARMS, sentence)
    assert value in found
    assert found[value]["arm"] is None
    assert found[value]["endpoint"] == endpoint


@pytest.mark.parametrize("sentence", [
    pytest.param("In the trial, one-third stopped getting their assigned drink, compared with one-sixth in the "
                 "placebo group.", id="set-against-a-group"),
    pytest.param("In the trial, 12% of participants stopped having headaches.", id="stopped-an-outcome"),
    pytest.param("In the trial, 9% of those who stopped the drink early gained weight.", id="described-group"),
])
def test_no_group_kept_out(run, sentence: str) -> None:
    found = _results(run, TWO_ARMS, sentence)
    assert not any(result["arm"] is None and result["evidence"]["links"].get("arm") == "trial-conduct"
                   for result in found.values())


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


@pytest.mark.parametrize(("text", "value", "expected"), [
    pytest.param("In the trial, 20% dropped out.", "20%", True, id="bare-share"),
    pytest.param("In the trial, 20% of the 300 participants dropped out.", "20%", True, id="of-people"),
    pytest.param("In the trial, 335 completed the telephone follow-up.", "335", True, id="completed-course"),
    pytest.param("In the trial, 20% completed the marathon.", "20%", False, id="completed-other"),
    pytest.param("In the trial, 20% of those on the drug dropped out.", "20%", False, id="described-people"),
])
def test_trial_conduct(nlp, text: str, value: str, expected: bool) -> None:
    doc = nlp(text)
    span = doc.char_span(text.index(value), text.index(value) + len(value), alignment_mode="expand")
    assert trial_conduct(doc, span) is expected


@pytest.mark.parametrize(("sentence", "value", "arm"), [
    pytest.param("A total of 80 patients (18%) in the bypass group and 101 patients (22%) in the drug therapy "
                 "group died from heart disease.", 22, "drug therapy alone", id="modified-reference-is-other-arm"),
    pytest.param("A total of 80 patients (18%) in the bypass group and 101 patients (22%) in the drug therapy "
                 "group died from heart disease.", 101, "drug therapy alone", id="count-before-bracket"),
    pytest.param("A total of 80 patients (18%) in the bypass group and 101 patients (22%) in the drug therapy "
                 "group died from heart disease.", 18, "bypass surgery", id="first-stays"),
])
def test_group_after_bracket(run, sentence: str, value: float, arm: str) -> None:
    found = _results(run, BYPASS, sentence)
    assert found[value]["arm"] == arm


def test_unknown_group_after_bracket_takes_no_arm_before(run) -> None:
    found = _results(run, BYPASS, "A total of 80 patients (18%) in the bypass group and 101 patients (22%) in the "
                                  "twice-daily dosing group died from heart disease.")
    assert 22 not in found or found[22]["arm"] != "bypass surgery"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("All patients improved after a year.", True, id="all-patients"),
    pytest.param("Stroke rates were about 2% in both groups.", True, id="both-groups"),
    pytest.param("One patient in each arm had a rash.", True, id="each-arm"),
    pytest.param("All the other patients improved.", True, id="all-the-other-patients"),
    pytest.param("In all, 30 people died.", True, id="in-all"),
    pytest.param("Overall, 46 percent had less pain.", True, id="overall"),
    pytest.param("Bleeding, the worst side effect of either drug, occurred in 1 percent.", True, id="either-drug"),
    pytest.param("The drug lowered both forms of cholesterol, cutting LDL by 40%.", False, id="both-forms"),
    pytest.param("Patients lost 18 percent of total body weight.", False, id="total-body-weight"),
    pytest.param("Patients were assigned to either surgery or a stent, and 7% of stent patients had a stroke.",
                 False, id="either-or"),
    pytest.param("Those receiving both treatments lived 7.5 months.", False, id="both-treatments-is-the-combination"),
    pytest.param("Those on the drug at each of the dose levels lost 2 kilograms.", False, id="each-of-the-levels"),
    pytest.param("Death rates fell by 34% for all cancers.", False, id="all-cancers"),
])
def test_whole_group_word_says_all_people(nlp, text: str, expected: bool) -> None:
    from trialnews.linking.groups import names_all_patients
    doc = nlp(text)
    assert names_all_patients(doc[:]) is expected


def test_quit_an_outcome_during_the_study_is_no_conduct(nlp) -> None:
    text = "In the trial, 10% of the women quit smoking during the study."
    doc = nlp(text)
    span = doc.char_span(text.index("10%"), text.index("10%") + 3, alignment_mode="expand")
    assert trial_conduct(doc, span) is False


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Both techniques were safe, with 2% bleeding.", True, id="both-techniques-every-group"),
    pytest.param("Those who got both treatments lived 7.5 months.", False, id="got-both-treatments"),
])
def test_both_treatments(nlp, text: str, expected: bool) -> None:
    from trialnews.linking.groups import names_all_patients
    assert names_all_patients(nlp(text)[:]) is expected
