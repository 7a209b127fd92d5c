"""Comparisons: between-arm tests — effect estimates with CIs, p-values, relative changes.

Within a clause, an effect estimate (``HR 0.72``) takes the confidence interval that follows it
and the next p-value; a p-value with no estimate is a comparison of its own; a relative change
(``cut the risk by 28%``, ``a 13 percent lower risk``) is a comparison when its sentence names a
comparator (``versus``, ``than``, a control arm, ``risk``), and otherwise a within-group result.
The article's own words on significance (``no significant difference``) set ``significant``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..reading.doctext import text_of
from ..reading.kind import is_abstract
from ..errors import Warnings
from ..intervals import RANGE_DASH
from ..record import IMPOSSIBLE_P_VALUES  # left to the record's check, which says why it is dropped
from ..normalize import fraction_percent, multiple_of, parse_ci, parse_number, parse_p_value, unit_label, unit_of, word_numbers
from ..resources import load_lexicon, load_mapping, load_table, phrase_regex, word_set
from .endpoints import SPELLING_KINDS, singular
from ..scanning import alternation, compile_pattern
from .common import clause_bounds, evidence, heading_sentence, overlaps_chars, sent, spans, spans_from_chars, spans_starting, \
    spans_within, state
from ..linking.groups import BASELINE_WORDS, endpoint_mentions, from_baseline, from_own_earlier, nearest_endpoint, \
    negated_group
from ..linking.outcomes import enclosing_phrase
from ..linking.phrases import CAUSE_COMPLEMENT_HEADS, acceptable_outcome, cause_after, measured_outcome, \
    coordinated_end, ordinal_words, noun_phrase_right, people_words, trimmed
from ..linking.wordclass import VERB, classes
from ..linking.values import ENDPOINT_LINKERS, Outcome, bare_outcome, outcome_at, thing_outcome
from .results import COMPARISON_ENDPOINTS, FRACTION_CHANGE_RULE, GAPPED_CHANGE, RISK_WORDS, about_other_research, add_endpoint, \
    gapped_changes, general_statement, had_difference, within_group
from .sizes import ROUNDING_WORDS
from .tables import MAX_CELL_CHARS, MAX_NAME_CHARS, MIN_CELLS, MIN_ROWS, Shape, extract_tables, in_table, \
    with_table_results

#: Tokens after an estimate in which its confidence interval and p-value are looked for.
STAT_WINDOW = 25
#: Tokens after an estimate within which a confidence interval written apart (``HR 0.72; 95% CI
#: 0.61-0.85``) is its interval.
CI_WINDOW = 4
#: Tokens past the end of an estimate's clause (its ``;`` or ``:``) within which its p-value may
#: still start (``HR 0.72; P = .002``).
P_PAST_CLAUSE = 2
#: The most words read as the outcome of a verb of change.
MAX_CHANGE_OBJECT_WORDS = 8
#: The shortest and the longest subject (characters) read as the outcome of a passive change
#: (``disability progression was reduced by 36 percent``).
MIN_SUBJECT_CHARS = 3
MAX_SUBJECT_CHARS = 61
#: Characters after a comparator word searched for the arm it names (``than those on placebo``).
REFERENCE_CHARS = 40
#: Verbs skipped after ``risk of`` (``risk of developing X``: ``Settings.risk_gerunds``).
RISK_GERUNDS = "risk_of_gerunds.txt"
#: Characters before a ratio or difference searched for a bound or a definition.
BEFORE_CHARS = 30
#: The most words between an effect and the bracket that holds its statistics: the outcome it names
#: (``a 32 percent reduction in stroke or systemic embolism (HR 0.68; 95% CI 0.49-0.95)``).
MAX_BRACKET_GAP_WORDS = 10


@dataclass(frozen=True)
class Settings:
    """The settings of the comparisons fact: the ``trialnews_comparisons`` component's config.
    Each lexicon is a file of ``patterns/`` (its header says how it is read)."""

    #: Tokens after an estimate in which its confidence interval and p-value are looked for.
    stat_window: int = STAT_WINDOW
    #: Tokens after an estimate within which a confidence interval written apart is its interval.
    ci_window: int = CI_WINDOW
    #: Tokens past the end of an estimate's clause within which its p-value may still start.
    p_past_clause: int = P_PAST_CLAUSE
    #: The most words read as the outcome of a verb of change.
    max_change_object_words: int = MAX_CHANGE_OBJECT_WORDS
    #: The longest subject (characters) read as the outcome of a passive change.
    max_subject_chars: int = MAX_SUBJECT_CHARS
    #: Characters after a comparator word searched for the arm it names.
    reference_chars: int = REFERENCE_CHARS
    #: Characters before a ratio or difference searched for a bound or a definition.
    before_chars: int = BEFORE_CHARS
    #: The most words between an effect and the bracket that holds its statistics.
    max_bracket_gap_words: int = MAX_BRACKET_GAP_WORDS
    #: What makes lines a table (``facts/tables.py``): the fewest cells of a row and rows of a
    #: table, the longest first cell (an outcome's name) and other cell, in characters.
    table_min_cells: int = MIN_CELLS
    table_min_rows: int = MIN_ROWS
    table_max_name_chars: int = MAX_NAME_CHARS
    table_max_cell_chars: int = MAX_CELL_CHARS
    #: Effect measures (a phrase, a tab, the measure), in the order they are tried.
    measures: str = "effect_measures.txt"
    #: Words that make a difference negative ("fewer", "shaved").
    down_words: str = "difference_down_words.txt"
    #: Nouns whose "of" phrase is the object of a verb of change ("cut the risk of X by").
    change_object_nouns: str = "change_object_nouns.txt"
    #: Nouns whose "of" phrase after a change names its outcome ("a 27% lower risk of X").
    risk_nouns: str = "risk_nouns.txt"
    #: Verbs skipped after "risk of" ("risk of developing X").
    risk_gerunds: str = RISK_GERUNDS
    #: Verbs after "likely to" whose object is the outcome ("likely to develop X").
    risk_verbs: str = "risk_verbs.txt"
    #: Words that open a time phrase ending the object of a verb of change ("over four years").
    change_time_tails: str = "change_time_tails.txt"
    #: Verbs after "likely to" that name the outcome by their noun ("less likely to die": death).
    likely_verbs: str = "likely_verb_outcomes.txt"
    #: Words that end an outcome named after a change.
    outcome_end_words: str = "outcome_end_words.txt"
    #: Auxiliaries of a passive verb of change ("X was reduced by").
    passive_auxiliaries: str = "passive_auxiliaries.txt"
    #: Verbs whose object is what the bare verb of change after it changes ("saw their X fall by").
    perception_verbs: str = "perception_verbs.txt"
    #: Pronouns that are no outcome as a passive change's subject.
    subject_pronouns: str = "subject_pronouns.txt"
    #: Words after which the reference group of a difference or ratio is named ("than", "compared with").
    reference_cues: str = "reference_cues.txt"
    #: Words before a ratio that make it a bound ("less than half as much").
    bound_cues: str = "bound_cues.txt"
    #: Words before a change that make it a threshold ("defined as a 100-point reduction").
    threshold_cues: str = "threshold_cues.txt"


DEFAULTS = Settings()

_NUMBER = compile_pattern(r"(?<![A-Za-z\d])(?:\d+(?:[.\u00b7]\d+)?|[.\u00b7]\d+)(?![A-Za-z])")  # not the 1 of "A1c"
_WORD_NUMBER = compile_pattern(r"(?i)\b([a-z]+(?:-[a-z]+)?)\s?(?:%|percent|per cent|days?|months?|weeks?|years?|hours?|"
                               r"minutes?)")
#: A ratio written in words (``three times as likely``, ``twice as many``, ``a 2.5-fold higher``): the
#: number before ``times`` or ``fold``, or the multiple word itself.
_RATIO_NUMBER = compile_pattern(r"(?i)^(?P<number>.+?)[\s-]+(?:times|fold)\b|^(?P<word>twice|half)\b")
#: The measure of a ratio of proportions or counts between two arms (RECORD.md: a risk ratio).
RATIO_MEASURE = "RR"
#: Rules of ``patterns/statistics.jsonl`` for a multiple written with a comparative and no measure
#: (``12 times greater than``, ``3.25-fold lower``): a ratio of whatever the sentence measures, which may
#: be a mean, a percentage or a change as well as a risk, so no measure is named (RECORD.md allows
#: null), and one kept only where its sentence sets it against a group (:func:`_set_against_a_group`).
COMPARATIVE_RATIO_RULES = frozenset({"times-comparative", "fold-lower"})


#: The number of a percentage inside a relative change: ``by 45%``, ``a 37 percent reduction``.
_PERCENT_NUMBER = compile_pattern(r"(?i)(?<![\w.])(\d+(?:[.,\u00b7]\d+)?)\s?-?\s?(?:%|percent\b|per cent\b)")


def _words(name: str, *, any_space: bool = False) -> str:
    """Any entry of the lexicon ``name`` as a regex; ``any_space``: a space in an entry matches any
    whitespace (else exactly one space)."""
    words = alternation(load_lexicon(name))
    return words.replace(r"\ ", r"\s+") if any_space else words


@cache
def _between_group_nouns() -> frozenset[str]:
    """The group nouns that name a whole group after ``between`` (``between groups``, ``between the two arms``)."""
    return word_set(GROUP_NOUNS) & word_set(WHOLE_GROUP_NOUNS)


#: A word of letters, as the words after a comparator are read (``between the two arms``).
_LETTER_WORD = compile_pattern(r"[A-Za-z]+")


def _first_words(text: str, start: int, end: int, count: int) -> list[str]:
    """The first ``count`` words of letters of ``text[start:end]``."""
    return _LETTER_WORD.findall(text[start:end])[:count]


def _group_nouns_follow(text: str, start: int, end: int) -> bool:
    """Whether a whole group's noun (:func:`_between_group_nouns`) is among the first
    :data:`GROUP_NOUN_WORDS` words of ``text[start:end]`` (``between the two groups``)."""
    return any(word.lower() in _between_group_nouns() for word in _first_words(text, start, end, GROUP_NOUN_WORDS))


@cache
def _any_word(name: str, *, any_space: bool = False) -> re.Pattern[str]:
    """Any entry of the lexicon ``name`` as a whole word, any case."""
    return compile_pattern(rf"(?i)\b{_words(name, any_space=any_space)}\b")


@cache
def _ending(name: str, after: str = "") -> re.Pattern[str]:
    """An entry of the lexicon ``name`` as a whole word right before the end of a text, with the
    spaces (and the optional words ``after``, a regex) that follow it."""
    return compile_pattern(rf"(?i)\b{_words(name)}\s+{after}$")


#: The rules of a relative change by a verb, with ``by`` or without (``reduced strokes 30%``).
_BARE_VERB_RULES = frozenset({"reduction-verb-by", "increase-verb-by"})
_BY_WORD = compile_pattern(r"(?i)\sby\s")
#: Words that say a number is approximate (``patterns/approximate_words.txt``), read where they may
#: stand before ``in half`` (``cut the risk roughly in half``), as the rule ``reduction-verb-by-fraction`` reads them.
APPROXIMATE_WORDS = "approximate_words.txt"
#: The amount right after the object of a verb of change written without ``by`` (``cut the risk of
#: stroke 30 percent``): a percentage, perhaps after a word that rounds it (``patterns/rounding_words.txt``).
_BARE_AMOUNT = rf"(?:{_words(ROUNDING_WORDS, any_space=True)}\s+)?\d[\d.,]*\s?-?\s?(?:%|percent\b|per\s+cent\b)"


@cache
def _change_object(nouns: str, max_words: int = MAX_CHANGE_OBJECT_WORDS,
                   gerunds: str = RISK_GERUNDS) -> re.Pattern[str]:
    """``cut the risk of X by``, ``extended survival by``: the outcome a verb of change acts on,
    written before ``by`` (at most ``max_words`` words, a composite's commas among them: ``the risk
    of heart attack, stroke or death``), past the verb of a risk and an article (``the odds of having a
    stroke``, ``the risk of a heart attack``: stroke, heart attack)."""
    return compile_pattern(rf"(?i)^\w+\s+(?:(?:the|their|its|his|her)\s+)?"
                           rf"(?:{_words(nouns)}\s+of\s+(?:{_words(gerunds, any_space=True)}\s+)?(?:(?:a|an)\s+)?)?"
                           rf"(?P<name>(?:[\w'\u2019-]+,?\s+){{0,{max(max_words - 1, 0)}}}?[\w'\u2019-]+)\s+"
                           rf"(?:by\s|(?={_BARE_AMOUNT})|(?=(?:(?:{_words(APPROXIMATE_WORDS)})\s+)?in\s+half$))")


#: The closed word classes (``patterns/function_words.txt``): an object of change that starts or
#: ends with one is no outcome's name.
FUNCTION_WORDS = "function_words.txt"


def _object_of_change(doc: Doc, change: Span, settings: Settings = DEFAULTS) -> Outcome | None:
    """The outcome a relative change names as its object: ``cut the risk of HIV infection by
    44%``, ``cuts the rate of delivering before 33 weeks by 45%``."""
    match = _change_object(settings.change_object_nouns, settings.max_change_object_words,
                           settings.risk_gerunds).match(change.text)
    if match is None or len(match.group("name").split()) > settings.max_change_object_words:
        return None
    words = match.group("name").lower().split()
    if words[0] in load_table(FUNCTION_WORDS) or words[-1] in load_table(FUNCTION_WORDS):
        return None  # "increases that by 60%", "reduced on average by 68%": no noun phrase
    if all(word in word_set(settings.change_object_nouns) for word in words):
        return None  # "cut their risk by 29 percent": a risk of what is not said here
    start = change.start_char + match.start("name")
    end = change.start_char + match.end("name")
    cut = _time_tail(match.group("name"), settings.change_time_tails)
    if cut is not None:  # "lowered their risk of stroke over four years by 40%": stroke
        end = start + cut
    found = outcome_at(text_of(doc), start, end)
    if found is not None and _ARTICLE_BEFORE.search(change.text, 0, match.start("name")) and thing_outcome(doc, found):
        return None  # "cut the risk of a common bacterium by 60%": the risk of an infection, not of a thing
    return found


#: An indefinite article (``patterns/indefinite_articles.txt``) ending the words before a change's
#: object (``the risk of a heart attack``).
INDEFINITE_ARTICLES = "indefinite_articles.txt"
_ARTICLE_BEFORE = compile_pattern(rf"(?i)\b(?:{_words(INDEFINITE_ARTICLES)})\s+$")


def _time_tail(name: str, words: str) -> int | None:
    """Where a time phrase starts inside the object of a verb of change: after its first word, a
    word of the lexicon ``words`` followed by a number (``over four years``, ``within 2 years``)."""
    for found in re.finditer(r"\S+", name):
        following = name[found.end():].split(maxsplit=1)
        if found.start() and found.group().lower() in word_set(words) and following \
                and parse_number(following[0]) is not None:
            return found.start()
    return None


@cache
def _risk_after(nouns: str, gerunds: str, verbs: str) -> re.Pattern[str]:
    """What a relative change is a change of, written right after it: ``a 27% reduced risk of coronary
    heart disease``, ``40% less likely to develop influenza``, ``three times as likely to have a stroke``."""
    return compile_pattern(rf"(?i)^\s*(?:relative\s+)?{_words(nouns)}\s+(?:of|for)\s+"
                           rf"(?:{_words(gerunds)}\s+)?(?=dying\s+(?:of|from)\s|(?!dying\b))"
                           rf"|^\s*(?:likely\s+{_LIKELY_GAP})?to\s+{_words(verbs, any_space=True)}\s+")


#: Words that may stand between ``likely`` and its ``to`` (``less likely decades later to die``,
#: ``less likely than those on placebo to develop``): a few words, no punctuation.
_LIKELY_GAP = r"(?:[\w'\u2019-]+\s+){0,6}?"
#: ``likely ... to`` after a likelihood's number (``30% more likely to``), ``... to`` after its word
#: (``twice as likely to``), and the case-kept form that tells a ratio's likelihood reading.
_LIKELY_TO = compile_pattern(rf"(?i)\s*likely\s+{_LIKELY_GAP}to\s+")
_GAP_TO = compile_pattern(rf"(?i)\s*{_LIKELY_GAP}to\s+")
_GAP_TO_CASED = compile_pattern(rf"\s*{_LIKELY_GAP}to\s")


@cache
def _subject_before(auxiliaries: str, max_chars: int = MAX_SUBJECT_CHARS) -> re.Pattern[str]:
    """The subject a passive change is about: ``In addition, disability progression was reduced by 36 percent``
    (a letter, then ``MIN_SUBJECT_CHARS - 1`` to ``max_chars - 1`` more characters)."""
    tail = rf"{{{MIN_SUBJECT_CHARS - 1},{max(max_chars, MIN_SUBJECT_CHARS) - 1}}}"
    return compile_pattern(rf"(?i)(?:^|,\s*)(?:the\s+)?(?P<name>[A-Za-z][\w'\u2019 -]{tail}?)\s+{_words(auxiliaries)}\s+"
                           r"(?:also\s+|further\s+)?$")


@cache
def _outcome_end(words: str) -> re.Pattern[str]:
    """Where the outcome named after a change ends."""
    return compile_pattern(rf"(?i)\s*(?:[,;:.()\[\]?!\u2014\u2013]|\s-\s|\b{_words(words)}\b)")
_QUOTES = compile_pattern(r"[\"\u201c\u201d]")
@cache
def _seen_object(verbs: str, nouns: str, max_chars: int = MAX_SUBJECT_CHARS) -> re.Pattern[str]:
    """The object of a verb of perception right before a bare verb of change: ``saw their risk of
    death`` of ``saw their risk of death fall by half`` (without ``risk of``; a possessive first)."""
    tail = rf"{{{MIN_SUBJECT_CHARS - 1},{max(max_chars, MIN_SUBJECT_CHARS) - 1}}}"
    return compile_pattern(rf"(?i)\b{_words(verbs)}\s+(?:their|its|his|her|the)\s+(?:{_words(nouns)}\s+(?:of|for)\s+)?"
                           rf"(?P<name>[A-Za-z][\w'\u2019 -]{tail}?)\s+$")


@cache
def _likely_verb(verbs: str) -> re.Pattern[str]:
    """``30% less likely to die``, ``twice as likely to relapse``: a verb after ``likely to`` that
    names the outcome by its noun (the lexicon ``verbs``), not one with an object or a cause after
    it (``likely to die of X`` is read by :func:`_risk_after`)."""
    words = alternation(load_table(verbs)).replace(r"\ ", r"\s+")  # the verbs, not their nouns
    return compile_pattern(rf"(?i)^\s*(?:likely\s+{_LIKELY_GAP})?to\s+(?P<verb>{words})\b(?!\s+(?:of|from|with)\b)"
                           r"(?P<or>,?\s+or\s+)?")


#: The most tokens from the people a ratio counts to the verb that says what happened to them
#: (``twice as many patients on the new drug responded``: 5).
MAX_COUNTED_TOKENS = 8
#: The words after which a verb belongs to the other group (``twice as many ... as those who``).
_COUNTED_STOPS = "reference_cues.txt"
LINK_COUNTED_VERB = "verb-of-counted-people"


def _verb_of_counted_people(doc: Doc, ratio: Span) -> Outcome | None:
    """``Twice as many patients on X responded``: a ratio of people counted (``as many`` and a
    people word) measures what the verb after them names by its noun (response;
    ``patterns/outcome_verb_nouns.txt``), read up to punctuation or the other group's cue."""
    if ratio[-1].lower_ != "many" or ratio.end >= len(doc) or doc[ratio.end].lower_ not in people_words():
        return None
    stop = min(sent(ratio).end, ratio.end + MAX_COUNTED_TOKENS)
    for token in doc[ratio.end + 1:stop]:
        if token.is_punct or token.lower_ in word_set(_COUNTED_STOPS):
            return None
        noun = load_mapping("outcome_verb_nouns.txt").get(token.lower_)
        if noun is not None:
            return noun, (token.idx, token.idx + len(token.text))
    return None


#: The rule of a difference stated by a verb with its amount first (``knocked three days off``).
DIFFERENCE_VERB_RULE = "difference-verb"
LINK_DIFFERENCE_OBJECT = "object-after-difference"
#: The words after which a difference by a verb names what it changes (``knocked three days off X``,
#: ``added four months to X``): the rule's last word, ``patterns/difference_object_openers.txt``.
DIFFERENCE_OBJECT_OPENERS = "difference_object_openers.txt"
#: Words that state the usual amount of what a difference changes (``a usual 10-day stay``).
USUAL_AMOUNT_WORDS = "usual_amount_words.txt"


def _object_after_difference(doc: Doc, change: Span) -> Outcome | None:
    """``knocked three days off the usual 10-day stay in the hospital``: the noun phrase after the
    ``off`` (``from``, ``to``) of a difference stated by a verb names its outcome, without the
    words that judge or state the usual amount (``usual``, ``10-day``); a one-word head keeps
    its ``in`` phrase (``stay in the hospital``)."""
    if change.id_ != DIFFERENCE_VERB_RULE or change[-1].lower_ not in word_set(DIFFERENCE_OBJECT_OPENERS):
        return None
    stop = sent(change).end
    start = change.end
    skipped = ("articles.txt", "evaluative_words.txt", "possessives.txt", USUAL_AMOUNT_WORDS)
    while start < stop:
        if any(doc[start].lower_ in word_set(name) for name in skipped):
            start += 1
        elif start + 2 < stop and doc[start].like_num and doc[start + 1].text == "-" \
                and unit_label(doc[start + 2].text) is not None:
            start += 3  # "a 10-day stay": the usual amount, not the outcome
        else:
            break
    phrase = trimmed(noun_phrase_right(doc, start, stop))
    if phrase is None or not measured_outcome(phrase) or phrase.start != start:
        return None
    end = phrase.end
    if len(phrase) == 1 and end + 2 < stop and doc[end].lower_ == "in" and doc[end + 1].lower_ in word_set(
            "articles.txt"):
        place = noun_phrase_right(doc, end + 2, stop, attach=False)
        if place is not None and len(place) == 1:
            end = place.end  # "stay in the hospital"
    return outcome_at(text_of(doc), doc[phrase.start].idx, doc[end - 1].idx + len(doc[end - 1].text))


LINK_REFERRED_RISK = "risk-referred-back"
#: Characters before a change within which the effect a bare ``the risk`` points back to is reported.
REFERRED_CHARS = 600


#: Words that point back at a risk named before (``the risk fell by``): ``patterns/risk_pointing_words.txt``.
RISK_POINTING_WORDS = "risk_pointing_words.txt"


@cache
def _bare_risk(nouns: str, auxiliaries: str) -> re.Pattern[str]:
    """A change's subject that is a risk named by a pointing word alone (``the risk fell by``,
    ``that risk decreased by``, ``the risk was reduced by``)."""
    return compile_pattern(rf"(?i)(?:^|[\s,]){_words(RISK_POINTING_WORDS)}\s+(?:overall\s+)?{_words(nouns)}\s+"
                           rf"(?:(?:also|further|then)\s+)?(?:{_words(auxiliaries)}\s+)?$")


def _risk_referred(doc: Doc, change: Span, earlier: list[dict], settings: Settings = DEFAULTS) -> str | None:
    """The outcome a change of ``the risk`` alone is about: that of the between-arm effect reported
    last before it (within :data:`REFERRED_CHARS`), else the primary endpoint."""
    if change.id_ not in ("reduction-verb-by", "increase-verb-by"):
        return None
    clause_start = doc[clause_bounds(sent(change), change.start)[0]].idx
    if not _bare_risk(settings.risk_nouns, settings.passive_auxiliaries).search(
            text_of(doc)[clause_start:change.start_char]):
        return None
    before = [item for item in earlier if item["endpoint"] is not None
              and change.start_char - REFERRED_CHARS <= item["evidence"]["start"] < change.start_char]
    if before:
        return max(before, key=lambda item: item["evidence"]["start"])["endpoint"]
    main = _main_endpoint(doc)
    return main.label_ if main is not None else None


#: Verbs of change (``patterns/change_verbs.txt``): followed by ``to`` and a number they state the
#: level a group reached (``dropped to five a week``, ``fell from 9 to 5``).
CHANGE_VERBS = "change_verbs.txt"
#: Characters between a level reached and a change that restates it as a change from the start.
LEVEL_CHARS = 120


@cache
def _level_reached() -> re.Pattern[str]:
    """``dropped to about four``, ``fell from 9.2 to 5.1``: a verb of change and the level a group reached."""
    number = r"(?:\d+(?:[.,]\d+)?|[a-z]+(?:-[a-z]+)?)"
    return compile_pattern(rf"(?i)\b{_words(CHANGE_VERBS)}\s+(?:from\s+{number}(?:\s+\S+)?\s+)?to\s+"
                           rf"(?:(?:{_words('approximators.txt')})\s+)*(?P<level>[\w.,-]+)")


def _after_level_reached(doc: Doc, change: Span) -> bool:
    """A change written after the level one group reached in its sentence (``Among those taking
    placebo, headaches dropped to five a week, a 25 percent decrease or two fewer a week``): that
    group's change from its own start, not a difference between groups, unless words that compare
    groups or name a risk come between (``..., compared with 8.1 on placebo, a 21 percent reduction``)."""
    sentence = sent(change)
    text = text_of(doc)
    start = max(sentence.start_char, change.start_char - LEVEL_CHARS)
    reached = None
    for found in _level_reached().finditer(text, start, change.start_char):
        if parse_number(found.group("level").rstrip(".,")) is not None:
            reached = found
    if reached is None:
        return False
    between = text[reached.end():change.start_char] + " " + change.text
    return not (_compares_groups(between) or _between_arm_risk(between))


#: Words after a change that place it in a group (``fell by 40 percent in the X group``).
_IN_GROUP = compile_pattern(r"(?i)\s*(?:in|among|for)\s")


def _in_one_group(doc: Doc, change: Span, settings: Settings = DEFAULTS) -> bool:
    """``Strokes fell by 40 percent in the X group``: a change placed in one group (``in``, ``among``
    right after it, a group named within :data:`REFERENCE_CHARS`), in a sentence that names no other
    group and sets it against nothing (``than``, ``compared with``, ``versus``): that group's change
    from its own start, not a difference between groups. Not in an abstract, whose ``reduced by 40% in
    group B`` is set against its control."""
    sentence = sent(change)
    text = text_of(doc)
    if is_abstract(doc) or not _IN_GROUP.match(text, change.end_char, sentence.end_char):
        return False
    named = spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end)
    if len({m.label_ for m in named}) != 1 \
            or not any(change.end_char <= m.start_char <= change.end_char + settings.reference_chars for m in named):
        return False
    words = text[sentence.start_char:sentence.end_char]
    return not (_compares_groups(words, settings.reference_cues) or _between_arm_risk(words))


@cache
def _event_verb(verbs: str) -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\s*{_words(verbs, any_space=True)}\s+")


def _events_after_or(doc: Doc, at: int, sentence: Span, settings: Settings = DEFAULTS) -> Span | None:
    """The events joined by ``or`` after a verb of ``likely to`` (``die, or have a heart attack or
    stroke``: ``heart attack or stroke``), past a verb whose object they are."""
    verb = _event_verb(settings.risk_verbs).match(text_of(doc), at)
    start = doc.char_span(verb.end() if verb else at, sentence.end_char, alignment_mode="expand")
    if start is None:
        return None
    phrase = trimmed(noun_phrase_right(doc, start.start, sentence.end))
    return phrase if phrase is not None and measured_outcome(phrase) else None


def _only_people(doc: Doc, found: Outcome) -> bool:
    """Whether a name is only people and their group (``the aspirin users``, ``women on placebo``):
    its last word a people word and every other word a group's or a function word."""
    words = found[0].lower().split()
    if words[-1] not in people_words():
        return False
    start, end = found[1]
    group_words = {w.lower() for m in spans_within(doc, "ARM_MENTION", start_char=start, end_char=end)
                   for w in m.text.split()}
    return all(w in group_words or w in people_words() or w in load_table(FUNCTION_WORDS) for w in words)


def _likely_unread(doc: Doc, ratio: Span) -> bool:
    """Whether a ratio of likelihoods (``twice as likely``, ending in a word of
    ``patterns/likelihood_words.txt``) goes on with ``to`` and a verb phrase: what it measures is that
    phrase, so where it is not read, and it holds no outcome of the lexicon (``to avoid a stroke``), no
    outcome named elsewhere stands in for it."""
    if ratio[-1].lower_ not in word_set(LIKELIHOOD_WORDS) \
            or not _GAP_TO_CASED.match(text_of(doc)[ratio.end_char:sent(ratio).end_char]):
        return False
    nearest = nearest_endpoint(doc, ratio, after_first=True)
    return nearest is None or not ratio.end <= nearest.start < sent(ratio).end


#: Rules of a change stated by a verb and ``by`` (``improved their scores by 9 points``).
_VERB_BY_RULES = frozenset({"reduction-verb-by", "increase-verb-by", "difference-verb-by"})
#: Words that join a second clause with its own subject (``while``, ``whereas``: ``patterns/clause_joiners.txt``)
#: and words that set two values side by side (``compared with``: ``patterns/contrast_words.txt``).
_OWN_CHANGE_JOINERS = ("clause_joiners.txt", "contrast_words.txt")


def _set_against_own_change(doc: Doc, change: Span) -> bool:
    """``X users cut their walking time by 30 seconds, while the others cut theirs by 10
    seconds``: a change by a verb set against a change by a verb of the same kind later in its
    sentence, across a word that opens the other clause or compares: each group's own change."""
    if change.id_ == PER_PERIOD_DIFFERENCE_RULE or change.id_ in COMPARED_DIFFERENCE_RULES:
        return _set_against_own_count_change(doc, change)
    if change.id_ not in _VERB_BY_RULES:
        return False
    sentence = sent(change)
    for other in spans_starting(doc, "REDUCTION", "INCREASE", "DIFFERENCE", start=sentence.start, end=sentence.end):
        if sent(other) != sentence or other.id_ not in _VERB_BY_RULES or other.label_ != change.label_ \
                or other.start_char < change.end_char and change.start_char < other.end_char:
            continue
        first, second = (change, other) if change.start_char < other.start_char else (other, change)
        between = text_of(doc)[first.end_char:second.start_char]
        if any(_any_word(name, any_space=True).search(between) for name in _OWN_CHANGE_JOINERS) \
                and not _between_arm_risk(between):
            return True
    return False


#: The comparatives of a group's own change in a count (``patterns/comparatives.tsv``, use ``own-count``).
OWN_COUNT_COMPARATIVES = "comparatives.tsv:own-count"
#: What follows a difference in a count per period when the other group's own change is set
#: against it: a few words, then a number and a comparative (``, compared with three fewer``).
_OWN_COUNT_CHANGE = compile_pattern(r"[\s,;]*(?P<between>(?:[A-Za-z.]+\s+){1,3}?)(?P<number>[\w.-]+)\s+"
                                    rf"(?P<comparative>{phrase_regex(OWN_COUNT_COMPARATIVES)})\b(?:\s+(?P<next>[A-Za-z]+))?",
                                    re.IGNORECASE)


def _set_against_own_count_change(doc: Doc, change: Span) -> bool:
    """``had five fewer hot flashes a week, compared with three fewer among those on placebo``:
    a difference in a count per period set, across a comparing or contrast word, against a number
    with the same comparative is each group's own change from its start, not a difference between
    the groups (in digits or in words alike)."""
    following = _OWN_COUNT_CHANGE.match(text_of(doc)[change.end_char:sent(change).end_char])
    if following is None or parse_number(following.group("number")) is None \
            or following.group("comparative").lower() not in change.text.lower().split():
        return False
    if following.group("next") and following.group("next").lower() not in load_table(FUNCTION_WORDS):
        return False  # "11 fewer deaths and six fewer strokes": a list of outcomes, not the other group's own
    between = following.group("between")
    return bool(_any_word("compared_words.txt").search(between)) \
        or any(_any_word(name, any_space=True).search(between) for name in _OWN_CHANGE_JOINERS)


def _names_a_risk(text: str) -> bool:
    """A word of a risk itself (``patterns/risk_words.txt``: risk, odds, chance, hazard; not a rate or
    a number, which a group's own change also has)."""
    return bool(_any_word(RISK_WORDS).search(text))


def _between_arm_risk(text: str) -> bool:
    """Words of a risk (``patterns/between_arm_words.txt``): a change of one is between groups."""
    return bool(_any_word("between_arm_words.txt").search(text))


#: Words between the subject of a verb of change and the verb (``has been shown to``).
SUBJECT_GAP_WORDS = "subject_verb_gap_words.txt"
#: Rules of a change stated by a verb that opens the span (``reduced X by 30%``, ``knocked 3 days off``).
_VERB_RULES = frozenset({"reduction-verb-by", "increase-verb-by", "difference-verb-by", DIFFERENCE_VERB_RULE,
                         FRACTION_CHANGE_RULE})


def _other_treatment_acts(doc: Doc, change: Span, arms: list[dict]) -> bool:
    """``Zelvorin extended survival by 3.1 months compared with older chemotherapy``, in an
    article on another drug: a change by a verb whose subject is a name the article always writes
    with a capital (a product, not a word), in a sentence that names none of the trial's groups, is
    that other treatment's effect. The subject is read back from the verb past the words of
    ``patterns/subject_verb_gap_words.txt`` and an aside between commas."""
    if change.id_ not in _VERB_RULES or not arms:
        return False
    sentence = sent(change)
    if spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end):
        return False
    i = change.start - 1
    while i >= sentence.start and doc[i].lower_ in word_set(SUBJECT_GAP_WORDS):
        i -= 1
    if i > sentence.start and doc[i].text == ",":  # "Brandex, an older pill, has been shown to"
        j = i - 1
        while j > sentence.start and doc[j].text != ",":
            j -= 1
        i = j - 1 if doc[j].text == "," else i
    if i < sentence.start:
        return False
    name = doc[i].text
    if not (name[:1].isupper() and name[1:].islower() and name.isalpha()):
        return False
    lower = name.lower()
    if any(lower in arm["label"].lower().split() or lower in (arm.get("intervention") or "").lower().split()
           for arm in arms):
        return False
    return not any(token.text == lower for token in doc)  # never written as a common word


#: Words after which the reference group is named (``than``, ``compared with``).
REFERENCE_CUES = "reference_cues.txt"
#: Words after a change's number that make it a threshold (``50 percent or greater``).
THRESHOLD_TAILS = "threshold_tails.txt"
#: Characters after a change searched for the count of people who reached it.
REACHED_BY_CHARS = 60
#: Characters after a change searched for the tail that makes it a threshold (``or greater``).
THRESHOLD_TAIL_CHARS = 12


@cache
def _reached_by() -> re.Pattern[str]:
    """``for 12 volunteers``, ``in 9 of the patients``: a count of people a change was reached by."""
    return compile_pattern(r"(?i)(?=\b(?:for|in|among)\s+(?:only\s+)?(?P<count>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
                           r"(?:of\s+(?:the|their|those)\s+)?(?P<people>[a-z]+)\b)")  # a lookahead: matches may overlap


def _threshold_reached(doc: Doc, change: Span) -> bool:
    """``Nearly half had a 50 percent or greater drop in migraine days``, ``a 50 percent drop in
    migraine days for 12 volunteers``: a change that patients reach (by a threshold tail after its
    number, ``patterns/threshold_tails.txt``, or a count of people right after it) defines responders;
    it is no effect between groups."""
    text = text_of(doc)
    sentence = sent(change)
    if _any_word(THRESHOLD_TAILS, any_space=True).search(text, change.start_char, min(change.end_char + THRESHOLD_TAIL_CHARS,
                                                                                        sentence.end_char)):
        return True
    end = min(change.end_char + REACHED_BY_CHARS, sentence.end_char)
    for found in _reached_by().finditer(text, change.end_char, end):
        if parse_number(found.group("count")) is not None and found.group("people").lower() in people_words():
            rest = text[change.end_char:sentence.end_char]  # not "... in 200 patients compared with placebo"
            return not _compares_groups(rest)
    return False


def _compares_groups(text: str, reference_cues: str = REFERENCE_CUES) -> bool:
    """Words that set a group against another (``than``, ``compared with``: ``reference_cues.txt``,
    ``compared_words.txt``)."""
    return bool(_any_word(reference_cues, any_space=True).search(text) or _any_word("compared_words.txt").search(text))


#: Linker names of :func:`_outcome_of_change`.
LINK_LIKELY_VERB = "likely-to-verb"
LINK_SEEN_OBJECT = "object-of-perception"
LINK_RISK_OF = "risk-of-after"
LINK_PASSIVE_SUBJECT = "subject-of-passive"
LINK_LIKELY_PHRASE = "likely-to-phrase"
#: Verbs of being that open the phrase after ``likely to`` and name nothing themselves
#: (``patterns/likely_phrase_copulas.txt``: ``be`` of ``likely to be free of wheezing``).
LIKELY_PHRASE_COPULAS = "likely_phrase_copulas.txt"


def _likely_phrase(doc: Doc, change: Span, settings: Settings = DEFAULTS) -> Outcome | None:
    """What a likelihood says its people did, where no verb of the lexicons names it (``twice as likely
    to quit smoking as those on placebo``: quit smoking; ``30% more likely to be symptom-free at 12
    weeks``: symptom-free): the verb phrase after ``likely ... to``, up to where an outcome ends
    (``patterns/outcome_end_words.txt``: the other group's ``as``/``than``, a time's ``after``/``at``)
    or a number (``44 weeks after``), without a verb of being that opens it. The phrase opens with a
    word that can be a verb and holds one to ``max_change_object_words`` words, naming no people."""
    text = text_of(doc)
    sentence = sent(change)
    opening = _GAP_TO if change[-1].lower_ in word_set(LIKELIHOOD_WORDS) else _LIKELY_TO  # "twice as likely", "30% more"
    opened = opening.match(text[change.end_char:sentence.end_char])
    if opened is None:
        return None
    start = change.end_char + opened.end()
    first = next((t for t in sentence if t.idx >= start), None)
    if first is None or first.idx != start \
            or VERB not in classes(first.text) and first.lower_ not in word_set(LIKELY_PHRASE_COPULAS):
        return None
    stop = next((found for found in _outcome_end(settings.outcome_end_words).finditer(text, start, sentence.end_char)
                 if text[found.start() - 1] != "-" and text[found.end():found.end() + 1] != "-"), None)
    end = stop.start() if stop else sentence.end_char  # not the "than" of "smaller-than-normal"
    words = [t for t in sentence if start <= t.idx and t.idx + len(t.text) <= end]
    cut = next((i for i, t in enumerate(words) if t.like_num or parse_number(t.text) is not None), len(words))
    words = words[:cut]
    while words and words[0].lower_ in word_set(LIKELY_PHRASE_COPULAS):
        words = words[1:]
    if not words or len(words) > settings.max_change_object_words:
        return None
    found = outcome_at(text, words[0].idx, words[-1].idx + len(words[-1].text))
    if found is None or bare_outcome(found[0], doc) or _only_people(doc, found) \
            or any(t.lower_ in people_words() or t.lower_ in word_set(settings.subject_pronouns) for t in words):
        return None  # "likely to say they felt better": a clause of its own, not an outcome
    return found


def _composite_end(doc: Doc, end: int, sentence: Span) -> int:
    """The end (a character offset) of the composite outcome whose first item ends at ``end``: the
    list closed by ``or`` that follows there (``a lower risk of stroke or death``, ``... of heart
    attack, stroke or death``; :func:`~trialnews.linking.phrases.coordinated_end`); ``end`` where
    none follows."""
    after = next((t.i for t in sentence if t.idx >= end), None)
    if after is None or doc[after].lower_ not in (",", "or") or text_of(doc)[end:doc[after].idx].strip():
        return end
    last = coordinated_end(doc, after, sentence.end, ("or",))
    return doc[last - 1].idx + len(doc[last - 1].text) if last > after else end


def _outcome_of_change(doc: Doc, change: Span, settings: Settings = DEFAULTS) -> tuple[Outcome | None, str]:
    """The outcome a relative change or ratio names right after it (``a 27% reduced risk of
    coronary heart disease``, ``40% less likely to develop influenza``) or, for a passive verb of
    change, as the subject before it (``disability progression was reduced by 36 percent``)."""
    text = text_of(doc)
    sentence = sent(change)
    after = text[change.end_char:sentence.end_char]
    risk = _risk_after(settings.risk_nouns, settings.risk_gerunds, settings.risk_verbs).match(after)
    if risk is not None:
        rest = after[risk.end():]
        stop = _outcome_end(settings.outcome_end_words).search(rest)
        start = change.end_char + risk.end()
        first = outcome_at(text, start, start + (stop.start() if stop else len(rest)))
        found = outcome_at(text, start, _composite_end(doc, start + (stop.start() if stop else len(rest)), sentence))
        if first is not None and found is not None and 0 < len(first[0].split()) <= settings.max_change_object_words \
                and not _only_people(doc, found):  # "a higher risk for the aspirin users": who, not what
            return (_QUOTES.sub("", found[0]), found[1]), LINK_RISK_OF
    likely = _likely_verb(settings.likely_verbs).match(after)
    if likely is not None:  # "were 30% less likely to die": death, its evidence the verb
        verb = " ".join(likely.group("verb").lower().split())
        noun = load_mapping(settings.likely_verbs).get(verb)
        start, end = change.end_char + likely.start("verb"), change.end_char + likely.end("verb")
        verb_end = doc.char_span(start, end, alignment_mode="expand")
        if noun is not None and verb_end is not None and likely.group("or"):
            # "18% less likely to die, or suffer a stroke or heart attack": the composite of the events
            others = _events_after_or(doc, change.end_char + likely.end(), sentence, settings)
            if others is None:
                return None, ""
            return (f"{noun}, {others.text}", (start, others.end_char)), LINK_LIKELY_VERB
        if noun is not None and verb_end is not None:
            if noun in word_set(CAUSE_COMPLEMENT_HEADS):  # "likely to be hospitalized for heart failure"
                cause = cause_after(doc, verb_end.end, sentence.end)
                if cause is not None:
                    return (f"{noun} {cause.text}", (start, cause.end_char)), LINK_LIKELY_VERB
            return (noun, (start, end)), LINK_LIKELY_VERB
    phrase = _likely_phrase(doc, change, settings) if likely is None else None
    if phrase is not None:  # "twice as likely to quit smoking as those on placebo": what they did
        return phrase, LINK_LIKELY_PHRASE
    if change.id_ in ("reduction-verb-by", "increase-verb-by", "difference-verb-by", FRACTION_CHANGE_RULE):
        clause_start = doc[clause_bounds(sentence, change.start)[0]].idx
        seen = _seen_object(settings.perception_verbs, settings.change_object_nouns, settings.max_subject_chars).search(
            text[clause_start:change.start_char])
        if seen is not None:  # "saw their risk of death fall by half": the risk of death
            found = outcome_at(text, clause_start + seen.start("name"), clause_start + seen.end("name"))
            if found is not None and 0 < len(found[0].split()) <= settings.max_change_object_words:
                return found, LINK_SEEN_OBJECT
        subject = _subject_before(settings.passive_auxiliaries, settings.max_subject_chars).search(
            text[clause_start:change.start_char])
        if subject is not None:
            start = clause_start + subject.start("name")
            found = outcome_at(text, start, clause_start + subject.end("name"))
            words = found[0].split() if found else []
            if found is not None and 0 < len(words) <= settings.max_change_object_words \
                    and words[0] not in word_set(settings.subject_pronouns) \
                    and not _names_group(doc, *found[1]):
                return found, LINK_PASSIVE_SUBJECT
    return None, ""


#: The outcome linkers of ``linking`` tried on the number of a change whose outcome neither its verb's
#: object nor a ``risk of`` phrase names: how results read the phrase a number measures (``a 28 per cent
#: reduction in hip fractures``, ``The fear response was 60% lower``, ``decreased hospital stay by 1.1
#: days``), never the nearest lexicon word. Each writes its own name to ``evidence.links["endpoint"]``.
CHANGE_OUTCOME_LINKERS = ("noun-after-value", "noun-of-value", "subject-of-change", "object-of-change",
                          "verb-names-outcome")
#: Adjectives of frequency after a change's comparative (``30% less common``): the subject is what changed.
FREQUENCY_ADJECTIVES = "frequency_adjectives.txt"
LINK_SUBJECT_OF_CHANGE = "subject-of-change"
#: Words after a change's comparative that make its subject people (``20 percent less likely to``).
LIKELIHOOD_WORDS = "likelihood_words.txt"
#: The value label of a count compared without a unit (``24 fewer hot flashes``): what it counts
#: is the noun after its comparative.
_COUNT_LABEL = "COUNT"
#: The value label of a number written with ``%`` or ``percent``.
_PERCENT_LABEL = "PERCENT"


def _number_span(doc: Doc, change: Span) -> Span | None:
    """The number a change or difference states, with its unit, as a value span the outcome linkers
    read: ``28 per cent`` of ``a 28 per cent reduction``, ``1.1 days`` of ``decreased X by 1.1 days``."""
    if change.label_ != "DIFFERENCE":
        percent = _PERCENT_NUMBER.search(change.text)
        if percent is None:
            return None
        return doc.char_span(change.start_char + percent.start(1), change.start_char + percent.end(),
                             label=_PERCENT_LABEL, alignment_mode="expand")
    number = next((t for t in change if t.like_num or parse_number(t.text) is not None), None)
    if number is None or number.i + 1 >= change.end:
        return None
    if change.id_ == COMPARATIVE_UNIT_RULE and number.i + 2 < change.end:  # "5 more pounds": the unit after
        label = unit_label(doc[number.i + 2].text)  # the comparative
        return Span(doc, number.i, number.i + 3, label=label) if label else None
    if change.id_ == UNIT_COMPARED_RULE:  # "3.2-point greater", "12 percentage points higher": the unit is
        end = change.end - 1  # what lies between the number and the comparative, past a hyphen
        unit = text_of(doc)[doc[number.i].idx + len(number.text):doc[end].idx].strip(" -")
        label = unit_label(unit) or ("QUANTITY" if unit.lower().startswith("percentage point") else None)
        return Span(doc, number.i, end, label=label) if label else None
    if change.id_ in (UNIT_DIFFERENCE_RULE, BETWEEN_NOUN_RULE) and doc[number.i + 1].text == "-" and number.i + 2 < change.end \
            and unit_label(doc[number.i + 2].text) is not None:  # "a 3.2-point greater improvement"
        return Span(doc, number.i, number.i + 3, label=unit_label(doc[number.i + 2].text))
    label = unit_label(doc[number.i + 1].text)
    if label is None and doc[number.i + 1].lower_ in word_set("comparatives.tsv:outcome") \
            and number.i + 2 < len(doc) and unit_label(doc[number.i + 2].text) is None:
        return Span(doc, number.i, number.i + 1, label=_COUNT_LABEL)  # "24 fewer hot flashes a month"
    return Span(doc, number.i, number.i + 2, label=label) if label else None


#: Nouns that count events of their ``of`` phrase (``six fewer cases of stent thrombosis``).
COUNTED_EVENT_NOUNS = "counted_event_nouns.txt"
LINK_COUNTED_NOUN = "noun-counted"


#: The most words an editor's bracketed insertion in a quote holds (``stent [clotting]``).
MAX_INSERTED_WORDS = 3


def _with_inserted_words(doc: Doc, phrase: Span, stop: int) -> Span:
    """``phrase`` with the bracketed words an editor inserted right after it in a quote (``six fewer
    cases of stent [clotting]``: stent [clotting], the phrase the speaker meant); else ``phrase``."""
    i = phrase.end
    if i >= stop or doc[i].text != "[":
        return phrase
    for j in range(i + 2, min(i + 2 + MAX_INSERTED_WORDS, stop)):
        if doc[j].text == "]":
            return doc[phrase.start:j + 1] if all(t.is_alpha for t in doc[i + 1:j]) else phrase
    return phrase


def _counted_outcome(doc: Doc, value: Span) -> tuple[Outcome, str] | None:
    """What a count compared between groups counts where the outcome linkers read none, after its
    comparative: the noun phrase there, the ``of`` phrase of a noun that counts events (``six fewer cases of
    stent thrombosis``: stent thrombosis), or a time unit with the words that say what filled it
    (``2.4 fewer migraine days per month``: migraine days); never people (``54 fewer women``)."""
    if value.label_ != _COUNT_LABEL:
        return None
    stop = sent(value).end
    i = value.end
    while i < stop and doc[i].lower_ in word_set("comparatives.tsv:outcome"):
        i += 1
    if i + 1 < stop and doc[i].lower_ in word_set(COUNTED_EVENT_NOUNS) and doc[i + 1].lower_ == "of":
        i += 2
    phrase = trimmed(noun_phrase_right(doc, i, stop))
    if phrase is None or phrase.start != i or phrase[-1].lower_ in people_words():
        return None
    phrase = _with_inserted_words(doc, phrase, stop)  # "six fewer cases of stent [clotting]"
    if not acceptable_outcome(phrase):
        if len(phrase) < 2 or unit_label(phrase[-1].text) is None or not phrase[0].is_alpha:
            return None  # "54 fewer women", "two fewer": no outcome; "migraine days": the days it counts
    return (phrase.text, (phrase.start_char, phrase.end_char)), LINK_COUNTED_NOUN


#: Nouns of a measuring instrument (``patterns/instrument_nouns.txt``) that close the phrase a difference
#: is read on; the prepositions that open it (those that open what a comparison noun compares groups
#: in: ``patterns/difference_in_prepositions.txt``); the determiners that may open the phrase (articles,
#: ``their``/``its``: ``patterns/articles.txt``, ``patterns/object_determiners.txt``); the words a
#: phrase of it may hold before the noun.
INSTRUMENT_NOUNS = "instrument_nouns.txt"
INSTRUMENT_PREPOSITIONS = word_set("difference_in_prepositions.txt")
INSTRUMENT_DETERMINERS = word_set("articles.txt") | word_set("object_determiners.txt")
MAX_INSTRUMENT_WORDS = 4
LINK_INSTRUMENT = "instrument-after-difference"


def _names_group(doc: Doc, start_char: int, end_char: int) -> bool:
    """Whether the characters ``[start_char, end_char)`` overlap a mention of a group (an
    ``ARM_MENTION``): a phrase that names a group is no outcome of a change (``in the X group``)."""
    return overlaps_chars(doc, "ARM_MENTION", start_char, end_char)


def _first_arm_leads(doc: Doc, change: Span, item: dict) -> bool:
    """Whether the group a difference is of is named before it in its sentence (``Patients on X scored
    3 points higher than ...``) or not named there (the trial's other group, ``They scored 3 points
    higher than those on placebo``), not a group named only after a comparator (``They scored 12 points higher than the untreated kids but 10 points lower than the
    normal-weight group``: both groups named are the ones set against): the outcome readers that keep a
    difference no other reader names are read only where its first group can be told."""
    sentence = sent(change)
    mentions = spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end)
    if not mentions:
        return True
    first = [m for m in mentions if item["arms"] and m.label_ == item["arms"][0]]
    return not first or any(m.start_char < change.start_char for m in first)


def _instrument_after(doc: Doc, change: Span) -> tuple[Outcome, str] | None:
    """The outcome of a difference read on an instrument named right after it, past a noun of change
    (``scored 3 points higher on the memory test``: memory test; ``a 2.3-point greater improvement on
    the depression scale``: depression scale): ``on``/``in``, an article, up to four words that end
    in a noun of :data:`INSTRUMENT_NOUNS`; never a phrase that names a group (``in the X group``)."""
    stop = clause_bounds(sent(change), change.start)[1]
    i = change.end
    while i < stop and (doc[i].lower_ in word_set("change_nouns.txt")
                        or doc[i].lower_ in word_set("comparatives.tsv:outcome")):
        i += 1
    if i + 1 < stop and doc[i].lower_ in INSTRUMENT_PREPOSITIONS and doc[i + 1].lower_ == "average":
        i += 2  # "9 points higher on average on memory tests"
    if i >= stop or doc[i].lower_ not in INSTRUMENT_PREPOSITIONS:
        return None
    i += 1
    if i < stop and doc[i].lower_ in INSTRUMENT_DETERMINERS:
        i += 1
    for j in range(i, min(i + MAX_INSTRUMENT_WORDS, stop)):
        token = doc[j]
        if not (token.is_alpha or "-" in token.text) or token.is_stop:
            return None  # "on average on memory tests": the phrase holds no function word
        if token.lower_ in word_set(INSTRUMENT_NOUNS) and j > i:
            phrase = doc[i:j + 1]
            if _names_group(doc, phrase.start_char, phrase.end_char) or any(t.lower_ in people_words() for t in phrase):
                return None
            return (phrase.text, (phrase.start_char, phrase.end_char)), LINK_INSTRUMENT
    return None


def _outcome_of_number(doc: Doc, change: Span) -> tuple[Outcome, str] | None:
    """The outcome the number of a change measures, by the first of :data:`CHANGE_OUTCOME_LINKERS`
    that reads one (a group's name is no outcome: ``the people taking X improved by 28 percent``)."""
    value = _number_span(doc, change)
    if value is None:
        return None
    following = value.end
    while following < len(doc) and doc[following].lower_ in word_set("comparatives.tsv:outcome"):
        following += 1
    if following < len(doc) and doc[following].lower_ in word_set(LIKELIHOOD_WORDS):
        return None  # "were 33 percent less likely to be diagnosed": its subject is people
    linkers = CHANGE_OUTCOME_LINKERS
    if following < len(doc) and doc[following].lower_ in word_set(FREQUENCY_ADJECTIVES):
        linkers = (LINK_SUBJECT_OF_CHANGE,)  # "Heart attacks were 30% less common among ...": the subject
    for name in linkers:
        linked = ENDPOINT_LINKERS[name](doc, value, None)
        if linked is None:
            continue
        mention, outcome = linked
        if mention is not None:
            return (mention.label_, (mention.start_char, mention.end_char)), name
        if value.label_ != _COUNT_LABEL and thing_outcome(doc, outcome):
            return None  # "the hip by 2%": no outcome at all; but things counted are ("2.3 fewer cigarettes")
        return outcome, name
    return _counted_outcome(doc, value)  # "six fewer cases of X", "2.4 fewer migraine days"


def _subject_of_multiple(doc: Doc, ratio: Span) -> tuple[Outcome, str] | None:
    """What a multiple after a copula or verb measures (``the reduction in acne count with X was 12
    times greater than ...``): the subject, read by the outcome linker that reads a change's subject
    (``subject-of-change``), the multiple standing as the value. None where the subject is people or
    a group (``patients on X were 3 times more ...``)."""
    number = next((t for t in ratio if t.lower_ in ("times", "fold") or t.text == "-"), None)
    if number is None or number.i == ratio.start:
        return None
    value = Span(doc, ratio.start, number.i, label=_PERCENT_LABEL)
    linked = ENDPOINT_LINKERS[LINK_SUBJECT_OF_CHANGE](doc, value, None)
    if linked is None:
        return None
    mention, outcome = linked
    found = (mention.label_, (mention.start_char, mention.end_char)) if mention is not None else outcome
    if found is None or bare_outcome(found[0], doc) or mention is None and thing_outcome(doc, found):
        return None
    return found, LINK_SUBJECT_OF_CHANGE


def _measure(text: str, name: str = DEFAULTS.measures) -> str | None:
    """The measure of the first phrase of the lexicon ``name`` written in ``text`` (in the lexicon's order)."""
    lowered = text.lower()
    for phrase, measure in _measures(name):
        if phrase.search(lowered):
            return measure
    return None


@cache
def _measures(name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each phrase of the lexicon ``name`` (whole words, a final "s" allowed) with its measure (an
    entry without one names no measure)."""
    return tuple((compile_pattern(r"\b" + re.escape(phrase.lower()) + r"s?\b"), measure)
                 for phrase, measure in load_mapping(name).items())


@cache
def _measure_name(name: str) -> re.Pattern[str]:
    """Where an estimate's measure is named (its number follows): ``ratio`` or ``ratios``, or a
    one-word phrase of the lexicon ``name`` (``HR``, ``aOR``)."""
    short = [phrase for phrase in load_table(name) if " " not in phrase]
    return compile_pattern(rf"(?i)ratios?|\b{alternation(short)}\b")


def _first_number(text: str) -> float | None:
    """The first number in a span: digits, else a number word."""
    match = _NUMBER.search(text)
    if match:
        return parse_number(match.group())
    match = _WORD_NUMBER.search(text)
    value = parse_number(match.group(1)) if match else None
    if value is None:
        return None
    before = word_numbers(text[:match.end(1)])  # the whole run of number words before the unit:
    return before[-1] if before else value  # "twenty five percent" is 25, not 5


def _significance(doc: Doc, sentence: Span) -> bool | None:
    cues = spans_starting(doc, "SIGNIFICANCE", start=sentence.start, end=sentence.end)
    if any(c.id_ == "not-significant" for c in cues):
        return False
    return True if cues else None


#: The key of a dose arm after its drug's name: an amount and its unit (``400 mg``, ``1 mg/kg``), not a
#: course or a frequency (``6 months``, ``every 2 weeks``).
_AMOUNT_KEY = compile_pattern(r"(?i)\d[\d.,]*\s(?!(?:days?|weeks?|months?|years?)$)\S+")


def _arms_of(doc: Doc, sentence: Span, arms: list[dict]) -> list[str]:
    named: list[str] = []
    for mention in spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end):
        if mention.label_ not in named:
            named.append(mention.label_)
    dosed = {a["label"] for a in arms if a.get("dose")}
    # "those who took 400 mg of the drug X": the dose arm of X, not two groups (X pools its doses);
    # not a course ("prior X for >6 months" is no dose of X)
    named = [label for label in named if not any(
        other in dosed and other.startswith(label + " ") and _AMOUNT_KEY.fullmatch(other[len(label) + 1:])
        for other in named)]
    controls = [a["label"] for a in arms if a["role"] == "control"]
    experimental = [a["label"] for a in arms if a["role"] != "control"]
    if len(named) == 1 and controls and named[0] not in controls:
        named.append(controls[0])
    elif len(named) == 1 and experimental and named[0] in controls:
        named.insert(0, experimental[0])
    elif not named and len(arms) == 2:
        named = experimental + controls
    return named[:2]


def _main_endpoint(doc: Doc) -> Span | None:
    """The endpoint stated as primary, else the article's only outcome (the kinds of it named with
    their premodifiers, ``second infection`` beside ``infection``, are that outcome): what a headline
    effect without a named outcome is about. None when the article states no primary and names several
    outcomes (the first one named is a guess, often a side effect: on unlabeled trial stories it
    was wrong four times in five)."""
    mentions = endpoint_mentions(doc)
    names = _primary_names(doc)  # once, not once per mention
    primary = next((m for m in mentions if m.label_ in names), None)
    if primary is not None:
        return primary
    labels = {singular(m.label_.lower()) for m in mentions}
    bare = [m for m in mentions if all(_kind_of(label, singular(m.label_.lower())) for label in labels)]
    if not bare:  # one outcome, its kinds written with their premodifiers ("infection", "second infection") counted as it
        return None
    return None if bare_outcome(bare[0].label_, doc) else bare[0]  # "symptoms" alone names no outcome


def _kind_of(label: str, outcome: str) -> bool:
    """Whether an outcome's name ``label`` is ``outcome`` or a kind of it: ``outcome`` after words that
    are all ordinals (``second infection``, ``numbers.json``) or words naming no other outcome
    (``overall survival``, ``endpoint_kind_words.txt``); not ``cardiovascular death`` beside ``death``."""
    if label == outcome:
        return True
    if not label.endswith(f" {outcome}"):
        return False
    extra = label[:-len(outcome) - 1].split()
    return all(word in ordinal_words() or word in word_set(SPELLING_KINDS) for word in extra)


def _primary_names(doc: Doc) -> set[str]:
    return {e["name"] for e in state(doc).get("endpoints", []) if e["primary"]}


def _item(doc: Doc, anchor: Span, arms: list[dict], guessed: set[tuple[int, int]], *,
          after_first: bool = False) -> dict:
    """A comparison anchored on ``anchor``; ``guessed`` collects the anchors whose endpoint is
    the main endpoint by default rather than one named near them."""
    endpoint = nearest_endpoint(doc, anchor, after_first=after_first)
    link = LINK_NEAREST_ENDPOINT
    generic = endpoint is not None and (bare_outcome(endpoint.label_, doc) or _measured_by_other(doc, endpoint))
    if generic:
        endpoint = None  # "reduce symptoms by 12 percent": a generic word names no outcome ...
    if endpoint is None and not generic:  # ... and no other outcome is guessed for it
        guessed.add((anchor.start_char, anchor.end_char))
        endpoint = _main_endpoint(doc)
        link = LINK_MAIN_ENDPOINT
    found = evidence(anchor)
    item = {
        "endpoint": endpoint.label_ if endpoint is not None else None,
        "arms": _arms_of(doc, sent(anchor), arms),
        "measure": None, "estimate": None, "ci_low": None, "ci_high": None, "ci_level": None,
        "p_value": None, "p_relation": None,
        "significant": _significance(doc, sent(anchor)),
        "evidence": found,
    }
    found["links"] = {"arms": LINK_SENTENCE_ARMS, **({"endpoint": link} if item["endpoint"] is not None else {})}
    return item


#: Why a comparison naming neither its outcome nor its groups is left out (warning W006).
UNPLACED = "neither its outcome nor its groups are named near it"
#: Why an effect in a news article that names no groups of a trial is left out (warning W006): what
#: such an article compares is people described by a trait (``those with the highest levels``), another
#: study's groups or a product's claim, and a curator would record no between-arm effect of the trial.
NO_GROUPS = "the article names no groups of a trial"
#: Why a p-value whose outcome cannot be told is left out (warning W006): a test of an outcome
#: nobody can name is no finding a curator can use, and a guessed one would be a wrong endpoint.
UNNAMED = "its outcome is not named near it"
#: Why an effect in news whose outcome only the trial's main endpoint would give is left out (warning W006).
GUESSED = "its outcome is not named near it, and the main endpoint would be a guess"
#: Nouns that measure something other than the outcome word in their complement, and the words that
#: open that complement (``time in the hospital due to VTE or bleeding``).
OTHER_MEASURE_HEADS = "other_measure_heads.txt"
OTHER_MEASURE_LINKS = "other_measure_links.txt"
#: The most tokens from such a noun to the outcome word in its complement (``the cost associated
#: with the emergency room visit and any subsequent hospitalization``: 9).
MAX_COMPLEMENT_TOKENS = 10
#: Tokens that end a noun phrase: no complement runs across them.
_PHRASE_BREAKS = frozenset(",;:()[]")


def _main_endpoint_in_sentence(doc: Doc, item: dict) -> bool:
    """Whether the main endpoint given to a comparison by guess is named in the comparison's own
    sentence (``The hazard ratio for death was 0.72``: the outcome inside the effect's words)."""
    anchor = doc.char_span(item["evidence"]["start"], item["evidence"]["end"], alignment_mode="expand")
    if anchor is None:
        return False
    sentence = sent(anchor)
    return any(mention.label_ == item["endpoint"] and sentence.start <= mention.start < sentence.end
               for mention in endpoint_mentions(doc))


def _measure_alone(name: str | None) -> bool:
    """Whether an outcome read for a change is only a noun that measures something it does not name
    (``duration``, ``time``: ``30 percent shorter duration of wheezing`` read without its complement):
    no outcome a curator can use, so the change is left without one rather than given that noun."""
    return " ".join((name or "").lower().split()) in word_set(OTHER_MEASURE_HEADS)


def _measured_by_other(doc: Doc, mention: Span) -> bool:
    """Whether an outcome word is the complement of a noun that measures something else (``the
    mean length of initial and subsequent hospitalizations``: a length, not hospitalizations), so
    that it names no outcome of a comparison placed by it."""
    heads, links = word_set(OTHER_MEASURE_HEADS), word_set(OTHER_MEASURE_LINKS)
    start = max(sent(mention).start, mention.start - MAX_COMPLEMENT_TOKENS)
    for i in range(mention.start - 1, start, -1):
        if doc[i].text in _PHRASE_BREAKS:
            return False
        if doc[i - 1].lower_ in heads and doc[i].lower_ in links:
            return True
    return False
#: Linker names written in ``evidence.links`` (see ``record.Evidence``).
LINK_NEAREST_ENDPOINT = "nearest-endpoint"
LINK_MAIN_ENDPOINT = "main-endpoint"
LINK_SENTENCE_ARMS = "arms-of-sentence"
LINK_CHANGE_OBJECT = "object-of-change"
LINK_VALUES_BEFORE = "values-before"


def _widen(doc: Doc, item: dict, span: Span) -> None:
    start = min(item["evidence"]["start"], span.start_char)
    end = max(item["evidence"]["end"], span.end_char)
    links = item["evidence"].get("links", {})
    item["evidence"] = evidence((start, end), doc, rule=item["evidence"]["rule"])
    item["evidence"]["links"] = links


def _reference_last(doc: Doc, item: dict, anchor: Span, settings: Settings = DEFAULTS) -> None:
    """A difference or ratio is first arm against second: the arm named after ``than``,
    ``compared with`` or ``as`` is the reference, so it goes second (``Compared with placebo,
    X extended survival by 3.9 months`` is X minus placebo)."""
    if len(item["arms"]) != 2:
        return
    sentence = sent(anchor)
    text = text_of(doc)
    for cue in _any_word(settings.reference_cues, any_space=True).finditer(text, sentence.start_char, sentence.end_char):
        if cue.start() < anchor.end_char and (cue.end() > anchor.start_char or cue.group().lower() == "as"):
            continue  # the "as" of "twice as many ... as": only the one after the ratio names the reference
        named = next((m for m in spans_from_chars(doc, "ARM_MENTION", start_char=cue.end(),
                                                  end_char=cue.end() + settings.reference_chars + 1)
                      if m.label_ in item["arms"]), None)
        if named is not None:
            reference = named.label_  # "than those who never used HRT": the group outside HRT's
            if negated_group(doc, named):
                reference = next(arm for arm in item["arms"] if arm != named.label_)
            if item["arms"][0] == reference:
                item["arms"] = item["arms"][::-1]
            return


def _values_before(doc: Doc, item: dict, anchor: Span, results: list[dict]) -> None:
    """A p-value written after the values it tests (``77% vs 81%; p=0.08``) is about their
    outcome and their groups: the results of its sentence just before it, of the one outcome
    nearest it, when they are of two groups."""
    pair = _pair_before(anchor, results)
    if pair is None:
        return
    item["endpoint"], item["arms"] = pair
    item["evidence"]["links"] = {"endpoint": LINK_VALUES_BEFORE, "arms": LINK_VALUES_BEFORE}


#: Why a p-value that follows no between-arm values or named comparison is left out (warning W006).
UNTOLD = "what it tests is not told before it"
#: Linker names of a lone p-value: the effect stated in the sentence before that the sentence of the
#: p-value points back at, and the comparison named before it in its own sentence.
LINK_DIFFERENCE_STATED = "difference-just-stated"
LINK_NAMED_COMPARISON = "named-comparison-before"
#: Words that set a group against another before a p-value (``compared with``, ``than``,
#: ``versus``): ``patterns/reference_cues.txt`` without ``as`` (``as well as``), and ``between``
#: before a whole-group noun (``between the two groups``).
_P_CONTRAST_SKIP = frozenset({"as"})
#: The start of the trial named (``patterns/baseline_words.txt``): a comparison with it is no test between groups.
_BASELINE = compile_pattern(rf"(?i)\b{BASELINE_WORDS}\b")
#: Comparatives that set one named group's outcome against the other's (``comparatives.tsv``, use ``p-tested``).
P_TESTED_COMPARATIVES = "comparatives.tsv:p-tested"
#: Words before the two groups a lone p-value tests (``between``, ``two``: ``patterns/group_pair_cues.txt``).
GROUP_PAIR_CUES = "group_pair_cues.txt"


def _difference_just_stated(doc: Doc, item: dict, p: Span, results: list[dict], comparisons: list[dict]) -> bool:
    """``X cut ... by 30 percent. The difference was statistically significant (p = 0.01)``: a
    sentence that opens by pointing back at the effect just reported (:func:`_points_back`) and
    holds no values before its p-value tests that effect: the one effect of the sentence before
    that has no p-value takes it (``item["_attached"]``), else the two groups' values of one
    outcome that end the sentence before give the p-value's outcome and groups, when that sentence
    gives values of those two groups only."""
    sentence = sent(p)
    if sentence.start == 0 or not _points_back().match(text_of(doc), sentence.start_char, p.start_char) \
            or any(t.like_num for t in doc[sentence.start:p.start]):
        return False
    previous = sent(doc[sentence.start - 1])
    stated = [c for c in comparisons if previous.start_char <= c["evidence"]["start"] < previous.end_char]
    if len(stated) == 1 and stated[0]["p_value"] is None and stated[0]["endpoint"] is not None:
        stated[0]["p_value"], stated[0]["p_relation"] = item["p_value"], item["p_relation"]
        _widen(doc, stated[0], p)
        stated[0]["evidence"]["links"]["p_value"] = LINK_DIFFERENCE_STATED
        item["_attached"] = True
        return True
    if stated:
        return False
    pair = _pair_before(doc[previous.end - 1:previous.end], results)
    groups = {r["arm"] for r in results if previous.start_char <= r["evidence"]["start"] < previous.end_char}
    if pair is None or len(groups - {None}) != 2:
        return False  # "... 2.53 cm for group A, 3.05 cm for group B and 2.10 cm for group C. The differences
        # were only significant when group C was compared with group B (P=0.025)": not the two groups' values
    item["endpoint"], item["arms"] = pair
    item["evidence"]["links"] = {"endpoint": LINK_DIFFERENCE_STATED, "arms": LINK_DIFFERENCE_STATED}
    return True


def _named_comparison_before(doc: Doc, item: dict, p: Span, p_values: list[Span],
                             settings: Settings = DEFAULTS) -> bool:
    """``a lower incidence of nausea in the X group compared with the Y group (P = 0.02)``, ``no
    difference in survival between the two arms (P = .62)``: the stretch of the p-value's sentence
    before it (back to the p-value before it in the sentence) names an outcome and sets a trial
    group against another (:func:`_stretch_contrasts`), or only lists another outcome after a
    stretch that does (``... between the arms for DFS (P = .62) or OS (P = .67)``); the outcome is
    the last one named in the stretch, the groups those the sentence names."""
    sentence = sent(p)
    ends = sorted(q.end_char for q in p_values if sentence.start_char <= q.end_char <= p.start_char)
    starts = [sentence.start_char, *ends]
    contrast = False
    for k, start in enumerate(starts):  # each stretch of the sentence up to this p-value's, in order
        end = ends[k] if k < len(ends) else p.start_char
        contrast = _stretch_contrasts(doc, start, end, settings) or contrast and _lists_on(doc, start, end)
    start = starts[-1]
    if not contrast or len(item["arms"]) != 2 or _BASELINE.search(text_of(doc)[start:p.start_char]):
        return False  # "no differences between the groups at baseline (P = .40)"
    mentions = [m for m in spans_within(doc, "ENDPOINT_MENTION", start_char=start, end_char=p.start_char)
                if not bare_outcome(m.label_, doc) and not _measured_by_other(doc, m)]
    if not mentions:
        return False
    # an outcome named inside a bracket closed before the p-value qualifies a value ("82.7% (25.3% complete
    # response (CR)) versus 59.2% (P=0.0002)"): the outcome outside the brackets, where there is one
    outside = [m for m in mentions if not _closed_before(text_of(doc), m.end_char, p.start_char)]
    item["endpoint"] = (outside or mentions)[-1].label_
    item["evidence"]["links"] = {"endpoint": LINK_NAMED_COMPARISON, "arms": LINK_SENTENCE_ARMS}
    return True


#: A bracket, the only characters that change :func:`_closed_before`'s depth.
_BRACKET = compile_pattern(r"[()\[\]]")


def _closed_before(text: str, start: int, end: int) -> bool:
    """Whether a bracket open at ``start`` closes before ``end`` (only the brackets between are
    read, not every character)."""
    depth = 0
    for bracket in _BRACKET.finditer(text, start, end):
        depth += 1 if bracket.group() in "([" else -1
        if depth < 0:
            return True
    return False


def _stretch_contrasts(doc: Doc, start: int, end: int, settings: Settings = DEFAULTS) -> bool:
    """Whether the characters ``start:end`` set a group of the trial against another: a word of
    ``reference_cues.txt`` (not ``as``) or of ``group_pair_cues.txt`` with a group named after it (``than
    placebo``, ``between the X and Y groups``), one of ``group_pair_cues.txt`` before a whole-group noun
    (``between the two arms``, ``similar in the two groups``), or a comparative of ``p-tested``
    with a group named (``less common in the X group``). A stretch that tells one group's change
    (``improved significantly in the X arm``) or names the start of the trial does not."""
    text = text_of(doc)
    stretch = text[start:end]
    if _BASELINE.search(stretch):
        return False
    named = spans_within(doc, "ARM_MENTION", start_char=start, end_char=end)
    pair_cues = _any_word(GROUP_PAIR_CUES)
    if not named and not pair_cues.search(stretch):
        return False
    cues = [c for c in _any_word(settings.reference_cues, any_space=True).finditer(text, start, end)
            if c.group().lower() not in _P_CONTRAST_SKIP]
    pairs = list(pair_cues.finditer(text, start, end))
    pair_cue_starts = {c.start() for c in pairs}
    cues += pairs
    for cue in cues:
        if any(cue.end() <= m.start_char <= cue.end() + settings.reference_chars for m in named):
            return True  # "compared with the Y group", "than placebo", "between the X and Y groups"
        if cue.start() in pair_cue_starts and _group_nouns_follow(text, cue.end(), end):
            return True  # "between the two groups", "between arms", "similar in the two groups"
    return bool(named) and bool({t.lower_ for t in doc.char_span(start, end, alignment_mode="contract") or ()}
                                & word_set(P_TESTED_COMPARATIVES))  # "less common in the X group", "longer with X"


#: The rest of a listed outcome's stretch: the bracket opened right after the outcome, still open
#: at the p-value (``OS (5-year rate: 95.2% v 97.6%; log-rank ``).
_OWN_BRACKET = compile_pattern(r"\s*[(\[][^)\]]*")


def _lists_on(doc: Doc, start: int, end: int) -> bool:
    """Whether the characters ``start:end`` only add an outcome to the list before them: they open,
    past closing brackets and punctuation, with a joiner of ``list_joiners.txt`` and end with an
    outcome and the bracket of its values (``) or OS (5-year rate: 95.2% v 97.6%; ``, ``), and
    diastolic blood pressure (87.0 vs. 83.7 mmHg; ``); not a clause of its own (``, and nausea fell (``)."""
    text = text_of(doc)
    opening = text[start:end].lstrip(" \t\n)];")
    words = re.findall(r"[^\W\d]+|,", opening)
    if not words or words[0].lower() not in word_set("list_joiners.txt"):
        return False
    last = max((m.end_char for m in spans_within(doc, "ENDPOINT_MENTION", start_char=start, end_char=end)), default=None)
    return last is not None and _OWN_BRACKET.fullmatch(text, last, end) is not None


def _outcome_before(anchor: Span, results: list[dict]) -> str | None:
    """The outcome of the value of a group written just before ``anchor`` in its clause-joined sentence
    (``Ulcers occurred in 6 percent of the X group, three times as many as in the placebo group``)."""
    sentence = sent(anchor)
    before = [r for r in results if r["arm"] is not None
              and sentence.start_char <= r["evidence"]["start"] and r["evidence"]["end"] <= anchor.start_char]
    return max(before, key=lambda r: r["evidence"]["start"])["endpoint"] if before else None


#: The words between a group's value and a difference that restates it against the other group
#: (``lost an average of 12 pounds, or 8 pounds more than the placebo group``; ``or about``:
#: ``patterns/approximate_words.txt``).
_RESTATING_GAP = compile_pattern(r"(?i)^\s*(?:[,;:\u2013\u2014]|--)\s*(?:or|that\s+is|i\.e\.)?\s*(?:an?\s+)?"
                                 r"(?:average\s+of\s+|%s\s+)?$" % phrase_regex("approximate_words.txt"))
LINK_RESTATED_VALUE = "value-restated"


def _restated_value_before(doc: Doc, change: Span, results: list[dict]) -> dict | None:
    """The result of a group a difference restates against the other group, written just before it
    in its sentence in the same unit and joined by a comma or a dash (``Those on X lost an average of
    12 pounds, or 8 pounds more than the placebo group``): the difference is of that result's outcome."""
    unit = next(filter(None, (unit_of(token.text) for token in change)), None)
    sentence = sent(change)
    before = [r for r in results if r["arm"] is not None and sentence.start_char <= r["evidence"]["start"]
              and r["evidence"]["end"] <= change.start_char]
    if unit is None or not before:
        return None
    nearest = max(before, key=lambda r: r["evidence"]["end"])
    if nearest.get("unit") != unit or not _RESTATING_GAP.match(text_of(doc)[nearest["evidence"]["end"]:change.start_char]):
        return None
    return nearest


def _pair_before(anchor: Span, results: list[dict]) -> tuple[str, list[str]] | None:
    """The outcome and the two groups of the values written just before ``anchor`` in its sentence
    (``30 percent of X users developed ulcers, versus 20 percent on placebo``): the results of
    the one outcome nearest it, when they are of two groups."""
    sentence = sent(anchor)
    before = [r for r in results
              if sentence.start_char <= r["evidence"]["start"] and r["evidence"]["end"] <= anchor.start_char]
    if not before:
        return None
    nearest = max(before, key=lambda r: r["evidence"]["start"])
    groups = []
    for result in sorted(before, key=lambda r: r["evidence"]["start"]):
        if result["endpoint"] == nearest["endpoint"] and result["arm"] is not None and result["arm"] not in groups:
            groups.append(result["arm"])
    return (nearest["endpoint"], groups) if len(groups) == 2 else None


def _bracket_end(anchor: Span) -> int:
    """The token after the bracket that holds ``anchor`` (``(HR, 0.72; 95% CI ...; P = .002)``), or -1."""
    doc = anchor.doc
    depth = 0
    for i in range(anchor.start - 1, sent(anchor).start - 1, -1):
        if doc[i].text in (")", "]"):
            depth += 1
        elif doc[i].text in ("(", "["):
            if depth == 0:
                break
            depth -= 1
    else:
        return -1
    for j in range(anchor.end, sent(anchor).end):
        if doc[j].text in (")", "]"):
            return j + 1
    return -1


#: Characters that end the words between an effect and its bracket (another clause, another bracket or a number).
_GAP_BREAKS = compile_pattern(r"[\d;:()\[\]]")
_OPENING_BRACKET, _CLOSING_BRACKET = compile_pattern(r"[(\[]"), compile_pattern(r"[)\]]")
#: Endpoint link of a ratio whose bracket follows an effect that names its outcome.
LINK_BRACKETED_EFFECT = "effect-before-bracket"


#: Endpoint link of a ratio whose nearest outcome word is one outcome of a composite written whole.
LINK_COMPOSITE_NEAREST = "composite-of-nearest"


def _composite_of_nearest(doc: Doc, item: dict, effect: Span) -> None:
    """A ratio placed by the outcome word nearest it takes the composite that word is written in
    (``reduced the risk of stroke or systemic embolism ... (HR=0.78; 95% CI=0.46-1.35)``: not
    ``stroke`` alone), the list joined by ``or`` that the outcome reader reads as one outcome."""
    if item["evidence"]["links"].get("endpoint") != LINK_NEAREST_ENDPOINT:
        return
    mention = nearest_endpoint(doc, effect)
    whole = enclosing_phrase(doc, mention) if mention is not None else None
    if whole is None or not whole.start <= mention.start < mention.end <= whole.end \
            or not any(token.lower_ == "or" for token in whole):
        return
    named = outcome_at(text_of(doc), whole.start_char, whole.end_char)
    if named is not None and named[0] != item["endpoint"] and mention.text.lower() in named[0].lower():
        item["endpoint"] = named[0]
        item["evidence"]["links"]["endpoint"] = LINK_COMPOSITE_NEAREST


def _bracket_after(doc: Doc, end_char: int, settings: Settings = DEFAULTS) -> tuple[int, int] | None:
    """The bracket that opens after an effect ending at ``end_char`` with only the words of its
    outcome between (``a 28% reduction in stroke (95% CI ...)``), in the effect's sentence: its
    opening and closing offsets, or None."""
    text = text_of(doc)
    sentence = sent(doc.char_span(end_char - 1, end_char, alignment_mode="expand"))
    found = _OPENING_BRACKET.search(text, end_char, sentence.end_char)
    if found is None:
        return None
    opening = found.start()
    gap = text[end_char:opening]
    if _GAP_BREAKS.search(gap) or len(gap.split()) > settings.max_bracket_gap_words:
        return None
    closing = _CLOSING_BRACKET.search(text, opening, sentence.end_char)
    return (opening, closing.end()) if closing else None


def _interval_after(doc: Doc, item: dict, anchor: Span, cis: list[Span], settings: Settings = DEFAULTS) -> None:
    """A confidence interval written right after a relative change or a difference (within
    ``ci_window`` tokens, or in the bracket after its outcome) that holds its estimate is its
    interval: ``cut the risk of stroke by 28% (95% CI, 15% to 39%)``, ``5.4 months longer (95% CI
    2.1 to 8.7)``. An interval that does not hold the estimate is another statistic's (the hazard
    ratio's of ``a 28% reduction (HR 0.72; 95% CI 0.61-0.85)``)."""
    bracket = _bracket_after(doc, anchor.end_char, settings)
    for ci in cis:
        if ci.start_char < anchor.end_char:
            continue
        near = ci.start <= anchor.end + settings.ci_window and sent(ci) == sent(anchor)
        if not near and not (bracket and bracket[0] < ci.start_char and ci.end_char <= bracket[1]):
            continue
        parsed = parse_ci(ci.text)
        if parsed is not None and parsed[0] <= item["estimate"] <= parsed[1]:
            item["ci_low"], item["ci_high"], item["ci_level"] = parsed[0], parsed[1], parsed[2] or 95.0
            _widen(doc, item, ci)
        return


def _bracketed_effects(doc: Doc, effects: list[dict], changes: list[dict], settings: Settings = DEFAULTS) -> None:
    """A ratio in the bracket after a relative change or a difference states the same effect
    (``a 32 percent reduction in stroke or systemic embolism (HR=0.68; 95% CI=0.49-0.95;
    P=.01)``): it takes the change's outcome, when the change names it by its own words, and its
    groups, and the change takes the bracket's p-value, the test of that one effect."""
    for effect in effects:
        before = [c for c in changes if c["estimate"] is not None and c["evidence"]["end"] <= effect["evidence"]["start"]]
        change = max(before, key=lambda c: c["evidence"]["end"], default=None)
        if change is None:
            continue
        bracket = _bracket_after(doc, change["evidence"]["end"], settings)
        if bracket is None or not bracket[0] < effect["evidence"]["start"] < bracket[1]:
            continue
        links = effect["evidence"]["links"]
        if change["endpoint"] is not None and change["evidence"]["links"].get("endpoint") not in _NEAR_LINKS \
                and links.get("endpoint") in _NEAR_LINKS and not bare_outcome(change["endpoint"]):
            # (a generic word, "an 18% reduction in the risk of an event (HR ...)", leaves the ratio's own outcome)
            effect["endpoint"] = change["endpoint"]
            links["endpoint"] = LINK_BRACKETED_EFFECT
        if len(change["arms"]) == 2:
            effect["arms"] = list(change["arms"])
            links["arms"] = LINK_BRACKETED_EFFECT
        if change["p_value"] is None and effect["p_value"] is not None:
            change["p_value"], change["p_relation"] = effect["p_value"], effect["p_relation"]
            _widen(doc, change, doc.char_span(effect["evidence"]["start"], effect["evidence"]["end"],
                                              alignment_mode="expand"))


#: Words that may qualify a noun of difference at a bracket's head (``patterns/difference_modifiers.txt``).
DIFFERENCE_MODIFIERS = "difference_modifiers.txt"
#: Rule of a difference a bracket of statistics names at its head, read with the p-value it holds.
BRACKETED_DIFFERENCE_RULE = "difference-bracketed"


@cache
def _bracket_head_difference() -> re.Pattern[str]:
    """``(difference, 2.3 points; ...``, ``(mean difference -2.1, 95% CI ...``, ``(absolute difference,
    10.0%; ...``: a noun of difference (``between_group_nouns.txt``), its modifiers before it, then its
    number, at the head of a bracket; the number is group ``number``."""
    return compile_pattern(rf"(?i)[(\[]\s*(?:(?:{_words(DIFFERENCE_MODIFIERS)})\s+)*(?:{_words('between_group_nouns.txt')})"
                           r"\s*[,:=]?\s*(?P<number>[-\u2212+]?\d+(?:\.\d+)?)(?![\d/])")


def _bracketed_difference(doc: Doc, item: dict, p: Span, cis: list[Span]) -> None:
    """A p-value in a bracket that names the difference it tests at its head (``Pain fell more with X
    than with Y (difference, 2.3 points; P=.02)``, ``(difference 12.9 weeks; 95% CI -5.5 to +34.3
    weeks; P=0.32)``), as abstracts and the press releases that copy them write it: the item of the
    p-value, whose outcome and groups its own readers told, is that difference, with its number as
    written and the interval in the bracket that holds it."""
    text = text_of(doc)
    sentence = sent(p)
    opening = max(text.rfind("(", sentence.start_char, p.start_char), text.rfind("[", sentence.start_char, p.start_char))
    if opening < 0 or _CLOSING_BRACKET.search(text, opening, p.start_char):
        return
    found = _bracket_head_difference().match(text, opening)
    if found is None or found.end("number") > p.start_char:
        return
    estimate = parse_number(found.group("number").replace("+", ""))
    if estimate is None:
        return
    item["measure"], item["estimate"] = "difference", estimate
    _widen(doc, item, doc.char_span(found.start("number"), found.end("number"), alignment_mode="expand"))
    item["evidence"]["links"] = {**item["evidence"].get("links", {}), "estimate": BRACKETED_DIFFERENCE_RULE}
    for ci in cis:
        if found.end("number") <= ci.start_char and ci.end_char <= p.start_char:
            parsed = parse_ci(ci.text)
            if parsed is not None and parsed[0] <= estimate <= parsed[1]:
                item["ci_low"], item["ci_high"], item["ci_level"] = parsed[0], parsed[1], parsed[2] or 95.0
            break


def _attach_p(doc: Doc, item: dict, anchor: Span, p_values: list[Span], used: set[int], warnings: list[str],
              settings: Settings = DEFAULTS) -> None:
    start, end = clause_bounds(sent(anchor), anchor.start)
    bracket_end = _bracket_end(anchor)
    limit = max(end + settings.p_past_clause, bracket_end)
    for p in p_values:
        if p.start in used or not (anchor.end <= p.start <= anchor.end + settings.stat_window and p.start < limit):
            continue
        parsed = parse_p_value(p.text)
        if parsed is None:
            continue
        if not 0 <= parsed[0] <= 1:
            warnings.append(Warnings.W003.format(value=parsed[0], text=p.text))
            used.add(p.start)
            return
        item["p_value"], item["p_relation"] = parsed
        used.add(p.start)
        _widen(doc, item, p)
        return


def _no_trial_sentence(doc: Doc, sentence: Span) -> bool:
    """A sentence whose numbers are no estimate of this trial: a heading, a sentence about the disease,
    the market or other research (``results.about_other_research``), or, outside an abstract, a
    statement of how things are told in the present with no word presenting a finding
    (``results.general_statement``: ``Smoking doubles the risk of stroke``, ``statins cut heart
    attacks by 30%``), the same judgement the results fact makes of the values, save that a
    conditional (:data:`_CONDITIONAL`) is a projection of the trial's comparison, and a sentence that
    names two of the trial's groups sets them against each other (``Patients on X are four times as
    likely to ... as those on placebo``, as ``_present_fact`` reads a ratio)."""
    return heading_sentence(doc, sentence) or about_other_research(doc, sentence) \
        or not is_abstract(doc) and general_statement(sentence) and not _CONDITIONAL.search(sentence.text) \
        and len({m.label_ for m in spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end)}) < 2


#: A conditional (``patterns/conditional_words.txt``: ``would``): what would follow from giving one
#: treatment instead of another (``treating 1,000 patients with X instead of Y would prevent 11
#: deaths``), an estimate drawn from the trial's comparison, not how things are.
_CONDITIONAL = compile_pattern(r"(?i)\b" + phrase_regex("conditional_words.txt") + r"\b")


def extract(doc: Doc, settings: Settings = DEFAULTS) -> None:
    data = state(doc)
    arms = data.get("arms", [])
    warnings: list[str] = data["warnings"]
    p_values = spans(doc, "P_VALUE")
    cis = spans(doc, "CI")
    used_p: set[int] = set()
    guessed: set[tuple[int, int]] = set()
    comparisons = []
    effect_items: list[dict] = []  # the ratios written with their measure (``HR 0.72``), read for their bracket
    data[COMPARISON_ENDPOINTS] = []  # the outcomes a change or a table names that are no endpoint yet
    # Tables are read cell by cell (``facts/tables.py``): their values replace what the prose
    # rules made of the same characters (the assembler replaces them in the record; here, the
    # results a p-value may test are read as the record will hold them).
    shape = Shape(settings.table_min_cells, settings.table_min_rows, settings.table_max_name_chars,
                  settings.table_max_cell_chars)
    table_results, table_comparisons, tables = extract_tables(
        doc, arms, lambda d, outcome: add_endpoint(d, data, outcome, into=COMPARISON_ENDPOINTS), shape)
    data["tables"] = {"ranges": tables, "results": table_results}
    results = with_table_results(data.get("results", []), table_results, tables)
    if tables:
        p_values = [p for p in p_values if not in_table(p.start_char, tables)]
        comparisons.extend(table_comparisons)
    for effect in spans(doc, "EFFECT"):
        if _no_trial_sentence(doc, sent(effect)):
            continue  # "An earlier trial of the drug found a hazard ratio of 0.81"
        item = _item(doc, effect, arms, guessed)
        _composite_of_nearest(doc, item, effect)  # "the risk of stroke or systemic embolism (HR=0.78; ...)"
        item["measure"] = _measure(effect.text, settings.measures)
        after_name = _measure_name(settings.measures).split(effect.text, maxsplit=1)[-1]
        item["estimate"] = _first_number(after_name)
        ci = parse_ci(effect.text) or _inline_interval(after_name)
        if ci is None:
            following = next((c for c in cis if effect.end <= c.start <= effect.end + settings.ci_window), None)
            if following is not None:
                ci = parse_ci(following.text)
                _widen(doc, item, following)
        if ci is not None:
            low, high, level = ci
            if item["estimate"] is not None and not low <= item["estimate"] <= high:
                warnings.append(Warnings.W004.format(low=low, high=high, estimate=item["estimate"], text=effect.text))
            else:
                item["ci_low"], item["ci_high"], item["ci_level"] = low, high, level or 95.0
        _attach_p(doc, item, effect, p_values, used_p, warnings, settings)
        comparisons.append(item)
        effect_items.append(item)
    for ratio in spans(doc, "RATIO"):
        if _no_trial_sentence(doc, sent(ratio)) or _ending(settings.bound_cues).search(_before(doc, ratio, settings)) \
                or _restates_values(doc, ratio) \
                or from_baseline(text_of(doc)[ratio.end_char:sent(ratio).end_char], doc, ratio.end_char) \
                or _present_fact(doc, ratio):
            continue  # "less than half as much blood": a bound; "twice as many ...: 64% versus 32%": the values
            # say it; "a 100-fold higher dose than at the start": a change within the group, not between arms
        if ratio.id_ in COMPARATIVE_RATIO_RULES and not _set_against_a_group(doc, ratio, settings):
            continue  # "100 times more pressure than in a car tyre", "35 times less common than melanoma":
            # a multiple is an effect between groups only where a comparator names a group or people
        estimate = _ratio_estimate(ratio.text)
        if estimate is None:
            continue
        item = _item(doc, ratio, arms, guessed, after_first=True)
        item["measure"] = None if ratio.id_ in COMPARATIVE_RATIO_RULES else RATIO_MEASURE
        item["estimate"] = estimate
        named, link = _outcome_of_change(doc, ratio, settings)
        if named is None and ratio.id_ in COMPARATIVE_RATIO_RULES:
            named, link = _subject_of_multiple(doc, ratio) or (None, "")
        if named is None:
            named, link = _verb_of_counted_people(doc, ratio), LINK_COUNTED_VERB
        if named is not None and (bare_outcome(named[0], doc) or _measure_alone(named[0])):
            named = None
        if named is None and _likely_unread(doc, ratio):  # "three times as likely to be off cigarettes": the
            item["endpoint"] = None  # outcome is what follows "likely to", not the outcome named nearest
            item["evidence"]["links"].pop("endpoint", None)
            guessed.discard((ratio.start_char, ratio.end_char))
        if named is not None:  # "three times as likely to develop shingles"
            item["endpoint"] = named[0]
            item["evidence"]["links"]["endpoint"] = link
            guessed.discard((ratio.start_char, ratio.end_char))
            item["endpoint"] = add_endpoint(doc, data, named, into=COMPARISON_ENDPOINTS)  # the known name of it
        if named is None and item["evidence"]["links"].get("endpoint") in _NEAR_LINKS:
            measured = _outcome_before(ratio, results)
            if measured is not None:  # "Ulcers occurred in 6 percent of the X group, three times as many as
                # in the placebo group": the ratio of the value it follows
                item["endpoint"] = measured
                item["evidence"]["links"]["endpoint"] = LINK_VALUES_BEFORE
                guessed.discard((ratio.start_char, ratio.end_char))
        if ratio.id_ in COMPARATIVE_RATIO_RULES and item["evidence"]["links"].get("endpoint") in _NEAR_LINKS:
            item["endpoint"] = None  # "12 times greater": a multiple of what its sentence measures, which
            item["evidence"]["links"].pop("endpoint", None)  # the nearest outcome word need not name
            guessed.discard((ratio.start_char, ratio.end_char))
        _reference_last(doc, item, ratio, settings)
        _attach_p(doc, item, ratio, p_values, used_p, warnings, settings)
        comparisons.append(item)
    for change in spans(doc, "REDUCTION", "INCREASE", "DIFFERENCE"):
        if change.id_ in COMPARED_DIFFERENCE_RULES and (_inside_other_difference(doc, change)
                                                       or change.id_ == COUNT_DIFFERENCE_RULE
                                                       and change[-1].lower_ in load_table(FUNCTION_WORDS)
                                                       or not _set_against_a_group(doc, change, settings)):
            continue  # "54 fewer women had a fracture" alone says no groups; "54 fewer ... than the control group"
        without_by = change.id_ in _BARE_VERB_RULES and not _BY_WORD.search(change.text)  # "reduced strokes 30%"
        if without_by and not (_names_a_risk(text_of(doc)[doc[clause_bounds(sent(change), change.start)[0]].idx:change.end_char])
                         or _set_against_a_group(doc, change, settings)):
            continue  # "cut the risk of stroke 30 percent", "reduced strokes 30% compared with placebo": a change
            # without "by" is read only as a risk's or against a group ("shares fell 30 percent", "the rate of
            # death from the disease has dropped 30 percent since the 1990s" are neither)
        if change.label_ != "DIFFERENCE" and within_group(doc, change) \
                or change.id_ in WITHIN_GROUP_DIFFERENCES and had_difference(doc, change):
            continue  # "had an 85 percent reduction", "had a 9 mmHg reduction": a change within one group
        if _no_trial_sentence(doc, sent(change)):
            continue  # "A second infection study ... found 41 percent fewer infections"
        if change.label_ == "DIFFERENCE" and (from_baseline(text_of(doc)[change.end_char:sent(change).end_char], doc,
                                                            change.end_char)
                                              or from_own_earlier(text_of(doc)[change.end_char:sent(change).end_char])):
            continue  # "Pain scores were 2 points lower at 12 weeks than at the start": the group's own change
        if _after_level_reached(doc, change) or _in_one_group(doc, change, settings) \
                or _set_against_own_change(doc, change) or _other_treatment_acts(doc, change, arms):
            continue  # "In the placebo group, headaches dropped to five a week, a 25 percent decrease": the group's own
        if _ending(settings.threshold_cues, r"(?:an?\s+)?").search(_before(doc, change, settings)) \
                or _threshold_reached(doc, change):
            continue  # "response, defined as a 100-point reduction in the score": a threshold, not a result
        item = _item(doc, change, arms, guessed, after_first=True)
        if change.id_ == BETWEEN_NOUN_RULE:  # "a 5-point difference in quality of life scores": only the
            named, link = _scope_of_gap(doc, change) or (None, "")  # phrase it lies in; never the noun itself
        else:
            named, link = _object_of_change(doc, change, settings), LINK_CHANGE_OBJECT
        if named is None and change.id_ != BETWEEN_NOUN_RULE:
            named, link = _object_after_difference(doc, change), LINK_DIFFERENCE_OBJECT
        if named is None and change.id_ != BETWEEN_NOUN_RULE:
            named, link = _outcome_of_change(doc, change, settings)
        if named is None and change.id_ != BETWEEN_NOUN_RULE \
                and (item["arms"] or (change.start_char, change.end_char) not in guessed):
            # "a 28 per cent reduction in hip fractures": the phrase its number measures (a change that
            # names no group and whose outcome only this reads is still left out, as unplaced)
            named, link = _outcome_of_number(doc, change) or (None, "")
        leads = change.label_ == "DIFFERENCE" and _first_arm_leads(doc, change, item)  # read once for both readers
        if named is None and leads and change.id_ != BETWEEN_NOUN_RULE:
            named, link = _instrument_after(doc, change) or (None, "")  # "3 points higher on the memory test"
        if named is None and item["evidence"]["links"].get("endpoint") in _NEAR_LINKS:
            referred = _risk_referred(doc, change, comparisons, settings)
            if referred is not None:  # "20 strokes with X, 40 with placebo, a reduction of 50%. In those
                # who took every dose, the risk fell by 70%": the risk of the effect just reported
                item["endpoint"] = referred
                item["evidence"]["links"]["endpoint"] = LINK_REFERRED_RISK
                guessed.discard((change.start_char, change.end_char))
        restated = _restated_value_before(doc, change, results) if named is None and leads \
            and item["evidence"]["links"].get("endpoint") != LINK_REFERRED_RISK else None  # never over a risk just referred to
        if restated is not None:  # "lost an average of 12 pounds, or 8 pounds more than the placebo group"
            item["endpoint"] = restated["endpoint"]
            item["evidence"]["links"]["endpoint"] = LINK_RESTATED_VALUE
            guessed.discard((change.start_char, change.end_char))
        pair = _pair_before(change, results) if named is None \
            and item["evidence"]["links"].get("endpoint") in _NEAR_LINKS else None
        if pair is not None:  # "30 percent of X users developed ulcers, versus 20 percent on placebo -
            # which works out to a 50 percent higher risk": the change of the values it follows
            item["endpoint"], item["arms"] = pair
            item["evidence"]["links"].update(endpoint=LINK_VALUES_BEFORE, arms=LINK_VALUES_BEFORE)
            guessed.discard((change.start_char, change.end_char))
        if named is not None and (bare_outcome(named[0], doc) or _measure_alone(named[0]) or link == LINK_COUNTED_NOUN and thing_outcome(doc, named)):
            named = None  # "cut symptoms by 17 percent", "six fewer cases of stent": no outcome a curator can use,
            item["endpoint"] = None  # and no main endpoint guessed in its place
            item["evidence"]["links"].pop("endpoint", None)
        if named is not None:  # "cuts the rate of delivering before 33 weeks by 45%"
            item["endpoint"] = named[0]
            item["evidence"]["links"]["endpoint"] = link
            guessed.discard((change.start_char, change.end_char))
            item["endpoint"] = add_endpoint(doc, data, named, into=COMPARISON_ENDPOINTS)  # the known name of it
        if change.id_ == BETWEEN_NOUN_RULE and item["evidence"]["links"].get("endpoint") in _NEAR_LINKS:
            item["endpoint"] = None  # "a 17-point gap": the gap of what its sentence measures, not of the
            item["evidence"]["links"].pop("endpoint", None)  # nearest outcome word
            guessed.discard((change.start_char, change.end_char))
        if without_by and item["evidence"]["links"].get("endpoint") in _NEAR_LINKS:
            continue  # "a delay increased the risk 136 percent": a change without "by" is kept only where its
            # own words name what changed, never given the outcome named nearest
        percent = _PERCENT_NUMBER.search(change.text)  # "cuts the rate of delivering before 33 weeks by 45%"
        number = parse_number(percent.group(1)) if percent and change.label_ != "DIFFERENCE" else _first_number(change.text)
        if number is None and (change.id_ == PER_PERIOD_DIFFERENCE_RULE or change.id_ in COMPARED_DIFFERENCE_RULES):
            # "three fewer hot flashes a week", "six fewer cases of X": no unit
            number = next(iter(word_numbers(change.text)), None)  # follows the number, which leads the span
        if change.id_ == FRACTION_CHANGE_RULE:  # "cut the risk of relapse by a third": 33.3
            if _IN_HALF.search(change.text) and not (_set_against_a_group(doc, change, settings) or _names_a_risk(
                    text_of(doc)[doc[clause_bounds(sent(change), change.start)[0]].idx:change.end_char])):
                continue  # "cut the dose in half", "can cut attacks in half": an effect between groups only
                # where its sentence sets it against a group or it halves a risk
            if named is None or not item["arms"]:
                continue  # a rounded fraction (a headline's "could cut symptoms by three quarters") is kept
                # only where it names its outcome and the trial's groups
            number = fraction_percent(_IN_HALF.sub("half", _BY_FRACTION.split(change.text)[-1].strip()))
        if change.label_ == "DIFFERENCE":
            item["measure"] = "difference"
            item["estimate"] = -number if number is not None and _any_word(settings.down_words).search(change.text) else number
        else:
            item["measure"] = "relative_reduction" if change.label_ == "REDUCTION" else "relative_increase"
            item["estimate"] = number
        _reference_last(doc, item, change, settings)  # "Compared with placebo, those on X had ...": X first
        if item["estimate"] is None:
            continue
        _interval_after(doc, item, change, cis, settings)  # "cut the risk by 28% (95% CI, 15-39%)"
        _attach_p(doc, item, change, p_values, used_p, warnings, settings)
        comparisons.append(item)
    comparisons.extend(_gapped_items(doc, arms, guessed, p_values, used_p, warnings, settings))
    effect_ids = {id(item) for item in effect_items}
    _bracketed_effects(doc, effect_items, [item for item in comparisons if id(item) not in effect_ids], settings)
    for p in p_values:
        if p.start in used_p or _no_trial_sentence(doc, sent(p)):
            continue
        parsed = parse_p_value(p.text)
        if parsed is None:
            continue
        if not 0 <= parsed[0] <= 1:
            warnings.append(Warnings.W003.format(value=parsed[0], text=p.text))
            continue
        item = _item(doc, p, arms, guessed)
        item["p_value"], item["p_relation"] = parsed
        _values_before(doc, item, p, results)
        if item["evidence"]["links"].get("endpoint") != LINK_VALUES_BEFORE \
                and (item["p_relation"], item["p_value"]) not in IMPOSSIBLE_P_VALUES \
                and not _difference_just_stated(doc, item, p, results, comparisons) \
                and not _named_comparison_before(doc, item, p, p_values, settings):
            # "scores improved significantly in the X arm (P = .02)", "(P < .05)" after a correlation, a
            # subgroup's or the baseline's comparison: what the p-value tests cannot be told
            warnings.append(Warnings.W006.format(field="comparisons", reason=UNTOLD, text=p.text))
            continue
        if item.get("_attached"):
            continue  # the p-value of the effect the sentence before stated, given to that effect
        guessed.discard((p.start_char, p.end_char))
        _bracketed_difference(doc, item, p, cis)
        comparisons.append(item)
    kept = []
    for item in _without_restatements(comparisons, guessed):
        if not item["arms"] and item["evidence"].get("links", {}).get("endpoint") in (LINK_MAIN_ENDPOINT, None) \
                and item["ci_low"] is None:  # an estimate with its interval is a finding even when placed by guess
            # "(both 97%, p=1.0)" in a trial whose groups are not two: no outcome or group named near it
            warnings.append(Warnings.W006.format(field="comparisons", reason=UNPLACED, text=item["evidence"]["text"]))
        elif not arms and not is_abstract(doc):  # "those who used olive oil were 41 percent less likely to
            # have a stroke": an article that names no groups of a trial reports no effect between them
            warnings.append(Warnings.W006.format(field="comparisons", reason=NO_GROUPS, text=item["evidence"]["text"]))
        elif item["evidence"].get("links", {}).get("endpoint") == LINK_MAIN_ENDPOINT and not is_abstract(doc) \
                and not _main_endpoint_in_sentence(doc, item):
            # "an 88% reduction in the risk of shingles" read as the main endpoint, "which is 17% lower" after
            # another outcome's rates: in news an effect whose outcome no linker reads near it is about
            # another outcome as often as the primary one (on unlabeled trial stories the guess was wrong six
            # times in seven), and a wrong endpoint on a right number is worse than none
            warnings.append(Warnings.W006.format(field="comparisons", reason=GUESSED, text=item["evidence"]["text"]))
        elif item["endpoint"] is None:  # "(p=0.024)" after an outcome it cannot be told, "five times as
            # frequently": a test or an effect of no outcome is no finding a curator can use (its groups
            # say who, not what), and no outcome is guessed for it
            warnings.append(Warnings.W006.format(field="comparisons", reason=UNNAMED, text=item["evidence"]["text"]))
        else:
            kept.append(item)
    _significance_after(doc, kept)
    data["comparisons"] = kept


#: Words that point back at the effect just reported (``patterns/significance_referents.txt``).
SIGNIFICANCE_REFERENTS = "significance_referents.txt"
#: Verbs after the pointing words that make the sentence a judgement of the effect (``was``, ``did``).
SIGNIFICANCE_REFERENT_VERBS = "significance_referent_verbs.txt"
#: Words that may open such a sentence (``But``, ``However``).
SENTENCE_CONNECTIVES = "sentence_connectives.txt"
#: The most words between the pointing words and their verb (``the difference in falls was``).
REFERENT_GAP_WORDS = 4


@cache
def _points_back() -> re.Pattern[str]:
    """``But the difference was``, ``That was``: a sentence opening that points back at an effect."""
    return compile_pattern(rf"(?i)\W*(?:{_words(SENTENCE_CONNECTIVES)}\W+)?{_words(SIGNIFICANCE_REFERENTS, any_space=True)}"
                           rf"(?:\s+[\w'\u2019-]+){{0,{REFERENT_GAP_WORDS}}}?\s+{_words(SIGNIFICANCE_REFERENT_VERBS)}\b")


def _significance_after(doc: Doc, kept: list[dict]) -> None:
    """``Aspirin cut strokes by 20 percent. But the difference was not statistically significant.``:
    a sentence on significance that reports no effect of its own and opens by pointing back (``that``,
    ``the difference``) sets ``significant`` of the effects of the sentence before it that the
    article had not yet judged."""
    for cue in spans(doc, "SIGNIFICANCE"):
        sentence = sent(cue)
        if sentence.start == 0 or any(sentence.start_char <= item["evidence"]["start"] < sentence.end_char
                                      for item in kept):
            continue
        if not _points_back().match(text_of(doc), sentence.start_char, cue.end_char):
            continue
        previous = sent(doc[sentence.start - 1])
        for item in kept:
            if previous.start_char <= item["evidence"]["start"] < previous.end_char and item["significant"] is None:
                item["significant"] = cue.id_ != "not-significant"


@cache
def _risk_words(nouns: str) -> re.Pattern[str]:
    """``their risk of`` before a listed change's outcome (``..., and their risk of fatal X by 75%``)."""
    return compile_pattern(rf"(?i)(?:(?:the|their|its)\s+)?{_words(nouns)}\s+(?:of|for)\s+")


#: The most a fraction in words (``by two-thirds``, 66.7; ``by almost half``, 50) differs from the
#: percentage it rounds (``a 66% reduction``, ``dropped by 44 percent``): within it, the two state one
#: effect and the percentage is kept. Fractions in news are halves, thirds and quarters, so a
#: fraction restates a percentage of the same kind and outcome within about 7 points.
FRACTION_ROUNDING = 7.0
#: The ``by`` before the fraction of a change by a fraction in words (``... by a third``).
#: ``cut X in half``: the fraction ``half`` written with ``in`` (read as ``by half``).
_IN_HALF = compile_pattern(r"(?i)\bin\s+half$")
_BY_FRACTION = compile_pattern(rf"(?i)\sby\s|\s(?=(?:(?:{_words(APPROXIMATE_WORDS)})\s+)?in\s+half$)")


def _gapped_items(doc: Doc, arms: list[dict], guessed: set[tuple[int, int]], p_values: list[Span], used_p: set[int],
                  warnings: list[str], settings: Settings = DEFAULTS) -> list[dict]:
    """The changes listed after a between-arm change whose verb they share (``Sorafenib reduced hip
    fractures by 61%, wrist fractures by 30%, and spine fractures by 52% compared with placebo``):
    each a comparison of the same kind, of the outcome written before its ``by``
    (``links.endpoint``: ``gapped-change``). A head that is a change within one group (``cut pain
    scores by 30 percent``) leaves its list to the results."""
    data = state(doc)
    items = []
    for gapped in gapped_changes(doc):
        head = gapped.head
        if within_group(doc, head) or _no_trial_sentence(doc, sent(head)) \
                or _other_treatment_acts(doc, head, arms) \
                or _ending(settings.threshold_cues, r"(?:an?\s+)?").search(_before(doc, head, settings)):
            continue
        item = _item(doc, gapped.span, arms, guessed, after_first=True)
        name_start, name_end = gapped.name
        risk = _risk_words(settings.change_object_nouns).match(text_of(doc), name_start, name_end)
        named = outcome_at(text_of(doc), risk.end() if risk else name_start, name_end)  # "their risk of X by": X
        if named is None or bare_outcome(named[0], doc) or thing_outcome(doc, named):
            continue  # "..., symptoms by 20%", "..., the hip by 2%": no outcome a curator can use for a listed change
        item["endpoint"] = named[0]
        item["evidence"]["links"]["endpoint"] = GAPPED_CHANGE
        guessed.discard((gapped.span.start_char, gapped.span.end_char))
        item["endpoint"] = add_endpoint(doc, data, named, into=COMPARISON_ENDPOINTS)  # the known name of it
        item["measure"] = "relative_reduction" if head.label_ == "REDUCTION" else "relative_increase"
        item["estimate"] = gapped.number
        _attach_p(doc, item, gapped.span, p_values, used_p, warnings, settings)
        items.append(item)
    return items


def _without_restatements(comparisons: list[dict], guessed: set[tuple[int, int]]) -> list[dict]:
    """One item per effect: a lede's "slashed episodes by 87 percent" restates the body's "an 87
    percent reduction in exacerbations"; the statement that names its outcome is kept."""
    kept: dict[tuple, dict] = {}
    for item in comparisons:
        key = (item["measure"], item["estimate"], item["p_value"], item["ci_low"], item["ci_high"])
        if item["evidence"].get("rule") == GAPPED_CHANGE:  # "X by 43%, Y by 43%": two outcomes of one list
            key = (*key, item["endpoint"])
        if item["estimate"] is not None and key in kept and _two_outcomes(kept[key], item, guessed):
            key = (*key, item["endpoint"])  # "a 25 percent lower risk of X ... a 25 percent lower risk of Y"
        fuller = _fuller_statement(kept, item, guessed)
        if fuller is not None:  # "cut the risk by 32 percent" and, later, "a 32 percent reduction (P=.01)":
            earlier_key, richer = fuller  # one effect; the statement that gives its statistics is kept
            if richer:
                del kept[earlier_key]
                kept[key] = item
            continue
        if item["estimate"] is None or key not in kept:
            kept[key if item["estimate"] is not None else (id(item),)] = item
            continue
        earlier = kept[key]
        if _guessed(earlier, guessed) and not _guessed(item, guessed):
            kept[key] = item
    exact = [item for item in kept.values() if item["evidence"].get("rule") != FRACTION_CHANGE_RULE
             and item["estimate"] is not None]
    return sorted((item for item in kept.values() if item["evidence"].get("rule") != FRACTION_CHANGE_RULE or not any(
        other["measure"] == item["measure"] and _one_outcome(other["endpoint"], item["endpoint"])
        and abs(other["estimate"] - item["estimate"]) <= FRACTION_ROUNDING
        for other in exact)), key=lambda item: item["evidence"]["start"])  # "by two-thirds" restating "a 66% reduction"


#: The statistics of an effect that a restatement may give or leave out.
_EFFECT_STATISTICS = ("p_value", "ci_low", "ci_high")


def _fuller_statement(kept: dict[tuple, dict], item: dict, guessed: set[tuple[int, int]]) -> tuple[tuple, bool] | None:
    """An earlier statement of the effect ``item`` states again with statistics added or left
    out (same measure and estimate, one outcome, no statistic that differs, one of them giving
    one the other does not): its key, and whether ``item`` is the one that gives more."""
    if item["estimate"] is None or item["evidence"].get("rule") == GAPPED_CHANGE:
        return None
    given = sum(item[k] is not None for k in _EFFECT_STATISTICS)
    for key, earlier in kept.items():
        if earlier["estimate"] != item["estimate"] or earlier["measure"] != item["measure"] \
                or earlier["evidence"].get("rule") == GAPPED_CHANGE or _two_outcomes(earlier, item, guessed) \
                or not _one_outcome(earlier["endpoint"], item["endpoint"]):
            continue
        if any(None not in (earlier[k], item[k]) and earlier[k] != item[k] for k in _EFFECT_STATISTICS):
            continue
        earlier_given = sum(earlier[k] is not None for k in _EFFECT_STATISTICS)
        if earlier_given != given:
            return key, given > earlier_given
    return None


def _two_outcomes(earlier: dict, item: dict, guessed: set[tuple[int, int]]) -> bool:
    """Two effects of one size that each name their own outcome (``a 25 percent lower risk of
    stroke``, later ``cut the risk of heart attack by 25 percent``): no restatement, when
    neither outcome is a guess and the two names share no word."""
    return all(not _guessed(one, guessed) and one["evidence"]["links"].get("endpoint") not in _NEAR_LINKS
               for one in (earlier, item)) and not _one_outcome(earlier["endpoint"], item["endpoint"])


#: Endpoint links that take an outcome named somewhere near an effect rather than by its own words:
#: an effect placed by one of them may restate another that names its outcome differently.
_NEAR_LINKS = frozenset({None, "nearest-endpoint", "main-endpoint"})


def _one_outcome(first: str | None, second: str | None) -> bool:
    """Two names that may be one outcome: either unnamed, or sharing a word (``progression`` and
    ``progression to kidney failure``; not ``relapse`` and ``hospital stays``)."""
    return not first or not second or bool(set(first.casefold().split()) & set(second.casefold().split()))


def _guessed(item: dict, guessed: set[tuple[int, int]]) -> bool:
    evidence = item["evidence"]
    return any(start >= evidence["start"] and end <= evidence["end"] for start, end in guessed)


def _before(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> str:
    return text_of(doc)[max(sent(span).start_char, span.start_char - settings.before_chars):span.start_char]


#: Rules of a difference written as a number, a comparative and what it counts (``54 fewer women``,
#: ``11 fewer deaths``, ``5 more pounds``): the comparative alone does not say that another group is
#: the reference (``lost 5 more pounds by the end``), so the sentence must name it.
COUNT_DIFFERENCE_RULE = "difference-count"
COMPARATIVE_UNIT_RULE = "difference-comparative-unit"
#: ``12 percentage points higher``, ``5.6 kilograms more``, ``3.2-point greater``: any unit of
#: ``patterns/units.json`` and comparative of ``comparatives.tsv:relative`` the older ``difference-unit``
#: rule (months, pounds, mmHg ... longer, more, lower), which needs no group named, does not read.
UNIT_COMPARED_RULE = "difference-unit-compared"
#: The older rule of a unit before a comparative (``5.4 months longer``, ``3.2-point greater``).
UNIT_DIFFERENCE_RULE = "difference-unit"
#: An amount named by a noun of difference (``a 17-point gap``, ``an improvement of 3 points``:
#: ``patterns/between_group_nouns.txt``): between groups only where its sentence sets it against one.
BETWEEN_NOUN_RULE = "difference-between-noun"
COMPARED_DIFFERENCE_RULES = frozenset({COUNT_DIFFERENCE_RULE, COMPARATIVE_UNIT_RULE, UNIT_COMPARED_RULE,
                                       BETWEEN_NOUN_RULE})
#: Words that set an amount between two named groups or over one (``a gap between the X group and the
#: placebo group``, ``an improvement of 3 points over placebo``): ``patterns/between_group_cues.txt``,
#: read only where a trial group's name follows within :data:`GROUP_AFTER_CUE_CHARS`.
BETWEEN_GROUP_CUES = "between_group_cues.txt"
#: The most characters from such a word to the group's name (``between the``, ``over the``).
GROUP_AFTER_CUE_CHARS = 6
#: Nouns of the trial's groups after ``between`` (``between the two groups``, ``between arms``): the
#: plural group nouns, in both ``patterns/group_nouns.txt`` and ``whole_group_nouns.txt`` (not ``those``:
#: ``between those who exercised and those who did not`` may be any two kinds of people), within the
#: first :data:`GROUP_NOUN_WORDS` words.
GROUP_NOUNS = "group_nouns.txt"
WHOLE_GROUP_NOUNS = "whole_group_nouns.txt"
GROUP_NOUN_WORDS = 3
#: The words after a comparator read for the people it names (``than those on placebo``).
REFERENCE_PEOPLE_WORDS = 4


#: Prepositions that open what an amount of difference lies in (``a 5-point difference in pain scores``,
#: ``3 points over placebo on the memory test``): the list that opens what a comparison noun compares
#: groups in (``patterns/difference_in_prepositions.txt``).
GAP_SCOPE_PREPOSITIONS = "difference_in_prepositions.txt"
LINK_GAP_SCOPE = "scope-of-gap"


def _scope_of_gap(doc: Doc, change: Span) -> tuple[Outcome, str] | None:
    """What an amount of difference named by a noun measures: the noun phrase after the first
    ``in``/``on`` that follows it in its clause (``a 17-point gap between the groups on the memory
    test``: the memory test), not a group's name, people or a time; None where there is none."""
    sentence = sent(change)
    end = clause_bounds(sentence, change.start)[1]
    for i in range(change.end, min(end, sentence.end) - 1):
        if doc[i].lower_ not in word_set(GAP_SCOPE_PREPOSITIONS):
            continue
        phrase = trimmed(noun_phrase_right(doc, i + 1, sentence.end))
        if phrase is None or phrase.start > i + 3 or phrase[-1].lower_ in people_words() \
                or unit_label(phrase[-1].text) is not None or not measured_outcome(phrase) \
                or _names_group(doc, phrase.start_char, phrase.end_char):
            return None
        return (phrase.text, (phrase.start_char, phrase.end_char)), LINK_GAP_SCOPE
    return None


def _inside_other_difference(doc: Doc, change: Span) -> bool:
    """Whether another rule's difference covers this one's number (``3 fewer hot flashes a week``,
    ``40 minutes longer``): that rule reads it."""
    return any(other.id_ not in (change.id_, COUNT_DIFFERENCE_RULE)
               and other.start_char <= change.start_char < other.end_char for other in spans(doc, "DIFFERENCE"))


def _set_against_a_group(doc: Doc, change: Span, settings: Settings = DEFAULTS) -> bool:
    """Whether the sentence of a difference sets it against a group: a comparator
    (``patterns/reference_cues.txt``: ``than``, ``compared with``, ``instead of``; not the ``as`` of
    ``as many as``) followed within :attr:`Settings.reference_chars` by a trial group's name, or within
    a few words by people (``than those``, ``compared to the routine care group``), and not by the
    start of the trial (``than at the beginning``)."""
    text = text_of(doc)
    sentence = sent(change)
    if change.id_ == BETWEEN_NOUN_RULE:  # "a 17-point gap between the X group and the placebo group"
        for cue in _any_word(BETWEEN_GROUP_CUES).finditer(text, change.end_char, sentence.end_char):
            end = min(cue.end() + GROUP_AFTER_CUE_CHARS, sentence.end_char)
            if spans_from_chars(doc, "ARM_MENTION", start_char=cue.end(), end_char=end):
                return True  # "between the X group", "over placebo"; not "over 12 weeks in the X group"
            if cue.group().lower() == "between" and _group_nouns_follow(text, cue.end(), sentence.end_char):
                return True  # "a 4.6-point difference in fatigue was seen between groups", "between the two arms"
    for cue in _any_word(settings.reference_cues, any_space=True).finditer(text, sentence.start_char,
                                                                            sentence.end_char):
        if cue.group().lower() == "as" or change.start_char <= cue.start() < change.end_char \
                or from_baseline(text[cue.start():sentence.end_char], doc, cue.start()) \
                or from_own_earlier(text[cue.start():sentence.end_char]):
            continue
        end = min(cue.end() + settings.reference_chars, sentence.end_char)
        if spans_from_chars(doc, "ARM_MENTION", start_char=cue.end(), end_char=end) or any(
                word.lower() in people_words()
                for word in _first_words(text, cue.end(), end, REFERENCE_PEOPLE_WORDS)):
            return True
    return False


#: Differences that may also be a change within one group (``had a 9 mmHg reduction``).
WITHIN_GROUP_DIFFERENCES = frozenset({"difference-noun"})
#: The rule of ``patterns/statistics.jsonl`` for a difference in a count per period (``3 fewer hot
#: flashes a week``), the one difference whose number no unit word follows.
PER_PERIOD_DIFFERENCE_RULE = "difference-per-period"


def _restates_values(doc: Doc, ratio: Span) -> bool:
    """A ratio in words whose sentence goes on to give the two groups' values (``twice as many
    responded: 64% versus 32%``) restates them: the values are the record."""
    sentence = sent(ratio)
    values = [v for v in spans_starting(doc, "PERCENT", "FRACTION", start=ratio.end, end=sentence.end)
              if v.end <= sentence.end]
    return len(values) >= 2


#: Copulas in the present tense (``patterns/present_copulas.txt``).
PRESENT_COPULAS = "present_copulas.txt"


def _present_fact(doc: Doc, ratio: Span) -> bool:
    """``Women are three times more likely to break a hip``: a ratio after a copula in the present
    tense (past its approximators: ``are nearly four times``) states a fact about a population, not
    the trial's finding. Not where the sentence reports a finding before the ratio (``The study
    found that patients on X are twice as likely``) or names a group of the trial."""
    sentence = sent(ratio)
    if spans_starting(doc, "CONCLUDE_CUE", start=sentence.start, end=ratio.start) \
            or spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end):
        return False
    i = ratio.start
    while i > sentence.start and doc[i - 1].lower_ in word_set("approximators.txt"):
        i -= 1
    return i > sentence.start and doc[i - 1].lower_ in word_set(PRESENT_COPULAS)


def _ratio_estimate(text: str) -> float | None:
    """``three times as likely`` 3, ``2.5-fold higher`` 2.5, ``twice as many`` 2, ``half as many`` 0.5."""
    match = _RATIO_NUMBER.match(text.strip())
    if match is None:
        return None
    if match.group("word"):
        return multiple_of(match.group("word"))
    return parse_number(match.group("number"))


def _inline_interval(text: str) -> tuple[float, float, None] | None:
    """``0.72 (0.61-0.85)``: an interval in brackets right after the estimate."""
    match = re.search(rf"\(\s*(-?\d*[.\u00b7]?\d+)\s*(?:{RANGE_DASH}|to|,)\s*(-?\d*[.\u00b7]?\d+)\s*\)", text)
    if not match:
        return None
    return parse_number(match.group(1)), parse_number(match.group(2)), None
