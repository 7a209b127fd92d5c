"""Linking a number to its group, its endpoint and its time point.

The article's syntax decides: a ``respectively`` list maps values to the groups named in the
same order; otherwise the nearest group named in the same clause, with nothing but connecting
words between (``55% of the patients in the placebo group``, ``25 months with nivolumab``,
``ixazomib (n=21)``), and the nearest endpoint named before the value in its sentence (or,
failing that, after it; or in the sentence before).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from bisect import bisect_left

from spacy.tokens import Doc, Span

from ..errors import Warnings
from ..resources import longest_words_first, phrase_regex, word_set
from ..reading.doctext import span_text, text_of
from ..reading.kind import is_abstract
from .wordclass import NOUN, PREP, classes
from .groupwords import group_phrases
from ..facts.common import LINK_WINDOW, clause_bounds, sent, spans, spans_starting, state, token_positions
from ..intervals import LEVEL, MINUS, RANGE_DASH
from ..scanning import StartFilteredPattern, compile_pattern

#: Values that count as one list for ``respectively``.
LIST_LABELS = ("PERCENT", "DURATION", "QUANTITY", "FRACTION", "COUNT_OF", "POINTS", "EVENT_COUNT")
_TIMEPOINT_CUE = compile_pattern(r"(?i)(?:\b(?:at|after|by|over|within|through|during|following|for|in|to)\s+(?:the\s+)?"
                                 r"(?:first\s+|initial\s+)?)$")
#: Words between a value and a group that show they belong to different list items.
_SEPARATOR = compile_pattern(r"(?i)(?:^|\s),|[,;]\s*(?:and|while|but|whereas)?\s*$|^\s*,|\b(?:vs\.?|versus|compared|than|while|"
                             r"whereas|but)\b")
_WHOLE_TRIAL = compile_pattern(r"(?i)\b(?:in|of) (?:the|this) (?:trial|study)\b|\bstudy participants\b")
#: Words that give a value to every group at once (``patterns/whole_group_words.txt``).
_ALL_PATIENTS = compile_pattern(r"(?i)\b" + phrase_regex("whole_group_words.txt") + r"\b")
#: A rate's own count and total in brackets after it, passed between the two values of a pair:
#: ``22% (13/60) vs. 35% (21/60)``, ``61.5% [40 of 65] versus ...``.
FRACTION_AFTER_RATE = r"(?:[(\[]\s*\d[\d,]*\s*(?:/|of|out of)\s*\d[\d,]*(?:\s+[a-z]+)?\s*[)\]]\s*)?"
#: A value's own interval in brackets after it, passed between the two values of a pair as its
#: count is: ``53% [95% CI, 49%-58%] vs 42% [95% CI, 37%-45%]``, ``33% (23 to 43) vs 21% (12 to 30)``.
INTERVAL_AFTER_VALUE = (rf"(?:[(\[]\s*(?:{LEVEL}\s*%\s*(?:CI|confidence interval)\s*[:,]?\s*)?"
                        rf"{MINUS}?\d[\d.]*\s*%?\s*(?:{RANGE_DASH}|to)\s*{MINUS}?\d[\d.]*\s*%?\s*[)\]]\s*)?")
_PAIR_GAP = compile_pattern(r"(?i)^\s*[)\]]?\s*" + FRACTION_AFTER_RATE + INTERVAL_AFTER_VALUE + r"[,;]?\s*(?:vs\.?|v\.?|versus|compared (?:with|to)|against)\s*"
                            r"(?:\d+(?:\s*/\s*\d+)?\s*)?[(\[]?\s*$")  # "5/60 (8.3%) vs. 2/58 (3.4%)"
#: Words after a value that open the phrase naming its group: ``45% of those taking X``,
#: ``24% of patients treated with X``, ``in the X group``, ``12 (14.6%) of 82 patients in the X group``.
_POST_MODIFIER = compile_pattern(r"(?i)^\s*(?:[)\]]\s*)?(?:[(\[][^()\[\]]{0,40}[)\]]\s*)?(?:of|in|among|on|with|for|from)\b(?:\s+(?:the|those|patients|participants|"
                                 r"subjects|women|men|people|children|adults|who|were|was|taking|receiving|given|treated|"
                                 r"assigned|randomi[sz]ed|to|with|on|in|group|arm|\d[\d,]*)\b)*\s*$")
#: A sentence that opens by naming its group: ``Of the 170 women who received acupuncture, ...``.
_OPENING_SCOPE = compile_pattern(r"(?i)^\s*(?:of|among|in)\b")
#: Words between two values that put them side by side as a comparison of two groups.
_CONTRAST = compile_pattern(r"(?i)\b" + phrase_regex("contrast_words.txt") + r"\b")
#: A value said of every group: "both arms", "all patients", "the two groups".
BOTH_GROUPS = StartFilteredPattern(compile_pattern(
    r"(?i)\b" + phrase_regex("whole_group_determiners.txt") + r"\s+" + phrase_regex("whole_group_nouns.txt") + r"\b"))
#: Characters after a value searched for a comparison with the start of the trial.
BASELINE_CHARS = 40
#: Words between ``than`` and ``at the start`` that restate the group or its measure (``than they
#: did at the beginning``, ``than their symptoms at the start``).
MAX_BASELINE_GAP_WORDS = 6
#: The words for the start of the trial (``patterns/baseline_words.txt``), as a regex group.
BASELINE_WORDS = phrase_regex("baseline_words.txt")
#: A value compared with the start of the trial, not with another group: ``than at the outset``,
#: ``than they did at the beginning``, ``from baseline`` (``patterns/baseline_words.txt``); ``gap``
#: holds the words between ``than`` and ``at the start``.
FROM_BASELINE = compile_pattern(r"(?i)^[^.;]{0,%d}?\b(?:than\s+(?:(?:at|before)\s+)?(?:the\s+)?%s"
                                r"|than\s+(?P<gap>(?:[\w'\u2019-]+\s+){0,%d}?)(?:at|before)\s+(?:the\s+)?%s|from\s+(?:the\s+)?%s)\b"
                                % (BASELINE_CHARS, BASELINE_WORDS, MAX_BASELINE_GAP_WORDS, BASELINE_WORDS, BASELINE_WORDS))
#: A clause after ``than`` naming the same people before ``before`` (``than they did before``):
#: ``patterns/own_earlier_clauses.txt``.
OWN_EARLIER_CLAUSES = phrase_regex("own_earlier_clauses.txt")
#: ``than before the study``, ``than they did before``: a change set against the same people's own
#: earlier state, which no comparison between groups is (read by facts/comparisons.py only: what the
#: change is of is not told, so it is no result either).
FROM_OWN_EARLIER = compile_pattern(r"(?i)^[^.;]{0,%d}?\bthan\s+(?:%s\s+)?before\b" % (BASELINE_CHARS, OWN_EARLIER_CLAUSES))
#: Words in the ``gap`` of :data:`FROM_BASELINE` that name another group of people (``than those in
#: the placebo group at the start``): the value is set against that group, not against its own start.
BASELINE_GAP_GROUP_WORDS = ("described_group_people.txt", "group_nouns.txt")


@cache
def _gap_group_words() -> frozenset[str]:
    """The words of :data:`BASELINE_GAP_GROUP_WORDS` (read once)."""
    return frozenset().union(*(word_set(name) for name in BASELINE_GAP_GROUP_WORDS))


def from_baseline(after: str, doc: Doc | None = None, at: int | None = None) -> bool:
    """Whether the text after a value (or a change) compares it with the start of the trial
    (``than at the outset``, ``than they did at the beginning``, ``from baseline``): a change
    within its own group, not a contrast between groups. Not when the words between ``than`` and
    ``at the start`` name a group (``than those in the placebo group at the start``), by a people or
    group word or, given the ``doc`` and the character offset ``at`` of ``after`` in it, an arm."""
    match = FROM_BASELINE.match(after)
    if match is None:
        return False
    if not match.group("gap"):
        return True
    if any(word.lower() in _gap_group_words() for word in match.group("gap").split()):
        return False
    if doc is None or at is None:
        return True
    start, end = at + match.start("gap"), at + match.end("gap")
    return not any(start < m.end_char and m.start_char < end for m in arm_mentions(doc))


def from_own_earlier(after: str) -> bool:
    """Whether the text after a change sets it against its people's own earlier state
    (``than they did before``, ``than before treatment``)."""
    return FROM_OWN_EARLIER.match(after) is not None


#: ``between the two groups``, ``between arms``: a comparison of the groups, not a value they share.
_BETWEEN_GROUPS = compile_pattern(r"(?i)\bbetween\s+(?:the\s+)?(?:two\s+|treatment\s+|study\s+)?(?:arms|groups)\b")


def _shared_by_groups(sentence: Span) -> bool:
    """Whether a sentence says its values are shared by the groups (``in both arms``, ``all
    patients``), not compared between them (``differed between the two groups (60% vs. 9%)``)."""
    text = span_text(sentence)
    return bool(BOTH_GROUPS.search(_BETWEEN_GROUPS.sub(" ", text)))


#: Answers about the sentence last asked, by question (every value of a sentence asks the same).
_SENTENCE_ANSWERS: dict[str, object] = {"key": None, "answers": {}}


def per_sentence(sentence: Span, question: str, answer: Callable[[], object]) -> object:
    """``answer()`` for ``sentence``, computed once however many values of the sentence ask."""
    key = (sentence.doc, sentence.start, sentence.end)
    if _SENTENCE_ANSWERS["key"] != key:
        _SENTENCE_ANSWERS.update(key=key, answers={})
    answers: dict[str, object] = _SENTENCE_ANSWERS["answers"]
    if question not in answers:
        answers[question] = answer()
    return answers[question]


def named_mentions(doc: Doc, sentence: Span) -> list[Span]:
    """The group mentions of a sentence in text order, outermost only (``capecitabine`` inside
    ``lapatinib-capecitabine``, ``X`` inside ``X plus Y`` is no mention of its own), with a mention of
    each group a list names by its letter (``groups A and B``): read once per sentence, shared by the
    order linkers (``respectively``, pairs). Kept per doc and state of its arms and mentions (the
    sizes component reads them before it adds arms), not with :func:`per_sentence`: a linker
    reading the sentence before would otherwise drop the answers kept for the value's own."""
    mentions = doc.spans.get("ARM_MENTION")
    version = (id(mentions), len(mentions or ()),
               tuple((arm.get("label"), tuple(arm.get("aliases") or ())) for arm in state(doc).get("arms") or ()))
    if _NAMED["doc"] is not doc or _NAMED["version"] != version:  # the arms or their mentions changed
        _NAMED.update(doc=doc, version=version, sentences={})
    key = (sentence.start, sentence.end)
    if key not in _NAMED["sentences"]:
        _NAMED["sentences"][key] = _outermost(doc, sentence)
    return _NAMED["sentences"][key]


#: The group mentions of the sentences of the doc last asked about, by (start, end).
_NAMED: dict[str, object] = {"doc": None, "version": None, "sentences": {}}


def _outermost(doc: Doc, sentence: Span) -> list[Span]:
    inside = [m for m in spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end) if m.end <= sentence.end]
    inside += _lettered(doc, sentence, {(m.start, m.end) for m in inside})
    return sorted((m for m in inside if not any(o is not m and o.start <= m.start and m.end <= o.end and len(o) > len(m)
                                                for o in inside)), key=lambda m: m.start)


@cache
def _letter_list() -> re.Pattern[str]:
    """Groups named by letters or numbers after one group noun (``groups A and B``, ``group A vs.
    B``, ``arms 1, 2 and 3``, ``groups A, B, and C``): the noun, and the list of its letters."""
    nouns = "|".join(longest_words_first(re.escape(noun) for noun in word_set(GROUP_NOUNS)))
    joiner = r"\s*(?:,\s*(?:and|or)?|and|or|vs\.?|versus)\s*"
    return compile_pattern(rf"(?i)\b(?P<noun>{nouns})s?\s+(?P<letters>{_LETTER}(?:{joiner}{_LETTER})+)\b")


def _lettered(doc: Doc, sentence: Span, taken: set[tuple[int, int]]) -> list[Span]:
    """A mention of each group a list names by its letter after one group noun (``groups A and
    B``: ``group A``, ``group B``), where an arm is called so (its label or an alias); a letter
    already read as a mention keeps it."""
    arms = state(doc).get("arms") or []
    names = {**{str(alias).lower(): arm["label"] for arm in arms for alias in arm.get("aliases") or ()},
             **{str(arm.get("label", "")).lower(): arm["label"] for arm in arms}}  # a label wins over an alias
    text, found = span_text(sentence), []
    for listed in _letter_list().finditer(text):
        noun = listed.group("noun").lower()
        for letter in re.finditer(_LETTER, listed.group("letters")):
            label = names.get(f"{noun} {letter.group().lower()}")
            start = sentence.start_char + listed.start("letters") + letter.start()
            span = doc.char_span(start, start + len(letter.group()), label=label, alignment_mode="expand") \
                if label else None  # "vs. C.": the letter's token may hold the full stop
            if span is not None and not any(a <= span.start and span.end <= b for a, b in taken):
                found.append(span)
    return found


#: The group nouns a lettered group is named with (``group A``, ``arm 2``).
GROUP_NOUNS = "singular_group_nouns.txt"
#: A group's letter or number (``A``, ``2``): a capital or a number of one or two digits.
_LETTER = r"(?-i:\b[A-Z]\b|\b\d{1,2}\b)"


def names_all_patients(sentence: Span) -> bool:
    """Whether a sentence reports for the whole trial: ``overall``, ``all patients``, ``in each
    group``, ``in total``, ``of the participants in the study``. In news, a whole-group word counts
    only where it is said of people, groups, the trial or, as trial news write, the treatments
    every group had (:func:`_says_all_people`); an abstract's whole-group word counts wherever it
    stands (abstracts were not studied for this: their values that name no group are few)."""
    def told() -> bool:
        text = without_outcomes(sentence)
        matches = _ALL_PATIENTS.finditer(text)
        return any(True for _ in matches) if is_abstract(sentence.doc) else any(
            _says_all_people(text, match) for match in matches)
    return bool(per_sentence(sentence, "all-patients", lambda: bool(told() or _WHOLE_TRIAL.search(span_text(sentence)))))


#: Words between a whole-group word and the noun it qualifies (``all the other patients``, ``both
#: treatment groups``, ``a total of 120 patients``).
MAX_WHOLE_GROUP_GAP_WORDS = 2


@cache
def _whole_group_noun() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(people or groups, a treatment) right after a whole-group word, within
    :data:`MAX_WHOLE_GROUP_GAP_WORDS` words (``patterns/whole_group_heads.txt``,
    ``patterns/reference_heads.txt``)."""
    gap = rf"\s+(?:[\w'\u2019-]+\s+){{0,{MAX_WHOLE_GROUP_GAP_WORDS}}}?"
    return (compile_pattern(rf"(?i){gap}{phrase_regex('whole_group_heads.txt')}\b"),
            compile_pattern(rf"(?i){gap}{phrase_regex('whole_group_treatment_nouns.txt')}s?\b"))


#: ``in all``, ``in total``: the preposition before a whole-group word that makes it the sum of all groups.
_IN_WHOLE = compile_pattern(r"(?i)\bin\s+$")


def _says_all_people(text: str, match: re.Match[str]) -> bool:
    """Whether a whole-group word (``patterns/whole_group_words.txt``) says all the trial's people:
    one that stands alone (``overall``: ``patterns/whole_group_standalone.txt``), one after ``in``
    (``in all``, ``in total``), or one that qualifies people, groups or the trial (``all patients``,
    ``both groups``, ``all three groups``, ``the entire study``), or, when it gives a value to each
    group in turn (``patterns/whole_group_distributives.txt``), a treatment (``either drug``).
    ``both forms of cholesterol``, ``total body weight``, ``assigned to either X or Y``, ``both
    treatments`` (the groups given the two together) say no such thing."""
    word = match.group(0).lower()
    if word in word_set("whole_group_standalone.txt") or _IN_WHOLE.search(text[:match.start()]):
        return True
    people, treatment = _whole_group_noun()
    if people.match(text, match.end()):
        return True
    before = text[:match.start()].split()
    return bool(treatment.match(text, match.end())) and (
        word in word_set("whole_group_distributives.txt")
        or not (before and before[-1].lower() in word_set("group_treatment_verbs.txt")))


#: Tokens between a verb of :data:`STAYING_VERBS` and the noun of the trial's course it takes (``completed
#: the telephone follow-up``, ``stopped getting their assigned treatments``).
MAX_COURSE_GAP_WORDS = 3
#: The word lists of a value said of the people who left or finished the trial (:func:`trial_conduct`).
EXIT_VERBS, STAYING_VERBS, COURSE_NOUNS = "trial_exit_verbs.txt", "trial_staying_verbs.txt", "trial_course_nouns.txt"


@cache
def _conduct_after() -> re.Pattern[str]:
    """The words after a value that make it a count or share of the people who left or finished the
    trial: ``20% dropped out``, ``17% withdrew``, ``30% of patients stopped getting their assigned
    treatments``, ``335 completed the telephone follow-up`` (the people named plainly: ``of the
    patients``, ``of 81 participants``; ``of those who ...`` describes a group, and is no match)."""
    people = "|".join(re.escape(w) for w in longest_words_first(word_set("group_people_nouns.txt") - {"those"}))
    return compile_pattern(
        rf"(?i)\s*(?:[)\]]\s*)?(?:of\s+(?:all\s+)?(?:the\s+)?(?:\d[\d,]*\s+)?(?:study\s+)?(?:{people})\s+)?"
        rf"(?:(?:had|have|also|then|eventually|later|ultimately)\s+){{0,2}}"
        rf"(?:{phrase_regex(EXIT_VERBS)}\b|{phrase_regex(STAYING_VERBS)}\s+(?P<gap>(?:[\w'\u2019-]+\s+){{0,{MAX_COURSE_GAP_WORDS}}}?)"
        rf"{phrase_regex(COURSE_NOUNS)}\b)")


def trial_conduct(doc: Doc, value: Span) -> bool:
    """Whether a value counts the people who left or finished the trial, with no group named in its
    sentence (``More than one-fifth of people dropped out``, ``In addition, 30% of patients stopped
    getting their assigned treatments, and 17% withdrew their consent``): how the trial ran, told of
    all its people, whatever the number of arms (the caller checks that no other group's value is set
    beside it). The words between a verb of finishing and the trial's course are its object's
    (``completed the telephone follow-up``), never a preposition's (``quit smoking during the study``)."""
    sentence = sent(value)
    if spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end):
        return False
    found = _conduct_after().match(text_of(doc), value.end_char, sentence.end_char)
    return found is not None and not any(PREP in classes(word) for word in (found.group("gap") or "").split())
    # "quit smoking during the study": the course is where the outcome happened, not what they left


def without_outcomes(sentence: Span) -> str:
    """A sentence's text with the outcomes it names blanked: ``overall survival`` and ``total
    cholesterol`` say what was measured, not that all patients were."""
    text = span_text(sentence)
    for mention in spans_starting(sentence.doc, "ENDPOINT_MENTION", start=sentence.start, end=sentence.end):
        start, end = mention.start_char - sentence.start_char, mention.end_char - sentence.start_char
        if 0 <= start < end <= len(text):
            text = text[:start] + " " * (end - start) + text[end:]
    return text




def arm_mentions(doc: Doc) -> list[Span]:
    return spans(doc, "ARM_MENTION")


def endpoint_mentions(doc: Doc) -> list[Span]:
    return spans(doc, "ENDPOINT_MENTION")


def _groups_between(doc: Doc, start: int, end: int, *, by_last: bool = False) -> list[str]:
    """The groups named in ``doc[start:end]``, each once, in the order they are first named, or with
    ``by_last`` in the order they are last named: the list a ``respectively`` refers to is the one
    written last before it (``more often than placebo: back pain (3.2% versus 2.9% for X and placebo,
    respectively)`` lists X, then placebo)."""
    groups: list[str] = []
    for mention in _mentions_between(doc, start, end):
        if by_last and mention.label_ in groups:
            groups.remove(mention.label_)
        if mention.label_ not in groups:
            groups.append(mention.label_)
    return groups


def _mentions_between(doc: Doc, start: int, end: int) -> list[Span]:
    """The group mentions (:func:`named_mentions`) that start in ``doc[start:end]``, one sentence's."""
    if start >= end:
        return []
    return [m for m in named_mentions(doc, sent(doc[start])) if start <= m.start < end]


#: The word that maps a list of values to the groups named in the same order.
RESPECTIVELY = frozenset({"respectively"})


def has_respectively(sentence: Span) -> bool:
    """Whether a sentence holds a ``respectively`` (its values are a list told by order): found by
    bisection in the doc's markers, not by a walk over the sentence for every value."""
    markers = token_positions(sentence.doc, RESPECTIVELY)
    at = bisect_left(markers, sentence.start)
    return at < len(markers) and markers[at] < sentence.end


def names_both_groups(sentence: Span) -> bool:
    """Whether a sentence speaks of both groups at once (``both groups``: :data:`BOTH_GROUPS`), read
    once per sentence."""
    return per_sentence(sentence, "both-groups", lambda: bool(BOTH_GROUPS.search(sentence.text)))
#: The values of the ``respectively`` list last read, by (doc, first token, marker, label): every
#: value of one list asks for the same list, which is read once (not once per value).
_LISTED: dict[str, object] = {"key": None, "listed": None}


def respectively_arm(doc: Doc, value: Span, values: list[Span], warnings: list[str],
                     arms: list[dict] | None = None) -> tuple[bool, str | None]:
    """(handled, arm) for a value in a ``respectively`` sentence."""
    sentence = sent(value)
    markers = token_positions(doc, RESPECTIVELY)
    following = bisect_left(markers, value.end)
    if following == len(markers) or markers[following] >= sentence.end \
            or _clause_closes_between(doc, value, markers[following]):
        # "In the X group, 51% had Y compared to 28% in the Z group; and W was found in 40% and 39%
        # respectively": a ``respectively`` of a later clause lists that clause's values only
        return _respectively_before(doc, value, values)
    marker = markers[following]
    start, _ = clause_bounds(sentence, value.start)
    preceding = bisect_left(markers, value.start) - 1
    if preceding >= 0 and markers[preceding] >= sentence.start:
        start = max(start, markers[preceding])
    start = per_sentence(sentence, f"list-after-lead-{start}-{marker}-{value.label_}-{id(values)}",
                         lambda: _after_lead(doc, sentence, start, marker, values, value.label_))
    if value.start < start:
        return False, None  # "Forty (16%) patients reported a wound leak: ...": the total, not a group's
    key = (doc, len(values), start, marker, value.label_)
    if _LISTED["key"] != key or _LISTED.get("values") is not values:
        _LISTED["values"] = values  # held, so that its identity stays its own
        listed = [v for v in _values_starting(values, start, marker) if v.end <= marker and v.label_ == value.label_
                  and not threshold_value(doc, v)]  # "the share receiving >=85% of the dose was 96% and 88%"
        position: dict[tuple[int, int], list[int]] = {}
        for index, listed_value in enumerate(listed):
            position.setdefault((listed_value.start, listed_value.end), []).append(index)
        _LISTED["key"], _LISTED["listed"] = key, (listed, position)
    listed, position = _LISTED["listed"]
    named_after = per_sentence(sentence, f"groups-after-{marker}", lambda: _groups_after(doc, marker, sentence))
    if named_after:
        # the list runs from the last group or contrast before it: "35% and 22% for X, compared with
        # 24.5% and 5%, respectively, for Y" lists Y's values only
        opened = per_sentence(sentence, f"list-opens-{marker}", lambda: _list_opens(doc, sentence, marker))
        own = [v for v in listed if v.start >= opened]
        if value in own and len(own) >= 2 and len(named_after) == 1:
            return True, named_after[0]  # "23% and 5%, respectively, in the X arm": outcomes of the one group named after
        if value in own and len(own) >= 2 and len(named_after) == len(own):  # "41% and 43%, respectively, in the X and Y groups"
            return True, named_after[own.index(value)]
    tail = per_sentence(sentence, f"groups-between-list-and-{marker}",
                        lambda: _groups_between(doc, listed[-1].end, marker) if listed else [])
    outside = per_sentence(sentence, f"outside-brackets-{start}-{marker}-{value.label_}-{id(values)}",
                           lambda: [v for v in listed if not _bracketed(doc, sentence, v)])
    if len(tail) >= 2:
        # "64% and 58% for patients in the X arm and those in the Y arm, respectively": the groups
        # named between the list and its ``respectively``, one per value (or per value outside brackets)
        for items in (listed, outside):
            if len(items) == len(tail) and value in items:
                return True, tail[items.index(value)]
    groups = _groups_between(doc, sentence.start, marker, by_last=True)
    if not groups and sentence.start > 0:
        previous = sent(doc[sentence.start - 1])
        groups = _groups_between(doc, previous.start, previous.end)
    if not groups and len(listed) == 2:  # "rates were 41% and 43%, respectively": the pair compared last,
        groups = list(compared_pair(doc, sentence.start) or ())  # or a two-arm trial's, tested arm first
        if not groups and arms is not None and len(arms) == 2:
            groups = [a["label"] for a in sorted(arms, key=lambda a: a["role"] == "control")]
    if len(listed) < 2 or not groups:
        return False, None
    if len(groups) == 1 and per_sentence(sentence, f"one-group-before-{marker}",
                                         lambda: _one_group_named(doc, sentence.start, marker)):
        # "The clinical and pathological remission rates of the docetaxel group were 28.6% and
        # 26.5%, respectively": the list runs over outcomes or times of the one group named
        if contrasted_from(doc, groups[0], sentence.start, value):
            # "X dropped by 48% and 56%, compared to 7% and 13% at six and 12 weeks, respectively": the
            # value after the contrast is the other group's, told only in a trial of two arms
            others = [a["label"] for a in arms or () if a["label"] != groups[0]]
            return (True, others[0]) if len(others) == 1 and len(arms or ()) == 2 else (False, None)
        return True, groups[0]
    if len(listed) != len(groups):  # "1.4% (range 0.2-3.1%) and 0.9% (0.1-2.0%) for X and Y, respectively"
        outside = [v for v in listed if not _bracketed(doc, sentence, v)]
        if len(outside) == len(groups) and value in outside:
            return True, groups[outside.index(value)]
    if len(listed) != len(groups) and len(groups) >= 2:
        # "survival was 78%, 75% and 63% and relapse-free survival 64%, 71% and 59% for groups A, B and
        # C, respectively": one run of values per outcome, each as long as the list of groups
        runs = per_sentence(sentence, f"runs-{start}-{marker}-{value.label_}-{id(values)}", lambda: _runs(doc, outside))
        if len(runs) > 1 and all(len(run) == len(groups) for run in runs):
            place = per_sentence(sentence, f"run-places-{start}-{marker}-{value.label_}-{id(values)}", lambda: {
                (v.start, v.end): k for run in runs for k, v in enumerate(run)})
            if (value.start, value.end) in place:
                return True, groups[place[(value.start, value.end)]]
    if len(listed) != len(groups) and len(groups) >= 2:
        # "Falls were fewer in year one (N [a%] of the men given X vs M [b%] of those given Y) and in
        # year two (P [c%] vs Q [d%], respectively)": the list runs from the last group named before
        # it, where the values before that group are as many, one per group named beside it: those
        # are left to the linkers of names (not "x% fewer falls with X than with Y: a% and b%,
        # respectively", whose x% is no group's)
        last_named = max((m.end for m in spans_starting(doc, "ARM_MENTION", start=sentence.start, end=marker)),
                         default=sentence.start)
        own = [v for v in listed if v.start >= last_named]
        if len(own) == len(groups) == len(listed) - len(own):  # a pair named by its groups, then one in order
            return (True, groups[own.index(value)]) if value in own else (False, None)
    if len(listed) != len(groups):
        warnings.append(Warnings.W001.format(n_values=len(listed), n_arms=len(groups), text=span_text(sentence)[:120]))
        return True, None
    index = next((i for i in position.get((value.start, value.end), ()) if listed[i] == value), None)
    return True, groups[index] if index is not None else None


#: Words that map the values after them to the groups named before them in the same order
#: (``patterns/corresponding_words.txt``).
CORRESPONDING_WORDS = "corresponding_words.txt"


def corresponding_arm(doc: Doc, value: Span, values: list[Span]) -> tuple[bool, str | None]:
    """(handled, arm) for a value in a list after ``corresponding``: ``7.7% in the X group and 0.6%
    in the Y group, with corresponding survival rates of 84% and 91%`` gives 84% to X and 91% to Y.
    The list maps to the groups named before the word in its sentence, in the order named, where
    that part of the sentence holds as many values of the kind as it names groups (one per group)
    and the list after the word is as long and names no group; or to the groups of the sentence
    before when that one lists its values in order with ``respectively`` (``... in the X and Y
    groups, respectively. The corresponding values for Z were 49 and 48``). Any other list is left
    to the other linkers."""
    sentence = sent(value)
    cues = [t.i for t in doc[sentence.start:value.start] if t.lower_ in word_set(CORRESPONDING_WORDS)]
    if not cues:
        return False, None
    cue = cues[-1]
    if any(cue < m.start for m in named_mentions(doc, sentence)):
        return False, None  # "the corresponding values for FDS without staining were ...": a group of its own
    run = [v for v in values if v.label_ == value.label_ and cue < v.start and v.end <= sentence.end
           and not _bracketed(doc, sentence, v) and not threshold_value(doc, v)]
    if value not in run or len(run) < 2:
        return False, None
    before = [v for v in values if v.label_ == value.label_ and sentence.start <= v.start and v.end <= cue
              and not _bracketed(doc, sentence, v)]
    groups = _groups_between(doc, sentence.start, cue)
    if not (groups and len(groups) == len(run) == len(before)):
        groups = []
        if not any(v.start < cue for v in values if sentence.start <= v.start) and sentence.start > 0:
            previous = sent(doc[sentence.start - 1])
            if has_respectively(previous):
                groups = _groups_between(doc, previous.start, previous.end)
    if len(groups) != len(run):
        return False, None
    return True, groups[run.index(value)]


_SEMICOLON = frozenset({";"})


def semicolon_after(doc: Doc, value: Span, end: int) -> int:
    """The first semicolon outside brackets after the value, before token ``end`` (``end`` if none):
    where the sentence's clause holding the value closes. A semicolon in a bracket closes none
    (``relapse (8.2 vs 7.9 months; P = .61) or death (21.0 vs 20.4 months, respectively)``)."""
    semicolons = token_positions(doc, _SEMICOLON)  # found once per doc: most clauses hold none
    first = bisect_left(semicolons, value.end)
    if first == len(semicolons) or semicolons[first] >= end:
        return end  # no semicolon after the value: nothing to walk (a list of hundreds of values stays linear)
    opened = sent(value).start
    before = "".join(t.text for t in doc[opened:value.start] if t.text in "()[]")
    depth = max(0, before.count("(") + before.count("[") - before.count(")") - before.count("]"))
    for token in doc[value.end:end]:
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            depth = max(0, depth - 1)
        elif token.text == ";" and depth == 0:
            return token.i
    return end


def _clause_closes_between(doc: Doc, value: Span, marker: int) -> bool:
    """Whether a semicolon outside brackets ends the value's clause before token ``marker``."""
    return semicolon_after(doc, value, marker) < marker


#: What joins two values of one run of a list: a comma, ``and``, ``or``, ``versus`` (``71.2, 66.0, and 58.9%``).
_RUN_GAP = compile_pattern(r"(?i)^\s*[)\]]?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|vs\.?\s*|v\.?\s+|versus\s+)[(\[]?\s*$")


def _runs(doc: Doc, listed: list[Span]) -> list[list[Span]]:
    """The values of a list in runs: values joined only by a comma, ``and`` or ``versus`` are one
    run; any other words between two values start a new one."""
    runs: list[list[Span]] = []
    text = text_of(doc)
    for value in listed:
        if runs and _RUN_GAP.match(text[runs[-1][-1].end_char:value.start_char]):
            runs[-1].append(value)
        else:
            runs.append([value])
    return runs


def _bracketed(doc: Doc, sentence: Span, value: Span) -> bool:
    """Whether a value is written inside brackets in its sentence (a range or an interval of the value before it)."""
    before = text_of(doc)[sentence.start_char:value.start_char]
    return before.count("(") + before.count("[") > before.count(")") + before.count("]")


#: Tokens after ``respectively`` before the groups it names after it (``, respectively, in the X arm``).
MAX_GROUP_AFTER_TOKENS = 8


def _groups_after(doc: Doc, marker: int, sentence: Span) -> list[str]:
    """The groups named right after a ``respectively`` (past a comma and connecting words,
    ``patterns/respectively_group_openers.txt``), up to the next number or the clause's end:
    ``25% and 6%, respectively, in the X arm`` names one, ``..., respectively, for X and Y`` two."""
    openers = word_set("respectively_group_openers.txt")
    i = marker + 1
    while i < sentence.end and i - marker <= MAX_GROUP_AFTER_TOKENS and doc[i].lower_ in openers:
        i += 1
    if i < sentence.end and doc[i].lower_ in word_set("group_nouns.txt"):
        i += 1  # "for groups A and B": the lettered groups' noun
    if not _mentions_between(doc, i, min(i + 1, sentence.end)):
        return []
    _, end = clause_bounds(sentence, i)
    stop = next((t.i for t in doc[i:end] if t.like_num or t.lower_ in RESPECTIVELY), end)
    groups: list[str] = []
    previous = None
    for mention in _mentions_between(doc, i, stop):
        combined = previous is not None and _COMBINED.fullmatch(text_of(doc), previous.end_char, mention.start_char)
        if mention.label_ not in groups and not combined:
            groups.append(mention.label_)
        previous = mention
    return groups


#: What joins two treatments given together in one group (``patterns/combination_order_joiners.txt``, the
#: words arms.py reads for a combination named in the other order): ``the X plus Y arm`` is one group.
_COMBINED = compile_pattern(r"(?i)\s*" + phrase_regex("combination_order_joiners.txt") + r"\s*")


#: An inequality sign written right before a value (``> or =85%``, ``\u226585%``, ``<10%``): the value is
#: a threshold that defines an outcome, no group's result.
_THRESHOLD_SIGN = compile_pattern(r"(?:[<>\u2264\u2265]\s*=?|[<>]\s*or\s*=)\s*$")
#: The inequality signs a value's own span may open with (``\u226590%``).
_SIGNS = frozenset("<>\u2264\u2265")
#: Characters before a value searched for its inequality sign.
THRESHOLD_CHARS = 24


def threshold_value(doc: Doc, value: Span) -> bool:
    """Whether an inequality sign stands right before a value (:data:`_THRESHOLD_SIGN`): a threshold
    that defines what is counted (``the proportion receiving > or =85% of the planned dose``), not
    one of the values a ``respectively`` maps to the groups."""
    text = text_of(doc)
    return text[value.start_char:value.start_char + 1] in _SIGNS \
        or bool(_THRESHOLD_SIGN.search(text[max(0, value.start_char - THRESHOLD_CHARS):value.start_char]))


def _after_lead(doc: Doc, sentence: Span, start: int, marker: int, values: list[Span], label: str) -> int:
    """Where a ``respectively`` list may start, past the sentence's lead: a total before a colon
    (``Forty (16%) patients reported a wound leak: 15 (12%) and 25 (20%) in groups A and B``), or an
    opening phrase led by a preposition and closed by a comma (``By week 6 of 12, ...``); ``start``
    where the list after it would hold fewer than two values of the kind, or no lead holds a value of it."""
    colon = lead_colon(doc, sentence, start, marker)
    if colon is not None:
        cut = colon + 1
    else:
        commas = opening_phrase_commas(doc, start, marker) if start == sentence.start else None
        if not commas:
            return start
        cut = commas[0] + 1
    kind = [v for v in _values_starting(values, start, marker) if v.label_ == label]
    before, after = [v for v in kind if v.start < cut], [v for v in kind if v.start >= cut]
    return cut if before and len(after) >= 2 else start


def lead_colon(doc: Doc, sentence: Span, start: int, stop: int) -> int | None:
    """The last colon of a sentence between tokens ``start`` and ``stop`` that no bracket holds
    (:func:`_bracketed`), where the sentence's lead ends (``Forty (16%) patients reported a wound
    leak: ...``; not ``(ratio 2:1)``), or ``None``."""
    return next((t.i for t in reversed(doc[start:stop]) if t.text == ":" and not _bracketed(doc, sentence, doc[t.i:t.i + 1])),
                None)


#: Tokens of a sentence's opening phrase searched for the comma that closes it (``At the end of six months, ...``).
MAX_OPENING_TOKENS = 12


def opening_phrase_commas(doc: Doc, start: int, stop: int) -> list[int] | None:
    """The commas that may close a phrase a preposition opens at token ``start`` (``By week 6,
    ...``; ``At the second, fourth, and sixth visit, ...`` holds commas of its own), within
    :data:`MAX_OPENING_TOKENS` tokens and before ``stop``; ``None`` where no preposition opens there."""
    if start >= stop or PREP not in classes(doc[start].text):
        return None
    return [t.i for t in doc[start:min(stop, start + MAX_OPENING_TOKENS)] if t.text == ","]


def _list_opens(doc: Doc, sentence: Span, marker: int) -> int:
    """The token after the last group named or contrast word (``compared with``, ``versus``) before a
    ``respectively``: where the list of values it closes begins."""
    opened = sentence.start
    for mention in spans_starting(doc, "ARM_MENTION", start=sentence.start, end=marker):
        opened = max(opened, mention.end)
    text = text_of(doc)
    for contrast in _CONTRAST.finditer(text, sentence.start_char, doc[marker].idx):
        token = doc.char_span(contrast.start(), contrast.end(), alignment_mode="expand")
        if token is not None:
            opened = max(opened, token.end)
    return opened


#: The values of one kind in one sentence, last asked (every value of the sentence asks for them).
_SAME_KIND: dict[str, object] = {"key": None, "same": [], "positions": {}}


#: The values last indexed by :func:`_values_starting`: their starts, sorted, with their positions.
_VALUE_INDEX: dict[str, object] = {"values": None, "size": -1, "starts": [], "order": []}


def _values_starting(values: list[Span], start: int, end: int) -> list[Span]:
    """The values that start at a token in ``[start, end)``, in their order in ``values``
    (indexed once per list of values, then found by bisection)."""
    if _VALUE_INDEX["values"] is not values or _VALUE_INDEX["size"] != len(values):
        order = sorted(range(len(values)), key=lambda index: values[index].start)
        _VALUE_INDEX.update(values=values, size=len(values), order=order,
                            starts=[values[index].start for index in order])
    starts, order = _VALUE_INDEX["starts"], _VALUE_INDEX["order"]
    found = sorted(order[bisect_left(starts, start):bisect_left(starts, end)])
    return [values[index] for index in found]


def values_starting(values: list[Span], start: int, end: int) -> list[Span]:
    """The values of ``values`` that start at a token in ``[start, end)``, in their order (by bisection)."""
    return _values_starting(values, start, end)


def same_kind_in_sentence(doc: Doc, value: Span, values: list[Span]) -> tuple[list[Span], int]:
    """The values of ``values`` of ``value``'s kind in its sentence, by start, and the index of
    ``value`` among them (-1 if it is not one): read once per sentence and kind, not per value."""
    sentence = sent(value)
    key = (doc, len(values), sentence.start, sentence.end, value.label_)
    if _SAME_KIND["key"] != key or _SAME_KIND.get("values") is not values:
        _SAME_KIND["values"] = values  # held, so that its identity stays its own
        in_sentence = _values_starting(values, sentence.start, sentence.end)
        same = sorted((v for v in in_sentence if v.label_ == value.label_), key=lambda v: v.start)
        positions: dict[tuple[int, int], list[int]] = {}
        for index, other in enumerate(same):
            positions.setdefault((other.start, other.end), []).append(index)
        _SAME_KIND.update(key=key, same=same, positions=positions)
    same = _SAME_KIND["same"]
    at = _SAME_KIND["positions"].get((value.start, value.end), ())
    return same, next((index for index in at if same[index] == value), -1)


def contrasted_from(doc: Doc, group: str, start: int, value: Span) -> bool:
    """Whether a contrast (``compared to``, ``versus``) stands between the last mention of
    ``group`` from token ``start`` on and ``value``: the value is the other side's, not the group's."""
    named = [m for m in spans_starting(doc, "ARM_MENTION", start=start, end=value.start + 1) if m.end <= value.start and m.label_ == group]
    if not named:
        return False
    between = text_of(doc)[named[-1].end_char:value.start_char]
    at = named[-1].end_char
    return any(not from_baseline(between[contrast.start():], doc, at + contrast.start())
               and not _PAIR_CLOSED.search(between, contrast.end())
               and not _bounds_number(doc, at + contrast.start(), at + contrast.end())
               for contrast in _CONTRAST.finditer(between))


def _bounds_number(doc: Doc, start: int, end: int) -> bool:
    """Whether the comparison word at characters ``[start, end)`` bounds the number after it rather
    than sets a group against another: ``dropped by more than 10 percent ... and by more than 18
    percent`` (a ``than`` between an approximator, ``patterns/approximators.txt``, and a number)."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None or words[-1].lower_ != THAN or words.start == 0 or words.end >= len(doc):
        return False
    return doc[words.start - 1].lower_ in word_set(APPROXIMATORS) and doc[words.end].like_num


#: Between a contrast and a value, what closes the contrast's own pair (``(39% vs 31%; P = .01) and
#: no vomiting (87%``): the value is not the contrast's other side.
_PAIR_CLOSED = compile_pattern(r"[;()\[\]]")


def _one_group_named(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` speaks of one group: no plural group noun (``groups``, ``arms``)
    and at most one singular one (``group``, ``arm``)."""
    nouns = [t.lower_ for t in doc[start:end] if t.lower_ in word_set("group_nouns.txt")]
    return all(noun in word_set("singular_group_nouns.txt") for noun in nouns) and len(nouns) <= 1


#: Tokens searched around a value for the brackets of its list (``nausea (11.2% and 7.9%)``).
MAX_BRACKET_TOKENS = 40


def _respectively_before(doc: Doc, value: Span, values: list[Span]) -> tuple[bool, str | None]:
    """(handled, arm) for a value in a bracket after ``X and Y, respectively,``: ``For X (n=140)
    and Y (n=138), respectively, side effects were anaemia (12.1% and 8.7%)``: each bracket
    lists one value per group, in the order the groups were named."""
    sentence = sent(value)
    markers = token_positions(doc, RESPECTIVELY)
    preceding = bisect_left(markers, value.start) - 1
    if preceding < 0 or markers[preceding] < sentence.start:
        return False, None
    marker = markers[preceding]
    groups = _groups_between(doc, sentence.start, marker, by_last=True)
    opening = next((i for i in range(value.start - 1, max(marker, value.start - MAX_BRACKET_TOKENS), -1)
                    if doc[i].text in ("(", ")")), None)
    if len(groups) < 2 or opening is None or doc[opening].text != "(":
        return False, None
    closing = next((i for i in range(value.end, min(sentence.end, value.end + MAX_BRACKET_TOKENS))
                    if doc[i].text == ")"), sentence.end)
    listed = [v for v in values if opening < v.start and v.end <= closing and v.label_ == value.label_]
    if len(listed) != len(groups) or value not in listed:
        return False, None
    return True, groups[listed.index(value)]


def _paired_run(doc: Doc, value: Span, values: list[Span]) -> list[Span]:
    """The values written side by side with ``value``: ``8.9% versus 16.1%``, ``(3% vs 7.6%)``."""
    same, index = same_kind_in_sentence(doc, value, values)
    start = end = index if index >= 0 else same.index(value)  # a value is always among its sentence's values
    while start > 0 and _PAIR_GAP.match(text_of(doc)[same[start - 1].end_char:same[start].start_char]):
        start -= 1
    while end + 1 < len(same) and _PAIR_GAP.match(text_of(doc)[same[end].end_char:same[end + 1].start_char]):
        end += 1
    return same[start:end + 1]


def paired_run(doc: Doc, value: Span, values: list[Span]) -> list[Span]:
    """The values written side by side with ``value`` (itself among them): ``14 weeks versus 10 weeks``."""
    return _paired_run(doc, value, values)


#: What joins the names of two groups compared with each other: ``X (n = 120) versus Y``, ``X or Y``.
_COMPARED_GROUPS = compile_pattern(r"(?i)(?:\s+(?:plus|\+|with)\s+[\w-]+)?\s*(?:\([^()]{0,60}\)\s*)?(?:group|arm)?\s*,?\s*"
                                   r"(?:(?:was|were)\s+)?(?:vs\.?|v\.?|"
                                   r"versus|or|compared (?:with|to))\s+(?:the\s+|a\s+|to\s+)?")
#: What joins two items of a list of groups: ``X, Y or Z`` is a list of three, not a pair.
_LISTED_GROUPS = compile_pattern(r"(?i)(?:\s+(?:plus|\+|with)\s+[\w-]+)?\s*(?:\([^()]{0,60}\)\s*)?,\s*")
#: The comparisons of two groups last read, by doc: (where the second group ends, first, second).
_COMPARED: dict[str, object] = {"doc": None, "pairs": []}


def compared_pairs(doc: Doc) -> list[tuple[int, str, str]]:
    """Every place two groups are named as compared with each other (``randomly assigned to X or
    Y``, ``X versus Y``): the token where the second name ends and the two labels, in text order."""
    if _COMPARED["doc"] is not doc:
        text = text_of(doc)
        mentions = arm_mentions(doc)
        pairs = [(second.end, first.label_, second.label_) for k, (first, second) in enumerate(zip(mentions, mentions[1:]))
                 if first.label_ != second.label_ and first.end <= second.start
                 and _COMPARED_GROUPS.fullmatch(text, first.end_char, second.start_char)
                 and not (k > 0 and mentions[k - 1].end <= first.start
                          and _LISTED_GROUPS.fullmatch(text, mentions[k - 1].end_char, first.start_char))]
        _COMPARED.update(doc=doc, pairs=pairs)
    return _COMPARED["pairs"]


def compared_pair(doc: Doc, before: int) -> tuple[str, str] | None:
    """The two groups last named as compared before token ``before``."""
    pairs = compared_pairs(doc)
    index = bisect_left(pairs, (before + 1,)) - 1
    return pairs[index][1:] if index >= 0 else None


def paired_arm(doc: Doc, value: Span, values: list[Span], arms: list[dict]) -> tuple[bool, str | None]:
    """(handled, arm) for a value of a side-by-side pair: the groups named in the sentence, in
    order; with one group named in a two-arm trial, the pair is that group, then the other."""
    run = _paired_run(doc, value, values)
    if len(run) < 2:
        return False, None
    sentence = sent(value)
    groups: list[str] = []
    for mention in arm_mentions(doc):
        if sentence.start <= mention.start < sentence.end and mention.label_ not in groups:
            groups.append(mention.label_)
    labels = [a["label"] for a in arms]
    if len(groups) == 1 and len(labels) == 2 == len(run) and groups[0] in labels:
        other = next(label for label in labels if label != groups[0])
        # "(21% vs. 4%) than controls", "compared with the sham group (47% vs 25%)": the one group
        # named is what the subject is set against, the second of the pair
        groups = [other, groups[0]] if _set_against(doc, sentence, groups[0]) else [groups[0], other]
    elif not groups and len(labels) == 2 == len(run) and not _shared_by_groups(sentence):
        groups = sorted(labels, key=lambda label: [a["label"] for a in arms if a["role"] == "control"].count(label))
    elif len(groups) < 2 and len(labels) > 2 and len(run) == 2 and not _shared_by_groups(sentence):
        # a trial of more arms: the pair compared last before the value (``randomly assigned to X
        # or Y``, ``X versus Y``), with the one group the sentence names first
        pair = compared_pair(doc, run[0].start)
        if pair and (not groups or groups[0] in pair):
            groups = [groups[0], next(label for label in pair if label != groups[0])] if groups else list(pair)
    if len(groups) > len(run) == 2:  # the two groups named last before the pair, in their order
        before: list[str] = []
        named = spans_starting(doc, "ARM_MENTION", start=sentence.start, end=run[0].start)
        for mention in named:
            if any(o is not mention and o.start <= mention.start and mention.end <= o.end and len(o) > len(mention)
                   for o in named):
                continue  # "fulvestrant" inside "placebo-fulvestrant"
            before = [label for label in before if label != mention.label_] + [mention.label_]
        if len(before) >= 2:
            latest = before[-2:]
            groups = sorted(latest, key=lambda label: groups.index(label))
    if len(groups) != len(run):
        return False, None
    return True, groups[run.index(value)]


#: Tokens between a comparison word and the group it sets the subject against (``than the
#: placebo group``, ``compared with the sham group``).
MAX_AGAINST_GAP_TOKENS = 2


@cache
def _against_cue() -> re.Pattern[str]:
    """A comparison word (``patterns/contrast_words.txt``) that ends the text before a group."""
    return compile_pattern(r"(?i)\b" + phrase_regex("contrast_words.txt") + r"\s*$")


def _set_against(doc: Doc, sentence: Span, label: str) -> bool:
    """Whether every place the sentence names the group ``label`` follows a comparison word
    (``patterns/contrast_words.txt``: ``than``, ``compared with``, ``versus``), at most
    :data:`MAX_AGAINST_GAP_TOKENS` articles or group words between: the group the subject is set
    against, not the subject."""
    named = [m for m in spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end) if m.label_ == label]
    cue = _against_cue()
    for mention in named:
        start = max(sentence.start, mention.start - MAX_AGAINST_GAP_TOKENS)
        between = [t.lower_ for t in doc[start:mention.start]]
        found = False
        for k in range(len(between) + 1):
            if all(w in ("the", "a", "an", "those", "in", "of", "with") for w in between[k:]) \
                    and cue.search(text_of(doc)[sentence.start_char:doc[start + k].idx if start + k < mention.start
                                                else mention.start_char]):
                found = True
                break
        if not found:
            return False
    return bool(named)


#: Tokens before a group's name read for a negation (``those who did not take aspirin``).
NEGATION_TOKENS = 3
#: Words that make a group's name name the people outside it (``patterns/group_negations.txt``).
GROUP_NEGATIONS = "group_negations.txt"
#: Words that may stand between a negation and the group's name it negates: verbs of taking,
#: articles, a hyphen (``not taking the``, ``never used``, ``non-``; ``patterns/group_negation_bridges.txt``).
GROUP_NEGATION_BRIDGES = "group_negation_bridges.txt"


def negated_group(doc: Doc, mention: Span) -> bool:
    """A group's name said of the people outside it: ``those not taking aspirin``, ``non-aspirin
    takers``, ``women who never used hormones``. The negation must belong to the name: only
    verbs of taking and articles stand between them, so in ``did not differ from the placebo
    group`` the placebo group is named."""
    first = max(sent(mention).start, mention.start - NEGATION_TOKENS)
    for i in range(mention.start - 1, first - 1, -1):
        word = doc[i].lower_
        if word in word_set(GROUP_NEGATIONS):
            return True
        if word not in word_set(GROUP_NEGATION_BRIDGES):
            return False
    return False


#: Words right before a value that bound or round it (``more than``, ``nearly``; ``patterns/approximators.txt``):
#: no separator between a group and its value (``than`` there compares no groups).
APPROXIMATORS = "approximators.txt"
#: The word that compares, kept unless another approximator leads it (``more than``, not ``greater than``).
THAN = "than"


def _without_bounds(words: list[str]) -> list[str]:
    """The words before a value without the approximators that bound it with ``than`` (``dropped by
    more than``: ``dropped by``), so that their ``than`` is read as no contrast; kept whole when
    ``than`` stands alone (``greater than 1 year``: a threshold), the bound is bracketed (``(less
    than 20``) or has no ``than``."""
    end = len(words)
    while end and words[end - 1].lower() in word_set(APPROXIMATORS):
        end -= 1
    if end == len(words) or words[end].lower() == THAN or (end and words[end - 1] in _OPENING_BRACKETS) \
            or THAN not in (word.lower() for word in words[end:]):
        return words  # "..., and nearly 60 percent": no "than", the words stay as they are
    return words[:end]


def nearest_arm(doc: Doc, value: Span, values: list[Span], mentions: list[Span] | None = None) -> str | None:
    """The group named next to the value, in its clause, with no other value between (among
    ``mentions`` when given: spans labelled with their group, by start; else the arms' names)."""
    sentence = sent(value)
    start, end = clause_bounds(sentence, value.start)
    in_clause = (spans_starting(doc, "ARM_MENTION", start=start, end=end) if mentions is None
                 else [m for m in mentions if start <= m.start < end])
    if BOTH_GROUPS.search(span_text(doc[start:end])) and not in_clause:
        return None
    if _unknown_group_after(doc, value, in_clause, end):
        return None  # "12 percent in the 12-day group", no arm's name: not the group named before it
    same_kind, _ = same_kind_in_sentence(doc, value, values)  # the clause's values of this kind are among them
    best: tuple[int, str] | None = None
    for mention in in_clause:
        if not (start <= mention.start and mention.end <= end) or negated_group(doc, mention):
            continue  # "0.57 percent of those not taking aspirin": not the aspirin group
        if mention.start >= value.end:
            gap = (value.end, mention.start)
            distance = mention.start - value.end
        elif mention.end <= value.start:
            gap = (mention.end, value.start)
            distance = value.start - mention.end + 1
        else:
            continue
        aside = _bracketed_between(doc, *gap) if mention.start >= value.end else set()  # "35.6% (95% CI,
        # 23.6-49.1%) for the X arm": the value's own interval
        distance -= len(aside)
        if distance > LINK_WINDOW or any(gap[0] <= v.start and v.end <= gap[1] and v.start not in aside
                                         for v in same_kind if v != value):
            continue
        label_value = mention.end <= value.start and mention.start > 0 and doc[mention.start - 1].text in ("(", "[", ";", ":")
        gap_end = gap[0] + len(_without_bounds([t.text for t in doc[gap[0]:gap[1]]])) if mention.end <= value.start \
            else gap[1]  # "those receiving X had dropped by more than 10 percent": "than" bounds the number
        between = "".join(t.text_with_ws for t in doc[gap[0]:gap_end] if t.i not in aside) if aside \
            else span_text(doc[gap[0]:gap_end])
        if _SEPARATOR.search(between) and not label_value:
            continue  # "(SB3, 97.5%; TRZ, 96.1%)" pairs a label with its value despite the comma
        if mention.end <= value.start and not label_value and any(m.start >= value.end for m in in_clause) \
                and _closes_list_before(doc, mention, value, same_kind):
            continue  # "diarrhea (17%) in the X arm and neutropenia (36%) ... in the Y arm": X's list has ended
        if mention.start >= value.end and _POST_MODIFIER.match(between):
            distance = 0  # "45% of those taking the diet drug": the group that qualifies the value
        if best is None or distance < best[0]:
            best = (distance, mention.label_)
    return best[1] if best else None


#: A word that joins a new item to a list after the group that closed the one before it.
_ITEM_JOINER = compile_pattern(r"(?i)\band\b")


def _closes_list_before(doc: Doc, mention: Span, value: Span, same_kind: list[Span]) -> bool:
    """Whether a group named before ``value`` closes the list of the values before it (``nausea
    (12%) in the X arm and vomiting (20%) ... in the Y arm``: a value of the same kind comes right
    before the group, and ``and`` joins a new item after it; the caller checks that a group is
    named after ``value``): that group is theirs, not ``value``'s."""
    start, _ = clause_bounds(sent(value), value.start)
    before = [v for v in same_kind if start <= v.start and v.end <= mention.start]
    if not before or mention.start - before[-1].end > LIST_GROUP_TOKENS:
        return False
    return bool(_ITEM_JOINER.search(text_of(doc)[mention.end_char:value.start_char]))


#: Tokens between a value and the group named after it that closes its list (``12% in the X arm``).
LIST_GROUP_TOKENS = 6


#: The brackets an aside between a value and its group is written in.
_OPENING_BRACKETS, _CLOSING_BRACKETS = ("(", "["), (")", "]")


def _bracketed_between(doc: Doc, start: int, end: int) -> set[int]:
    """The tokens of the bracket that opens ``doc[start:end]`` and closes in it (with the brackets):
    an aside right after a value or a group (the value's interval, the group's size) that parts
    neither; a bracket further on (another outcome's pair) is no aside."""
    if start >= end or doc[start].text not in _OPENING_BRACKETS:
        return set()
    depth = 0
    for i in range(start, end):
        depth += doc[i].text in _OPENING_BRACKETS
        depth -= doc[i].text in _CLOSING_BRACKETS
        if depth == 0:
            return set(range(start, i + 1))
    return set()


#: The most words between ``in the`` and the group noun of a group named right after a value
#: (``12 percent in the twice-daily dosing group``).
MAX_GROUP_NAME_WORDS = 4


#: What may stand between a value and the group named after it: the bracket the value closes and its
#: own aside in brackets (``297 patients (49%) in the X group``, ``(49%) in the X group``).
#: (at most :data:`MAX_ASIDE_CHARS` characters in the aside's brackets).
MAX_ASIDE_CHARS = 40
_VALUE_ASIDE = r"(?:\s*[)\]])?(?:\s*[(\[][^()\[\]]{0,%d}[)\]])?" % MAX_ASIDE_CHARS


@cache
def _group_after() -> re.Pattern[str]:
    """``in the X group`` right after a value (or after its aside in brackets, :data:`_VALUE_ASIDE`):
    its own group, named (``patterns/singular_group_nouns.txt``), or named by its letter after the
    group noun (``in group P``, ``in the arm 2``)."""
    nouns = "|".join(re.escape(w) for w in longest_words_first(word_set("singular_group_nouns.txt")))
    return compile_pattern(rf"(?i){_VALUE_ASIDE}\s*(?:in|among|for|of)\s+(?:the\s+(?:[\w'\u2019-]+\s+){{1,{MAX_GROUP_NAME_WORDS}}}?"
                           rf"(?:{nouns})s?\b|(?:the\s+)?(?:{nouns})\s+{_LETTER})")


#: What joins two numbers of a series: a comma, perhaps with ``and`` or ``or`` (``5, 12, and 20%``).
_SERIES_JOINER = r"\s*,\s*(?:and\s+|or\s+)?"
#: The whole of what lies between two numbers of a series (:data:`_SERIES_JOINER`).
SERIES_GAP = compile_pattern(rf"(?i)^{_SERIES_JOINER}$")
#: The rest of a series of numbers that writes its unit once, after its last (``5, 12, and 20%``):
#: the group named after the series is each number's.
_SERIES_REST = compile_pattern(rf"(?i)(?:{_SERIES_JOINER}\d+(?:\.\d+)?)+\s*(?:%|percent\b|per cent\b)?")


def _unknown_group_after(doc: Doc, value: Span, in_clause: list[Span], end: int) -> bool:
    """The value names its own group right after it (``in the 12-day group``), or after the series
    it opens (``5, 12, and 20% of the exercise group``), and no arm is named there: the group
    is one the arms do not know, so no other group named in the clause is its."""
    text, stop = text_of(doc), sent(value).end_char
    series = _SERIES_REST.match(text, value.end_char, stop)  # "5, 12, and 20% of the exercise group"
    found = _group_after().match(text, series.end() if series else value.end_char, stop)
    if found is None:
        return False
    return not any(value.end_char <= m.start_char < found.end() for m in in_clause)


#: Tokens between a group's label and colon and the value it labels (``X group: 45/120 (37.5%)``).
MAX_LABEL_GAP = 6


#: Tokens between ``both`` and the second group it names (``Both C-Tb and the IGRA``).
MAX_BOTH_TOKENS = 8


def both_groups(doc: Doc, value: Span) -> list[str]:
    """The groups of ``Both X and Y had a specificity of 97 percent``: a value said of two named
    groups at once belongs to each. ``both`` must open the value's clause, the two groups follow
    it joined by ``and``, and nothing else in the clause names a group."""
    sentence = sent(value)
    start, end = clause_bounds(sentence, value.start)
    first = next((t for t in doc[start:value.start] if not t.is_space and not t.is_punct), None)
    if first is None or first.lower_ != "both":
        return []
    named = spans_starting(doc, "ARM_MENTION", start=start, end=end)
    head = [m for m in named if m.start <= first.i + MAX_BOTH_TOKENS and m.end <= value.start]
    if len(head) != 2 or len(named) != 2 or head[0].label_ == head[1].label_:
        return []
    if "and" not in {t.lower_ for t in doc[head[0].end:head[1].start]}:
        return []
    return [head[0].label_, head[1].label_]


#: Arms that share a value said of every group (``41% in both arms``): the trial's two.
EVERY_GROUP_ARMS = 2
#: What follows a percentage said of each group at once (``patterns/every_group_after_value.txt``).
_EVERY_GROUP_AFTER = compile_pattern(r"(?i)\s*" + phrase_regex("every_group_after_value.txt") + r"\b")
#: ... unless a word of ``patterns/every_group_pooled_words.txt`` follows: all the patients pooled
#: (``22% in both groups combined``), no group's result.
_EVERY_GROUP_POOLED = compile_pattern(r"(?i)\s+" + phrase_regex("every_group_pooled_words.txt") + r"\b")


def every_group(doc: Doc, value: Span, arms: list[dict], sizes: Sequence[dict] = ()) -> list[str]:
    """The groups of ``The pCR rate was 41% in both arms``, ``(0.3% in both groups)``, ``5% in
    each arm``: a percentage followed right away by words that give it to every group
    (``patterns/every_group_after_value.txt``) is a result of each of the trial's two groups: the
    record's arms when it holds two, else the two that have a size of their own in ``sizes`` (the
    compared groups an abstract allocated, where the record also lists the drugs of a regimen). Nothing
    where the groups cannot be told so (three sized arms), nor in a sentence with ``respectively``
    (``5% and 1% in both arms, respectively``: one value per outcome, each of both groups), nor when
    a word of ``patterns/every_group_pooled_words.txt`` follows (``22% in both groups combined``: all
    the patients pooled). In
    abstracts only: news writes the words of a trait the groups shared at the start as well
    (``55 percent in both groups had had a stroke``), which stays no group's result."""
    if value.label_ != "PERCENT" or not is_abstract(doc):
        return []
    after = _EVERY_GROUP_AFTER.match(text_of(doc), value.end_char)
    if after is None or _EVERY_GROUP_POOLED.match(text_of(doc), after.end()):
        return []  # (no group's, or all the patients pooled: "22% in both groups combined")
    if has_respectively(sent(value)):
        return []
    labels = [arm["label"] for arm in arms]
    if len(labels) != EVERY_GROUP_ARMS:
        sized = {size.get("arm") for size in sizes}
        labels = [arm["label"] for arm in arms if arm["label"] in sized]
    return labels if len(labels) == EVERY_GROUP_ARMS and labels[0] != labels[1] else []


def labelled_arm(doc: Doc, value: Span) -> str | None:
    """The group that labels a value after a colon: ``(darbepoetin: 3.0%, placebo: 1.0%)``,
    ``Letrozole group: 45/120 (37.5%)``. Only numbers, brackets and slashes may stand between
    the colon and the value."""
    i = value.start
    while i > 0 and value.start - i < MAX_LABEL_GAP and (doc[i - 1].like_num or doc[i - 1].text in ("(", "/", "[")):
        i -= 1
    if i < 2 or doc[i - 1].text != ":":
        return _bracket_after_group(doc, value)
    colon = i - 1
    label_end = colon - 1 if doc[colon - 1].lower_ in ("group", "arm", "cohort") else colon
    label = next((m for m in arm_mentions(doc) if m.end == label_end or m.end == colon), None)
    if label is None:
        return None
    sentence = sent(value)
    if any(m.label_ != label.label_ and m.end <= label.start
           and not any(t.like_num or t.text in ("(", "[", ";") for t in doc[m.end:label.start])
           for m in spans_starting(doc, "ARM_MENTION", start=sentence.start, end=label.start)):
        return None  # "less frequent with X than with Y: 22% vs. 35%": the colon ends a clause naming both groups
    return label.label_


#: A second value set against the first in its bracket (``31.5% v 10.2%``, ``59%/20%``).
_PAIR_IN_BRACKET = compile_pattern(r"(?i)\b(?:vs\.?|v\.?|versus|compared)(?!\w)|^\s*/\s*\d")
#: What may stand in a group's bracket before its rate: its count (``35 of 37,``, ``12/40,``).
_COUNT_IN_BRACKET = frozenset({",", "/", "of", "out", ";"})


def _bracket_after_group(doc: Doc, value: Span) -> str | None:
    """The group whose bracket holds the value, with at most its count before it: ``in the X (41
    of 44, 93 per cent) and Y (38 of 43, 88 per cent) groups``, ``the X group (12/40, 30%)``."""
    i = value.start
    while i > 0 and value.start - i < MAX_LABEL_GAP and (doc[i - 1].like_num or doc[i - 1].lower_ in _COUNT_IN_BRACKET):
        i -= 1
    if i < 2 or doc[i - 1].text not in ("(", "["):
        return None
    text = text_of(doc)
    closing = _bracket_close(text, doc[i - 1].idx)  # past the value's own count: "(22% [13/60] vs. 35% [21/60])"
    if _PAIR_IN_BRACKET.search(text[value.end_char:closing]):
        return None  # "in the X group (31.5% v 10.2%)": a pair, told by the order linkers
    mentions = named_mentions(doc, sent(value))
    if any(value.end_char <= m.start_char < closing for m in mentions):
        return None  # "than X (10 percent for Y and 11 percent for Z)": the bracket names its own groups
    end = i - 1
    if doc[end - 1].lower_ in word_set("group_nouns.txt"):
        if doc[end - 1].lower_ not in word_set("singular_group_nouns.txt"):
            return None  # "the combined X and Y arms (12/84, 14%)": groups pooled, no one arm's
        end -= 1
    return next((m.label_ for m in mentions if m.end == end), None)


def _bracket_close(text: str, opening: int) -> int:
    """Where the bracket opened at ``opening`` closes (the brackets inside it closed first), or the
    text's end."""
    depth = 0
    for k in range(opening, len(text)):
        depth += text[k] in "(["
        depth -= text[k] in ")]"
        if depth == 0:
            return k
    return len(text)


def _scoped_clause(doc: Doc, value: Span) -> Span:
    """The sentence of a value, or, when a semicolon outside brackets comes before the value and the
    clause it opens opens with a scope (``; in the Y group, ...``), that clause to the sentence's end."""
    sentence = sent(value)
    depth, start = 0, None
    for token in doc[sentence.start:value.start]:
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            depth = max(0, depth - 1)
        elif token.text == ";" and depth == 0:
            start = token.i + 1
    if start is None or start >= value.start or not _OPENING_SCOPE.match(span_text(doc[start:sentence.end])):
        return sentence
    return doc[start:sentence.end]


def opening_scope_arm(doc: Doc, value: Span) -> str | None:
    """The group named by an opening phrase that scopes the whole sentence: ``Of 575 patients who
    received the iodine-alcohol combination, 42 developed an infection``, ``Among those taking X,
    ...``. Only one group may be named in the opening phrase and none between it and the value. A
    clause after a semicolon outside brackets that opens so scopes its own values: ``In the X group,
    ... was 68%; in the Y group, ... was 65%``."""
    sentence = _scoped_clause(doc, value)
    if not _OPENING_SCOPE.match(span_text(sentence)):
        return None
    comma = next((t.i for t in sentence if t.text == "," and t.i < value.start), None)
    if comma is None:
        return None
    named = spans_starting(doc, "ARM_MENTION", start=sentence.start, end=value.start)
    if not named or any(m.start > comma for m in named) or len({m.label_ for m in named}) != 1 \
            or any(negated_group(doc, m) for m in named):
        return None  # "Among non-aspirin takers, ...": the people outside the group named
    return named[0].label_


_LIST_JOINER = compile_pattern(r"(?i)^\s*(?:,\s*)?(?:and\s+)?$|^\s*,\s*$")


def parallel_partner(doc: Doc, value: Span, values: list[Span]) -> Span | None:
    """The value in the same place of the list before a contrast: ``reduced by 81% and the
    frequency by 71% in the X group, compared with 32% and 29% in the Y group``: 32% goes with
    81%, 29% with 71%. The values after the contrast must form one tight list (``and``, commas),
    as many as the values of their kind before it."""
    sentence = sent(value)
    text = text_of(doc)
    contrasts = per_sentence(sentence, "contrasts", lambda: [
        m.span() for m in _CONTRAST.finditer(text, sentence.start_char, sentence.end_char)])
    if not contrasts or contrasts[0][1] > value.start_char:
        return None
    marker_start, marker_end = contrasts[0]
    same, _ = same_kind_in_sentence(doc, value, values)
    first_after = bisect_left([v.start_char for v in same], marker_end)
    before = [v for v in same[:first_after] if v.end_char <= marker_start]
    if len(before) < 2:
        return None
    after = same[first_after:first_after + len(before) + 1]
    for k in range(1, len(after)):  # the list ends where another pair or clause begins
        if not _LIST_JOINER.match(text[after[k - 1].end_char:after[k].start_char]):
            after = after[:k]
            break
    if len(after) != len(before) or value not in after:
        return None
    return before[after.index(value)]


def contrast_partner(doc: Doc, value: Span, values: list[Span]) -> Span | None:
    """The other value of a two-value contrast in one sentence (``X% of A ... compared with Y% of
    B``): the sentence holds two values of this kind, with ``versus``/``compared with``/``than``
    between them."""
    same, index = same_kind_in_sentence(doc, value, values)
    if index < 0 or len(same) < 2:
        return None
    text = text_of(doc)
    if index > 0 and _contrasts(text[same[index - 1].end_char:value.start_char]):
        return same[index - 1]  # "5.0% in the X group versus 4.5% in the Y group"
    if len(same) == 2 and _contrasts(text[value.end_char:same[1].start_char]) and index == 0:
        return same[1]
    return None


def _contrasts(between: str) -> bool:
    """Whether the words between two values contrast them (``versus``, ``compared with``,
    ``than``), other than with the start of the trial (``41% fewer than at the outset and 57%``)."""
    between = " ".join(_without_bounds(between.rstrip().split(" ")))  # "and by more than 18 percent"
    return any(not from_baseline(between[contrast.start():]) for contrast in _CONTRAST.finditer(between))


def contrast_arm(doc: Doc, value: Span, values: list[Span], arms: list[dict]) -> str | None:
    """The other group of a two-group contrast in one sentence: ``surgery patients ... with 2.3
    percent suffering a heart attack compared with 1.1 percent of stent patients``. The value's
    partner (the next or previous value of its kind, with ``versus``/``compared with``/``than``
    between) is linked to one group; the value takes the other group the sentence names, or, in
    a two-arm trial, the trial's other arm."""
    partner = contrast_partner(doc, value, values)
    if partner is None:
        return None
    sentence = sent(value)
    partner_arm = nearest_arm(doc, partner, values) or opening_scope_arm(doc, partner) \
        or group_words_arm(doc, partner, values, arms)
    if partner_arm is None:
        return None
    # the groups named on the value's own side of its partner: a group named after a later partner
    # (or before an earlier one) is the partner's own ("16.4% of X patients, compared with 20.8%
    # treated with Y and Z": Y and Z are the partner's, not the value's other group)
    side = range(sentence.start, partner.start) if partner.start > value.start else range(partner.end, sentence.end)
    named = {m.label_ for m in arm_mentions(doc) if m.start in side} - {partner_arm}
    if len(named) == 1:
        return named.pop()
    labels = [a["label"] for a in arms]
    if not named and len(labels) == 2 and partner_arm in labels:
        return next(label for label in labels if label != partner_arm)
    return None


def sole_experimental_arm(doc: Doc, value: Span, arms: list[dict], values: list[Span] | None = None) -> str | None:
    """When the trial has one arm only and the value's sentence names no group (nor
    "all"/"both"/"overall"), an abstract reports the value for the treated group; not a value that
    :func:`sets_groups_side_by_side` gives to another group. In news, only a value set before
    another group's is the arm's (``12% of the patients, compared with 4% of untreated
    patients``, ``rose by 15%, while placebo patients had a 9% decline``); any other reports
    all the trial's patients, whose arm is null (ANNOTATION.md: "arm null means all patients
    together"), unless its sentence names another group (:func:`names_other_group`)."""
    experimental = [a["label"] for a in arms if a["role"] == "experimental"]
    if len(experimental) != 1 or len(arms) > 1:
        return None  # with a comparator named, a value that names no group cannot be told
    sentence = sent(value)
    if _ALL_PATIENTS.search(span_text(sentence)) or bool(spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end)):
        return None
    if values is not None and sets_groups_side_by_side(doc, value, values):
        return None
    if not is_abstract(doc) and not (values is not None and _set_before_another_group(doc, value, values)):
        return None
    return experimental[0]


def _set_before_another_group(doc: Doc, value: Span, values: list[Span]) -> bool:
    """Whether a value comes before the other group's in its sentence: its contrast partner
    follows it, or a control group is named after it."""
    partner = contrast_partner(doc, value, values)
    if partner is not None:
        return partner.start > value.start
    sentence = sent(value)
    return any(t.lower_ in word_set(CONTROL_GROUP_WORDS) for t in doc[value.end:sentence.end])


def names_other_group(doc: Doc, value: Span) -> bool:
    """Whether, in a news record of one arm, the value's sentence names a group other than by the
    arm's name: a group noun outside the arm's mentions (``40% of the medication group``, ``in the
    control arm``) or a group described as the control or as neither side (``untreated patients``,
    ``those not taking X``); people described as the tested ones (``those on active treatment``)
    are the arm's people.
    Which group that is cannot be told (the record may lack the trial's other arm), so its value
    is neither the arm's nor all patients'."""
    sentence = sent(value)
    if any(side is None or not side.startswith("tested") for _, _, side in described_groups(sentence)):
        return True
    named = {i for m in spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end) for i in range(m.start, m.end)}
    nouns = word_set("singular_group_nouns.txt")
    return any(t.lower_ in nouns or t.lower_.endswith("s") and t.lower_[:-1] in nouns
               for t in sentence if t.i not in named)


def sets_groups_side_by_side(doc: Doc, value: Span, values: list[Span]) -> bool:
    """Whether a value is the other group's in a sentence that compares two: it follows its
    contrast partner (``13% of X users died, compared with 20% of non-users``: the 20%), or a
    control group named before it (``..., while placebo patients had a 26% decline``), or its
    sentence has a ``respectively`` anywhere (which value is whose is not told). In a trial of one arm, that group
    is not the arm; the value before the contrast is (the 13%). Not in an abstract: it reports
    one trial, whose values a one-arm record gives to the arm or to all patients."""
    if is_abstract(doc):
        return False
    sentence = sent(value)
    partner = contrast_partner(doc, value, values)
    return partner is not None and partner.start < value.start \
        or any(t.lower_ in word_set(CONTROL_GROUP_WORDS) for t in doc[sentence.start:value.start]) \
        or has_respectively(sentence)


#: Words that name a control group (``placebo patients``): a sentence with one sets two groups side by side.
CONTROL_GROUP_WORDS = "described_group_control.txt"


#: The places a lexicon outcome of a value is read from, in the order :func:`nearest_endpoint` tries
#: them (:mod:`trialnews.linking.ranking` weighs them instead).
ADJACENT_AFTER, AFTER_IN_CLAUSE, BEFORE_IN_SENTENCE, AFTER_IN_SENTENCE, SENTENCE_BEFORE = (
    "adjacent-after", "after-in-clause", "before-in-sentence", "after-in-sentence", "sentence-before")


def endpoint_candidates(doc: Doc, value: Span, *, after_first: bool = False) -> Iterator[tuple[Span, str]]:
    """(mention, place) of each lexicon outcome a value may measure, in the order the places are
    tried: right after it (``a 27.4 percent remission rate``), after it in its clause
    (``after_first``: ``21 had complete resolution``, ``a 37 percent reduction in
    exacerbations``), the nearest before it in its sentence, the first after it, the last of the
    sentence before (not across a paragraph, and only where none is after it).

    An outcome named past a semicolon and followed by values of its own clause is that clause's
    (``51% slept well compared to 28%; and pain was found in 40% and 39%``): not this value's, nor
    is the sentence before's. One that closes the sentence with no value after it is the list's
    shared predicate (``X group: 45/120 (37.5%); Y group: 30/118 (25.4%) achieved a complete
    response``)."""
    sentence = sent(value)
    before = [m for m in spans_starting(doc, "ENDPOINT_MENTION", start=sentence.start, end=value.start)
              if m.end <= value.start]
    after = [m for m in spans_starting(doc, "ENDPOINT_MENTION", start=value.end, end=sentence.end)
             if m.end <= sentence.end]
    if after and after[0].start == value.end:
        yield after[0], ADJACENT_AFTER
    if after_first:
        _, clause_end = clause_bounds(sentence, value.start)
        near = [m for m in after if m.start - value.end <= LINK_WINDOW and m.end <= clause_end]
        if near:
            yield near[0], AFTER_IN_CLAUSE
    if before:
        yield before[-1], BEFORE_IN_SENTENCE
    if after:
        closes = semicolon_after(doc, value, after[0].start)
        _, clause_end = clause_bounds(sentence, after[0].start)
        if closes == after[0].start or not any(t.like_num for t in doc[after[0].end:clause_end]):
            yield after[0], AFTER_IN_SENTENCE
        return
    if sentence.start > 0:
        previous = sent(doc[sentence.start - 1])
        earlier = [m for m in spans_starting(doc, "ENDPOINT_MENTION", start=previous.start, end=previous.end)
                   if m.end <= previous.end]
        if earlier and "\n\n" not in doc[previous.end - 1:sentence.start + 1].text_with_ws:
            yield earlier[-1], SENTENCE_BEFORE


def nearest_endpoint(doc: Doc, value: Span, *, carry: bool = True, after_first: bool = False) -> Span | None:
    """The endpoint named before the value in its sentence, else after it, else (with ``carry``)
    in the sentence before: the first of :func:`endpoint_candidates`.

    ``after_first`` looks after the value first, within its clause (``21 had complete resolution``,
    ``a 37 percent reduction in exacerbations``)."""
    return next((mention for mention, place in endpoint_candidates(doc, value, after_first=after_first)
                 if carry or place != SENTENCE_BEFORE), None)


def timepoint(doc: Doc, value: Span) -> str | None:
    """A duration in the value's sentence introduced by ``at``, ``after``, ``by``... (``at 21 months``)."""
    sentence = sent(value)
    for duration in spans_starting(doc, "DURATION", start=sentence.start, end=sentence.end):
        if duration == value or duration.start_char < value.end_char and value.start_char < duration.end_char:
            continue  # the value itself ("from 5.2 months on placebo"), whatever its label
        before = text_of(doc)[max(sentence.start_char, duration.start_char - 30):duration.start_char]
        if _TIMEPOINT_CUE.search(before):
            return duration.text
    return None


#: Free words (neither a link nor a side word) a group's description may hold before the word
#: that tells its side: ``those who were later [switched] to the drug``. A free word right before
#: the side word modifies it and leaves the side untold (``simulated therapy``, ``the traditional
#: procedure``).
MAX_DESCRIPTION_FREE_WORDS = 2
#: Side words read together as one name: ``the sugar pill``, ``the active treatment program``.
MAX_SIDE_COMPOUND = 3
#: Words after a side word that make the description name both groups (``the drug or placebo``).
_BOTH_SIDES_JOINERS = word_set("both_sides_joiners.txt")
#: Between a side and the word of its own that modifies its side word (``tested:ginger`` of ``the
#: ginger pills``): only an arm whose name holds that word is meant.
MODIFIER_MARK = ":"
#: What :func:`_side_compound` says of words that tell no side (``active disease``, ``blood sugar``).
NO_SIDE = ""


def _side_lists() -> dict[str, frozenset[str]]:
    return {"tested": word_set("described_group_tested.txt"),
            "tested-modifier": word_set("described_group_tested_modifiers.txt"),
            "control": word_set("described_group_control.txt"),
            "control-modifier": word_set("described_group_control_modifiers.txt")}


@cache
def _side_kinds() -> dict[str, str]:
    """Each word of :func:`_side_lists` with the first list that holds it (one look-up a word:
    every token of a sentence is asked)."""
    kinds: dict[str, str] = {}
    for kind, words in _side_lists().items():
        for word in words:
            kinds.setdefault(word, kind)
    return kinds


def _side_word(word: str) -> str | None:
    """Which list of :func:`_side_lists` holds ``word`` (lower case), if any (the first)."""
    return _side_kinds().get(word)


def _side_compound(doc: Doc, i: int, end: int) -> tuple[str | None, int]:
    """(side, end) of the side words that start at token ``i``: ``control`` when any is a control
    word (``the sugar pill``), else ``tested``; ``None`` when the compound goes on to a hyphen
    (``treatment-resistant``) or to the other group (``the drug or placebo``); :data:`NO_SIDE`
    when modifiers name no noun (``active disease``, ``blood sugar``). A tested modifier needs a
    tested noun or a group noun after it; a control modifier any noun (``usual care``)."""
    j, kinds = i, []
    while j < end and j - i < MAX_SIDE_COMPOUND and _side_word(doc[j].lower_):
        kinds.append(_side_word(doc[j].lower_))
        j += 1
    side = "control" if any(kind.startswith("control") for kind in kinds) else "tested"
    if kinds and kinds[-1].endswith("modifier"):
        following = doc[j].lower_ if j < end else ""
        if following in word_set("singular_group_nouns.txt"):
            pass  # "the comparison group": the group noun ends the description
        elif side == "control" and NOUN in classes(following) and following not in word_set("described_group_people.txt"):
            j += 1  # "usual care", "the dummy pill"
        else:
            return NO_SIDE, j
    if j < end and (doc[j].text in ("-", "\u2013", "'s", "\u2019s") or doc[j].lower_ in _BOTH_SIDES_JOINERS):
        return None, j
    return side, j


def _description(doc: Doc, head: int, end: int) -> tuple[str | None, int] | None:
    """(side, end) of the description after a people noun at ``head``: ``those who got the
    drug``, ``people on the active pill``, ``the women in the program``; side ``None`` when it
    cannot be told (a negation: ``those who did not take the drug``; both groups; a word of its
    own before the side word: ``those who had simulated therapy``); ``None`` when the words after
    the noun describe no group."""
    if head + 1 >= end or doc[head + 1].lower_ not in word_set("described_group_openers.txt"):
        return None
    links, negations = word_set("described_group_links.txt"), word_set(GROUP_NEGATIONS)
    free, negated, modified = 0, False, False
    for i in range(head + 1, end):
        word = doc[i].lower_
        if _side_word(word):
            side, stop = _side_compound(doc, i, end)
            if side == NO_SIDE:
                return None
            if side and modified:  # "the ginger pills": the arm must be named by that word
                side = f"{side}{MODIFIER_MARK}{doc[i - 1].lower_}"
            return (None if negated else side), stop
        modified = False
        if word in negations:
            negated = True
        elif word not in links:
            free += 1
            modified = True
            if free > MAX_DESCRIPTION_FREE_WORDS or not doc[i].is_alpha:
                return None
    return None


def described_groups(sentence: Span) -> list[tuple[int, int, str | None]]:
    """The groups a sentence describes instead of naming: (start, end, side) with side ``tested``
    (``those on active treatment``, ``the treated women``), ``control`` (``the comparison group``,
    ``people given the dummy pill``, ``untreated patients``) or ``None`` when the description
    cannot be told (``those not taking the drug``). A description that holds a group's name is
    left to that name."""
    doc = sentence.doc
    people, group_nouns = word_set("described_group_people.txt"), word_set("singular_group_nouns.txt")
    named = {i for m in spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end)
             for i in range(m.start, m.end)}
    found: list[tuple[int, int, str | None]] = []
    # Only the tokens a description can open with are read (a people word or a side word: their
    # places found once per doc), not every token of the sentence.
    openers = token_positions(doc, _description_openers())
    i = sentence.start  # the first token not yet read
    for k in range(bisect_left(openers, sentence.start), bisect_left(openers, sentence.end)):
        if openers[k] < i:
            continue  # inside the description just found
        i = openers[k]
        word = doc[i].lower_
        described = None
        if word in people:
            described, start = _description(doc, i, sentence.end), i
            before = doc[i - 1].lower_ if i > sentence.start else ""
            if described is None and (before in word_set("described_group_participles.txt")
                                      or _side_word(before) in ("control", "control-modifier")):
                negated = i - 1 > sentence.start and doc[i - 2].lower_ in word_set(GROUP_NEGATIONS)
                side = "tested" if before in word_set("described_group_participles.txt") else "control"
                described, start = ((None if negated else side), i + 1), i - 1  # "the treated women", "untreated patients"
        elif _side_word(word):
            side, stop = _side_compound(doc, i, sentence.end)
            if side != NO_SIDE and stop < sentence.end and doc[stop].lower_ in group_nouns:  # "the comparison group"
                negated = i > sentence.start and doc[i - 1].lower_ in word_set(GROUP_NEGATIONS)
                described, start = ((None if negated else side), stop + 1), i
        if described is None:
            continue
        side, stop = described
        if not named & set(range(start, stop)):
            found.append((start, stop, side))
        i = max(stop, i + 1)
    return found


@cache
def _description_openers() -> frozenset[str]:
    """The words :func:`described_groups` reads a description at: a people word (``those``,
    ``women``) or a side word (``placebo``, ``untreated``)."""
    return word_set("described_group_people.txt") | frozenset(_side_kinds())


#: Words of a control arm's name that say it is inert (``placebo``, ``sham``, ``usual care``,
#: ``no treatment``): only beside such a control do ``the drug`` and ``the treatment`` mean the
#: arm under test (beside ``standard stroke treatment``, ``the medication group`` is the control).
INERT_CONTROL_LEXICONS = ("inert_control_words.txt", "inactive_comparators.txt")


def _inert(arm: dict) -> bool:
    words = {word for name in INERT_CONTROL_LEXICONS for word in word_set(name)}
    return bool(words & set(re.findall(r"[a-z]+", arm["label"].lower())))


def _side_arm(arms: list[dict], side: str | None, doc: Doc | None = None) -> str | None:
    """The record's arm a described side refers to: the one control arm for ``control``; for
    ``tested``, the one experimental arm of a trial whose other arms are all inert controls; with
    a word of its own (``tested:ginger``), only if the arm's name holds it (``simulated therapy``
    is no arm's, ``the ginger pills`` are ``ginger root extract``'s). In an abstract, where that
    does not tell, the side's arm among the trial's two allocated groups (:func:`allocated_side`)."""
    if side and MODIFIER_MARK in side:
        side, _, modifier = side.partition(MODIFIER_MARK)
        arm = _side_arm(arms, side, doc)
        label = next((each for each in arms if each["label"] == arm), None)
        names = " ".join([label["label"], *(label.get("aliases") or [])]).lower() if label else ""
        return arm if modifier in re.findall(r"[a-z]+", names) else None
    if side == "control":
        controls = [arm["label"] for arm in arms if arm.get("role") == "control"]
        return controls[0] if len(controls) == 1 else allocated_side(doc, arms, "control")
    if side == "tested":
        tested = [arm["label"] for arm in arms if arm.get("role") == "experimental"]
        others = [arm for arm in arms if arm.get("role") != "experimental"]
        if len(tested) == 1 and others and all(arm.get("role") == "control" and _inert(arm) for arm in others):
            return tested[0]
        return allocated_side(doc, arms, "experimental")
    return None


def allocated_side(doc: Doc | None, arms: list[dict], role: str) -> str | None:
    """In an abstract, the arm of ``role`` among the two groups the abstract gave sizes (``randomly
    assigned to X (n = 120) or Y (n = 118)``), where those two are one experimental arm and one
    control: ``the control patients``, ``the intervention group``, ``vaccinated patients`` then
    name that arm even where the record holds other arms of the role (the drugs of a regimen, a
    treatment both groups had, a control word of the background). None in news, where a trial's
    described groups are resolved by the roles alone, or where the sizes tell no such pair."""
    if doc is None or not is_abstract(doc):
        return None
    roles = {arm["label"]: arm.get("role") for arm in arms}
    sized = list(dict.fromkeys(size["arm"] for size in state(doc).get("sample_sizes") or []
                               if size.get("arm") in roles))
    if len(sized) != 2 or {roles[label] for label in sized} != {"experimental", "control"}:
        return None
    return next(label for label in sized if roles[label] == role)


def _group_phrases_of(sentence: Span, values: list[Span], arms: list[dict]) -> list[tuple[int, int, str]]:
    """The group phrases of a sentence (:func:`~trialnews.linking.groupwords.group_phrases`, its
    values' tokens left out), read once per sentence for every linker that asks."""
    return per_sentence(sentence, "group-words", lambda: group_phrases(
        sentence, arms, {i for v in _values_starting(values, sentence.start, sentence.end) for i in range(v.start, v.end)}))


def described_subjects(sentence: Span, values: list[Span], arms: list[dict]) -> list[Span]:
    """The groups a sentence describes without their arm's name, as spans labelled with the arm
    they resolve to: people of a side (``those who got the real drug``: :func:`described_groups`)
    and group phrases whose words name an arm (``the chemo-only group``: ``group-words``); none
    whose arm cannot be told."""
    doc = sentence.doc
    found = per_sentence(sentence, "described-groups", lambda: described_groups(sentence))
    spans_found = [Span(doc, start, stop, label=arm) for start, stop, side in found if (arm := _side_arm(arms, side, doc))]
    phrases = _group_phrases_of(sentence, values, arms)
    spans_found += [Span(doc, start, stop, label=arm) for start, stop, arm in phrases if arm]
    return sorted(spans_found, key=lambda span: span.start)


def described_arm(doc: Doc, value: Span, values: list[Span], arms: list[dict], *, by_sizes: bool) -> str | None:
    """The arm of a value whose group is described, not named, next to it in its clause (as
    :func:`nearest_arm` reads names): ``45% of those who got the real drug`` (the one experimental
    arm), ``30% in the comparison group`` (the one control arm); with ``by_sizes``, also where only
    the sizes of an abstract's allocated pair tell it (:func:`allocated_side`). A description whose
    side or arm cannot be told, when it is the nearest, leaves the value unlinked."""
    sentence = sent(value)
    found = per_sentence(sentence, "described-groups", lambda: described_groups(sentence))
    sized = doc if by_sizes else None  # _side_arm reads the allocated pair of a doc it is given
    mentions = [Span(doc, start, stop, label=_side_arm(arms, side, sized) or "") for start, stop, side in found
                 if start != value.end]  # "760 women who had treatment": the value counts the people
    if not mentions:
        return None
    arm = nearest_arm(doc, value, values, mentions)
    if arm is not None:
        return arm or None  # "" is a description whose arm cannot be told
    return _described_opening_scope(doc, value, mentions)


def _described_opening_scope(doc: Doc, value: Span, mentions: list[Span]) -> str | None:
    """The described group of an opening phrase that scopes the sentence (``Among those who got
    the real drug, 45 percent ...``): as :func:`opening_scope_arm`, one description, no group
    named, and nothing but the value's own words after the comma."""
    sentence = sent(value)
    if not _OPENING_SCOPE.match(span_text(sentence)):
        return None
    comma = next((t.i for t in sentence if t.text == "," and t.i < value.start), None)
    if comma is None or spans_starting(doc, "ARM_MENTION", start=sentence.start, end=comma):
        return None
    opening = [m for m in mentions if m.start < comma]
    if len(opening) != 1 or opening[0].end > comma or any(comma <= m.start < value.start for m in mentions):
        return None
    return opening[0].label_ or None


def group_words_arm(doc: Doc, value: Span, values: list[Span], arms: list[dict]) -> str | None:
    """The arm of a value whose group phrase names an arm by its words, not its name
    (:mod:`trialnews.linking.groupwords`: ``the chemo-only group``, ``those who did not receive
    surgery``), next to the value in its clause (as :func:`nearest_arm` reads names) or in an
    opening phrase (``Among those on the higher dose, ...``)."""
    if not arms or len(_paired_run(doc, value, values)) > 1:
        return None  # "higher in the 10-mg arm than the 40-mg arm (18.2% v 6.5%)": a pair is told by order
    sentence = sent(value)
    if has_respectively(sentence):
        return None  # a list told by order
    found = _group_phrases_of(sentence, values, arms)
    mentions = [Span(doc, start, stop, label=arm) for start, stop, arm in found if start != value.end]
    arm = nearest_arm(doc, value, values, mentions)
    if arm is not None:
        return arm or None
    return _described_opening_scope(doc, value, mentions)


def describes_trial_group(sentence: Span, arms: list[dict]) -> bool:
    """Whether a sentence describes one of the record's groups without naming it (``those who got
    the real drug`` in a trial of one drug against placebo)."""
    found = per_sentence(sentence, "described-groups", lambda: described_groups(sentence))
    return any(_side_arm(arms, side, sentence.doc) for _, _, side in found)
