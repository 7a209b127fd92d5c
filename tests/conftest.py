"""Fixtures shared by the tests: one pipeline for the session; ``run``, which extracts one
article's record after checking that it is grounded (each evidence is the slice of the text at
its offsets, each number of an item is written in its evidence, the record validates against
the text); and ``fresh_compiled``, an empty cache folder and a fresh store of compiled patterns. A
module that needs a pipeline of its own (other settings) defines its own ``nlp``. The session keeps
its compiled patterns and indexes in a cache folder of its own, removed at its end."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

#: The test session's own cache folder, set before any trialnews module compiles a pattern: the
#: tests compile hundreds of patterns no run of the pipeline uses, and kept in the user's cache
#: folder they would be loaded (and slow the start, and take memory) by every later run.
from trialnews.cachedir import CACHE_ENV  # noqa: E402 - imports nothing that compiles a pattern

SESSION_CACHE = tempfile.mkdtemp(prefix="trialnews-tests-cache-")
os.environ[CACHE_ENV] = SESSION_CACHE

from trialnews.engines.local import extract_text  # noqa: E402 - after the cache folder is set
from trialnews.nlp import make_nlp  # noqa: E402 - after the cache folder is set
from trialnews.record import HEADER_EVIDENCE_FIELDS, Record, grounding_problems  # noqa: E402 - after the cache folder is set


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(SESSION_CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def nlp() -> Language:
    return make_nlp()


def without_header_evidence(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` without ``trial.evidence`` and ``citation.evidence``: the values as a curator writes
    them, which the tests of those values compare whole (their evidence is checked by ``run`` and
    tested in ``tests/test_header_evidence.py``)."""
    for header in HEADER_EVIDENCE_FIELDS:
        if isinstance(record.get(header), dict):
            record[header] = {key: value for key, value in record[header].items() if key != "evidence"}
    return record


@pytest.fixture
def run_with_evidence(nlp: Language) -> Callable[[str], dict[str, Any]]:
    """Extract one article's record, after checking that the record is grounded in the text (the
    evidence of ``trial`` and ``citation`` too)."""

    def extract(text: str) -> dict[str, Any]:
        record = extract_text(text, nlp=nlp)
        assert grounding_problems(record, text) == []
        Record.model_validate(record, context={"text": text})
        return record

    return extract


@pytest.fixture
def run(run_with_evidence: Callable[[str], dict[str, Any]]) -> Callable[[str], dict[str, Any]]:
    """:func:`run_with_evidence`, the record's ``trial`` and ``citation`` without their evidence."""
    return lambda text: without_header_evidence(run_with_evidence(text))


@pytest.fixture
def fresh_compiled(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """An empty cache folder and a fresh store of compiled patterns and their analyses (as in a new
    process): ``trialnews.scanning`` with them."""
    from trialnews import scanning

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(scanning, "COMPILED", scanning.CompiledPatterns())
    return scanning
