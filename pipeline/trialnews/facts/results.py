"""Results: one number for one endpoint in one group (a rate, a median, a count of events).

A value (``55.3%``, ``about half``, ``one in five``, ``17.4 months``, ``96 of 2,212``) becomes a
result when its sentence is about the trial (it names an arm, an endpoint or a population of
the trial) and it is not part of a statistic (a CI level, an effect estimate, a relative
reduction between arms), an age range or a dose.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..errors import Warnings
from ..reading.kind import is_abstract, section_at
from ..normalize import fraction_percent, parse_number, parse_quantity, unit_of
from ..record import PERCENT_MAX
from ..resources import load_json, load_lexicon, phrase_regex, word_set
from ..scanning import StartFilteredPattern, alternation, compile_pattern, phrase_alternation
from ..linking.wordclass import AUX, CONJ, DET, NOUN, PREP, VERB, classes, is_function_word
from ..reading.doctext import span_text, text_of
from .allocation import PERCENT_SIGN, total_of_ordered_value
from .endpoints import singular
from .common import clause_bounds, dated_study, evidence, heading_sentence, inside, longest_first, overlaps_span, \
    sent, spans, spans_starting, state
from ..linking.groups import trial_conduct, RESPECTIVELY, BASELINE_WORDS, names_other_group, FROM_BASELINE, LIST_LABELS, from_baseline, named_mentions, sets_groups_side_by_side, both_groups, every_group, paired_run, contrast_partner, describes_trial_group, endpoint_mentions, names_all_patients, \
    parallel_partner, per_sentence, timepoint
from ..linking.pairorder import pair_order_arm
from ..linking.asides import share_aside
from ..linking.phrases import acceptable_outcome, counted_people_words, verb_nouns
from ..linking.asides import inside_people_aside, people_aside
from ..linking.outcomes import names_harm_left
from ..linking.outcomes import ALL_OF_THEM, COUNT_OF_PEOPLE, OCCURRED_IN_PREPOSITIONS, PEOPLE_AFTER_SCOPE
from ..linking.carried import CARRY_SENTENCES
from ..linking.ranking import own_clause_between
from ..linking.values import BOTH_GROUPS_LINKER, COUNT_LABELS, ENDPOINT_LINKERS, EVERY_GROUP, GROUP_LINKERS, Outcome, abstained, changed_to, link_arm, link_endpoint, links, listed_after, listed_before, WHOLE_TRIAL, \
    bare_outcome, written_linker

#: The smallest total read as a group's size from a rate's count (smaller ones are often scores).
MIN_GROUP_TOTAL = 5
#: The outcome linker whose outcome is a guess, the subject of the value's sentence (abstracts): a
#: value it names takes its list or contrast partner's outcome instead, where another linker found
#: that one (one outcome for both values). Not the last linker tried: ``difference-in`` and
#: ``lead-before-colon`` come after it, for values of a known group, and are no guess.
GUESSED_OUTCOME = "sentence-subject"
#: Outcome linkers that name an outcome by a verb alone (``responded``: response), weaker than the
#: article's own name for it in the sentence before.
VERB_OUTCOME_LINKERS = frozenset({"verb-after-value", "verb-names-outcome"})
#: The linker that finds a value's time point (``at 21 months``: a duration after a time cue, ``linking.groups.timepoint``).
TIMEPOINT_LINKER = "duration-after-time-cue"
#: Outcome linkers that name what a pair of durations measures as surely as the endpoint lexicon
#: does (``spent more time in the operating room (7 hours vs 6 hours)``: ``stay-length``).
PAIRED_DURATION_LINKERS = frozenset({"stay-length"})
#: The most values quoted in the warning that lists values left out for want of a group.
MAX_LISTED_VALUES = 5
#: Characters before a duration searched for follow-up wording ("followed for an average of 14 months").
FOLLOW_UP_CHARS = 60
_FOLLOW_UP = compile_pattern(r"(?i)\bfollow(?:ed|-up| up|ing)\b")
_OPEN_BRACKET = compile_pattern(r"\s*[(\[]\s*")
#: One optional word in a phrase of ``patterns/background_cues.txt`` (``a separate * study``).
_ANY_WORD = "*"


def _cue_regex(entry: str) -> str:
    """The regex of one background phrase: its words (``*`` any one word, or none) apart by spaces."""
    parts = []
    for word in entry.split():
        parts.append(r"(?:[\w'\u2019-]+\s+)?" if word == _ANY_WORD else re.escape(word) + r"\s+")
    return "".join(parts)[:-len(r"\s+")] if not entry.endswith(_ANY_WORD) else "".join(parts)


def _cue_phrases(name: str) -> re.Pattern[str]:
    """Any phrase of the lexicon ``name``, as whole words, case-insensitive. The phrases without
    ``*`` are one character trie (``phrase_alternation``; lower-cased, as ``(?i)`` reads them the
    same): ``re`` reads each character once instead of trying each of a hundred phrases at every
    word. Only whether a sentence holds a phrase is asked, which the order of the phrases cannot change."""
    entries = [" ".join(entry.split()) for entry in load_lexicon(name)]
    plain = [entry.lower() if entry.isascii() else entry for entry in entries if _ANY_WORD not in entry.split()]
    starred = sorted((_cue_regex(entry) for entry in entries if _ANY_WORD in entry.split()), key=len, reverse=True)
    phrases = ([phrase_alternation(dict.fromkeys(plain))] if plain else []) + starred
    return compile_pattern(r"(?i)(?<![\w-])(?:" + "|".join(phrases) + r")(?![\w-])")


#: Sentences about the disease, the public or other research, not this trial's results
#: (``patterns/background_cues.txt``; ``facts.conclusions`` reads it too).
BACKGROUND = StartFilteredPattern(_cue_phrases("background_cues.txt"))
#: Sentences about another study, whatever groups they name (``patterns/other_studies.tsv``, use ``figures``).
OTHER_RESEARCH = StartFilteredPattern(_cue_phrases("other_studies.tsv:figures"))
#: Sentences with figures of the market (``patterns/market_cues.txt``: ``shares fell 31 percent``).
MARKET = StartFilteredPattern(_cue_phrases("market_cues.txt"))
#: Words after which a number labels something (``grade 3``, ``stage 2``, ``cycle 4``) rather than counts it.
_ORDINAL_NOUNS = word_set("ordinal_nouns.txt")
#: The rule of a number whose percent sign is written once, after the last of its list (``76, 83 and 74 %``).
PERCENT_LIST_FIRST = "percent-list-first"
#: Statistics that swallow the numbers inside them.
STAT_LABELS = ("CI", "CI_LEVEL", "STUDY_POWER", "EFFECT", "P_VALUE", "DIFFERENCE", "RATIO", "RANGE_WORD", "DOSE", "REGISTRY", "DATE", "N_EQUALS")
_DURATION_STATISTIC = compile_pattern(r"(?i)\b(median|mean|average)\b")
#: Characters after the first value of a pair (``17.4 vs 9.4 months``) searched for the pair's unit.
PAIR_UNIT_CHARS = 40
#: Characters before a measure searched for what kind of figure it is ("a mean drop of 9 mmHg").
STATISTIC_CHARS = 40
_UNIT_AFTER_PAIR = compile_pattern(r"\d\s?([A-Za-z]+\.?)")
#: ``had a``, ``with an average``, ``compared to a`` right before a change: a group's own change
#: (``patterns/had_change_words.txt``, sizes in ``change_size_words.txt``).
_HAD_CHANGE = compile_pattern(r"(?i)\b" + phrase_regex("had_change_words.txt") + r"\s+(?:only\s+)?(?:a|an)\s+(?:"
                              + phrase_regex("change_size_words.txt", "absolute_difference_words.txt") + r"\s+){0,2}$")
#: Words that make a sentence be about the trial's people (``patterns/trial_sentence_words.txt``).
_TRIAL_WORDS = StartFilteredPattern(compile_pattern(r"(?i)\b" + phrase_regex("trial_sentence_words.txt") + r"\b"))
#: What follows the number of a percentage: ``%``, ``percent``, ``per cent``.
_PERCENT_SIGN = compile_pattern(r"\s?(?:%|[\s-]?percent|[\s-]?per cent)")
#: What follows the number of a difference in points: ``percentage`` (``5 percentage points``).
_POINTS_WORD = compile_pattern(r"[\s-]?percentage")
#: What follows the number of a count of a whole: ``of``, ``out of`` (``12 of 40``).
_OF_WHOLE = compile_pattern(r"\s+(?:of|out of)\s+")


def _number_and_unit(span: Span, pair_unit_chars: int = PAIR_UNIT_CHARS,
                     statistic_chars: int = STATISTIC_CHARS) -> tuple[float | None, str | None, str]:
    """Value, unit and statistic of a value span."""
    text = span_text(span)
    spread_match = _SPREAD.match(text) if span.id_ in SPREAD_RULES else None
    if spread_match is not None:  # "4.2 ± 1.1 kg", "11.3% (± 8.6%)": the mean, in the spread's unit where it has none
        mean, spread = spread_match.group("mean", "spread")
        text = mean + (spread if not _HAS_UNIT.search(mean) else "")
    if span.label_ == "FRACTION":
        return fraction_percent(text), "%", "rate"
    if span.label_ == "PERCENT":
        number = _PERCENT_SIGN.split(text, maxsplit=1)[0]
        return parse_number(number), "%", "rate"
    if span.label_ == "POINTS":
        number = _POINTS_WORD.split(text, maxsplit=1)[0]
        return parse_number(number), "percentage points", "difference"
    if span.id_ == COUNT_NONE_RULE:  # "no serious adverse events were reported": none of them
        return NONE_COUNTED, "patients", "count"
    if span.label_ == "EVENT_COUNT":
        return parse_number(text), "patients", "count"
    if span.label_ == "COUNT_OF":
        number = _OF_WHOLE.split(text, maxsplit=1)[0]
        return parse_number(number), "patients", "count"
    if span.id_ == "duration-pair-first":  # "17.4 vs 9.4 months": the unit is written once, after the pair
        following = _UNIT_AFTER_PAIR.search(text_of(span.doc)[span.end_char:span.end_char + pair_unit_chars])
        unit = unit_of(following.group(1)) if following else None
        return parse_number(text), unit, "value"
    if span.label_ == AND_PARTNER:  # one left out before it found its partner: its number, for the trace
        return parse_number(text), None, "value"
    if span.id_ == UNIT_AFTER_PARTNER:  # "7.5 months with X and 5.8 with Y": the unit written once, before
        partner = _unit_partner(span)
        if partner is None:
            return None, None, "value"
        _, unit, statistic = _number_and_unit(partner, pair_unit_chars, statistic_chars)
        return parse_number(span_text(span)), unit, statistic
    if span.id_ in SCORE_RULES:  # "the average pain score fell to 30": a level of a score, in its points
        return parse_number(text), SCORE_UNIT, _quantity_statistic(span, statistic_chars)
    if span.id_ in RATE_RULES:  # "1.4 per year", "12.7 events per 1,000 person-years": all the words after the number
        match = _RATE.match(text)
        if match is None:
            return None, None, "value"
        return parse_number(match.group("num")), " ".join(match.group("unit").lower().split()), \
            _quantity_statistic(span, statistic_chars)
    if span.id_ == PER_PERIOD_RULE:  # "3.2 migraines per month": a count per length of time
        match = _PER_PERIOD.match(text)
        if match is None:
            return None, None, "value"
        return parse_number(match.group("num")), f"{match.group('noun').lower()} per {match.group('period').lower()}", \
            _quantity_statistic(span, statistic_chars)
    if span.id_ == PAIR_RULE:  # "8/4 mmHg": the first number here, the second one is read with it
        numbers = pair_numbers(span)
        found = parse_quantity(text.split("/", 1)[1]) if numbers else None
        return (numbers[0][0], found[1], _quantity_statistic(span, statistic_chars)) if found else (None, None, "value")
    found = parse_quantity(text)
    if found is None:
        return None, None, "value"
    return found[0], found[1], _quantity_statistic(span, statistic_chars) if span.label_ == "QUANTITY" else "value"


#: The rule of ``patterns/numbers.jsonl`` that reads ``no`` before events reported (``no serious
#: adverse events were reported``, ``no reports of X``): a count of none.
COUNT_NONE_RULE = "count-none-event-noun"
NONE_COUNTED = 0.0
#: The rule of ``patterns/numbers.jsonl`` that reads two measures with one unit (``8/4 mmHg``).
PAIR_RULE = "measure-pair"
#: The rules of ``patterns/numbers.jsonl`` that read a mean with its spread (``4.2 ± 1.1 kg``,
#: ``17% (SD 6%)``): the value is the mean; the spread after ``±`` or ``SD`` is none.
SPREAD_RULES = frozenset({"mean-spread-percent", "mean-spread-duration", "mean-spread-quantity"})
#: A mean and its spread: the mean with its own unit if written, the spread's number, the unit after it;
#: the signs and abbreviations are the rules' own lists (``patterns/spread_signs.txt``,
#: ``patterns/spread_abbreviations.txt``), so the two read one syntax.
_SPREAD = compile_pattern(r"(?s)(?P<mean>.*?)\s*\(?\s*(?:" + alternation(load_lexicon("spread_signs.txt")) + "|"
                          + alternation(load_lexicon("spread_abbreviations.txt")) + r"\s*[:=,]?)\s*[\d.,]+(?P<spread>.*?)\)?$")
#: A mean written with a unit of its own: any character but digits, separators and spaces.
_HAS_UNIT = compile_pattern(r"[^\d.,\s]")
#: The rule of ``patterns/numbers.jsonl`` that reads a bare number as the level a score reached
#: (``the average pain score fell to 30``), and the unit such a level is in.
SCORE_RULES, SCORE_UNIT = frozenset({"score-level", "score-level-from"}), "points"
#: The rule of ``patterns/numbers.jsonl`` that reads a count per length of time (``3.2 migraines per month``).
PER_PERIOD_RULE = "count-per-period"
#: Comparatives between a count and what it counts (``patterns/count_change_words.txt``: ``2.4 fewer
#: migraine days per month``).
COUNT_CHANGE_WORDS = "count_change_words.txt"
_PER_PERIOD = compile_pattern(rf"(?P<num>\S+)\s+(?:(?P<change>{alternation(load_lexicon(COUNT_CHANGE_WORDS))})\s+)?(?:[A-Za-z-]+\s+)*?"
                              r"(?P<noun>[A-Za-z-]+)\s+per\s+(?P<period>\S+)$")
#: The rules of ``patterns/numbers.jsonl`` that read a rate whose unit is every word after its
#: number (``1.4 per year``, ``2.5 strokes per 1,000 women per year``; the number may be written
#: in groups, ``1 000 per year``).
RATE_PER_PERIOD, RATE_PER_PEOPLE = "rate-per-period", "rate-per-people"
RATE_RULES = frozenset({RATE_PER_PERIOD, RATE_PER_PEOPLE})
_RATE = compile_pattern(r"(?P<num>.+?)\s+(?P<unit>[^\d\s,.].*)$", flags=re.S)
#: Linker name of the outcome a rate's own words count (``4 strokes per year``: strokes).
LINK_COUNTED_IN_VALUE = "counted-in-value"
#: Plural nouns of events a number counts (``patterns/event_count_nouns.txt``).
EVENT_COUNT_NOUNS = "event_count_nouns.txt"


def counted_in_value(doc: Doc, span: Span) -> Outcome | None:
    """The events a count per period or a rate counts, between its number and ``per`` (``4 strokes
    per year``, ``12.7 serious infections per 1,000 person-years``): only events
    (``patterns/event_count_nouns.txt``), not a generic word alone (``bare_outcome_words.txt``:
    ``events``, ``episodes``), and not what a schedule or a measure counts (``3 sessions per week``,
    ``30 words per minute``); None for another value, a rate written without its noun (``1.4 per
    year``) or a number of several words (``1.5 million seizures per month``)."""
    if span.id_ != PER_PERIOD_RULE and span.id_ not in RATE_RULES:
        return None
    start = span.start + 1
    if start < span.end and doc[start].like_num:
        return None  # "1.5 million seizures per month": a number of several words, not read here
    while start < span.end and doc[start].lower_ in word_set(COUNT_CHANGE_WORDS):
        start += 1  # "2 fewer strokes per year"
    end = next((t.i for t in span if t.i >= start and t.lower_ == "per"), start)
    words = doc[start:end]
    if not words or words[-1].lower_ not in word_set(EVENT_COUNT_NOUNS) \
            or bare_outcome(span_text(words)) or not acceptable_outcome(words):
        return None
    return span_text(words), (words.start_char, words.end_char)


#: Linker name of the outcome of one number of a pair (``8/4 mmHg``: systolic, then diastolic).
LINK_MEASURE_PAIR = "measure-pair"
_PAIR_NUMBERS = compile_pattern(r"(?P<first>[^/\s]+)\s?/\s?(?P<second>[^/\s]+?)(?=[\s-]?[A-Za-z])")


def pair_numbers(span: Span) -> tuple[tuple[float | None, tuple[int, int]], ...]:
    """The two numbers of a pair (``8/4 mmHg``) and the offsets of each."""
    match = _PAIR_NUMBERS.match(span_text(span))
    if match is None:
        return ()
    return tuple((parse_number(match.group(part)), (span.start_char + match.start(part), span.start_char + match.end(part)))
                 for part in ("first", "second"))


@cache
def _measure_pairs() -> dict[str, dict]:
    """``patterns/measure_pairs.json`` by unit: what the first and second number of a pair measure."""
    return {entry["unit"]: entry for entry in load_json("measure_pairs.json")["pairs"]}


def _pair_outcome(span: Span, unit: str | None, name: str | None, *, second: bool) -> str | None:
    """The outcome of one number of a pair (``8/4 mmHg`` of blood pressure: ``systolic blood
    pressure`` for 8, ``diastolic blood pressure`` for 4), or None when the unit makes no pair."""
    entry = _measure_pairs().get(unit or "")
    if entry is None or span.id_ != PAIR_RULE:
        return None
    base = (name or "").lower()
    for word in sorted(entry["names"], key=len, reverse=True):
        base = re.sub(r"(?i)\b" + re.escape(word) + r"\b", " ", base)
    base = " ".join(base.split())
    if entry["outcome"] not in base:
        base = entry["outcome"]
    return (entry["second"] if second else entry["first"]) + " " + base


#: Words around a measure that make it a change (``patterns/change_words.txt``).
_CHANGE_WORDS = compile_pattern(r"(?i)\b" + phrase_regex("change_words.txt") + r"\b")


def _quantity_statistic(span: Span, statistic_chars: int = STATISTIC_CHARS) -> str:
    """``mean``/``median`` when the words just before a measure say so, ``change`` when they name a
    change (``lost 4 kilograms``, ``a drop of 9 mmHg``), else ``value``."""
    before = text_of(span.doc)[max(sent(span).start_char, span.start_char - statistic_chars):span.start_char]
    kind = _DURATION_STATISTIC.search(before)
    after = text_of(span.doc)[span.end_char:span.end_char + statistic_chars]
    change = _CHANGE_WORDS.search(before) or _CHANGE_WORDS.match(after.lstrip())
    if kind:
        return kind.group(1).lower().replace("average", "mean") + (" change" if change else "")
    return "change" if change else "value"


#: Sections of a structured abstract that report no results of the trial.
NOT_RESULT_SECTIONS = word_set("not_trial_sections.txt")


def _about_trial(doc: Doc, sentence: Span, arms: list[dict]) -> bool:
    """Whether a sentence reports on the trial: it names an arm, an endpoint or the trial's people,
    or describes one of its groups (``the women in the exercise program``: ``described-group``);
    in an abstract, every sentence outside its background and objective does (an abstract reports
    one trial: ``There was no effect on smoking at 12 months, 13% versus 9%``)."""
    if is_abstract(doc) and section_at(doc, sentence.start_char) not in NOT_RESULT_SECTIONS:
        return True
    return bool(named_mentions(doc, sentence)  # an arm's name, or its letter: "for groups A and B"
                or spans_starting(doc, "ENDPOINT_MENTION", start=sentence.start, end=sentence.end)) \
        or bool(_TRIAL_WORDS.search(span_text(sentence))) or describes_trial_group(sentence, arms)


#: A count of some of the people named before it: ``of the``, ``of these``, ``of them``
#: (``Fourteen of the men responded``, ``16 of them relapsed``).
_PARTITIVE = compile_pattern(r"(?i)\s+of\s+(?:the|these|those|them)\b")


#: The rule of ``patterns/numbers.jsonl`` that reads a bare count after an opening phrase naming
#: the people it is taken from (``Of the 16 patients with the mutation, 14 responded``).
COUNT_AFTER_SCOPE = "count-after-scope"


def partitive_count(doc: Doc, span: Span) -> bool:
    """A count of people that takes them from a group named before (``Fourteen of the men
    responded``, ``two of them died``, ``Five of the 60 men``, ``Of the 20 men with the
    mutation, 17 responded``), whose rule read a verb of what happened to them: the
    people are the ones the article is about, so the sentence reports on the trial even where no
    study word or group is in it. A count of all people (``Seven men died``) still needs one:
    it is as often the disease's toll."""
    if span.id_ in (COUNT_AFTER_SCOPE, PEOPLE_AFTER_SCOPE):  # "Of the 20 men with the mutation, 17 responded"
        return True
    if span.label_ == "COUNT_OF":  # "Five of the 60 men died": the total's people
        return span.end < len(doc) and doc[span.end].lower_ in word_set("populations.txt")
    if span.label_ == "PERCENT":  # "14 of them - or 35 per cent - improved": the share of such a count
        count = _count_before_share(doc, span)
        return count is not None and bool(_PARTITIVE.match(text_of(doc), count.end_char))
    return span.label_ == "EVENT_COUNT" and bool(_PARTITIVE.match(text_of(doc), span.end_char))


def within_group(doc: Doc, span: Span) -> bool:
    """A change within one group, not a between-arm effect: one that patients *had* (``had an
    85 percent reduction``), one measured against the start (``41% fewer hot flashes than at
    the outset``), or a level changed by a verb (``cut pain scores by 30 percent``, see
    :func:`_changed_level`)."""
    before = text_of(doc)[max(sent(span).start_char, span.start_char - HAD_CHANGE_CHARS):span.start_char]
    change = _change_around(doc, span)
    if _HAD_CHANGE.search(before):  # "had a 46% reduction", but not "had an 18% lower risk of dying"
        if change is None:
            return True
        after = text_of(doc)[change.end_char:sent(change).end_char]
        opening = text_of(doc)[sent(change).start_char:change.start_char]
        return not _between_arm_words().match(after[:HAD_CHANGE_CHARS].lstrip()) and not _of_a_risk(after) \
            and not _against_other_group(after) and not _opened_against_other_group(opening)
        # "a 24 percent drop in the odds of", "... compared to warfarin", "Compared with X, those on Y had a ..."
    if change is None:
        return False
    after = text_of(doc)[change.end_char:sent(change).end_char]
    inside = change.text.split(maxsplit=1)[-1] if change.id_ in _VERB_CHANGE_RULES else ""
    return from_baseline(after, doc, change.end_char) or _FROM_BASELINE_INSIDE.search(inside) is not None \
        or _against_start(after) \
        or _changed_level(doc, change, after) \
        or _each_its_own(doc, change, after) \
        or _continues_own_change(doc, change)


#: ``from baseline`` written between a verb of change and its ``by`` (``increased bone density from
#: baseline at the spine by 9.2%``): the change is measured against the group's own start.
_FROM_BASELINE_INSIDE = compile_pattern(r"(?i)\bfrom\s+(?:the\s+|their\s+|its\s+)?" + BASELINE_WORDS + r"\b")
#: The preposition and article between a change and what it changes: ``a 24 percent drop in the odds of``.
_IN_THE = compile_pattern(r"(?i)^(?:in|of)\s+(?:the\s+)?")
#: A comparison with the start of the trial, not with another group: ``compared with baseline``.
_AGAINST_START = compile_pattern(r"(?i)^\W*(?:with|to)?\s*(?:the\s+|their\s+|its\s+)?(?:" + BASELINE_WORDS
                                 + r"|pretreatment|pre-[a-z]+|levels?\s+(?:at|before))\b")  # "pre-treatment", "pre-procedure"


#: The most words before a risk word that still make it the head of what a change changes
#: (``a 27 percent reduction in cardiovascular risk``: 1).
MAX_RISK_MODIFIERS = 2


def _of_a_risk(after: str) -> bool:
    """A change of a risk (``... in the odds of having a cold``, ``... in cardiovascular risk``;
    ``patterns/risk_words.txt``): the first word after ``in``/``of`` is a risk word, or a risk word
    ends the few words that follow (:data:`MAX_RISK_MODIFIERS`) before punctuation or a preposition."""
    found = _IN_THE.match(after.lstrip())
    if found is None:
        return False
    words = re.findall(r"[\w'-]+|[^\w\s]", after.lstrip()[found.end():])[:MAX_RISK_MODIFIERS + 2]
    for i, word in enumerate(words[:MAX_RISK_MODIFIERS + 1]):
        if word.lower() in word_set(RISK_WORDS):
            return i == 0 or len(words) == i + 1 or not words[i + 1][0].isalnum() \
                or words[i + 1].lower() in ("of", "for", "in", "among", "compared", "than", "versus", "vs")
        if not word[0].isalnum():
            return False
    return False


#: Words that make the change they follow a change of a risk (``in the odds of``).
RISK_WORDS = "risk_words.txt"


def _against_other_group(after: str) -> bool:
    """A change set against another group that has no change of its own (``was associated with a
    32 percent reduction in stroke compared to warfarin``): a between-arm effect, not one group's
    change. Against a change of the other group (``..., compared with a 17 percent reduction with
    placebo``) or against the start (``compared with baseline``) it is the group's own."""
    compared = _COMPARED.search(after)
    return compared is not None and not comparator_value(after[compared.end():]) \
        and not _AGAINST_START.match(after[compared.end():])


def _against_start(after: str) -> bool:
    """A change set against the group's own start by a comparator right after it (``an 80 percent
    improvement in function compared with pre-procedure conditions``, ``compared to baseline``)."""
    compared = _COMPARED.search(after)
    return compared is not None and not comparator_value(after[:compared.start()]) \
        and bool(_AGAINST_START.match(after[compared.end():]))


#: What may come before a comparator that opens a sentence: punctuation and one word (``But compared
#: with ...``, ``Overall, compared with ...``).
_SENTENCE_OPENING = compile_pattern(r"\W*(?:[A-Za-z]+\W+)?")


def _opened_against_other_group(opening: str) -> bool:
    """A change whose sentence opens by naming the group it is set against, in a phrase closed by a
    comma before the change (``Compared with patients given warfarin, those dosed by genotype had a
    27 percent reduction``): a between-arm effect, as :func:`_against_other_group` reads one after it."""
    compared = _COMPARED.search(opening)
    if compared is None or not _SENTENCE_OPENING.fullmatch(opening[:compared.start()]):
        return False  # "..., as compared to those on placebo, who saw a 17% reduction": that group's own
    phrase, comma, rest = opening[compared.end():].partition(",")
    return bool(comma and rest.strip()) and _against_other_group(opening[compared.start():compared.end() + len(phrase)])


#: What joins a change to the one listed before it: ``41% fewer X than at the outset and 57% fewer X at 12 weeks``.
_LIST_JOIN = compile_pattern(r"(?i)(?:,\s*|\s)(?:and|then)\s+(?:an?\s+)?$")


def _continues_own_change(doc: Doc, change: Span) -> bool:
    """A change listed right after a change within one group (``had 41% fewer hot flashes than at
    the outset and 57% fewer hot flashes at 12 weeks``) is the same group's own change too."""
    sentence = sent(change)
    earlier = [c for c in spans(doc, "REDUCTION", "INCREASE") if sent(c) == sentence and c.end_char <= change.start_char
               and c.label_ == change.label_]
    if not earlier or not _LIST_JOIN.search(text_of(doc)[sentence.start_char:change.start_char]):
        return False
    previous = earlier[-1]
    between = text_of(doc)[previous.end_char:change.start_char]
    baseline = FROM_BASELINE.match(between)  # "than at the outset": the earlier change's own reference
    if _between_arm_words().search(between) or _COMPARED.search(between[baseline.end() if baseline else 0:]):
        return False
    return within_group(doc, previous)


#: Rules of ``patterns/statistics.jsonl`` that state a relative change as a noun (``a 71% improvement``).
_NOUN_CHANGE_RULES = frozenset({"reduction-noun", "increase-noun"})


def _each_its_own(doc: Doc, change: Span, after: str) -> bool:
    """A change set against another group's change of the same kind (``a 71% improvement in the X
    group at six weeks versus 8% in the control group``): each group's own change, no risk named."""
    if change.id_ not in _NOUN_CHANGE_RULES or _between_arm_words().search(change.text + after[:HAD_CHANGE_CHARS]):
        return False
    compared = _COMPARED.search(after)
    return compared is not None and comparator_value(after[compared.end():])


def had_difference(doc: Doc, span: Span) -> bool:
    """A difference in units that one group *had* (``had a 9 mmHg reduction``), not a
    between-arm difference (``was associated with a 1.4-year increase``)."""
    before = text_of(doc)[max(sent(span).start_char, span.start_char - HAD_CHANGE_CHARS):span.start_char]
    return bool(_HAD_DIFFERENCE.search(before))


_HAD_DIFFERENCE = compile_pattern(r"(?i)\b" + phrase_regex("had_change_verbs.txt") + r"\s+(?:only\s+)?"
                                  r"(?:a|an)\s+(?:" + phrase_regex("change_size_words.txt") + r"\s+)?$")
#: Characters before a change searched for the verb that gives it to a group (``had a``).
HAD_CHANGE_CHARS = 30

#: Words that compare a value with another's (``patterns/compared_words.txt``).
_COMPARED = compile_pattern(r"(?i)\b" + phrase_regex("compared_words.txt") + r"\b")


def _change_around(doc: Doc, span: Span) -> Span | None:
    """The relative change (``REDUCTION``/``INCREASE``) that is ``span`` or holds it."""
    if span.label_ in ("REDUCTION", "INCREASE"):
        return span
    return next((c for c in spans(doc, "REDUCTION", "INCREASE")
                 if c.start_char <= span.start_char and span.end_char <= c.end_char), None)


@cache
def _level_words() -> frozenset[str]:
    return word_set("measured_levels.txt")


@cache
def _between_arm_words() -> re.Pattern[str]:
    return compile_pattern(r"(?i)\b(?:" + "|".join(re.escape(w) for w in load_lexicon("between_arm_words.txt")) + r")\b")


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
    return compared is None or comparator_value(after[compared.end():])


#: Rules of ``patterns/statistics.jsonl`` that state a change of something named before it
#: (``reduced ... by 30%``, ``LDL cholesterol was cut ..., a reduction of about 40 percent``).
_VERB_CHANGE_RULES = frozenset({"reduction-verb-by", "increase-verb-by", "reduction-noun-of", "reduction-verb-by-fraction"})
#: The rule of ``patterns/statistics.jsonl`` for a change by a fraction in words (``cut the risk of relapse by a third``).
FRACTION_CHANGE_RULE = "reduction-verb-by-fraction"
#: Rules whose verb may be left out of the changes listed after them (``reduced X by 61%, Y by 30%``).
_GAPPING_RULES = frozenset({"reduction-verb-by", "increase-verb-by"})
#: Rule name (``evidence.rule``) and linker name (``evidence.links["endpoint"]``) of a change whose verb
#: is left out: ``Sorafenib reduced hip fractures by 61%, wrist fractures by 30% and ...``.
GAPPED_CHANGE = "gapped-change"
#: The most words of the outcome named between a list's comma (or ``and``) and ``by``.
MAX_GAPPED_WORDS = 6
_GAPPED = compile_pattern(r"(?i)^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<name>[A-Za-z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,%d}?)"
                          r"\s+by\s+(?:(?:about|nearly|almost|roughly|approximately|around|more than|over)\s+)?"
                          r"(?P<num>\d+(?:[.,]\d+)?)\s?(?:%%|percent\b|per cent\b)" % (MAX_GAPPED_WORDS - 1))


@dataclass(frozen=True)
class GappedChange:
    """A change listed after a verb of change that is not written again: ``wrist fractures by 30%``
    of ``reduced hip fractures by 61%, wrist fractures by 30%``. ``span`` runs from the outcome to
    the percentage and has the label of ``head``, the change whose verb it shares; ``name`` is
    where its outcome is written."""

    head: Span
    span: Span
    name: tuple[int, int]
    number: float


def gapped_changes(doc: Doc) -> list[GappedChange]:
    """The changes listed after a verb-of-change (``reduced X by 61%, Y by 30%, and Z by 52%``),
    each naming its own outcome between the list's comma or ``and`` and ``by``. A listed item
    with a verb of its own (``and the severity decreased by 38 percent``) is a change of its own."""
    text = text_of(doc)
    verbs = word_set("change_verbs.txt")
    found: list[GappedChange] = []
    for head in spans(doc, "REDUCTION", "INCREASE"):
        if head.id_ not in _GAPPING_RULES:
            continue
        end, stop = head.end_char, sent(head).end_char
        while True:
            match = _GAPPED.match(text[end:stop])
            if match is None:
                break
            words = {w.lower() for w in match.group("name").split()}
            number = parse_number(match.group("num"))
            if words & verbs or number is None:
                break
            chars = doc.char_span(end + match.start("name"), end + match.end(), alignment_mode="expand")
            if chars is None:
                break
            span = Span(doc, chars.start, chars.end, label=head.label_, span_id=GAPPED_CHANGE)
            found.append(GappedChange(head, span, (end + match.start("name"), end + match.end("name")), number))
            end += match.end()
    return found


def gapped_head(gapped: list[GappedChange], span: Span) -> Span | None:
    """The change whose verb the listed change holding ``span`` shares, if any."""
    return next((g.head for g in gapped if g.span.start_char <= span.start_char and span.end_char <= g.span.end_char),
                None)
_PERCENT_AFTER = compile_pattern(r"(?i)\d\s?(?:%|percent|per cent)")
#: Where the words after a comparator (``compared with``, ``than``) stop being about the other
#: group: a semicolon, or a comma before a word that opens another clause (``, and their risk of
#: X was 35 percent lower``; ``patterns/clause_joiners.txt``).
_COMPARATOR_CLAUSE_END = compile_pattern(r"(?i);|,\s*(?:" + phrase_regex("clause_joiners.txt") + r")\b")


def comparator_value(after_comparator: str) -> bool:
    """Whether the other group a comparator names has a percentage of its own in its clause
    (``compared with a 17 percent reduction with placebo``, ``versus 8% in the control group``): then
    the change before the comparator is its group's own, set beside the other's. A percentage
    after the comparator's clause ends (``than those on placebo, and their risk of X was 35 percent
    lower``) is another finding."""
    end = _COMPARATOR_CLAUSE_END.search(after_comparator)
    return bool(_PERCENT_AFTER.search(after_comparator[:end.start() if end else len(after_comparator)]))


#: A number and a singular unit joined by a hyphen modify a noun (``12-week``, ``100-point``, ``six-month``).
_MODIFIER = compile_pattern(r"[\w.]-[A-Za-z]+(?<![sS])$")
#: Characters before a duration searched for a word that makes it a time point (``at six weeks``).
WHEN_CHARS = 30
_WHEN_BEFORE = compile_pattern(r"(?i)\b(?:at|after|by|over|within|through|during|following|for|in|up to|until|from|"
                               r"the first|the last|the past|the next)\s+(?:the\s+)?(?:first\s+|initial\s+|last\s+|past\s+|"
                               r"next\s+|about\s+|approximately\s+|nearly\s+|almost\s+|roughly\s+|around\s+)?$")


def _unit_part(blocker: Span, span: Span) -> bool:
    """A dose read inside a longer measure (``45 mg`` of ``45 mg/dl``): the measure is the value."""
    return blocker.label_ == "DOSE" and span.label_ == "QUANTITY" and span.start_char <= blocker.start_char \
        and blocker.end_char < span.end_char


def value_spans(doc: Doc, when_chars: int = WHEN_CHARS, dropped: list[tuple[Span, str]] | None = None) -> list[Span]:
    """Candidate result values, without numbers that belong to a statistic. Each candidate left out
    goes to ``dropped`` (when given) with the name of the filter that left it out (``WHY_*`` below)."""
    blocked = [s for s in spans(doc, *STAT_LABELS) if s.id_ != "difference-noun" or not had_difference(doc, s)] \
        + [e for e in spans(doc, "ENDPOINT") if e.id_ == "threshold-outcome"]
    relative = spans(doc, "REDUCTION", "INCREASE")
    gapped = gapped_changes(doc)
    values = []
    drop = dropped.append if dropped is not None else lambda _: None
    readable = []
    for s in spans(doc, *LIST_LABELS):
        if s.label_ not in ("DURATION", "QUANTITY") or s.id_ in ("duration-pair-first", PAIR_RULE, PER_PERIOD_RULE, *RATE_RULES, *SCORE_RULES,
                                                                  *SPREAD_RULES) \
                or parse_quantity(span_text(s)) is not None:
            readable.append(s)
        else:
            drop((s, WHY_UNREADABLE_QUANTITY))
    people = [Span(doc, s.start, s.end, label="EVENT_COUNT", span_id=s.id_) for s in spans(doc, PEOPLE_COUNT_LABEL)]
    readable = _without_shadowed_counts(readable + people)
    partners = _and_partners(doc, [s for s in readable if s.id_ not in COUNT_OF_PEOPLE], drop)
    readable = [s for s in readable if not any(s.start == made.start and s.end == made.end for made in partners)]
    readable.extend(partners)
    doses = [b for b in blocked if b.label_ == "DOSE"]
    others = [b for b in blocked if b.label_ != "DOSE"]  # one list each, so ``inside`` indexes them once
    longest = longest_first(readable)
    counts = spans(doc, *COUNT_LABELS) + people  # the counts a partner count may follow, listed once
    if dropped is not None:
        kept = set(longest)
        dropped.extend((s, WHY_OVERLAPPED) for s in readable if s not in kept)
    for span in longest:  # "4 weeks, 12 weeks" is no compound: its parts are read alone
        if inside(span, others):
            drop((span, WHY_IN_STATISTIC))
            continue
        if inside(span, doses) and (span.label_ != "QUANTITY" or any(
                not _unit_part(dose, span) for dose in doses if dose.start_char < span.end_char
                and span.start_char < dose.end_char)):
            drop((span, WHY_IN_DOSE))
            continue
        if span.id_ in RATE_RULES and span.start > 0 and doc[span.start - 1].is_currency:
            drop((span, WHY_PRICE))
            continue  # "$5 per day", "$2,500 per month": a price, not a rate of events
        if span.id_ == PER_PERIOD_RULE and any(b.label_ == "DOSE" and b.start_char == span.start_char for b in blocked):
            drop((span, WHY_IN_DOSE))
            continue  # "140 milligrams per day": a dose, not a count of events
        if span.id_ in COUNT_PARTNER_RULES and not any(
                other.start < span.start and sent(other) == sent(span) for other in counts):
            drop((span, WHY_UNPAIRED_COUNT))
            continue  # "compared with 19 in the placebo group" is a count only as the partner of a count
        if (span.label_ not in ("PERCENT", "FRACTION") or span.id_ == PERCENT_LIST_FIRST) and span.start > 0 \
                and doc[span.start - 1].lower_ in _ORDINAL_NOUNS:
            drop((span, WHY_ORDINAL_LABEL))
            continue  # "grade 3 events", "stage 2 disease", "day 8", "for group 1 versus 96.4%": a label, not a count
        if span.label_ in ("DURATION", "QUANTITY") and _MODIFIER.search(span_text(span)):
            drop((span, WHY_MODIFIER))
            continue  # "a 12-week trial", "a 100-point scale": what, not a measured value
        if span.label_ == "DURATION" and _WHEN_BEFORE.search(text_of(doc)[max(0, span.start_char - when_chars):span.start_char]) \
                and not _group_change_start(doc, span):
            drop((span, WHY_TIME_POINT))
            continue  # "at six weeks": when, not a measured value
        if span.label_ == "PERCENT" and inside(span, relative) and not within_group(doc, span):
            drop((span, WHY_BETWEEN_GROUPS))
            continue
        head = gapped_head(gapped, span) if span.label_ == "PERCENT" and gapped else None
        if head is not None and not within_group(doc, head):
            drop((span, WHY_BETWEEN_GROUPS))
            continue  # "reduced hip fractures by 61%, wrist fractures by 30%": between arms, as its head
        values.append(span)
    kept = set(values)
    for span, partner in partners.items():  # "at 6 months with X and 12 with Y": a time's partner is no value
        if span in kept and partner not in kept:
            values.remove(span)
            drop((span, WHY_NO_PARTNER))
    return values


#: The label of the counts of :data:`COUNT_OF_PEOPLE` in ``doc.spans``: a label of their own, which only this fact reads (as
#: ``EVENT_COUNT`` values), so that the facts that read counts to find arms, sizes or conclusions
#: read what they read before.
PEOPLE_COUNT_LABEL = "PEOPLE_COUNT"
#: The outcome linkers that read what happened to a count's people in the count's own clause: the
#: object of its event verb (``had a complete response``), the state after its copula (``were
#: still alive``), its verb (``responded``, ``lost the ability to walk``), an occurrence or effect
#: in them (``tumor shrinkage was seen in 14 patients``). Not a linker that takes the outcome
#: written nearest the value: a count of people whose clause says nothing of an outcome is a size
#: (``30 patients were enrolled``) or a trait (``twenty patients were women``).
OWN_CLAUSE_LINKERS = frozenset({"event-after-value", "state-after-value", "verb-after-value", "occurred-in",
                                "effect-in-people", "predicate-of-people"})
#: The linkers of :data:`OWN_CLAUSE_LINKERS` that read the people after a preposition (``tumor
#: shrinkage was seen in 14 patients``): their count need not open its clause.
IN_PEOPLE_LINKERS = frozenset({"occurred-in", "effect-in-people"})


def _without_shadowed_counts(readable: list[Span]) -> list[Span]:
    """The value spans without the counts of :data:`COUNT_OF_PEOPLE` whose number another value
    span reads (``count-then-event-verb``, ``count-of``, a percentage): the rule only adds the
    counts no other rule reads, and those it does not add are not listed as left out (the other
    rule's reading is the one the trace shows)."""
    others = [s for s in readable if s.id_ not in COUNT_OF_PEOPLE]
    return [span for span in readable if span.id_ not in COUNT_OF_PEOPLE
            or not any(o.start < span.end and span.start < o.end for o in others)]


def _partner_of_untold_count(span: Span, values: list[Span], starts: list[int], told: set[int]) -> bool:
    """Whether the other group's count after a comparator (``compared with six in the placebo
    group``) is the partner of a count of :data:`COUNT_OF_PEOPLE` (the nearest count before it in
    its sentence) that was not kept as a result (``told``: where the kept ones start): the pair
    has no outcome its clause tells. ``values`` are in text order and ``starts`` their starts, so
    the nearest count before the span is found by bisection, not by reading every value."""
    i = bisect_left(starts, span.start)
    while i > 0 and values[i - 1].label_ not in COUNT_LABELS:
        i -= 1
    if i == 0:
        return False
    before = values[i - 1]  # the nearest count before: in the span's sentence, or none of them is
    return sent(before) == sent(span) and before.id_ in COUNT_OF_PEOPLE and before.start not in told


def _count_opens_clause(doc: Doc, span: Span) -> bool:
    """Whether a count of people opens its clause, as its subject: after the sentence's start,
    punctuation or a clause joiner (``patterns/clause_joiners.txt``), past approximators and
    ``all`` (``Nearly all 23 patients``); not after a verb or a preposition (``involved just seven
    patients and showed ...``, ``an analysis of more than 860 patients showed``): there the people
    are the object, and what the clause says happened is the study's."""
    i = _word_before_count(doc, span, word_set("approximators.txt") - word_set(CLAUSE_JOINERS))
    if inside_people_aside(doc, span):
        return False  # "four patients (two men and two women) had stable disease": two is four's breakdown
    return i < sent(span).start or doc[i].is_punct and doc[i].text not in ("%", "$") \
        or doc[i].lower_ in word_set(CLAUSE_JOINERS)


def _word_before_count(doc: Doc, span: Span, skipped: frozenset[str]) -> int:
    """The token before a count of people past the words of ``skipped`` and ``all`` (``Nearly all
    23 patients``), or one before its sentence's start."""
    start, skipped = sent(span).start, skipped | {ALL_OF_THEM}
    i = span.start - 1
    while i >= start and doc[i].lower_ in skipped:
        i -= 1
    return i


def _groups_in_breakdown(doc: Doc, span: Span) -> bool:
    """Whether the bracket that breaks a count's people down (:func:`people_aside`) names a trial
    group (``96 adults (58 placebo, 38 metformin) developed diabetes``): the count is the
    groups' total, and each group's share of it is written in the bracket."""
    aside = people_aside(doc, span)
    return aside is not None and any(aside[0] < m.start and m.end <= aside[1] for m in named_mentions(doc, sent(span)))


def _count_cannot_be_told(doc: Doc, span: Span) -> bool:
    """Whether no outcome linker can make a count of people a result (:func:`_count_outcome_told`),
    known before its outcome is linked: the count does not open its clause (or a ratio's ``every N``
    stands before it), and the word before it, past approximators and ``all``, is no preposition
    that ``occurred-in`` and ``effect-in-people`` read (``patterns/described_group_prepositions.txt``,
    ``in``, ``among``) nor a bracket. Such a count is left out without linking its outcome."""
    if _count_opens_clause(doc, span) and not _ratio_before(doc, span):
        return False
    i = _word_before_count(doc, span, word_set("approximators.txt"))
    return i >= sent(span).start and doc[i].text not in ("(", "[") \
        and doc[i].lower_ not in word_set("described_group_prepositions.txt") | OCCURRED_IN_PREPOSITIONS


def _count_outcome_told(doc: Doc, span: Span, endpoint: Span | None, outcome: Outcome | None,
                        linker: str | None) -> bool:
    """Whether the outcome linked to a count of :data:`COUNT_OF_PEOPLE` is told by the count's own
    clause: a linker of :data:`OWN_CLAUSE_LINKERS` found it, the count opens its clause
    (:func:`_count_opens_clause`, or it follows ``in``, as ``occurred-in`` and ``effect-in-people``
    read), and a verb alone names it only where it names an outcome by itself (``died``:
    ``patterns/outcome_verb_nouns.txt``) or a known endpoint: ``Two patients discontinued therapy``
    is a dropout, which the trial's sizes tell."""
    if linker not in OWN_CLAUSE_LINKERS:
        return False
    if linker in IN_PEOPLE_LINKERS:
        return True
    if not _count_opens_clause(doc, span) or _ratio_before(doc, span):
        return False
    if linker == "verb-after-value" and (outcome is None or outcome[0].lower() not in verb_nouns()
                                         and not names_harm_left(doc, outcome)):
        return False  # "Fourteen women ... reported pain": a verb alone, not a known outcome near it
    told_at = endpoint.start_char if endpoint is not None else outcome[1][0] if outcome is not None else None
    return told_at is not None and _past_event(doc, span, told_at)


#: A ratio written before a count (``for every 300 people screened, one person ...``): the count is
#: one of a number needed to treat or screen, not a count of the trial's people.
_RATIO_BEFORE = compile_pattern(r"(?i)\bevery\s+(?:[\d,]+|[a-z]+\s+(?:hundred|thousand))\b")


def _ratio_before(doc: Doc, span: Span) -> bool:
    """Whether the clause before a count holds a ratio's ``every N``."""
    start, _ = clause_bounds(sent(span), span.start)
    return bool(_RATIO_BEFORE.search(text_of(doc)[doc[start].idx:span.start_char]))


def _past_event(doc: Doc, span: Span, told_at: int) -> bool:
    """Whether the verb that tells a count's outcome, the last verb or auxiliary from the count's
    people up to where the outcome is written, tells what happened to them in the trial: a finite
    verb of the past, not a verb of the present (``78 million adults have high blood pressure``:
    ``patterns/present_statement_words.txt``), after a modal or ``to`` (``two will have a heart
    attack``: ``patterns/describing_words.txt``), nor an ``-ing`` form (``preventing four patients
    from having a stroke``, ``were deemed to be having``), whose subject is not the count."""
    present, describing = word_set("present_statement_words.txt"), word_set("describing_words.txt")
    last = next((t for t in doc[span.end:sent(span).end] if t.idx + len(t.text) > told_at), None)
    end = last.i + 1 if last is not None else sent(span).end
    verb = next((t for t in reversed(doc[span.end:end]) if classes(t.text) & {VERB, AUX}
                 and not t.like_num and t.lower_ not in word_set("populations.txt")), None)
    if verb is None:
        return False
    before = doc[verb.i - 1].lower_ if verb.i > span.end else ""
    if before in PERFECT_AUXILIARIES and verb.lower_.endswith(PERFECT_PARTICIPLE_END) and VERB in classes(verb.text):
        return True  # "Five patients have remained insulin-free": a present perfect of what happened in the trial
    return verb.lower_ not in present and before not in present and before not in describing \
        and not verb.lower_.endswith("ing")


#: The auxiliaries of a present perfect, and the ending of the regular participle after them, that
#: tell what has happened to a count's people since the trial began (``have remained insulin-free``,
#: ``have stopped dialysis``); not ``have had`` (``78 million adults have had a heart attack``: how
#: things are), nor ``have`` alone (``have high blood pressure``).
PERFECT_AUXILIARIES = frozenset({"have", "has"})
PERFECT_PARTICIPLE_END = "ed"


#: The rule of ``patterns/numbers.jsonl`` that reads a bare number after ``and`` with a group named
#: right after it (``... and 229 in the placebo group``, ``... and 5.8 with chemotherapy``).
AND_PARTNER = "AND_PARTNER"
#: What such a number becomes: the other group's count after a count (``count-after-and``), or the
#: other group's measure in the unit of the measure before it (``unit-after-partner``).
COUNT_AFTER_AND, UNIT_AFTER_PARTNER = "count-after-and", "unit-after-partner"
#: Labels of measures whose unit a bare number after ``and`` or a comparator takes.
_UNIT_LABELS = ("DURATION", "QUANTITY")
#: Words after the other group's number that open its group (``versus 72 in the X group``).
_GROUP_PREPOSITIONS = frozenset({"in", "on", "among", "with", "for", "receiving", "taking", "given", "treated"})


def _and_partners(doc: Doc, readable: list[Span], drop: Callable[[tuple[Span, str]], None]) -> dict[Span, Span]:
    """Each bare number after ``and`` that names its group (``AND_PARTNER``), labelled as the value
    nearest before it in its sentence, whose partner it is: a count after a count (``14
    hospitalizations in the X group and 9 in the placebo group``), a measure in the unit of a
    measure (``an average of 7.5 months with X and 5.8 with Y``), with that partner; a number after
    any other value, or after none, is left out."""
    found: dict[Span, Span] = {}
    earlier = sorted(readable, key=lambda s: s.start)
    compared = [s for s in readable if s.id_ == COUNT_AFTER_COMPARATOR and s.end < len(doc)
                and doc[s.end].lower_ in _GROUP_PREPOSITIONS]  # "versus 72 in the X group": a group, no people noun
    for span in sorted(spans(doc, AND_PARTNER) + compared, key=lambda s: s.start):
        sentence = sent(span)
        before = [v for v in earlier if sentence.start <= v.start and v.end <= span.start]
        partner = before[-1] if before else None
        if span.label_ != AND_PARTNER:  # after a comparator: a count stays one, a measure's partner takes its unit
            if partner is not None and partner.label_ in _UNIT_LABELS and partner.id_ != PAIR_RULE:
                made = Span(doc, span.start, span.end, label=partner.label_, span_id=UNIT_AFTER_PARTNER)
                found[made] = partner
                earlier = sorted([v for v in earlier if v is not span] + [made], key=lambda s: s.start)
            continue
        if partner is not None and partner.label_ in COUNT_LABELS:
            made = Span(doc, span.start, span.end, label="EVENT_COUNT", span_id=COUNT_AFTER_AND)
        elif partner is not None and partner.label_ in _UNIT_LABELS and partner.id_ != PAIR_RULE:
            made = Span(doc, span.start, span.end, label=partner.label_, span_id=UNIT_AFTER_PARTNER)
        else:
            drop((span, WHY_NO_PARTNER))
            continue
        found[made] = partner
        earlier = sorted(earlier + [made], key=lambda s: s.start)
    return found


def _unit_partner(span: Span) -> Span | None:
    """The measure whose unit a ``unit-after-partner`` number takes: the nearest before it in its sentence."""
    sentence = sent(span)
    before = [m for m in spans_starting(span.doc, *_UNIT_LABELS, start=sentence.start, end=span.start)
              if m.end <= span.start]
    return before[-1] if before else None


#: Why :func:`value_spans` leaves a candidate out (the trace's ``filtered-by-value-spans:<why>``):
#: a duration or quantity whose amount cannot be read; a span inside a longer one; a number of a
#: statistic (a hazard ratio, a CI, a p-value) or of a dose; a count after a comparator with no count
#: before it; a number after an ordinal noun (``grade 3``); a duration or quantity that modifies a
#: noun (``a 12-week trial``); a duration after a word of time (``at six weeks``); a relative change
#: between groups (a comparison's, not a result's).
WHY_UNREADABLE_QUANTITY, WHY_OVERLAPPED, WHY_IN_STATISTIC, WHY_IN_DOSE, WHY_UNPAIRED_COUNT, WHY_ORDINAL_LABEL, \
    WHY_MODIFIER, WHY_TIME_POINT, WHY_BETWEEN_GROUPS = (
        "unreadable-quantity", "inside-longer-value", "statistic", "dose", "count-without-partner", "ordinal-label",
        "modifier", "time-point", "between-groups-change")
#: A bare number after ``and`` whose partner before it is no count or measure, or was left out itself.
WHY_NO_PARTNER = "value-without-partner"
#: A rate after a currency (``$5 per day``): a price.
WHY_PRICE = "price"


#: The most tokens between the start of a change between groups and its ``to`` (``from 5.2 months
#: with placebo to``).
FROM_TO_TOKENS = 8


def _group_change_start(doc: Doc, span: Span) -> bool:
    """``from 5.2 months on placebo to 8.9 months with X``: a duration after ``from`` that one
    group's name follows before the ``to`` of another duration is that group's value, not a time."""
    if span.start == 0 or doc[span.start - 1].lower_ != "from":
        return False
    stop = min(sent(span).end, span.end + FROM_TO_TOKENS)
    to = next((t.i for t in doc[span.end:stop] if t.lower_ == "to"), None)
    if to is None or not any(d.start == to + 1 for d in spans(doc, "DURATION")):
        return False
    return any(span.end <= m.start and m.end <= to for m in spans_starting(doc, "ARM_MENTION", start=span.end, end=to))


def _in_group_change(doc: Doc, span: Span) -> bool:
    """An end of a change between groups (``from 5.2 months on placebo to 8.9 months with X``): its
    other end is no time point of it."""
    if _group_change_start(doc, span):
        return True
    if span.start == 0 or doc[span.start - 1].lower_ != "to":
        return False
    return any(_group_change_start(doc, d) for d in spans_starting(doc, "DURATION", start=max(
        sent(span).start, span.start - FROM_TO_TOKENS - len(span)), end=span.start))


def _change_statistic(doc: Doc, span: Span) -> str:
    change = _change_around(doc, span)
    if change is not None and change.id_ in _VERB_CHANGE_RULES:  # "cut pain scores by 30 percent"
        return "percent reduction" if change.label_ == "REDUCTION" else "percent increase"
    after = text_of(doc)[span.end_char:span.end_char + 20].lower()
    return "percent increase" if re.match(r"\s*(?:increase|rise|gain|more|higher)", after) else \
        "percent reduction" if re.match(r"\s*(?:reduction|decrease|drop|decline|fall|lower|fewer|less)", after) else "rate"


def _bracketed_count(doc: Doc, span: Span) -> Span | None:
    """The count of people in brackets right after a percentage: ``1% (four patients)``,
    ``62% (67/108)`` (the count before the slash, of the total after it)."""
    bracket = _OPEN_BRACKET.match(text_of(doc), span.end_char)
    if bracket is None:
        return None
    return next((count for count in spans(doc, "POPULATION", "COUNT_SLASH") if count.start_char == bracket.end()
                 and parse_number(_count_number(count)) is not None), None)


def _count_number(count: Span) -> str:
    """The number that counts people in a count span: ``four`` of ``four patients``, ``67`` of ``67/108``."""
    return count.text.split("/")[0].strip() if count.label_ == "COUNT_SLASH" else count.text.split()[0]


#: A count of people and the bracket that opens right after it: ``359 patients (``.
_BRACKET_AFTER_COUNT = compile_pattern(r"\s*[(\[]\s*$")


def count_before(doc: Doc, span: Span) -> Span | None:
    """The count of people a percentage is the share of, written just before its bracket:
    ``359 patients (59%)``, ``41 women (10.3%)``. The two are one result: the count takes the
    percentage's group and outcome. A count of people who had an event may give its share in an
    aside before its verb (:func:`_count_before_share`): ``seven (8.2 percent) had full
    responses``, ``14 of them - or 35 per cent - improved``."""
    if span.label_ != "PERCENT" or sent(span).start_char >= span.start_char:
        return None
    before = text_of(doc)[sent(span).start_char:span.start_char]
    bracket = _BRACKET_AFTER_COUNT.search(before)
    if bracket is None:
        return _count_before_share(doc, span)
    end = sent(span).start_char + bracket.start()
    count = next((count for count in spans(doc, "POPULATION") if count.end_char == end
                  and parse_number(count.text.split()[0]) is not None), None)
    if count is not None and _total_of_count(doc, count.start):
        return None  # "19 of 66 patients (28.8%)": 66 is the total the rate is of, not its count
    return _last_count(count) if count is not None else _count_before_share(doc, span)


def _total_of_count(doc: Doc, start: int) -> bool:
    """Whether the number at token ``start`` is the total after a count: ``19 of 66``, ``79 out of
    199``, ``Nine of the 40``."""
    i = start - 1
    if i >= 1 and doc[i].lower_ in word_set(OF_TOTAL_DETERMINERS):
        i -= 1
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ == "out":
        i -= 1
    return i >= 1 and doc[i].lower_ in ("of", "out") and doc[i - 1].like_num


#: The rule name of a count read before the aside that gives its share (:func:`_count_before_share`).
COUNT_BEFORE_SHARE = "count-before-share"
#: The most tokens of a count's people after ``of`` (``of the 78 evaluable patients``).
PARTITIVE_PEOPLE_TOKENS = 5
#: Words between ``of`` and the total a count is taken from (``Nine of the 40 children``).
OF_TOTAL_DETERMINERS = "of_total_determiners.txt"
CLAUSE_JOINERS = "clause_joiners.txt"
#: The verbs after a count of people that make it a count of what happened to them.
SHARE_EVENT_VERBS = "event_verbs.tsv:count"
SHARE_PEOPLE_VERBS = "event_verbs.tsv:people-count"
#: A year is no count (``in 2009 (12%) ...``).
_YEAR = compile_pattern(r"(?:19|20)\d\d")


@cache
def _share_verbs() -> frozenset[str]:
    """The verbs a count's share is told with (``SHARE_EVENT_VERBS`` and ``SHARE_PEOPLE_VERBS``), one set."""
    return word_set(SHARE_EVENT_VERBS) | word_set(SHARE_PEOPLE_VERBS)


def _count_before_share(doc: Doc, span: Span) -> Span | None:
    """The count of people written before an aside that gives its share, when a verb of what
    happened to them follows the aside (``event_verbs.tsv``, uses ``count`` and ``people-count``):
    ``seven (8.2 percent) had full responses``, ``22 of them, or 11 percent, had a stroke``,
    ``14 of the patients - or 35 per cent - improved``. The count is a bare number that opens its
    clause, a number of its people (``22 of them``, ``Five of the 20 men``: the first number, not
    the total), or a count span of people (``seven patients, or 12 percent, had``)."""
    aside = share_aside(doc, span)
    if aside is None:
        return None
    sentence = sent(span)
    if per_sentence(sentence, "respectively", lambda: any(t.lower_ in RESPECTIVELY for t in sentence)):
        return None  # "21 (7%) and 40 (14%), respectively, relapsed": the order linkers place the shares
    last, closer = aside[0] - 1, aside[1]
    if last <= sentence.start or closer + 1 >= sentence.end \
            or doc[closer + 1].lower_ not in _share_verbs():
        return None
    words = counted_people_words()
    count = next((c for c in spans(doc, "POPULATION") if c.end == last + 1 and c.start >= sentence.start
                  and parse_number(c.text.split()[0]) is not None), None)
    if count is not None:
        if _total_of_count(doc, count.start):
            return None  # "19 of 66 patients, or 28.8 percent,": 66 is the total
        return _last_count(count)
    number = last
    if doc[last].lower_ in words or singular(doc[last].lower_) in words:  # "22 of them", "five of the 20 men"
        of = next((j for j in range(last - 1, max(sentence.start, last - PARTITIVE_PEOPLE_TOKENS) - 1, -1)
                   if doc[j].lower_ == "of"), None)
        if of is None or of - 1 < sentence.start:
            return None
        number = of - 1
    end = number + 1
    while number - 2 >= sentence.start and doc[number - 1].text == "-" and doc[number - 2].like_num:
        number -= 2  # "Sixty-three of these patients": the whole number in words
    if not doc[number].like_num or parse_number(doc[number:end].text) is None or _YEAR.fullmatch(doc[number].text):
        return None
    if end == last + 1 and number > sentence.start and not (doc[number - 1].is_punct and doc[number - 1].text in ",;:"
                                                          or doc[number - 1].lower_ in word_set(CLAUSE_JOINERS)):
        return None  # a bare number that does not open its clause ("at 12 (10%) sites")
    return Span(doc, number, end, label="EVENT_COUNT", span_id=COUNT_BEFORE_SHARE)


def _last_count(count: Span) -> Span:
    """The count nearest its people in a count span: ``one patient`` of ``2 urinary toxicity and
    one patient`` (a span that starts at an earlier number), ``six hundred patients`` whole."""
    doc = count.doc
    last = next((t.i for t in reversed(count) if t.like_num and parse_number(t.text) is not None), None)
    if last is None or last == count.start:
        return count
    first = last
    while first > count.start and (doc[first - 1].like_num or doc[first - 1].text == "-"):
        first -= 1
    return Span(doc, first, count.end, label=count.label_, span_id=count.id_)


def _counts_before(doc: Doc) -> dict[Span, Span]:
    """Each percentage's count of people written before it (:func:`count_before`), read once for
    the document: every count value asks whether a percentage reads it (:func:`_paired_count`)."""
    return {percent: count for percent in spans(doc, "PERCENT") if (count := count_before(doc, percent)) is not None}


def _paired_count(span: Span, counts_before: dict[Span, Span]) -> bool:
    """A count value inside ``N patients`` that a bracketed percentage follows: read with it."""
    return span.label_ in COUNT_LABELS and any(
        count.start_char <= span.start_char and span.end_char <= count.end_char for count in counts_before.values())


#: The rule of ``patterns/numbers.jsonl`` that reads the other group's count after a comparator.
COUNT_AFTER_COMPARATOR = "count-after-comparator"
#: The rules that read the other group's count after a comparator or an ``and`` (``... and 9 in the
#: placebo group``): a count only as the partner of a count before it in its sentence.
COUNT_PARTNER_RULES = frozenset({COUNT_AFTER_COMPARATOR, "count-after-and"})  # the second: see ``_and_partners``

@cache
def _abbreviated_statistics() -> dict[str, dict[str, str]]:
    """``patterns/abbreviated_statistics.json``: ``mOS`` is the median of ``OS``."""
    return {entry["abbreviation"]: entry for entry in load_json("abbreviated_statistics.json")["abbreviations"]}


#: Linker name of an outcome given by an abbreviated statistic before the value (``mOS 14.2 months``).
LINK_ABBREVIATED_STATISTIC = "abbreviated-statistic"


def abbreviated_statistic(doc: Doc, span: Span) -> tuple[dict[str, str], tuple[int, int]] | None:
    """The abbreviated statistic (``mOS``, ``mPFS``) last written before a duration in its
    clause, with no other outcome named between them, and its offsets: ``mPFS 7.1 vs 4.2
    months``, ``mOS was 14.2 months with X and 10.1 months with Y``."""
    if span.label_ != "DURATION":
        return None
    start, _ = clause_bounds(sent(span), span.start)
    known = _abbreviated_statistics()
    named = {i for m in spans_starting(doc, "ENDPOINT_MENTION", start=start, end=span.start) for i in range(m.start, m.end)}
    for i in range(span.start - 1, start - 1, -1):
        if doc[i].text in known:
            return known[doc[i].text], (doc[i].idx, doc[i].idx + len(doc[i].text))
        if i in named:
            return None  # "mOS 14.2 months and PFS 5.1 months": the value of the outcome named after it
    return None


def _abbreviated_endpoint(doc: Doc, data: dict, entry: dict[str, str], offsets: tuple[int, int]) -> str:
    """The endpoint an abbreviated statistic names: the article's endpoint with that abbreviation,
    else a new one named by the abbreviation."""
    short = entry["endpoint"]
    same = next((e for e in known_endpoints(data) if short in (e.get("abbreviation"), e["name"])), None)
    if same is not None:
        return same["abbreviation"] or same["name"]
    return add_endpoint(doc, data, (short, offsets))


def _pair_name(doc: Doc, data: dict, span: Span, unit: str | None, base: str | None, *, second: bool) -> str:
    """The endpoint of one number of a pair: the article's own (``systolic blood pressure``) or a
    new one, its evidence the outcome named in the sentence, else the pair."""
    paired = _pair_outcome(span, unit, base, second=second) or ""
    mention = next((m for m in endpoint_mentions(doc) if m.label_.lower() == paired), None)
    if mention is not None:
        return mention.label_
    named = next((m for m in endpoint_mentions(doc) if sent(m) == sent(span) and m.start < span.start
                  and _measure_pairs()[unit or ""]["outcome"] in m.label_.lower()), None)
    offsets = (named.start_char, named.end_char) if named is not None else (span.start_char, span.end_char)
    return add_endpoint(doc, data, (paired, offsets))


#: Tokens around a duration searched for the group it belongs to (``8.9 months with X``).
DURATION_GROUP_TOKENS = 6
#: Words right after a duration that make it a time point or an age (``two days after the
#: injection``, ``five years ago``, ``26 years old``), not a measured value.
DURATION_NOT_VALUE_AFTER = "duration_time_words.txt"
#: Words right before a duration that make it a schedule or a range of ages or times (``every 2
#: weeks``, ``between 12 and 28 weeks``).
DURATION_NOT_VALUE_BEFORE = "duration_schedule_words.txt"


def _contrasted_duration(doc: Doc, span: Span, sentence: Span) -> bool:
    """A duration of one group set against another's in its sentence (``Survival was 8.9 months
    with X and 5.2 months with placebo``, ``from 5.2 months on placebo to 8.9 months with X``): a
    result of each group, though no ``median`` or ``mean`` is written. It needs another duration in
    the sentence and a group named next to it, and is no time point or age (``two days after``)."""
    if span.end < len(doc) and doc[span.end].lower_ in word_set(DURATION_NOT_VALUE_AFTER) \
            or span.start > 0 and doc[span.start - 1].lower_ in word_set(DURATION_NOT_VALUE_BEFORE):
        return False
    durations = [d for d in spans_starting(doc, "DURATION", start=sentence.start, end=sentence.end)]
    if not any(d.start != span.start for d in durations):
        return False
    start = max(sentence.start, span.start - DURATION_GROUP_TOKENS)
    end = min(sentence.end, span.end + DURATION_GROUP_TOKENS)
    for other in durations:  # a group next to this duration, not across another one
        if other.end <= span.start:
            start = max(start, other.end)
        elif other.start >= span.end:
            end = min(end, other.start)
    return bool(spans_starting(doc, "ARM_MENTION", start=start, end=end))


def _duration_pair(doc: Doc, span: Span, values: list[Span]) -> bool:
    """Two durations of one unit side by side in a sentence that names a group (``The X group went
    longer before a relapse, 1,420 days compared to 870 days``): one group's against the other's."""
    run = paired_run(doc, span, values)
    if len(run) != 2 or any(d.label_ != "DURATION" for d in run) \
            or len({parse_quantity(span_text(d))[1] if parse_quantity(span_text(d)) else None for d in run}) != 1:
        return False
    sentence = sent(span)
    return bool(spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end))


def about_other_research(doc: Doc, sentence: Span) -> bool:
    """A sentence about the disease, the market or other research (:data:`BACKGROUND`,
    :data:`MARKET`) naming no arm of this trial, or about a study named by its year (``One 2010
    study of 199 patients found ...``: this trial's paper is "the new study")."""
    return bool(per_sentence(sentence, "other-research", lambda: bool(
        (BACKGROUND.search(span_text(sentence)) or MARKET.search(span_text(sentence)))
        and not any(m.text.lower() not in word_set(GENERIC_ARM_WORDS)
                    for m in spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end))
        or dated_study().search(span_text(sentence)) or OTHER_RESEARCH.search(span_text(sentence)))))


#: Words that present a finding in the present tense (``patterns/reported_finding_words.txt``: ``the
#: study finds``, ``according to``): a sentence holding one reports what a study found.
_REPORTED_FINDING = StartFilteredPattern(_cue_phrases("reported_finding_words.txt"))
#: Forms of a verb of the present with a subject before them (``patterns/present_statement_words.txt``:
#: ``is``, ``are``, ``has``, ``there's``), not in a relative clause, which describes who or what.
_PRESENT_FORM = compile_pattern(r"(?i)(?<!\bwhich )(?<!\bthat )(?<!\bwho )\b" + phrase_regex("present_statement_words.txt") + r"\b")
#: A word: a letter, then letters, digits, apostrophes or hyphens (``didn't``, ``well-known``).
WORD = compile_pattern(r"[A-Za-z][\w'\u2019-]*")


def _present_verb(text: str) -> bool:
    """A verb of the present: a form of :data:`_PRESENT_FORM`, or a word that can only be a verb in
    WordNet's classes, in its plain or -s form (``prevent``, ``occurs``; not ``-ing`` nor ``-ed``)."""
    if _PRESENT_FORM.search(text):
        return True
    words = WORD.findall(text)
    return any(classes(word) == {VERB} and not word.lower().endswith(("ing", "ed")) for word in words) \
        or any(_plain_verb_after_plural(before, word) for before, word in zip(words, words[1:]))


def _plain_verb_after_plural(before: str, word: str) -> bool:
    """A word WordNet reads as a verb or a noun, in its plain form, right after a plural noun: the
    verb of the present of that subject (``1% of users get an infection``, ``half of patients need``; a
    plain form in -eed is no regular past),
    not a form that is its own past too (``cut``, ``patterns/past_statement_words.txt``)."""
    lower = word.lower()
    return classes(word) == {VERB, NOUN} and not lower.endswith(("s", "ing")) \
        and (not lower.endswith("ed") or lower.endswith("eed")) \
        and lower not in word_set("past_statement_words.txt") \
        and before.lower().endswith("s") and not before.lower().endswith("ss") and NOUN in classes(before)


#: Participles that describe a thing or its people (``newly diagnosed``, ``an infection called PID``,
#: ``patterns/describing_participles.txt`` and the naming words of ``outcome_naming_words.txt``): no
#: past form of the sentence, unless a preposition or a determiner follows (``called for more studies``,
#: ``the journal called the drug a breakthrough``).
_DESCRIBING_PARTICIPLE = compile_pattern(r"(?i)(?<![\w-])" + phrase_regex("describing_participles.txt", "outcome_naming_words.txt")
                                         + r"(?![\w-])(?P<next>\s+[A-Za-z]+)?")


def _without_describing_participles(text: str) -> str:
    """``text`` with its describing participles (:data:`_DESCRIBING_PARTICIPLE`) blanked, for the
    reader of a past form to judge only the verbs that tell what happened."""
    def blank(match: re.Match) -> str:
        following = (match.group("next") or "").strip()
        if following and classes(following) & {PREP, DET}:
            return match.group(0)
        end = match.start("next") if match.group("next") else match.end()
        return " " * (end - match.start()) + text[end:match.end()]
    return _DESCRIBING_PARTICIPLE.sub(blank, text)


def general_statement(sentence: Span) -> bool:
    """A sentence told in the present, with no past form (``conclusions.told_in_past``: a trial's result
    is what happened to its people, told in the past) and no word presenting a study's finding
    (:data:`_REPORTED_FINDING`): how things are in general, the disease's toll, a product's make, a
    rule (``Asthma sends 9,000 children to hospital a year``, ``there is a 1 in 30 chance``, ``a
    visual acuity of 20/40 in at least one eye is required``). A sentence with no verb (a list's
    item, ``15% in the placebo group.``) is not judged."""
    from .conclusions import told_in_past  # (conclusions reads this module's BACKGROUND)
    return bool(per_sentence(sentence, "general-statement", lambda: (
        not told_in_past(_without_describing_participles(span_text(sentence))) and _present_verb(span_text(sentence))
        and not _REPORTED_FINDING.search(span_text(sentence)))))


#: Arm names that say only which side a group is on (``control``): met in a sentence about the
#: disease they are most often another word (``drugs can't control the seizures``, ``the Centers
#: for Disease Control``), so they do not make it a sentence about the trial's groups.
GENERIC_ARM_WORDS = "generic_arms.txt"


#: Tokens before a value read for a word of age or of prevalence (``between the ages of 50 and 90``,
#: ``affects 50 to 70 percent``), up to the punctuation that ends its phrase.
TRAIT_TOKENS = 5
#: Tokens between a share of people and the change they had that make the change a responder's
#: threshold (``37 percent of the women reported a 50 percent reduction in pain``).
RESPONDER_TOKENS = 12
#: Tokens after a value read for the words that assign its people to a group (``Two-thirds of them
#: (26) were randomly assigned``).
ASSIGNMENT_TOKENS = 10
#: Labels of values that give a share or a count of people.
_PEOPLE_LABELS = frozenset({"PERCENT", "FRACTION", "EVENT_COUNT", "COUNT_OF"})
#: Words that open a clause about the people of a value, whose verb is not the value's own.
_RELATIVE_PRONOUNS = word_set("relative_pronouns.txt")
#: Words that join a second clause with its own subject (``46% of normal, while placebo patients had ...``).
_CLAUSE_JOINERS = word_set("clause_joiners.txt")
#: The reasons :func:`not_a_result` gives, by the lexicon that decides each.
THRESHOLD, RESPONDER_THRESHOLD, AGE, ASSIGNED_SHARE, ENROLLED_COUNT, PREVALENCE, RELATIVE_DIFFERENCE = (
    "threshold", "responder-threshold", "age", "assigned-share", "enrolled-count", "prevalence", "relative-difference")
#: Why a count after the definite article is no result: ``the 174 women in the placebo group``, ``the
#: 35 patients who got X``, ``Of the 26 adults in the study, ...`` name a group by its size (news writes
#: the people a trial counted so); what befell them is counted without it (``six had a response``).
GROUP_SIZE = "group-size"
#: The definite article(s): ``patterns/articles.txt`` without its indefinite ones.
_DEFINITE_ARTICLES = word_set("articles.txt") - word_set("indefinite_articles.txt")
#: Why a year is no count (``conducted in 2003``).
YEAR = "year"
#: Why a value of a sentence set at the trial's start is no result (``At the start of the trial, ...
#: 90 percent had type 2 diabetes``: ``patterns/enrolment_time_cues.txt``).
ENROLMENT_TIME = "enrolment-time"
_ENROLMENT_TIME = compile_pattern(r"(?i)\b" + phrase_regex("enrolment_time_cues.txt") + r"\b")
#: The words that set a count's people at the trial's start: ``at`` and a word of
#: ``patterns/baseline_words.txt`` (``at the outset``), a cue of ``patterns/enrolment_time_cues.txt``
#: (``at enrollment``), or one of ``patterns/baseline_trait_cues.txt`` (``when they enrolled``,
#: ``were already``).
_BASELINE_TRAIT_CUE = r"(?:at\s+(?:the\s+)?" + BASELINE_WORDS + "|" + phrase_regex("enrolment_time_cues.txt") + "|" \
    + phrase_regex("baseline_trait_cues.txt") + ")"
_BASELINE_TRAIT = compile_pattern(r"(?i)\b" + _BASELINE_TRAIT_CUE + r"\b")
_OPENING_BASELINE = compile_pattern(r"(?i)^\W*" + _BASELINE_TRAIT_CUE + r"\s*,")


def _trait_at_start(doc: Doc, span: Span) -> bool:
    """Whether a value's own clause says its people were so when the trial began
    (``patterns/baseline_trait_cues.txt``): in the words from the value to the next punctuation or
    clause joiner (``Ten patients had diabetes at baseline``, ``Ten patients already had heart
    disease``), or in a phrase that opens the sentence before the value (``At the start, twelve
    patients were in remission``); not where those words hold a word of change (``fell from 8.1%
    at baseline``): the change is a result."""
    sentence = sent(span)
    joiners = word_set(CLAUSE_JOINERS)  # (asked once, not at every word)
    end = next((t.i for t in doc[span.end:sentence.end] if t.is_punct and t.text not in ("%", "-", "'")
                or t.lower_ in joiners), sentence.end)
    after = text_of(doc)[span.end_char:doc[end - 1].idx + len(doc[end - 1].text)] if end > span.end else ""
    opening = text_of(doc)[sentence.start_char:span.start_char]
    told = _OPENING_BASELINE.match(opening) or next(
        (m for m in _BASELINE_TRAIT.finditer(after) if not _SET_AGAINST_START.search(after[:m.start()])), None)
    return bool(told) and not _CHANGE_WORDS.search(after)


#: Words before a phrase of the trial's start that set the value against it (``41% fewer hot flashes
#: than at the outset``, ``to 50 from about 120 at the start``): a comparison with the start, no trait.
_SET_AGAINST_START = compile_pattern(r"(?i)\b(?:than|from|since|versus|vs|compared\s+(?:with|to))\b")


#: The years a four-digit number after a word of time may be (``in 2003``).
YEAR_MIN, YEAR_MAX = 1900, 2099
#: Words after which a four-digit number is a year (``patterns/year_cues.txt``, with the month names).
YEAR_CUES = ("year_cues.txt", "months.txt")
#: Nouns of people: a four-digit number before one is a count (``in 1950 patients``).
POPULATION_NOUNS = "populations.txt"


def _a_year(doc: Doc, span: Span) -> bool:
    """A four-digit number in the range of years written after a word of time or a month (``in
    2003``, ``since 2010``, ``March 2015``): a year, not a count of people."""
    text = span.text.strip()
    if not (text.isdigit() and len(text) == len(str(YEAR_MAX)) and YEAR_MIN <= int(text) <= YEAR_MAX) \
            or span.start == 0:
        return False
    if span.end < len(doc) and doc[span.end].lower_ in word_set(POPULATION_NOUNS):
        return False  # "in 1950 patients": a count of people, whatever precedes it
    before = doc[span.start - 1].lower_.rstrip(".,")
    return any(before in word_set(name) for name in YEAR_CUES)


#: Why an end of a range of values is no result (``20 to 30 percent``).
RANGE_END = "range-end"
#: Words that join the two ends of a range (``patterns/range_words.txt``), and those that open a
#: range (``between 10% and 15%``) or a change (``from 45% to 30%``: two results, no range).
RANGE_WORDS = "range_words.txt"
_RANGE_OPENER, _CHANGE_OPENER, _RANGE_CLOSER = "between", "from", "and"
#: Words between ``from`` or ``between`` and the first end (``from about 45%``).
RANGE_OPENER_TOKENS = 2


def _range_end(doc: Doc, span: Span) -> bool:
    """Whether a percentage is an end of a range of percentages (``5 to 10 percent``, ``between 10%
    and 15%``), not a change from one to the other (``from 45% to 30%``)."""
    percents = spans_starting(doc, "PERCENT", start=sent(span).start, end=sent(span).end)
    first = next((v for v in percents if v.end + 1 == span.start), None)  # span is the second end
    second = next((v for v in percents if span.end + 1 == v.start), None)  # span is the first end
    low = first if first is not None else span if second is not None else None
    if low is None:
        return False
    joiner = doc[low.end].lower_
    opener = {t.lower_ for t in doc[max(sent(span).start, low.start - RANGE_OPENER_TOKENS - 1):low.start]}
    if _CHANGE_OPENER in opener:
        return False  # "fell from 45% to 30%": two values, the change's start and end
    return joiner in word_set(RANGE_WORDS) or joiner == _RANGE_CLOSER and _RANGE_OPENER in opener


#: Labels of values with a unit written once after a range (``20 to 40 minutes``, ``one to two points``).
_MEASURE_LABELS = frozenset({"QUANTITY", "DURATION"})


def _measure_range_end(doc: Doc, span: Span) -> bool:
    """Whether a measure closes a range whose first end is a bare number (``walked 20 to 40 minutes
    a day``, ``rose by one to two points``, ``between 10 and 15 pounds``), not a change from one
    to the other (``from 12 to 18 months``)."""
    if span.start - 2 < sent(span).start or not doc[span.start - 2].like_num:
        return False
    joiner, low = doc[span.start - 1].lower_, span.start - 2
    opener = {t.lower_ for t in doc[max(sent(span).start, low - RANGE_OPENER_TOKENS):low]}
    if _CHANGE_OPENER in opener:
        return False
    return joiner in word_set(RANGE_WORDS) or joiner == _RANGE_CLOSER and _RANGE_OPENER in opener


#: Comparatives that make the number before them a difference between groups (``26 percent shorter``).
RELATIVE_COMPARATIVES = "comparatives.tsv:relative"


def _words_before(doc: Doc, span: Span, window: int) -> list[str]:
    """The words of at most ``window`` tokens before a value, back to punctuation that ends its
    phrase (not a colon that labels the value: ``mean age: x ± s years``). Both readers of these
    words read past such a colon: the word of age (:func:`_joins_number`) and the prevalence verbs
    of :func:`not_a_result` (``affects: 3%`` is read as ``affects 3%``)."""
    words = []
    i = span.start
    while i > sent(span).start and len(words) < window:
        token = doc[i - 1]
        if token.is_punct and token.text not in ("-", "/", ":"):
            break
        words.append(token.lower_)
        i -= 1
    return words


def _joins_number(token) -> bool:
    """A token that may stand between a word of age and its number: another number, a function
    word, an approximator or a copula (``ages of 50 and 90``, ``age was about 63``), a group's name
    or an age before (``Average age in group B was x ± s years and in group A y ± t years``,
    ``age in the placebo arm was 61``; the group's and age's spans found by bisection, not by a walk
    over every span of the doc for each token)."""
    return token.like_num or token.text in ("-", "/", ":") or bool(classes(token.text) & {DET, PREP, CONJ}) \
        or token.lower_ in word_set("approximators.txt") or token.lower_ in word_set("copulas.txt") \
        or token.lower_ in word_set("group_nouns.txt") \
        or overlaps_span(token.doc, "ARM_MENTION", token.i, token.i + 1) \
        or overlaps_span(token.doc, "DURATION", token.i, token.i + 1)


#: Why a percentage before ``absolute improvement`` is no result (``patterns/absolute_difference_words.txt``).
ABSOLUTE_DIFFERENCE = "absolute-difference"
#: Why a number named by a noun of difference is no result (``(difference, 2.3 points; P=.02)``).
NAMED_DIFFERENCE = "named-difference"
#: The most words of the phrase that tells what a difference lies in, between its noun and its number
#: (``the mean difference in change of pain score was -2.1``).
DIFFERENCE_SCOPE_TOKENS = 6
#: What may stand between a noun of difference and its number (``patterns/difference_value_separators.txt``).
_DIFFERENCE_SEPARATORS = "difference_value_separators.txt"
#: Words after such a number that make it a group's own value (``patterns/difference_value_followers.txt``).
_DIFFERENCE_FOLLOWERS = "difference_value_followers.txt"
#: The prepositions that open what a difference lies in (``difference in pain``, ``gap in survival``:
#: ``patterns/difference_scope_openers.txt``).
_DIFFERENCE_SCOPE_OPENERS = "difference_scope_openers.txt"
#: Tokens that join the percentages of a list before the word they share (``4.0% and 8.9% absolute``).
_LIST_JOINERS = word_set("list_joiners.txt")
#: Tokens that spell a percent sign (``patterns/percent_words.txt``).
_PERCENT_WORDS = word_set("percent_words.txt")
#: The most tokens read after a percentage for ``absolute``: a list of two or three percentages.
ABSOLUTE_LIST_TOKENS = 12


def _absolute_difference(doc: Doc, span: Span) -> bool:
    """A percentage (or a short list of them) right before ``absolute`` (``a 4.0% and 8.9% absolute
    improvement``): a difference between groups in percentage points, not a group's rate."""
    stop = min(sent(span).end, span.end + ABSOLUTE_LIST_TOKENS)
    for token in doc[span.end:stop]:
        if token.lower_ in word_set("absolute_difference_words.txt"):
            return True
        if not (token.lower_ in _LIST_JOINERS or token.like_num or token.lower_ in _PERCENT_WORDS):
            return False
    return False


#: Words right after a number that make it a bound of a category (``patterns/threshold_tails.txt``:
#: ``a 30 percent or greater drop``, ``20/40 or better vision``, ``$3,000 or more``), not a value measured.
_THRESHOLD_TAIL = compile_pattern(r"(?i)[\s-]*(?:" + phrase_regex("threshold_tails.txt") + r")\b")
#: ``of`` or ``by`` right before such a number: it is the size of a change the group had, a bound
#: of its result (``a decrease in A1c of 0.5% or more``, ``cut by 30% or more``), not a category.
_SIZE_OF_CHANGE = compile_pattern(r"(?i)\b(?:of|by)$")


#: A word of ``patterns/threshold_leads.txt`` ending the text before a number (``less than``, ``below``),
#: with the word before it (the bound is a value reached after a copula, ``to``, ``by``...).
_THRESHOLD_LEAD = StartFilteredPattern(compile_pattern(
    r"(?i)(?:\b(?P<word>[\w'\u2019]+)\W+)?\b(?:" + phrase_regex("threshold_leads.txt") + r")$"))
#: Words before such a bound that make it a value a group reached (``was less than 2%``, ``fell to below 10``).
_REACHED_BOUND = frozenset({"to", "by", "of", "in", "from", "at"}) | word_set("copulas.txt")
_OF_PEOPLE = compile_pattern(r"(?i)\s*(?:of|\()")


def _named_difference(doc: Doc, span: Span) -> bool:
    """A number a noun of difference names (``patterns/between_group_nouns.txt``), written right after
    it or after the phrase of what it lies in and a separator (``patterns/difference_value_separators.txt``):
    ``(difference, 2.3 points; P=.02)``, ``(absolute difference, 10.0%; 95% CI ...)``, ``the mean
    difference in pain score was -2.1``: the amount by which the groups differ, as abstracts and the
    press releases that copy them write it, not one group's value. Not a number followed by a group
    or a partner value (``patterns/difference_value_followers.txt``: ``the difference in fractures of 11.2
    percent in the placebo group``, ``no survival difference: 33.6% vs 32%``), which is a group's."""
    sentence = sent(span)
    after = span.end
    if after + 1 < sentence.end and doc[after].text == "(" \
            and (doc[after + 1].lower_ == "n" or doc[after + 1].like_num and after + 2 < sentence.end
                 and doc[after + 2].text in (")", "/")):  # "1.4% (n = 17) in the placebo group", "1.4% (17) in":
        after = next((t.i + 1 for t in doc[after:sentence.end] if t.text == ")"), sentence.end)  # past its count
    if after < sentence.end and doc[after].lower_ in word_set(_DIFFERENCE_FOLLOWERS):
        return False
    i = span.start - 1
    if i >= sentence.start and doc[i].lower_ in word_set(_DIFFERENCE_SEPARATORS):
        i -= 1
    first = i
    while i >= sentence.start and first - i <= DIFFERENCE_SCOPE_TOKENS:
        token = doc[i]
        if token.lower_ in word_set("between_group_nouns.txt"):
            scope = doc[i + 1:first + 1]
            return not scope or scope[0].lower_ in word_set(_DIFFERENCE_SCOPE_OPENERS)
        if not token.is_alpha or token.like_num:
            return False
        i -= 1
    return False


def _bound_of_a_range(text: str, span: Span, before: str) -> bool:
    """A number after a bound of ``threshold_leads.txt`` that sets a range a measure is set against
    (``achieved less than 7.0% HbA1c``, ``the healthy range, below 99 mg/dl``): not a value reached
    (after a copula, ``to``, ``by``...), nor a count of people (``less than 1% of users``,
    ``fewer than 1% (two patients)``)."""
    lead = _THRESHOLD_LEAD.search(before)
    return lead is not None and (lead.group("word") or "").lower() not in _REACHED_BOUND \
        and not _OF_PEOPLE.match(text, span.end_char)


def not_a_result(doc: Doc, span: Span, values: list[Span]) -> str | None:
    """Why a value measures no outcome of the trial's people, or None: a threshold after a sign
    (``adverse events (>10%)``, ``patterns/threshold_signs.txt``) or before a tail (``a 30 percent or
    greater drop``, ``patterns/threshold_tails.txt``), the change that defines a
    responder (``37 percent of the women reported a 50 percent reduction``), an age (``between the
    ages of 50 and 90``), a share of people assigned to a group (``Two-thirds of them were randomly
    assigned``), a count of people described as they were enrolled (``a trial in 27,500 patients
    who had a heart attack``), a value of a sentence set at the trial's start (``At the start of
    the trial, 90 percent had diabetes``), how common a disease is (``affects nearly 3 percent of``), or
    a count after the definite article, a group named by its size (``the 174 women in the placebo group``)."""
    text = text_of(doc)
    before = text[max(sent(span).start_char, span.start_char - STATISTIC_CHARS):span.start_char].rstrip()
    if any(before.endswith(sign) for sign in load_lexicon("threshold_signs.txt")) \
            or _THRESHOLD_TAIL.match(text, span.end_char) and not _SIZE_OF_CHANGE.search(before) \
            or _bound_of_a_range(text, span, before):
        return THRESHOLD  # "adverse events (>10%)", "a 30 percent or greater drop", "20/40 or better vision"
    if _ENROLMENT_TIME.search(span_text(sent(span))) and not _CHANGE_WORDS.search(span_text(sent(span))):
        return ENROLMENT_TIME  # the people as they were enrolled, not what the trial did to them
    if not is_abstract(doc) and _trait_at_start(doc, span):  # abstracts' baseline tables are scored as values
        return ENROLMENT_TIME  # "Ten patients had diabetes at baseline", "At the start, twelve were in remission"
    words = _words_before(doc, span, TRAIT_TOKENS)
    age = next((i for i, word in enumerate(words) if word in word_set("age_words.txt")), None)
    if age is not None and all(_joins_number(doc[span.start - 1 - i]) for i in range(age)):
        return AGE  # "between the ages of 50 and 90", not "women ages 40-49 detect 19% more cancers"
    if word_set("prevalence_verbs.txt") & set(words):
        return PREVALENCE
    if span.label_ in COUNT_LABELS and _a_year(doc, span):
        return YEAR  # "an investigation they conducted in 2003"
    if span.label_ == "PERCENT" and _range_end(doc, span) or span.label_ in _MEASURE_LABELS and _measure_range_end(doc, span):
        return RANGE_END  # "lost 5 to 10 percent of their weight", "reduced symptoms by 20 percent to 30 percent"
    if span.label_ in _PEOPLE_LABELS and span.end < sent(span).end and doc[span.end].lower_ in word_set(RELATIVE_COMPARATIVES) \
            and _change_around(doc, span) is None \
            and not from_baseline(text[doc[span.end].idx:sent(span).end_char], doc, doc[span.end].idx):
        return RELATIVE_DIFFERENCE  # "26 percent shorter colds", "54 fewer women": set against another group
    if span.label_ == "PERCENT" and _absolute_difference(doc, span):
        return ABSOLUTE_DIFFERENCE  # "a 4.0% and 8.9% absolute improvement ... for X vs Y": between groups
    if _named_difference(doc, span):
        return NAMED_DIFFERENCE  # "(difference, 2.3 points; P=.02)": the amount the groups differ by
    if span.label_ == "PERCENT" and _CHANGE_WORDS.match(text[span.end_char:span.end_char + STATISTIC_CHARS].lstrip()):
        earlier = [v for v in values if v.label_ in _PEOPLE_LABELS and sent(v) == sent(span) and v.end <= span.start
                   and span.start - v.end <= RESPONDER_TOKENS]
        between = doc[earlier[-1].end:span.start] if earlier else None
        if between is not None and (between[0].lower_ == "of" or earlier[-1].label_ in COUNT_LABELS) \
                and not any(t.is_punct or t.lower_ in _CLAUSE_JOINERS for t in between) \
                and word_set("responder_verbs.txt") & {t.lower_ for t in between}:
            return RESPONDER_THRESHOLD  # the share is the subject of the verb that has the change
    _, end = clause_bounds(sent(span), span.start)
    after = list(doc[span.end:min(end, span.end + ASSIGNMENT_TOKENS)])
    for i, token in enumerate(after):
        if token.lower_ in _RELATIVE_PRONOUNS:
            break  # "45% of those who were assigned to X had ...": only the value's own verb assigns it
        if token.lower_ in word_set("assignment_words.txt") and (any(
                t.lower_ in word_set("copulas.txt") for t in after[max(0, i - 2):i])
                or i and span.start > 0 and doc[span.start - 1].text in ("(", "[") and all(t.is_punct for t in after[:i])):
            return ASSIGNED_SHARE  # "... were randomly assigned", "138 (46.2%) randomized": the share its count's people are
    if span.label_ in COUNT_LABELS and span.start > 0 and doc[span.start - 1].lower_ in _DEFINITE_ARTICLES:
        return GROUP_SIZE  # "the 6,732 patients who got X were 16% less likely to ...": the people counted, not what befell them
    if span.label_ in COUNT_LABELS:
        following = doc[span.end:min(len(doc), span.end + 2)]
        if any(t.lower_ in word_set("enrolment_words.txt") and (t.i + 1 >= len(doc) or doc[t.i + 1].is_punct
                                                             or is_function_word(doc[t.i + 1].text)) for t in following):
            return ENROLLED_COUNT  # "None of the 14 subjects recruited had diabetes", not "8 cases involved symptoms"
        relative = next((t for t in following if t.lower_ in _RELATIVE_PRONOUNS), None)
        if relative is not None and word_set("enrolment_words.txt") & {t.lower_ for t in sent(span)}:
            return ENROLLED_COUNT
    return None


#: Where results put the outcomes they name that are no endpoint yet, and comparisons theirs: each
#: fact writes its own part of the record, and the assembler adds these to the endpoints.
RESULT_ENDPOINTS = "result_endpoints"
COMPARISON_ENDPOINTS = "comparison_endpoints"
#: The parts of the record in progress that hold endpoints, in the order the assembler joins them.
ENDPOINT_PARTS = ("endpoints", RESULT_ENDPOINTS, COMPARISON_ENDPOINTS)


def known_endpoints(data: dict) -> list[dict]:
    """The endpoints found so far: the endpoints fact's, then those results and comparisons added."""
    return [entry for part in ENDPOINT_PARTS for entry in data.get(part) or []]


def add_endpoint(doc: Doc, data: dict, outcome: Outcome, into: str = RESULT_ENDPOINTS) -> str:
    """An outcome named in the sentence of its value is one of the trial's endpoints too; its
    name, or the name of the endpoint it already is (``heart attacks`` is ``heart attack``). A new
    one goes to the part ``into`` of the record in progress (the assembler joins the parts)."""
    name, offsets = outcome
    same = next((entry for entry in known_endpoints(data) if singular(entry["name"].lower()) == singular(name.lower())),
                None)
    if same is not None:
        return same["name"]
    data.setdefault(into, []).append({"name": name, "abbreviation": None, "primary": False,
                                      "evidence": evidence(offsets, doc, rule="outcome-phrase")})
    return name


#: Characters before a rate searched for its count (``45/120 (``).
COUNT_CHARS = 30
#: How far (percentage points) a rate may be from its count over its total, as written rounded.
RATE_ROUNDING = 0.6


@dataclass(frozen=True)
class Settings:
    """The settings of the results fact (with its linkers): the ``trialnews_results`` component's config."""

    #: Characters before a duration searched for follow-up wording.
    follow_up_chars: int = FOLLOW_UP_CHARS
    #: The most values quoted in the warning that lists values left out for want of a group.
    max_listed_values: int = MAX_LISTED_VALUES
    #: Characters after the first duration of a pair read for the unit they share ("17.4 vs 9.4 months").
    pair_unit_chars: int = PAIR_UNIT_CHARS
    #: Characters around a measure read for what kind of figure it is ("a mean drop of 9 mmHg").
    statistic_chars: int = STATISTIC_CHARS
    #: Characters before a duration read for a word that makes it a time point ("at six weeks").
    when_chars: int = WHEN_CHARS
    #: Characters before a rate searched for its count ("45/120 (").
    count_chars: int = COUNT_CHARS
    #: How far (percentage points) a rate may be from its count over its total, as written rounded.
    rate_rounding: float = RATE_ROUNDING
    #: The smallest total read as a group's size from a rate's count.
    min_group_total: int = MIN_GROUP_TOTAL
    #: The most sentences ``carried-group`` reads back for the group a phrase points back at ("this group").
    carry_sentences: int = CARRY_SENTENCES


DEFAULTS = Settings()


def _partner_duration_outcome(doc: Doc, span: Span, values: list[Span], arm: str | None) -> tuple | None:
    """What the other value of a pair of durations measures by a linker of
    :data:`PAIRED_DURATION_LINKERS` (``spent more time in the operating room (seven hours compared
    with six hours)``: ``stay-length`` of the first): (lexicon mention, outcome, linker), which the
    whole pair shares, or ``None``."""
    return next((found for other in paired_run(doc, span, values) if other is not span
                 and (found := link_endpoint(doc, other, arm, linkers=tuple(PAIRED_DURATION_LINKERS)))[2]), None)


def _later_sharing(doc: Doc, span: Span, values: list[Span]) -> Span | None:
    """The value listed after ``span`` whose outcome it shares (:func:`listed_after`), unless a
    clause of ``span``'s own ends between them (``2% withdrew, and 1% discontinued due to
    pregnancy``: the withdrawal is not the pregnancy; :func:`trialnews.linking.ranking.own_clause_between`)."""
    following = listed_after(doc, span, values)
    return None if following is None or own_clause_between(doc, span, following) else following


def extract(doc: Doc, *, group_linkers: Sequence[str] = tuple(GROUP_LINKERS),
            outcome_linkers: Sequence[str] = tuple(ENDPOINT_LINKERS), settings: Settings = DEFAULTS) -> None:
    """Results of ``doc``, each value linked to its group and outcome by the named linkers given
    (the component's config: ``trialnews_results.group_linkers`` and ``.outcome_linkers``)."""
    data = state(doc)
    data[RESULT_ENDPOINTS] = []  # this fact's own part: the outcomes it names that are no endpoint yet
    warnings: list[str] = data["warnings"]
    filtered: list[tuple[Span, str]] = []
    values = value_spans(doc, settings.when_chars, filtered)
    left_out: dict[tuple[int, int], dict] = {}  # each value read and left out, with why (LEFT_OUT)

    def leave(span: Span, reason: str) -> None:
        if (span.start_char, span.end_char) not in left_out:  # the number it reads, words too ("Two-thirds": 66.7)
            left_out[span.start_char, span.end_char] = {
                "start": span.start_char, "end": span.end_char, "text": span_text(span), "label": span.label_,
                "rule": span.id_ or span.label_, "reason": reason,
                "value": _number_and_unit(span, settings.pair_unit_chars, settings.statistic_chars)[0]}

    for span, why in filtered:
        leave(span, f"{WHY_FILTERED}:{why}")
    results = []
    pending: list[tuple[Span, str | None, dict]] = []
    groupless: list[str] = []  # values left out because their group cannot be told
    named_at: dict[Span, int] = {}  # where the lexicon outcome of each value is written
    subject_of: dict[Span, tuple[int, int]] = {}  # "the pain lasted": the subject whose duration a value measures
    unplaced: dict[Span, tuple] = {}  # the outcome linked to each value left out for want of a group
    doubtful: set[Span] = set()  # values whose outcome the score could not tell: left out unless a partner tells it
    counts_before = _counts_before(doc)  # "359 patients (59%)": each percentage's count, read once
    not_result_at: set[tuple[int, int]] = set()  # where a value was left out as no result (WHY_NOT_A_RESULT)
    people_told: set[int] = set()  # where the counts of COUNT_OF_PEOPLE kept as results start
    read_values = values  # every value read, the counts of people whatever their verb too
    values = [v for v in read_values if v.id_ not in COUNT_OF_PEOPLE]  # the values each other value is linked among:
    # a count of people whatever its verb takes part in no other value's list, pair or partner until it is kept
    in_order = sorted(read_values, key=lambda v: v.start)  # for the bisection of _partner_of_untold_count
    starts = [v.start for v in in_order]
    linked_among = values  # ``values`` and the counts of people kept so far, in text order: rebuilt only when one is kept
    for span in read_values:
        own = sorted([*linked_among, span], key=lambda v: v.start) if span.id_ in COUNT_OF_PEOPLE else linked_among
        sentence = sent(span)
        if span.id_ in COUNT_PARTNER_RULES and _partner_of_untold_count(span, in_order, starts, people_told):
            leave(span, WHY_COUNT_WITHOUT_OUTCOME)
            continue  # "Twelve patients received X, compared with ten in the Y group": no outcome for either
        if heading_sentence(doc, sentence) or sentence.start == 0:
            leave(span, WHY_HEADING)
            continue
        if not _about_trial(doc, sentence, data.get("arms", [])) and abbreviated_statistic(doc, span) is None \
                and not partitive_count(doc, span):
            leave(span, WHY_NOT_ABOUT_TRIAL)
            continue  # "mPFS 7.1 vs 4.2 months" is about the trial's endpoint
        if _paired_count(span, counts_before):
            leave(span, WHY_PAIRED_COUNT)
            continue  # "359 patients (59%)": read with its percentage, which links both
        if about_other_research(doc, sentence):
            leave(span, WHY_OTHER_RESEARCH)
            continue  # "Studies suggest that for more than half of depressed patients, ...": not this trial
        if not is_abstract(doc) and general_statement(sentence):
            leave(span, WHY_GENERAL)
            continue  # "Asthma sends 9,000 children to hospital a year": how things are, not what the trial found
        if (kind := not_a_result(doc, span, own)) is not None:
            if (span.start_char, span.end_char) not in left_out:  # the reason leave() keeps is this one
                not_result_at.add((span.start_char, span.end_char))
            leave(span, f"{WHY_NOT_A_RESULT}:{kind}")
            continue  # "adverse events (>10%)", "aged 50 to 90", "Two-thirds were randomly assigned"
        value, unit, statistic = _number_and_unit(span, settings.pair_unit_chars, settings.statistic_chars)
        if span.label_ == "PERCENT" and within_group(doc, span):
            statistic = _change_statistic(doc, span)
        if value is None:
            leave(span, WHY_UNREADABLE)
            continue
        abbreviated = abbreviated_statistic(doc, span)
        pair_only = False  # a duration kept only as one of two side by side ("1,420 days compared to 870 days")
        if span.label_ == "DURATION" and abbreviated is not None:
            statistic = abbreviated[0]["statistic"]  # "mOS 14.2 months": a median
        elif span.label_ == "DURATION":
            before = text_of(doc)[sentence.start_char:span.start_char]
            match = _DURATION_STATISTIC.search(before)
            contrasted = match or _contrasted_duration(doc, span, sentence)
            pair_only = not contrasted and _duration_pair(doc, span, own)
            follow_up = _FOLLOW_UP.search(before[max(0, len(before) - settings.follow_up_chars):])
            if follow_up or not (contrasted or pair_only):
                leave(span, WHY_FOLLOW_UP if follow_up else WHY_LONE_DURATION)
                continue  # a duration is a result as a median or mean, or set against another group's; never follow-up time
            statistic = match.group(1).lower().replace("average", "mean") if match else None
        if unit == "%" and not 0 <= value <= PERCENT_MAX:
            warnings.append(Warnings.W002.format(value=value, text=span.text))
            leave(span, WHY_OUT_OF_RANGE)
            continue
        if span.id_ in COUNT_OF_PEOPLE and _count_cannot_be_told(doc, span):
            leave(span, WHY_COUNT_WITHOUT_OUTCOME)
            continue  # "a trial of 30 patients showed": no linker could tell its outcome, so neither its group nor its outcome is linked
        arm, arm_linker = pair_order_arm(doc, span, own, data.get("arms", []), named_only=True)  # "(41% and 30%) in the X and Y groups"
        if arm is None:
            arm, arm_linker = link_arm(doc, span, own, data.get("arms", []), warnings, linkers=group_linkers,
                                       carry_sentences=settings.carry_sentences)
        if span.id_ in COUNT_OF_PEOPLE and _groups_in_breakdown(doc, span):
            leave(span, WHY_GROUPLESS)
            continue  # "96 adults (58 placebo, 38 metformin) developed diabetes": the groups' total, no group's
        shared = both_groups(doc, span) if arm_linker == BOTH_GROUPS_LINKER else \
            every_group(doc, span, data.get("arms", []), data.get("sample_sizes") or []) if arm_linker == EVERY_GROUP else []  # a result for each group
        if arm is None and len(data.get("arms", [])) > 1 and not names_all_patients(sentence):
            arm, arm_linker = pair_order_arm(doc, span, own, data.get("arms", []))  # abstracts: "higher in X (41% v 24%)"
        conduct = arm is None and len(data.get("arms", [])) > 1 and trial_conduct(doc, span) and not sets_groups_side_by_side(doc, span, own) \
            and not names_other_group(doc, span)  # "20% of people dropped out": all the trial's people
        if arm is None and not conduct and not names_all_patients(sentence) and (
                len(data.get("arms", [])) > 1 or len(data.get("arms", [])) == 1 and (
                    sets_groups_side_by_side(doc, span, own) or not is_abstract(doc) and names_other_group(doc, span))):
            # a value of a trial with several arms that names no group; in a trial of one arm, a value
            # set beside another group's ("13% of X users died, compared with 20% of non-users") or, in
            # news, one whose sentence names a group other than by the arm's name ("the medication group")
            if span.id_ not in COUNT_OF_PEOPLE:  # a count of people whatever its verb: no warning, no partner's outcome
                groupless.append(span_text(span))
                unplaced[span] = link_endpoint(doc, span, UNTOLD_GROUP, linkers=outcome_linkers)  # its partner may take its outcome
            leave(span, WHY_GROUPLESS)
            continue
        if arm is None and span.id_ == RATE_PER_PEOPLE:
            leave(span, WHY_GROUPLESS)
            continue  # "726 per 100,000 people": a rate per people of no group is a population's
        whole = arm is None and (conduct or _whole_trial(doc, span, data.get("arms", [])) is not None)
        if whole:  # a value of all the trial's patients: its arm stays null, and its links say why it was read
            arm_linker = arm_linker or (TRIAL_CONDUCT_LINKER if conduct else WHOLE_TRIAL_LINKER)
        endpoint, outcome, endpoint_linker = link_endpoint(doc, span, WHOLE_TRIAL if whole else arm, linkers=outcome_linkers)
        if span.id_ in COUNT_OF_PEOPLE and not _count_outcome_told(doc, span, endpoint, outcome, endpoint_linker):
            leave(span, WHY_COUNT_WITHOUT_OUTCOME)
            continue  # "30 patients were enrolled", "Twenty patients were women": no outcome in its clause
        if span.id_ in COUNT_OF_PEOPLE:
            people_told.add(span.start)
            linked_among = sorted([*values, *(v for v in read_values if v.id_ in COUNT_OF_PEOPLE
                                              and v.start in people_told)], key=lambda v: v.start)
        if endpoint_linker is None and abstained(doc, span):
            doubtful.add(span)  # its linkers proposed outcomes the score cannot trust or tell apart
        if pair_only and endpoint_linker not in PAIRED_DURATION_LINKERS:
            stay = _partner_duration_outcome(doc, span, own, arm)
            if stay is not None:  # "(seven hours compared with six hours)": the pair's stay, not a word near it
                endpoint, outcome, endpoint_linker = stay[0], stay[1], "partner-outcome"
            elif endpoint is None:
                leave(span, WHY_DURATION_PAIR_UNNAMED)
                continue  # a pair of durations with neither a statistic nor a group beside it: only an outcome
            # the article names as such (its endpoint lexicon), not a phrase read around it ("room")
        if endpoint is None and outcome is None and arm is not None and span not in doubtful:
            counted = counted_in_value(doc, span)
            if counted is not None:  # "4 strokes per year" of a group: what the rate counts, where no linker reads its outcome
                outcome, endpoint_linker = counted, LINK_COUNTED_IN_VALUE
        name = endpoint.label_ if endpoint is not None else add_endpoint(doc, data, outcome) if outcome else None
        if span.id_ == PAIR_RULE:
            if _pair_outcome(span, unit, name, second=False) is None:
                leave(span, WHY_MEASURE_PAIR_UNNAMED)
                continue  # "5/10 points": two numbers of one unit, neither named
            base = name
            name = _pair_name(doc, data, span, unit, base, second=False)
            endpoint_linker = LINK_MEASURE_PAIR
        if abbreviated is not None:  # "mPFS 7.1 months": the endpoint the abbreviation names
            name, endpoint_linker = _abbreviated_endpoint(doc, data, *abbreviated), LINK_ABBREVIATED_STATISTIC
            named_at[span] = abbreviated[1][0]
        _note_outcome(span, endpoint, outcome, endpoint_linker, named_at, subject_of)
        when = None if _in_group_change(doc, span) or span.label_ == "DURATION" and _duration_pair(doc, span, own) \
            else timepoint(doc, span)  # "1,420 days compared to 870 days": the other is no time point
        time_linker = TIMEPOINT_LINKER if when else None
        count, pairing = (_bracketed_count(doc, span), "bracketed-count") if span.label_ == "PERCENT" else (None, None)
        if count is None and span.label_ == "PERCENT":
            count = counts_before[span] if span in counts_before else count_before(doc, span)
            pairing = "count-before-percent"
        if count is not None:  # "1% (four patients)", "359 patients (59%)": the same result as a count of patients
            number = _count_number(count)
            if span in doubtful:
                doubtful.add(count)
            pending.append((count, name, {"endpoint": name, "arm": arm, "value": parse_number(number),
                                          "unit": "patients", "statistic": "count", "timepoint": when,
                                          "evidence": {**evidence((count.start_char, count.start_char + len(number)
                                                                   if count.label_ == "COUNT_SLASH" else count.end_char),
                                                                  doc, rule=count.id_ or count.label_), "links": links(
                                              arm=arm_linker, endpoint=written_linker(doc, span, endpoint_linker),
                                              timepoint=time_linker, value=pairing)}}))
        second_item = None
        if span.id_ == PAIR_RULE:  # "8/4 mmHg": the second number is a result of its own
            number, offsets = pair_numbers(span)[1]
            second_name = _pair_name(doc, data, span, unit, base, second=True)
            second_item = (span, second_name, {
                "endpoint": second_name, "arm": arm, "value": number, "unit": unit, "statistic": statistic,
                "timepoint": when, "evidence": {**evidence(offsets, doc, rule=PAIR_RULE), "links": links(
                    arm=arm_linker, endpoint=LINK_MEASURE_PAIR, timepoint=time_linker)}})
        for each in [arm, *shared[1:]]:  # "Both X and Y had ...": a result for each group
            pending.append((span, name, {
                "endpoint": name,
                "arm": each,
                "value": value,
                "unit": unit,
                "statistic": statistic,
                "timepoint": when,
                "evidence": {**(evidence(pair_numbers(span)[0][1], doc, rule=PAIR_RULE) if span.id_ == PAIR_RULE
                                else evidence(span)), "links": links(arm=arm_linker,
                                                                     endpoint=written_linker(doc, span, endpoint_linker),
                                                                     timepoint=time_linker)},
            }))
        if second_item is not None:
            pending.append(second_item)
    values = [v for v in read_values if v.id_ not in COUNT_OF_PEOPLE or v.start in people_told]
    if groupless:
        shown = ", ".join(repr(text) for text in groupless[:settings.max_listed_values])
        warnings.append(Warnings.W020.format(count=len(groupless), values=shown + (
            ", ..." if len(groupless) > settings.max_listed_values else "")))
    named = {span: name for span, name, _ in pending if name is not None}
    linker_of = {span: result["evidence"]["links"].get("endpoint") for span, _, result in pending}
    partners_added: list[dict] = []  # endpoints first named by a left-out partner: kept only if a value takes them
    # (in the order of ``pending``, so that the endpoints come in the same order on every run)
    for span in dict.fromkeys(partner for span, _, _ in pending
                              if (partner := contrast_partner(doc, span, values)) in unplaced):
        # "16.4% of X patients died, compared with 20.8% treated with Y": a partner left out for want of
        # a group still names the outcome the value shares with it
        endpoint, outcome, linker_of[span] = unplaced[span]
        _note_outcome(span, endpoint, outcome, linker_of[span], named_at, subject_of)
        if endpoint is not None:
            named[span] = endpoint.label_
        elif outcome is not None:
            known = len(data.get(RESULT_ENDPOINTS, []))
            named[span] = add_endpoint(doc, data, outcome)
            partners_added += data.get(RESULT_ENDPOINTS, [])[known:]
    seen: set[tuple] = set()
    not_results = {span for span in values  # values that are no results: a threshold, a range's end, an age
                   if (span.start_char, span.end_char) in not_result_at}
    results_read = [span for span in values if span not in not_results]
    for span, name, result in pending:
        parallel = parallel_partner(doc, span, values)
        if parallel is not None and named.get(parallel):
            name = named[parallel]  # "81% and 71% in the X group, compared with 32% and 29% in the Y group"
            result["evidence"]["links"]["endpoint"] = "parallel-list"
        partner = contrast_partner(doc, span, values)
        if parallel is None and partner is not None and partner.start < span.start and named.get(partner) \
                and (named_at.get(span, -1) > partner.start_char or 0 <= named_at.get(span, -1) < sent(span).start_char
                     and linker_of.get(partner) not in VERB_OUTCOME_LINKERS
                     or subject_of.get(partner, (0, -1))[0] <= named_at.get(span, -1) < subject_of.get(partner, (0, -1))[1]):
            # "26% ... experienced a complete remission of symptoms, compared to 12%"; "10% needed rescue
            # epinephrine, compared with 53% in the placebo group": not the outcome of the sentence before
            # (which a partner's verb alone does not override: "25% responded ... versus 5%" is its response rate)
            name = named[partner]
            result["evidence"]["links"]["endpoint"] = "contrast-partner"
        guessed = result["evidence"]["links"].get("endpoint") == GUESSED_OUTCOME
        if (name is None or guessed) and result["arm"] is not None:
            across_threshold = False
            if not named.get(partner):
                contrasted, partner = partner, listed_before(doc, span, values) or _later_sharing(doc, span, values)
                if not partner and contrasted in not_results:
                    # "61% had at least a 50% fall in cramps, against 34%": the threshold between them is no
                    # result, so the partner is the value before it
                    partner = contrast_partner(doc, span, results_read)
                    across_threshold = partner is not None
            found = named.get(partner) if partner is not None else None
            if found is not None and (not guessed or linker_of.get(partner) != GUESSED_OUTCOME):
                name = found  # "rates were 41% and 43%": the second value's outcome is the first's
                result["evidence"]["links"]["endpoint"] = THRESHOLD_PARTNER if across_threshold else "partner-outcome"
                if changed_to(doc, partner, span) or (following := listed_after(doc, span, values)) is not None \
                        and changed_to(doc, span, following):
                    named.setdefault(span, name)  # "rose from 41 to 101 mg/dl in the X group, versus from 40 to
                    # 46 mg/dl in the Y group": the levels of a change pass the outcome on to each other
        key = (name, result["arm"], result["value"], result["unit"])
        if name is not None and key not in seen:  # one item per number for one endpoint in one group
            seen.add(key)
            result["endpoint"] = name
            results.append(result)
        else:
            leave(span, WHY_REPEATED if name is not None else WHY_DOUBTFUL_OUTCOME if span in doubtful
                  else WHY_NO_OUTCOME)  # a wrong outcome on a right number misleads more than a missing one
    used = {result["endpoint"] for result in results}
    unused = {id(entry) for entry in partners_added if entry["name"] not in used}
    if unused:
        data[RESULT_ENDPOINTS] = [entry for entry in data[RESULT_ENDPOINTS] if id(entry) not in unused]
    data["results"] = results
    kept = [(result["evidence"]["start"], result["evidence"]["end"]) for result in results]
    data[LEFT_OUT] = [item for (start, end), item in sorted(left_out.items())
                      if not any(low <= start and end <= high for low, high in kept)]  # not part of a kept value
    _add_denominators(doc, data, [(span, result) for span, _, result in pending if result in results], settings)


#: Where the results fact keeps the values it read and left out, each with why (``reason``): plain
#: data on the record in progress (``doc._.trialnews["results_left_out"]``), never in the record;
#: ``trialnews show --left-out`` prints them. The reasons: ``filtered-by-value-spans:<why>``
#: (:func:`value_spans`), a heading or the title (``heading``), a sentence not about the trial, a
#: count read with its percentage (``paired-count``), other research, ``not-a-result:<kind>``
#: (:func:`not_a_result`), a number that cannot be read, a duration after follow-up words or with
#: neither a statistic nor a partner, a percentage above 100, a value whose group cannot be told
#: (``groupless``, warning W020), a pair of durations or measures that names no outcome, a value
#: whose group is known and whose outcome no linker found (``no-outcome``), and a value repeating one
#: kept (:data:`REPEATED`). A value inside a kept value's evidence is not listed.
LEFT_OUT = "results_left_out"
WHY_FILTERED, WHY_HEADING, WHY_NOT_ABOUT_TRIAL, WHY_PAIRED_COUNT, WHY_OTHER_RESEARCH, WHY_GENERAL, \
    WHY_NOT_A_RESULT, WHY_UNREADABLE = (
    "filtered-by-value-spans", "heading", "not-about-trial", "paired-count", "other-research", "general-statement",
    "not-a-result", "unreadable-number")
WHY_FOLLOW_UP, WHY_LONE_DURATION, WHY_OUT_OF_RANGE, WHY_GROUPLESS, WHY_DURATION_PAIR_UNNAMED, \
    WHY_MEASURE_PAIR_UNNAMED, WHY_NO_OUTCOME = (
    "follow-up-time", "duration-without-statistic", "percent-out-of-range", "groupless", "duration-pair-no-outcome",
    "measure-pair-no-outcome", "no-outcome")
#: A value whose outcome, group and number another value of the same article already gave.
WHY_REPEATED = "repeats-a-kept-value"
#: A value whose outcome linkers proposed outcomes that the fitted score could not tell apart or
#: trust (:func:`trialnews.linking.values.link_endpoint`): left out rather than linked to a doubtful one.
WHY_DOUBTFUL_OUTCOME = "doubtful-outcome"
#: A count of people (:data:`COUNT_OF_PEOPLE`) whose own clause names no outcome (a size, a trait).
WHY_COUNT_WITHOUT_OUTCOME = "count-without-outcome"


#: Why a value the results fact kept is not in the record: the assembler dropped it (a table's own
#: value in its place, an arm the record does not have, a check it failed; the record's warnings say which).
WHY_DROPPED_BY_RECORD = "dropped-when-assembled"
#: The record fields whose items may hold a number the results left out (``kept_as``).
KEPT_AS_FIELDS = ("comparisons", "sample_sizes")


def left_out_of_record(data: dict, record: dict) -> list[dict]:
    """The values left out of ``record``'s results, with why: those the results fact left out
    (``data[LEFT_OUT]``, the record in progress), and those it kept that the assembled record does
    not hold (:data:`WHY_DROPPED_BY_RECORD`). Each says in ``kept_as`` the field of the record whose
    item's evidence holds it (``comparisons``: a change between groups; ``sample_sizes``), or None."""
    final = [(r["evidence"]["start"], r["evidence"]["end"]) for r in record.get("results") or []]
    items = list(data.get(LEFT_OUT) or [])
    for result in data.get("results") or []:
        start, end = result["evidence"]["start"], result["evidence"]["end"]
        items.append({"start": start, "end": end, "text": result["evidence"]["text"], "label": None,
                      "rule": result["evidence"].get("rule"), "reason": WHY_DROPPED_BY_RECORD, "value": result.get("value")})
    holders = [(field, item["evidence"]["start"], item["evidence"]["end"]) for field in KEPT_AS_FIELDS
               for item in record.get(field) or [] if item.get("evidence")]
    unique = {(item["start"], item["end"]): item for item in items
              if not any(low <= item["start"] and item["end"] <= high for low, high in final)}
    return [{**item, "kept_as": next((field for field, low, high in holders
                                      if low <= item["start"] and item["end"] <= high), None)}
            for _, item in sorted(unique.items())]


#: The group given to the outcome linkers for a value that is one group's, though which one is not
#: told: linkers that read a group's own outcome (``16.4% of X patients had died``) then answer, for
#: the value's contrast partner to share that outcome.
UNTOLD_GROUP = "(one group, not told which)"
#: The outcome link of a value that shares the outcome of its contrast partner read past a threshold
#: that is no result (``58% had at least a 50% drop in pain, against 37%``).
THRESHOLD_PARTNER = "threshold-partner"
#: The arm link of a value read as one of all the trial's patients (:func:`_whole_trial`): its arm is
#: null, and this says why the value was read at all.
WHOLE_TRIAL_LINKER = "whole-trial"
#: The name written to ``evidence.links`` for a value of the people who left or finished a trial of
#: several arms, its sentence naming no group (:func:`~trialnews.linking.groups.trial_conduct`): arm null.
TRIAL_CONDUCT_LINKER = "trial-conduct"


#: Words that describe a value's people by what they received (``adults treated with the capsules``) or
#: point back to people named before (``16 of them``): a value of a one-arm record whose sentence has
#: one, and whose group no linker told, counts people of a group of their own, not all the trial's.
DESCRIBED_PEOPLE_WORDS = ("group_treatment_verbs.txt", "people_pronouns.txt")


def _whole_trial(doc: Doc, span: Span, arms: list[dict]) -> str | None:
    """:data:`WHOLE_TRIAL` in news when the record's one arm is a tested one (a record whose only arm is a
    control read no tested group, and is no trial of one arm) and the value's sentence describes no
    people of their own (:data:`DESCRIBED_PEOPLE_WORDS`), else ``None``."""
    if is_abstract(doc) or len(arms) != 1 or arms[0].get("role") != "experimental":
        return None  # an abstract gives its one arm the values that name no group (sole-experimental-arm)
    sentence = sent(span)
    described = per_sentence(sentence, "describes-people", lambda: any(
        token.lower_ in word_set(name) for name in DESCRIBED_PEOPLE_WORDS for token in sentence))
    return None if described else WHOLE_TRIAL


def _note_outcome(span: Span, endpoint: Span | None, outcome: Outcome | None, linker: str | None,
                  named_at: dict[Span, int], subject_of: dict[Span, tuple[int, int]]) -> None:
    """Where the outcome of a value is written (``named_at``), or the subject whose measure it is
    (``subject_of``), for the partner of a contrast to tell whether it shares that outcome."""
    if endpoint is not None:
        named_at[span] = endpoint.start_char
    elif outcome is not None and linker == "lexicon-in-phrase":
        named_at[span] = outcome[1][0]
    elif outcome is not None and linker == "verb-names-outcome":
        subject_of[span] = outcome[1]


#: A count of people and its total written just before a rate's bracket: ``45/120 (``, ``27 of 40 patients (``;
#: the count in words as a sentence opens with it (``Sixteen out of 48 patients (33%)``).
_COUNT_BEFORE_RATE = compile_pattern(r"(?i)(?<![\w.,])(?P<k>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s*(?:/|of|out of)\s*(?P<n>\d[\d,]*)"
                                     r"(?:\s+[a-z]+){0,1}\s*[(\[]\s*$")
#: A count of people and its total in a bracket right after a rate: ``37.5% (45/120)``, ``95% (35 of 37)``.
#: (``match`` at the rate's end: no ``^``, which would anchor at the text's start). The count may
#: be a word and the total may name its people: ``3% (eight of 251 patients)``.
_COUNT_AFTER_RATE = compile_pattern(r"(?i)\s*[(\[]\s*(?P<k>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s*(?:/|of|out of)\s*(?P<n>\d[\d,]*)"
                                    r"(?:\s+[a-z]+)?\s*[)\],;]")
#: A count, its rate in a bracket, then its total: ``4 (9%) of 45``, ``118 [5.1%] in 2310 women``,
#: ``32 (46 per cent) of 69`` (the sign as ``allocation.PERCENT_SIGN`` spells it).
_COUNT_RATE_TOTAL = compile_pattern(rf"(?i)(?<![\w.,])(?P<k>\d[\d,]*)\s*[(\[]\s*(?P<rate>\d+(?:\.\d+)?)\s*(?:{PERCENT_SIGN})\s*[)\]]\s*"
                                    r"(?:of|in|out of|among)\s+(?:the\s+)?(?P<n>\d[\d,]*)(?![\d.,]*\s*(?:%|percent))")
#: Linker name of a group's size read from the total of a rate's count (``45/120 (37.5%)``).
LINK_DENOMINATOR = "denominator-of-rate"


def _add_denominators(doc: Doc, data: dict, linked: list[tuple[Span, dict]], settings: Settings = DEFAULTS) -> None:
    """A rate of a group written with its count and total (``45/120 (37.5%)``, ``37.5% (45/120)``,
    ``27 of 40 (68%)``) gives the size of the group analysed: the total, when the count over it is
    the rate. In abstracts only, where each group's rate is written with its denominator."""
    if not is_abstract(doc):
        return
    text = text_of(doc)
    sizes = data.setdefault("sample_sizes", [])
    known = {(size["n"], size["arm"]) for size in sizes}
    for span, result in linked:
        if result["unit"] != "%" or result["arm"] is None or result["evidence"].get("rule") == PAIR_RULE:
            continue
        found = _COUNT_BEFORE_RATE.search(text, max(0, span.start_char - settings.count_chars), span.start_char) \
            or _COUNT_AFTER_RATE.match(text, span.end_char) \
            or next((m for m in _COUNT_RATE_TOTAL.finditer(text, max(0, span.start_char - settings.count_chars),
                                                           span.end_char + settings.count_chars)
                     if m.start("rate") == span.start_char
                     and total_of_ordered_value(doc, m.end("n"), result["arm"], result["evidence"]["links"].get("arm"))), None)
        if found is None:
            continue
        k, n = parse_number(found.group("k")), parse_number(found.group("n"))
        if k is None or n is None or n != int(n) or not 0 <= k <= n or n < settings.min_group_total \
                or abs(100 * k / n - result["value"]) > settings.rate_rounding or (int(n), result["arm"]) in known:
            continue
        known.add((int(n), result["arm"]))
        # the group's size read next to the count (``slash-denominator``) gives way to the rate's group
        sizes[:] = [size for size in sizes if size["n"] != int(n) or size["arm"] == result["arm"]
                    or not size["evidence"]["start"] <= found.start("n") < size["evidence"]["end"]]
        sizes.append({"n": int(n), "population": "analyzed", "arm": result["arm"],
                      "evidence": {**evidence((found.start("n"), found.end("n")), doc, rule=LINK_DENOMINATOR),
                                   "links": {"arm": result["evidence"]["links"].get("arm", LINK_DENOMINATOR),
                                             "value": LINK_DENOMINATOR}}})
