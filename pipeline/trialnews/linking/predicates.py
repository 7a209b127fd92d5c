"""The outcome a share of people's clause names: the predicate after the people (``predicate-of-people``).

Trial reports write what happened to a group as a share of its people and the predicate they are
the subject of: ``38% of the women (9 of 24) who finished the study had remitted``, ``61% of
X-treated women and 40% of placebo-treated women achieved a 50% reduction in pain``, ``91% of
those receiving X (95% CI, ...) compared with 80% of those receiving Y (...) were free from
recurrence``, ``Eighteen women (60%) of the group taking X did not develop neuropathy``. The
value's people run from the value to the predicate's verb, and between them a report writes what
says who the people are: their noun and its modifiers, brackets (a count, an interval, ``n = 30``),
a share's aside (``12 of the 40 women, or 30 percent, had ...``), a relative clause (``who
finished the study``, its verbs run on past auxiliaries, negations and adverbs: ``who had never had
surgery``), a participle of what they took (``receiving X``, ``treated with X``:
``patterns/people_method_participles.txt``), the group they are in, adverbs (``later``), and the
partner values of the same predicate after ``and`` or a contrast word (``compared with 80% of
those ...``). :func:`people_end` walks that span token by token; the predicate is what follows,
from its verb to the first word that ends it (punctuation, a contrast, a time phrase), named as
written by the reading :func:`trialnews.linking.values.verb_after_value` uses.

The verb opens the predicate when it is finite: a past form ending in ``-ed`` that WordNet files
as a verb (``preferred``, ``completed``; not one joined to the word before by a hyphen,
``X-treated``, nor one before the people's noun, ``the infected women``, nor one right after it
with another verb later in its clause, ``babies exposed to X experienced``), a past copula before a
participle (``were nauseated``), or a verb of ``patterns/people_predicate_verbs.txt`` (``had``,
``got``, ``became``, ``thought``, ``did``). Precision first: the value must have a known group
(its people are a group's) and be a share or count (a percentage, a fraction word, a count), a
people noun must have been read before the verb, the walk stops at a verb of saying (``said``:
``speech_verbs.txt``) and at people of both groups (``assigned to X or Y``), the predicate
names no method (``were randomized``, ``received X``: ``people_method_participles.txt`` and
``group_treatment_verbs.txt``, unless a bare adjective follows: ``got pregnant``; after ``did
not`` only a verb that names an outcome, ``did not develop X``), no object the
people's possessive opens (``reversed their condition``: ``patterns/people_possessives.txt``), no
people, no
number (one inside a hyphenated word stays: ``the 2-year course``), no name in capitals (``lived in
the United States``), and points back to nothing (``pointing_determiners.txt``: ``achieved that
goal``); a verb alone must name an outcome by itself (``relapsed``, not ``smoked``); a copula needs
a state after it, not a preposition (``went on to a second study``); a share written as a
fraction word before a bracketed rate (``more than half of the women (58%)``) leaves the predicate
to the rate; otherwise the value stays out. In news, a predicate headed by a thing is no outcome
(the check every linker's phrase passes, :func:`trialnews.linking.phrases.thing_headed`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..facts.common import HYPHENS, clause_bounds, closing_bracket, sent, words_at
from ..resources import word_set
from ..reading.kind import is_abstract
from .asides import share_of_count
from .groups import arm_mentions
from .outcomes import METHOD_PARTICIPLES, keeps_clause, names_outcome
from .phrases import counted_people_words, people_words, thing_headed
from .wordclass import ADJ, ADV, NOUN, PREP, VERB, classes, is_function_word

#: Tokens from a value to the verb of its predicate, at most (the people, a relative clause, a
#: partner value and its people, brackets).
MAX_PEOPLE_TOKENS = 40
#: Tokens of a bracket walked past between a value and its predicate (``(95% CI, 96% to 99%)``).
MAX_BRACKET_TOKENS = 20
#: Tokens of a share's aside between commas (``, or 41.5 percent,``).
MAX_ASIDE_TOKENS = 5
#: Letters of a word ending in ``-ed`` read as a regular past form, more than (``led``, ``fed``
#: are not read so; ``died`` is), and the ending of words in ``-ed`` that are no past form
#: (``need``, ``exceed``, ``proceed``).
MIN_PAST_FORM = 3
NOT_PAST_ENDING = "eed"
#: Words of a predicate named as an outcome, at most (``were free from local and regional recurrence``).
MAX_PREDICATE_WORDS = 8

#: Verbs that open a predicate of what happened to people without the ``-ed`` of a past form
#: (``had``, ``got``, ``became``, ``thought``): ``patterns/people_predicate_verbs.txt``.
PREDICATE_VERBS = "people_predicate_verbs.txt"
#: (:data:`~trialnews.linking.outcomes.METHOD_PARTICIPLES`, participles that say how people were chosen
#: or treated, ``treated``, ``randomized``, ``given``: in the people's span they describe them; after a
#: copula they are no outcome.)
#: Verbs of what people took (``received``, ``took``): a predicate they open is no outcome.
TAKING_VERBS = "group_treatment_verbs.txt"
#: Labels of the values that can be a share or count of people (``patterns/numbers.jsonl``): a
#: percentage, a fraction word, a count (``21 of 40``, ``Seven patients``).
PEOPLE_VALUE_LABELS = frozenset({"PERCENT", "FRACTION", "COUNT_OF", "EVENT_COUNT", "PEOPLE_COUNT"})
#: Verbs of saying (``said``, ``noted``): what a share of people said is reported speech, no
#: predicate of what happened to them (``patterns/speech_verbs.txt``).
SPEECH_VERBS = "speech_verbs.txt"
#: The auxiliary of a negated predicate (``did not develop X``), and the negations after it
#: (``patterns/clause_negations.txt``).
DID = "did"
NEGATIONS = "clause_negations.txt"
#: Words that point back to an outcome named before (``that goal``, ``such results``):
#: ``patterns/pointing_determiners.txt``.
POINTERS = "pointing_determiners.txt"
#: Possessives that point back to the people at the start of the predicate's object: ``patterns/people_possessives.txt``.
POSSESSIVES = "people_possessives.txt"
#: Copulas of a finding told in the past (``were``, ``was``, ``remained``).
PAST_COPULAS = "past_copulas.txt"
#: Words that join a partner value sharing the predicate (``and``) or contrast it (``compared
#: with``, ``versus``: ``patterns/contrast_words.txt``).
CONTRAST_WORDS = "contrast_words.txt"
#: Words that end a predicate named as an outcome, besides punctuation (``compared``, ``after``,
#: ``than``, ``respectively``): ``patterns/predicate_end_words.txt``.
PREDICATE_END_WORDS = "predicate_end_words.txt"

_OPENING_BRACKETS = frozenset({"(", "["})


def _share_aside_end(doc: Doc, i: int, stop: int) -> int | None:
    """The token after a share's aside between commas opened at token ``i`` (``, or 30 percent,``):
    ``or``, a number, and a closing comma within a few tokens; ``None`` elsewhere."""
    if i + 2 >= stop or doc[i + 1].lower_ != "or":
        return None
    for k in range(i + 2, min(stop, i + 2 + MAX_ASIDE_TOKENS)):
        if doc[k].text == ",":
            return k + 1 if any(t.like_num for t in doc[i + 2:k]) else None
    return None


def _glued_to_word_before(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends a hyphenated word (``denosumab-treated``): a modifier, no verb."""
    return i >= 2 and doc[i - 1].text in HYPHENS and not doc[i - 1].whitespace_ \
        and not doc[i - 2].whitespace_


def _complement(doc: Doc, i: int, end: int) -> Span:
    """The words of a predicate after its verb, past a preposition that opens them (``in cities``)."""
    if i < end and PREP in classes(doc[i].text) and is_function_word(doc[i].text):
        i += 1
    return doc[i:end]


def _bare_adjective(doc: Doc, i: int, stop: int) -> bool:
    """Whether token ``i`` is a word WordNet files only as an adjective (``pregnant``, ``worse``)."""
    if i >= stop:
        return False
    found = classes(doc[i].text)
    return ADJ in found and NOUN not in found and VERB not in found and not is_function_word(doc[i].text)


def _in_hyphenated(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is joined by a hyphen to the word after it (``2-year``): a modifier's part."""
    return i + 2 < len(doc) and doc[i + 1].text in HYPHENS and not doc[i].whitespace_ \
        and not doc[i + 1].whitespace_


def finite_verb(doc: Doc, i: int, stop: int) -> bool:
    """Whether token ``i`` can be the finite verb of a predicate about people (see the module)."""
    word = doc[i].lower_
    if doc[i].is_title and i > sent(doc[i]).start:
        return False  # "volunteers in the United States": a name's word
    if word in word_set(PREDICATE_VERBS) or word in word_set(PAST_COPULAS):
        return True
    if not word.endswith("ed") or len(word) <= MIN_PAST_FORM or word.endswith(NOT_PAST_ENDING) \
            or VERB not in classes(doc[i].text) \
            or _glued_to_word_before(doc, i):
        return False
    after = doc[i + 1].lower_ if i + 1 < stop else ""
    return after not in people_words() and after not in counted_people_words()


def people_end(doc: Doc, span: Span, stop: int) -> int | None:
    """The index of the verb of the predicate whose subject is the share of people ``span`` (see the
    module), or ``None`` when the words after the value are not only its people's."""
    if span.label_ not in PEOPLE_VALUE_LABELS:
        return None  # "150 min in patients treated with X was well tolerated": no share of people
    i = span.end
    aside = share_of_count(doc, span)
    if aside is not None:
        # "Eighteen women (60%) of the group ...", "12 of the 40 women, or 30 percent, had ...": the
        # share written after its count; the count's people are its own
        i = aside[1] + 1
        people = _names_people(doc[aside[0] - 1].lower_)  # "patients (70%)"; "20 of 38 (52%) of women": after it
    else:
        people = False
    relative = partner = in_clause = False
    while i < min(stop, span.end + MAX_PEOPLE_TOKENS):
        token = doc[i]
        word = token.lower_
        if token.text in _OPENING_BRACKETS:
            closing = closing_bracket(doc, i, min(stop, i + MAX_BRACKET_TOKENS))
            if closing is None or span.label_ == "FRACTION" and any(t.text == "%" or t.lower_ == "percent"
                                                                     for t in doc[i:closing]):
                return None  # "more than half of the women (58%) were": the bracket's rate is the value
            i = closing + 1
            continue
        if token.text == ",":
            after = _share_aside_end(doc, i, stop)
            if after is None:
                return None
            i = after
            continue
        if token.is_punct:
            if not (token.text in HYPHENS and _glued_to_word_before(doc, i + 1)):
                return None  # a clause's punctuation; only a hyphen inside a word ("X-treated") is passed
            i += 1
            continue
        contrast = words_at(doc, i, stop, CONTRAST_WORDS)
        if contrast is not None or word == "and" and i + 1 < stop and doc[i + 1].like_num:
            # "61% of X-treated women and 40% of ...", "compared with 80% of those ...": a partner's
            # value, then its people, before the predicate both share
            at = contrast if contrast is not None else i + 1
            if at >= stop or not doc[at].like_num:
                return None
            partner, relative, i = True, False, at
            while i < stop and (doc[i].like_num or doc[i].text == "%" or doc[i].lower_ in ("percent", "per", "cent")):
                i += 1
            continue
        if token.like_num:
            return None  # another value of its own
        if word in word_set("relative_pronouns.txt"):
            relative, in_clause = True, False  # "who finished the study": its verb is the clause's, not the predicate's
            i += 1
            continue
        if word in word_set(SPEECH_VERBS):
            return None  # "62% of them said their pain had eased": what they said
        if relative and VERB in classes(token.text) and not finite_verb(doc, i, stop) and i > span.end \
                and doc[i - 1].lower_ in word_set("relative_pronouns.txt"):
            relative, in_clause = False, True  # "who took X", "who got X": the clause's own verb
            i += 1
            continue
        if finite_verb(doc, i, stop) and word not in word_set(METHOD_PARTICIPLES):
            if relative or in_clause and (keeps_clause(doc[i - 1].text) or finite_verb(doc, i - 1, stop)) \
                    or _reduced_relative(doc, i, stop):
                # "who had stopped smoking", "who had never had surgery": the relative clause's verbs
                relative, in_clause = False, True
                i += 1
                continue
            if not (people or partner and _people_before(doc, span.end, i)) or not partner and _two_groups(doc, span.end, i):
                return None  # "veterans assigned to X or Y did not ...": the share is of both groups
            return i
        if _names_people(word):
            people = True
        i += 1
    return None


def _reduced_relative(doc: Doc, i: int, stop: int) -> bool:
    """Whether the past form at token ``i``, right after the people's noun, opens a clause that
    describes them (``babies exposed to X in the womb experienced ...``): another finite verb comes
    after it in its clause, after a word that does not keep it in that clause."""
    if i == 0 or not _names_people(doc[i - 1].lower_) or not doc[i].lower_.endswith("ed"):
        return False
    k = i + 1
    while k < stop:
        if doc[k].text in _OPENING_BRACKETS:  # "exposed to docosahexaenoic acid (DHA) in the womb"
            closing = closing_bracket(doc, k, min(stop, k + MAX_BRACKET_TOKENS))
            if closing is None:
                return False
            k = closing + 1
            continue
        if doc[k].is_punct and not _in_hyphenated(doc, k - 1) or doc[k].like_num:
            return False  # "patients maintained a response and 41.7 percent were ...": another value's verb
        if finite_verb(doc, k, stop) and not keeps_clause(doc[k - 1].text) and not finite_verb(doc, k - 1, stop):
            return True
        k += 1
    return False


def _two_groups(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` name two different groups (``assigned to X or Y``)."""
    labels = {m.label_ for m in arm_mentions(doc) if start <= m.start and m.end <= end}
    return len(labels) > 1


def _names_people(word: str) -> bool:
    """Whether a word (lower case) names people or a group of them (``women``, ``those``, ``group``)."""
    return word in counted_people_words() or word in people_words()


def _people_before(doc: Doc, start: int, end: int) -> bool:
    """Whether a word of tokens ``[start, end)`` names people."""
    return any(_names_people(t.lower_) for t in doc[start:end])


def predicate_span(doc: Doc, verb: int, stop: int) -> tuple[int, int] | None:
    """The tokens ``[verb, end)`` of the predicate opened at ``verb``: to the first punctuation
    (a bracket too), contrast or word of ``patterns/predicate_end_words.txt``; ``None`` when it
    is no outcome (a method, a number, people, a pointer back, too long)."""
    word = doc[verb].lower_
    if word in word_set(TAKING_VERBS) and not _bare_adjective(doc, verb + 1, stop):
        return None  # "received", "took", "got the vaccine": what they were given (not "got pregnant")
    end = verb + 1
    while end < stop and (not doc[end].is_punct or _in_hyphenated(doc, end - 1) or doc[end].is_quote) \
            and doc[end].lower_ not in word_set(PREDICATE_END_WORDS) and words_at(doc, end, stop, CONTRAST_WORDS) is None:
        end += 1  # to punctuation other than a hyphen inside a word ("the 2-year course")
    words = doc[verb:end]
    if len(words) < 2 and word in word_set(PAST_COPULAS) or len(words) > MAX_PREDICATE_WORDS:
        return None
    if any(t.is_title for t in words[1:]):
        return None  # "lived in the United States", "were seen at Mercy Hospital": a name's place, no outcome
    if any((t.like_num or any(ch.isdigit() for ch in t.text)) and not _in_hyphenated(doc, t.i) for t in words) or words[-1].lower_ in people_words() | counted_people_words():
        return None  # "were 65 or older", "were women"
    if word == DID:
        k = verb + 1
        while k < end and doc[k].lower_ in word_set(NEGATIONS):
            k += 1
        if k >= end or not names_outcome(doc[k].text):
            return None  # "did not receive the full dose": only a verb that names an outcome ("did not develop X")
    if word in word_set(SPEECH_VERBS) or any(t.lower_ in word_set(POINTERS) for t in words[1:3]):
        return None  # "achieved that goal", "saw such results": points back to an outcome named before
    if any(t.lower_ in word_set(POSSESSIVES) for t in words[1:3]):
        return None  # "reversed their condition", "saw their counts drop": what changed is named elsewhere
    if not is_abstract(doc) and thing_headed([t.text for t in _complement(doc, verb + 1, end)]):
        return None  # "lived in cities", "used the tablet": a thing (as news reads every linker's phrase)
    if len(words) == 1 and not names_outcome(word):
        return None  # "smoked", "reported": a verb alone names an outcome only when it is one ("relapsed")
    if word in word_set(PAST_COPULAS):
        k = verb + 1
        while k < end - 1 and doc[k].lower_.endswith("ly") and ADV in classes(doc[k].text):
            k += 1  # "were randomly selected"
        first = doc[k]
        if first.lower_ in word_set(METHOD_PARTICIPLES) or first.lower_ in word_set(TAKING_VERBS):
            return None  # "were randomized", "were given X"
        if is_function_word(first.text) or first.is_quote:
            return None  # "went on to the next test", "were in the X group": a place, not a state
        if not (first.lower_.endswith("ed") and VERB in classes(first.text)) and NOUN in classes(first.text) \
                and ADJ not in classes(first.text):
            return None  # "were smokers": who they were (but "were free from recurrence")
    return verb, end
