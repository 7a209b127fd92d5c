"""``trialnews_abbreviations``: scispaCy's algorithm on candidates gathered from the tokens gives
the spans scispaCy's own ``AbbreviationDetector`` gives."""

from __future__ import annotations

import pytest
import spacy

from trialnews.components.abbreviations import Abbreviations
from trialnews.errors import TrialnewsError
from trialnews.components.segmenter import Segmenter

TEXTS = {
    "definition and repeats": "Progression-free survival (PFS) was longer. PFS improved; overall survival (OS) did not (OS).",
    "long form in brackets": "The drug cut HbA1c (glycated haemoglobin) by 1%. HbA1c fell again.",
    "nested brackets": "Patients with chronic kidney disease (CKD (stage 3)) and CKD ( ) g ) (",
    "same short form twice": "Hazard ratio (HR) 0.7 and heart rate (HR) 80; HR again.",
    "multi-token short form": "Quality of life (QoL 5) and QoL 5 later.",
    "too long inside": "See (a b c d e f g h i j) here.",
    "bracket first": "(PFS) progression-free survival.",
    "empty": "",
}


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.blank("en")


def abbreviations(nlp: spacy.language.Language, text: str, candidates: str) -> list[tuple[int, int, str]]:
    doc = nlp.make_doc(text)
    Segmenter()(doc)
    Abbreviations(nlp, "trialnews_abbreviations", candidates=candidates)(doc)
    assert "trialnews_error" not in doc.user_data
    return sorted((span.start, span.end, span.label_) for span in doc.spans["ABBREVIATION"])


@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_token_candidates_match_scispacy(nlp: spacy.language.Language, text: str) -> None:
    assert abbreviations(nlp, text, "tokens") == abbreviations(nlp, text, "scispacy")


def test_definitions_and_repeats(nlp: spacy.language.Language) -> None:
    found = abbreviations(nlp, TEXTS["definition and repeats"], "tokens")
    assert [label for _, _, label in found] == ["Progression-free survival"] * 2 + ["overall survival"] * 2


def test_unknown_candidates_option(nlp: spacy.language.Language) -> None:
    with pytest.raises(TrialnewsError, match="E209.*candidates"):
        Abbreviations(nlp, "trialnews_abbreviations", candidates="regex")


def test_option_in_the_pipeline_config() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("trialnews_segmenter")
    nlp.add_pipe("trialnews_abbreviations", config={"candidates": "scispacy"})
    assert nlp.config["components"]["trialnews_abbreviations"]["candidates"] == "scispacy"
    doc = nlp("Overall survival (OS) rose.")
    assert [span.text for span in doc.spans["ABBREVIATION"]] == ["OS"]


@pytest.mark.parametrize("key", [(1,), (1, 2), (2, 1, 2), (7,), (1, 2, 3, 4, 5, 6, 7, 8)], ids=str)
def test_occurrences_with_the_orth_array_are_those_of_the_token_walk(key: tuple[int, ...]) -> None:
    import numpy

    from trialnews.components.abbreviations import occurrences

    orths = [1, 2, 1, 2, 1, 3, 2, 1, 2]
    expected = [i for i in range(len(orths)) if tuple(orths[i:i + len(key)]) == key]
    assert occurrences(orths, key) == expected
    assert occurrences(orths, key, numpy.array(orths, dtype="uint64")) == expected
