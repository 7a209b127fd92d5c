"""A group the article names by a variant of its arm's label (the label without its generic head,
or a procedure's participle) is that arm, when the variant is one arm's alone."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from facts import helpers  # tests/facts/helpers.py: the small article every fact test builds

TITLE = "Trial Update"


article = partial(helpers.article, title=TITLE)


def result_arms(record: dict[str, Any]) -> dict[str, str | None]:
    return {result["value"]: result["arm"] for result in record["results"]}


def arm_labels(record: dict[str, Any]) -> set[str]:
    return {arm["label"].lower() for arm in record["arms"]}


LINKED = [
    pytest.param(article("Volunteers were randomly assigned to receive the BCG vaccine or a placebo.",
                         "The infection rate was 4 percent among those receiving BCG."),
                 "bcg vaccine", id="without-generic-head"),
    pytest.param(article("Adults were randomly assigned to a mindfulness program or usual care.",
                         "Anxiety scores fell by 30 percent among mindfulness participants."),
                 "mindfulness program", id="without-generic-head-before-people"),
    pytest.param(article("Patients were randomly assigned to stenting or medical therapy alone.",
                         "The stroke rate was 12 percent in the stented patients."),
                 "stenting", id="participle-of-procedure"),
]


@pytest.mark.parametrize(("text", "arm"), LINKED)
def test_variant_of_an_arm_name_links_its_value(run, text: str, arm: str) -> None:
    record = run(text)
    assert arm in arm_labels(record)
    linked = {value: (label or "").lower() for value, label in result_arms(record).items()}
    assert arm in linked.values()


UNLINKED = [
    # "mindfulness" is the distinctive part of two arms' labels: ambiguous, no arm
    pytest.param(article("Adults were randomly assigned to a mindfulness program, a mindfulness app or usual care.",
                         "Anxiety scores fell by 30 percent among mindfulness participants."), id="shared-by-two-arms"),
    # "breathing" is inside another arm's name: no variant of the program
    pytest.param(article("Adults were randomly assigned to a breathing program, a breathing mindfulness app or usual care.",
                         "Anxiety scores fell by 30 percent among breathing participants."), id="inside-another-name"),
    # (both sides named by the variant, "those who weren't stented": tests/test_group_words.py, group-words)
    # a variant that is no group (no group's noun after it, no group reference before it)
    pytest.param(article("Adults were randomly assigned to a mindfulness program or usual care.",
                         "Anxiety fell by 30 percent after mindfulness sessions at home."), id="not-a-group"),
]


@pytest.mark.parametrize("text", UNLINKED)
def test_ambiguous_or_ungrouped_variant_stays_unlinked(run, text: str) -> None:
    record = run(text)
    linked = {(label or "").lower() for label in result_arms(record).values()}
    assert not any(word in label for label in linked for word in ("mindfulness", "breathing", "stenting"))


def variant_mentions(nlp, text: str) -> dict[str, str]:
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:  # through the arms, before the later steps free the spans
        doc = component(doc)
        if name == "trialnews_arms":
            break
    return {m.text: m.label_ for m in doc.spans["ARM_MENTION"] if m.kb_id_ == "arm-name-variant"}


MENTIONS = [
    pytest.param(article("Patients were randomly assigned to stenting or medical therapy alone.",
                         "The stroke rate was 12 percent in the stented patients."), {"stented": "stenting"},
                 id="participle-before-people"),
    # another treatment's head after the variant: maybe another treatment, no mention
    pytest.param(article("Patients were randomly assigned to salvage surgery or observation.",
                         "Two-year survival was 40 percent with salvage therapy, compared with 30 percent with observation."),
                 {}, id="other-head-after"),
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_variant_mentions_carry_their_provenance(nlp, text: str, expected: dict[str, str]) -> None:
    assert variant_mentions(nlp, text) == expected
