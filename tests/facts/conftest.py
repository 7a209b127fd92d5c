"""Fixtures of the fact tests: one pipeline for the package, and ``run``, which extracts one
article's record after checking that it is grounded (each evidence is the slice of the text at
its offsets, each number of an item is written in its evidence, the record validates)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp

from .helpers import assert_grounded


@pytest.fixture(scope="package")
def nlp() -> Language:
    return make_nlp()


@pytest.fixture
def run(nlp: Language):
    """Extract one article's record, after checking that the record is grounded in the text."""

    def extract(text: str) -> dict[str, Any]:
        record = extract_text(text, nlp=nlp)
        assert_grounded(record, text)
        return record

    return extract
