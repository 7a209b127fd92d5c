"""Results: one number for one endpoint in one group (a rate, a median, a count of events).

A value (``55.3%``, ``about half``, ``one in five``, ``17.4 months``, ``96 of 2,212``) becomes a
result when its sentence is about the trial (it names an arm, an endpoint or a population of
the trial) and it is not part of a statistic (a CI level, an effect estimate, a relative
reduction between arms), an age range or a dose.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from ..errors import Warnings
from ..normalize import fraction_percent, parse_number, parse_quantity, unit_of
from ..record import PERCENT_MAX
from ..resources import load_lexicon
from ..doctext import span_text, text_of
from .common import clause_bounds, clean, evidence, heading_sentence, inside, longest_first, sent, spans, state
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
STAT_LABELS = ("CI", "CI_LEVEL", "EFFECT", "P_VALUE", "DIFFERENCE", "RATIO", "RANGE_WORD", "DOSE", "REGISTRY", "DATE", "N_EQUALS")
_DURATION_STATISTIC = re.compile(r"(?i)\b(median|mean|average)\b")
#: Characters after the first value of a pair (``17.4 vs 9.4 months``) searched for the pair's unit.
PAIR_UNIT_CHARS = 40
_UNIT_AFTER_PAIR = re.compile(r"\d\s?([A-Za-z]+\.?)")
_HAD_CHANGE = re.compile(r"(?i)\b(?:had|has|have|reported|showed|experienced|saw|achieved|with|of)\s+(?:only\s+)?"
                         r"(?:a|an)\s+(?:(?:average|mean|median|minimal|small|modest|slight|large|absolute)\s+){0,2}$")
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
        following = _UNIT_AFTER_PAIR.search(text_of(span.doc)[span.end_char:span.end_char + PAIR_UNIT_CHARS])
        unit = unit_of(following.group(1)) if following else None
        return parse_number(text), unit, "value"
    found = parse_quantity(text)
    if found is None:
        return None, None, "value"
    return found[0], found[1], _quantity_statistic(span) if span.label_ == "QUANTITY" else "value"


#: Characters before a measure searched for what kind of figure it is ("a mean drop of 9 mmHg").
STATISTIC_CHARS = 40
_CHANGE_WORDS = re.compile(r"(?i)\b(?:drop|fall|decline|decrease|reduction|rise|increase|gain|change|improvement|lost|"
                           r"gained|dropped|fell|rose|cut|reduced|lowered|raised|improved)\b")


def _quantity_statistic(span: Span) -> str:
    """``mean``/``median`` when the words just before a measure say so, ``change`` when they name a
    change (``lost 4 kilograms``, ``a drop of 9 mmHg``), else ``value``."""
    before = text_of(span.doc)[max(sent(span).start_char, span.start_char - STATISTIC_CHARS):span.start_char]
    kind = _DURATION_STATISTIC.search(before)
    after = text_of(span.doc)[span.end_char:span.end_char + STATISTIC_CHARS]
    change = _CHANGE_WORDS.search(before) or _CHANGE_WORDS.match(after.lstrip())
    if kind:
        return kind.group(1).lower().replace("average", "mean") + (" change" if change else "")
    return "change" if change else "value"


def _about_trial(doc: Doc, sentence: Span) -> bool:
    return any(sentence.start <= m.start < sentence.end for m in arm_mentions(doc) + endpoint_mentions(doc)) \
        or bool(_TRIAL_WORDS.search(span_text(sentence)))


def within_group(doc: Doc, span: Span) -> bool:
    """A change within one group, not a between-arm effect: one that patients *had* (``had an
    85 percent reduction``), one measured against the start (``41% fewer hot flashes than at
    the outset``), or a level changed by a verb (``cut pain scores by 30 percent``, see
    :func:`_changed_level`)."""
    before = text_of(doc)[max(sent(span).start_char, span.start_char - HAD_CHANGE_CHARS):span.start_char]
    change = _change_around(doc, span)
    if _HAD_CHANGE.search(before):  # "had a 46% reduction", but not "had an 18% lower risk of dying"
        return change is None or not _between_arm_words().match(
            text_of(doc)[change.end_char:change.end_char + HAD_CHANGE_CHARS].lstrip())
    if change is None:
        return False
    after = text_of(doc)[change.end_char:sent(change).end_char]
    return bool(_FROM_BASELINE.match(after)) or _changed_level(doc, change, after) or _each_its_own(doc, change, after)


#: Rules of ``patterns/statistics.jsonl`` that state a relative change as a noun (``a 71% improvement``).
_NOUN_CHANGE_RULES = frozenset({"reduction-noun", "increase-noun"})


def _each_its_own(doc: Doc, change: Span, after: str) -> bool:
    """A change set against another group's change of the same kind (``a 71% improvement in the X
    group at six weeks versus 8% in the control group``): each group's own change, no risk named."""
    if change.id_ not in _NOUN_CHANGE_RULES or _between_arm_words().search(change.text + after[:HAD_CHANGE_CHARS]):
        return False
    compared = _COMPARED.search(after)
    return compared is not None and bool(_PERCENT_AFTER.search(after[compared.end():]))


def had_difference(doc: Doc, span: Span) -> bool:
    """A difference in units that one group *had* (``had a 9 mmHg reduction``), not a
    between-arm difference (``was associated with a 1.4-year increase``)."""
    before = text_of(doc)[max(sent(span).start_char, span.start_char - HAD_CHANGE_CHARS):span.start_char]
    return bool(_HAD_DIFFERENCE.search(before))


_HAD_DIFFERENCE = re.compile(r"(?i)\b(?:had|has|have|reported|showed|experienced|saw|achieved)\s+(?:only\s+)?"
                             r"(?:a|an)\s+(?:(?:average|mean|median|minimal|small|modest|slight|large)\s+)?$")
#: Characters before a change searched for the verb that gives it to a group (``had a``).
HAD_CHANGE_CHARS = 30
#: A change measured against the start of the trial: ``than at the outset``, ``from baseline``.
_FROM_BASELINE = re.compile(r"(?i)^[^.;]{0,40}?\b(?:than\s+(?:at\s+|before\s+)?(?:the\s+)?(?:outset|baseline|start|"
                            r"beginning)|from\s+(?:the\s+)?(?:baseline|outset|start))\b")
_COMPARED = re.compile(r"(?i)\b(?:compared|versus|vs\.?|than|relative to)\b")


def _change_around(doc: Doc, span: Span) -> Span | None:
    """The relative change (``REDUCTION``/``INCREASE``) that is ``span`` or holds it."""
    if span.label_ in ("REDUCTION", "INCREASE"):
        return span
    return next((c for c in spans(doc, "REDUCTION", "INCREASE")
                 if c.start_char <= span.start_char and span.end_char <= c.end_char), None)


@cache
def _level_words() -> frozenset[str]:
    return frozenset(word.lower() for word in load_lexicon("measured_levels.txt"))


@cache
def _between_arm_words() -> re.Pattern[str]:
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in load_lexicon("between_arm_words.txt")) + r")\b")


def _changed_level(doc: Doc, change: Span, after: str) -> bool:
    """A level measured in each patient changed by a verb (``The amount of craving was reduced by
    81%``, ``X raised HDL cholesterol by 138 percent``): no risk named (``cut the risk of ... by``),
    and no comparator after it unless the comparator has a change of its own (``compared to drops
    of 7% in the control group``)."""
    if change.id_ not in _VERB_CHANGE_RULES:
        return False
    start, _ = clause_bounds(sent(change), change.start)
    words = text_of(doc)[doc[start].idx:change.end_char]
    if not _level_words() & {w.lower() for w in re.findall(r"[\w'-]+", words)} or _between_arm_words().search(words):
        return False
    compared = _COMPARED.search(after)
    return compared is None or bool(_PERCENT_AFTER.search(after[compared.end():]))


def changed_outcome(doc: Doc, span: Span) -> Outcome | None:
    """What a within-group change stated by a verb is a change of: the verb's object (``raised
    HDL cholesterol by 138 percent``, ``reduced the frequency of craving by 71%``), else its subject
    without the group it is measured in (``The frequency of hot flashes in the hypnotherapy group
    dropped by 48%``, ``The amount of craving was reduced by 81%``). ``None`` unless the words name
    a level measured in each patient (``patterns/measured_levels.txt``)."""
    change = _change_around(doc, span)
    if change is None or change.id_ not in _VERB_CHANGE_RULES:
        return None
    text = text_of(doc)
    verb_object = _VERB_OBJECT.match(change.text)
    if verb_object is not None and verb_object.group("object"):
        start = change.start_char + verb_object.start("object")
        found = outcome_at(text, start, change.start_char + verb_object.end("object"))
    else:
        clause_start = doc[clause_bounds(sent(change), change.start)[0]].idx
        before = text[clause_start:change.start_char]
        subject = _SUBJECT_OF_CHANGE.search(before)
        if subject is None:
            return None
        found = outcome_at(text, clause_start + subject.start("name"), clause_start + subject.end("name"))
    if found is None or not 0 < len(found[0].split()) <= MAX_OUTCOME_WORDS + 2 \
            or not _level_words() & {w.lower() for w in re.findall(r"[\w'-]+", found[0])}:
        return None
    return found


#: ``reduced the frequency of craving by``: the object of a verb of change, before ``by``.
_VERB_OBJECT = re.compile(r"(?i)^[a-z]+\s+(?P<object>(?:[\w'\u2019-]+\s+){0,6}?[\w'\u2019-]+)\s+by\s")
#: The subject of a verb of change, cut before the group it is measured in and the auxiliary.
_SUBJECT_OF_CHANGE = re.compile(r"(?i)(?:^|,\s*)(?:(?:and|but|while|whereas)\s+)?(?P<name>[A-Za-z][\w'\u2019 -]{2,80}?)(?:\s+(?:in|among|for|with|of)\s+"
                                r"(?:the\s+|those\s+|patients\s+|women\s+|men\s+)[^,]{0,60}?)?\s*(?:\b(?:was|were|is|are|"
                                r"has been|have been)\s+)?(?:(?:also|further|significantly|only)\s+)?$")


#: Rules of ``patterns/statistics.jsonl`` that state a change of something named before it
#: (``reduced ... by 30%``, ``LDL cholesterol was cut ..., a reduction of about 40 percent``).
_VERB_CHANGE_RULES = frozenset({"reduction-verb-by", "increase-verb-by", "reduction-noun-of"})
_PERCENT_AFTER = re.compile(r"(?i)\d\s?(?:%|percent|per cent)")


#: A number and a singular unit joined by a hyphen modify a noun (``12-week``, ``100-point``, ``six-month``).
_MODIFIER = re.compile(r"[\w.]-[A-Za-z]+(?<![sS])$")
#: Characters before a duration searched for a word that makes it a time point (``at six weeks``).
WHEN_CHARS = 30
_WHEN_BEFORE = re.compile(r"(?i)\b(?:at|after|by|over|within|through|during|following|for|in|up to|until|from|"
                          r"the first|the last|the past|the next)\s+(?:the\s+)?(?:first\s+|initial\s+|last\s+|past\s+|"
                          r"next\s+|about\s+|approximately\s+|nearly\s+|almost\s+|roughly\s+|around\s+)?$")


def _unit_part(blocker: Span, span: Span) -> bool:
    """A dose read inside a longer measure (``45 mg`` of ``45 mg/dl``): the measure is the value."""
    return blocker.label_ == "DOSE" and span.label_ == "QUANTITY" and span.start_char <= blocker.start_char \
        and blocker.end_char < span.end_char


def value_spans(doc: Doc) -> list[Span]:
    """Candidate result values, without numbers that belong to a statistic."""
    blocked = [s for s in spans(doc, *STAT_LABELS) if s.id_ != "difference-noun" or not had_difference(doc, s)] \
        + [e for e in spans(doc, "ENDPOINT") if e.id_ == "threshold-outcome"]
    relative = spans(doc, "REDUCTION", "INCREASE")
    values = []
    readable = [s for s in spans(doc, *LIST_LABELS) if s.label_ not in ("DURATION", "QUANTITY")
                or s.id_ == "duration-pair-first" or parse_quantity(span_text(s)) is not None]
    for span in longest_first(readable):  # "4 weeks, 12 weeks" is no compound: its parts are read alone
        if inside(span, [b for b in blocked if not _unit_part(b, span)]):
            continue
        if span.label_ not in ("PERCENT", "FRACTION") and span.start > 0 and doc[span.start - 1].lower_ in _ORDINAL_NOUNS:
            continue  # "grade 3 events", "stage 2 disease", "day 8": a label, not a count
        if span.label_ in ("DURATION", "QUANTITY") and (_MODIFIER.search(span_text(span)) or (
                span.label_ == "DURATION" and _WHEN_BEFORE.search(text_of(doc)[max(0, span.start_char - WHEN_CHARS):span.start_char]))):
            continue  # "a 12-week trial", "a 100-point scale", "at six weeks": when or what, not a measured value
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
    group_tokens = {i for m in arm_mentions(doc) for i in range(m.start, m.end + (
        m.end < len(doc) and doc[m.end].lower_ in _GROUP_NOUNS))}
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
    change = _change_around(doc, span)
    if change is not None and change.id_ in _VERB_CHANGE_RULES:  # "cut pain scores by 30 percent"
        return "percent reduction" if change.label_ == "REDUCTION" else "percent increase"
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
    group_tokens = {t for m in arm_mentions(doc) if sentence.start <= m.start < span.start for t in range(m.start, m.end)}
    i = span.start - 1
    while i > sentence.start and doc[i].text not in ("(", "[", ")", "]"):
        if not (doc[i].like_num or doc[i].lower_ in _BRACKET_WORDS or i in group_tokens):
            return None  # "(DA+: 3.0%, DA-: 1.0%)": groups' names may label the values inside
        i -= 1
    if doc[i].text not in ("(", "[") or i + 1 >= len(doc):
        return None
    head = _phrase_before(doc, doc[i + 1:i + 2])
    if head is None or _names_people(head[0]):
        return None  # "36 patients (40%)": the bracket gives the share of a group, not an outcome
    first = doc.char_span(head[1][0], head[1][1], alignment_mode="expand")
    if first is not None and first.start > 0 and doc[first.start - 1].lower_ in _CIRCUMSTANCE_BEFORE:
        return None  # "at the same time point (94.7% vs 86.4%)": a circumstance, not the outcome
    return head


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


def about_other_research(doc: Doc, sentence: Span) -> bool:
    """A sentence about the disease or other research (:data:`BACKGROUND`) naming no arm of this trial."""
    return bool(BACKGROUND.search(span_text(sentence))) \
        and not any(sentence.start <= m.start < sentence.end for m in arm_mentions(doc))


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
