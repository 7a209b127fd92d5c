"""Sample sizes: counts of the people in the trial's own populations.

``57 patients``, ``209 perimenopausal and postmenopausal women``, ``enrolled 1,009``, ``(n=21)``
and ``N = 1,234`` are sizes when their sentence speaks of the trial (it enrolled, randomized,
treated or analysed them). A count followed by an event (``two patients died``) is a result,
not a size. The population is read from the verb near the number; the arm from an arm named
in ``n=`` brackets or after ``received``/``assigned to``.

Abstracts give each group's size in a few fixed forms (CONSORT-style reporting), all read here:
``fulvestrant (250 mg monthly; n = 313)`` (``n =`` closing the group's bracket), ``120 were
assigned to X and 118 to Y``, ``98 patients randomized into the X arm and 96 into the Y arm``,
``100 for X and 50 for Y``, ``(100 in the X group and 89 in the Y group)``, ``X group 68
cases``, ``the X arm had 52 assessable patients`` (word lists: ``patterns/arm_sizes.json``). In
a structured abstract, counts in its background and objective are not the trial's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..reading.doctext import span_text, text_of
from ..reading.kind import is_abstract, section_at
from ..normalize import count_words, parse_number
from ..resources import load_json, load_lexicon, phrase_regex, word_set
from ..scanning import AnchoredScanner, Anchors, ContainedScanner, StartFilteredPattern, alternation, compile_pattern
from .allocation import PERCENT_SIGN, arm_of_role, group_sizes, past_share, role_of_word
from .common import TEXT_LOWER, evidence, inside, latest_year, longest_first, sent, spans, spans_starting, state, token_positions
from .results import BACKGROUND, about_other_research
from ..linking.groups import RESPECTIVELY, arm_mentions, has_respectively, named_mentions, nearest_arm, negated_group, opening_scope_arm
from ..linking.phrases import people_words
from ..linking.wordclass import ADJ, NOUN, VERB, classes, is_function_word

#: The smallest denominator of ``k/N`` read as a group's size (smaller ones are often scores or doses).
MIN_SLASH_TOTAL = 5
#: The fewest people a count placed in a group must have to be that group's size, as every rule
#: reading a group's size requires (:data:`MIN_SLASH_TOTAL`): one to four people named in a group
#: (``Two patients in each arm refused``, ``One patient in the study group suffered``, ``were taken
#: by two patients in the X group``) are some of its people, an event, not the group.
MIN_ARM_SIZE = MIN_SLASH_TOTAL
#: Tokens after a size in which the arm it was assigned ("43 patients receiving ixazomib") is read.
ARM_WINDOW = 8
#: Tokens between a group's name and its count in brackets or ``n =``: ``ixazomib (n=21)``.
NEXT_TO_GROUP_TOKENS = 3
#: Tokens between a group and its count in ``the X group consisting of 47`` (noun, verb, ``of``, colon).
GROUP_THEN_SIZE_TOKENS = 4
#: The words that make a sentence count the trial's own people: a word of a trial, of enrolment, or
#: another cue (``patterns/trial_population_cues.txt``: "participants", "evaluable", "underwent").
TRIAL_POPULATION_CUES = ("trial_words.txt", "enrolment_words.txt", "trial_population_cues.txt")
_TRIAL_CUE = StartFilteredPattern(compile_pattern(
    rf"(?i)\b{alternation(dict.fromkeys(w for name in TRIAL_POPULATION_CUES for w in load_lexicon(name)))}\b"))
#: Verbs after a count of people that make it count an event (``patterns/event_verbs.tsv``, use ``population``);
#: one right after ``with`` is its people's condition, not their event (``240 patients with relapsed
#: cancer were allocated``).
EVENT_VERBS = "event_verbs.tsv:population"
#: Words between a count and the group its people are in (``patterns/count_group_leads.txt``).
COUNT_GROUP_LEADS = "count_group_leads.txt"
_EVENT_AFTER = compile_pattern(rf"(?i)^\s*(?:(?:{alternation(load_lexicon(COUNT_GROUP_LEADS))})\s+"
                               rf"(?:[\w/+-]+\s+){{1,4}}?|(?:[\w-]+\s+){{0,2}}?(?<!\bwith\s)){alternation(load_lexicon(EVENT_VERBS))}\b")
#: The words of a rate (``patterns/rate_words.tsv``), read by every reader of a rate here: words that
#: put the number after them as a rate's denominator (``per``, ``for every``), and words that join a
#: count of the rate's events to it (``in``, ``out of``).
RATE_DENOMINATOR_WORDS = "rate_words.tsv:denominator"
RATE_AFTER_COUNT_WORDS = "rate_words.tsv:after-count"


#: The fewest counts a run of counts paired in order with groups holds (``207 and 201 patients``): one
#: count alone is no list. :func:`_counted_people`, the ``respectively`` readers use it.
MIN_LISTED_COUNTS = 2


#: The largest count written in words before a rate's words that makes the count after them a rate's
#: denominator ("one in 20 women", "ten out of 100 people"); a larger one ("Sixteen out of 48 patients")
#: counts a share of the trial's own group.
MAX_RATE_COUNT_WORD = 10
#: A count of people right after a percentage ("1% (four patients)"), set against another group
#: ("compared with one patient receiving placebo") or a rate's denominator ("for every 10,000
#: women", "out of every 1,000 people", "one in 20 women") counts an outcome, not a population.
_COUNT_CONTEXT = compile_pattern(r"(?i)(?:%|percent)\s*[(\[,]\s*(?:or\s+)?$|\b(?:compared (?:with|to)|versus|vs\.?|"
                                 r"(?<!more )(?<!less )(?<!fewer )(?<!rather )than|"  # "more than 800 women" is a size
                                 rf"while|whereas)\s+(?:only\s+|just\s+|(?:more|fewer|less) than\s+)?$|\b(?:{alternation(count_words(articles=True, most=MAX_RATE_COUNT_WORD))}|\d+)\s+"
                                 rf"{phrase_regex(RATE_AFTER_COUNT_WORDS)}\s+$|\b{phrase_regex(RATE_DENOMINATOR_WORDS)}\s+$")
#: Verbs of an event before ``in``, ``among`` or ``by`` and a count of people (``recurred in four
#: infants``, ``were reported by seven patients``).
EVENT_IN_VERBS = "event_in_verbs.txt"
_EVENT_IN_BEFORE = compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(EVENT_IN_VERBS))})\s+(?:in|among|by)\s+(?:only\s+|just\s+)?$")
#: ``in`` before a count of people and its share after it: ``in 359 patients (59%)`` (the share read
#: as the allocation lists read a count's share: :func:`~trialnews.facts.allocation.past_share`).
_IN_BEFORE = compile_pattern(r"(?i)\bin\s+$")
#: The words that name a trial or a study ("trial", "study").
TRIAL_WORDS = "trial_words.txt"
#: A bound before a count: ``more than 1,300 people`` (a size only in a sentence that names a study or trial).
_MORE_THAN = compile_pattern(r"(?i)\b(?:more|fewer|less)\s+than\s+$")
#: The words between two groups that join them (``(n=21) or``), matched in place in the text
#: (``fullmatch`` between two positions: no copy of the text between them).
#: ``X or Y``, ``X (n=21) or placebo``, ``to use X or to get Y`` (``to`` and one verb): two groups
#: named together, whose count covers both.
_JOINED_GROUPS = compile_pattern(r"(?i)\s*(?:\([^)]*\))?\s*(?:,|or|and|vs\.?|versus)\s+(?:to\s+(?:[a-z]+\s+)?)?(?:a\s+|an\s+|the\s+)?")
_WHO = compile_pattern(r"(?i)^\s*(?:who|that)\b")  # "women who had undergone hysterectomy": eligibility, not an event
#: "43 patients in the Reusable Group": a count of people placed in a group of the trial.
_IN_GROUP = compile_pattern(r"(?i)^\s+(?:(?:were|was)\s+)?(?:in|on)\s+(?:the\s+)?[\w+/-]+(?:\s+[\w+/-]+)?\s+(?:group|arm)\b")
IN_GROUP_CHARS = 60
#: How far a rounded size ("nearly 2,500") may be from the exact one it rounds.
ROUNDING = 0.05
#: Words before a number that say it is rounded ("nearly 2,500").
ROUNDING_WORDS = "rounding_words.txt"
_APPROXIMATE = compile_pattern(rf"(?i)\b{alternation(load_lexicon(ROUNDING_WORDS))}\s+\d")
#: "23 other patients", "54 fewer women": a subset or a difference counted for an outcome, not a
#: population of the trial.
SUBSET_WORDS = "subset_words.txt"
_SUBSET = compile_pattern(rf"(?i)\b{alternation(load_lexicon(SUBSET_WORDS))}\b")
#: "250 patients would need to be screened": a number needed to treat, not people in the trial.
HYPOTHETICAL_WORDS = "hypothetical_words.txt"
_HYPOTHETICAL = compile_pattern(rf"(?i)^\s*{alternation(load_lexicon(HYPOTHETICAL_WORDS))}\b")
_SCALE = compile_pattern(r"(?i)\b(?:million|billion)\b")
_POPULATIONS = tuple((name, compile_pattern(pattern)) for name, pattern in (
    ("transplanted", r"transplant"), ("randomized", r"randomi[sz]|randomly|assigned|allocated"),
    ("treated", r"receiv|treated|given|took(?! part)|taking(?! part)"), ("analyzed", r"analy[sz]|evaluat|evaluable|assess"),
    ("enrolled", r"enrol|recruit|includ|involv|participa|took part|studied|volunteer")))
_ASSIGN_BEFORE_ARM = compile_pattern(r"(?i)\b(?:receiv\w*|assigned to|allocated to|randomi[sz]ed to|took|taking|given|got|gets|getting|"
                                     r"treated with|in the|in|into|on)\b")
#: Sections of a structured abstract whose counts are not the trial's (the disease's, other studies').
NOT_TRIAL_SECTIONS = word_set("not_trial_sections.txt")
#: Characters of an ``n =`` bracket before its ``n =`` (``(250 mg, intramuscular, once monthly; n = 313)``).
BRACKET_CHARS = 80
ARM_SIZE_WORDS = "arm_sizes.json"
#: What ends an item of a list of groups and counts: ``(tamoxifen 1238, placebo 1233)``.
LIST_CLOSERS = frozenset({",", ";", ")", "]", "and"})


def _population(context: str) -> str:
    lowered = context.lower()
    best = ("enrolled", len(lowered) + 1)
    for name, pattern in _POPULATIONS:
        for match in pattern.finditer(lowered):
            distance = abs(match.start() - len(lowered) // 2)
            if distance < best[1]:
                best = (name, distance)
    return best[0]


def _number(span: Span) -> int | None:
    text = span_text(span)
    if span.label_ == "N_EQUALS":
        text = text.split("=", 1)[1]
    elif span.label_ == "N_VERB":
        text = span.text.split()[0]
    elif span.label_ == "ENROLL_VERB":
        text = re.sub(r"(?i)^\w+\s+(?:a\s+total\s+of\s+|about\s+|nearly\s+|almost\s+|more than\s+|over\s+|"
                      r"approximately\s+|some\s+)?", "", text)
    else:
        words = text.split()
        value = None
        for cut in range(len(words), 0, -1):
            value = parse_number(" ".join(words[:cut]))
            if value is not None:
                break
        return int(value) if value is not None and value == int(value) and value > 0 else None
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) and value > 0 else None


def _tokens_at(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens over characters ``start:end``, widened to whole tokens (``Doc.char_span``'s
    ``expand``); None where it finds none."""
    return doc.char_span(start, end, alignment_mode="expand")


def _evidence_tokens(doc: Doc, size: dict) -> Span | None:
    """The tokens of a size's evidence (:func:`_tokens_at`)."""
    return _tokens_at(doc, size["evidence"]["start"], size["evidence"]["end"])


def _size_number(doc: Doc, size: dict) -> Token | None:
    """The token of a size's evidence that writes its count: the last one that does (``52`` of
    ``the X arm (n = 52)``), or None (a count in words over several tokens)."""
    return next((t for t in reversed(_evidence_tokens(doc, size) or ())
                 if t.like_num and parse_number(t.text) == size["n"]), None)


#: A superscript written in brackets inside a dose: the ``(2)`` of ``mg/m(2)``.
_BRACKETED_SUPERSCRIPT = compile_pattern(r"(?<=[^\s(])\([0-9]{1,2}\)")
#: A dose between a group's name and its bracket, with the adverb of how it is given: ``docetaxel
#: 75 mg/m(2) (n = 373)``, ``neratinib 240 mg/d continuously (n=117)``.
_DOSE_BEFORE_BRACKET = compile_pattern(r"^\s*\d[\d.,]*\s*[^\s\d(),;]{1,12}(?:\s+[a-z]+ly)?(?=\s*\()")


def _closes_bracket_of(doc: Doc, mention: Span, span: Span) -> bool:
    """``fulvestrant (250 mg, intramuscular, once monthly; n = 313)``, ``epirubicin 120 mg/m(2)
    (E120; n = 202)``: the ``n =`` ends the bracket opened right after the group, or after the
    dose written after it (no other group and no closing bracket between)."""
    gap = _BRACKETED_SUPERSCRIPT.sub("", text_of(doc)[mention.end_char:span.start_char])
    dose = _DOSE_BEFORE_BRACKET.match(gap)
    gap = gap[dose.end():] if dose else gap
    return (gap.lstrip().startswith("(") and len(gap) <= BRACKET_CHARS and ")" not in gap and "(" not in gap.lstrip()[1:]
            and not spans_starting(doc, "ARM_MENTION", start=mention.end, end=span.start))


def _words(key: str) -> frozenset[str]:
    return frozenset(load_json(ARM_SIZE_WORDS)[key])


def _group_then_size(between: Span) -> bool:
    """``HCT group 68 cases``, ``the weekly arm had 52 assessable patients``, ``X group: 45``, ``the
    X group consisting of 47 patients``: the words between a group and a count are a group noun,
    then a colon or a verb of size (or nothing)."""
    words = [t.lower_ for t in between]
    if not words or words[0] not in _words("group_nouns"):
        return False
    rest = words[1:]
    if rest[-1:] == ["of"]:  # "consisting of", "comprised of"
        rest = rest[:-1]
    return rest in ([], [":"]) or (len(rest) == 1 and rest[0] in _words("group_verbs"))


def _followed_by_other_arm(doc: Doc, mention: Span, *, past_regimen: bool = False) -> bool:
    """``ixazomib (n=21) or placebo``: the count covers both groups, not the first; with
    ``past_regimen``, also with the group's dose or schedule written between (``X 40 mg or placebo``,
    ``X 20 mg once daily or Y``: :func:`_past_regimen`)."""
    text = text_of(doc)
    end = _past_regimen(doc, mention) if past_regimen else mention.end_char
    for other in spans_starting(doc, "ARM_MENTION", start=mention.start, end=len(doc)):
        if other.label_ != mention.label_ and other.start_char > end:
            if _JOINED_GROUPS.fullmatch(text, end, other.start_char):
                return True
    return False


def _past_regimen(doc: Doc, mention: Span) -> int:
    """The character after the dose and schedule written right after a group's name (``DOSE`` and
    ``SCHEDULE`` spans, or another mention of the same group, with only spaces before each: ``X 40
    mg once daily``; after a first dose, further doses listed with ``or``, ``and`` or a comma: ``X 20
    mg or 40 mg``), or the end of the name. Only what follows the name is read: a dose written
    before it (``300 mg X``) leaves the end where it is."""
    text = text_of(doc)
    end = mention.end_char
    after = sorted(spans_starting(doc, "DOSE", "SCHEDULE", "ARM_MENTION", start=mention.end, end=sent(mention).end),
                   key=lambda span: span.start_char)
    others = {span.start_char for span in after if span.label_ not in ("DOSE", "SCHEDULE", mention.label_)}
    for regimen in after:
        if regimen.start_char < end:
            continue
        gap = text[end:regimen.start_char]
        listed = regimen.start_char not in others and end > mention.end_char and _DOSE_LIST_GAP.fullmatch(gap)
        if (regimen.label_ in ("DOSE", "SCHEDULE") and (not gap.strip() or listed)) \
                or (regimen.label_ == mention.label_ and not gap.strip()):
            end = regimen.end_char  # "X 20 mg or 40 mg or placebo": past the doses listed after X
    return end


#: What stands between two doses listed after a group's name: ``X 20 mg or 40 mg``, ``X 5, 10``.
_DOSE_LIST_GAP = compile_pattern(r"\s*(?:,\s*)?(?:or|and)?\s*")


#: The condition of a count's people between it and its verb, in news (``240 patients with relapsed or
#: metastatic cancer were allocated to X``): a description of them, not a list of groups.
_WITH_CONDITION = compile_pattern(r"\s*(?:\S+\s+){0,2}?with\s+[^,.;:()\d]{1,80}?\s+(?=(?:who\s+)?were\s)")


#: Tokens between an ``n =`` count and the group it names after it (``n = 35, vandetanib``).
N_BEFORE_ARM_TOKENS = 1
#: What closes a list item of ``n =`` counts each followed by its group.
_ITEM_CLOSERS = frozenset({";", ")", "]"})


def _named_after_count(doc: Doc, span: Span, sentence: Span) -> str | None:
    """The group an ``n =`` count names right after it, in a bracketed list whose items each
    open with their count (``(n = 35, vandetanib; n = 29, placebo)``, ``(n = 40 calendula; n = 41
    sorbolene)``): the count opens its bracket or follows a semicolon, the group's name follows it
    (a comma at most between) and closes the item."""
    if span.start <= sentence.start or doc[span.start - 1].text not in ("(", "[", ";"):
        return None
    for mention in spans_starting(doc, "ARM_MENTION", start=span.end, end=min(sentence.end, span.end + N_BEFORE_ARM_TOKENS + 1)):
        between = [t.text for t in doc[span.end:mention.start]]
        if between in ([], [","]) and mention.end < len(doc) and doc[mention.end].text in _ITEM_CLOSERS:
            return mention.label_
    return None


def _arm_of(doc: Doc, span: Span) -> tuple[str | None, str | None]:
    """The arm a size is of, and the name of the linker that found it (``evidence.links``)."""
    inner = [m for m in spans_starting(doc, "ARM_MENTION", start=span.start + 1, end=span.end) if m.end <= span.end]
    if span.label_ == "POPULATION" and len(inner) == 1:
        return inner[0].label_, "arm-inside-count"  # "655 control women"
    sentence = sent(span)
    condition = None if is_abstract(doc) else _WITH_CONDITION.match(text_of(doc), span.end_char, sentence.end_char)
    window = ARM_WINDOW + (len(_tokens_at(doc, span.end_char, condition.end()) or ())
                           if condition else 0)  # the words of the people's condition do not count
    if span.label_ == "N_EQUALS":
        named = _named_after_count(doc, span, sentence)
        if named is not None:
            return named, "n-before-arm"  # "(n = 35, vandetanib; n = 29, placebo)": each count names its group after it
    outside = None  # a group's name said of the people outside it, when no other group is theirs
    for mention in spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end):  # its group is in its sentence
        if mention.end <= span.start <= mention.end + 3 and "(" in span_text(doc[mention.end:span.start]):
            return mention.label_, "bracket-after-arm"
        if span.label_ == "N_EQUALS" and mention.end <= span.start <= mention.end + 3:
            return mention.label_, "n-after-arm"
        if span.label_ == "N_EQUALS" and _closes_bracket_of(doc, mention, span):
            return mention.label_, "n-closing-arm-bracket"
        if span.label_ == "POPULATION" and _closes_bracket_of(doc, mention, span) \
                and text_of(doc)[span.end_char:span.end_char + 1] in (")", "]"):
            return mention.label_, "count-closing-arm-bracket"  # "Group B (betamethasone; 37 pts)"
        if mention.end <= span.start <= mention.end + GROUP_THEN_SIZE_TOKENS \
                and _group_then_size(doc[mention.end:span.start]):
            return mention.label_, "group-then-count"
        if span.end <= mention.start <= span.end + window and sent(mention) == sent(span):
            # the number ends the span of a verb and its count ("included 301"), else starts it ("301 patients")
            number_end = span.end_char if span.label_ == "ENROLL_VERB" else span.start_char + len(span.text.split()[0])
            # "240 patients with relapsed or metastatic cancer were allocated to X": the condition is the people's
            between = text_of(doc)[number_end:mention.start_char]
            described = None if is_abstract(doc) else _WITH_CONDITION.match(between)
            between = between[described.end():] if described else between
            if (_ASSIGN_BEFORE_ARM.search(between) or _people_allocated(between)) and not re.search(r"[;,\d]|\bor\b|\band\b", between) \
                    and not _offers_choice(doc, span, mention) and not _followed_by_other_arm(doc, mention) \
                    and (span.label_ != "ENROLL_VERB" or _placed_in_group(doc, mention, between)) \
                    and not _names_the_trial(doc, mention):
                if negated_group(doc, mention):
                    outside = f"{GROUP_UNTOLD}:negated"  # "who did not receive X": perhaps a group named later
                    continue
                untold = _untold_group(doc, span, mention, text_of(doc)[number_end:mention.start_char])
                return (mention.label_, "assigned-to-arm") if untold is None else (None, untold)
    return (None, outside) if outside else (None, None)


#: The linker name of a count assigned to a group that no arm of the record can be told to be: the
#: count is left out (:func:`_untold_group`).
GROUP_UNTOLD = "group-untold"
#: The linker name of a count assigned to a group that is told to be every group together: kept with
#: no arm, the reason in its evidence (``links["no-arm"]``).
NO_ARM = "no-arm"
#: Nouns of a dose before the treatment's name (``patterns/dose_group_nouns.txt``): ``the lowest dose of X``.
DOSE_GROUP_NOUNS = "dose_group_nouns.txt"
#: Words before such a noun that rank one dose among several (``patterns/dose_rank_words.txt``: ``lowest``,
#: ``higher``, ``middle``): ``a single dose of X`` is how the arm was given, ``the lowest dose of X`` a part of it.
DOSE_RANK_WORDS = "dose_rank_words.txt"
#: Words right before a group's name that make its people take it with another (``both``:
#: ``patterns/both_treatments_words.txt``): the count is no one arm's.
BOTH_TREATMENTS_WORDS = "both_treatments_words.txt"
#: Words after a group's name, in its clause, that set beside it not taking it (``or not``:
#: ``patterns/group_or_none.txt``): the count is every group's.
GROUP_OR_NONE = "group_or_none.txt"
#: Characters after a group's name read for such words: ``to receive X after surgery or not``.
GROUP_OR_NONE_CHARS = 40
#: Verbs of a finding between a count that completes a trial noun and a group (``patterns/team_finding_verbs.txt``):
#: ``a study of 9,000 patients found those treated with X``: the group is the finding's, not the count's.
FINDING_VERBS = "team_finding_verbs.txt"


@cache
def _untold_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    dose = compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(DOSE_RANK_WORDS))})[\s-]+"
                           rf"(?:{alternation(load_lexicon(DOSE_GROUP_NOUNS))})\s+of\s+(?:the\s+|a\s+|an\s+)?$")
    both = compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(BOTH_TREATMENTS_WORDS))})\s+(?:the\s+)?$")
    none = compile_pattern(rf"(?i)[^,;.:()]{{0,{GROUP_OR_NONE_CHARS}}}?\b(?:{alternation(load_lexicon(GROUP_OR_NONE))})\b")
    finding = compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(FINDING_VERBS))})\b")
    return dose, both, none, finding


#: An arm named by its dose (``high-dose X``): its name tells the dose groups apart.
_DOSE_NAMED = compile_pattern(r"(?i)\bdos(?:e|es|age|ing)\b")
#: Characters before another count's group read for a choice word (``one of three doses of X``).
CHOICE_BEFORE_CHARS = 60
#: Tokens from another count of people to the arm's name it is assigned (``111 alternated every two
#: weeks between getting injections of X``).
OTHER_COUNT_TOKENS = 10


#: A percent sign or word right after a number (``allocation.PERCENT_SIGN``: ``%``, ``percent``, ``per cent``).
_PERCENT_AFTER = compile_pattern(rf"\s*(?:{PERCENT_SIGN})(?!\w)")


def _other_count_names(doc: Doc, span: Span, other: Span) -> bool:
    """Whether a name of a group (``other``) is another count's group: the nearest whole number of at
    least :data:`MIN_ARM_SIZE` before it (no percentage), not the count ``span``, within
    :data:`OTHER_COUNT_TOKENS`, a word of assigning between them and nothing that ends or lists its
    clause (``;``, ``,``, a bracket, ``or``; in ``(32 women who were given X and 28 women given a
    placebo) were studied for the effect of X`` the second ``X`` is no group's)."""
    first = max(sent(other).start, other.start - OTHER_COUNT_TOKENS)
    for i in range(other.start - 1, first - 1, -1):
        token = doc[i]
        value = parse_number(token.text) if token.like_num else None
        if value is None or value != int(value) or value < MIN_ARM_SIZE \
                or _PERCENT_AFTER.match(text_of(doc), token.idx + len(token)):
            continue
        if span.start <= i < span.end:
            return False
        between = text_of(doc)[token.idx + len(token):other.start_char]
        return _ASSIGN_BEFORE_ARM.search(between) is not None and not re.search(r"[;,()\[\]]|\bor\b", between) \
            and not _clause_negation().search(between)  # "21 patients who were not treated with X": the people outside it
    return False


@cache
def _clause_negation() -> re.Pattern[str]:
    """A word that negates the verb after it (``patterns/clause_negations.txt``: ``not``, ``never``)."""
    return compile_pattern(rf"(?i)(?:\b|(?<=\w)(?=n't))(?:{alternation(load_lexicon('clause_negations.txt'))})\b")


#: Characters between a group's name and the bracket holding its own count (``X 30 mg/d (``).
OWN_COUNT_GAP_CHARS = 60
#: Characters in that bracket before its ``n =``.
OWN_COUNT_BRACKET_CHARS = 40
#: Tokens after a number in that gap read for a person noun or a verb of taking (``296 women``, ``296 got``).
OWN_COUNT_OTHER_TOKENS = 3
#: A group's own count in the bracket right after its name (``to receive X 30 mg/d (X, n = 164)``):
#: the characters before the bracket (no ``;``) and the ``n =`` read.
_OWN_COUNT_AFTER = compile_pattern(
    rf"(?i)[^();]{{0,{OWN_COUNT_GAP_CHARS}}}\(([^()]{{0,{OWN_COUNT_BRACKET_CHARS}}}?\bn\s*=\s*(\d[\d,]*))")


def _own_count_after(doc: Doc, mention: Span, sentence: Span) -> re.Match[str] | None:
    """The bracket with a group's own count right after its name (:data:`_OWN_COUNT_AFTER`), None where
    another count of people stands between the name and the bracket (``300 received X and 296 got a
    placebo (n = 296)``: a whole number of at least :data:`MIN_ARM_SIZE` with a person noun or a verb of
    taking within :data:`OWN_COUNT_OTHER_TOKENS` after it): the bracket is that count's group's."""
    own = _OWN_COUNT_AFTER.match(text_of(doc), mention.end_char, sentence.end_char)
    if own is None:
        return None
    bracket = own.start(1) - 1
    for token in doc[mention.end:sentence.end]:
        if token.idx >= bracket:
            break
        value = parse_number(token.text) if token.like_num else None
        if value is None or value != int(value) or value < MIN_ARM_SIZE:
            continue
        after = doc[token.i + 1:min(token.i + 1 + OWN_COUNT_OTHER_TOKENS, sentence.end)]
        if len(after) and (any(t.lower_ in people_words() for t in after)
                           or _ASSIGN_BEFORE_ARM.match(text_of(doc), after.start_char, after.end_char)):
            return None
    return own


def _untold_group(doc: Doc, span: Span, mention: Span, between: str) -> str | None:
    """Why the group a count of people is assigned to (``43 patients received X``) cannot be told to be
    the arm named there, or None when it can. A count names its group by the arm's name only when that
    name is the whole of what its people took, and only this count's people took it:

    - the name said of the people outside the group (``2,100 residents who did not receive X``:
      :func:`~trialnews.linking.groups.negated_group`), no arm of the record: :func:`_arm_of` reads it
      before this, and leaves the count out where no later name in its window is its group;
    - one dose among several of the treatment (``the lowest dose of X``: a word ranking doses of
      ``dose_rank_words.txt`` before a noun of ``dose_group_nouns.txt``; not ``a single dose of X``) when
      the arm is not named by its dose (``high-dose X`` is: ``55 received high doses of X``), a part of
      the arm;
    - the arm's name written the same way after another count of people in the sentence (``31
      received X on the arm, 29 received X on the thigh and 30 received placebo``): the name does not
      tell the groups apart, by dose, route or schedule, unless that other count is of all groups
      (``assigned to X or Y``, a choice);
    - the treatment taken with another (``50 patients were treated with both X and Y``), no one arm's
      people (a one-arm trial's, or a group the record does not name);
    - the treatment set beside not taking it (``randomly assigned 640 patients to receive X or not``),
      so the count is every group's; the group's own count in the bracket after its name (``338 patients
      were randomly assigned to receive X 30 mg/d (X, n = 164) or ...``), so the count before it is the
      total; the group's name with its dose or schedule, then ``or`` another group (``assigned to X 40
      mg or placebo``, :func:`_past_regimen`), every group's as ``X or placebo`` is; and a count
      completing a trial noun (``a study of 9,000 patients found those treated with X ...``), all the
      trial's people, the group the finding's.

    The first three are left out (``group-untold:<why>``), the last five kept with no arm
    (``no-arm:<why>``), as the caller reads the answer."""
    dose, both, none, finding = _untold_patterns()
    label = mention.label_
    if dose.search(between) and not _DOSE_NAMED.search(label):
        return f"{GROUP_UNTOLD}:dose-of-arm"
    if both.search(between):
        return f"{NO_ARM}:both-treatments"
    sentence = sent(span)
    for other in spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end):
        if other.label_ != label or other.start == mention.start or other.text.lower() != mention.text.lower():
            continue  # "60 received X alone" beside "64 received both X and Y": the name tells them apart
        if _other_count_names(doc, span, other) and not _or_other_arm(doc, other) \
                and not _choice().search(text_of(doc), max(sentence.start_char, other.start_char - CHOICE_BEFORE_CHARS),
                                         other.end_char + GROUP_OR_NONE_CHARS):
            return f"{GROUP_UNTOLD}:arm-named-twice"
    own = _own_count_after(doc, mention, sentence)
    if own is not None and parse_number(own[2]) != _number(span):
        return f"{NO_ARM}:group-counted-after"
    if none.match(text_of(doc), mention.end_char, sentence.end_char):
        return f"{NO_ARM}:or-none"
    if _followed_by_other_arm(doc, mention, past_regimen=True):
        return f"{NO_ARM}:dosed-or-other"  # "assigned to X 40 mg or placebo": every group's, as "X or placebo"
    if finding.search(between) and _trial_complement(doc, span):
        return f"{NO_ARM}:trial-complement"
    return None


#: ``X or Y``, ``X (n = 21) versus Y``: a group's name joined by ``or`` to another's.
_OR_JOINED = compile_pattern(r"(?i)\s*(?:\([^)]*\))?\s*(?:or|vs\.?|versus)\s+(?:to\s+(?:[a-z]+\s+)?)?(?:a\s+|an\s+|the\s+)?")


def _or_other_arm(doc: Doc, mention: Span) -> bool:
    """``assigned to X or Y``: the group's name offered with another, so the count before it is every group's."""
    text = text_of(doc)
    return any(other.label_ != mention.label_ and other.start_char > mention.end_char
               and _OR_JOINED.fullmatch(text, mention.end_char, other.start_char)
               for other in spans_starting(doc, "ARM_MENTION", start=mention.end, end=sent(mention).end))


#: Words that make what a count's people took a choice among treatments (``patterns/choice_words.txt``).
CHOICE_WORDS = "choice_words.txt"
#: Tokens after a group's name read for a choice word: ``daily injections of either placebo or X``.
CHOICE_AFTER_TOKENS = 3


@cache
def _choice() -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(CHOICE_WORDS))})\b")


def _offers_choice(doc: Doc, span: Span, mention: Span) -> bool:
    """Whether the treatment a count's people took is a choice among several (``350 adults randomly
    assigned to take either a daily tablet or a dummy pill``, ``100 volunteers received one of three
    doses``, ``80 women received daily injections of either placebo or X``): a choice word between the
    count and the group or right after the group, so the count is of every group together, not of the
    one named next to it."""
    end = min(sent(mention).end, mention.end + CHOICE_AFTER_TOKENS)
    return _choice().search(text_of(doc), span.end_char, doc[end - 1].idx + len(doc[end - 1])) is not None


@cache
def _allocated_bare() -> re.Pattern[str]:
    """``118 patients allocated HDEC`` (British, no ``to``): people, then the participle right before the
    group (``arm_sizes.json``: ``bare_allocation_participles``)."""
    participles = alternation(load_json(ARM_SIZE_WORDS)["bare_allocation_participles"])
    return compile_pattern(rf"(?i)^\s*(?P<people>[\w-]+)\s+(?:{participles})\s+$")


def _people_allocated(between: str) -> bool:
    """Whether the words between a count and a group are its people and ``allocated`` or
    ``assigned`` without ``to`` (``118 patients allocated X``); not a count of things (``the 12
    assigned yoga poses``)."""
    found = _allocated_bare().match(between)
    return found is not None and found["people"].lower() in _people()


#: Tokens after a treatment's name searched for a trial word: ``took part in the X clinical trial``.
TRIAL_AFTER_TOKENS = 2


def _names_the_trial(doc: Doc, mention: Span) -> bool:
    """A treatment named as the trial's subject (``took part in the ipilimumab clinical trial``), not a group."""
    return any(t.lower_ in word_set(TRIAL_WORDS) for t in doc[mention.end:mention.end + TRIAL_AFTER_TOKENS])


def _placed_in_group(doc: Doc, mention: Span, between: str) -> bool:
    """Whether a verb's count is placed in a group named as one (``included 301 patients in the X
    arm``): only words that place people between them, and a group noun after the group's name;
    not what the people did (``involving 205 women found those taking X``), nor the treatment of
    the whole trial (``involved 116 patients treated with X``)."""
    words = set(re.findall(r"[\w-]+", between.lower()))
    return words <= (_people() | _words("connectors") | _words("allocation_verbs") | _words("allocation_cues")) \
        and mention.end < len(doc) and doc[mention.end].lower_ in _words("group_nouns")


def _joined(doc: Doc, size: dict, label: str) -> dict:
    """Evidence from a size to the arm it was linked to: "43 patients receiving ixazomib"."""
    start, end = size["evidence"]["start"], size["evidence"]["end"]
    for mention in _mentions_in_sentence_at(doc, start, end):
        if mention.label_ == label:
            start, end = min(start, mention.start_char), max(end, mention.end_char)
            break
    return evidence((start, end), doc, rule="arm-size")


def _mentions_in_sentence_at(doc: Doc, start: int, end: int) -> list[Span]:
    """The arm mentions of the sentence holding character ``start``: those starting in it, found by
    bisection (a mention's sentence is the one of its first token), not every mention of the doc;
    where the tokens at ``start`` do not tell that sentence, the mentions whose sentence holds it."""
    at = _tokens_at(doc, start, max(end, start + 1))
    sentence = sent(at) if at is not None and len(at) else None
    if sentence is None or not sentence.start_char <= start < sentence.end_char:
        return [m for m in arm_mentions(doc) if sent(m).start_char <= start < sent(m).end_char]
    return spans_starting(doc, "ARM_MENTION", start=sentence.start, end=sentence.end)


def _count_before(doc: Doc, mention: Span) -> int | None:
    """The token of a count written before a group: ``(71 control``, ``147 allocated exemestane``,
    ``120 were assigned to X``, ``96 into the MPA arm``, ``100 for carmofur``, ``(100 in the X
    group``; the count opens a bracket or a list item, or follows ``randomized to``."""
    people = _people()
    allocation, connectors = _words("allocation_verbs"), _words("connectors")
    i = mention.start - 1
    if i >= 0 and doc[i].text == ",":  # "(208 received ALC; 201, placebo)"
        i -= 1
    skipped = []
    while i >= 0 and (doc[i].lower_ in connectors or doc[i].lower_ in allocation):
        skipped.append(doc[i].lower_)
        i -= 1
    if i >= 0 and doc[i].lower_ in people:
        skipped.append(doc[i].lower_)
        i -= 1
    # Joined by a preposition, a noun or a verb phrase ("into the", "patients", "were assigned to"),
    # not by one verb alone ("147 allocated exemestane").
    joined = len(skipped) > 1 or any(word not in allocation for word in skipped)
    sentence = sent(mention)
    if i < 1 or not doc[i].like_num or i < sentence.start:
        return None
    if joined and not any(t.lower_ in _words("allocation_cues") for t in sentence):
        return None  # "168 in the fenretinide arm and 190 in the control arm": counts of events
    before = doc[i - 1].lower_
    if before in _words("opens_count") or (before in ("to", "into") and i >= 2 and doc[i - 2].lower_ in allocation):
        return i
    return None


#: The most tokens between the people a bracket splits and its opening: ``96 adults (``,
#: ``17 (38%) men (``.
SPLIT_PEOPLE_TOKENS = 2


def _splits_event_people(doc: Doc, i: int, settings: Settings) -> bool:
    """Whether the count at token ``i`` is inside a bracket that splits a count of people by group
    when those people are the ones an event happened to, the event's verb right after the bracket:
    ``96 adults (58 placebo, 38 metformin) developed diabetes``, ``17 (38%) men (11 X
    and 6 Y) had ...``: each group's share of the event, not its size (``45 patients were enrolled
    (20 X, 25 Y).`` is a split of a population)."""
    sentence = sent(doc[i])
    depth, opening = 0, None
    for j in range(i - 1, sentence.start - 1, -1):
        if doc[j].text == ")":
            depth += 1
        elif doc[j].text == "(":
            if depth == 0:
                opening = j
                break
            depth -= 1
    if opening is None or not any(doc[j].lower_ in _people()
                                  for j in range(max(sentence.start, opening - SPLIT_PEOPLE_TOKENS), opening)):
        return False
    depth = 0
    for token in doc[opening:sentence.end]:
        depth += token.text == "("
        depth -= token.text == ")"
        if depth == 0:
            after = text_of(doc)[token.idx + 1:token.idx + 1 + settings.event_after_chars]
            return bool(_EVENT_AFTER.match(after)) and not _WHO.match(after)
    return False


#: The most tokens of an arm mention read back from a number for one that holds it.
MENTION_BACK_TOKENS = 4


def _in_arm_mention(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is part of an arm's mention: an amount that names a dose group (``25`` of
    ``X (25, 50, or 100 mg)``), not a count of people."""
    return any(m.start <= i < m.end for m in spans_starting(doc, "ARM_MENTION", start=max(0, i - MENTION_BACK_TOKENS),
                                                              end=i + 1))


def _numbers_before_arms(doc: Doc, settings: Settings) -> list[dict]:
    """``(71 control and 77 hypnosis)``, ``(147 allocated exemestane, 153 anastrozole)``, and the
    abstract forms of :func:`_count_before`; a count followed by an event (``12 in the placebo
    group died``) is a result."""
    found = []
    for mention in arm_mentions(doc):
        i = _count_before(doc, mention)
        if i is None:
            continue
        after = mention.end + (mention.end < len(doc) and doc[mention.end].lower_ in _words("group_nouns"))
        if doc[i - 1].lower_ in ("to", "into") and after < len(doc) and not doc[after].is_space \
                and doc[after].lower_ not in _words("closes_count"):
            continue  # "assigned to 12 acupuncture sessions": the count is of something else
        close = doc[after - 1].idx + len(doc[after - 1])
        if _EVENT_AFTER.match(text_of(doc)[close:close + 40]):
            continue
        if _followed_by_other_arm(doc, mention, past_regimen=True) or _splits_event_people(doc, i, settings) \
                or _closes_count_run(doc, i):
            continue  # "238 women were assigned to X or Y": the count of both groups, not X's
        if _in_arm_mention(doc, i):
            continue  # "X (25, 50, or 100 mg)": an amount naming a dose group, no count of people
        n = parse_number(doc[i].text)
        if n is not None and n == int(n) and n >= MIN_SLASH_TOTAL:
            found.append({"n": int(n), "population": "randomized", "arm": mention.label_,
                          "evidence": _linked(evidence((doc[i].idx, mention.end_char), doc, rule="number-before-arm"),
                                              "count-before-arm")})
    return found


def _numbers_after_arms(doc: Doc, settings: Settings) -> list[dict]:
    """``(tamoxifen 1238, placebo 1233)``, ``(TU arm 87, ACT arm 82)``, ``(arm A, 75; arm B, 54)``:
    a list of groups, each followed by its count; ``SC (34) or control arm (17)``: each group
    followed by its count in brackets; in a sentence about the trial's people."""
    found = []
    for mention in arm_mentions(doc):
        i = mention.end
        if i < len(doc) and doc[i].lower_ in _words("group_nouns"):
            i += 1
        bracketed = i < len(doc) and doc[i].text == "("  # "randomized to SC (34) or control (17)"
        if bracketed:
            i += 1
        elif mention.start < 1 or doc[mention.start - 1].lower_ not in _words("opens_count"):
            continue  # a list item: "(tamoxifen 1238, placebo 1233)"
        elif i < len(doc) and doc[i].text in (",", ":"):
            i += 1
        if i + 1 >= len(doc) or not doc[i].like_num or sent(doc[i]) != sent(mention):
            continue
        end = i + 1 + (doc[i + 1].lower_ in _people())
        closers = (")",) if bracketed else LIST_CLOSERS
        if end >= len(doc) or doc[end].text not in closers or not _TRIAL_CUE.search(span_text(sent(mention))) \
                or _splits_event_people(doc, i, settings) or _in_arm_mention(doc, i):
            continue  # "17 patients (X: 10; Y: 7) had a rash": the groups' shares of an event
        n = parse_number(doc[i].text)
        if n is not None and n == int(n) and n >= MIN_SLASH_TOTAL:
            found.append({"n": int(n), "population": "randomized", "arm": mention.label_,
                          "evidence": _linked(evidence((mention.start_char, doc[end - 1].idx + len(doc[end - 1])),
                                                       doc, rule="arm-then-number"), "arm-then-count")})
    return found


def _respectively_sizes(doc: Doc) -> list[dict]:
    """``The TC6 and T-FEC groups consisted of 22 and 21 patients, respectively``: a run of counts
    of people paired in order with the groups named before it in a ``respectively`` sentence."""
    found = []
    # Found in the LOWER array: a Python walk over every token was most of this component's time.
    for index in token_positions(doc, RESPECTIVELY):
        token = doc[index]
        sentence = sent(token)
        i = token.i - 1
        while i > sentence.start and doc[i].text == ",":
            i -= 1
        has_people = doc[i].lower_ in _people()
        if has_people:
            i -= 1
        run = _count_run(doc, i, sentence)
        if not run:
            found += _counts_then_groups(doc, sentence, index)
            continue
        if len(run) < MIN_LISTED_COUNTS or not (has_people or any(t.lower_ in _words("allocation_cues") for t in sentence)):
            continue
        labels = list(dict.fromkeys(m.label_ for m in named_mentions(doc, sentence) if m.end <= run[0].start))
        found += _sizes_in_order(doc, sentence, labels, run)
    return found


def _closes_count_run(doc: Doc, i: int) -> bool:
    """Whether a count closes a run of counts that share its people (``Thirty-seven and 36
    patients``): the group named nearest it is not its own, as the list is read in order
    (:func:`_ordered_list_sizes`), not by nearness; not after a year, nor after a number that ends a
    group's name (``160 were randomized to ZT 4410 and 80 to placebo``)."""
    return i >= 2 and doc[i].like_num and doc[i - 1].lower_ == "and" and doc[i - 2].like_num \
        and not _is_year(doc[i - 2].text) \
        and not any(m.end > i - 2 for m in spans_starting(doc, "ARM_MENTION", start=max(0, i - 2 - ARM_WINDOW), end=i - 1))


def _ordered_list_sizes(doc: Doc) -> list[dict]:
    """``Sixty-two and 58 patients were allocated to the control and experimental groups.``:
    a run of counts of people, an allocation verb and the list of groups that ends the sentence, one
    group per count, pair in order as in a ``respectively`` sentence (:func:`_counts_then_groups`,
    the sentence's end the marker); not the count nearest a group (37 is the control group's)."""
    found, read = [], set()
    people = token_positions(doc, _people())
    for index in token_positions(doc, _words("allocation_verbs")):
        sentence = sent(doc[index])
        if sentence.start in read:
            continue  # once per sentence, at its first allocation word (the positions come in order)
        read.add(sentence.start)
        if has_respectively(sentence):
            continue  # a "respectively" sentence is read by its marker
        if not _counted_people(doc, sentence, people):
            continue  # no run of counts before a word of people: no list to pair
        end = sentence.end
        while end > sentence.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end < sentence.end and doc[end].text in (".", ";") or end == len(doc):
            found += _counts_then_groups(doc, sentence, end)
    return found


def _counted_people(doc: Doc, sentence: Span, people: list[int]) -> bool:
    """Whether ``sentence`` writes a word of people (at one of the doc's ``people`` positions) after a
    run of :data:`MIN_LISTED_COUNTS` counts or more (:func:`_count_run`), as every list
    :func:`_counts_then_groups` pairs has: found by bisection in the doc's people words instead of
    reading the sentence's groups."""
    k = bisect_right(people, sentence.start)  # a word of people after the sentence's first token
    while k < len(people) and people[k] < sentence.end:
        if len(_count_run(doc, people[k] - 1, sentence)) >= MIN_LISTED_COUNTS:
            return True
        k += 1
    return False


def _count_run(doc: Doc, i: int, sentence: Span) -> list[Span]:
    """The run of counts written up to token ``i``, read backwards: numbers joined by ``and`` or a
    comma (``22, 21 and 20``, ``207 and 201``), in text order, each a span: a number word written
    with a hyphen is one count (``Sixty-two and 58``: 62, not the ``two`` after the hyphen)."""
    run = []
    while i >= sentence.start and doc[i].like_num:
        start = i
        if i - 2 >= sentence.start and doc[i - 1].text == "-" and doc[i - 2].like_num \
                and doc[i - 2].whitespace_ == "" and doc[i - 1].whitespace_ == "":
            start = i - 2  # "Thirty-seven": the tokenizer splits it at the hyphen
        run.insert(0, doc[start:i + 1])
        i = start - 1
        if i >= sentence.start and doc[i].lower_ in ("and", ","):
            i -= 1
            if i > sentence.start and doc[i].lower_ in ("and", ","):
                i -= 1  # ", and"
        else:
            break
    return run


def _sizes_in_order(doc: Doc, sentence: Span, labels: list[str], run: list, linker: str = "respectively-list") -> list[dict]:
    """The counts of ``run`` as the sizes of the groups ``labels`` names in the same order
    (``respectively``); none unless there is one group per count and every count is a whole number
    of at least :data:`MIN_SLASH_TOTAL`."""
    values = [parse_number(span_text(number)) for number in run]
    if len(labels) != len(run) or any(v is None or v != int(v) or v < MIN_SLASH_TOTAL for v in values):
        return []
    return [{"n": int(value), "population": _population(span_text(sentence)), "arm": label,
             "evidence": _linked(evidence((number.start_char, number.end_char), doc, rule="respectively-size"),
                                 linker)} for label, number, value in zip(labels, run, values)]


#: What joins the names of a list of groups (``X, Y and the Z``).
_GROUP_LIST_JOINERS = frozenset({",", "and", "the"})


def _counts_then_groups(doc: Doc, sentence: Span, marker: int) -> list[dict]:
    """``In total, 207 and 201 patients were enrolled to X and Y, respectively``, ``271 and 278
    patients received X and Y, respectively``: a run of counts of people, an allocation verb (with
    only connecting words), then the groups right before ``respectively``, one per count."""
    groups = [m for m in named_mentions(doc, sentence) if m.end <= marker]
    roles = _role_list(doc, sentence, marker)
    if roles is not None:  # "... to the control and the experimental groups": the arms the roles name
        labels, i = roles
        linker = "respectively-list-role"
    else:
        if len(groups) < 2:
            return []
        listed = [groups[-1]]  # the list of groups right before it: names joined by commas, "and", "the"
        for mention in reversed(groups[:-1]):
            if mention.end > listed[0].start or any(t.lower_ not in _GROUP_LIST_JOINERS for t in doc[mention.end:listed[0].start]):
                break
            listed.insert(0, mention)
        if any(not (t.text == "," or t.is_space) for t in doc[listed[-1].end:marker]):
            return []
        labels, i, linker = list(dict.fromkeys(m.label_ for m in listed)), listed[0].start - 1, "respectively-list"
    verb = False
    while i > sentence.start and (doc[i].lower_ in _words("connectors") or doc[i].lower_ in _words("allocation_verbs")):
        verb = verb or doc[i].lower_ in _words("allocation_verbs")
        i -= 1
    if not verb or doc[i].lower_ not in _people():
        return []
    run = _count_run(doc, i - 1, sentence)
    if len(run) < MIN_LISTED_COUNTS:
        return []
    return _sizes_in_order(doc, sentence, labels, run, linker)


def _role_list(doc: Doc, sentence: Span, marker: int) -> tuple[list[str], int] | None:
    """``the control and the experimental groups``, ``the intervention and control arms`` right
    before ``marker``: a list of groups named by role words alone (``allocation_items.json``:
    ``role_names``) and one group noun, each role the record's one arm of it or the one the text
    gave that role in brackets (``X (control group) or Y (experimental group)``); the arms' labels
    in the list's order and the token before the list, or None (a role no arm can be told by, or
    two roles naming one arm)."""
    i = marker - 1
    while i > sentence.start and (doc[i].text == "," or doc[i].is_space):
        i -= 1
    if doc[i].lower_ not in _words("group_nouns"):
        return None
    i -= 1
    words = []  # the role words, read backwards, with their tokens
    while i > sentence.start and (doc[i].lower_ in _GROUP_LIST_JOINERS or role_of_word(doc[i].lower_)):
        if role_of_word(doc[i].lower_):
            words.insert(0, doc[i])
        i -= 1
    roles = [role_of_word(word.lower_) for word in words]
    if len(roles) < MIN_LISTED_COUNTS or len(set(roles)) < len(roles):
        return None
    arms = state(doc).get("arms", [])
    labels = [arm_of_role(doc, arms, role) for role in roles]
    if None in labels or len(set(labels)) < len(labels):
        return None
    return labels, words[0].i - 1


def _linked(found: dict, linker: str | None) -> dict:
    """Evidence with the name of the linker that attached its size to an arm (none: no arm)."""
    if linker is not None and linker.startswith(NO_ARM):
        found["links"] = {NO_ARM: linker.split(":", 1)[1]}  # why a count assigned to a group keeps no arm
    elif linker is not None:
        found["links"] = {"arm": linker}
    return found


def _people() -> frozenset[str]:
    return word_set("populations.txt")


#: A rate in brackets right after a count: ``40/118 (33.9%)``, ``40/118 (33.9 per cent``: the
#: bracket need not be closed (the share's tokens are not counted, as ``past_share`` counts them).
_RATE_BRACKET = compile_pattern(rf"\s*[(\[]\s*\d[\d.]*\s*{PERCENT_SIGN}")


#: Units of dose (``patterns/dose_units.txt``, as written): one right after ``k/N`` (``97/103 mg``)
#: makes the pair doses, not a share of people.
DOSE_UNITS = "dose_units.txt"
_DOSE_UNIT_AFTER = compile_pattern(rf"\s*{alternation(load_lexicon(DOSE_UNITS))}\b")


def _slash_denominators(doc: Doc) -> list[dict]:
    """``17% (12/71) of patients treated with gefitinib``: 71 is the size of the gefitinib arm."""
    counts = spans(doc, "COUNT_SLASH", "COUNT_OF")
    fractions = spans(doc, "FRACTION")
    found = []
    for span in counts:
        if inside(span, fractions):
            continue  # "one out of 14 placebo users" is a proportion
        part, _, whole = re.split(r"\s*(/|\bout of\b|\bof\b)\s*(?:the\s+|all\s+|those\s+)?", span.text, maxsplit=1)
        k, n = parse_number(part), parse_number(whole)
        if k is None or n is None or not 0 <= k <= n or n < MIN_SLASH_TOTAL or n != int(n) or k != int(k):
            continue  # "came to 3.6 of 4 clinic visits": a mean of a count, not a share of people
        if _DOSE_UNIT_AFTER.match(text_of(doc), span.end_char):
            continue  # "97/103 mg twice daily": the doses of a combination pill, not a share of people
        if is_abstract(doc) and _RATE_BRACKET.match(text_of(doc), span.end_char):
            continue  # "40/118 (33.9%)": the rate's group is the count's (``results``, denominator-of-rate)
        if not is_abstract(doc) and "/" in span.text and not _share_of_people(doc, span):
            continue  # "20/50 or worse vision": a measure written with a slash, not a share of people
        arm, linker = nearest_arm(doc, span, counts), "slash-denominator"
        if arm is None:  # "In the X arm, 450 of 495 patients completed ...": the group the sentence opens with
            arm, linker = opening_scope_arm(doc, span), "opening-scope"
        if arm is not None:
            found.append({"n": int(n), "population": "analyzed", "arm": arm,
                          "evidence": _linked(evidence(span), linker)})
    return found


#: Characters before ``k/N`` read for the share it gives (``69% (11/16)``, ``99% of children (n=89/90)``).
SHARE_BEFORE_CHARS = 30
_SHARE_BEFORE = compile_pattern(r"(?:%|\bper ?cent)[^.;%]*$", re.IGNORECASE)


def _share_of_people(doc: Doc, span: Span) -> bool:
    """In news, ``k/N`` counts people when a share stands before it in its sentence (``69%
    (11/16)``) or a word of people follows it (``28/105 patients``)."""
    text = text_of(doc)
    start = max(sent(span).start_char, span.start_char - SHARE_BEFORE_CHARS)
    if _SHARE_BEFORE.search(text[start:span.start_char]):
        return True
    following = [t for t in doc[span.end:span.end + 2] if not t.is_punct]
    return bool(following) and following[0].lower_ in _people()


#: Tokens after a count read for the studies it counts (``11 randomized controlled trials``,
#: ``two randomized, controlled, Phase 2 trials``).
STUDY_NOUN_WINDOW = 8
#: Nouns of places a trial is run at, and of its groups: a count before one is no count of
#: people; tokens after the count read for one (``33 international sites``).
NOT_PEOPLE_NOUNS = "not_people_nouns.txt"
NOT_PEOPLE_WINDOW = 3
#: Nouns of people hyphened to a count before a trial word (``the 104-patient study``).
SIZE_ADJECTIVE_NOUNS = "size_adjective_nouns.txt"
#: Measures of what a group took (``12 acupuncture sessions``, ``two cups``): a count of them is no count of people.
SERVING_NOUNS = "serving_nouns.txt"
#: Phrases of a sentence about a trial still to come (``is being planned``, ``will be run``).
FUTURE_TRIAL_CUES = "future_trial_cues.txt"


def _counts_studies(doc: Doc, span: Span) -> bool:
    """A number of studies, not of people: ``11 randomized controlled trials with 1,511 patients``,
    ``24 randomized control trials`` (only words that describe a study between the number and the
    study word, and no group, people or other noun after it: ``two study groups``, ``102 completed the study``,
    ``348 received study drug`` count people)."""
    modifiers = word_set("study_modifiers.txt")
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in word_set(SIZE_ADJECTIVE_NOUNS):
        return False  # "the 1,250-person phase 3 trial": the trial's size
    described = False  # a word read as describing the study, not in study_modifiers.txt
    for token in doc[span.start + 1:min(len(doc), span.end + STUDY_NOUN_WINDOW)]:
        if token.lower_ in word_set(TRIAL_WORDS):
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            # past such a word the study word must end its noun phrase ("348 received study drug" counts
            # people) unless a verb follows it ("24 randomized control trials showed", "18 eligible studies
            # involving 2,000 adults" count studies)
            return after is None or (after.lower_ not in people_words()
                                     and not (described and _describes(after) and not _can_only_be_verb(after)))
        if _describes(token) and token.lower_ not in modifiers:
            described = True
        elif not (token.like_num or token.lower_ in modifiers or token.is_punct and token.text in ("-", ",")):
            return False
    return False


def _can_only_be_verb(token: Token) -> bool:
    """A word that is a verb and no noun (``showed``, ``involving``, ``found``): after a study noun it
    starts the clause's verb, not more of the noun phrase (``drug`` of ``study drug`` may be a noun)."""
    word_classes = classes(token.text)
    return VERB in word_classes and NOUN not in word_classes


def _describes(token: Token) -> bool:
    """A lower-case word that may describe a study before its noun (``342 eligible studies``,
    ``24 randomized control trials``, ``three completed clinical trials``): no function word and
    no word of people (``40 healthy adults in the study`` counts people)."""
    return token.is_alpha and token.is_lower and not token.is_stop and token.lower_ not in people_words()


def _counts_places(doc: Doc, end: int) -> bool:
    """A number (ending at token ``end``) of places or of groups, not of people: ``The trial
    included 152 sites in 21 countries``, ``at 33 international sites``, ``One group took 200
    milligrams``."""
    for token in doc[end:min(len(doc), end + NOT_PEOPLE_WINDOW)]:
        if token.lower_ in _people():
            return False  # "79 healthy volunteers serving as a comparison group": people
        if token.lower_ in word_set(NOT_PEOPLE_NOUNS) or token.lower_ in word_set(SERVING_NOUNS):
            return True
        if not (token.is_alpha and token.is_lower) or token.is_stop:
            return False  # "100 women in each group died": people, in a group
    return False


#: Phrases of a sentence about a trial set beside the reported one (``a larger trial``).
OTHER_TRIAL_CUES = "other_trial_size_cues.txt"


#: The most words between a phrase of ``other_trial_size_cues.txt`` and its trial noun (``a
#: larger phase 3 trial``, ``a larger (about 500 patients) phase 3 trial``).
OTHER_TRIAL_WORDS = 5


@cache
def _other_trial_cue() -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(OTHER_TRIAL_CUES))})\b(?:\W+[\w-]+){{0,{OTHER_TRIAL_WORDS}}}?"
                           rf"\W+(?:{alternation(load_lexicon(TRIAL_WORDS))})\b")


def _other_trial(doc: Doc, sentence: Span, span: Span) -> bool:
    """A count of people of a trial set beside the reported one, after its phrase in the sentence,
    in news: ``a larger trial with about 500 patients should report next year``, ``a similarly
    designed study on 29 participants`` (not ``The other 12 volunteers were given a larger meal``)."""
    cue = _other_trial_cue().search(text_of(doc), sentence.start_char, sentence.end_char)
    return cue is not None and cue.start() < span.start_char


def _event_share(doc: Doc, span: Span, before_chars: int) -> bool:
    """A count of the people an event happened to: after a verb of an event and ``in``
    (``retinopathy recurred in four infants``), or after ``in`` with its share after it (``Death
    occurred in 359 patients (59%) in the X group and in 398 patients (66%) ...``)."""
    text = text_of(doc)
    before = text[max(0, span.start_char - before_chars):span.start_char]
    if _EVENT_IN_BEFORE.search(before):
        return True
    return bool(_IN_BEFORE.search(before)) and past_share(doc, sent(span), span.end) != span.end


def _future_trial(sentence: Span) -> bool:
    """A trial still to come, in news: ``A larger trial involving 60 people is being planned``,
    ``The new study will be run from 15 locations and involve 1,400 patients`` (an abstract in the
    future tense is a protocol: ``The study will enroll 280 patients`` is its size)."""
    return bool(_future_cues(FUTURE_TRIAL_CUES).search(span_text(sentence)))


@cache
def _future_cues(name: str = FUTURE_TRIAL_CUES) -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(name))})\b")


#: Words after a number that make it a duration or a ratio (``five to seven years``, ``four times as
#: likely``), and words before a year (``between 1998 and 2003``).
DURATION_WORDS = "units.json:DURATION"
RATIO_WORDS = "ratio_words.txt"
YEAR_BEFORE_WORDS = "year_before_words.txt"
#: Words between people and a number that make it an age bound (``men over 60``).
AGE_BOUND_WORDS = "age_bound_words.txt"
#: Words of a statistic written before ``of`` and its value (``an average of 80 people``).
STATISTIC_WORDS = "statistic_words.txt"
#: The years a number between these is read as, after a word of ``year_before_words.txt``.
YEARS = range(1900, 2101)


def _is_year(number: str) -> bool:
    """Whether a number as written may be a year: in :data:`YEARS`, without a thousands comma
    (``1998``, not ``1,998``)."""
    return "," not in number and parse_number(number) in YEARS


def _not_a_count_of_people(doc: Doc, size: dict) -> bool:
    """A size whose number counts places or groups, or is a duration, a ratio or a year, whichever
    rule found it: ``152 sites``, ``women were followed for five to seven years``, ``four times as
    many``, ``between 1998 and 2003``."""
    number = _size_number(doc, size)
    if number is None:
        return False
    if _counts_places(doc, number.i + 1):
        return True
    after = doc[number.i + 1].lower_ if number.i + 1 < len(doc) else ""
    if after in word_set(DURATION_WORDS) or after in word_set(RATIO_WORDS):
        return True
    before = doc[number.i - 1].lower_ if number.i > 0 else ""
    if before == "of" and number.i > 1 and doc[number.i - 2].lower_ in word_set(STATISTIC_WORDS):
        return True  # "rings of an average of 80 people": a mean of several groups, not a population
    if before in word_set(AGE_BOUND_WORDS) and number.i > 1 and doc[number.i - 2].lower_ in _people():
        return True  # "men over 60 and women over 75": an age bound of the people, not a count
    return _is_year(number.text) and before in word_set(YEAR_BEFORE_WORDS)


#: Words between a count and the words that make it every group's size (``32 women per arm``).
EACH_GROUP_PEOPLE_WORDS = 2
#: The linker of a size that is every arm's own (``21 patients in each group``).
EACH_GROUP_LINKER = "each-group"
#: The fewest arms with sizes of their own for a size of every group to go only to them (the other
#: arms of the record are then treatments the groups share, or names no group was given).
MIN_SIZED_GROUPS = 2


@cache
def _each_group_after() -> re.Pattern[str]:
    nouns = alternation(_words("group_nouns"))
    return compile_pattern(rf"(?i)\s*(?:[a-z][a-z-]*\s+){{0,{EACH_GROUP_PEOPLE_WORDS}}}?"
                           rf"(?:{alternation(_words('each_group_words'))})\s+(?:{nouns})\b")


@cache
def _each_group_before() -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\beach\s+(?:{alternation(_words('group_verbs'))})\s+(?:of\s+)?$")


def _each_group_event(doc: Doc, span: Span, sentence: Span) -> bool:
    """A count of people in each group followed by an event (``100 women in each group died``,
    ``Two patients in each arm refused surgery``): each group's count of the event, no size; not when
    the verb takes a choice of treatments (``80 patients in each group had either X or Y``: each
    group's size)."""
    text = text_of(doc)
    after = _each_group_after().match(text, span.end_char, sentence.end_char)
    event = None if after is None else _EVENT_AFTER.match(text[after.end():sentence.end_char])
    return event is not None and not _choice().match(text[after.end() + event.end():sentence.end_char].lstrip())


def _each_group_sizes(doc: Doc, sizes: dict) -> None:
    """A size that is every group's own, whatever arm a linker gave it (``64 participants were randomized (32 women per
    arm)``, ``42 patients (21 patients in each group)``, ``the study group and the control group
    each contained 24 individuals``; ``patterns/arm_sizes.json``: ``each_group_words``,
    ``group_verbs``): each arm of the record takes it, linked by ``each-group`` (only the arms with
    sizes of their own, where two or more have one). It reads only counts
    already kept as sizes, so a planned size (``130 patients per arm were needed``) stays out, and a
    count whose group is followed by an event (``two patients in each arm withdrew``) is left as it is."""
    text = text_of(doc)
    every = []  # the sizes that are every group's, by their keys
    for (n, arm), size in sizes.items():
        if size["evidence"].get("links", {}).get("arm") == EACH_GROUP_LINKER:
            continue
        number = _size_number(doc, size)
        if number is None:
            continue
        line = sent(number)
        after = _each_group_after().match(text, number.idx + len(number.text), line.end_char)
        if after is not None and _EVENT_AFTER.match(text[after.end():line.end_char]):
            continue  # "Two patients in each arm refused surgery": each group's count of an event, no size
        if after is not None or _each_group_before().search(text, line.start_char, number.idx):
            every.append((n, arm))
    if not every:
        return
    arms = [arm["label"] for arm in state(doc).get("arms", [])]
    sized = [label for label in arms if any(size["arm"] == label for key, size in sizes.items() if key not in every)]
    if len(sized) >= MIN_SIZED_GROUPS:
        arms = sized  # "(NCT, n = 95; NET, n = 92) ... 87 patients in each group": the groups the text sized
    if not arms:
        return
    for key in every:
        size = sizes.pop(key)  # "80 were randomized to X or Y (40 women per arm)": not Y's alone
        for label in arms:
            sizes[(key[0], label)] = {**size, "arm": label,
                                      "evidence": {**size["evidence"], "links": {"arm": EACH_GROUP_LINKER}}}


#: Words between the part and the total of ``two of the eight people``.
OF_TOTAL_DETERMINERS = "of_total_determiners.txt"


def _of_total(doc: Doc, span: Span) -> bool:
    """The total of a part counted before it (``two of the eight people in the placebo group
    experienced ...``, ``Twenty of the 44 children in the X group suffered ...``): the event is the
    part's, and the total is the group's own population, when the group is named (one of the trial's
    arms)."""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in word_set(OF_TOTAL_DETERMINERS):
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and (doc[i - 1].like_num or _SHARE_PART.search(
        text_of(doc), max(0, doc[i].idx - SHARE_BEFORE_CHARS), doc[i].idx) is not None) \
        and _arm_of(doc, span)[0] is not None


def _says_whose_people(doc: Doc, span: Span, after: str, *, trial_complement: bool) -> bool:
    """Whether a count of people's own phrase says whose people they are, so that a verb of an event
    after it does not pick them out (``12 patients had a rash`` counts an event): a relative clause
    that describes them (``women who had undergone ...``), the total of a part (``two of the eight
    people in the X group``), a known total after a definite determiner (``The 24 patients in the
    study had used ...``) or the complement of a trial noun, whose verb is the trial's (``a clinical
    trial of nearly 700 adults found ...``; all the trial's people, so no group named after
    its verb is theirs: ``trial_complement``, :func:`_trial_complement`, which the caller reads once)."""
    return trial_complement or bool(_WHO.match(after)) or _of_total(doc, span) or _definite_total(doc, span)


#: Words between a trial noun and the count of its people (``a trial among 300 patients``).
TRIAL_PEOPLE_PREPOSITIONS = "trial_people_prepositions.txt"


@cache
def _trial_complement_before() -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(TRIAL_WORDS))})\s+"
                           rf"(?:{alternation(load_lexicon(TRIAL_PEOPLE_PREPOSITIONS))})\s+"
                           rf"(?:{alternation(load_lexicon(ROUNDING_WORDS))}\s+)?$")


def _trial_complement(doc: Doc, span: Span) -> bool:
    """A count of people that completes a trial noun in its sentence (``The results from a clinical
    trial of nearly 700 adults found ...``, ``A study among 450 smokers has shown ...``)."""
    if span.label_ != "POPULATION":
        return False
    sentence = sent(span)
    return _trial_complement_before().search(text_of(doc), sentence.start_char, span.start_char) is not None


def _definite_total(doc: Doc, span: Span) -> bool:
    """A count of people after a definite determiner and no part before it (``The 24 patients in the study
    had used seven drugs``, ``The 50 women treated had progressed``, ``these 40 volunteers``): a
    total the reader already knows, the whole of its people, of whom what follows is said; an event's
    own count is written without the determiner (``12 patients had a rash``), and the total of a part
    (``two of the eight people``) is read by ``_of_total``."""
    i = span.start - 1
    if span.label_ != "POPULATION" or i < 0 or doc[i].lower_ not in word_set(OF_TOTAL_DETERMINERS):
        return False
    return i == 0 or doc[i - 1].lower_ != "of"


#: A part written as a share before ``of`` and its total: ``about 30 percent of the 16 patients
#: treated with X had a response``, ``two-thirds of the 57 patients who got X``: the event is the share's,
#: as it is the count's in ``two of the eight people`` (the fractions of ``patterns/numbers.json``).
_SHARE_PART = compile_pattern(rf"(?i)(?:\d[\d.]*\s*(?:%|percent|per\s+cent)|\b"
                              rf"{alternation(load_json('numbers.json')['fractions'])})\s+$")


_RELATIVE = compile_pattern(r"(?i)^\s*(?:who|whose|that)\b")
#: Words opening a sentence with a total whose part it counts (``Among the 36 patients with X, 11 had``):
#: the words that say whose people a value counts (``patterns/own_people_after.txt``).
PART_TOTAL_OPENERS = "own_people_after.txt"


def _opens_with_total(doc: Doc, span: Span) -> bool:
    """A count of people that opens its sentence as the total of a part the sentence counts next
    (``Among the 36 patients with melanoma, 11 had a partial response``, ``Of the 68 women, 21
    received ...``): the people the trial's result is taken over, a population of the trial, though
    the sentence names no trial (the part is its result, or another size)."""
    if span.label_ != "POPULATION" or is_abstract(doc):
        return False  # an abstract's totals and parts are read by its own rules (``allocation``)
    sentence = sent(span)
    i = span.start - 1
    if i >= sentence.start and doc[i].lower_ in word_set(OF_TOTAL_DETERMINERS):
        i -= 1
    if i != sentence.start or doc[i].lower_ not in word_set(PART_TOTAL_OPENERS):
        return False
    comma = next((t for t in doc[span.end:sentence.end] if t.text == ","), None)
    if comma is None or comma.i + 1 >= sentence.end or not doc[comma.i + 1].like_num:
        return False
    # "Of the 789 patients who were dosed the usual way, ...": people told by what they were given are
    # a group's, kept only where an arm of the record is named (else a right number on no group)
    return not _RELATIVE.match(text_of(doc)[span.end_char:comma.idx]) or _arm_of(doc, span)[0] is not None


#: Verbs of taking or being given a treatment after ``who`` (``patterns/who_took_verbs.txt``).
WHO_TOOK_VERBS = "who_took_verbs.txt"
#: ``the 93 women who got the hypnosis treatment``: a count of people, ``who`` and a verb of taking.
_WHO_TOOK = compile_pattern(rf"(?i)\b(?:who|that)\s+(?:were\s+|had\s+)?(?:{alternation(load_lexicon(WHO_TOOK_VERBS))})\b")


def _who_took_arm(doc: Doc, span: Span) -> bool:
    """A count of people who took a treatment the trial compares (``For the 93 women who got the
    hypnosis treatment``): a group of the trial, whatever else its sentence says."""
    if span.label_ != "POPULATION" or BACKGROUND.search(span_text(sent(span))):
        return False  # "the 600,000 patients who receive PCI each year": the public, not a group
    arm, linker = _arm_of(doc, span)
    if linker != "assigned-to-arm":
        return False
    mention = next((m for m in spans_starting(doc, "ARM_MENTION", start=span.end, end=span.end + ARM_WINDOW + 1)
                    if m.label_ == arm), None)
    return mention is not None and bool(_WHO_TOOK.search(text_of(doc), span.end_char, mention.start_char))


#: Past verbs of taking a treatment right after a count of people (``patterns/took_arm_verbs.txt``).
TOOK_ARM_VERBS = "took_arm_verbs.txt"
#: Words between two groups named after such a verb that still make them options of one sentence
#: (``took rizatriptan 10 mg or their usual-care triptan``).
TOOK_OPTION_WORDS = 6
#: The linker of a group's size read by :func:`_took_arm`.
TOOK_ARM_LINKER = "took-arm"


@cache
def _took_after() -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\s+(?:{alternation(load_lexicon(TOOK_ARM_VERBS))})\b(?!\s+part\b)"  # not "took part in"
                           r"(?P<either>\s+either\b)?")  # matched at the count's end


#: A count's people put into several groups (``were randomized into two groups``, ``were split into
#: three arms``): all of them, no one group's, whatever group the sentence names next.
_INTO_GROUPS = compile_pattern(r"(?i)(?:\s+[a-z-]+){0,3}?\s+into\s+(?:two|three|four|five|\d)\s+"
                               r"(?:[a-z-]+\s+)?(?:groups|arms|cohorts)\b")
#: Between a verb of taking and a group's name: a clause break or a preposition of place or time
#: (``got sick in the X group``, ``took longer during the X phase``) says the name is not what was taken.
_NOT_TAKEN_OBJECT = compile_pattern(r"(?i)[,;:]|\.(?!\d)|\b(?:in|on|at|during|after|before|while|within|from|when|than|by)\b")
#: Words of a part before a count of people (``patterns/part_of_count_words.txt``: ``half of the``).
PART_OF_COUNT_WORDS = "part_of_count_words.txt"


@cache
def _part_of_count() -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(PART_OF_COUNT_WORDS))})\s+of\s+"
                           rf"(?:{alternation(load_lexicon(OF_TOTAL_DETERMINERS))})\s+$")


def _took_arm(doc: Doc, span: Span) -> tuple[bool, str | None]:
    """A count of people whose verb says they took a treatment the trial compares, though the
    sentence names no trial: ``(True, None)`` when it names two groups as options (``Ninety-one men
    took various doses of DMAU or a placebo``: the trial's people), ``(True, X)`` when it names one
    (``12 women took DHEA, 12 took HRT``: X's people); ``(False, None)`` when it names none within
    ARM_WINDOW tokens (``30 patients took their own lives`` is an event) or two joined as one
    treatment (``took vitamin D and calcium``: which group is not told). News only: an abstract's
    groups are read by its own rules."""
    if span.label_ != "POPULATION" or is_abstract(doc) or BACKGROUND.search(span_text(sent(span))):
        return False, None  # an abstract's groups: its own rules (group_sizes, respectively lists)
    text = text_of(doc)
    verb = _took_after().match(text, span.end_char, min(len(text), span.end_char + 40))
    if verb is None:
        return False, None
    sentence = sent(span)
    named = [m for m in spans_starting(doc, "ARM_MENTION", start=span.end, end=sentence.end) if m.start_char >= verb.end()]
    if not named or named[0].start > span.end + ARM_WINDOW \
            or _NOT_TAKEN_OBJECT.search(text, verb.end(), named[0].start_char):
        return False, None  # "30 patients got sick in the X group": the group is where, not what they took
    if _part_of_count().search(text, max(sentence.start_char, span.start_char - 30), span.start_char):
        return True, None  # "Half of the 300 volunteers got the vaccine": the half's group, the trial's 300
    first = named[0]
    following = next((m for m in named[1:] if m.label_ != first.label_), None)
    # from the last naming of the first group: "took the pill -- X (Brand) -- or a placebo"
    last = max((m for m in named if m.label_ == first.label_ and (following is None or m.end <= following.start)),
               key=lambda m: m.end)
    between = re.sub(r"(?<=\d),(?=\d)", "", text[last.end_char:following.start_char]) if following is not None else ""
    if verb["either"] and following is not None:  # "received either X (100,000 units), Y or a placebo"
        return (True, None) if re.search(r"(?i)\bor\b", text[first.end_char:named[-1].start_char]) else (False, None)
    if following is None or re.search(r"[,;:]", between) or len(between.split()) > TOOK_OPTION_WORDS:
        return True, first.label_  # "24 women took DHEA, and 22 took a placebo"
    if re.search(r"(?i)\bor\b", between):
        return True, None  # "took rizatriptan 10 mg or their usual triptan", "took either X (Y) -- or a placebo"
    return False, None  # "took vitamin D and calcium", "received X (75 mg) and Y": which group is not told


#: A verb of giving or trying a treatment and the preposition before its people
#: (``patterns/treatment_given_verbs.txt``: ``given to``, ``tested in``).
TREATMENT_GIVEN_VERBS = "treatment_given_verbs.txt"
#: Words of what was given between such a verb and its preposition: ``gave the tanning pill to``,
#: ``administered a once-daily dose of X for four weeks to`` (not ``from``/``between``: a range).
GIVEN_OBJECT_WORDS = 8


@cache
def _given_to_before() -> re.Pattern[str]:
    pairs = [entry.split() for entry in load_lexicon(TREATMENT_GIVEN_VERBS)]
    verbs = alternation(dict.fromkeys(verb for verb, _ in pairs))
    prepositions = alternation(dict.fromkeys(preposition for _, preposition in pairs))
    return compile_pattern(rf"(?i)\b(?P<verb>{verbs})\s+(?:(?!(?:from|between)\b)[a-z'\u2019-]+\s+){{0,{GIVEN_OBJECT_WORDS}}}?"
                           rf"(?P<prep>{prepositions})\s+(?:{alternation(load_lexicon(ROUNDING_WORDS))}\s+)?$")


def _given_to(doc: Doc, span: Span) -> bool:
    """A count of people a treatment was given to or tried in (``the drug was given to 349 accident
    victims``, ``tested the vaccine on 13 people``, ``administered to 47 patients with breast
    cancer``): the trial's people, though the sentence names no trial; not the public a treatment
    is given to every year (a sentence of background)."""
    sentence = sent(span)
    if span.label_ != "POPULATION" or BACKGROUND.search(span_text(sentence)):
        return False
    found = _given_to_before().search(text_of(doc)[sentence.start_char:span.start_char])
    return found is not None and " ".join((found["verb"].lower(), found["prep"].lower())) \
        in word_set(TREATMENT_GIVEN_VERBS)


#: Who ran a study (``patterns/researcher_subjects.txt``: ``researchers``, ``the team``) and what
#: they did with its people (``patterns/researcher_action_verbs.txt``: ``conducted``, ``injected``).
RESEARCHER_SUBJECTS = "researcher_subjects.txt"
RESEARCHER_ACTION_VERBS = "researcher_action_verbs.txt"
#: Their verbs of giving a treatment (``patterns/researcher_giving_verbs.txt``: ``injected``, ``offered``).
RESEARCHER_GIVING_VERBS = "researcher_giving_verbs.txt"
#: Characters between the researchers' verb and the count of people it acts on.
RESEARCHER_OBJECT_CHARS = 90
#: Nouns of what was taken from people (``patterns/people_material_nouns.txt``: ``771 patient samples``).
PEOPLE_MATERIAL_NOUNS = "people_material_nouns.txt"


@cache
def _researchers_did_before(verbs: str = RESEARCHER_ACTION_VERBS) -> re.Pattern[str]:
    return compile_pattern(
        rf"(?i)\b(?:{alternation(load_lexicon(RESEARCHER_SUBJECTS))})"
        r"(?:\s+(?:at|in|from|of)\s+[^,;:()]{1,60}?)?"  # "Researchers at the University of X"
        r"(?:\s+(?:have|has|had))?(?:\s+[a-z]+ly)?"  # "has orally presented"
        rf"\s+(?:{alternation(load_lexicon(verbs))})\b"
        rf"[^;:.\"\u201c\u201d]{{0,{RESEARCHER_OBJECT_CHARS}}}$")


def _researchers_did(doc: Doc, span: Span) -> bool:
    """A count of people that what the study's researchers did acts on (``Researchers in Turkey
    conducted experiments with 53 postmenopausal women``, ``the authors offered 16 cancer patients
    ...``, ``researchers injected the tumors of 24 patients``): the trial's people, though the
    sentence names no trial; the researchers' words of saying or finding (``the researchers said``)
    are no such verb, nor a sentence of background. A verb of giving (``offered``) reads the trial's
    people only in a trial of one group; a count of what was taken from people (``patient samples``)
    or one followed by a group's name in its sentence is none."""
    sentence = sent(span)
    if span.label_ != "POPULATION" or BACKGROUND.search(span_text(sentence)):
        return False
    before = text_of(doc)[sentence.start_char:span.start_char]
    if _researchers_did_before().search(before) is None and (
            len(state(doc).get("arms") or ()) > 1 or _researchers_did_before(RESEARCHER_GIVING_VERBS).search(before) is None):
        return False  # "the authors offered 16 patients fish oil" in a trial of more groups: one group's people
    material = word_set(PEOPLE_MATERIAL_NOUNS)
    if any(token.lower_ in material for token in doc[span.start:min(span.end + 1, sentence.end)]):
        return False  # "tested the device with 771 patient samples": what was taken from people
    # "the team took 30 patients off X and gave Y to the rest": a group named after them is theirs
    return not any(mention.start >= span.end for mention in named_mentions(doc, sentence))


def _tallies_harms(doc: Doc, size: dict) -> bool:
    """A count of people alone in brackets after a name, in a sentence about harms (``serious adverse
    reactions included: pneumonia (6 patients); rash (4 patients)``; ``patterns/safety_finding_nouns.txt``):
    how many had that harm, a result, not a population of the trial, whichever rule found it."""
    number = _size_number(doc, size)
    if number is None or number.i == 0 or doc[number.i - 1].text not in ("(", "["):
        return False
    after = doc[number.i + 1:number.i + 1 + NOT_PEOPLE_WINDOW]
    closing = next((t for t in after if t.text in (")", "]")), None)
    if closing is None or any(t.lower_ not in _people() for t in doc[number.i + 1:closing.i]):
        return False
    sentence = sent(number)
    return any(inside(m, [sentence]) for m in spans(doc, "SAFETY_MENTION"))


def _speaks(doc: Doc, span: Span) -> bool:
    """A count of people who said or reported something (``Two study participants said they felt
    better``): some of the trial's people, not one of its populations."""
    return span.end < len(doc) and doc[span.end].lower_ in word_set("speech_verbs.txt")


#: The fewest people a news story's count must have to be a population of its trial: one or two
#: people in news are an anecdote or a part of it (``One participant in the study was too anxious
#: to ...``, ``one patient at a time``, ``54 men and two women``), never the trial's own group.
MIN_NEWS_SIZE = 3


#: Words after which a number labels something (``phase 3``, ``stage 2``), not a count of people
#: (``patterns/size_label_nouns.txt``; no group noun: ``placebo group 119 patients``).
LABEL_NOUNS = "size_label_nouns.txt"
#: A rate's round denominator (``per 1,000 women``, ``2 cases of cancer in 1,000 people``): a power of
#: ten, after ``per`` or ``in`` and a count of the rate's events (up to :data:`RATE_WORDS` words
#: before), and the count of events itself, before ``per`` and a number.
RATE_WORDS = 5
_RATE_BEFORE = compile_pattern(rf"(?i)(?:^|[^\d.,])\d[\d,]*(?P<words>(?:\s+[a-z-]+){{0,{RATE_WORDS}}})\s+{phrase_regex(RATE_AFTER_COUNT_WORDS)}\s+$")
_RATE_AFTER = compile_pattern(rf"(?i)\s*{phrase_regex(RATE_DENOMINATOR_WORDS)}\s+(?P<denominator>\d[\d,]*\d|\d)(?!\d|\.\d)")
#: The smallest round denominator of a rate (``per 100``): a power of ten from it up.
MIN_RATE_DENOMINATOR = 100
#: Characters before a count read for a rate's count of events.
RATE_BEFORE_CHARS = 60


def _rate_term(doc: Doc, span: Span) -> bool:
    """A count that is a term of a rate, not people of the trial: the events before ``per`` and a
    round number (``from 31 events per 1,000 adults``), or a round denominator after a count of events
    (``4 cases of liver injury in 1,000 people``, ``3 in 10,000 women``)."""
    text = text_of(doc)
    number = span[0]
    if any(after is not None and _round_denominator(after["denominator"])
           for after in (_RATE_AFTER.match(text, number.idx + len(number.text)), _RATE_AFTER.match(text, span.end_char))):
        return True
    if not _round_denominator(number.text):
        return False
    start = max(sent(span).start_char, span.start_char - RATE_BEFORE_CHARS)
    found = _RATE_BEFORE.search(text[start:span.start_char])
    # "at 100 centres in 10,000 patients": a count of places before ``in`` is no rate's events, nor a
    # length of time ("tested the drug for 2 years in 1,000 patients")
    return found is not None and not set(found["words"].lower().split()) & (
        word_set(NOT_PEOPLE_NOUNS) | word_set("site_nouns.txt") | word_set(DURATION_WORDS))


def _round_denominator(written: str) -> bool:
    """Whether a number is a rate's round denominator: a power of ten of at least
    :data:`MIN_RATE_DENOMINATOR` (``1,000``, ``10000``; not ``1,200``)."""
    n = parse_number(written)
    return n is not None and n >= MIN_RATE_DENOMINATOR and n == int(n) and str(int(n)).rstrip("0") == "1"


#: Verbs of a study's coming out (``patterns/report_out_verbs.txt``) and the past times after them that
#: date an earlier paper (``patterns/earlier_paper_times.txt``: ``last year``).
REPORT_OUT_VERBS = "report_out_verbs.txt"
EARLIER_PAPER_TIMES = "earlier_paper_times.txt"
#: Words between such a verb and its date (``published in 2006``, ``reported on a study ... in 2008``).
REPORT_DATE_WORDS = 4


#: Words that make a dated sentence name a study other than the reported one
#: (``patterns/earlier_study_words.txt``: "earlier", "previous"), and the most words between ``a``
#: or ``an`` and a trial noun that name one too (``a German study``, ``an observational trial``).
EARLIER_STUDY_WORDS = "earlier_study_words.txt"
#: Words opening such a sentence that point back to another study (``patterns/other_study_openers.txt``:
#: "That study, which involved ..., was published in 2012").
OTHER_STUDY_OPENERS = "other_study_openers.txt"
OTHER_STUDY_WORDS = 3


@cache
def _dated_report() -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = alternation(load_lexicon(REPORT_OUT_VERBS))
    year = rf"in\s+(?:(?:{alternation(load_lexicon('months.txt'))})\.?\s+)?(?P<year>(?:19|20)\d\d)\b"
    times = alternation(load_lexicon(EARLIER_PAPER_TIMES))
    return (compile_pattern(rf"(?i)\b(?:{verbs})\s+(?:[\w'\u2019-]+\s+){{0,{REPORT_DATE_WORDS}}}?(?:{year}|(?:{times})\b)"),
            compile_pattern(rf"(?i)^\W*{year}\s*,.*\b(?:{verbs})\b"))


@cache
def _another_study() -> re.Pattern[str]:
    trial = alternation(load_lexicon(TRIAL_WORDS))
    return compile_pattern(rf"(?i)\b(?:(?:a|an)\s+(?:[\w'\u2019-]+\s+){{0,{OTHER_STUDY_WORDS}}}?(?:{trial})|"
                           rf"(?:{alternation(load_lexicon(EARLIER_STUDY_WORDS))}))\b"
                           rf"|^\W*(?:{phrase_regex(OTHER_STUDY_OPENERS)})\b")


#: The state key of the year a story is written in (:func:`_story_year`), found once per doc.
STORY_YEAR = "story_year"


def _story_year(doc: Doc) -> int | None:
    """The year a story is written in: its article's date, else the latest year its text names.
    Read once per doc (kept in its state), not once per dated sentence."""
    data = state(doc)
    if STORY_YEAR not in data:
        published = data.get("article", {}).get("published")
        data[STORY_YEAR] = int(published[:4]) if published else latest_year(doc)
    return data[STORY_YEAR]


def _dated_earlier_study(doc: Doc, sentence: Span) -> bool:
    """A sentence about a study that came out at a past date (``a Danish study of 52 adults published
    in 2009``, ``In 2011, X presented the results of a trial of some 9,000 people``, ``a study
    published last year``): in news, its counts of people are an earlier study's, when the story gives
    the reported trial's whole size outside such sentences (:func:`extract`). The date alone does not
    make the study another one (``The trial, reported in April 2016 in X, enrolled 1,350 adults``
    is the story's own): the sentence names another study (``a German study``, ``an earlier trial``,
    ``That study, which involved ...``),
    or its date is a past time (``last year``) or a year before the story's (:func:`_story_year`)."""
    text = span_text(sentence)
    inline, opening = _dated_report()
    found = inline.search(text) or opening.match(text)
    if found is None:
        return False
    if _another_study().search(text) or found["year"] is None:
        return True
    year = _story_year(doc)
    return year is not None and int(found["year"]) < year


#: Words an adjective list may have before the comma that ends it: ``700 older, healthy adults``.
LISTED_MODIFIER_WORDS = 2
#: The rule of such a count in its evidence.
LISTED_POPULATION_RULE = "number-listed-population"


#: One word of a listed count's adjectives or of what follows its comma (``older``, ``non-smoking``).
_LISTED_WORD = r"[A-Za-z][A-Za-z'\u2019-]*"
#: The end of a listed count of people, from the comma after its adjectives: ``, healthy adults``.
_LISTED_TAIL = rf",\s+(?P<rest>(?:{_LISTED_WORD}\s+){{0,2}}?){{LEX:populations.txt}}\b"


@cache
def _listed_population() -> re.Pattern[str]:
    from ..components.ruler import expand  # the ruler's placeholders: {NUM}, {NUMWORD}, {LEX:...}

    return compile_pattern(expand(
        rf"(?<![\w.,\u00b7])(?:{{NUM}}|{{NUMWORD}})\s+(?P<listed>{_LISTED_WORD}(?:,?\s+{_LISTED_WORD}){{0,{LISTED_MODIFIER_WORDS - 1}}}?)"
        + _LISTED_TAIL))


@cache
def _listed_population_scanner() -> ContainedScanner:
    """:func:`_listed_population`'s ``finditer`` as the ruler runs a rule that opens with a number:
    tried only where a number or a number word starts (:class:`AnchoredScanner`), and only in a
    text that holds its end, a comma before a word of people (the gate every match holds): the
    same matches, for a scan of the whole text that most texts end without one."""
    from ..components.ruler import NUM_START, expand, number_word_regex

    anchors = Anchors(NUM_START, number_word_regex(), lower=TEXT_LOWER)
    return ContainedScanner(AnchoredScanner(_listed_population().pattern, anchors), expand(_LISTED_TAIL))


def _adjective(word: str) -> bool:
    return ADJ in classes(word.lower()) or ("-" in word and ADJ in classes(word.lower().rsplit("-", 1)[1]))


def _listed_populations(doc: Doc) -> list[Span]:
    """Counts of people whose adjectives are listed with a comma (``700 older, healthy adults``,
    ``32 healthy, non-smoking women``), which the ruler's count of people (no commas) does not
    read: POPULATION spans of their own when every word before the comma can be an adjective
    (not ``12 weeks, all the patients``, ``3 years, found that men``)."""
    found: list[Span] = []
    text = text_of(doc)
    if "," not in text:
        return found
    for start, end, match in _listed_population_scanner().finditer(text):
        listed = match["listed"].replace(",", " ").split()
        rest = match["rest"].split()
        if not all(_adjective(w) for w in listed) or any(is_function_word(w.lower()) for w in rest):
            continue
        span = doc.char_span(start, end, label="POPULATION", alignment_mode="expand",
                             span_id=LISTED_POPULATION_RULE)
        if span is not None:
            found.append(span)
    return found


@dataclass(frozen=True)
class Settings:
    """The settings of the sample-size fact: the ``trialnews_sizes`` component's config (characters
    of text read around a count)."""

    #: After a count, for "in the X group" (which makes it a group's size without other cue).
    in_group_chars: int = IN_GROUP_CHARS
    #: After a count of people, for what happened to them (an event, not a population).
    event_after_chars: int = 40
    #: Before a count of people, for a percentage or a comparison it belongs to.
    count_before_chars: int = 30
    #: Around a count (within its sentence), for the population it is (randomized, enrolled...).
    population_chars: int = 60
    #: Before a count, for a word that rounds it ("nearly").
    rounded_before_chars: int = 20
    #: How far a rounded size may be from the exact one it rounds (a fraction of it).
    rounding: float = ROUNDING
    #: The fewest people a news story's count must have to be a population of its trial.
    min_news_size: int = MIN_NEWS_SIZE


DEFAULTS = Settings()


def extract(doc: Doc, settings: Settings = DEFAULTS) -> None:
    data = state(doc)
    sizes: dict[tuple[int, str | None], dict] = {}
    dated: set[tuple[int, str | None]] = set()  # sizes read in a sentence about an earlier study
    untold: set[int] = set()  # where the counts assigned to a group no arm can be told to be start (characters)
    counted = longest_first(spans(doc, "N_EQUALS", "POPULATION", "ENROLL_VERB", "N_VERB") + _listed_populations(doc))
    # "364 (X, n = 180; Y, n = 184) completed": each group's own count inside a longer count
    counted += [n for n in spans(doc, "N_EQUALS") if n not in counted and inside(n, counted)]
    for span in sorted(counted, key=lambda s: s.start):
        sentence = sent(span)
        if section_at(doc, span.start_char) in NOT_TRIAL_SECTIONS:
            continue  # "Each year 1.4 million women ..." in a structured abstract's background
        took, took_label = _took_arm(doc, span)  # "24 women took X": read once, a cue, no event, and a group
        if sentence.start == 0 or not (_TRIAL_CUE.search(span_text(sentence)) or _IN_GROUP.match(
                text_of(doc)[span.end_char:span.end_char + settings.in_group_chars]) or _who_took_arm(doc, span)
                or _opens_with_total(doc, span) or _given_to(doc, span) or _researchers_did(doc, span)
                or took
                or _each_group_before().search(text_of(doc), sentence.start_char, span.start_char)):
            continue  # "There were 43 patients in the Reusable Group", "the 93 women who got hypnosis" need no other cue
        if about_other_research(doc, sentence) or (not is_abstract(doc) and (
                _future_trial(sentence) or _other_trial(doc, sentence, span))):
            continue  # "In an earlier trial from France, 269 patients were asked ...", "... is being planned"
        if _counts_studies(doc, span) or _speaks(doc, span):
            continue  # "11 randomized controlled trials", "Two study participants said ...": no population
        if span.start > 0 and doc[span.start - 1].is_currency:
            continue  # "£300,000 has been committed so participants can be followed": money
        after = text_of(doc)[span.end_char:span.end_char + settings.event_after_chars]
        # "218 women got a placebo": a verb of an event ("got sick") taking one of the trial's treatments
        event_after = span.label_ == "POPULATION" and _EVENT_AFTER.match(after) is not None and not took
        # "A study of some 2,600 adults found taking X did not ...": the trial's verb follows its own
        # count of all its people (so a group named after that verb is not theirs either, below)
        complement = event_after and _trial_complement(doc, span)
        if span.label_ == "POPULATION" and ((event_after and not _says_whose_people(doc, span, after, trial_complement=complement))
                                            or _SUBSET.search(span_text(span)) or _HYPOTHETICAL.match(after)
                                            or _COUNT_CONTEXT.search(text_of(doc)[max(0, span.start_char - settings.count_before_chars):span.start_char])
                                            or _event_share(doc, span, settings.count_before_chars)):
            continue
        if span.label_ == "POPULATION" and _MORE_THAN.search(text_of(doc), max(0, span.start_char - settings.count_before_chars),
                                                             span.start_char) \
                and not any(t.lower_ in word_set(TRIAL_WORDS) for t in sentence):
            continue  # "more than 16,000 members", "has treated fewer than 100 patients": a study must be named
        if span.label_ == "POPULATION" and _each_group_event(doc, span, sentence):
            continue  # "100 women in each group died": each group's count of an event, no size
        if span.label_ in ("POPULATION", "N_VERB") and _rate_term(doc, span):
            continue  # "31 events per 1,000 adults", "2 cases of cancer in 1,000 people": a rate, no population
        if span.label_ in ("POPULATION", "N_VERB") and span.start > 0 and doc[span.start - 1].lower_ in word_set(LABEL_NOUNS):
            continue  # "a Phase 3 randomized trial": a label, no count (the count starts these spans)
        n = _number(span)
        if n is None or _SCALE.search(span.text):
            continue  # "2.5 million people" is a population statistic, not a trial's
        arm, linker = (None, None) if complement else _arm_of(doc, span)
        if took and not (linker is not None and linker.startswith((GROUP_UNTOLD, NO_ARM))):
            # "673 patients took X 10 mg or their usual Y": both groups' people, not X's; but "40
            # received the smallest dose of X" stays a group the record does not tell
            if took_label != arm:  # the same group read by the arm linker keeps its link
                arm, linker = (took_label, TOOK_ARM_LINKER if took_label is not None else None)
        if arm is not None and _INTO_GROUPS.match(text_of(doc), span.end_char, sentence.end_char):
            arm, linker = None, None  # "360 adults were randomized into two groups: one did X": all of them
        if linker is not None and linker.startswith((GROUP_UNTOLD, NO_ARM)):
            untold.add(span.start_char)
        if linker is not None and linker.startswith(GROUP_UNTOLD):
            continue  # "six patients who received the lowest dose of X": a group no arm of the record is
        if arm is not None and n < MIN_ARM_SIZE:
            continue  # "Two patients in the X group refused surgery": some of a group's people, not its size
        if arm is not None and _closes_count_run(doc, span.start):
            continue  # "62 and 58 patients were allocated to the X and Y groups": 58 is not X's (a list read in order)
        context = text_of(doc)[max(sentence.start_char, span.start_char - settings.population_chars):
                               min(sentence.end_char, span.end_char + settings.population_chars)]
        if span.label_ in ("ENROLL_VERB", "N_VERB"):
            context = span.text  # the verb of the size itself: "enrolled 57", "210 were randomized"
        if is_abstract(doc) or not _dated_earlier_study(doc, sentence):
            dated.discard((n, arm))  # the same count written of the story's own trial too
        elif (n, arm) not in sizes:
            dated.add((n, arm))
        sizes.setdefault((n, arm), {"n": n, "population": _population(context), "arm": arm,
                                    "evidence": _linked(evidence(span), linker)})
    ordered = _respectively_sizes(doc) + _ordered_list_sizes(doc)
    listed = {size["evidence"]["start"] for size in ordered}
    for key, size in list(sizes.items()):
        if size["evidence"]["start"] in listed:
            del sizes[key]  # a count of a list paired in order with its groups: not the group nearest it, nor the trial's
    for size in _slash_denominators(doc) + _numbers_before_arms(doc, settings) + _numbers_after_arms(doc, settings) + ordered:
        if size["arm"] is not None and size["evidence"]["start"] in untold:
            continue  # "21 received X on the arm, 17 received X on the thigh": no other reading tells the arm either
        sizes.setdefault((size["n"], size["arm"]), size)
    if is_abstract(doc):  # the groups an abstract lists with their sizes, named or not among the arms
        group_sizes(doc, sizes, _population, lambda after: bool(_EVENT_AFTER.match(after[:settings.event_after_chars])))
    _each_group_sizes(doc, sizes)  # "21 patients in each group": every arm's size
    for key, size in list(sizes.items()):
        first = _evidence_tokens(doc, size)
        if size["arm"] is not None and first is not None and len(first) and first[0].like_num \
                and _splits_event_people(doc, first[0].i, settings):
            del sizes[key]  # "205 patients (103 in the X arm and 102 in the Y arm) had nausea": an event's people
    closing = [] if is_abstract(doc) else _closing_sections(doc)
    for key, size in list(sizes.items()):
        if _not_a_count_of_people(doc, size) or _tallies_harms(doc, size) or (size["n"] < settings.min_news_size and not is_abstract(doc)):
            del sizes[key]
        elif any(start <= size["evidence"]["start"] < end for start, end in closing):
            del sizes[key]  # "About MUSC ... more than 3,000 students and nearly 13,000 employees"
    for key, size in list(sizes.items()):
        start = size["evidence"]["start"]
        rounded = _APPROXIMATE.search(text_of(doc)[max(0, start - settings.rounded_before_chars):start]
                                      + size["evidence"]["text"])
        if rounded and any(other is not size and other["arm"] == size["arm"] and other["n"] != size["n"]
                           and abs(other["n"] - size["n"]) <= settings.rounding * size["n"]
                           and _rounds_to(other["n"], size["n"]) for other in sizes.values()):
            del sizes[key]  # "nearly 2,500 men" beside "enrolled 2,499 men": one population, written twice
    grouped = {(size["n"], _sentence_start(doc, size)) for size in sizes.values()
               if size["arm"] is not None and size["evidence"].get("links", {}).get("arm") in OF_TOTAL_LINKERS}
    for key, size in list(sizes.items()):
        if size["arm"] is None and (size["n"], _sentence_start(doc, size)) in grouped:
            del sizes[key]  # "In the X arm, 450 of 495 patients": one group's total, not the trial's too
    if any(key not in dated and key[1] is None for key in sizes):
        for key in dated & sizes.keys():
            del sizes[key]  # "a Danish study of 52 adults published in 2009" beside the story's own trial's size
    data["sample_sizes"] = list(sizes.values())


def _rounds_to(exact: int, rounded: int) -> bool:
    """Whether a rounded count (``nearly 2,500``, ``about 150``) can stand for an exact one: the exact
    count rounds to it at the place of its last non-zero digit (2,499 to 2,500; 1,126 to ``more than
    1,100``; not 143 to ``about 150``, a population of its own: ``About 150 babies were enrolled ...
    The remaining 143 babies were followed``)."""
    step = 1
    while rounded > 0 and rounded % (step * 10) == 0:
        step *= 10
    return 2 * abs(exact - rounded) <= step


#: The word opening a press release's closing section about an institution, a company, a product or
#: a disease (``About MUSC``), and the heading's shape: the word and a capital at the start of a
#: line, the heading ending the line, or a colon or a dash after it (``About the NIH: NIH, ...``).
CLOSING_SECTION_OPENERS = "closing_section_openers.txt"
#: Words of an organisation's name in such a heading (``Medical Center``, ``Pharmaceuticals``).
CLOSING_SECTION_ORG_WORDS = "closing_section_org_words.txt"
#: The most characters of such a heading.
CLOSING_HEADING_CHARS = 80


@cache
def _closing_heading() -> re.Pattern[str]:
    return compile_pattern(rf"(?m)^(?:{alternation(load_lexicon(CLOSING_SECTION_OPENERS))})\s+[A-Z\d][^\n:.]{{0,{CLOSING_HEADING_CHARS}}}?"
                           r"(?=[ \t]*$|\s*:|\s+[-\u2013\u2014]\s)")


def _closing_sections(doc: Doc) -> list[tuple[int, int]]:
    """Where a news text's closing sections about an organisation run (characters): from an ``About
    X`` heading whose name holds a word of an organisation (``closing_section_org_words.txt``:
    ``About UT Southwestern Medical Center``) to the next heading or the end; not when the heading
    names a study or trial (``About the Phase 2 Trial`` describes the trial itself)."""
    text = text_of(doc)
    headings = list(_closing_heading().finditer(text))
    found = []
    for k, heading in enumerate(headings):
        words = {w.lower() for w in re.findall(r"[\w-]+", heading.group())}
        if words & word_set(TRIAL_WORDS) or not words & word_set(CLOSING_SECTION_ORG_WORDS):
            continue
        end = headings[k + 1].start() if k + 1 < len(headings) else len(text)
        found.append((heading.start(), end))
    return found


#: The linkers of a group's total read from a count over it (``450 of 495 patients``).
OF_TOTAL_LINKERS = frozenset({"slash-denominator", "opening-scope"})


def _sentence_start(doc: Doc, size: dict) -> int:
    """Where the sentence of a size's evidence starts (characters)."""
    token = _evidence_tokens(doc, size)
    return sent(token).start_char if token is not None and len(token) else -1


#: The population of an arm's own size where several sizes are linked to it: the number assigned
#: to it (CONSORT), not the number analysed for one outcome.
ARM_POPULATION = "randomized"


def arm_sizes(doc: Doc, arms: list[dict], sample_sizes: list[dict]) -> None:
    """An arm without a size takes the one sample size linked to it, its evidence joined to the
    arm's mention ("43 patients receiving ixazomib"). The assembler calls it: the sizes fact
    writes only its own part of the record."""
    for arm in arms:
        linked = [s for s in sample_sizes if s["arm"] == arm["label"]]
        if arm["n"] is not None and len(linked) == 1 and linked[0]["n"] != arm["n"] and any(
                s["arm"] not in (None, arm["label"]) and s["n"] == arm["n"] for s in sample_sizes):
            arm["n"] = None  # "X or Y (n = 120 and n = 118, respectively)": 120 is X's, not Y's
        if arm["n"] is None:
            randomized = [s for s in linked if s["population"] == ARM_POPULATION]
            if len(linked) > 1 and len(randomized) == 1 and is_abstract(doc):
                linked = randomized  # "89 were assigned to X" and later "88 patients in X were assessable"
            if len(linked) == 1:
                arm["n"] = linked[0]["n"]
                arm["evidence"] = _joined(doc, linked[0], arm["label"])
