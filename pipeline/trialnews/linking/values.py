"""How a value finds its group and its outcome: the linkers, in one documented order.

A value (``55.3%``, ``17.4 months``, ``21 of 235``) is linked to:

- **its group** by :func:`link_arm`, the first linker that answers: ``both-groups`` (``Both X and
  Y had a specificity of 97 percent``: a result for each), ``every-group`` (in an abstract,
  ``The pCR rate was 41% in both arms``: a result for each of the trial's two groups,
  :func:`~trialnews.linking.groups.every_group`), ``respectively-list`` (values
  listed against groups named in the same order), ``corresponding-list`` (``a% in X and b% in Y,
  with corresponding survival rates of c% and d%``: the values after ``corresponding`` take the
  groups named before it, in order), ``side-by-side-pair`` (``8.9% versus 16.1%`` in
  the order the groups are named; in a trial of more arms, the two groups last named as compared,
  ``X versus Y``, ``randomly assigned to X or Y``), ``group-label`` (``Letrozole group: 45/120 (37.5%)``),
  ``group-next-to-value`` (the group named next to it in its clause), ``described-group`` (a
  group described, not named, next to it or in an opening phrase: ``40% of the women in the
  program``, ``the comparison group``, ``the untreated patients``; resolved to the one
  experimental arm beside inert controls or to the one control arm; in an abstract where the
  roles do not tell, ``described-group-by-sizes``: to the arm of that side among the two groups it
  gave sizes, :func:`~trialnews.linking.groups.allocated_side`), ``group-words`` (a group
  phrase whose words name an arm without its name: ``the chemo-only group``, ``the combined
  group``, ``those who did not receive X`` in a trial of two arms; :mod:`trialnews.linking.groupwords`),
  ``opening-scope`` (``Of 575
  patients who received X, 42 ...``), ``contrast-other-group`` (the other group of a two-value
  contrast), ``sole-experimental-arm`` (a one-arm trial), ``list-shares-group`` (``Headaches
  occurred in 12% and nausea in 9% of the aspirin group``; ``from 41 to 101 mg/dl in the X group``),
  ``subject-shares-group`` (``the X group had 41% fewer ... and 57% fewer ...``), ``pronoun-group``
  (``Those on X lost 6 pounds. Their blood pressure fell by 4 mmHg.``), ``carried-group`` (the
  group of the value's clause's subject however far, or of the sentence a phrase points back at:
  ``this group``, ``75 percent of them``; :mod:`trialnews.linking.carried`). The linkers are in
  :mod:`trialnews.linking.groups` and here.
- **its outcome** by :func:`link_endpoint`: the syntactic linkers of
  :mod:`trialnews.linking.outcomes` first, in the order of its ``LINKERS``
  (``respectively-outcomes``, ``noun-after-value``, ``stay-length``, ``noun-of-value``,
  ``bracket-head``, ``subject-of-change``, ``carried-from-sentence-before``, ``object-of-change``,
  ``effect-in-people``, ``gapped-subject``, ``occurred-in``, ``event-after-value``,
  ``state-after-value``, ``verb-names-outcome``); then the verb
  after a value that is its subject (``verb-after-value``), and, for a share of a group's people, the
  predicate they are the subject of past the words that say who they are (``predicate-of-people``:
  :mod:`trialnews.linking.predicates`); then the nearest lexicon outcome
  (``lexicon-nearest``), as the noun phrase it is written in where that is longer
  (``lexicon-in-phrase``); then an outcome named just before the value (``phrase-before``) or in
  front of its bracket (``bracket-head``), or, for a value of a known group after ``in``, the subject of
  its clause with its verb (``subject-of-clause``: ``Seromas resolved after one aspiration in 64%``); last, in an abstract, the noun phrase its sentence
  opens with (``sentence-subject``: ``Skin thickness was reduced in 41 cases (27%)``),
  then, for a value of a known group, what a comparison noun before it names (``difference-in``:
  ``No difference in the rate of falls was seen (4.1% ... versus 3.9% ...)``), then, for a value
  listed after a colon, the noun phrase after the verb of the lead before it
  (``lead-before-colon``: ``Forty (16%) patients reported a wound leak: 15 (12%) and 25 (20%)
  ...``), then, in an abstract, for a value of a known group in a bracket set against another, the
  phrase after ``more likely to`` before it (``likelier-pair``: ``were more likely to become
  symptom-free ... compared with the controls (67% versus 35%)``). A value after a contrast whose list parallels the list
  before it takes the outcome in the same place (``parallel-list``); a value still without an
  outcome takes its contrast or list partner's (``contrast-partner``, ``partner-outcome``; see
  ``trialnews.facts.results``).

The name of each linker that attached a value goes to its ``evidence.links`` (``{"arm":
"respectively-list", "endpoint": "occurred-in"}``), so a curator can see why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache, partial

from spacy.tokens import Doc, Span

from .asides import share_of_count
from ..reading.doctext import text_of
from ..reading.kind import is_abstract
from ..facts.common import BE_FORMS, clause_bounds, clean, closing_bracket, overlaps_span, sent, spans_starting, spans_within, state
from ..resources import load_lexicon, longest_words_first, phrase_regex, word_set
from ..scanning import StartFilteredPattern, alternation, compile_pattern
from .groups import SERIES_GAP, arm_mentions, both_groups, every_group, contrast_arm, contrasted_from, corresponding_arm, described_arm, \
    described_groups, endpoint_mentions, group_words_arm, has_respectively, labelled_arm, lead_colon, named_mentions, \
    names_both_groups, nearest_arm, negated_group, opening_phrase_commas, opening_scope_arm, paired_arm, \
    per_sentence, respectively_arm, same_kind_in_sentence, sole_experimental_arm, values_starting
from .carried import CARRIED_GROUP, CARRY_SENTENCES, carried_arm
from .outcomes import LINKERS as OUTCOME_LINKERS, clause_subject, enclosing_phrase, keeps_clause, left_for_harm, names_outcome, names_own_verb, noun_of_verb
from .outcome_score import Proposal, choose
from .predicates import people_end, predicate_span
from .ranking import named_in, ranked_endpoint
from .phrases import acceptable_outcome, noun_phrase_left, opens_cause, noun_phrase_right, not_outcome_heads, people_words, thing_headed, \
    verb_nouns
from .wordclass import ADV, AUX, COMPARATIVE, NOUN, VERB, classes, is_function_word

#: Between the two values of a ``from ... to`` change: ``to``, after at most two words of the
#: first value's unit (``from 41 mg/dl of blood to 101 mg/dl``).
_FROM_TO_GAP = compile_pattern(r"(?i)(?:\s+[a-z]+){0,2}\s+to\s+")
#: Characters before a value searched for the ``from`` of a ``from ... to`` change.
FROM_CHARS = 12
#: The ``from`` of a ``from ... to`` change, at the end of the text before its first value.
_FROM_BEFORE = compile_pattern(r"(?i)\bfrom\s*$")
#: Tokens between the last value of a list and the group named after it that the list shares.
LIST_GROUP_WINDOW = 6
#: Words right after a value (past its bracket) that open its own group's phrase (``58% with HT``).
OWN_GROUP_PREPOSITIONS = "own_group_prepositions.txt"


#: The most words read as an outcome's name before its value when the lexicon knows none.
MAX_OUTCOME_WORDS = 4


_SUBJECT_OUTCOME = compile_pattern(r"(?i)^\s*(?:(?:in|among)\s[^,]{1,60},\s*)?(?:the\s+)?(?P<name>[\w'\u2019 /-]{3,60}?)\s+"
                                   r"(?:was|were)\s+(?:observed|seen|reported|noted|found|achieved|recorded)\s+in\s+"
                                   r"(?:[\w-]+\s+){0,2}$|^\s*(?:(?:in|among)\s[^,]{1,60},\s*)?(?:the\s+)?(?P<name2>[\w'\u2019 /-]{3,60}?)"
                                   r"\s+(?:occurred|developed|was present)\s+in\s+(?:[\w-]+\s+){0,2}$")


#: Words an outcome's name never opens with (``the``, ``and``, ``another``, ``became``), read off
#: its start (``patterns/outcome_leading_words.txt``).
_LEADING_ARTICLE = compile_pattern(r"(?i)^(?:(?:"
                                   + "|".join(longest_words_first(map(re.escape, word_set("outcome_leading_words.txt"))))
                                   + r")\s+)+")
#: Words that give a thing its name inside an outcome phrase (``a cytokine called interleukin-6``):
#: the name after them is the outcome (``patterns/outcome_naming_words.txt``).
_NAMED_AS = compile_pattern(r"(?i)^.*?\s(?:"
                            + "|".join(longest_words_first(map(re.escape, word_set("outcome_naming_words.txt"))))
                            + r")\s+(?=\S)")


#: An outcome named in a value's sentence: its name and the offsets of its words.
Outcome = tuple[str, tuple[int, int]]


def outcome_at(text: str, start: int, end: int) -> Outcome | None:
    """The outcome named by ``text[start:end]``: its name (lower case unless an acronym) and the
    offsets of the words, trimmed of surrounding punctuation and leading articles."""
    raw = text[start:end]
    name = clean(raw)
    named = _NAMED_AS.match(name)  # "a pro-inflammatory cytokine called interleukin-6": interleukin-6
    name = name[named.end():] if named else name
    article = _LEADING_ARTICLE.match(name)
    name = name[article.end():] if article else name
    if not name:
        return None
    offset = raw.find(name)
    if offset < 0:
        return None
    return (name if name.isupper() else name.lower()), (start + offset, start + offset + len(name))


def _phrase_before(doc: Doc, span: Span) -> Outcome | None:
    """An outcome the lexicon does not know, named just before its value: ``wound leakage
    (11.2% ...)``, ``The 3-year event-free rates were 74.6%``."""
    text = text_of(doc)
    clause_start = doc[clause_bounds(sent(span), span.start)[0]].idx
    before = text[clause_start:span.start_char]
    subject = _SUBJECT_OUTCOME.match(before)
    if subject:  # "Nail preservation was observed in 52.4% of patients"
        group = "name" if subject.group("name") else "name2"
        found = outcome_at(text, clause_start + subject.start(group), clause_start + subject.end(group))
        return found if found and len(found[0].split()) <= MAX_OUTCOME_WORDS + 2 else None
    end = span.start
    while end > sent(span).start and (doc[end - 1].text in ("(", "[") or doc[end - 1].lower_ in word_set("outcome_gap_words.txt")):
        end -= 1
    if end == span.start:
        return None
    group_tokens = {i for m in arm_mentions(doc) for i in range(m.start, m.end + (
        m.end < len(doc) and doc[m.end].lower_ in word_set("group_name_tails.txt")))}
    start = end
    while start > sent(span).start and end - start < MAX_OUTCOME_WORDS and not doc[start - 1].is_punct \
            and doc[start - 1].lower_ not in word_set("linking_words.txt") and not doc[start - 1].like_num \
            and not doc[start - 1].is_stop and start - 1 not in group_tokens:
        start -= 1
    if start == end or not any(t.is_alpha and t.lower_ not in word_set("not_outcome_words.txt") for t in doc[start:end]) \
            or any(i in group_tokens for i in range(start, end)) \
            or all(t.lower_ in not_outcome_heads() for t in doc[start:end] if t.is_alpha):
        return None  # "The rates of X at 2 years were 87.9%": a time point, a statistic alone is no outcome
    found = outcome_at(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    if found is not None and _names_people(found[0]):
        return None  # "between the two groups (5.0% ...)": people, not an outcome
    return found


#: Verbs of leaving a trial's treatment (``patterns/leaving_verbs.txt``), verbs of :data:`_PREDICATE`.
_LEAVING_VERBS = alternation(load_lexicon("leaving_verbs.txt"))
_PREDICATE = StartFilteredPattern(compile_pattern(
    r"(?i)^\s*\)?(?:\s*\([^)]{0,40}\))?\s*,?(?:\s*(?:(?:of|in|among|on|with|from)\s+)?(?:[\w'\u2019%-]+\s+){0,12}?)?\s*(?:who\s+)?"
    r"(?:(?P<aux>had|has|have|developed|experienced|suffered|reported|showed|achieved|reached|needed|required|"
    r"underwent|maintained|were|was|did not|didn['\u2019]t)\s+(?:(?:also|still|already|only|not)\s+)?"
    r"(?P<verb>[a-z]+ed|(?<=not )[a-z]+|(?<=n't )[a-z]+|(?<=n\u2019t )[a-z]+)?|"
    rf"(?P<main>died|delivered|{_LEAVING_VERBS}|relapsed|responded|recovered|improved|"
    r"worsened|progressed|survived|lost|gained|remained|became|shrank|healed|returned|"
    r"(?:[a-z]+ly\s+)(?!(?:treated|assigned|randomi[sz]ed|allocated|enrolled|included|given|selected|"
    r"recruited|followed|studied|evaluated)\b)[a-z]+ed))\b"))


#: Characters after a value searched for the verb it is the subject of.
PREDICATE_CHARS = 120


#: ``, and`` before the verb: a new predicate of another subject (``in 23 patients, or 21%, and worsened in three``).
_NEW_CLAUSE = compile_pattern(r"(?i),\s*(?:and|but|while)\b")


#: "14 patients who also had had a brain stimulator": who they were, not what happened to them
#: (the forms of "have": ``patterns/have_forms.txt``).
_DESCRIBED = compile_pattern(rf"(?i)\bwho\s+(?:also\s+)?(?:{alternation(load_lexicon('have_forms.txt'))})\b")

#: A second relative clause straight after the first (``who had X who had Y``): no main verb found
#: (``patterns/relative_pronouns.txt``).
_RELATIVE_START = compile_pattern(rf"(?i)^\s*(?:{alternation(load_lexicon('relative_pronouns.txt'))})\b")


#: Words that end the outcome named after a value's verb.
_PREDICATE_END = compile_pattern(r"(?i)\s*(?:[,;:.()?!\u2014\u2013]|\s-\s|\b(?:compared|versus|vs|than|while|whereas|but|"
                                 r"after|during|within|by|at|over|respectively|according|because|since|when|if)\b)")


def _is_subject(doc: Doc, span: Span) -> bool:
    """Whether the value is the subject of what follows (``41.7 percent were deemed to be in
    clinical remission``, ``45% of those taking the drug had dropped out``): its outcome is named
    after it, not by the outcome of an earlier clause."""
    return _subject_predicate(doc, span) is not None


def _subject_predicate(doc: Doc, span: Span) -> tuple[str, re.Match[str]] | None:
    """The text after a value that is the subject of what follows (:func:`_is_subject`) and the
    match of its predicate there, or ``None``."""
    after = text_of(doc)[span.end_char:min(sent(span).end_char, span.end_char + PREDICATE_CHARS)]
    match = _PREDICATE.match(after)
    if match is None or _NEW_CLAUSE.search(after[:match.end()]) or _bare_copula(match):
        return None
    return after, match


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
    if match is not None and _DESCRIBED.search(after[:match.end()]):
        # "18 percent of the women who had taken the pill had a stroke": past the clause that says
        # who the people are, to the verb of what happened to them
        skipped = match.end()
        span_chars = span.end_char + skipped
        match = _PREDICATE.match(after[skipped:])
        verb_at = match.start("aux") if match is not None and match.group("aux") \
            else match.start("main") if match else 0
        before_verb = after[skipped:skipped + verb_at].split()
        if match is None or _DESCRIBED.search(after[skipped:skipped + match.end()]) \
                or _RELATIVE_START.match(after[skipped:]) or not before_verb or keeps_clause(before_verb[-1]):
            return None  # "who also had had a stimulator implanted": the clause's own verb, no main verb after it
        after = after[skipped:]
    else:
        span_chars = span.end_char
    if match is None or _NEW_CLAUSE.search(after[:match.end()]) or _bare_copula(match):
        return None
    negated = bool(match.group("aux")) and match.group("aux").lower().startswith("did")
    verb = match.group("verb") or match.group("main")
    if verb and not names_outcome(verb.split()[-1]):
        return None  # "62% led ...", "those who did not receive surgery": a verb that names no outcome
    start = match.start("aux") if negated else match.start("verb") if match.group("verb") \
        else match.start("main") if match.group("main") else match.end()  # "did not require transfusions"
    rest = after[start:]
    stop = _PREDICATE_END.search(rest)
    found = outcome_at(text_of(doc), span_chars + start, span_chars + start + (stop.start() if stop else len(rest)))
    words = found[0].split() if found else []
    if not words or len(words) > MAX_OUTCOME_WORDS + 2 or any(char.isdigit() for char in found[0]) \
            or (len(words) == 1 and words[0].lower() in word_set("not_outcome_words.txt")):
        return None
    return found


def _names_people(name: str) -> bool:
    """Whether a phrase names people rather than an outcome: ``the two groups``, ``forty patients``."""
    return name.split()[-1] in people_words()


def listed_before(doc: Doc, span: Span, values: list[Span]) -> Span | None:
    """The value of the same kind just before ``span`` in its clause, joined by ``and`` (the
    second of ``24% of those treated with X and 5% of patients treated with Y``) or the ``from``
    value of a ``from ... to`` change."""
    start, _ = clause_bounds(sent(span), span.start)
    same, index = same_kind_in_sentence(doc, span, values)
    previous = same[index - 1] if index > 0 else None
    if previous is None or previous.start < start:
        return None
    text = text_of(doc)
    if re.search(r"(?i)\band\b", text[previous.end_char:span.start_char]):
        return previous
    if changed_to(doc, previous, span):
        return previous  # "increased from 41 mg/dl to 101 mg/dl": the level after the change
    return None


def changed_to(doc: Doc, first: Span, second: Span) -> bool:
    """Whether ``second`` is the level ``first`` changed to: ``from 41 mg/dl to 101 mg/dl``."""
    text = text_of(doc)
    return first.end_char <= second.start_char and bool(_FROM_TO_GAP.fullmatch(text[first.end_char:second.start_char])) \
        and _after_from(text, first)


def _after_from(text: str, value: Span) -> bool:
    """Whether ``from`` is written just before ``value``: the first level of a ``from ... to`` change."""
    return bool(_FROM_BEFORE.search(text[max(0, value.start_char - FROM_CHARS):value.start_char]))


def listed_after(doc: Doc, span: Span, values: list[Span]) -> Span | None:
    """The value of the same kind just after ``span`` in its clause, joined by ``and``, whose
    outcome is named after it: the first of ``55% of the patients on placebo and 45% of those
    taking the drug had dropped out``; or the ``to`` value of a ``from ... to`` change."""
    _, end = clause_bounds(sent(span), span.start)
    same, index = same_kind_in_sentence(doc, span, values)
    following = same[index + 1] if 0 <= index < len(same) - 1 else None
    if following is None or following.end > end:
        return None
    text = text_of(doc)
    if re.search(r"(?i)\band\b", text[span.end_char:following.start_char]):
        return following
    if changed_to(doc, span, following):
        return following  # "rose from 41 mg/dl to 101 mg/dl in the X group": the level it changed to
    return None


#: A group linker: (doc, value, the doc's values, the trial's arms, warnings, and as keywords the
#: results component's settings, which a linker reads or ignores: ``carry_sentences``) to
#: (handled, arm). ``handled`` with no arm stops the search: the value's group is known to be
#: unknowable (a ``respectively`` list of the wrong length).
GroupLinker = Callable[..., tuple[bool, str | None]]


def _found_by(find: Callable[[Doc, Span, list[Span], list[dict]], str | None]) -> GroupLinker:
    def linker(doc: Doc, span: Span, values: list[Span], arms: list[dict], warnings: list[str],
               **settings: int) -> tuple[bool, str | None]:
        arm = find(doc, span, values, arms)
        return bool(arm), arm
    return linker


def _carried(doc: Doc, span: Span, values: list[Span], arms: list[dict], warnings: list[str], *,
             carry_sentences: int = CARRY_SENTENCES, **settings: int) -> tuple[bool, str | None]:
    """``carried-group``, reading as far back as the results component's ``carry_sentences``."""
    arm = carried_arm(doc, span, values, arms, sentences=carry_sentences)
    return bool(arm), arm


#: The name of the group linker of a value said of each group at once (``41% in both arms``):
#: a result for each (:func:`~trialnews.linking.groups.every_group`).
EVERY_GROUP = "every-group"
#: The name of the group linker of a value of two groups named together (``both groups``): a
#: result for each (:func:`~trialnews.linking.groups.both_groups`).
BOTH_GROUPS_LINKER = "both-groups"


#: The group linkers by the name they write to ``evidence.links``, in the order they are tried by default.
GROUP_LINKERS: dict[str, GroupLinker] = {
    BOTH_GROUPS_LINKER: _found_by(lambda doc, span, values, arms: next(iter(both_groups(doc, span)), None)),
    EVERY_GROUP: _found_by(lambda doc, span, values, arms: next(iter(
        every_group(doc, span, arms, state(doc).get("sample_sizes") or [])), None)),
    "respectively-list": lambda doc, span, values, arms, warnings, **settings:
        respectively_arm(doc, span, values, warnings, arms),
    "corresponding-list": lambda doc, span, values, arms, warnings, **settings: corresponding_arm(doc, span, values),
    "side-by-side-pair": lambda doc, span, values, arms, warnings, **settings: paired_arm(doc, span, values, arms),
    "group-label": _found_by(lambda doc, span, values, arms: labelled_arm(doc, span)),
    "group-next-to-value": _found_by(lambda doc, span, values, arms: nearest_arm(doc, span, values)),
    "described-group": _found_by(lambda doc, span, values, arms: described_arm(doc, span, values, arms, by_sizes=False)),
    "group-words": _found_by(group_words_arm),
    "opening-scope": _found_by(lambda doc, span, values, arms: opening_scope_arm(doc, span)),
    "contrast-other-group": _found_by(contrast_arm),
    "sole-experimental-arm": _found_by(lambda doc, span, values, arms: sole_experimental_arm(doc, span, arms, values)),
    "list-shares-group": _found_by(lambda doc, span, values, arms: _group_of_next_in_list(doc, span, values)
                                   or _group_of_list_opener(doc, span, values)),
    "subject-shares-group": _found_by(lambda doc, span, values, arms: _group_of_subject_before(doc, span, values)),
    "pronoun-group": _found_by(lambda doc, span, values, arms: _group_of_pronoun(doc, span, values)),
    CARRIED_GROUP: _carried,
}


#: The name ``described-group`` writes where the roles alone do not tell a described group's arm
#: and the sizes of the abstract's allocated pair do (:func:`~trialnews.linking.groups.allocated_side`).
DESCRIBED_BY_SIZES = "described-group-by-sizes"


def _described_by_sizes(doc: Doc, span: Span, values: list[Span], arms: list[dict]) -> str | None:
    """``described-group``'s second reading, in an abstract: the described group's arm told by the
    sizes of the two groups the abstract allocated (``61% of the treated women`` after ``randomly
    assigned to X plus Y (n = 90) or X (n = 91)``, X being no inert control; ``48% of the control
    women`` where the record holds a second control, a placebo both groups took)."""
    return described_arm(doc, span, values, arms, by_sizes=True) if is_abstract(doc) else None


#: Readings tried right after a linker of :data:`GROUP_LINKERS` that did not settle a value, each
#: written to ``evidence.links`` under a name of its own (left out with their linker).
SECOND_READINGS: dict[str, list[tuple[str, GroupLinker]]] = {
    "described-group": [(DESCRIBED_BY_SIZES, _found_by(_described_by_sizes))],
}


def link_arm(doc: Doc, span: Span, values: list[Span], arms: list[dict], warnings: list[str], *,
             linkers: Sequence[str] = tuple(GROUP_LINKERS),
             carry_sentences: int = CARRY_SENTENCES) -> tuple[str | None, str | None]:
    """(arm, linker) of a value: the first of ``linkers`` (names of :data:`GROUP_LINKERS`), or of
    their :data:`SECOND_READINGS`, that settles it; ``carry_sentences`` is how far back
    ``carried-group`` reads."""
    for name in linkers:
        for written, linker in ((name, GROUP_LINKERS[name]), *SECOND_READINGS.get(name, ())):
            handled, arm = linker(doc, span, values, arms, warnings, carry_sentences=carry_sentences)
            if handled:
                return arm, written if arm else None
    return None, None


#: Between two items of a list of outcomes with their values in brackets: ``), vomiting (``,
#: ``), and grade 3 diarrhea (``, ``) and fatigue (``, ``) and free testosterone (- `` (a few words, no
#: other bracket or clause; a sign may open the value).
_ITEM_GAP = compile_pattern(r"(?i)^\s*[)\]]\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:[\w'/+-]+\s+){0,5}[\w'/+-]+\s*[(\[]\s*[-+\u2212\u2013]?\s*$")


def _next_joined(doc: Doc, span: Span, values: list[Span], gap: re.Pattern[str]) -> Span | None:
    """The next value of ``span``'s kind in its clause, when only what ``gap`` matches lies between
    them; or ``None``."""
    same, index = same_kind_in_sentence(doc, span, values)
    if not 0 <= index < len(same) - 1:
        return None
    following = same[index + 1]
    _, end = clause_bounds(sent(span), span.start)
    if following.end > end or not gap.match(text_of(doc)[span.end_char:following.start_char]):
        return None
    return following


#: The value of the next item of a list of outcomes each with its value in brackets
#: (``neutropenia (36%), vomiting (20%)``), or ``None``.
_next_item = partial(_next_joined, gap=_ITEM_GAP)
#: The next number of a series joined by commas, perhaps with ``and``/``or``
#: (:data:`~trialnews.linking.groups.SERIES_GAP`): ``mild itching was seen in 5, 12, and 20% of the
#: cream group`` (the unit written once, after the last number: one value per time point of one
#: group), or ``5%, 12%, and 20%``; or ``None``.
_next_in_series = partial(_next_joined, gap=SERIES_GAP)


def _previous_item(doc: Doc, span: Span, values: list[Span]) -> Span | None:
    """The value of the item before ``span``'s in a list of outcomes each with its value in
    brackets (``nausea (10%), headache (8%)``), or ``None``."""
    same, index = same_kind_in_sentence(doc, span, values)
    if index < 1:
        return None
    previous = same[index - 1]
    start, _ = clause_bounds(sent(span), span.start)
    if previous.start < start or not _ITEM_GAP.match(text_of(doc)[previous.end_char:span.start_char]):
        return None
    return previous


def _group_of_list_opener(doc: Doc, span: Span, values: list[Span]) -> str | None:
    """``The most common adverse events in the X group were nausea (10%), headache (8%) and
    dizziness (5%)``: a value in brackets after its outcome, in a list of such items, takes the
    group of the list's first value when that group is named before the list and is the only
    group the sentence names (no ``respectively`` or both-groups sentence)."""
    if span.start == 0 or doc[span.start - 1].text not in ("(", "["):
        return None
    sentence = sent(span)
    if has_respectively(sentence) or names_both_groups(sentence):
        return None
    first = span
    while (previous := _previous_item(doc, first, values)) is not None:
        first = previous
    if first is span or doc[first.start - 1].text not in ("(", "["):
        return None
    named = spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end)
    if len({m.label_ for m in named}) != 1 or any(m.end > first.start for m in named):
        return None
    if any(m.end == first.start - 1 for m in named):
        return None  # "patients using X (23%) and Y (31%)": the first bracket is a group's, so are the others
    group = nearest_arm(doc, first, values)
    return group if group == named[0].label_ else None


#: A list step that crosses a group's name: the list ends before it.
_OWN_GROUP = object()


def _list_step(doc: Doc, span: Span, values: list[Span]) -> Span | object | None:
    """The next value of ``span``'s list, :data:`_OWN_GROUP` when a group is named before it
    (``12% in the X group and 9% ...``), or described (``61% of the treated women and 48% of the
    control women``: :func:`~trialnews.linking.groups.described_groups`, whether or not its arm
    can be told), or ``None``."""
    step = listed_after(doc, span, values) or _next_item(doc, span, values) or _next_in_series(doc, span, values)
    if step is not None and any(t.lower_ in word_set("group_nouns.txt") for t in doc[span.end:step.start]):
        return _OWN_GROUP
    if step is not None:
        sentence = sent(span)
        found = per_sentence(sentence, "described-groups", lambda: described_groups(sentence))
        if any(span.end <= start and stop <= step.start for start, stop, _ in found):
            return _OWN_GROUP
    return step


def _continues_list(doc: Doc, current: Span, step: Span) -> bool:
    """Whether the list of ``current`` goes on to ``step``: no group named between them (``76, 83 and
    74% for X and 90% for Y``) and no bracket left or entered (``(fatigue 31%, pain 11%) and 11% in
    arm B``), but an aside closed between them or the brackets items' values are written in."""
    between = text_of(doc)[current.end_char:step.start_char]
    if any(current.end <= m.start < step.start for m in named_mentions(doc, sent(step))):
        return False
    after = _past_aside(doc, current.end, step.start)
    if after < step.start and doc[after].lower_ in word_set(OWN_GROUP_PREPOSITIONS):
        return False  # "58% (95% CI 45-69) with HT and 64% with X": a group of its own, named or not
    return _ITEM_GAP.match(between) is not None or _balanced(between)


def _balanced(text: str) -> bool:
    """Whether every bracket of ``text`` closes in it (an aside, ``(95% CI 12 to 30)``), none left open or closed."""
    depth = 0
    for sign in text:
        depth += (sign in "([") - (sign in ")]")
        if depth < 0:
            return False
    return depth == 0


def _list_end(doc: Doc, span: Span, values: list[Span]) -> Span:
    """The last value of the list ``span`` is in, from ``span`` on ("nausea (12%) and diarrhea (17%)
    in the X arm and ...": the list ends at its group); each value's answer kept for the sentence,
    so a long list is walked once."""
    ends: dict[tuple[int, int], Span] = per_sentence(sent(span), f"list-ends-{id(values)}", dict)
    walked = [span]
    while (walked[-1].start, walked[-1].end) not in ends and (step := _list_step(doc, walked[-1], values)) is not None \
            and step is not _OWN_GROUP and _continues_list(doc, walked[-1], step):
        walked.append(step)
    last = ends.get((walked[-1].start, walked[-1].end), walked[-1])
    for each in walked:
        ends[(each.start, each.end)] = last
    return last


def _group_of_next_in_list(doc: Doc, span: Span, values: list[Span]) -> str | None:
    """``Headaches occurred in 12% and nausea in 9% of the aspirin group``, ``neutropenia (36%),
    vomiting (20%) and nausea (16%) in the X arm``: a value that names no group takes the group
    named right after the last value of its list (items joined by ``and``, or outcomes with their
    values in brackets joined by commas)."""
    step = _list_step(doc, span, values)
    if step is None or step is _OWN_GROUP:
        return None  # "88% in the experimental arm and 86% in the control arm": the value names its own group
    if not _continues_list(doc, span, step):
        return None  # "(cough 22%, anaemia 6%) and 9% in arm B": the bracket's values are arm A's
    following = _list_end(doc, step, values)
    sentence = sent(following)
    _, end = clause_bounds(sentence, following.start)
    named = spans_starting(doc, "ARM_MENTION", start=following.end, end=end)
    if not named or named[0].start - _past_aside(doc, following.end, named[0].start) > LIST_GROUP_WINDOW:
        return None
    if any(v is not following for v in values_starting(values, following.end, named[0].start)):
        return None
    return nearest_arm(doc, following, values)


def _past_aside(doc: Doc, start: int, end: int) -> int:
    """The token after the bracket that opens at ``start`` and closes before ``end`` (a value's own
    interval: ``31% (16 to 46) in the X group``), or ``start`` where no bracket opens there: the
    words between a list and its group are counted past the last value's aside."""
    if start >= end or doc[start].text not in ("(", "["):
        return start
    close = closing_bracket(doc, start, end)
    return start if close is None else close + 1


#: Words that start a clause about other people between two values (``while``, ``but``).
SUBJECT_SWITCH_WORDS = "subject_switch_words.txt"
#: Words right after a value that say whose share it is (``12% of those ...``): a group of its own.
OWN_PEOPLE_AFTER = "own_people_after.txt"


def _group_of_subject_before(doc: Doc, span: Span, values: list[Span]) -> str | None:
    """``Women in the X group had 41% fewer hot flashes at six weeks and 57% fewer at 12 weeks``,
    ``those on X had a 20% gain in A, and their B fell by 10%``: a value that names no group, in
    a predicate joined by ``and`` to the one of the value before it (``listed_before``), shares
    that value's group when the group is the subject named before both: no group is named between
    the two values, nor a contrast (``compared with``, not one with the start of the trial) or a
    clause about other people (``while``, ``but``: ``subject_switch_words.txt``), and the value
    does not count people of its own (``12% of ...``)."""
    previous = listed_before(doc, span, values)
    if previous is None or span.end < len(doc) and doc[span.end].lower_ in word_set(OWN_PEOPLE_AFTER):
        return None
    if span.start > 0 and doc[span.start - 1].text in ("(", "["):
        return None  # "laquinimod (23%) and teriflunomide (31%)": a bracket is the word's before it
    sentence = sent(previous)
    if has_respectively(sentence) or names_both_groups(sentence):
        return None  # a list in order, or a sentence about both groups: not one subject's
    if span.start - 1 > previous.end and doc[span.start - 1].text[:1].isupper():
        return None  # "61% with AC and AD 66%": a name of its own right before the value
    mentions = arm_mentions(doc)
    if any(previous.end <= m.start < span.start for m in mentions):
        return None
    before = [m for m in mentions if sentence.start <= m.start and m.end <= previous.start]
    if not before or len({m.label_ for m in before}) > 1:
        return None  # "a difference between the X and Y groups of 5% and ...": no one subject
    group = nearest_arm(doc, previous, values)
    if group is None or before[-1].label_ != group or contrasted_from(doc, group, sentence.start, span):
        return None
    between = [t.lower_ for t in doc[previous.end:span.start]]
    if any(word in word_set(SUBJECT_SWITCH_WORDS) and following not in word_set(GROUP_PRONOUNS)
           for word, following in zip(between, [*between[1:], ""])):
        return None  # (", while their diastolic pressure dropped by 3 mmHg": the same people)
    return group


#: Pronouns that refer to the people of a group named before (``they``, ``their``).
GROUP_PRONOUNS = "group_pronouns.txt"
#: Verbs after ``they`` that make it the trial's team, not its patients (``They found that ...``).
TEAM_PRONOUN_VERBS = "team_pronoun_verbs.txt"
#: The most sentences read back from a sentence opened by a pronoun for the group it refers to
#: (``Those on X lost 6 pounds. Their waists shrank. Their blood pressure fell by 4 mmHg.``).
PRONOUN_SENTENCES_BACK = 3
#: The most tokens of an opening phrase before a sentence's pronoun (``After six months, their ...``).
PRONOUN_OPENING_TOKENS = 6


def _opening_pronoun(doc: Doc, sentence: Span) -> int | None:
    """The index of the group pronoun a sentence opens with, itself or after an opening phrase
    closed by a comma (``After six months, their ...``); ``They found ...`` is the team's."""
    start = sentence.start
    while start < sentence.end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    if start < sentence.end and doc[start].lower_ not in word_set(GROUP_PRONOUNS):
        comma = next((i for i in range(start, min(sentence.end, start + PRONOUN_OPENING_TOKENS + 1))
                      if doc[i].text == ","), None)
        start = comma + 1 if comma is not None else sentence.end
    if start >= sentence.end - 1 or doc[start].lower_ not in word_set(GROUP_PRONOUNS):
        return None
    after = doc[start + 1:min(sentence.end, start + 4)].text.lower()
    if any(after == verb or after.startswith(verb + " ") for verb in word_set(TEAM_PRONOUN_VERBS)):
        return None
    if doc[start + 1].lower_ in people_words():
        return None  # "Their children had fewer colds": other people
    return start


def _group_of_pronoun(doc: Doc, span: Span, values: list[Span]) -> str | None:
    """``Those on the diet lost 6 pounds. Their systolic pressure dropped by 4.5 mmHg.``: a value
    in a sentence that names no group and opens with ``they`` or ``their`` (``group_pronouns.txt``;
    not ``They found ...``) takes the group the sentence before names as its subject: its only
    group, named before any value of it, with no contrast or clause about other people in it
    (``compared with``, ``while``). Read back past sentences opened by a pronoun in their turn."""
    sentence = sent(span)
    pronoun = _opening_pronoun(doc, sentence)
    if pronoun is None or pronoun > span.start or span.end < len(doc) and doc[span.end].lower_ in word_set(OWN_PEOPLE_AFTER):
        return None
    mentions = arm_mentions(doc)
    if any(sentence.start <= m.start < sentence.end for m in mentions):
        return None
    earlier = sentence
    for _ in range(PRONOUN_SENTENCES_BACK):
        if earlier.start == 0:
            return None
        earlier = sent(doc[earlier.start - 1])
        named = [m for m in mentions if earlier.start <= m.start < earlier.end]
        if named:
            break
        if _opening_pronoun(doc, earlier) is None:
            return None
    else:
        return None
    if len({m.label_ for m in named}) != 1 or any(negated_group(doc, m) for m in named):
        return None
    if any(earlier.start <= v.start < named[0].start for v in values):
        return None  # "45% of ... in the X group": the group is not the sentence's subject
    read = earlier[1:] if _opens_with_its_group_clause(doc, earlier, named) else earlier
    words = {t.lower_ for t in read} | {" ".join(t.lower_ for t in pair) for pair in zip(read, read[1:])}
    if words & (word_set(SUBJECT_SWITCH_WORDS) | word_set("contrast_words.txt")):
        return None
    return named[0].label_


def _opens_with_its_group_clause(doc: Doc, sentence: Span, named: list[Span]) -> bool:
    """Whether a sentence opens with a word that starts a clause (``While``, ``Although``:
    ``subject_switch_words.txt``) and names no people but the one group's: ``While the same pattern
    was seen in the placebo group, it was less pronounced.`` sets no other people beside that group
    (``..., while the others gained weight`` does)."""
    first = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    if first is None or first.lower_ not in word_set(SUBJECT_SWITCH_WORDS):
        return False
    own = {i for m in named for i in range(m.start, m.end + 1)}  # a mention and its tail ("the placebo group")
    return not any(t.lower_ in people_words() for t in sentence if t.i not in own)


def links(**linkers: str | None) -> dict[str, str]:
    return {slot: linker for slot, linker in linkers.items() if linker}


#: What an endpoint linker finds: the lexicon mention the value measures, or an outcome phrase.
Linked = tuple[Span | None, Outcome | None]
#: An endpoint linker: (doc, value, its arm) to what it links, or ``None``.
EndpointLinker = Callable[[Doc, Span, str | None], Linked | None]


def _syntactic(name: str) -> EndpointLinker:
    """The syntactic linker ``name`` of :mod:`trialnews.linking.outcomes`, its phrase resolved to a
    known endpoint where it names one."""
    def linker(doc: Doc, span: Span, arm: str | None) -> Linked | None:
        start, stop = clause_bounds(sent(span), span.start)
        found = OUTCOME_LINKERS[name](doc, span, start, stop)
        return None if found is None or names_own_verb(found) else _resolved(doc, span, found)
    return linker


def _resolved(doc: Doc, span: Span, found: tuple[str, tuple[int, int], str]) -> Linked | None:
    name, offsets, linker = found
    if linker == "carried-from-sentence-before":
        return None, (name, offsets)  # "The rate was 69 percent": the outcome named just before
    if name.lower() != text_of(doc)[offsets[0]:offsets[1]].lower():
        # an outcome named by its verb ("lived" is survival): the article's own name for it where
        # it has one with at most light modifiers ("overall survival", not "progression-free survival")
        named = [m for m in endpoint_mentions(doc) if m.start < span.start and m.label_.lower().split()[-1:] == [name]
                 and all(word in word_set("light_modifiers.txt") for word in m.label_.lower().split()[:-1])]
        return (named[-1], None) if named else (None, (name, offsets))
    mention = _mention_named(doc, offsets)
    if mention is not None:
        return mention, None
    trimmed = _without_groups(doc, offsets)
    return (None, trimmed) if trimmed is not None else None


#: Where a doc keeps the values (keys ``"start:end"``, as :data:`ABSTAINED`) whose outcome
#: :func:`verb_after_value` read as the harm people left the trial for (:func:`left_for_harm`); their
#: record names the linker :data:`LINK_LEFT_FOR_HARM` (:func:`written_linker`).
LEFT_FOR_HARM_VALUES = "trialnews_left_for_harm"
#: The linker name (``evidence.links["endpoint"]``) of a count of people who left for a harm.
LINK_LEFT_FOR_HARM = "verb-after-value:left-for-harm"


def written_linker(doc: Doc, span: Span, linker: str | None) -> str | None:
    """The endpoint linker a record names for ``span``: ``verb-after-value`` is
    :data:`LINK_LEFT_FOR_HARM` where its outcome is the harm the people left for (``Two men dropped
    out because of side effects``), so that the results this reader made can be told and audited."""
    if linker == "verb-after-value" and f"{span.start_char}:{span.end_char}" in doc.user_data.get(LEFT_FOR_HARM_VALUES, {}):
        return LINK_LEFT_FOR_HARM
    return linker


def verb_after_value(doc: Doc, span: Span, arm: str | None) -> Linked | None:
    """``7 percent of the patients getting X dropped out of the trial``: a value that is the subject
    of a verb measures what the verb says (the known outcome it names, where there is one). A
    count of people needs no group for it (``Three participants died``, ``Five of the 60 men
    relapsed``) when the verb names its outcome alone (``patterns/outcome_verb_nouns.txt``: died,
    responded, relapsed, ...) or names a known endpoint: its rule read the verb as what happened to
    them, and in a record of one arm the count is the whole trial's; a percentage needs its group
    (``62% said ...`` of a survey), and a predicate of more words its group too (``three patients
    had electrodes implanted``)."""
    key = f"{span.start_char}:{span.end_char}"
    doc.user_data.get(LEFT_FOR_HARM_VALUES, {}).pop(key, None)  # set again below if this reading finds a harm
    aside = share_of_count(doc, span)
    if aside is not None:  # "14 of them - or 35 per cent - improved": the share of a count, read past its aside
        span = doc[span.start:aside[1] + 1]
    if not (arm or span.label_ in COUNT_LABELS or aside is not None) or not _is_subject(doc, span):
        return None
    predicate = _predicate_after(doc, span)
    if predicate is None:
        return None
    start, end = predicate[1]
    known = spans_within(doc, "ENDPOINT_MENTION", start_char=start, end_char=end)
    verb = doc.char_span(start, end, alignment_mode="expand")
    if known and verb is not None and opens_cause(doc, known[0].start, verb.start):
        known = []  # "died from a heart attack", "discontinued due to pregnancy": the known outcome is the
        # cause of what the verb names, and the outcome is the predicate as written (a curator's
        # "death from heart attack"), not the cause alone
    if known:  # "were deemed to be in clinical remission"
        return known[0], None
    written = predicate
    predicate = _before_groups(doc, predicate)
    if predicate is None or _no_outcome_name(predicate[0]):
        return None
    named = noun_of_verb(predicate)
    harm = left_for_harm(doc, written) if not arm or arm == WHOLE_TRIAL or span.label_ in COUNT_LABELS else None
    if harm is not None:  # "Two participants dropped out because of side effects": the leaving and its harm
        doc.user_data.setdefault(LEFT_FOR_HARM_VALUES, {})[key] = True  # its record names this reader
        return None, harm
    if not arm and named[0].lower() not in verb_nouns():
        return None  # with no group, only a verb that names its outcome alone ("died", "responded"):
        # "had X implanted", "died of brain swelling" after another trial's name are not read so
    return None, named


def subject_of_clause(doc: Doc, span: Span, arm: str | None) -> Linked | None:
    """``Seromas resolved after a single aspiration in 64% of women`` (resolution of seromas): for a value of a known group
    after ``in``, the subject of its clause named with its verb (:func:`~trialnews.linking.outcomes.clause_subject`),
    tried after the outcome named just before the value (``phrase-before``), which names the
    subject alone where it reads it."""
    if not arm:
        return None
    start, stop = clause_bounds(sent(span), span.start)
    found = clause_subject(doc, span, start, stop)
    return _resolved(doc, span, found) if found is not None else None


def predicate_of_people(doc: Doc, span: Span, arm: str | None) -> Linked | None:
    """``38% of the women (9 of 24) who finished the study had remitted``, ``61% of X-treated women
    and 40% of placebo-treated women preferred the app``: the predicate a share of a group's people
    is the subject of, past the words that say who the people are (their noun, brackets, a share's
    aside, a relative clause, what they took, partner values of the same predicate:
    :mod:`trialnews.linking.predicates`), named as written from its verb to the first word that ends
    it, without an auxiliary before a participle (``had remitted``: remission); the known outcome
    it names, where there is one. Only for a value of a known group: what a share of all of a
    story's people did is as often a trait or a method as an outcome."""
    if not arm or arm == WHOLE_TRIAL:
        return None
    _, stop = clause_bounds(sent(span), span.start)
    verb = people_end(doc, span, stop)
    extent = predicate_span(doc, verb, stop) if verb is not None else None
    if extent is None:
        return None
    first, end = extent
    if end - first >= 2 and doc[first].lower_ in word_set(BE_FORMS) | word_set("have_forms.txt") \
            and not is_function_word(doc[first + 1].text):  # "had to stop treatment": kept whole
        first += 1  # "had remitted", "were nauseated or vomited": the participle names what happened
    start_char, end_char = doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)
    known = spans_within(doc, "ENDPOINT_MENTION", start_char=start_char, end_char=end_char)
    if known and not opens_cause(doc, known[0].start, first):
        return known[0], None
    written = outcome_at(text_of(doc), start_char, end_char)
    found = _before_groups(doc, written) if written is not None else None
    if found is None or not found[0] or _no_outcome_name(found[0]):
        return None
    if found[1][1] < written[1][1] and NOUN not in classes(found[0].split()[-1]):
        return None  # "opted to undergo the implant procedure": cut before a group's name, a verb with no object
    return None, noun_of_verb(found)


#: Labels of values that count people or events (``patterns/numbers.jsonl``): ``EVENT_COUNT``
#: (``Three participants died``), ``COUNT_OF`` (``five of the 60 men``).
COUNT_LABELS = frozenset({"EVENT_COUNT", "COUNT_OF"})


#: Words that open no outcome's name: a pointer back (``reached that goal``, ``saw such results``,
#: ``the same reduction``) or a negation (``didn't drink``) (``patterns/not_outcome_openers.txt``).
NOT_OUTCOME_OPENERS = "not_outcome_openers.txt"


def _no_outcome_name(name: str) -> bool:
    """Whether a predicate's words cannot name an outcome: they open with a word pointing back to
    something named before, or hold a negation."""
    words = name.lower().replace("\u2019", "'").split()
    return not words or words[0] in word_set(NOT_OUTCOME_OPENERS) or any(w.endswith("n't") for w in words)


def _nearest_lexicon(doc: Doc, span: Span) -> Span | None:
    """The lexicon outcome a value measures, ranked by :func:`trialnews.linking.ranking.ranked_endpoint`
    (:func:`endpoint_proposals` ranks it once per value and hands it to both linkers that read it,
    :data:`LEXICON_READERS`)."""
    subject = _subject_predicate(doc, span)
    return ranked_endpoint(doc, span, after_first=span.label_ in COUNT_LABELS or subject is not None,
                           own_predicate=_own_predicate_words(*subject) if subject else ())


#: What ends a value's own predicate for :func:`_own_predicate_words`: punctuation of its clause.
_PREDICATE_PUNCT = compile_pattern(r"[,;:.()?!\u2014\u2013]")
#: A word of a predicate, lower-cased (``had``, ``hpv``, ``12``).
_PREDICATE_WORD = compile_pattern(r"[a-z0-9]+")


def _own_predicate_words(after: str, match: re.Match[str]) -> tuple[str, ...]:
    """The words of the predicate of a value that is its subject (``after`` and ``match``:
    :func:`_subject_predicate`), from its verb to the first punctuation of its clause; none where
    the predicate points back to an outcome named before (``achieved it``, ``saw such results``:
    ``patterns/not_outcome_openers.txt``, not people) or ends in a bare generic word that stands for
    one (``had at least one event``: ``patterns/bare_outcome_words.txt``)."""
    verb_at = match.start("aux") if match.group("aux") else match.start("main") if match.group("main") else match.end()
    predicate = _PREDICATE_PUNCT.split(after[verb_at:], maxsplit=1)[0]
    words = tuple(_PREDICATE_WORD.findall(predicate.lower()))
    if not words or any(word in _pointer_words() for word in words) or words[-1] in word_set(BARE_OUTCOME_WORDS):
        return ()
    return words


@cache
def _pointer_words() -> frozenset[str]:
    """Words that point back to an outcome named before (``it``, ``such``: ``patterns/not_outcome_openers.txt``),
    people words left out."""
    return word_set(NOT_OUTCOME_OPENERS) - people_words()


def _in_phrase(doc: Doc, endpoint: Span | None) -> Linked | None:
    """A value's nearest lexicon outcome (``endpoint``) as the whole noun phrase it is written in."""
    whole = enclosing_phrase(doc, endpoint) if endpoint is not None else None
    if whole is None or _mention_named(doc, (whole.start_char, whole.end_char)) is not None:
        return None
    trimmed = _without_groups(doc, (whole.start_char, whole.end_char))
    return (None, trimmed) if trimmed is not None else None


def _as_nearest(doc: Doc, endpoint: Span | None) -> Linked | None:  # noqa: ARG001 - the shape of LEXICON_READERS
    """A value's nearest lexicon outcome (``endpoint``) as it is."""
    return (endpoint, None) if endpoint is not None else None


def lexicon_in_phrase(doc: Doc, span: Span, arm: str | None) -> Linked | None:
    """The nearest lexicon outcome as the whole noun phrase it is written in: ``disability
    progression``, not ``progression``."""
    return _in_phrase(doc, _nearest_lexicon(doc, span))


def lexicon_nearest(doc: Doc, span: Span, arm: str | None) -> Linked | None:
    """The lexicon outcome (``patterns/endpoints.txt``) nearest the value: before it in its
    sentence, else after it, else in the sentence before."""
    return _as_nearest(doc, _nearest_lexicon(doc, span))


#: The linkers that read a value's nearest lexicon outcome (:func:`_nearest_lexicon`), by what each
#: makes of it: :func:`endpoint_proposals` ranks that outcome once per value and hands it to both.
LEXICON_READERS: dict[str, Callable[[Doc, Span | None], Linked | None]] = {
    "lexicon-in-phrase": _in_phrase,
    "lexicon-nearest": _as_nearest,
}


#: The group the results fact gives the outcome linkers for a value of all the patients of a news
#: trial of one tested arm (its arm stays null: ANNOTATION.md): the linkers that read the verb of a
#: group's own people answer for it (``51% of patients survived for a year or more``), not
#: :func:`phrase_before`, which takes any phrase before a value (``45 consented (66 percent)``).
WHOLE_TRIAL = "(all the trial's patients)"


def phrase_before(doc: Doc, span: Span, arm: str | None) -> Linked | None:
    """An outcome no lexicon knows, named just before a value whose group is known: ``wound
    leakage (11.2% ...)``, ``Nail preservation was observed in 52.4%``."""
    if not arm or arm == WHOLE_TRIAL:
        return None
    outcome = _phrase_before(doc, span)
    return (None, outcome) if outcome is not None else None


def sentence_subject(doc: Doc, span: Span, arm: str | None) -> Linked | None:
    """The noun phrase a sentence opens with, as the outcome of a value of a known group when no
    other linker finds one: ``Skin thickness was reduced in 41 cases (27%) in group 1``,
    ``Wound infection rates were 8.1% and 3.2% in the X and Y groups``. The phrase must be followed
    by a verb, name no people and no group, and come before the value. Abstracts only: their
    results sentences open with what they measure, news sentences as often with who or why."""
    if not arm or not is_abstract(doc):
        return None
    sentence = sent(span)
    start = sentence.start
    while start < span.start and (doc[start].is_space or doc[start].is_punct):
        start += 1
    commas = opening_phrase_commas(doc, start, span.start)
    if commas is not None:
        # "At the second, fourth, and sixth visit, mild itching was seen in ...": the phrase's
        # own list commas come first; its end is the comma after which the sentence's subject stands
        comma = next((i for i in commas if _subject_at(doc, i + 1, span)), None)
        if comma is None:
            return None
        start = comma + 1
    phrase = noun_phrase_right(doc, start, span.start)
    if phrase is None or phrase.end >= span.start or _names_people(phrase[-1].lower_):
        return None
    following = doc[phrase.end]
    bracketed = following.text == "(" and next((t.i for t in doc[phrase.end:span.start] if t.text == ")"), None)
    if bracketed:  # "Estrogen receptor (ER) status": the short form inside the phrase
        rest = noun_phrase_right(doc, bracketed + 1, span.start, attach=True)
        if rest is not None and rest.start == bracketed + 1:
            phrase = doc[phrase.start:rest.end]
            following = doc[phrase.end] if phrase.end < span.start else following
        elif bracketed == phrase.end + 2 and _short_form(doc[phrase.end + 1].text) and bracketed + 1 < span.start:
            following = doc[bracketed + 1]  # "Clinical benefit (CB) was achieved in": the short form after the phrase
    if not (classes(following.text) & {VERB, AUX} or following.lower_ in word_set("copulas.txt")):
        return None
    found = _without_groups(doc, (phrase.start_char, phrase.end_char))
    if found is None or found[1] != (phrase.start_char, phrase.end_char):
        return None  # a phrase that names a group names no outcome
    mention = _mention_named(doc, found[1])
    return (mention, None) if mention is not None else (None, found)


#: The most characters of a short form in brackets after an outcome's name (``(CB)``, ``(pCR)``).
MAX_SHORT_FORM_CHARS = 10


def _short_form(word: str) -> bool:
    """Whether one bracketed word is a short form: letters and digits (a hyphen inside), a capital
    among them, at most :data:`MAX_SHORT_FORM_CHARS` characters (``CB``, ``pCR``, ``LRR-FS``)."""
    return len(word) <= MAX_SHORT_FORM_CHARS and any(c.isupper() for c in word) \
        and word.replace("-", "").isalnum()


def _subject_at(doc: Doc, start: int, span: Span) -> bool:
    """Whether a noun phrase that is no number list item starts at token ``start`` and a verb
    follows it before ``span`` (``mild itching was``, not ``fourth, and``)."""
    if start >= span.start or doc[start].like_num or doc[start].lower_ in word_set("coordinators.txt"):
        return False
    phrase = noun_phrase_right(doc, start, span.start)
    if phrase is None or phrase.end >= span.start or any(t.like_num or t.is_punct for t in doc[start:phrase.start]):
        return False
    following = doc[phrase.end]
    return bool(classes(following.text) & {VERB, AUX}) or following.lower_ in word_set("copulas.txt") \
        or following.text == "("


#: Nouns of a comparison whose ``in``/``on`` phrase names what was compared (``difference``,
#: ``effect``, ``impact``): the list the endpoints fact reads for ``made a difference in X``.
COMPARISON_NOUNS = "whether_clause_objects.txt"
#: Tokens between a comparison noun and the preposition that opens what was compared
#: (``difference between the two treatment groups in``).
MAX_COMPARED_GAP_TOKENS = 8


def difference_in(doc: Doc, span: Span, arm: str | None) -> Linked | None:
    """What groups were compared in, named after a comparison noun (``patterns/whether_clause_objects.txt``)
    before a value of a known group: ``No difference in the rate of wound infection was seen (4.1% in
    the X group versus 3.8% in the Y group)``, ``There was no effect on weight regain at two years,
    17% versus 14%``, ``no significant difference between the arms in the share of women who chose
    surgery (41% and 38%, respectively)``. The noun phrase after ``in``/``on`` (past a ``between``
    phrase) must end before the value and name no group. Abstracts only, and only when no other
    linker finds an outcome: an abstract compares its own groups, news as often other studies'."""
    if not arm or not is_abstract(doc):
        return None
    sentence = sent(span)
    nouns = [t.i for t in doc[sentence.start:span.start] if t.lower_ in word_set(COMPARISON_NOUNS)]
    if not nouns:
        return None
    noun = nouns[-1]
    limit = min(span.start, noun + 1 + MAX_COMPARED_GAP_TOKENS)
    opening = next((t.i for t in doc[noun + 1:limit] if t.lower_ in word_set("difference_in_prepositions.txt")), None)
    if opening is None or any(t.is_punct and t.text not in ("-",) for t in doc[noun + 1:opening]):
        return None
    phrase = noun_phrase_right(doc, opening + 1, span.start)
    if phrase is None or phrase.end > span.start or _names_people(phrase[-1].lower_) \
            or not acceptable_outcome(phrase) or phrase[0].lower_ in word_set("difference_in_not_outcomes.txt"):
        return None  # "the number" (of patients who ...), "terms of cost": no outcome's name
    found = _without_groups(doc, (phrase.start_char, phrase.end_char))
    if found is None or found[1] != (phrase.start_char, phrase.end_char):
        return None  # a phrase that names a group names no outcome
    mention = _mention_named(doc, found[1])
    return (mention, None) if mention is not None else (None, found)


#: Tokens a sentence's lead holds at least before the colon its values are listed after (a total,
#: a verb and what happened: ``Forty patients reported a wound leak:``).
MIN_LEAD_TOKENS = 3


def lead_before_colon(doc: Doc, span: Span, arm: str | None) -> Linked | None:
    """The noun phrase after the verb of a sentence's lead, running to the colon (the last before
    the value) that a value of a known group is listed after: ``wound leak`` in ``Forty (16%)
    patients reported a wound leak: 15 (12%) and 25 (20%) for groups A and B``. The lead holds at
    least :data:`MIN_LEAD_TOKENS` tokens; its first verb (not its first word) opens the phrase,
    which must end at the colon, name no people and no group, and be an acceptable outcome.
    Abstracts only, and only when no other linker finds one."""
    if not arm or not is_abstract(doc):
        return None
    sentence = sent(span)
    colon = lead_colon(doc, sentence, sentence.start, span.start)
    if colon is None or colon - sentence.start < MIN_LEAD_TOKENS:
        return None
    verb = next((t.i for t in doc[sentence.start:colon] if classes(t.text) & {VERB} and not t.like_num
                 and t.i > sentence.start), None)
    if verb is None:
        return None
    phrase = noun_phrase_right(doc, verb + 1, colon)
    if phrase is None or phrase.end != colon or _names_people(phrase[-1].lower_) or not acceptable_outcome(phrase):
        return None
    found = _without_groups(doc, (phrase.start_char, phrase.end_char))
    if found is None or found[1] != (phrase.start_char, phrase.end_char):
        return None
    mention = _mention_named(doc, found[1])
    return (mention, None) if mention is not None else (None, found)


#: ``more likely to`` (or ``less``) before the phrase of what a group's people did more often; the
#: phrase runs to the first word that ends an outcome (``patterns/outcome_end_words.txt``: the
#: other group's ``compared``/``than``, a time's ``after``) or a bracket.
_LIKELIER_TO = compile_pattern(r"(?i)\b(?:more|less)\s+likely\s+to\s+")
#: Verbs that open the phrase after ``likely to`` and name nothing themselves
#: (``patterns/likely_phrase_openers.txt``: the verbs of being, ``become``: ``likely to become symptom-free``).
_LIKELY_COPULAS = compile_pattern(r"(?i)(?:" + phrase_regex("likely_phrase_openers.txt") + r")\s+")
#: The prepositions of a verb that opens that phrase (``patterns/likely_verb_prepositions.txt``:
#: ``likely to opt for surgery``): no end of the outcome.
_LIKELY_VERB_PREPOSITION = compile_pattern(r"(?i)\S+\s+(?:" + phrase_regex("likely_verb_prepositions.txt") + r")\b")
#: A value set against another in the bracket (``67% versus 35%``, ``(64%) vs``): ``v`` or a word of
#: ``patterns/versus_words.txt``.
_BRACKET_VERSUS = compile_pattern(r"(?i)\d\s*%?\s*(?:[)\]]\s*)?(?:v|" + phrase_regex("versus_words.txt") + r")\b\.?")
#: The most words of the phrase after ``likely to`` read as an outcome.
MAX_LIKELY_WORDS = 6


def likelier_pair(doc: Doc, span: Span, arm: str | None) -> Linked | None:
    """What the people of a value's group did more (or less) often than the other group's, where a
    pair of values in brackets follows the comparison: ``Patients given X were more likely to become
    symptom-free after 12 weeks compared with controls (67% versus 35%)``: symptom-free. The
    phrase after ``more likely to`` (a verb of being or ``become`` dropped) runs to the first word
    that ends an outcome (``patterns/outcome_end_words.txt``; not the ``for``, ``with`` or ``in`` of a
    verb that opens it: ``likely to opt for surgery``) or a bracket, holds at most
    :data:`MAX_LIKELY_WORDS` words, no number, no people and no group, and is an acceptable
    outcome. The value must have a known group and stand in a bracket after the phrase in its
    sentence, set against another value (``v``, ``vs``, ``versus``). Abstracts only."""
    if not arm or not is_abstract(doc) or span.start == 0:
        return None
    sentence = sent(span)
    text = text_of(doc)
    bracket = next((t for t in reversed(doc[sentence.start:span.start]) if t.text in ("(", "[")), None)
    if bracket is None or any(t.text in (")", "]") for t in doc[bracket.i:span.start]):
        return None
    close = closing_bracket(doc, bracket.i, sentence.end)
    inside = text[bracket.idx:doc[close].idx if close is not None else sentence.end_char]
    if not _BRACKET_VERSUS.search(inside):
        return None
    found = list(_LIKELIER_TO.finditer(text, sentence.start_char, bracket.idx))
    if not found:
        return None
    likely = found[-1]  # (the last before the bracket)
    start = likely.end()
    copula = _LIKELY_COPULAS.match(text, start)
    start = copula.end() if copula else start
    first = _LIKELY_VERB_PREPOSITION.match(text[start:bracket.idx])
    verb = first is not None and VERB in classes(text[start:start + first.end()].split()[0])
    ends = [m.start() for m in _outcome_end_words().finditer(text, start + first.end() if verb else start, bracket.idx)]
    end = min([*ends, bracket.idx])
    phrase = doc.char_span(start, len(text[:end].rstrip()), alignment_mode="contract")
    if phrase is None or not len(phrase) or len(phrase) > MAX_LIKELY_WORDS or any(t.like_num for t in phrase) \
            or any(t.lower_ in people_words() for t in phrase) or not acceptable_outcome(phrase):
        return None
    if any(m.start < phrase.end and phrase.start < m.end for m in arm_mentions(doc)):
        return None
    mention = _mention_named(doc, (phrase.start_char, phrase.end_char))
    return (mention, None) if mention is not None else (None, outcome_at(text, phrase.start_char, phrase.end_char))


@cache
def _outcome_end_words() -> re.Pattern[str]:
    """A word that ends an outcome's phrase (``patterns/outcome_end_words.txt``), as a whole word."""
    return compile_pattern(r"(?i)\b(?:" + phrase_regex("outcome_end_words.txt") + r")\b")


#: The endpoint linkers by the name they write to ``evidence.links``, in the order they are tried
#: by default: the syntactic linkers of :mod:`trialnews.linking.outcomes`, then these.
ENDPOINT_LINKERS: dict[str, EndpointLinker] = {
    **{name: _syntactic(name) for name in OUTCOME_LINKERS},
    "verb-after-value": verb_after_value,
    "predicate-of-people": predicate_of_people,
    "lexicon-in-phrase": lexicon_in_phrase,
    "lexicon-nearest": lexicon_nearest,
    "phrase-before": phrase_before,
    "subject-of-clause": subject_of_clause,
    "sentence-subject": sentence_subject,
    "difference-in": difference_in,
    "lead-before-colon": lead_before_colon,
    "likelier-pair": likelier_pair,
}


#: Linkers whose outcome is what the value's people had or needed: a thing there names an event (``needed
#: a second stent``, ``required a feeding tube``), so :func:`~trialnews.linking.phrases.thing_headed` does
#: not turn it down.
THINGS_NEEDED_LINKERS = frozenset({"event-after-value", "verb-after-value"})
#: Linkers that take the outcome written nearest a value, or the phrase before it, rather than
#: reading the value's own words: not tried after a linker found the value to be about a thing.
NEAREST_LINKERS = frozenset({"lexicon-in-phrase", "lexicon-nearest", "phrase-before", "sentence-subject",
                             "difference-in", "lead-before-colon"})


def thing_outcome(doc: Doc, outcome: Outcome) -> bool:
    """Whether an outcome read by a linker in news is headed by a thing (:func:`thing_headed`), read in its
    words as the article writes them (``McLean Hospital``), or in its name's words where the name is
    not the words at its evidence (``lost``: weight loss)."""
    if is_abstract(doc):
        return False  # an abstract reports one trial: its values are results even where a thing names them
    name, (start, end) = outcome
    written = text_of(doc)[start:end]
    words = re.split(r"[\s/]+", written if " ".join(written.split()).lower() == name.lower() else name)
    return thing_headed([w for w in words if w])


def endpoint_proposals(doc: Doc, span: Span, arm: str | None, *,
                       linkers: Sequence[str] = tuple(ENDPOINT_LINKERS)) -> list[Proposal]:
    """Every outcome ``linkers`` (names of :data:`ENDPOINT_LINKERS`, in their order) propose for a
    value: not a bare generic word (:func:`bare_outcome`), nor a phrase no lexicon knows that is
    headed by a thing (``hip``, ``Asian``: :func:`thing_headed`). After a thing, only a linker that
    reads the value's own words still proposes, not one that takes the nearest outcome written
    (:data:`NEAREST_LINKERS`): the value was about the thing (``Caucasian (80%)``, ``31 of 38
    knees``), rarely a result of another outcome nearby."""
    after_thing = False
    proposals = []
    start, stop = clause_bounds(sent(span), span.start)
    nearest = cache(partial(_nearest_lexicon, doc, span))  # this value's, ranked at most once for LEXICON_READERS
    for name in linkers:
        if after_thing and name in NEAREST_LINKERS:
            continue
        place = None
        if name in OUTCOME_LINKERS:  # a syntactic linker: where it read the phrase, not the mention it resolves to
            found = OUTCOME_LINKERS[name](doc, span, start, stop)
            if names_own_verb(found):
                after_thing = True  # "had stopped taking their pills": what they did, no outcome written nearby
                continue
            linked = None if found is None else _resolved(doc, span, found)
            place = None if found is None else found[1]
        elif name in LEXICON_READERS:
            linked = LEXICON_READERS[name](doc, nearest())
        else:
            linked = ENDPOINT_LINKERS[name](doc, span, arm)
        if linked is None or bare_outcome(linked[0].label_ if linked[0] is not None else linked[1][0], doc):
            continue
        if linked[0] is None and name not in THINGS_NEEDED_LINKERS and thing_outcome(doc, linked[1]):
            after_thing = True  # a thing (the femoral neck, Asian) is no outcome
            continue
        proposals.append(Proposal(linked[0], linked[1], name, place))
    if any(p.offsets[1] <= sent(span).start_char for p in proposals) and (subject := _subject_predicate(doc, span)):
        # "Pelvic pain was the main complaint. 31% ... had it": a predicate of the value's own that
        # points back, or names the outcome before in other words ("were infected with HPV")
        words = _own_predicate_words(*subject)
        proposals = [replace(p, named_back=p.offsets[1] <= sent(span).start_char and (
            not words or (mention := doc.char_span(*p.offsets, alignment_mode="expand")) is not None
            and named_in(mention, words))) for p in proposals]
    return proposals


#: Where a doc keeps the values whose outcome the score could not tell (keys ``"start:end"`` of a
#: dict, so that the doc still serialises: ``Doc.to_bytes`` writes ``user_data`` with msgpack, which
#: has no sets, and a parallel ``nlp.pipe`` sends every doc so): the results fact leaves them out as
#: ``doubtful-outcome``.
ABSTAINED = "trialnews_outcome_abstained"
#: Where a doc keeps every value's proposals and the winner's index, when :data:`KEEP_PROPOSALS`
#: is set (``bench/fit_outcome_links.py`` reads them; the runtime never sets it).
PROPOSALS = "trialnews_outcome_proposals"
KEEP_PROPOSALS = False


def abstained(doc: Doc, span: Span) -> bool:
    """Whether the score left ``span``'s outcome untold (:func:`link_endpoint`)."""
    return f"{span.start_char}:{span.end_char}" in doc.user_data.get(ABSTAINED, {})


def link_endpoint(doc: Doc, span: Span, arm: str | None, *,
                  linkers: Sequence[str] = tuple(ENDPOINT_LINKERS)) -> tuple[Span | None, Outcome | None, str | None]:
    """(lexicon mention, outcome phrase, linker) of a value: the proposal of ``linkers``
    (:func:`endpoint_proposals`) that one fitted score (:mod:`trialnews.linking.outcome_score`)
    ranks best, or none when the score cannot tell (the value is then marked :func:`abstained`). In
    an abstract, the first proposal: the score is fitted on news, and abstracts keep their own path."""
    proposals = endpoint_proposals(doc, span, arm, linkers=linkers)
    if is_abstract(doc):  # the score is fitted on news: an abstract keeps the linkers' order (the first proposal)
        chosen = 0 if proposals else None
    else:
        chosen = choose(doc, span, proposals)
    offsets, key = (span.start_char, span.end_char), f"{span.start_char}:{span.end_char}"
    if KEEP_PROPOSALS:
        doc.user_data.setdefault(PROPOSALS, {})[offsets] = (proposals, chosen, arm)
    if chosen is None:
        if proposals:
            doc.user_data.setdefault(ABSTAINED, {})[key] = True
        else:
            doc.user_data.get(ABSTAINED, {}).pop(key, None)
        return None, None, None
    doc.user_data.get(ABSTAINED, {}).pop(key, None)
    winner = proposals[chosen]
    return winner.mention, winner.outcome, winner.linker


#: Words that alone name no outcome (``symptoms``, ``improvement``, ``the disease``): a linker that
#: finds only one of them has found no outcome (``patterns/bare_outcome_words.txt``).
BARE_OUTCOME_WORDS = "bare_outcome_words.txt"


def bare_outcome(name: str | None, doc: Doc | None = None) -> bool:
    """Whether an outcome's name is only a generic word (``symptoms``, ``the disease``), which a
    curator cannot use: the value is left without an outcome rather than given that word. Not in
    an abstract (given ``doc``): it reports one trial, and its values (``20 events (19%)``) are the
    trial's results even where only a generic word names them; in news such a value was another
    study's or the disease's as often as the trial's."""
    if doc is not None and is_abstract(doc):
        return False
    name = (name or "").strip().lower()
    article = _LEADING_ARTICLE.match(name)
    return " ".join(name[article.end() if article else 0:].split()) in word_set(BARE_OUTCOME_WORDS)


#: Words that lead up to a group's name (``in the group taking X``, ``in the arm given X``):
#: group nouns and verbs of taking (``patterns/group_lead_words.txt``).
GROUP_LEAD_WORDS = "group_lead_words.txt"

#: Nouns that name a group (``group``, ``arm``): lead words are dropped only where one of them is.
GROUP_NOUNS = "group_name_tails.txt"


def _before_groups(doc: Doc, outcome: Outcome) -> Outcome | None:
    """An outcome phrase cut before the first group it names (``responded to nivolumab``:
    ``responded``), without the linking words left at its end."""
    start, end = outcome[1]
    for mention in arm_mentions(doc):
        if start < mention.start_char < end:
            end = mention.start_char
    words = text_of(doc)[start:end].split()
    while words and is_function_word(words[-1]) and not _verb_particle(words):
        words.pop()
    if end < outcome[1][1]:
        words = _without_group_lead(words)
    if not words:
        return None
    return outcome_at(text_of(doc), start, start + len(" ".join(words))) if text_of(doc)[start:end].startswith(" ".join(words)) else None


def _verb_particle(words: list[str]) -> bool:
    """Whether an outcome's last word is the particle of its verb (``dropped out``: the verb and its
    particle alone; ``patterns/verb_particles.txt``), kept where function words are trimmed."""
    return len(words) == 2 and words[-1].lower() in word_set("verb_particles.txt")


def _without_group_lead(words: list[str]) -> list[str]:
    """An outcome's words cut before a group, without the group noun and verb of taking that lead
    to it (``died in the group taking``: ``died``); kept when no group noun is among them
    (``needed rescue treatment with``: ``rescue treatment``)."""
    lead = len(words)
    while lead and words[lead - 1].lower() in word_set(GROUP_LEAD_WORDS):
        lead -= 1
    if not any(word.lower() in word_set(GROUP_NOUNS) for word in words[lead:]):
        return words
    words = words[:lead]
    while words and is_function_word(words[-1]):
        words.pop()
    return words


def _mention_named(doc: Doc, offsets: tuple[int, int]) -> Span | None:
    """The lexicon mention a phrase names, where the phrase is that mention with at most light
    modifiers (``the overall PFS``, ``median overall survival``): its endpoint keeps its name."""
    start, end = offsets
    inside_phrase = spans_within(doc, "ENDPOINT_MENTION", start_char=start, end_char=end)
    if not inside_phrase:
        return None
    mention = max(inside_phrase, key=lambda m: m.end_char - m.start_char)
    rest = (text_of(doc)[start:mention.start_char] + " " + text_of(doc)[mention.end_char:end]).lower().split()
    return mention if all(word in word_set("light_modifiers.txt") for word in rest) else None


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
    groups = [(m.start, m.start_char) for m in arm_mentions(doc) if m.start_char < end and start < m.end_char]
    groups += [(a, doc[a].idx) for a, b, _ in _described_within(doc, start, end)]
    if groups:  # "the amount of swelling in the volunteers who took the real supplement": the swelling
        first, at = min(groups)
        if at <= start:
            return _measured_in_group(doc, first)
        opening = _group_opening(doc, first, doc.char_span(start, end, alignment_mode="expand").start)
        if opening is None:
            return None  # "neck surgery", "benefit from X": the group's name is inside the phrase
        return _named_by_noun(outcome_at(text, start, doc[opening].idx))
    return outcome_at(text, start, end)


def _named_by_noun(found: Outcome | None) -> Outcome | None:
    """An outcome cut before its group, kept when its last word is a noun that names no people
    and no comparison: ``swelling`` (of ``swelling in the X group``), not ``patients`` (``three
    patients in the X group``) nor ``longer`` (``longer in arm C``)."""
    if found is None:
        return None
    last = found[0].split()[-1].lower() if found[0].split() else ""
    word_classes = classes(last)
    if NOUN not in word_classes or word_classes & {ADV, COMPARATIVE} or last in people_words() \
            or last in not_outcome_heads():
        return None
    return found


def _group_opening(doc: Doc, first: int, floor: int) -> int | None:
    """The preposition that leads to a group from the outcome measured in it (``swelling IN the
    volunteers who took X``, ``fatigue AMONG those on the drug``), back from the group's first
    token past the words that describe people; ``None`` when there is none."""
    describing = (word_set("described_group_people.txt") | word_set("described_group_openers.txt")
                  | word_set("described_group_links.txt")) - word_set("described_group_prepositions.txt")
    i = first
    while i - 1 > floor and doc[i - 1].lower_ in describing:
        i -= 1
    if i - 1 <= floor or doc[i - 1].lower_ not in word_set("described_group_prepositions.txt"):
        return None
    return i - 1


def _measured_in_group(doc: Doc, first: int) -> Outcome | None:
    """The outcome before a group a syntactic linker took for it: in ``the amount of swelling in
    the volunteers who took the real supplement fell``, the phrase before the fell is the group's;
    back past the words that describe the people (``patterns/described_group_people.txt``,
    ``_openers``, ``_links``) and a preposition (``described_group_prepositions.txt``), the
    outcome is the noun phrase there."""
    floor = sent(doc[first]).start
    opening = _group_opening(doc, first, floor)
    if opening is None:
        return None
    phrase = noun_phrase_left(doc, opening, floor)
    if phrase is None or overlaps_span(doc, "ARM_MENTION", phrase.start, phrase.end):
        return None
    return _named_by_noun(outcome_at(text_of(doc), phrase.start_char, phrase.end_char))


def _described_within(doc: Doc, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """The groups described (:func:`~trialnews.linking.groups.described_groups`: ``those who got
    the real drug``) that overlap the characters ``[start, end)`` of one sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    sentence = sent(span)
    found = per_sentence(sentence, "described-groups", lambda: described_groups(sentence))
    return [(a, b, side) for a, b, side in found if doc[a].idx < end and start < doc[b - 1].idx + len(doc[b - 1])]
