"""A value compared with the start of the trial (``than at the outset``, ``than they did at the
beginning``) is a change within its own group, not a contrast between groups; a ``respectively``
list after a contrast belongs to the other side. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.facts.common import state
from trialnews.facts.results import RESULT_ENDPOINTS
from trialnews.linking.groups import from_baseline
from trialnews.nlp import make_nlp

TWO_ARMS = "Patients were randomly assigned to aspirin or placebo. "


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def article(paragraph: str) -> str:
    return f"Trial Update\n\n{TWO_ARMS}{paragraph}\n"


@pytest.mark.parametrize(("after", "expected"), [
    pytest.param(" fewer headaches than at the outset", True, id="than-at-the-outset"),
    pytest.param(" more steps at the end than they did at the beginning", True, id="than-they-did-at-the-beginning"),
    pytest.param(" from baseline", True, id="from-baseline"),
    pytest.param(" than baseline", True, id="than-baseline"),
    pytest.param(" than those on placebo", False, id="than-the-other-group"),
    pytest.param(" than those given placebo at 12 weeks", False, id="other-group-at-a-time"),
    pytest.param(" compared with placebo at the start of the day", False, id="compared-with-a-group"),
    pytest.param(" than those in the placebo group at the start", False, id="other-group-at-the-start"),
    pytest.param(" lower than the men given dummy pills at baseline", False, id="other-people-at-baseline"),
    pytest.param(" than their scores at the start", True, id="own-measure-at-the-start"),
])
def test_from_baseline(after: str, expected: bool) -> None:
    assert from_baseline(after) is expected


def test_from_baseline_refuses_an_arm_named_before_the_start(nlp: Language) -> None:
    """``than on placebo at the start``: the gap names an arm, so the value is set against it."""
    text = article("Pain scores on aspirin were 20% lower than on placebo at the start of the trial.")
    doc = nlp.make_doc(text)
    placebo = text.rindex("placebo")
    doc.spans["ARM_MENTION"] = [doc.char_span(placebo, placebo + len("placebo"), label="placebo")]
    at = text.index("% lower") + 1
    assert from_baseline(text[at:]) is True  # no people word: only the arm tells
    assert from_baseline(text[at:], doc, at) is False


@pytest.mark.parametrize(("paragraph", "value", "wrong_arm"), [
    pytest.param("In the aspirin group, headaches were 30% fewer than at the outset and 45% fewer at 12 weeks, while "
                 "those in the placebo group changed little.", 45.0, "placebo", id="than-at-the-outset-is-no-contrast"),
    pytest.param("Pain scores in the aspirin group fell by 40% at four weeks and 55% at eight weeks, compared to falls "
                 "of 10% and 12% at four and eight weeks, respectively, among those in the study's placebo group.",
                 10.0, "aspirin", id="respectively-list-after-a-contrast"),
])
def test_no_arm_across_a_baseline_or_a_contrast(nlp: Language, paragraph: str, value: float, wrong_arm: str) -> None:
    record = extract_text(article(paragraph), nlp=nlp)
    found = [r["arm"] for r in record["results"] if r["value"] == value]
    assert found, record["results"]  # the value is kept, so the check on its arm below means something
    assert wrong_arm not in found


def test_a_value_after_than_at_the_outset_is_not_the_other_groups(nlp: Language) -> None:
    """``30% fewer than at the outset and 45% fewer ..., while those on placebo had 5% fewer``: the
    45% is the aspirin group's (the subject of both predicates: ``subject-shares-group``), never
    the placebo group's across the comparison with the start."""
    paragraph = ("Women taking aspirin had 30% fewer headaches than at the outset and 45% fewer headaches at 12 weeks, "
                 "while those on placebo had 5% fewer headaches.")
    record = extract_text(article(paragraph), nlp=nlp)
    assert [(r["arm"], r["evidence"]["links"]["arm"]) for r in record["results"] if r["value"] == 45.0] == [
        ("aspirin", "subject-shares-group")]


def test_a_respectively_list_after_a_contrast_takes_the_group_named_after_it(nlp: Language) -> None:
    paragraph = ("Pain scores in the aspirin group fell by 40% at four weeks and 55% at eight weeks, compared to falls "
                 "of 10% and 12% at four and eight weeks, respectively, among those in the study's placebo group.")
    record = extract_text(article(paragraph), nlp=nlp)
    arms = {r["value"]: (r["arm"], r["evidence"]["links"].get("arm")) for r in record["results"]}
    assert arms.get(10.0) == ("placebo", "respectively-list")
    assert arms.get(12.0) == ("placebo", "respectively-list")


@pytest.mark.parametrize(("paragraph", "kept"), [
    pytest.param("By the end of the study, patients on aspirin walked a 3-fold greater distance than they did at the "
                 "beginning.", False, id="fold-change-against-the-start"),
    pytest.param("Patients on aspirin were three times as likely to be free of pain as those on placebo.", True,
                 id="ratio-between-the-arms"),
])
def test_a_ratio_against_the_start_is_no_comparison(nlp: Language, paragraph: str, kept: bool) -> None:
    record = extract_text(article(paragraph), nlp=nlp)
    assert any(c["measure"] == "RR" and c["estimate"] == 3.0 for c in record["comparisons"]) is kept


THREE_ARMS = "Patients were randomly assigned to aspirin, ibuprofen or placebo. "


def test_groups_named_on_the_partners_side_are_the_partners(nlp: Language) -> None:
    """``16% of X patients ..., compared with 21% of those treated with Y and then Z``: Z is named
    with the partner, so it is not the other group of the first value, which names none of the arms."""
    paragraph = ("After two years, 16% of the older patients had died, compared with 21% of those treated with "
                 "ibuprofen and then placebo.")
    record = extract_text(f"Trial Update\n\n{THREE_ARMS}{paragraph}\n", nlp=nlp)
    assert [r for r in record["results"] if r["value"] == 16.0] == []
    assert any("16%" in warning for warning in record["warnings"])


@pytest.mark.parametrize(("paragraph", "endpoint"), [
    pytest.param("After two years, 16% of the older patients had died, compared with 21% of those treated with "
                 "ibuprofen and then placebo.", "death", id="verb-of-the-partner"),
    pytest.param("After two years, 16% of the older patients had died of heart failure, compared with 21% of those "
                 "given ibuprofen.", "died of heart failure", id="verb-phrase-of-the-partner"),
])
def test_a_partner_left_out_still_names_the_shared_outcome(nlp: Language, paragraph: str, endpoint: str) -> None:
    """The partner whose group cannot be told is left out, but the outcome it names is the value's too."""
    record = extract_text(f"Trial Update\n\n{THREE_ARMS}{paragraph}\n", nlp=nlp)
    found = [(r["endpoint"], r["arm"], r["evidence"]["links"]["endpoint"]) for r in record["results"] if r["value"] == 21.0]
    assert found == [(endpoint, "ibuprofen", "partner-outcome")]


ONE_ARM = "120 patients were treated with aspirin in the open-label trial. "


@pytest.mark.parametrize(("paragraph", "kept", "left_out"), [
    pytest.param("Headaches stopped in 12 percent of the patients, compared with 4 percent of untreated patients.",
                 12.0, 4.0, id="value-after-the-contrast"),
    pytest.param("Memory scores rose by 15 percent, while placebo patients had a 9 percent decline in memory scores.",
                 15.0, 9.0, id="value-after-a-control-group"),
])
def test_one_arm_trial_leaves_out_the_other_groups_value(nlp: Language, paragraph: str, kept: float,
                                                          left_out: float) -> None:
    """In a trial of one arm, the value set beside another group's is that group's, not the arm's."""
    record = extract_text(f"Trial Update\n\n{ONE_ARM}{paragraph}\n", nlp=nlp)
    assert [a["label"] for a in record["arms"]] == ["aspirin"]
    found = {r["value"]: (r["arm"], r["evidence"]["links"].get("arm")) for r in record["results"]}
    assert found.get(kept) == ("aspirin", "sole-experimental-arm")
    assert left_out not in found


def test_one_arm_trial_keeps_a_value_with_no_other_group_for_all_patients(nlp: Language) -> None:
    """In news, a one-arm trial's value whose sentence names no group is all its patients' (arm null,
    as ANNOTATION.md writes it), not given to the arm by default."""
    record = extract_text(f"Trial Update\n\n{ONE_ARM}Headaches stopped in 12 percent of the patients.\n", nlp=nlp)
    assert [(r["arm"], r["value"]) for r in record["results"]] == [(None, 12.0)]


@pytest.mark.parametrize("paragraph", [
    pytest.param("Headaches stopped in 12 percent of the untreated patients.", id="a-described-control-group"),
    pytest.param("Headaches stopped in 12 percent of the other arm.", id="another-arm-by-its-noun"),
    pytest.param("Headaches stopped in 12 percent of the second cohort.", id="a-group-noun-of-no-arm"),
])
def test_one_arm_trial_leaves_out_a_value_of_a_group_it_cannot_tell(nlp: Language, paragraph: str) -> None:
    """A one-arm record's value whose sentence names a group other than by the arm's name is neither
    the arm's nor all patients' (the record may lack the trial's other arm): it is left out."""
    record = extract_text(f"Trial Update\n\n{ONE_ARM}{paragraph}\n", nlp=nlp)
    assert [a["label"] for a in record["arms"]] == ["aspirin"]
    assert [r["value"] for r in record["results"]] == []


def test_one_arm_trial_value_naming_the_arm_is_the_arms(nlp: Language) -> None:
    record = extract_text(f"Trial Update\n\n{ONE_ARM}Headaches stopped in 12 percent of the aspirin group.\n", nlp=nlp)
    assert [(r["arm"], r["value"]) for r in record["results"]] == [("aspirin", 12.0)]


@pytest.mark.parametrize(("paragraph", "value", "reported"), [
    pytest.param("At the start of the trial, their mean age was 58 years and 85 percent had high blood pressure.",
                 85.0, False, id="people-as-enrolled"),
    pytest.param("At study entry, 40 percent of the patients had migraine headaches.", 40.0, False, id="at-study-entry"),
    pytest.param("Blood pressure control rose from 40 percent at the start of the study to 65 percent at one year "
                 "in the patients.", 65.0, True, id="a-change-from-the-start-is-a-result"),
    pytest.param("After a year, 65 percent of the patients had their blood pressure under control.", 65.0, True,
                 id="no-start-cue"),
])
def test_a_sentence_set_at_the_trials_start_reports_no_result(nlp: Language, paragraph: str, value: float,
                                                             reported: bool) -> None:
    record = extract_text(f"Trial Update\n\n{ONE_ARM}{paragraph}\n", nlp=nlp)
    assert any(r["value"] == value for r in record["results"]) is reported


def test_a_left_out_partners_outcome_no_value_takes_is_no_endpoint(nlp: Language) -> None:
    """``9% of women on X died of heart disease, compared to 13% of those who stopped at five years``:
    the 13% is left out (its group is not an arm), and the verb after it (``stopped``) names an outcome
    the 9% does not take, so it is not added to the endpoints the later facts (comparisons) read."""
    text = ("Trial Update\n\nIn the trial, some women kept taking letrozole for ten years and others stopped after "
            "five years. In absolute terms, 9% of women on letrozole for ten years died of heart disease, compared to "
            "13% of those who stopped at five years.\n")
    later = ["trialnews_comparisons", "trialnews_trial", "trialnews_conclusions", "trialnews_citation",
             "trialnews_record"]
    with nlp.select_pipes(disable=later):
        doc = nlp(text)
    assert [r["endpoint"] for r in state(doc)["results"]] == ["died of heart disease"]
    assert [e["name"] for e in state(doc)[RESULT_ENDPOINTS]] == ["died of heart disease"]
