"""Linking a number to its group, its endpoint and its time point.

The article's syntax decides: a ``respectively`` list maps values to the groups named in the
same order; otherwise the nearest group named in the same clause, with nothing but connecting
words between (``55% of the patients in the placebo group``, ``25 months with nivolumab``,
``ixazomib (n=21)``), and the nearest endpoint named before the value in its sentence (or,
failing that, after it; or in the sentence before).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..errors import Warnings
from .common import LINK_WINDOW, clause_bounds, spans

#: Values that count as one list for ``respectively``.
LIST_LABELS = ("PERCENT", "DURATION", "QUANTITY", "FRACTION", "COUNT_OF", "POINTS")
_TIMEPOINT_CUE = re.compile(r"(?i)(?:\b(?:at|after|by|over|within|through|during|following|for|in|to)\s+(?:the\s+)?"
                            r"(?:first\s+|initial\s+)?)$")
_BOTH = re.compile(r"(?i)\b(?:both|all|either|the two|each)\s+(?:arms|groups|patients|participants|treatment groups)\b")


def arm_mentions(doc: Doc) -> list[Span]:
    return list(doc.spans["ARM_MENTION"]) if "ARM_MENTION" in doc.spans else []


def endpoint_mentions(doc: Doc) -> list[Span]:
    return list(doc.spans["ENDPOINT_MENTION"]) if "ENDPOINT_MENTION" in doc.spans else []


def respectively_arm(doc: Doc, value: Span, values: list[Span], warnings: list[str]) -> tuple[bool, str | None]:
    """(handled, arm) for a value in a ``respectively`` sentence."""
    sentence = value.sent
    marker = next((t for t in sentence if t.lower_ == "respectively" and t.i >= value.end), None)
    if marker is None:
        return False, None
    start, _ = clause_bounds(sentence, value.start)
    listed = [v for v in values if start <= v.start and v.end <= marker.i and v.label_ == value.label_]
    groups: list[str] = []
    for mention in arm_mentions(doc):
        if sentence.start <= mention.start < marker.i and mention.label_ not in groups:
            groups.append(mention.label_)
    if len(listed) < 2 or not groups:
        return False, None
    if len(listed) != len(groups):
        warnings.append(Warnings.W001.format(n_values=len(listed), n_arms=len(groups), text=sentence.text[:120]))
        return True, None
    return True, groups[listed.index(value)] if value in listed else None


def nearest_arm(doc: Doc, value: Span, values: list[Span]) -> str | None:
    """The group named next to the value, in its clause, with no other value between."""
    sentence = value.sent
    start, end = clause_bounds(sentence, value.start)
    if _BOTH.search(doc[start:end].text) and not any(start <= m.start < end for m in arm_mentions(doc)):
        return None
    best: tuple[int, str] | None = None
    for mention in arm_mentions(doc):
        if not (start <= mention.start and mention.end <= end):
            continue
        if mention.start >= value.end:
            gap = (value.end, mention.start)
            distance = mention.start - value.end
        elif mention.end <= value.start:
            gap = (mention.end, value.start)
            distance = value.start - mention.end + 1
        else:
            continue
        if distance > LINK_WINDOW or any(gap[0] <= v.start and v.end <= gap[1] for v in values if v != value):
            continue
        if best is None or distance < best[0]:
            best = (distance, mention.label_)
    return best[1] if best else None


def nearest_endpoint(doc: Doc, value: Span, *, carry: bool = True) -> Span | None:
    """The endpoint named before the value in its sentence, else after it, else the sentence before."""
    sentence = value.sent
    mentions = endpoint_mentions(doc)
    before = [m for m in mentions if sentence.start <= m.start and m.end <= value.start]
    if before:
        return before[-1]
    after = [m for m in mentions if value.end <= m.start and m.end <= sentence.end]
    if after:
        return after[0]
    if carry and sentence.start > 0:
        previous = doc[sentence.start - 1].sent
        earlier = [m for m in mentions if previous.start <= m.start and m.end <= previous.end]
        if earlier and "\n\n" not in doc[previous.end - 1:sentence.start + 1].text_with_ws:
            return earlier[-1]
    return None


def timepoint(doc: Doc, value: Span) -> str | None:
    """A duration in the value's sentence introduced by ``at``, ``after``, ``by``... (``at 21 months``)."""
    sentence = value.sent
    for duration in spans(doc, "DURATION"):
        if duration.sent != sentence or duration == value:
            continue
        before = doc.text[max(sentence.start_char, duration.start_char - 30):duration.start_char]
        if _TIMEPOINT_CUE.search(before):
            return duration.text
    return None
