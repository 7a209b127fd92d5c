"""The group a value's own clause does not name, carried from where the article set it.

News names a group once and goes on to report its people's results without naming it again. The
linker ``carried-group`` (tried after every linker that reads the value's own clause) takes that
group in two ways, and only in news of a trial with two or more arms:

1. **The subject of the value's clause.** ``The 504 patients treated with the antibiotic gel
   mupirocin, a common drug, and washed with chlorhexidine developed an infection 3.4 percent of
   the time``; ``..., while those in the control group experienced a slight rise at six weeks and
   a 10% drop at 12 weeks``. The clause (from the last ``while``/``but``, ``subject_switch_words.txt``,
   or the last semicolon before the value, past an opening phrase closed by a comma) opens with
   the group: its name first (``the X group``, ``X users``), a group described without its name
   (``Those who took the real drug, ...``, ``the chemo-only group``:
   :func:`~trialnews.linking.groups.described_subjects`), or people (``patients``, ``those``:
   ``group_people_nouns.txt``) described by words that lead to its name (``treated with``,
   ``in the``: ``described_group_links.txt``, and at most :data:`MAX_SUBJECT_FREE_WORDS` other
   words). However far the value stands from it, the value is that group's when nothing between
   names another group, people of their own or a contrast (``than``, ``compared with``; not a
   bound, ``more than 10``), and the value counts no people of its own (``20% of patients``).
2. **A phrase pointing back at a group** (``this group``, ``the same arm``:
   ``patterns/group_back_references.txt``) in a sentence that names no group: the group of the
   nearest sentence before it, in its paragraph and at most ``carry_sentences`` back (the results
   component's config), that names one; none if that sentence names two. A value that counts
   the people just named (``75 percent of them``: ``patterns/people_back_references.txt``) reads
   the sentence right before only.

A value of a pair or of a ``respectively`` list is left to the order linkers, and one whose clause
or sentence could be another group's keeps no arm (warning W020): a wrong arm costs more than a
missing value.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from ..facts.common import clause_bounds, sent, spans_starting, words_at
from ..reading.kind import is_abstract
from ..resources import word_set
from .groups import BOTH_GROUPS, contrasted_from, described_groups, described_subjects, has_respectively, \
    negated_group, opening_phrase_commas, paired_run, per_sentence
from .phrases import people_words

#: The name this linker writes to ``evidence.links``.
CARRIED_GROUP = "carried-group"
#: The most sentences read back for the group a phrase points back at (the results component's
#: ``carry_sentences``).
CARRY_SENTENCES = 2
#: Words of a clause's subject between its people noun and the group's name other than the words
#: that lead to a name (``the antibiotic nose gel mupirocin``).
MAX_SUBJECT_FREE_WORDS = 4
#: Tokens after a value read for the people it counts (``3.4 percent of the patients``; not ``of the time``).
OWN_PEOPLE_TOKENS = 3

#: Pronouns of people after a value that make it count people of its own (``20% of them``).
PEOPLE_PRONOUNS = "people_pronouns.txt"
#: Words that start a clause about other people (``while``, ``but``).
SUBJECT_SWITCH_WORDS = "subject_switch_words.txt"
#: Words that may open a clause's subject before its people or its group's name (``the``, ``those``).
SUBJECT_DETERMINERS = "subject_determiners.txt"
#: Phrases that point back at a group named before (``this group``, ``the same arm``).
BACK_REFERENCES = "group_back_references.txt"
#: What follows a value that counts the people named just before (``of them``).
THEM_REFERENCES = "people_back_references.txt"


def carried_arm(doc: Doc, value: Span, values: list[Span], arms: list[dict], *,
                sentences: int = CARRY_SENTENCES) -> str | None:
    """The group a value takes from the subject of its clause or from the sentence a phrase of its
    sentence points back at (see the module's description), or ``None``."""
    if len(arms) < 2 or is_abstract(doc) or len(paired_run(doc, value, values)) > 1:
        return None
    sentence = sent(value)
    if has_respectively(sentence):
        return None
    return _subject_arm(doc, value, values, arms) or _pointed_back_arm(doc, value, sentences)


def _counts_own_people(doc: Doc, value: Span) -> bool:
    """Whether the words after a value say whose share it is: ``20% of patients``, ``12 percent
    among the women``, ``20% of them`` (not ``3.4 percent of the time``)."""
    end = min(len(doc), sent(value).end)
    if value.end >= end or doc[value.end].lower_ not in word_set("own_people_after.txt"):
        return False
    return any(t.lower_ in _own_people_words() for t in doc[value.end + 1:min(end, value.end + 1 + OWN_PEOPLE_TOKENS)])


@cache
def _own_people_words() -> frozenset[str]:
    """People nouns and pronouns whose share a value after ``of`` or ``among`` is (``patients``, ``them``)."""
    return people_words() | word_set(PEOPLE_PRONOUNS)


@cache
def _description_words() -> frozenset[str]:
    """Words that describe people by their group (``treated with``, ``in the``): the links and openers."""
    return word_set("described_group_links.txt") | word_set("described_group_openers.txt")


def _clause_start(doc: Doc, value: Span) -> int:
    """Where the value's clause opens: after the last semicolon or colon, and after the last word
    that starts a clause about other people (``while``, ``but``), before the value."""
    start, _ = clause_bounds(sent(value), value.start)
    switches = [t.i for t in doc[start:value.start] if t.lower_ in word_set(SUBJECT_SWITCH_WORDS)]
    start = switches[-1] + 1 if switches else start
    while start < value.start and (doc[start].is_punct or doc[start].is_space):
        start += 1
    commas = opening_phrase_commas(doc, start, value.start)  # "At the end of six months, ..."
    if commas:
        start = commas[0] + 1
    return start


def _opens_subject(doc: Doc, start: int, mention: Span, *, described: bool = False) -> bool:
    """Whether the words from ``start`` to a group's name make it the subject they open: the name
    first (``the hypnotherapy group``, ``surgery patients``), or people described by words that
    lead to it (``The 504 patients treated with the antibiotic gel``, ``those in the``)."""
    words = [t for t in doc[start:mention.start] if not t.is_space]
    leading = word_set(SUBJECT_DETERMINERS)
    if described:  # "those who got the dummy pill": the people first
        return all(t.lower_ in leading or t.like_num for t in words)
    if all(t.lower_ in leading or t.like_num for t in words):
        head = {mention[-1].lower_, doc[mention.end].lower_ if mention.end < len(doc) else ""}
        return bool(head & (people_words() | word_set("group_name_tails.txt")))
    people = next((k for k, t in enumerate(words) if t.lower_ in people_words()), None)
    if people is None or any(not (t.lower_ in leading or t.like_num) for t in words[:people]):
        return False
    description = words[people + 1:]
    if not description or description[0].lower_ not in word_set("described_group_openers.txt"):
        return False
    free = [t for t in description if t.lower_ not in _description_words()]
    return len(free) <= MAX_SUBJECT_FREE_WORDS and all(t.is_alpha or t.text == "-" for t in free)


def _subject_arm(doc: Doc, value: Span, values: list[Span], arms: list[dict]) -> str | None:
    """The group named or described (``those given the dummy pill``, ``the chemo-only group``) as the
    subject of the value's clause, with nothing between it and the value that names another group,
    other people or a contrast."""
    if _counts_own_people(doc, value):
        return None
    sentence = sent(value)
    start = _clause_start(doc, value)
    _, end = clause_bounds(sentence, value.start)
    if BOTH_GROUPS.search(doc[start:end].text):
        return None
    described = [m for m in described_subjects(sentence, values, arms) if start <= m.start < end]
    named = sorted(spans_starting(doc, "ARM_MENTION", start=start, end=end) + described, key=lambda m: m.start)
    if not named or len({m.label_ for m in named}) != 1 or named[0].start >= value.start \
            or any(negated_group(doc, m) for m in named) \
            or not _opens_subject(doc, start, named[0], described=any(named[0] is m for m in described)):
        return None
    group = named[0].label_
    last = [m for m in named if m.end <= value.start][-1]
    after = last.end + (last.end < value.start and doc[last.end].lower_ in word_set("group_name_tails.txt"))
    if any(t.lower_ in people_words() for t in doc[after:value.start]) or contrasted_from(doc, group, start, value):
        return None  # "X patients had fewer infections than those on placebo (3 percent)"
    others = per_sentence(sentence, "described-groups", lambda: described_groups(sentence))
    if any(last.end <= a < end for a, _, _ in others):
        return None
    return group


def _back_reference(doc: Doc, value: Span) -> bool:
    """Whether the value's clause points back at a group (``this group``, ``these patients``) or the
    value counts the people of one (``75 percent of them``)."""
    start, end = clause_bounds(sent(value), value.start)
    return any(words_at(doc, i, end, BACK_REFERENCES) is not None for i in range(start, end))


def _counts_them(doc: Doc, value: Span) -> bool:
    """Whether the value counts the people just named (``75 percent of them``, ``five of them``):
    ``them`` points at the sentence before only."""
    return words_at(doc, value.end, len(doc), THEM_REFERENCES) is not None


def _pointed_back_arm(doc: Doc, value: Span, sentences: int) -> str | None:
    """The one group of the nearest sentence before that names one, for a value whose sentence
    names none and points back at a group."""
    sentence = sent(value)
    them = _counts_them(doc, value)
    if spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end) \
            or not (them or _back_reference(doc, value)):
        return None
    sentences = 1 if them else sentences
    if per_sentence(sentence, "described-groups", lambda: described_groups(sentence)):
        return None  # "those who got the real drug": a description of its own, read by its linker
    earlier = sentence
    for _ in range(sentences):
        if earlier.start == 0 or "\n\n" in doc[earlier.start - 1:earlier.start + 1].text_with_ws:
            return None
        earlier = sent(doc[earlier.start - 1])
        named = spans_starting(doc, "ARM_MENTION", start=earlier.start, end=earlier.end)
        if named:
            labels = {m.label_ for m in named}
            return named[0].label_ if len(labels) == 1 and not any(negated_group(doc, m) for m in named) else None
    return None
