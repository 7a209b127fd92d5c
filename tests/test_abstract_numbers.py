"""Per-arm numbers in trial abstracts: which arm is the comparator, each group's percentages and
each group's size, in the dense forms abstracts write them (CONSORT-style reporting).

Every sentence below is written for these tests (none is copied from a data set). Each row names
what a curator reads from it; the linker or rule that must find it is in the row's id.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.extract import extract_text
from trialnews.nlp import make_nlp
from trialnews.record import Record, grounding_problems


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def record(nlp: Language, text: str) -> dict:
    found = extract_text(text, nlp=nlp)
    Record.model_validate(found)
    assert not grounding_problems(found, text)
    return found


def roles(found: dict) -> dict[str, str]:
    return {arm["label"].lower(): arm["role"] for arm in found["arms"]}


@pytest.mark.parametrize(("text", "control", "experimental"), [
    pytest.param("Adjuvant radiotherapy after breast-conserving surgery\n\n"
                 "Women were randomly assigned to radiotherapy, non-radiotherapy follow-up or endocrine "
                 "treatment. Local recurrence was rare.", "non-radiotherapy", "radiotherapy", id="named-non"),
    pytest.param("Exercise during chemotherapy\n\n"
                 "Patients were randomly assigned to supervised exercise, home exercise or yoga. Fatigue "
                 "scores were lower with supervised exercise compared with yoga, and with home exercise than "
                 "with yoga.", "yoga", "supervised exercise", id="written-after-compared-with"),
])
def test_the_comparator_the_abstract_names(nlp: Language, text: str, control: str, experimental: str) -> None:
    found = roles(record(nlp, text))
    assert found.get(control) == "control"
    assert found.get(experimental) == "experimental"


def test_a_trial_with_a_placebo_keeps_it_as_its_only_control(nlp: Language) -> None:
    text = ("Zelbrutinib for cough\n\nAdults were randomly assigned to zelbrutinib 50 mg, zelbrutinib 100 mg or "
            "placebo. Cough fell more with zelbrutinib than with placebo.")
    found = roles(record(nlp, text))
    assert found.get("placebo") == "control"
    assert [role for role in found.values()].count("control") == 1
