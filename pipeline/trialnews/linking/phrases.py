"""Noun phrases read from word classes: the whole name of an outcome, with its modifiers.

An outcome is the phrase the article uses, not the lexicon word inside it: ``hip fractures``, not
``fractures``; ``frequency of hot flashes``, not ``hot flashes``; ``stroke or death``, not
``stroke``. A noun phrase here is an optional determiner, then words that can be adjectives or
nouns (``hot``, ``skin``, ``30-day``, ``non-melanoma``, a name no list knows), ending in a word that
can be a noun; an ``of``/``from`` phrase attaches to it (``amount of craving``, ``death from any
cause``), and so does a second noun phrase after ``or`` (``stroke or death``). Word classes come from
:mod:`trialnews.linking.wordclass`; words are joined across a hyphen or slash written without
spaces (``non-melanoma``, ``30-day``, ``mg/dL``).

An outcome's extent, the same whichever linker found it (every linker reads its phrase with
:func:`noun_phrase_right` or :func:`noun_phrase_left`, and the endpoints fact's lexicon mentions
take their cause through :func:`cause_end`):

1. the head: the last word that can be a noun, never a verb that follows the outcome as its
   predicate (``hot flashes dropped``), a person or group (``patients``), a time or statistic;
2. its premodifiers: the nominal words before it (``severe asthma attacks``), past an adverb
   (``clinically significant reduction``), a grade's number (``grade 3 toxicity``) and an ordinal
   written as a word (``first relapse``: :func:`counts`), a range of degree (``moderate to severe
   night sweats``: :func:`_range_to`); before a known outcome, up to the first
   word that is no part of a name (:func:`premodifier_start`), and two one-word outcomes joined by
   ``and`` before one measure in the singular (``response and remission rate``:
   :func:`shared_measure_start`), and a measure with its preposition right before it (``time to
   first relapse``: :func:`measure_lead_start`, ``patterns/endpoint_measure_leads.txt``);
3. its postmodifiers: an ``of``/``from``/``without`` phrase (``amount of craving``, ``survival
   without relapse``), read past a quantifier (``death from any cause``) but not an article
   (``none of the deaths``) and never into a group's name; and, for a head that takes a cause
   (``patterns/cause_complement_heads.txt``), the cause after ``for``/``from``/``due to``/
   ``because of`` (``patterns/cause_prepositions.txt``: ``hospitalization for heart failure``),
   unless it names people, a time or a group (``hospitalizations for Januvia``);
4. coordination: a second noun phrase after ``or`` and a list before it (``cardiovascular death,
   stroke or hospitalization for unstable angina``), also with a serial comma (``heart attack,
   stroke, or death``) and a last item of the rest of its kind (``heart attack, stroke or other
   cardiovascular problem``: ``patterns/list_closing_others.txt``) and after an ``of`` phrase (``the risk of heart attack, stroke or death``,
   ``asthma attacks or other outbreaks of symptoms``); a known outcome's lexicon mention takes the
   known outcomes joined to it by ``or`` (:func:`composite_extent`), not in a list a negation,
   ``whether``, ``such as`` or ``respectively`` makes;
5. where it stops: punctuation, a number, a two-word preposition (``prior to``, ``due to``,
   ``patterns/compound_prepositions.txt``) outside a cause, a verb, a clause. An outcome named
   by a verb and its complement (``remained healthy``) ends before a time phrase
   (``patterns/outcome_time_tails.txt``) and leaves out quotation marks; a state free of an
   outcome is named as written (``seizure-free``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..facts.common import spans, word_tuples, words_at
from ..reading.kind import is_abstract
from ..resources import load_json, load_lexicon, load_mapping, load_table, word_set
from .groups import has_respectively
from .wordclass import ADJ, ADV, AUX, DET, NOUN, PREP, PRON, QUANT, VERB, classes, is_function_word

#: The most words in an outcome's name.
MAX_PHRASE_WORDS = 8
#: The most items of a comma list read as one composite outcome before its ``or``/``and``.
MAX_LIST_ITEMS = 4
#: Joiners written without spaces inside one word.
_JOINERS = frozenset({"-", "\u2010", "\u2011", "/", "'s", "\u2019s"})
JOINER_TOKENS = _JOINERS
#: Prepositions whose phrase is part of the noun phrase before it.
_ATTACHING = frozenset({"of", "from", "without"})
#: Two-word prepositions that end a noun phrase (``prior to``, ``due to``): ``patterns/compound_prepositions.txt``.
COMPOUND_PREPOSITIONS = "compound_prepositions.txt"
#: Determiners and quantifiers that may open a noun phrase and are left out of its name.
_OPENERS = frozenset({DET, QUANT})
#: Outcome heads whose ``for``/``from`` phrase names a cause that is part of the outcome
#: (``hospitalization for heart failure``, ``death from any cause``): ``patterns/cause_complement_heads.txt``.
CAUSE_COMPLEMENT_HEADS = "cause_complement_heads.txt"
#: The prepositions that open such a cause: ``patterns/cause_prepositions.txt``.
CAUSE_PREPOSITIONS = "cause_prepositions.txt"


@cache
def people_words() -> frozenset[str]:
    """Nouns naming people or groups of them (``patients``, ``group``): never an outcome's head (one
    set, made once: the linkers ask about it for every token they read)."""
    return word_set("populations.txt") | word_set("group_nouns.txt")


@cache
def counted_people_words() -> frozenset[str]:
    """Words that end the people a count names (``22 of them``, ``seven patients``): people nouns and
    pronouns (one set, made once: every share after a count asks about it)."""
    return word_set("populations.txt") | word_set("people_pronouns.txt")


def not_outcome_heads() -> frozenset[str]:
    """Heads that name no outcome: time units, statistics, study words (``patterns/not_outcome_heads.txt``)."""
    return word_set("not_outcome_heads.txt")


def predicate_verbs() -> frozenset[str]:
    """Verbs that follow an outcome as its predicate (``fell``, ``rose``, ``occurred``), even where
    WordNet also lists them as nouns: they end a noun phrase, never extend it."""
    return word_set("change_verbs.txt") | word_set("occurrence_verbs.txt")


def measure_nouns() -> frozenset[str]:
    """Nouns that measure the outcome of their ``of`` phrase: ``amount of craving``, ``risk of stroke``."""
    return word_set("measure_nouns.txt")


def change_nouns() -> frozenset[str]:
    """Nouns of a change whose outcome is named after them: ``a 30% reduction in pain``."""
    return word_set("change_nouns.txt")


@cache
def ordinal_words() -> frozenset[str]:
    """Ordinal numbers written as words (``patterns/numbers.json``: ``ordinals``): they modify a name
    (``first relapse``) where a count ends it, though spaCy reads them as numbers."""
    return frozenset(load_json("numbers.json")["ordinals"])


def counts(token) -> bool:
    """Whether a token is a number that ends a name (``12``, ``two``), not an ordinal written as a
    word (``first relapse``, ``a second heart attack``), which is one of its premodifiers."""
    return token.like_num and token.lower_ not in ordinal_words()


def _wrap(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the line break of a hard-wrapped line (one newline, not a blank line)."""
    return doc[i].is_space and doc[i].text.count("\n") == 1


def _is_joiner(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.text in _JOINERS and i > 0 and i + 1 < len(doc) and not doc[i - 1].whitespace_ \
        and (not token.whitespace_ or token.text in ("'s", "\u2019s"))


def _word_end(doc: Doc, start: int, stop: int) -> int:
    """The end of the word starting at token ``start``: hyphens and slashes without spaces join."""
    end = start + 1
    while end + 1 < stop and _is_joiner(doc, end) and not doc[end].whitespace_:
        end += 2
    if end < stop and doc[end].text in ("'s", "\u2019s"):
        end += 1
    return end


def word_start(doc: Doc, end: int, floor: int) -> int:
    """The start of the word ending at token ``end - 1`` (hyphened compounds whole: ``egg-based``)."""
    return _word_start(doc, end, floor)


def _word_start(doc: Doc, end: int, floor: int) -> int:
    """The start of the word ending at token ``end - 1``."""
    start = end - 1
    if doc[start].text in ("'s", "\u2019s") and start > floor:
        start -= 1
    while start - 2 >= floor and _is_joiner(doc, start - 1) and not doc[start - 1].whitespace_:
        start -= 2
    return start


def word_classes(doc: Doc, start: int, end: int) -> frozenset[str]:
    """The classes of the word ``doc[start:end]`` (:func:`classes_of_parts`). A word of one token
    (nearly every one asked about) is read without slicing the doc into a span."""
    return classes_of_parts((doc[start],) if end == start + 1 and start >= 0 else doc[start:end])


def classes_of_parts(words: Iterable[Token]) -> frozenset[str]:
    """The classes of a word written as the tokens ``words``: a compound takes its last part's
    classes, and is a modifier only when it starts with a number (``30-day``, ``12-week``)."""
    parts = [t for t in words if t.text not in _JOINERS]
    if not parts:
        return frozenset()
    last = parts[-1]
    if len(parts) > 1 and parts[0].like_num:
        return frozenset({ADJ})
    if len(parts) > 1 and classes(parts[0].text) & {VERB} and classes(last.text) & {PREP, ADV} \
            and not classes(last.text) & {NOUN}:
        return frozenset({NOUN})  # "drop-out", "follow-up", "sign-up": a verb and its particle as a noun
    if counts(last) or last.is_punct:
        return frozenset()
    if last.like_num:
        return frozenset({ADJ})  # an ordinal written as a word modifies a head, is none ("the first")
    if not any(ch.isalpha() for ch in last.text):
        return frozenset()
    return classes(last.text)


def _nominal(found: frozenset[str]) -> bool:
    return bool(found & {NOUN, ADJ}) and not found & {DET, QUANT} and not _closed(found)


def _closed(found: frozenset[str]) -> bool:
    return bool(found - {NOUN, VERB, ADJ, ADV})


def label_nouns() -> frozenset[str]:
    """Nouns whose number labels a kind (``grade 2``, ``type 2``): ``patterns/label_nouns.txt``."""
    return word_set("label_nouns.txt")


#: Words that join the numbers of one label (``grade 3 or 4``, ``stage 2-3``).
_LABEL_JOINERS = frozenset({"or", "and", "to", "-", "\u2013"})


def _labelled_number_end(doc: Doc, j: int, stop: int) -> int:
    """The end of the numbers that label the word before token ``j`` (``grade 3 or 4``), or ``j``."""
    if j == 0 or doc[j - 1].lower_ not in label_nouns() or not doc[j].like_num:
        return j
    end = j + 1
    while end + 1 < stop and doc[end].lower_ in _LABEL_JOINERS and doc[end + 1].like_num:
        end += 2
    return end


def _label_before_number(doc: Doc, number: int, floor: int) -> int | None:
    """The label word before the number at token ``number`` (``grade`` of ``grade 3``, past ``2 or``), or None."""
    i = number
    while i - 2 >= floor and doc[i - 1].lower_ in _LABEL_JOINERS and doc[i - 2].like_num:
        i -= 2
    return i - 1 if i - 1 >= floor and doc[i - 1].lower_ in label_nouns() else None


def noun_phrase_right(doc: Doc, start: int, stop: int, *, attach: bool = True,
                      changes: bool = False) -> Span | None:
    """The noun phrase that starts at token ``start`` (after any determiner), within ``stop``.
    With ``changes``, where the phrase is what people had, a change that is also a verb before
    ``in`` is its noun (``had short-lived increases in heart rate``)."""
    i = start
    while i < stop and classes(doc[i].text) & _OPENERS and is_function_word(doc[i].text):
        i += 1
    words: list[tuple[int, int, frozenset[str]]] = []
    j = i
    while j < stop and len(words) < MAX_PHRASE_WORDS:
        if words and _wrap(doc, j):
            j += 1  # "fewer hot\nflashes": a line break inside a wrapped phrase
            continue
        labelled = _labelled_number_end(doc, j, stop) if words else j
        if labelled > j:  # "grade 2 urinary side effects": the number labels the grade
            words.append((j, labelled, frozenset({ADJ})))
            j = labelled
            continue
        if doc[j].is_punct or counts(doc[j]) and not (j + 1 < stop and _is_joiner(doc, j + 1)):
            break
        if j + 1 < stop and f"{doc[j].lower_} {doc[j + 1].lower_}" in word_set(COMPOUND_PREPOSITIONS):
            break  # "symptoms prior to menstruation", "deaths due to heart disease": the phrase ends at its noun
        end = _word_end(doc, j, stop)
        found = word_classes(doc, j, end)
        if found == frozenset({ADV}) or (ADV in found and not found & {NOUN, ADJ}):
            if end < stop and _nominal(word_classes(doc, end, _word_end(doc, end, stop))):
                words.append((j, end, frozenset({ADV})))  # "clinically significant reduction"
                j = end
                continue
            break
        if words and _range_to(doc, words[-1], j, stop):
            words.append((j, j + 1, frozenset({ADJ})))  # "moderate to severe hot flashes": one range of degree
            j += 1
            continue
        if not _nominal(found):
            break
        words.append((j, end, found))
        j = end
        if doc[end - 1].lower_ in people_words():
            break  # "patients taking the drug": the people end the phrase
    while words and (NOUN not in words[-1][2] or len(words) > 1 and doc[words[-1][0]].lower_ in predicate_verbs()
                     and not (changes and _change_with_its_outcome(doc, words[-1][0], words[-1][1], stop))):
        words.pop()  # "hot flashes dropped", "night sweats fell": the phrase ends at its last noun
    if not words:
        return None
    phrase_end = cause_end(doc, words[-1][1], stop)
    if attach and phrase_end + 1 < stop and doc[phrase_end].lower_ in _ATTACHING:
        tail = noun_phrase_right(doc, phrase_end + 1, stop, attach=False)
        if doc[phrase_end + 1].lower_ in word_set("possessives.txt"):
            tail = None  # "a remission of their condition": the outcome is the remission
        if tail is not None and tail[-1].lower_ not in people_words() and len(doc[i:tail.end]) <= MAX_PHRASE_WORDS + 2:
            phrase_end = tail.end
            if phrase_end < stop and doc[phrase_end].text == ",":
                phrase_end = coordinated_end(doc, phrase_end, stop, ("or",))  # "risk of heart attack, stroke or death"
    if attach and phrase_end + 1 < stop and doc[phrase_end].lower_ == "or":
        other = noun_phrase_right(doc, phrase_end + 1, stop, attach=False)
        if other is not None and other[-1].lower_ not in people_words() and len(doc[i:other.end]) <= MAX_PHRASE_WORDS:
            phrase_end = other.end  # "stroke or death"
    return doc[words[0][0]:phrase_end]


#: The word that joins the two ends of a range of degree before a head (``mild to moderate pain``).
RANGE_JOINER = "to"


def _range_to(doc: Doc, before: tuple[int, int, frozenset[str]], j: int, stop: int) -> bool:
    """Whether token ``j`` is the ``to`` of a range of degree whose first end is the word ``before``
    (``moderate to severe night sweats``, ``low to moderate risk``): an adjective before it, one
    after it, and a nominal word after that (``moderate to severe vasomotor symptoms``), so the range
    modifies a head; not the ``to`` of a noun's complement (``response to treatment``: no adjective before it)."""
    if doc[j].lower_ != RANGE_JOINER or ADJ not in before[2] or before[1] != j or j + 2 >= stop:
        return False
    end = _word_end(doc, j + 1, stop)
    if ADJ not in word_classes(doc, j + 1, end) or end >= stop or doc[end].is_punct:
        return False
    return _nominal(word_classes(doc, end, _word_end(doc, end, stop)))


def cause_end(doc: Doc, end: int, stop: int) -> int:
    """The end of the cause written after an outcome head that takes one (token ``end - 1``):
    ``hospitalization for heart failure``, ``death from any cause``; ``end`` where none follows,
    or where the phrase after the preposition names people, a time or a group (``hospitalizations
    for Januvia``, ``visits for 12 weeks``)."""
    if end + 1 >= stop or doc[end - 1].lower_ not in word_set(CAUSE_COMPLEMENT_HEADS):
        return end
    cause = cause_after(doc, end, stop)
    return cause.end if cause is not None else end


def cause_after(doc: Doc, i: int, stop: int) -> Span | None:
    """The cause written from token ``i``, its preposition first (``for heart failure`` after
    ``hospitalized``); None where none is, or where the phrase names people, a time or a group."""
    opening = _preposition_after(doc, i, stop)
    if not opening:
        return None
    cause = noun_phrase_right(doc, i + opening, stop, attach=False)
    if cause is None or not _coordinable(cause):
        return None
    return doc[i:cause.end]


def _cause_start(doc: Doc, start: int, floor: int) -> int:
    """The start of the outcome head whose cause is the noun phrase starting at token ``start``
    (``hospitalization for`` before ``heart failure``); ``start`` where no such head is written."""
    i = _past_openers(doc, start, floor)
    opening = _preposition_before(doc, i, floor)
    if not opening or doc[i - opening - 1].lower_ not in word_set(CAUSE_COMPLEMENT_HEADS):
        return start
    head = noun_phrase_left(doc, i - opening, floor, attach=False)
    return head.start if head is not None else start


def opens_cause(doc: Doc, start: int, floor: int) -> bool:
    """Whether the noun phrase at token ``start`` is a cause: a preposition of
    ``patterns/cause_prepositions.txt`` written before it, past its determiners, after token
    ``floor`` (``died from a heart attack``, ``discontinued due to pregnancy``)."""
    return bool(_preposition_before(doc, _past_openers(doc, start, floor), floor))


def _preposition_before(doc: Doc, i: int, floor: int) -> int:
    """How many tokens the cause preposition written right before token ``i`` has (``due to``: 2),
    after token ``floor``; 0 if none."""
    return next((len(words) for words in word_tuples(CAUSE_PREPOSITIONS)
                 if i - len(words) > floor and [t.lower_ for t in doc[i - len(words):i]] == list(words)), 0)


def _preposition_after(doc: Doc, i: int, stop: int) -> int:
    """How many tokens the cause preposition written from token ``i`` has (``due to``: 2), with a
    token after it before ``stop``; 0 if none."""
    after = words_at(doc, i, stop - 1, CAUSE_PREPOSITIONS)
    return after - i if after is not None else 0


def _past_openers(doc: Doc, i: int, floor: int) -> int:
    """The index of the first of the determiners and quantifiers written just before token ``i``
    (``any`` of ``from any cause``, ``a`` of ``risk of a stroke``)."""
    while i > floor and classes(doc[i - 1].text) & _OPENERS and is_function_word(doc[i - 1].text):
        i -= 1
    return i


def _past_quantifiers(doc: Doc, i: int, floor: int) -> int:
    """The index of the first of the quantifiers written just before token ``i`` (``any`` of ``death
    from any cause``); an article stays a boundary (``none of the deaths``: the deaths)."""
    while i > floor and QUANT in classes(doc[i - 1].text) and is_function_word(doc[i - 1].text):
        i -= 1
    return i


def _change_with_its_outcome(doc: Doc, start: int, end: int, stop: int) -> bool:
    """Whether the word ``doc[start:end]``, a change that is also a verb (``increases``), is the
    noun of a change with the outcome it changed after ``in``: ``short-lived increases in heart
    rate``; not ``hot flashes dropped``."""
    return end + 1 < stop and doc[start:end].text.lower() in change_nouns() and doc[end].lower_ == "in" \
        and not doc[end + 1].is_punct


#: Units of time in the singular that a count before them joins into a modifier (``six month
#: survival``): ``patterns/time_unit_words.txt``.
TIME_UNIT_WORDS = "time_unit_words.txt"


def noun_phrase_left(doc: Doc, end: int, floor: int, *, attach: bool = True) -> Span | None:
    """The noun phrase that ends at token ``end - 1``, starting no earlier than ``floor``."""
    if end <= floor or doc[end - 1].is_punct and doc[end - 1].text not in ("'s",):
        return None
    head_start = _word_start(doc, end, floor)
    if NOUN not in word_classes(doc, head_start, end):
        return None
    start = head_start
    count = 1
    while start > floor and count < MAX_PHRASE_WORDS:
        gap = start - 1 if start - 1 > floor and _wrap(doc, start - 1) else start  # a wrapped line
        previous = _word_start(doc, gap, floor)
        found = word_classes(doc, previous, gap)
        token = doc[previous]
        if previous + 1 == gap and counts(token):
            label = _label_before_number(doc, previous, floor)
            if label is not None:  # "grade 3 chronic GI toxicity": the grade and its number are words of it
                start, count = label, count + 2
                continue
        if previous + 1 == gap and counts(token) and gap < end and doc[gap].lower_ in word_set(TIME_UNIT_WORDS) \
                and gap + 1 < end:
            start, count = previous, count + 1  # "six month progression free survival rate", as "six-month"
            continue
        if token.is_punct or token.is_space or previous + 1 == gap and counts(token):
            break
        if not _nominal(found):
            if found == frozenset({ADV}) or (ADV in found and not found & {NOUN, ADJ}):
                start, count = previous, count + 1  # "clinically significant reduction"
                continue
            break
        if VERB in found and previous > floor and _after_subject(doc, previous, floor) \
                and not (ADJ in found and doc[previous - 1].lower_ in word_set("copulas.txt")) \
                and (NOUN not in found or _takes_bare_verb(doc, _word_start(doc, previous, floor), previous)
                     or doc[previous - 1].lower_ in people_words()
                     or doc[previous:gap].text.lower() in word_set("change_verbs.txt")):
            break  # "the drug raised HDL cholesterol", "will report nausea", "people get relief", "lithium cut
            # pain scores" (a verb of change after its subject): a verb, not a modifier; after a copula a
            # participle before the head is an adjective ("the reactions were increased bleeding")
        start, count = previous, count + 1
    while start < head_start and ADV in word_classes(doc, start, _word_end(doc, start, end)) \
            and not word_classes(doc, start, _word_end(doc, start, end)) & {NOUN, ADJ} \
            and not _manner_of_participle(doc, start, end):
        start = _word_end(doc, start, end)  # (a participle's adverb of manner stays: "objectively measured")
    start = shared_measure_start(doc, start, end, floor)  # "an overall response and remission rate"
    if attach and doc[end - 1].lower_ not in people_words():
        start = _coordinated_start(doc, start, end, floor, MAX_PHRASE_WORDS)  # "the rate of stroke or death"
    opened = _past_quantifiers(doc, start, floor)  # "death from any cause", "deaths from all causes"
    if attach and opened - 2 >= floor and doc[opened - 1].lower_ in _ATTACHING and doc[end - 1].lower_ not in people_words():
        outer = noun_phrase_left(doc, opened - 1, floor, attach=False)
        if outer is not None and outer[-1].lower_ not in people_words() and not _names_group(outer) \
                and (outer[-1].lower_ not in not_outcome_heads() or outer[-1].lower_ in measure_nouns()) \
                and len(doc[outer.start:end]) <= MAX_PHRASE_WORDS + 2:
            start = outer.start  # "amount of craving", "death from any cause"
            start = _coordinated_start(doc, start, end, floor, MAX_PHRASE_WORDS + 2, past_quantifiers=True)
            # "asthma attacks or other outbreaks of symptoms": the list ends in the head with its "of" phrase
    if attach and doc[end - 1].lower_ not in people_words():
        start = _cause_start(doc, start, floor)  # "hospitalization for heart failure"
    return doc[start:end]


#: The most words before a known outcome read as its premodifiers (``physiologically measured hot
#: flashes``, ``time to first relapse``), and the most a fuller name adds before a short one
#: (:mod:`trialnews.linking.fuller`): more is a clause read as modifiers.
MAX_PREMODIFIERS = 3
#: Words that judge, compare or point and name no kind of outcome: never premodifiers of a name.
JUDGING_WORDS = ("evaluative_words.txt", "not_outcome_words.txt", "comparatives.tsv:outcome",
                 "usual_amount_words.txt", "not_outcome_heads.txt")
#: Spans of the words that name a group or a drug: never premodifiers of an outcome.
_NAMED_TREATMENTS = ("ARM_MENTION", "DRUG")
#: Words before a premodifier that make it one item of a list (``hip and vertebral fractures``).
LIST_WORDS = frozenset({"and", "or", ",", "/", "&"})


@cache
def judging_words() -> frozenset[str]:
    """Words that judge an outcome's size, compare it, say it is the usual amount or name a statistic
    or a time (``significant``, ``fewer``, ``usual``, ``median``): no part of an outcome's name."""
    return frozenset().union(*(word_set(name) for name in JUDGING_WORDS))


def premodifier_start(doc: Doc, start: int, end: int, floor: int, kept: frozenset[str] = frozenset(),
                      most: int = MAX_PREMODIFIERS) -> int:
    """The start of an outcome's name whose known words are ``doc[start:end]``: the premodifiers of
    its noun phrase (:func:`noun_phrase_left`) written before it, up to ``most`` words (adjectives,
    ordinals, nouns, hyphenated compounds, an adverb before an adjective: ``first relapse``,
    ``physiologically measured hot flashes``, ``asthma attacks``), from the nearest word back to
    the first that is no part of the name (:func:`_premodifier`); ``start`` where the phrase is
    one item of a list (``hip and vertebral fractures``: whether ``hip`` is shared cannot be told).
    Words of ``kept`` (``endpoint_qualifiers.txt``: ``serious``) always qualify."""
    if start <= floor or _ends_phrase_before(doc, start, floor):
        return start  # (no noun phrase reaches past ``start``: most names, after "the", "of", a comma)
    phrase = noun_phrase_left(doc, end, floor, attach=False)  # none starts before ``floor``
    lowest = phrase.start if phrase is not None and phrase.start < start else start
    at, words = start, 0
    while at > lowest and words < most:
        first = _word_start(doc, at, lowest)
        part = _premodifier(doc, first, at, floor, kept)
        if part is None:
            return start  # "S. aureus infection", "the Beck Depression Inventory": the words are part of a name
        if not part:
            break
        at, words = first, words + 1
    if at < start and _word_end(doc, at, start) == start and ADV in classes(doc[at].text) \
            and not word_classes(doc, at, start) & {NOUN, ADJ}:
        at = start  # an adverb right before the outcome (``rapidly``) says how it changed, names no kind of it
    if at < start and at > floor and doc[at - 1].lower_ in LIST_WORDS:
        return start
    return at


def _ends_phrase_before(doc: Doc, start: int, floor: int) -> bool:
    """Whether the token before ``start`` (``start > floor``) ends every noun phrase that
    :func:`noun_phrase_left` (``attach=False``) reads back to it: punctuation, or a word of its own
    that is no part of a noun phrase (``the``, ``of``, ``with``); then no phrase ending after
    ``start`` starts before it, and :func:`premodifier_start` has nothing to read. Not where the
    phrase could reach past it otherwise: a joiner (``adverse-events``: one word), a wrapped line,
    a number or the joiner of a label's numbers (``grade 3 or 4``), ``and`` before or at ``start``
    (``response and remission rate``), or an adverb (``clinically significant``)."""
    before = start - 1
    token = doc[before]
    if token.text in _JOINERS or token.lower_ in _LABEL_JOINERS or doc[start].lower_ == "and" or _wrap(doc, before) \
            or counts(token) or _word_start(doc, start, floor) != before:
        return False
    if token.is_punct or token.is_space:
        return True
    found = classes_of_parts((token,))
    return not _nominal(found) and ADV not in found


def _verb_before(token, participle: bool) -> bool:
    """Whether a token makes the word after it that can be a verb a verb: a pronoun (``it causes``,
    ``which caused``), and before a past participle (``participle``) a determiner that is no article
    too (``these included``, ``their reported``); after an article a participle is an adjective
    (``the measured hot flashes``), and a determiner opens a noun (``their side effects``)."""
    found = classes(token.text)
    if not is_function_word(token.text):
        return False
    return PRON in found or participle and DET in found and token.lower_ not in word_set("articles.txt")


def _manner_of_participle(doc: Doc, i: int, end: int) -> bool:
    """Whether token ``i`` is an adverb of manner (:func:`_says_how`) before a past participle that
    names a kind of the outcome after it (``objectively measured hot flashes``, ``newly diagnosed
    diabetes``), not one that judges it (``completely improved symptoms``) nor an ``-ing`` verb
    (``currently experiencing depression``)."""
    if not _says_how(doc[i]) or i + 1 >= end:
        return False
    participle = doc[i + 1]
    return participle.lower_.endswith("ed") and VERB in classes(participle.text) \
        and participle.lower_ not in judging_words()


def _says_how(token) -> bool:
    """Whether a token is an adverb of manner (``objectively``, ``newly``): a word only WordNet's
    adverbs list, ending in ``-ly``, not a judging one (``significantly``)."""
    return token.is_alpha and token.lower_.endswith("ly") and classes(token.text) == frozenset({ADV}) \
        and token.lower_ not in judging_words()


def _premodifier(doc: Doc, first: int, end: int, floor: int, kept: frozenset[str]) -> bool | None:
    """Whether the word ``doc[first:end]`` before an outcome is part of its name: not a number, a
    possessive, a word that judges (:func:`judging_words`), people or a group, nor a verb's ``-ing``
    form (``preventing heart attacks``); None for a word of a name, a group's or drug's name or a
    capitalised word inside a sentence (``S. aureus``, ``the Beck Depression Inventory``), where the
    outcome's own words cannot be told from the name's."""
    if end == first + 1:  # one token (most words): read without slicing the doc into a span
        token = doc[first]
        word, lower = (token,), token.text.lower()
    else:
        word = doc[first:end]
        lower = word.text.lower()
    if lower in kept:
        return True
    if any(not t.is_alpha and t.text not in _JOINERS for t in word if not counts(t)):
        return None  # "E. coli infection": an abbreviated name
    if any(counts(t) or any(ch.isdigit() for ch in t.text) or t.text in ("'s", "\u2019s") for t in word):
        return False
    if any(t.lower_ in judging_words() or t.lower_ in people_words() for t in word if t.text not in _JOINERS):
        return False
    if lower.endswith("ing") and VERB in classes(word[-1].text):
        return False
    if VERB in classes(word[-1].text) and first > floor and _verb_before(doc[first - 1], lower.endswith("ed")):
        return False  # "these included infection", "their reported pain", "it causes vague symptoms": a verb
    if word[0].is_title and first > floor or any(m.start < end and first < m.end for m in spans(doc, *_NAMED_TREATMENTS)):
        return None
    return True


#: A measure and its preposition before a known outcome that are part of its name: ``time to first
#: relapse``, ``change in pain score`` (``patterns/endpoint_measure_leads.txt``).
MEASURE_LEADS = "endpoint_measure_leads.txt"
#: Determiners that point back (``that amount of weight loss``): the measure after one names no outcome.
POINTING_WORDS = "pointing_determiners.txt"


def measure_lead_start(doc: Doc, start: int, end: int, floor: int) -> int:
    """The start of a measure and its preposition written right before an outcome ``doc[start:end]``
    (``the median time to first relapse``: ``time``), ``start`` where none is. The measure is a word
    of ``MEASURE_LEADS`` with its preposition, both written as the list writes them; nothing is read
    between them and the outcome (``the frequency of their hot flashes`` is left as it was), nor a
    measure that is itself the last item of a list (``severity and duration of pain``: whether the
    list is one outcome cannot be told) or pointed back at (``that amount of weight loss``:
    ``POINTING_WORDS``), nor before an outcome that a bracket after it defines (``the duration of
    postoperative ileus (POI)``: the article names the outcome with its short form)."""
    if start - 2 < floor or end < len(doc) and doc[end].text == "(":
        return start
    lead = (doc[start - 2].lower_, doc[start - 1].lower_)
    if lead not in word_tuples(MEASURE_LEADS):
        return start
    if start - 3 >= floor and (doc[start - 3].lower_ in LIST_WORDS or doc[start - 3].lower_ in word_set(POINTING_WORDS)):
        return start  # "severity and duration of pain": a list; "that amount of weight loss": pointed back at
    return start - 2


#: Words before outcomes joined by ``or`` in their sentence that make them a list of separate
#: outcomes: a negation (``no change in weight or blood pressure``: neither), a question
#: (``whether ... depression or bipolar disorder``), examples (``such as``): ``patterns/or_list_cues.txt``.
OR_LIST_CUES = "or_list_cues.txt"


def composite_extent(doc: Doc, start: int, end: int, floor: int, stop: int) -> tuple[int, int]:
    """The extent of a composite outcome the known outcome ``doc[start:end]`` is one item of:
    known outcomes joined by ``or`` (``stroke or death``, ``heart attack, stroke or cardiovascular
    death``), one event of either kind that one value counts; ``(start, end)`` where none is.
    Outcomes joined by ``and`` are a list (``nausea and headache``, each with its value), and so are
    outcomes joined by ``or`` in a sentence that pairs them with values one by one
    (``respectively``) or after a word of ``OR_LIST_CUES`` (a negation, ``whether``, ``such as``).
    The items are no list's last (``nausea and headache or stroke``: a known outcome joined by ``and``
    or a comma before the first). Every item is a known outcome (a lexicon span ends it) that opens with no verb form
    (``or developed heart failure``), and two items with a comma before ``or`` are a gloss
    (``pain, or neuralgia``), not a composite."""
    first = _coordinated_start(doc, start, end, floor, MAX_PHRASE_WORDS)
    last = coordinated_end(doc, end, stop, joiners=("or",))
    if (first, last) == (start, end):
        return start, end
    sentence = doc[floor:stop]
    if has_respectively(sentence) \
            or any(t.lower_ in word_set(OR_LIST_CUES) for t in doc[floor:first]):
        return start, end
    items, at = [], first
    for t in doc[first:last]:
        if t.text == "," or t.lower_ == "or":
            items.append((at, t.i))
            at = t.i + 1
    items.append((at, last))
    items = [(a, b) for a, b in items if b > a]
    if len(items) < 2 or len(items) == 2 and any(t.text == "," for t in doc[first:last]):
        return start, end
    if first - 1 > floor and doc[first - 1].lower_ in ("and", ",") \
            and any(m.end == first - 1 for m in spans(doc, "ENDPOINT")):
        return start, end  # "nausea and headache or stroke": a list whose last items are joined by "or"
    known = {m.end for m in spans(doc, "ENDPOINT") if first <= m.start and m.end <= last}
    for a, b in items:
        opening = doc[a].lower_
        if b not in known or VERB in classes(doc[a].text) and opening.endswith(("ed", "ing")):
            return start, end
    return first, last


#: Nouns of one measure that two outcomes joined by ``and`` before it may share (``response and
#: remission rate``), in the singular: ``patterns/endpoint_measure_tails.txt`` and measure nouns.
SHARED_MEASURE_LEXICONS = ("endpoint_measure_tails.txt", "measure_nouns.txt")


@cache
def _shared_measure_nouns() -> frozenset[str]:
    return frozenset(word for name in SHARED_MEASURE_LEXICONS for word in word_set(name)
                     if not word.endswith("s") or word.endswith("ss"))


def shared_measure_start(doc: Doc, start: int, end: int, floor: int) -> int:
    """The start of two outcomes joined by ``and`` that share one measure written once after them,
    in the singular: ``an overall response and remission rate`` (one rate of either outcome),
    ``the hospitalization and death rate``; ``start`` elsewhere. Each outcome is one word, a noun
    that is no person, time, statistic or judging word, and the first opens the phrase (a function
    word, punctuation or a judging word before it: ``blood pressure and cholesterol level`` is not
    read so); a plural measure (``response and remission rates``) is a list of two, which may be
    reported ``respectively``."""
    if end - start != 2 or doc[end - 1].lower_ not in _shared_measure_nouns() or start - 2 < floor \
            or doc[start - 1].lower_ != "and":
        return start
    other = doc[start - 2]
    if not other.is_alpha or NOUN not in classes(other.text) or other.lower_ in people_words() \
            or other.lower_ in judging_words() or _premodifier(doc, other.i, other.i + 1, floor, frozenset()) is not True:
        return start
    if other.i == floor:
        return other.i  # the sentence's first words: "Response and remission rate was 44 percent"
    before = doc[other.i - 1]
    if not (before.is_punct or is_function_word(before.text) or before.lower_ in judging_words()):
        return start
    return other.i


def _coordinated_start(doc: Doc, start: int, end: int, floor: int, most: int, *,
                       past_quantifiers: bool = False) -> int:
    """The start of the outcomes joined by ``or`` before the phrase from token ``start`` to ``end``
    (``stroke or death``, ``stroke, death or heart attack``), or ``start`` where none is; with
    ``past_quantifiers``, read past a quantifier after ``or`` (``asthma attacks or other outbreaks
    of symptoms``). Not the last items of a list joined by ``and`` before them (``nausea and headache
    or stroke``)."""
    given = start
    at = _past_quantifiers(doc, start, floor) if past_quantifiers else start
    if at - 2 < floor or doc[at - 1].lower_ != "or":
        return start
    before = at - 2 if at - 3 >= floor and doc[at - 2].text == "," else at - 1  # "stroke, or death": a serial comma
    other = noun_phrase_left(doc, before, floor, attach=False)
    if other is None or not _coordinable(other) or len(doc[other.start:end]) > most \
            or " " not in other.text and other.text.isupper():
        return start  # (an abbreviation before "or" is glossed, not coordinated: "HAM-D or depression severity score")
    if before < at - 1 and other.start - 1 > floor and doc[other.start - 1].text != ",":
        return start  # a serial comma closes a list of three or more: "X, stroke, or death"
    start = other.start  # "the rate of stroke or death": one outcome of either event
    for _ in range(MAX_LIST_ITEMS):  # "stroke, death or heart attack": the list before "or"
        at = start - 1 if start - 1 > floor and doc[start - 1].text == "," else start
        item = noun_phrase_left(doc, at, floor, attach=False) if at < start else None
        if item is None or not _coordinable(item) or _opening_phrase(doc, item.start, floor):
            break  # "In March, nausea or vomiting": an opening phrase, not an item
        start = item.start
    if start - 2 >= floor and doc[start - 1].lower_ == "and":
        item = noun_phrase_left(doc, start - 1, floor, attach=False)
        if item is not None and _coordinable(item):
            return given  # "nausea and headache or stroke": a list closed by "or", no composite of its last items
    return start


def _names_group(phrase: Span) -> bool:
    """Whether a noun phrase holds a group's name (``two peanuts`` where peanut is an arm)."""
    return any(m.start < phrase.end and phrase.start < m.end for m in spans(phrase.doc, "ARM_MENTION"))


def _coordinable(phrase: Span) -> bool:
    """Whether a noun phrase before ``or`` can be one half of an outcome (``stroke`` of ``stroke or
    death``): not people, not a time or statistic, not a group's name (``metformin or placebo``)."""
    head = phrase[-1].lower_
    if head in people_words() or head in not_outcome_heads():
        return False
    return not _names_group(phrase)


def _opening_phrase(doc: Doc, i: int, floor: int) -> bool:
    """Whether the noun phrase at token ``i`` is the object of a preposition that opens its
    sentence or clause (``In the trial, ...``), not of one inside a phrase (``risk of stroke, ...``)."""
    while i > floor and classes(doc[i - 1].text) & _OPENERS and is_function_word(doc[i - 1].text):
        i -= 1
    if i <= floor or PREP not in classes(doc[i - 1].text):
        return False
    return i - 1 == floor or doc[i - 2].is_punct


def coordinated_end(doc: Doc, end: int, stop: int, joiners: tuple[str, ...] = ("or", "and")) -> int:
    """The end of a list of outcomes that continues the noun phrase ending at ``end``: ``death,
    heart attack or stroke`` (a composite outcome); ``end`` itself unless the list closes with
    ``or``/``and`` and a noun phrase, each item a short noun phrase."""
    at, items = end, 0
    while at + 1 < stop and doc[at].text == "," and items < MAX_LIST_ITEMS:
        if doc[at + 1].lower_ in joiners:
            at += 1
            break
        item = noun_phrase_right(doc, at + 1, stop, attach=False)
        if item is None or item.start != at + 1 or not _coordinable(item):
            return end
        at, items = item.end, items + 1
    if at + 1 >= stop or doc[at].lower_ not in joiners:
        return end
    first = _skip_words(doc, at + 1, stop, word_set(LIST_CLOSING_OTHERS))  # "stroke or other cardiovascular problem"
    last = noun_phrase_right(doc, at + 1, stop, attach=False)
    if last is None or last.start not in (at + 1, first) or not _coordinable(last):
        return end
    return last.end


#: Words that open a list's last item as the rest of its kind (``heart attack, stroke or other
#: cardiovascular problem``): ``patterns/list_closing_others.txt``.
LIST_CLOSING_OTHERS = "list_closing_others.txt"


def _skip_words(doc: Doc, i: int, stop: int, words: frozenset[str]) -> int:
    """The index of the first token from ``i`` (before ``stop``) that is not one of ``words``."""
    while i < stop and doc[i].lower_ in words:
        i += 1
    return i


def _takes_bare_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether the word ``doc[start:end]`` is followed by a verb's bare form: ``to`` or an auxiliary
    (``will report nausea``), not a copula, which takes a noun phrase (``were back pain``)."""
    if doc[start:end].text.lower() == "to":
        return True
    return AUX in word_classes(doc, start, end) and doc[start:end].text.lower() not in word_set("copulas.txt")


def _after_subject(doc: Doc, i: int, floor: int) -> bool:
    """Whether the word before token ``i`` can end a subject (a noun or pronoun, not a determiner
    or adjective): then the verb-like word at ``i`` is the verb."""
    before = word_classes(doc, _word_start(doc, i, floor), i)
    return bool(before & {NOUN}) and not before & {DET, QUANT} or "o" in before or AUX in before \
        or doc[i - 1].text in (",", ";") or doc[i - 1].lower_ == "to"


def _starts_known_outcome(doc: Doc, i: int) -> bool:
    return any(m.start == i for label in ("ENDPOINT_MENTION", "ENDPOINT") for m in spans(doc, label))


#: Lexicons of multi-word outcome and condition names whose first word modifies a measured noun
#: (``fasting glucose``, ``common cold``): such a word is part of the name, not cut from it.
COMPOUND_NAME_LEXICONS = ("endpoints.txt", "condition_heads.txt")


@cache
def _compound_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The multi-word entries of :data:`COMPOUND_NAME_LEXICONS` by their first word, as word tuples."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for name in COMPOUND_NAME_LEXICONS:
        for entry in word_set(name):
            words = tuple(entry.split())
            if len(words) > 1:
                table.setdefault(words[0], []).append(words)
    return {first: tuple(entries) for first, entries in table.items()}


def _opens_compound(doc: Doc, i: int, end: int) -> bool:
    """Whether the word at token ``i`` is the modifier of a compound name the lexicons know: the
    text from ``i`` is one of their multi-word entries, itself before the measured noun (``common
    cold duration``; not ``high cholesterol`` alone, where ``high`` judges the value), or, for a
    word that is not a judging word, an entry that starts with it ends with the phrase's head
    (``fasting blood glucose``, as the lexicon has ``fasting glucose``; not ``overall`` of ``overall
    response rate`` before another rate)."""
    words = [t.lower_ for t in doc[i:end]]
    head = words[-1]
    judging = words[0] in word_set("evaluative_words.txt")
    return any(len(entry) < len(words) and tuple(words[:len(entry)]) == entry
               or not judging and entry[-1] == head
               for entry in _compound_names().get(words[0], ()))


#: Words of a risk (``patterns/risk_words.txt``): ``the risk of stroke`` names the stroke.
RISK_WORDS = "risk_words.txt"
#: Verbs between ``risk of`` and the events (``the risk of developing diabetes``): ``patterns/risk_of_gerunds.txt``.
RISK_OF_GERUNDS = "risk_of_gerunds.txt"
#: Words that judge a change in an outcome but name a kind of event people had (``increased
#: bleeding``, ``additional medication``): ``patterns/event_kind_words.txt``.
EVENT_KIND_WORDS = "event_kind_words.txt"


def trimmed(phrase: Span | None, *, event: bool = False) -> Span | None:
    """An outcome phrase without the words before it that judge its size (``significant``,
    ``common``: ``patterns/evaluative_words.txt``) or govern it as a verb (``monitoring``); a word
    that starts a known outcome stays (``overall survival``), and so does one that modifies the
    measured noun of a compound name (``common cold duration``, ``fasting blood glucose``) or heads
    an ``of`` phrase (``hardening of the arteries``). With ``event``, where the phrase names what
    people had (``increased bleeding (8%)``, ``12% required additional medication``), a word of
    :data:`EVENT_KIND_WORDS` names the kind of event and stays."""
    if phrase is None:
        return None
    start = phrase.start
    doc = phrase.doc
    kinds = word_set(EVENT_KIND_WORDS) if event else frozenset()
    while start + 3 < phrase.end and doc[start + 1].lower_ == RANGE_JOINER \
            and any(doc[k].lower_ in word_set("evaluative_words.txt") and doc[k].lower_ not in kinds
                    for k in (start, start + 2)):
        start += 3  # "moderate to significant improvement": a range that judges the size, left out whole
    while start < phrase.end - 1 and (doc[start].lower_ in word_set("evaluative_words.txt")
                                      and doc[start].lower_ not in kinds
                                      or doc[start].lower_.endswith("ing") and VERB in classes(doc[start].text)
                                      and doc[start].lower_ not in kinds) \
            and not _starts_known_outcome(doc, start) and not _opens_compound(doc, start, phrase.end) \
            and doc[start + 1].lower_ != "of" and not _is_joiner(doc, start + 1):
        start += 1  # (a gerund before "of" heads the phrase: "hardening of the arteries"; a word joined
        # by a hyphen is part of the next one: "running-related injury")
    if start + 2 < phrase.end and (doc[start].lower_ in ("rate", "rates") or doc[start].lower_ in word_set(RISK_WORDS)) \
            and doc[start + 1].lower_ == "of":
        start += 2  # "rates of local recurrence", "the risk of heart attack, stroke, or death": the events
        gerund = words_at(doc, start, phrase.end - 1, RISK_OF_GERUNDS)
        start = gerund if gerund is not None else start  # "the chance of developing AF": AF
        while start + 1 < phrase.end and classes(doc[start].text) & _OPENERS and is_function_word(doc[start].text):
            start += 1  # "the risk of having a stroke": stroke
    owner = next((k for k in range(phrase.end - 2, start, -1) if doc[k].text in ("'s", "\u2019s")
                  and doc[k - 1].lower_ in people_words()), None)
    if owner is not None:
        start = owner + 1  # "the gabapentin group's pain scores": the scores, not the group
    return doc[start:phrase.end]


#: Nouns WordNet knows only as things: people (``p``), parts of the body (``b``), artifacts, places,
#: groups, objects, foods, animals, plants, shapes, pieces of communication (``t``), and plurals of things that are
#: none (``-``: hives) (``patterns/thing_nouns.txt``, written by ``bench/thing_nouns.py`` from
#: WordNet's lexicographer classes).
THING_NOUNS = "thing_nouns.txt"
PEOPLE_KIND, BODY_KIND, NO_THING = "p", "b", "-"
#: Adjectives WordNet knows only as relational (``femoral``, ``cardiac``): they say which thing, not
#: its state (``patterns/relational_adjectives.txt``, written by the same script).
RELATIONAL_ADJECTIVES = "relational_adjectives.txt"


@cache
def verb_nouns() -> frozenset[str]:
    """The nouns that name the outcomes verbs name alone (``death``, ``response``:
    ``patterns/outcome_verb_nouns.txt``)."""
    return frozenset(noun.lower() for nouns in load_table("outcome_verb_nouns.txt").values() for noun in nouns)


@cache
def _outcome_words() -> frozenset[str]:
    """The heads of the outcomes the project's lexicons name (``dropout``): an outcome, whatever
    else WordNet files the word under."""
    return frozenset(entry.split()[-1].lower() for entry in load_lexicon("endpoints.txt")) \
        | {noun.split()[-1] for noun in verb_nouns()}


def singulars(word: str) -> list[str]:
    """The singulars a word may be the regular plural of (``injuries``: injury; ``boxes``: box), the
    order :func:`names_a_thing` tries them in (``bench/thing_nouns.py`` writes its lists by them too)."""
    found = []
    if word.endswith("ies") and len(word) > 4:
        found.append(word[:-3] + "y")
    if word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh", "o")):
        found.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        found.append(word[:-1])
    return found


@cache
def names_a_thing(word: str) -> str | None:
    """The kind of thing a noun names, if WordNet knows it only as a thing: ``p`` for people
    (``responders``, ``Asian``), ``b`` for a part of the body (``hip``), ``t`` for another thing
    (``stents``); None for anything that can be measured (``falls``: an event; ``hives``),
    a word written in capitals (``ORR``, ``TEAEs``) or a head the outcome lexicons name (``dropout``)."""
    lower = word.lower()
    if not lower.isalpha() or sum(ch.isupper() for ch in word) > 1 or lower in _outcome_words():
        return None
    kinds = load_mapping(THING_NOUNS)
    for form in [lower, *singulars(lower)]:
        if form in kinds:
            return None if kinds[form] == NO_THING else kinds[form]
    return None


def _preposition(word: str) -> bool:
    return PREP in classes(word) and is_function_word(word)


def thing_headed(words: Sequence[str]) -> bool:
    """Whether an outcome's words are headed by a thing (:func:`names_a_thing`): the word before
    the first preposition (``time in the operating room``: time; ``removal of the device``:
    removal), or, after a counted noun and ``of`` or an adjective and its preposition, the last word
    (``cases of stent``: stent; ``free of seizures``: seizures; not after a gerund, ``hardening of
    the arteries``); a measure of things is measured (``the number of injections``). A thing after a
    noun that names no thing measures or treats it (``cardiac injury markers``, ``pain
    medication``), and a part of the body in a state a descriptive adjective says is a symptom (``dry
    mouth``), not with a relational one (``the femoral neck``); people are never an outcome
    (``Caucasian``, ``responders``)."""
    words = [w for w in words if any(ch.isalnum() for ch in w)]
    cut = next((i for i, w in enumerate(words) if i and _preposition(w)), len(words))
    if not cut:
        return False
    head, before = words[cut - 1], words[:cut - 1]
    if cut < len(words) and words[cut].lower() == "of" and head.lower() in _measure_heads():
        return False  # "the number of prescriptions": a measure of things is measured
    if cut < len(words) and (words[cut].lower() == "of" and head.lower() in word_set("counted_event_nouns.txt")
                             or cut == 1 and ADJ in classes(head) and not head.lower().endswith("ing")):
        rest = words[cut + 1:]
        following = next((i for i, w in enumerate(rest) if _preposition(w)), len(rest))
        if following:
            head, before = rest[following - 1], rest[:following - 1]
    kind = names_a_thing(head)
    if kind is None or kind == PEOPLE_KIND:
        return kind is not None
    if any(w.isalpha() and w.islower() and NOUN in classes(w) and ADJ not in classes(w) and names_a_thing(w) is None
           for w in before):
        return False  # "cardiac injury markers", "pain medication": the thing measures or treats what its noun names
    relational = word_set(RELATIONAL_ADJECTIVES)
    return kind != BODY_KIND or not any(ADJ in classes(w) and w.lower() not in relational for w in before)


@cache
def _measure_heads() -> frozenset[str]:
    """Heads whose ``of`` phrase is measured, not the outcome's thing: measures (``the number of``)
    and heads that name no outcome (:func:`measure_nouns`, :func:`not_outcome_heads`)."""
    return measure_nouns() | not_outcome_heads()


#: Tokens between a verb of what happened to people and its object (``needed a second``).
EVENT_OBJECT_GAP = 3


def _had_by_people(phrase: Span) -> bool:
    """Whether a phrase is the object of a verb of what happened to people (``needed a second
    stent``, ``had a pacemaker fitted``: ``patterns/event_verbs.tsv``, use ``outcome``): a thing
    they had or needed is an event."""
    doc, verbs = phrase.doc, word_set("event_verbs.tsv:outcome")
    floor = max(0, phrase.start - EVENT_OBJECT_GAP - 1)
    for i in range(phrase.start - 1, floor - 1, -1):
        if doc[i].lower_ in verbs:
            return True
        if not (is_function_word(doc[i].text) or doc[i].like_num or doc[i].lower_ in word_set("ordinal_nouns.txt")):
            return False
    return False


def measured_outcome(phrase: Span | None) -> bool:
    """Whether a noun phrase names something measured: an outcome (:func:`acceptable_outcome`) not
    headed by a thing (:func:`thing_headed`: ``the femoral neck``, ``Asian``), unless people had or
    needed it (:func:`_had_by_people`); in an abstract, every value is the trial's and any
    acceptable phrase names it, as a bare generic word does. The linkers of values leave the thing to
    :func:`trialnews.linking.values.link_endpoint`, which then tries no nearest outcome instead."""
    return acceptable_outcome(phrase) and (is_abstract(phrase.doc) or not (
        thing_headed([t.text for t in phrase]) and not _had_by_people(phrase)))


def acceptable_outcome(phrase: Span | None) -> bool:
    """Whether a noun phrase can name an outcome: its head names no people, group, time unit or
    statistic, and it has a word that is not a number."""
    if phrase is None or not len(phrase):
        return False
    head = phrase[-1].lower_
    if head in people_words():
        return False
    if len(phrase) == 1 and head in word_set("risk_of_gerunds.txt"):
        return False  # "7.4 percent suffering one of these events": the verb of the event, not its name
    if head in not_outcome_heads() and (head not in measure_nouns() or not any(
            t.i < phrase.end - 1 and t.is_alpha and t.lower_ not in not_outcome_heads() and NOUN in classes(t.text)
            for t in phrase)):
        return False  # "the rate", "six weeks", "top-selling drugs"; but "remission rate", "HDL levels"
    first_head = next((t for t in phrase if t.lower_ in _ATTACHING), None)
    if first_head is not None and first_head.i > phrase.start:
        inner = phrase.doc[first_head.i - 1].lower_
        if inner in people_words():
            return False
    return any(t.is_alpha for t in phrase)
