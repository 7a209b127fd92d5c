"""Arms of stories no rule was tuned on (issue 13): lists of drugs that are not one drug's names,
groups named by their role with their treatment in a bracket, drug classes, and groups told apart
by dose. Small hand-written articles run through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

TITLE = "Health News"


def article(*paragraphs: str) -> str:
    return "\n\n".join((TITLE, *paragraphs)) + "\n"


def arms_of(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {arm["label"].lower(): arm for arm in record["arms"]}


DRUG_LISTS = [
    pytest.param("Researchers compared patients taking Eliquis, dabigatran, or warfarin in a randomized trial. "
                 "Fewer strokes were seen with dabigatran than with warfarin.", {"warfarin", "dabigatran"},
                 id="comma-or-list"),
    pytest.param("In the randomized trial, 400 patients were assigned to heparin, or enoxaparin. Bleeding was "
                 "rare with enoxaparin and with heparin.", {"heparin", "enoxaparin"}, id="comma-or-pair"),
]


@pytest.mark.parametrize(("text", "separate"), DRUG_LISTS)
def test_drugs_listed_with_or_are_not_one_drugs_names(run, text: str, separate: set[str]) -> None:
    arms = arms_of(run(article(text)))
    for name in separate:
        assert name in arms, arms.keys()
        others = separate - {name}
        assert not others & {alias.lower() for alias in arms[name]["aliases"]}


def test_a_brand_and_its_generic_with_or_stay_one_arm(run) -> None:
    text = article("In the randomized trial, 500 patients received Xarelto, or rivaroxaban, or a placebo. "
                   "Strokes were rarer with Xarelto than with placebo.")
    arms = arms_of(run(text))
    assert "xarelto" in arms and "rivaroxaban" not in arms
