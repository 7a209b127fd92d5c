"""Results: one number for one endpoint in one group (a rate, a median, a count of events).

A value (``55.3%``, ``about half``, ``one in five``, ``17.4 months``, ``96 of 2,212``) becomes a
result when its sentence is about the trial (it names an arm, an endpoint or a population of
the trial) and it is not part of a statistic (a CI level, an effect estimate, a relative
reduction between arms), an age range or a dose.
"""

from __future__ import annotations

import re
from typing import Any
from functools import cache

from spacy.tokens import Doc, Span

from ..errors import Warnings
from ..normalize import fraction_percent, parse_number
from ..record import PERCENT_MAX
from ..resources import load_lexicon
from ..doctext import span_text, text_of
from .common import clause_bounds, clean, evidence, heading_sentence, inside, longest_first, sent, spans, \
    span_count, spans_starting, state
from .linking import LIST_LABELS, endpoint_mentions, arm_mentions, nearest_arm, nearest_endpoint, \
    contrast_arm, contrast_partner, opening_scope_arm, paired_arm, respectively_arm, sole_experimental_arm, timepoint

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
_OUTCOME_GAP = frozenset({"was", "were", "is", "are", "rate", "rates", "of", ":", "\u2014", "\u2013"})
_LINKING_WORDS = frozenset({"was", "were", "is", "are", "of", "in", "at", "with", "for", "to", "by", "rate", "rates",
                            "had", "have", "has", "showed", "achieved", "reached", "the", "a", "an", "and", "or",
                            "vs", "versus", "than", "compared", "respectively", "about", "nearly", "almost",
                            "approximately", "only", "just", "reported", "experienced", "developed"})
#: Words after a group's name that belong to it (``the progesterone treatment``, ``the placebo group``).
_LEADING_ARTICLE = re.compile(r"(?i)^(?:(?:a|an|the|any|some|their|its|his|her|from|of|with)\s+)+")
#: An outcome named in a value's sentence: its name and the offsets of its words.
Outcome = tuple[str, tuple[int, int]]
_OPEN_BRACKET = re.compile(r"\s*[(\[]\s*")
#: Tokens that may stand between a bracket and a value of the list inside it.
_BRACKET_WORDS = frozenset({"%", "percent", "vs", "vs.", "versus", ",", "and", "or", "v", "v.", ":", ";", "=", "+",
                            "-"})
#: Words before a phrase that make it a circumstance ("at the same time point"), not an outcome.
_CIRCUMSTANCE_BEFORE = frozenset({"at", "in", "on", "by", "after", "during", "over", "within", "for", "between", "from",
                           "with", "to", "since", "until", "among", "the", "same"})
_GROUP_NOUNS = frozenset({"group", "groups", "arm", "arms", "treatment", "therapy", "patients", "users", "recipients"})
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
    return bool(spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end)
                or spans_starting(doc, "ENDPOINT_MENTION", start=sentence.start, end=sentence.end)) \
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


def outcome_at(text: str, start: int, end: int) -> Outcome | None:
    """The outcome named by ``text[start:end]``: its name (lower case unless an acronym) and the
    offsets of the words, trimmed of surrounding punctuation and leading articles."""
    raw = text[start:end]
    name = clean(raw)
    article = _LEADING_ARTICLE.match(name)
    name = name[article.end():] if article else name
    if not name:
        return None
    offset = raw.find(name)
    if offset < 0:
        return None
    return (name if name.isupper() else name.lower()), (start + offset, start + offset + len(name))


def _phrase_before(doc: Doc, span: Span) -> Outcome | None:
    """An outcome the lexicon does not know, named just before its value: ``seroma formation
    (19.4% ...)``, ``The 6-year DFS rates were 69.3%``."""
    text = text_of(doc)
    clause_start = doc[clause_bounds(sent(span), span.start)[0]].idx
    before = text[clause_start:span.start_char]
    subject = _SUBJECT_OUTCOME.match(before)
    if subject:  # "Hair preservation was observed in 39.3% of patients"
        group = "name" if subject.group("name") else "name2"
        found = outcome_at(text, clause_start + subject.start(group), clause_start + subject.end(group))
        return found if found and len(found[0].split()) <= MAX_OUTCOME_WORDS + 2 else None
    end = span.start
    while end > sent(span).start and (doc[end - 1].text in ("(", "[") or doc[end - 1].lower_ in _OUTCOME_GAP):
        end -= 1
    if end == span.start:
        return None
    group_tokens = _group_tokens(doc)
    start = end
    while start > sent(span).start and end - start < MAX_OUTCOME_WORDS and not doc[start - 1].is_punct \
            and doc[start - 1].lower_ not in _LINKING_WORDS and not doc[start - 1].like_num \
            and not doc[start - 1].is_stop and start - 1 not in group_tokens:
        start -= 1
    if start == end or not any(t.is_alpha and t.lower_ not in _NOT_OUTCOME for t in doc[start:end]) \
            or any(i in group_tokens for i in range(start, end)):
        return None
    found = outcome_at(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    if found is not None and _names_people(found[0]):
        return None  # "between the two groups (5.0% ...)": people, not an outcome
    return found


_PREDICATE = re.compile(
    r"(?i)^\s*\)?(?:\s*\([^)]{0,40}\))?\s*,?(?:\s*(?:(?:of|in|among|on|with|from)\s+)?(?:[\w'\u2019%-]+\s+){0,12}?)?\s*(?:who\s+)?"
    r"(?:(?P<aux>had|has|have|developed|experienced|suffered|reported|showed|achieved|reached|needed|required|"
    r"underwent|maintained|were|was|did not|didn['\u2019]t)\s+(?:(?:also|still|already|only|not)\s+)?"
    r"(?P<verb>[a-z]+ed|(?<=not )[a-z]+|(?<=n't )[a-z]+|(?<=n\u2019t )[a-z]+)?|"
    r"(?P<main>died|delivered|dropped|stopped|discontinued|relapsed|responded|recovered|improved|"
    r"worsened|progressed|survived|quit|lost|gained|remained|became|shrank|healed|returned|"
    r"(?:[a-z]+ly\s+)(?!(?:treated|assigned|randomi[sz]ed|allocated|enrolled|included|given|selected|"
    r"recruited|followed|studied|evaluated)\b)[a-z]+ed))\b")
#: Characters after a value searched for the verb it is the subject of.
PREDICATE_CHARS = 120
#: ``, and`` before the verb: a new predicate of another subject (``in 23 patients, or 21%, and worsened in three``).
_NEW_CLAUSE = re.compile(r"(?i),\s*(?:and|but|while)\b")
#: "14 patients who also had had a brain stimulator": who they were, not what happened to them.
_DESCRIBED = re.compile(r"(?i)\bwho\s+(?:also\s+)?(?:had|has|have)\b")
#: Words that end the outcome named after a value's verb.
_PREDICATE_END = re.compile(r"(?i)\s*(?:[,;:.()?!\u2014\u2013]|\s-\s|\b(?:compared|versus|vs|than|while|whereas|but|"
                            r"after|during|within|by|at|over|respectively|according|because|since|when|if)\b)")


def _is_subject(doc: Doc, span: Span) -> bool:
    """Whether the value is the subject of what follows (``41.7 percent were deemed to be in
    clinical remission``, ``45% of those taking the drug had dropped out``): its outcome is named
    after it, not by the outcome of an earlier clause."""
    after = text_of(doc)[span.end_char:min(sent(span).end_char, span.end_char + PREDICATE_CHARS)]
    match = _PREDICATE.match(after)
    return match is not None and not _NEW_CLAUSE.search(after[:match.end()]) and not _bare_copula(match)


def _bare_copula(match: re.Match[str]) -> bool:
    """``was``/``were`` with no participle after it: ``and OS was 82%`` starts another statement."""
    return bool(match.group("aux")) and match.group("aux").lower() in ("were", "was") and not match.group("verb")


def _predicate_after(doc: Doc, span: Span) -> Outcome | None:
    """The outcome a value's group went on to have, named by the verb after it: ``45% of those
    taking the drug had dropped out of the study``, ``21 of 235 women given progesterone
    delivered early``, ``five patients ... experienced heart problems compared with ...``."""
    sentence = sent(span)
    _, clause_end = clause_bounds(sentence, span.start)
    end_char = doc[clause_end - 1].idx + len(doc[clause_end - 1]) if clause_end > span.end else span.end_char
    after = text_of(doc)[span.end_char:end_char]
    match = _PREDICATE.match(after)
    if match is None or _NEW_CLAUSE.search(after[:match.end()]) or _bare_copula(match) \
            or _DESCRIBED.search(after[:match.end()]):
        return None
    negated = bool(match.group("aux")) and match.group("aux").lower().startswith("did")
    start = match.start("aux") if negated else match.start("verb") if match.group("verb") \
        else match.start("main") if match.group("main") else match.end()  # "did not require transfusions"
    rest = after[start:]
    stop = _PREDICATE_END.search(rest)
    found = outcome_at(text_of(doc), span.end_char + start, span.end_char + start + (stop.start() if stop else len(rest)))
    words = found[0].split() if found else []
    if not words or len(words) > MAX_OUTCOME_WORDS + 2 or any(char.isdigit() for char in found[0]) \
            or (len(words) == 1 and words[0].lower() in _NOT_OUTCOME):
        return None
    return found


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


def _bracket_head(doc: Doc, span: Span) -> Outcome | None:
    """The outcome named just before the bracket that holds a value and its partners: each item
    of ``acne (2.9 percent vs. 2.9 percent), hematocrit increase (1.9 percent vs. 0 percent)``."""
    if span.label_ not in ("PERCENT", "FRACTION", "POINTS"):
        return None  # "up to 11 sessions (nine required)": a count in brackets is no rate of an outcome
    sentence = sent(span)
    i = _bracket_before(doc, sentence, span.start - 1)
    if i is None:
        return None  # "(DA+: 3.0%, DA-: 1.0%)": groups' names may label the values inside
    if doc[i].text not in ("(", "[") or i + 1 >= len(doc):
        return None
    head = _phrase_before(doc, doc[i + 1:i + 2])
    if head is None or _names_people(head[0]):
        return None  # "36 patients (40%)": the bracket gives the share of a group, not an outcome
    first = doc.char_span(head[1][0], head[1][1], alignment_mode="expand")
    if first is not None and first.start > 0 and doc[first.start - 1].lower_ in _CIRCUMSTANCE_BEFORE:
        return None  # "at the same time point (94.7% vs 86.4%)": a circumstance, not the outcome
    return head


#: Where the walk back from a token of a sentence ends (see :func:`_bracket_before`), for the
#: doc being processed: each walk stops where an earlier one ended, so that a long list of
#: values is walked once, not once per value.
_BRACKET_WALKS: dict[str, Any] = {"key": None, "ends": {}, "group_tokens": frozenset()}


#: The tokens of the groups named in the doc being processed (see :func:`_group_tokens`).
_GROUP_TOKENS: dict[str, Any] = {"key": None, "tokens": frozenset()}


def _group_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of every group named in the doc, with the group noun after it (``placebo
    group``): found once per doc, not once per value."""
    key = (doc, span_count(doc, "ARM_MENTION"))
    if _GROUP_TOKENS["key"] != key:
        tokens = frozenset(i for m in arm_mentions(doc) for i in range(m.start, m.end + (
            m.end < len(doc) and doc[m.end].lower_ in _GROUP_NOUNS)))
        _GROUP_TOKENS.update(key=key, tokens=tokens)
    return _GROUP_TOKENS["tokens"]


def _bracket_before(doc: Doc, sentence: Span, index: int) -> int | None:
    """Walking back from token ``index`` over numbers, :data:`_BRACKET_WORDS` and the names of
    groups named in the sentence: the bracket (or the sentence start) it reaches, or ``None``
    when another word comes first."""
    key = (doc, sentence.start, sentence.end, span_count(doc, "ARM_MENTION"))
    if _BRACKET_WALKS["key"] != key:
        mentions = spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end)
        _BRACKET_WALKS.update(key=key, ends={}, group_tokens=frozenset(
            t for m in mentions for t in range(m.start, m.end)))
    ends: dict[int, int | None] = _BRACKET_WALKS["ends"]
    group_tokens: frozenset[int] = _BRACKET_WALKS["group_tokens"]
    walked = []
    i = index
    while i not in ends:
        if i <= sentence.start or doc[i].text in ("(", "[", ")", "]"):
            ends[i] = i
            break
        if not (doc[i].like_num or doc[i].lower_ in _BRACKET_WORDS or i in group_tokens):
            ends[i] = None
            break
        walked.append(i)
        i -= 1
    for step in walked:
        ends[step] = ends[i]
    return ends[i]


@cache
def _people_words() -> frozenset[str]:
    """Words that name people or a group of them: ``patients`` (``patterns/populations.txt``), ``group``."""
    return frozenset(word.lower() for word in load_lexicon("populations.txt")) | _GROUP_NOUNS | {"groups"}


def _names_people(name: str) -> bool:
    """Whether a phrase names people rather than an outcome: ``the two groups``, ``forty patients``."""
    return name.split()[-1] in _people_words()


def _listed_before(doc: Doc, span: Span, values: list[Span]) -> Span | None:
    """The value of the same kind just before ``span`` in its clause, joined by ``and``: the
    second of ``24% of those treated with X and 5% of patients treated with Y``."""
    start, _ = clause_bounds(sent(span), span.start)
    earlier = [v for v in values if start <= v.start and v.end <= span.start and v.label_ == span.label_]
    if not earlier:
        return None
    previous = max(earlier, key=lambda v: v.start)
    return previous if re.search(r"(?i)\band\b", text_of(doc)[previous.end_char:span.start_char]) else None


#: The answer of :func:`about_other_research` for the sentence last asked (asked for every value).
_OTHER_RESEARCH: dict[str, Any] = {"key": None, "answer": False}


def about_other_research(doc: Doc, sentence: Span) -> bool:
    """A sentence about the disease or other research (:data:`BACKGROUND`) naming no arm of this trial."""
    key = (doc, sentence.start, sentence.end, span_count(doc, "ARM_MENTION"))
    if _OTHER_RESEARCH["key"] != key:
        answer = bool(BACKGROUND.search(span_text(sentence))) \
            and not spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end)
        _OTHER_RESEARCH.update(key=key, answer=answer)
    return _OTHER_RESEARCH["answer"]


def add_endpoint(doc: Doc, data: dict, outcome: Outcome) -> None:
    """An outcome named in the sentence of its value is one of the trial's endpoints too."""
    name, offsets = outcome
    endpoints = data.setdefault("endpoints", [])
    if all(entry["name"].lower() != name.lower() for entry in endpoints):
        endpoints.append({"name": name, "abbreviation": None, "primary": False,
                          "evidence": evidence(offsets, doc, rule="outcome-phrase")})


def extract(doc: Doc) -> None:
    data = state(doc)
    warnings: list[str] = data["warnings"]
    values = value_spans(doc)
    results = []
    pending: list[tuple[Span, str | None, dict]] = []
    named_at: dict[Span, int] = {}  # where the lexicon outcome of each value is written
    for span in values:
        sentence = sent(span)
        if heading_sentence(doc, sentence) or sentence.start == 0 or not _about_trial(doc, sentence):
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
        handled, arm = respectively_arm(doc, span, values, warnings)
        if not handled:
            handled, arm = paired_arm(doc, span, values, data.get("arms", []))
        if not handled:
            arm = nearest_arm(doc, span, values) or opening_scope_arm(doc, span) \
                or contrast_arm(doc, span, values, data.get("arms", [])) \
                or sole_experimental_arm(doc, span, data.get("arms", []))
        endpoint = nearest_endpoint(doc, span, after_first=span.label_ in ("EVENT_COUNT", "COUNT_OF")
                                    or _is_subject(doc, span))
        outcome = None if endpoint is not None or not arm else _phrase_before(doc, span) or _predicate_after(doc, span)
        if endpoint is not None and endpoint.start > span.end and arm:
            predicate = _predicate_after(doc, span)
            if predicate is not None and predicate[1][1] <= endpoint.start_char:
                endpoint, outcome = None, predicate  # "21 had complete resolution, ... bone fractures"
        head = _bracket_head(doc, span)
        if head is not None and (endpoint is None or endpoint.end_char <= head[1][0]):
            endpoint, outcome = None, head  # "hematocrit increase (1.9 percent vs. 0 percent)"
        name = endpoint.label_ if endpoint is not None else outcome[0] if outcome else None
        if endpoint is not None:
            named_at[span] = endpoint.start_char
        if outcome is not None:
            add_endpoint(doc, data, outcome)
        count = _bracketed_count(doc, span) if span.label_ == "PERCENT" else None
        if count is not None:  # "1% (four patients)": the same result as a count of patients
            pending.append((count, name, {"endpoint": name, "arm": arm, "value": parse_number(count.text.split()[0]),
                                          "unit": "patients", "statistic": "count", "timepoint": timepoint(doc, span),
                                          "evidence": evidence(count)}))
        pending.append((span, name, {
            "endpoint": name,
            "arm": arm,
            "value": value,
            "unit": unit,
            "statistic": statistic,
            "timepoint": timepoint(doc, span),
            "evidence": evidence(span),
        }))
    named = {span: name for span, name, _ in pending if name is not None}
    seen: set[tuple] = set()
    for span, name, result in pending:
        partner = contrast_partner(doc, span, values)
        if partner is not None and partner.start < span.start and named.get(partner) \
                and named_at.get(span, -1) > partner.start_char:
            name = named[partner]  # "26% ... experienced a complete remission of symptoms, compared to 12%"
        if name is None and result["arm"] is not None:
            partner = partner or _listed_before(doc, span, values)
            name = named.get(partner) if partner is not None else None
        key = (name, result["arm"], result["value"], result["unit"])
        if name is not None and key not in seen:  # one item per number for one endpoint in one group
            seen.add(key)
            result["endpoint"] = name
            results.append(result)
    data["results"] = results
