"""A group phrase that names no arm by its name is resolved to an arm by its words
(``trialnews.linking.groupwords``, linker ``group-words``). Sentences and arms written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.linking.groupwords import group_phrases, resolve, same_word
from trialnews.nlp import make_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def arms(*labels: str, control: str | None = None) -> list[dict]:
    return [{"label": label, "role": "control" if label == control else "experimental", "aliases": []} for label in labels]


COMBO = arms("yoga", "yoga plus massage", "massage alone")
DOSES = arms("zelbitide 40 mg", "zelbitide 120 mg", "placebo", control="placebo")
TWO = arms("knee replacement", "physiotherapy", control="physiotherapy")


@pytest.mark.parametrize(("words", "negated", "arm_list", "expected"), [
    pytest.param(["the", "combined", "group"], False, COMBO, "yoga plus massage", id="combined-is-the-combination-arm"),
    pytest.param(["yoga", "only", "patients"], False, COMBO, "yoga", id="only-is-no-combination"),
    pytest.param(["massage", "alone"], False, COMBO, "massage alone", id="alone-arm-named-alone"),
    pytest.param(["massage"], False, COMBO, "massage alone", id="one-treatment-is-not-the-combination"),
    pytest.param(["given", "massage", "plus", "yoga"], False, COMBO, "yoga plus massage", id="joined-is-the-combination"),
    pytest.param(["mindfulness"], False, arms("mindfulness course", "mindfulness app"), "", id="two-arms-matched-equally"),
    pytest.param(["relaxation", "alone"], False, arms("relaxation", "relaxation training", "relaxation plus yoga"),
                 "relaxation", id="alone-the-arm-all-of-whose-words-it-has"),
    pytest.param(["the", "120", "mg", "doses"], False, DOSES, "zelbitide 120 mg", id="dose-number"),
    pytest.param(["the", "higher", "dose"], False, DOSES, "zelbitide 120 mg", id="higher-dose"),
    pytest.param(["the", "lowest", "dose"], False, DOSES, "zelbitide 40 mg", id="lowest-dose"),
    pytest.param(["zelbitide"], False, DOSES, "", id="drug-of-two-doses-untold"),
    pytest.param(["the", "highest", "dose"], False, arms("zelbitide 250 mcg", "zelbitide 1 g"), None,
                 id="doses-of-two-units-untold"),
    pytest.param(["7", "or", "more", "zelbitide", "infusions"], False, DOSES, None, id="number-no-arm-has"),
    pytest.param(["knee", "replacements"], False, TWO, "knee replacement", id="plural-stem"),
    pytest.param(["knee", "replacement"], True, TWO, "physiotherapy", id="negated-two-arms"),
    pytest.param(["knee", "replacement"], True, COMBO + TWO[:1], None, id="negated-more-arms-untold"),
    pytest.param(["phys"], False, TWO, None, id="prefix-too-short"),
    pytest.param(["consumed", "lactose"], False, arms("lactose-free milk", "soy milk"), None, id="absence-compound"),
    pytest.param(["physio"], False, TWO, "physiotherapy", id="prefix-begins-the-word"),
    pytest.param(["cholesterol"], False, TWO, None, id="no-arm-word"),
    pytest.param(["the", "low", "risk", "men"], False, arms("medium-risk", "placebo"), None, id="low-is-no-dose-here"),
    pytest.param(["knee", "patients"], False, arms("non-knee", "placebo"), None, id="negated-arm-not-matched-plainly"),
    pytest.param(["knee", "patients"], True, arms("non-knee", "placebo"), "non-knee", id="negated-arm-matched-negated"),
    pytest.param(["combination"], False, arms("placebo plus aspirin", "aspirin", control="placebo plus aspirin"), None,
                 id="placebo-added-is-no-combination"),
])
def test_resolve(words: list[str], negated: bool, arm_list: list[dict], expected: str | None) -> None:
    assert resolve(words, negated, arm_list) == expected


@pytest.mark.parametrize(("a", "b", "same"), [
    ("chemo", "chemotherapy", True), ("cooled", "cooling", True), ("users", "user", True),
    ("40", "400", False), ("cut", "cutaneous", False), ("gradualists", "gradual", True), ("gluten", "gluten-free", False),
])
def test_same_word(a: str, b: str, same: bool) -> None:
    assert same_word(a, b) is same


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [
    pytest.param("Pain eased in 40 percent of the yoga-only patients.", "yoga-only patients", "yoga", id="x-only-patients"),
    pytest.param("Pain eased in 52 percent of the combined group.", "combined group", "yoga plus massage", id="combined-group"),
    pytest.param("Pain eased in 30 percent of those who had arthritis.", "those who had arthritis", "",
                 id="no-arm-named-blocks-farther-names"),
    pytest.param("Pain eased in 30 percent of those on massage alone.", "those on massage alone", "massage alone",
                 id="people-on-x-alone"),
    pytest.param("Pain eased in 25 percent of the 170 women.", None, None, id="a-count-of-people"),
    pytest.param("Pain eased in 25 percent of the yoga-only group.", "yoga-only group", "yoga", id="hyphenated-modifiers"),
    pytest.param("Pain eased in 25 percent of the hot-yoga group.", "hot-yoga group", "", id="as-many-words-no-arm-has"),
])
def test_group_phrases(nlp: Language, sentence: str, phrase: str | None, expected: str | None) -> None:
    doc = nlp(sentence)
    found = [(doc[a:b].text, arm) for a, b, arm in group_phrases(doc[:], COMBO, set())]
    assert found == ([(phrase, expected)] if phrase else [])


def result_arms(nlp: Language, text: str) -> dict[float, tuple[str | None, str | None]]:
    record = extract_text(text, nlp=nlp)
    return {r["value"]: (r["arm"], r["evidence"]["links"].get("arm")) for r in record.get("results") or []}


def test_negated_group_is_the_other_arm(nlp: Language) -> None:
    text = ("Trial Update\n\nResearchers randomly assigned 400 women to surgery or to standard therapy. Five years "
            "later, 42 percent of the women who received surgery were alive, compared with 25 percent of those who "
            "did not receive surgery.\n")
    found = result_arms(nlp, text)
    assert found.get(42.0) == ("surgery", "group-next-to-value")
    assert found.get(25.0) == ("standard therapy", "group-words")


def test_more_than_before_a_value_is_no_contrast(nlp: Language) -> None:
    text = ("Trial Update\n\nPatients were randomly assigned to aspirin or placebo. Pain scores of those "
            "receiving aspirin had dropped by more than 10 percent after a year.\n")
    assert result_arms(nlp, text).get(10.0) == ("aspirin", "group-next-to-value")


def test_variant_and_its_negation_name_both_arms(nlp: Language) -> None:
    text = ("Newborn Trial\n\nInfants were randomly assigned to cooling therapy or standard care. Brain injury was "
            "found in 21 percent of the cooled infants and 38 percent of those who weren't cooled.\n")
    found = result_arms(nlp, text)
    assert found.get(21.0) == ("cooling therapy", "group-words")
    assert found.get(38.0) == ("standard care", "group-words")
