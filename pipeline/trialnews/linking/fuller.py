"""Fuller names: an outcome named the way the article names it, decided once per document.

The phrase read at a value is often the short form of a name the article writes in full
elsewhere, in the lede, the primary-endpoint sentence or its first mention: ``fractures`` for
``hip fractures``, ``attacks`` for ``severe asthma attacks``, ``hospitalizations`` for
``hospitalization for heart failure``, ``hot flashes`` for ``the frequency of hot flashes``. This
step gathers, for each short name the values use, every phrase of the article built on the same
head (read by :mod:`trialnews.linking.phrases`, so with its premodifiers, its ``of`` or cause
phrase, or a measure of ``patterns/fuller_name_heads.txt`` before ``of``), and renames the short
name when the article writes exactly one fuller form of it. None, or several (``hip fractures`` and
``vertebral fractures``: two outcomes the article keeps apart), leave it as written; so do another
measure of it (``the number of hot flashes`` beside ``the frequency of hot flashes``), a form that
says it is the general outcome (``any fracture``, ``all fractures``, ``other fractures``:
``patterns/general_outcome_words.txt``), and a fuller form whose own values are durations where
the short name's are not (``severe neutropenia`` in % beside ``duration of severe neutropenia``).
A renamed value records the step in ``evidence.links["endpoint_name"]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc, Span

from ..facts.common import TEXT_LOWER, evidence, sent, sentence_starts as sentence_starts_of, spans
from ..facts.endpoints import FULLER_NAME_HEADS, SPELLING_CHANGES, SPELLING_TAILS, duration_units, singular, spelling_key
from ..reading.doctext import text_of
from ..resources import word_set
from ..scanning import matches_at, spaced_words_end, word_character
from .outcomes import name_text
from .wordclass import AUX, PRON, VERB, classes, is_function_word
from .phrases import (LIST_WORDS, MAX_PREMODIFIERS, cause_end, change_nouns, counts, measure_nouns, noun_phrase_left, noun_phrase_right, people_words,
                      trimmed)

#: The name of the step in a value's ``evidence.links`` and its key there.
FULLER_LINK = "fuller-name-in-article"
LINK_KEY = "endpoint_name"
#: Words before an outcome that say the article means the outcome in general, not one kind of it:
#: ``any fracture``, ``all fractures``, ``other fractures``.
GENERAL_WORDS = "general_outcome_words.txt"
#: The sentences that open an article (its headline and lede), where a fuller name counts wherever it is written.
LEDE_SENTENCES = 2
#: Words between people and the condition that describes them (``patients with a heart attack``).
PEOPLE_LINKS = "people_condition_links.txt"
#: Words that stand between a measure's ``of`` and its outcome (``the frequency of their hot flashes``).
_BETWEEN_OF = ("articles.txt", "possessives.txt")


@dataclass(frozen=True)
class Form:
    """One way the article writes an outcome around a short name: ``kind`` is ``same`` (the short
    name itself, or a measure that names it, ``risk of fractures``), ``fuller`` (a fuller name
    that may replace it), ``completed`` (the name with an ``of`` phrase, ``loss of vision``: a
    fuller name only where the record's values use it too), or ``apart`` (a form that keeps the
    short name as written: another measure of it, the outcome in general, kinds of it listed)."""

    kind: str
    key: str
    span: Span


def _occurrences(doc: Doc, name: str) -> list[Span]:
    """Where the article writes ``name`` (its last word in the singular or plural), as token spans."""
    words = name.split()
    if not words:
        return []
    before, last = tuple(words[:-1]), singular(words[-1].lower())
    text = text_of(doc)
    found = []
    for start, end in _matches(before, last, text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            found.append(span)
    return found


#: Names whose pattern :func:`_occurrence_pattern` keeps (a doc asks for a few dozen, some again and again).
OCCURRENCE_PATTERNS = 512
#: The plural endings an occurrence of a name's last word may add, tried in this order (then none).
PLURAL_ENDINGS = ("s", "es")


@lru_cache(maxsize=OCCURRENCE_PATTERNS)
def _occurrence_pattern(before: tuple[str, ...], last: str) -> tuple[re.Pattern[str], str]:
    """The pattern of a name's occurrences (the words ``before`` its last word, and that word in the
    singular, ``last``) and the lower-cased word every match starts with."""
    body = r"\s+".join(re.escape(word) for word in (*before, last))
    return re.compile(rf"(?i)(?<![\w-]){body}(?:{'|'.join(PLURAL_ENDINGS)})?(?![\w-])"), (before[0] if before else last).lower()


def _matches(before: tuple[str, ...], last: str, text: str) -> list[tuple[int, int]]:
    """``[m.span() for m in pattern.finditer(text)]`` for :func:`_occurrence_pattern`'s pattern of
    the name, whose every match starts with its first word (any case). Where every word is ASCII and
    the text holds no :data:`scanning.CASE_EXCEPTIONS` character, found with ``str.find`` at the
    places of the first word in the lower-cased text (found once per doc by the shared
    :data:`TEXT_LOWER`): no pattern compiled for the name (a doc asks for names no other doc has);
    otherwise the pattern, tried only where the first word stands (a later word not ASCII), or at
    every character with its case folded on a text with an exception or where the first word is not
    ASCII (only the first word decides that)."""
    words = (*before, last)
    lowered = TEXT_LOWER.reliably_lowered(text)
    if lowered is not None and all(word and word.isascii() for word in words):
        return _words_at(text, lowered, [word.lower() for word in words],
                         TEXT_LOWER.positions(text, words[0].lower()))
    pattern, first = _occurrence_pattern(before, last)
    if not first or not first.isascii() or lowered is None:
        return [match.span() for match in pattern.finditer(text)]
    return [(start, end) for start, end, _match in matches_at(pattern, text, TEXT_LOWER.positions(text, first))]


def _words_at(text: str, lowered: str, words: list[str], positions: list[int]) -> list[tuple[int, int]]:
    """Where ``(?i)(?<![\\w-])W1\\s+W2...(?:s|es)?(?![\\w-])`` matches in ``text`` (as ``finditer``
    finds them: leftmost, never overlapping), for lower-cased ASCII ``words`` holding no white space,
    tried at ``positions``, the places of the first word in ``lowered`` (the text lower-cased, as
    long as the text). The run of white space before a word is read whole (no word starts with
    white space); the plural ending is tried as the pattern tries it: ``s``, then ``es``, then none,
    each only where no word character or hyphen follows."""
    found: list[tuple[int, int]] = []
    size, taken_until = len(text), -1
    for at in positions:
        if at < taken_until or at > 0 and word_character(text[at - 1], hyphen=True):
            continue
        end = spaced_words_end(lowered, at, words)
        if end is None:
            continue
        for ending in (*PLURAL_ENDINGS, ""):
            stop = end + len(ending)
            if lowered.startswith(ending, end) and (stop == size or not word_character(text[stop], hyphen=True)):
                found.append((at, stop))
                taken_until = stop
                break
    return found


def _measure_before(doc: Doc, start: int, floor: int) -> tuple[Span | None, int]:
    """The measure written as ``M of`` before token ``start`` (``the frequency of (their) hot
    flashes``) and the index where it starts; ``(None, start)`` where none is."""
    i = start
    while i > floor and doc[i - 1].lower_ in _between_of_words():
        i -= 1
    if i - 2 < floor or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in measure_nouns():
        return None, start
    return doc[i - 2:i - 1], i - 2


def _form(doc: Doc, occurrence: Span, name_key: str, reporting: frozenset[int] = frozenset()) -> Form | None:
    """The form the article writes at one occurrence of a short name; None where the occurrence
    is no outcome (inside a group's name, a people phrase) or points back (``such hospitalizations``).
    ``reporting``: the starts of the sentences that hold the record's values."""
    sentence = sent(occurrence)
    floor, stop = sentence.start, sentence.end
    head = noun_phrase_right(doc, occurrence.start, stop, attach=False)
    if head is not None and head.end > occurrence.end and head.end != cause_end(doc, occurrence.end, stop):
        # "remission rates", "the Beck Depression Inventory": the short name modifies another head
        return Form("same", name_key, occurrence) if head[-1].lower_ in _measure_tails() else None
    end = occurrence.end
    if end + 1 < stop and doc[end].lower_ == "of" \
            and doc[end + 1].lower_ not in _not_of_openers():
        tail = noun_phrase_right(doc, end + 1, stop, attach=False)
        if tail is not None and tail[-1].lower_ not in people_words():
            # "loss of vision": counted among the completed names, never taken from the text alone
            return Form("completed", singular(name_text(doc[occurrence.start:tail.end].text).lower()),
                        doc[occurrence.start:tail.end])
    left = noun_phrase_left(doc, occurrence.end, floor, attach=False)
    start = left.start if left is not None and left.start <= occurrence.start else occurrence.start
    start = min(trimmed(doc[start:occurrence.end]).start, occurrence.start)
    cut = [t.i for t in doc[start:occurrence.start] if t.lower_ in _judging_words() or t.text in _POSSESSIVES
           or VERB in classes(t.text) and t.i > floor and _opens_clause(doc[t.i - 1])]
    if cut:
        start = cut[-1] + 1  # "much longer survival", "a man's tumour", "that causes X": not words of the name
    while start + 1 < occurrence.start and doc[start].text in _JOINERS and not doc[start - 1].whitespace_:
        start += 2  # "high-risk HPV infection": the whole compound goes with its judging word
    if start > floor and counts(doc[start - 1]) or any(not t.is_alpha and t.text not in _JOINERS
                                                         for t in doc[start:occurrence.start]):
        return None  # "a 5 cm plastic case", "e.g. rash": a measure or an abbreviation, not a name's words
    if len([t for t in doc[start:occurrence.start] if t.is_alpha]) > MAX_PREMODIFIERS:
        return None  # "magnetic brain stimulation fights depression": a headline's verb read as a modifier
    if _slash_joined(doc, start, occurrence.end, floor, stop):
        return None  # "abdominal pain/pelvic pain": a list, its extent unsure
    if start > floor and doc[start - 1].lower_ in LIST_WORDS and not _after_same_head(doc, start - 1, floor, name_key):
        # "hip and vertebral fractures", "head and neck cancer survival": kinds listed; "nausea and vomiting": a list
        return Form("apart", "listed kinds", doc[start:occurrence.end]) if start < occurrence.start else None
    if start > floor and doc[start - 1].lower_ in word_set("not_outcome_openers.txt"):
        return None  # "228 such hospitalizations": points back to an outcome named before
    if any(t.lower_ in people_words() or counts(t) for t in doc[start:occurrence.start]) \
            or _describes_people(doc, start, floor):
        return None  # "patients with a recent heart attack": who took part, not what was measured
    if any(m.start < occurrence.end and start < m.end for m in spans(doc, "ARM_MENTION")):
        return None  # "the aspirin fractures": a group's name, not the outcome's
    end = cause_end(doc, occurrence.end, stop)  # "hospitalization for heart failure"
    titled = [t.is_title for t in doc[start:end] if t.is_alpha and t.i > floor and not is_function_word(t.text)]
    if (start, end) != (occurrence.start, occurrence.end) and titled and all(titled):
        return None  # "Improves Overall Survival of ...", "the Beck Depression": a title or a name
    if start > floor and doc[start - 1].lower_ in word_set(GENERAL_WORDS):
        return Form("apart", "general", doc[start - 1:end])  # "any fracture", "all fractures"
    measure, opened = _measure_before(doc, start, floor)
    if measure is not None:
        if opened > floor and doc[opened - 1].lower_ in word_set("not_outcome_openers.txt"):
            return None  # "that amount of weight loss": points back
        if opened > floor and doc[opened - 1].lower_ in word_set("list_joiners.txt"):
            return Form("apart", "several measures", doc[opened:end])  # "frequency, severity and duration of"
        word = measure[0].lower_
        if word in word_set(FULLER_NAME_HEADS) and start == occurrence.start and end == occurrence.end:
            phrase = doc[opened:end]
            return Form("fuller", singular(f"{word} of {name_key}"), phrase) if _about_the_trial(doc, sentence, reporting) else None
        if word in word_set("risk_nouns.txt"):
            return Form("same", name_key, occurrence)  # "the risk of fractures": the fractures themselves
        return Form("apart", f"{word.rstrip('s')} of", doc[opened:end])  # "the number of hot flashes"
    phrase = doc[start:end]
    key = singular(name_text(phrase.text).lower())
    if (start, end) == (occurrence.start, occurrence.end) or spelling_key(key) == spelling_key(name_key) \
            or doc[start].lower_ in word_set(SPELLING_CHANGES):
        return Form("same", name_key, occurrence)  # "delayed progression-free survival": the survival
    if any(t.lower_.endswith("ed") and VERB in classes(t.text) for t in doc[start:occurrence.start]):
        return Form("apart", key, phrase)  # "missed heart attacks": another outcome than the heart attacks
    if end == occurrence.end and all(t.lower_ in word_set("endpoint_qualifiers.txt") for t in doc[start:occurrence.start]):
        return Form("apart", key, phrase)  # "serious side effects", "complete response": a kind reported apart
    if not _about_the_trial(doc, sentence, reporting):
        return None  # "it refers to a condition in which someone has problematic symptoms": background
    return Form("fuller", key, phrase)


def _about_the_trial(doc: Doc, sentence: Span, reporting: frozenset[int]) -> bool:
    """Whether a sentence speaks of the trial: its headline or lede (the first
    :data:`LEDE_SENTENCES`), a sentence that holds one of the record's values (its start is in
    ``reporting``), or one naming one of its groups, a study or a primary endpoint."""
    if sentence.start in reporting:
        return True
    starts = sentence_starts_of(doc)
    if len(starts) <= LEDE_SENTENCES or sentence.start < starts[LEDE_SENTENCES]:
        return True
    if any(t.lower_ in word_set("trial_words.txt") for t in sentence):
        return True
    return any(sentence.start <= m.start < sentence.end for m in spans(doc, "ARM_MENTION", "PRIMARY"))


def _after_same_head(doc: Doc, joiner: int, floor: int, name_key: str) -> bool:
    """Whether the list word at token ``joiner`` follows a phrase with the short name's head
    (``hip fractures and vertebral fractures``): a list of whole names, not of modifiers."""
    i = joiner - 1
    return i >= floor and singular(doc[i].lower_) == name_key.split()[-1]


def _opens_clause(token) -> bool:
    """Whether a token makes the verb-like word after it a verb: a pronoun, a relative pronoun, an
    auxiliary or the infinitive's ``to`` (``we saw``, ``that causes``, ``may ease``, ``to ease``)."""
    return bool(classes(token.text) & {PRON, AUX}) or token.lower_ in word_set("relative_pronouns.txt") \
        or token.lower_ == "to"


def _describes_people(doc: Doc, start: int, floor: int) -> bool:
    """Whether the phrase at token ``start`` describes people (``patients with a recent heart
    attack``: ``patterns/people_condition_links.txt``)."""
    i = start
    while i > floor and doc[i - 1].lower_ in word_set("articles.txt"):
        i -= 1
    return i - 1 > floor and doc[i - 1].lower_ in word_set(PEOPLE_LINKS) and doc[i - 2].lower_ in people_words()


#: Tokens that end a possessive premodifier (``a man's tumour``): the owner is no part of the name.
_POSSESSIVES = frozenset({"'s", "\u2019s"})
#: Joiners written without spaces inside one word (``high-risk``, ``birth-control``).
_JOINERS = frozenset({"-", "\u2010", "\u2011", "/"})


def _slash_joined(doc: Doc, start: int, end: int, floor: int, stop: int) -> bool:
    """Whether the phrase ``doc[start:end]`` is written inside a slash list (``abdominal pain/pelvic
    pain``): a slash without spaces in it or right beside it."""
    inside = any(t.text == "/" for t in doc[start:end])
    before = start > floor and doc[start - 1].text == "/" and not doc[start - 1].whitespace_
    after = end < stop and doc[end].text == "/" and not doc[end - 1].whitespace_
    return inside or before or after


def _is_measure(phrase: Span) -> bool:
    """Whether a fuller form is a measure of the short name (``the frequency of hot flashes``)."""
    return phrase[0].lower_ in word_set(FULLER_NAME_HEADS)


@cache
def _between_of_words() -> frozenset[str]:
    """The words that may stand between a measure's ``of`` and its outcome (:data:`_BETWEEN_OF`)."""
    return frozenset().union(*(word_set(name) for name in _BETWEEN_OF))


@cache
def _not_of_openers() -> frozenset[str]:
    """Words after ``of`` that open no outcome of the short name (``of their``, ``of the same``)."""
    return word_set("possessives.txt") | word_set("not_outcome_openers.txt")


@cache
def _judging_words() -> frozenset[str]:
    """Words that judge an outcome's size, compare it or say it is the usual amount, never part of its
    name (``significant``, ``longer``, ``usual``)."""
    return word_set("evaluative_words.txt") | word_set("not_outcome_words.txt") | word_set("comparatives.tsv:outcome") \
        | word_set("usual_amount_words.txt")


@cache
def _measure_tails() -> frozenset[str]:
    """Nouns after an outcome that measure it (``remission rates``, ``pain scores``)."""
    return word_set(SPELLING_TAILS) | measure_nouns()


def fuller_form(doc: Doc, name: str, named: dict[str, dict], reporting: frozenset[int] = frozenset(), *,
                premodified: bool = True) -> tuple[str, dict] | None:
    """The one fuller form the article writes of the short name ``name`` (its name and evidence),
    or None. The forms are those its text writes around the name (:func:`_form`) and the other
    names of the record's values that complete it (``named``, by lower-cased name): ``recurrence of
    retinopathy`` beside ``recurrence``, ``frequency of hot flashes`` beside ``hot flashes``. A fuller
    form with premodifiers counts only where the article writes it before the short name as an
    outcome of its own (``Strokes`` in a headline and ``ischemic strokes`` in the background: the
    article's outcome is the stroke). Without ``premodified`` (an abstract, which names its outcomes
    in full in its methods and writes premodifiers of population and time around them), only a
    measure or an ``of`` phrase completes a name."""
    name_key = singular(name.lower())
    forms = [form for occurrence in _occurrences(doc, name)
             if (form := _form(doc, occurrence, name_key, reporting)) is not None]
    if any(form.kind == "apart" for form in forms):
        return None
    written = {form.key: form.span for form in sorted(forms, key=lambda f: -f.span.start)
               if form.kind == "fuller" and (premodified or _is_measure(form.span))}
    completed = {singular(other): entry for other, entry in named.items() if _completes(other, name.lower())}
    others = {form.key for form in forms if form.kind == "completed"} - set(completed)
    if len(set(written) | set(completed) | others) != 1 or others:
        return None  # none, or several: "loss of vision" and "loss of hearing"
    if completed:
        entry, = completed.values()
        return entry["name"], entry["evidence"]
    (key, first), = written.items()
    if not _is_measure(first) and any(form.kind == "same" and form.span.start < first.start for form in forms):
        return None  # the article wrote the short name as an outcome of its own before the fuller one
    return name_text(first.text), evidence(first, rule=FULLER_LINK)


def _reporting_sentences(doc: Doc, items: dict) -> frozenset[int]:
    """The starts of the sentences that hold the record's results and comparisons."""
    starts = set()
    for item in items["results"] + items["comparisons"]:
        span = doc.char_span(item["evidence"]["start"], item["evidence"]["end"], alignment_mode="expand")
        if span is not None and len(span):
            starts.add(sent(span).start)
    return frozenset(starts)


def _completes(other: str, name: str) -> bool:
    """Whether the name ``other`` completes the short name ``name``: ``name of X`` (``recurrence of
    retinopathy``) or a measure of it (``frequency of hot flashes``: ``fuller_name_heads.txt``)."""
    if other.startswith(f"{name} of ") and len(other) > len(name) + len(" of "):
        return True
    measure, _, rest = other.partition(" of ")
    return measure in word_set(FULLER_NAME_HEADS) and singular(rest) == singular(name)


def name_by_fuller_forms(doc: Doc, items: dict, *, premodified: bool = True) -> dict[str, str]:
    """Rename each short name the record's values use to the one fuller form the article writes of
    it (:func:`fuller_form`): the endpoint takes the fuller name and its evidence, and each value
    records the step in ``evidence.links["endpoint_name"]``. Not a name with its own short form, a
    primary one (its cue names it in full), nor a bare generic word (``bare_outcome_words.txt``);
    nor where the fuller name's own values are another kind of number (:func:`_kept_apart`).
    Returns each short name renamed with its fuller name."""
    used: dict[str, list[dict]] = {}
    for item in items["results"] + items["comparisons"]:
        if item.get("endpoint"):
            used.setdefault(item["endpoint"], []).append(item)
    named = {entry["name"].lower(): entry for entry in items["endpoints"] if entry["name"] in used}
    reporting: frozenset[int] | None = None  # read once, where a short name is met
    renamed: dict[str, str] = {}
    units: dict[str, set[str]] | None = None  # the units of each name's results, read once when needed
    for entry in items["endpoints"]:
        name = entry["name"]
        if name not in used or entry["abbreviation"] or entry["primary"] \
                or name.lower() in word_set("bare_outcome_words.txt"):
            continue
        reporting = _reporting_sentences(doc, items) if reporting is None else reporting
        found = fuller_form(doc, name, {other: e for other, e in named.items() if other != name.lower()}, reporting,
                            premodified=premodified)
        if found is None or found[0].lower() == name.lower():
            continue
        fuller, proof = found
        if fuller.lower() in named:
            units = _units_by_endpoint(items) if units is None else units  # (no value is renamed before the loop ends)
            if _kept_apart(units, name, named[fuller.lower()]["name"]):
                continue
        renamed[name] = fuller
        entry["name"], entry["evidence"] = fuller, dict(proof)
    for name, fuller in renamed.items():
        for item in used[name]:
            item["endpoint"] = fuller
            item["evidence"].setdefault("links", {})[LINK_KEY] = FULLER_LINK
    return renamed


#: How ``evidence.links["endpoint_name"]`` records a change people had named by the outcome it changed.
CHANGED_LINK = "outcome-of-change"
#: The linkers that name a change people had with the outcome it changed.
CHANGE_EVENT_LINKERS = frozenset({"event-after-value", "lexicon-in-phrase", "partner-outcome", "contrast-partner",
                                  "parallel-list"})


def name_changes_by_their_outcome(items: dict, renamed: dict[str, str]) -> None:
    """A change the value's people had (``23% had a decrease in tumour size``: ``decrease in tumour
    size``, :func:`~trialnews.linking.outcomes._event_of_change`) is a result of the outcome it changed
    where the record's other values measure that outcome (``hot flashes``, or the fuller name it
    took): the share reaching the change is one more number of that endpoint, not an endpoint of
    its own. Elsewhere the change keeps its whole name."""
    values = items["results"] + items["comparisons"]
    names = {item["endpoint"].lower(): item["endpoint"] for item in values if item.get("endpoint")}
    names.update({short.lower(): fuller for short, fuller in renamed.items()})
    for item in items["results"]:
        name = item.get("endpoint") or ""
        change, _, changed = name.partition(" in ")
        if not changed or change.lower() not in change_nouns() \
                or item["evidence"].get("links", {}).get("endpoint") not in CHANGE_EVENT_LINKERS:
            continue
        outcome = names.get(changed.lower())
        if outcome is not None:
            item["endpoint"] = outcome
            item["evidence"].setdefault("links", {})[LINK_KEY] = CHANGED_LINK



def _units_by_endpoint(items: dict) -> dict[str, set[str]]:
    """The units of each endpoint name's results."""
    units: dict[str, set[str]] = {}
    for item in items["results"]:
        units.setdefault(item["endpoint"], set()).add(item.get("unit") or "")
    return units


def _kept_apart(units: dict[str, set[str]], short: str, fuller: str) -> bool:
    """Whether the article reports a fuller name's values as another kind of number than the short
    name's (``units``: :func:`_units_by_endpoint`): durations beside rates (``severe neutropenia`` in
    % beside ``duration of severe neutropenia`` in days)."""
    mine, theirs = units.get(short, set()), units.get(fuller, set())
    return bool(mine and theirs and bool(mine & duration_units()) != bool(theirs & duration_units()))
