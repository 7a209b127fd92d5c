"""How a group phrase that names no arm outright is resolved to an arm of the record.

An article often names a group without the arm's exact name: ``those receiving BCG`` (arm ``BCG
vaccine``), ``the chemo-only group`` (``chemotherapy``), ``the combined group`` (``acupuncture plus
painkillers``), ``people given the 60 mg doses`` (``X 60 mg``), ``the cooled patients`` (``cooling
therapy``), ``those who did not receive surgery`` (in a trial of two arms, the arm that is not
surgery). One rule reads them all:

1. **The group phrase.** A group noun (``group``, ``arm``, ``cohort``) or a people noun
   (``patients``, ``those``, ``users``: ``described_group_people.txt``) with the words before it
   back to an article or a preposition (``the chemo-only group``, ``statin users``) and, after it,
   the words of a description opened by ``taking``/``on``/``given``/``who``...
   (``described_group_openers.txt``; link words such as ``who had taken`` skipped,
   ``described_group_links.txt``) up to a verb of what happened, a comparison or a clause word
   (``group_word_stops.txt``), a punctuation mark or a value.
2. **Its words.** Lower case, hyphenated words split (``chemo-only``: chemo, only), without the
   words that tell no arm apart (``group_word_ignored.txt``: group and people nouns, verbs of
   taking, ``therapy``, ``dose``, ``mg``, time words). Four kinds of word are read apart:
   ``alone``/``only`` (``group_word_alone.txt``), ``combined``/``combination``/``both``
   (``group_word_combined.txt``), ``higher``/``lower`` before a dose (``group_word_higher.txt``,
   ``group_word_lower.txt``) and a negation (``did not``, ``never``, ``non-``:
   ``group_negations.txt``).
3. **Against each arm's name.** Each arm's label and aliases give its words (the same words
   dropped); a phrase word matches an arm word when their stems are equal or, at
   :data:`MIN_PREFIX_CHARS` characters or more, one begins the other (``chemo``,
   ``chemotherapy``); a number only itself (``60`` of ``60 mg``). The arm whose words the phrase
   matches most is its arm. ``alone``/``only`` keeps, of several, the arm that is no combination
   (whose name has no ``plus``/``with``/``+``: ``group_word_joiners.txt``); ``combined`` takes the
   one combination arm that adds no inert control (``placebo plus X`` is no combination of
   treatments); ``higher``/``lower`` takes, of the arms named with a number, the largest or the
   smallest. A negated phrase is the other arm of a trial of exactly two arms.
4. **Left out when it cannot be told.** A number of the phrase that no arm has (``patients who
   received 7 or more infusions``: a subgroup), a phrase that matches no arm, or two arms
   matched equally (``those given gantenerumab`` beside two doses of it): no arm. Where such a
   phrase is the group named next to the value, it keeps a farther phrase of this linker from
   being taken for it (:func:`~trialnews.linking.groups.group_words_arm` gives no arm); the
   linkers tried after ``group-words`` (opening scope, the contrast's other group, the sole
   experimental arm) may still give the value an arm, else it is left out (warning W020).

A phrase that holds an arm's name is left to the linkers that read names, unless negated.
The linker is ``group-words`` (``evidence.links["arm"]``).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from ..facts.common import spans_starting
from ..resources import longest_words_first, word_set
from .wordclass import PREP, classes
from ..scanning import compile_pattern

#: Words of a group phrase read before its people or group noun (``the acupuncture-only group``).
MAX_MODIFIER_WORDS = 4
#: Words of a group phrase read after its noun (``those who had received a gastric bypass procedure``).
MAX_DESCRIPTION_WORDS = 6
#: The fewest characters of the shorter word for a word beginning another to match it
#: (``chemo``/``chemotherapy``; not ``cut``/``cutaneous``).
MIN_PREFIX_CHARS = 5
#: The fewest characters a stem keeps when a suffix is taken off (``cooled``, ``cooling``: ``cool``).
MIN_STEM_CHARS = 3
#: Word endings taken off to compare words (longest first): ``gradualists``, ``cooled``, ``users``.
SUFFIXES = ("ists", "ist", "ers", "ing", "ed", "er", "es", "s")

LINKER = "group-words"

IGNORED, ALONE, COMBINED = "group_word_ignored.txt", "group_word_alone.txt", "group_word_combined.txt"
ABSENCE = "group_word_absence.txt"
HIGHER, LOWER, JOINERS, STOPS = ("group_word_higher.txt", "group_word_lower.txt", "group_word_joiners.txt",
                                 "group_word_stops.txt")
#: Words before a group phrase's noun that end its modifiers: articles and determiners
#: (``patterns/group_phrase_determiners.txt``).
DETERMINERS = word_set("group_phrase_determiners.txt")
#: Words of an arm's name that make it an inert control (as :func:`~trialnews.linking.groups._inert`).
INERT_LEXICONS = ("inert_control_words.txt", "inactive_comparators.txt")

_WORD = compile_pattern(r"[a-z0-9]+(?:\.[0-9]+)?")
#: A word of a group phrase, a short form or a name: letters, digits and hyphens (``every-3-week``,
#: ``chemo-only``).
HYPHENATED = compile_pattern(r"[\w-]+")
_NUMBER = compile_pattern(r"^[0-9]+(?:\.[0-9]+)?$")


def _stem(word: str) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM_CHARS:
            return word[:-len(suffix)]
    return word


def same_word(a: str, b: str) -> bool:
    """Whether a group phrase's word ``a`` and an arm's word ``b`` name the same thing."""
    if _NUMBER.match(a) or _NUMBER.match(b):
        return a == b
    if a == b:
        return True
    if ("-" in a) != ("-" in b):
        return False  # "gluten-free" is no "gluten"
    sa, sb = _stem(a), _stem(b)
    if sa == sb:
        return True
    short, long = sorted((sa, sb), key=len)
    return len(short) >= MIN_PREFIX_CHARS and long.startswith(short)


@cache
def _word_pattern() -> re.Pattern[str]:
    """A word of a group phrase or an arm's name, an absence compound whole (``gluten-free``)."""
    absent = "|".join(longest_words_first(map(re.escape, word_set(ABSENCE))))
    return compile_pattern(rf"[a-z0-9]+(?:-(?:{absent})\b)?(?:\.[0-9]+)?")


def _split(text: str) -> list[str]:
    return _word_pattern().findall(text.lower())


def _words(text: str) -> list[str]:
    return [w for w in _split(text) if w not in word_set(IGNORED)]


def _arm_words(arm: dict) -> set[str]:
    names = " ".join([arm["label"], *(arm.get("aliases") or [])])
    return {w for w in _words(names) if w not in word_set(JOINERS) and w not in word_set(ALONE) and w not in word_set(COMBINED)}


def _combination(arm: dict) -> bool:
    label = arm["label"].lower()
    return "+" in label or any(w in word_set(JOINERS) for w in _WORD.findall(label))


def _negated_arm(arm: dict) -> bool:
    """Whether an arm is named by a negation (``non-rilonacept``, ``no surgery``)."""
    return any(w in word_set("group_negations.txt") for w in _WORD.findall(arm["label"].lower()))


def _inert(arm: dict) -> bool:
    inert = {w for name in INERT_LEXICONS for w in word_set(name)}
    return bool(inert & set(_WORD.findall(arm["label"].lower())))


def _dose(arm: dict) -> tuple[float, str] | None:
    """The one number of an arm's name and the word after it (its unit: ``250 mcg``)."""
    words = _WORD.findall(arm["label"].lower())
    numbers = [(float(w), words[i + 1] if i + 1 < len(words) else "") for i, w in enumerate(words) if _NUMBER.match(w)]
    return numbers[0] if len(numbers) == 1 else None


def resolve(words: list[str], negated: bool, arms: list[dict]) -> str | None:
    """The arm a group phrase's words name (see the module's rule): its label, ``""`` when two
    arms are matched equally, ``None`` when the words name no arm."""
    dose = any(w.rstrip("s") == "dose" for w in words)  # "those on the higher dose"; "low-risk men" name no dose
    read_apart = (ALONE, COMBINED, HIGHER, LOWER) if dose else (ALONE, COMBINED)
    flags = {name: name in read_apart and any(w in word_set(name) for w in words) for name in (ALONE, COMBINED, HIGHER, LOWER)}
    content = [w for w in words if not any(w in word_set(name) for name in read_apart) and w not in word_set(IGNORED)]
    # an arm named by a negation ("non-X") is matched only by a negated phrase, and then as named
    arm_words = [(arm, _arm_words(arm)) for arm in arms if _negated_arm(arm) == negated] \
        or [(arm, _arm_words(arm)) for arm in arms if not _negated_arm(arm)]
    negated = negated and not any(_negated_arm(arm) for arm, _ in arm_words)
    matching = [w for w in content if any(same_word(w, a) for _, each in arm_words for a in each)]
    if any(_NUMBER.match(w) for w in content if w not in matching):
        return None  # "patients who received 7 or more infusions": a subgroup no arm names
    if content and len(content) - len(matching) >= len(matching):
        return None  # "the laparoscopic banding patients" beside "laparoscopic sleeve gastrectomy": another group
    scores = [(sum(any(same_word(w, a) for a in each) for w in content), arm) for arm, each in arm_words]
    best = max((score for score, _ in scores), default=0)
    chosen = [arm for score, arm in scores if score == best and best > 0]
    if flags[COMBINED]:
        chosen = [arm for arm in (chosen or arms) if _combination(arm) and not _inert(arm)]
    elif flags[ALONE] and len(chosen) > 1:
        alone = [arm for arm in chosen if not _combination(arm)]
        chosen = alone or chosen
    if flags[HIGHER] != flags[LOWER]:
        dosed = [(dose, arm) for arm in (chosen or arms) if (dose := _dose(arm)) is not None]
        if len(dosed) >= 2 and len({dose for dose, _ in dosed}) == len(dosed) and len({u for (_, u), _ in dosed}) == 1:
            # of one unit only ("250 mcg" beside "1 g" is not told by the number)
            chosen = [(max if flags[HIGHER] else min)(dosed, key=lambda pair: pair[0])[1]]
    if not chosen:
        return None
    if len(chosen) > 1 and not flags[COMBINED]:
        # "the tamoxifen group" beside "irradiation plus tamoxifen" and "tamoxifen alone": a phrase
        # that names one treatment without a joiner is the arm of that treatment alone
        joined = any(w in word_set(JOINERS) and w not in word_set(IGNORED) for w in words)
        kind = [arm for arm in chosen if _combination(arm) == joined]
        chosen = kind if len(kind) == 1 else chosen
    if len(chosen) > 1 and flags[ALONE]:  # "patients on standard therapy alone": the arm all of whose words it has
        covered = [arm for arm in chosen if all(any(same_word(w, a) for w in content) for a in _arm_words(arm))]
        chosen = covered if len(covered) == 1 else chosen
    if len(chosen) > 1:
        return ""
    if negated:
        others = [arm["label"] for arm in arms if arm["label"] != chosen[0]["label"]]
        return others[0] if len(arms) == 2 and len(others) == 1 else None
    return chosen[0]["label"]


def _phrase_words(doc: Doc, start: int, end: int, values: set[int]) -> tuple[list[str], bool]:
    kept, negated = [], False
    for token in doc[start:end]:
        if token.lower_ in word_set("group_negations.txt"):
            negated = True
            kept.append(" ")  # "were|n't|cooled": the words on either side stay apart
        else:
            kept.append(token.text_with_ws if token.i not in values else " ")
    return _split("".join(kept)), negated


def group_phrases(sentence: Span, arms: list[dict], values: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, arm) of each group phrase of a sentence that names no arm by its name (``arm``
    ``""`` when its words name no arm or two equally); ``values`` holds the tokens of values."""
    doc = sentence.doc
    people, nouns = word_set("described_group_people.txt"), word_set("singular_group_nouns.txt")
    openers, links, stops = word_set("described_group_openers.txt"), word_set("described_group_links.txt"), word_set(STOPS)
    negations = word_set("group_negations.txt")
    named = spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end)
    found: list[tuple[int, int, str]] = []
    for head in range(sentence.start, sentence.end):
        if doc[head].lower_ not in people and doc[head].lower_ not in nouns:
            continue
        start = head
        while start > sentence.start and head - start < MAX_MODIFIER_WORDS:
            before = doc[start - 1]
            if before.lower_ in DETERMINERS or before.i in values or not HYPHENATED.fullmatch(before.text) \
                    or (before.lower_ in links or before.lower_ in stops or PREP in classes(before.lower_)) \
                    and before.lower_ not in negations:
                break
            start -= 1
        while start < head and doc[start].text == "-":
            start += 1  # "twice-weekly": the link word stays out, and its hyphen
        if any(doc[i].like_num and i not in values for i in range(start, head)) and doc[head].lower_ in people:
            continue  # "the 170 women": a count of people
        end = head + 1
        i = head + 1
        if i < sentence.end and doc[i].lower_ in ("also", "still"):
            i += 1
        if i < sentence.end and doc[i].lower_ in openers:
            content = 0
            while i < sentence.end and i - head <= MAX_DESCRIPTION_WORDS + 2 and content < MAX_DESCRIPTION_WORDS:
                token = doc[i]
                if i in values or (token.is_punct and token.text not in ("-", "/")) or content and token.lower_ in stops:
                    break
                if token.lower_ in negations or token.lower_.endswith("n't") or token.lower_.endswith("n\u2019t"):
                    pass
                elif not content and token.lower_ in links:
                    pass
                else:
                    content += 1
                i += 1
            end = i
        if end - start <= 1:
            continue
        inside = [m for m in named if start <= m.start and m.end <= end]
        words, negated = _phrase_words(doc, start, end, values)
        negated = negated or any(t.lower_.endswith(("n't", "n\u2019t")) for t in doc[start:end])
        if inside and not negated:
            continue  # the arm is named: the linkers of names read it
        if any(m.start < end and start < m.end and not (start <= m.start and m.end <= end) for m in named):
            continue
        arm = resolve(words, negated, arms)
        found.append((start, end, "" if arm is None else arm))  # a group no arm is: no farther name is its
    return found
