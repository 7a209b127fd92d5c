"""Conclusions: what the trial's authors, investigators or the article say the trial showed.

The rules follow the kind of text (``trialnews.reading.kind``, found by the segmenter).

In news and press releases, these qualify: the lede when it states a finding; a sentence with a
verdict cue (``concluded``, ``found``, ``showed``) that speaks of the trial; a quoted or reported
statement whose speaker is the trial's author or investigator (``said Nancy Avis, lead author of
the study``; a quote inside narration gives its whole sentence, a quote after a lead-in such as
``The study concludes:`` is spoken by it) when it points at the trial's own work, an arm, a
verdict or a finding; a finding stated in words about the trial's groups without its numbers;
and the trial's work judged as a sentence's subject (``the findings are promising``). Statements
by people marked as outside the trial (``who was not involved``, a post at a society), company
business, caveats with no finding, plans and hopes, what was known before the trial, and
statements about another study never qualify. An abstract's conclusion section quoted in them
qualifies too.

How these readers combine is data (issue 12): each reader is a *source* that proposes statements
(:func:`candidates`); every statement gets named features (:data:`FEATURES`: its sources, the
veto predicates that hold for it, where and how it is said); a linear score (weights, bias and
threshold in ``patterns/conclusion_weights.json``, the ``weights`` setting) chooses the
conclusions (:func:`select`: the higher scores first, no overlap, at most ``max_conclusions``).
The default weights are the former cascade written as weights (a proposed statement is in unless a
veto holds; the lede and conclusion sections are spared some vetoes). ``bench/train_conclusions.py``
fits the weights by logistic regression on articles with gold
(``patterns/conclusion_weights_trained.json``, trained on news-dev). Each conclusion's
``evidence.rule`` is ``conclusion:`` and its top source, the proposing source of highest weight
(``conclusion:source_quote``); a sentence no source proposed (taken by its score alone) names
instead the feature that adds most to its score (``conclusion:finding``), or ``conclusion:bias``
when none adds (:func:`score`).

In an abstract, the authors' conclusion is its closing statement: the sentences of its
conclusion section where it has headings (``Conclusions``, ``Interpretation``); without
headings, the sentences of its last paragraph (in one block: the sentences after the last one
that reports statistics), leaving out the notes that close many abstracts (``Trial registration:
NCT...``, funding, a list of sponsors) and sentences that report results (p-values, confidence
intervals, several values with no word that judges them).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from math import isfinite
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span

from ..errors import Errors, TrialnewsError
from ..normalize import parse_number
from ..reading.doctext import text_of
from ..reading.kind import body_of, closing_note, is_abstract, name_list, paragraphs, sections
from ..resources import load_json, load_lexicon, load_table, longest_words_first, phrase_regex, word_set
from ..scanning import (PrefixScanner, Scanner, StartFilteredPattern, alternation, compile_pattern, fast_scanner,
                        occurrences, word_boundary)
from .common import (TEXT_LOWER, clean, evidence, heading_sentence, overlaps_span, sent, spans, spans_from_chars,
                     spans_starting, state)
from .dates import issue_date
from .references import not_name_words
from .results import BACKGROUND, WORD

#: The word classes of the rules below, curator-editable lexicons in ``patterns/`` (a ``*`` in an
#: entry stands for any ending: ``improv*``).
EVALUATIVE_WORDS = "conclusion_evaluative_words.txt"  # words that judge a result ("significantly")
TRIAL_REFERENCES = "conclusion_trial_references.txt"  # the trial, its people, its treatments
FINDING_WORDS = "conclusion_finding_words.txt"  # a finding or its judgement ("showed", "cut")
HEDGE_WORDS = "conclusion_hedge_words.txt"  # hedged or forward-looking judgements ("may", "hope")
JUDGEMENT_WORDS = "conclusion_judgement_words.txt"  # judgements of a trial's worth ("breakthrough", "unanswered")
OUTCOME_REFERENCES = "conclusion_outcome_references.txt"  # what the trial found ("the results")
REPORTED_SPEECH_CUES = "reported_speech_cues.txt"  # "said", "according to"
AUTHOR_ROLE_CUES = "author_role_cues.txt"  # "the study's lead author"
TRIAL_ROLE_CUES = "trial_role_cues.txt"  # "who led the study", "principal investigator"
AUTHOR_WORDS = "attribution_author_words.txt"  # a statement of the authors ("the authors wrote")
INVESTIGATOR_WORDS = "attribution_investigator_words.txt"  # of the investigators ("researchers")


def _alternatives(lexicon: str) -> str:
    """A regex group for any entry of ``lexicon``, the longer tried first; a ``*`` in an entry
    stands for any ending (``improv*``: improve, improved, improvement)."""
    return _any_entry(load_lexicon(lexicon))


def _any_entry(entries: Iterable[str]) -> str:
    """A regex group for any of ``entries`` (see :func:`_alternatives`): a character trie when no
    entry has a ``*`` (``trialnews.scanning.alternation``: the same matches, read faster)."""
    entries = list(entries)
    if not any("*" in entry for entry in entries):
        return alternation(entries)
    ordered = sorted(entries, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(entry).replace(r"\*", r"\w*") for entry in ordered) + ")"


#: The word classes of the phrase rules below, one list per slot (``patterns/conclusion_phrases.json``).
PHRASES = "conclusion_phrases.json"


def _slot(name: str) -> str:
    """A regex group for any word of the slot ``name`` of :data:`PHRASES`."""
    return _any_entry(load_json(PHRASES)[name])


def _words(lexicon: str) -> str:
    """A case-blind regex for any entry of ``lexicon`` (:func:`_alternatives`) as whole words."""
    return rf"(?i)\b{_alternatives(lexicon)}\b"


MAX_CONCLUSIONS = 10
#: A sentence reporting this many values, with no word that judges them, is a result, not a verdict.
MIN_RESULT_VALUES = 2
_RESULT_LABELS = ("PERCENT", "FRACTION", "COUNT_OF", "EVENT_COUNT", "DURATION")
_EVALUATIVE = compile_pattern(_words(EVALUATIVE_WORDS))
#: Speaker roles already worked out, per doc.
_ROLES: WeakKeyDictionary[Doc, dict[tuple[str, int], str | None]] = WeakKeyDictionary()
#: The quotations' character ranges and the descriptions of named people, per doc (asked for every
#: speaker and every reported statement).
_QUOTE_RANGES: WeakKeyDictionary[Doc, list[tuple[int, int]]] = WeakKeyDictionary()
_DESCRIPTIONS: WeakKeyDictionary[Doc, dict[tuple[int, int, int], str]] = WeakKeyDictionary()
#: Characters after a closing quote in which its speaker is named ("..., said Dr. Avis").
ATTRIBUTION_WINDOW = 200
#: Sentences shorter than this (in tokens) are datelines or fragments, not verdicts.
MIN_TOKENS = 6
_TRIAL_REFERENCE = StartFilteredPattern(compile_pattern(_words(TRIAL_REFERENCES)))
_FINDING = fast_scanner(_words(FINDING_WORDS), lower=TEXT_LOWER)
_SPEAKER = StartFilteredPattern(compile_pattern(_words(REPORTED_SPEECH_CUES)))
#: Characters around a speaker's name read for their role ("..., lead author of the study").
ROLE_WINDOW = 160
#: Characters after a closing quote in which "said" must appear for the quote to be attributed there.
SPEAKER_REACH = 80
_NAME = r"(?:Dr\.\s+|Prof\.\s+)?(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][\w'\u2019-]+){0,2})"
_NAME_AFTER_VERB = compile_pattern(rf"\b{_slot('name_verbs_after')}\s+" + _NAME)
_NAME_BEFORE_VERB = compile_pattern(_NAME + rf",?\s+{_slot('name_verbs_before')}\b")
_PRONOUN = compile_pattern(rf"(?i)\b{_slot('pronouns')}\s+{_slot('pronoun_speech_verbs')}\b")
#: Phrases that mark a speaker as outside the trial: ``patterns/outside_expert_cues.txt``, the
#: lexicon the ruler's ``OUTSIDE_CUE`` spans come from (one list for both).
OUTSIDE_EXPERT_CUES = "outside_expert_cues.txt"
_OUTSIDE_ROLE = fast_scanner(rf"(?i)\b{alternation(load_lexicon(OUTSIDE_EXPERT_CUES))}\b", lower=TEXT_LOWER)
#: Someone who ran this trial, whatever their post ("who led the study", "principal investigator").
TRIAL_LEAD_CUES = "trial_lead_cues.txt"
_LED_TRIAL = compile_pattern(_words(TRIAL_LEAD_CUES))
_AUTHOR_ROLE = fast_scanner(_words(AUTHOR_ROLE_CUES), lower=TEXT_LOWER)
#: How a press release describes an executive of the company (``patterns/executive_role_cues.txt``):
#: their statement is the company's, not the trial's, unless they are also named an author.
EXECUTIVE_ROLE_CUES = "executive_role_cues.txt"
_EXECUTIVE_ROLE = fast_scanner(_words(EXECUTIVE_ROLE_CUES), lower=TEXT_LOWER)
#: A post at a society, a charity or a public body ("chief medical officer of the American Cancer
#: Society", "a spokesman for the American Heart Association"): ``patterns/society_words.txt`` ends its
#: capitalised name, at most :data:`MAX_SOCIETY_NAME_WORDS` words long (not "the X Federation Congress").
SOCIETY_WORDS = "society_words.txt"
MAX_SOCIETY_NAME_WORDS = 6
_SOCIETY_POST = StartFilteredPattern(compile_pattern(
    r"\b(?:of|for|at|with)\s+the\s+(?:[A-Z][\w'\u2019.&-]*\s+(?:(?:of|for|on)\s+)?){1,%d}"
    r"(?:%s)\b(?!\s+[A-Z])" % (MAX_SOCIETY_NAME_WORDS, "|".join(map(re.escape, load_lexicon(SOCIETY_WORDS))))))
#: Words of a company's statement about its business (``patterns/company_statement_words.txt``).
COMPANY_STATEMENT_WORDS = "company_statement_words.txt"
_COMPANY_STATEMENT = compile_pattern(_words(COMPANY_STATEMENT_WORDS))
_TRIAL_ROLE = fast_scanner(_words(TRIAL_ROLE_CUES), lower=TEXT_LOWER)
#: The trial's team as the speaker of a statement ("..., the researchers wrote"): read in the words
#: that attribute the statement only (``patterns/speaker_group_cues.txt``).
SPEAKER_GROUP_CUES = "speaker_group_cues.txt"
_SPEAKER_GROUP = StartFilteredPattern(compile_pattern(_words(SPEAKER_GROUP_CUES)))
_AUTHORS = StartFilteredPattern(compile_pattern(_words(AUTHOR_WORDS)))
_INVESTIGATORS = StartFilteredPattern(compile_pattern(_words(INVESTIGATOR_WORDS)))
#: Words between "the" and the trial's noun in a verdict (``patterns/study_modifiers.txt``), at most this many.
MAX_STUDY_MODIFIERS = 3
#: What news puts between the trial (or its team) and the verb of its verdict: an aside between
#: commas ("The study, of 205 women, found that ...", "Federal researchers, working with colleagues
#: at 44 centres, found"), at most this many characters and with no other study in it; the team's
#: institution ("Researchers from Henry Ford Hospital report that ...": a preposition of
#: ``team_places``, then capitalised words); a word of when (``team_times``: "Researchers reported
#: Monday that ...", "Researchers last month reported").
MAX_VERDICT_ASIDE_CHARS = 80
_VERDICT_ASIDE = (rf",\s+(?:(?!\b{_slot('publication_other_work')}\b)[^,.;:\n\u201c\u201d\"]){{1,{MAX_VERDICT_ASIDE_CHARS}}},\s+")
_TEAM_PLACE = (rf"\s+{_slot('team_places')}\s+(?:the\s+)?[A-Z][\w'\u2019.&-]*"
               rf"(?:\s+(?:(?:of|for|and|in)\s+)?[A-Z][\w'\u2019.&-]*){{0,6}}")
_TEAM_TIME = rf"(?:{_slot('team_times')}\s+)?"
_VERDICT = StartFilteredPattern(compile_pattern(
    rf"(?i)\b{_slot('verdict_determiners')} (?:(?:" + "|".join(load_lexicon("study_modifiers.txt"))
    + rf"),?\s+){{0,{MAX_STUDY_MODIFIERS}}}"
    rf"{_slot('verdict_subjects')}(?:\s+(?:[\w-]+\s+){{0,2}}?|{_VERDICT_ASIDE}){_slot('verdict_verbs')}\b|"
    rf"\b{_slot('team_nouns')}(?:{_VERDICT_ASIDE}|(?-i:{_TEAM_PLACE})\s+|\s+)(?:have\s+)?{_TEAM_TIME}{_slot('team_verbs')}\b"
    rf"(?:\s+{_slot('team_times')})?"))
#: The study, named with where it was published or presented, and what it showed: "The data published
#: in the June 22 issue of X showed that ...", "a small study published in the journal X suggests
#: that ...", "The results, presented at a meeting on Monday, indicate ...". The words between the
#: publication and the verdict hold no other study ("reported in X, come months after a study showed").
_PUBLISHED_FINDING = StartFilteredPattern(compile_pattern(
    rf"(?i)\b{_slot('publication_determiners')}\s+(?:[\w-]+\s+){{0,2}}?{_slot('publication_subjects')}\b[^.;]{{0,40}}?"
    rf"\b{_slot('publication_verbs')}\b(?:(?!\b{_slot('publication_other_work')}\b)[^;]){{0,140}}?"
    rf"\b{_slot('publication_findings')}\b"))
#: Another study than the trial, named where a finding is attributed to a publication ("an unrelated
#: study ... published July 5 in X suggested", "results published last year found"): the words of
#: ``other_studies.tsv`` (use ``finding``) and ``earlier_paper_times.txt`` (shared with the citation's
#: rules).
_OTHER_STUDY = StartFilteredPattern(compile_pattern(
    rf"(?i)\b{phrase_regex('other_studies.tsv:finding', 'earlier_paper_times.txt')}\b"
    # ... or a study dated by its year ("a 2008 meta-analysis found", "a 2007 study published in X"):
    # the trial's own news tells its study as new, not by a year
    rf"|\b(?:an?|the)\s+(?:19|20)\d\d\s+{_slot('attributed_nouns')}\b"))
#: A sentence whose subject is the treatment or the trial and whose verb is a verdict: ``The drug also
#: met all its secondary goals``, ``the treatment failed to improve``, ``the study succeeded``.
_TESTED_SUBJECT = compile_pattern(rf"(?i)^(?:[\w,'\u2019-]+\s+){{0,4}}?(?:the\s+)?{_slot('tested_subjects')}\s+(?:also\s+)?"
                                  rf"{_slot('tested_verbs')}\b")
_HEDGED = fast_scanner(_words(HEDGE_WORDS), lower=TEXT_LOWER)
_JUDGED = fast_scanner(_words(JUDGEMENT_WORDS), lower=TEXT_LOWER)
#: A plan, an aim or a next step (``patterns/plan_cues.txt``): what the team will do, not a conclusion.
_PLAN = fast_scanner(rf"(?i)\b{phrase_regex('plan_cues.txt')}\b", lower=TEXT_LOWER)
#: A limitation or caveat of the trial (``patterns/limitation_cues.txt``): "However, the study was small".
LIMITATION_CUES = "limitation_cues.txt"
_LIMITATION = StartFilteredPattern(compile_pattern(rf"(?i)\b{phrase_regex(LIMITATION_CUES)}\b"))  # (asked only of a candidate statement)
#: What the team did, not what it found (``patterns/method_cues.txt``).
_METHOD = fast_scanner(rf"(?i)\b{phrase_regex('method_cues.txt')}\b", lower=TEXT_LOWER)
#: The team or the study as the subject of a verb of method, the sentence's main verb (``method_subjects``,
#: ``method_verbs`` of :data:`PHRASES`): "A team led by Dr. Lee conducted a trial to investigate ...", "The
#: scientists then followed the people for two years", "The new study, reported in X, included 30 patients";
#: a statement of what the team did, unless it goes on to what they found (``method_finding_verbs``:
#: "The researchers followed 300 women and found that ...").
MAX_METHOD_OPENER_WORDS = 8  # words of an opening clause before the subject ("In response to such concerns,")
_TEAM_METHOD = compile_pattern(
    rf"(?i)\s*(?:(?:[\w'\u2019-]+\s+){{0,{MAX_METHOD_OPENER_WORDS - 1}}}[\w'\u2019-]+,\s+)?(?:(?:the|a|an|this|their|our)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{_slot('method_subjects')}(?:\s+led\s+by\s+(?:Dr\.\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){{0,3}}"
    rf"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w'\u2019.&-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019.&-]*){{0,5}})?"
    rf"|,\s+[^,.;:\n]{{1,80}},)?\s+(?:(?:then|also|first|later|initially)\s+)?{_slot('method_verbs')}\b")
_METHOD_FINDING = compile_pattern(rf"(?i)\b{_slot('method_finding_verbs')}\b")


def _team_method(text: str) -> bool:
    """:data:`_TEAM_METHOD`: the statement opens with the team or the study doing its methods, and no verb after says what they found."""
    match = _TEAM_METHOD.match(text)
    return match is not None and not _METHOD_FINDING.search(text, match.end())
_BOILERPLATE = fast_scanner(rf"(?i){_slot('boilerplate_phrases')[3:-1]}|\b{_slot('boilerplate_words')}\b",
                            lower=TEXT_LOWER)


#: Paragraphs read back from an abstract's end past closing notes (registration, funding) to its conclusion.
MAX_CLOSING_NOTES = 2
#: Words of narration before a quote in its sentence that make the sentence the conclusion, not
#: the quoted words alone ('Researchers wrote that the findings "underscore ..."'; not 'Lee said: "..."').
MIN_FRAME_WORDS = 4
#: Sentences read back for the speaker a pronoun refers to ("Dr. Lee ... . She said that ...").
PRONOUN_LOOKBACK = 3
#: Words before another study's cue for it to be the statement's subject ("In a previous trial, ...").
MAX_WORDS_BEFORE_OTHER_STUDY = 4
#: Sentences after the lede that news uses to go on stating its finding ("Two phase 3 trials show that
#: ...", "They showed in a controlled trial that ..."): the opening, read as the lede is.
OPENING_SENTENCES = 2


#: The learned score of a news statement (issue 12): the weight of each named feature, a bias and a
#: threshold, written by ``bench/train_conclusions.py`` (its "comment" says how it was trained).
WEIGHTS = "conclusion_weights.json"
#: The sentences of a body's start that are its opening (the lede and the few after it), counted
#: with the title ...
OPENING_POSITION = 4
#: ... and those that are its lede (the title and the first sentence).
LEDE_POSITION = 2
#: The characters of a text's start in which news states its headline finding with its number, however
#: many sentences set the scene before it ("For men with X, the news has been bleak. ... Researchers
#: reported Monday that the drug extended survival by 3.9 months ..."): a sentence starting there
#: reports the headline finding, not a result of the body (``veto_taken_values``), unless a sentence of
#: methods comes before it (:func:`_headline_end`).
HEADLINE_CHARS = 600
#: A statement of more words than this is long (news writes its verdicts shorter).
LONG_STATEMENT_WORDS = 40


@dataclass(frozen=True)
class Settings:
    """The settings of the conclusions fact: the ``trialnews_conclusions`` component's config."""

    #: At most this many conclusions are reported.
    max_conclusions: int = MAX_CONCLUSIONS
    #: A sentence reporting this many values, with no word that judges them, is a result.
    min_result_values: int = MIN_RESULT_VALUES
    #: Characters after a closing quote (or a statement) in which its speaker is named.
    attribution_window: int = ATTRIBUTION_WINDOW
    #: Sentences shorter than this (in tokens) are datelines or fragments, not verdicts (a lede
    #: has twice as many).
    min_tokens: int = MIN_TOKENS
    #: Characters around a speaker's name read for their role.
    role_window: int = ROLE_WINDOW
    #: Characters after a closing quote in which "said" must appear for the quote to be attributed there.
    speaker_reach: int = SPEAKER_REACH
    #: Sentences read back for the speaker a pronoun refers to.
    pronoun_lookback: int = PRONOUN_LOOKBACK
    #: Paragraphs read back from an abstract's end past closing notes to its conclusion.
    max_closing_notes: int = MAX_CLOSING_NOTES
    #: A quote after this many words of narration in its sentence is part of that sentence, which
    #: is the conclusion ('The authors wrote that the results "should change practice"').
    min_frame_words: int = MIN_FRAME_WORDS
    #: Words before another study's cue for it to be the statement's subject.
    max_words_before_other_study: int = MAX_WORDS_BEFORE_OTHER_STUDY
    #: Sentences after the lede read as the opening's statement of the finding.
    opening_sentences: int = OPENING_SENTENCES
    #: The feature ``lede``: a statement in the first this many sentences, the title counted.
    lede_position: int = LEDE_POSITION
    #: The feature ``opening``: a statement in the first this many sentences, the title counted.
    opening_position: int = OPENING_POSITION
    #: A statement starting in the first this many characters states the headline finding (no
    #: ``veto_taken_values``), as one of the opening does.
    headline_chars: int = HEADLINE_CHARS
    #: The feature ``long``: a statement of more words than this.
    long_statement_words: int = LONG_STATEMENT_WORDS
    #: The learned score's weights, bias and threshold (``patterns/``; :func:`load_weights`).
    weights: str = WEIGHTS


DEFAULTS = Settings()


def _attribution(text: str, default: str) -> str:
    if _AUTHORS.search(text):
        return "authors"
    if _INVESTIGATORS.search(text):
        return "investigators"
    return default


def _outside(doc: Doc, start: int, end: int, settings: Settings = DEFAULTS, groups: bool = True) -> bool:
    """An outside-expert cue in the statement or its attribution (never past the paragraph's end), or
    an indefinite group of experts opening a clause of the statement itself ("Some doctors said ...",
    "..., some researchers say", ``OUTSIDE_GROUP_CUE``; ``groups`` False leaves them out: a lede's
    headline finding stays though it ends "..., although experts say more studies are needed")."""
    text = text_of(doc)
    # (a sentence's span ends after the blank line that follows it: its paragraph ends where its words do)
    words_end = min(end, len(text))
    while words_end > 0 and text[words_end - 1].isspace():  # ``len(text[:end].rstrip())``, not copying the text
        words_end -= 1
    paragraph_end = text.find("\n", words_end)
    limit = min(end + settings.attribution_window, paragraph_end if paragraph_end >= 0 else len(text))
    # (the cues starting in the range, found by bisection: asked of every sentence several readers read)
    return bool(spans_from_chars(doc, "OUTSIDE_CUE", start_char=start, end_char=limit)) \
        or (groups and any(_opens_clause(text[start:s.start_char])
                           for s in spans_from_chars(doc, "OUTSIDE_GROUP_CUE", start_char=start, end_char=end)))


#: Words a clause may open with before its subject ("But experts say ...", "And some doctors ...").
MAX_CLAUSE_OPENER_WORDS = 1


def _opens_clause(before: str) -> bool:
    """The words ``before`` a phrase (from the statement's start) end with the start of a clause: the
    statement's start, with at most one word before the phrase ("But experts say ..."), or right after
    a comma, semicolon, colon or dash ("..., some researchers say"); not inside a clause ("less than some
    experts expected") nor in a clause a conjunction adds ("..., but experts caution that ...": the
    statement's finding comes before it)."""
    parts = re.split(r"[,;:\u2014\u2013]|\s-\s", before)
    return len(parts[-1].split()) <= (MAX_CLAUSE_OPENER_WORDS if len(parts) == 1 else 0)


#: What comes before an institution's name in a speaker's description ("officer at Cancer Research UK").
_BEFORE_INSTITUTION = compile_pattern(r"(?i)\b(?:at|of|from|for|with|in)\s+(?:the\s+)?\Z")
_A_NAME = compile_pattern(_NAME)
#: A person named at the start of their description has a first name and a surname at least
#: ("Scientists at Cambridge University said" names no one).
MIN_NAME_WORDS = 2


#: Speakers' texts whose name :func:`_speaker_name` keeps (a pure reading of the text, asked again
#: of the same narration by the role, the report and the named person: some three calls in ten).
SPEAKER_NAMES_KEPT = 4096


@lru_cache(maxsize=SPEAKER_NAMES_KEPT)
def _speaker_name(speaker_text: str) -> str | None:
    """The name of the speaker a speech verb attributes: after the verb ("said Jane Lee") or before
    it ("Jane Lee said"). Before the verb, a name that ends the speaker's description after a
    preposition is their institution, not them ("Dr Ann Lee, an officer at Cancer Research UK,
    said": Dr Ann Lee, the first full name of the description, else none)."""
    for pattern in (_NAME_AFTER_VERB, _NAME_BEFORE_VERB):
        match = pattern.search(speaker_text)
        if match:
            if pattern is _NAME_BEFORE_VERB and _BEFORE_INSTITUTION.search(speaker_text, 0, match.start()):
                return next((found.group("name") for found in _A_NAME.finditer(speaker_text, 0, match.start())
                             if len(found.group("name").split()) >= MIN_NAME_WORDS
                             and not set(found.group("name").split()) & not_name_words()), None)
            return match.group("name")
    return None


def _word_occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of ``re.finditer(r"\\b" + re.escape(word) + r"\\b", text)`` for a
    non-empty ``word``, found with ``str.find`` and ``word_boundary`` (each surname would otherwise
    be compiled into a regex of its own, and with a leading ``\\b`` ``re`` tries every position)."""
    return occurrences(text, word, _between_word_boundaries)


def _between_word_boundaries(text: str, start: int, end: int) -> bool:
    return word_boundary(text, start) and word_boundary(text, end)


def _role(doc: Doc, speaker_text: str, role_window: int = ROLE_WINDOW) -> str | None:
    """The role of a speaker (:func:`_find_role`), worked out once per speaker and doc: the same
    speaker is asked for every quote that follows their attribution."""
    known = _ROLES.setdefault(doc, {})
    if (speaker_text, role_window) not in known:
        known[(speaker_text, role_window)] = _find_role(doc, speaker_text, role_window)
    return known[(speaker_text, role_window)]


def _find_role(doc: Doc, speaker_text: str, role_window: int = ROLE_WINDOW) -> str | None:
    """``authors`` or ``investigators`` for someone of the trial, ``outside`` for anyone marked as
    not part of it, ``company`` for an executive of a company (not named an author), ``None`` when
    the article does not say. The speaker's description is read
    where the quote attributes it and wherever the article names the speaker (by surname)."""
    contexts = [_unquoted(speaker_text)]
    name = _speaker_name(speaker_text)
    described = _described(doc, name.split()[-1], role_window) if name is not None else None
    if described is not None:
        contexts += described.descriptions
    joined = " ".join(contexts)
    if _OUTSIDE_ROLE.search(joined):
        return "outside"
    if _AUTHOR_ROLE.search(joined):
        return "authors"
    if _SOCIETY_POST.search(joined) and not _LED_TRIAL.search(joined):
        return "outside"  # "said Dr. Lee, chief medical officer of the American Cancer Society"
    if _EXECUTIVE_ROLE.search(joined):
        return "company"  # "said Jane Lee, President and CEO of Acme": the company's statement
    if _TRIAL_ROLE.search(joined) or _SPEAKER_GROUP.search(contexts[0]):
        return "investigators"  # (not "... never confirmed by other researchers" in a critic's description)
    team = _team_institutions(doc)
    if not team:
        return None
    institutions = _institution_words(_unquoted(contexts[0]), name)
    if described is not None:  # (the speaker's own name left out, as from their words above)
        institutions |= described.institution_words - _own_name_words(name)
    if _same_institution(institutions & team):
        return AFFILIATED  # "says Ann Lee, professor at Johns Hopkins" where "Johns Hopkins researchers report"
    return None


class _Described:
    """How an article describes the people of one surname: the words around each place it names
    them (:func:`_description`), and the institutions named in those words (read when first asked).
    Worked out once per surname and doc: the same speaker is attributed quote after quote."""

    def __init__(self, doc: Doc, surname: str, role_window: int) -> None:
        self.descriptions = [_description(doc, start, end, role_window)
                             for start, end in _word_occurrences(text_of(doc), surname)]

    @cached_property
    def institution_words(self) -> set[str]:
        """The distinctive words of the institutions in the descriptions (:func:`_institution_words`, no name left out)."""
        return set().union(*(_institution_words(_unquoted(description), None) for description in self.descriptions))


#: :class:`_Described` per surname and role window, per doc.
_DESCRIBED: WeakKeyDictionary[Doc, dict[tuple[str, int], _Described]] = WeakKeyDictionary()


def _described(doc: Doc, surname: str, role_window: int) -> _Described:
    known = _DESCRIBED.setdefault(doc, {})
    found = known.get((surname, role_window))
    if found is None:
        found = known[(surname, role_window)] = _Described(doc, surname, role_window)
    return found


#: The role of a speaker of the trial team's institution, not named a role in the trial: what they
#: say is the investigators' only where it points at the trial's work or its findings (:func:`_points_at_work`):
#: a colleague of the same institution also speaks of the disease, or how a treatment works.
AFFILIATED = "affiliated"


def _points_at_work(said: str) -> bool:
    """``said`` points at the trial's own work or what it found ("these findings", "our study", "the results")."""
    return bool(_THIS_WORK.search(said) or _FIRST_PERSON.search(said) or _OUTCOME_REFERENCE.search(said))


#: Where an article names the institution of the team that ran the trial: after a cue
#: (``patterns/team_institution_cues.txt``: "researchers at", "led by") or before a noun
#: (``patterns/team_institution_nouns.txt``: "Johns Hopkins researchers", "UCLA-led"); not a funder.
TEAM_INSTITUTION_CUES = "team_institution_cues.txt"
TEAM_INSTITUTION_NOUNS = "team_institution_nouns.txt"
#: Capitalised words many institutions share, and titles (``patterns/institution_generic_words.txt``).
INSTITUTION_GENERIC_WORDS = "institution_generic_words.txt"
#: A capitalised name: words with a capital, joined by a comma or a lower-case joiner
#: (``patterns/institution_name_joiners.txt``: "of", "and", "for", "the", "on").
#: (within a line: a title above a paragraph is no part of a name)
INSTITUTION_NAME_JOINERS = "institution_name_joiners.txt"
_CAPITALISED = (r"[A-Z][\w'\u2019.&-]*(?:(?:[ \t]+|,[ \t]+|,?[ \t]+"
                rf"{_alternatives(INSTITUTION_NAME_JOINERS)}[ \t]+)[A-Z][\w'\u2019.&-]*)*")
_TEAM_AFTER_CUE = fast_scanner(
    rf"(?i:\b(?<!other )(?<!previous )(?<!earlier ){phrase_regex(TEAM_INSTITUTION_CUES)}\s+(?:the\s+)?)(?P<after>{_CAPITALISED})"
    r"(?:\s+\((?P<acronym>[A-Z]{2,})\))?",  # ... and the acronym it is given: "Blood Institute (NHLBI)"
    lower=TEXT_LOWER)
#: The nouns a team's institution is written before; the name is the capitalised words that end
#: right before the noun's spaces on its line (or before ``-led``): :data:`_NAME_AT_END`.
_TEAM_NOUN = fast_scanner(rf"(?i:{phrase_regex(TEAM_INSTITUTION_NOUNS)}\b)", lower=TEXT_LOWER)
_NAME_AT_END = compile_pattern(rf"{_CAPITALISED}\Z")
#: An institution named in a person's description: after a preposition of
#: ``patterns/speaker_institution_prepositions.txt`` ("of", "at", "from", "with"), before "'s", or an
#: acronym before a post.
_SPEAKER_INSTITUTION = compile_pattern(rf"\b(?:{phrase_regex('speaker_institution_prepositions.txt')})\s+(?:the\s+)?(?P<after>{_CAPITALISED})|(?P<before>{_CAPITALISED})['\u2019]s\b"
                                       rf"|\b(?P<acronym>[A-Z]{{3,}})(?=\s+[A-Z][a-z])")  # "NIAID Director Anthony Fauci" (not "told CNN.")
_TEAMS: WeakKeyDictionary[Doc, frozenset[str]] = WeakKeyDictionary()
#: Distinctive words of an institution's name a speaker's must share with the trial team's ("Johns
#: Hopkins"; one word is often a place or a founder's name shared by others), unless one is an acronym.
MIN_SHARED_INSTITUTION_WORDS = 2
#: The shortest acronym that names an institution on its own ("NIH"; not "UK" or "Dr").
MIN_ACRONYM_CHARS = 3
#: A capitalised word this long is an initial ("J."), no word of a name.
INITIAL_CHARS = 1


def _same_institution(shared: set[str]) -> bool:
    """The words a speaker's institutions share with the trial team's name the same institution."""
    return len(shared) >= MIN_SHARED_INSTITUTION_WORDS or any(word.isupper() and len(word) >= MIN_ACRONYM_CHARS for word in shared)


_INSTITUTION_GENERIC = frozenset(load_lexicon(INSTITUTION_GENERIC_WORDS))


def _distinct_words(name: str) -> set[str]:
    """The words of an institution's name that tell it from others (not "University", "Dr")."""
    generic = _INSTITUTION_GENERIC
    return {w for w in re.findall(r"[A-Z][\w&-]*", name.replace("\u2019s", "").replace("'s", ""))
            if w.rstrip(".") not in generic and len(w) > INITIAL_CHARS}


def _team_institutions(doc: Doc) -> frozenset[str]:
    """The distinctive words of the institutions the article names as the trial team's (once per doc)."""
    known = _TEAMS.get(doc)
    if known is None:
        text = text_of(doc)
        words: set[str] = set()
        for _start, _end, match in _TEAM_AFTER_CUE.finditer(text):
            words |= _distinct_words(match.group("after"))
            words |= {match.group("acronym")} - {None}
        for start, _end, _match in _TEAM_NOUN.finditer(text):
            end = start
            if text[start] != "-":  # "UCLA-led"; else "Johns Hopkins researchers": spaces or tabs before
                while end > 0 and text[end - 1] in " \t":
                    end -= 1
                if end == start:
                    continue
            name = _NAME_AT_END.search(text, text.rfind("\n", 0, end) + 1, end)
            if name is not None:
                words |= _distinct_words(name.group())
        known = _TEAMS[doc] = frozenset(words)
    return known


def _institution_words(description: str, name: str | None) -> set[str]:
    """The distinctive words of the institutions in a speaker's description, their own name left out."""
    words: set[str] = set()
    for match in _SPEAKER_INSTITUTION.finditer(description):
        words |= _distinct_words(match.group("after") or match.group("before") or match.group("acronym") or "")
    return words - _own_name_words(name)


def _own_name_words(name: str | None) -> set[str]:
    """The words of a person's name that are no institution's: not an acronym ("NIAID Director Anthony S. Fauci")."""
    return {w for w in (name or "").split() if not w.isupper()}


_QUOTED_WORDS = compile_pattern(r"[\u201c\"][^\u201c\u201d\"]*(?:[\u201d\"]|$)")


def _unquoted(text: str) -> str:
    """A speaker's words with what they are quoted as saying left out: the role is in the
    narration ("said Jane Smith, the lead author"), not in the quote ("other researchers ...")."""
    return _QUOTED_WORDS.sub(" ", text)


def _description(doc: Doc, start: int, end: int, role_window: int = ROLE_WINDOW) -> str:
    """How the article describes the person named at ``start``-``end``: the words around the name
    within its sentence (at most :data:`ROLE_WINDOW` characters each side), without
    quoted words. Reading past the sentence gave a speaker the role of whoever the next sentence
    described ("researchers found ..." made an outside expert an investigator)."""
    known = _DESCRIPTIONS.setdefault(doc, {})
    if (start, end, role_window) not in known:
        known[(start, end, role_window)] = _find_description(doc, start, end, role_window)
    return known[(start, end, role_window)]


def _find_description(doc: Doc, start: int, end: int, role_window: int = ROLE_WINDOW) -> str:
    text = text_of(doc)
    token = doc.char_span(start, end, alignment_mode="expand")
    if token is None:
        return ""
    sentence = sent(token)
    before = _outside_quotes(doc, sentence.start_char, start)[-role_window:] if role_window else ""
    after = _outside_quotes(doc, end, sentence.end_char)[:role_window]
    return f"{before}{text[start:end]}{after}"


def _quote_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of the doc's quotations, found once per doc."""
    ranges = _QUOTE_RANGES.get(doc)
    if ranges is None:
        ranges = _QUOTE_RANGES[doc] = [(q.start_char, q.end_char) for q in spans(doc, "QUOTE")]
    return ranges


def _outside_quotes(doc: Doc, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` with the quotations in it (``QUOTE`` spans) blanked."""
    text = text_of(doc)[start:end]
    for quote_start, quote_end in _quote_ranges(doc):
        if quote_start < end and start < quote_end:
            a, b = max(start, quote_start) - start, min(end, quote_end) - start
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def _attributed_here(doc: Doc, quote: Span, settings: Settings = DEFAULTS) -> str | None:
    """The narration that names a quote's speaker right after it ("..., said Dr. Avis") or before
    it in its sentence ("Dr. Avis said: ..."), or None."""
    after = text_of(doc)[quote.end_char:quote.end_char + settings.attribution_window].split("\n", 1)[0]
    if _SPEAKER.search(after[:settings.speaker_reach]):
        return after
    named = after.lstrip(" ,;\u201d\"'\u2019")
    if any(role is not None and role[0] == 0 for role in (_AUTHOR_ROLE.search(named[:settings.speaker_reach]),
                                                          _TRIAL_ROLE.search(named[:settings.speaker_reach]))):
        return after  # the role right after the quote, with no verb: '"...," lead author Dr. Ann Berg of X.'
    described = _described_speaker(doc, quote, after)
    if described is not None:
        return described  # '"...," Dr. Ann Berg, a surgeon at X and first author of the paper, told reporters.'
    before = text_of(doc)[sent(quote).start_char:quote.start_char]
    if _SPEAKER.search(before):
        return before
    sentence = sent(quote)
    if sentence.start > 0 and not before.strip():  # a lead-in before the quote's paragraph: "The study concludes:"
        lead_in = sent(doc[sentence.start - 1])
        said = text_of(doc)[lead_in.start_char:lead_in.end_char].rstrip()
        if said.endswith(":") and _SPEAKER.search(said):
            return said
    return None


#: A speaker named right after a quote and described at length before the speech verb ('"...," Dr. Ann
#: Berg, a surgeon at X and first author of the paper, told reporters'): the name opens the words after the
#: quote, a comma and its description follow, and the verb comes after the description, in the quote's
#: sentence (past :data:`SPEAKER_REACH`, which a bare "said Dr. Berg" needs).
_NAME_THEN_DESCRIPTION = compile_pattern(r"[\s,;\u201d\"'\u2019]*" + _NAME + r",\s+(?P<description>[^\n\u201c\u201d\"]+?),?\s+$")


def _described_speaker(doc: Doc, quote: Span, after: str) -> str | None:
    """The words after a quote up to its speech verb where they open with a person's name, a comma
    and their description, and the verb follows the description in the quote's sentence; else None.
    (Cut at the verb: what follows it, "told Reuters Health", names no speaker.)"""
    end = sent(quote).end_char - quote.end_char
    for verb in _SPEAKER.finditer(after[:end]):
        found = _NAME_THEN_DESCRIPTION.match(after[:verb.start()])
        if found is None or set(found.group("name").split()) & not_name_words():
            return None
        return after[:verb.end()]
    return None


_PRONOUN_SPEAKER = compile_pattern(rf"(?i)\b(?:he|she|they)\s+(?:{'|'.join(map(re.escape, load_lexicon('speech_verbs.txt')))})\b")


def _speaker_of_report(doc: Doc, sentence: Span, narration: str,
                       settings: Settings = DEFAULTS) -> tuple[bool, str | None]:
    """Whether a reported statement names its speaker (by name or by a pronoun), and that
    speaker's role: a named speaker's from their descriptions, a pronoun's from the speaker named
    last in the sentences before ("Dr. Lee, who was not involved, ... . She concluded that ...")."""
    if _speaker_name(narration) is not None and _SPEAKER.search(narration) and _named_person(narration):
        return True, _role(doc, narration, settings.role_window)
    if not _PRONOUN_SPEAKER.search(narration):
        return False, None
    k = sentence.start
    for _ in range(settings.pronoun_lookback):
        if k == 0:
            break
        before = sent(doc[k - 1])
        words = _outside_quotes(doc, before.start_char, before.end_char)
        if _named_person(words) or any(r.search(words) for r in (_OUTSIDE_ROLE, _AUTHOR_ROLE, _TRIAL_ROLE)):
            return True, _role(doc, words, settings.role_window)  # the sentence that names or describes the person
        k = before.start
    return True, None


#: A speaker named after a phrase that is no speech verb ("..., according to Sharma"): read by the
#: reported-speech reader only (``name_phrases_after`` of :data:`PHRASES`).
_NAME_AFTER_PHRASE = compile_pattern(rf"\b{_slot('name_phrases_after')}\s+" + _NAME)


def _reported_role(doc: Doc, sentence: Span, narration: str, settings: Settings = DEFAULTS) -> str | None:
    """The role of the speaker of a reported statement whose words name no speaker by a speech verb:
    a person named after "according to" ("the impact was durable, according to Sharma": Sharma's
    role, from where the article describes them), else a pronoun's ("But, she added that ..."), the
    role of the person named last in the sentences before (:func:`_speaker_of_report`)."""
    named = _NAME_AFTER_PHRASE.search(narration)
    if named is not None and not set(named.group("name").split()) & not_name_words():
        return _role(doc, "said " + named.group("name"), settings.role_window)
    if _named_person(narration):
        return None  # (a person named by a speech verb, whose role the article does not say)
    return _speaker_of_report(doc, sentence, narration, settings)[1]


def _named_person(narration: str) -> bool:
    """The speaker found in ``narration`` is a person's name, not a sentence word ("The", "But")."""
    name = _speaker_name(narration)
    return name is not None and not set(name.split()) & not_name_words()


def _quoted(doc: Doc, settings: Settings = DEFAULTS) -> list[tuple[int, int, str]]:
    """(start, end, attribution) of each quotation spoken by someone of the trial."""
    found = []
    last_speaker: str | None = None
    quotes = spans(doc, "QUOTE")
    between: dict[tuple[int, int], str | None] = {}  # :func:`_named_between` of a gap, asked up to twice per quote

    def named_between(start: int, end: int) -> str | None:
        if (start, end) not in between:
            between[start, end] = _named_between(doc, start, end, settings)
        return between[start, end]

    for k, quote in enumerate(quotes):
        speaker_text = _attributed_here(doc, quote, settings)
        if speaker_text is None and text_of(doc)[quote.end_char - 1] not in _CLOSING_QUOTES \
                and k + 1 < len(quotes):
            speaker_text = _attributed_here(doc, quotes[k + 1], settings)  # a quote that runs on: its end names the speaker
        if speaker_text is None and last_speaker is not None:
            # a quote that opens its sentence, unattributed: the last speaker's, unless the narration between
            # introduces someone not of the trial ("Dr. Ann Lee, who was not involved, is a cardiologist. '...'");
            # a few words quoted inside a sentence ('a so-called "triple negative" cancer') are no one's new words
            opens = not text_of(doc)[sent(quote).start_char:quote.start_char].strip()
            speaker_text = (opens and named_between(quotes[k - 1].end_char, quote.start_char)) or last_speaker
        if speaker_text is not None and _PRONOUN.search(speaker_text[:settings.speaker_reach]) and last_speaker is not None:
            # "he said": the last quote's speaker, unless an outside voice speaks in the narration between
            # the two quotes ("..., said Dr. Klein, who was not involved. '...,' he said" is Klein's)
            named = named_between(quotes[k - 1].end_char if k else 0, quote.start_char)
            speaker_text = (named or last_speaker) + " " + speaker_text
        last_speaker = speaker_text
        if speaker_text is None or _outside(doc, quote.start_char, quote.end_char, settings):
            continue
        if any(t.start_char <= quote.start_char + 1 and quote.end_char - 1 <= t.end_char + 1
               for t in spans(doc, "CITATION_TITLE")):
            continue  # the paper's title in quotes ("The study, 'X versus Y: a randomised trial', ...")
        role = _role(doc, speaker_text, settings.role_window)
        if role is None and _FIRST_PERSON.search(text_of(doc)[quote.start_char:quote.end_char]):
            role = "investigators"  # "Our study lends support to ...": the speaker ran the trial
        if role == "company" and _company_verdict(doc, quote.start_char, quote.end_char) is None:
            continue  # (a company's quote is read sentence by sentence below: "company" is kept)
        if role in (None, "outside"):
            continue
        closed = text_of(doc)[quote.end_char - 1] in _CLOSING_QUOTES  # else a paragraph of a longer quote
        found.append((quote.start_char + 1, quote.end_char - closed, role))
    return found


def _named_between(doc: Doc, start: int, end: int, settings: Settings = DEFAULTS) -> str | None:
    """The narration of the last sentence that reports someone's speech in characters ``start``-``end``
    (between two quotes: "Tom Klein, a cardiologist who was not involved, said ..."), when that
    speaker is not of the trial: the article marks them as outside it, with or without a speech
    verb ("Dr. Ann Lee, who was not involved in the study, is a cardiologist at X"), or names them
    speaking with no role in it ("Ann Lee, a nutritionist at X, said ...": a following "she said"
    is hers); else None (someone of the trial named between leaves the quote to the last speaker,
    as before). A pronoun's speech ("she told Reuters") names no one, nor does a person named
    without a speech verb or an outside cue (a patient: "One participant, Bob, 68, ..."): "he" is
    then neither."""
    gap = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    named = None
    for sentence in _sentences(doc, gap.start, gap.end) if gap is not None and len(gap) else ():
        said = _outside_quotes(doc, max(start, sentence.start_char), min(end, sentence.end_char))
        if (_SPEAKER.search(said) and not _PRONOUN.search(said)) or (_OUTSIDE_ROLE.search(said) and _names_someone(said)):
            named = said  # (an outside voice may be introduced with no speech verb: "Dr. Ann Lee, who
            # was not involved in the study, is a cardiologist at X. '...,' she said")
    if named is None:
        return None
    role = _role(doc, named, settings.role_window)
    return named if role == "outside" or (role is None and _named_person(named) and not _POSSESSIVE.search(
        _speaker_name(named) or "")) else None


#: A single capitalised word is a person's name when a description follows it ("Hohmann, a researcher at X").
_APPOSITION = compile_pattern(r",\s+(?:a|an|the|who)\b")


#: A name in the possessive is what someone owns, not a speaker ("said Tuesday's report").
_POSSESSIVE = compile_pattern(r"['\u2019]s\Z")


def _names_someone(narration: str) -> bool:
    """``narration`` names a person: a full name ("Dr. Nanette Bishopric is a professor ...") or a
    surname described at once ("Hohmann, a researcher at X, ..."), of no word that names no one
    ("University"); not a capitalised word alone ("An independent Nordic study")."""
    for match in _A_NAME.finditer(narration):
        name = match.group("name").split()
        if not set(name) & not_name_words() and (len(name) >= MIN_NAME_WORDS
                                                 or _APPOSITION.match(narration, match.end())):
            return True
    return False


def _company_verdict(doc: Doc, start: int, end: int) -> str | None:
    """An executive of the company speaks for the trial only where they state a finding ("For the
    first time, the drug is showing dramatic activity," said the company's CEO), recorded as the
    investigators', or judge the trial's own work ("The successful outcome of this Phase 3 trial
    represents an important advance"); what they say of the product's business is no conclusion ("Our product has
    enormous commercial potential", ``patterns/company_statement_words.txt``), nor a statement with
    no finding ("With X, we're giving physicians a low-cost option")."""
    said = text_of(doc)[start:end]
    return "investigators" if (_FINDING.search(said) or _THIS_WORK.search(said)) and not _COMPANY_STATEMENT.search(said) else None


_STRIPPED = " \n,;:\"'\u201c\u201d\u2018\u2019"


def _long_enough(text: str, settings: Settings = DEFAULTS) -> bool:
    """A statement, not a fragment: at least ``min_tokens`` words once its quote marks and commas are stripped."""
    return len(text.strip(_STRIPPED).split()) >= settings.min_tokens


def _item(doc: Doc, start: int, end: int, attribution: str, settings: Settings = DEFAULTS) -> dict | None:
    text = text_of(doc)[start:end]
    if not _long_enough(text, settings):
        return None
    stripped = text.strip(_STRIPPED)
    offset = start + text.index(stripped)
    return {"text": clean(stripped), "attribution": attribution,
            "evidence": evidence((offset, offset + len(stripped)), doc, rule="conclusion")}


def _sentences(doc: Doc, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """The sentences of tokens ``start``-``end`` (default: the whole doc) in order, each whole, as
    ``doc[start:end].sents`` gives them (a span of no tokens: the sentence it stands in): made by
    :func:`sent`, which finds a doc's sentence edges once, where ``Doc.sents`` and ``Span.sents``
    walk the tokens again on every call."""
    end = len(doc) if end is None else min(max(end, start + 1), len(doc))
    while start < end:
        sentence = sent(doc[start])
        yield sentence
        start = sentence.end


def _lede(doc: Doc, settings: Settings = DEFAULTS) -> Span | None:
    title = text_of(doc).split("\n", 1)[0].strip()
    for sentence in _sentences(doc):
        said = text_of(doc)[sentence.start_char:sentence.end_char]
        if sentence.start == 0 or heading_sentence(doc, sentence) or len(sentence) < settings.min_tokens * 2 \
                or said.strip() == title or _BOILERPLATE.search(said):
            continue  # (a press release repeats its title after the embargo line)
        if spans(doc, "BYLINE") and any(sentence.start <= s.start < sentence.end for s in spans(doc, "BYLINE")):
            continue
        return sentence
    return None


def _opening(doc: Doc, lede: Span | None, settings: Settings = DEFAULTS) -> list[Span]:
    """The sentences after the lede that news uses to go on stating its finding (at most
    ``opening_sentences``): narration only (quotes and reported speech are read with their
    speaker), no heading, no repeat of the title, no byline or dateline fragment."""
    if lede is None or settings.opening_sentences <= 0:
        return []
    text = text_of(doc)
    title = text.split("\n", 1)[0].strip()
    found: list[Span] = []
    k = lede.end
    while k < len(doc) and len(found) < settings.opening_sentences:
        sentence = sent(doc[k])
        k = sentence.end
        said = text[sentence.start_char:sentence.end_char].strip()
        if not said or heading_sentence(doc, sentence) or said == title:
            continue
        if len(sentence) < settings.min_tokens:
            continue  # a fragment or a dateline, not a sentence of the opening
        found.append(sentence)
    stated = spans(doc, *_OPENING_NUMBER_LABELS)
    return [s for s in found if not spans_quote(doc, s) and not (
        _SPEAKER.search(text_of(doc)[s.start_char:s.end_char])
        and not _ATTRIBUTED_FINDING.search(text_of(doc)[s.start_char:s.end_char])
        and not _SOURCE_AFTER.search(text_of(doc)[s.start_char:s.end_char]))
        and not any(s.start <= v.start < s.end for v in stated)]


#: The words with which a sentence goes on from the one before it ("And", "But", "In addition").
CONTINUATION_OPENERS = "continuation_openers.txt"
_CONTINUATION = compile_pattern(rf"(?i)^[\s\"\u201c']*{phrase_regex(CONTINUATION_OPENERS)}\b(?!\s+to\b)")
#: The sources whose statement a continuation goes on from: the opening's.
_CONTINUED_SOURCES = frozenset({"lede", "opening"})


def _continued(doc: Doc, proposed: dict, settings: Settings = DEFAULTS) -> list[Span]:
    """The sentences of the opening (up to ``opening_position``) that open with a word of
    ``continuation_openers.txt`` (not before "to") right after a sentence the lede or opening reader proposed (or one
    found so): news goes on with its finding so ("Most patients improved. And the gains lasted a
    year."). Narration only, no plan, with the opening reader's filters (:func:`_opening_filters`:
    boilerplate, another study, methods, prior knowledge, an outside voice, a percentage or a
    statistic unless the sentence words its finding too)."""
    text = text_of(doc)
    starts = _sentence_starts(doc)
    found: list[Span] = []
    before: tuple[int, int] | None = None
    chained: set[tuple[int, int]] = set()  # (a continuation goes on from one before it: "And ... . But ...")
    for sentence in _sentences(doc):
        if sentence.start == 0 or heading_sentence(doc, sentence):
            continue
        if bisect_right(starts, sentence.start_char) > settings.opening_position:
            break
        said = text[sentence.start_char:sentence.end_char]
        previous = proposed.get(before) if before is not None else None
        if (before in chained or (previous is not None and _CONTINUED_SOURCES & set(previous.sources))) \
                and _CONTINUATION.match(said) \
                and len(sentence) >= settings.min_tokens and not spans_quote(doc, sentence) \
                and not _SPEAKER.search(said) and not _PLAN.search(said) \
                and _opening_filters(doc, sentence, settings, worded_numbers=True):
            found.append(sentence)
            chained.add((sentence.start_char, sentence.end_char))
        before = (sentence.start_char, sentence.end_char)
    return found


def _opening_filters(doc: Doc, sentence: Span, settings: Settings = DEFAULTS, worded_numbers: bool = False,
                     numbers: bool = True) -> bool:
    """The opening's filters, which a sentence of the opening or one that goes on from it passes: no
    boilerplate, no other study, no methods, nothing known before the trial, no outside voice, and,
    with ``numbers``, no percentage or statistic (:data:`_OPENING_NUMBER_LABELS`: a result or the
    people's baseline, read by the result rules), unless ``worded_numbers`` and the sentence also
    words its finding (``finding_words``: "In addition, 70 percent kept responding, a significantly
    higher rate")."""
    said = text_of(doc)[sentence.start_char:sentence.end_char]
    return not (_BOILERPLATE.search(said) or _OTHER_STUDY.search(said) or _METHOD.search(said)
                or _PRIOR_KNOWLEDGE.search(said) or _outside(doc, sentence.start_char, sentence.end_char, settings)
                or (numbers and _holds(doc, sentence, *_OPENING_NUMBER_LABELS)
                    and not (worded_numbers and _FINDING.search(said))))


#: Where each document's first statement of how the trial was done starts (None: none), found once.
_FIRST_METHOD: WeakKeyDictionary[Doc, int | None] = WeakKeyDictionary()


def _headline_end(doc: Doc, settings: Settings = DEFAULTS) -> int:
    """Where the text's headline zone ends: at ``headline_chars``, or before at its first sentence of
    methods (``method_cues.txt`` with no finding word, or the team's method: "The trial enrolled 400
    adults"): news states its headline finding before it tells how the trial was done."""
    if doc not in _FIRST_METHOD:
        text, found = text_of(doc), None
        for sentence in _sentences(doc):  # (not cut at headline_chars: found once for any settings)
            said = text[sentence.start_char:sentence.end_char]
            if sentence.start > 0 and not heading_sentence(doc, sentence) \
                    and ((_METHOD.search(said) and not _FINDING.search(said)) or _team_method(said)):
                found = sentence.start_char
                break
        _FIRST_METHOD[doc] = found
    found = _FIRST_METHOD[doc]
    return settings.headline_chars if found is None else min(found, settings.headline_chars)


#: Words between the article's first study noun and the verb of what it found: the study's own words
#: ("New research from BYU exercise science professors finds that ...").
MAX_WORDS_TO_NUT_FINDING = 8
#: Words between the nut graf's determiner and its study noun ("a new, large study"), at most this many.
MAX_NUT_STUDY_MODIFIERS = 3
#: The nouns of a study as news introduces its own (``attributed_nouns``: "study", "research", "trial").
_NUT_STUDY = compile_pattern(rf"(?i)\b{_slot('attributed_nouns')}\b")
#: ... named as one study: a determiner of ``publication_determiners`` a few words before it ("a study",
#: "The new research", "Their study") or an acronym right before it ("NIH analysis"), or a verb of
#: ``publication_verbs`` after it ("Research published today in X shows"); research named bare ("Research indicates that X improves survival", "Studies have
#: failed to show", "Some medical research suggests") is what is known, not the article's study.
_NUT_DETERMINED = compile_pattern(rf"(?i)\b{_slot('publication_determiners')}\s+(?:[\w-]+\s+){{0,{MAX_NUT_STUDY_MODIFIERS}}}$"
                                  r"|(?-i:\b[A-Z]{2,}\s+$)")  # (or an institution's acronym: "NIH analysis suggests")
_NUT_PUBLISHED = compile_pattern(rf"(?i)\s+{_slot('publication_verbs')}\b")  # (matched where the noun ends)


def _nut_graf(doc: Doc, proposed: dict, settings: Settings = DEFAULTS) -> list[Span]:
    """The sentence of the text's first ``headline_chars`` that introduces the article's study (the
    body's first study noun of ``attributed_nouns``, however determined: "a study", "New research") as the subject of a verb of
    finding (``publication_findings``) within ``MAX_WORDS_TO_NUT_FINDING`` words: news that sets the
    scene first states its finding there ("Many people ... . Now, a study shows that a simple
    intervention can reduce the risk ..."). Narration only, with the opening reader's filters of
    background, other studies, methods, prior knowledge, speakers and outside voices, but not its
    filter of numbers (a nut graf may state the finding with its number); none once the lede or
    opening reader proposed that sentence."""
    text = text_of(doc)
    first = _NUT_STUDY.search(text, max(text.find("\n"), 0))  # (the body's: a title names its study first)
    if first is None or first.start() >= _headline_end(doc, settings):
        return []
    sentence = sent(doc.char_span(first.start(), first.end(), alignment_mode="expand")[0])
    if (sentence.start_char, sentence.end_char) in proposed or sentence.start == 0 or heading_sentence(doc, sentence) \
            or len(sentence) < settings.min_tokens or spans_quote(doc, sentence):
        return []
    said = text[sentence.start_char:sentence.end_char]
    before = said[:first.start() - sentence.start_char]
    after = " ".join(text[first.end():sentence.end_char].split()[:MAX_WORDS_TO_NUT_FINDING])
    if len(before.split()) > settings.max_words_before_other_study or not _STUDY_FINDING_VERB.search(after):
        return []  # the study is not the subject, or finds nothing
    if not (_NUT_DETERMINED.search(before) or _NUT_PUBLISHED.match(text, first.end())):
        return []  # research in general
    if _SPEAKER.search(said) or not _opening_filters(doc, sentence, settings, numbers=False):
        return []
    return [sentence]


#: A verdict named as such ("the authors concluded", "the study's conclusion") ...
_CONCLUDED = StartFilteredPattern(compile_pattern(r"(?i)\bconclu"))
#: ... not a point in time ("at the conclusion of the study": ``patterns/conclusion_time_phrases.txt``).
CONCLUSION_TIME_PHRASES = "conclusion_time_phrases.txt"
_CONCLUSION_TIME = compile_pattern(rf"(?i)\b{phrase_regex(CONCLUSION_TIME_PHRASES)}\b")
#: Phrases in which a cue word reports no finding ("commonly found in cold medicines").
CUE_STOPS = "conclusion_cue_stops.txt"
_CUE_STOP = compile_pattern(rf"(?i)\b{phrase_regex(CUE_STOPS)}\b")


def _reports_finding(doc: Doc, sentence: Span) -> bool:
    """A conclusion cue of the sentence reports a finding ("the study found"), not where a thing is
    found ("a cough suppressant commonly found in cold medicines")."""
    stops = [m.span() for m in _CUE_STOP.finditer(text_of(doc), sentence.start_char, sentence.end_char)]
    return any(not any(a <= c.start_char and c.end_char <= b for a, b in stops)
               for c in spans_starting(doc, "CONCLUDE_CUE", start=sentence.start, end=sentence.end))


#: An opening sentence states the finding in words: one with a percentage or a statistic gives a
#: result or the people's baseline ("55 percent had failed two drugs"), read by the result rules.
_OPENING_NUMBER_LABELS = ("PERCENT", "P_VALUE", "CI")


def _holds(doc: Doc, sentence: Span, *labels: str) -> bool:
    """A span of ``labels`` starts in ``sentence`` (found by bisection, not a scan of the doc's spans
    for every sentence each reader asks about)."""
    return bool(spans_starting(doc, *labels, start=sentence.start, end=sentence.end))


#: The character offset of each token, per doc (to map a match in the text to its sentence).
_TOKEN_STARTS: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()


#: The exact scanner of each pattern read over whole texts (:func:`trialnews.scanning.fast_scanner`:
#: the same matches, impossible starts skipped), built on first use.
_SCANNERS: dict[re.Pattern[str], Scanner | PrefixScanner | None] = {}


def _scanner(pattern: re.Pattern[str]) -> Scanner | PrefixScanner | None:
    scanner = _SCANNERS.get(pattern)
    if scanner is None:
        # only a pattern whose source holds all its flags can be rebuilt from its source
        exact = compile_pattern(pattern.pattern).flags == pattern.flags
        scanner = _SCANNERS[pattern] = fast_scanner(pattern.pattern, lower=TEXT_LOWER) if exact else None
    return scanner


def _sentences_matching(doc: Doc, pattern: re.Pattern[str]) -> list[Span]:
    """The sentences, in text order and each once, in which ``pattern`` matches within the sentence:
    one pass over the text, not a search per sentence."""
    text = text_of(doc)
    starts = _TOKEN_STARTS.get(doc)
    if starts is None:
        starts = _TOKEN_STARTS[doc] = doc.to_array("IDX").tolist() if len(doc) else []
    found: list[Span] = []
    scanner = _scanner(pattern)
    matches = ((start, end) for start, end, _ in scanner.finditer(text)) if scanner is not None \
        else ((match.start(), match.end()) for match in pattern.finditer(text))
    for start, end in matches:
        if not starts:
            break
        sentence = sent(doc[max(bisect_right(starts, start) - 1, 0)])
        if found and found[-1].start == sentence.start:
            continue
        if end <= sentence.end_char or pattern.search(text, start + 1, sentence.end_char):
            found.append(sentence)
    return found


def spans_quote(doc: Doc, sentence: Span) -> bool:
    return overlaps_span(doc, "QUOTE", sentence.start, sentence.end)


def _embedded_quotes(doc: Doc, sentence: Span, narration: str) -> bool:
    """The sentence's quotes are a few words inside its narration ('the results are "very
    promising," Lee said', 'The spray brought "a marked drop" in visits, Lee said'), not the
    statement itself ('"The drug works," said Lee'): narration comes before the first quote, and the
    words quoted are fewer than the words of the narration (``narration``: the sentence with its
    quotes blanked), which holds no stray quote mark (a longer quotation that quotes a term inside it)."""
    text = text_of(doc)
    quoted = [q for q in spans(doc, "QUOTE") if q.start < sentence.end and sentence.start < q.end]
    if not quoted or quoted[0].start_char <= sentence.start_char \
            or not text[sentence.start_char:quoted[0].start_char].strip(" \n,;:\"'\u201c\u2018"):
        return False
    if any(mark in narration for mark in '"\u201c\u201d'):
        return False  # a quote mark outside the quotes found: a quotation with a term quoted inside it
    quoted_words = sum(len(text[max(q.start_char, sentence.start_char):min(q.end_char, sentence.end_char)].split())
                       for q in quoted)
    return quoted_words < len(narration.split())


#: A lede that hands its claim to a study ("..., according to a new study", "according to research
#: presented at ..."): news states its headline finding that way.
#: ... or to the study after its finding ("X was highly effective, says a new study"; not "Smith says the study was ...").
_STUDY_NOUN = rf"(?:a |the )?(?:{_slot('attributed_adjectives')} )?{_slot('attributed_nouns')}\b"
_ATTRIBUTED_FINDING = compile_pattern(rf"(?i)\baccording to {_STUDY_NOUN}|,\s+{_slot('attributed_verbs')} {_STUDY_NOUN}"
                                      rf"(?=\s*(?:[,.;:]|$)|\s+{_slot('attributed_after')}\b)")
#: ... or to its source named at its end, before the verb ("..., a new study suggests.", "..., South
#: Korean researchers report.", "..., researchers from X reported Monday at a meeting"): how wire news
#: states its headline finding (asked of the lede and the opening only).
MAX_WORDS_BEFORE_SOURCE = 4  # the source's own words ("two new", "new industry-funded", "an international clinical")
MAX_WORDS_AFTER_SOURCE = 8  # its description before the verb ("from Cedars-Sinai Medical Center", "led by X")
_SOURCE_AFTER = compile_pattern(
    rf"(?i),\s+(?:[\w'\u2019-]+\s+){{0,{MAX_WORDS_BEFORE_SOURCE}}}?{_slot('source_after_nouns')}\b"
    rf"(?:\s+[^\s,;:]+){{0,{MAX_WORDS_AFTER_SOURCE}}}?\s+(?:(?:has|have)\s+)?{_slot('source_after_verbs')}\b"
    rf"(?:\s+{_slot('source_after_tails')}\b[^,;:]*)?\s*[.!]?[\"\u201d]?\s*$")
#: How news refers to the trial's groups without naming them ("between the two groups").
_GROUP_REFERENCE = fast_scanner(rf"(?i)\b{alternation(load_lexicon('group_references.txt'))}\b", lower=TEXT_LOWER)
_CLOSING_QUOTES = frozenset({'"', "\u201d"})
#: How the people who ran a trial speak of it ("our study", "we found").
_FIRST_PERSON = fast_scanner(rf"(?i)\b{alternation(load_lexicon('first_person_findings.txt'))}\b", lower=TEXT_LOWER)
#: Section names whose sentences are the authors' conclusion.
CONCLUSION_SECTIONS = frozenset({"conclusions"})
#: Statistics that make a sentence a report of results, not a conclusion.
_STATISTIC_LABELS = ("P_VALUE", "CI")
#: The values and statistics that make a sentence a result, not a finding stated in words.
_NUMBER_LABELS = (*_RESULT_LABELS, *_STATISTIC_LABELS)


def _reports_results(doc: Doc, sentence: Span, settings: Settings = DEFAULTS) -> bool:
    """A sentence that reports results: a p-value or confidence interval, or several values with
    no word that judges them (``41.2% with zelbrutinib and 18.5% with placebo``)."""
    if any(sentence.start <= s.start < sentence.end for s in spans(doc, *_STATISTIC_LABELS)):
        return True
    values = sum(sentence.start <= v.start < sentence.end for v in spans(doc, *_RESULT_LABELS))
    return values >= settings.min_result_values and not _EVALUATIVE.search(text_of(doc)[sentence.start_char:sentence.end_char])


def _sentences_in(doc: Doc, start: int, end: int) -> list[Span]:
    """The sentences that start within characters ``start``-``end``, headings left out."""
    found = []
    for sentence in _sentences(doc):
        if sentence.start_char >= end:
            break
        if sentence.start_char >= start and not heading_sentence(doc, sentence):
            found.append(sentence)
    return found


def _closing_note(doc: Doc, sentences: list[Span], settings: Settings = DEFAULTS) -> bool:
    """A paragraph of notes: registration, funding, a list of sponsors, a bare registry id."""
    text = text_of(doc)[sentences[0].start_char:sentences[-1].end_char] if sentences else ""
    return (len(text.split()) < settings.min_tokens or name_list(text)
            or all(closing_note(text_of(doc)[s.start_char:s.end_char]) for s in sentences))


def _closing_statement(doc: Doc, settings: Settings = DEFAULTS) -> list[Span]:
    """The sentences of an abstract that state its conclusion (see the module's docstring)."""
    concluding = [(start, end) for start, end, name in sections(doc) if name in CONCLUSION_SECTIONS]
    if concluding:
        return [s for start, end in concluding for s in _sentences_in(doc, start, end)]
    text = text_of(doc)
    offset, body = body_of(text)
    blocks = paragraphs(body, offset) if "\n" in body.strip() else [(0, len(text))]
    for _ in range(settings.max_closing_notes):
        if len(blocks) > 1 and _closing_note(doc, _sentences_in(doc, *blocks[-1]), settings):
            blocks.pop()
    if not blocks:
        return []
    closing = _sentences_in(doc, *blocks[-1])
    if len(blocks) == 1:  # one block: background, methods and results come first
        reported = [i for i, s in enumerate(closing) if _reports_results(doc, s, settings)]
        closing = closing[reported[-1] + 1:] if reported else []
    return closing


def _paper_conclusion(doc: Doc, settings: Settings = DEFAULTS) -> list[Span]:
    """The first paragraph of the last conclusion section of a text that is not an abstract: a full
    paper closes its discussion with a ``Conclusions`` section (one paragraph; notes such as the
    authors' contributions and disclosures follow it), and a release that quotes an abstract has
    one. Its sentences are the authors' verdict and come before the cap is filled."""
    concluding = [(start, end) for start, end, name in sections(doc) if name in CONCLUSION_SECTIONS]
    if not concluding:
        return []
    start, end = concluding[-1]
    blocks = paragraphs(text_of(doc)[start:end], start)
    return _sentences_in(doc, *blocks[0])[:settings.max_conclusions] if blocks else []


def _abstract_conclusions(doc: Doc, settings: Settings = DEFAULTS) -> list[dict]:
    items = []
    closing = _closing_statement(doc, settings)
    first = {s.start for s in _paper_conclusion(doc, settings)}  # a paper's Conclusions before its Discussion
    for sentence in [*(s for s in closing if s.start in first), *(s for s in closing if s.start not in first)][:settings.max_conclusions]:
        said = text_of(doc)[sentence.start_char:sentence.end_char]
        if _reports_results(doc, sentence, settings) or closing_note(said) or name_list(said):
            continue
        item = _item(doc, sentence.start_char, sentence.end_char, "authors", settings)
        if item is not None:
            items.append(item)
    return sorted(items, key=lambda item: item["evidence"]["start"])


#: How a statement refers to what the trial found ("the results call for ...").
_OUTCOME_REFERENCE = compile_pattern(_words(OUTCOME_REFERENCES))


def _framed(before: str, settings: Settings = DEFAULTS) -> bool:
    """A quote framed by reported speech in its sentence ('Researchers wrote that the findings
    "underscore ..."', 'Lee added that the drug was "extremely well tolerated"'): the narration
    before it reports what someone said, and is not only the speaker's introduction ('Lee, the
    senior author, said: "..."'), nor a quoted term within a statement ('"castration resistant"')."""
    if before.count("\u201c") > before.count("\u201d") or before.count('"') % 2:
        return False  # the quote is a term inside a longer quotation ('said: "Hallucinations, or "voices" ...')
    verb = next(reversed(list(_SPEAKER.finditer(before))), None)  # the last speech verb before the quote
    return (verb is not None and len(before.split()) >= settings.min_frame_words
            and bool(before[verb.end():].strip(" ,:;\n\"'\u201c\u2018")))


#: The trial's own work, pointed at ("this study", "the drug", "our results"): a quote that speaks of it
#: is about the trial (``conclusion_work_determiners.txt``, ``conclusion_work_nouns.txt``).
WORK_DETERMINERS = "conclusion_work_determiners.txt"
WORK_NOUNS = "conclusion_work_nouns.txt"
#: Words between the determiner and the noun ("this Phase 3 trial", "the current results"), at most this many.
MAX_WORK_MODIFIERS = 2
#: ... none of them a function word of ``function_words.txt`` ("this can result" is no noun phrase).
FUNCTION_WORDS = "function_words.txt"
_MODIFIER = rf"(?!(?:{'|'.join(longest_words_first(map(re.escape, load_table(FUNCTION_WORDS))))})\s)[\w-]+\s+"
_THIS_WORK = StartFilteredPattern(compile_pattern(
    rf"(?i)(?:\b{_alternatives(WORK_DETERMINERS)}\s+(?:{_MODIFIER}){{0,{MAX_WORK_MODIFIERS}}}?{_alternatives(WORK_NOUNS)}\b)"))


#: Words that state a finding of the trial's groups without numbers (``worded_finding_words.txt``).
WORDED_FINDING_WORDS = "worded_finding_words.txt"
_WORDED_FINDING = StartFilteredPattern(compile_pattern(_words(WORDED_FINDING_WORDS)))
#: ... unless the sentence asks, hopes or tells how a treatment works (``worded_finding_stops.txt``).
WORDED_FINDING_STOPS = "worded_finding_stops.txt"
_WORDED_FINDING_STOP = compile_pattern(_words(WORDED_FINDING_STOPS))

#: The trial's people counted in words as a sentence's subject (``participant_subjects.txt``) ...
PARTICIPANT_SUBJECTS = "participant_subjects.txt"
_PARTICIPANT_SUBJECT = compile_pattern(rf"(?i)\b{phrase_regex(PARTICIPANT_SUBJECTS)}\b")
#: ... whose predicate states the finding: a worded finding within this many words after the people
#: ("all participants had improved vision"; not "All patients enrolled had no relapse during an extended period").
MAX_PREDICATE_WORDS = 3
#: ... or that states it as the people's state ("remained in remission", ``participant_findings.txt``).
PARTICIPANT_FINDINGS = "participant_findings.txt"
_PARTICIPANT_FINDING = compile_pattern(rf"(?i){phrase_regex(PARTICIPANT_FINDINGS)}\b")
#: ... with no value or statistic of a result (a time frame may set the finding: "After a year, most patients ...").
_COUNTED_LABELS = tuple(label for label in _NUMBER_LABELS if label != "DURATION")
#: ... at the sentence's start, or after an opening clause of at most this many words ("After a year, most patients").
MAX_OPENING_CLAUSE_WORDS = 8
_PARTICIPANT_SUBJECT_AT_START = compile_pattern(
    rf"(?i)\s*(?:(?:[\w'\u2019-]+\s+){{0,{MAX_OPENING_CLAUSE_WORDS - 1}}}[\w'\u2019/-]+,\s+)?{phrase_regex(PARTICIPANT_SUBJECTS)}\b")

#: Comparatives of a finding between groups (``comparatives.tsv``, use ``worded``), followed by "than" and an arm.
WORDED_COMPARATIVES = "comparatives.tsv:worded"
_COMPARATIVE_THAN = StartFilteredPattern(compile_pattern(rf"(?i)\b{_alternatives(WORDED_COMPARATIVES)}\s[^.;]*?\bthan\s"))  # (not "lower-than-recommended")

#: A trial's group named by what it received, an arm the ruler may not know ("those who took the
#: supplement", "women given the patch", "people who were randomized to the diet"): a noun of people
#: (``group_people_nouns.txt``), then "who", "who had" or "who were" at most, then a verb of receiving
#: (``group_treatment_verbs.txt``).
GROUP_PEOPLE_NOUNS = "group_people_nouns.txt"
GROUP_TREATMENT_VERBS = "group_treatment_verbs.txt"
_GROUP_SUBJECT = compile_pattern(rf"(?i)\b{phrase_regex(GROUP_PEOPLE_NOUNS)}\s+(?:who\s+(?:(?:had|were)\s+)?)?"
                                 rf"{phrase_regex(GROUP_TREATMENT_VERBS)}\b")
#: ... and a finding said of it in words: a worded finding, a comparative (``comparatives.tsv``, use
#: ``worded``) or a change (``group_finding_words.txt``: "showed significant increases").
GROUP_FINDING_WORDS = "group_finding_words.txt"
_GROUP_FINDING = compile_pattern(rf"(?i)\b(?:{phrase_regex(GROUP_FINDING_WORDS)}|{_alternatives(WORDED_COMPARATIVES)})\b")


def _group_finding(text: str) -> bool:
    """A finding stated in words of a group named by what it received, with no plan, method, hedge
    or word that makes it background (``worded_finding_stops.txt``): "After two years, those who drank
    wine nightly improved their triglycerides"; "Relapses were rarer among patients taking the drug";
    not "Patients who take statins may have fewer strokes"."""
    return bool(_GROUP_SUBJECT.search(text) and (_WORDED_FINDING.search(text) or _GROUP_FINDING.search(text))
                and not (_WORDED_FINDING_STOP.search(text) or _PLAN.search(text) or _METHOD.search(text)
                         or _HEDGED.search(text)))


#: The trial's team as the subject of a finding verb, at the sentence's start or after its opening
#: clause ("The researchers also found that ...", "Kwong and his team found ...", "They found the pill
#: suppressed hormones"): a team (``team_finding_subjects.txt``; a name and "his team" or "her
#: colleagues", ``team_words.txt``) with a verb of finding (``team_finding_verbs.txt``), or "they" with
#: a verb only researchers use (``team_pronoun_verbs.txt``), an adverb between (``team_finding_adverbs.txt``).
TEAM_FINDING_SUBJECTS = "team_finding_subjects.txt"
TEAM_FINDING_VERBS = "team_finding_verbs.txt"
TEAM_PRONOUN_VERBS = "team_pronoun_verbs.txt"
TEAM_FINDING_ADVERBS = "team_finding_adverbs.txt"
_TEAM_ADVERB = rf"(?:{phrase_regex(TEAM_FINDING_ADVERBS)}\s+)?"
_TEAM_FINDING = compile_pattern(
    rf"(?:(?i:{phrase_regex(TEAM_FINDING_SUBJECTS)})|[A-Z][\w'\u2019-]+\s+and\s+(?:his|her|their)\s+{phrase_regex('team_words.txt')})"
    rf"\s+{_TEAM_ADVERB}{phrase_regex(TEAM_FINDING_VERBS)}\b|\b[Tt]hey\s+{_TEAM_ADVERB}{phrase_regex(TEAM_PRONOUN_VERBS)}\b")
_TEAM_FINDING_AT_START = compile_pattern(
    rf"\s*(?:(?:[\w'\u2019-]+\s+){{0,{MAX_OPENING_CLAUSE_WORDS - 1}}}[\w'\u2019/-]+,\s+)?(?:{_TEAM_FINDING.pattern})")


def _team_finding(text: str, safety: bool = False) -> bool:
    """A finding of the trial said as its team's, with no plan, method, hedge, caveat, background or
    word that makes it background (``worded_finding_stops.txt``): "The investigators further noted that
    no serious adverse effects were attributable to the drug"; "They found the pill suppressed
    hormones"; not "The authors noted that the results mirror those of earlier studies". ``safety``: the
    sentence names a safety finding ("The researchers did not observe any side effects")."""
    subject = _TEAM_FINDING_AT_START.match(text)
    if subject is None:
        return False
    said = text[subject.end():]
    return bool((safety or _WORDED_FINDING.search(said) or _GROUP_FINDING.search(said) or _SAFETY_WORD.search(said))
                and not (_WORDED_FINDING_STOP.search(text) or _PLAN.search(text) or _METHOD.search(text)
                         or _HEDGED.search(text) or _LIMITATION.search(text) or _PRIOR_KNOWLEDGE.search(text)
                         or _mechanism(said) or text.rstrip().endswith("?")))


#: A finding of the trial stated by the article in the body, in words (``The researchers found that
#: ...``, ``Those on the diet also slept better``, ``Eylea outperformed Avastin at one year``, ``The drug
#: did not reduce falls``): one decision for a sentence no cue reader proposes. It names what the trial
#: is about (an arm, an outcome the record found, its people or the trial itself), states what happened
#: to it (a finding word, a change, a comparative: ``body_finding_words.txt`` beside the worded and group
#: findings and ``comparatives.tsv``), in the past (``past_statement_words.txt`` or a regular past in
#: -ed: a present tense tells how a treatment works in general), with no value of a result, no speaker
#: (reported speech is read with its speaker's role), no hedge, plan, method or word of background.
BODY_FINDING_WORDS = "body_finding_words.txt"
#: (a worded finding's verb after an article is an adjective: "an extended period", "the improved device")
#: (each branch starts at a word's edge: ``\b`` is asked first, once, so that the look-behinds and
#: the word tries are tried only there, not at every character of the sentence)


def _entry_words(*lexicons: str) -> frozenset[str] | None:
    """One word of each entry of the word lists, lower-cased (its longest, the last of equal length;
    the part of it before or after a ``*``): wherever a pattern matches an entry, the lower-cased text
    holds that word. ``None`` when a word is not ASCII (``str.lower`` and ``(?i)`` agree only on ASCII)."""
    found = set()
    for name in lexicons:
        for entry in load_lexicon(name):
            words = [part for word in entry.lower().split() for part in word.split("*") if part]
            if not words:
                return None
            found.add(max(reversed(words), key=len))
    return frozenset(found) if all(word.isascii() for word in found) else None


_BODY_FINDING_WORDS = _entry_words(WORDED_FINDING_WORDS, GROUP_FINDING_WORDS, BODY_FINDING_WORDS)
#: (asked of every sentence of the body: a sentence holding none of the entries' words, nor the
#: comparative's ``than``, is answered at once, one Aho-Corasick pass: six sentences in ten)
_BODY_FINDING = StartFilteredPattern(compile_pattern(
    rf"(?i)\b(?:(?<!\ban )(?<!\ba )(?<!\bthe ){_alternatives(WORDED_FINDING_WORDS)}\b"
    rf"|(?:{phrase_regex(GROUP_FINDING_WORDS)}|{_alternatives(BODY_FINDING_WORDS)})\b"
    rf"|{_COMPARATIVE_THAN.pattern.removeprefix('(?i)').removeprefix(chr(92) + 'b')})"),
    literals=None if _BODY_FINDING_WORDS is None else _BODY_FINDING_WORDS | {"than"})
PAST_STATEMENT_WORDS = "past_statement_words.txt"
MIN_PAST_STEM_CHARS = 3  # a regular past is a stem and -ed ("lowered"; not "red", "bed")
#: Words before a form in -ed that make it no past: a passive or perfect of the present ("is associated",
#: "to be used") or an infinitive (``present_statement_words.txt`` and "be", "been", "to").
PRESENT_STATEMENT_WORDS = "present_statement_words.txt"
#: (not in a relative clause, which describes what the finding is about: "a drug, which is the most
#: used ...", "patients who are obese")
_PRESENT = StartFilteredPattern(compile_pattern(rf"(?i)(?<!\bwhich )(?<!\bthat )(?<!\bwho )\b{_alternatives(PRESENT_STATEMENT_WORDS)}\b"))
_PAST = StartFilteredPattern(compile_pattern(rf"(?i)\b(?:{_alternatives(PAST_STATEMENT_WORDS)}\b"
                                             rf"|(?<!\bbe )(?<!\bbeen )(?<!\bto )(?<=\w )[a-z]{{{MIN_PAST_STEM_CHARS},}}ed\b)"))
_PEOPLE = compile_pattern(rf"(?i)\b{phrase_regex(GROUP_PEOPLE_NOUNS)}\b")
BODY_FINDING_STOPS = "body_finding_stops.txt"
#: A verb of what the team or the people did (``body_method_verbs.txt``) before the first word of
#: finding: the sentence tells the methods ("The researchers asked the participants about their mood
#: and measured their responses").
BODY_METHOD_VERBS = "body_method_verbs.txt"
#: (not after an adverb, which makes it an adjective: "the most often used drug", "a commonly used test")
_BODY_METHOD = compile_pattern(rf"(?i)(?<!\w\wly )(?<!often )\b{_alternatives(BODY_METHOD_VERBS)}\b")
#: A verb of the present in -s before an article (``body_present_verbs.txt``) after a word that is no
#: determiner or adjective: how a treatment or a body works ("The hormone plays a key role", "PPF
#: increases the effectiveness of ..."; not "the benefits the drug gave", "showed slight improvements
#: a year on", whose -s word is a noun after an article or an adjective).
BODY_PRESENT_VERBS = "body_present_verbs.txt"
_BODY_PRESENT = compile_pattern(rf"(?<![Tt]he )(?<![Aa] )(?<![Aa]n )(?<!\w\w[ly] )(?<!\w\w[a-z]ed )(?<!\w\wful )(?<!\w\wive )(?<!\w\wal )"
                                rf"\b[a-z]{{2,}}[^su\W']s\s+{_alternatives(BODY_PRESENT_VERBS)}\b")
#: One person's word ("I was taken aback"): a first person singular outside quotes is a story, no finding.
_FIRST_PERSON_SINGULAR = compile_pattern(r"\bI\b(?!\.)")
_BODY_FINDING_STOP = compile_pattern(rf"(?i)\b{phrase_regex(BODY_FINDING_STOPS)}\b")
#: A modal hedge ("may", "could"): the hedge words without the judgements they include ("benefit").
_MODAL = compile_pattern(rf"(?i)\b{_any_entry(sorted(set(load_lexicon(HEDGE_WORDS)) - set(load_lexicon(JUDGEMENT_WORDS))))}\b")
#: Words around a duration that make it a result's value ("lived 4.6 months longer", "delayed it by nine
#: months"): a comparative after it (``comparatives.tsv``, use worded) or a cue before it.
_DURATION_COMPARATIVES = frozenset(load_lexicon(WORDED_COMPARATIVES))
DURATION_VALUE_CUES = "duration_value_cues.txt"
_DURATION_VALUE_CUE = compile_pattern(rf"(?i)\b{phrase_regex(DURATION_VALUE_CUES)}\s*\Z")


def _duration_is_value(doc: Doc, sentence: Span) -> bool:
    """A duration in ``sentence`` that is the value of a result (a comparative right after it, "by" or
    "an average of" right before it: ``duration_value_cues.txt``); any other duration sets the finding's time ("over the same two-year period",
    "two days after the injection", "at the one- and two-year time points")."""
    return any(d.end < len(doc) and doc[d.end].lower_ in _DURATION_COMPARATIVES
               or _DURATION_VALUE_CUE.search(text_of(doc)[sentence.start_char:d.start_char]) is not None
               for d in spans_starting(doc, "DURATION", start=sentence.start, end=sentence.end))


def _names_the_trial(doc: Doc, sentence: Span, text: str, outcomes: Iterable[str]) -> bool:
    """Whether ``sentence`` names what the trial is about: an arm, an arm or outcome the record found
    (``outcomes``, lower-cased: :func:`_record_names`), the trial's people or its groups (not "the study"
    or "the drug" alone, which background names too)."""
    if _holds(doc, sentence, "ARM_MENTION", "CONTROL") or _PEOPLE.search(text) or _GROUP_REFERENCE.search(text):
        return True
    return _names_any(text.lower(), outcomes)


def _names_any(text: str, names: Iterable[str]) -> bool:
    """Whether ``text`` holds any of ``names`` (not empty) as whole words, as a pattern
    ``\\b(?:NAME|NAME...)\\b`` finds them, without compiling one for the doc's names."""
    return any(next(_word_occurrences(text, name), None) is not None for name in names)


def _record_names(doc: Doc) -> frozenset[str]:
    """What the record in progress names, lower-cased: its arms (label, intervention, aliases), its
    endpoints and the outcomes of its results."""
    found = state(doc)
    names = [item.get(key) for item in (*found.get("endpoints", ()), *found.get("results", ()))
             for key in ("name", "endpoint")]
    names += [name for arm in found.get("arms", ()) for name in (arm.get("label"), arm.get("intervention"), *arm.get("aliases", ()))]
    return frozenset(name.lower() for name in names if isinstance(name, str) and name.strip())


def _body_finding(doc: Doc, sentence: Span, text: str, outcomes: Iterable[str], settings: Settings = DEFAULTS) -> bool:
    """The decision of :data:`_BODY_FINDING`'s comment for one sentence of the body."""
    # (cheapest and most often failing first: the finding's words fail in nine sentences of ten, most
    # of them at once (:data:`_BODY_FINDING`'s look for its words), the past tense in half the rest; a
    # token walk for numbers is asked only of what is left)
    if sentence.start == 0 or heading_sentence(doc, sentence) or spans_quote(doc, sentence) \
            or text.rstrip().endswith("?") or _holds(doc, sentence, *_COUNTED_LABELS):
        return False
    finding = _BODY_FINDING.search(text)
    if finding is None or not _PAST.search(text) \
            or _duration_is_value(doc, sentence) or _bare_number(doc, sentence, before_dash=False):
        return False  # (a value makes it a result; a quote is read with its speaker)
    narration = _outside_quotes(doc, sentence.start_char, sentence.end_char)
    if _PRESENT.search(narration):
        return False
    if _BODY_METHOD.search(text, 0, finding.start()) or _BODY_PRESENT.search(narration) \
            or _FIRST_PERSON_SINGULAR.search(narration):
        return False  # (the methods; how things work in general; one person's story)
    if _SPEAKER.search(text) or _WORDED_FINDING_STOP.search(text) or _BODY_FINDING_STOP.search(text) or _MODAL.search(text) \
            or _PLAN.search(text) \
            or _METHOD.search(text) or _BOILERPLATE.search(text) or _OTHER_STUDY.search(text):
        return False
    return _names_the_trial(doc, sentence, text, outcomes) \
        and not _outside(doc, sentence.start_char, sentence.end_char, settings)


#: Spans whose numbers set a finding rather than state its value: a time frame ("After two years,")
#: and the trial's people ("of more than 1,300 people").
_SETTING_LABELS = ("DURATION", "POPULATION")


def _bare_number(doc: Doc, sentence: Span, *, before_dash: bool = True) -> bool:
    """A number in ``sentence`` outside a time frame or a count of the trial's people (a value of a
    result: "survival was 9.56 months", "20 times greater"); with ``before_dash`` false, not a number
    right before a dash (a duration's first word, ``12-week``, which :func:`_duration_is_value` reads),
    a count of things written out in letters (:func:`_count_in_words`: "the other two tests") nor the
    bound of an age after the people it bounds ("children under 5")."""
    setting = [(m.start, m.end) for m in spans_starting(doc, *_SETTING_LABELS, start=sentence.start, end=sentence.end)]
    return any(token.like_num and not any(a <= token.i < b for a, b in setting)
               and (before_dash or not (token.i + 1 < len(doc) and doc[token.i + 1].text in _DASHES
                                        or _count_in_words(doc, token) or _age_bound(doc, token)))
               for token in sentence)


#: Words after a number in letters that make it a result's value (``patterns/count_value_words.txt``).
COUNT_VALUE_WORDS = "count_value_words.txt"
_COUNT_VALUE = word_set(COUNT_VALUE_WORDS)
AGE_BOUND_WORDS = "age_bound_words.txt"  # "under", "over" (shared with the sizes fact)
_AGE_BOUND = word_set(AGE_BOUND_WORDS)


def _count_in_words(doc: Doc, token) -> bool:
    """``token`` is a number written in letters before a word that is no unit of a value: a count of
    things ("the other two tests", "with just one treatment"; not "one in five", "two times")."""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.text.isalpha() and following is not None and following.text.isalpha() \
        and following.lower_ not in _COUNT_VALUE


def _age_bound(doc: Doc, token) -> bool:
    """``token`` bounds the age of the people named right before it ("children under 5", "adults over 65")."""
    return token.i >= 2 and doc[token.i - 1].lower_ in _AGE_BOUND \
        and _PEOPLE.fullmatch(doc[token.i - 2].text) is not None \
        and not (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _COUNT_VALUE)



#: The dashes after a number that make it the first word of a compound (``12-week``).
_DASHES = frozenset({"-", "\u2013"})


#: Words right before a duration that make it a finding's time frame ("At 24 weeks, ..."), and right after one
#: that make it a time point ("two years after"): ``patterns/time_frame_words.txt``, ``duration_time_words.txt``.
TIME_FRAME_WORDS = "time_frame_words.txt"
DURATION_TIME_WORDS = "duration_time_words.txt"


def _duration_value(doc: Doc, sentence: Span) -> bool:
    """A duration in ``sentence`` that is a value ("lived 4.6 months longer", "delayed progression by
    nine months"), not a time frame or a time point ("At 24 weeks", "within six months", "two years after")."""
    before, after = word_set(TIME_FRAME_WORDS), word_set(DURATION_TIME_WORDS)
    return any(not (d.start > 0 and doc[d.start - 1].lower_ in before or d.end < len(doc) and doc[d.end].lower_ in after)
               for d in spans_starting(doc, "DURATION", start=sentence.start, end=sentence.end))


def _compared_with_an_arm(doc: Doc, sentence: Span, text: str) -> bool:
    """A comparative followed by "than" or "compared to/with" and an arm or the control ("higher scores
    at week 12 than those who received the placebo", "slightly higher rates of infection compared to
    placebo"; not "higher than the wholesale cost")."""
    for pattern in (_COMPARATIVE_THAN, _COMPARATIVE_COMPARED):
        match = pattern.search(text)
        if match is not None:
            than = sentence.start_char + match.end()
            if any(m.start_char >= than for m in spans_starting(doc, "ARM_MENTION", "CONTROL", start=sentence.start, end=sentence.end)):
                return True
    return False


#: A comparative and then "compared to" or "compared with" (``compared_phrases`` of :data:`PHRASES`).
_COMPARATIVE_COMPARED = StartFilteredPattern(compile_pattern(
    rf"(?i)\b{_alternatives(WORDED_COMPARATIVES)}\s[^.;]*?\b{_slot('compared_phrases')}\s"))


#: A sentence whose subject is the trial's own work: it starts with a few words at most (``Thus,``,
#: ``This is``, ``In``) and then ``the results``, ``the new trial``, ``this study``.
MAX_WORDS_BEFORE_SUBJECT = 3
#: ... and judged (``work_judgement_words.txt``), in lower case: the subject comes first, and "May"
#: is a month.
WORK_JUDGEMENT_WORDS = "work_judgement_words.txt"
_WORK_JUDGEMENT = compile_pattern(rf"\b{_alternatives(WORK_JUDGEMENT_WORDS)}\b")
#: ... unless it asks or tells how a treatment works (``work_subject_stops.txt``).
WORK_SUBJECT_STOPS = "work_subject_stops.txt"
_WORK_SUBJECT_STOP = compile_pattern(_words(WORK_SUBJECT_STOPS))
_WORK_SUBJECT = compile_pattern(rf"(?i)(?:[\w,'\u2019-]+\s+){{0,{MAX_WORDS_BEFORE_SUBJECT}}}?{_THIS_WORK.pattern.removeprefix('(?i)')}")


#: A safety finding (the ruler's ``SAFETY_MENTION`` spans, ``patterns/safety_finding_nouns.txt``): how
#: much harm the trial's people had (``safety_finding_words.txt``) in the past tense
#: (``safety_finding_verbs.txt``).
SAFETY_FINDING_WORDS = "safety_finding_words.txt"
SAFETY_FINDING_VERBS = "safety_finding_verbs.txt"
_SAFETY_WORD = compile_pattern(_words(SAFETY_FINDING_WORDS))
_SAFETY_VERB = compile_pattern(_words(SAFETY_FINDING_VERBS))


#: What was known or lacking before the trial (``patterns/prior_knowledge_cues.txt``).
PRIOR_KNOWLEDGE_CUES = "prior_knowledge_cues.txt"
_PRIOR_KNOWLEDGE = StartFilteredPattern(compile_pattern(rf"(?i)\b{phrase_regex(PRIOR_KNOWLEDGE_CUES)}\b"))


def _prior_knowledge(text: str) -> bool:
    """Background: what was known, done or lacking before the trial ("We already know that X can
    reduce attacks"), with no word of the trial's own work ("Our study adds to the evidence ...",
    "In the past there was no treatment; this trial showed ...")."""
    return bool(_PRIOR_KNOWLEDGE.search(text)) and not (_THIS_WORK.search(text) or _FIRST_PERSON.search(text))


def _caveat(text: str) -> bool:
    """A limitation of the trial or what it leaves to be shown, with no finding stated before it
    ("However, the study was small", "Future studies are needed to assess its side effects"); "X
    improved Y and deserves further study" states its finding first and stays a conclusion."""
    caveat = _LIMITATION.search(text)
    return caveat is not None and not _FINDING.search(text[:caveat.start()])


#: A study introduced as one not yet named (``other_study_determiners.txt`` and up to
#: ``MAX_OTHER_STUDY_MODIFIERS`` words, none a function word nor an adjective of ``own_study_adjectives.txt``,
#: before a noun of ``other_study_nouns.txt``: "a recent review", "One recent study", "A large trial",
#: "a subsequent laboratory study"; not "a new study"), or a plural study noun opening the statement
#: with at most one word before it ("Studies have looked at ...", "Retrospective studies, however, ...").
MAX_OTHER_STUDY_MODIFIERS = 3
_OWN_STUDY_ADJECTIVE = rf"(?!(?:{phrase_regex('own_study_adjectives.txt')})\b)"
#: The words right before a determiner that keep it from introducing another study ("phase one
#: trial", "is a study", "the trial's one"): one fixed-width look-behind each, ``\b`` before a word.
_NOT_OTHER_STUDY_AFTER = "".join("(?<!" + (r"\b" if word[0].isalnum() else "") + re.escape(word) + " )"
                                 for word in load_lexicon("not_other_study_before.txt"))
_INDEFINITE_STUDY = StartFilteredPattern(compile_pattern(  # (asked only of statements naming a study noun)
    rf"(?i){_NOT_OTHER_STUDY_AFTER}\b(?:{phrase_regex('other_study_determiners.txt')})\s+(?:{_OWN_STUDY_ADJECTIVE}{_MODIFIER}){{0,{MAX_OTHER_STUDY_MODIFIERS}}}?"
    rf"{_OWN_STUDY_ADJECTIVE}(?:{phrase_regex('other_study_nouns.txt')})\b"))
_PLURAL_STUDY_START = compile_pattern(
    rf"(?i)^\W*(?:{_OWN_STUDY_ADJECTIVE}{_MODIFIER})?(?:{phrase_regex('other_study_plurals.txt')})\b")
#: Any noun of a study: a statement before which the article names none introduces the article's own trial.
_STUDY_NOUN = compile_pattern(rf"(?i)\b(?:{phrase_regex('other_study_nouns.txt')})\b")
#: A whole number as news writes a count of people ("431", "25,570"), read by ``normalize.parse_number``.
_PEOPLE_COUNT = compile_pattern(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,]\d)|(?<![\d.,])\d+(?![\d.,]\d)")


#: The sources that read the lede, the opening or a conclusion section, where a study named
#: indefinitely is the article's own ("A one-year trial that set two creams against each other found ...").
_OPENING_SOURCES = frozenset({"lede", "opening", "section", "abstract_section"})
#: Words after an indefinite study in which a verb of finding (``conclusion_phrases.json`` slot
#: ``publication_findings``) makes the study the finding's subject though it stands later in the
#: statement ("..., arrive just weeks after a Danish study showed that ...").
MAX_WORDS_TO_FINDING = 8
_STUDY_FINDING_VERB = compile_pattern(rf"(?i)^(?:[^.;]*?\s)?\b{_slot('publication_findings')}\b")


#: The end of each document's first study noun (:data:`_STUDY_NOUN`), or None: found once per document.
_FIRST_STUDY_NOUN: WeakKeyDictionary[Doc, int | None] = WeakKeyDictionary()


def _first_study_noun_end(doc: Doc) -> int | None:
    """Where the article's first study noun ends (None: it names none). A statement starts at a word,
    so a noun ending at or before its start is one the article names before it."""
    if doc not in _FIRST_STUDY_NOUN:
        found = _STUDY_NOUN.search(text_of(doc))
        _FIRST_STUDY_NOUN[doc] = found.end() if found else None
    return _FIRST_STUDY_NOUN[doc]


def _indefinite_study(x: "_Statement") -> bool:
    """The statement's subject is a study introduced as not yet named (:data:`_INDEFINITE_STUDY`) after
    the lede and opening: there news has named its own trial and calls it "the study" or "this trial",
    so "A large trial of torcetrapib was stopped after investigators found ...", "One recent study, X,
    found ...", "According to a recent review, ..." and "Recent reports suggest ..." tell other research.
    The study is the subject when it stands in the statement's first ``max_words_before_other_study``
    words, or a verb of finding follows it within ``MAX_WORDS_TO_FINDING`` words. The team speaking in
    the first person ("in a randomized trial, we have shown ...") or this trial's work named beside it
    ("Unlike a previous trial, the study found ...") make it the trial's own."""
    if x.position <= x.settings.opening_position or _OPENING_SOURCES & set(x.candidate.sources):
        return False
    text = x.text
    # the study first (most statements name none: the tests after it are not made for them)
    found = _PLURAL_STUDY_START.search(text)
    if found is None:
        for match in _INDEFINITE_STUDY.finditer(text):
            after = " ".join(text[match.end():].split()[:MAX_WORDS_TO_FINDING])
            if len(text[:match.start()].split()) <= x.settings.max_words_before_other_study \
                    or _STUDY_FINDING_VERB.search(after):
                found = match
                break
    if found is None:
        return False
    if any(not we.group(0).isupper() for we in _WE.finditer(text)):  # (not "US" in "REVISIT-US")
        return False
    if issue_date().search(text):
        return False  # dated by the article's own date: the trial's paper ("A study published in today's X shows ...")
    sizes = {item.get("n") for item in state(x.doc).get("sample_sizes") or ()}
    if any(parse_number(number) in sizes for number in _PEOPLE_COUNT.findall(text)):
        return False  # the study counted as the trial's people: news restates its trial so ("In a trial of 431 women, ...")
    first = _first_study_noun_end(x.doc)
    if first is None or first > x.start:
        return False  # the article's first study: news introduces its own trial so ("In a study that followed ...")
    return not any((work.start() >= found.end() or work.end() <= found.start())
                   and _STUDY_WORK_NOUN.search(work.group(0)) for work in _THIS_WORK.finditer(text))


#: The nouns of this trial's work as a study (``conclusion_phrases.json`` slot ``attributed_nouns``:
#: "the study", "these results"), not its treatment ("the drug"), which other research names too.
_STUDY_WORK_NOUN = compile_pattern(rf"(?i)\b{_slot('attributed_nouns')}$")


def _other_study_subject(text: str, settings: Settings = DEFAULTS) -> bool:
    """The statement's subject is another study than the trial: a cue of :data:`_OTHER_STUDY` in its
    first few words ("Previous publications have shown ...", "Our previous lab studies found ...",
    "In a prior trial, ..."), and no reference to this trial's own work beside it ("Unlike previous
    studies, this trial showed ..." is this trial's verdict)."""
    other = _OTHER_STUDY.search(text)
    if other is None or len(text[:other.start()].split()) > settings.max_words_before_other_study:
        return False
    return not any(work.start() >= other.end() or work.end() <= other.start() for work in _THIS_WORK.finditer(text))


#: How a treatment or the body works (``patterns/mechanism_cues.txt``): background in a statement
#: that names no work of the trial.
MECHANISM_CUES = "mechanism_cues.txt"
_MECHANISM = StartFilteredPattern(compile_pattern(_words(MECHANISM_CUES)))


#: Where and when the work was published or presented (``patterns/publication_statement_cues.txt``).
PUBLICATION_STATEMENT_CUES = "publication_statement_cues.txt"
PUBLICATION_VENUE_WORDS = "publication_venue_words.txt"
_PUBLICATION_STATEMENT = StartFilteredPattern(compile_pattern(rf"(?i)\b{phrase_regex(PUBLICATION_STATEMENT_CUES)}\b"))
_PUBLICATION_VENUE = compile_pattern(rf"(?i)\b{phrase_regex(PUBLICATION_VENUE_WORDS)}\b")
#: ... a clause set off by commas (or ending the sentence) that opens with a publication word
#: ("Published online in X, the findings ...", "..., published today in X.", "..., which was published
#: Wednesday in X."; the participles: ``patterns/publication_aside_words.txt``): an aside.
PUBLICATION_ASIDE_WORDS = "publication_aside_words.txt"
_PUBLICATION_ASIDE = compile_pattern(rf"(?i)(?:^|(?<=,))\s*(?:(?:which|that)\s+)?(?:{phrase_regex(PUBLICATION_STATEMENT_CUES)}|"
                                     rf"{phrase_regex('publication_slot_verbs.txt', PUBLICATION_VENUE_WORDS, PUBLICATION_ASIDE_WORDS)})"
                                     rf"\b[^,]*(?:,|$)")


def _publication_statement(said: str) -> bool:
    """A statement whose verb is the work's publication or presentation at a venue, with no finding in
    it ("The study results were reported on Monday at the annual meeting of X", "Today we announce that
    these results have been published in the journal Y"); "The study, published in X, found that ..."
    states its finding, and "Published in X, the findings ..." tells where in an aside."""
    main = _PUBLICATION_ASIDE.sub(",", said)
    return bool(_PUBLICATION_STATEMENT.search(main) and _PUBLICATION_VENUE.search(main)) and not (
        _states_finding(said) or _WORDED_FINDING.search(said) or _JUDGED.search(said))


def _mechanism(said: str) -> bool:
    """A statement of how a treatment works ("These drugs work by increasing bone density"), with no
    word of the trial's own work or of a first-person finding."""
    cue = _MECHANISM.search(said)
    if cue is None or _FIRST_PERSON.search(said):
        return False
    # the trial's work named apart from the cue ("These drugs work by": "work" is the cue's verb, no noun)
    return not any(work.end() <= cue.start() or work.start() >= cue.end() for work in _THIS_WORK.finditer(said))


#: What a treatment or the body can do in general ("that can potentially decrease vision", "the
#: potential to help children", ``patterns/capability_phrases.txt``): a finding word after it, within
#: ``MAX_CAPABILITY_GAP`` words (adverbs: "can really reduce", "can all reduce"), states no finding.
CAPABILITY_PHRASES = "capability_phrases.txt"
MAX_CAPABILITY_GAP = 2
#: Characters before a finding word searched for a capability phrase (a phrase and its gap words).
CAPABILITY_LOOKBACK = 60
_CAPABILITY = compile_pattern(rf"(?i)(?:^|(?<!\S)(?P<subject>\S+)\s+|\W)(?<!\w){phrase_regex(CAPABILITY_PHRASES)}"
                              rf"(?:\s+[\w-]+){{0,{MAX_CAPABILITY_GAP}}}\s+$")
#: ... unless the trial's team says what it can do ("that we can decrease events": their claim).
CAPABILITY_CLAIM_SUBJECTS = "capability_claim_subjects.txt"
_CLAIM_SUBJECTS = frozenset(load_lexicon(CAPABILITY_CLAIM_SUBJECTS))


def _states_finding(said: str) -> bool:
    """``said`` holds a finding word (``conclusion_finding_words.txt``) that reports a finding: not
    one that states what something can do ("It is the inflammation that can potentially decrease
    the patient's vision"; "We're excited about the potential to help children"), unless the
    team claims it ("evidence that we can decrease events")."""
    for start, _end, _match in _FINDING.finditer(said):
        capability = _CAPABILITY.search(said[max(0, start - CAPABILITY_LOOKBACK):start])
        if capability is None or (capability["subject"] or "").lower() in _CLAIM_SUBJECTS:
            return True
    return False



def _about_trial(doc: Doc, sentence: Span, said: str) -> bool:
    """What someone of the trial says (``said``, in ``sentence``) speaks of the trial or a finding:
    the study, its results or treatments, a finding or a judgement of its worth ("a breakthrough";
    a modal hedge alone is not one: "Patients may have side effects on steroids"), an arm of the
    trial, or the work in the first person ("our analysis", "we are able to"). Else it is background
    ("Infection is one of the biggest complications of surgery", "These drugs work by ...")."""
    return not _mechanism(said) and bool(_THIS_WORK.search(said) or _states_finding(said) or _JUDGED.search(said)
                or _FIRST_PERSON.search(said)
                or _holds(doc, sentence, "VERDICT") or _holds(doc, sentence, "ARM_MENTION"))


#: What the trial's people said (a statement only the quote and reported-speech readers proposed) is
#: weighed for what it reports, since most of what investigators say in news is not their verdict:
#: the disease, the treatments of the day, how a drug works, plans, hopes (about half of the quotes
#: those readers took on unseen stories). Each feature below holds only for such a statement; the
#: weights (``said`` against, each sign of a report of the trial for, ``said_ahead`` against) are in
#: ``patterns/conclusion_weights.json``.
SAID_SOURCES = frozenset({"quote", "reported"})
SAID_WORK_NOUNS = "said_work_nouns.txt"
SAID_WORTH_WORDS = "said_worth_words.txt"
SAID_AHEAD_CUES = "said_ahead_cues.txt"
#: What the trial's people say besides what the trial showed (``said_aside_cues.txt``: animals and the lab,
#: who paid and thanks, how things usually are, the history of the work).
SAID_ASIDE_CUES = "said_aside_cues.txt"
SAID_POINTER_WORDS = "said_pointer_words.txt"
#: The trial's own work named ("this study", "our trial", "the analysis"): its determiners are the work's.
_SAID_WORK = StartFilteredPattern(compile_pattern(
    rf"(?i)\b{_alternatives(WORK_DETERMINERS)}\s+(?:{_MODIFIER}){{0,{MAX_WORK_MODIFIERS}}}?{_alternatives(SAID_WORK_NOUNS)}\b"))
#: ... or its own treatment pointed at ("this drug", "our vaccine"; not "the drug", which may be any drug).
SAID_OWN_DETERMINERS = "said_own_determiners.txt"
_SAID_OWN = compile_pattern(rf"(?i)\b{_alternatives(SAID_OWN_DETERMINERS)}\s+(?:{_MODIFIER}){{0,{MAX_WORK_MODIFIERS}}}?"
                            rf"{_alternatives(WORK_NOUNS)}\b")
#: ... or draws a conclusion from it ("it shows clearly that ...", "It proves once more that").
SAID_SHOWING_VERBS = "said_showing_verbs.txt"
MAX_WORDS_BEFORE_THAT = 3
_SAID_SHOWS = compile_pattern(rf"(?i)\b{_alternatives(SAID_SHOWING_VERBS)}\s+(?:[\w-]+\s+){{0,{MAX_WORDS_BEFORE_THAT}}}?that\b")
_SAID_WORTH = StartFilteredPattern(compile_pattern(rf"(?i)\b{phrase_regex(SAID_WORTH_WORDS)}\b"))
_SAID_AHEAD = compile_pattern(rf"(?i)\b{phrase_regex(SAID_AHEAD_CUES)}\b")
SAID_PENDING_CUES = "said_pending_cues.txt"
_SAID_PENDING = compile_pattern(rf"(?i)\b{phrase_regex(SAID_PENDING_CUES)}\b")
_SAID_ASIDE = StartFilteredPattern(compile_pattern(rf"(?i)\b{phrase_regex(SAID_ASIDE_CUES)}\b"))
#: A pointer back at what was just reported opening the statement, after at most one word ("So this ...").
_SAID_POINTER = compile_pattern(rf"(?i)\s*(?:[\w'\u2019]+,?\s+){{0,{MAX_CLAUSE_OPENER_WORDS}}}{_alternatives(SAID_POINTER_WORDS)}\b")
#: An investigator's verdict on the trial's treatment, said in the present ("It's effective in the patients who
#: need it most", "It works", "Ocrelizumab is safe and well tolerated", "For PTSD, these are some of the best
#: outcomes we have seen"): the statement's subject is the treatment, at its start (after at most one word, or a
#: short clause and a comma), pointed back at by a pronoun (``said_verdict_subjects.txt``: "it", "they") whose
#: treatment is an arm of the trial named in the statement or the sentence before it, by a pointer at a finding
#: (``said_pointer_words.txt``: "these"), or named as an arm; a word of ``said_verdict_words.txt`` comes within
#: :data:`MAX_VERDICT_GAP_WORDS` words after it, not before "to" ("It's safe to say" is a dummy subject's). No
#: modal hedge in the statement ("it may even be harmful"), and nothing ahead (``said_ahead``: "This advance is
#: expected to ...", "If it works in people, ...").
SAID_VERDICT_WORDS = "said_verdict_words.txt"
SAID_VERDICT_SUBJECTS = "said_verdict_subjects.txt"
MAX_VERDICT_GAP_WORDS = 4
#: Words of a clause that may open the statement before its subject ("For PTSD, ...").
MAX_VERDICT_CLAUSE_WORDS = 3
_VERDICT_OPENING = rf"\s*(?:(?:[\w'\u2019-]+\s+){{0,{MAX_VERDICT_CLAUSE_WORDS - 1}}}[\w'\u2019-]+,\s+|[\w'\u2019]+\s+)?"
_SAID_VERDICT_PRONOUN = compile_pattern(rf"(?i){_VERDICT_OPENING}{_alternatives(SAID_VERDICT_SUBJECTS)}\b")
_SAID_VERDICT_POINTER = compile_pattern(rf"(?i){_VERDICT_OPENING}{_alternatives(SAID_POINTER_WORDS)}\b")
_SAID_VERDICT_WORD = compile_pattern(rf"(?i)\b{phrase_regex(SAID_VERDICT_WORDS)}\b(?!\s+to\b)")


def _said_verdict(doc: Doc, start: int, text: str) -> bool:
    """The statement ``text`` (at ``start`` in the doc) judges the trial's treatment in its subject's
    verb phrase (:data:`_SAID_VERDICT_PRONOUN` with an arm named in it or the sentence before, a pointer,
    or an arm mention at its start), with no modal hedge and nothing ahead."""
    if _MODAL.search(text) or _SAID_AHEAD.search(text) or _SAID_PENDING.search(text):
        return False
    after = None
    pointer = _SAID_VERDICT_POINTER.match(text)
    pronoun = _SAID_VERDICT_PRONOUN.match(text) if pointer is None else None
    if pointer is not None:
        after = pointer.end()
    elif pronoun is not None:
        first = doc.char_span(start, start + len(text), alignment_mode="expand")
        sentence = sent(first[0]) if first is not None and len(first) else None
        before = sent(doc[sentence.start - 1]).start_char if sentence is not None and sentence.start > 0 else start
        if any(before <= m.start_char < start + len(text) for m in spans(doc, "ARM_MENTION")):
            after = pronoun.end()  # the arm the pronoun points back at ("Ocrelizumab ... . It's effective in ...")
    else:
        for mention in spans(doc, "ARM_MENTION"):
            if start <= mention.start_char and not text[:mention.start_char - start].strip(" \"'\u201c\u2018"):
                after = mention.end_char - start
                break
            if mention.start_char > start:
                break
    if after is None:
        return False
    window = " ".join(text[after:].split()[:MAX_VERDICT_GAP_WORDS + 1])
    return _SAID_VERDICT_WORD.search(window) is not None


#: What happened, told in the past: a past form (``past_statement_words.txt``: "saw", "didn't"; not
#: right after "be" or "been": "have been shown" is what is known) or a regular past in -ed (a stem of
#: ``MIN_PAST_STEM_CHARS`` letters at least) whose word before is no determiner, preposition,
#: auxiliary or comparative of ``function_words.txt``: a passive or perfect of the present, or an
#: adjective ("are performed", "have focused", "the observed gains", "with advanced disease"; an
#: adverb before it is no sign: "clearly lowered" is a past, "commonly used" an adjective).
_PAST_FORMS = frozenset(load_lexicon(PAST_STATEMENT_WORDS))
_NOT_BEFORE_A_PAST = frozenset(word for word, classes in load_table(FUNCTION_WORDS).items()
                               if set(classes) & {"d", "p", "x", "m"})
_AUXILIARIES = frozenset(word for word, classes in load_table(FUNCTION_WORDS).items() if "x" in classes)
#: ... and a past form right after these is a passive of what is known ("have been shown"), not what happened.
_PASSIVE_AUXILIARIES = word_set("passive_be_forms.txt")  # (patterns/passive_be_forms.txt)
#: The speech verbs of an attribution ("Lee said", "she added"), left out before the tense is read.
_SPEECH_VERB = compile_pattern(rf"(?i)\b{_alternatives('speech_verbs.txt')}\b")


def _said(candidate: Candidate) -> bool:
    """Only the readers of what the trial's people said proposed the statement."""
    return bool(candidate.sources) and set(candidate.sources) <= SAID_SOURCES


def told_in_past(text: str) -> bool:
    """The statement tells what happened in the past (:data:`_PAST_FORMS`, or a regular past), its
    attribution's speech verb left out (the results fact asks it too: ``results.general_statement``)."""
    before = ""
    for word in WORD.findall(_SPEECH_VERB.sub(" ", text).lower()):
        if word in _PAST_FORMS:
            if before not in _PASSIVE_AUXILIARIES:
                return True
        elif word.endswith("ed") and len(word) >= MIN_PAST_STEM_CHARS + 2 and word.isalpha() \
                and before and before not in _NOT_BEFORE_A_PAST:
            return True
        before = word
    return False


def _said_work(text: str) -> bool:
    """The statement names the trial's work, its own treatment ("this drug"), its findings or its groups ("the aspirin group"), speaks of
    them in the first person, or draws a conclusion from evidence ("it shows that ...")."""
    return bool(_SAID_WORK.search(text) or _SAID_OWN.search(text) or _OUTCOME_REFERENCE.search(text) or _FIRST_PERSON.search(text)
                or _draws_conclusion(text) or _GROUP_REFERENCE.search(text))


def _draws_conclusion(text: str) -> bool:
    """A verb of showing before "that" (:data:`_SAID_SHOWS`) that states a conclusion drawn: not after an
    auxiliary or "to", which make it a goal or a guess ("we have to show that", "maybe we could show that")."""
    for match in _SAID_SHOWS.finditer(text):
        words = WORD.findall(text[:match.start()].lower())
        if not words or (words[-1] not in _AUXILIARIES and words[-1] != "to"):
            return True
    return False


#: The sources that propose a statement, each a reader of the genre: the conclusion section of a
#: paper; the lede; the opening after it; a quote of the trial's people; a
#: sentence with a conclusion cue; reported speech; a verdict; a finding worded of the groups; of
#: the people counted in words; a safety finding; the trial's work judged; the conclusion section of
#: an abstract quoted in a release.
SOURCES = ("section", "lede", "opening", "quote", "cue", "reported", "verdict", "worded", "participants", "safety", "work",
           "abstract_section", "group", "team", "finding", "continued")
#: The predicates that speak against a statement (once hard vetoes, now features the score weighs).
VETOES = ("background", "results", "plan", "method", "caveat", "prior_knowledge", "other_study", "mechanism",
          "outside", "boilerplate", "publication", "taken_values")
#: The features of what the trial's people said (:data:`SAID_SOURCES`), which only a proposed statement has.
SAID_TRAITS = ("said", "said_past", "said_work", "said_compared", "said_pointer", "said_worth", "said_ahead", "said_pending",
               "said_verdict", "said_aside")
#: How and where the statement is said.
TRAITS = ("proposed", "several_sources", "finding", "trial_reference", "this_work", "hedged", "judged", "first_person", "quoted",
          "speech", "statistic", "value", "cue", "verdict", "arm", "worded_finding", "has_quote", "lede", "opening",
          "second_half", "last_paragraph", "long", "authors", "investigators", *SAID_TRAITS,
          # how a conclusion is written (the trained score weighs them; the shipped weights do not)
          "paragraph_first", "present", "number", "we", "modal", "names_condition", "first_quote")
#: Every feature name, in the order of the weights file.
FEATURES = (*(f"source_{s}" for s in SOURCES), *(f"veto_{v}" for v in VETOES), *TRAITS)


@dataclass
class Candidate:
    """A statement proposed as a conclusion: its characters, attribution, proposing sources (in
    the order they proposed it) and named features (1.0 where it holds; a missing name is 0)."""

    start: int
    end: int
    attribution: str
    sources: list[str]
    #: The attribution each source gave it (a source reads its speaker its own way).
    attributions: dict[str, str] = field(default_factory=dict)
    #: When it was first proposed (the sources read in a fixed order): of two equal scores, the earlier wins.
    order: int = 0
    features: dict[str, float] = field(default_factory=dict)
    #: The score (:func:`score`) and the feature that added most to it, set by :func:`select`.
    score: float = 0.0
    top: str = "bias"


#: A model: (bias, threshold, weight of each feature).
Model = tuple[float, float, dict[str, float]]
#: The features only a proposed statement can have (its sources, and what the trial's people said).
_SOURCE_FEATURES = frozenset({*(f"source_{s}" for s in SOURCES), "proposed", "several_sources", *SAID_TRAITS})
_POSITION_FEATURES = frozenset({"lede", "opening"})


@cache
def load_weights(name: str = WEIGHTS) -> Model:
    """(bias, threshold, weight of each feature) of the weights file ``name`` of ``patterns/``;
    E218 when it is not such a file or names a feature :data:`FEATURES` does not have."""
    try:
        data = load_json(name)
        bias, threshold, weights = float(data["bias"]), float(data["threshold"]), dict(data["weights"])
        weights = {key: float(value) for key, value in weights.items()}
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise TrialnewsError(Errors.E218, stage="config", name=name, reason=repr(err)) from err
    unknown = sorted(set(weights) - set(FEATURES))
    if unknown:
        raise TrialnewsError(Errors.E218, stage="config", name=name, reason=f"unknown features {unknown}")
    if not all(isfinite(v) for v in (bias, threshold, *weights.values())):
        raise TrialnewsError(Errors.E218, stage="config", name=name, reason="a number is not finite")
    return bias, threshold, weights


def score(candidate: Candidate, bias: float, weights: dict[str, float]) -> tuple[float, str]:
    """The linear score of a candidate and what proposed it: the source of highest weight among its
    sources, else the feature that adds most to its score ("bias" when none adds)."""
    total, top, most = bias, "bias", 0.0
    for name, value in candidate.features.items():
        part = weights.get(name, 0.0) * value
        total += part
        if part > most:
            top, most = name, part
    if candidate.sources:
        top = max((f"source_{s}" for s in candidate.sources), key=lambda name: weights.get(name, 0.0))
    return total, top


def select(found: list[Candidate], model: Model, cap: int) -> list[Candidate]:
    """The conclusions among ``found``: those whose score reaches the threshold, the higher scores
    first, none overlapping one taken before, at most ``cap`` (of equal scores, the one proposed first)."""
    bias, threshold, weights = model
    for candidate in found:
        candidate.score, candidate.top = score(candidate, bias, weights)
    chosen: list[Candidate] = []
    for candidate in sorted(found, key=lambda c: (-c.score, c.order)):
        if len(chosen) >= cap or candidate.score < threshold:
            break
        if not any(c.start < candidate.end and candidate.start < c.end for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def _sentence_starts(doc: Doc) -> list[int]:
    """The character offset of each sentence of the doc that is no heading, in order."""
    return [s.start_char for s in _sentences(doc) if not heading_sentence(doc, s)]


def features(doc: Doc, candidate: Candidate, *, settings: Settings = DEFAULTS, starts: list[int] | None = None,
             model: Model | None = None, marks: _Marks | None = None,
             weighing: tuple[tuple[str, ...], tuple[float, ...]] | None = None) -> dict[str, float]:
    """The named features of a candidate (:data:`FEATURES`; only those that hold, each 1.0).

    Without a model, all of them (for training). With one, only those it weighs, the heavier first,
    and none once the score can no longer reach the threshold (the candidate is out whatever the
    rest hold): each predicate is asked only when its answer can change the choice."""
    statement = _Statement(doc, candidate, settings, starts, marks)
    if model is None:
        return {name: 1.0 for name in FEATURES if _PREDICATES[name](statement)}
    bias, threshold, weights = model
    order, reach = weighing if weighing is not None else _weighing_order(weights)
    total, holds = bias, {}
    for name, rest in zip(order, reach):
        if _PREDICATES[name](statement):
            holds[name] = 1.0
            total += weights[name]
        if total + rest < threshold:
            break  # the features left cannot lift it to the threshold
    return holds


@cache
def _order_of(items: tuple[tuple[str, float], ...]) -> tuple[tuple[str, ...], tuple[float, ...]]:
    order = tuple(name for name, w in sorted(items, key=lambda item: (-abs(item[1]), FEATURES.index(item[0]))) if w)
    weights = dict(items)
    # what the positive weights after each feature could still add
    reach = tuple(sum(max(0.0, weights[later]) for later in order[k + 1:]) for k in range(len(order)))
    return order, reach


def _weighing_order(weights: dict[str, float]) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The features a model weighs, the heaviest first, and what the positive weights after each could still add."""
    return _order_of(tuple(sorted(weights.items())))


class _Marks:
    """The character offsets where a doc's values, statistics and arm mentions start, sorted, read
    once per doc (not once per candidate)."""

    LABELS = {"values": _RESULT_LABELS, "statistics": _STATISTIC_LABELS, "arms": ("ARM_MENTION",)}

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts: dict[str, list[int]] = {}

    def count(self, kind: str, start: int, end: int) -> int:
        """How many marks of ``kind`` start in characters ``start``-``end`` (``taken``: the values the
        record's results and comparisons took, by their evidence)."""
        starts = self.starts.get(kind)
        if starts is None and kind == "taken":
            found = state(self.doc)
            starts = self.starts[kind] = sorted(item["evidence"]["start"] for key in ("results", "comparisons")
                                                for item in found.get(key) or () if item.get("evidence"))
        if starts is None:
            starts = self.starts[kind] = sorted(s.start_char for s in spans(self.doc, *self.LABELS[kind]))
        return bisect_left(starts, end) - bisect_left(starts, start)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """:func:`_sentence_starts` of the doc, read once (every candidate's position asks it)."""
        return _sentence_starts(self.doc)


class _Statement:
    """A candidate read for its features: what several predicates share, found once and only when asked."""

    def __init__(self, doc: Doc, candidate: Candidate, settings: Settings, starts: list[int] | None,
                 marks: _Marks | None = None) -> None:
        self.doc, self.candidate, self.settings, self.starts = doc, candidate, settings, starts
        self.marks = marks if marks is not None else _Marks(doc)
        self.start, self.end = candidate.start, candidate.end
        self.text = text_of(doc)[self.start:self.end]

    @cached_property
    def sentence(self) -> Span | None:
        first = self.doc.char_span(self.start, self.end, alignment_mode="expand")
        return sent(first[0]) if first is not None and len(first) else None

    @cached_property
    def values(self) -> int:
        return self.marks.count("values", self.start, self.end)

    @property
    def narration(self) -> str:
        s = self.sentence
        return _outside_quotes(self.doc, s.start_char, s.end_char) if s is not None else self.text

    @cached_property
    def said(self) -> str:
        """What the trial's people said, read for the ``said_*`` features: the statement, after the
        narration that frames a quote inside its sentence ('its results "show safety ...," the
        investigators concluded': the frame names the work), unless that narration is the attribution
        (a speech verb: 'Dr. Lee, the study's lead author, said, "..."')."""
        s = self.sentence
        if s is None or s.start_char >= self.start:
            return self.text
        before = text_of(self.doc)[s.start_char:self.start]
        return self.text if _SPEAKER.search(before) else before + self.text

    @cached_property
    def quoted(self) -> bool:
        return any(a <= self.start and self.end <= b + 1 for a, b in _quote_ranges(self.doc))

    @cached_property
    def position(self) -> int:
        return bisect_right(self.starts if self.starts is not None else self.marks.sentence_starts, self.start)

    def holds(self, kind: str) -> bool:
        return self.marks.count(kind, self.start, self.end) > 0

    @cached_property
    def taken_values(self) -> bool:
        """The narration (not a quote) of the body (after the opening, where news states its headline
        finding with its number) holds a value the record's results or comparisons took: the sentence
        reports a result with its numbers, which the record holds as such."""
        if self.quoted or (self.sentence is not None and spans_quote(self.doc, self.sentence)) \
                or self.position <= self.settings.opening_position or self.start < _headline_end(self.doc, self.settings):
            return False
        return self.marks.count("taken", self.start, self.end) > 0


#: Each feature's predicate on a statement (:class:`_Statement`).
_PREDICATES: dict[str, Callable[[_Statement], object]] = {
    **{f"source_{s}": (lambda x, s=s: s in x.candidate.sources) for s in SOURCES},
    # the vetoes of the cascade: what the trial did not show
    "veto_background": lambda x: BACKGROUND.search(x.text),  # "Every year, some 5,000 adults in Norway get the disease"
    "veto_results": lambda x: x.values >= x.settings.min_result_values and not _EVALUATIVE.search(x.text),
    # ("44 percent of those on placebo had exacerbations, compared with 5 percent")
    "veto_plan": lambda x: _PLAN.search(x.text),  # "We plan to start a phase 3 trial next year"
    "veto_method": lambda x: (_METHOD.search(x.text) and not _FINDING.search(x.text)) or _team_method(x.text),
    # ("We wanted to look at ...", "The scientists then followed the people for two years")
    "veto_caveat": lambda x: _caveat(x.text),  # "However, the study was small"
    "veto_prior_knowledge": lambda x: _prior_knowledge(x.text),  # "We already know that X can reduce attacks"
    "veto_other_study": lambda x: _other_study_subject(x.text, x.settings) or _indefinite_study(x),
    # ("Previous studies have shown ...", "A large trial of X was stopped after ...")
    "veto_mechanism": lambda x: _mechanism(x.text),  # "These drugs work by ..."
    "veto_outside": lambda x: _outside(x.doc, x.start, x.end, x.settings),  # "said Dr. Klein, who was not involved"
    "veto_boilerplate": lambda x: _BOILERPLATE.search(x.text),
    "veto_publication": lambda x: _publication_statement(x.text),  # "The results were presented at the X meeting"
    "veto_taken_values": lambda x: x.taken_values,  # "The researchers found a 41 percent improvement with X, against 17 percent"
    # how and where it is said
    "proposed": lambda x: bool(x.candidate.sources),
    "several_sources": lambda x: len(x.candidate.sources) > 1,
    "finding": lambda x: _states_finding(x.text),
    "trial_reference": lambda x: _TRIAL_REFERENCE.search(x.text),
    "this_work": lambda x: _THIS_WORK.search(x.text),
    "hedged": lambda x: _HEDGED.search(x.text),
    "judged": lambda x: _JUDGED.search(x.text),
    "first_person": lambda x: _FIRST_PERSON.search(x.text),
    "quoted": lambda x: x.quoted,
    "speech": lambda x: _SPEAKER.search(x.narration),
    "statistic": lambda x: x.holds("statistics"),
    "value": lambda x: x.values > 0,
    "cue": lambda x: x.sentence is not None and _holds(x.doc, x.sentence, "CONCLUDE_CUE"),
    "verdict": lambda x: x.sentence is not None and _holds(x.doc, x.sentence, "VERDICT"),
    "arm": lambda x: x.holds("arms"),
    "worded_finding": lambda x: _WORDED_FINDING.search(x.text),
    "has_quote": lambda x: not x.quoted and any(a < x.end and x.start < b for a, b in _quote_ranges(x.doc)),
    "lede": lambda x: x.position <= x.settings.lede_position,
    "opening": lambda x: x.position <= x.settings.opening_position,
    "second_half": lambda x: 2 * x.start > len(text_of(x.doc)),
    "last_paragraph": lambda x: x.start > text_of(x.doc).rstrip().rfind("\n"),
    "long": lambda x: len(x.text.split()) > x.settings.long_statement_words,
    "authors": lambda x: x.candidate.attribution == "authors",
    "investigators": lambda x: x.candidate.attribution == "investigators",
    # what the trial's people said, weighed for what it reports of the trial (:data:`SAID_SOURCES`)
    "said": lambda x: _said(x.candidate),
    "said_past": lambda x: _said(x.candidate) and told_in_past(x.said),  # "patients slept longer"
    "said_work": lambda x: _said(x.candidate) and _said_work(x.said),  # "Our study shows that ..."
    "said_compared": lambda x: _said(x.candidate) and _COMPARATIVE_THAN.search(x.said),  # "fewer strokes than on placebo"
    "said_pointer": lambda x: _said(x.candidate) and _SAID_POINTER.match(x.text),  # "So this is a simple way ..."
    "said_worth": lambda x: _said(x.candidate) and _SAID_WORTH.search(x.said),  # "a real step forward"
    "said_ahead": lambda x: _said(x.candidate) and _SAID_AHEAD.search(x.said),  # "will change care"
    "said_pending": lambda x: _said(x.candidate) and _SAID_PENDING.search(x.said),  # "If our results hold"
    "said_verdict": lambda x: _said(x.candidate) and _said_verdict(x.doc, x.start, x.text),  # "It's effective in ..."
    "said_aside": lambda x: _said(x.candidate) and _SAID_ASIDE.search(x.said),  # "mice on the drug", "thanks to funding from"
}


#: The first person plural (``patterns/first_person_plural_words.txt``): the team speaking of itself.
FIRST_PERSON_PLURAL_WORDS = "first_person_plural_words.txt"
_WE = compile_pattern(rf"(?i)(?<![\w'’]){_alternatives(FIRST_PERSON_PLURAL_WORDS)}(?![\w'’])")
#: A digit: the statement holds a number (a value, a count, a time, a year).
_DIGIT = compile_pattern(r"\d")


def _paragraph_first(x: _Statement) -> bool:
    """The statement's sentence opens its paragraph: only spaces and quote marks between the line
    break (or the text's start) and it."""
    text, at = text_of(x.doc), x.sentence.start_char if x.sentence is not None else x.start
    while at > 0 and text[at - 1] in " \t\"“‘'":  # walked back, not the text before it copied per statement
        at -= 1
    return at == 0 or text[at - 1] == "\n"


def _present(text: str) -> bool:
    """The statement is told in the present (a form of ``present_statement_words.txt`` outside a
    relative clause) and not in the past (:func:`told_in_past`): how things are, not what happened."""
    return bool(_PRESENT.search(text)) and not told_in_past(text)


def _names_condition(x: _Statement) -> bool:
    """The statement names the trial's condition as the record in progress holds it (its last word,
    the disease's head: 'type 2 diabetes' is named by 'diabetes')."""
    condition = (state(x.doc).get("trial") or {}).get("condition")
    if isinstance(condition, dict):
        condition = condition.get("name") or condition.get("text")
    head = WORD.findall(condition.lower())[-1:] if isinstance(condition, str) else []
    return bool(head) and len(head[0]) > 2 and head[0] in {w.lower() for w in WORD.findall(x.text)}


def _first_quote(x: _Statement) -> bool:
    """The statement is in (or overlaps) the article's first quote: the first thing its first speaker says."""
    ranges = _quote_ranges(x.doc)
    return bool(ranges) and ranges[0][0] < x.end and x.start <= ranges[0][1]


_PREDICATES.update({
    "paragraph_first": _paragraph_first,  # "The drug cut attacks by half." at a paragraph's start
    "present": lambda x: _present(x.text),  # "This is a new option for patients"
    "number": lambda x: bool(_DIGIT.search(x.text)),  # "after 12 weeks"
    "we": lambda x: bool(_WE.search(x.text)),  # "We found that ..."
    "modal": lambda x: bool(_MODAL.search(x.text)),  # "It may help", "could"
    "names_condition": _names_condition,  # "... for people with diabetes"
    "first_quote": _first_quote,  # the article's first quote
})


def _unproposed_can_pass(model: Model | None) -> bool:
    """Whether a sentence no source proposes can reach the threshold: its best possible score (the
    bias and every positive weight of a feature other than a source's) reaches it. With no model
    (training), every sentence is a candidate."""
    if model is None:
        return True
    bias, threshold, weights = model
    return bias + sum(max(0.0, w) for name, w in weights.items() if name not in _SOURCE_FEATURES) >= threshold


def candidates(doc: Doc, settings: Settings = DEFAULTS, model: Model | None = None) -> list[Candidate]:
    """The statements of a news document that may be conclusions, in text order, each with its
    named features (:func:`features`): every statement a source proposes, and every other
    sentence where the model could take one (all of them for training, ``model`` None). Which
    are conclusions is the score's choice (:func:`select`). With a model, only the features it
    weighs are computed (the others cannot change a score)."""
    proposed: dict[tuple[int, int], Candidate] = {}

    def add(start: int, end: int, attribution: str, source: str) -> None:
        found = proposed.get((start, end))
        if found is None:
            proposed[start, end] = Candidate(start, end, attribution, [source], {source: attribution}, len(proposed))
        elif source not in found.sources:
            found.sources.append(source)
            found.attributions[source] = attribution

    for sentence in _paper_conclusion(doc, settings):
        # a full paper read as news: its own closing conclusion first, before the cap is filled by
        # its discussion (what the authors say the trial showed, caveats and all)
        said = text_of(doc)[sentence.start_char:sentence.end_char]
        if not (_reports_results(doc, sentence, settings) or closing_note(said) or name_list(said)):
            add(sentence.start_char, sentence.end_char, "authors", "section")
    lede = _lede(doc, settings)
    lede_text = text_of(doc)[lede.start_char:lede.end_char] if lede is not None else ""
    attributed = _ATTRIBUTED_FINDING.search(lede_text) or _SOURCE_AFTER.search(lede_text)
    # ("X beat Y, according to a new study"; "X beat Y, a new study finds")
    if lede is not None and (_TRIAL_REFERENCE.search(lede_text) or attributed) \
            and not _outside(doc, lede.start_char, lede.end_char, settings, groups=False) and not _BOILERPLATE.search(lede_text) \
            and (_FINDING.search(lede_text) or _HEDGED.search(lede_text) or attributed):
        # Trial news states its headline finding in the lede (methods-only ledes stay out).
        add(lede.start_char, lede.end_char, _attribution(lede_text, "article"), "lede")
    for sentence in _opening(doc, lede, settings):
        # The opening goes on stating the finding after the lede ("Two phase 3 trials show that the drug
        # ..."), with a word that reports a finding (a cue such as "found", "show", or a worded finding
        # such as "reduced"; not "help" or "works", which describe a treatment); read as any statement
        # (results, methods, plans, caveats and background stay out).
        text = text_of(doc)[sentence.start_char:sentence.end_char]
        source_after = _SOURCE_AFTER.search(text)  # "X beat Y, the researchers reported."
        if (_TRIAL_REFERENCE.search(text) or _ATTRIBUTED_FINDING.search(text) or source_after) \
                and (_reports_finding(doc, sentence) or _WORDED_FINDING.search(text) or source_after) \
                and _opening_filters(doc, sentence, settings):
            add(sentence.start_char, sentence.end_char, _attribution(text, "article"), "opening")
    for sentence in _nut_graf(doc, proposed, settings):
        # the study introduced after the scene is set, with what it found ("Now, a study shows that ...",
        # "New research from X finds that ..."): the story's nut graf, read as the opening is
        add(sentence.start_char, sentence.end_char, _attribution(text_of(doc)[sentence.start_char:sentence.end_char], "article"),
            "opening")
    for sentence in _continued(doc, proposed, settings):
        # the opening goes on from the finding just stated ("And the news is good.", "In addition, most
        # patients kept the weight off."), with the opening's filters
        add(sentence.start_char, sentence.end_char, _attribution(text_of(doc)[sentence.start_char:sentence.end_char], "article"),
            "continued")
    for start, end, attribution in _quoted(doc, settings):
        quoted = doc.char_span(start, end, alignment_mode="expand")
        for sentence in _sentences(doc, quoted.start, quoted.end):
            begin, finish = max(start, sentence.start_char), min(end, sentence.end_char)
            before = _outside_quotes(doc, sentence.start_char, begin)
            if _framed(before, settings) or (
                    len(text_of(doc)[begin:finish].split()) < settings.min_tokens
                    and len(before.split()) >= settings.min_frame_words and not _SPEAKER.search(before)
                    and _SPEAKER.search(text_of(doc)[finish:finish + settings.speaker_reach].split("\n", 1)[0])):
                # 'Researchers wrote that the findings "..."'; 'the results are "very promising," Lee said'
                begin, finish = sentence.start_char, sentence.end_char
            said = text_of(doc)[begin:finish]
            if attribution == "company" and _company_verdict(doc, begin, finish) is None:
                continue  # an executive's sentence of business beside their verdict ("It also marks a milestone for Acme")
            if attribution == AFFILIATED and not _points_at_work(said):
                continue  # a colleague of the team's institution on the disease or a treatment's workings
            if _about_trial(doc, sentence, said):
                add(begin, finish, "investigators" if attribution in ("company", AFFILIATED) else attribution, "quote")
            # a quoted sentence about neither the trial nor a finding is background ("Infection is
            # one of the biggest complications of surgery")
    # The sentences holding a cue, in text order (``sent`` gives the spans ``doc.sents`` gives).
    for start in sorted({sent(s).start for s in spans(doc, "CONCLUDE_CUE")}):
        sentence = sent(doc[start])
        if heading_sentence(doc, sentence) or sentence.start == 0:
            continue
        text = text_of(doc)[sentence.start_char:sentence.end_char]
        if _BOILERPLATE.search(text) or _outside(doc, sentence.start_char, sentence.end_char, settings):
            continue
        # The cue must be the narration's: words inside a quotation are its speaker's, who may be
        # anyone ("'..., as the researchers showed,' said a cardiologist"); quotes are read above.
        narration = _outside_quotes(doc, sentence.start_char, sentence.end_char).strip()
        if _CONCLUDED.search(_CONCLUSION_TIME.sub(" ", narration)) or _VERDICT.search(narration) or _TESTED_SUBJECT.match(narration) \
                or ((_PUBLISHED_FINDING.search(narration) or (_ATTRIBUTED_FINDING.search(narration) and _FINDING.search(narration)))
                    and not _OTHER_STUDY.search(narration)) or (
                _INVESTIGATORS.search(narration) and _TRIAL_REFERENCE.search(narration) and _FINDING.search(narration)):
            reported, role = _speaker_of_report(doc, sentence, narration, settings)
            if not reported or role in ("authors", "investigators", "company"):
                # not "..., she concluded" of an editorial's author, nor "Kopecky says" of an outside voice
                add(sentence.start_char, sentence.end_char, _attribution(text, "article"), "cue")
        elif _SPEAKER.search(narration) and (not spans_quote(doc, sentence) or _embedded_quotes(doc, sentence, narration)):
            # reported speech: "Wenzel said the drug was ...", "the results should change practice,
            # said Dr. Lee, the study's lead author", "..., according to Comi"; with a few words quoted
            # in it: 'The spray brought "a marked drop" in visits, Lee said'"
            role = _role(doc, text, settings.role_window) or _reported_role(doc, sentence, narration, settings)
            if role == "company":
                role = _company_verdict(doc, sentence.start_char, sentence.end_char)
            if role == AFFILIATED:
                role = "investigators" if _points_at_work(_outside_quotes(doc, sentence.start_char, sentence.end_char)
                                                          + text) else None
            if role in ("authors", "investigators") and not _mechanism(text) and (
                    _states_finding(text) or _FIRST_PERSON.search(text) or _OUTCOME_REFERENCE.search(text)
                    or (_GROUP_FINDING.search(text) and _holds(doc, sentence, "ARM_MENTION") and told_in_past(text)
                        and not _PLAN.search(text))):
                # (or a change or a comparison said of an arm, in the past: "Babies in the DHA group had
                # longer bouts of rash, the study authors noted"; not what the team is working on now)
                add(sentence.start_char, sentence.end_char, role, "reported")
    # A sentence that states a verdict on the trial's treatments ("there was no significant
    # difference between the two groups"), not in a quote and not about other research.
    for start in sorted({sent(s).start for s in spans(doc, "VERDICT")}):
        sentence = sent(doc[start])
        text = text_of(doc)[sentence.start_char:sentence.end_char]
        if sentence.start == 0 or heading_sentence(doc, sentence) or spans_quote(doc, sentence) \
                or _BOILERPLATE.search(text) or _outside(doc, sentence.start_char, sentence.end_char, settings) \
                or _OTHER_STUDY.search(text):
            continue  # (nor another study's verdict: "a study published earlier this year found no difference")
        if len(spans_starting(doc, *_RESULT_LABELS, start=sentence.start, end=sentence.end)) >= settings.min_result_values:
            continue  # the numbers of a result, reported with their significance
        if _TRIAL_REFERENCE.search(text) or _GROUP_REFERENCE.search(text) \
                or _holds(doc, sentence, "ARM_MENTION"):
            add(sentence.start_char, sentence.end_char, _attribution(text, "article"), "verdict")
    # A finding stated in words of the trial's groups, with none of its numbers ("Hypnotherapy also
    # reduced hot flashes", "Side effects of the drug were mild"): news states a finding so, then
    # gives the numbers (which make a sentence a result, not a conclusion).
    arm_starts = sorted({sent(m).start for m in spans(doc, "ARM_MENTION")})
    for start in arm_starts:
        sentence = sent(doc[start])
        text = text_of(doc)[sentence.start_char:sentence.end_char]
        if sentence.start == 0 or heading_sentence(doc, sentence) or spans_quote(doc, sentence) \
                or _holds(doc, sentence, *_COUNTED_LABELS) or _duration_value(doc, sentence) \
                or (_holds(doc, sentence, "DURATION") and _bare_number(doc, sentence)) \
                or _BOILERPLATE.search(text) or _OTHER_STUDY.search(text) or _SPEAKER.search(text) \
                or _outside(doc, sentence.start_char, sentence.end_char, settings):
            continue  # reported speech is read above, with its speaker's role; a time frame sets the
            # finding ("At 24 weeks, acupuncture still reduced hot flashes more than the pill")
        if (_WORDED_FINDING.search(text) or _compared_with_an_arm(doc, sentence, text)) \
                and not _WORDED_FINDING_STOP.search(text) \
                and not _PLAN.search(text) and not _METHOD.search(text):
            add(sentence.start_char, sentence.end_char, _attribution(text, "article"), "worded")
    # A finding stated in words of a group named by what it received, whether or not the ruler knows
    # its arm ("Women given the patch had an improvement in insulin sensitivity", "amyloid load increased
    # among people who were randomized to the placebo"): read as the worded finding above, with its
    # filters; a time frame before the group may set the finding ("After a year, those who took ...").
    for sentence in _sentences_matching(doc, _GROUP_SUBJECT):
        text = text_of(doc)[sentence.start_char:sentence.end_char]
        if sentence.start == 0 or heading_sentence(doc, sentence) or spans_quote(doc, sentence) \
                or _holds(doc, sentence, *_COUNTED_LABELS) \
                or _BOILERPLATE.search(text) or _OTHER_STUDY.search(text) or _SPEAKER.search(text) \
                or _outside(doc, sentence.start_char, sentence.end_char, settings):
            continue
        if _bare_number(doc, sentence):
            continue  # a value of a result ("survival was 9.56 months", "six times greater")
        if _group_finding(text) and not text.rstrip().endswith("?"):  # (a question asks: "Did those who took it live longer?")
            add(sentence.start_char, sentence.end_char, _attribution(text, "article"), "group")
    # A finding of the trial said as its team's, its subject the team ("The researchers also found that
    # ...", "They found ..."), with no trial reference the cue needs: read with the group finding's filters.
    for sentence in _sentences_matching(doc, _TEAM_FINDING):
        text = text_of(doc)[sentence.start_char:sentence.end_char]
        if sentence.start == 0 or heading_sentence(doc, sentence) or spans_quote(doc, sentence) \
                or _BOILERPLATE.search(text) or _OTHER_STUDY.search(text) \
                or _outside(doc, sentence.start_char, sentence.end_char, settings):
            continue  # (its speaker is the team it names: "The investigators noted that ...")
        if len(spans_starting(doc, *_RESULT_LABELS, start=sentence.start, end=sentence.end)) >= settings.min_result_values:
            continue  # the numbers of a result ("They found a 27% lower risk of X and a 28% lower risk of Y")
        if _team_finding(text, safety=_holds(doc, sentence, "SAFETY_MENTION")):
            add(sentence.start_char, sentence.end_char, "investigators", "team")
    # A finding stated in words of the trial's people, counted in words, as the subject ("Most of the
    # volunteers remained free of symptoms", "None of the patients on the drug had a relapse"; at the
    # sentence's start or after its opening clause): news states its finding so, then gives numbers.
    for sentence in _sentences_matching(doc, _PARTICIPANT_SUBJECT):
        text = text_of(doc)[sentence.start_char:sentence.end_char]
        if sentence.start == 0 or heading_sentence(doc, sentence) or spans_quote(doc, sentence) \
                or _holds(doc, sentence, *_COUNTED_LABELS) or not _PARTICIPANT_SUBJECT_AT_START.match(text) \
                or _BOILERPLATE.search(text) or _OTHER_STUDY.search(text) or _SPEAKER.search(text) \
                or _outside(doc, sentence.start_char, sentence.end_char, settings):
            continue
        subject = _PARTICIPANT_SUBJECT_AT_START.match(text)
        predicate = " ".join(text[subject.end():].split()[:MAX_PREDICATE_WORDS])
        if (_WORDED_FINDING.search(predicate) or _PARTICIPANT_FINDING.match(predicate)) and not (_WORDED_FINDING_STOP.search(text) or _PLAN.search(text)
                                                      or _METHOD.search(text) or _HEDGED.search(text)):
            add(sentence.start_char, sentence.end_char, _attribution(text, "article"), "participants")
    # A safety finding stated in words, with none of its numbers ("No serious side effects were
    # reported", "Adverse reactions were mild and did not require treatment"): what the trial's people
    # had, in the past tense; what a treatment does in general ("may cause side effects") stays out.
    for start in sorted({sent(m).start for m in spans(doc, "SAFETY_MENTION")}):
        sentence = sent(doc[start])
        text = text_of(doc)[sentence.start_char:sentence.end_char]
        if sentence.start == 0 or heading_sentence(doc, sentence) or spans_quote(doc, sentence) \
                or _holds(doc, sentence, *_COUNTED_LABELS) or _duration_value(doc, sentence) \
                or _BOILERPLATE.search(text) or _OTHER_STUDY.search(text) or _HEDGED.search(text) \
                or _PLAN.search(text) or _outside(doc, sentence.start_char, sentence.end_char, settings):
            continue  # (a time frame sets the finding: "At two weeks, the tablets were well tolerated")
        if _SAFETY_WORD.search(text) and _SAFETY_VERB.search(text):
            add(sentence.start_char, sentence.end_char, _attribution(text, "article"), "safety")
    # The trial's own work, judged, as the subject of a sentence: "The results may inform
    # recommendations", "Thus, the findings are promising", "The research offers hope to ...".
    for sentence in _sentences_matching(doc, _WORK_JUDGEMENT):
        # (the judgement word, found in one pass over the text, is the cheapest test)
        narration = _outside_quotes(doc, sentence.start_char, sentence.end_char)
        if sentence.start == 0 or not _WORK_SUBJECT.match(narration.lstrip()) or heading_sentence(doc, sentence) \
                or _holds(doc, sentence, *_NUMBER_LABELS):
            continue
        if _WORK_JUDGEMENT.search(narration) \
                and not (_BOILERPLATE.search(narration) or _OTHER_STUDY.search(narration) or _SPEAKER.search(narration)
                         or _WORK_SUBJECT_STOP.search(narration)
                         or _outside(doc, sentence.start_char, sentence.end_char, settings)):
            add(sentence.start_char, sentence.end_char, _attribution(narration, "article"), "work")
    # A finding of the trial the article states in the body, in words, that no reader above proposed
    # (:func:`_body_finding`): the outcomes are those the record's endpoints and results name.
    outcomes = _record_names(doc)
    for sentence in _sentences(doc):
        if (sentence.start_char, sentence.end_char) in proposed:
            continue
        text = text_of(doc)[sentence.start_char:sentence.end_char]
        if _body_finding(doc, sentence, text, outcomes, settings):
            add(sentence.start_char, sentence.end_char, _attribution(text, "article"), "finding")
    for item in _abstract_conclusions(doc, settings) if any(name in CONCLUSION_SECTIONS for *_, name in sections(doc)) else ():
        # an abstract quoted in a release: its conclusion section is the authors' verdict, caveats and all
        # ("These findings support larger trials of longer duration")
        add(item["evidence"]["start"], item["evidence"]["end"], "authors", "abstract_section")
    for sentence in _sentences(doc) if _unproposed_can_pass(model) else ():
        # every other sentence is a candidate too, proposed by no source: the score may take one
        # that its traits make a statement of the finding
        if (sentence.start_char, sentence.end_char) in proposed or sentence.start == 0 \
                or len(sentence) < settings.min_tokens or heading_sentence(doc, sentence):
            continue
        text = text_of(doc)[sentence.start_char:sentence.end_char]
        proposed[sentence.start_char, sentence.end_char] = Candidate(sentence.start_char, sentence.end_char,
                                                                     _attribution(text, "article"), [], {},
                                                                     len(proposed))
    found = sorted((c for c in proposed.values() if _long_enough(text_of(doc)[c.start:c.end], settings)),
                   key=lambda c: (c.start, c.end))  # (too short to be a statement: a fragment)
    weighed = model is None or any(model[2].get(name) for name in _POSITION_FEATURES)
    marks = _Marks(doc)
    starts = marks.sentence_starts if found and weighed else None  # (else read once, if a candidate asks)
    weighing = _weighing_order(model[2]) if model is not None else None
    for candidate in found:
        candidate.features = features(doc, candidate, settings=settings, starts=starts, model=model, marks=marks,
                                      weighing=weighing)
    return found


def extract(doc: Doc, settings: Settings = DEFAULTS) -> None:
    if is_abstract(doc):
        state(doc)["conclusions"] = _abstract_conclusions(doc, settings)
        return
    items = []
    model = load_weights(settings.weights)
    for candidate in select(candidates(doc, settings, model), model, settings.max_conclusions):
        # the attribution its top source gave it (a source reads the speaker its own way)
        attribution = candidate.attributions.get(candidate.top.removeprefix("source_"), candidate.attribution)
        item = _item(doc, candidate.start, candidate.end, attribution, settings)
        if item is not None:
            item["evidence"]["rule"] = f"conclusion:{candidate.top}"
            items.append(item)
    state(doc)["conclusions"] = sorted(items, key=lambda item: item["evidence"]["start"])
