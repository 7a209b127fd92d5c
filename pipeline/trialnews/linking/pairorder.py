"""Abstracts: the groups of a pair of values whose sentence names them by order only.

Trial abstracts report a result for both groups side by side and name the groups once, or not at
all: ``ORR was higher in the X arm (41.1% v 23.6%; P = .01)``, ``rates were 12% and 15% in the X
and Y groups``, ``Patients receiving X were more likely to respond than controls (38% v 28%)``.
The pair's order is the order of the comparison: the group named first (or the subject of the
comparative) has the first value; the group named after ``than``/``versus``/``compared with`` has
the second. Where the sentence names one group only, the other group is the trial's one arm of the
other role (its sole control arm beside a tested one); where it names none, the order of the
abstract's last pair before it whose groups were both named (``41% and 30% in the X and Y groups``
... ``22% vs 15%``). ``Compared with X, Y had a lower rate (a vs b)`` is ordered by the
comparative's direction.

A pair whose order cannot be told this way stays without a group (warning W020): a value on the
wrong arm is worse than none. In news only the first order holds, for a pair joined by ``and``
(both groups named as one comparison in the pair's sentence: ``rates in the X and Y groups were
12% and 15%``); news names its groups beside its values otherwise.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..facts.common import sent, spans_starting, state
from ..reading.doctext import span_text, text_of
from ..reading.kind import is_abstract
from ..resources import word_set
from .groups import FRACTION_AFTER_RATE, INTERVAL_AFTER_VALUE, RESPECTIVELY, has_respectively, named_mentions, same_kind_in_sentence, without_outcomes
from ..scanning import compile_pattern

#: The linker names written to ``evidence.links["arm"]``, one per way the order is told.
LINK_NAMED_ORDER = "pair-order"
LINK_OTHER_ROLE = "pair-order-other-role"
LINK_CONVENTION = "pair-order-convention"
LINK_DIRECTION = "pair-order-comparative"
LINK_ALLOCATION = "pair-order-allocation"
#: Words that make a sentence compare one named group with another (``higher``, ``more likely``).
COMPARATIVES = "comparatives.tsv:pair-order"
#: Words that introduce the second group of a comparison (``than``, ``versus``, ``compared``).
CONTRASTS = "pair_order_contrasts.txt"
#: Words that join two treatments into one group (``X plus Y``).
COMBINERS = "pair_order_combiners.txt"
#: Words that join the names of two groups into one list (``in the X and Y groups``, ``between X and Y``).
JOINERS = "pair_order_joiners.txt"
#: The most tokens between the names of the two groups of one comparison (``higher in the X group
#: than in the Y group``: ``group than in the``).
MAX_GROUPS_GAP = 5
#: Comparatives that give the group they describe the larger, or the smaller, value of a pair.
UP, DOWN = "pair_order_up.txt", "pair_order_down.txt"
#: The number a value is written with (``41.1%``, ``12 percent``).
_NUMBER = compile_pattern(r"\d+(?:\.\d+)?")
#: Tokens before a group's name searched for the word that makes it the second group
#: (``than in the placebo group``, ``compared with the control arm``).
CONTRAST_TOKENS = 4
#: What stands between the two values of a pair: ``41.1% v 23.6%``, ``(3% vs 7.6%)``, ``12% and
#: 15%``, ``6/61 (10%) versus 1/42 (2%)``, ``3 (11%) of 27 vs. 9 (45%) of 20`` (a count, its rate
#: in brackets, then its group's total and people), a slash pair ``(59%/20%)`` (one value per
#: group, as ``versus``; the micro-syntax of a pair of numbers).
_TOTAL_AFTER_RATE = r"(?:(?:of|in|out of)\s+\d[\d,]*(?:\s+[a-z]+)?\s*)?"
_PAIR_GAP = compile_pattern(r"(?i)^\s*[)\]]?\s*" + FRACTION_AFTER_RATE + INTERVAL_AFTER_VALUE + _TOTAL_AFTER_RATE + r"[,;]?\s*(?:vs\.?|v\.?|versus|and|compared (?:with|to)|/)\s*"
                            r"(?:\d+(?:\s*/\s*\d+)?\s*)?[(\[]?\s*$")
#: A pair joined by ``and``: it may hold two outcomes of one group (``higher than those of the X
#: group (10.4% and 8.3%)``), so only ``versus`` sets a named group against the other.
_AND_GAP = compile_pattern(r"(?i)^\s*[)\]]?\s*" + _TOTAL_AFTER_RATE + r",?\s*and\s*(?:\d+(?:\s*/\s*\d+)?\s*)?[(\[]?\s*$")
#: What joins the items of a longer list of values: a comma alone (``66.7%, 73.3%, and 58.9%``).
_LIST_GAP = compile_pattern(r"^\s*[)\]]?\s*,\s*[(\[]?\s*$")
#: Words before an ``and`` pair that may give it two outcomes or times (``the 1- and 2-year rates
#: were 80% and 60%``): such a pair follows no convention of groups.
_JOINED_BEFORE = compile_pattern(r"(?i)\b(?:and|or)\b|/")
#: Words in a sentence that say its values are shared by the groups, not set against each other.
SHARED = "pair_order_shared.txt"
#: A whole word of a sentence's text (the micro-syntax the shared words are looked up by).
_WORD = compile_pattern(r"\w+")
#: The number of values a pair holds: one per group.
from ..facts.roles import PAIR_SIZE  # noqa: E402 (one constant with the roles of a pair)


def _pair(doc: Doc, value: Span, values: list[Span]) -> tuple[list[Span], bool]:
    """The pair of values ``value`` is one of (``41.1% v 23.6%``, ``12% and 15%``), or ``[]``, and
    whether ``versus`` (not ``and``) joins it: the two must stand side by side with no third value
    of their kind joined to them (``66.7%, 73.3%, and 58.9%`` is a list of three), and a pair joined
    by ``and`` must be the only values of their kind in the sentence."""
    same, index = same_kind_in_sentence(doc, value, values)
    if index < 0:
        return [], False
    text = text_of(doc)

    def gap(i: int) -> str | None:  # the words between the i-th value of the kind and the next one
        return text[same[i].end_char:same[i + 1].start_char] if 0 <= i < len(same) - 1 else None

    def joins(i: int, pattern: re.Pattern[str]) -> bool:
        between = gap(i)
        return between is not None and bool(pattern.match(between))

    for i in (index - 1, index):  # the pair's first value: the one before ``value``, or ``value``
        if joins(i, _PAIR_GAP) and not any(joins(j, _PAIR_GAP) or joins(j, _LIST_GAP) for j in (i - 1, i + 1)):
            versus = not joins(i, _AND_GAP)
            if not versus and len(same) != PAIR_SIZE:
                return [], False  # "Grade 3 and 4 X occurred in 39.8% and 0.1% with A versus 1.6% and 0% with B"
            return [same[i], same[i + 1]], versus
    return [], False


def _named(doc: Doc, sentence: Span) -> list[Span]:
    """The group mentions of a sentence, outermost only (``X`` inside ``X plus Y`` is no mention of its own)."""
    return named_mentions(doc, sentence)


def _after_contrast(doc: Doc, mention: Span, floor: int) -> bool:
    """Whether a group is named right after a word that introduces the second group (``than the X group``)."""
    window = doc[max(floor, mention.start - CONTRAST_TOKENS):mention.start]
    return any(t.lower_ in word_set(CONTRASTS) for t in window)


def _other_role(doc: Doc, arms: list[dict], label: str) -> str | None:
    """The trial's one arm of the role other than ``label``'s, where both roles are known and one
    arm has the other role; of several such arms, the one the abstract gave a group size (the
    others are drugs of a regimen or background treatments the arms component also named:
    ``randomized to FEC (n = 167) or no treatment (n = 161)`` beside ``fluorouracil``)."""
    role = next((a.get("role") for a in arms if a["label"] == label), None)
    if role is None:
        return None
    others = [a["label"] for a in arms if a.get("role") not in (None, role)]
    if len(others) > 1:
        others = [other for other in others if other in _allocated(doc)]
    return others[0] if len(others) == 1 else None


def _allocated(doc: Doc) -> list[str]:
    """The arms the abstract gave a group size (``X (n = 120)``, ``120 were assigned to X``), in the
    order their sizes are first written: the trial's groups as it allocated them."""
    first: dict[str, int] = {}
    for size in state(doc).get("sample_sizes") or []:
        arm, start = size.get("arm"), (size.get("evidence") or {}).get("start")
        if arm is not None and start is not None:
            first[arm] = min(start, first.get(arm, start))
    return sorted(first, key=first.__getitem__)


def _allocation_order(doc: Doc, sentence: Span, pair: list[Span], values: list[Span], labels: set[str],
                      versus: bool) -> list[str] | None:
    """The order of the trial's two allocated groups, for a pair that follows an order given before
    where the abstract has given none by a pair with both groups named: the order in which it
    allocated them. A pair set ``versus`` each other is one value per group (``overall survival
    was not different (74.1 versus 70.7%)``); a pair joined by ``and`` only where ``respectively``
    says it follows an order (``Five-year survival was 64% and 71%, respectively``). None where the
    abstract gave sizes to other than two groups, or, for ``and``, where the sentence holds more
    values of the kind than the pair or words after the pair name another list the order may be
    of (``at 1 and 3 years, respectively``)."""
    groups = [label for label in _allocated(doc) if label in labels]
    if len(groups) != PAIR_SIZE:
        return None
    if versus:
        return groups
    if len(same_kind_in_sentence(doc, pair[0], values)[0]) != PAIR_SIZE:
        return None  # "RFS and DDFS were 98% and 81%, and 98% and 83%, respectively": the order of the outcomes
    after = doc[pair[1].end:sentence.end]
    end = next((t.i for t in after if t.lower_ in RESPECTIVELY), None)
    if end is None or _JOINED_BEFORE.search(text_of(doc)[pair[1].end_char:doc[end].idx]):
        return None
    return groups


def _named_order(doc: Doc, sentence: Span, pair: list[Span], labels: set[str],
                 mentions: list[Span] | None = None) -> list[str] | None:
    """The two groups a sentence names for its pair, in the pair's order: the group named first,
    then the one named after it (``higher with X than with Y``, ``between X and Y``, ``in the X and
    Y groups``), both named as one comparison (a few words apart, joined by ``and``/``than``/
    ``versus``) on one side of the pair; None where the sentence names other than two groups or
    does not order them (``compared with X, Y had ...``)."""
    named = [m for m in (_named(doc, sentence) if mentions is None else mentions) if m.label_ in labels]
    groups = list(dict.fromkeys(m.label_ for m in named))
    if len(groups) != PAIR_SIZE:
        return None
    ends = {m.end for m in spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end)}
    if any(m.start - 1 in ends and doc[m.start - 1].lower_ in word_set(COMBINERS) for m in named):
        return None  # "between X plus Y and Y groups": a group named inside a combination
    first, second = (next(m for m in named if m.label_ == label) for label in groups)
    between = _outside_brackets(doc[first.end:second.start])
    if second.start < first.end or len(between) > MAX_GROUPS_GAP or _after_contrast(doc, first, sentence.start) \
            or not {t.lower_ for t in between} & (word_set(CONTRASTS) | word_set(JOINERS)) \
            or first.start < pair[1].end and second.end > pair[0].start:
        return None  # the two are not named as one comparison, or the first named is the second compared
    return groups


def _outside_brackets(tokens: Span) -> list:
    """The tokens of ``tokens`` outside brackets: ``arm A (n = 1,087) and arm B`` joins its two
    groups by ``and`` as closely as ``arm A and arm B``."""
    depth, kept = 0, []
    for token in tokens:
        if token.text in _OPENERS:
            depth += 1
        elif token.text in _CLOSERS and depth:
            depth -= 1
        elif not depth:
            kept.append(token)
    return kept


#: Brackets, whose words do not part two groups named as one comparison.
_OPENERS, _CLOSERS = frozenset("([{"), frozenset(")]}")


#: The conventions last read, by sentence start, for one document (every value of a sentence asks).
_CONVENTIONS: dict[str, object] = {"doc": None, "found": {}}


def _convention(doc: Doc, sentence: Span, values: list[Span], labels: set[str]) -> list[str] | None:
    """The order in which the abstract last gave a pair of values with both groups named, before
    ``sentence`` (``6 and 12 months in the X and Y groups, respectively``): the order its later
    pairs that name no group keep. Read once per sentence of a document."""
    if _CONVENTIONS["doc"] is not doc:
        _CONVENTIONS.update(doc=doc, found={})
    found: dict[int, list[str] | None] = _CONVENTIONS["found"]
    if sentence.start not in found:
        found[sentence.start] = _last_named_order(doc, sentence, values, labels)
    return found[sentence.start]


def _last_named_order(doc: Doc, sentence: Span, values: list[Span], labels: set[str]) -> list[str] | None:
    earlier = sorted((v for v in values if v.end <= sentence.start), key=lambda v: v.start, reverse=True)
    seen: set[int] = set()
    for value in earlier:
        before = sent(value)
        if before.start in seen:
            continue
        pair, _ = _pair(doc, value, values)
        if len(pair) != PAIR_SIZE:
            continue
        seen.add(before.start)
        order = _named_order(doc, before, pair, labels)
        if order is not None:
            return order
    return None


def _direction(doc: Doc, sentence: Span, pair: list[Span]) -> int | None:
    """+1 where the sentence says its subject group has the larger value of the pair (``higher``,
    ``more``), -1 the smaller (``lower``, ``reduced``), None where it says neither or both."""
    words = {t.lower_ for t in doc[sentence.start:pair[0].start]}
    up, down = bool(words & word_set(UP)), bool(words & word_set(DOWN))
    return None if up == down else 1 if up else -1


def _by_size(pair: list[Span], direction: int, subject: str, other: str) -> list[str] | None:
    """The pair's groups in its order, the subject's value the larger (``direction`` +1) or the
    smaller (-1); None where the two values are equal or not read."""
    numbers = [_NUMBER.search(span_text(value)) for value in pair]
    if not all(numbers):
        return None
    first, second = (float(number.group()) for number in numbers)
    if first == second:
        return None
    return [subject, other] if (first > second) == (direction > 0) else [other, subject]


def _compared_with_named(doc: Doc, sentence: Span, pair: list[Span], arms: list[dict],
                         named: Span) -> list[str] | None:
    """The groups of a pair whose sentence names one group, as the one compared with (``Compared
    with the X arm, the new schedule achieved a higher rate (41% vs 69%)``): the comparative's
    subject is the trial's one arm of the other role, and only the comparative tells which value is
    its own (``higher``: the larger). None where the group is not named after a contrast word
    before the pair, no comparative says a direction, or the other group cannot be told."""
    if named.end > pair[0].start or not _after_contrast(doc, named, sentence.start) \
            or {t.lower_ for t in doc[sentence.start:named.start]} & word_set(COMPARATIVES):
        return None  # not "lower than in the X group (12% vs 30%)": the other linker reads that order
    direction = _direction(doc, sentence, pair)
    other = _other_role(doc, arms, named.label_)
    if direction is None or other is None:
        return None
    return _by_size(pair, direction, other, named.label_)


def _around_pair(doc: Doc, sentence: Span, pair: list[Span], named: list[Span]) -> list[str] | None:
    """The two groups of a comparison written around its pair: the subject named before it, the
    other after a contrast word after it (``The X group had more nausea (68% vs 27%) and vomiting
    (32% vs 8%) than the Y group``): the subject's value first. None where the sentence does not
    name them so, or no comparative before the pair says the sentence compares them."""
    before = [m for m in named if m.end <= pair[0].start]
    after = [m for m in named if m.start >= pair[1].end]
    if len(before) + len(after) != len(named) or len({m.label_ for m in before}) != 1 \
            or len({m.label_ for m in after}) != 1 or before[0].label_ == after[0].label_:
        return None
    if _after_contrast(doc, before[0], sentence.start) or not _after_contrast(doc, after[0], pair[1].end) \
            or not {t.lower_ for t in doc[before[0].end:pair[0].start]} & word_set(COMPARATIVES):
        return None  # "Compared with X, ... (a vs b) in the Y group": not a subject and its contrast
    return [before[0].label_, after[0].label_]


def _compared(doc: Doc, sentence: Span, pair: list[Span], named: list[Span]) -> list[Span]:
    """The group mentions a pair is compared by, where its sentence names more than two groups:
    the two named before the pair (``Compared with X, Y reduced the rate (38.7% vs 49.7%) ... in
    cycle 1``: a third name after the pair belongs to another phrase), else all of them (the pair
    then takes no order from its names)."""
    if len({m.label_ for m in named}) <= PAIR_SIZE:
        return named
    before = [m for m in named if m.end <= pair[0].start]
    return before if len({m.label_ for m in before}) == PAIR_SIZE else named


def _shares_values(sentence: Span) -> bool:
    """Whether a sentence says its values are shared by the groups (``in both arms``, ``overall``;
    ``patterns/pair_order_shared.txt``), outside the outcomes it names (not ``overall survival``)."""
    shared = word_set(SHARED)
    return any(word.group().lower() in shared for word in _WORD.finditer(without_outcomes(sentence)))


def pair_order_arm(doc: Doc, value: Span, values: list[Span], arms: list[dict], *,
                   named_only: bool = False) -> tuple[str | None, str | None]:
    """(arm, linker) of a value of a pair whose groups are told by order (see the module), or
    (None, None); with ``named_only``, only where the sentence names both groups (the surest
    orders, tried before the other group linkers). In news, only that surest order, for a pair
    joined by ``and`` (not ``versus``, nor with ``respectively``), where the sentence names the two
    groups as one comparison (``in the X and Y groups``, ``with X than with Y``): news writes such
    a pair as an abstract does, and the group named nearest a value is the wrong one there."""
    news = not is_abstract(doc)
    if len(arms) < PAIR_SIZE or news and not named_only:
        return None, None
    pair, versus = _pair(doc, value, values)
    if len(pair) != PAIR_SIZE or news and versus:
        return None, None  # news: a pair set ``versus`` each other is side-by-side-pair's
    sentence = sent(value)
    if _shares_values(sentence) or news and has_respectively(sentence):
        return None, None  # news: a ``respectively`` list is the respectively linker's
    labels = {a["label"] for a in arms}
    named = _compared(doc, sentence, pair, [m for m in _named(doc, sentence) if m.label_ in labels])
    groups = list(dict.fromkeys(m.label_ for m in named))
    position = pair.index(value)
    if len(groups) == PAIR_SIZE:
        order = _named_order(doc, sentence, pair, labels, named)
        if order is None and not news:
            order = _around_pair(doc, sentence, pair, named)
        if order is not None:
            return order[position], LINK_NAMED_ORDER
        if news:
            return None, None
        first = next(m for m in named if m.label_ == groups[0])
        direction = _direction(doc, sentence, pair)
        if not versus or direction is None or not _after_contrast(doc, first, sentence.start):
            return None, None
        # "Compared with X, Y reduced mucositis (38.7% vs 49.7%)": the order is told by the comparative only
        order = _by_size(pair, direction, groups[1], groups[0])
        return (order[position], LINK_DIRECTION) if order else (None, None)
    if news:
        return None, None
    if len(groups) == 1 and versus:
        order = _compared_with_named(doc, sentence, pair, arms, named[0])
        if order is not None:
            return order[position], LINK_DIRECTION
    if named_only:
        return None, None
    if len(groups) == 1 and versus:  # "and" may join two outcomes of the one group named
        words = {t.lower_ for t in doc[sentence.start:pair[0].start]}
        other = _other_role(doc, arms, groups[0])
        if other is None or not words & word_set(COMPARATIVES):
            return None, None
        compared_first = {t.lower_ for t in doc[sentence.start:named[0].start]} & word_set(COMPARATIVES)
        direction = _direction(doc, sentence, pair)
        if _after_contrast(doc, named[0], sentence.start) and compared_first and named[0].end <= pair[0].start:
            order = [other, groups[0]]  # "lower than in the placebo group (12% vs 30%)", not "Compared with X, Y had ..."
            subject = other
        elif named[0].end <= pair[0].start and not _after_contrast(doc, named[0], sentence.start):
            order = [groups[0], other]  # "higher in the X group (41% v 24%)"
            subject = groups[0]
        else:
            return None, None
        if direction is not None and _by_size(pair, direction, subject, order[1] if subject == order[0] else order[0]) != order:
            return None, None  # "higher in the X group (24% v 41%)": written the other way round
        return order[position], LINK_OTHER_ROLE
    if not groups and (versus or not _JOINED_BEFORE.search(text_of(doc)[sentence.start_char:pair[0].start_char])):
        order = _convention(doc, sentence, values, labels)
        if order:
            return order[position], LINK_CONVENTION
        order = _allocation_order(doc, sentence, pair, values, labels, versus)
        return (order[position], LINK_ALLOCATION) if order else (None, None)
    return None, None
