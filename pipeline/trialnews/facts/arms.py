"""Arms: the groups a trial assigned, found from intervention mentions near assignment words.

A mention is a drug (an INN stem such as ``-zomib``, a code such as ``TAK-875``, a brand before
its generic name), a listed intervention (``acupuncture``) or a control (``placebo``). A mention
becomes an arm when it stands in a sentence that assigns or compares treatments (``randomized``,
``versus``, ``group``, ``received``). Every mention of an arm is kept in
``doc.spans["ARM_MENTION"]`` with the arm's label, for the linking steps that follow.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy
from spacy.tokens import Doc, Span

from ..reading.kind import is_abstract
from ..normalize import count_words, parse_number
from ..resources import load_json, load_lexicon, load_mapping, load_table, longest_words_first, phrase_regex, word_set
from ..reading.doctext import span_text, text_of
from ..linking import phrases, wordclass
from ..linking.groupwords import HYPHENATED
from ..scanning import WHITE_SPACE_RUN, GatedPattern, PrefixScanner, Scanner, StartFilteredPattern, alternation, compile_pattern, fast_scanner, \
    find_words, occurrences, word_character
from ..vocab import diseases as disease_vocab
from ..vocab import drugs as drug_vocab
from .common import (TEXT_LOWER, YEAR, among, clean, evidence, first_words, heading_sentence, inside, latest_year,
                     longest_first, lower_array, names_an_effect, sent, short_form_of, spans, spans_starting, state,
                     token_positions, words_at)
from .roles import settle_roles
from . import trial as trial_fact

#: Where drug names come from: ``dictionary`` (the maintained drug dictionary of
#: :mod:`trialnews.vocab.drugs`: generic names, brands) and ``stems`` (the INN word endings of
#: ``patterns/drug_stems.txt``, for drugs too new for the dictionary). Codes (``MK-3475``) and
#: names read from how the article assigns them come from ``patterns/arms.jsonl`` either way.
DRUG_SOURCES = frozenset({"dictionary", "stems"})
#: The rule ids of ``patterns/arms.jsonl`` that make up the ``stems`` source.
STEM_RULES = frozenset({"drug-stem"})
#: A dictionary name this short (characters, one word) is taken only when written with a capital
#: (``DHEA``, ``Advil``): in lower case it is too often an English word or someone's name.
MIN_LOWERCASE_DRUG_CHARS = 6

#: At most this many arms are reported; more candidates mean the story names many treatments.
MAX_ARMS = 6
#: Tokens after a mention in which its dose ("ixazomib 3 mg") or size ("(n=21)") is read.
ATTACH_WINDOW = 4
#: Endpoint phrases that start before a mention and are checked for holding it.
MAX_BLOCK_LOOKBACK = 8
#: The shortest word whose derived forms (``stent`` → ``stenting``) are read as the same arm.
MIN_STEM_CHARS = 4
_DERIVED_ENDINGS = frozenset({"s", "es", "ing", "al", "ation", "ed"})
#: Names shorter than this are not searched for again across the text (too ambiguous).
MIN_NAME_CHARS = 3
#: The longest short form (characters) read as the name of an intervention ("AC", "HSCT").
MAX_SHORT_FORM = 8
#: The most words read as a group's name before its bracketed size ("AC (n = 180)").
MAX_NAME_WORDS = 4
_NAME_STOP = word_set("group_name_stops.txt")
#: Names before a bracketed size this short are taken as they are ("exercise (n = 40)").
SHORT_NAME_WORDS = 2
_OPTION_BEFORE = word_set("option_openers.txt")
#: Characters before a mention searched for "randomized to" (about twenty words).
ASSIGN_CHARS = 150
#: The label of a placebo arm: kept when a story names its inert comparator in several ways.
PLACEBO = "placebo"
#: Characters before a control searched for what sets it against the tested treatment ("than").
AGAINST_CHARS = 40
#: The longest gap, in characters, between two interventions set against each other.
JOIN_CHARS = 60
#: Characters before a mention searched for a verb of taking or undergoing (``those receiving the
#: drug, X``: the verb and up to three words).
TAKEN_CHARS = 30
#: Characters of an ``either`` list before its last comma (``either A, B`` ...), and from there to
#: the ``or`` of its last option (``..., C or``): a list of words, not a clause of its own.
EITHER_LIST_CHARS = 100
EITHER_TAIL_CHARS = 60
#: Characters before the first of two joined interventions searched for ``compared`` (``compared
#: olaparib with placebo``).
COMPARED_CHARS = 20
_ASSIGNED_BEFORE = StartFilteredPattern(
    compile_pattern(r"(?i)\b(?:randomi[sz]ed|randomly|assigned|allocated|divided|split)\b(?:[^.;]|\.\d)*$"))
_ASSIGN_CUE = compile_pattern(r"(?i)\b(?:randomi[sz]ed|randomly|assigned|allocated|divided|split)\b")
#: :data:`_ASSIGN_CUE` over a whole text, tried only where its words start (the same matches).
_ASSIGN_CUE_SCANNER = fast_scanner(_ASSIGN_CUE.pattern, lower=TEXT_LOWER)
_TIMING_BEFORE = compile_pattern(r"(?i)\b(?:after|before|following|prior to|post|during|with or without)\s+(?:[\w-]+\s+){0,2}$")
_GROUP_AFTER = compile_pattern(r"(?i)^(?:\s+(?:treatment|therapy|plus \w+))?\s+(?:groups?|arms?|cohorts?)\b")
_JOINED = compile_pattern(r"(?i)^\s*(?:\([^)]*\)|\[[^\]]*\]|[\d.,]+\s*[\w/%]+(?:\s+(?:once|twice|three times)?\s*"
                          r"(?:daily|weekly|monthly|a day|a week|per day|per week))?)?\s*(?:,|--|\u2014|\u2013)?\s*"
                          r"(?:or|vs\.?|versus|compared (?:with|to)|than|against|instead of|rather than)\s+"
                          r"(?:a\s+|an\s+|the\s+|either\s+|to\s+)?(?:[\w-]+\s+)?$")
#: Two treatments joined only by ``or`` (``the options are X or Y``): in news, weaker than ``versus``
#: (an abstract's ``X or Y`` is its trial's options).
_NOT_OR = r"(?:(?!\b(?:vs|versus|compared|than|against|instead|rather)\b).)*"
_OR_ONLY = compile_pattern(r"(?is)^" + _NOT_OR + r"\bor\b" + _NOT_OR + r"$")
_TAKEN_BEFORE = compile_pattern(r"(?i)\b(?:receiv(?:e|ed|ing)|took|taking|take|given|treated with)\s+(?:the\s+|a\s+)?"
                                r"(?:\w+,?\s+){0,3}$")  # "those receiving the drug, dupilumab"
#: A procedure or programme given to people in a trial (``received surgery``, ``underwent
#: stenting``), not one that people take in general (``11% of Americans take antidepressants``).
_UNDERWENT_BEFORE = compile_pattern(r"(?i)\b(?:received|receiving|underwent|undergoing|treated with|assigned to)\s+"
                                    r"(?:the\s+|a\s+|an\s+)?(?:\w+,?\s+){0,2}$")
#: The groups of a trial listed after a colon: ``three arms: placebo, X 16 mg and X 24 mg``.
#: Also the options one of which each patient got: ``received one of three treatments: A; A with B;
#: or B alone`` (a semicolon may part the options there).
_LISTED_GROUPS = StartFilteredPattern(compile_pattern(
    r"(?i)\b(?:arms|groups|cohorts)\s*:\s*(?:[^.;:()]|\.\d)*$"
    r"|\bone\s+of\s+(?:the\s+)?(?:two|three|four|five|\d)\s+" + phrase_regex("listed_option_nouns.txt")
    + r"\s*:\s*(?:[^.:()]|\.\d)*$"))
#: The last option of a list opened by ``either`` after a verb of assigning or taking: ``received
#: either A, B or a placebo`` (the list's words only: no clause of its own, at most about fifteen words).
_EITHER_LIST = StartFilteredPattern(compile_pattern(
    r"(?i)\b(?:receiv(?:e|ed|ing)|given|took|take|taking|get|got|assigned|randomi[sz]ed|allocated)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?either\s+(?:[^.;:()]|\.\d){{1,{EITHER_LIST_CHARS}}},"
    rf"(?:[^.;:()]|\.\d){{0,{EITHER_TAIL_CHARS}}}\bor\s+(?:a\s+|an\s+|the\s+)?$"))
#: An inert control named as what the tested treatment was set against: ``better than placebo``,
#: ``pitted the drug against a placebo``, ``compared with a sham procedure``.
_AGAINST_BEFORE = compile_pattern(r"(?i)\b" + phrase_regex("against_cues.txt") + r"\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$")
#: The most words of the verb between ``those who`` and the control they had (``had``, ``were given``).
PEOPLE_VERB_WORDS = 2


@cache
def _against_people() -> re.Pattern[str]:
    """An inert control named as what the people of the other group had: ``versus those who had a
    sham procedure``, ``compared with women who were given a placebo`` (the people:
    ``patterns/described_group_people.txt``)."""
    people = "|".join(longest_words_first(map(re.escape, word_set("described_group_people.txt"))))
    return compile_pattern(r"(?i)\b" + phrase_regex("against_cues.txt") + r"\s+(?:the\s+)?(?:" + people
                           + rf")\s+(?:who|that)\s+(?:\w+\s+){{1,{PEOPLE_VERB_WORDS}}}?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$")


@cache
def _on_taken() -> re.Pattern[str]:
    """``on`` or ``got`` a treatment after a word of ``patterns/taking_subjects.txt`` (``patients on
    X``, ``were on X``, ``those getting the drug, X``, ``people who got X``), not ``an effect on
    insulin`` or ``not getting enough X``; ``used`` it after one of those words that names people,
    not a copula of ``patterns/copulas.txt`` (``the men used a placebo spray``, not ``children
    were used as a control``)."""
    subjects = "|".join(longest_words_first(map(re.escape, word_set("taking_subjects.txt"))))
    people = "|".join(longest_words_first(map(re.escape, word_set("taking_subjects.txt") - word_set("copulas.txt"))))
    return compile_pattern(r"(?i)\b(?:(?:" + subjects + r")\s+(?:who\s+)?(?:on|got|getting)|(?:" + people + r")\s+(?:who\s+)?"
                           r"(?:used|using))\s+(?:the\s+|a\s+)?(?:\w+,?\s+){0,3}$")  # "the men used a placebo spray", not "were used as"


#: Words that may stand between a phrase of ``patterns/prior_treatment_cues.txt`` and the treatment
#: it names ("who were already taking cholesterol-lowering statins").
PRIOR_GAP_WORDS = 2
#: A group, a share or a count of the patients said to take the treatment: ``the group taking X``,
#: ``Half were given a daily dose of X``, ``58 patients received X``, ``Control dyads (n = 63)
#: received X``.
_COUNT = rf"(?:\d[\d,]*|(?:[a-z]+-)?{alternation(count_words())})\b"  # (number words: patterns/numbers.json)
#: Words of a duration (``patterns/units.json``): a count before one counts time, not people.
_DURATIONS = "|".join(longest_words_first(map(re.escape, word_set("units.json:DURATION"))))
_GROUP_TAKING = StartFilteredPattern(compile_pattern(
    r"(?i)(?:\b(?P<group>(?P<side>\w+)\s+(?:groups?|arms?|cohorts?))(?:\s+(?:that|who|which))?\s+(?:were\s+|was\s+)?"
    r"(?:taking|took|given|receiv(?:ed|ing)|treated with|assigned|on|got|getting)"  # "the group taking X"
    r"|(?<!with )(?:\b(?:half|third|quarter)(?:\s+of\s+(?:them|the\s+\w+))?|\bthe\s+others?|\b" + _COUNT
    + r"(?!\s+(?:" + _DURATIONS + r")\b)(?:\s+[a-z-]+){0,2}"  # not "aged 5 to 17 years who underwent X": an age
    r"|\(\s*n\s*=\s*\d+\s*\))\s+(?:(?:were|was)\s+)?(?:(?:also|only|first)\s+)?"
    r"(?:taking|took|given|receiv(?:ed|ing)|treated with|assigned to|got|underwent))"
    r"\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}$"))  # "58 patients received X", not "with 52 receiving X" (some)
_WITH_GAP = compile_pattern(r"(?i)^\s+(?:with|to|against)\s+(?:a\s+|an\s+|the\s+)?$")
_COMPARED_BEFORE = compile_pattern(r"(?i)\b(?:compared|comparing|compare|compares)\s+(?:the\s+)?$")
_PAIRED_GROUPS = compile_pattern(r"(?i)^\s+and\s+(?:the\s+)?$")
#: Words after a hyphen that qualify a drug rather than name a combination ("radiation-induced").
_NOT_COMPOUND = word_set("not_compound_words.txt")
_ARTICLES = compile_pattern(r"^(?:a|an|the)\s+", re.IGNORECASE)
_GROUP_WORDS = compile_pattern(r"\s+(?:group|arm|groups|arms)$", re.IGNORECASE)
#: How news refers back to the treatment under test: ``patients taking the drug``, ``the vaccine``.
_REFERENCE = fast_scanner(r"(?i)\bthe\s+(?!" + phrase_regex("reference_not_modifiers.txt") + r"\b)(?:[a-z]+(?:-[a-z]+)?\s+)?"
                          + phrase_regex("reference_heads.txt") + r"\b(?!\s+(?:of|for)\b|['\u2019]s\s+"
                          + phrase_regex("reference_owner_nouns.txt") + r")", lower=TEXT_LOWER)
#: Words right before a duration that make it a time frame, not a course a group took (``within 7
#: days``, ``at 12 months``): ``patterns/time_frame_words.txt``.
TIME_FRAME_WORDS = "time_frame_words.txt"
#: Tokens between a dose and its drug: ``5 mg of Xeljanz``, ``a 10-mg dose of the drug``.
DOSE_DRUG_WINDOW = 4
#: Tokens between a frequency and a drug written after it: only right before it (``every two weeks
#: X``), not ``switched every two weeks between shots of X and placebo``.
FREQUENCY_DRUG_WINDOW = 1
#: The label of a dose arm: the drug, then its dose or schedule (``X 5 mg``, ``X every 2 weeks``).
DOSE_ARM_LABEL = "{drug} {dose}"
#: A schedule written right after a word that refers back to the treatment under test: ``those
#: getting the drug every four weeks``, ``active drug given every eight weeks``, ``injections every
#: two weeks`` (a noun of ``patterns/reference_heads.txt``, singular or plural, and at most one
#: participle of ``patterns/schedule_given_words.txt``): the schedule is the tested drug's.
_SCHEDULE_OF_REFERENCE = compile_pattern(r"(?i)\b" + phrase_regex("reference_heads.txt") + r"s?\s+(?:"
                                         + phrase_regex("schedule_given_words.txt") + r"\s+)?$")
_RATE_LABELS = ("PERCENT", "FRACTION", "COUNT_OF", "EVENT_COUNT")
_DOSE_PARTS = compile_pattern(r"(?i)^(.+?)[\s-]?((?:mg|mcg|\u00b5g|g|gram|milligram|microgram|IU|U|unit|mL|milliliter)s?\b.*)$")
_DOSE_UNITS = tuple((compile_pattern(long), short) for long, short in (
    (r"milligrams? per kilogram", "mg/kg"), (r"milligrams?", "mg"), (r"micrograms?", "mcg"),
    (r"\bgrams?\b", "g"), (r"milliliters?", "ml"), (r"\bunits?\b", "units"), (r"/d(?:ay)?\b", ""), (r"\s+", " ")))
#: The ``for`` before a course and the ``of`` after it (``for 12 weeks``, ``12 weeks of``).
_COURSE_FRAME = compile_pattern(r"(?i)^for\s+|\s+of$")
#: A new clause after an assigned option: ``assigned to receive X, 23 developed ...``.
_CLAUSE_AFTER_OPTION = compile_pattern(r",\s*(?:\d|(?:and\s+)?(?:who|which|with|while)\b)")
_PRODUCT_NOUNS = word_set("product_class_nouns.txt")
#: The tested group named generically: ``the study group``, ``the intervention arm``, ``in the study
#: and the control group``.
_GENERIC_GROUP = fast_scanner(r"(?i)\b(?P<name>" + phrase_regex("generic_group_words.txt")
                              + r"(?:\s+(?:group|arm)s?\b|(?=\s+(?:and|or|vs\.?|versus)\s+(?:the\s+)?control\s+"
                              r"(?:group|arm)s?\b)))", lower=TEXT_LOWER)
_LETTERED = compile_pattern(r"(?i)^(?:group|arm|cohort)\s+\w{1,3}$|^[A-Z]-arm$")
#: The longest clause (characters) after ``Group I received`` searched for the treatment it names.
MAX_DEFINITION_CHARS = 160
#: A lettered group said to receive something in a clause too long to be the treatment's name
#: (``Group I received 3 days regimen of aprepitant in the first course of ...``).
_RECEIVED_VERBS = phrase_regex("lettered_received_verbs.txt")
_LETTERED_RECEIVED = compile_pattern(r"(?i),?\s+(?:patients\s+)?" + _RECEIVED_VERBS
                                     + r"\s+(?P<clause>[^;.]{0,%d})" % MAX_DEFINITION_CHARS)
#: What follows a lettered group's name to say what it was given.
_LETTERED_DEFINITION = compile_pattern(r"(?i)\s*(?:\(\s*(?P<given>[^;,()]{2,60}?)\s*[;,)]|:\s*(?P<given2>[^;,.()]{2,60})|"
                                       r",?\s+(?:patients\s+)?" + _RECEIVED_VERBS + r"\s+(?:(?:an?|the)\s+)?(?:[\d.]+\s*\w+\s+of\s+)?"
                                       r"(?P<given3>[^;,.()]{2,60}?)(?=\s*(?:[;,.()]|\b(?:intravenously|orally|daily|before|after|for|at|and)\b)))")
#: How a control written one of these ways is labelled (``patterns/control_labels.txt``: ``sugar pill``
#: is placebo, ``control arm`` control).
CONTROL_LABELS = "control_labels.txt"


#: A participle after a treatment's name in a group's name: ``the NAC-treated group`` is the NAC arm.
_TREATED_SUFFIX = compile_pattern(r"(?i)(?<=\w)-(?:treated|receiving)$")


def label_of(span: Span) -> str:
    text = _GROUP_WORDS.sub("", _ARTICLES.sub("", span_text(span).strip())).rstrip(".,;:")
    text = _TREATED_SUFFIX.sub("", text)
    lowered = text.lower()
    if span.label_ == "CONTROL":
        first = lowered.split(" ", 1)[0]
        if load_mapping(CONTROL_LABELS).get(first, first) == "placebo":  # "placebo", or a one-word spelling labelled so
            return "placebo"  # "placebo gel", "placebos given": one placebo arm
        return load_mapping(CONTROL_LABELS).get(lowered, lowered)
    return text if any(ch.isupper() for ch in text[1:]) or any(ch.isdigit() for ch in text) else lowered


def _with_compound(doc: Doc, span: Span) -> Span:
    """Extend ``iodine`` to ``iodine-alcohol`` and ``mupirocin`` to ``mupirocin-chlorhexidine``."""
    end = span.end
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and doc[end + 1].is_alpha \
            and not doc[end - 1].whitespace_ and doc[end + 1].lower_ not in _NOT_COMPOUND:
        end += 2
    return doc[span.start:end] if end != span.end else span


#: The most words before a treatment's name that its arm's label takes (``whole grain diet``).
MAX_LABEL_PREMODIFIERS = 2
LABEL_STOPS = "arm_label_stops.txt"
PRODUCT_HEADS = "arm_product_heads.txt"
#: Words that may open the noun phrase before a participle the label takes (``a refined grain diet``).
_PARTICIPLE_OPENERS = frozenset({"a", "an", "the", "their", "its", "his", "her"})
#: The mentions whose label may reach past their words: named treatments, not controls.
_EXTENT_LABELS = frozenset({"INTERVENTION", "DRUG"})


def _label_word(doc: Doc, first: int, end: int, floor: int, drug: bool) -> bool:
    """Whether the word ``doc[first:end]`` before a treatment's name names its kind, form or route
    (``whole``, ``aerobic``, ``traditional``, ``egg-based``): a lower-case adjective or a hyphened
    compound of lower-case words, not a number, a dose word or one that judges, grades, counts
    people or dates the treatment (:func:`trialnews.linking.phrases.judging_words`,
    ``people_words``, ``patterns/arm_label_stops.txt``, ``stronger``/``strongest``); no verb but a
    past participle after an article or determiner (``a refined``, not ``received``). Before a drug's name only a word that is no noun (``vaginal``,
    not the class noun of ``the antibiotic X``), and no compound."""
    if end == first + 1:  # one token (most words): read without slicing the doc into a span
        token = doc[first]
        text = token.text
        parts = [] if text in phrases.JOINER_TOKENS else [token]
    else:
        word = doc[first:end]
        text = word.text
        parts = [t for t in word if t.text not in phrases.JOINER_TOKENS]
    if not parts or any(not t.is_alpha or t.text != t.lower_ or phrases.counts(t) for t in parts):
        return False
    stops = word_set(LABEL_STOPS)
    if text.lower() in stops or any(
            t.lower_ in phrases.judging_words() or t.lower_ in phrases.people_words() or t.lower_ in stops for t in parts):
        return False
    if len(parts) > 1:
        return not drug  # "egg-based", "low-fat": a compound modifier
    found = wordclass.classes(text)
    if wordclass.ADJ not in found or wordclass.is_function_word(text) or _graded(text.lower()) \
            or drug and wordclass.NOUN in found:
        return False
    if wordclass.VERB in found:  # "a refined grain diet"; not "received X", "called X"
        return text.lower().endswith("ed") and first > floor and doc[first - 1].lower_ in _PARTICIPLE_OPENERS
    return True


#: Endings of an adjective's comparative and superlative (``stronger``, ``strongest``).
_GRADE_ENDINGS = ("est", "er")


def _graded(word: str) -> bool:
    """Whether a word is an adjective's comparative or superlative: ``strongest``, ``safer``."""
    for ending in _GRADE_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < MIN_NAME_CHARS:
            continue
        base = word[:-len(ending)]
        for stem in (base, base + "e", base[:-1] if base[-1:] == base[-2:-1] else "", base[:-1] + "y" if base[-1:] == "i" else ""):
            if stem and wordclass.ADJ in wordclass.classes(stem):
                return True
    return False


#: Nouns of treating that a treatment's label named only by a kind word takes with it ("early
#: treatment", "delayed therapy"): :func:`_label_extent`, :func:`_only_a_kind`.
KIND_HEADS = "arm_kind_heads.txt"


def _only_a_kind(span: Span) -> bool:
    """Whether a treatment's found words are only words of its kind, timing or manner (``early``,
    ``delayed``, ``conventional``): lower-case words that are adjectives and never nouns, which name
    no treatment alone; the noun of treating after them completes the arm's name."""
    return all(t.is_alpha and t.text == t.lower_ and wordclass.ADJ in (found := wordclass.classes(t.text))
               and wordclass.NOUN not in found and not wordclass.is_function_word(t.text) for t in span)


#: Words before a treatment's phrase that let it open a noun phrase there besides function words.
_PHRASE_OPENERS = frozenset({"(", "[", ",", ";", ":", "\u2014", "\u2013", '"', "\u201c"})


def _same_by_short_names(doc: Doc, arms: dict[str, dict], short_of: dict[str, str],
                         spelled_out: dict[str, str]) -> dict[str, str]:
    """:func:`_same_arms` of the arms, each read by the treatment's own words where its label reaches
    past them (:func:`_label_extent`): ``fish-oil supplements`` is the arm ``fish oil`` is."""
    read_as = {key: short_of[key].lower() if key in short_of and short_of[key].lower() not in arms else key
               for key in arms}
    if len(set(read_as.values())) < len(read_as):
        read_as = {key: key for key in arms}  # two phrases of one short name: each its own
    shown = {read_as[key]: {**arm, "label": short_of[key] if read_as[key] != key else arm["label"]}
             for key, arm in arms.items()}
    key_of = {shown_key: key for key, shown_key in read_as.items()}
    same = _same_arms(shown, spelled_out, side_by_side=_named_together(doc, shown))
    return {key_of[key]: key_of[kept] for key, kept in same.items()}


def _without_product_head(span: Span) -> Span | None:
    """The treatment's name of a phrase that ends in a product noun (``fish-oil`` of ``fish-oil
    supplements``: ``patterns/arm_product_heads.txt``), or None; None in an abstract, whose names
    stay as its rules read them (:func:`_label_extent`); ``early`` of ``early treatment``, a kind word
    before a noun of treating (``patterns/arm_kind_heads.txt``, :func:`_only_a_kind`), so that the
    group the article calls ``the early group`` is the arm ``early treatment``. None after
    ``and``/``or``/a comma, where the noun is the list's (``X or Y injections``)."""
    if span.label_ not in _EXTENT_LABELS or len(span) < 2 or is_abstract(span.doc) \
            or not span[-2].whitespace_ or not span[-2].is_alpha:
        return None
    head = span[-1].lower_
    if head not in word_set(PRODUCT_HEADS) and not (head in word_set(KIND_HEADS) and _only_a_kind(span[:-1])):
        return None
    if span.start > sent(span).start and span.doc[span.start - 1].lower_ in _LIST_JOINERS:
        return None  # "X or Y injections": the noun is the list's, not Y's own name
    return Span(span.doc, span.start, span.end - 1, label=span.label_, span_id=span.id_)


def _opens_phrase(doc: Doc, i: int, start: int) -> bool:
    """Whether token ``i`` before the words from ``start`` lets them open a noun phrase: an article,
    determiner, preposition or other function word that is no conjunction of a list (``whole or
    refined X`` shares its words), or a bracket or clause punctuation; not an adverb, a verb or a
    noun, after which the words are part of a longer phrase or its object (``minimally invasive X``,
    ``took female hormones``)."""
    token = doc[i]
    if token.lower_ in ("and", "or", "nor", "&", "/"):
        return False
    return token.text in _PHRASE_OPENERS or wordclass.is_function_word(token.text) \
        and wordclass.VERB not in wordclass.classes(token.text)


#: Words before the last name of a list, whose product noun the list's names share (``X or Y injections``).
_LIST_JOINERS = frozenset({"and", "or", "nor", "&", "/", ","})


def _label_extent(doc: Doc, span: Span) -> Span:
    """The whole phrase the article names a treatment by, from its found words ``span``: the
    premodifiers of its noun phrase that name the treatment's kind, form or route (``whole grain
    diet``, ``a traditional quadrivalent vaccine``: :func:`_label_word`, at most
    ``MAX_LABEL_PREMODIFIERS``) and a product noun after it (``fish-oil supplements``:
    ``patterns/arm_product_heads.txt``; not after ``and``/``or``/a comma, where the noun is the
    list's: ``X or Y injections``). Stops at determiners, numbers, doses, people, verbs and
    judging words; a premodifier after ``and``/``or``/a comma may be shared by a list (``whole or
    refined grain diets``) and is left out. A name with an all-capital word (a short form or a
    code) keeps its words, and so does every name of an abstract, whose groups are named by the
    phrases its rules read whole (a kind word there is often a regimen's step: ``preoperative``)."""
    if span.label_ not in _EXTENT_LABELS or any(t.is_upper and len(t) > 1 for t in span) or is_abstract(doc):
        return span  # a short form or code ("WBI", "TAK-875") stands for a name whose words it holds
    floor = sent(span).start
    start, words = span.start, 0
    while start > floor and words < MAX_LABEL_PREMODIFIERS:
        last = doc[start - 1]
        if last.text not in phrases.JOINER_TOKENS and not (last.is_alpha and last.text == last.lower_):
            break  # a word whose last part is no lower-case word is no label word (:func:`_label_word`)
        first = phrases.word_start(doc, start, floor)
        if not _label_word(doc, first, start, floor, span.label_ == "DRUG"):
            break
        start, words = first, words + 1
    if start < span.start and start > floor and not _opens_phrase(doc, start - 1, start):
        start = span.start  # "minimally invasive X", "took female hormones", "whole or refined X": not the phrase's start
    end = span.end
    listed = span.start > floor and doc[span.start - 1].lower_ in _LIST_JOINERS  # "X or Y injections": both
    if end < len(doc) and doc[end].lower_ in word_set(PRODUCT_HEADS) and doc[end - 1].whitespace_ and not listed:
        end += 1
    elif end < len(doc) and doc[end].lower_ in word_set(KIND_HEADS) and doc[end - 1].whitespace_ \
            and _only_a_kind(span):
        end += 1  # "early treatment", "delayed treatment": the kind word alone names no treatment
    return span if (start, end) == (span.start, span.end) else \
        Span(doc, start, end, label=span.label_, span_id=span.id_)


def _named_by_size(doc: Doc) -> list[Span]:
    """``assigned to AC (n = 180) or AD (n = 183)``: the words before a bracketed size name a group."""
    found = []
    for size in spans(doc, "N_EQUALS", "POPULATION"):
        bracket = size.start - 1
        if bracket < 1 or doc[bracket].text not in ("(", "[", ","):
            continue
        if size.label_ == "POPULATION" and (doc[bracket].text == "," or size.end >= len(doc)
                                            or doc[size.end].text not in (")", "]", ";", ",")):
            continue
        if doc[bracket].text == "," and not any(t.text in ("(", ";") for t in doc[max(0, bracket - 5):bracket]):
            continue
        start = bracket
        while start > max(sent(size).start, bracket - MAX_NAME_WORDS) and not doc[start - 1].is_punct \
                and doc[start - 1].lower_ not in _NAME_STOP and not doc[start - 1].like_num:
            start -= 1
        dosed = any(d.start < bracket and bracket <= d.end + 1 for d in spans(doc, "DOSE"))
        if start < bracket and not dosed and not _names_a_condition(doc[start:bracket].text) \
                and _looks_like_group_name(doc, start, bracket):
            found.append(Span(doc, start, bracket, label="DRUG", span_id="name-before-size"))
    return found


CONDITION_HEADS = "condition_heads.txt"
OUTCOME_NAMES = "endpoints.txt"


def _names_a_condition(name: str) -> bool:
    """Whether a name before a bracketed count names a disease or an event rather than a group:
    the MeSH disease dictionary knows it, it ends in a word of ``patterns/condition_heads.txt``, or
    it is an outcome of ``patterns/endpoints.txt`` (``pelvic inflammatory disease (6 subjects)``,
    ``abdominal pain (4 subjects)``, ``diarrhea (three patients)``: people who had it, listed among
    adverse events)."""
    words = name.lower().split()
    heads = word_set(CONDITION_HEADS)
    return disease_vocab.heading_of(name) is not None or (bool(words) and words[-1] in heads) \
        or " ".join(words[-2:]) in heads or " ".join(words) in word_set(OUTCOME_NAMES)


def _looks_like_group_name(doc: Doc, start: int, end: int) -> bool:
    """A name before a bracketed size: capitalised or coded (``AC``, ``TAK-875``), an intervention
    we know, or introduced as one of the options (``to X (n = 52) or Y``)."""
    words = doc[start:end]
    if len(words) <= SHORT_NAME_WORDS or any(ch.isupper() or ch.isdigit() for ch in words.text) or "-" in words.text:
        return True
    if any(m.start < end and start < m.end for m in spans(doc, "DRUG", "INTERVENTION", "CONTROL")):
        return True
    return start > 0 and doc[start - 1].lower_ in _OPTION_BEFORE


#: The most words of a lower-case long form that a short form alone makes a treatment's name
#: (``transcranial direct current stimulation (tDCS)``: four, and a word to spare).
MAX_LONG_FORM_WORDS = 6


NAMED_BODY_HEADS = "named_body_heads.txt"


def _named_bodies(doc: Doc) -> frozenset[str]:
    """Short forms whose long form names an organisation or a study (a capitalised word of
    ``patterns/named_body_heads.txt``): ``The Children's Hospital of Philadelphia (CHOP)``, ``the Study
    of the Effectiveness of Additional Reductions in Cholesterol and Homocysteine (SEARCH)``."""
    heads = word_set(NAMED_BODY_HEADS)
    bodies = set()
    for short in spans(doc, "ABBREVIATION"):
        words = HYPHENATED.findall(short.label_)
        if words and words[-1].lower() not in word_set("group_arm_nouns.txt") \
                and any(word[:1].isupper() and word.lower() in heads for word in words):  # not "Exercise Group (EG)"
            bodies.add(short.text)
    return frozenset(bodies)


#: The most capitalised words (or ``of``/``the``/``and``) between a name and the team noun or the
#: organisation's head word that follows it (``Baylor College of Medicine researchers``).
MAX_TEAM_NAME_WORDS = 5
#: The lower-case words inside such a name (``patterns/team_name_joiners.txt``: ``of``, ``the``).
TEAM_NAME_JOINERS = "team_name_joiners.txt"


def _team_names(doc: Doc, names: Iterable[str]) -> frozenset[str]:
    """The capitalised ``names`` (of ``the X group``) the story also writes as its research team's
    or an organisation's, so that ``the X group`` is the team (``the Italian group said``, ``the
    Hopkins group is trying``), not an arm: a name before a team noun
    (``team_institution_nouns.txt``: ``Italian researchers``), one opening an organisation's name (a
    head of ``named_body_heads.txt`` in the capitalised words after it: ``Duke University``,
    ``Baylor College of Medicine``), or one after a preposition of ``team_place_prepositions.txt``
    written as a whole name (``at Hopkins``; not ``from Mediterranean countries``, whose name goes
    on with a lower-case noun). A name ending in a suffix of ``place_based_suffixes.txt`` (``a
    Phoenix-based group``) is one when its stem is (``the Tucson Sleep Institute, a Tucson-based
    group``) or the story writes the stem alone as a proper name (:func:`_proper_name`; not ``the
    Web-based group``, a way of giving a treatment)."""
    found = set()
    for name in names:
        stem = next((name[:-len(suffix)] for suffix in word_set("place_based_suffixes.txt")
                     if name.lower().endswith(suffix)), None)
        if stem is not None:
            if stem[:1].isupper() and (_named_as_team(doc, stem) or _proper_name(doc, stem)):
                found.add(name)
        elif _named_as_team(doc, name):
            found.add(name)
    return frozenset(found)


@cache
def _team_nouns() -> frozenset[str]:
    """The one-word nouns of ``team_institution_nouns.txt`` (``researchers``, ``team``)."""
    return frozenset(noun for noun in word_set("team_institution_nouns.txt") if noun.isalpha())


def _written_as(doc: Doc, name: str) -> Iterator[Span]:
    """Each place the story writes ``name`` as a word of its own (not inside a hyphened or longer word)."""
    for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text_of(doc)):
        at = doc.char_span(match.start(), match.end())
        if at is not None:
            yield at


def _named_as_team(doc: Doc, name: str) -> bool:
    """Whether the story writes ``name`` as a research team's or an organisation's (:func:`_team_names`)."""
    teams = _team_nouns()
    heads = word_set(NAMED_BODY_HEADS)
    places = word_set("team_place_prepositions.txt")
    for at in _written_as(doc, name):
        if at.start > 0 and doc[at.start - 1].lower_ in places and not _name_goes_on(doc, at.end):
            return True
        k = at.end
        while k < min(len(doc), at.end + MAX_TEAM_NAME_WORDS) and (
                doc[k].text[:1].isupper() or doc[k].lower_ in word_set(TEAM_NAME_JOINERS)):
            if doc[k].text[:1].isupper() and doc[k].lower_ in heads:
                return True
            k += 1
        if k < len(doc) and doc[k].lower_ in teams:
            return True
    return False


def _proper_name(doc: Doc, name: str) -> bool:
    """Whether the story writes ``name`` on its own as a proper name: capitalised, not opening a
    sentence and not before a hyphen (``flew to Phoenix``), and no word list knows it (not ``Web``)."""
    return not wordclass.listed(name.lower()) and any(not at[0].is_sent_start for at in _written_as(doc, name))


def _name_goes_on(doc: Doc, i: int) -> bool:
    """Whether a name ends before a lower-case noun that goes on with it (``from Mediterranean
    countries``): a word lists know only as a noun (or an adjective), not a verb (``at Emory said``)."""
    if i >= len(doc) or not (doc[i].is_alpha and doc[i].is_lower):
        return False
    kinds = wordclass.classes(doc[i].text)
    return wordclass.NOUN in kinds and wordclass.VERB not in kinds


@cache
def _journals_by_word() -> dict[str, tuple[str, ...]]:
    """The journal names of ``patterns/journals.txt`` (lower case) that hold each word."""
    by_word: dict[str, set[str]] = {}
    for entry in load_lexicon("journals.txt"):
        for word in re.findall(r"[\w-]+", entry.lower()):
            by_word.setdefault(word, set()).add(entry.lower())
    return {word: tuple(sorted(entries, key=len, reverse=True)) for word, entries in by_word.items()}


@cache
def _long_journals_by_word() -> dict[str, tuple[str, ...]]:
    """:func:`_journals_by_word` keeping the names of more than one word (the only ones looked for)."""
    return {word: kept for word, entries in _journals_by_word().items()
            if (kept := tuple(journal for journal in entries if " " in journal))}


def _whole_name_spans(name: str, text: str) -> Iterator[tuple[int, int]]:
    """The places of ``name`` (not empty) in ``text`` with no word character or hyphen on either side, as
    ``re.finditer`` finds ``(?<![\\w-])NAME(?![\\w-])`` (one after another, never overlapping),
    with ``str.find`` and no pattern compiled for the name."""
    return occurrences(text, name, _standing_alone)


def _standing_alone(text: str, start: int, end: int) -> bool:
    """No word character or hyphen right before ``start`` or at ``end``: ``(?<![\\w-])`` and ``(?![\\w-])``."""
    return (start == 0 or not word_character(text[start - 1], hyphen=True)) \
        and (end == len(text) or not word_character(text[end], hyphen=True))


def _inside_journal_name(doc: Doc, span: Span) -> bool:
    """Whether a capitalised treatment name is part of a journal's name written whole
    (``patterns/journals.txt``): ``published in JAMA Surgery`` names no surgery, and ``Annals of
    Surgery`` no arm; a journal of one word (``Vaccine``) counts only as a longer name's part."""
    if not span.text[:1].isupper():
        return False
    journals = _long_journals_by_word().get(span[0].lower_)
    if not journals:
        return False
    text = text_of(doc)
    lowered = TEXT_LOWER.lowered(text) if TEXT_LOWER.reliable(text) else text.lower()
    for journal in journals:
        begin = max(0, span.end_char - len(journal))
        for start, end in _whole_name_spans(journal, lowered[begin:span.start_char + len(journal)]):
            if begin + start <= span.start_char and span.end_char <= begin + end and text[begin + start].isupper():
                return True
    return False


def _abbreviated(doc: Doc, found: list[Span]) -> list[Span]:
    """Short forms whose long form is an intervention: ``doxorubicin and cyclophosphamide (AC)``;
    not an organisation's or a study's (:func:`_named_bodies`)."""
    extra = []
    bodies = _named_bodies(doc)
    first_of_each = {}  # the first mention of each wording: the first match of ``found`` is one of them
    for mention in found:
        if mention.label_ != "CONTROL":
            first_of_each.setdefault(mention.text.lower(), mention)
    for short in spans(doc, "ABBREVIATION"):
        if short.text in bodies:
            continue  # "Children's Hospital of Philadelphia (CHOP)": no treatment's short form
        long = short.label_.lower()
        source = next((m for text, m in first_of_each.items() if text in long or text.endswith(long)), None)
        whole = _written_long_form(doc, short, long)
        if source is None and whole is not None and len(short.text) <= MAX_SHORT_FORM and whole.text == long \
                and len(whole) <= MAX_LONG_FORM_WORDS and whole[-1].lower_ in _heads():
            extra.append(Span(doc, whole.start, whole.end, label="INTERVENTION", span_id="abbreviated-long-form"))
            extra.append(Span(doc, short.start, short.end, label="INTERVENTION", span_id="abbreviated-intervention"))
            first_of_each.setdefault(long, extra[-2])  # "transcranial direct current stimulation (tDCS)", in lower case: no name
            continue
        if source is not None and len(short.text) <= MAX_SHORT_FORM:
            extra.append(Span(doc, short.start, short.end, label=source.label_, span_id="abbreviated-intervention"))
            if whole is not None and whole.text.lower() != source.text.lower() and len(whole) <= MAX_LONG_FORM_WORDS \
                    and whole[-1].lower_ not in word_set("group_nouns.txt") \
                    and any(m.start == whole.start and m.end + 1 < whole.end and doc[m.end].text == "-" for m in found) \
                    and all(m.end <= whole.start or m.start >= whole.end or m.start == whole.start for m in found):
                # "mindfulness-based stress reduction (MBSR)": the lexicon's word begins a compound (no
                # other treatment in it: "letrozole-palbociclib (LETPAL)" is a combination)
                extra.append(Span(doc, whole.start, whole.end, label=source.label_, span_id="abbreviated-long-form"))
    return extra


#: Words that make a long form more than one treatment's name, or a phrase (``X and Y (XY)``,
#: ``effect of X in Y (EXY)``).
LONG_FORM_BREAKS = "long_form_breaks.txt"


#: Characters of spaces and bracket allowed between a long form and its short form's name.
LONG_FORM_SLACK = 8


def _written_long_form(doc: Doc, short: Span, long: str) -> Span | None:
    """The long form written just before its short form's bracket (``mindfulness-based stress
    reduction (MBSR)``): the whole name of the treatment, of which a lexicon may know one word."""
    offset = max(0, short.start_char - len(long) - LONG_FORM_SLACK)  # a window, not the whole text before
    before = text_of(doc)[offset:short.start_char].rstrip()
    if not before.endswith("("):
        return None
    before = before[:-1].rstrip()
    if not before.lower().endswith(long):
        return None
    whole = doc.char_span(offset + len(before) - len(long), offset + len(before))
    if whole is None or whole[0].is_sent_start or any(
            token.lower_ in word_set(LONG_FORM_BREAKS) or not token.text.islower() and token.is_alpha for token in whole):
        return None  # "Radiation Therapy Oncology Group (RTOG)": a name; "doxorubicin and cyclophosphamide (AC)": two
    return whole


def _dictionary_drugs(doc: Doc) -> list[Span]:
    """Drug names of the maintained dictionary (``Keytruda``, ``pembrolizumab``, ``5-FU``)."""
    text = text_of(doc)
    found = []
    for name in drug_vocab.find(text, TEXT_LOWER.lowered(text) if TEXT_LOWER.reliable(text) else None):
        written = text[name.start:name.end]
        if len(written) < MIN_LOWERCASE_DRUG_CHARS and written.islower() and " " not in written:
            continue
        span = doc.char_span(name.start, name.end)
        if span is not None:
            found.append(Span(doc, span.start, span.end, label="DRUG", span_id="drug-dictionary"))
    return found


#: The most words read before a noun of ``patterns/intervention_heads.txt`` as the treatment's name.
MAX_MODIFIER_WORDS = 3


@cache
def _heads() -> frozenset[str]:
    return word_set("intervention_heads.txt")


@cache
def _not_modifiers() -> frozenset[str]:
    return word_set("not_modifiers.txt") | _NAME_STOP


@cache
def _generic_name_words() -> frozenset[str]:
    """Words no arm's name is told apart by when two names share them (``comparator_words.txt``,
    joining words and the words that are no modifier)."""
    return _not_modifiers() | word_set("comparator_words.txt") | word_set(JOINING_WORDS)


def _only_a_verb(word: str) -> bool:
    """A word WordNet knows only as a verb (``drank``, ``underwent``, ``took``; not ``fried``,
    ``given``, ``walk``, which are also adjectives or nouns): it says what people did, and names no
    kind of treatment (``children drank beetroot juice``: the treatment is ``beetroot juice``)."""
    return not word.isupper() and wordclass.classes(word) == {wordclass.VERB}


def _modifier(token) -> bool:  # noqa: ANN001 - a spaCy Token
    return (token.is_alpha and not token.is_stop and token.lower_ not in _not_modifiers()
            and not _present_verb(token.text) and not _only_a_verb(token.text)) \
        or (token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_)


#: The ending of a verb in the present tense, third person (``compares``, ``Finds``).
_PRESENT_ENDING = "s"


def _present_verb(word: str) -> bool:
    """A verb in the present tense that ends the words naming a treatment (``research that
    compares deep brain stimulation``, a headline's ``Study Finds Low-Salt Diet``): a word in
    ``-s`` that WordNet does not list itself (``diabetes``, ``arts`` are listed) whose stem is a
    verb. A noun modifier is singular (``drug therapy``), so a plural noun is lost rarely."""
    lower = word.lower()
    if not lower.endswith(_PRESENT_ENDING) or lower.endswith("ss") or word.isupper() or wordclass.listed(lower):
        return False
    return wordclass.VERB in wordclass.classes(lower)


_HEAD_IDS: dict[int, numpy.ndarray] = {}


def _head_ids(strings) -> numpy.ndarray:  # noqa: ANN001 - a spaCy StringStore
    """The hashes of the intervention heads in a vocabulary's strings, computed once per vocabulary."""
    found = _HEAD_IDS.get(id(strings))
    if found is None:
        found = _HEAD_IDS[id(strings)] = numpy.array([strings.add(head) for head in _heads()], dtype="uint64")
    return found


def _joined_by_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a word joined by a hyphen to the word two tokens on (``web-based``)."""
    return doc[i].is_alpha and not doc[i].whitespace_ and doc[i + 1].text == "-" and not doc[i + 1].whitespace_ \
        and doc[i + 2].is_alpha


def _head_noun_phrases(doc: Doc) -> list[Span]:
    """``robotic surgery``, ``telephone counseling``, ``gluten-free diet``: a noun that names a
    kind of treatment (``patterns/intervention_heads.txt``) with the words before it that say
    which (up to :data:`MAX_MODIFIER_WORDS`, not stop words or ``patterns/not_modifiers.txt``). An
    amount ends the name: ``the 70 mg/d treatment group`` names no ``d treatment``."""
    found = []
    amounts = {i for dose in spans(doc, "DOSE") for i in range(dose.start, dose.end)}
    lowers = lower_array(doc)  # (read once per doc, shared with ``token_positions``)
    head_ids = _head_ids(doc.vocab.strings)
    for i in numpy.flatnonzero(among(lowers, head_ids)).tolist():  # the heads' places only
        token = doc[i]
        if token.i == 0:
            continue
        start, words = token.i, 0
        sentence_start = sent(token).start
        while start > sentence_start and words < MAX_MODIFIER_WORDS:
            if start - 3 >= sentence_start and _joined_by_hyphen(doc, start - 3):
                start -= 3  # a compound whole, whatever its parts: "year-long", "in-person", "technology-based"
                words += 2
            elif _modifier(doc[start - 1]) and doc[start - 1].text != "-" and start - 1 not in amounts:
                start -= 1
                words += 1
            else:
                break
        while start - 2 >= sentence_start and _joined_by_hyphen(doc, start - 2):
            start -= 2  # a compound whole: "web-based tailored psychoeducational program", "year-long intervention"
        while start < token.i and doc[start].text == "-":
            start += 1
        if start < token.i:
            found.append(Span(doc, start, token.i + 1, label="INTERVENTION", span_id="head-noun-phrase"))
    return found


#: The part of the record in progress that names the drugs whose doses are arms (read by the assembler).
POOLED_ARMS = "pooled_arms"
#: The part of the record in progress that holds the arms' cap, ``max_arms`` (read by the assembler).
ARMS_CAP = "arms_cap"
#: A trial compares at least this many treatments: with fewer named in its text, the treatments
#: its title names are arms too.
MIN_NAMED_ARMS = 2
#: Words before a treatment in a title read for its setting ("in women receiving X").
TITLE_CONTEXT_WORDS = 2
#: The most words read as a treatment's name in a trial's title.
MAX_TITLE_NAME_WORDS = 8
#: The marker of a randomized trial that makes a title's treatment an arm.
_RANDOMIZED = ("randomi", "random assignment", "randomly")
_VERSUS_WORDS = word_set("versus_words.txt")
#: "Comparison of X and Y" in a title names two treatments set against each other.
_COMPARISON_WORDS = word_set("comparison_title_words.txt")
_NAME_BEFORE = word_set("title_name_openers.txt")


def _title_name(doc: Doc, start: int, step: int, limit: int) -> Span | None:
    """The words of a treatment's name in a title from ``start`` towards ``limit`` (``step`` 1:
    rightwards, -1: leftwards), up to a word of ``title_stops.txt`` or punctuation (not ``-`` or
    ``/``); ``None`` when there are none or too many."""
    stops = word_set("title_stops.txt")
    i = start
    while i != limit and not (doc[i].lower_ in stops or doc[i].lower_ in _NAME_BEFORE
                              or (doc[i].is_punct and doc[i].text not in ("-", "/"))):
        i += step
    first, last = (start, i) if step > 0 else (i + 1, start + 1)
    while first < last and doc[first].lower_ in ("a", "an", "the"):
        first += 1
    if first >= last or last - first > MAX_TITLE_NAME_WORDS:
        return None
    return Span(doc, first, last, label="INTERVENTION")


def _trial_title(doc: Doc) -> Span | None:
    """The title of a randomized trial: the first sentence (the reader's heading, when it found
    one), when the text says the trial was randomized; else ``None``."""
    text = text_of(doc)
    lowered = TEXT_LOWER.lowered(text) if TEXT_LOWER.reliable(text) else text.lower()
    if not doc or not any(marker in lowered for marker in _RANDOMIZED):
        return None
    if not is_abstract(doc) and not _randomized_here(doc):
        return None  # news that names only "randomized controlled trials" in general tested nothing itself
    title = sent(doc[0])
    if doc.user_data.get("headings") and not heading_sentence(doc, title):
        return None  # the first sentence is the title, unless the reader found headings elsewhere
    return title


def _randomized_here(doc: Doc) -> bool:
    """Whether a story says that people were randomized: a marker of randomization that is not the
    adjective of trials in general (``randomized controlled trials suggest``, see
    :func:`_design_adjective`), nor in a sentence about a study not done (``What is needed is a
    large study in which people are randomly assigned to X or not``: :func:`_unrealised_study`)."""
    text = text_of(doc)
    for cue_start, cue_end, _ in _ASSIGN_CUE_SCANNER.finditer(text):
        design = _design_adjective(text, cue_end, cue_end + ASSIGN_CHARS)
        if design is None or not design.group("noun").lower().endswith("s"):
            at = doc.char_span(cue_start, cue_end, alignment_mode="expand")
            if at is None or not _unrealised_study().search(span_text(sent(at[0]))):
                return True
    return False


def _named_in_title(doc: Doc, title: Span | None, mention: Span) -> bool:
    """A treatment a randomized trial's title names as what was tested (``Problem-solving therapy
    for ...``), not as the patients' setting (``in patients receiving chemotherapy``,
    ``chemotherapy-induced nausea``: ``patterns/title_context.txt``).
    ``title`` is the trial's title (:func:`_trial_title`), found once per doc."""
    if title is None or not (title.start <= mention.start and mention.end <= title.end):
        return False
    context = word_set("title_context.txt")
    before = doc[max(title.start, mention.start - TITLE_CONTEXT_WORDS):mention.start]
    if any(token.lower_ in context for token in before):
        return False
    return not (mention.end < title.end and doc[mention.end].text == "-")


def _title_treatments(doc: Doc) -> list[Span]:
    """The treatments a randomized trial's title names: ``Effect of yoga exercise on fatigue``,
    ``Quilting suture versus conventional closure for ...``. Only in the title line (the
    reader's heading or the first line) and only when the text says the trial was randomized."""
    title = _trial_title(doc)
    if title is None:
        return []
    cues = word_set("title_cues.txt")
    found = []
    for token in title:
        if token.lower_ in cues and token.i + 1 < title.end and doc[token.i + 1].lower_ == "of":
            name = _title_name(doc, token.i + 2, 1, title.end)
            if name is not None:
                found.append(Span(doc, name.start, name.end, label="INTERVENTION", span_id="title-effect-of"))
        elif token.lower_ in _VERSUS_WORDS and title.start < token.i < title.end - 1:
            for name in (_title_name(doc, token.i - 1, -1, title.start - 1), _title_name(doc, token.i + 1, 1, title.end)):
                if name is not None:
                    found.append(Span(doc, name.start, name.end, label="INTERVENTION", span_id="title-versus"))
        elif token.lower_ in _COMPARISON_WORDS and token.i + 1 < title.end and doc[token.i + 1].lower_ in ("of", "between"):
            name = _title_name(doc, token.i + 2, 1, title.end)  # "Comparison of X and Y as ..."
            joins = [t.i for t in name if t.lower_ == "and"] if name is not None else []
            if len(joins) == 1:
                for start, end in ((name.start, joins[0]), (joins[0] + 1, name.end)):
                    while start < end and doc[start].lower_ in ("a", "an", "the"):
                        start += 1
                    if start < end:
                        found.append(Span(doc, start, end, label="INTERVENTION", span_id="title-versus"))
    return found


def _ruled(doc: Doc) -> list[Span]:
    """The ruler's intervention spans and the dictionary's drugs, from the sources in use."""
    ruled = spans(doc, "DRUG", "INTERVENTION", "CONTROL")
    if "stems" not in DRUG_SOURCES:
        ruled = [span for span in ruled if span.id_ not in STEM_RULES]
    if "dictionary" in DRUG_SOURCES:
        ruled += _dictionary_drugs(doc)
    named = [span for span in ruled if span.label_ in ("DRUG", "CONTROL")]
    phrases = [phrase for phrase in _head_noun_phrases(doc) if not inside(phrase, named)]  # "Avastin treatment"
    titled = []
    for title in _title_treatments(doc):  # the named treatment inside a title's words: "Benefit of Ixazomib Unclear in"
        inner = next((span for span in ruled if span.label_ == "DRUG" and title.start <= span.start and span.end <= title.end),
                     None)
        titled.append(title if inner is None else Span(doc, inner.start, inner.end, label=inner.label_, span_id=title.id_))
    return titled + ruled + phrases  # a title's name before the same words found otherwise


#: The word list of the rules that find a name because the article introduces it as a treatment
#: (``a therapy called chelation``): the name is then a mention wherever the article writes it
#: (``assigned to chelation``).
INTRODUCING_RULES = "introducing_rules.txt"
#: The introducing rules of names in lower case: a name they find is spread even when written in
#: capitals elsewhere (the rules of capitalised names leave out an acronym such as ``MUSC``).
_LOWERCASE_RULES = frozenset({"drug-called-lowercase", "half-received-lowercase-or-control"})


#: The rule of a capitalised name after ``called``/``named``/``known as``: it introduces a treatment
#: only after a treatment noun (``The device, called X``), not a person, a company or a disease
#: (``an immunologist named X``, ``a company called X``, ``cancer known as X``).
CALLED_RULE = "called-name"
#: The most words between a treatment noun and ``called`` (``One test, called X``).
CALLED_NOUN_WORDS = 3


def _called_a_treatment(doc: Doc, span: Span) -> bool:
    """Whether a word of ``intervention_heads.txt`` or ``product_nouns.txt`` (a plural, or the last
    part of a hyphenated word: ``mini-apps``) stands just before the ``called`` of ``span``."""
    nouns = word_set("intervention_heads.txt") | word_set("product_nouns.txt")
    cue = span.start - 1
    while cue > 0 and doc[cue].lower_ not in ("called", "named", "as"):
        cue -= 1  # "brand-named", "known as", "sold as"
    for token in doc[max(0, cue - 1 - CALLED_NOUN_WORDS):max(0, cue - 1) + 1]:
        word = token.lower_.rsplit("-", 1)[-1]
        if word in nouns or word.removesuffix("s") in nouns:
            return True
    return False


def _introduced_elsewhere(doc: Doc, ruled: list[Span]) -> list[Span]:
    """Every other place the article writes a name it introduced (``called chelation``)."""
    introducing = word_set(INTRODUCING_RULES)
    names = {span.text.lower(): span.label_ for span in ruled if span.id_ in introducing
             and len(span.text) >= MIN_NAME_CHARS
             and not (span.text.isupper() and span.id_ not in _LOWERCASE_RULES)  # "MUSC", "HALT-MS": an institution's or a trial's acronym
             and (span.id_ != CALLED_RULE or _called_a_treatment(doc, span))}
    if not names:
        return []
    text = text_of(doc)
    found = []
    for start, end in find_words(text, sorted(names, key=len, reverse=True), lower=TEXT_LOWER):
        span = doc.char_span(start, end)
        if span is not None:
            found.append(Span(doc, span.start, span.end, label=names[text[start:end].lower()], span_id="introduced-name"))
    return found


def _names_its_content(doc: Doc, span: Span, candidates: list[Span]) -> bool:
    """``weekly injections of dupilumab``, ``daily doses of the drug X``: a treatment noun followed
    by ``of`` and another treatment's name is that treatment's form, not an arm of its own."""
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return False
    first = span.end + 1 + (doc[span.end + 1].lower_ in ("a", "an", "the"))
    return any(other.start == first and other is not span for other in candidates)


def _written_lowercase(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` in lower case somewhere, as a word."""
    return re.search(r"\b" + re.escape(name.lower()) + r"\b", text) is not None


def mentions(doc: Doc) -> list[Span]:
    """Intervention mentions, longest first, not inside endpoint or condition words."""
    blocked = spans(doc, "ENDPOINT")
    found = []
    ruled = _ruled(doc)
    candidates = ruled + _named_by_size(doc) + _abbreviated(doc, ruled) + _introduced_elsewhere(doc, ruled)
    contrasted = _contrasted_groups(doc, candidates)
    doc.spans[CONTRASTED_KEY] = contrasted  # their evidence, read by _assignment, also for a lexicon's same words
    known = {(span.start, span.end) for span in candidates}
    candidates += [span for span in contrasted if (span.start, span.end) not in known]
    blocked_starts = [b.start for b in blocked]
    bodies = _named_bodies(doc)
    capitalised = {span.text for span in candidates if span.id_ == "the-name-group" and span.text[:1].isupper()
                   and not span.text.isupper() and not _written_lowercase(text_of(doc), span.text)}
    teams = frozenset()
    if capitalised:  # the other candidates' words read only when a group is named with a capital
        others = {word for span in candidates if span.id_ != "the-name-group" for word in span.text.lower().split()}
        teams = _team_names(doc, {name for name in capitalised if name.lower() not in others})
    for span in longest_first(candidates):
        first = bisect_right(blocked_starts, span.start)  # only blocks starting at or before the span can hold it
        if any(blocked[i].start <= span.start and span.end <= blocked[i].end
               and blocked[i].end - blocked[i].start > span.end - span.start
               for i in range(max(0, first - MAX_BLOCK_LOOKBACK), first)):
            continue
        if span.label_ == "INTERVENTION" and span.end < len(doc) and doc[span.end].lower_ in _PRODUCT_NOUNS:
            continue  # "the diet drug": a kind of drug, not the diet
        if span.id_ == "head-noun-phrase" and _names_its_content(doc, span, candidates):
            continue  # "weekly injections of dupilumab": the drug is the treatment
        if span.label_ == "CONTROL" and names_an_effect(doc, span.end):
            continue  # "the placebo effect" is no group
        if span.text in bodies:
            continue  # "a member of the CHOP group": an organisation's or a study's short name, no treatment
        if span.id_ == "the-name-group" and span.start > 0 and doc[span.start - 1].lower_ == "a" \
                and wordclass.classes(span.text) == {wordclass.ADJ}:
            continue  # "patients are a fragile group": what the people are like, not what they were given
        if span.id_ == "the-name-group" and span.end < len(doc) and doc[span.end].text in ("Group", "Groups") \
                and span.text[:1].isupper() and not _written_lowercase(text_of(doc), span.text):
            continue  # "The Harbor Group": a company's name, not "the Reusable Group" of "reusable or disposable"
        if _inside_journal_name(doc, span):
            continue  # "a trial published in JAMA Surgery": a journal, no treatment
        if span.id_ == "the-name-group" and span.text in teams:
            continue  # "the Italian group said", "a Phoenix-based group": a research team or an organisation
        if span.label_ == "CONTROL" and span.text.lower() == "control" and span.start > 0 \
                and doc[span.start - 1].lower_ in word_set("control_compound_words.txt"):
            continue  # "birth control", "glycemic control": a thing controlled, no group
        extended = _with_compound(doc, span)
        found.append(Span(doc, extended.start, extended.end, label=span.label_, span_id=span.id_))
    return found


def _paired_as_groups(doc: Doc, first: Span, second: Span) -> bool:
    """``between the ixazomib and placebo arms``, ``in the X and Y groups``."""
    left, right = (first, second) if first.start < second.start else (second, first)
    after = text_of(doc)[right.end_char:right.end_char + 20]
    before = text_of(doc)[max(0, left.start_char - 15):left.start_char]
    return bool(_GROUP_AFTER.match(after) or re.search(r"(?i)\bbetween\s+(?:the\s+)?$", before))


#: What joins a treatment to the one it is added to: ``AE37 + GM-CSF``, ``X plus chemotherapy``.
_ADDED_TO = compile_pattern(r"(?i)^\s*(?:\+|plus|in combination with|combined with|together with|added to)\s+(?:the\s+)?"
                            r"(?:[a-z]+\s+)?$")  # "plus the steroid prednisone"


def _added_to_another(doc: Doc, mention: Span, others: list[Span], starts: list[int] | None = None) -> bool:
    """``AE37 + GM-CSF``, ``trastuzumab plus chemotherapy``: the second treatment is given with
    the first, in a combination arm named by the first (its own arm, if it has one, is written
    ``GM-CSF alone`` or ``chemotherapy alone``). ``starts``: the start tokens of ``others``, when the
    caller has them (read once per doc, not once per mention)."""
    starts = [o.start for o in others] if starts is None else starts
    k = bisect_right(starts, mention.start - 1)  # others are in text order
    while k > 0 and others[k - 1].end > mention.start:
        k -= 1
    if k == 0 or sent(others[k - 1]).start != sent(mention).start:
        return False
    return bool(_ADDED_TO.match(text_of(doc)[others[k - 1].end_char:mention.start_char]))


def _combinations(doc: Doc, found: list[Span], alone_bases: list[str], written_alone: list[str]) -> dict[int, int]:
    """The combinations the article names: for the index in ``found`` of each treatment another
    one is added to (``Keytruda`` in ``Keytruda plus chemotherapy``, ``Keytruda combined with
    chemotherapy``; ``cetuximab and radiotherapy`` when the article gives ``radiotherapy alone``,
    one of ``alone_bases``), the index of the last one added (``A plus B plus C``: ``C``)."""
    head_of: dict[int, int] = {}
    starts = [o.start for o in found]
    text = text_of(doc)
    for j, mention in enumerate(found):
        k = bisect_right(starts, mention.start - 1)
        while k > 0 and found[k - 1].end > mention.start:
            k -= 1
        if not _added_to_another(doc, mention, found, starts) and not (
                k > 0 and _BOTH_JOINED.match(text[found[k - 1].end_char:mention.start_char])
                and sent(found[k - 1]).start == sent(mention).start and "CONTROL" not in (found[k - 1].label_, mention.label_)
                and _is_backbone(label_of(mention).lower(), alone_bases)
                and not _is_backbone(label_of(found[k - 1]).lower(), alone_bases)) \
                and not (k > 0 and _with_backbone(doc, found[k - 1], mention, written_alone)):
            continue  # "cetuximab and radiotherapy" beside "radiotherapy alone": radiotherapy is the backbone
        head_of[j] = head_of.get(k - 1, k - 1)  # "A plus B plus C": C is added to A's combination
    last: dict[int, int] = {}
    for j, head in head_of.items():
        last[head] = max(last.get(head, j), j)
    return last


_WITH_JOINED = compile_pattern(r"(?i)^\s+with\s+$")


def _with_backbone(doc: Doc, head: Span, mention: Span, alone_bases: list[str]) -> bool:
    """``acupuncture with painkillers`` beside ``painkillers alone``: a treatment given with one the
    article also gives alone is a combination (even when the first is given alone too: ``A alone; A
    with B; or B alone``), unless the two are compared (``compared acupuncture with painkillers``)."""
    text = text_of(doc)
    return bool(_WITH_JOINED.match(text[head.end_char:mention.start_char])) \
        and sent(head).start == sent(mention).start and "CONTROL" not in (head.label_, mention.label_) \
        and _is_backbone(label_of(mention).lower(), alone_bases) \
        and not _COMPARED_BEFORE.search(text[max(0, head.start_char - COMPARED_CHARS):head.start_char])


def _combined(doc: Doc, head: Span, last: Span) -> Span:
    """The whole combination from its first treatment to the last one added to it."""
    return Span(doc, head.start, last.end, label=head.label_, span_id="combination")


#: Two treatments joined by ``and`` alone: a combination when the second is also given alone.
_BOTH_JOINED = compile_pattern(r"(?i)^\s+and\s+$")
#: Words after a treatment that say it was given by itself: the backbone of a combination is the
#: comparator written ``chemotherapy alone`` (``patterns/comparator_words.txt`` holds them with others).
ALONE_WORDS = "alone_words.txt"
#: A treatment written as given alone, when its mention stops before the word: ``acupuncture alone``.
_ALONE_AFTER = compile_pattern(rf"(?i)\s+{phrase_regex(ALONE_WORDS)}\b")


def _alone_base(key: str) -> str | None:
    """``chemotherapy`` for ``chemotherapy alone`` or ``chemotherapy only``; else ``None``."""
    for word in load_lexicon(ALONE_WORDS):
        if key.endswith(" " + word):
            return key[:-len(word) - 1]
    return None


def _in_trial_name(doc: Doc, mention: Span) -> bool:
    """A treatment inside a trial's capitalised name (``Carotid Revascularization Endarterectomy
    versus Stenting Trial``, ``the Aspirin in Reducing Events in the Elderly Study``): the name
    says what was compared, but the groups are read from the text."""
    if not mention[0].text[:1].isupper():
        return False
    trial_words = word_set("trial_words.txt")
    i = mention.end
    while i < len(doc) and not doc[i].is_sent_start:
        token = doc[i]
        if token.text[:1].isupper() and token.lower_ in trial_words:
            return True
        if not (token.text[:1].isupper() or token.like_num or token.lower_ in word_set("trial_name_joiners.txt")):
            return False
        i += 1
    return False


#: Words between a treatment and the bracket that lists its components ("chemotherapy regimen (").
MAX_COMPONENT_GAP = 2


def _component_in_brackets(doc: Doc, mention: Span, others: list[Span]) -> bool:
    """A treatment listed in brackets with another one, just after a third treatment's name:
    ``chemotherapy regimen (gemcitabine and carboplatin)``, ``FAC (5-fluorouracil, doxorubicin and
    cyclophosphamide)``: the components of the named regimen, no arms of their own."""
    sentence = sent(mention)
    before = text_of(doc)[sentence.start_char:mention.start_char]
    if "(" not in before and "[" not in before:
        return False  # no opening bracket before it in its sentence (most sentences): no token walk
    i = mention.start - 1
    while i >= sentence.start and doc[i].text not in ("(", "[", ")", "]"):
        i -= 1
    if i < sentence.start or doc[i].text not in ("(", "["):
        return False
    close = mention.end
    while close < sentence.end and doc[close].text not in (")", "]", "(", "["):
        close += 1
    if close >= sentence.end or doc[close].text not in (")", "]"):
        return False
    inside = [o for o in others if i < o.start and o.end <= close]
    if len(inside) < 2 or any(label_of(o).lower() in _generic_labels() for o in inside) or "=" in doc[i:close].text:
        return False  # "Keytruda (pembrolizumab)": another name; "(control group, UC, n = 64)": a group
    return any(o.end <= i and i - o.end <= MAX_COMPONENT_GAP and sent(o).start == sentence.start for o in others)


@cache
def _other_study() -> StartFilteredPattern:
    """A phrase of ``patterns/other_studies.tsv`` with the use ``treatment`` (asked of every sentence
    with a mention: a sentence holding none of the literals its matches need is answered at once)."""
    return StartFilteredPattern(compile_pattern(rf"(?i)\b{phrase_regex('other_studies.tsv:treatment')}\b"))


#: The most words between a study noun and the word before or after it that makes it a study
#: not done (``no well-designed studies``, ``a larger and longer study would be needed``).
UNREALISED_GAP_WORDS = 3
#: Classes of ``patterns/function_words.txt`` that end the words between (``more than 400 patients
#: in the trial`` is no study wished for): determiners, prepositions, pronouns, conjunctions.
UNREALISED_GAP_STOP_CLASSES = frozenset("dpoc")
#: Determiners that may stand between an opener and its study noun (``development of a large trial``).
UNREALISED_GAP_ARTICLES = "indefinite_articles.txt"


@cache
def _unrealised_study() -> StartFilteredPattern:
    """A study the sentence says is still wanted, planned or missing, not the one it reports: a
    phrase of ``patterns/unrealised_study_cues.txt`` (``What's needed ... is research that compares
    X against a placebo device``), or a study noun (``unrealised_study_nouns.txt``) after a word of
    ``unrealised_study_openers.txt`` (``no well-designed studies showing``, ``the development of a
    large, randomized trial to directly compare``) or before one of ``unrealised_study_tails.txt``
    (``larger studies are needed``), with up to :data:`UNREALISED_GAP_WORDS` words between that
    are no function word (an article after an opener)."""
    classes = load_table("function_words.txt")
    stops = sorted((w for w, c in classes.items() if set(c) & UNREALISED_GAP_STOP_CLASSES), key=len, reverse=True)
    stop = "(?:" + "|".join(map(re.escape, stops)) + r")\b"
    article = phrase_regex(UNREALISED_GAP_ARTICLES) + r"\b"
    nouns = phrase_regex("unrealised_study_nouns.txt")
    openers = phrase_regex("unrealised_study_openers.txt")
    tails = phrase_regex("unrealised_study_tails.txt")
    cues = phrase_regex("unrealised_study_cues.txt")
    before = rf"\b{openers}(?:[\s,]+(?:{article}|(?!{stop})[\w-]+)){{0,{UNREALISED_GAP_WORDS}}}?[\s,]+{nouns}\b"
    after = rf"\b{nouns}(?:\s+(?!{stop})[\w-]+){{0,{UNREALISED_GAP_WORDS}}}?[\s\"“”]+{tails}\b"  # such a study "will never be done"
    # (asked of every sentence with a mention: one without a study noun or cue is answered at once)
    return StartFilteredPattern(compile_pattern(rf"(?i){before}|{after}|\b{cues}\b"))


@cache
def _absent_control() -> re.Pattern[str]:
    """A phrase of ``patterns/absent_control_cues.txt`` (with an article and a word) just before a
    treatment or control: ``there was no comparison group``, ``without invasive surgery``."""
    return compile_pattern(r"(?i)\b" + phrase_regex("absent_control_cues.txt") + r"\s+(?:(?:a|an|any)\s+)?(?:[\w-]+\s+)?$")  # "without invasive surgery"


@cache
def _prior_treatment() -> re.Pattern[str]:
    """A phrase of ``patterns/prior_treatment_cues.txt`` just before a mention, with up to
    :data:`PRIOR_GAP_WORDS` words between."""
    return compile_pattern(r"(?i)\b" + phrase_regex("prior_treatment_cues.txt") + r"\s+(?:(?:the|a|an|their|his|her)\s+)?(?:[\w-]+\s+){0,%d}"
                           r"(?:[\w-]+(?:\s+[\w-]+){0,%d}\s*\(\s*)?$" % (PRIOR_GAP_WORDS, MAX_NAME_WORDS - 1))
    # the last group: a short form in brackets after the name ("receiving cognitive therapy (CBT)")


#: The most words of the ``with ...`` phrase between the people and the verb of
#: ``patterns/population_treatment_verbs.txt`` (``women with early breast cancer receiving``).
POPULATION_WITH_WORDS = 8


@cache
def _population_treatment() -> re.Pattern[str]:
    """The enrolled people and the treatment every one of them had (``patients undergoing``,
    ``women with breast cancer receiving``: ``patterns/group_people_nouns.txt`` and
    ``population_treatment_verbs.txt``) just before a mention, with up to
    :data:`MAX_NAME_WORDS` words between (``undergoing conservative surgery and`` before
    ``sentinel node biopsy``)."""
    people = phrase_regex("group_people_nouns.txt")
    return compile_pattern(r"(?i)\b(?P<people>" + people + r")(?:\s+with\s+(?:[^\s,;.()]+\s+){1,%d}?)?\s*"
                           % POPULATION_WITH_WORDS + phrase_regex("population_treatment_verbs.txt")
                           + r"\s+(?:(?:the|a|an)\s+)?(?:[\w()/-]+\s+){0,%d}$" % MAX_NAME_WORDS)


#: A count or share right before the people (``12 patients receiving X``, ``35% of``: with the
#: words of ``patterns/population_group_openers.txt``, a group of the trial, not its population).
_COUNT_BEFORE = compile_pattern(r"[\d%]\s*$")


def _population_treatment_at(before: str) -> bool:
    """Whether the text ``before`` a mention ends in the enrolled people and the treatment they
    all had (:func:`_population_treatment`), the people not counted, pointed back to or set
    against another group (``patterns/population_group_openers.txt``)."""
    if not _may_match(_population_first_words(), before):
        return False
    found = _population_treatment().search(before)
    if found is None:
        return False
    openers = word_set("population_group_openers.txt")
    words = before[:found.start()].split()
    return found.group("people").lower() not in openers and not _COUNT_BEFORE.search(before[:found.start()]) \
        and not (words and words[-1].lower() in openers)


@cache
def _population_first_words() -> frozenset[str] | None:
    return _first_words(word_set("population_treatment_verbs.txt"))


#: A word (its letters, digits and underscores), to read which words a stretch of text has.
_WORD = compile_pattern(r"\w+")


def _first_words(phrases: frozenset[str]) -> frozenset[str] | None:
    """The lower-cased first word of each phrase: a text that has none of them as a word cannot
    match ``\\b(?:phrase|...)`` (``None`` when a phrase starts with no word, so no such test)."""
    firsts = set()
    for phrase in phrases:
        first = _WORD.match(phrase.lower())
        if first is None:
            return None
        firsts.add(first.group(0))
    return frozenset(firsts)


@cache
def _prior_first_words() -> frozenset[str] | None:
    return _first_words(word_set("prior_treatment_cues.txt"))


@cache
def _other_study_first_words() -> frozenset[str] | None:
    return _first_words(word_set("other_studies.tsv:treatment"))


def _may_match(firsts: frozenset[str] | None, text: str) -> bool:
    """Whether ``text`` has one of the words ``firsts`` (always, when there is no such test)."""
    return firsts is None or not firsts.isdisjoint(_WORD.findall(text.lower()))


#: Words one of which :data:`_GROUP_TAKING` needs in the text it searches: a group noun or a verb
#: of taking (lower case, read as parts of words).
_TAKING_PARTS = load_lexicon("taking_parts.txt")


class _Sentences:
    """What :func:`_assignment` reads of a mention's sentence, found once per sentence: whether
    it is about other studies or a study not done (:func:`_unrealised_study`), and the mentions
    that stand in it (in the order given)."""

    def __init__(self, doc: Doc, others: list[Span]) -> None:
        #: The mentions it was made from, and their start tokens (for :func:`_added_to_another`).
        self.others, self.starts = others, [other.start for other in others]
        self._in_sentence: dict[int, list[Span]] = {}
        for other in others:
            self._in_sentence.setdefault(sent(other).start, []).append(other)
        self._other_study: dict[int, bool] = {}

    def mentions(self, sentence: Span) -> list[Span]:
        return self._in_sentence.get(sentence.start, [])

    def other_study(self, sentence: Span) -> bool:
        found = self._other_study.get(sentence.start)
        if found is None:
            written = span_text(sentence)
            found = self._other_study[sentence.start] = (_may_match(_other_study_first_words(), written)
                                                         and bool(_other_study().search(written))) \
                or bool(_unrealised_study().search(written))  # "What's needed is research that compares X with Y"
        return found


#: The most words between ``randomized`` and the trial noun it describes (``randomized,
#: double-blind, placebo-controlled clinical trial``).
MAX_DESIGN_WORDS = 5


@cache
def _design_noun() -> re.Pattern[str]:
    """``randomized`` as the adjective of a trial: up to :data:`MAX_DESIGN_WORDS` words (not a word
    of ``patterns/assigning_words.txt``, which assigns: ``to``, ``into``, ``receive``) and then a
    word of ``patterns/trial_words.txt`` (``trial``, ``studies``)."""
    nouns = "|".join(longest_words_first(map(re.escape, word_set("trial_words.txt"))))
    assigning = "|".join(longest_words_first(map(re.escape, word_set("assigning_words.txt"))))
    return compile_pattern(r"(?i)(?:[\s,]+(?!(?:" + assigning + r")\b)[\w-]+){0,%d}?[\s,]+(?P<noun>" % MAX_DESIGN_WORDS + nouns + r")\b")


def _design_adjective(text: str, cue_end: int, mention_end: int) -> re.Match[str] | None:
    """The trial noun (group ``noun``) the assignment cue ending at ``cue_end`` describes
    (``randomized controlled trials of omega-3``, ``a randomized control trial``), when it
    describes one rather than assigns people (``randomized to omega-3``): a trial noun follows it
    before the mention ends or just after it. Plural (``trials``, ``studies``), it is research in
    general; singular, the story's trial, whose treatments the sentence may still assign."""
    return _design_noun().match(text, cue_end, mention_end + MAX_DESIGN_LOOKAHEAD)


#: Characters after a mention in which the trial noun of ``randomized control trials`` is read.
MAX_DESIGN_LOOKAHEAD = 10


def _is_assigned(doc: Doc, mention: Span, others: list[Span]) -> bool:
    """Whether the article assigns this intervention to a group of the trial (see :func:`_assignment`)."""
    return _assignment(doc, mention, others) is not None


def _assignment(doc: Doc, mention: Span, others: list[Span], sentences: _Sentences | None = None) -> str | None:
    """How the article assigns this intervention to a group of the trial, or ``None``:
    after ``randomized to``/``assigned to`` in its sentence (``assigned-to``); named as a ``group``
    or ``arm`` (``named-group``); set against another intervention (``X or Y``, ``X versus Y``,
    ``compared with Y``: ``set-against``); or, for a drug or control, ``received``/``taking`` it
    (``taken``). Not a treatment added to another one. The name goes to the arm's
    ``evidence.links["assigned"]``. ``sentences`` holds what is read once per sentence (made
    here when not given)."""
    if _added_to_another(doc, mention, others, sentences.starts if sentences is not None and sentences.others is others else None):
        return None
    sentence = sent(mention)
    sentences = sentences or _Sentences(doc, others)
    text = text_of(doc)
    before = text[max(sentence.start_char, mention.start_char - ASSIGN_CHARS):mention.start_char]
    if _may_match(_prior_first_words(), before) and _prior_treatment().search(before):
        return None  # "adults who were taking statins to receive either X or placebo"
    if is_abstract(doc) and _population_treatment_at(before):
        return None  # "in women with breast cancer receiving doxorubicin": every patient's, not a group's
    if sentences.other_study(sentence):
        return None  # "compared with historic studies of X and a placebo"
    if _in_trial_name(doc, mention):
        return None  # "the Carotid Revascularization Endarterectomy versus Stenting Trial"
    if mention.label_ == "CONTROL" and _absent_control().search(before[-AGAINST_CHARS:]):
        return None  # "there was no comparison group", "it didn't include a control group"
    if _component_in_brackets(doc, mention, others):
        return None  # "a chemotherapy regimen (gemcitabine and carboplatin)": the regimen is the arm
    after = text[mention.end_char:mention.end_char + 30]
    assigned = _ASSIGNED_BEFORE.search(before)
    nearest = list(_ASSIGN_CUE.finditer(before, assigned.start()))[-1] if assigned else None  # "assigned to X ..., assigned to Y"
    design = _design_adjective(text, mention.start_char - len(before) + nearest.end(), mention.end_char) \
        if nearest is not None and not is_abstract(doc) else None  # an abstract's "randomized trials" are its own
    if design is not None and (design.group("noun").lower().endswith("s")
                               or (mention.end_char <= design.start("noun") and label_of(mention) in _generic_labels())):
        assigned = None  # "randomized controlled trials of X", "a randomized control trial": trials, not an assignment
    if assigned and not _TIMING_BEFORE.search(before):
        cue_char = mention.start_char - len(before) + nearest.start()
        between = [o for o in others if o is not mention and cue_char <= o.start_char and o.end_char <= mention.start_char]
        gap = text[between[-1].end_char:mention.start_char] if between else ""
        if len(gap) <= JOIN_CHARS and not _CLAUSE_AFTER_OPTION.search(gap):
            return "assigned-to"  # not "assigned to receive X, 23 developed an infection at the site of the surgery"
    if mention.label_ == "INTERVENTION" and CONTRASTED_KEY in doc.spans \
            and any(group.start == mention.start and group.end <= mention.end for group in doc.spans[CONTRASTED_KEY]):
        return "contrasted"  # "36% in the multiple email group compared with 26% in the single email group"
    if mention.id_ in ("the-name-group", "lettered-group", "name-before-size", "title-effect-of", "title-versus") \
            or _GROUP_AFTER.match(" " + mention[-1].text):
        return "named-group"
    if _GROUP_AFTER.match(after):
        return "named-group"
    if _LISTED_GROUPS.search(before):
        return "named-group"  # "The study was comprised of three arms: placebo, X 16 mg and X 24 mg"
    if _EITHER_LIST.search(before) or ("either" in before.lower() and _an_either_option(doc, mention, sentence)):
        return "set-against"  # "received either the flu vaccine patch, a standard flu shot or a placebo"
    for other in sentences.mentions(sentence):
        if other is mention:
            continue
        gap = text[mention.end_char:other.start_char] if other.start > mention.start \
            else text[other.end_char:mention.start_char]
        joined = _JOINED.match(gap) if len(gap) <= JOIN_CHARS else None
        if joined:
            weak = _OR_ONLY.search(joined.group(0)) and "CONTROL" not in (mention.label_, other.label_) \
                and not is_abstract(doc)
            return "either-or" if weak else "set-against"  # "X or placebo" is a trial's; in news "X or Y" may not be
        if _PAIRED_GROUPS.match(gap) and _paired_as_groups(doc, mention, other):
            return "named-group"
        left = mention if mention.start < other.start else other
        if _WITH_GAP.match(gap) and _COMPARED_BEFORE.search(text[max(0, left.start_char - COMPARED_CHARS):left.start_char]):
            return "set-against"  # "compared olaparib with placebo"
    lowered = before.lower()
    taking = _GROUP_TAKING.search(before) if any(part in lowered for part in _TAKING_PARTS) else None
    if taking and taking.group("group"):
        side_char = mention.start_char - len(before) + taking.start("side")
        if any(o is not mention and o.start_char <= side_char < o.end_char and o.label_ != "CONTROL"
               and label_of(o).lower() not in _generic_labels() for o in others):
            return None  # "41 percent of the Eylea group received laser treatment": what another arm's people also got
    if taking and not (taking.group("group") and taking.group("side").lower() in _generic_labels()):
        return "named-group"  # "the group taking Truvada", "Half were given a daily dose of X"
        # (but "the intervention group received X" defines a generic group: _define_lettered)
    if mention.label_ == "CONTROL" and (_AGAINST_BEFORE.search(before[-AGAINST_CHARS:])
                                        or _against_people().search(before[-AGAINST_CHARS:])) \
            and is_inert(mention.text):
        return "set-against"  # "the drug was better than placebo": the trial's comparator
    if mention.label_ in ("DRUG", "CONTROL") and (_TAKEN_BEFORE.search(before[-TAKEN_CHARS:])
                                                  or _on_taken().search(before[-TAKEN_CHARS:])):
        return "taken"
    if (_UNDERWENT_BEFORE.search(before[-TAKEN_CHARS:]) or _on_taken().search(before[-TAKEN_CHARS:])) \
            and _with_a_rate(doc, mention):
        return "taken"  # a procedure or programme, with its group's result: "42% of the women who received surgery"
    return None


def _dose_after(doc: Doc, mention: Span) -> Span | None:
    for dose in spans(doc, "DOSE"):
        if mention.end <= dose.start <= mention.end + 1:
            return dose
        if dose.end + 1 == mention.start and doc[dose.end].lower_ == "of":  # "10 mg of X"
            return dose
    return None


def _n_after(doc: Doc, mention: Span) -> tuple[int, Span] | None:
    for size in spans(doc, "N_EQUALS"):
        if mention.end <= size.start <= mention.end + ATTACH_WINDOW and "(" in doc[mention.end:size.start].text:
            value = parse_number(size.text.split("=", 1)[1])
            if value and value == int(value):
                return int(value), size
    return None


_ALIAS_GAP = compile_pattern(r"(?i)^[\u2122\u00ae]?\s*(?:\(\s*(?:brand[- ]named?|sold as|marketed as|also known as|known as)?|"
                             r",\s*(?:known (?:chemically |generically )?as|also called|or)\s+)\s*$")


def _different_drugs(first: Span, second: Span) -> bool:
    """Whether the drug dictionary resolves the two names to two generic names: ``XARELTO, apixaban,
    or dabigatran`` lists three drugs, not three names of one (a bracket is the article's own word
    that two names are one: ``combipatch (TachoSil)``)."""
    if "dictionary" not in DRUG_SOURCES or first.label_ != "DRUG" or second.label_ != "DRUG":
        return False
    generics = {drug_vocab.generic_of(first.text), drug_vocab.generic_of(second.text)}
    return None not in generics and len(generics) == 2


def _aliases(doc: Doc, found: list[Span]) -> dict[str, str]:
    """Names of one drug: ``Xeljanz (tofacitinib)``, ``Stelara, known chemically as ustekinumab``."""
    alias: dict[str, str] = {}
    for first, second in zip(found, found[1:]):
        gap = text_of(doc)[first.end_char:second.start_char]
        if first.label_ == second.label_ == "DRUG" or {first.label_, second.label_} <= {"DRUG", "INTERVENTION"} \
                or (first.label_ == "DRUG" and second.label_ == "CONTROL" and gap.strip() == "("):  # "T gel (active control)"
            if _ALIAS_GAP.match(gap) and ("(" in gap or not _different_drugs(first, second)):  # the article's bracket rules
                main = label_of(first).lower()
                alias[label_of(second).lower()] = alias.get(main, main)
    return alias


def _add_arm(doc: Doc, arms: dict[str, dict], mention: Span, label: str, aliases: list[str],
             long_forms: dict[str, str], how: str = "title", named: Span | None = None) -> None:
    """Add the arm ``label`` found at ``mention`` (its whole phrase, :func:`_label_extent`);
    ``named`` holds the treatment's own words where the phrase reaches past them."""
    named = mention if named is None else named
    dose = _dose_after(doc, named)
    found = evidence(mention)
    found["links"] = {"assigned": how}
    arms[label.lower()] = {
        "label": label,
        "aliases": aliases,
        "intervention": long_forms.get(named.text, named.text),
        "dose": dose.text if dose is not None else None,
        "role": "control" if mention.label_ == "CONTROL" else "experimental",
        "n": None,
        "evidence": found,
    }


def _extent_holding(label: str, extent: Span, mention: Span, written: Iterable[tuple[Span, Span]]) -> tuple[Span, Span]:
    """The phrase to ground an arm's ``label`` at, and the treatment's words in it: the assigned
    ``extent`` and its ``mention``, unless the label is a longer name of the treatment that phrase
    does not hold (``fish-oil supplements`` of an assigned ``fish-oil``); then the first phrase the
    article writes with that label (``written``: each mention with its phrase)."""
    own = label_of(extent).lower()
    if own == label.lower() or own not in label.lower():
        return extent, mention  # the label as written there, or another name of one group ("Keytruda")
    return next(((whole, named) for named, whole in written if label_of(whole).lower() == label.lower()),
                (extent, mention))


def _one_wider_name(short_of: dict[str, str]) -> dict[str, str]:
    """Each lower-cased short name the article also writes within exactly one longer phrase, to
    that phrase's label (``fish-oil`` to ``fish-oil supplements``): one treatment's two names. A
    short name of two phrases (``grain diet`` of ``whole grain diet`` and ``refined grain diet``)
    names either, and is joined to neither (``extract`` keeps such a name's words everywhere, and
    so where the article also writes it after a word the label does not take)."""
    longer: dict[str, set[str]] = {}
    for long, short in short_of.items():
        longer.setdefault(short.lower(), set()).add(long)
    return {short: next(iter(longs)) for short, longs in longer.items() if len(longs) == 1}


def _name_groups(found: list[Span], own_labels: list[str], alias: dict[str, str]) -> dict[str, str]:
    """One name for all the names of one treatment: each lower-cased label to the label of its
    group that the article writes most often (the first written, on a tie). Names are one group
    when the article sets them side by side (``Keytruda (pembrolizumab)``, ``pembrolizumab
    (MK-3475)``: ``alias``) or when the drug dictionary resolves them to one generic name
    (``Keytruda`` and ``pembrolizumab`` anywhere in the article)."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    def join(first: str, second: str) -> None:
        parent[root(second)] = root(first)

    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for position, (mention, label) in enumerate(zip(found, own_labels)):
        key = label.lower()
        counts[key] += 1
        first_seen.setdefault(key, position)
        root(key)
        generic = drug_vocab.generic_of(mention.text) if mention.label_ == "DRUG" and "dictionary" in DRUG_SOURCES \
            else None
        if generic is not None:
            join("\0" + generic, key)  # a key no label can have
    for second, first in alias.items():
        if first in parent and second in parent:
            join(first, second)
    members: dict[str, list[str]] = {}
    for key in first_seen:
        members.setdefault(root(key), []).append(key)
    group_of = {}
    for names in members.values():
        main = max(names, key=lambda name: (counts[name], -first_seen[name]))
        group_of.update((name, main) for name in names)
    return group_of


def _members(group_of: dict[str, str], main: str) -> list[str]:
    """The names of the group whose label is ``main``, in the order the article first writes them."""
    return [name for name, label in group_of.items() if label == main]


def _usual_spellings(found: list[Span], own_labels: list[str]) -> dict[str, str]:
    """Each label as the article usually writes it (``Truvada``, not a sentence-initial ``TRUVADA``);
    ``own_labels`` holds ``label_of`` of each mention."""
    counts: dict[str, Counter[str]] = {}
    inside: dict[str, Counter[str]] = {}  # written inside a sentence, where a capital is the name's own
    for mention, label in zip(found, own_labels):
        written = label if mention.label_ != "DRUG" or mention[0].is_sent_start else \
            _GROUP_WORDS.sub("", _ARTICLES.sub("", mention.text.strip()))
        counts.setdefault(label.lower(), Counter())[written] += 1
        if mention.label_ == "DRUG" and not mention[0].is_sent_start:
            inside.setdefault(label.lower(), Counter())[written] += 1
    return {key: (inside.get(key) or spellings).most_common(1)[0][0] for key, spellings in counts.items()}


@cache
def _not_arms() -> frozenset[str]:
    """Labels that never name an arm on their own (``patterns/not_arms.txt``), as written."""
    return frozenset(load_lexicon("not_arms.txt"))


def _not_an_arm(label: str) -> bool:
    """Whether ``label`` is a word of ``patterns/not_arms.txt``: a lower-case entry in lower or
    title case (``weeks``, ``Upper``), an entry with capitals exactly (``ER``); so ``SAMe`` is not
    ``same``."""
    written = label if label[1:] != label[1:].lower() else label.lower()
    return written in _not_arms() or parse_number(label) is not None  # "the four groups": a count


@dataclass(frozen=True)
class Settings:
    """The settings of the arms fact: the ``trialnews_arms`` component's config."""

    #: At most this many arms are reported.
    max_arms: int = MAX_ARMS
    #: With fewer treatments named in its text, the treatments its title names are arms too.
    min_named_arms: int = MIN_NAMED_ARMS


DEFAULTS = Settings()


@cache
def _evidence_weights() -> dict[str, float]:
    """How much each kind of evidence says that a treatment is a group of the trial
    (``patterns/arm_evidence.json``)."""
    return load_json("arm_evidence.json")


@cache
def _inert_words() -> frozenset[str]:
    """Words that name an inert comparator (``patterns/inert_control_words.txt``)."""
    return word_set("inert_control_words.txt")


@cache
def _standing_words() -> frozenset[str]:
    """Words that name a comparator of usual care (``patterns/standing_control_words.txt``)."""
    return word_set("standing_control_words.txt")


def _is_standing_control(name: str) -> bool:
    """Whether a control's name is one of usual care (``usual care alone``): a comparator that is
    a group of its own beside a placebo, never one arm with it."""
    return not _standing_words().isdisjoint(name.lower().replace("-", " ").split())


def is_inert(name: str) -> bool:
    """Whether a control's name has a word of ``patterns/inert_control_words.txt`` (``placebo``,
    ``sham procedure``, ``dummy pill``)."""
    return not _inert_words().isdisjoint(name.lower().replace("-", " ").split())


def _with_a_rate(doc: Doc, mention: Span) -> bool:
    """Whether the sentence of a mention gives a rate of the people it names (a percentage, a
    fraction, ``12 of 40``)."""
    sentence = sent(mention)
    return any(sentence.start <= rate.start < sentence.end for rate in spans(doc, *_RATE_LABELS))


def _supported(doc: Doc, assigned: dict[str, list[tuple[Span, str, str]]],
               min_named_arms: int = MIN_NAMED_ARMS) -> list[str]:
    """The labels that are arms, in the order the article first assigns them.

    Each label's score is the sum of the weights (``patterns/arm_evidence.json``) of the distinct
    kinds of evidence of its mentions (``assigned-to``, ``named-group``, ``set-against``,
    ``taken``, ``sized``); a label reaching ``min_score`` is *stated*. A trial has a tested
    treatment and a comparator, so the weakly supported labels are read against the stated ones:

    - an inert control (a word of ``patterns/inert_control_words.txt``: placebo, sham) is always
      the trial's comparator, stated or not;
    - a treatment only said to be ``taken`` is the tested one when the stated groups hold no
      treatment under test (only a control): the best supported such treatment, if one is best;
      beside a stated tested treatment it is a background or competitor drug;
    - when nothing is stated, every supported label is an arm;
    - a label whose only evidence is of an ``alternatives_only`` kind (``X or Y`` in news: the
      options in general) is no arm when another label has evidence of another kind;
    - fewer than ``min_named_arms`` stated labels and no comparator named: every candidate is an
      arm (the others may be the comparator).
    """
    weights = _evidence_weights()
    kinds: dict[str, set[str]] = {}
    for key, found in assigned.items():
        kinds[key] = {how for _, _, how in found}
        if any(how == "taken" and _with_a_rate(doc, mention) for mention, _, how in found):
            kinds[key].add("reported")  # "74% of the children taking a placebo felt better": a group's result
        if any(_n_after(doc, mention) is not None for mention, _, _ in found):
            kinds[key].add("sized")
    control = {key: found[0][0].label_ == "CONTROL" for key, found in assigned.items()}
    inert = {key for key in assigned if control[key] and is_inert(key)}
    roles = {key: {"role": "control" if control[key] else "experimental"} for key in assigned}
    for key, kept in _same_arms(roles).items():  # "chemo alone" and "the chemo-alone group": one arm
        kinds[key] = kinds[kept] = kinds[key] | kinds[kept]
    alternatives = set(weights.get("alternatives_only", ()))
    if any(found - alternatives for found in kinds.values()):
        kinds = {key: found for key, found in kinds.items() if found - alternatives}
    elif not is_abstract(doc):
        return []  # news naming treatments only as options ("whether to try X or Y"): no group of a trial
    scores = {key: sum(weights["kinds"].get(kind, 0.0) for kind in found) for key, found in kinds.items()}
    strong = {key for key, score in scores.items() if score >= weights["min_score"]}
    if not strong:
        return list(kinds)
    weak_tested = [key for key in kinds if key not in strong and not control[key]]
    if all(control[key] for key in strong) and weak_tested:
        best = max(scores[key] for key in weak_tested)
        top = [key for key in weak_tested if scores[key] == best]
        if len(top) == 1:  # the one treatment said to be taken beside a stated control: the tested one
            strong.add(top[0])
    if len(strong) < min_named_arms and not any(control[key] for key in kinds):
        return list(kinds)  # one stated treatment and no comparator named: the others may be it
    return [key for key in kinds if key in strong or key in inert]


def _within_cap(doc: Doc, assigned: dict[str, list[tuple[Span, str, str]]], keys: list[str],
                max_arms: int) -> list[str]:
    """The supported labels ``keys`` a record holds, at most ``max_arms``, in their order. Where
    there are more, the labels named as groups (``group_kinds`` of ``patterns/arm_evidence.json``:
    ``the X arm``, ``36% in the X group compared with ...``) are kept before the
    others: an abstract that lists the drugs of every regimen (``six courses of cyclophosphamide,
    doxorubicin, and 5-fluorouracil followed by tamoxifen``) before it names its second arm (``the
    STD arm``) keeps that arm, not the sixth drug. Abstracts only: a news story names its groups
    in passing as often as the treatments it tests (``the control group``), and keeps text order."""
    if len(keys) <= max_arms or not is_abstract(doc):
        return keys[:max_arms]
    group_kinds = frozenset(_evidence_weights().get("group_kinds", ()))

    def as_group(key: str) -> bool:
        return any(how in group_kinds for _, _, how in assigned[key])

    kept = set(sorted(keys, key=lambda key: not as_group(key))[:max_arms])  # a stable sort: text order within each
    return [key for key in keys if key in kept]


def extract(doc: Doc, settings: Settings = DEFAULTS) -> None:
    state(doc)[ARMS_CAP] = settings.max_arms
    found = mentions(doc)
    labels_read: dict[tuple[int, int, str], str] = {}

    def label(span: Span) -> str:  # :func:`label_of`, read once per place and label (asked some four times a mention)
        key = (span.start, span.end, span.label_)
        read = labels_read.get(key)
        if read is None:
            read = labels_read[key] = label_of(span)
        return read

    long_forms = {short.text: short.label_ for short in spans(doc, "ABBREVIATION")}
    extents = [_label_extent(doc, mention) for mention in found]  # "whole grain diet", not "grain diet"
    longer: dict[str, set[str]] = {}
    for mention, extent in zip(found, extents):
        if extent is not mention:
            longer.setdefault(label(mention).lower(), set()).add(label(extent).lower())
    modified = {label(mention).lower() for mention, extent in zip(found, extents)  # "traditional Chinese acupuncture"
                if extent is mention and mention.label_ in _EXTENT_LABELS and mention.start > sent(mention).start
                and not _opens_phrase(doc, mention.start - 1, mention.start)
                and not any(long.endswith(f"{doc[mention.start - 1].lower_} {label(mention).lower()}")
                            for long in longer.get(label(mention).lower(), ()))}
    extents = [mention if len(longer.get(label(mention).lower(), ())) > 1 or label(mention).lower() in modified
               else extent  # "a deep-tissue massage" beside "a light-touch massage", or "unroasted coffee" beside
               for mention, extent in zip(found, extents)]  # "unprocessed coffee": which kind is an arm is not told
    own_labels = [label(extent) for extent in extents]
    short_of = {own.lower(): label(mention) for mention, extent, own in zip(found, extents, own_labels)
                if extent is not mention}
    written = {own.lower() for own in own_labels}
    for extent, own in zip(extents, own_labels):  # "fish-oil supplements" found whole names "fish-oil" too
        named = _without_product_head(extent)
        if named is not None and own.lower() not in short_of and label(named).lower() in written:
            short_of[own.lower()] = label(named)
    extent_of = {(mention.start, mention.end): extent for mention, extent in zip(found, extents) if extent is not mention}
    labels = _usual_spellings(extents, own_labels)
    alias = _aliases(doc, found)
    wider = _one_wider_name(short_of)
    group_of = _name_groups(extents, own_labels, {**alias, **{short: long for short, long in wider.items() if short not in alias}})
    group_of = {name: wider.get(main, main) if wider.get(main) in group_of else main for name, main in group_of.items()}
    # a name with others, or a dictionary drug, as the article writes it (``Ozempic``); else as found
    as_written = {group_of[own.lower()] for mention, own in zip(found, own_labels)
                  if mention.label_ == "DRUG" and "dictionary" in DRUG_SOURCES and drug_vocab.generic_of(mention.text)}
    as_written |= {main for main, size in Counter(group_of.values()).items() if size > 1}
    all_mentions = [(mention, labels[group_of[own.lower()]] if group_of[own.lower()] in as_written else own)
                    for mention, own in zip(found, own_labels)]
    heads, members, short_forms, tested_of = _combination_mentions(doc, found, all_mentions, long_forms)
    titled: list[tuple[Span, str]] = []  # named in the title but not assigned in the text
    assigned: dict[str, list[tuple[Span, str, str]]] = {}  # each label's assigned mentions, with how
    sentences = _Sentences(doc, found)
    title = _trial_title(doc)
    against = _against_backbones(doc, all_mentions, heads, sentences)
    for mention, label in all_mentions:
        if _not_an_arm(label) and _n_after(doc, mention) is None:
            continue  # a bare "weeks" or "combination" is no arm, unless the article gives its size
        how = _assignment(doc, mention, found, sentences)
        if how is None and mention.start in heads:  # a combination: its first treatment's own context
            how = _assignment(doc, heads[mention.start], found, sentences)
        if how is None and mention.start in against:
            how = "set-against"  # "X combined with chemotherapy ... compared to chemotherapy alone"
        if how is None:
            if _named_in_title(doc, title, mention) and not _added_to_another(doc, mention, found, sentences.starts):
                titled.append((mention, label))
            continue
        assigned.setdefault(label.lower(), []).append((mention, label, how))
    arms: dict[str, dict] = {}
    for key in _within_cap(doc, assigned, _supported(doc, assigned, settings.min_named_arms), settings.max_arms):
        mention, label, how = assigned[key][0]
        extent, named = _extent_holding(label, extent_of.get((mention.start, mention.end), mention), mention,
                                        zip(found, extents))
        _add_arm(doc, arms, extent, label,
                 [labels[other] for other in _members(group_of, key) if other != key], long_forms, how, named=named)
    if arms and all(arm["role"] == "control" for arm in arms.values()) and not is_abstract(doc):
        subject = _subject(doc, all_mentions, sentences)
        if subject is not None and subject[1].lower() not in arms:  # "the treatment and placebo groups" of a story about one drug
            mention, label = subject
            _add_arm(doc, arms, extent_of.get((mention.start, mention.end), mention), label,
                     [labels[other] for other in _members(group_of, label.lower()) if other != label.lower()],
                     long_forms, "most-named", named=mention)
            arms = {label.lower(): arms.pop(label.lower()), **arms}  # the tested arm first, as reports name it
    if not arms and not is_abstract(doc) and (cue_sentences := _one_group_sentences(doc)):
        subject = _subject(doc, all_mentions, sentences)
        if subject is not None and any(label.lower() == subject[1].lower() and sent(mention).start in cue_sentences
                                       for mention, label in all_mentions):
            # "the phase 1 clinical trial of X": every patient got the one treatment it names most
            mention, label = subject
            _add_arm(doc, arms, extent_of.get((mention.start, mention.end), mention), label,
                     [labels[other] for other in _members(group_of, label.lower()) if other != label.lower()],
                     long_forms, "single-group", named=mention)
    named_arms = [arm for arm in arms.values() if arm["label"].lower() not in _generic_labels()]
    if len(named_arms) < settings.min_named_arms:
        for mention, label in titled:  # the text names too few treatments: the title's are arms too
            if label.lower() not in arms and len(arms) < settings.max_arms:
                _add_arm(doc, arms, extent_of.get((mention.start, mention.end), mention), label,
                         [labels[other] for other in _members(group_of, label.lower()) if other != label.lower()],
                         long_forms, named=mention)
    for key in _headline_only(doc, arms, found):
        del arms[key]
    for key, arm in arms.items():  # the shorter name the article also gives the treatment stays its alias
        short = short_of.get(key)
        if short is not None and short.lower() != key and short not in arm["aliases"]:
            arm["aliases"].append(short)
    for key, shorts in short_forms.items():
        if key in arms:
            arms[key]["aliases"] += [short for short in shorts if short not in arms[key]["aliases"]]
            arms[key]["intervention"] = tested_of.get(key, arms[key]["intervention"])  # the treatment it tests
    spelled_out = {short.lower(): long.lower() for short, long in long_forms.items()}
    same = _same_by_short_names(doc, arms, short_of, spelled_out)
    for key, kept in same.items():
        if (_spelled_out(key, spelled_out) == _spelled_out(kept, spelled_out) and key != kept.replace("-", " ")) \
                or _kind_number_of(arms, key, kept) or _kind_named_after(arms, kept, key) \
                or _kinds_of_one_name(arms, key, kept):
            arms[kept]["aliases"].append(arms[key]["label"])  # "ACL repair" is also "anterior cruciate ligament repair"
            arms[kept]["aliases"] += [alias for alias in arms[key]["aliases"] if alias not in arms[kept]["aliases"]]
    for key in same:
        del arms[key]
    for key, kept in _swapped_combinations(arms).items():  # "tamoxifen plus irradiation" is "irradiation plus tamoxifen"
        _merge_arm(arms, same, key, kept)
    for key, kept in _added_parts_of_combinations(arms).items():  # "the palbociclib group" of "X plus palbociclib"
        _merge_arm(arms, same, key, kept)
    keyed_mentions: list[Span] = []
    for i, (mention, label) in enumerate(all_mentions):
        arm = arms.get(same.get(label.lower(), label.lower()))
        if arm is None or i in members:
            continue  # a treatment added to another names the combination's arm, not its own
        found_n = _n_after(doc, mention)
        if found_n and arm["n"] is None:
            arm["n"] = found_n[0]
            arm["evidence"] = evidence((mention.start_char, found_n[1].end_char), doc, rule="arm-n-equals")
        keyed_mentions.append(Span(doc, mention.start, mention.end, label=arm["label"]))
    keyed_mentions += _other_occurrences(doc, keyed_mentions, found)
    dosed, drug_of_arm = _dose_arms(doc, arms, keyed_mentions, all_mentions, sentences, max_arms=settings.max_arms)
    if not drug_of_arm:  # no doses by amount: strengths by word ("high doses of X ... lower doses")
        dosed, drug_of_arm = _strength_arms(doc, arms, keyed_mentions, all_mentions, sentences,
                                            max_arms=settings.max_arms)
    if drug_of_arm:  # a drug given in doses is an arm too: every other place it is named
        named = [Span(doc, m.start, m.end, label=drug_of_arm.get(m.label_, m.label_)) for m in dosed]
        keyed_mentions = dosed + _other_occurrences(doc, named, found)
    # the drug whose doses are arms: the record lists it only if a value is reported for its doses
    # pooled (assemble.py drops it otherwise), as a report of separate doses lists the doses
    state(doc)[POOLED_ARMS] = sorted({arms[drug.lower()]["label"] for drug in drug_of_arm.values()
                                        if drug.lower() in arms})
    keyed_mentions += _combination_references(doc, keyed_mentions, arms, all_mentions, heads)
    keyed_mentions += _combination_orders(doc, keyed_mentions, arms)
    keyed_mentions = _alone_in_combination(doc, keyed_mentions, arms)
    keyed_mentions += _references(doc, keyed_mentions, arms)
    keyed_mentions += _name_variants(doc, keyed_mentions, arms)
    keyed_mentions = _kind_word_names(doc, arms, keyed_mentions)
    doc.spans["ARM_MENTION"] = sorted(keyed_mentions, key=lambda m: m.start)
    _set_up_options(doc, arms, settings.max_arms)
    _define_lettered(doc, arms, found)
    settle_roles(doc, list(arms.values()))  # the comparator the text names as such (facts/roles.py)
    _comparator_role(list(arms.values()))
    _stated_sides(doc, arms)
    _side_words_of_named_arms(doc, arms)
    _regimen_words_of_dose_arms(doc, arms)
    _set_up_short_names(doc, arms)
    _control_side_mentions(doc, arms)
    state(doc)["arms"] = list(arms.values())


def _combination_mentions(doc: Doc, found: list[Span], all_mentions: list[tuple[Span, str]],
                          long_forms: dict[str, str]) -> tuple[dict[int, Span], set[int], dict[str, list[str]], dict[str, str]]:
    """Put each combination the article names in place of its first treatment in ``all_mentions``
    (``Keytruda plus chemotherapy``, from ``Keytruda`` to ``chemotherapy``), under the first
    treatment's label, or under its own words when the article also gives that first treatment
    alone (``chemotherapy plus X`` beside ``chemotherapy alone``: the combination is an arm of its
    own, not the backbone's), adds different treatments to it (``X plus Y`` and ``X plus
    placebo``: two arms on one backbone) or gives the combination a short form (``X plus Y (XY)``). Returns the first treatment of each combination by the start of
    the whole, the indices of the treatments added (no arms of their own there), and the short
    forms of the combinations labelled by their words (``EP`` for ``exemestane plus placebo``) and
    the treatment each tests (its part not also given alone: ``DEX`` of ``chemotherapy plus DEX``,
    as its long form), for the arm's ``intervention``."""
    alone_bases = [base for base in (_alone_base(label.lower()) for _, label in all_mentions) if base]
    written_alone = alone_bases + [label.lower() for mention, label in all_mentions
                                   if _ALONE_AFTER.match(text_of(doc), mention.end_char)]  # "acupuncture alone"
    combos = _combinations(doc, found, alone_bases, written_alone)
    if not combos:
        return {}, set(), {}, {}
    added_to: dict[str, set[str]] = {}  # each first treatment's combinations, by what is added
    for head, last in combos.items():
        added = " ".join(all_mentions[j][1].lower() for j in range(head + 1, last + 1))
        added_to.setdefault(all_mentions[head][1].lower(), set()).add(added)
    heads: dict[int, Span] = {}
    members: set[int] = set()
    written: dict[str, str] = {}  # the combinations that are arms of their own, by their words
    named = {long.lower() for long in long_forms.values()}  # a combination given a short form: "X plus Y (XY)"
    short_forms: dict[str, list[str]] = {}  # their short forms ("EP"), by label
    tested_of: dict[str, str] = {}  # the treatment each tests: the part not also given alone
    for head, last in combos.items():
        mention, label = all_mentions[head]
        whole = _combined(doc, found[head], found[last])
        if mention.label_ != "CONTROL" and (_is_backbone(label.lower(), written_alone) or len(added_to[label.lower()]) > 1
                                            or whole.text.lower() in named):
            label = " plus ".join(all_mentions[j][1] for j in (head, *range(head + 1, last + 1)))
            # beside "chemotherapy alone"; "X plus Y" and "X plus placebo"; "X plus Y (XY)": one label
            # however the article joins them ("X + Y", "X combined with Y")
            written[whole.text.lower()] = label
            tested = next((found[j] for j in (head, *range(head + 1, last + 1))
                           if not _is_backbone(all_mentions[j][1].lower(), written_alone)), found[head])
            short_forms.setdefault(label.lower(), [])
            tested_of[label.lower()] = long_forms.get(tested.text, tested.text)  # "DEX" of "chemotherapy plus DEX"
        all_mentions[head] = (whole, label)
        heads[whole.start] = found[head]
        members.update(range(head + 1, last + 1))
    for i, (mention, label) in enumerate(all_mentions):  # "exemestane plus placebo (EP)": EP is that arm
        if long_forms.get(mention.text, "").lower() in written:
            all_mentions[i] = (mention, written[long_forms[mention.text].lower()])
            short_forms.setdefault(all_mentions[i][1].lower(), [])
            if mention.text not in short_forms[all_mentions[i][1].lower()]:
                short_forms[all_mentions[i][1].lower()].append(mention.text)
    return heads, members, short_forms, tested_of


def _is_backbone(key: str, alone_bases: list[str]) -> bool:
    """Whether the arm key names a treatment the article also writes as given alone."""
    return any(base == key or _clipped(base, key) for base in alone_bases)


@cache
def _comparison_cue() -> re.Pattern[str]:
    """A word of ``patterns/comparator_cues.txt`` (``compared with``, ``versus``, ``than``)."""
    cues = sorted(load_lexicon("comparator_cues.txt"), key=len, reverse=True)
    return compile_pattern(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues) + r")(?![\w-])")


def _against_backbones(doc: Doc, all_mentions: list[tuple[Span, str]], heads: dict[int, Span],
                       sentences: _Sentences) -> set[int]:
    """``Keytruda combined with chemotherapy extended survival compared to chemotherapy alone``: a
    combination whose sentence sets it, after a comparison cue, against a treatment it holds given
    alone. Returns the starts of both mentions (each ``set-against`` the other)."""
    found: set[int] = set()
    text = text_of(doc)
    for whole, _ in all_mentions:
        if whole.start not in heads or whole.id_ != "combination":
            continue
        in_sentence = sentences.mentions(sent(whole))
        parts = [label_of(m).lower() for m in in_sentence if whole.start <= m.start and m.end <= whole.end]
        for other in in_sentence:
            base = _alone_base(label_of(other).lower()) if other.start >= whole.end else None
            if base is not None and _is_backbone(base, parts) \
                    and _comparison_cue().search(text[whole.end_char:other.start_char]):
                found.update((whole.start, other.start))
                break
    return found


def _combination_references(doc: Doc, keyed: list[Span], arms: dict[str, dict],
                            all_mentions: list[tuple[Span, str]], heads: dict[int, Span]) -> list[Span]:
    """``the combination group``, ``those who got both`` (``patterns/combination_references.txt``):
    mentions of the arm of the one combination the article names (not an inert control's:
    ``placebo plus prednisone`` is the placebo arm)."""
    labels = {label for mention, label in all_mentions if mention.start in heads and mention.label_ != "CONTROL"}
    combined = [arms[label.lower()]["label"] for label in labels if label.lower() in arms]
    if len(combined) != 1:
        return []
    text = text_of(doc)
    places = find_words(text, sorted(load_lexicon("combination_references.txt"), key=len, reverse=True),
                        lower=TEXT_LOWER)
    return _new_mentions(doc, keyed, places, lambda start, end, span: combined[0])


#: The words that join the two treatments of a combination arm's name (``X plus Y``).
COMBINATION_JOINERS = "combination_order_joiners.txt"


def _combination_parts(label: str) -> tuple[str, str] | None:
    """The two treatments of a combination arm's label joined by one word of
    :data:`COMBINATION_JOINERS` (``breast irradiation plus tamoxifen``), lower-cased, or ``None``."""
    joiners = "|".join(longest_words_first(re.escape(word) for word in word_set(COMBINATION_JOINERS)))
    parts = re.split(rf"\s+(?:{joiners})\s+", " ".join(label.lower().split()))
    return (parts[0], parts[1]) if len(parts) == 2 and all(parts) else None


def _merge_arm(arms: dict[str, dict], same: dict[str, str], key: str, kept: str) -> None:
    """Fold the arm ``key`` into the arm ``kept``: its label and aliases become ``kept``'s aliases,
    and every name ``same`` maps to ``key`` is mapped to ``kept``, so no mention is left pointing at
    the deleted arm."""
    arms[kept]["aliases"] += [name for name in (arms[key]["label"], *arms[key]["aliases"]) if name not in arms[kept]["aliases"]]
    del arms[key]
    for other, target in same.items():
        if target == key:
            same[other] = kept
    same[key] = kept


def _added_parts_of_combinations(arms: dict[str, dict]) -> dict[str, str]:
    """Each arm named by what one combination arm adds to a backbone that two or more combination
    arms share (``palbociclib`` and ``placebo`` beside ``letrozole plus palbociclib`` and ``letrozole
    plus placebo``; the backbone first or last), by its key, to that combination's key: the trial's
    groups differ only by what was added, so ``the palbociclib group`` is the combination's group,
    not one of its own. Not where the added treatment is also given alone (an arm ``X alone``) or
    added in more than one combination."""
    combos = {key: parts for key, arm in arms.items()
              if (parts := _combination_parts(arm["label"])) is not None and parts[0] != parts[1]}
    shared = Counter(part for parts in combos.values() for part in set(parts))
    alone = {base for key in arms if (base := _alone_base(key)) is not None}
    added_in: dict[str, list[str]] = {}
    for key, (first, second) in combos.items():
        backbones = [part for part in (first, second) if shared[part] >= 2]
        if len(backbones) != 1:
            continue
        added = second if backbones[0] == first else first
        added_in.setdefault(added, []).append(key)
    return {added: keys[0] for added, keys in added_in.items()
            if len(keys) == 1 and added in arms and added not in combos and added not in alone
            and shared[added] == 1}


def _swapped_combinations(arms: dict[str, dict]) -> dict[str, str]:
    """Each arm whose label names the same two treatments as an earlier arm's in the other order
    (``capecitabine plus radiotherapy`` after ``radiotherapy plus capecitabine``), by its key, to
    that earlier arm's key: one group named twice."""
    first: dict[frozenset[str], str] = {}
    swapped: dict[str, str] = {}
    for key, arm in arms.items():
        parts = _combination_parts(arm["label"])
        if parts is None or parts[0] == parts[1]:
            continue
        kept = first.setdefault(frozenset(parts), key)
        if kept != key:
            swapped[key] = kept
    return swapped


#: Words after a treatment that make it the first of a combination (``tamoxifen plus radiotherapy``).
ALONE_COMBINATION_JOINERS = "alone_combination_joiners.txt"


def _alone_in_combination(doc: Doc, keyed: list[Span], arms: dict[str, dict]) -> list[Span]:
    """``keyed`` with each mention of an arm given one treatment alone (``tamoxifen alone``) that is
    written as the first treatment of a combination (``0.4% with tamoxifen plus radiotherapy``) given
    instead to the one combination arm that holds that treatment (``breast irradiation plus
    tamoxifen``), or dropped when no such arm is one alone: the treatment alone is no combination."""
    alone = word_set(ALONE_WORDS)
    joiners = word_set(ALONE_COMBINATION_JOINERS)
    treatment_of = {}
    for arm in arms.values():
        words = arm["label"].lower().split()
        if len(words) >= 2 and words[-1] in alone:
            treatment_of[arm["label"]] = " ".join(words[:-1])
    if not treatment_of:
        return keyed
    kept = []
    for mention in keyed:
        treatment = treatment_of.get(mention.label_)
        after = doc[mention.end:mention.end + 2]
        if treatment is None or mention.text.lower() != treatment or len(after) < 2 \
                or after[0].lower_ not in joiners or not after[1].is_alpha or after[1].lower_ in ("or", "and"):
            kept.append(mention)
            continue
        holders = [arm["label"] for arm in arms.values()
                   if (parts := _combination_parts(arm["label"])) is not None and treatment in parts]
        if len(holders) == 1:
            kept.append(Span(doc, mention.start, mention.end, label=holders[0]))
    return kept


def _combination_orders(doc: Doc, keyed: list[Span], arms: dict[str, dict]) -> list[Span]:
    """The places the article names a combination arm (``breast irradiation plus tamoxifen``) with its
    two treatments in the other order, or each by its last word (``the group given tamoxifen plus
    irradiation``): a mention of that arm, written over the mention of the one treatment that is an
    arm of its own (``tamoxifen alone``). A form counts only when it is one arm's alone and no
    other arm's label."""
    labels = {" ".join(arm["label"].lower().split()) for arm in arms.values()}
    owners: dict[str, set[str]] = {}
    for arm in arms.values():
        parts = _combination_parts(arm["label"])
        if parts is None:
            continue
        first, second = ({part, part.split()[-1]} for part in parts)
        for joiner in word_set(COMBINATION_JOINERS):
            for one, other in ((first, second), (second, first)):
                for a in one:
                    for b in other:
                        if a != b and min(len(a), len(b)) >= MIN_NAME_CHARS:
                            owners.setdefault(f"{a} {joiner} {b}", set()).add(arm["label"])
    forms = {form: next(iter(owner)) for form, owner in owners.items() if len(owner) == 1 and form not in labels}
    if not forms:
        return []
    places = find_words(text_of(doc), sorted(forms, key=len, reverse=True), lower=TEXT_LOWER)
    return _new_mentions(doc, keyed, places, lambda start, end, span: forms.get(" ".join(span.text.lower().split())))


#: The fewest times a story names a treatment for it to be the one a placebo-controlled trial
#: tested when no sentence assigns it (a news story names its subject again and again).
MIN_SUBJECT_MENTIONS = 3


#: How often a story writes a name for its bare head noun (``the diet``) to count for it.
MIN_HEADED_MENTIONS = 2


def _opens_clause(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """Whether a word is capitalised as the first of a sentence, a bracket or a quote: ``(Elagolix is
    available in two doses``, ``“[Elagolix] doesn't``."""
    i = token.i
    while i > 0 and (token.doc[i - 1].is_left_punct or token.doc[i - 1].is_quote or token.doc[i - 1].text == "["):
        i -= 1
    return token.doc[i].is_sent_start or i < token.i


def _subject(doc: Doc, all_mentions: list[tuple[Span, str]], sentences: _Sentences) -> tuple[Span, str] | None:
    """The treatment a story is about: the one named most often, outside sentences about other
    studies, at least :data:`MIN_SUBJECT_MENTIONS` times and more often than any other (not a
    control, a generic group or a word of ``patterns/not_arms.txt``, nor said to be absent: ``without
    surgery``, nor a capitalised word of a name: ``Lasers in Surgery and Medicine``); its first
    mention and label. A bare treatment noun (``the diet``, ``the device``: a word of
    ``intervention_heads.txt`` or ``product_nouns.txt``) counts for the name it heads that the story
    writes most, in lower case and at least :data:`MIN_HEADED_MENTIONS` times (``fasting-mimicking
    diet``; not a name such as ``Thoracic Surgery``), when one does. In a story whose only stated group is
    its inert control (``14 percent of placebo patients``, ``the
    treatment and placebo groups``), it is the tested arm."""
    counts: Counter[str] = Counter()
    first: dict[str, tuple[Span, str]] = {}
    for mention, label in all_mentions:
        key = label.lower()
        if mention.label_ == "CONTROL" or key in _generic_labels() or _not_an_arm(label) \
                or sentences.other_study(sent(mention)) \
                or _absent_control().search(text_of(doc)[max(0, mention.start_char - AGAINST_CHARS):mention.start_char]):
            continue  # not "Targeting fat without surgery"
        if label == key and mention[0].text[:1].isupper() and not _opens_clause(mention[0]):
            continue  # a word of a name: "the Society of Dermatologic Surgery", "Lasers in Surgery and Medicine"
        counts[key] += 1
        first.setdefault(key, (mention, label))
    for key in [key for key in counts if key in _heads() | word_set("product_nouns.txt")]:
        named = [other for other in counts if other != key and other.split()[-1] == key
                 and first[other][1] == other and counts[other] >= MIN_HEADED_MENTIONS]  # not "Thoracic Surgery"
        best = max((counts[other] for other in named), default=0)
        if best and sum(counts[other] == best for other in named) == 1:  # "the diet" of a "fasting-mimicking diet"
            counts[next(other for other in named if counts[other] == best)] += counts.pop(key)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_SUBJECT_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return first[ranked[0][0]]


SINGLE_GROUP_PHASES = "single_group_phases.txt"


def _one_group_sentences(doc: Doc) -> set[int]:
    """The sentences (their first token) that describe a trial giving one treatment to every
    patient: a phase of ``patterns/single_group_phases.txt`` (a first, dose-finding trial: ``phase
    1``, ``phase I/II``) or ``single-arm`` (the trial fact's readings: ``facts/trial.py``)."""
    phases = word_set(SINGLE_GROUP_PHASES)
    found = {sent(span).start for span in spans(doc, "PHASE") if trial_fact.phase_of(doc, span) in phases}
    return found | {sent(span).start for span in trial_fact.single_arm_spans(doc)}


def _headline_only(doc: Doc, arms: dict[str, dict], found: list[Span]) -> list[str]:
    """The arms of a news story first named in its title (its first line) whose label and aliases
    the text after the title never writes, when that text names treatments of its own: a headline's
    own wording (``Scalpel-Free Surgery``, ``Opioids vs. non-opioid analgesics``), where the story
    names its groups in other words; the record names arms as the article's text does. A text that
    names no treatment (``assigned to the intervention or a control group``) leaves its title's."""
    if is_abstract(doc) or not len(doc):
        return []
    title = sent(doc[0])
    if not any(m.start_char >= title.end_char and m.label_ != "CONTROL" and not _not_an_arm(label_of(m))
               and label_of(m).lower() not in _generic_labels() for m in found):
        return []
    body = text_of(doc)[title.end_char:]
    return [key for key, arm in arms.items() if arm["evidence"]["start"] < title.end_char
            and not any(re.search(rf"(?i)(?<!\w){re.escape(name)}(?!\w)", body) for name in [arm["label"], *arm["aliases"]])]


def _spelled_out(key: str, long_forms: dict[str, str]) -> str:
    """An arm key with its short forms written out and hyphens as spaces: ``sij fusion`` ->
    ``sacroiliac joint fusion``, ``chemo-alone`` -> ``chemo alone``."""
    return " ".join(long_forms.get(word, word) for word in key.replace("-", " ").split())


#: The shortest clipped word read as its full word (``chemo`` for ``chemotherapy``).
MIN_CLIP_CHARS = 5
#: The most letters after the stem of an ``X-therapy`` word in a word of the same treatment
#: (``hypn-osis`` for ``hypnotherapy``, ``radi-ation`` for ``radiotherapy``; not ``psych-oeducation``).
MAX_THERAPY_SIBLING_TAIL = 5
_THERAPY = "therapy"


def _same_word(first: str, second: str) -> bool:
    """One word and its clipped form (``chemo``, ``chemotherapy``) or its ``-therapy`` form
    (``hypnosis``, ``hypnotherapy``; ``radiation``, ``radiotherapy``)."""
    if first == second:
        return True
    short, long = sorted((first, second), key=len)
    if len(short) >= MIN_CLIP_CHARS and long.startswith(short) and long[len(short):] == _THERAPY:
        return True
    for word, other in ((first, second), (second, first)):
        stem = word[:-len(_THERAPY)]
        stem = stem[:-1] if stem[-1:] in ("a", "e", "i", "o", "u") else stem  # "hypno-" -> "hypn"
        if word.endswith(_THERAPY) and len(stem) >= MIN_STEM_CHARS and not other.endswith(_THERAPY) \
                and other.startswith(stem) and len(other) - len(stem) <= MAX_THERAPY_SIBLING_TAIL:
            return True
    return False


def _clipped(key: str, other: str) -> bool:
    """Two labels that differ only by a clipped or ``-therapy`` form of a word: ``chemo alone`` and
    ``chemotherapy alone``, ``hypnosis`` and ``hypnotherapy``."""
    words, others = key.split(), other.split()
    return len(words) == len(others) and key != other and all(_same_word(a, b) for a, b in zip(words, others))


def _same_arms(arms: dict[str, dict], long_forms: dict[str, str] | None = None, *,
               side_by_side: frozenset[frozenset[str]] = frozenset()) -> dict[str, str]:
    """Keys that name an arm already listed: a word and its derived form (``stent``, ``stenting``),
    a treatment and its sessions (``acupuncture sessions``), one name with its short form written
    out or with a hyphen (``ACL repair``, ``anterior cruciate ligament repair``; ``chemo-alone``), a
    treatment beside the same treatment ``alone`` (the combination's backbone is not an arm of its
    own), a generic ``control`` beside the specific control (``placebo``, ``usual care``), or a
    second inert control beside the first (``placebo`` and ``sham treatment``).
    ``long_forms`` maps each lower-cased short form of the article to its lower-cased long form;
    ``side_by_side`` holds the pairs of keys one sentence names together (two forms set side by side,
    ``a mindfulness program, a mindfulness app or usual care``, are two arms)."""
    long_forms = long_forms or {}
    same: dict[str, str] = {}
    keys = list(arms)
    spelled = {key: _spelled_out(key, long_forms) for key in keys}
    for key in keys:
        for other in keys:
            if other == key or other in same or key in same:
                continue
            if len(other) >= MIN_STEM_CHARS and key.startswith(other) and key[len(other):] in _DERIVED_ENDINGS:
                same[key] = other
            elif key.startswith(other + " ") and key[len(other) + 1:] in _heads():
                same[key] = other  # "acupuncture sessions" are the acupuncture arm
            elif other.startswith(key + " ") and _letter_or_number(arms[other].get("label", other)[len(key) + 1:]):
                same[key] = other  # "the vitamin group" is the vitamin D arm
            elif " " in key and other.endswith(" " + key) and " " not in other[:-len(key) - 1] \
                    and other[:-len(key) - 1] not in word_set(JOINING_WORDS) and other[:-len(key) - 1] not in _not_modifiers():
                same[other if keys.index(key) < keys.index(other) else key] = key if keys.index(key) < keys.index(other) \
                    else other  # "the balloon procedure" is the "sinus balloon procedure" arm
            elif (spelled[key] == spelled[other] or _clipped(key, other)) and keys.index(other) < keys.index(key):
                same[key] = other  # "hypnotherapy" and "hypnosis", "chemo" and "chemotherapy"
            elif key.endswith(" alone") and (key == other + " alone" or _clipped(key[:-len(" alone")], other)):
                same[other] = key  # "chemotherapy" beside "chemotherapy alone" or "chemo alone"
            elif _participle_of(key, other) or _kind_number_of(arms, key, other):
                same[key] = other  # "the ginger-fed mice" are the ginger arm; "vitamin D3" is the vitamin D arm
            elif _kind_named_after(arms, key, other):
                same[other] = key  # "insulin" beside "insulin detemir": the arm under the name said in full
            elif _bare_word_of(keys, key, other):
                same[key] = other  # "the app group" is the "smartphone app" arm, "the sham group" "sham acupuncture"
    for key in keys:  # then "SIJ implant procedure" is the "SIJ fusion" arm, with what named it
        kept = next((other for other in keys[:keys.index(key)] if other not in same and key not in same
                     and frozenset((key, other)) not in side_by_side and _kinds_of_one_name(arms, key, other)), None)
        if kept is not None:
            same.update({named: kept for named, arm in same.items() if arm == key})
            same[key] = kept
    controls = [k for k in keys if arms[k]["role"] == "control" and k not in same]
    if "control" in controls and len(controls) > 1:
        same["control"] = next(k for k in controls if k != "control")
    inert = [k for k in controls if k not in same and is_inert(k) and not _is_standing_control(k)]
    kept = PLACEBO if PLACEBO in inert else inert[0] if inert else None
    for key in inert:
        if key != kept:
            same[key] = kept  # "placebo" and "the sham treatment" of one story: one inert comparator
    return same


#: Words that join two treatments into a combination: ``plus standard therapy`` is not ``standard therapy``.
JOINING_WORDS = "name_joining_words.txt"


def _bare_word_of(keys: list[str], key: str, other: str) -> bool:
    """Whether the one-word label ``key`` is the other arm's name cut to its kind: the head noun
    of ``other`` (``app`` of ``smartphone app``, ``vaccine`` of ``Ebola vaccine``: a noun of
    ``intervention_heads.txt`` or ``product_nouns.txt``), or the inert word it opens with (``sham``
    of ``sham acupuncture``; ``inert_control_words.txt``, not ``placebo``, whose arm ``placebo plus
    X`` stays). Only when no third label ends or opens so (``diet`` beside ``low-fat diet`` and
    ``Mediterranean diet`` names neither) and the words it leaves join no treatment (``chemo plus
    X``) nor mark a comparator (``no radiotherapy``, ``standard surgery``: ``comparator_words.txt``)."""
    if " " in key or "-" in key:
        return False
    if other.endswith(" " + key) and key in (_heads() | word_set("product_nouns.txt")):
        rest = other[:-len(key) - 1].split()
        holders = [k for k in keys if k != key and k.endswith(" " + key)]
    elif other.startswith(key + " ") and key in _inert_words() and key != PLACEBO:
        rest = other[len(key) + 1:].split()
        holders = [k for k in keys if k != key and k.startswith(key + " ")]
    else:
        return False
    return holders == [other] and not set(rest) & (word_set(JOINING_WORDS) | word_set("option_joiners.txt")
                                                   | word_set("comparator_words.txt"))  # not "no radiotherapy"
#: Participles joined to a treatment's name for the people given it (``ginger-fed``,
#: ``placebo-treated``, ``OVA-injected``; not ``honey-flavored``).
GIVEN_PARTICIPLES = "given_participles.txt"
#: The most digits after a kind letter that still name the same kind (``vitamin D3`` for ``vitamin D``).
MAX_KIND_DIGITS = 2


def _named_together(doc: Doc, arms: dict[str, dict]) -> frozenset[frozenset[str]]:
    """The pairs of arm keys whose labels one sentence writes both (``assigned to a mindfulness
    program, a mindfulness app or usual care``)."""
    pairs = set()
    keys = [key for key in arms if " " in key]  # only names of more than one word are read so
    text = text_of(doc)
    if len(keys) > 1 and TEXT_LOWER.reliable(text) and "\u03a3" not in text:
        # A sentence holds a key only where the article does (its lower-cased form is the
        # article's, character for character: no capital sigma, whose lower case depends on the
        # letter after it): most articles hold fewer than two.
        lower = TEXT_LOWER.lowered(text)
        keys = [key for key in keys if key in lower]
    if len(keys) < 2:
        return frozenset()
    for sentence in doc.sents:
        lower = sentence.text.lower()
        inside = [key for key in keys if key in lower]
        pairs.update(frozenset((a, b)) for i, a in enumerate(inside) for b in inside[i + 1:])
    return frozenset(pairs)


#: The most words after a shared name that may be only kinds of treatment (``implant procedure``).
MAX_KIND_WORDS = 2


def _kinds_of_one_name(arms: dict[str, dict], key: str, other: str) -> bool:
    """``SIJ fusion`` and ``SIJ implant procedure``, ``intra-arterial device`` and ``intra-arterial
    therapy``: one name followed by different words that only say what kind of treatment it is
    (each a noun of ``intervention_heads.txt`` or ``product_nouns.txt``), in two arms of the same
    role without a dose; not ``supervised aerobic exercise`` beside ``supervised resistance
    exercise`` (a word that says which), nor a shared word of ``not_modifiers.txt`` or
    ``comparator_words.txt`` (``standard procedure``, ``standard treatment``)."""
    if arms[key].get("role") != arms[other].get("role") or arms[key].get("dose") or arms[other].get("dose"):
        return False
    first, second = key.split(), other.split()
    shared = 0
    while shared < min(len(first), len(second)) and first[shared] == second[shared]:
        shared += 1
    rests = (first[shared:], second[shared:])
    kinds, generic = _variant_heads(), _generic_name_words()
    return shared > 0 and not set(first[:shared]) & generic and rests[0][-1:] != rests[1][-1:] \
        and all(0 < len(rest) <= MAX_KIND_WORDS and set(rest) <= kinds for rest in rests)


def _participle_of(key: str, other: str) -> bool:
    """``ginger-fed`` beside ``ginger``: the name of the people given a treatment, not a treatment of its own."""
    if not key.startswith(other + "-"):
        return False
    tail = key[len(other) + 1:]
    return tail in word_set(GIVEN_PARTICIPLES) and len(other) >= MIN_NAME_CHARS


def _kind_number_of(arms: dict[str, dict], key: str, other: str) -> bool:
    """``vitamin D3`` beside ``vitamin D``: a kind letter written once with its number and once without."""
    if not key.startswith(other) or " " not in other:
        return False
    tail = key[len(other):]
    last = arms[other].get("label", other).split()[-1]
    return tail.isdigit() and len(tail) <= MAX_KIND_DIGITS and _letter_or_number(last) and last.isalpha()


def _kind_named_after(arms: dict[str, dict], key: str, other: str) -> bool:
    """``insulin`` beside ``insulin detemir``, ``soy`` beside ``soy germ isoflavones``: a one-word
    name that the other arm of the same role and without a dose names in full. Not a combination
    (``acupuncture plus painkillers``), not the treatment alone (``estrogen only``), not a dose, nor
    a word of ``patterns/not_modifiers.txt`` (``aspirin therapy`` keeps its own rule)."""
    if " " in other or not key.startswith(other + " "):
        return False
    if arms[key].get("role") != arms[other].get("role") or arms[key].get("dose") or arms[other].get("dose"):
        return False
    rest = key[len(other) + 1:].replace("-", " ").split()
    stops = word_set(JOINING_WORDS) | word_set(ALONE_WORDS) | _not_modifiers()
    return bool(rest) and all(word.isalpha() and word not in stops for word in rest)
#: The longest last word of a name that says which of its kind it is (``vitamin D``, ``vitamin
#: B12``), in characters.
MAX_KIND_SUFFIX_CHARS = 4


_KIND_LETTER = compile_pattern(r"^[A-Z]\d{0,%d}$" % (MAX_KIND_SUFFIX_CHARS - 1))


def _letter_or_number(word: str) -> bool:
    """A one-word suffix that names which one of a kind: a capital letter and maybe digits (``D``,
    ``B12``, ``K2``), not a dose (``30``) or a short form (``HD``)."""
    return bool(_KIND_LETTER.match(word))


def _other_occurrences(doc: Doc, keyed: list[Span], found: list[Span]) -> list[Span]:
    """Every other place the article writes an arm's name: a drug recognised once (``a drug
    called glimepiride``) is the same arm wherever it is named again."""
    names = {m.text.lower(): m.label_ for m in keyed if len(m.text) >= MIN_NAME_CHARS}
    for name, label in list(names.items()):
        adjective = _procedure_adjective(name)
        if adjective is not None:
            names.setdefault(adjective, label)  # "the surgical patients" are the surgery arm
    if not names:
        return []
    text = text_of(doc)
    places = find_words(text, sorted(names, key=len, reverse=True), lower=TEXT_LOWER)
    return _new_mentions(doc, keyed, places, lambda start, end, span: names[text[start:end].lower()])


#: The provenance (``Span.kb_id_``) of a mention found as a variant of its arm's name.
NAME_VARIANT = "arm-name-variant"
#: The verb ending of a procedure's name and the participle the article writes for the people who
#: had it: ``stenting`` -> ``stented patients``.
_GERUND, _PARTICIPLE = "ing", "ed"
#: The words before a variant read for a negation (``those who weren't cooled``, ``not given BCG``).
NEGATION_WINDOW = 2


@cache
def _variant_heads() -> frozenset[str]:
    """Generic heads a name's distinctive part is read without: ``BCG vaccine`` -> ``BCG``
    (``patterns/intervention_heads.txt``, ``patterns/product_nouns.txt``)."""
    return _heads() | word_set("product_nouns.txt")


@cache
def _variant_cues() -> tuple[frozenset[str], frozenset[str]]:
    """(words after, phrases before) that show a variant names a group: ``stented patients``,
    ``the BCG group``; ``those receiving BCG`` (``group_name_tails``, ``described_group_people``,
    ``group_references``)."""
    after = word_set("group_name_tails.txt") | word_set("described_group_people.txt") | word_set("group_nouns.txt")
    after -= _variant_heads()  # "salvage therapy" beside the arm "salvage treatment": a treatment's name, maybe another's
    before = frozenset(p for p in word_set("group_references.txt") if " " in p)
    return after, before


def _variant_forms(label: str) -> set[str]:
    """The shorter and derived forms of an arm's label: without its generic head (``BCG vaccine``
    -> ``BCG``), and a gerund as its participle (``stenting`` -> ``stented``)."""
    words = label.lower().replace("-", " ").split()
    forms = set()
    if len(words) >= 2 and words[-1] in _variant_heads() and words[-2] not in _variant_heads():
        forms.add(" ".join(words[:-1]))
    for form in [" ".join(words), *forms]:
        *rest, last = form.split()
        if last.endswith(_GERUND) and len(last) - len(_GERUND) >= MIN_STEM_CHARS:
            forms.add(" ".join([*rest, last[:-len(_GERUND)] + _PARTICIPLE]))
    return {form for form in forms if len(form) >= MIN_NAME_CHARS and form not in _generic_labels()
            and not _not_an_arm(form) and not set(form.split()) <= _NAME_STOP}


def _name_variants(doc: Doc, keyed: list[Span], arms: dict[str, dict]) -> list[Span]:
    """The places the article names an arm by a variant of its label (:func:`_variant_forms`) as
    a group: followed by a group's noun (``the stented patients``) or after a group's reference
    (``those receiving BCG``). A variant counts only when it is one arm's alone: not a form of
    another arm's label, nor words of another arm's name; ambiguous, it is no mention."""
    labels = [arm["label"] for arm in arms.values()]
    names = {label: " " + " ".join(label.lower().replace("-", " ").split()) + " " for label in labels}
    owners: dict[str, set[str]] = {}
    for label in labels:
        for form in _variant_forms(label):
            owners.setdefault(form, set()).add(label)
    forms = {form: next(iter(owner)) for form, owner in owners.items() if len(owner) == 1
             and not any(f" {form} " in name for other, name in names.items() if other not in owner)}
    if not forms:
        return []
    after, before = _variant_cues()
    negations = word_set("group_negations.txt")
    text = text_of(doc)
    places = find_words(text, sorted(forms, key=len, reverse=True), lower=TEXT_LOWER)
    negated = {text[start:end].lower() for start, end in places if (span := doc.char_span(start, end)) is not None
               and any(t.lower_.replace("’", "'") in negations for t in doc[max(span.start - NEGATION_WINDOW, 0):span.start])}

    def variant_of(start: int, end: int, span: Span) -> str | None:
        if text[start:end].lower() in negated:
            return None  # a variant the article also negates ("those who weren't cooled") names both sides
        next_word = doc[span.end].lower_ if span.end < len(doc) else ""
        previous = " ".join(t.lower_ for t in doc[max(span.start - 2, 0):span.start])
        return forms[text[start:end].lower()] if next_word in after or previous in before else None

    return _new_mentions(doc, keyed, places, variant_of, kb_id=NAME_VARIANT)


def _procedure_adjective(name: str) -> str | None:
    """The adjective of a one-word procedure: ``surgery`` -> ``surgical``, ``laparoscopy`` ->
    ``laparoscopic``, ``endoscopy`` -> ``endoscopic``."""
    if " " in name or len(name) < MIN_STEM_CHARS + 3:
        return None
    if name.endswith("ery"):
        return name[:-3] + "ical"
    if name.endswith("scopy"):
        return name[:-1] + "ic"
    return None


def _dose_unit(text: str) -> str:
    unit = text.lower()
    for long, short in _DOSE_UNITS:
        unit = long.sub(short, unit)
    return unit


def _regimen_family(span: Span, key: str) -> str:
    """How a key splits a drug into arms: by ``dose`` (5 mg), ``frequency`` (every 2 weeks, twice
    daily) or ``course`` (12 weeks): ``twice daily for three weeks`` is one regimen, not two arms."""
    if span.label_ != "SCHEDULE":
        return "dose"
    return "frequency" if key.split()[0] in ("every", "once", "twice", "three") or key.startswith("q") else "course"


def _schedule_key(schedule: Span) -> str | None:
    """A schedule or a course as one spelling: ``every two weeks`` and ``every 2 weeks`` are
    ``every 2 weeks``; ``12 weeks of``, ``for 12 weeks`` and ``12-week`` are ``12 weeks``."""
    words = _COURSE_FRAME.sub("", schedule.text).replace("-", " ").split()
    spelled = []
    for word in words:
        number = parse_number(word) if word.lower() not in ("a", "an") else None
        spelled.append(f"{number:g}" if number is not None and not word.isupper() else word.lower())
    if spelled and spelled[-1] in ("day", "week", "month") and spelled[0] not in ("every", "once", "twice") \
            and spelled[0] != "1":
        spelled[-1] += "s"  # "12-week": 12 weeks
    return " ".join(spelled) or None


def _dose_key(dose: Span) -> str | None:
    """A dose as one spelling: ``5 milligrams`` and ``5 mg`` are ``5 mg``; ``10-mg`` is ``10 mg``;
    a dose per day is the dose (``300 mg/d``, ``300 mg/day`` and ``300 mg`` are one arm);
    a schedule or course (``every two weeks``, ``12 weeks of``) is its own spelling."""
    if dose.label_ == "SCHEDULE":
        return _schedule_key(dose)
    match = _DOSE_PARTS.match(dose.text)
    if match is None:
        return None
    number = parse_number(match.group(1))
    if number is None:
        return None
    return f"{number:g} {_dose_unit(match.group(2))}"


#: Words between a drug and a dose that make the dose another drug's: ``5 mg of alendronate and
#: 0.5 ug of calcitriol``.
DOSE_JOINERS = "dose_joiners.txt"
#: A group of the trial given a dose, one after another: ``One group took 200 mg of X daily,
#: another got 400 mg of X``; within this many characters before the dose.
GROUP_GIVEN_CHARS = 40
_GROUP_GIVEN_BEFORE = compile_pattern(rf"(?i)\b{phrase_regex('group_given_before.txt')}"
                                      rf"(?:\s+(?:group|arm))?\s+{phrase_regex('group_given_verbs.txt')}\s+(?:a\s+|an\s+)?$")


#: Nouns announcing a list of one treatment's doses (``at one of three doses: 50, 100 or 250
#: micrograms``), tokens allowed between listed doses, and words making a dose a later step of one
#: regimen (``15 mg for 21 days, then 20 mg``).
DOSE_LIST_CUES = "dose_list_cues.txt"
DOSE_LIST_SEPARATORS = "dose_list_separators.txt"
_DOSE_STEP = compile_pattern(rf"(?i)\b{phrase_regex('dose_step_words.txt')}\b")
_DOSE_THRESHOLD = compile_pattern(rf"(?i)\b{phrase_regex('dose_threshold_words.txt')}\s+$")
#: Words right before listed amounts that make them one range (``between 200 and 600 mg``), and
#: words of a sentence whose doses every participant took in turn (a crossover).
DOSE_RANGE_WORDS = "dose_range_words.txt"
#: Verbs before a dose list that give its doses to groups (``randomly assigned ... to take``).
DOSE_LIST_GIVEN_WORDS = "dose_list_given_words.txt"
_DOSE_IN_TURN = compile_pattern(rf"(?i)\b{phrase_regex('dose_in_turn_words.txt')}\b")
#: Tokens between a dose list and its cue noun (``one of three different doses of selenium daily --
#: 100, 200, or 300 micrograms``; ``either 60 or 200 milligrams (mg) doses``).
DOSE_LIST_CUE_TOKENS = 6


#: Words between a dose and the group noun that makes a list of doses before it groups: ``the 50-
#: and 70-mg/d treatment groups``.
DOSE_GROUP_GAP = 1


def _names_dose_groups(doc: Doc, first: int, dose: Span) -> bool:
    """Whether amounts listed from token ``first`` to ``dose`` are written as groups: people or
    groups given them (``In the groups taking 100 and 200 micrograms``, ``patients receiving 10 or
    20 mg``) or a plural group noun after them (``the 50- and 70-mg/d treatment groups``)."""
    sentence = sent(dose)
    before = [t.lower_ for t in doc[max(sentence.start, first - 2):first]]
    if len(before) == 2 and before[1] in word_set("taking_verbs.txt") \
            and before[0] in word_set("group_nouns.txt") | word_set("group_people_nouns.txt"):
        return True
    after = doc[dose.end:min(sentence.end, dose.end + DOSE_GROUP_GAP + 1)]
    return any(t.lower_ in ("groups", "arms") for t in after)


def _bare_listed_doses(doc: Doc, doses: list[Span], labelled: list[tuple[Span, str]]) -> dict[int, tuple[Span, str, Span]]:
    """Numbers listed before a dose that share its unit, in a sentence that announces doses, where
    the list names groups (:func:`_names_dose_groups`) or where it stands right after or before a
    drug in a sentence that assigns (:func:`_drug_before`: ``randomized to X (25, 50, or 100 mg)``;
    :func:`_drug_after`: ``assigned to 2 or 4 milligrams of X``): ``10, 20,
    or 40 milligrams``, ``20- or 40-milligram doses``, ``the groups taking 100 and 200 micrograms``.
    Returns each new span (label DOSE, start -> span, its key: ``10 mg``, and the dose with the unit
    that closes the list: ``40 milligrams``)."""
    separators = word_set(DOSE_LIST_SEPARATORS)
    cues = word_set(DOSE_LIST_CUES)
    found: dict[int, tuple[Span, str, Span]] = {}
    taken = {i for d in doses for i in range(d.start, d.end)}
    for dose in doses:
        key = _dose_key(dose) if dose.label_ == "DOSE" else None
        sentence = sent(dose)
        if key is None:
            continue
        unit = key.split(" ", 1)[1]
        i = dose.start - 1
        listed: list[Span] = []
        while i >= sentence.start:
            token = doc[i]
            if token.lower_ in separators:
                i -= 1
                continue
            written = token.text[:-1] if token.text.endswith("-") else token.text  # "20- or 40-milligram"
            number = parse_number(written) if re.fullmatch(r"[\d.,]+", written) and i not in taken else None
            if number is None:
                break
            listed.append(Span(doc, i, i + 1, label="DOSE"))
            i -= 1
        if i >= sentence.start and doc[i].lower_ in word_set(DOSE_RANGE_WORDS):
            continue  # "between 400 and 1,000 milligrams": one range
        if not listed:
            continue
        announced = any(t.lower_ in cues for t in sentence)  # read only for a dose with numbers listed before it
        if not (announced or _names_dose_groups(doc, listed[-1].start, dose)
                or _drug_before(doc, listed[-1].start, labelled) is not None
                or _drug_after(doc, dose.end, labelled) is not None):
            continue
        for span in listed:
            found[span.start] = (span, f"{parse_number(span.text.rstrip('-')):g} {unit}", dose)
    return found


def _bare_dose_with_unit(doc: Doc, bare: Span, closing: Span) -> tuple[str, dict[str, Any]] | None:
    """A bare number of a dose list written with the unit of the dose that closes the list, and its
    evidence from the number to that unit: ``25`` of ``X (25, 50, or 100 mg)`` is ``25 mg``, its
    evidence ``25, 50, or 100 mg``. Only where the closing dose is its number, a space and unit words
    (``100 mg``, ``40 milligrams``; not ``40-milligram doses``); None otherwise."""
    if len(closing) < 2 or not re.fullmatch(r"[\d.,]+", doc[closing.start].text) \
            or not doc[closing.start].whitespace_ or any(re.search(r"\d", t.text) for t in closing[1:]):
        return None
    unit = text_of(doc)[doc[closing.start + 1].idx:closing.end_char]
    return f"{span_text(bare).rstrip('-')} {unit}", evidence((bare.start_char, closing.end_char), doc, rule="dose-list-unit")


def _listed_doses(doc: Doc, doses: list[Span], key_of: Callable[[Span], str | None]) -> set[int]:
    """The starts of doses listed together as a trial's groups: two or more doses of distinct
    amounts, one after another with only separators (or a schedule) between them, within
    ``DOSE_LIST_CUE_TOKENS`` of a noun announcing doses (``one of three doses: 50 micrograms, 100
    micrograms or 250 micrograms``; ``20- or 40-milligram doses of X``)."""
    separators = word_set(DOSE_LIST_SEPARATORS)
    cues = word_set(DOSE_LIST_CUES)
    schedules = {i for d in doses if d.label_ == "SCHEDULE" for i in range(d.start, d.end)}
    runs: list[list[Span]] = []
    for dose in (d for d in doses if d.label_ == "DOSE"):
        last = runs[-1][-1] if runs else None
        if last is not None and sent(last).start == sent(dose).start and last.end <= dose.start and all(
                t.lower_ in separators or t.i in schedules for t in doc[last.end:dose.start]):
            runs[-1].append(dose)
        else:
            runs.append([dose])
    listed: set[int] = set()
    for run in runs:
        if len({key_of(d) for d in run}) < 2 or any(key_of(d) is None for d in run):
            continue
        sentence = sent(run[0])
        if run[0].start > sentence.start and doc[run[0].start - 1].lower_ in word_set(DOSE_RANGE_WORDS):
            continue  # "between 200 and 600 mg": one range
        if not any(t.lower_ in word_set(DOSE_LIST_GIVEN_WORDS) for t in doc[sentence.start:run[0].start]):
            continue  # "For the 15-mg and 20-mg doses, take X with food": no group given them
        window = doc[max(sentence.start, run[0].start - DOSE_LIST_CUE_TOKENS):run[0].start].text + " " + \
            doc[run[-1].end:min(sentence.end, run[-1].end + DOSE_LIST_CUE_TOKENS)].text
        if any(word.lower() in cues for word in re.findall(r"\w+", window)):
            listed.update(d.start for d in run)
    return listed


#: Words of a sentence that make the doses it lists after a drug one arm's, set or raised for each
#: patient (``flexibly dosed X (56 mg or 84 mg)``): ``patterns/dose_flexible_words.txt``.
DOSE_FLEXIBLE_WORDS = "dose_flexible_words.txt"
#: Words between a drug and the first of the doses listed after it: ``X (25, 50 or 100 mg)``, ``X at
#: a dose of 5 mg or 10 mg`` (``patterns/drug_dose_openers.txt``).
DRUG_DOSE_OPENERS = "drug_dose_openers.txt"
#: Tokens that may close a dose list after a drug and stand between its doses and schedules:
#: ``X (120 mg) every 4 weeks or (240 mg) every 8 weeks`` (``patterns/dose_list_brackets.txt``).
DOSE_LIST_BRACKETS = "dose_list_brackets.txt"


def _drug_before(doc: Doc, first: int, labelled: list[tuple[Span, str]]) -> str | None:
    """The label of the drug named right before token ``first`` (at most an opening bracket between:
    ``X 20 mg``, ``X (25, 50``) in a sentence that assigns treatments (:data:`_ASSIGNED_BEFORE`
    before the drug) and sets no dose by each patient (:data:`DOSE_FLEXIBLE_WORDS`); None otherwise."""
    sentence = sent(doc[first])
    for mention, label in labelled:
        between = " ".join(t.lower_ for t in doc[mention.end:first])
        if mention.label_ == "CONTROL" or not sentence.start <= mention.start < mention.end <= first \
                or (between and between not in word_set(DRUG_DOSE_OPENERS)):
            continue
        return label if _assigns_set_doses(doc, sentence, mention.start_char) else None
    return None


def _assigns_set_doses(doc: Doc, sentence: Span, before: int) -> bool:
    """Whether ``sentence`` assigns treatments (:data:`_ASSIGNED_BEFORE` between its start and the
    character ``before``) and sets no dose by each patient (no word of :data:`DOSE_FLEXIBLE_WORDS`:
    "flexibly dosed X (56 mg or 84 mg)" is one arm, its dose set for each patient)."""
    return bool(_ASSIGNED_BEFORE.search(text_of(doc)[sentence.start_char:before])) \
        and not any(t.lower_ in word_set(DOSE_FLEXIBLE_WORDS) for t in sentence)


#: Tokens allowed between the last of doses listed before a drug and the drug: ``0.5 mg/kg or 1
#: mg/kg of X`` (``patterns/dose_drug_links.txt``).
DOSE_DRUG_LINKS = "dose_drug_links.txt"


def _drug_after(doc: Doc, end: int, labelled: list[tuple[Span, str]]) -> str | None:
    """The label of the drug named right after token ``end`` (at most ``of`` between: ``1 mg/kg of
    X``), as :func:`_drug_before` reads the sentence."""
    sentence = sent(doc[end - 1])
    for mention, label in labelled:
        if mention.label_ == "CONTROL" or not end <= mention.start < sentence.end \
                or any(t.lower_ not in word_set(DOSE_DRUG_LINKS) for t in doc[end:mention.start]):
            continue
        return label if _assigns_set_doses(doc, sentence, doc[end - 1].idx) else None
    return None


def _doses_after_drug(doc: Doc, doses: list[Span], key_of: Callable[[Span], str | None],
                      labelled: list[tuple[Span, str]]) -> dict[int, str]:
    """Doses of distinct amounts listed one after another right after a drug in a sentence that
    assigns treatments (:func:`_drug_before`), with only separators (or a schedule, or the closing
    bracket) between them: ``randomized to X 20 mg or 40 mg or placebo``, ``assigned to X (120 mg or
    240 mg) or placebo``, ``X (25, 50, or 100 mg)``; or right before it (:func:`_drug_after`:
    ``assigned to receive 0.5 mg/kg or 1 mg/kg of X``): each dose a group given that drug, where the
    article names one of the doses again (``in the 100-mg group``, ``with 240 mg``), so reports the
    doses apart; listed once and never again, they stay one arm (ANNOTATION.md). Returns the start
    of each such dose and the drug's label."""
    separators = word_set(DOSE_LIST_SEPARATORS) | word_set(DOSE_LIST_BRACKETS)
    runs: list[list[Span]] = []
    for dose in doses:
        last = runs[-1][-1] if runs else None
        if last is not None and sent(last).start == sent(dose).start and last.end <= dose.start and all(
                t.lower_ in separators for t in doc[last.end:dose.start]):
            runs[-1].append(dose)
        else:
            runs.append([dose])
    found: dict[int, str] = {}
    for run in runs:
        if any(key_of(d) is None for d in run) or all(
                len({key_of(d) for d in run if _regimen_family(d, key_of(d) or "") == family}) < 2
                for family in ("dose", "frequency", "course")):
            continue  # one amount and one schedule: "X 20 mg once daily", one group's regimen
        keys, starts = {key_of(d) for d in run}, {d.start for d in run}
        if not any(key_of(d) in keys for d in doses if d.start not in starts):
            continue  # "X 5 mg or 10 mg ... remission in 30 percent on X": doses listed together, one arm
        drug = _drug_before(doc, run[0].start, labelled) or _drug_after(doc, run[-1].end, labelled)
        if drug is not None:
            found.update((d.start, drug) for d in run)
    return found


def _stepped_doses(doc: Doc, doses: list[Span], key_of: Callable[[Span], str | None]) -> set[str]:
    """Keys of doses that are steps of one regimen: two doses of one sentence with a word of
    ``dose_step_words.txt`` between them (``15 mg twice daily for 21 days, then 20 mg once
    daily``; ``started on 12.5 mg ..., up-titrated to 25 mg``)."""
    plain = [d for d in doses if d.label_ == "DOSE"]
    stepped: set[str] = set()
    text = text_of(doc)
    for first, second in zip(plain, plain[1:]):
        if sent(first).start == sent(second).start and _DOSE_STEP.search(text[first.end_char:second.start_char]):
            stepped.update(k for k in (key_of(first), key_of(second)) if k)
    return stepped


#: A course written as one a group was given (``for 12 weeks``, ``12 weeks of``, ``a 12-week``),
#: not a bare duration, which in a sentence with a rate is as often a time measured (``median PFS
#: was 5.1 months with X against 3.9 months with Y``): micro-syntax of the ``SCHEDULE`` span.
_COURSE_GIVEN = compile_pattern(r"(?i)^for\s|\sof$|\w-(?:day|week|month)")


#: The word written right before a noun: its last word (``a dummy`` before ``drug``).
_LAST_WORD = compile_pattern(r"([\w-]+)\W*$")


def _inert_word_before(before: str) -> bool:
    """Whether the word right before a noun that refers to a drug names an inert control (``an
    inactive drug``, ``a dummy drug``: a word of ``patterns/inert_control_words.txt``), so that the
    noun is the control's, not the tested drug's."""
    last = _LAST_WORD.search(before)
    return last is not None and is_inert(last.group(1))


def _dose_arms(doc: Doc, arms: dict[str, dict], keyed: list[Span], labelled: list[tuple[Span, str]],
               sentences: _Sentences, *, max_arms: int = MAX_ARMS) -> tuple[list[Span], dict[str, str]]:
    """Several doses of one drug reported separately (``34 percent of patients taking 5 mg of
    Xeljanz ... 40 percent of those taking a 10-mg dose``) are separate arms, labelled with the
    drug and the dose; doses listed together with one result stay one arm. Every place a dose is
    named (and the drug next to it) becomes a mention of its dose arm. ``labelled`` holds each
    intervention mention with its arm label. A dose or schedule in a sentence about another study
    (``An earlier trial gave the drug every eight weeks``) is none of this trial's. Returns the
    mentions and, for each dose arm, its drug's label."""
    doses = sorted((span for span in spans(doc, "DOSE") + spans(doc, "SCHEDULE")
                    if not sentences.other_study(sent(span))), key=lambda span: span.start)
    bare = _bare_listed_doses(doc, doses, labelled)  # "10, 20, or 40 milligrams": 10 mg and 20 mg too
    doses = sorted(doses + [span for span, _, _ in bare.values()], key=lambda span: span.start)
    if len(doses) < 2:
        return keyed, {}

    def key_of(dose: Span) -> str | None:
        return bare[dose.start][1] if dose.start in bare and dose.label_ == "DOSE" and len(dose) == 1 \
            else _dose_key(dose)

    listed = _listed_doses(doc, doses, key_of)
    after_drug = _doses_after_drug(doc, doses, key_of, labelled)
    stepped = _stepped_doses(doc, doses, key_of)
    rates = spans(doc, *_RATE_LABELS)
    tested = [arm["label"] for arm in arms.values() if arm["role"] == "experimental"]
    drug_of: dict[int, str] = {}
    of_control: dict[str, str] = {}  # "a placebo (250 mg of niacin)": the control's dose, no drug's,
    # and the control's wherever that amount is named again ("with the 250-mg dose")
    referred: set[int] = set()  # schedules written after a word that refers to the tested drug ("the drug every four weeks")
    for dose in doses:
        sentence = sent(dose)
        reference = _SCHEDULE_OF_REFERENCE.search(text_of(doc)[sentence.start_char:dose.start_char]) \
            if dose.label_ == "SCHEDULE" else None
        after = FREQUENCY_DRUG_WINDOW if (key := key_of(dose)) is not None \
            and _regimen_family(dose, key) == "frequency" else DOSE_DRUG_WINDOW  # "12 weeks of X", "5 mg of X"
        near = [(m, label) for m, label in labelled if sentence.start <= m.start < sentence.end
                and (0 <= m.start - dose.end <= after or 0 <= dose.start - m.end <= DOSE_DRUG_WINDOW)]
        at = sentence.start_char + reference.start() if reference is not None else 0
        if reference is not None and not _inert_word_before(text_of(doc)[sentence.start_char:at]) \
                and all(m.end_char <= at for m, _ in near if m.end <= dose.start) \
                and not any(m.end_char <= at and not text_of(doc)[m.end_char:at].strip() for m, _ in near):
            # the noun is no treatment's own ("placebo shots every two weeks": the control's, read below;
            # "a dummy drug every eight weeks": an inert control's, not the tested drug's)
            referred.add(dose.start)  # "placebo against active drug given every eight weeks": the drug's
            continue
        if near:
            nearest, label = min(near, key=lambda pair: min(abs(pair[0].start - dose.end), abs(dose.start - pair[0].end)))
            if nearest.label_ == "CONTROL" and nearest.end <= dose.start:
                key = key_of(dose)  # the control's own dose after it, even with a drug within reach
                if key is not None:
                    of_control[key] = label
                continue
            near = [(m, label) for m, label in near if m.label_ != "CONTROL"]  # "X (5 mg or 10 mg) or placebo"
        if near:
            _, drug_of[dose.start] = min(near, key=lambda pair: min(abs(pair[0].start - dose.end),
                                                                    abs(dose.start - pair[0].end)))
    for start, drug in after_drug.items():
        drug_of.setdefault(start, drug)  # "X 250 mg every 4 weeks or 250 mg every 8 weeks": the second schedule's X
    named = set(drug_of.values())
    sole = tested[0] if len(tested) == 1 else next(iter(named)) if len(named) == 1 else None
    for dose in doses:  # "Those who received 1 mg/kg": the one drug given in doses (a schedule: only next to it,
        # or to a word that refers back to it, "the drug every four weeks")
        if dose.start not in drug_of and sole is not None and (
                (key_of(dose) not in of_control and dose.label_ != "SCHEDULE")
                or (dose.start in referred and len(tested) == 1)):
            drug_of[dose.start] = sole
    reported: dict[str, dict[str, Span]] = {}
    for dose in doses:
        key, drug = key_of(dose), drug_of.get(dose.start)
        if key in stepped and dose.start not in listed:
            continue  # "15 mg for 21 days, then 20 mg": one regimen, no group of its own
        sentence = sent(dose)
        before = text_of(doc)[sentence.start_char:dose.start_char]
        if _DOSE_IN_TURN.search(sentence.text):
            continue  # "each participant received 100 mg, 300 mg or 1,000 mg in a different sequence"
        if _DOSE_THRESHOLD.search(before):
            continue  # "able to eat at least one gram of peanut protein": an amount, no group's dose
        if key and _regimen_family(dose, key) == "course" and dose.start > 0 \
                and doc[dose.start - 1].lower_ in word_set(TIME_FRAME_WORDS):
            continue  # "pregnancies within 7 days after removal", "at 12 months": a time, no course of a group
        assigned = (_ASSIGNED_BEFORE.search(before) or _GROUP_GIVEN_BEFORE.search(before[-GROUP_GIVEN_CHARS:])
                    or _GROUP_TAKING.search(before)) and any(
            label == drug and ((0 <= dose.start - m.end <= 1 and doc[m.end:dose.start].text.lower() not in word_set(DOSE_JOINERS))
                               or (m.start == dose.end + 1 and doc[dose.end].lower_ == "of"
                                   and label_of(m).lower() == drug.lower()))
            for m, label in labelled) \
            and drug is not None and drug.lower() in arms  # "assigned to X 30 U, X 50 U or placebo", "to 30 U of X"
        assigned = assigned or (dose.start in listed and drug is not None and drug.lower() in arms) \
            or (after_drug.get(dose.start) == drug and drug is not None and drug.lower() in arms) \
            or (drug is not None and drug.lower() in arms and _GROUP_GIVEN_BEFORE.search(before[-GROUP_GIVEN_CHARS:])
                and (dose.end >= sentence.end or doc[dose.end].lower_ != "of")
                and any(label == drug and sentence.start <= m.start < sentence.end for m, label in labelled))
        # "One group took 5 mg of X weekly, a second took 10 mg": the drug named once for the groups given it
        # (not "a second group received 200 milliliters of Y": what follows "of" is what the group got)
        if not assigned and key and _regimen_family(dose, key) == "course" and not _COURSE_GIVEN.search(dose.text):
            continue  # "median survival was 5.1 months with X": a time measured, no course a group was given
        if key and drug and (assigned or any(sentence.start <= r.start < sentence.end for r in rates)):
            reported.setdefault(drug, {}).setdefault(key, dose)  # "randomized to X 30 U, X 50 U or placebo"
    for drug, by_key in reported.items():  # doses, frequencies and courses split a drug apart: each needs two
        for family in ("dose", "frequency", "course"):
            keys = [key for key, span in by_key.items() if _regimen_family(span, key) == family]
            if len(keys) < 2:
                for key in keys:
                    del by_key[key]
    dosed = {drug: by_key for drug, by_key in reported.items() if len(by_key) >= 2}
    if not dosed:
        return keyed, {}
    dose_label: dict[int, str] = {}
    for drug, by_key in dosed.items():
        base = arms.get(drug.lower())
        if base is None:  # the drug itself is an arm too: "the Stelara patients" pools its doses
            named = [m for m, label in labelled if label == drug]
            first = named[0] if named else min(by_key.values(), key=lambda d: d.start)
            base = arms[drug.lower()] = {"label": drug, "intervention": drug, "dose": None, "role": "experimental",
                                         "n": None, "evidence": evidence(first)}
            keyed = keyed + [Span(doc, m.start, m.end, label=drug) for m in named]
        for key, first in by_key.items():
            label = DOSE_ARM_LABEL.format(drug=drug, dose=key)
            if label.lower() not in arms and len(arms) < max_arms + len(by_key):
                written, found = first.text, evidence(first)
                if first.start in bare and first.label_ == "DOSE" and len(first) == 1 \
                        and (with_unit := _bare_dose_with_unit(doc, first, bare[first.start][2])) is not None:
                    written, found = with_unit  # "X (25, 50, or 100 mg)": the dose 25 mg, not "25"
                if first.start in listed:
                    found["links"] = {"assigned": "dose-list"}  # "at one of three doses: 50, 100 or 250 mcg"
                arms[label.lower()] = {"label": label, "intervention": base["intervention"],
                                       "dose": written, "role": "experimental", "n": None,
                                       "evidence": found}
        for dose in doses:
            key = key_of(dose)
            if drug_of.get(dose.start) == drug and key in by_key:
                dose_label[dose.start] = DOSE_ARM_LABEL.format(drug=drug, dose=key)
    relabelled: list[Span] = []
    dose_spans = [d for d in doses if d.start in dose_label]
    for mention in keyed:
        beside = min((d for d in dose_spans if (0 <= mention.start - d.end <= DOSE_DRUG_WINDOW
                                                or 0 <= d.start - mention.end <= 1)
                      and drug_of[d.start].lower() == mention.label_.lower()),  # a mention of its drug, not of
                     # the control after it ("X every two weeks; 94 received placebo"); the nearest: "100 and 200
                     # micrograms of X" is 200's X
                     key=lambda d: min(abs(mention.start - d.end), abs(d.start - mention.end)), default=None)
        label = dose_label[beside.start] if beside is not None else mention.label_
        relabelled.append(Span(doc, mention.start, mention.end, label=label))
    taken = {i for m in relabelled for i in range(m.start, m.end)}
    relabelled += [Span(doc, d.start, d.end, label=dose_label[d.start]) for d in dose_spans
                   if not taken & set(range(d.start, d.end))]
    relabelled += [Span(doc, d.start, d.end, label=of_control[key_of(d)]) for d in doses
                   if d.start not in dose_label and key_of(d) in of_control and not taken & set(range(d.start, d.end))]
    return relabelled, {DOSE_ARM_LABEL.format(drug=drug, dose=key): drug for drug, by_key in dosed.items() for key in by_key}


DOSE_STRENGTH_WORDS = "dose_strength_words.txt"
#: The label of a strength arm: its strength word, then the treatment (``high-dose vitamin D``).
STRENGTH_LABEL = "{strength}-dose {drug}"


#: Words that join strengths written before one noun of a dose (``low and high dose X``, ``a low or
#: moderate dose of X``, ``one high and one low dose``): the words of a coordination
#: (``patterns/coordinators.txt``; not ``to``: ``low to high doses`` is a range).
DOSE_STRENGTH_JOINERS = "coordinators.txt"
#: Words before the second strength of such a list (``a low or a moderate dose``, ``one high and one
#: low dose``): ``patterns/dose_strength_each_words.txt``.
DOSE_STRENGTH_EACH_WORDS = "dose_strength_each_words.txt"


@cache
def _strength_words() -> str:
    return "|".join(longest_words_first(map(re.escape, load_mapping(DOSE_STRENGTH_WORDS))))


@cache
def _strength_word() -> re.Pattern[str]:
    """One strength word of :data:`DOSE_STRENGTH_WORDS`, a whole word (``low``, ``higher``)."""
    return compile_pattern(rf"(?i)\b(?:{_strength_words()})\b")


@cache
def _strength_phrase() -> re.Pattern[str]:
    """A strength word of :data:`DOSE_STRENGTH_WORDS` before ``dose``/``doses``/``dosage``, with
    ``of`` after it (``higher doses of``, ``high-dose``, ``a lower dose``); not ``high-dose-rate``.
    Strengths listed before one such noun are one phrase, the list in its group ``list`` (``low
    and high dose``, ``low- or high-dose``, ``a low or moderate dose of``, ``one high and one low
    dose``; the joiners of :data:`DOSE_STRENGTH_JOINERS`, then at most one word of
    :data:`DOSE_STRENGTH_EACH_WORDS`, an article or ``one``)."""
    words = _strength_words()
    joiners = phrase_regex(DOSE_STRENGTH_JOINERS)
    each = phrase_regex(DOSE_STRENGTH_EACH_WORDS)
    return compile_pattern(rf"(?i)\b(?P<list>(?:{words})-?\s*(?:,\s*|\s+)(?:(?P<joiner>{joiners})\s+)?(?:(?P<each>{each})\s+)?)?"
                           rf"(?P<word>{words})[\s-](?:doses?|dosages?)\b(?!-)(?:\s+of\b(?:\s+the\b)?)?")


#: ``a very low psilocybin dose``, ``a high X dose``: a strength word, a treatment's name, then a
#: noun of a dose (the name read as a mention of the arm).
_NAME_THEN_DOSE = compile_pattern(r"(?i)\s*(?:doses?|dosages?)\b(?!-)")


@cache
def _strength_scanner() -> GatedPattern:
    """:func:`_strength_phrase` over a whole text: skipped on a text without ``dose`` or ``dosage``,
    else tried only where a strength word stands (the same matches)."""
    return GatedPattern(_strength_phrase(), lower=TEXT_LOWER)


def _names_another(doc: Doc, phrase: Span) -> bool:
    """Whether a strength phrase goes on to a noun of its own that is no group word: the strength
    of something else (``a high-dose bisphosphonate``, ``higher doses of cells``), not of the trial's
    one tested arm (``those given lower doses averaging 400 units``, ``the high-dose group``)."""
    if phrase.end >= len(doc) or doc[phrase.end].is_punct or _GROUP_AFTER.match(" " + doc[phrase.end].text):
        return False
    return wordclass.classes(doc[phrase.end].lower_) <= {wordclass.NOUN}


def _strength_places(doc: Doc, labelled: list[tuple[Span, str]],
                     arms: dict[str, dict]) -> Iterator[tuple[Span, list[tuple[str, int, int]], bool]]:
    """Each phrase of strengths with the strength words it lists and where each is written
    (``(word, start, end)`` in characters), and whether it lists them bare (``a moderate or high
    dose``, which may describe one dose as well as two; not ``a low or a moderate dose``, with a
    word of :data:`DOSE_STRENGTH_EACH_WORDS` before the last): :func:`_strength_phrase`, and a
    strength word before an arm's name and a noun of a dose (``a very low psilocybin dose``: the
    phrase from the word to the noun, :data:`_NAME_THEN_DOSE`). A list of ``one`` and ``one`` (``one
    high and one low dose``) is never yielded: each person took both in turn."""
    text = text_of(doc)
    strengths = load_mapping(DOSE_STRENGTH_WORDS)
    words = _strength_word()
    for match in _strength_scanner().finditer(text):
        phrase = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if phrase is None:
            continue
        listed = [(w.group().lower(), match.start() + w.start(), match.start() + w.end())
                  for w in words.finditer(match.group("list") or "")]
        if (match.group("each") or "").lower() == "one" and (match.group("joiner") or "").lower() == "and":
            continue  # "everyone then took one high and one low dose": both doses everyone's, in turn
        yield phrase, [*listed, (match.group("word").lower(), match.start("word"), match.end())], \
            bool(listed) and match.group("each") is None
    for mention, label in labelled:
        if mention.start == 0 or label.lower() not in arms or mention.label_ == "CONTROL":
            continue
        word = doc[mention.start - 1]
        dose = _NAME_THEN_DOSE.match(text, mention.end_char)
        if word.lower_ in strengths and dose is not None:
            phrase = doc.char_span(word.idx, dose.end(), alignment_mode="expand")
            if phrase is not None:
                yield phrase, [(word.lower_, word.idx, dose.end())], False


#: A word that sets strengths of one drug against each other as options (``a low dose of X or a
#: high dose of X``, ``low versus high dose X``): ``or`` and the words of ``patterns/versus_words.txt``.
_SET_AGAINST = compile_pattern(rf"(?i)(?:^|\W)(?:or|{phrase_regex('versus_words.txt')})(?:\W|$)")


def _offered_as_options(text: str, sentence: Span, first: int, last: int) -> bool:
    """Whether the strengths given in a sentence, from character ``first`` to ``last``, are what
    groups got, not steps one person took in turn (``a high dose of X for a week, then a lower
    dose``, ``a low dose at first and a moderate dose later``): the sentence assigns before them
    (:func:`_assigning_cue`: ``randomized to low and high dose X``), or offers them as options
    (:data:`_SET_AGAINST` after the first: ``took a low dose of X, a high dose of X or a dummy
    pill``) with no word of a later step between them (``dose_step_words.txt``: ``then``)."""
    return bool(_assigning_cue(text[sentence.start_char:first])) or (
        bool(_SET_AGAINST.search(text[first:sentence.end_char])) and not _DOSE_STEP.search(text[first:last]))


def _strength_arms(doc: Doc, arms: dict[str, dict], keyed: list[Span], labelled: list[tuple[Span, str]],
                   sentences: _Sentences, *, max_arms: int = MAX_ARMS) -> tuple[list[Span], dict[str, str]]:
    """Groups given one treatment at strengths told by words, not amounts: ``55 received high doses
    of vitamin D ... 52 received lower doses``, ``the low-dose and high-dose groups``. A strength
    phrase (:func:`_strength_phrase`) belongs to the treatment named right after it (``high-dose
    X``, ``higher doses of X``), else to the trial's one tested arm; it names a group when a count
    or group of people received it (``55 received``, ``the group given``) or when its sentence
    gives a rate of people who took it or of its group (``20% of those taking lower doses``, ``the
    low-dose group``), in a sentence about this trial. A treatment with two or more strengths so named is
    split into arms labelled ``high-dose X``, ``low-dose X`` (:data:`STRENGTH_LABEL`); the
    treatment itself is pooled, as a drug given in doses is (:data:`POOLED_ARMS`). Returns the
    mentions and, for each strength arm, its treatment's label, as :func:`_dose_arms` does."""
    tested = [arm["label"] for arm in arms.values() if arm["role"] == "experimental"]
    if not tested:
        return keyed, {}
    text = text_of(doc)
    strengths = load_mapping(DOSE_STRENGTH_WORDS)
    rates = spans(doc, *_RATE_LABELS)
    found: dict[str, dict[str, list[tuple[int, int]]]] = {}  # drug -> strength -> (start, end) characters
    grouped: dict[str, set[str]] = {}  # drug -> the strengths given to a group of people
    given: dict[tuple[int, str], set[str]] = {}  # (sentence, drug) -> strengths given there by a verb of giving
    given_at: dict[tuple[int, str], tuple[Span, int, int]] = {}  # (sentence, drug) -> the sentence, and where
    # its first strength given starts and its last ends (characters)
    given_words = word_set(DOSE_LIST_GIVEN_WORDS)
    for phrase, listed, bare in _strength_places(doc, labelled, arms):
        sentence = sent(phrase)
        if sentences.other_study(sentence):
            continue  # "Previous studies suggest that at low doses X protects"
        if _DOSE_IN_TURN.search(sentence.text):
            continue  # "each participant had two sessions, one with a low dose": every strength everyone's, as doses
        after = [(m, label) for m, label in labelled if m.label_ != "CONTROL" and label.lower() in arms
                 and 0 <= m.start - phrase.end <= 1]
        inside = [(m, label) for m, label in labelled if m.label_ != "CONTROL" and label.lower() in arms
                  and phrase.start < m.start and m.end < phrase.end]  # "a very low psilocybin dose"
        drug, end = (after[0][1], after[0][0].end_char) if after else (inside[0][1], phrase.end_char) if inside else \
            (tested[0], phrase.end_char) if len(tested) == 1 and not _names_another(doc, phrase) \
            else (None, phrase.end_char)
        if drug is None or arms[drug.lower()]["role"] != "experimental":
            continue
        start = listed[0][1]
        before = text[max(sentence.start_char, start - TAKEN_CHARS):start]
        lowered = before.lower()
        counted = any(part in lowered for part in _TAKING_PARTS) and _GROUP_TAKING.search(before)
        taken = _TAKEN_BEFORE.search(before) or _on_taken().search(before) or _UNDERWENT_BEFORE.search(before) \
            or _GROUP_AFTER.match(text[phrase.end_char:phrase.end_char + JOIN_CHARS])
        rated = any(sentence.start <= rate.start < sentence.end for rate in rates)
        named = {strengths[word] for word, _, _ in listed}
        for n, (word, first, last) in enumerate(listed):
            found.setdefault(drug, {}).setdefault(strengths[word], []).append(
                (first, end if n == len(listed) - 1 else last))  # "low and high dose X": "low", "high dose X"
        if bare and not (_assigning_cue(text[sentence.start_char:start])
                         or _GROUP_AFTER.match(text[phrase.end_char:phrase.end_char + JOIN_CHARS])):
            continue  # "a capsule with a moderate or high dose": perhaps one dose described, not two groups
        if counted or (taken and rated):  # "55 received high doses", "20% of the low-dose group"; not "studies using smaller doses"
            grouped.setdefault(drug, set()).update(named)
        if any(t.lower_ in given_words for t in doc[sentence.start:phrase.start]):
            place = (sentence.start, drug)
            given.setdefault(place, set()).update(named)  # "randomized to low and high dose X"
            given_at[place] = (sentence, given_at.get(place, (sentence, start))[1], phrase.end_char)
    for place, named in given.items():  # "randomized to low and high dose X", "took a low dose of X, a high
        # dose of X or a dummy pill": strengths set side by side as what groups got
        if len(named) >= 2 and _offered_as_options(text, *given_at[place]):
            grouped.setdefault(place[1], set()).update(named)
    split = {drug: {strength: where for strength, where in by_strength.items() if strength in grouped.get(drug, ())}
             for drug, by_strength in found.items()}
    split = {drug: by_strength for drug, by_strength in split.items() if len(by_strength) >= 2}
    if not split:
        return keyed, {}
    drug_of: dict[str, str] = {}
    places: list[tuple[int, int, str]] = []
    for drug, by_strength in split.items():
        base = arms[drug.lower()]
        for strength, where in by_strength.items():
            label = STRENGTH_LABEL.format(strength=strength, drug=drug)
            if len(arms) >= max_arms + len(by_strength):
                break
            first = doc.char_span(*where[0], alignment_mode="expand")
            arms[label.lower()] = {"label": label, "intervention": base["intervention"], "dose": None,
                                   "role": "experimental", "n": None,
                                   "evidence": evidence(first, rule="dose-strength")}
            drug_of[label] = drug
            places += [(start, end, label) for start, end in where]
    strength_spans = [Span(doc, span.start, span.end, label=label) for start, end, label in places
                      if (span := doc.char_span(start, end, alignment_mode="expand")) is not None]
    covered = {i for span in strength_spans for i in range(span.start, span.end)}
    kept = [mention for mention in keyed if not covered & set(range(mention.start, mention.end))]
    return sorted(kept + strength_spans, key=lambda m: m.start), drug_of


def _references(doc: Doc, keyed: list[Span], arms: dict[str, dict]) -> list[Span]:
    """``the drug``, ``the vaccine``, ``the treatment group``, ``the study group``: in a trial of
    one treatment against a control (placebo, usual care), reports refer to the treatment under
    test this way. When the only arm found is the control (``test group ... control group``),
    the generic group named beside it is the tested arm, under that name."""
    tested = [arm["label"] for arm in arms.values() if arm["role"] == "experimental"]
    bases = [label for label in tested if all(other == label or other.startswith(label + " ") for other in tested)]
    if len(bases) == 1:
        tested = bases  # a drug and its doses: "the drug" is the drug
    if len(tested) > 1 or not arms:
        return []  # several arms under test, or none found: nothing to refer back to
    text = text_of(doc)
    generic = list(_GENERIC_GROUP.finditer(text))
    if not tested and generic:
        start, end, first = generic[0]
        span = doc.char_span(start, end)
        if span is not None:
            label = WHITE_SPACE_RUN.sub(" ", first.group("name").lower())
            arms[label] = {"label": label, "intervention": label, "dose": None, "role": "experimental", "n": None,
                           "evidence": evidence(span)}
            tested = [label]
    if len(tested) != 1 or len(arms) < 2:
        return []
    places = [(start, end) for start, end, _ in [*_REFERENCE.finditer(text), *generic]]

    def referred(start: int, end: int, span: Span) -> str | None:
        owner = _other_arm_named(span, arms, tested[0])
        return _dose_written_after(doc, keyed, span, tested[0]) if owner is None else owner or None

    return _new_mentions(doc, keyed, places, referred)


def _name_words(name: str) -> str:
    """A name's words, lower-cased, hyphens read as spaces, with a space either side."""
    return " " + " ".join(name.lower().replace("-", " ").split()) + " "


def _other_arm_named(reference: Span, arms: dict[str, dict], tested: str) -> str | None:
    """The arm other than ``tested`` whose name holds the words of a reference with its modifier
    (``the medical treatment group`` beside the arms ``CABG`` and ``medical treatment alone``;
    ``the standard therapy``): that arm's label; ``""`` when the words are in the names of several
    arms, the tested one among them, or of two others (no arm's mention); ``None`` when a bare
    reference (``the drug``), or no arm's name but the tested one's holds them (the tested arm's, as
    before)."""
    words = [t.lower_ for t in reference if t.lower_ != "the"]
    if len(words) < 2:
        return None
    phrase = _name_words(" ".join(words))
    owners = [arm["label"] for arm in arms.values()
              if any(phrase in _name_words(name) for name in (arm["label"], *arm.get("aliases", ())))]
    if not owners or owners == [tested]:
        return None
    return owners[0] if len(owners) == 1 else ""


#: Tokens from a word that refers back to the tested drug to the dose or schedule of one of its dose
#: arms written after it (``those getting the drug every four weeks``, ``the drug given every four weeks``).
DOSE_AFTER_REFERENCE_TOKENS = 1


def _dose_written_after(doc: Doc, keyed: list[Span], reference: Span, drug: str) -> str:
    """The arm a reference to the tested drug names: the dose arm whose dose or schedule is written
    right after it (``the drug every four weeks`` is ``X every 4 weeks``), else the drug."""
    for mention in keyed:
        if 0 <= mention.start - reference.end <= DOSE_AFTER_REFERENCE_TOKENS \
                and mention.label_.lower().startswith(DOSE_ARM_LABEL.format(drug=drug, dose="").lower()):
            return mention.label_
    return drug


def _new_mentions(doc: Doc, keyed: list[Span], places: Iterable[tuple[int, int]],
                  label_for: Callable[[int, int, Span], str | None], kb_id: str = "") -> list[Span]:
    """Arm mentions at the character ``places``, in order, each overlapping no mention of ``keyed``
    nor a new one before it, labelled ``label_for(start, end, span)`` (None: no mention there). A
    longer name written over shorter mentions of ``keyed`` is read (``no pyridoxine`` over the drug
    ``pyridoxine``: the linkers read the outermost mention)."""
    owners: dict[int, tuple[int, int]] = {i: (m.start, m.end) for m in keyed for i in range(m.start, m.end)}
    labels = {(m.start, m.end): m.label_ for m in keyed}
    taken: set[int] = set()  # the tokens of the new mentions
    extra = []
    for start, end in places:
        span = doc.char_span(start, end)
        if span is None or taken & set(range(span.start, span.end)) \
                or not all(span.start <= owners[i][0] and owners[i][1] <= span.end
                           and owners[i] != (span.start, span.end) for i in range(span.start, span.end) if i in owners):
            continue
        label = label_for(start, end, span)
        if label is None or label in {labels[owners[i]] for i in range(span.start, span.end) if i in owners}:
            continue  # no name of its own: a mention of the same arm is already there
        extra.append(Span(doc, span.start, span.end, label=label, **({"kb_id": kb_id} if kb_id else {})))
        taken.update(range(span.start, span.end))
    return extra


#: A bracket after a group's name that gives its size or a p value, not its treatment: ``(n = 85)``, ``(37 pts)``, ``(P = 0.02)``.
_SIZE_NOT_TREATMENT = compile_pattern(r"(?i)^\s*(?:n\s*=|\d|p\s*[=<>\u2264])")


@cache
def _generic_labels() -> frozenset[str]:
    """Arm labels that say only which side a group is on (``patterns/generic_arms.txt``)."""
    return word_set("generic_arms.txt")


def _define_lettered(doc: Doc, arms: dict[str, dict], found: list[Span]) -> None:
    """What a lettered or generic group was given: ``Group B (betamethasone; 37 pts)``, ``Group B
    received 8 mg of betamethasone``, ``In group I, ESP block was performed``, ``a control group
    (usual care; ...)``, ``the intervention group received telephone counselling``; a group given a
    control (``Group C (control; 38 pts)``, ``Group C received saline``) is the control arm."""
    text = text_of(doc)
    long_forms = {short.text: short.label_ for short in spans(doc, "ABBREVIATION")}
    for arm in arms.values():
        generic = arm["label"].lower() in _generic_labels()
        if not (_LETTERED.match(arm["label"]) or generic):
            continue
        named_as = re.escape(arm["label"]) + (r"(?:\s+(?:group|arm))?" if generic else "")
        for match in re.finditer(r"(?i)\b" + named_as + r"\b", text):
            definition = _LETTERED_DEFINITION.match(text, match.end())
            if definition is None:
                received = _LETTERED_RECEIVED.match(text, match.end())  # a longer clause: its first treatment
                clause = sorted((m for m in found if received is not None and received.start("clause") <= m.start_char
                                 and m.end_char <= received.end("clause") and not _not_an_arm(label_of(m))),
                                key=lambda m: m.start)
                first = clause[0] if clause else None  # not "Group A underwent X while Group B received Y"
                if first is not None and not _LETTERED.match(first.text) and label_of(first).lower() not in _generic_labels():
                    arm["intervention"] = first.text
                    if first.label_ == "CONTROL":
                        arm["role"] = "control"
                    break
                continue
            group = next(g for g in ("given", "given2", "given3") if definition.group(g))
            given = definition.group(group)
            if _SIZE_NOT_TREATMENT.match(given):
                continue  # "control group (n = 85)": a size, not what the group was given
            inside = [m for m in found if definition.start(group) <= m.start_char and m.end_char <= definition.end(group)]
            named = inside[0].text if inside else clean(given)
            named = long_forms.get(named, named)  # "The intervention group received SSD cream": silver sulfadiazine
            if named and len(named.split()) <= MAX_NAME_WORDS:
                arm["intervention"] = named
                if (inside and inside[0].label_ == "CONTROL") or named.lower() in ("control", "controls", "no treatment"):
                    arm["role"] = "control"
                break


#: Lower-case words between a group's name and the bracket of its short name: the rest of the
#: group's name (``sevoflurane-fentanyl anesthesia (SF; ...)``, ``the control arm (C)``).
MAX_SET_UP_REST_WORDS = 2
#: The bracket after a group's name where an abstract sets up the short name it calls the group by
#: later: ``sevoflurane-fentanyl anesthesia (SF; n = 25)``, ``Cocculine (C)``, ``usual care
#: (control)``, ``exemestane (group B, n = 24)``: the first item of the bracket, before a ``;``
#: or ``,`` and the rest of the bracket (its size).
_SET_UP_BRACKET = compile_pattern(r"(?P<rest>(?:\s+[a-z][a-z-]*){0,%d})[\'\"\u2019\u201d]?\s*[(\[]\s*(?P<name>[^;,()\[\]=<>]{1,24}?)\s*(?:[;,][^()\[\]]{0,40})?[)\]]" % MAX_SET_UP_REST_WORDS)
#: A short name: a word with a capital, of letters, digits, ``+`` and ``-`` (``SF``, ``TEL-SUPP``, ``INT+``),
#: or two such words in capitals (``IV BP``).
_SHORT_NAME = compile_pattern(r"^(?=[^ ]*[A-Z])[A-Za-z][A-Za-z0-9+\-]{0,9}(?: [A-Z][A-Z0-9+\-]{0,5})?$")
#: A group's letter or number after a group noun: ``group A``, ``arm 2``, ``group II``.
_GROUP_LETTER_NAME = compile_pattern(r"(?i)^(?:group|arm|cohort)\s+[A-Z0-9]{1,3}$")


#: The rule and ``links.assigned`` of an arm an abstract's assignment sets up with a short name.
SET_UP = "set-up"
#: The most words of a group an assignment sets up with a short name (``a telephone call with
#: support (TEL-SUPP)``).
MAX_OPTION_WORDS = 5
#: What ends an option of an assignment before it: a punctuation mark, ``or``, ``versus``, ``to``
#: (the list's own micro-syntax; the words that may open it are ``contrast_group_skips.txt``).
_OPTION_START = compile_pattern(r"(?i)[,;:)\]]|\b(?:or|versus|vs\.?|to|into)\s")
#: A bracket after an option of an assignment: the short name it opens with, and the rest (a size).
_OPTION_BRACKET = compile_pattern(r"[(\[]\s*(?P<name>[^;,()\[\]=<>]{1,24}?)\s*(?:[;,][^()\[\]]{0,40})?[)\]]")


def _short_name_places(text: str, name: str, as_group: bool = False) -> list[tuple[int, int]]:
    """Where ``text`` writes a group's short name: as a whole word (matched as written when it
    holds a capital), or before a hyphen and a participle of giving (``IV BP-treated patients``:
    ``given_participles.txt``); a one-letter name, or any name ``as_group`` (the letters of a
    lettered group: ``II`` of ``group II``), only as a group: after or before a group noun
    (``group S``, ``S group``) or before ``:``/``=`` and a value (``A = 18.8%``, ``P: 17.6%``)."""
    cased = "" if any(c.isupper() for c in name) else "(?i)"
    given = "|".join(map(re.escape, longest_words_first(word_set("given_participles.txt"))))
    word = rf"(?<![\w+\-]){re.escape(name)}(?![\w+]|-(?!(?i:{given})\b))"  # "IV BP-treated patients"
    if len(name) == 1 or as_group:
        nouns = "|".join(longest_words_first(map(re.escape, word_set("singular_group_nouns.txt"))))
        pattern = rf"(?i:\b(?:{nouns})\s+){word}|{word}(?=\s+(?i:{nouns})\b|\s*[:=]\s*[-+]?\d)"
    else:
        pattern = cased + word
    return [match.span() for match in re.finditer(pattern, text)]


@cache
def _option_stops() -> frozenset[str]:
    """The joining words no option of an assignment holds (``short_name_rest_stops.txt``, the function words)."""
    return word_set("short_name_rest_stops.txt") | word_set("function_words.txt")


def _option_words(before: str, skips: frozenset[str]) -> list[str] | None:
    """The words of the option an assignment writes last in ``before`` (the text from the
    assigning cue to a bracket after the option): the words after the last mark, ``or``,
    ``versus`` or ``to``, past an article, ``either`` or a word that is only a verb (``skips``),
    at most :data:`MAX_OPTION_WORDS`, each a word of letters, none only a verb and none a joining
    word (:func:`_option_stops`, ``with`` allowed after the first); None when there is no such option."""
    stops = _option_stops()
    cut = list(_OPTION_START.finditer(before))
    words = before[cut[-1].end() if cut else 0:].split()
    while words and (words[0].lower() in skips or wordclass.classes(words[0]) == {wordclass.VERB}):
        words = words[1:]
    if not words or len(words) > MAX_OPTION_WORDS or any(not re.fullmatch(r"[A-Za-z][\w-]*", w) for w in words) \
            or any(wordclass.classes(w) == {wordclass.VERB} for w in words) \
            or any(w.lower() in stops for w in words[1:] if w.lower() != "with") or words[0].lower() in stops:
        return None
    return words


def _set_up_options(doc: Doc, arms: dict[str, dict], max_arms: int) -> None:
    """Groups an abstract's assignment sets up with a short name, which no rule found: each an arm.

    In a sentence that assigns (``randomized``, ``allocated``: ``contrast_assign_words.txt``; not
    ``a randomized trial``: :func:`_assigning_cue`), an
    option followed by a bracket that gives it a short name (``Cocculine (C)``, ``a telephone
    call (TEL)``) or a letter (``a closed suction drain (group A, n = 32)``) is a group of the
    trial when the abstract uses that name again after the sentence (``C: 15.7%``, ``the TEL
    group``, ``group A``). The option is the words after the last mark, ``or``, ``versus`` or
    ``to`` before the bracket (an article, ``either`` or a word that is only a verb dropped:
    ``contrast_group_skips.txt``, ``receive``, ``continue``), at
    most :data:`MAX_OPTION_WORDS`, with no value, no word that is only a verb (``each wore X
    (XY)``) and no joining word (``X and Y (XY)`` is left to
    the combination rules: ``short_name_rest_stops.txt``); a short name must abbreviate it. An
    option that is an arm or names one already is left to it, and so is one whose bracket gives
    its size too (``Weight Watchers (WW; n = 65)``: ``facts/allocation.py`` lists it with its
    size); a lettered arm (``group A``) the
    option sets up takes it as its treatment, and an arm called by the short name (``WL``) takes
    the option as an alias (``waitlist``). The arm's role is read with the others'
    (``no drain`` is a comparator). In abstracts only (``links.assigned``: ``set-up``)."""
    if not is_abstract(doc):
        return
    text = text_of(doc)
    skips = word_set("contrast_group_skips.txt")
    not_names = word_set("not_trial_names.txt")
    names = {name.lower() for arm in arms.values() for name in [arm["label"], *(arm.get("aliases") or [])]}
    mentions = list(doc.spans.get("ARM_MENTION") or ())
    added: list[Span] = []
    described = _described_set_ups(doc, names) + _named_options(doc, names)
    if described:
        mentions = _set_up_described(doc, arms, described, mentions, max_arms)
        names |= {name.lower() for name, _, _ in described}
        added += [Span(doc, short.start, short.end, label=name) for name, short, _ in described if name.lower() in arms]
    for sentence, start, elsewhere in _assignments(doc):
        for bracket in _OPTION_BRACKET.finditer(text, start, sentence.end_char):
            name = bracket.group("name").strip()
            letter = _GROUP_LETTER_NAME.match(name)
            if not (letter or _SHORT_NAME.match(name) and name.lower() not in not_names):
                continue
            if not letter and re.search(r"\d", text[bracket.end("name"):bracket.end()]):
                continue  # "Weight Watchers (WW; n = 65)": a group listed with its size is facts/allocation.py's
            before = text[start:bracket.start()]
            words = _option_words(before, skips)
            if not words:
                continue
            option = " ".join(words)
            if not letter and not short_form_of(name, option):
                continue
            if not any(_short_name_places(elsewhere, each) for each in {name, name.split()[-1]}):
                continue  # the short name is not used again: nothing to find by it
            end = bracket.start() - (len(before) - len(before.rstrip()))
            span = doc.char_span(end - len(option), end)
            if span is None or option.lower() in names or any(
                    m.start < span.end and span.start < m.end for m in mentions):
                continue  # an arm's own name, or a name a rule read (left to it)
            holder = arms.get(name.lower())
            if holder is not None and letter:
                if holder["intervention"] == holder["label"]:
                    holder["intervention"] = option  # "a closed suction drain (group A)"
                continue
            if holder is not None:  # "waitlist (WL)" beside the arm "WL": its name in full
                holder.setdefault("aliases", []).append(option)
                names.add(option.lower())
                continue
            if len(arms) >= max_arms:
                return
            inert = any(w.lower() in word_set("comparator_words.txt") for w in words)
            arm_span = Span(doc, span.start, span.end, label="CONTROL" if inert else "TREATMENT")
            _add_arm(doc, arms, arm_span, option, [], {}, SET_UP)
            arms[option.lower()]["evidence"]["rule"] = SET_UP
            names.add(option.lower())
            added.append(Span(doc, span.start, span.end, label=option))
    if added:
        places = find_words(text, sorted({m.label_ for m in added}, key=len, reverse=True), lower=TEXT_LOWER)
        places = sorted(set(places) | {place for label in {m.label_ for m in added} if not label[-1].isalnum()
                                       for place in _short_name_places(text, label)})  # "GLT(60)": no word boundary after it
        more = _new_mentions(doc, mentions + added, places, lambda start, end, span: next(
            m.label_ for m in added if m.label_.lower() == text[start:end].lower()))
        doc.spans["ARM_MENTION"] = sorted(mentions + added + more, key=lambda m: m.start)


#: The most words of a group an assignment describes before its short name (``high-dose X 150 mg/m2
#: and Y 2000 mg/m2 plus a growth factor every 2 weeks for 4 cycles (HDXY)``).
MAX_DESCRIBED_WORDS = 24
#: The fewest groups one assignment must set up by description and short name: a list of groups
#: (``either ... (HDXY) or ... (SDXY)``), not one bracket after a phrase that only mentions a randomization.
MIN_DESCRIBED_GROUPS = 2
#: Where a described option of an assignment starts: after ``or``, ``versus``, ``to``, ``either``,
#: ``into`` or a semicolon (a comma may be inside the description, ``every 3 weeks, for 6 cycles``).
_DESCRIBED_START = compile_pattern(r"(?i);|\b(?:or|versus|vs\.?|to|into|either)\s")
#: A short name made of capitals (at least two), as an abstract names a described regimen (``HDXY``, ``SG``).
MIN_SHORT_NAME_CAPITALS = 2
#: The rule and ``links.assigned`` of an arm an assignment describes and names by a short name.
SET_UP_DESCRIBED = "set-up-described"


def _outside(text: str, sentence: Span) -> str:
    """The doc's text with ``sentence`` blanked out (same offsets): where a short name set up in the
    sentence is used again."""
    return text[:sentence.start_char] + " " * len(sentence.text) + text[sentence.end_char:]


def _assignments(doc: Doc) -> Iterator[tuple[Span, int, str]]:
    """Each sentence that assigns groups (:func:`_assigning_cue`), with the offset right after its
    word of assigning and the text outside it (:func:`_outside`)."""
    text = text_of(doc)
    for sentence in doc.sents:
        cue = _assigning_cue(span_text(sentence))
        if cue is not None:
            yield sentence, sentence.start_char + cue.end(), _outside(text, sentence)


def _assigning_cue(sentence: str) -> re.Match[str] | None:
    """The first word of assigning in a sentence (``contrast_assign_words.txt``) that assigns, not
    one that describes a trial: no noun of a study (``general_study_nouns.txt``, or its singular)
    within :data:`MAX_ASSIGN_TO_GAP` words after it (``A randomized phase 2 trial has shown that
    giving X (XO) with chemotherapy (CT) helps node-positive (NP) patients`` sets up no group)."""
    study_nouns = word_set("general_study_nouns.txt")
    for cue in _assign_cue().finditer(sentence):
        words = [word.lower() for word in re.findall(r"[\w-]+", sentence[cue.end():])[:MAX_ASSIGN_TO_GAP]]
        words += [part for word in words for part in word.split("-")]  # "clinical-trial"
        plurals = {word + "s" for word in words} | {word[:-1] + "ies" for word in words if word.endswith("y")}
        if not study_nouns & (set(words) | plurals):  # "study": "studies"
            return cue
    return None


def _described_set_ups(doc: Doc, names: set[str]) -> list[tuple[str, Span, Span]]:
    """Groups an abstract's assignment describes at length and then calls by a short name only:
    ``randomised ... to receive either high-dose X 120 mg/m2 and Y 2000 mg/m2 plus a growth
    factor every 2 weeks for 4 cycles (HDXY) or standard-dose X 60 mg/m2 ... for 8 cycles
    (SDXY)``, then ``on HDXY``, ``allocated SDXY``. Each option runs from
    the last ``or``, ``versus``, ``to``, ``either`` or semicolon before its bracket (a verb of
    giving and the words of ``contrast_group_skips.txt``, an article, ``either``, dropped), holds at most :data:`MAX_DESCRIBED_WORDS` words,
    and its short name (capitals, at least :data:`MIN_SHORT_NAME_CAPITALS`; not a statistic's or an
    agency's, ``not_trial_names.txt``) abbreviates it from its first letter on (no bracket inside it:
    ``to compare X (XA) with Y (YB) as ... in allogeneic transplantation (allo-HSCT)`` is no option), is given no size in the bracket (that list
    is ``facts/allocation.py``'s) and is written again after the sentence. An option short enough
    to be named by its words is :func:`_set_up_options`' own. Only where one sentence sets up at
    least :data:`MIN_DESCRIBED_GROUPS` groups by a short name (new ones, or arms the record already
    holds under that name: ``a structured family-based programme (SFP) or a peer support
    group (PSG)``), and only short names no arm has. Returns, per
    group, its short name, the short name's span in the bracket and the option's span."""
    if not is_abstract(doc):
        return []
    text = text_of(doc)
    skips = word_set("contrast_group_skips.txt")
    not_names = word_set("not_trial_names.txt")
    found: list[tuple[str, Span, Span]] = []
    for sentence, start, elsewhere in _assignments(doc):
        here: list[tuple[str, Span, Span]] = []
        known = 0  # groups of the list already arms, by the short name their bracket gives ("(SFP) or ... (PSG)")
        for bracket in _OPTION_BRACKET.finditer(text, start, sentence.end_char):
            name = bracket.group("name").strip()
            if name.lower() in names and _SHORT_NAME.match(name):
                known += 1
                continue
            if not _SHORT_NAME.match(name) or sum(c.isupper() for c in name) < MIN_SHORT_NAME_CAPITALS \
                    or name.lower() in not_names or " " in name:
                continue
            if re.search(r"\d", text[bracket.end("name"):bracket.end()]):
                continue  # "(WW; n = 65)": a group listed with its size is facts/allocation.py's
            before = text[start:bracket.start()]
            if _option_words(before, skips):
                continue  # a short option: named by its words (_set_up_options)
            cut = list(_DESCRIBED_START.finditer(before))
            option_start = start + (cut[-1].end() if cut else 0)
            words = list(re.finditer(r"\S+", text[option_start:bracket.start()]))
            while words and (words[0].group().lower() in skips or wordclass.classes(words[0].group()) == {wordclass.VERB}):
                words = words[1:]
            if not words or len(words) > MAX_DESCRIBED_WORDS:
                continue
            option = doc.char_span(option_start + words[0].start(), option_start + words[-1].end(), alignment_mode="expand")
            short = doc.char_span(bracket.start("name"), bracket.start("name") + len(name))
            if option is None or short is None or not short_form_of(name, option.text) \
                    or not option.text.lower().startswith(name[0].lower()) or re.search(r"[()\[\]]", option.text) \
                    or not _short_name_places(elsewhere, name):
                continue  # "placebo, then an 8-week treatment-free interval (TFI)": the name says another thing
            here.append((name, short, option))
        if here and len(here) + known >= MIN_DESCRIBED_GROUPS and len({name for name, _, _ in here}) == len(here):
            found += here
    return found


#: An option of an assignment named by capitals alone, a regimen's or a short form's name, with the
#: number of its dose in brackets (``STI``, ``GLT(60)``, ``CT-Z``), where the list of options has it:
#: after ``to``, ``or``, ``versus``, ``either``, ``cycles of`` or a comma, and before a bracket, a mark, ``or``,
#: ``versus`` or the sentence's end (micro-syntax of a list of groups; its words are the list's own).
_NAMED_OPTION = compile_pattern(r"(?:\b(?:to|or|versus|vs\.?|either|receive|(?:cycles|courses) of)\s+|,\s*)"
                                r"(?P<name>(?=[A-Za-z0-9+\-]*[A-Z][A-Za-z0-9+\-]*[A-Z])[A-Z][A-Za-z0-9+\-]*(?:\(\d+\))?)"
                                r"(?=\s*[(\[,;.]|\s+(?:or|versus|vs\.?)\s|\s*$)")


#: The bracket after an option's name, which may list what the group is given (``STI (A, B
#: or C)``).
_LISTING_BRACKET = compile_pattern(r"\s*[(\[][^()\[\]]{1,120}[)\]]")


def _named_options(doc: Doc, names: set[str]) -> list[tuple[str, Span, Span]]:
    """Options of an abstract's assignment that it names by capitals alone (``randomized ... to
    receive either X (2.5 mg/kg ...) or STI (A, B or C)``, where
    ``standard therapy chosen by the investigator (STI)`` was defined before; ``randomised to four cycles of
    GLT(60) or GLT(80)``): each is a group when the abstract writes it again after the sentence and
    the list holds at least :data:`MIN_DESCRIBED_GROUPS` groups (these, or arms the record has named
    after the cue). The name must be one the abstract defines (a short form with its long form
    before, ``doc.spans["ABBREVIATION"]``) or a regimen with its dose in brackets (``GLT(60)``). Not a name an arm has or a word of one (``GLT`` beside ``X-GLT``), a statistic's or an agency's (``not_trial_names.txt``),
    nor a name given no more than its letters' worth of a condition (the MeSH dictionary).
    Returns, per group, its name, the name's span and the span of the name with the bracket after
    it (what the bracket lists is part of the group)."""
    if not is_abstract(doc):
        return []
    text = text_of(doc)
    not_names = word_set("not_trial_names.txt")
    mentions = list(doc.spans.get("ARM_MENTION") or ())
    arm_words = {word for name in names for word in re.split(r"[\s\-/]+", name)}  # "GLT" of "X-GLT"
    defined = {short.text for short in spans(doc, "ABBREVIATION")}
    found: list[tuple[str, Span, Span]] = []
    for sentence, start, elsewhere in _assignments(doc):
        here: list[tuple[str, Span, Span]] = []
        for option in _NAMED_OPTION.finditer(text, start, sentence.end_char):
            name = option.group("name")
            if name.lower() in arm_words or name.lower() in not_names or _names_a_condition(name) \
                    or not (name in defined or name.endswith(")")) or not _short_name_places(elsewhere, name):
                continue
            short = doc.char_span(option.start("name"), option.end("name"), alignment_mode="expand")
            bracket = _LISTING_BRACKET.match(text, option.end("name"))
            whole = doc.char_span(option.start("name"), bracket.end() if bracket else option.end("name"), alignment_mode="expand")
            if short is None or whole is None or short.text != name:
                continue
            here.append((name, short, whole))
        known = {m.label_.lower() for m in mentions if start <= m.start_char < sentence.end_char
                 and not any(w.start <= m.start and m.end <= w.end for _, _, w in here)}
        if here and len(here) + len(known) >= MIN_DESCRIBED_GROUPS and len({name for name, _, _ in here}) == len(here):
            found += here
    return found


def _set_up_described(doc: Doc, arms: dict[str, dict], described: list[tuple[str, Span, Span]],
                      mentions: list[Span], max_arms: int) -> list[Span]:
    """Make each group of :func:`_described_set_ups` and :func:`_named_options` an arm labelled by
    its short name, its option (or the long form the abstract defines for the name) the ``intervention``. What the descriptions hold is part of those groups, not a group of its
    own: an arm named in them and nowhere else (``X 150 mg/m2``, the growth factor, and the
    drug those doses pool) is dropped, with its mentions. Returns the arm mentions left."""
    inside = [(option.start, option.end) for _, _, option in described]
    long_forms = {short.text: short.label_ for short in spans(doc, "ABBREVIATION")}
    def within(m: Span) -> bool:
        return any(start <= m.start and m.end <= end for start, end in inside)
    written = " ".join(" ".join(option.text.lower().split()) for _, _, option in described)
    parts = {key for key in arms if arms[key]["role"] != "control" and " ".join(key.split()) in written
             and all(within(m) for m in mentions if m.label_.lower() == key)}
    for key in parts:
        del arms[key]
    mentions = [m for m in mentions if m.label_.lower() not in parts and not within(m)]
    for name, short, option in described:
        if len(arms) >= max_arms:
            break
        inert = any(w.lower_ in word_set("comparator_words.txt") for w in option)
        _add_arm(doc, arms, Span(doc, short.start, short.end, label="CONTROL" if inert else "TREATMENT"), name, [], {},
                 SET_UP_DESCRIBED)
        arms[name.lower()]["intervention"] = long_forms.get(name, option.text)  # "standard therapy chosen by the investigator (STI)"
        arms[name.lower()]["evidence"]["rule"] = SET_UP_DESCRIBED
    return mentions


#: The most characters between a short name and its full name written as two items of one list.
MAX_ITEM_GAP_CHARS = 30
#: Two items of a list of groups with their counts: a joining word and a number between the names.
_ITEM_GAP = compile_pattern(r"(?i)^(?=.*\b(?:and|or|vs\.?|versus)\b|.*,)(?=.*\d).*$")


def _set_against_its_name(doc: Doc, short: str, label: str) -> bool:
    """Whether a sentence that allocates (``contrast_assign_words.txt``) writes a short name and
    the full name it was set up for as two items of its list, a joining word and a number between
    them (``Forty were allocated to PL and 44 to placebo``): two groups, so the short name is not
    the arm's. A short name in a bracket is where it is set up, not an item."""
    assigns = _assign_cue()
    for sentence in doc.sents:
        text = span_text(sentence)
        if not assigns.search(text):
            continue
        names = [m.span() for m in re.finditer(rf"(?i)\b{re.escape(label)}\b", text)]
        for start, end in _short_name_places(text, short):
            if text[:start].rstrip().endswith(("(", "[")):
                continue  # "X (TAM; n = 60) or X plus Y": where the short name is set up
            for name_start, name_end in names:
                gap = text[end:name_start] if end <= name_start else text[name_end:start]
                if len(gap) <= MAX_ITEM_GAP_CHARS and _ITEM_GAP.match(gap):
                    return True
    return False


def _set_up_short_names(doc: Doc, arms: dict[str, dict]) -> None:
    """The short names an abstract sets up for its groups, and every later place it uses them.

    Where a group is named in full (its label or an alias), a bracket right after its name (and at most
    :data:`MAX_SET_UP_REST_WORDS` more words of it) may give the name the abstract calls it by
    afterwards: a short form of its name (``sevoflurane-fentanyl anesthesia (SF; n = 25)``,
    ``Cocculine (C)``: its letters in order in the name, the first opening a word), its letter
    (``exemestane (group B, n = 24)``) or, for a control, its side (``usual care (control)``).
    The name becomes an alias of the arm; an arm the record holds under that letter alone
    (``group SF``, ``group B``) is that arm; and each later place the name is written (``than
    group S``, ``TEL: 20.3%``, ``A = 18.8% vs B = 36.4%``) is a mention of the arm. A one-letter
    name is read only as a group (after or before a group noun, or before ``:``/``=`` and a
    value). Left out: a name given to two arms, two short forms given to one arm (``aceclofenac
    controlled release (CR)`` and ``aceclofenac immediate release (IR)``: two groups of one drug),
    a name another arm already has, an upper-case
    word that is a statistic or an agency (``HR``: ``not_trial_names.txt``), a short name a
    sentence sets beside the full name as another item (``40 to PL and 44 to placebo``), a trial's name
    (``(CAAN) trial``: a noun of ``general_study_nouns.txt`` after the bracket), and a bracket
    after a joining word (``X and Y (XY)``: ``short_name_rest_stops.txt``). In abstracts only."""
    if not is_abstract(doc) or not arms:
        return
    text = text_of(doc)
    names_of = {name.lower(): key for key, arm in arms.items() for name in [arm["label"], *(arm.get("aliases") or [])]}
    not_names = word_set("not_trial_names.txt")
    stops, study_nouns = word_set("short_name_rest_stops.txt"), word_set("general_study_nouns.txt")
    given: dict[str, set[str]] = {}  # each short name set up, with the arms it is given to
    set_up_at: set[int] = set()  # where the brackets write them
    for mention in doc.spans.get("ARM_MENTION") or ():
        key = mention.label_.lower()
        bracket = _SET_UP_BRACKET.match(text, mention.end_char) if key in arms else None
        if bracket is None or any(word in stops for word in bracket.group("rest").lower().split()):
            continue
        after = re.match(r"\s*([A-Za-z]+)", text[bracket.end():])
        if after is not None and (after.group(1).lower() in study_nouns or after.group(1).lower() + "s" in study_nouns):
            continue  # "Celecoxib anti-aromatase neoadjuvant (CAAN) trial": a trial's name
        own = {n.lower() for n in [arms[key]["label"], *(arms[key].get("aliases") or [])]}
        written = " ".join((mention.text + bracket.group("rest")).lower().split())
        if mention.text.lower() not in own and written not in own:
            continue  # "X combined with fentanyl (FA)" beside the arm "fentanyl alone": a part of another group
        name = bracket.group("name").strip()
        if _GROUP_LETTER_NAME.match(name) or name.lower() in _generic_labels() and arms[key]["role"] == "control" \
                or _SHORT_NAME.match(name) and name.lower() not in not_names \
                and short_form_of(name, mention.text + bracket.group("rest")):
            given.setdefault(name, set()).add(key)
            set_up_at.add(bracket.start("name"))
    def a_short_form(name: str) -> bool:  # not a letter ("group A") nor a side ("control")
        return not _GROUP_LETTER_NAME.match(name) and name.lower() not in _generic_labels()

    named = Counter(key for name, keys in given.items() if a_short_form(name) for key in keys)
    given = {name: keys for name, keys in given.items()  # "aceclofenac CR ... aceclofenac IR": two groups
             if not a_short_form(name) or all(named[key] == 1 for key in keys)}
    letters = {arm["label"].split()[-1]: key for key, arm in arms.items()
               if _LETTERED.match(arm["label"]) and re.fullmatch(r"[A-Z]{1,3}", arm["label"].split()[-1])}  # "A = 18.8%"
    short: dict[str, str] = {}
    for name, keys in given.items():
        key = next(iter(keys))
        if len(keys) != 1 or key not in arms:
            continue
        lettered = [other for other, arm in arms.items() if other != key and _LETTERED.match(arm["label"])
                    and arm["label"].split()[-1] == name.split()[-1]]  # "group SF" of "(SF; n = 25)"
        if _LETTERED.match(arms[key]["label"]) or len(lettered) > 1:
            continue
        holder = names_of.get(name.lower(), key)
        if holder != key and holder not in lettered:
            continue  # another arm's name
        for other in lettered:  # the record's arm "group SF" is this arm, called so
            folded = arms[other]
            aliases = arms[key].setdefault("aliases", [])
            aliases += [n for n in [folded["label"], *(folded.get("aliases") or [])] if n not in aliases]
            if arms[key]["n"] is None:
                arms[key]["n"] = folded["n"]
            _fold_arm(doc, arms, other, arms[key]["label"])
        if _set_against_its_name(doc, name, arms[key]["label"]):
            continue  # "40 to PL and 44 to placebo": the short form and the name are two groups
        if name not in arms[key].setdefault("aliases", []) and name.lower() != key:
            arms[key]["aliases"].append(name)
        names_of[name.lower()] = key
        short[name] = key
    places = [(start, end, arms[key]["label"]) for name, key in short.items() for start, end in _short_name_places(text, name)]
    places += [(start, end, arms[key]["label"]) for name, key in letters.items() if key in arms  # not folded
               for start, end in _short_name_places(text, name, as_group=True)]
    if not places:
        return
    keyed = list(doc.spans.get("ARM_MENTION") or ())
    taken = {i for m in keyed for i in range(m.start, m.end)}
    for start, end, label in sorted(places):
        if start in set_up_at:
            continue  # "Weight Watchers (WW; n = 65)": the bracket that sets the name up is the arm's size
        span = doc.char_span(start, end) or doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.end_char - end > 1 or taken & set(range(span.start, span.end)):
            continue  # "than group S.": the letter's token may hold the full stop
        keyed.append(Span(doc, span.start, span.end, label=label))
        taken.update(range(span.start, span.end))
    doc.spans["ARM_MENTION"] = sorted(keyed, key=lambda m: m.start)


#: Characters before a lettered group read for the side stated before it (``control group 2``).
SIDE_BEFORE_CHARS = 30
#: The letter or number of a lettered group written after its side and group noun (``control group 2``).
_LETTER_AFTER = compile_pattern(r"[ \t]+([A-Z0-9]{1,3})\b(?![.,]\d)")
#: The rule (``links.side``) of an arm whose side the abstract states.
STATED_SIDE = "stated-side"


#: A quote mark closing a group's name before its bracket (``'usual care' (control group, UC)``).
_CLOSING_QUOTE = "[\'\"\u2019\u201d]?"


@cache
def _stated_side_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The bracket after a group's name that states its side, and the side word before a lettered
    group (``control group 2``). In the bracket, a side word opens it (after an optional ``the``),
    followed by a group noun (required for a tested side: ``(study arm)``, not ``(study)``), then
    the bracket's end or more items after ``,``/``;`` (a short name, the size)."""
    nouns = "|".join(longest_words_first(map(re.escape, word_set("singular_group_nouns.txt"))))
    control = phrase_regex("stated_control_sides.txt")
    tested = phrase_regex("stated_tested_sides.txt")
    side = rf"(?:(?P<control>{control})(?:\s+(?:{nouns}))?|(?P<tested>{tested})\s+(?:{nouns}))"
    bracket = compile_pattern(rf"(?i){_CLOSING_QUOTE}\s*[(\[]\s*(?:the\s+)?{side}\s*(?P<rest>[,;:][^()\[\]]{{0,40}})?[)\]]")
    before = compile_pattern(rf"(?i)\b{side}\s*$")
    return bracket, before


def _stated_sides(doc: Doc, arms: dict[str, dict]) -> None:
    """The side an abstract states for a group where it sets the group up: a bracket after its name
    that opens with a side (``'usual care' (control group, UC, n = 64)``, ``guided
    imagery (intervention group, n = 66)``, ``systemic therapy alone (control arm)``:
    ``stated_control_sides.txt``, ``stated_tested_sides.txt``), or the side before a lettered
    group (``randomized into intervention group 1 or control group 2``). The authors' own word
    outranks what the roles are read from otherwise: a group stated as the control is the
    control, one stated as tested is experimental. Then the arm labelled by that side alone
    (``control``, ``intervention arm``: ``generic_arms.txt``) is the stated arm of that side when
    exactly one arm is stated so, and a short name the bracket gives (``UC``, the letters of the
    name in order) is that arm's: an arm of that name is folded into it. Only when the stated
    sides agree (no arm stated as both) and at least one arm is stated as the control or two
    sides are stated. In abstracts only (a news story's brackets give other things)."""
    if not is_abstract(doc) or len(arms) < 2:
        return
    text = text_of(doc)
    bracket, before = _stated_side_patterns()
    stated: dict[str, set[str]] = {}
    short_names: dict[str, list[str]] = {}
    for mention in doc.spans.get("ARM_MENTION") or ():
        key = mention.label_.lower()
        if key not in arms:
            continue
        if key in _generic_labels():  # "control group 2": the side and the letter of one group
            letter = _LETTER_AFTER.match(text, mention.end_char)
            said = before.search(mention.text)
            holders = [k for k, arm in arms.items() if letter is not None and _LETTERED.match(arm["label"])
                       and arm["label"].split()[-1].lower() == letter.group(1).lower()
                       and arm["label"].split()[0].lower() == mention.text.split()[-1].lower()]
            if said is not None and len(holders) == 1:
                stated.setdefault(holders[0], set()).add("control" if said.group("control") else "experimental")
            continue
        found = bracket.match(text, mention.end_char)
        if found is None and _LETTERED.match(arms[key]["label"]) and _GROUP_LETTER_NAME.match(mention.text):
            found = before.search(text, max(0, mention.start_char - SIDE_BEFORE_CHARS), mention.start_char)
        if found is None:
            continue
        stated.setdefault(key, set()).add("control" if found.group("control") else "experimental")
        for item in re.split(r"[,;:]", found.groupdict().get("rest") or ""):
            item = item.strip()
            if _SHORT_NAME.match(item) and short_form_of(item, mention.text):
                short_names.setdefault(key, []).append(item)
    _stated_side_options(doc, arms)
    sides = {key: next(iter(said)) for key, said in stated.items() if len(said) == 1}
    if len(sides) != len(stated) or not sides:
        return
    by_side = Counter(sides.values())
    if not by_side["control"] and len(by_side) < 2 or by_side["control"] > 1:
        return  # a tested side alone says nothing of the comparator; two stated controls: no one control
    for key, side in sides.items():
        arms[key]["role"] = side
        arms[key]["evidence"].setdefault("links", {})["side"] = STATED_SIDE
    for side, count in by_side.items():
        if count != 1:
            continue
        key = next(k for k, s in sides.items() if s == side)
        for generic in [k for k, arm in arms.items() if k in _generic_labels() and arm["role"] == side and k != key]:
            _fold_arm(doc, arms, generic, arms[key]["label"])  # "the control group" is the stated control
    for key, names in short_names.items():
        for name in names:
            other = name.lower()
            if other != key and other in arms and other not in sides:
                _fold_arm(doc, arms, other, arms[key]["label"])  # "(control group, UC, ...)": the UC arm is this one
            if key in arms and name not in arms[key].setdefault("aliases", []):
                arms[key]["aliases"].append(name)


def _stated_side_options(doc: Doc, arms: dict[str, dict]) -> None:
    """What a group labelled by its side alone was given, where the assignment states the side
    in a bracket after an option no rule read as a treatment (``randomized 160 women to use the
    electronic survey (experimental group, n = 86) or paper survey (control group, n = 74)``):
    the option (read as :func:`_set_up_options` reads one) is the ``intervention`` of the one
    arm of that side labelled by it alone (``experimental``, ``control``: ``generic_arms.txt``)
    whose intervention is not known yet. Only in a sentence that assigns; an option that is an
    arm's mention is left to :func:`_stated_sides`."""
    text = text_of(doc)
    bracket, _ = _stated_side_patterns()
    skips = word_set("contrast_group_skips.txt") | word_set("taking_verbs.txt")  # "to use a tablet questionnaire (...)"
    ends = {m.end_char for m in doc.spans.get("ARM_MENTION") or ()}
    for sentence in doc.sents:
        cue = _assign_cue().search(span_text(sentence))
        if cue is None:
            continue
        start = sentence.start_char + cue.end()
        for opening in re.finditer(r"[(\[]", text[start:sentence.end_char]):
            at = start + opening.start()
            before = text[start:at]
            name_end = start + len(before.rstrip())
            found = bracket.match(text, name_end)
            if found is None or name_end in ends:
                continue
            words = _option_words(before, skips)
            if not words or len(words) == 1 and words[0].lower() in word_set("clause_negations.txt"):
                continue  # "skin-to-skin contact (experimental group) or not (control group)": no name
            side = "control" if found.group("control") else "experimental"
            generic = [arm for key, arm in arms.items() if key in _generic_labels() and arm["role"] == side
                       and _GROUP_WORDS.sub("", _ARTICLES.sub("", (arm.get("intervention") or "").lower()))
                       in _generic_labels() | {key, ""}]  # not told yet: "the experimental group"
            if len(generic) != 1:
                continue
            generic[0]["intervention"] = " ".join(words)
            generic[0]["evidence"].setdefault("links", {})["side"] = STATED_SIDE


@cache
def _control_side_pattern() -> re.Pattern[str]:
    """A control group named by its side alone: a word of ``control_side_nouns.txt``, or
    ``control`` before a group or people noun (longest first)."""
    nouns = sorted(word_set("group_nouns.txt") | word_set("group_people_nouns.txt"), key=len, reverse=True)
    side = sorted(word_set("control_side_nouns.txt"), key=len, reverse=True)
    return compile_pattern(r"(?i)\b(?:(?:%s)|control\s+(?:%s))\b" % ("|".join(map(re.escape, side)),
                                                                "|".join(map(re.escape, nouns))))


def _control_side_mentions(doc: Doc, arms: dict[str, dict]) -> None:
    """Where an abstract names its control group by its side alone (``35% of controls``, ``in
    control patients``, ``the control arm``: ``control_side_nouns.txt``, or ``control`` before a
    group or people noun), a mention of the trial's one control arm (``no treatment``,
    ``placebo``). Not with two control arms or none, nor inside another mention. In abstracts."""
    controls = [arm["label"] for arm in arms.values() if arm["role"] == "control"]
    if not is_abstract(doc) or len(controls) != 1:
        return
    keyed = list(doc.spans.get("ARM_MENTION") or ())
    extra = _new_mentions(doc, keyed, [m.span() for m in _control_side_pattern().finditer(text_of(doc))],
                          lambda start, end, span: controls[0])
    if extra:
        doc.spans["ARM_MENTION"] = sorted(keyed + extra, key=lambda m: m.start)


def _regimen_words_of_dose_arms(doc: Doc, arms: dict[str, dict]) -> None:
    """An arm labelled only by the dose or schedule of one dose arm (``the twice-daily group``
    beside ``metformin twice daily``, whose dose is ``twice daily``) is that arm: it is no arm of
    its own, and the places it is written name the dose arm. A regimen two arms share names
    neither."""
    def spelled(name: str | None) -> str:
        return " ".join((name or "").lower().replace("-", " ").split())

    for key, arm in list(arms.items()):
        if arm.get("dose"):
            continue
        holders = [other for other_key, other in arms.items()
                   if other_key != key and other.get("dose") and spelled(other["dose"]) == spelled(arm["label"])]
        if len(holders) != 1:
            continue
        _fold_arm(doc, arms, key, holders[0]["label"])


def _side_words_of_named_arms(doc: Doc, arms: dict[str, dict]) -> None:
    """An arm labelled only by its side (``the untreated group``, ``the control group``:
    ``patterns/generic_arms.txt``) beside the one named arm of that side (``placebo``) is that arm,
    described: it is no arm of its own, and the places it is written name the named arm. In news
    only: an abstract's ``control group`` is often a group of its own (no treatment)."""
    if is_abstract(doc):
        return
    for key, arm in list(arms.items()):
        if key not in _generic_labels():
            continue
        named = [other for other_key, other in arms.items()
                 if other["role"] == arm["role"] and other_key not in _generic_labels()]
        if len(named) != 1:
            continue
        _fold_arm(doc, arms, key, named[0]["label"])


def _fold_arm(doc: Doc, arms: dict[str, dict], key: str, label: str) -> None:
    """The arm ``key`` is the arm labelled ``label``, described: it is no arm of its own, and the
    places it is written (``ARM_MENTION``) name that arm."""
    folded = arms.pop(key)["label"]
    doc.spans["ARM_MENTION"] = [Span(doc, m.start, m.end, label=label) if m.label_ == folded else m
                                for m in doc.spans["ARM_MENTION"]]


def _comparator_role(arms: list[dict]) -> None:
    """Two arms and no placebo or usual care: the one named second (``X versus Y``, ``X or Y``)
    is the comparator, as trial reports name the tested treatment first."""
    if len(arms) == 2 and all(arm["role"] == "experimental" for arm in arms):
        arms[1]["role"] = "control"


#: The rule name of a group found by how the trial assigns it (below): its mentions are assigned as
#: ``contrasted`` (``patterns/arm_evidence.json``).
CONTRASTED_RULE = "contrasted-group"
#: Where the names of the contrasted groups are kept on the doc (``doc.spans``), found or not by
#: another rule.
CONTRASTED_KEY = "CONTRASTED_GROUP"
#: The most words of the name of what a contrasted group was given (``glass of red wine`` is
#: ``red wine``; ``multiple email``; ``corn-soy porridge``, a hyphenated word counting as one).
MAX_CONTRASTED_WORDS = 4
#: The most words between ``randomized``/``assigned`` and its ``to`` (``assigned at random to``).
MAX_ASSIGN_TO_GAP = 3
#: Tokens before ``randomly assign`` read for a noun of studies in general (``studies that randomly
#: assign``: ``patterns/general_study_nouns.txt``), whose options are no trial's arms.
GENERAL_STUDY_TOKENS = 3
#: The fewest groups a sentence must name for its unknown names to be arms: a trial's contrast.
MIN_CONTRASTED_GROUPS = 2
#: The shortest one-word name of a contrasted group (not ``it``, ``TV``).
MIN_CONTRASTED_CHARS = 3
_ASSIGN_WORDS = word_set("contrast_assign_words.txt")


@cache
def _assign_cue() -> re.Pattern[str]:
    """A word of assigning (``contrast_assign_words.txt``: ``randomized to``, ``assigned``) in a sentence."""
    return compile_pattern(r"(?i)\b" + phrase_regex("contrast_assign_words.txt") + r"\b")


_GROUP_NOUNS = word_set("group_arm_nouns.txt")
_PEOPLE_WHO = frozenset({"who", "that"})
_OPTION_JOINERS = word_set("option_joiners.txt")
#: The letters a one-word group name shares with the start of a drug the article names that make
#: it a clipped name of that drug (``Tam`` and ``TamRT`` beside ``tamoxifen``).
CLIP_PREFIX_CHARS = 3
#: The longest such clipped name (not ``NicVAX`` beside nicotine).
MAX_CLIPPED_CHARS = 5
#: The most tokens of a bracket inside a group's name (``a nonselective (first generation) beta blocker``).
MAX_BRACKET_TOKENS = 8
#: Words after a group's first treatment that add another to it (``those taking X and Y``).
_COMBINING = word_set("treatment_joiners.txt")
#: What follows a treatment noun written as a named drug's form: ``early treatment with X``.
_FORM_OF = r"\s+(?:with|of)\s+(?:(?:the|a|an)\s+)?"
_VALUE_WORDS = word_set("contrast_value_words.txt")
_PERCENT_WORDS = word_set("percent_words.txt")


def _verb_at(doc: Doc, i: int, end: int) -> int | None:
    """The token after a verb of ``contrast_group_verbs.txt`` starting at ``i``, or ``None``."""
    return words_at(doc, i, end, "contrast_group_verbs.txt")


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen written inside a word (``corn-soy``)."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _read_name(doc: Doc, i: int, end: int) -> tuple[int, int]:
    """The name of what a group was given, read forward from token ``i`` (before ``end``): past an
    article and a measure (``a glass of``: ``serving_nouns.txt``), up to a word of
    ``contrast_group_stops.txt`` or ``schedule_adverbs.txt``, a punctuation mark, a number
    opening it or a number written as a word before a noun of ``session_count_nouns.txt`` after it
    (``nine times``), a past-tense verb after
    it, or ``MAX_CONTRASTED_WORDS`` words. Returns its
    token bounds (empty when there is none)."""
    stops, schedules = word_set("contrast_group_stops.txt"), word_set("schedule_adverbs.txt")
    skips = word_set("contrast_group_skips.txt")
    while i < end and doc[i].lower_ in skips:
        i += 1
    amount = spans_starting(doc, "DOSE", start=i, end=i + 1) if i < end and doc[i].like_num else []
    if amount and amount[0].end + 1 < end and doc[amount[0].end].lower_ == "of":
        i = amount[0].end + 1  # "22 grams of freeze-dried blueberry powder": the thing, not its amount
        while i < end and doc[i].lower_ in skips:
            i += 1
    elif i + 1 < end and doc[i].lower_ in word_set("serving_nouns.txt") and doc[i + 1].lower_ == "of":
        i += 2
        while i < end and doc[i].lower_ in skips:
            i += 1
    start, words = i, 0
    while i < end:
        token = doc[i]
        if _hyphen_joined(doc, i) and i > start and i + 1 < end and doc[i + 1].is_alpha:
            i += 2  # "corn-soy": one word
            continue
        if token.is_punct or token.lower_ in stops or token.lower_ in schedules or token.is_space:
            break
        if token.like_num and (i == start or (token.is_alpha and i + 1 < end
                                              and doc[i + 1].lower_ in word_set("session_count_nouns.txt"))):
            break  # "2 treatments per week": a dose or schedule; "X nine times over three weeks": how often
        if i > start and token.lower_.endswith(("ed", "ly")) and len(token) > MIN_CONTRASTED_CHARS + 1 \
                and not (i + 1 < end and _hyphen_joined(doc, i + 1)):
            break  # "those who drank white wine improved ...", "took the drug actually ...": not the name
        words += 1
        if words > MAX_CONTRASTED_WORDS:
            return start, start
        i += 1
    return start, i


def _a_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` can name what a group was given: not a reference, a negation
    or an amount (``contrast_group_openers.txt``), not a treatment noun or side word
    (``reference_heads.txt``, ``not_arms.txt``, ``generic_arms.txt``) or people
    (``group_people_nouns.txt``) alone or with words that do not say which (``the new drug``,
    ``not_modifiers.txt``): ``nutrient supplement`` is a name."""
    if end <= start:
        return False
    first, last = doc[start].lower_, doc[end - 1].lower_
    if first in word_set("contrast_group_openers.txt"):
        return False
    if any(token.lower_ in _inert_words() or token.lower_ in word_set("controls.txt") for token in doc[start:end]):
        return False  # a placebo or usual care is named by the control rules
    if len(doc[start:end].text) < MIN_CONTRASTED_CHARS:
        return False
    generic = word_set("reference_heads.txt") | _not_arms() | _generic_labels() | word_set("group_people_nouns.txt")
    if last in word_set("contrast_group_not_heads.txt"):
        return False  # "the highest consumption group": a level measured, not a treatment given
    if first in _generic_labels() or last in _not_arms() or last in _PRODUCT_NOUNS or last in word_set(ALONE_WORDS):
        return False  # "the iodine-alcohol combination", "the diet drug", "X alone": read by other rules
    if last not in generic and last.removesuffix("s") not in generic:
        return True
    modifiers = _not_modifiers() | word_set("reference_not_modifiers.txt") | generic
    return any(token.lower_ not in modifiers for token in doc[start:end - 1] if not token.is_punct)


def _options(doc: Doc, i: int, end: int) -> list[tuple[int, int]]:
    """The names listed from token ``i``: ``X``, ``X or Y``, ``X, Y or Z``; a comma without an
    ``or`` after it ends the list (``underwent X, to measure ...``)."""
    found: list[tuple[int, int]] = []
    last_or = 0
    while i < end:
        start, stop = _read_name(doc, i, end)
        if stop <= start:
            break
        if stop + 1 < end and doc[stop].lower_ in _COMBINING and not doc[stop + 1].like_num \
                and doc[stop + 1].lower_ not in word_set("group_people_nouns.txt"):
            return []  # "those taking X and a placebo": a combination, whose arm is named by its own rules
        if stop < end and doc[stop].text == "(":
            close = next((k for k in range(stop + 1, min(end, stop + MAX_BRACKET_TOKENS)) if doc[k].text == ")"), None)
            if close is not None and close + 1 < end and doc[close + 1].is_lower \
                    and doc[close + 1].lower_ not in word_set("contrast_group_stops.txt") \
                    and doc[close + 1].lower_ not in word_set("schedule_adverbs.txt"):  # "X (a cup) daily": its regimen
                return []  # "a nonselective (first generation) beta blocker": the name goes on past the bracket
        found.append((start, stop))
        i = stop
        while i < end and doc[i].lower_ in _OPTION_JOINERS:
            if doc[i].lower_ == "or":
                last_or = len(found)
            i += 1
        if i == stop:
            break
    return found[:last_or + 1]


#: The most words between a split group's subject and its verb (``half of the group received``).
MAX_SPLIT_GAP = 3


def _split_group(doc: Doc, i: int, sentence: Span) -> list[tuple[int, int]] | None:
    """The names of what one part of a split trial was given, when token ``i`` opens it: a subject
    of ``patterns/split_group_subjects.txt`` at the start of the sentence or a clause (``Half``,
    ``the other half``; not ``nearly half``), up to :data:`MAX_SPLIT_GAP` words (``of the
    group``), a verb of ``split_group_verbs.txt`` and what it gave: a drug or control named by its
    own rules in the clause (``the others consumed an identical-looking placebo``), else the
    name read after the verb (``22 grams of freeze-dried blueberry powder``)."""
    end = sentence.end
    subject = words_at(doc, i, end, "split_group_subjects.txt")
    if subject is None:
        return None
    if i > sentence.start and not (doc[i - 1].is_punct or doc[i - 1].lower_ in word_set("clause_joiners.txt")
                                   or doc[i - 1].lower_ in word_set("contrast_group_skips.txt")):
        return None  # "Half ate X", "; the other half got Y", "Only half of the group received X"
    for k in range(subject, min(end, subject + MAX_SPLIT_GAP + 1)):
        after = words_at(doc, k, end, "split_group_verbs.txt")
        if after is not None:
            break
        if doc[k].is_punct or doc[k].like_num:
            return None
    else:
        return None
    clause_end = next((k for k in range(after, end) if doc[k].is_punct and doc[k].text not in ("-", "(", ")")), end)
    named = [span for span in spans(doc, "DRUG", "CONTROL") if after <= span.start and span.end <= clause_end]
    if named:
        return [(named[0].start, named[0].end)]
    return _options(doc, after, end) or None


@cache
def _group_phrase_openers() -> frozenset[str]:
    """The words a group phrase of :func:`_group_phrases` can open with (each branch there starts
    only at one of them): a people noun, ``who``, a group noun, the first word of a split group's
    subject, an assigning word, ``either`` (the options of ``were given either X or Y``)."""
    return frozenset(word_set("group_people_nouns.txt") | {"who"} | _GROUP_NOUNS
                     | first_words("split_group_subjects.txt") | _ASSIGN_WORDS | {"either"})


#: The most tokens of a verb of giving before ``either`` (``were given either``).
MAX_EITHER_VERB_TOKENS = 3


def _an_either_option(doc: Doc, mention: Span, sentence: Span) -> bool:
    """Whether ``mention`` is one of the options of ``were given either X, Y or Z`` (any of them,
    not only the last: :func:`_given_either`) before it in its sentence."""
    for i in range(sentence.start, mention.start):
        if doc[i].lower_ == "either" and any(start <= mention.start < stop or mention.start <= start < mention.end
                                             for start, stop in _given_either(doc, i, sentence)):
            return True
    return False


def _given_either(doc: Doc, i: int, sentence: Span) -> list[tuple[int, int]]:
    """The options of ``were given either X or Y``, ``received either X, Y or a placebo``: a verb of
    ``either_given_verbs.txt`` (past forms: ``use either X or Y`` tells a habit, not what a trial
    gave) ends right before ``either`` (token ``i``), so each person got one of them and each is a
    group; not the words before a kind noun both options share (``either neoadjuvant or adjuvant
    radiation therapy``, ``a suction or stenting device``, ``preoperative or postoperative
    chemotherapy``: one lower-case word, then a name ending in a noun of ``intervention_heads.txt`` or
    ``product_nouns.txt`` or in a one-word treatment of the lexicons), not a
    treatment people had before the trial (a phrase of ``prior_treatment_cues.txt`` ending at the
    verb: ``who had received either X or Y``), nor the
    options of trials in general (a noun of ``general_study_nouns.txt`` before the verb). A one-word
    lower-case option needs ``MIN_LOWERCASE_DRUG_CHARS`` letters; at least two options."""
    end = sentence.end
    verb = next((k for k in range(max(sentence.start, i - MAX_EITHER_VERB_TOKENS), i)
                 if words_at(doc, k, i, "either_given_verbs.txt") == i), None)
    if verb is None:
        return []
    if any(words_at(doc, k, i, "prior_treatment_cues.txt") == i
           for k in range(max(sentence.start, verb - MAX_EITHER_VERB_TOKENS), verb + 1)):
        return []  # "patients who had received either X or Y": treated before the trial
    if any(doc[k].lower_ in word_set("general_study_nouns.txt") for k in range(sentence.start, verb)):
        return []  # "52 trials where volunteers got either the drug or a placebo": trials in general
    options = _options(doc, i + 1, end)
    kinds = _heads() | word_set("product_nouns.txt")
    if options and options[0][1] - options[0][0] == 1 and doc[options[0][0]].is_lower \
            and options[-1][1] - options[-1][0] > 1 \
            and (doc[options[-1][1] - 1].lower_ in kinds
                 or spans_starting(doc, "INTERVENTION", start=options[-1][1] - 1, end=options[-1][1])):
        return []  # "either neoadjuvant or adjuvant radiation therapy": one kind noun both options share
    options = [(start, stop) for start, stop in options if stop - start > 1 or not doc[start].is_lower
               or len(doc[start]) >= MIN_LOWERCASE_DRUG_CHARS]
    return options if len(options) >= MIN_CONTRASTED_GROUPS else []


def _group_phrases(doc: Doc, sentence: Span) -> tuple[list[list[tuple[int, int]]], bool, bool]:
    """The groups a sentence names by what they were given, each as the token bounds of its
    names, whether it assigns them, and whether it splits the people in parts (``Half received X``,
    :func:`_split_group`): ``those who drank X`` (a people noun of
    ``group_people_nouns.txt``, ``who``, a verb of ``contrast_group_verbs.txt``; without ``who``
    only a participle, ``women given X``, ``smokers taking X``), ``the X group``, and the options
    after ``randomized/assigned to (eat)``, which are one group each."""
    people = word_set("group_people_nouns.txt")
    participles = word_set("given_participles.txt")
    found: list[list[tuple[int, int]]] = []
    assigns = split_here = False
    end = sentence.end
    openers = token_positions(doc, _group_phrase_openers())  # found once per doc, not a walk over every token
    for i in openers[bisect_left(openers, sentence.start):bisect_left(openers, end)]:
        lower = doc[i].lower_
        if lower in people:
            who = i + 1 < end and doc[i + 1].lower_ in _PEOPLE_WHO
            j = i + 1 + who
            after = _verb_at(doc, j, end)
            if after is not None and (who or doc[j].lower_.endswith("ing") or doc[j].lower_ in participles):
                options = _options(doc, after, end)
                if options:
                    found.append(options)
        elif lower == "who" and i > sentence.start and (doc[i - 1].like_num or doc[i - 1].lower_ in _PERCENT_WORDS):
            after = _verb_at(doc, i + 1, end)  # "40% of those who had received X and 29% who received Y"
            options = _options(doc, after, end) if after is not None else []
            if options:
                found.append(options)
        elif lower in _GROUP_NOUNS and i > sentence.start:
            start = i
            while start > sentence.start and i - start < MAX_CONTRASTED_WORDS and not doc[start - 1].is_punct \
                    and doc[start - 1].lower_ not in word_set("articles.txt"):
                start -= 1
            if start > sentence.start and doc[start - 1].lower_ == "the" and start < i \
                    and _read_name(doc, start, i) == (start, i):
                found.append([(start, i)])
        elif (split := _split_group(doc, i, sentence)) is not None:
            found.append(split)  # "Half ate 22 grams of X daily", "the other half got a placebo"
            assigns = split_here = True
        elif lower == "either":
            options = _given_either(doc, i, sentence)
            if options:
                found += [[option] for option in options]  # "were given either X or Y": one group each
                assigns = True
        elif lower in _ASSIGN_WORDS:
            if any(doc[k].lower_ in word_set("general_study_nouns.txt")
                   for k in range(max(sentence.start, i - GENERAL_STUDY_TOKENS), i)):
                continue  # "studies that randomly assign people to X or Y": studies in general
            to = next((k for k in range(i + 1, min(end, i + 2 + MAX_ASSIGN_TO_GAP)) if doc[k].lower_ == "to"), None)
            if to is None:
                continue
            after = _verb_at(doc, to + 1, end) or to + 1
            options = _options(doc, after, end)
            if options and options[0][1] - options[0][0] == 1 and options[-1][1] - options[-1][0] > 1:
                continue  # "to reusable or disposable expanders": a shared noun, whose words are not all names
            options = [(start, stop) for start, stop in options if stop - start > 1 or not doc[start].is_lower
                       or len(doc[start]) >= MIN_LOWERCASE_DRUG_CHARS]  # "to dhea or placebo": too short to trust
            if len(options) >= MIN_CONTRASTED_GROUPS:
                found += [[option] for option in options]
                assigns = True
    return found, assigns, split_here


def _kind_of_known(doc: Doc, known: Span, start: int, end: int) -> bool:
    """Whether the name ``start:end`` says which kind of a treatment a lexicon knows inside it, so
    that the name is the arm: the known words end it (``white wine``, ``red wine``: two arms) or
    are a part of one of its hyphenated words (``soy`` in ``corn-soy porridge``); not words after
    them that say its form (``turmeric capsules``, ``soy protein shake``: the lexicon's name is
    the arm)."""
    if not (start <= known.start and known.end <= end):
        return False
    if known.end == end:
        return True
    return (known.start > 0 and _hyphen_joined(doc, known.start - 1)) or _hyphen_joined(doc, known.end)


@cache
def _split_subject() -> re.Pattern[str]:
    """A split group's subject anywhere in a text (``patterns/split_group_subjects.txt``: ``Half``,
    ``the other half``): a story that never says randomized is read for split groups only in the
    sentences that hold one (the whole phrase, not its first word: ``the`` opens most sentences)."""
    return compile_pattern(rf"(?i)\b(?:{phrase_regex('split_group_subjects.txt')})\b")


@cache
def _split_subject_scanner() -> Scanner | PrefixScanner:
    """:func:`_split_subject` over a whole text, tried only where its first words stand (``half``,
    ``the``, ``one``, ``another``: :func:`trialnews.scanning.fast_scanner`): the same matches."""
    return fast_scanner(_split_subject().pattern, lower=TEXT_LOWER)


def _contrasted_groups(doc: Doc, candidates: list[Span]) -> list[Span]:
    """Arms no lexicon knows, found by how the trial assigns them (``rule``: ``contrasted-group``):
    the names of at least ``MIN_CONTRASTED_GROUPS`` groups that one sentence sets side by side,
    where it assigns them (``randomly assigned to an abrupt-quit or a gradual-quit group``) or
    reports their values (``36 percent in the multiple email group compared with 26.5 percent in
    the single email group``, ``those who drank white wine ... compared with those who drank mineral
    water``); only in a story of randomized groups or an abstract, or where a sentence splits the
    people in parts one of which got a control (``Half received X and the remaining half - the
    placebo group - ...``: a controlled trial, even when the story never says randomized). A name that overlaps a name
    found otherwise is left to it (a lexicon's food or treatment inside it gives way: ``corn-soy porridge``), a name that ends another one found here (``water`` beside
    ``mineral water``) gives way to it, and the name is the words after the verb or the article,
    without a measure (``a glass of``) or a schedule (``nightly``: the arm's regimen)."""
    text = text_of(doc)
    randomized = is_abstract(doc) or _randomized_here(doc)
    split_starts = [] if randomized else [start for start, _, _ in _split_subject_scanner().finditer(text)]
    if not (randomized or split_starts):
        return []
    named = [span for span in candidates if span.label_ != "INTERVENTION"]
    known = [span for span in candidates if span.label_ == "INTERVENTION"]
    known_bounds = longer_words = acronyms = drug_starts = named_otherwise = None  # read at the first contrast
    found: dict[str, Span] = {}
    sentences = list(doc.sents)
    for n, sentence in enumerate(sentences):
        if not randomized and bisect_left(split_starts, sentence.start_char) == bisect_left(split_starts, sentence.end_char):
            continue  # a story that never says randomized: only a sentence that splits its people
        groups, assigns, split = _group_phrases(doc, sentence)
        if len(groups) == 1 and assigns and n + 1 < len(sentences) \
                and words_at(doc, sentences[n + 1].start, sentences[n + 1].end, "split_group_others.txt") is not None:
            more, _, _ = _group_phrases(doc, sentences[n + 1])  # "Half ate X daily. The others consumed a placebo."
            groups = groups + more[:1]
        if len(groups) < MIN_CONTRASTED_GROUPS:
            continue
        if not randomized and not (split and any(span.label_ == "CONTROL" and span.start < stop and start < span.end
                                                 for span in named for options in groups for start, stop in options)):
            continue  # not randomized: a split whose other part got a placebo or a sham is a controlled trial
        if not assigns and not any(t.like_num or t.lower_ in _VALUE_WORDS for t in sentence):
            continue  # groups named together, but no value set them side by side
        if named_otherwise is None:  # the candidates' words, read once a sentence contrasts groups
            known_bounds = {(span.start, span.end) for span in known}
            longer_words = {word for span in candidates if " " in span.text for word in span.text.lower().split()}
            acronyms = {span.text for span in candidates if span.text.isupper() and " " not in span.text}  # "CBSM"
            drug_starts = {span.text[:CLIP_PREFIX_CHARS].lower() for span in named if span.label_ == "DRUG"
                           and len(span.text) > CLIP_PREFIX_CHARS}
            named_otherwise = {short.text.lower() for short in spans(doc, "ABBREVIATION")}  # "CRT": read with its long form
            named_otherwise |= {span.text.lower() for span in named}  # "radiotherapy alone", named a control elsewhere
        new: list[tuple[int, int]] = []
        names: set[str] = set()
        for options in groups:
            named_here = set()
            for start, end in options:
                if any(span.start < end and start < span.end for span in named) \
                        or doc[start:end].text.lower() in named_otherwise:
                    named_here.add(doc[start:end].text.lower())  # a drug or control: named by its own rules
                elif end - start > 1 and any(token.text in acronyms or (token.text.isupper() and len(token) > 1
                                                                    and token.lower_ in named_otherwise)
                                             for token in doc[start:end]):
                    continue  # "CBSM postsurgery": a treatment named by its acronym, with words that are not its name
                elif end - start == 1 and doc[start].lower_ in longer_words:
                    continue  # "40 patients who received taxane" beside "weekly taxane therapy": its short name
                elif end - start == 1 and len(doc[start]) <= MAX_CLIPPED_CHARS \
                        and doc[start].text[:CLIP_PREFIX_CHARS].lower() in drug_starts \
                        and doc[start].text.lower() not in named_otherwise:
                    continue  # "Tam", "TamRT" beside tamoxifen: a clipped name of a drug the article names
                elif _a_name(doc, start, end):
                    parts = [span for span in known if span.start < end and start < span.end]
                    if not any(not _kind_of_known(doc, span, start, end) for span in parts):
                        named_here.add(doc[start:end].text.lower())
                        new.append((start, end))
                    elif len(parts) == 1 and start <= parts[0].start and parts[0].end <= end:
                        named_here.add(parts[0].text.lower())  # "a gastric bypass procedure": the lexicon's name
                        new.append((parts[0].start, parts[0].end))
            if named_here - names:
                names.add(min(named_here - names))  # one name for each group that names one
        if len(names) < MIN_CONTRASTED_GROUPS:
            continue  # one group named by what it took: "those taking X had a lower risk than those taking other drugs"
        for start, end in new:
            if (start, end) in known_bounds and len(doc[start:end].text.split()) == 1:
                continue  # "people taking the immunotherapy": a one-word class the lexicon knows is no evidence
            found.setdefault(f"{start}:{end}", Span(doc, start, end, label="INTERVENTION", span_id=CONTRASTED_RULE))
    if not found:
        return []
    named_starts = {span.start_char for span in named}
    lowered = text.lower()
    forms = {name for name in {span.text.lower() for span in found.values()}  # the name as a whole word
             if any(form.end() in named_starts
                    for form in re.finditer(r"(?<![\w-])" + re.escape(name) + _FORM_OF, lowered))}
    spans_found = [span for span in found.values() if span.text.lower() not in forms]  # "early treatment with interferon"
    labels = [span.text.lower() for span in spans_found]
    return [span for span, label in zip(spans_found, labels)
            if not any(other != label and other.endswith(" " + label) for other in labels)]


#: Generic words of a treatment's kind (``vaccine``, ``surgery``, ``diet``) that news names an arm
#: by while the story writes the treatment's fuller name (``the mosaic vaccine``).
KIND_WORDS = "arm_kind_words.txt"
#: Words that never begin or join a kind word's fuller name: status, novelty and sameness words
#: (``the candidate vaccine``, ``a new vaccine``), besides ``arm_label_stops.txt`` and the judging
#: and people words.
KIND_NAME_STOPS = "arm_kind_name_stops.txt"
#: The most words before a kind word that its fuller name takes (``whole brain radiation``).
MAX_KIND_MODIFIERS = 2
#: A fuller name is taken when written at least this often (outside sentences that leave people
#: out, tell their history or name another study).
MIN_KIND_NAME_COUNT = 2
#: Words of a sentence that tell its treatment is a group's or was assigned or given to people
#: (``patterns/arm_given_cues.txt``).
_GIVEN_CONTEXT = compile_pattern(rf"(?i)\b{phrase_regex('arm_given_cues.txt')}\b")
#: Words of a sentence that leave people out of the trial or tell what they had before it
#: (``patterns/arm_kind_history_cues.txt``: ``were excluded``, ``had received``, ``in the past``).
_HISTORY_CONTEXT = compile_pattern(rf"(?i)\b{phrase_regex('arm_kind_history_cues.txt')}\b")
KIND_NAME_RULE = "kind-word-full-name"


def _control_word(word: str) -> bool:
    """Whether ``word`` (lower case) names or describes a control (``sham``, ``fake``, ``dummy``,
    ``placebo``, ``saline``: ``inert_control_words.txt``, ``controls.txt`` and
    ``described_group_control_modifiers.txt``)."""
    return word in _inert_words() or word in word_set("controls.txt") \
        or word in word_set("described_group_control_modifiers.txt")


def _kind_modifier(doc: Doc, first: int, end: int) -> bool:
    """Whether the word ``doc[first:end]`` before a kind word names which one it is (``mosaic``,
    ``flu``, ``Ad26``, ``whole brain``): letters (a code may hold digits), no function word, number,
    verb alone, people, judging, status or control word (``fake surgery`` is the control's)."""
    parts = [t for t in doc[first:end] if t.text not in phrases.JOINER_TOKENS]
    if not parts or any(not any(ch.isalpha() for ch in t.text) or not t.text.replace("-", "").isalnum()
                        or t.like_num or phrases.counts(t) for t in parts):
        return False
    text = doc[first:end].text.lower()
    stops = word_set(LABEL_STOPS) | word_set(KIND_NAME_STOPS)
    if text in stops or any(t.lower_ in stops or t.lower_ in phrases.judging_words()
                            or t.lower_ in phrases.people_words() or _control_word(t.lower_) for t in parts):
        return False
    if len(parts) > 1:
        return True  # "live-attenuated", "Ad26-env": a compound
    word = parts[0].text
    if len(word) < MIN_NAME_CHARS - 1:
        return False  # "B" of "meningococcal B vaccine": a letter names no kind alone
    if _coded(word):
        return True  # a code or a short form: "Ad26", "EDAS"
    found = wordclass.classes(word)
    if wordclass.VERB in found and wordclass.NOUN not in found:
        return False  # "received", "gave": what was done, not which one
    return not wordclass.is_function_word(word) and (wordclass.NOUN in found or wordclass.ADJ in found) \
        and not _graded(word.lower())


def _coded(word: str) -> bool:
    """Whether ``word`` is a code or a short form (``Ad26``, ``EDAS``): a capital after its first
    letter, or a digit."""
    return any(ch.isupper() for ch in word[1:]) or any(ch.isdigit() for ch in word)


def _kind_name_opener(doc: Doc, i: int) -> bool:
    """Whether token ``i`` lets the words after it open a kind word's name: a function word, a verb
    (``received X surgery``) or clause punctuation; not a noun or adjective, after which the name
    would be longer than the words read."""
    token = doc[i]
    if token.text in _PHRASE_OPENERS or token.is_punct:
        return True
    found = wordclass.classes(token.text)
    return wordclass.is_function_word(token.text) or (wordclass.VERB in found and wordclass.NOUN not in found)


def _kind_names(doc: Doc, kind: str) -> list[tuple[tuple[Span, ...], Span]]:
    """Each place the article writes ``kind`` with the words before it that name which one it is:
    (the modifiers, nearest first; the phrase). Only phrases whose words before them open them
    (:func:`_kind_name_opener`)."""
    text = text_of(doc)
    found = []
    for match in re.finditer(rf"(?i)\b{re.escape(kind)}\b", text):
        head = doc.char_span(match.start(), match.end())
        if head is None or len(head) != 1:
            continue
        floor = sent(head).start
        start, modifiers = head.start, []
        while start > floor and len(modifiers) < MAX_KIND_MODIFIERS:
            first = phrases.word_start(doc, start, floor)
            if not _kind_modifier(doc, first, start):
                break
            modifiers.append(doc[first:start])
            start = first
        while modifiers and start > floor and not _kind_name_opener(doc, start - 1):
            start = modifiers.pop().end  # "lumpectomy plus radiation" read from "plus": not the phrase's start
        if modifiers:
            found.append((tuple(modifiers), Span(doc, start, head.end)))
    return found


def _past_sentence(doc: Doc, sentence: Span) -> bool:
    """Whether a sentence leaves people out, tells their history or another study's (a phrase of
    ``arm_kind_history_cues.txt`` or ``other_studies.tsv``, or a year before the latest one the
    article writes): no place for an arm's fuller name."""
    written = span_text(sentence)
    if _HISTORY_CONTEXT.search(written) or (_may_match(_other_study_first_words(), written)
                                            and _other_study().search(written)):
        return True
    years = [int(year) for year in YEAR.findall(written)]
    return bool(years) and min(years) < latest_year(doc)


def _heading(doc: Doc, sentence: Span) -> bool:
    """Whether a sentence is a heading (:func:`heading_sentence`), or the first one when the reader
    found no headings (the title, as :func:`_trial_title` reads it)."""
    return heading_sentence(doc, sentence) or (sentence.start == 0 and not doc.user_data.get("headings"))


def _kind_label(phrase: Span) -> str:
    """A fuller name as a label: each word lower-cased unless a code or a short form (``Ad26
    vaccine``; ``Lattice Vaccine`` of a headline is ``lattice vaccine``)."""
    return " ".join(word if _coded(word) else word.lower() for word in phrase.text.split(" "))


def _kind_word_names(doc: Doc, arms: dict[str, dict], keyed: list[Span]) -> list[Span]:
    """An arm labelled by a generic kind word (``vaccine``, ``surgery``: ``patterns/arm_kind_words.txt``)
    takes the fuller name the story writes for it (``mosaic vaccine``, ``whole brain
    radiation``): a word before the kind word that names which one it is (:func:`_kind_modifier`),
    written so at least once in a sentence where the treatment is given or a group's
    (``_GIVEN_CONTEXT``), at least ``MIN_KIND_NAME_COUNT`` times in all, and no other such word
    written so where it is given (``HIV vaccine`` in background sentences is no rival of ``the
    mosaic vaccine`` given to people). A sentence that leaves people out, tells their history or
    names another study (:func:`_past_sentence`) is no place for it. A second word before it
    only where the name is always written with it. The kind word stays an alias, the arm's
    evidence is the name's first place outside a heading (rule ``kind-word-full-name``) and its
    mentions are the arm's under the new label (:func:`_kind_label`). Not in an abstract, not for
    a control arm, and not where the fuller name is another arm's."""
    if is_abstract(doc):
        return keyed
    kinds = word_set(KIND_WORDS)
    renamed: dict[str, str] = {}
    past: dict[int, bool] = {}
    for key, arm in list(arms.items()):
        if key not in kinds or arm["role"] == "control" or arm["label"] != key:
            continue
        places = []
        for modifiers, phrase in _kind_names(doc, key):
            sentence = sent(phrase)
            if sentence.start not in past:
                past[sentence.start] = _past_sentence(doc, sentence)
            if not past[sentence.start]:
                places.append(([m.text.lower() for m in modifiers], modifiers, phrase))
        given = {names[0] for names, _, phrase in places if _GIVEN_CONTEXT.search(span_text(sent(phrase)))}
        if len(given) != 1:
            continue  # never named so where it is given, or two names so: which is the arm's is not told
        best = next(iter(given))
        mine = [(names, modifiers, phrase) for names, modifiers, phrase in places if names[0] == best]
        if len(mine) < MIN_KIND_NAME_COUNT:
            continue
        longer = Counter(tuple(names[:2]) for names, _, _ in mine if len(names) > 1)
        words = 1
        if longer and len(mine) == longer.most_common(1)[0][1]:
            words = 2  # "whole brain radiation": always written whole
        written = [(modifiers, phrase) for _, modifiers, phrase in mine]
        modifiers, first = next(((m, p) for m, p in written if not _heading(doc, sent(p))), written[0])
        phrase = Span(doc, modifiers[words - 1].start, first.end)
        label = _kind_label(phrase)
        if label.lower() in arms:
            continue  # another arm's name
        found = evidence(phrase, rule=KIND_NAME_RULE)
        found["links"] = dict(arm["evidence"].get("links") or {})
        aliases = [arm["label"], *(arm.get("aliases") or [])]
        arms[label.lower()] = {**arm, "label": label, "aliases": aliases, "evidence": found}
        del arms[key]
        renamed[arm["label"]] = label
    if not renamed:
        return keyed
    return [Span(doc, m.start, m.end, label=renamed.get(m.label_, m.label_)) for m in keyed]
