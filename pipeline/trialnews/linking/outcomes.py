"""Which outcome a value measures: named linkers, tried in one documented order.

Each linker reads one way trial news writes a value with its outcome, and returns the outcome's
noun phrase (:mod:`trialnews.linking.phrases`) or nothing. The first that answers wins, and its
name goes to the result's ``evidence.links["endpoint"]``:

1. ``noun-after-value``: the outcome written right after the value, ``a 27.4 percent remission
   rate``, ``57% fewer hot flashes``, ``a 30% reduction in pain`` (a change names what changed).
2. ``noun-of-value``: a measure with ``of`` before the value, ``a specificity of 97 percent``,
   ``a reduction of 9.6 percent in hot flashes``, ``a drop in blood pressure of 8 mmHg``.
3. ``bracket-head``: the phrase before a bracket of values, ``acne (2.9% vs. 2.9%)``, skipping an
   appositive (``respiratory distress syndrome, a lung disorder of premature infants (3% vs 7.6%)``).
4. ``subject-of-change``: the subject of the value's verb, ``The amount of craving was reduced by
   81%``, ``skin-test specificity in this arm was just 64 percent``, ``pain scores fell to 30``; a value
   bracketed after the verb or after the group a copula places it in, ``the score rose (from 4.1
   to 5.9)``, ``the recovery rate was higher in the X group (32.5%)``; past a time phrase before the
   verb (``at the end of three years``); a share of people in a state names the state's outcome (``The
   percentage of patients alive at two years was 41%``: survival).
   Right after it, ``carried-from-sentence-before``: a bare measure noun as the subject, opened by a
   determiner (``The rate was 69 percent``: ``patterns/bare_measure_determiners.txt``), names the
   last lexicon outcome of the sentence before, or of the one before that when the sentence between
   names none; none across a paragraph.
5. ``object-of-change``: the object of a change verb with ``by``, ``raised HDL cholesterol by 138
   percent``, ``cut pain scores by 30 percent``.
6. ``gapped-subject``: the second of two changes with its verb left out, ``... was reduced by 81%
   and the frequency of craving by 71%``.
7. ``occurred-in``: an outcome that happened in the value's people, ``new polyps were found in 58
   percent of people``, ``retinopathy recurred in four infants``.
8. ``event-after-value``: what the value's people had, ``26.5% of those assigned to X experiencing
   a cardiovascular problem``, ``12% developed a rash``, named whole: with a participle of its state
   (``had delayed healing``), its ``to`` complement (``antibodies to the virus``, not the treatment's
   ``a response to the drug``), the list it closes, a threshold after a change (``a drop in blood
   pressure of at least 10 mmHg``), a verb naming an outcome before it (``died or had a stroke``); none
   after a verb of its own (``had received chemotherapy``: no mention nearby stands for it either);
   a diagnosis the people were given (``were diagnosed with X``, ``had been diagnosed with X``:
   ``patterns/passive_event_verbs.txt``), not one that says who they were (``who were diagnosed
   with X``, ``were previously diagnosed with X``).
9. ``verb-names-outcome``: a duration after a verb that names its outcome (``patterns/outcome_verbs.txt``):
   ``lived an average of 12.3 months`` is survival; after ``lasted`` (``patterns/duration_verbs.txt``)
   it is the duration of the verb's subject, ``the pain lasted 3 days``: duration of pain; a body mass or a
   share of body weight after a verb of weight change is weight loss (``lost 7 percent of their body weight``).

The results component then tries the older linkers (the verb after a value, only a verb that names
an outcome: :func:`names_outcome`; a contrast partner's outcome, the nearest lexicon outcome), whose
names it records the same way.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..reading.doctext import span_text, text_of
from ..facts.common import HYPHENS, clause_bounds, longest_span, overlaps_span, sent, short_form_of, spans, spans_starting, spans_within, token_positions, word_tuples, words_at
from .asides import closing_mark, people_aside
from .groups import GROUP_NOUNS as SINGULAR_GROUP_NOUNS, RESPECTIVELY, arm_mentions, per_sentence
from ..normalize import unit_of
from ..resources import load_mapping, word_set
from .phrases import (COMPOUND_PREPOSITIONS, acceptable_outcome, change_nouns, coordinated_end, measure_lead_start,
                      noun_phrase_left, noun_phrase_right, people_words, singulars, trimmed)
from .wordclass import ADV, AUX, DET, NOUN, PREP, PRON, QUANT, VERB, classes, is_function_word
from ..scanning import compile_pattern

#: A value's outcome: its name, the character offsets of its words, and the linker that found it.
Found = tuple[str, tuple[int, int], str]
#: Tokens of an appositive skipped between an outcome and its bracket of values.
MAX_APPOSITIVE_TOKENS = 12
#: Tokens walked back from a value to the bracket that lists it with its partners.
MAX_BRACKET_TOKENS = 40
#: Tokens between a value and the verb of what happened to its people (``of those assigned to X``).
MAX_PEOPLE_PHRASE_TOKENS = 12
#: Tokens a relative clause about the people adds before their main verb (``of the women who
#: took the pill for two years had a stroke``).
MAX_RELATIVE_CLAUSE_TOKENS = 8
#: Words that open a clause describing the people of a value (``who``, ``that``): its verb is not
#: what happened to them (``patterns/relative_pronouns.txt``).
_RELATIVE_PRONOUNS = word_set("relative_pronouns.txt")
#: Tokens of a phrase naming a group (``in the hypnotherapy group``) skipped between a subject and its verb.
MAX_GROUP_PHRASE_TOKENS = 8
#: Events after the first that a list of events a state was free of holds at most (``without
#: progression, relapse or new lesions``).
MAX_LISTED_EVENTS = 4


def _name(phrase: Span) -> str:
    """An outcome's name: its words in lower case, except words in capitals (``HDL cholesterol``)."""
    return name_text(text_of(phrase.doc)[phrase.start_char:phrase.end_char])


def name_text(text: str) -> str:
    """An outcome's name from its words: lower case, except words in capitals (``HbA1c``)."""
    return " ".join(w if sum(ch.isupper() for ch in w) > 1 else w.lower() for w in text.split())


#: A plural rate at the end of a name: one rate per group and outcome (``response rates``).
RATES = compile_pattern(r"\brates$")


#: Linkers whose phrase names an event the value's people had: a word of a kind of event stays in it.
EVENT_LINKERS = frozenset({"bracket-head", "event-after-value", "occurred-in"})


def _found(phrase: Span | None, linker: str) -> Found | None:
    phrase = trimmed(phrase, event=linker in EVENT_LINKERS)
    if not acceptable_outcome(phrase):
        return None
    lead = measure_lead_start(phrase.doc, phrase.start, phrase.end, sent(phrase).start)
    if lead < phrase.start:  # "the median time to first relapse was ...": the measure is the outcome's
        phrase = phrase.doc[lead:phrase.end]
    return _without_owner(phrase), (phrase.start_char, phrase.end_char), linker


#: Words naming whose outcome changed, between a change noun's ``in`` and the outcome (``a drop in
#: their platelet count``): no part of the outcome's name (``patterns/changed_owners.txt``).
CHANGED_OWNERS = "changed_owners.txt"


def _without_owner(phrase: Span) -> str:
    """The name of ``phrase`` without an owner between a change noun's ``in`` and what changed:
    ``drop in platelet count`` for ``drop in their platelet count``."""
    doc = phrase.doc
    owners = word_set(CHANGED_OWNERS)
    cut = [t.i for t in phrase[2:-1] if t.lower_ in owners and doc[t.i - 1].lower_ == "in"
           and doc[t.i - 2].lower_ in change_nouns()]
    if not cut:
        return _name(phrase)
    text = text_of(doc)
    parts, at = [], phrase.start_char
    for i in cut:
        parts.append(text[at:doc[i].idx])
        at = doc[i + 1].idx
    parts.append(text[at:phrase.end_char])
    return name_text("".join(parts))


def _skip_right(doc: Doc, i: int, stop: int, words: frozenset[str]) -> int:
    while i < stop and doc[i].lower_ in words:
        i += 1
    return i


def _skip_left(doc: Doc, i: int, floor: int, words: frozenset[str]) -> int:
    """The index after the words of ``words`` written just before token ``i``."""
    while i > floor and doc[i - 1].lower_ in words:
        i -= 1
    return i


def _statistic_phrase_left(doc: Doc, i: int, floor: int) -> int:
    """Skip ``a median of`` / ``an average of`` written just before token ``i``."""
    if i - 3 >= floor and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in word_set("statistic_words.txt") \
            and doc[i - 3].lower_ in word_set("articles.txt"):
        return i - 3
    return i


def _changed(doc: Doc, phrase: Span | None, stop: int) -> Span | None:
    """For a change (``reduction``), the outcome named after it by ``in``/``of``; else the phrase."""
    if phrase is None or phrase[-1].lower_ not in change_nouns():
        return phrase
    after = phrase.end
    if after + 1 < stop and doc[after].lower_ in ("in", "of"):
        return noun_phrase_right(doc, after + 1, stop)
    return None


def _event_of_change(doc: Doc, phrase: Span | None, stop: int) -> Span | None:
    """What people had, where it is a change: a change the value's people had is the event, named
    with the outcome it changed (``had short-lived increases in heart rate``, ``23% had a
    decrease in tumour size``: the share counts people who had the decrease, not a size), without
    the words that judge its size (``a marked improvement in``: :func:`trimmed`)."""
    if phrase is None or phrase[-1].lower_ not in change_nouns() \
            or phrase.end + 1 >= stop or doc[phrase.end].lower_ != "in":
        return _changed(doc, phrase, stop)
    changed = noun_phrase_right(doc, phrase.end + 1, stop)
    owner = _skip_right(doc, phrase.end + 1, stop, word_set(CHANGED_OWNERS))
    if changed is None or changed.start not in (phrase.end + 1, owner) or not acceptable_outcome(changed):
        return _changed(doc, phrase, stop)
    # "had a drop in their platelet count" (named without the owner: :func:`_found`), with a threshold
    # after it: "a drop in blood pressure of at least 10 mmHg"
    return trimmed(doc[phrase.start:_threshold_tail(doc, changed.end, stop)])


#: The rule of ``patterns/numbers.jsonl`` that counts no events (``no cases of X``, ``no serious
#: adverse events were reported``).
NONE_COUNTED_RULE = "count-none-event-noun"
#: Nouns that count the events their ``of`` phrase names (``two cases of muscle damage``).
COUNTED_EVENT_NOUNS = "counted_event_nouns.txt"


def noun_after_value(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    if value.label_ == "DURATION":
        return None  # "12 weeks of treatment": what follows a duration is what lasted, not an outcome
    i = _skip_right(doc, value.end, stop, word_set("comparatives.tsv:outcome"))
    if i + 1 < stop and doc[i].lower_ == "or" and doc[i + 1].lower_ in ("so", "more", "less"):
        i += 2  # "a 20 percent or so improvement"
    if i >= stop or doc[i].is_punct or doc[i].lower_ in word_set("comparator_cues.txt"):
        return None  # "15.3% v 7.1%": the other group's value follows, not an outcome
    if value.id_ == NONE_COUNTED_RULE and i + 2 < stop and doc[i].lower_ in word_set(COUNTED_EVENT_NOUNS) \
            and doc[i + 1].lower_ == "of":
        i += 2  # "no cases of Ebola were recorded": none of the events its "of" names (a number of
        # cases, "318 cases of colon cancer among the 24,510 screened", as often counts a study's sample)
    first = classes(doc[i].text)
    if VERB in first and NOUN not in first or VERB in first and i + 1 < stop and doc[i + 1].lower_ in word_set("articles.txt"):
        return None  # "60 percent received public insurance", "2.3 percent suffering a heart attack": a verb
    phrase = noun_phrase_right(doc, i, stop)
    if phrase is None or phrase.start != i:
        return None
    named = _comma_appositive_after(doc, phrase, stop)
    if named is not None:
        return _found(named, "noun-after-value")
    return _found(_changed(doc, phrase, stop), "noun-after-value")


def _comma_appositive_after(doc: Doc, phrase: Span, stop: int) -> Span | None:
    """The specific thing an appositive between commas names after a class noun with an article:
    ``12 percent lower levels of the sleep hormone, melatonin, and ...``."""
    end = phrase.end
    if end + 2 >= stop or doc[end].text != ",":
        return None
    articles = word_set("articles.txt")
    last = next((k for k in range(end - 1, phrase.start - 2, -1) if doc[k].lower_ in articles), None)
    if last is None or any(t.lower_ in ("of", "from", "in", "on") or t.is_punct for t in doc[last + 1:end]):
        return None  # the class noun is the phrase's last noun, after its article: "the stress hormone"
    named = noun_phrase_right(doc, end + 1, stop, attach=False)
    if named is None or named.start != end + 1 or named.end >= stop or doc[named.end].text != ",":
        return None
    return named if acceptable_outcome(named) and named[-1].lower_ not in people_words() else None


def noun_of_value(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    i = _skip_left(doc, value.start, start, word_set("approximators.txt"))
    if i - 2 < start or doc[i - 1].lower_ != "of":
        return None
    phrase = noun_phrase_left(doc, i - 1, start, attach=False)
    if phrase is None:
        return None
    if phrase[-1].lower_ in change_nouns():
        if value.end + 1 < stop and doc[value.end].lower_ in ("in", "of"):
            return _found(noun_phrase_right(doc, value.end + 1, stop), "noun-of-value")
        measured = trimmed(phrase)  # "a statistically significant increase of 22 percent" measures nothing named
        if len(measured) > 1 and measured[-1].lower_ in word_set("change_tail_words.txt"):
            return _found(measured[:-1], "noun-of-value")  # "a diastolic blood pressure reduction of 6 mmHg"
        return None
    return _found(phrase, "noun-of-value")  # "a specificity of 97 percent", "a drop in blood pressure of 8 mmHg"


def bracket_head(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    sentence = sent(value)
    start = sentence.start  # a bracket may hold its own clauses: "(darbepoetin: 3.0%; placebo: 1.0%)"
    labels = per_sentence(sentence, "group-tokens", lambda: {
        t for m in spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end) for t in range(m.start, m.end)})
    i = value.start
    floor = max(start, value.start - MAX_BRACKET_TOKENS)  # a bracket lists a few values, not hundreds
    while i > floor and (doc[i - 1].like_num or doc[i - 1].lower_ in word_set("bracket_list_words.txt")
                         or i - 1 in labels or _rate_of_count(doc, i - 1, floor)):
        i -= 1
    first, short_form = i, None
    separator = i - 1 if doc[i - 1].text in _SHORT_FORM_SEPARATORS else i  # (";" is a list word, passed)
    if separator - 2 > start and doc[separator].text in _SHORT_FORM_SEPARATORS and _short_form(doc[separator - 1]) \
            and doc[separator - 2].text in ("(", "[") and separator - 1 not in labels:
        # "breast conservation surgery (BCS; 67% vs 68%)": the bracket opens with the name's short form
        i, first, short_form = separator - 1, separator + 1, doc[separator - 1]
    if i - 1 <= start or doc[i - 1].text not in ("(", "[") or not any(t.like_num for t in doc[i:value.start + 1]):
        return None
    if not (doc[first].like_num or first in labels or doc[first].lower_ in word_set("approximators.txt")):
        return None  # "(vs. 3% of those without plaques)": a bracket that contrasts, not one that lists
    bracket = i - 1
    phrase = noun_phrase_left(doc, bracket, start)
    if phrase is None and doc[i].like_num and _rate_of_count(doc, i + 1, i):
        # "601 breast cancers were reported (251 [7.0%] in the X group vs 350 [9.8%] ...)": the
        # bracket splits by group the events its clause counts, the subject of an occurrence verb
        verb = bracket - 1
        if verb > start and doc[verb].lower_ in word_set("occurrence_verbs.txt"):
            subject = _subject_before(doc, verb, start)
            if subject is not None and subject.start > start and doc[subject.start - 1].like_num:
                return _found(subject, "bracket-head")
    comma = next((k for k in range(bracket - 1, max(start, bracket - MAX_APPOSITIVE_TOKENS) - 1, -1)
                  if doc[k].text == ","), None)
    if comma is not None and comma + 1 < bracket and doc[comma + 1].lower_ in ("a", "an"):
        phrase = noun_phrase_left(doc, comma, start)  # "X, a lung disorder common to premature infants (3% ...)"
    if phrase is None or _circumstance(doc, phrase, start):
        return None  # "at the same time point (94.7% vs 86.4%)": a circumstance
    if short_form is not None and not short_form_of(short_form.text, span_text(phrase)):
        return None  # "groups (DD, 17% versus 6%)": a label of its own, not the phrase's short form
    return _found(phrase, "bracket-head")


#: What parts the short form that opens a bracket from its values (``(BCS; 67% vs 68%)``).
_SHORT_FORM_SEPARATORS = (";", ",")
#: The fewest capital letters of a short form (``BCS``, ``pCR``, ``QoL``).
SHORT_FORM_CAPITALS = 2


def _short_form(token: Token) -> bool:
    """Whether a token is written as a short form: letters (and digits or hyphens) with at least
    :data:`SHORT_FORM_CAPITALS` capitals (``BCS``, ``pCR``), not a number."""
    word = token.text
    return not token.like_num and word.replace("-", "").isalnum() \
        and sum(c.isupper() for c in word) >= SHORT_FORM_CAPITALS


def _rate_of_count(doc: Doc, i: int, floor: int) -> bool:
    """Whether token ``i`` opens the bracket of a count's rate (``251 [7.0%]``, ``12 (8%)``): a
    bracket right after a number, read past as the count's own."""
    return i - 1 >= floor and doc[i].text in ("(", "[") and doc[i - 1].like_num


def _circumstance(doc: Doc, phrase: Span, start: int) -> bool:
    """Whether a phrase follows a preposition of time or place (``at the same time point``)."""
    i = phrase.start
    while i > start and doc[i - 1].lower_ in ("the", "a", "an", "this", "that", "same"):
        i -= 1
    if i <= start:
        return False
    if doc[i - 1].lower_ in word_set("circumstance_prepositions.txt"):
        return True
    # "patients with confirmed TB (77% ...)": who the people were, not what happened to them
    return doc[i - 1].lower_ in ("with", "without") and i - 2 >= start and doc[i - 2].lower_ in people_words()


def _verb_before(doc: Doc, i: int, start: int) -> int | None:
    """The index of the verb (or copula) written just before token ``i``, past its prepositions
    (``by``, ``to``, ``from``) and approximators."""
    i = _skip_left(doc, _range_left(doc, i, start), start, word_set("approximators.txt"))
    i = _statistic_phrase_left(doc, i, start)
    if i > start and doc[i - 1].lower_ in ("by", "to", "from", "of", "at"):
        i -= 1
    i = _skip_left(doc, i, start, word_set("approximators.txt"))
    if i <= start:
        return None
    word = doc[i - 1].lower_
    if word in word_set("copulas.txt") or word in word_set("change_verbs.txt"):
        return i - 1
    return None


#: Dashes that set off an aside: ``Systolic blood pressure — the top number of a reading — fell``.
_DASHES = frozenset({"\u2014", "\u2013", "--"})


def _before_dashed_aside(doc: Doc, i: int, start: int) -> int:
    """The index just before an aside set off by two dashes that ends at token ``i``; ``i`` if none."""
    if i - 1 <= start or doc[i - 1].text not in _DASHES:
        return i
    opening = next((k for k in range(i - 2, max(start, i - 1 - MAX_APPOSITIVE_TOKENS) - 1, -1)
                    if doc[k].text == doc[i - 1].text), None)
    return opening if opening is not None and opening > start else i


#: Prepositions that open a circumstance after the subject (``at``, ``after``, ``by``, ...):
#: ``patterns/circumstance_prepositions.txt``.
CIRCUMSTANCE_PREPOSITIONS = "circumstance_prepositions.txt"


def _before_time_point(doc: Doc, i: int, start: int) -> int:
    """The index of the preposition opening a time point that ends at token ``i``, or of the
    duration that opens it: ``The rates of hearing loss at one year were 12% ...``, ``after one year
    of follow-up``, ``12 months after randomization``, ``two years later``, ``at the end of three
    years``, ``at the end of the study`` (:func:`_time_phrase_start`); the subject is written before
    its time point, which says when it was measured, not what; ``i`` if no time point ends there."""
    if i - 1 <= start:
        return i
    return _time_phrase_start(doc, i, start)


#: Nouns of a time phrase's edge (``at the END of three years``): ``patterns/time_phrase_edges.txt``.
TIME_PHRASE_EDGES = "time_phrase_edges.txt"


def _duration_ending(doc: Doc, i: int, start: int) -> Span | None:
    """The duration span that ends at token ``i`` (after token ``start``), if any."""
    if i - 1 <= start:
        return None
    return next((d for d in spans_starting(doc, "DURATION", start=max(start + 1, i - longest_span(doc, "DURATION")),
                                           end=i) if d.end == i), None)


def _opened_by_preposition(doc: Doc, k: int, start: int) -> int | None:
    """The index of the preposition of ``patterns/circumstance_prepositions.txt`` before token ``k``
    (an article perhaps between, and an edge: ``at the end of``), or ``None``."""
    if k - 1 > start and doc[k - 1].lower_ in word_set("articles.txt"):
        k -= 1
    if k - 3 > start and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in word_set(TIME_PHRASE_EDGES) \
            and doc[k - 3].lower_ in word_set("articles.txt"):
        k -= 3  # "at the end of three years"
    return k - 1 if k - 1 > start and doc[k - 1].lower_ in word_set(CIRCUMSTANCE_PREPOSITIONS) else None


def _time_phrase_start(doc: Doc, i: int, start: int) -> int:
    """Where a time phrase that ends at token ``i`` starts, or ``i``: a duration after a preposition
    of time (``at one year``, ``at the end of three years``), with what it is a duration of
    (``after one year of follow-up``); a duration followed by a word that makes it a time point
    (``patterns/duration_time_point_words.txt``: ``two years later``, ``12 months after randomization``,
    one word after it); the edge of the study (``at the end of the study``:
    ``patterns/trial_course_nouns.txt``)."""
    duration = _duration_ending(doc, i, start)
    if duration is not None:  # "at one year", "at the end of three years"
        opening = _opened_by_preposition(doc, duration.start, start)
        return i if opening is None else opening
    if i - 2 > start and doc[i - 2].lower_ == "of" and (duration := _duration_ending(doc, i - 2, start)) is not None:
        opening = _opened_by_preposition(doc, duration.start, start)  # "after one year of follow-up"
        return i if opening is None else opening
    after = word_set("duration_time_point_words.txt")
    for tail in (1, 2):  # "two years later", "12 months after randomization"
        if i - tail - 1 > start and doc[i - tail].lower_ in after and (tail == 1 or not doc[i - 1].is_punct) \
                and (duration := _duration_ending(doc, i - tail, start)) is not None:
            return duration.start
    if i - 1 > start and doc[i - 1].lower_ in word_set("trial_course_nouns.txt"):  # "at the end of the study"
        k = _skip_left(doc, i - 1, start, word_set("articles.txt"))
        if k - 3 > start and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in word_set(TIME_PHRASE_EDGES) \
                and doc[k - 3].lower_ in word_set("articles.txt") and doc[k - 4].lower_ in word_set(CIRCUMSTANCE_PREPOSITIONS):
            return k - 4
    return i


def _named_by_comma_appositive(doc: Doc, i: int, start: int) -> Span | None:
    """The specific thing an appositive between commas names for the class noun before it, where
    the commas end at token ``i``: ``Levels of the sleep hormone, melatonin, fell``: the
    melatonin. The class noun has an article (``the stress hormone``, ``a protein``) and the
    appositive none, so a list (``pain, nausea, fatigue``) is not read as one."""
    if i - 1 <= start or doc[i - 1].text != ",":
        return None
    named = noun_phrase_left(doc, i - 1, start, attach=False)
    if named is None or named.end != i - 1 or named.start - 1 <= start or doc[named.start - 1].text != ",":
        return None
    kind = noun_phrase_left(doc, named.start - 1, start, attach=False)
    if kind is None or kind.end != named.start - 1 or kind.start - 1 < start \
            or doc[kind.start - 1].lower_ not in word_set("articles.txt"):
        return None
    if kind[-1].lower_ in people_words() or not acceptable_outcome(named):
        return None
    return named


#: Prepositions that place a subject in a group (``the frequency of hot flashes in the X group``).
_GROUP_PREPOSITIONS = ("in", "among", "for", "with")


def _subject_before(doc: Doc, verb: int, start: int) -> Span | None:
    """The subject noun phrase before a verb, past its auxiliaries, adverbs (:func:`_subject_end`) and
    a phrase naming a group."""
    i = _before_dashed_aside(doc, _before_time_point(doc, _subject_end(doc, verb, start), start), start)
    named = _named_by_comma_appositive(doc, i, start)
    if named is not None:
        return named
    arm = next((m for m in arm_mentions(doc) if m.start < i <= m.end), None) if i > start else None
    if arm is not None and arm.end == i and arm.start - 1 > start and doc[arm.start - 1].lower_ in _GROUP_PREPOSITIONS:
        # "the reduction in acne count with Dermaclear was 12 times greater": an arm's name after
        # the preposition that places the subject in its group is not the subject
        subject = noun_phrase_left(doc, arm.start - 1, start)
        if subject is None or subject.start > start and doc[subject.start - 1].lower_ in word_set("circumstance_prepositions.txt"):
            return None  # "positive nodes at surgery with X was 61%": a circumstance, not the subject
        return subject
    phrase = noun_phrase_left(doc, i, start)
    if phrase is not None and phrase[-1].lower_ in people_words():
        # "The frequency of hot flashes in the hypnotherapy group dropped": skip the group's phrase
        k = phrase.start
        while k > max(start, phrase.start - MAX_GROUP_PHRASE_TOKENS) and doc[k - 1].lower_ not in _GROUP_PREPOSITIONS:
            k -= 1
        if k - 1 > start and doc[k - 1].lower_ in _GROUP_PREPOSITIONS:
            phrase = noun_phrase_left(doc, k - 1, start)
    return phrase


#: Prepositions whose object before a change verb is not its subject (``by``, ``with``, ``than``):
#: ``patterns/agent_prepositions.txt``.
AGENT_PREPOSITIONS = "agent_prepositions.txt"
#: Words between a verb that names its outcome and the value after it (``lived on average 12.3 months``):
#: ``patterns/average_phrase_words.txt``.
AVERAGE_PHRASE_WORDS = "average_phrase_words.txt"


#: Words between a copula and the group a bracketed value follows that say how the group's value
#: compares (``was higher in the X group (32.5%)``, ``was significantly lower with X (21%)``): the
#: comparatives of ``patterns/comparatives.tsv`` (use ``pair-order``) and ``patterns/predicate_group_adverbs.txt``.
PREDICATE_COMPARATIVES = "comparatives.tsv:pair-order"
PREDICATE_ADVERBS = "predicate_group_adverbs.txt"


def _range_left(doc: Doc, i: int, start: int) -> int:
    """The index of ``from`` when token ``i`` is the end of a range of levels, ``from 4.1 to 5.9``
    (``i`` at ``5.9``), else ``i``."""
    if i - 3 >= start and doc[i - 1].lower_ == "to" and doc[i - 2].like_num and doc[i - 3].lower_ == "from":
        return i - 3
    return i


def _verb_before_bracket(doc: Doc, i: int, start: int) -> int | None:
    """The copula or change verb of a clause whose value is written in a bracket after it: right after
    the verb (``the mean score rose (from 4.1 to 5.9)``), or after the group the clause places
    it in (``the share who recovered was higher in the vaccine group (32.5 percent) than ...``,
    ``was lower with placebo (21.3%)``): the value is the predicate of the clause's subject, not of
    the group's name before its bracket."""
    i = _skip_left(doc, _range_left(doc, i, start), start, word_set("approximators.txt"))
    if i > start and doc[i - 1].lower_ in word_set("bracketed_change_prepositions.txt"):
        i -= 1
    if i - 1 <= start or doc[i - 1].text != "(":
        return None
    i -= 1
    word = doc[i - 1].lower_
    if word in word_set("copulas.txt") or word in word_set("change_verbs.txt"):
        return i - 1
    if word in word_set(SINGULAR_GROUP_NOUNS):
        i -= 1
    arm = next((m for m in spans_starting(doc, "ARM_MENTION", start=max(start + 1, i - longest_span(doc, "ARM_MENTION")),
                                          end=i) if m.end == i), None)  # the mentions that can end at i, by bisection
    if arm is None:
        return None
    k = _skip_left(doc, arm.start, start, word_set("articles.txt"))
    if k - 1 <= start or doc[k - 1].lower_ not in _GROUP_PREPOSITIONS:
        return None
    k = _skip_left(doc, k - 1, start, word_set(PREDICATE_COMPARATIVES) | word_set(PREDICATE_ADVERBS))
    if k - 1 < start or doc[k - 1].lower_ not in word_set("copulas.txt"):
        return None
    return k - 1


def subject_of_change(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    verb = _verb_before(doc, value.start, start)
    bracketed = verb is None
    if bracketed:
        verb = _verb_before_bracket(doc, value.start, start)
    if verb is None:
        return None
    state = _state_of_people_share(doc, verb, start)
    if state is not None:  # "The percentage of patients alive at two years was 41%": survival
        return state
    subject = _subject_before(doc, verb, start)
    if subject is None or subject.start > start and doc[subject.start - 1].lower_ in word_set(AGENT_PREPOSITIONS) \
            or _taken_by_people(doc, subject, start):
        return None
    if bracketed and not _whole_subject(doc, subject, start):
        return None
    return _found(subject, "subject-of-change")


#: Nouns of a share of people (``the percentage of patients``): ``patterns/people_share_nouns.txt``.
PEOPLE_SHARE_NOUNS = "people_share_nouns.txt"


def _state_of_people_share(doc: Doc, verb: int, start: int) -> Found | None:
    """``The percentage of patients alive at two years was 41%``, ``the proportion of those who were
    still abstinent after a year was``: a share of people (``patterns/people_share_nouns.txt``) in a
    state (``patterns/outcome_states.txt``) as the subject of the value's verb (past its time phrase)
    names the state's outcome (survival, abstinence), as the state after a value's people does."""
    i = _before_time_point(doc, _subject_end(doc, verb, start), start)
    if i - 4 < start:
        return None
    noun = load_mapping("outcome_states.txt").get(doc[i - 1].lower_)
    if noun is None:
        return None
    k = _skip_left(doc, i - 1, start, word_set(STATE_SKIP_WORDS))  # ("patients still alive")
    if k - 2 > start and doc[k - 1].lower_ in word_set("copulas.txt") | _PAST_COPULAS \
            and doc[k - 2].lower_ in _RELATIVE_PRONOUNS:
        k -= 2  # "those who were alive"
    if k - 1 <= start or doc[k - 1].lower_ not in people_words():
        return None
    k = _skip_left(doc, k - 1, start, word_set("articles.txt"))
    if k - 2 < start or doc[k - 1].lower_ != "of" or doc[k - 2].lower_ not in word_set(PEOPLE_SHARE_NOUNS):
        return None
    return noun, (doc[i - 1].idx, doc[i - 1].idx + len(doc[i - 1].text)), "subject-of-change"


def _whole_subject(doc: Doc, subject: Span, start: int) -> bool:
    """Whether the phrase read before a verb is the clause's whole subject, as a value bracketed after
    its group needs: not the object of a preposition other than ``of`` inside a longer subject (``The
    proportion of patients who had a fall during the holidays was lower in ...``: not the holidays), nor only a
    statistic and a change (``the mean reduction was larger in arm B (44%)``: the reduction of what)."""
    before = _skip_left(doc, subject.start, start, word_set("articles.txt")) - 1
    if before >= start and PREP in classes(doc[before].text) and doc[before].lower_ != "of":
        return False
    empty = change_nouns() | word_set("statistic_words.txt") | word_set("articles.txt")
    return not all(token.lower_ in empty for token in subject)


#: Words between people and what they took (``those on X``, ``patients taking X``): ``patterns/taking_words.txt``.
TAKING_WORDS = "taking_words.txt"


def _taken_by_people(doc: Doc, subject: Span, start: int) -> bool:
    """``Those taking oat bran lost 12 pounds``, ``those on the fiber drink lost``: the phrase before
    the verb is what the value's people took (people, a taking word, the phrase), not what changed."""
    if subject[0].lower_ in word_set(TAKING_WORDS):
        taking = subject.start  # the phrase read with its participle: "taking oat bran"
    else:
        taking = _skip_left(doc, subject.start, start, word_set("articles.txt")) - 1
        if taking < start or doc[taking].lower_ not in word_set(TAKING_WORDS):
            return False
    return taking > start and doc[taking - 1].lower_ in people_words()


def carried_from_sentence_before(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    """``The rate was 69 percent``: a bare measure noun (``patterns/measure_nouns.txt``) as the
    subject, right after a determiner (``patterns/bare_measure_determiners.txt``), refers to the last
    lexicon outcome of the nearest of the :data:`CARRIED_OUTCOME_SENTENCES` sentences before that
    names one (the sentence before, or two back past one that names none; none across a paragraph)."""
    verb = _verb_before(doc, value.start, start)
    if verb is None:
        return None
    subject = _subject_before(doc, verb, start)
    if subject is None or len(subject) != 1 or subject[0].lower_ not in word_set("measure_nouns.txt"):
        return None
    if subject.start <= start or doc[subject.start - 1].lower_ not in word_set(BARE_MEASURE_DETERMINERS):
        return None  # "the objective response (CR + PR) rate was 23%": the rate's name is before its bracket
    return _carried(doc, subject)


#: Determiners that open a bare measure noun pointing back (``The rate was 69 percent``, ``this
#: number``): another word before it (a bracket, ``the objective response (CR + PR) rate``) leaves its
#: own name before it (``patterns/bare_measure_determiners.txt``).
BARE_MEASURE_DETERMINERS = "bare_measure_determiners.txt"
#: Sentences back (within the paragraph) where a bare ``the rate`` finds the outcome it refers to: the
#: sentence before, or the one before that when the sentence between names none (``75 percent had a
#: sustained viral response ... That is seen as essentially a cure. The rate was 69 percent for ...``).
CARRIED_OUTCOME_SENTENCES = 2


def _carried(doc: Doc, subject: Span) -> Found | None:
    """The outcome a bare ``the rate``/``the number`` refers to: the last lexicon outcome named in
    the nearest of the :data:`CARRIED_OUTCOME_SENTENCES` sentences before that names one, none across a paragraph."""
    sentence = sent(subject)
    for _ in range(CARRIED_OUTCOME_SENTENCES):
        if sentence.start == 0 or "\n\n" in doc[sentence.start - 1].text_with_ws:
            return None
        sentence = sent(doc[sentence.start - 1])
        mentions = [m for m in doc.spans.get("ENDPOINT_MENTION", []) if sentence.start <= m.start and m.end <= sentence.end]
        if mentions:
            return mentions[-1].label_, (subject.start_char, subject.end_char), "carried-from-sentence-before"
    return None


#: Determiners that may open the object of a verb whose value follows it (``cut the risk of X by``,
#: ``halted their tumor growth in``): the verb stands before them.
OBJECT_DETERMINERS = "object_determiners.txt"


def object_of_change(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    i = _skip_left(doc, value.start, start, word_set("approximators.txt"))
    if i - 2 <= start or doc[i - 1].lower_ not in ("by", "to"):
        return None
    phrase = noun_phrase_left(doc, i - 1, start)
    if phrase is None or phrase.start - 1 < start:
        return None
    verb = phrase.start - 1
    if doc[verb].lower_ in word_set(OBJECT_DETERMINERS):  # "cut the risk of X by": the verb is before the article
        verb -= 1
    if verb < start or doc[verb].lower_ not in word_set("change_verbs.txt"):
        return None
    return _found(phrase, "object-of-change")


#: The rules of ``patterns/numbers.jsonl`` that read any count of people, whatever its verb: the
#: subject of its clause (``Fourteen patients were still alive``), after ``in`` (``halted tumor
#: growth in 14 patients``), bare after an opening phrase naming its people (``Of the 30 patients,
#: 12 were alive``). ``facts/results.py`` keeps such a count as a result only where another rule
#: reads no value at its number and a linker of its ``OWN_CLAUSE_LINKERS`` names its outcome from
#: the count's own clause.
COUNT_OF_PEOPLE = frozenset({"count-of-people", "count-of-people-in", "count-of-people-after-scope"})
#: The rule of :data:`COUNT_OF_PEOPLE` that reads a bare count after an opening phrase naming its
#: people (``Of the 30 patients, 12 were alive``): the word after it is its verb, even one that can
#: be a noun too (``six saw their tumors shrink``).
PEOPLE_AFTER_SCOPE = "count-of-people-after-scope"
#: The word before a count of people that leaves it the same count (``in all 23 patients``).
ALL_OF_THEM = "all"
#: The tokens of ``halted growth in`` before a share of people: a verb, its object and ``in``.
MIN_EFFECT_TOKENS = 3


def effect_in_people(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    """``The drug halted tumor growth in 81 percent of patients``: a share of people after ``in``
    (or ``among``: ``described_group_prepositions.txt``) whom a verb of what the treatment did (``people_effect_verbs.txt``) and its object
    come before; named as written, the verb with its object (``halted tumor growth``), without a
    ``from`` phrase that says where the object came from (``shrank bone lesions from prostate
    cancer``: shrank bone lesions); not a bare generic word (``relieved symptoms``). The value is a share (a percentage or fraction) followed
    by the people it counts (``of patients``), or a count of people (``restored immune systems in all
    23 patients``: ``patterns/numbers.jsonl``, rules :data:`COUNT_OF_PEOPLE`)."""
    counts = value.id_ in COUNT_OF_PEOPLE
    if not counts and (value.label_ not in ("PERCENT", "FRACTION") or value.end >= stop or doc[value.end].lower_ != "of"):
        return None
    first = value.end if counts else value.end + 1
    counted = next((t for t in doc[first:min(stop, first + MAX_PEOPLE_PHRASE_TOKENS)]
                    if NOUN in classes(t.text) or t.is_punct), None)
    if counted is None or counted.lower_ not in people_words():
        return None  # "controlled cancer in half of the tumors": a share of things, not of people
    i = _skip_left(doc, value.start, start, word_set("approximators.txt") | ({ALL_OF_THEM} if counts else frozenset()))
    if i - MIN_EFFECT_TOKENS <= start or doc[i - 1].lower_ not in word_set("described_group_prepositions.txt"):
        return None
    phrase = trimmed(noun_phrase_left(doc, i - 1, start))
    if phrase is None or phrase.end != i - 1 or phrase.start - 1 < start:
        return None
    verb = phrase.start - 1
    if doc[verb].lower_ in word_set(OBJECT_DETERMINERS):
        verb -= 1
    if verb < start or doc[verb].lower_ not in word_set("people_effect_verbs.txt") \
            or not acceptable_outcome(phrase) or " ".join(t.lower_ for t in phrase) in word_set("bare_outcome_words.txt") \
            or phrase[-1].lower_ in people_words():
        return None
    origin = next((t.i for t in phrase if t.lower_ == "from" and t.i > phrase.start), None)
    end = phrase.end if origin is None else origin  # "shrank bone lesions from prostate cancer": the lesions
    return name_text(doc[verb:end].text), (doc[verb].idx, doc[end - 1].idx + len(doc[end - 1].text)), "effect-in-people"


def gapped_subject(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    """``The amount of craving was reduced by 81% and the frequency of craving by 71%``: the
    second of two changes, its verb left out, names its outcome between ``and`` and ``by``."""
    i = _skip_left(doc, value.start, start, word_set("approximators.txt"))
    if i - 2 <= start or doc[i - 1].lower_ != "by":
        return None
    phrase = noun_phrase_left(doc, i - 1, start)
    if phrase is None or phrase.start - 1 < start:
        return None
    k = phrase.start
    while k > start and doc[k - 1].lower_ in ("the", "a", "an", "their", "its"):
        k -= 1
    if k - 1 < start or doc[k - 1].lower_ not in ("and", ","):
        return None
    if not any(t.lower_ in word_set("change_verbs.txt") for t in doc[start:k]):
        return None  # the verb must have been written for the first change
    return _found(phrase, "gapped-subject")


def _past_bracketing_count(doc: Doc, i: int, start: int) -> int:
    """Where a rate written in brackets after its count begins with the count (``in 9 (12.9%)``:
    at ``9``), or ``i``. The count may name its people and its group's total, as abstracts write
    it: ``in 19 of 66 patients (28.8%)``, ``in 46 patients (93.8%)``, ``in 12/84 women (14%)``."""
    if i - 2 <= start or doc[i - 1].text not in ("(", "["):
        return i
    j = i - 2
    while j > start and i - 2 - j < MAX_COUNT_PEOPLE_TOKENS and doc[j].lower_ in people_words():
        j -= 1  # "patients", "evaluable women"
    if j - 2 > start and doc[j].like_num and doc[j - 1].lower_ == "of" and doc[j - 2].like_num:
        j -= 2  # "19 of 66"
    return j if j > start and doc[j].like_num and (j == i - 2 or doc[j + 1].lower_ in people_words() or
                                                    doc[j + 1].lower_ == "of") else i


#: The most people words between a count and the bracket that gives its rate (``46 patients (93.8%)``).
MAX_COUNT_PEOPLE_TOKENS = 2
#: The prepositions between an occurrence verb and the people it occurred in (``found in``,
#: ``seen among``): :func:`occurred_in`.
OCCURRED_IN_PREPOSITIONS = frozenset({"in", "among"})


def occurred_in(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    """``new polyps were found in 58 percent``, ``seroma occurred in 9 (12.9%) women``: the subject
    of an occurrence verb right before ``in``/``among`` and the value (or its count)."""
    i = _after_people_preposition(doc, value, start)
    if i is None:
        return None
    verb = i - 2
    if doc[verb].lower_ not in word_set("occurrence_verbs.txt"):
        return None
    # "retinopathy recurred in four infants": what happened is the recurrence of the retinopathy
    return _named_with_verb_noun(doc, _found(_subject_before(doc, verb, start), "occurred-in"), verb, "occurred-in")


def _after_people_preposition(doc: Doc, value: Span, start: int) -> int | None:
    """Where the value's people start (past a count that brackets it and approximators), when
    ``in``/``among`` (:data:`OCCURRED_IN_PREPOSITIONS`) stands right before them with a word before
    it: :func:`occurred_in` and :func:`clause_subject` read the verb before the preposition."""
    i = _skip_left(doc, _past_bracketing_count(doc, value.start, start), start, word_set("approximators.txt"))
    if i - 2 <= start or doc[i - 1].lower_ not in OCCURRED_IN_PREPOSITIONS:
        return None
    return i


def _named_with_verb_noun(doc: Doc, found: Found | None, verb: int, linker: str) -> Found | None:
    """A subject's outcome named with the noun of its verb (``outcome_verb_nouns.txt``: ``depression
    improved``, improvement of depression; ``retinopathy recurred``, recurrence of retinopathy),
    its evidence reaching to the verb; unchanged where the verb has no noun or the name ends in it."""
    noun = load_mapping("outcome_verb_nouns.txt").get(doc[verb].lower_)
    if found is None or noun is None or found[0].lower().endswith(noun):
        return found
    return f"{noun} of {found[0]}", (found[1][0], doc[verb].idx + len(doc[verb].text)), linker


#: Tokens of a circumstance between a clause's verb and the ``in`` of the value's people (``resolved
#: after one or two aspirations in 71% of patients``), at most.
MAX_CIRCUMSTANCE_TOKENS = 8
#: Participles that say how people were chosen, treated or studied (``was tested in 40 patients``):
#: no outcome happened to the subject (``patterns/people_method_participles.txt``).
METHOD_PARTICIPLES = "people_method_participles.txt"


def clause_subject(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    """``Seromas resolved after a single aspiration in 64% of women``, ``The procedure was repeated
    in 14 patients``: the subject of the clause (``seromas``, ``procedure``; a verb of
    ``outcome_verb_nouns.txt`` names it with its noun, as in :func:`occurred_in`: ``depression
    improved in 40%``, improvement of depression) whose complement holds the value after
    ``in``/``among``, its verb a past form (``-ed``, WordNet's verb) right before that preposition or
    before a circumstance that opens with a preposition of ``patterns/circumstance_prepositions.txt``
    (``after``, ``at``, ``during``); not a verb of how people were chosen or treated
    (``patterns/people_method_participles.txt``: ``was tested in``). The verbs of
    ``occurrence_verbs.txt`` right before ``in`` are :func:`occurred_in`'s. The subject is read by
    the phrase rule every linker uses (:func:`_subject_before`) and must name an outcome."""
    i = _after_people_preposition(doc, value, start)
    if i is None:
        return None
    verb = None
    for k in range(i - 2, max(start, i - 2 - MAX_CIRCUMSTANCE_TOKENS) - 1, -1):
        token = doc[k]
        if token.is_punct or token.like_num and k == i - 2:
            return None
        if token.lower_.endswith("ed") and VERB in classes(token.text) and not token.is_title \
                and (k == i - 2 or doc[k + 1].lower_ in word_set(CIRCUMSTANCE_PREPOSITIONS)):
            verb = k
            break
    if verb is None or doc[verb].lower_ in word_set(METHOD_PARTICIPLES) \
            or verb == i - 2 and doc[verb].lower_ in word_set("occurrence_verbs.txt"):
        return None
    subject = _subject_before(doc, verb, start)
    if subject is None or subject.end != _subject_end(doc, verb, start) \
            or subject.start > start and doc[subject.start - 1].lower_ in word_set(AGENT_PREPOSITIONS) \
            or _after_copula(doc, subject.start, start):
        return None
    # "depression improved in 40%", as occurred-in reads "retinopathy recurred in": the improvement of depression
    return _named_with_verb_noun(doc, _found(subject, "subject-of-clause"), verb, "subject-of-clause")


#: Words between a copula and its complement (articles, ``only``): ``patterns/copula_complement_openers.txt``.
COPULA_COMPLEMENT_OPENERS = "copula_complement_openers.txt"
#: Words between an event verb and its object (``also``, ``any``, articles): ``patterns/event_object_skips.txt``.
EVENT_OBJECT_SKIPS = "event_object_skips.txt"
#: Words between a past copula and its state (``still``, ``all``): ``patterns/state_skip_words.txt``.
STATE_SKIP_WORDS = "state_skip_words.txt"


def _after_copula(doc: Doc, i: int, start: int) -> bool:
    """Whether a copula stands before token ``i``, past articles and ``only`` (``The SLN was the
    only node affected in ...``: :data:`COPULA_COMPLEMENT_OPENERS`): the phrase is the copula's
    complement, not the clause's subject."""
    while i > start and doc[i - 1].lower_ in word_set(COPULA_COMPLEMENT_OPENERS):
        i -= 1
    return i > start and doc[i - 1].lower_ in word_set("copulas.txt")


#: Words between a subject and its verb besides auxiliaries and -ly adverbs (``was only seen``,
#: ``had still not healed``): ``patterns/subject_verb_adverbs.txt``.
SUBJECT_VERB_ADVERBS = "subject_verb_adverbs.txt"


def _subject_end(doc: Doc, verb: int, start: int) -> int:
    """The token after a subject written right before ``verb``, past its auxiliaries and adverbs
    (-ly words and ``subject_verb_adverbs.txt``); :func:`_subject_before` reads the subject from there."""
    i = verb
    while i > start and (classes(doc[i - 1].text) & {AUX} or doc[i - 1].lower_.endswith("ly")
                         or doc[i - 1].lower_ in word_set(SUBJECT_VERB_ADVERBS)):
        i -= 1
    return i


def event_after_value(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    """``26.5% of those assigned to X experiencing a cardiovascular problem``: the object of the
    first event verb after the value, with only the value's people between (no other value, no
    punctuation); or the object of a passive event (``11 percent were diagnosed with gout``, ``had
    been diagnosed with gout``: :func:`_passive_event`), unless a relative pronoun makes it say who
    the people are (``of the women who had been diagnosed with anemia``)."""
    if value.label_ == "DURATION":
        return None
    aside = people_aside(doc, value) if value.id_ in COUNT_OF_PEOPLE else None
    skipped = aside[1] + 1 - aside[0] if aside is not None else 0  # "four patients (two men, two women) had": past the bracket
    window = min(stop, value.end + MAX_PEOPLE_PHRASE_TOKENS + skipped)
    values = {t.i for t in doc[value.end:window] if t.like_num and not overlaps_span(doc, "DURATION", t.i, t.i + 1)
              and not overlaps_span(doc, "DOSE", t.i, t.i + 1)}  # those inside the aside are skipped below; a
    # duration or dose says who the people are, not another value ("of those taking X for three years got")
    if value.end < stop and NOUN in classes(doc[value.end].text) and doc[value.end].lower_ not in people_words() \
            and not doc[value.end].is_punct and doc[value.end].lower_ not in ("of", "percent") \
            and not (value.id_ == PEOPLE_AFTER_SCOPE and doc[value.end].lower_ in word_set("event_verbs.tsv:outcome")):
        return None  # "Four trials had used zinc lozenges": the value counts things, not people ("Of those, six saw ...": its people named before)
    relative = None  # the end of a relative clause that describes the people ("of the women who took the pill")
    closing = closing_mark(doc, value)  # "22 of them, or 11 percent, had a stroke": past the aside's mark
    for i in range(value.end, min(stop, value.end + MAX_PEOPLE_PHRASE_TOKENS + MAX_RELATIVE_CLAUSE_TOKENS + skipped)):
        token = doc[i]
        if aside is not None and aside[0] <= i <= aside[1]:
            continue
        if token.is_punct and token.text not in ("(", ")") and i != closing or i in values:
            return None
        if relative is None and i >= value.end + MAX_PEOPLE_PHRASE_TOKENS + skipped:
            return None  # past the people's words; only a relative clause stretches them
        threshold = _change_by_a_threshold(doc, i, stop)
        if threshold is not None:
            return _name(threshold), (threshold.start_char, threshold.end_char), "event-after-value"
        if _had_been_passive(doc, i, value.end, stop):
            continue  # "had been diagnosed with X": the passive event, read at its participle
        passive = _passive_event(doc, i, value.end, stop)
        if passive is not None:  # "11 percent were diagnosed with prostate cancer"
            if doc[passive - 1].lower_ in _RELATIVE_PRONOUNS or relative is not None \
                    or (doc[passive - 1].lower_ in word_set("have_forms.txt") and passive - 1 > value.end
                        and doc[passive - 2].lower_ in _RELATIVE_PRONOUNS):  # ("who had been diagnosed with X")
                relative = i  # "of those who were diagnosed with X": who the people are
                continue
            phrase = noun_phrase_right(doc, i + 2, stop)
            if phrase is None or phrase.start != i + 2:
                return None
            return _found(doc[phrase.start:coordinated_end(doc, phrase.end, stop, ("or",))], "event-after-value")
        if token.lower_ in word_set("event_verbs.tsv:outcome"):
            negated = _negation_start(doc, i)  # "of those who did not have surgery": the pronoun before the negation
            if negated > value.end and doc[negated - 1].lower_ in _RELATIVE_PRONOUNS and relative is None:
                relative = i  # "18% of the women who took the pill had a stroke": the main verb comes after
                continue
            if relative is not None and _inside_clause(doc, i - 1):
                continue  # "who had had diabetes", "who had never had cancer": still the clause about the people
            if i > value.end and doc[i - 1].lower_ in word_set("describing_words.txt"):
                return None  # "of those who had consumed gluten", "will have": who they are, or a forecast
            threshold = _change_by_a_threshold(doc, i + 1, stop) if i + 1 < stop else None
            if threshold is not None:  # "had lost 5 percent or more of their body weight"
                return _name(threshold), (threshold.start_char, threshold.end_char), "event-after-value"
            j = i + 1
            while j < stop and doc[j].lower_ in word_set(EVENT_OBJECT_SKIPS):
                j += 1
            j = _past_event_count(doc, j, stop)  # "experienced at least one adverse event", "had two or more falls"
            reached = _threshold_change(doc, j, stop)
            if reached is not None:  # "46 percent had a 30-percent or greater reduction in their pain severity"
                return reached
            state = None  # a participle that says the state of what they had ("had delayed healing")
            if j == i + 1 and j < stop and VERB in classes(doc[j].text):
                word = doc[j].lower_
                if word in word_set(STATE_PARTICIPLES) and j + 1 < stop and not doc[j + 1].is_punct \
                        and not classes(doc[j + 1].text) & {DET, PRON, QUANT}:
                    state = j  # "had delayed healing", "showed improved appearance of the skin": the state is named
                    j += 1
                elif word.endswith("ed") and NOUN not in classes(doc[j].text) \
                        and word in word_set("event_verbs.tsv:outcome"):
                    j += 1  # "had experienced exacerbations" (but "had a sustained response")
                elif word.endswith("ed") and NOUN not in classes(doc[j].text) \
                        or token.lower_ in word_set("have_forms.txt") and word in word_set(OWN_VERB_PARTICIPLES):
                    # "had stopped taking their pills", "had received chemotherapy", "had given up smoking": a
                    return _own_verb(doc, j)  # verb of its own, which names no outcome a mention nearby stands for
            if j < stop and doc[j].lower_ in word_set("not_outcome_openers.txt"):
                return None  # "had achieved that amount of weight loss": points back to an outcome named before
            phrase = _event_of_change(doc, noun_phrase_right(doc, j, stop, changes=True), stop)
            if phrase is not None and phrase.start >= j:
                phrase = doc[phrase.start:_to_complement_end(doc, phrase.end, start, stop)]  # "antibodies to the virus"
            if state is not None and phrase is not None and phrase.start == j:
                phrase, j = doc[state:phrase.end], state
            if phrase is not None and phrase.start >= j and _clause_after(doc, phrase.end, stop):
                return None  # "reported their ear pain dramatically reduced": a clause of its own
            if phrase is not None and phrase.start >= j:
                phrase = doc[phrase.start:coordinated_end(doc, phrase.end, stop, ("or",))]  # "a stroke, death or heart attack"
            if phrase is None or phrase.start < j or phrase.end < stop and VERB in classes(doc[phrase.end].text) \
                    and (doc[phrase.end].lower_.endswith("ed") or NOUN not in classes(doc[phrase.end].text)):
                return None  # "had their diet supplemented", "had their cancers disappear": a clause of its own
            return _verb_or_event(doc, i, value.end, _negated_event(
                doc, i, phrase, _or_verb_event(doc, phrase, stop, _found(phrase, "event-after-value"))))
    return None


#: Participles of what happened to people after a past auxiliary, before ``with``: ``patterns/passive_event_verbs.txt``.
PASSIVE_EVENT_VERBS = "passive_event_verbs.txt"
#: Adverbs that set such an event before the trial (``were previously diagnosed with``): ``patterns/prior_time_adverbs.txt``.
PRIOR_TIME_ADVERBS = "prior_time_adverbs.txt"
#: The auxiliaries of such a participle (``were diagnosed with``, ``had been diagnosed with``):
#: ``patterns/passive_event_auxiliaries.txt``.
PASSIVE_EVENT_AUXILIARIES = "passive_event_auxiliaries.txt"


def _had_been_passive(doc: Doc, i: int, floor: int, stop: int) -> bool:
    """Token ``i`` is a form of *have* (``have_forms.txt``) right before ``been`` and a passive event
    (:func:`_passive_event`: ``had been diagnosed with``, ``had been later diagnosed with``): the event
    is the participle's, not the object of ``had``."""
    if doc[i].lower_ not in word_set("have_forms.txt") or i + 2 >= stop or doc[i + 1].lower_ != "been":
        return False
    j = i + 2
    while j < stop and ADV in classes(doc[j].text) and NOUN not in classes(doc[j].text):
        j += 1  # (past the adverbs between: "had been later diagnosed")
    return j < stop and _passive_event(doc, j, floor, stop) == i + 1


def _passive_event(doc: Doc, i: int, floor: int, stop: int) -> int | None:
    """Where the auxiliary of a passive event at token ``i`` stands (``were later diagnosed with``:
    the ``were``, at ``floor`` or after it), past adverbs between them; ``None`` when token ``i`` is
    no such participle followed by ``with`` and the event's object."""
    if doc[i].lower_ not in word_set(PASSIVE_EVENT_VERBS) or i + 2 >= stop or doc[i + 1].lower_ != "with":
        return None
    k = i - 1
    while k > floor and ADV in classes(doc[k].text) and NOUN not in classes(doc[k].text) \
            and doc[k].lower_ not in word_set(PASSIVE_EVENT_AUXILIARIES):
        if doc[k].lower_ in word_set(PRIOR_TIME_ADVERBS):
            return None  # "were previously diagnosed with": who the people were before the trial
        k -= 1  # "were later diagnosed", "were eventually diagnosed"
    return k if k >= floor and doc[k].lower_ in word_set(PASSIVE_EVENT_AUXILIARIES) else None


#: Participles that, right after an event verb, say the state of what people had, and so are
#: part of its name (``had delayed healing``, ``had fractured bones``): ``patterns/state_participles.txt``.
STATE_PARTICIPLES = "state_participles.txt"
#: Participles not written with -ed that, after ``had``, are a verb of their own (``had given up
#: smoking``, ``had chosen to have surgery``): ``patterns/own_verb_participles.txt``.
OWN_VERB_PARTICIPLES = "own_verb_participles.txt"


#: What :func:`event_after_value` answers for a value whose people's verb is followed by a verb of
#: its own (``had stopped taking their pills``): no outcome, and none written nearby stands for it.
OWN_VERB = "own-verb"


def _own_verb(doc: Doc, verb: int) -> Found:
    """The answer for a value whose people did what the verb at token ``verb`` says, no outcome:
    :data:`OWN_VERB`, at the verb (:func:`names_own_verb`)."""
    return "", (doc[verb].idx, doc[verb].idx + len(doc[verb].text)), OWN_VERB


def names_own_verb(found: Found | None) -> bool:
    """Whether a linker's answer says the value's people did what a verb of its own says (:data:`OWN_VERB`)."""
    return found is not None and found[2] == OWN_VERB


#: The preposition of a complement that is part of what people had (``antibodies to the virus``).
TO_COMPLEMENT = "to"
#: Nouns of a treatment that a complement after ``to`` may name (``a response to the drug``): the
#: complement then says what caused the event, no part of its name; with the heads of
#: ``patterns/intervention_heads.txt`` (``patterns/treatment_nouns.txt``).
TREATMENT_NOUNS = ("treatment_nouns.txt", "intervention_heads.txt")


def _to_complement_end(doc: Doc, end: int, floor: int, stop: int) -> int:
    """The end of the ``to`` complement after what people had (token ``end`` on), part of its name:
    ``antibodies to Ebola virus``, ``an allergic reaction to peanuts``, ``progression to leukaemia``;
    ``end`` where none follows, where it is an infinitive (``additional medication to control their
    pain``), or where it names the treatment, people or a group (``a response to the drug``, ``a
    response to the T-cell therapy``: ``patterns/treatment_nouns.txt``, the arms and drugs the
    article names), not the event; nor after a word that compares, from token ``floor`` on, whose
    ``to`` it is (``compared the results of women who developed diabetes to those of women who did
    not``: ``patterns/compared_words.txt``)."""
    if end + 1 >= stop or doc[end].lower_ != TO_COMPLEMENT \
            or any(t.lower_ in word_set("compared_words.txt") for t in doc[floor:end]):
        return end
    first = doc[end + 1]
    if VERB in classes(first.text) and (NOUN not in classes(first.text) or end + 2 < stop
                                        and classes(doc[end + 2].text) & {DET, PRON}):
        return end  # "to control their pain", "to walk": an infinitive
    tail = noun_phrase_right(doc, end + 1, stop)
    if tail is None or tail[-1].lower_ in people_words() or _is_treatment(tail):
        return end
    return tail.end


def _is_treatment(phrase: Span) -> bool:
    """Whether a phrase names a treatment: a noun of :data:`TREATMENT_NOUNS` ends it, or an arm or
    drug the article names is in it."""
    head = phrase[-1].lower_
    if any(form in word_set(name) for form in (head, *singulars(head)) for name in TREATMENT_NOUNS):
        return True  # "a response to the ketamine infusions treatments"
    return any(m.start < phrase.end and phrase.start < m.end for m in spans(phrase.doc, "ARM_MENTION", "DRUG"))


def _clause_after(doc: Doc, end: int, stop: int) -> bool:
    """Whether an adverb and a participle follow an event's object at token ``end``: the object is
    the subject of a clause of its own (``reported their ear pain dramatically reduced``)."""
    k = end
    while k < stop and doc[k].lower_.endswith("ly") and ADV in classes(doc[k].text):
        k += 1
    return end < k < stop and doc[k].lower_.endswith("ed") and VERB in classes(doc[k].text)


#: The word that, right after an event verb, says its people had none of the event (``had no sign
#: of cancer``); the words that, right before the verb, say the event did not happen or stopped
#: (``no longer needed insulin``, ``never had a relapse``): ``patterns/event_negations.txt``.
NO_EVENT = "no"
EVENT_NEGATIONS = "event_negations.txt"


def _negated_event(doc: Doc, verb: int, phrase: Span, found: Found | None) -> Found | None:
    """The outcome an event verb's object names, with the negation that makes it its opposite kept:
    ``had no sign of cancer`` names no sign of cancer, ``no longer needed insulin`` names no longer
    needed insulin (not ``sign of cancer``, ``insulin``): a negation right after the verb (``no``) or
    right before it (``patterns/event_negations.txt``), its evidence from the negation on."""
    if found is None:
        return None
    end = found[1][1]
    if phrase.start == verb + 2 and doc[verb + 1].lower_ == NO_EVENT:
        return f"{NO_EVENT} {found[0]}", (doc[verb + 1].idx, end), found[2]
    first = _negation_start(doc, verb)
    if first < verb:
        return name_text(text_of(doc)[doc[first].idx:end]), (doc[first].idx, end), found[2]
    return found


@cache
def _negations() -> tuple[list[str], ...]:
    """The words of each negation of ``patterns/event_negations.txt``, the longest first: read once."""
    return tuple(sorted((w.split() for w in word_set(EVENT_NEGATIONS)), key=lambda words: -len(words)))


def _negation_start(doc: Doc, verb: int) -> int:
    """Where the negation written right before the event verb at ``verb`` starts (``no longer
    needed``, ``did not have``: ``patterns/event_negations.txt``); ``verb`` where none is."""
    for words in _negations():
        first = verb - len(words)
        if first >= 0 and [t.lower_ for t in doc[first:verb]] == words:
            return first
    return verb


#: Words between the percentage of a threshold change and its noun (``30-percent or greater reduction``).
THRESHOLD_CHANGE_WORDS = "threshold_change_words.txt"


def _threshold_change(doc: Doc, j: int, stop: int) -> Found | None:
    """A change by at least an amount that the value's people had or reported, from token ``j``, a
    threshold said by a bound before it or ``or greater`` after it: ``(had) a 30-percent or greater
    reduction in their pain severity``, ``(reported) at least a 50% reduction in pain``. The outcome is that change named as written, threshold and all (the share
    reaching it is the result; news-dev's gold names such responders so), without the possessive
    before what changed; None where the words at ``j`` are not such a change."""
    bound = words_at(doc, j, stop, "bound_cues.txt")
    k = bound or j
    while k < stop and doc[k].lower_ in ("a", "an"):
        k += 1
    if k + 2 >= stop or not doc[k].like_num:
        return None
    m = _skip_right(doc, k + 1, stop, word_set(THRESHOLD_CHANGE_WORDS))
    if m == k + 1 or m + 2 >= stop or doc[m].lower_ not in change_nouns() or doc[m + 1].lower_ != "in" \
            or not any(t.text == "%" or t.lower_ in ("percent", "cent") for t in doc[k + 1:m]):
        return None
    thing = trimmed(noun_phrase_right(doc, m + 2, stop))
    if thing is None or not acceptable_outcome(thing) or thing[-1].lower_ in people_words():
        return None
    tail = _threshold_tail(doc, thing.end, stop)  # "a 50 percent reduction in pain or greater"
    if bound is None and not any(t.lower_ == "or" for t in doc[k + 1:m]) and tail == thing.end:
        # "had a 78 percent reduction in hot flashes": a change they had, its size no threshold but a
        # value of its own; the share's outcome is the change, named without that size
        return doc[m].lower_ + " in " + _name(thing), (doc[m].idx, thing.end_char), "event-after-value"
    text = text_of(doc)
    name = name_text(text[doc[j].idx:doc[m].idx + len(doc[m].text)].replace(" - ", "-")) + " in " + _name(thing)
    if tail > thing.end:
        name += text[thing.end_char:doc[tail - 1].idx + len(doc[tail - 1].text)]
    return name, (doc[j].idx, doc[tail - 1].idx + len(doc[tail - 1].text)), "event-after-value"


#: Words after a change's outcome that make its size a threshold (``a 50 percent reduction in pain or
#: greater``): ``patterns/threshold_tails.txt``.
THRESHOLD_TAILS = "threshold_tails.txt"
#: The most tokens of a threshold's amount after ``of`` and its bound (``of at least 10 mmHg``).
MAX_THRESHOLD_AMOUNT_TOKENS = 3


def _threshold_tail(doc: Doc, end: int, stop: int) -> int:
    """The end of the words after a change's outcome (token ``end`` on) that make the change a
    threshold its people reached: ``or greater`` (:data:`THRESHOLD_TAILS`, ``a 50 percent reduction in
    pain or greater``), or ``of`` a bound and an amount (``a drop in systolic blood pressure of at
    least 10 mmHg``, its unit a word or a sign after the number); ``end`` where none follows."""
    after = words_at(doc, end, stop, THRESHOLD_TAILS)
    if after is not None:
        return after
    if end + 2 >= stop or doc[end].lower_ != "of":
        return end
    number = words_at(doc, end + 1, stop, "bound_cues.txt")
    if number is None or number >= stop or not doc[number].like_num:
        return end
    unit = number + 1
    while unit < stop and unit - number <= MAX_THRESHOLD_AMOUNT_TOKENS and not doc[unit].is_punct \
            and (doc[unit].text == "%" or doc[unit].lower_ in ("percent", "per", "cent") or unit == number + 1
                 and unit_of(doc[unit].text) is not None):
        unit += 1
    return unit


#: The number word of a count that means any event at all (``at least one adverse event``).
ANY_EVENT_COUNT = "one"


def _past_event_count(doc: Doc, j: int, stop: int) -> int:
    """The token after a count written from token ``j`` that means any event at all (``at least
    one``, ``one or more``: a bound of ``bound_cues.txt`` and ``one``, or ``one or more``), before
    the events it counts; ``j`` where none is. A higher count is a threshold that stays in the name
    (``three or more aspirations``), and so does an ordinal (``a second heart attack``)."""
    bound = words_at(doc, j, stop, "bound_cues.txt")
    k = bound or j
    if k + 1 >= stop or doc[k].lower_ != ANY_EVENT_COUNT:
        return j
    k += 1
    if k + 2 < stop and doc[k].lower_ == "or" and doc[k + 1].lower_ == "more":
        return k + 2
    return k if bound is not None else j


def _inside_clause(doc: Doc, i: int) -> bool:
    """Whether token ``i``, just before a verb, keeps that verb inside a clause about the people: a
    verb of its own, an auxiliary, a negation or an adverb (``who had never had``), not the noun
    that ends the clause (``who had surgery had``)."""
    return doc[i].lower_ in word_set("event_verbs.tsv:outcome") or keeps_clause(doc[i].text)


def keeps_clause(word: str) -> bool:
    """Whether ``word``, just before a verb, keeps that verb inside a clause about the people: an
    auxiliary, a negation (``NEGATIONS``) or an adverb (``who had never had``, ``who had also
    had``), not a noun that ends the clause (``who had surgery had``)."""
    found = classes(word)
    return AUX in found or word.lower() in word_set(NEGATIONS) or ADV in found and NOUN not in found


#: Words that negate the verb after them (``never``, ``not``): ``patterns/clause_negations.txt``.
NEGATIONS = "clause_negations.txt"


#: Tokens between a change verb and the ``of`` of what changed, past its threshold (``lost 5
#: percent or more of``), at most.
MAX_THRESHOLD_TOKENS = 6


def _change_by_a_threshold(doc: Doc, i: int, stop: int) -> Span | None:
    """``47 percent (had) lost 5 percent or more of their body weight``: what the value's people
    did, a change verb (``change_verbs.txt``) by at least an amount of something, is the outcome,
    named as written from the verb to the thing changed; not in a clause that describes the
    people (``of those who lost ...``)."""
    if doc[i].lower_ not in word_set("change_verbs.txt") or i == 0 \
            or doc[i - 1].lower_ in word_set("describing_words.txt") \
            or i > 1 and doc[i - 1].lower_ in word_set("event_verbs.tsv:outcome") \
            and doc[i - 2].lower_ in word_set("describing_words.txt"):
        return None
    k = _skip_right(doc, i + 1, stop, word_set("change_value_skips.txt"))
    if k >= stop or not doc[k].like_num:
        return None
    of = next((t.i for t in doc[k + 1:min(stop, k + 1 + MAX_THRESHOLD_TOKENS)] if t.lower_ == "of"), None)
    if of is None or any(t.is_punct and t.text != "%" or t.like_num for t in doc[k + 1:of]):
        return None
    thing = noun_phrase_right(doc, of + 1, stop, attach=False)
    if thing is None or not acceptable_outcome(thing) or thing[-1].lower_ in people_words():
        return None
    return doc[i:thing.end]


def _or_verb_event(doc: Doc, phrase: Span, stop: int, found: Found | None) -> Found | None:
    """``had a stroke or died``: an event and a verb that names another (``patterns/outcome_verb_nouns.txt``)
    joined by ``or`` are one outcome, ``stroke or death``; its evidence runs to the verb."""
    after = phrase.end
    if found is None or after + 1 >= stop or doc[after].lower_ != "or":
        return found
    noun = load_mapping("outcome_verb_nouns.txt").get(doc[after + 1].lower_)
    if noun is None:
        return found
    return f"{found[0]} or {noun}", (found[1][0], doc[after + 1].idx + len(doc[after + 1].text)), found[2]


def _verb_or_event(doc: Doc, verb: int, floor: int, found: Found | None) -> Found | None:
    """``died or had a heart attack``: a verb that names an outcome (``patterns/outcome_verb_nouns.txt``)
    joined by ``or`` before the event verb at token ``verb`` makes one outcome with the event, ``death
    or heart attack``; its evidence runs from the verb. The event alone where no such verb is."""
    if found is None or verb - 2 < floor or doc[verb - 1].lower_ != "or":
        return found
    noun = load_mapping("outcome_verb_nouns.txt").get(doc[verb - 2].lower_)
    if noun is None:
        return found
    return f"{noun} or {found[0]}", (doc[verb - 2].idx, found[1][1]), found[2]


#: Copulas of a trial's findings, told in the past: the present ("are still alive") states a background figure.
_PAST_COPULAS = word_set("past_copulas.txt")


def state_after_value(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    """``84% of those on X were still alive``: a state the value's people were in, after its copula,
    named by its noun (``patterns/outcome_states.txt``: survival); only the people between."""
    if value.label_ == "DURATION":
        return None
    states = load_mapping("outcome_states.txt")
    aside = people_aside(doc, value) if value.id_ in COUNT_OF_PEOPLE else None  # "(two men, two women)": read past it
    skipped = aside[1] + 1 - aside[0] if aside is not None else 0
    for i in range(value.end, min(stop, value.end + MAX_PEOPLE_PHRASE_TOKENS + skipped)):
        token = doc[i]
        if aside is not None and aside[0] <= i <= aside[1]:
            continue
        if token.is_punct or token.like_num:
            return None
        if token.lower_ in word_set("copulas.txt") or token.lower_ in _PAST_COPULAS:  # "became cancer-free"
            if i > value.end and doc[i - 1].lower_ in _RELATIVE_PRONOUNS:
                continue  # "of those who were given X were still alive": the clause says who they are
            if token.lower_ not in _PAST_COPULAS:
                return None  # "15 percent of people with lung cancer are alive at five years": a background figure
            j = i + 1
            while j < stop and doc[j].lower_ in word_set(STATE_SKIP_WORDS):
                j += 1
            free = _free_state(doc, j, stop) or _prepositional_state(doc, j, stop)
            if free is not None:  # "77 percent were seizure-free", "were in remission", "were free of disease"
                return free
            noun = states.get(doc[j].lower_) if j < stop else None
            k = j + 2 if j + 2 < stop and doc[j + 1].text == "," else j + 1
            if noun is not None:
                free = _free_of_events(doc, noun, j, k, stop)
                if free is not None:
                    return free
            if noun is None or k < stop and doc[k].lower_ in ("and", "or", "with", "without"):
                return None  # "alive and free of cancer": not survival alone
            return noun, (doc[j].idx, doc[j].idx + len(doc[j].text)), "state-after-value"
        survival = load_mapping("outcome_verbs.txt").get(token.lower_)
        free = _free_of_events(doc, survival, i, i + 1, stop) if survival is not None else None
        if free is not None:  # "69 percent had survived without a relapse"
            return free
    return None


#: States written as a preposition and a noun that people are said to be in after a copula, and
#: the outcome named for each (``were in remission``): ``patterns/prepositional_states.txt``.
PREPOSITIONAL_STATES = "prepositional_states.txt"
#: The words read after the preposition of such a state: qualifiers and the state's noun
#: (``in complete remission``).
MAX_STATE_WORDS = 3


def _prepositional_state(doc: Doc, i: int, stop: int) -> Found | None:
    """A state after a copula written with a preposition from token ``i``: a phrase of
    :data:`PREPOSITIONAL_STATES` (``were in remission``: remission; ``in complete remission``), or
    ``free of`` and the outcomes listed after it (``were free of disease``, ``remained free of
    cancer``: named as written). None elsewhere (``were in the placebo group``)."""
    states = load_mapping(PREPOSITIONAL_STATES)
    if i + 1 < stop and doc[i].lower_ in {key.split()[0] for key in states}:  # "in", "into"
        k = i + 1
        words = []
        while k < stop and k <= i + MAX_STATE_WORDS and doc[k].is_alpha:
            words.append(doc[k].lower_)
            noun = states.get(" ".join([doc[i].lower_, words[-1]]))
            if noun is not None and (len(words) == 1 or all(w in word_set("endpoint_qualifiers.txt") for w in words[:-1])):
                name = noun if len(words) == 1 else " ".join(words[:-1] + [noun])
                return name, (doc[i + 1].idx, doc[k].idx + len(doc[k].text)), "state-after-value"
            k += 1
        return None
    if i + 2 < stop and doc[i].lower_ == FREE_STATE_WORD and doc[i + 1].lower_ == "of":
        events = _event_list(doc, i + 2, stop)
        if events is not None and not any(t.lower_ in people_words() for t in events):
            return name_text(text_of(doc)[doc[i].idx:events.end_char]), (doc[i].idx, events.end_char), \
                "state-after-value"
    return None


#: The word that makes a noun before it, joined by a hyphen, a state free of it (``seizure-free``).
FREE_STATE_WORD = "free"


def _free_state(doc: Doc, i: int, stop: int) -> Found | None:
    """``seizure-free``, ``symptom-free`` at token ``i``: a state free of an outcome, named as
    written; not where a noun follows (``symptom-free days`` is a measure the noun phrase names)."""
    if i + 2 >= stop or doc[i + 1].text not in HYPHENS or doc[i + 2].lower_ != FREE_STATE_WORD \
            or doc[i].whitespace_ or doc[i + 1].whitespace_ or NOUN not in classes(doc[i].text):
        return None
    if i + 3 < stop and NOUN in classes(doc[i + 3].text) and not is_function_word(doc[i + 3].text) \
            and not doc[i + 3].is_punct:
        return None
    words = doc[i:i + 3]
    return _name(words), (words.start_char, words.end_char), "state-after-value"


#: Words that open the events a state was free of (``alive, with no progression``).
ABSENCE_OPENERS = "absence_openers.txt"


def _free_of_events(doc: Doc, noun: str, state: int, at: int, stop: int) -> Found | None:
    """``alive, with no disease progression``, ``survived without experiencing relapse or new
    lesions``: the state (or the survival a verb names) free of the events listed after
    ``without``/``with no``/``free of`` (``patterns/absence_openers.txt``), one outcome named
    ``survival without X``; its evidence from the state to the last event. None where no absence
    and no event follow."""
    opener = next((len(o.split()) for o in word_set(ABSENCE_OPENERS)
                   if [t.lower_ for t in doc[at:min(stop, at + len(o.split()))]] == o.split()), None)
    if opener is None:
        return None
    i = _skip_right(doc, at + opener, stop, word_set("event_verbs.tsv:outcome") | frozenset({"any"}))
    events = _event_list(doc, i, stop)
    if events is None:
        return None
    return f"{noun} without {_name(events)}", (doc[state].idx, events.end_char), "state-after-value"


def _event_list(doc: Doc, start: int, stop: int) -> Span | None:
    """The outcome phrases listed from token ``start``, each with its ``of`` phrase: ``progression
    of disability, relapse of symptoms or new brain lesions``; None unless one starts there."""
    first = noun_phrase_right(doc, start, stop)
    if first is None or first.start != start or not acceptable_outcome(first):
        return None
    end = first.end
    for _ in range(MAX_LISTED_EVENTS):
        at = end + 1 if end + 1 < stop and doc[end].text == "," else end
        if at < stop and doc[at].lower_ in ("or", "and"):
            at += 1
        if at == end:
            break
        item = noun_phrase_right(doc, at, stop)
        if item is None or item.start != at or not acceptable_outcome(item) or item[-1].lower_ in people_words():
            break
        end = item.end
    return doc[start:end]


#: Quotation marks a story puts around a word of an outcome it quotes (``remained “healthy”``):
#: not part of the outcome's name.
SCARE_QUOTES = "\"\u201c\u201d\u2018\u2019"
#: Words after a verb that say how well, not what (``responded very well``): ``patterns/manner_adverbs.txt``.
MANNER_ADVERBS = "manner_adverbs.txt"
#: An outcome verb and the preposition that opens what the people reacted to (``responded to
#: treatment``: the response; ``patterns/outcome_verb_complements.txt``).
OUTCOME_VERB_COMPLEMENTS = "outcome_verb_complements.txt"
#: Words that open a time phrase ending an outcome named by its verb: ``patterns/outcome_time_tails.txt``.
OUTCOME_TIME_TAILS = "outcome_time_tails.txt"


def noun_of_verb(outcome: tuple[str, tuple[int, int]]) -> tuple[str, tuple[int, int]]:
    """An outcome named by a verb alone, under the noun a curator writes for it (``died``: death,
    ``responded``: response; ``patterns/outcome_verb_nouns.txt``); its evidence stays the verb.
    An outcome named by a verb and its complement ends before a time phrase and leaves out
    quotation marks: ``remained “healthy” throughout the study`` is ``remained healthy``."""
    name, (start, end) = outcome
    words = name.split()
    cut = next((k for k, word in enumerate(words) if k and word.lower() in word_set(OUTCOME_TIME_TAILS)), None)
    if cut is not None:
        kept = " ".join(words[:cut])
        name, end = kept, start + len(kept) if name.startswith(kept) else end
    name = " ".join(w.strip(SCARE_QUOTES) or w for w in name.split())
    words = name.split()
    if len(words) > 2 and " ".join(words[:2]).lower() in word_set(OUTCOME_VERB_COMPLEMENTS):
        words = words[:1]  # "responded to treatment": what the people reacted to, not what they had
    while len(words) > 1 and words[-1].lower() in word_set(MANNER_ADVERBS):
        words.pop()  # "responded very well": how well, not what
    if len(words) < len(name.split()) and words[0].lower() in load_mapping("outcome_verb_nouns.txt"):
        name = " ".join(words)
    noun = load_mapping("outcome_verb_nouns.txt").get(name.lower())
    return (name, (start, end)) if noun is None else (noun, (start, end))


#: Verbs of leaving a trial's treatment (``patterns/leaving_verbs.txt``) and the prepositions that
#: give the harm that made people leave (``patterns/harm_cause_prepositions.txt``).
LEAVING_VERBS, HARM_CAUSE_PREPOSITIONS = "leaving_verbs.txt", "harm_cause_prepositions.txt"
#: The most words between a verb of leaving and the cause preposition (``withdrew from the study due to``).
MAX_LEAVING_WORDS = 5
#: The most words between a harm's cause preposition and the harm named (``because of a sharp rise in
#: liver enzymes``: a, sharp, rise, in).
MAX_HARM_LEAD_WORDS = 4
#: The ruler's spans that name a harm: a noun of harm (``side effects``, ``adverse events``,
#: ``toxicity``: ``patterns/safety_finding_nouns.txt``) or an outcome of the endpoint lexicon.
HARM_LABELS = ("SAFETY_MENTION", "ENDPOINT_MENTION")


def left_for_harm(doc: Doc, predicate: tuple[str, tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
    """A predicate of leaving the treatment (``dropped out``, ``stopped taking the drug``, ``withdrew
    from the study``) and the harm written after it that made the people leave (``because of side
    effects``, ``due to adverse events``, ``because of nausea``): the outcome as written, from the
    verb to the harm (a curator's ``dropped out because of side effects``); None where the predicate
    is no leaving, the cause comes more than :data:`MAX_LEAVING_WORDS` words after the verb, or no
    harm is named within :data:`MAX_HARM_LEAD_WORDS` words of it (``because they moved away``)."""
    name, (start, _) = predicate
    words = name.split()
    if not words or words[0].lower() not in word_set(LEAVING_VERBS):
        return None
    verb = doc.char_span(start, start + len(words[0]), alignment_mode="expand")
    if verb is None:
        return None
    sentence = sent(verb)
    lower = [t.lower_ for t in doc[verb.end:sentence.end]]
    causes = word_tuples(HARM_CAUSE_PREPOSITIONS)
    at = next(((k, len(c)) for k in range(min(len(lower), MAX_LEAVING_WORDS + 1)) for c in causes
               if tuple(lower[k:k + len(c)]) == c), None)
    if at is None or any(t.is_punct for t in doc[verb.end:verb.end + at[0]]):
        return None
    first = verb.end + at[0] + at[1]
    if first >= sentence.end:
        return None
    text = text_of(doc)
    for harm in spans_within(doc, *HARM_LABELS, start_char=doc[first].idx, end_char=sentence.end_char):
        between = text[doc[first].idx:harm.start_char].split()
        if len(between) > MAX_HARM_LEAD_WORDS or any(not w.isalpha() for w in between):
            return None
        return name_text(text[start:harm.end_char]), (start, harm.end_char)
    return None


def names_harm_left(doc: Doc, outcome: tuple[str, tuple[int, int]]) -> bool:
    """Whether an outcome is one :func:`left_for_harm` named: a verb of leaving, up to a harm."""
    name, (start, end) = outcome  # the name's white space normalised: its place is the outcome's own
    words = name.split()
    return bool(words) and words[0].lower() in word_set(LEAVING_VERBS) \
        and any(h.end_char == end for h in spans_within(doc, *HARM_LABELS, start_char=start, end_char=end))


#: Verbs that name an outcome with the words after them (``dropped out``, ``remained free of cancer``).
OUTCOME_PREDICATE_VERBS = "outcome_predicate_verbs.txt"


def names_outcome(verb: str) -> bool:
    """Whether a verb after a value that is its subject names an outcome: a verb named by its noun
    (``died``: ``patterns/outcome_verb_nouns.txt``) or one naming it with its complement
    (``switched to another drug``: ``patterns/outcome_predicate_verbs.txt``); ``led``, ``lost``
    and ``received`` name none."""
    word = verb.lower()
    return word in load_mapping("outcome_verb_nouns.txt") or word in word_set(OUTCOME_PREDICATE_VERBS)


#: Verbs of staying somewhere (``stayed``, ``spent``) whose length a duration measures.
STAY_VERBS = "stay_verbs.txt"
#: Places after ``in`` and the outcome the length of a stay there is (``hospital``: length of hospital stay).
STAY_PLACES = "stay_places.txt"
#: The most tokens between a verb of staying and the duration it measures (``stayed in the
#: hospital a median of``, ``spent more time in the operating room (``).
MAX_STAY_TOKENS = 9


def _place_at(doc: Doc, i: int, stop: int) -> tuple[str, int] | None:
    """The place of ``stay_places.txt`` written after ``in`` at token ``i`` and where it ends:
    (its outcome, the end token), the longest place first."""
    if i >= stop or doc[i].lower_ != "in":
        return None
    places = load_mapping(STAY_PLACES)
    longest = max(len(place.split()) for place in places)
    for end in range(min(stop, i + 1 + longest), i + 1, -1):
        outcome = places.get(" ".join(t.lower_ for t in doc[i + 1:end]))
        if outcome:
            return outcome, end
    return None


def stay_length(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    """``stayed a median of six days in the hospital``, ``stayed in the hospital for four days``,
    ``spent more time in the operating room (seven hours ...)``: a duration after a verb of
    staying (``stay_verbs.txt``) measures the stay in the place named after ``in`` right after the
    value or between the verb and the value (``stay_places.txt``, which gives the outcome's name:
    length of hospital stay, time in the operating room). No other value, and no punctuation but
    the value's own bracket, between the verb and the value."""
    if value.label_ != "DURATION":
        return None
    floor = max(start, value.start - MAX_STAY_TOKENS)
    verb = next((i for i in range(value.start - 1, floor - 1, -1) if doc[i].lower_ in word_set(STAY_VERBS)), None)
    if verb is None:
        return None
    between = doc[verb + 1:value.start]
    if any(t.like_num or t.is_punct and not (t.i == value.start - 1 and t.text in ("(", "[")) for t in between):
        return None
    place = _place_at(doc, value.end, stop)
    if place is None:
        place = next((found for i in range(verb + 1, value.start) if (found := _place_at(doc, i, value.start))), None)
    if place is None:
        return None
    outcome, end = place
    last = max(end, value.start) - 1 if end <= value.start else end - 1
    return outcome, (doc[verb].idx, doc[last].idx + len(doc[last].text)), "stay-length"


def verb_names_outcome(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    """``lived an average of 12.3 months``: a duration after a verb that names its outcome;
    ``lost an average of 9.5 kilograms``: a body mass after a verb of weight change (weight loss)."""
    if value.label_ == "PERCENT":
        return _share_of_weight_changed(doc, value, start, stop)
    mass = value.label_ == "QUANTITY" and unit_of(value[-1].text) in word_set(BODY_MASS_UNITS)
    if value.label_ != "DURATION" and not mass:
        return None
    i = _skip_left(doc, value.start, start, word_set("approximators.txt") | {"on"})
    i = _statistic_phrase_left(doc, i, start)
    i = _skip_left(doc, i, start, word_set(AVERAGE_PHRASE_WORDS))
    if i <= start:
        return None
    verb = doc[i - 1]
    if mass:  # "lost an average of 9.5 kilograms": a change of body weight, named by its verb
        outcome = load_mapping(WEIGHT_CHANGE_VERBS).get(verb.lower_)
        if outcome is None or _threshold_after(doc, value) \
                or i - 1 > start and doc[i - 2].lower_ in word_set("describing_words.txt"):
            return None  # "those who lost 15 kg": people described by their loss
        return outcome, (verb.idx, verb.idx + len(verb.text)), "verb-names-outcome"
    if verb.lower_ in word_set(DURATION_VERBS):
        return _duration_of_subject(doc, i - 1, start)
    outcome = load_mapping("outcome_verbs.txt").get(verb.lower_)
    if outcome is None:
        return None
    return outcome, (verb.idx, verb.idx + len(verb.text)), "verb-names-outcome"


#: Units of body mass (normalised, ``patterns/units.json``) whose change a verb names (``lost 12 pounds``).
BODY_MASS_UNITS = "body_mass_units.txt"
#: Verbs of a change in body mass and the outcome each names: ``lost``, weight loss
#: (``patterns/weight_change_verbs.txt``).
WEIGHT_CHANGE_VERBS = "weight_change_verbs.txt"


#: What may stand between ``of their`` and ``weight`` after a share of body weight, and whether the
#: outcome keeps it (``excess weight loss``): ``patterns/body_weight_shares.txt``.
BODY_WEIGHT_SHARES = "body_weight_shares.txt"
#: The words before the weight's modifier (``of their body weight``, ``of the excess weight``):
#: the possessives (``patterns/possessives.txt``) and ``the``.
_WEIGHT_OWNER_ARTICLE = "the"


def _share_of_weight_changed(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    """``lost an average of 7 percent of their body weight``, ``lost 64% of their excess weight``: a
    share of body weight after a verb of weight change (``patterns/weight_change_verbs.txt``) is the
    weight change it names (weight loss; excess weight loss, ``patterns/body_weight_shares.txt``).
    Only approximate words or ``an average of`` between the verb and the value: ``lost at least 5
    percent``, ``more than 5 percent``, ``5 percent or more`` are thresholds that describe people."""
    j = value.end
    if j + 2 >= stop or doc[j].lower_ != "of":
        return None
    j += 1
    if doc[j].lower_ in word_set("possessives.txt") or doc[j].lower_ == _WEIGHT_OWNER_ARTICLE:
        j += 1
    shares = load_mapping(BODY_WEIGHT_SHARES)
    kept = doc[j].lower_ if doc[j].lower_ in shares and shares[doc[j].lower_] == "keep" else None
    if doc[j].lower_ in shares:
        j += 1
    if j >= stop or doc[j].lower_ != "weight":
        return None
    i = _skip_left(doc, value.start, start, word_set("approximate_words.txt"))
    i = _skip_left(doc, _statistic_phrase_left(doc, i, start), start, word_set(AVERAGE_PHRASE_WORDS))
    if i <= start:
        return None
    verb = doc[i - 1]
    outcome = load_mapping(WEIGHT_CHANGE_VERBS).get(verb.lower_)
    if outcome is None or i - 1 > start and doc[i - 2].lower_ in word_set("describing_words.txt"):
        return None  # "those who lost 5 percent of their weight": people described by their loss
    if j + 2 < stop and doc[j + 1].lower_ == "or" and doc[j + 2].lower_ in word_set("approximators.txt"):
        return None  # "lost 5 percent of their weight or more"
    return (f"{kept} {outcome}" if kept else outcome), (verb.idx, doc[j].idx + len(doc[j].text)), "verb-names-outcome"


def _threshold_after(doc: Doc, value: Span) -> bool:
    """``those who lost 15 kg or more``: a threshold that describes people, not a change measured."""
    after = doc[value.end:value.end + 2]
    return len(after) == 2 and after[0].lower_ == "or" and after[1].lower_ in word_set("approximators.txt")


#: Words that may open the subject of ``lasted`` (``the pain``, ``their symptoms``); another function word
#: before it (``men on X lasted``) makes the phrase the object of a preposition.
SUBJECT_DETERMINERS = frozenset({"the", "a", "an", "their", "his", "her", "its", "this", "that"})
#: Verbs whose subject's length a duration after them measures (``the pain lasted 3 days``).
DURATION_VERBS = "duration_verbs.txt"


def _duration_of_subject(doc: Doc, verb: int, start: int) -> Found | None:
    """``the pain lasted 3 days``: the duration of the outcome that is the verb's subject, its
    evidence from the subject to the verb; nothing when the subject names people (``patients lasted``)."""
    end = verb - 1 if verb - 1 > start and doc[verb - 1].lower_ in _RELATIVE_PRONOUNS else verb
    # "a complete response that lasted 89 weeks": the phrase the clause describes
    subject = trimmed(noun_phrase_left(doc, end, start, attach=False))
    if not acceptable_outcome(subject) or any(t.like_num for t in subject):
        return None
    before = doc[subject.start - 1] if subject.start > start else None
    if before is not None and is_function_word(before.text) and before.lower_ not in SUBJECT_DETERMINERS:
        return None  # "men on X lasted 3 minutes": the phrase is the object of a preposition, not the subject
    return f"duration of {_name(subject)}", (subject.start_char, doc[verb].idx + len(doc[verb].text)), \
        "verb-names-outcome"


#: The linkers by the name they write to ``evidence.links``, in the order they are tried by default.
def _coordinated(doc: Doc, start: int, end: int) -> list[tuple[str, tuple[int, int]]] | None:
    """The outcomes of a coordination that shares its head, in ``doc[start:end]``: ``the clinical
    and pathological response rates`` is the clinical response rate and the pathological one."""
    for j in range(start, end):
        modifiers: list[Span] = []
        k = j
        while k < end:
            if modifiers and k + 1 < end and doc[k].is_alpha and doc[k + 1].lower_ in ("and", "or", ","):
                break  # a third modifier would need its own comma: "A, B and C rates"
            if k + 1 < end and doc[k].is_alpha and not is_function_word(doc[k].text) \
                    and doc[k + 1].lower_ in ("and", "or", ","):
                word = doc[k:k + 1]  # a modifier of the shared head: "clinical" in "clinical and pathological"
            else:
                word = noun_phrase_right(doc, k, end, attach=False)
            if word is None or word.start != k:
                break
            if len(word) > 1:  # the last member, with the shared head
                if not modifiers or doc[word.start - 1].lower_ not in word_set("coordinators.txt") \
                        or word[-1].lower_ in people_words() or not acceptable_outcome(word):
                    break  # "the letrozole and tamoxifen groups": groups, not outcomes
                first = modifiers[0]
                if first.start > start and (doc[first.start - 1].is_alpha and not is_function_word(doc[first.start - 1].text)
                                            or doc[first.start - 1].like_num or doc[first.start - 1].text == "-"):
                    # "ejection fraction decreases and congestive heart failure": two whole outcomes
                    left = noun_phrase_left(doc, first.end, start, attach=False) if len(modifiers) == 1 else None
                    if left is None or not acceptable_outcome(left) or any(t.like_num for t in left):
                        break
                    return [(name_text(left.text), (left.start_char, left.end_char)),
                            (name_text(word.text), (word.start_char, word.end_char))]
                head = word[1:]
                names = [(f"{m.text} {head.text}", (m.start_char, word.end_char)) for m in modifiers]
                names.append((word.text, (word.start_char, word.end_char)))
                return [(RATES.sub("rate", name_text(name)), offsets) for name, offsets in names]
            modifiers.append(word)
            k = word.end
            if k < end and doc[k].text == ",":
                k += 1
            if k < end and doc[k].lower_ in word_set("coordinators.txt"):
                k += 1
            elif k >= end or doc[k - 1].text != ",":
                if len(modifiers) >= 2 and doc[modifiers[-1].start - 1].lower_ in word_set("coordinators.txt") \
                        and all(acceptable_outcome(m) and NOUN in classes(m.text) for m in modifiers):
                    return [(name_text(m.text), (m.start_char, m.end_char)) for m in modifiers]  # "nausea and fatigue"
                break
    return None


def respectively_outcomes(doc: Doc, value: Span, start: int, stop: int) -> Found | None:
    """``The clinical and pathological response rates of the X group were 28.6% and 26.5%,
    respectively``: values listed against outcomes that share their head, in order."""
    sentence = sent(value)
    markers = token_positions(doc, RESPECTIVELY)
    following = bisect_left(markers, value.end)
    if following == len(markers) or markers[following] >= sentence.end:
        return None
    marker = markers[following]
    listed, items = per_sentence(sentence, f"respectively-outcomes-{marker}-{value.label_}",
                                 lambda: _listed_outcomes(doc, sentence, marker, value.label_))
    index = listed.get((value.start, value.end))
    if index is None or not items:
        return None
    name, offsets = items[index]
    return name, offsets, "respectively-outcomes"


def _listed_outcomes(doc: Doc, sentence: Span, marker: int, label: str) -> tuple[dict, list | None]:
    """The values of one kind listed before a ``respectively`` (by their token range, their index),
    and the coordinated outcomes before the first of them, when there are as many."""
    listed = sorted((s for s in doc.spans.get(label, ()) if sentence.start <= s.start and s.end <= marker),
                    key=lambda s: s.start)
    if len(listed) < 2:
        return {}, None
    items = _coordinated(doc, sentence.start, listed[0].start)
    if not items or len(items) != len(listed):
        return {}, None
    return {(s.start, s.end): i for i, s in enumerate(listed)}, items


LINKERS: dict[str, Callable[[Doc, Span, int, int], Found | None]] = {
    "respectively-outcomes": respectively_outcomes,
    "noun-after-value": noun_after_value, "stay-length": stay_length, "noun-of-value": noun_of_value, "bracket-head": bracket_head,
    "subject-of-change": subject_of_change, "carried-from-sentence-before": carried_from_sentence_before,
    "object-of-change": object_of_change, "effect-in-people": effect_in_people, "gapped-subject": gapped_subject,
    "occurred-in": occurred_in,
    "event-after-value": event_after_value, "state-after-value": state_after_value,
    "verb-names-outcome": verb_names_outcome,
}


def enclosing_phrase(doc: Doc, mention: Span) -> Span | None:
    """The noun phrase a lexicon outcome is written in, where it is longer: ``disability
    progression`` around ``progression``, ``annualized relapse rate`` around ``relapse``."""
    phrase = _enclosing_phrase(doc, mention)
    if phrase is not None and phrase.start > 0 and doc[phrase.start - 1].lower_ in word_set("not_outcome_openers.txt"):
        return None  # "that amount of weight loss": points back to an outcome named before, names no new one
    events = _changes_had(doc, phrase if phrase is not None else mention)
    return events if events is not None else phrase


def _changes_had(doc: Doc, outcome: Span) -> Span | None:
    """The changes people had in an outcome, as events, where the outcome is written after them:
    ``had short-lived increases in heart rate`` (:func:`_event_of_change`); None elsewhere."""
    sentence = sent(outcome)
    if outcome.start - 2 <= sentence.start or doc[outcome.start - 1].lower_ != "in":
        return None
    changes = noun_phrase_left(doc, outcome.start - 1, sentence.start, attach=False)
    if changes is None or changes[-1].lower_ not in change_nouns():
        return None
    verb = _skip_left(doc, changes.start, sentence.start, word_set("change_determiners.txt")) - 1
    if verb <= sentence.start or doc[verb].lower_ not in word_set("event_verbs.tsv:outcome"):
        return None
    whole = _event_of_change(doc, changes, sentence.end)
    if whole is None or whole.start != changes.start or whole.end < outcome.end:
        return None
    return trimmed(whole)


def _enclosing_phrase(doc: Doc, mention: Span) -> Span | None:
    sentence = sent(mention)
    end = mention.end
    if mention[-1].lower_ in change_nouns() and end + 1 < sentence.end and doc[end].lower_ == "in":
        changed = trimmed(noun_phrase_right(doc, end + 1, sentence.end))
        if changed is not None and acceptable_outcome(changed):
            return changed  # "greater improvement in visual disturbance": the disturbance is the outcome
    if len(mention) == 1 and mention[0].lower_ in word_set("generic_outcome_heads.txt") \
            and end + 1 < sentence.end and doc[end].lower_ == "of":
        of = noun_phrase_right(doc, end + 1, sentence.end, attach=False)
        if of is not None and of[-1].lower_ not in people_words() and acceptable_outcome(of):
            left = noun_phrase_left(doc, mention.end, sentence.start, attach=False)
            start = left.start if left is not None else mention.start
            return trimmed(doc[start:of.end])  # "symptoms of the syndrome", "episodes of low blood sugar"
    while end < sentence.end and NOUN in classes(doc[end].text) and not doc[end].is_punct \
            and not (end + 1 < sentence.end and f"{doc[end].lower_} {doc[end + 1].lower_}" in word_set(COMPOUND_PREPOSITIONS)) \
            and not doc[end].like_num and doc[end].lower_ not in people_words() and end - mention.end < 2 \
            and VERB not in classes(doc[end].text):
        end += 1
    phrase = trimmed(noun_phrase_left(doc, end, sentence.start))
    if phrase is None or phrase.start > mention.start or len(phrase) <= len(mention):
        return None
    if any(t.is_title for t in doc[phrase.start:mention.start]) and mention[0].is_title:
        return None  # "the Beck Depression Inventory": a name that holds the outcome word, not its modifiers
    return phrase if acceptable_outcome(phrase) else None


def link_outcome(doc: Doc, value: Span, linkers: Sequence[str] = tuple(LINKERS)) -> Found | None:
    """The outcome of ``value`` by the first of ``linkers`` (names of :data:`LINKERS`) that finds
    one, within the value's clause."""
    start, stop = clause_bounds(sent(value), value.start)
    for name in linkers:
        found = LINKERS[name](doc, value, start, stop)
        if found is not None:
            return None if names_own_verb(found) else found
    return None
