"""How a value finds its group and its outcome: the linkers, in one documented order.

A value (``55.3%``, ``17.4 months``, ``21 of 235``) is linked to:

- **its group** by :func:`link_arm`, the first linker that answers: ``respectively-list`` (values
  listed against groups named in the same order), ``side-by-side-pair`` (``8.9% versus 16.1%`` in
  the order the groups are named), ``group-label`` (``Letrozole group: 45/120 (37.5%)``),
  ``group-next-to-value`` (the group named next to it in its clause), ``opening-scope`` (``Of 575
  patients who received X, 42 ...``), ``contrast-other-group`` (the other group of a two-value
  contrast), ``sole-experimental-arm`` (a one-arm trial), ``list-shares-group`` (``Headaches
  occurred in 12% and nausea in 9% of the aspirin group``). The linkers are in
  :mod:`trialnews.linking.groups`.
- **its outcome** by :func:`link_endpoint`: the syntactic linkers of
  :mod:`trialnews.linking.outcomes` first (``noun-after-value``, ``noun-of-value``,
  ``bracket-head``, ``subject-of-change``, ``object-of-change``, ``occurred-in``,
  ``event-after-value``, ``verb-names-outcome``, ``carried-from-sentence-before``); then the verb
  after a value that is its subject (``verb-after-value``); then the nearest lexicon outcome
  (``lexicon-nearest``), as the noun phrase it is written in where that is longer
  (``lexicon-in-phrase``); then an outcome named just before the value (``phrase-before``) or in
  front of its bracket (``bracket-head``). A value after a contrast whose list parallels the list
  before it takes the outcome in the same place (``parallel-list``); a value still without an
  outcome takes its contrast or list partner's (``contrast-partner``, ``partner-outcome``; see
  ``trialnews.facts.results``).

The name of each linker that attached a value goes to its ``evidence.links`` (``{"arm":
"respectively-list", "endpoint": "occurred-in"}``), so a curator can see why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from spacy.tokens import Doc, Span

from ..doctext import text_of
from ..facts.common import clause_bounds, clean, sent
from ..resources import load_lexicon
from .groups import arm_mentions, contrast_arm, endpoint_mentions, labelled_arm, nearest_arm, nearest_endpoint, \
    opening_scope_arm, paired_arm, respectively_arm, sole_experimental_arm
from .outcomes import LINKERS as OUTCOME_LINKERS, enclosing_phrase, link_outcome
from .wordclass import is_function_word

#: Tokens between the last value of a list and the group named after it that the list shares.
LIST_GROUP_WINDOW = 6


#: The most words read as an outcome's name before its value when the lexicon knows none.
MAX_OUTCOME_WORDS = 4


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


#: Tokens that may stand between a bracket and a value of the list inside it.
_BRACKET_WORDS = frozenset({"%", "percent", "vs", "vs.", "versus", ",", "and", "or", "v", "v.", ":", ";", "=", "+",
                            "-"})


#: Words before a phrase that make it a circumstance ("at the same time point"), not an outcome.
_CIRCUMSTANCE_BEFORE = frozenset({"at", "in", "on", "by", "after", "during", "over", "within", "for", "between", "from",
                           "with", "to", "since", "until", "among", "the", "same"})


_GROUP_NOUNS = frozenset({"group", "groups", "arm", "arms", "treatment", "therapy", "patients", "users", "recipients"})


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


def listed_before(doc: Doc, span: Span, values: list[Span]) -> Span | None:
    """The value of the same kind just before ``span`` in its clause, joined by ``and``: the
    second of ``24% of those treated with X and 5% of patients treated with Y``."""
    start, _ = clause_bounds(sent(span), span.start)
    earlier = [v for v in values if start <= v.start and v.end <= span.start and v.label_ == span.label_]
    if not earlier:
        return None
    previous = max(earlier, key=lambda v: v.start)
    return previous if re.search(r"(?i)\band\b", text_of(doc)[previous.end_char:span.start_char]) else None


def listed_after(doc: Doc, span: Span, values: list[Span]) -> Span | None:
    """The value of the same kind just after ``span`` in its clause, joined by ``and``, whose
    outcome is named after it: the first of ``55% of the patients on placebo and 45% of those
    taking the drug had dropped out``."""
    _, end = clause_bounds(sent(span), span.start)
    later = [v for v in values if span.end <= v.start and v.end <= end and v.label_ == span.label_]
    if not later:
        return None
    following = min(later, key=lambda v: v.start)
    return following if re.search(r"(?i)\band\b", text_of(doc)[span.end_char:following.start_char]) else None


#: A group linker: (doc, value, the doc's values, the trial's arms, warnings) to (handled, arm).
#: ``handled`` with no arm stops the search: the value's group is known to be unknowable
#: (a ``respectively`` list of the wrong length).
GroupLinker = Callable[[Doc, Span, list[Span], list[dict], list[str]], tuple[bool, str | None]]


def _found_by(find: Callable[[Doc, Span, list[Span], list[dict]], str | None]) -> GroupLinker:
    def linker(doc: Doc, span: Span, values: list[Span], arms: list[dict], warnings: list[str]) -> tuple[bool, str | None]:
        arm = find(doc, span, values, arms)
        return bool(arm), arm
    return linker


#: The group linkers by the name they write to ``evidence.links``, in the order they are tried by default.
GROUP_LINKERS: dict[str, GroupLinker] = {
    "respectively-list": lambda doc, span, values, arms, warnings: respectively_arm(doc, span, values, warnings),
    "side-by-side-pair": lambda doc, span, values, arms, warnings: paired_arm(doc, span, values, arms),
    "group-label": _found_by(lambda doc, span, values, arms: labelled_arm(doc, span)),
    "group-next-to-value": _found_by(lambda doc, span, values, arms: nearest_arm(doc, span, values)),
    "opening-scope": _found_by(lambda doc, span, values, arms: opening_scope_arm(doc, span)),
    "contrast-other-group": _found_by(contrast_arm),
    "sole-experimental-arm": _found_by(lambda doc, span, values, arms: sole_experimental_arm(doc, span, arms)),
    "list-shares-group": _found_by(lambda doc, span, values, arms: _group_of_next_in_list(doc, span, values)),
}


def link_arm(doc: Doc, span: Span, values: list[Span], arms: list[dict], warnings: list[str], *,
             linkers: Sequence[str] = tuple(GROUP_LINKERS)) -> tuple[str | None, str | None]:
    """(arm, linker) of a value: the first of ``linkers`` (names of :data:`GROUP_LINKERS`) that
    settles it."""
    for name in linkers:
        handled, arm = GROUP_LINKERS[name](doc, span, values, arms, warnings)
        if handled:
            return arm, name if arm else None
    return None, None


def _group_of_next_in_list(doc: Doc, span: Span, values: list[Span]) -> str | None:
    """``Headaches occurred in 12% and nausea in 9% of the aspirin group``: a value that names no
    group takes the group named right after the next value of its ``and`` list."""
    following = listed_after(doc, span, values)
    if following is None:
        return None
    sentence = sent(following)
    _, end = clause_bounds(sentence, following.start)
    named = [m for m in arm_mentions(doc) if following.end <= m.start < end]
    if not named or named[0].start - following.end > LIST_GROUP_WINDOW:
        return None
    if any(following.end <= v.start < named[0].start for v in values if v is not following):
        return None
    return nearest_arm(doc, following, values)


def links(**linkers: str | None) -> dict[str, str]:
    return {slot: linker for slot, linker in linkers.items() if linker}


def link_endpoint(doc: Doc, span: Span, arm: str | None, *,
                  linkers: Sequence[str] = tuple(OUTCOME_LINKERS)) -> tuple[Span | None, Outcome | None, str | None]:
    """(lexicon mention, outcome phrase, linker) of a value: the syntactic linkers of
    :mod:`trialnews.linking.outcomes` first, then the lexicon outcome nearest the value."""
    found = link_outcome(doc, span, linkers)
    if found is not None:
        name, offsets, linker = found
        if linker == "carried-from-sentence-before":
            return None, (name, offsets), linker  # "The rate was 69 percent": the outcome named just before
        if name.lower() != text_of(doc)[offsets[0]:offsets[1]].lower():
            # an outcome named by its verb ("lived" is survival): the article's own name for it
            # where it has one ("overall survival"), else the verb's
            named = [m for m in endpoint_mentions(doc) if m.label_.lower().split()[-1:] == [name] and m.start < span.start]
            return (named[-1], None, linker) if named else (None, (name, offsets), linker)
        mention = _mention_named(doc, offsets)
        if mention is not None:
            return mention, None, linker
        trimmed = _without_groups(doc, offsets)
        if trimmed is not None:
            return None, trimmed, linker
    subject = _is_subject(doc, span)
    if subject and arm:
        predicate = _predicate_after(doc, span)
        if predicate is not None:  # "7 percent of the patients getting X dropped out"
            start, end = predicate[1]
            known = [m for m in endpoint_mentions(doc) if start <= m.start_char and m.end_char <= end]
            if known:  # "were deemed to be in clinical remission": the known outcome it names
                return known[0], None, "verb-after-value"
            predicate = _before_groups(doc, predicate)
            if predicate is not None:
                return None, predicate, "verb-after-value"
    endpoint = nearest_endpoint(doc, span, after_first=span.label_ in ("EVENT_COUNT", "COUNT_OF") or subject)
    linker = "lexicon-nearest" if endpoint is not None else None
    if endpoint is not None:
        whole = enclosing_phrase(doc, endpoint)
        if whole is not None and _mention_named(doc, (whole.start_char, whole.end_char)) is None:
            trimmed = _without_groups(doc, (whole.start_char, whole.end_char))
            if trimmed is not None:
                return None, trimmed, "lexicon-in-phrase"  # "disability progression", not "progression"
    outcome = None
    if endpoint is None and arm:
        outcome = _phrase_before(doc, span)
        linker = "phrase-before"
        if outcome is None:
            outcome, linker = _predicate_after(doc, span), "verb-after-value"
    if endpoint is not None and endpoint.start > span.end and arm:
        predicate = _predicate_after(doc, span)
        if predicate is not None and predicate[1][1] <= endpoint.start_char:
            endpoint, outcome, linker = None, predicate, "verb-after-value"  # "21 had complete resolution, ... fractures"
    head = _bracket_head(doc, span)
    if head is not None and (endpoint is None or endpoint.end_char <= head[1][0]):
        endpoint, outcome, linker = None, head, "bracket-head"  # "hematocrit increase (1.9 percent vs. 0 percent)"
    return endpoint, outcome, linker if endpoint is not None or outcome is not None else None


def _before_groups(doc: Doc, outcome: Outcome) -> Outcome | None:
    """An outcome phrase cut before the first group it names (``responded to nivolumab``:
    ``responded``), without the linking words left at its end."""
    start, end = outcome[1]
    for mention in arm_mentions(doc):
        if start < mention.start_char < end:
            end = mention.start_char
    words = text_of(doc)[start:end].split()
    while words and is_function_word(words[-1]):
        words.pop()
    if not words:
        return None
    return outcome_at(text_of(doc), start, start + len(" ".join(words))) if text_of(doc)[start:end].startswith(" ".join(words)) else None


def _mention_named(doc: Doc, offsets: tuple[int, int]) -> Span | None:
    """The lexicon mention a phrase names, where the phrase is that mention with at most light
    modifiers (``the overall PFS``, ``median overall survival``): its endpoint keeps its name."""
    start, end = offsets
    inside_phrase = [m for m in endpoint_mentions(doc) if start <= m.start_char and m.end_char <= end]
    if not inside_phrase:
        return None
    mention = max(inside_phrase, key=lambda m: m.end_char - m.start_char)
    rest = (text_of(doc)[start:mention.start_char] + " " + text_of(doc)[mention.end_char:end]).lower().split()
    return mention if all(word in _light_modifiers() for word in rest) else None


@cache
def _light_modifiers() -> frozenset[str]:
    return frozenset(load_lexicon("light_modifiers.txt"))


def _without_groups(doc: Doc, offsets: tuple[int, int]) -> Outcome | None:
    """An outcome phrase without the group's name it starts with (``TST specificity``: the
    group is linked on its own); nothing when the phrase is all group."""
    start, end = offsets
    text = text_of(doc)
    for mention in arm_mentions(doc):
        if mention.start_char == start and mention.end_char < end:
            start = mention.end_char
            if text[start:start + 1] in "-\u2010\u2011":  # "cabozantinib-related side effects": the whole modifier
                space = text.find(" ", start, end)
                start = space + 1 if space > 0 else end
    if start >= end:
        return None
    if any(m.start_char < end and start < m.end_char for m in arm_mentions(doc)):
        return None
    return outcome_at(text_of(doc), start, end)
