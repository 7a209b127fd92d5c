"""What the fact tests share: small articles and the sentences that assign their groups.

Every expected value in these modules is what a curator reading the sentence would write in the
record (RECORD.md), not what the pipeline happened to print. Every phrase is written for the
tests (none is copied from a data set).
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from trialnews.facts.common import ensure_extension
from trialnews.record import Record, grounding_problems

TITLE = "Trial Update"
#: A first paragraph long enough to be the lede, with no finding in it, so the conclusion
#: tests see only the sentences they are about.
NEUTRAL_LEDE = ("The trial was conducted at 40 hospitals in Europe between 2015 and 2019 and included adults "
                "over 70 years of age.")
PEMBRO_OR_PLACEBO = "Patients were randomized to pembrolizumab or placebo."
NIVO_OR_DOCETAXEL = "Patients were randomly assigned to nivolumab or docetaxel."
ASPIRIN_OR_PLACEBO = "Patients were randomized to aspirin or placebo."
IXAZOMIB_DOSE = "Patients were randomized to receive ixazomib 3 mg (n=21) or placebo (n=22)."
IXAZOMIB = "Patients were randomized to receive ixazomib (n=21) or placebo (n=22)."
SEMAGLUTIDE = "Participants were randomly assigned to semaglutide 2 mg or placebo."
NIVOLUMAB_SIZES = "Patients were randomly assigned to nivolumab (n = 272) or docetaxel (n = 135)."
DAPAGLIFLOZIN = "Patients in the trial received either dapagliflozin 10 mg daily or a matching placebo."


def article(*paragraphs: str, title: str = TITLE) -> str:
    """A small article: a title line, then paragraphs separated by blank lines."""
    return "\n\n".join((title, *paragraphs)) + "\n"


def labels(record: dict[str, Any]) -> set[str]:
    """A record's arm labels, lower-cased."""
    return {arm["label"].lower() for arm in record["arms"]}


def arms_of(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A record's arms by their label, lower-cased."""
    return {arm["label"].lower(): arm for arm in record["arms"]}


def result_rows(record: dict[str, Any]) -> set[tuple[str, str | None, float, str]]:
    """A record's results as (outcome, arm, value, unit)."""
    return {(r["endpoint"], r["arm"], r["value"], r["unit"]) for r in record["results"]}


def assert_grounded(record: dict[str, Any], text: str) -> None:
    assert grounding_problems(record, text) == []
    Record.model_validate(record, context={"text": text})


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


def hand_built(text: str, groups: dict[str, list[tuple[str, ...]]]) -> Doc:
    """A doc of ``text`` built by hand, without the pipeline: tokens from a blank English model, a
    sentence starting after each ``.``, ``!`` or ``?``, and in ``doc.spans`` the given groups,
    each span given as ``(phrase, rule id)`` (the phrase's first occurrence), labelled with its
    group's key as the ruler labels them, or ``(phrase, rule id, label)`` (a mention of an
    endpoint or an arm is labelled with its name)."""
    doc = _BLANK.make_doc(text)
    for token in doc:
        token.is_sent_start = token.i == 0 or doc[token.i - 1].text in _SENTENCE_ENDS
    for key, found in groups.items():
        made = []
        for phrase, rule, *label in found:
            start = text.index(phrase)
            span = doc.char_span(start, start + len(phrase), label=label[0] if label else key, span_id=rule)
            assert span is not None, f"{phrase!r} does not start and end at token edges"
            made.append(span)
        doc.spans[key] = made
    ensure_extension()
    return doc


_BLANK = spacy.blank("en")
_SENTENCE_ENDS = frozenset({".", "!", "?"})
