"""Results: one number for one endpoint in one group (a rate, a median, a count of events).

A value (``55.3%``, ``about half``, ``one in five``, ``17.4 months``, ``96 of 2,212``) becomes a
result when its sentence is about the trial (it names an arm, an endpoint or a population of
the trial) and it is not part of a statistic (a CI level, an effect estimate, a relative
reduction between arms), an age range or a dose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ..errors import Warnings
from ..normalize import fraction_percent, parse_number
from ..record import PERCENT_MAX
from ..doctext import span_text, text_of
from .endpoints import singular
from .common import evidence, heading_sentence, inside, longest_first, sent, spans, state
from ..linking.groups import LIST_LABELS, arm_mentions, contrast_partner, endpoint_mentions, names_all_patients, \
    parallel_partner, timepoint
from ..linking.outcomes import LINKERS as OUTCOME_LINKERS
from ..linking.values import GROUP_LINKERS, Outcome, link_arm, link_endpoint, links, listed_after, listed_before

#: The linker that finds a value's time point (``at 21 months``: a duration after a time cue, ``linking.groups.timepoint``).
TIMEPOINT_LINKER = "duration-after-time-cue"
#: The most values quoted in the warning that lists values left out for want of a group.
MAX_LISTED_VALUES = 5
#: Characters before a duration searched for follow-up wording ("followed for an average of 14 months").
FOLLOW_UP_CHARS = 60
_FOLLOW_UP = re.compile(r"(?i)\bfollow(?:ed|-up| up|ing)\b")
_OPEN_BRACKET = re.compile(r"\s*[(\[]\s*")
#: Sentences about the disease or earlier research, not this trial's results.
BACKGROUND = re.compile(r"(?i)\b(?:(?:previous|prior|earlier|other|past) (?:studies|research|trials?)|studies (?:suggest|show|have "
                         r"shown|have found)|each year|every year|a year in the|annually|worldwide|nationwide|"
                         r"(?:is|are) estimated|an estimated|Americans|the general population|in recent years|"
                        r"(?:a|another|the)\s+(?:second|separate|different|earlier|previous|other|related)\s+(?:[\w-]+\s+)?"
                        r"(?:study|trial))\b")
#: Words after which a number labels something (``grade 3``, ``stage 2``, ``cycle 4``) rather than counts it.
_ORDINAL_NOUNS = frozenset({"grade", "grades", "stage", "stages", "phase", "type", "cycle", "cycles", "day", "days", "week",
                            "month", "arm", "group", "cohort", "part", "step", "level", "class", "version", "visit",
                            "tier", "wave", "round", "trial", "study", "number", "no", "no."})
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
        if span.label_ not in ("PERCENT", "FRACTION") and span.start > 0 and doc[span.start - 1].lower_ in _ORDINAL_NOUNS:
            continue  # "grade 3 events", "stage 2 disease", "day 8": a label, not a count
        if span.label_ == "PERCENT" and inside(span, relative) and not within_group(doc, span):
            continue
        values.append(span)
    return values


def _change_statistic(doc: Doc, span: Span) -> str:
    after = text_of(doc)[span.end_char:span.end_char + 20].lower()
    return "percent increase" if re.match(r"\s*(?:increase|rise|gain|more|higher)", after) else \
        "percent reduction" if re.match(r"\s*(?:reduction|decrease|drop|decline|fall|lower|fewer|less)", after) else "rate"


def _bracketed_count(doc: Doc, span: Span) -> Span | None:
    """The count of people in brackets right after a percentage: ``1% (four patients)``."""
    bracket = _OPEN_BRACKET.match(text_of(doc), span.end_char)
    if bracket is None:
        return None
    return next((count for count in spans(doc, "POPULATION") if count.start_char == bracket.end()
                 and parse_number(count.text.split()[0]) is not None), None)


def about_other_research(doc: Doc, sentence: Span) -> bool:
    """A sentence about the disease or other research (:data:`BACKGROUND`) naming no arm of this trial."""
    return bool(BACKGROUND.search(span_text(sentence))) \
        and not any(sentence.start <= m.start < sentence.end for m in arm_mentions(doc))


def add_endpoint(doc: Doc, data: dict, outcome: Outcome) -> str:
    """An outcome named in the sentence of its value is one of the trial's endpoints too; its
    name, or the name of the endpoint it already is (``heart attacks`` is ``heart attack``)."""
    name, offsets = outcome
    endpoints = data.setdefault("endpoints", [])
    same = next((entry for entry in endpoints if singular(entry["name"].lower()) == singular(name.lower())), None)
    if same is not None:
        return same["name"]
    endpoints.append({"name": name, "abbreviation": None, "primary": False,
                      "evidence": evidence(offsets, doc, rule="outcome-phrase")})
    return name


def extract(doc: Doc, *, group_linkers: Sequence[str] = tuple(GROUP_LINKERS),
            outcome_linkers: Sequence[str] = tuple(OUTCOME_LINKERS)) -> None:
    """Results of ``doc``, each value linked to its group and outcome by the named linkers given
    (the component's config: ``trialnews_results.group_linkers`` and ``.outcome_linkers``)."""
    data = state(doc)
    warnings: list[str] = data["warnings"]
    values = value_spans(doc)
    results = []
    pending: list[tuple[Span, str | None, dict]] = []
    groupless: list[str] = []  # values left out because their group cannot be told
    named_at: dict[Span, int] = {}  # where the lexicon outcome of each value is written
    for span in values:
        sentence = sent(span)
        if heading_sentence(doc, sentence) or sentence.start == 0:
            continue
        if not _about_trial(doc, sentence):
            continue
        if about_other_research(doc, sentence):
            continue  # "Studies suggest that for more than half of depressed patients, ...": not this trial
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
        arm, arm_linker = link_arm(doc, span, values, data.get("arms", []), warnings, linkers=group_linkers)
        if arm is None and len(data.get("arms", [])) > 1 and not names_all_patients(sentence):
            groupless.append(span_text(span))  # a value of a trial with several arms that names no group
            continue
        endpoint, outcome, endpoint_linker = link_endpoint(doc, span, arm, linkers=outcome_linkers)
        name = endpoint.label_ if endpoint is not None else add_endpoint(doc, data, outcome) if outcome else None
        if endpoint is not None:
            named_at[span] = endpoint.start_char
        elif outcome is not None and endpoint_linker == "lexicon-in-phrase":
            named_at[span] = outcome[1][0]
        when = timepoint(doc, span)
        time_linker = TIMEPOINT_LINKER if when else None
        count = _bracketed_count(doc, span) if span.label_ == "PERCENT" else None
        if count is not None:  # "1% (four patients)": the same result as a count of patients
            pending.append((count, name, {"endpoint": name, "arm": arm, "value": parse_number(count.text.split()[0]),
                                          "unit": "patients", "statistic": "count", "timepoint": when,
                                          "evidence": {**evidence(count), "links": links(
                                              arm=arm_linker, endpoint=endpoint_linker, timepoint=time_linker,
                                              value="bracketed-count")}}))
        pending.append((span, name, {
            "endpoint": name,
            "arm": arm,
            "value": value,
            "unit": unit,
            "statistic": statistic,
            "timepoint": when,
            "evidence": {**evidence(span), "links": links(arm=arm_linker, endpoint=endpoint_linker,
                                                          timepoint=time_linker)},
        }))
    if groupless:
        shown = ", ".join(repr(text) for text in groupless[:MAX_LISTED_VALUES])
        warnings.append(Warnings.W020.format(count=len(groupless), values=shown + (", ..." if len(groupless) > MAX_LISTED_VALUES else "")))
    named = {span: name for span, name, _ in pending if name is not None}
    seen: set[tuple] = set()
    for span, name, result in pending:
        parallel = parallel_partner(doc, span, values)
        if parallel is not None and named.get(parallel):
            name = named[parallel]  # "81% and 71% in the X group, compared with 32% and 29% in the Y group"
            result["evidence"]["links"]["endpoint"] = "parallel-list"
        partner = contrast_partner(doc, span, values)
        if parallel is None and partner is not None and partner.start < span.start and named.get(partner) \
                and named_at.get(span, -1) > partner.start_char:
            name = named[partner]  # "26% ... experienced a complete remission of symptoms, compared to 12%"
            result["evidence"]["links"]["endpoint"] = "contrast-partner"
        if name is None and result["arm"] is not None:
            partner = partner if named.get(partner) else listed_before(doc, span, values) or listed_after(doc, span, values)
            name = named.get(partner) if partner is not None else None
            if name is not None:
                result["evidence"]["links"]["endpoint"] = "partner-outcome"
        key = (name, result["arm"], result["value"], result["unit"])
        if name is not None and key not in seen:  # one item per number for one endpoint in one group
            seen.add(key)
            result["endpoint"] = name
            results.append(result)
    data["results"] = results
