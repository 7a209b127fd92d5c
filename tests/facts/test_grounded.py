"""Every record is grounded: evidence offsets point at their words and numbers, and the record
validates, on every article of the fact test modules — the xfailed ones included."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from trialnews.engines.local import extract_text
from trialnews.record import Record, grounding_problems

from .helpers import ASPIRIN_OR_PLACEBO, NEUTRAL_LEDE, PEMBRO_OR_PLACEBO, article
from .test_arms import ARM_FIELDS, ARM_LABELS
from .test_comparisons import COMPARISONS
from .test_conclusions import AUTHOR_QUOTE, OUTSIDER_QUOTE
from .test_endpoints import ENDPOINTS
from .test_header import HEADERS
from .test_results import RESULTS
from .test_sizes import SIZES
from .test_trial import TRIALS


def _all_texts() -> list[Any]:
    texts = [case.values[0] for case in HEADERS]
    texts += [article(case.values[0]) for case in TRIALS + ARM_FIELDS + ARM_LABELS + SIZES + ENDPOINTS + RESULTS]
    texts += [article(f"{PEMBRO_OR_PLACEBO} {case.values[0]}") for case in COMPARISONS]
    texts += [article(NEUTRAL_LEDE, ASPIRIN_OR_PLACEBO, AUTHOR_QUOTE, OUTSIDER_QUOTE)]
    return [pytest.param(text, id=f"text-{number}") for number, text in enumerate(dict.fromkeys(texts))]


@pytest.mark.parametrize("text", _all_texts())
def test_every_record_is_grounded(nlp: Language, text: str) -> None:
    """Evidence offsets point at their words and numbers, and the record validates, on every
    article of the fact modules — the xfailed ones included."""
    record = extract_text(text, nlp=nlp)
    assert grounding_problems(record, text) == []
    Record.model_validate(record, context={"text": text})
