"""Results: one number for one endpoint in one group (a rate, a median, a count of events).

A value (``55.3%``, ``about half``, ``one in five``, ``17.4 months``, ``96 of 2,212``) becomes a
result when its sentence is about the trial (it names an arm, an endpoint or a population of
the trial) and it is not part of a statistic (a CI level, an effect estimate, a relative
reduction between arms), an age range or a dose.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..errors import Warnings
from ..normalize import fraction_percent, parse_number
from ..record import PERCENT_MAX
from ..doctext import span_text, text_of
from .common import clean, evidence, heading_sentence, inside, longest_first, sent, spans, state
from .linking import LIST_LABELS, endpoint_mentions, arm_mentions, nearest_arm, nearest_endpoint, \
    paired_arm, respectively_arm, sole_experimental_arm, timepoint

#: The most words read as an outcome's name before its value when the lexicon knows none.
MAX_OUTCOME_WORDS = 4
#: Characters before a duration searched for follow-up wording ("followed for an average of 14 months").
FOLLOW_UP_CHARS = 60
_FOLLOW_UP = re.compile(r"(?i)\bfollow(?:ed|-up| up|ing)\b")
_SUBJECT_OUTCOME = re.compile(r"(?i)^\s*(?:(?:in|among)\s[^,]{1,60},\s*)?(?:the\s+)?(?P<name>[\w'\u2019 /-]{3,60}?)\s+"
                              r"(?:was|were)\s+(?:observed|seen|reported|noted|found|achieved|recorded)\s+in\s+"
                              r"(?:[\w-]+\s+){0,2}$|^\s*(?:(?:in|among)\s[^,]{1,60},\s*)?(?:the\s+)?(?P<name2>[\w'\u2019 /-]{3,60}?)"
                              r"\s+(?:occurred|developed|was present)\s+in\s+(?:[\w-]+\s+){0,2}$")
_NOT_OUTCOME = frozenset({"average", "mean", "median", "large", "small", "overall", "total", "high", "low", "higher",
                          "lower", "same", "similar", "only", "both", "each", "all", "about", "percent", "rate"})
#: Words allowed between an outcome's name and its value: ``seroma formation (19.4%``, ``DFS rates were 69.3%``.
_OUTCOME_GAP = frozenset({"was", "were", "is", "are", "rate", "rates", "of", ":"})
_LINKING_WORDS = frozenset({"was", "were", "is", "are", "of", "in", "at", "with", "for", "to", "by", "rate", "rates",
                            "had", "have", "has", "showed", "achieved", "reached", "the", "a", "an", "and", "or",
                            "vs", "versus", "than", "compared", "respectively", "about", "nearly", "almost",
                            "approximately", "only", "just", "reported", "experienced", "developed"})
#: Statistics that swallow the numbers inside them.
STAT_LABELS = ("CI", "EFFECT", "P_VALUE", "DIFFERENCE", "RANGE_WORD", "DOSE", "REGISTRY", "DATE", "N_EQUALS")
_DURATION_STATISTIC = re.compile(r"(?i)\b(median|mean|average)\b")
_UNITS = {"month": "months", "mo": "months", "mos": "months", "week": "weeks", "wk": "weeks", "day": "days",
          "year": "years", "hour": "hours", "minute": "minutes", "lb": "pounds", "lbs": "pounds", "point": "points"}
_HAD_CHANGE = re.compile(r"(?i)\b(?:had|has|have|reported|showed|experienced|saw|achieved|with|of)\s+(?:only\s+)?"
                         r"(?:a|an)\s+(?:(?:average|mean|median|minimal|small|modest|slight|large)\s+)?$")
_TRIAL_WORDS = re.compile(r"(?i)\b(?:study|trial|patients|participants|group|arm|subjects|those|who took|"
                          r"who received|treated|taking|received)\b")


def _number_and_unit(span: Span) -> tuple[float | None, str | None, str]:
    """Value, unit and statistic of a value span."""
    text = span_text(span)
    if span.label_ == "FRACTION":
        return fraction_percent(text), "%", "rate"
    if span.label_ == "PERCENT":
        number = re.split(r"\s?(?:%|[\s-]?percent|[\s-]?per cent)", text, maxsplit=1)[0]
        return parse_number(number), "%", "rate"
    if span.label_ == "POINTS":
        number = re.split(r"[\s-]?percentage", text, maxsplit=1)[0]
        return parse_number(number), "percentage points", "difference"
    if span.label_ == "EVENT_COUNT":
        return parse_number(text), "patients", "count"
    if span.label_ == "COUNT_OF":
        number = re.split(r"\s+(?:of|out of)\s+", text, maxsplit=1)[0]
        return parse_number(number), "patients", "count"
    if span.id_ == "duration-pair-first":  # "17.4 vs 9.4 months": the unit is written once, after the pair
        following = re.search(r"\d\s?([A-Za-z]+)", text_of(span.doc)[span.end_char:span.end_char + 40])
        unit = following.group(1).lower() if following else None
        return parse_number(text), _UNITS.get(unit.rstrip("s"), unit) if unit else None, "value"
    match = re.match(r"(.+?)(?:\s|-)?([A-Za-z/ ]+)\.?$", text)
    if not match:
        return None, None, "value"
    unit = match.group(2).strip().lower()
    unit = _UNITS.get(unit, unit)
    return parse_number(match.group(1)), unit, "value"


def _about_trial(doc: Doc, sentence: Span) -> bool:
    return any(sentence.start <= m.start < sentence.end for m in arm_mentions(doc) + endpoint_mentions(doc)) \
        or bool(_TRIAL_WORDS.search(span_text(sentence)))


def within_group(doc: Doc, span: Span) -> bool:
    """A change that patients *had* (``had an 85 percent reduction``), not a between-arm effect."""
    before = text_of(doc)[max(sent(span).start_char, span.start_char - 30):span.start_char]
    return bool(_HAD_CHANGE.search(before))


def value_spans(doc: Doc) -> list[Span]:
    """Candidate result values, without numbers that belong to a statistic."""
    blocked = spans(doc, *STAT_LABELS) + [e for e in spans(doc, "ENDPOINT") if e.id_ == "threshold-outcome"]
    relative = spans(doc, "REDUCTION", "INCREASE")
    values = []
    for span in longest_first(spans(doc, *LIST_LABELS)):
        if inside(span, blocked):
            continue
        if span.label_ == "PERCENT" and inside(span, relative) and not within_group(doc, span):
            continue
        values.append(span)
    return values


def _phrase_before(doc: Doc, span: Span) -> str | None:
    """An outcome the lexicon does not know, named just before its value: ``seroma formation
    (19.4% ...)``, ``The 6-year DFS rates were 69.3%``."""
    before = text_of(doc)[sent(span).start_char:span.start_char]
    subject = _SUBJECT_OUTCOME.match(before)
    if subject:  # "Hair preservation was observed in 39.3% of patients"
        name = clean(subject.group("name") or subject.group("name2"))
        return name.lower() if name and len(name.split()) <= MAX_OUTCOME_WORDS + 2 else None
    end = span.start
    while end > sent(span).start and (doc[end - 1].text in ("(", "[") or doc[end - 1].lower_ in _OUTCOME_GAP):
        end -= 1
    if end == span.start:
        return None
    start = end
    while start > sent(span).start and end - start < MAX_OUTCOME_WORDS and not doc[start - 1].is_punct \
            and doc[start - 1].lower_ not in _LINKING_WORDS and not doc[start - 1].like_num \
            and not doc[start - 1].is_stop:
        start -= 1
    if start == end or not any(t.is_alpha and t.lower_ not in _NOT_OUTCOME for t in doc[start:end]) \
            or any(m.start < end and start < m.end for m in arm_mentions(doc)):
        return None
    phrase = span_text(doc[start:end])
    return clean(phrase).lower() if not phrase.isupper() else phrase


def _change_statistic(doc: Doc, span: Span) -> str:
    after = text_of(doc)[span.end_char:span.end_char + 20].lower()
    return "percent increase" if re.match(r"\s*(?:increase|rise|gain|more|higher)", after) else \
        "percent reduction" if re.match(r"\s*(?:reduction|decrease|drop|decline|fall|lower|fewer|less)", after) else "rate"


def extract(doc: Doc) -> None:
    data = state(doc)
    warnings: list[str] = data["warnings"]
    values = value_spans(doc)
    results = []
    for span in values:
        sentence = sent(span)
        if heading_sentence(doc, sentence) or sentence.start == 0 or not _about_trial(doc, sentence):
            continue
        value, unit, statistic = _number_and_unit(span)
        if span.label_ == "PERCENT" and within_group(doc, span):
            statistic = _change_statistic(doc, span)
        if value is None:
            continue
        if span.label_ == "DURATION":
            before = text_of(doc)[sentence.start_char:span.start_char]
            match = _DURATION_STATISTIC.search(before)
            if not match or _FOLLOW_UP.search(before[-FOLLOW_UP_CHARS:]):
                continue  # a duration is a result only as a median or mean, never as follow-up time
            statistic = match.group(1).lower().replace("average", "mean")
        if unit == "%" and not 0 <= value <= PERCENT_MAX:
            warnings.append(Warnings.W002.format(value=value, text=span.text))
            continue
        handled, arm = respectively_arm(doc, span, values, warnings)
        if not handled:
            handled, arm = paired_arm(doc, span, values, data.get("arms", []))
        if not handled:
            arm = nearest_arm(doc, span, values) or sole_experimental_arm(doc, span, data.get("arms", []))
        endpoint = nearest_endpoint(doc, span, after_first=span.label_ in ("EVENT_COUNT", "COUNT_OF"))
        name = endpoint.label_ if endpoint is not None else (_phrase_before(doc, span) if arm else None)
        if name is None:
            continue
        results.append({
            "endpoint": name,
            "arm": arm,
            "value": value,
            "unit": unit,
            "statistic": statistic,
            "timepoint": timepoint(doc, span),
            "evidence": evidence(span),
        })
    data["results"] = results
