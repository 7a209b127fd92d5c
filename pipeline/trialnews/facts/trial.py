"""Trial-level facts: name, registry ids, phase, design tags and condition.

Each value's evidence (its words and the rule that read them) goes to the state's
``trial_evidence``, which the assembler puts in the record's ``trial.evidence``."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ..normalize import parse_words
from ..record import DESIGN_TAGS, PHASES
from ..scanning import WordListScanner, alternation, compile_pattern, phrase_alternation
from ..resources import load_lexicon, load_mapping, load_table, phrase_regex, word_set
from ..reading.doctext import span_text, text_of
from ..vocab import diseases as disease_vocab
from ..linking import wordclass
from ..reading.kind import is_abstract
from .endpoints import singular
from .common import BE_FORMS, DUMMY_CONTROL_LABELS, clean, dated_study, evidence, heading_sentence, sent, spans, state

#: Tokens around a candidate name in which "trial" or "study" must stand.
NAME_WINDOW = 3
#: Letters a line needs before "all in capitals" says it is shouted, not an acronym.
SHOUTED_MIN_LETTERS = 8
#: Letters from which a word in capitals that English lists know is shouted ("GLANCE"), not a marker ("HER2").
SHOUTED_WORD_LETTERS = 4
#: Characters a trial name has at least (shorter capitals are initials, units, a drug's letters).
MIN_NAME_CHARS = 3
#: Words before an acronym, per letter of it, searched for a word that names a trial ("Stenting
#: Versus Surgery Trial (SVS)": "Trial" within 2 * 3 words before "SVS").
SPELLED_OUT_WORDS_PER_LETTER = 2
#: Phase numbers read from one PHASE span: "phase 1/2" and "phase 2/3" name two.
MAX_PHASE_PARTS = 2
#: A year, as a word (the micro-syntax of dates).
_YEAR = compile_pattern(r"^(?:19|20)\d{2}$")
_ROMAN_PHASE = compile_pattern(r"^(?:I{1,3}|IV)[ab]?$")
#: A surname, not an acronym: McIntyre, MacLeod.
_SURNAME_SHAPE = compile_pattern(r"^(?:Mc|Mac)[A-Z][a-z]+$")
#: A person's middle initial ("Z."): the capitalised word after it is a surname.
_INITIAL = compile_pattern(r"^[A-Z]\.$")
#: A genus cut to its initial at a phrase's start ("C. difficile"), left out of the disease's key.
_GENUS_INITIAL = compile_pattern(r"^[A-Z]\.\s+(?=[a-z])")
#: Roman phase numerals (the micro-syntax of numbers, as the phase regex reads them).
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
#: Words walked over, leftwards from a disease word, to find the start of its qualifiers.
_MAX_MODIFIERS = 5
#: Words a disease's key keeps: its last two ("advanced breast cancers" -> "breast cancer").
DISEASE_KEY_WORDS = 2
# The grammar of the phrases read below (closed sets of function words and clitics, part of each
# construction rather than word classes a curator extends; the word classes are in patterns/):
#: between two qualifiers of a disease: "obese or overweight adults".
_COORDINATORS = ("or", "and")
#: the possessive of an eponym: "Crohn's disease".
_POSSESSIVE = ("'s", "\u2019s")
#: Weight of one mention of a disease in choosing the trial's condition: after a population cue
#: ("patients with X"), after an outcome cue ("the risk of X": a measured outcome), or neither.
POPULATION_WEIGHT = 3
OUTCOME_WEIGHT = 0
PLAIN_WEIGHT = 1
#: Weight of the disease a headline names (headlines name the trial's condition).
TITLE_WEIGHT = 3
#: Characters before a condition's first word read for a cue.
CUE_WINDOW = 30
#: The word lists of the trial fact (``patterns/``), by the setting that names them.
TRIAL_WORDS = "trial_words.txt"
TRIAL_OBJECT_WORDS = "trial_object_words.txt"
#: Words before a name that give it as the trial's name ("The trial, called HALT-MS").
TRIAL_NAME_CUES = "trial_name_cues.txt"
#: Words between a name spelled out and its acronym ("the Trial to Assess Chelation Therapy, or TACT").
ACRONYM_GAP_WORDS = "acronym_gap_words.txt"
#: Lower-case words inside a capitalised proper name ("Institute of ...", "Centers for ...").
NAME_CONNECTORS = "name_connectors.txt"
NOT_TRIAL_NAMES = "not_trial_names.txt"
INTERVENTION_HEADS = "intervention_heads.txt"
PRODUCT_NOUNS = "product_nouns.txt"
ORGANISATION_HEADS = "organisation_heads.txt"
ORGANISATION_ROLES = "organisation_roles.txt"
#: Capitalised words that may stand between a name and its organisation's noun ("the MGH
#: Immunobiology Laboratory").
ORGANISATION_GAP = 2
FUTURE_CUES = "future_cues.txt"
PHASE_STAGES = "phase_stages.txt"
NOT_DESIGN_AFTER = "not_design_after.txt"
#: Words that deny a design word a few words later in its clause ("was not done as a randomized trial").
DESIGN_NEGATIONS = "design_negations.txt"
#: Words that limit a negation right before them instead of denying ("not only randomized but ...").
DESIGN_NEGATION_LIMITERS = "design_negation_limiters.txt"
#: Tokens before a design word read for a denial (within its clause: no punctuation between).
DESIGN_NEGATION_WINDOW = 5
#: Phrases of a sentence about other research ("in another study", "historic reports"): its design
#: words are not this trial's (the phrases with the use ``treatment``, as ``facts.arms`` reads them).
OTHER_STUDY_CUES = "other_studies.tsv:treatment"
#: Tokens after a design word read for the trial word its noun phrase ends in ("a randomized,
#: double-blind, placebo-controlled phase 3 trial").
DESIGN_PHRASE_TOKENS = 12
#: Words for the trial's own work that a design word describes like a trial word ("the observational
#: design of the study", "The research is observational", "The findings are observational").
DESIGN_OWN_WORK_WORDS = "design_own_work_words.txt"
#: The rules of ``trial.jsonl`` that read people put into groups at random ("randomly chose 600
#: adults", "put each volunteer at random into one of two arms"): what was done to the trial's people, never a
#: general statement (whose test reads the irregular pasts "chose", "put", "split" as presents).
ALLOCATION_RULES = ("randomized:random-allocation",)
#: The rules of ``trial.jsonl`` whose word gives a design only as it qualifies a trial named in the
#: singular ("an international, randomized phase 3 trial" is multicenter; "an international team of
#: colleagues", "2,000 international units" and "international trials" are not this trial's design).
TRIAL_QUALIFIER_RULES = ("multicenter:international",)
#: The rules of ``trial.jsonl`` that read a count of places ("at 25 hospitals", "in 11 countries").
SITE_COUNT_RULES = ("multicenter:sites", "multicenter:one-of-the-sites")
#: The rules of ``trial.jsonl`` that read a crossover told by its people or groups swapping treatments
#: ("all participants switched treatments", "were switched to the other two diets"): no tag in a
#: sentence that makes the change a choice or a rescue (``crossover_option_words.txt``: "were
#: allowed to cross over", "switched to the other arm if their disease progressed").
CROSSOVER_SWAP_RULES = ("crossover:swapped", "crossover:groups-swapped", "crossover:to-the-other")
CROSSOVER_OPTION_WORDS = "crossover_option_words.txt"
#: The rules of ``trial.jsonl`` that read a time on placebo ("followed by four weeks on a placebo",
#: "six weeks of placebo"): no tag in a sentence that makes it a run-in, washout or lead-in period
#: (``placebo_period_words.txt``).
PLACEBO_PERIOD_RULES = ("crossover:then-placebo", "placebo-controlled:time-on-placebo")
PLACEBO_PERIOD_WORDS = "placebo_period_words.txt"
#: The rules of a crossover told by its people's change of treatment: none where the change's subject
#: names only part of the people ("those whose pain returned were switched": ``partial_subject_words.txt``,
#: or a subject with a relative clause: ``people_relative_pronouns.txt``).
PEOPLE_CHANGE_RULES = CROSSOVER_SWAP_RULES + ("crossover:then-placebo",)
PARTIAL_SUBJECT_WORDS, PEOPLE_RELATIVE_PRONOUNS = "partial_subject_words.txt", "people_relative_pronouns.txt"
#: The rules of ``trial.jsonl`` that read a trial said to have no control group ("the study lacked a
#: control group"): ``single-arm`` only where the record has at most one arm that is no control and
#: no tag of :data:`COMPARED_DESIGNS` (a three-arm trial "had no placebo group").
NO_CONTROL_RULES = ("single-arm:no-control-group",)
#: Design tags that set the trial's treated people beside others.
COMPARED_DESIGNS = frozenset({"randomized", "placebo-controlled", "crossover", "non-inferiority"})
#: Words that make a count of places the trial's: its people or its work ("enrolled", "patients").
SITE_COUNT_CUES = "site_count_cues.txt"
#: Words that set another study against this trial ("Unlike past studies, the new trial ..."): the
#: other-study phrase after one covers its own clause only.
OTHER_STUDY_CONTRASTS = "other_study_contrasts.txt"
#: Words allowed between a contrast word and the other-study phrase ("unlike most past trials").
OTHER_STUDY_CONTRAST_GAP = 1
CONDITION_HEADS = "condition_heads.txt"
CONDITION_SUFFIXES = "condition_suffixes.txt"
NOT_CONDITION_WORDS = "not_condition_words.txt"
#: Letters a word has before a disease suffix ("colitis", not "itis").
SUFFIX_STEM_LETTERS = 3
#: Letters read back from a disease's ending for the rest of its word.
MAX_STEM_CHARS = 30
#: Characters looked back over for the end of the sentence before a capitalised word.
SENTENCE_START_LOOKBACK = 20
CONDITION_CUES = "condition_cues.txt"
CONDITION_OUTCOME_CUES = "condition_outcome_cues.txt"
CONDITION_GENERIC_HEADS = "condition_generic_heads.txt"
#: The disease dictionary the condition reads (see ``Settings.disease_dictionary``).
DISEASE_DICTIONARY = "mesh"
#: Nouns for the participants that make the disease before them their condition ("melanoma patients").
CONDITION_PEOPLE_AFTER = "condition_people_after.txt"
#: Adjectives for people with a disease ("obese"), with the disease, and the nouns they describe.
CONDITION_ADJECTIVES = "condition_adjectives.txt"
CONDITION_ADJECTIVE_NOUNS = "group_people_nouns.txt"
#: Disease phrases whose key is remembered (a phrase recurs within an article and across articles).
KEY_CACHE_SIZE = 4096
#: See ``Settings.specific_disease_depth``: three levels ("arthritis", C05.550.114) are specific.
SPECIFIC_DISEASE_DEPTH = 3
#: Words that name the trial's condition only when nothing more specific is named ("pain").
CONDITION_BARE_WORDS = "condition_bare_words.txt"
CONDITION_GRADE_WORDS = "condition_grade_words.txt"
CONDITION_SEVERITY_WORDS = "condition_severity_words.txt"
NOT_CONDITION_MODIFIERS = "not_condition_modifiers.txt"
CONDITION_PARTICIPLES = "condition_participles.txt"
#: Last parts of a hyphenated qualifier that says which patients ("HER2-positive", "late-stage").
CONDITION_HYPHEN_ENDINGS = "condition_hyphen_endings.txt"
#: Endings of a verb's participle: a first qualifier that ends so is a verb of the sentence
#: ("rated pain", "triggering anxiety"), unless ``condition_participles.txt`` lists it.
_PARTICIPLE = compile_pattern(rf"^[a-z]{{{SUFFIX_STEM_LETTERS},}}(?:ed|ing)$")
#: The part of a hyphenated qualifier before a hyphen: a word with at least one letter ("HER2",
#: "non-24", "low"), not a bare number ("10-year").
_HYPHEN_PART = compile_pattern(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
#: The final ``s`` a disease's key drops ("cancers" -> "cancer"; not after "s" or "u": "-ss", "-us").
_PLURAL_S = compile_pattern(r"(?<=[a-z][^su])s$")


@dataclass(frozen=True)
class Settings:
    """The settings of the trial fact: the ``trialnews_trial`` component's config."""

    #: Tokens around a candidate name in which "trial" or "study" must stand.
    name_window: int = NAME_WINDOW
    #: Letters a line needs before "all in capitals" says it is shouted, not an acronym.
    shouted_min_letters: int = SHOUTED_MIN_LETTERS
    #: Characters a trial name has at least.
    min_name_chars: int = MIN_NAME_CHARS
    #: Words before an acronym, per letter of it, searched for a trial word.
    spelled_out_words_per_letter: int = SPELLED_OUT_WORDS_PER_LETTER
    #: Phase numbers read from one PHASE span ("phase 2/3").
    max_phase_parts: int = MAX_PHASE_PARTS
    #: Words walked over, leftwards from a disease word, to find the start of its qualifiers.
    max_modifiers: int = _MAX_MODIFIERS
    #: Words a disease's key keeps (its last ones).
    disease_key_words: int = DISEASE_KEY_WORDS
    #: Weight of one mention of a disease after a population cue, after an outcome cue, after
    #: neither, and in the headline.
    population_weight: int = POPULATION_WEIGHT
    outcome_weight: int = OUTCOME_WEIGHT
    plain_weight: int = PLAIN_WEIGHT
    title_weight: int = TITLE_WEIGHT
    #: Characters before a condition's first word read for a cue.
    cue_window: int = CUE_WINDOW
    #: Lexicons: the words that name a trial ("trial", "study"), the words after one that make
    #: the next name its object ("of", "comparing"), names that are no trial's, the nouns after a
    #: treatment's or product's name, the last words of an organisation's name ("Hospital",
    #: "Group") and the people an organisation has ("director"), with the capitalised words that
    #: may stand between a name and such a noun, the cues of a future trial, stage words and their phase,
    #: the words after a design word that make it something else, disease words, population and
    #: outcome cues before a disease, the endings of disease words ("-itis", "-osis") with the
    #: words that end so and name none and the letters a word has before its ending, generic disease heads, grade words left out of a disease's
    #: key, severity words before "to", words that do not qualify a disease, and the participles
    #: that do ("advanced", "recurring").
    trial_words: str = TRIAL_WORDS
    trial_object_words: str = TRIAL_OBJECT_WORDS
    trial_name_cues: str = TRIAL_NAME_CUES
    acronym_gap_words: str = ACRONYM_GAP_WORDS
    name_connectors: str = NAME_CONNECTORS
    not_trial_names: str = NOT_TRIAL_NAMES
    intervention_heads: str = INTERVENTION_HEADS
    product_nouns: str = PRODUCT_NOUNS
    organisation_heads: str = ORGANISATION_HEADS
    organisation_roles: str = ORGANISATION_ROLES
    organisation_gap: int = ORGANISATION_GAP
    future_cues: str = FUTURE_CUES
    phase_stages: str = PHASE_STAGES
    not_design_after: str = NOT_DESIGN_AFTER
    design_negations: str = DESIGN_NEGATIONS
    design_negation_limiters: str = DESIGN_NEGATION_LIMITERS
    design_negation_window: int = DESIGN_NEGATION_WINDOW
    other_study_cues: str = OTHER_STUDY_CUES
    other_study_contrasts: str = OTHER_STUDY_CONTRASTS
    other_study_contrast_gap: int = OTHER_STUDY_CONTRAST_GAP
    #: Tokens after a design word read for the trial word its noun phrase ends in; the words that
    #: make a count of places ("at 25 hospitals") the trial's.
    design_phrase_tokens: int = DESIGN_PHRASE_TOKENS
    design_own_work_words: str = DESIGN_OWN_WORK_WORDS
    site_count_cues: str = SITE_COUNT_CUES
    crossover_option_words: str = CROSSOVER_OPTION_WORDS
    placebo_period_words: str = PLACEBO_PERIOD_WORDS
    partial_subject_words: str = PARTIAL_SUBJECT_WORDS
    people_relative_pronouns: str = PEOPLE_RELATIVE_PRONOUNS
    condition_heads: str = CONDITION_HEADS
    condition_suffixes: str = CONDITION_SUFFIXES
    not_condition_words: str = NOT_CONDITION_WORDS
    suffix_stem_letters: int = SUFFIX_STEM_LETTERS
    condition_cues: str = CONDITION_CUES
    condition_outcome_cues: str = CONDITION_OUTCOME_CUES
    condition_generic_heads: str = CONDITION_GENERIC_HEADS
    condition_grade_words: str = CONDITION_GRADE_WORDS
    condition_bare_words: str = CONDITION_BARE_WORDS
    condition_severity_words: str = CONDITION_SEVERITY_WORDS
    not_condition_modifiers: str = NOT_CONDITION_MODIFIERS
    condition_participles: str = CONDITION_PARTICIPLES
    condition_hyphen_endings: str = CONDITION_HYPHEN_ENDINGS
    #: The disease dictionary that finds diseases and groups their spellings by heading ("heart
    #: attack", "myocardial infarction"): ``"mesh"`` (:mod:`trialnews.vocab.diseases`), or ``""``
    #: for none (the heads and endings of the condition lexicons alone).
    disease_dictionary: str = DISEASE_DICTIONARY
    #: The depth in the MeSH tree from which a heading is specific enough to key a phrase that
    #: has more words than its spelling ("unsightly acne": acne vulgaris, depth 4); above it a
    #: heading ("neoplasms" 1, "heart diseases" 2) keys only its own spellings.
    specific_disease_depth: int = SPECIFIC_DISEASE_DEPTH
    #: Nouns for the participants after a disease, adjectives for people with a disease ("obese")
    #: with the disease each names, and the nouns for people such an adjective describes.
    condition_people_after: str = CONDITION_PEOPLE_AFTER
    condition_adjectives: str = CONDITION_ADJECTIVES
    condition_adjective_nouns: str = CONDITION_ADJECTIVE_NOUNS


DEFAULTS = Settings()


@cache
def _condition_heads(name: str = CONDITION_HEADS) -> WordListScanner:
    """The condition heads as whole words, any case (read once; ``WordListScanner`` compares
    lower-cased text rather than folding case at every word)."""
    return WordListScanner(load_lexicon(name))


@cache
def _disease_endings(suffixes: str = CONDITION_SUFFIXES) -> re.Pattern[str]:
    """A disease's ending at a word's end, in lower-case text (searched for the ending first: a
    scan for whole words would try every word of the article)."""
    return compile_pattern(rf"(?:{alternation(load_lexicon(suffixes))})\b")


_WORD_BEFORE = compile_pattern(r"[a-z]+$")


def _suffixed_places(text: str, settings: Settings = DEFAULTS) -> list[tuple[int, int]]:
    """Where words with a disease's ending stand ("fibrosis", "dystrophy"), known to no list."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would drift
        lowered = "".join(ch.lower()[:1] or ch for ch in text)
    excluded = word_set(settings.not_condition_words)
    places = []
    for match in _disease_endings(settings.condition_suffixes).finditer(lowered):
        stem = _WORD_BEFORE.search(lowered, max(0, match.start() - MAX_STEM_CHARS), match.start())
        if stem is None or len(stem.group()) < settings.suffix_stem_letters \
                or (stem.start() > 0 and lowered[stem.start() - 1].isalnum()):
            continue
        if lowered[stem.start():match.end()] not in excluded:
            places.append((stem.start(), match.end()))
    return places


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - SENTENCE_START_LOOKBACK):start].rstrip()
    return not before or before[-1] in ".!?:\n\"\u201c"


#: The typographic apostrophe, read as the plain one in disease names ("Alzheimer’s", "Crohn’s").
RIGHT_QUOTE = "\u2019"
#: A disease named by its eponym alone, in the possessive ("Alzheimer's", "Parkinson's"): a mention
#: of the dictionary's "X's disease" (the head it leaves out).
EPONYM_HEAD = "disease"
_EPONYM = compile_pattern(r"\b[A-Z][a-z]{2,}'s\b")


@lru_cache(maxsize=KEY_CACHE_SIZE)
def _eponym_disease(eponym: str) -> bool:
    """Whether ``eponym`` with :data:`EPONYM_HEAD` is a whole spelling of the disease dictionary."""
    words = f"{eponym} {EPONYM_HEAD}"
    return any(name.start == 0 and name.end == len(words) for name in disease_vocab.find(words))


def _condition_mentions(text: str, settings: Settings = DEFAULTS) -> list[tuple[int, int]]:
    """Where disease words stand: the spellings of the disease dictionary (MeSH), the listed heads
    (what MeSH lacks or leaves out: "pain", "hot flashes") and the words with a disease's ending,
    in order; of overlapping places the longest ("multiple sclerosis", not "sclerosis")."""
    text = text.replace(RIGHT_QUOTE, "'")  # "Alzheimer’s" is "Alzheimer's" (one character for one: the places stand)
    found = {start: end for start, end, _ in _condition_heads(settings.condition_heads).finditer(text)}
    for start, end in _suffixed_places(text, settings):
        if text[start].isupper() and not _starts_sentence(text, start):
            continue  # a capital inside a sentence starts a name: "Oklahoma", "the Sarcoma Alliance"
        found.setdefault(start, end)
    if settings.disease_dictionary:
        for eponym in _EPONYM.finditer(text):  # "a drug for Alzheimer's", not "the Alzheimer's Association"
            if _eponym_disease(eponym.group().lower()) and not _in_longer_name(text, eponym.start(), eponym.end()):
                found.setdefault(eponym.start(), eponym.end())
        for name in disease_vocab.find(text):
            if text[name.start].isupper() and not _starts_sentence(text, name.start) \
                    and text[name.start:name.end].istitle() and name.start not in found \
                    and _in_longer_name(text, name.start, name.end):
                continue  # "Sarcoma Alliance", "Plague Inc": a capitalised name, unless a listed head
            found[name.start] = max(name.end, found.get(name.start, name.end))
    places: list[tuple[int, int]] = []
    for start, end in sorted(found.items(), key=lambda place: (place[0], -place[1])):
        if places and start < places[-1][1]:
            if end > places[-1][1]:
                places[-1] = (places[-1][0], end)  # overlapping places: one mention
            continue
        places.append((start, end))
    return places


#: The words either side of a place: a capitalised word there makes a capitalised disease part of a name.
_WORD_AFTER = compile_pattern(r"[ \t]+([^\s]+)")
_WORD_ENDING = compile_pattern(r"([^\s]+)[ \t]+$")


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """A capitalised disease spelling inside a longer capitalised name ("the Sarcoma Alliance",
    "Plague Inc", "Cancer Research UK", "American Diabetes Association"), not a disease written
    with a capital ("no Ebola cases", "born with Severe Combined Immunodeficiency, also ...")."""
    after = _WORD_AFTER.match(text, end)
    before = _WORD_ENDING.search(text, max(0, start - 40), start)
    return bool((after and after.group(1)[:1].isupper())
                or (before and before.group(1)[:1].isupper() and not _starts_sentence(text, before.start(1))))


@cache
def _cue_regex(name: str) -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(name))})\s+(?:an?\s+|the\s+)?$")


@cache
def _other_study(name: str = OTHER_STUDY_CUES) -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b{phrase_regex(name)}\b")


@cache
def _contrast(name: str = OTHER_STUDY_CONTRASTS, gap: int = OTHER_STUDY_CONTRAST_GAP) -> re.Pattern[str]:
    """A contrast word ending a text, at most ``gap`` words before its end ("Unlike most ")."""
    return compile_pattern(rf"(?i)\b{phrase_regex(name)}\s+(?:[\w-]+\s+){{0,{gap}}}$")


@cache
def _site_count_cues(name: str = SITE_COUNT_CUES) -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b{phrase_regex(name)}\b")


@cache
def _future(name: str = FUTURE_CUES) -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(name))})\b")


@cache
def _trial_words(name: str = TRIAL_WORDS) -> frozenset[str]:
    return word_set(name)


@cache
def _singular_trial_words(name: str = TRIAL_WORDS) -> frozenset[str]:
    """The trial words that name one trial ("study", "trial"; not "studies")."""
    return frozenset(word for word in _trial_words(name) if singular(word) == word)


def _is_trial_word(word: str, name: str = TRIAL_WORDS) -> bool:
    return word.lower() in _trial_words(name)


@cache
def _stage_phase(name: str = PHASE_STAGES) -> dict[str, str]:
    """Stage word -> phase ("late" -> "3"), from ``phase_stages.txt``."""
    return {word.lower(): phase for word, phase in load_mapping(name).items()}


@cache
def _stage_regex(name: str = PHASE_STAGES) -> re.Pattern[str]:
    """A stage written as a word and "stage": "late-stage", "late stage", "midstage"."""
    return compile_pattern(rf"({alternation(_stage_phase(name))})[\s-]?stage")


@cache
def _not_design_after(name: str = NOT_DESIGN_AFTER) -> dict[str, frozenset[str]]:
    return {tag: frozenset(w.lower() for w in words) for tag, words in load_table(name).items()}


@cache
def _not_modifiers(name: str = NOT_CONDITION_MODIFIERS) -> frozenset[str]:
    return word_set(name)


@cache
def _not_trial_names(name: str = NOT_TRIAL_NAMES) -> frozenset[str]:
    return word_set(name)


def name(doc: Doc, arm_labels: set[str], settings: Settings = DEFAULTS) -> str | None:
    found = name_found(doc, arm_labels, settings)
    return found[0] if found is not None else None


def name_found(doc: Doc, arm_labels: set[str], settings: Settings = DEFAULTS) -> tuple[str, Span, str] | None:
    """The trial's name (:func:`name`) with the first place it was read from and the rule that read
    it (``trial-name:named-as-trial`` for a name a cue gives as the trial's, else the ruler's pattern)."""
    excluded = _not_trial_names(settings.not_trial_names) | {a.lower() for a in arm_labels}
    counts: Counter[str] = Counter()
    orths = None  # every token's hash, read once: a name's other places are found by it
    verdicts: dict[str, bool] = {}  # whether a name names a treatment, decided once per name
    places: dict[str, Span] = {}  # each name's first counted span: its evidence
    named_at: dict[str, Span] = {}  # names given as the trial's ("The trial, called HALT-MS"): the first place whose cue names each
    for span in spans(doc, "TRIAL_NAME"):
        text = clean(span_text(span))
        if text.lower() in excluded or len(text) < settings.min_name_chars or _ROMAN_PHASE.match(text) \
                or _SURNAME_SHAPE.match(text) or _shouted(sent(span), settings.shouted_min_letters) \
                or _run_in_heading(doc, span):
            continue
        if _after_a_year(doc, span):
            continue  # "the 2012 CAMBRA study": an earlier study named by its year
        cue = _naming_cue_start(doc, span, settings)
        if cue is not None and span.end < len(doc) and doc[span.end].is_title:
            continue  # "called the Platelet Inhibition ... (PLATO) trial": the first word of a longer name
        named = cue is not None and _near_trial_word(doc, doc[cue:span.end], settings)
        if not (named or _near_trial_word(doc, span, settings) or _spelled_out(doc, span, settings)):
            continue
        if text not in verdicts:
            orths = orths if orths is not None else doc.to_array(ORTH)
            verdicts[text] = _names_a_treatment(doc, text, orths, settings) \
                or _names_an_organisation(doc, text, orths, settings)
        if verdicts[text]:
            continue
        counts[text] += 1
        places.setdefault(text, span)
        if named:
            named_at.setdefault(text, span)  # the place whose cue names it, which its rule claims
    for text in list(counts):  # a name given once ("a study called Crest") and then used ("the Crest trial")
        if span_text(doc[places[text].start:places[text].start + 1]) == text:
            orths = orths if orths is not None else doc.to_array(ORTH)
            counts[text] = max(counts[text], int(numpy.count_nonzero(orths == numpy.uint64(get_string_id(text)))))
    if not counts:
        return None
    chosen = max(counts, key=lambda t: (t in named_at, counts[t], -places[t].start))
    span = named_at.get(chosen, places[chosen])
    return chosen, span, "trial-name:named-as-trial" if chosen in named_at else span.id_ or "trial-name"


@cache
def _naming_cues(name: str = TRIAL_NAME_CUES) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(cue.split()) for cue in word_set(name))


def _after_a_year(doc: Doc, span: Span) -> bool:
    """A name written after a year ("the 2012 CAMBRA study", "a 2009 TACT trial"): another, earlier study."""
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and bool(_YEAR.match(before.text))


def _naming_cue_start(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> int | None:
    """Where a cue that gives the name stands right before it ("called", "known as", with an
    optional "the"): the cue's first token, else None."""
    end = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
    cues = _naming_cues(settings.trial_name_cues)
    floor = max(sent(span).start, end - _longest(cues))
    before = tuple(t.lower_ for t in doc[floor:end])  # the words a cue can be, read once
    for cue in cues:
        if len(cue) <= len(before) and before[len(before) - len(cue):] == cue:
            return end - len(cue)
    return None


@cache
def _longest(cues: frozenset[tuple[str, ...]]) -> int:
    """The most words of a cue."""
    return max(map(len, cues), default=0)


def _places(doc: Doc, text: str, orths: numpy.ndarray) -> list[tuple[int, int]]:
    """Where a name stands, as (first token, end token): a one-token name by its hash; a name of
    several tokens without spaces ("MED-EL", "HALT-MS") by its text; none for a name with spaces."""
    if " " in text:
        return []
    single = numpy.flatnonzero(orths == numpy.uint64(get_string_id(text))).tolist()
    if single:
        return [(i, i + 1) for i in single]
    places, whole, at = [], text_of(doc), text_of(doc).find(text)
    while at >= 0:
        span = doc.char_span(at, at + len(text))
        if span is not None:
            places.append((span.start, span.end))
        at = whole.find(text, at + len(text))
    return places


def _names_a_treatment(doc: Doc, text: str, orths: numpy.ndarray, settings: Settings = DEFAULTS) -> bool:
    """Whether a candidate name is what the trial tested: written before a treatment's or a
    product's noun anywhere (``BCG vaccine``, ``the GeneSight test``), or a short form the text
    defines for a treatment (``mild electrical stimulation (MES)``: a long form without a trial
    word) and never writes before one (``the Women's Health Initiative (WHI) study`` is a trial)."""
    places = _places(doc, text, orths)
    nouns = word_set(settings.intervention_heads) | word_set(settings.product_nouns)
    if not text.islower() and any(end < len(doc) and doc[end].lower_ in nouns for _, end in places):
        return True
    defined = [short for short in spans(doc, "ABBREVIATION") if short.text.lower() == text.lower()]
    if not defined or any(_is_trial_word(word, settings.trial_words) for short in defined for word in short.label_.split()):
        return False
    return not any(end < len(doc) and _is_trial_word(doc[end].text, settings.trial_words)
                   or end + 1 < len(doc) and doc[end].text == ")" and _is_trial_word(doc[end + 1].text, settings.trial_words)
                   for _, end in places)  # "(STAR*D) Study"


def _names_an_organisation(doc: Doc, text: str, orths: numpy.ndarray, settings: Settings = DEFAULTS) -> bool:
    """Whether a candidate name is one the article also uses for an institution, a company or a
    person ("a UCLA study" is the university's): written after "at" (``researchers at UCLA``) or
    after a first name and an initial (``Andrea Z. LaCroix``), before an organisation's noun or one
    of its people (``the MGH Immunobiology Laboratory``, ``HSRx Group``, ``ChromaGen Chief
    Executive``), before a possessive and one of its people (``CIRNA's director``), or the short
    form the text gives an organisation's name (``Massachusetts General Hospital (MGH)``)."""
    heads = word_set(settings.organisation_heads)
    roles = word_set(settings.organisation_roles)
    defined = [short for short in spans(doc, "ABBREVIATION") if short.text == text]
    if any(short.label_.split() and short.label_.split()[-1].lower() in heads for short in defined):
        return True
    places = _places(doc, text, orths)
    for i, end in places:
        if i > 0 and doc[i - 1].lower_ == "at":
            return True
        if i > 1 and _INITIAL.match(doc[i - 1].text) and doc[i - 2].is_title:
            return True  # "said Andrea Z. LaCroix": a person's surname
        after = doc[end:end + 1 + settings.organisation_gap]
        if len(after) and after[0].text in _POSSESSIVE and len(after) > 1 and after[1].lower_ in roles:
            return True
        for token in after:  # not across a trial word: "the VIVIANE Study Group" runs the trial
            if token.lower_ in heads or token.lower_ in roles:  # "HSRx Group", "ChromaGen Chief Executive"
                return True
            if not token.is_title or _is_trial_word(token.text, settings.trial_words):
                break
    return False


def _spelled_out(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> bool:
    """An acronym given after the words it stands for: "the Trial to Assess Chelation Therapy, or
    TACT", "Stenting Versus Surgery Trial (SVS)": its letters are the initials of the capitalised words
    just before it."""
    acronym = span.text
    if not acronym.isupper() or not acronym.isalpha():
        return False
    sentence = sent(span)
    words = [t.text for t in doc[sentence.start:span.start] if t.is_alpha]
    while words and words[-1].lower() in word_set(settings.acronym_gap_words):
        words.pop()
    initials = [w[0] for w in words if w[0].isupper()]
    searched = words[-settings.spelled_out_words_per_letter * len(acronym):]
    return "".join(initials[-len(acronym):]) == acronym and any(_is_trial_word(w, settings.trial_words) for w in searched)


def _near_trial_word(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> bool:
    """A trial word next to the name (``the CREST trial``, ``a study called Crest``), but not one
    whose object the name is (``a randomized trial of GeneSight``, ``a trial comparing CRT with
    radiotherapy``: the treatment tested)."""
    window = settings.name_window
    start, end = max(sent(span).start, span.start - window), min(sent(span).end, span.end + window)
    after = [t for t in doc[span.end:end]]
    if any(_is_trial_word(t.text, settings.trial_words) for t in after):
        return True
    before = doc[start:span.start]
    trial_at = [t.i for t in before if _is_trial_word(t.text, settings.trial_words)]
    if not trial_at:
        return False
    between = doc[trial_at[-1] + 1:span.start]
    return not any(t.lower_ in word_set(settings.trial_object_words) for t in between)


def _run_in_heading(doc: Doc, span: Span) -> bool:
    """A word in capitals that opens a line and is followed by a capitalised function word
    ("CAVEATS The study was small", "READ THIS STUDY in the May issue"): a heading run into its
    paragraph."""
    line_start = span.start == 0 or "\n" in doc[span.start - 1].whitespace_ + doc[span.start - 1].text
    after = doc[span.end] if span.end < len(doc) else None
    return line_start and after is not None and (after.is_title or after.is_upper) and after.is_stop


def _shouted(sentence: Span, min_letters: int = SHOUTED_MIN_LETTERS) -> bool:
    """A line written all in capitals (``SEE ORIGINAL STUDY``): its words are no names."""
    text = span_text(sentence)  # cut from the doc's text, not joined from the sentence's tokens
    if not text.isupper():  # a lower-case letter, or no cased letter: not shouted (read in C)
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= min_letters and all(ch.isupper() for ch in letters)


def phase(doc: Doc, settings: Settings = DEFAULTS) -> str | None:
    """The trial's phase: that of the first PHASE span that names one (:func:`phase_of`)."""
    found = phase_found(doc, settings)
    return found[0] if found is not None else None


def phase_found(doc: Doc, settings: Settings = DEFAULTS) -> tuple[str, Span] | None:
    """The trial's phase (:func:`phase`) with the PHASE span it was read from."""
    return next(((found, span) for span in spans(doc, "PHASE") if (found := phase_of(doc, span, settings)) is not None), None)


def phase_of(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> str | None:
    """The phase one PHASE span names (``phase I/II`` is ``1/2``, ``late-stage`` ``3``), or ``None``
    (not one of ``record.PHASES``, or a trial still to come: "plans to start phase 3 trials next year")."""
    if _future(settings.future_cues).search(text_of(doc)[sent(span).start_char:span.start_char]):
        return None
    text = span.text.lower()
    stage = _stage_regex(settings.phase_stages).match(text)
    if stage:
        return _stage_phase(settings.phase_stages)[stage.group(1)]
    parts = re.findall(r"\b(iv|i{1,3}|[1-4]|one|two|three|four)[ab]?\b", re.sub(r"^phases?\s*", "", text))
    numbers = [_ROMAN.get(p) or (p if p.isdigit() else _word_phase(p)) for p in parts]
    if numbers:
        joined = "/".join(dict.fromkeys(numbers[:settings.max_phase_parts]))
        if joined in PHASES:
            return joined
    return None


def single_arm_spans(doc: Doc, settings: Settings = DEFAULTS) -> list[Span]:
    """The DESIGN spans that call the trial single-arm (``single-arm``, ``single-group``), less
    those :func:`design_found` refuses (denied, another study's, one to come)."""
    return [span for span in spans(doc, "DESIGN") if span.id_.split(":", 1)[0] == "single-arm"
            and span.id_ not in NO_CONTROL_RULES and not _not_design(doc, span, settings)]


def _word_phase(word: str) -> str:
    """A phase number written as a word ("three" -> "3")."""
    value = parse_words(word)
    return str(int(value)) if value is not None else word


def _not_design(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> bool:
    """A design word followed by a word that makes it something else (``not_design_after.txt``):
    "a high crossover rate" (patients switching arms), "observational studies show"; or one of a
    trial still to come ("they plan to confirm this in a randomized trial")."""
    after = _not_design_after(settings.not_design_after).get(span.id_.split(":", 1)[0], ())
    if span.end < len(doc) and doc[span.end].lower_ in after:
        return True
    if span.id_ in CROSSOVER_SWAP_RULES and word_set(settings.crossover_option_words) & {t.lower_ for t in sent(span)}:
        return True  # "patients on placebo were allowed to switch to the other arm"
    if span.id_ in PLACEBO_PERIOD_RULES and _placebo_period(settings.placebo_period_words).search(span_text(sent(span))):
        return True  # "followed by four weeks of placebo washout", "after a run-in of two weeks on placebo"
    if span.id_ in PEOPLE_CHANGE_RULES and _part_of_the_people(span, settings):
        return True  # "those whose flares returned were switched to the other arm"
    if denied(doc, span, settings) or _of_other_study(span, settings):
        return True  # "wasn't randomized"; "In another study, people were randomly assigned ..."
    if span.id_ in TRIAL_QUALIFIER_RULES and (not _describes_one_trial(doc, span, settings)
                                              or span[0].is_title and not span[0].is_sent_start):
        return True  # "an international team", "the International Restless Legs Study Group Scale" (a capital
        # inside a sentence is a name's); not "an international phase 3 trial"
    if _in_general_statement(doc, span, settings) or _sites_of_no_trial(doc, span, settings):
        return True  # "Randomized trials allow the strongest inferences"; "Acme Pharma sells its medicines in 90 countries"
    return bool(_future(settings.future_cues).search(text_of(doc)[sent(span).start_char:span.start_char]))


@cache
def _placebo_period(name: str = PLACEBO_PERIOD_WORDS) -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b{phrase_regex(name)}\b")


def _part_of_the_people(span: Span, settings: Settings = DEFAULTS) -> bool:
    """Whether the words of the sentence before a change of treatment name only part of the trial's
    people as its subject: a clause that opens with a word of ``partial_subject_words.txt`` ("After a
    month, those whose pain returned were switched", "some of them switched treatments") or a
    relative pronoun (``people_relative_pronouns.txt``: "patients who relapsed were switched")."""
    sentence = sent(span)
    before = span_text(span.doc[sentence.start:span.start])
    return bool(_partial_subject(settings.partial_subject_words, settings.people_relative_pronouns).search(before))


@cache
def _partial_subject(partial: str = PARTIAL_SUBJECT_WORDS, relative: str = PEOPLE_RELATIVE_PRONOUNS) -> re.Pattern[str]:
    return compile_pattern(rf"(?i)(?:^|[,;:]\s*)(?:{phrase_regex(partial)})\b|\b(?:{phrase_regex(relative)})\b")


def _of_other_study(span: Span, settings: Settings = DEFAULTS) -> bool:
    """Whether the sentence of a design word is about other research ("In another study, people
    were randomly assigned ...", and a study named by its date: "A 2007 study of 53 men ...":
    ``common.dated_study``). An other-study phrase or dated study set against this trial by a contrast word
    ("Unlike past studies, the new randomized trial ...": ``other_study_contrasts.txt``) covers its
    own clause only, up to the next comma, semicolon or colon."""
    sentence = sent(span)
    text, offset = span_text(sentence), sentence.start_char
    # a study named by its date is one more cue: "A 2007 study of 53 men found ... those who drank a
    # placebo", not "Unlike a 2015 study of the capsule, the new trial was randomized"
    cues = sorted((*dated_study().finditer(text), *_other_study(settings.other_study_cues).finditer(text)),
                  key=lambda cue: cue.start())
    for cue in cues:
        contrast = _contrast(settings.other_study_contrasts, settings.other_study_contrast_gap).search(text[:cue.start()])
        if contrast is None:
            return True
        clause_end = _CLAUSE_END.search(text, cue.end())
        if offset + contrast.start() <= span.start_char < offset + (clause_end.start() if clause_end else len(text)):
            return True
    return False


#: What ends a clause inside a sentence.
_CLAUSE_END = compile_pattern(r"[,;:]")


def _in_general_statement(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> bool:
    """A design word of a news text in a general statement (``results.general_statement``: told in
    the present, with no past form and no study's finding), unless the word describes one trial
    named in the singular (:func:`_describes_one_trial`): "Randomized trials allow the strongest
    inferences", "Acme Pharma sells its medicines in more than 90 countries", "no studies show it
    works better than a placebo" say how research or a company works, while "Part B is an open,
    single-arm, multicenter trial" and "In a continuing clinical trial at 14 hospitals, ..."
    describe the trial. A count of places is also the trial's in a sentence that names
    this trial in the singular ("the study of 1,200 men at 147 medical centers"): the count has
    passed its own test of naming the trial's people or work (:func:`_sites_of_no_trial`)."""
    from .results import general_statement  # (results reads the arms, which read this module)
    if span.id_ in ALLOCATION_RULES or is_abstract(doc) or not general_statement(sent(span)):
        return False
    if span.id_.startswith(SITE_COUNT_RULES) and _this_trial(settings.trial_words).search(span_text(sent(span))):
        return False  # "The study consists of two groups, enrolling 40 patients at 15 sites"
    return not _describes_one_trial(doc, span, settings)


#: Words between a determiner and the trial word it names this trial with ("the new phase 3 study").
THIS_TRIAL_GAP = 3


@cache
def _this_trial(name: str = TRIAL_WORDS) -> re.Pattern[str]:
    """This trial named in the singular with a definite determiner: "the study", "this new trial"."""
    return compile_pattern(rf"(?i)\b(?:{phrase_regex(THIS_TRIAL_DETERMINERS)})\s+(?:[\w-]+\s+){{0,{THIS_TRIAL_GAP}}}?"
                           rf"(?:{alternation(sorted(_singular_trial_words(name)))})\b")


def _describes_one_trial(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> bool:
    """Whether a design word qualifies a trial named in the singular: the trial word ends the design
    word's noun phrase ("a randomized, double-blind phase 3 trial": only words that are no function
    word or verb, commas and hyphens between, at most ``design_phrase_tokens``), or is its subject
    before a form of *be* (``be_forms.txt``: "The study is observational", "The findings are
    observational"; so do the words of the trial's own work, ``design_own_work_words.txt``: "the
    observational design of the study"), or stands right
    before a count of places ("a clinical trial at 14 hospitals"), as a noun for the people a
    trial enrolls does (``condition_people_after.txt``: "1,100 patients at 139 medical facilities")."""
    trial_words = _trial_words(settings.trial_words)
    one_trial = _singular_trial_words(settings.trial_words)
    own = word_set(settings.design_own_work_words)
    sentence = sent(span)
    before = doc[span.start - 1] if span.start > sentence.start else None
    if before is not None and (before.lower_ in one_trial
                               or span.id_.startswith(SITE_COUNT_RULES)
                               and before.lower_ in word_set(settings.condition_people_after)):
        return True  # "a clinical trial at 14 hospitals", "1,100 patients at 139 medical facilities"
    if before is not None and before.lower_ in word_set(BE_FORMS) and span.start - 2 >= sentence.start:
        subject = doc[span.start - 2]  # "The study is observational", "the research was randomized"
        if subject.lower_ in own or subject.lower_ in one_trial:
            return True
    end = min(sentence.end, span.end + settings.design_phrase_tokens)
    for token in doc[span.end:end]:
        if token.lower_ in trial_words:
            return token.lower_ in one_trial
        following = doc[token.i + 1] if token.i + 1 < end else None
        if token.lower_ in own and span.id_ not in TRIAL_QUALIFIER_RULES \
                and (following is None or not following.is_alpha or wordclass.is_function_word(following.lower_)):
            return True  # "the observational design of the study"; not "an international research team"
        if token.text in _PHRASE_PUNCTUATION or token.like_num or _in_name(doc, token, sentence):
            continue  # "the multi-site Effects of Zinc in Pregnancy (EZIP) study", "the I-SPY 2 study"
        if not token.is_alpha or _no_qualifier(token.text) or wordclass.is_function_word(token.lower_):
            return False
    return False


def _in_name(doc: Doc, token, sentence: Span) -> bool:
    """A word of a capitalised name inside a sentence: a capitalised word, a bracket around its
    acronym, or a lower-case word between two capitalised ones ("Effects of Aspirin in Gestation")."""
    if token.text in ("(", ")") or not token.is_sent_start and (token.is_title or token.is_upper):
        return True
    return token.is_lower and sentence.start < token.i < sentence.end - 1 \
        and doc[token.i - 1].is_title and doc[token.i + 1].is_title


#: The determiners that name this trial in the singular ("the study", "this new trial").
THIS_TRIAL_DETERMINERS = "this_trial_determiners.txt"
#: Punctuation inside a design word's noun phrase ("randomized, double-blind", "open-label").
_PHRASE_PUNCTUATION = (",", "-", "\u2013")


def _sites_of_no_trial(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> bool:
    """A count of places (rules ``multicenter:sites`` and the like: "at 25 hospitals", "in 11
    countries") in a news sentence that names none of the trial's people or work
    (``site_count_cues.txt``: "trial", "patients", "enrolled", "researchers"): the places of a
    company, a university or a disease ("students from more than 150 countries", "gives grants to
    laboratories at some 300 universities"), not the trial's."""
    if not span.id_.startswith(SITE_COUNT_RULES) or is_abstract(doc):
        return False
    return not _site_count_cues(settings.site_count_cues).search(span_text(sent(span)))


def denied(doc: Doc, span: Span, settings: Settings = DEFAULTS, *, also: frozenset[str] = frozenset()) -> bool:
    """A denial a few words before a design word, with only function words between: "was not
    done as a randomized trial", "wasn't randomized", "no randomized trials"; not a denial of
    another verb ("those who did not smoke were randomly assigned"); nor a negation a limiting word
    follows ("not only randomized but also double-blind": ``design_negation_limiters.txt``). The
    negations are ``design_negations.txt``'s and the words ``also`` gives ("lacked")."""
    negations = word_set(settings.design_negations) | also
    for token in reversed(doc[max(sent(span).start, span.start - settings.design_negation_window):span.start]):
        if token.lower_ in negations:
            following = doc[token.i + 1] if token.i + 1 < span.start else None
            return following is None or following.lower_ not in word_set(settings.design_negation_limiters)
        if not token.is_stop:
            return False
    return False


#: The rule of a placebo-controlled design read from a placebo or sham control arm, not a design word.
PLACEBO_ARM_RULE = "placebo-controlled:control-arm"


def design_found(doc: Doc, arms: list[dict], settings: Settings = DEFAULTS) -> dict[str, dict]:
    """The trial's design tags (in ``DESIGN_TAGS`` order), each with the evidence of its first
    DESIGN span that is the trial's (its rule the ruler's pattern, ``double-blind:neither-knew``), or, for
    ``placebo-controlled`` given by a placebo or sham control arm alone, that arm's words."""
    found: dict[str, dict] = {}
    for span in spans(doc, "DESIGN"):
        tag = span.id_.split(":", 1)[0]
        if tag in DESIGN_TAGS and tag not in found and span.id_ not in NO_CONTROL_RULES \
                and not _not_design(doc, span, settings):
            found[tag] = evidence(span)  # the ruler's pattern: "double-blind:neither-knew"
    placebo = next((arm for arm in arms if arm["role"] == "control" and arm["label"] in word_set(DUMMY_CONTROL_LABELS)), None)
    if placebo is not None and "placebo-controlled" not in found:
        words = placebo.get("evidence") or {}
        found["placebo-controlled"] = {**{key: words.get(key) for key in ("start", "end", "text")}, "rule": PLACEBO_ARM_RULE}
    if "single-arm" not in found and not COMPARED_DESIGNS & set(found) \
            and sum(arm["role"] != "control" for arm in arms) <= 1:  # not "had no placebo group" of three treatments
        none = next((span for span in spans(doc, "DESIGN") if span.id_ in NO_CONTROL_RULES
                     and not _not_design(doc, span, settings)), None)
        if none is not None:
            found["single-arm"] = evidence(none)  # "the trial was tiny and lacked a control group"
    return {tag: found[tag] for tag in DESIGN_TAGS if tag in found}


def condition(doc: Doc, settings: Settings = DEFAULTS) -> str | None:
    """The disease of the people randomised, as written: a condition head with its modifiers.

    Each mention of a disease weighs for it: more after a population cue ("patients with X",
    "to treat X") or before a noun for the participants ("melanoma patients"), less after an
    outcome cue ("the risk of X", "prevented X": something the trial measured). The disease (its
    key, :func:`_key`: the MeSH heading of its spelling when the disease dictionary knows it,
    "heart attack" and "myocardial infarction" one disease; else its last two words, "breast
    cancer") with the most weight wins, a bare word ("pain") only when nothing more specific is
    named, and is written as its most specific cued (else most frequent) phrase."""
    found = condition_found(doc, settings)
    return found[0] if found is not None else None


#: The rule of a condition's evidence by the weight of the mention it quotes (see :func:`_weight`).
_CONDITION_RULES = {"population": "condition:population-cue", "outcome": "condition:outcome-cue", "plain": "condition:mention",
                    "people-after": "condition:people-noun-after"}


def condition_found(doc: Doc, settings: Settings = DEFAULTS) -> tuple[str, dict] | None:
    """The trial's condition (:func:`condition`) with the evidence of its first mention written as
    the chosen phrase (rule by the cue before it: ``condition:population-cue``, ``condition:mention``,
    ...); a phrase read only from an abbreviation's long form quotes the long form's first place."""
    places: list[tuple[int, int, str] | None] = []
    mentions = _condition_votes(doc, settings, places)
    if not any(phrase for _, phrase, _ in mentions):
        return None
    chosen = _chosen(mentions, settings)
    if chosen is None:
        return None
    text = text_of(doc)
    chosen = _singular_written(doc, chosen, mentions, places)
    for (_, phrase, _), place in zip(mentions, places):
        if place is not None and phrase == chosen and clean(text[place[0]:place[1]]) == chosen:
            return chosen, evidence(place[:2], doc, rule=place[2])
    # read from an abbreviation's long form alone ("IBS" for "irritable bowel syndrome"): the words
    # that define it, the long form's first place in the text
    words = phrase_alternation((" ".join(chosen.split()),))  # its words with any white space between them
    written = compile_pattern(rf"(?i)(?<!\w){words}(?!\w)").search(text)  # whole words: not inside a longer one
    if written is None:
        written = compile_pattern(r"(?i)" + words).search(text)
    if written is not None:
        return chosen, evidence((written.start(), written.end()), doc, rule=ABBREVIATION_RULE)
    return chosen, {"start": None, "end": None, "text": None, "rule": ABBREVIATION_RULE}


def _singular_written(doc: Doc, chosen: str, mentions: list[tuple[str, str, int]],
                      places: list[tuple[int, int, str] | None]) -> str:
    """A disease chosen in the plural ("heart attacks", "surgical-site infections") written in the
    singular, as a curator names it, where the article writes those words in the singular as a
    name of their own: at the end of their phrase, before punctuation or a function word ("had a
    heart attack."); not as the modifier of another noun ("a fibroid recurrence": "uterine fibroids")."""
    singular = _PLURAL_S.sub("", chosen)
    if singular == chosen:
        return chosen
    for (_, phrase, _), place in zip(mentions, places):
        if place is None or phrase != singular:
            continue
        after = doc.char_span(place[0], place[1], alignment_mode="expand")
        following = doc[after.end] if after is not None and after.end < len(doc) else None
        if following is None or following.is_punct or wordclass.is_function_word(following.lower_):
            return singular
    return chosen


#: The rule of a condition read from the long form of an abbreviation the story uses.
ABBREVIATION_RULE = "condition:abbreviation-long-form"




def _condition_votes(doc: Doc, settings: Settings = DEFAULTS,
                     places: list[tuple[int, int, str] | None] | None = None) -> list[tuple[str, str, int]]:
    """Every mention of a disease, in order, as (its key, its phrase, its weight); a headline's
    mention has no phrase. ``places``, when given, gets each mention's characters and rule in
    step (``None`` for a mention whose words are not its phrase)."""
    places = places if places is not None else []
    text = text_of(doc)
    title_line = text.lstrip().split("\n", 1)[0]
    title_line = text[:text.index(title_line) + len(title_line)] if title_line else ""
    mentions: list[tuple[str, str, int]] = []  # (group, phrase, weight); a headline's mention has no phrase
    last_specific: dict[str, str] = {}  # head word's key -> key of the last disease named in more words
    for head_start, head_end in _condition_mentions(text, settings):
        span = doc.char_span(head_start, head_end, alignment_mode="expand")
        if span is None or any(token.like_url or "/" in token.text for token in span):
            continue
        if sent(span).start == 0 or heading_sentence(doc, sent(span)):
            if head_start < len(title_line) and span[0].is_lower:  # the headline's disease, in lower case
                outcome = _weight(text, head_start, settings) == settings.outcome_weight  # "cut the risk of X"
                mentions.append((_key(span.text, settings), "", settings.outcome_weight if outcome else settings.title_weight))
                places.append(None)
            continue
        if _in_proper_name(doc, span, settings):
            continue
        # a disease named by its eponym alone takes no qualifiers ("an experimental Alzheimer's drug"),
        # so that the full name written elsewhere is chosen ("mild to moderate Alzheimer's disease")
        eponym = _EPONYM.fullmatch(span.text.replace(RIGHT_QUOTE, "'"))
        start = span.start if eponym else _modifiers_start(doc, span, settings)
        phrase = clean(span_text(doc[start:span.end]))
        words = phrase.split()
        head = _key(phrase.split(" of ")[0].split()[-1], settings)  # the head word's key: "cancer" of "breast cancer"
        weight, rule = _weighed(text, doc[start].idx, settings, span.end_char)
        places.append((doc[start].idx, span.end_char, rule))
        if len(words) == 1 and head in last_specific:  # "the cancer" after "breast cancer"
            mentions.append((last_specific[head], phrase, weight))
            continue
        if len(words) > 1:
            last_specific[head] = _key(phrase, settings)
        mentions.append((_key(phrase, settings), phrase, weight))
    adjectives = _condition_adjectives(settings.condition_adjectives)
    people = _adjective_people(settings.condition_adjectives, settings.condition_adjective_nouns)
    for start, _, _ in _adjectives(settings.condition_adjectives).finditer(text):  # the adjective first: most texts have none
        match = people.match(text, start)
        if match and not heading_sentence(doc, sent(doc.char_span(match.start(), match.end(), alignment_mode="expand"))):
            disease = adjectives[match.group(1).lower()]
            mentions.append((_key(disease, settings), clean(match.group()), settings.population_weight))
            places.append((match.start(), match.end(), "condition:people-adjective"))
    heads: dict[str, tuple[int, int] | None] = {}  # long form -> its first disease place: a short form comes back
    for short in spans(doc, "ABBREVIATION"):  # "IBS" is a mention of "irritable bowel syndrome"
        long_form = clean(short.label_)
        if long_form not in heads:
            heads[long_form] = next(iter(_condition_mentions(long_form, settings)), None) if long_form else None
        head = heads[long_form]
        if head and not long_form[head[0]].isupper() \
                and not heading_sentence(doc, sent(short)):
            group = _key(long_form, settings)
            if len(long_form.split()) == 1 and group in last_specific:  # "MM" for "myeloma" after "multiple myeloma"
                mentions.append((last_specific[group], "", _weight(text, short.start_char, settings, short.end_char)))
            else:
                mentions.append((group, long_form, _weight(text, short.start_char, settings, short.end_char)))
            places.append(None)  # the short form's words are not the long form's phrase
    return mentions


def _general(group: str, mentions: list[tuple[str, str, int]], settings: Settings = DEFAULTS) -> bool:
    """A disease key that names a class of diseases: a general MeSH heading ("neoplasms",
    "genetic diseases, inborn": less than ``specific_disease_depth`` levels deep)."""
    if not group.startswith("mesh:"):
        return False
    for key, phrase, _ in mentions:  # the depth of a phrase the key is the heading of (not "cancer" for "prostate cancer")
        found = disease_vocab.heading_of(phrase) if key == group and phrase else None
        if found is not None and "mesh:" + found[0] == group:
            return found[1] < settings.specific_disease_depth
    return False


def _chosen(mentions: list[tuple[str, str, int]], settings: Settings = DEFAULTS) -> str | None:
    """The phrase of the disease with the most weight."""
    totals: dict[str, int] = Counter()
    for group, _, weight in mentions:
        totals[group] += weight
    named = {g for g, phrase, _ in mentions if phrase}
    # A bare "disease", "infection" or "pain" is the trial's condition only when nothing more specific is named.
    bare = word_set(settings.condition_bare_words)
    named = {g for g in named if any(phrase and _group(phrase, settings) not in bare
                                     for group, phrase, _ in mentions if group == g)} or named
    def rank(g: str) -> tuple[int, int]:  # the most named, the first named among equals
        return totals[g], -next(i for i, m in enumerate(mentions) if m[0] == g)

    best = max(named, key=rank)
    if _general(best, mentions, settings):
        # "genetic diseases", "cancer": the class of the disease the article names precisely for the
        # trial's people ("born with severe combined immunodeficiency") gives way to that disease.
        precise = {g for g, _, weight in mentions if g in named and weight >= settings.population_weight
                   and g.startswith("mesh:") and not _general(g, mentions, settings)}
        if precise:
            best = max(precise, key=rank)
    # Of the spellings of the chosen disease ("prostate cancer", "prostate tumors"; not the bare
    # "cancer" that refers to it), the most named, the longer first.
    own = [phrase for group, phrase, _ in mentions if group == best and phrase and _key(phrase, settings) == best]
    spellings = Counter(_group(phrase, settings) for phrase in own)
    spelling = max(spellings, key=lambda g: (spellings[g], len(g.split()))) if spellings else None
    phrases = Counter(phrase for group, phrase, _ in mentions if group == best and phrase
                      and (spelling is None or phrase not in own or _group(phrase, settings) == spelling))
    # A bare head that refers back ("the infection", after "S. aureus infection") is no spelling of
    # the disease when the article writes the disease in full: the full phrase is the condition.
    # (Only the bare head gives way: the longer phrases are chosen among as before.)
    full = {p for p in phrases if p in own and len(p.split()) > 1 and _known_extent(p, settings)}
    if full:
        phrases = Counter({p: n for p, n in phrases.items() if len(p.split()) > 1})
    cued = {phrase for group, phrase, weight in mentions if group == best and weight == settings.population_weight}
    described = {p for p in phrases if _adjective_people(settings.condition_adjectives,
                                                         settings.condition_adjective_nouns).fullmatch(p)}
    phrases = Counter({p: n for p, n in phrases.items() if p not in described}) or phrases  # "depression", not "depressed patients"
    specific = Counter({p: n for p, n in phrases.items() if len(p.split()) > 1 and (n > 1 or p in cued)})
    phrases = specific or phrases  # "breast cancer", not the bare "cancer" that refers to it
    if not phrases:
        return None
    # A cued phrase named more than once, the most specific first ("triple-negative breast cancer"
    # before "breast cancer"), then the most frequent.
    return max(phrases, key=lambda p: (p in cued, phrases[p] > 1, len(p.split()), phrases[p]))


@cache
def _condition_adjectives(name: str = CONDITION_ADJECTIVES) -> dict[str, str]:
    """Each adjective of the table ``name`` that gives a disease, lower-cased, with its (first) disease."""
    return {adjective.lower(): disease for adjective, disease in load_mapping(name).items()}


@cache
def _adjectives(name: str = CONDITION_ADJECTIVES) -> WordListScanner:
    """The adjectives for people with a disease, as whole words, any case."""
    return WordListScanner(_condition_adjectives(name))


@cache
def _adjective_people(adjectives: str = CONDITION_ADJECTIVES, nouns: str = CONDITION_ADJECTIVE_NOUNS) -> re.Pattern[str]:
    """An adjective for people with a disease before a noun for people: "obese adults"."""
    return compile_pattern(rf"(?i)\b({alternation(_condition_adjectives(adjectives))})\s+(?:{alternation(load_lexicon(nouns))})\b")


def _key(phrase: str, settings: Settings = DEFAULTS) -> str:
    """A disease's key in the vote: the MeSH heading of the phrase, or of the longest spelling that
    ends it ("recent heart attack" and "myocardial infarction" -> "myocardial infarction";
    "unsightly acne" -> "acne vulgaris"), but a general heading ("neoplasms", "infections") only
    for the whole phrase without its grade words ("HER2-positive cancers" is not the bare
    "cancer"); else its :func:`_group`."""
    phrase = _GENUS_INITIAL.sub("", phrase)  # "M. tuberculosis infection" is keyed as "tuberculosis infection"
    phrase = phrase.replace(RIGHT_QUOTE, "'")  # "Alzheimer’s disease" is "Alzheimer's disease"
    if _EPONYM.fullmatch(phrase):  # "Alzheimer's" alone is "Alzheimer's disease"
        phrase = f"{phrase} {EPONYM_HEAD}"
    return _key_of(phrase, settings.disease_dictionary, settings.condition_grade_words,
                   settings.condition_generic_heads, settings.specific_disease_depth, settings.disease_key_words)


@lru_cache(maxsize=KEY_CACHE_SIZE)
def _key_of(phrase: str, dictionary: str, grade_words: str, generic_heads: str, depth: int, key_words: int) -> str:
    """:func:`_key` of the settings it reads (a phrase recurs within an article and across them)."""
    if dictionary:
        found = disease_vocab.heading_of(phrase)
        grades = word_set(grade_words)
        words = [word for word in phrase.split() if word.lower() not in grades]
        for first in range(len(words)):
            if found is not None:
                break
            found = disease_vocab.heading_of(" ".join(words[first:]))
            if found is not None and first > 0 and found[1] < depth:
                found = None  # a general heading qualified by words it does not know
        if found is not None:
            return "mesh:" + found[0]  # "monitor Alzheimer's disease": the spelling that ends it
        if len(words) > 1 and words[-1].lower() in word_set(generic_heads):
            # "tuberculosis infection": keyed as "tuberculosis"
            return _key_of(" ".join(words[:-1]), dictionary, grade_words, generic_heads, depth, key_words)
    return _group_of(phrase, grade_words, generic_heads, key_words)


def _group(phrase: str, settings: Settings = DEFAULTS) -> str:
    """A disease's key: its last two words without grades ("advanced breast cancers" -> "breast
    cancer"), or the word before a generic head ("tuberculosis infection" -> "tuberculosis")."""
    return _group_of(phrase, settings.condition_grade_words, settings.condition_generic_heads,
                     settings.disease_key_words)


@lru_cache(maxsize=KEY_CACHE_SIZE)
def _group_of(phrase: str, grade_words: str, generic_heads: str, key_words: int) -> str:
    """:func:`_group` of ``phrase`` with the settings it reads (kept per phrase: a doc names its
    diseases again and again, and hashing the whole settings costs as much as the key)."""
    phrase = phrase.lower().replace("\u2019", "'").split(" of ")[0]  # "retinopathy of prematurity"
    words = [w for w in phrase.split() if w not in word_set(grade_words)]
    words = [_PLURAL_S.sub("", w) for w in words] or [phrase.lower()]
    if len(words) > 1 and words[-1] in word_set(generic_heads):
        return words[-2]
    return " ".join(words[-key_words:])


#: The word after a mention, read for a noun for the participants (``melanoma patients``).
_NEXT_WORD = compile_pattern(r"\s+([A-Za-z]+)")


def _weight(text: str, start: int, settings: Settings = DEFAULTS, end: int | None = None) -> int:
    """A mention's weight (:func:`_weighed`)."""
    return _weighed(text, start, settings, end)[0]


def _weighed(text: str, start: int, settings: Settings = DEFAULTS, end: int | None = None) -> tuple[int, str]:
    """A mention's weight by the cue before it ("patients with", "the risk of"), or by a people noun
    after it when ``end`` is given ("melanoma patients"), with the rule that read it
    (:data:`_CONDITION_RULES`), so that two equal weights keep their own rules."""
    after = _NEXT_WORD.match(text, end) if end is not None else None
    if after is not None and after.group(1).lower() in word_set(settings.condition_people_after):
        return settings.population_weight, _CONDITION_RULES["people-after"]
    before = text[max(0, start - settings.cue_window):start]
    population = _cue_regex(settings.condition_cues).search(before)
    outcome = _cue_regex(settings.condition_outcome_cues).search(before)
    if outcome and (not population or outcome.start() <= population.start()):
        return settings.outcome_weight, _CONDITION_RULES["outcome"]
    if population:
        return settings.population_weight, _CONDITION_RULES["population"]
    return settings.plain_weight, _CONDITION_RULES["plain"]


def _in_proper_name(doc: Doc, head: Span, settings: Settings = DEFAULTS) -> bool:
    """A capitalised disease word inside a name: "Centers for Disease Control", "National Cancer
    Institute", "Institute of Neurological Disorders and Stroke"."""
    if not head[0].is_title or head[0].is_sent_start:
        return False
    after = doc[head.end] if head.end < len(doc) else None
    before = doc[head.start - 1] if head.start > 0 else None
    return bool((after is not None and after.is_title) or (before is not None and before.is_title)
                or (before is not None and before.lower_ in word_set(settings.name_connectors) and head.start > 1
                    and doc[head.start - 2].is_title))


def _modifiers_start(doc: Doc, head: Span, settings: Settings = DEFAULTS) -> int:
    """Walk left over the words that qualify a condition: ``moderate to severe ulcerative``,
    ``high-risk multiple``, ``advanced renal cell``."""
    start = head.start
    first = sent(head).start
    floor = max(first, head.start - settings.max_modifiers)
    not_modifiers = _not_modifiers(settings.not_condition_modifiers)
    while start > floor:
        token = doc[start - 1]
        if token.text == "-" and not token.whitespace_ and start - 2 >= first \
                and _HYPHEN_PART.fullmatch(doc[start - 2].text) and not doc[start - 2].whitespace_:
            start -= 2  # "HER2-positive", "moderate-to-severe", "non-24-hour": one word, however many tokens
            floor = max(first, floor - 2)
        elif token.text == "-" and not token.whitespace_:
            start = min(start + 1, head.start)  # "10-year": the word after a number's hyphen is no qualifier
            break
        elif token.text == "+" and start - 2 >= first and not doc[start - 2].whitespace_ \
                and doc[start - 2].is_upper and _HYPHEN_PART.fullmatch(doc[start - 2].text):
            start -= 2  # "HER2+ breast cancer": a marker's sign is part of its word
        elif _INITIAL.match(token.text) and start < head.start and doc[start].is_lower and doc[start].is_alpha:
            start -= 1  # "C. difficile infections", "S. aureus infection": an organism's genus cut to its initial
            # (not "M. tuberculosis" alone: the organism, not a disease of it)
        elif token.like_num and start - 2 >= floor and doc[start - 2].lower_ == "type":
            start -= 2  # "type 2 diabetes"
        elif token.lower_ in _POSSESSIVE and start - 2 >= floor and doc[start - 2].is_title:
            start -= 2  # "Crohn's disease"
        elif token.lower_ == "to" and start - 2 >= floor and doc[start - 2].lower_ in word_set(settings.condition_severity_words):
            start -= 2
        elif token.lower_ in _COORDINATORS and start - 2 >= floor and doc[start - 2].is_alpha and doc[start - 2].is_lower \
                and not doc[start - 2].is_stop and doc[start - 2].lower_ not in not_modifiers \
                and not _no_qualifier(doc[start - 2].text) \
                and not ((doc[start - 2].lower_ in word_set(settings.condition_bare_words)
                          or doc[start - 2].lower_ in word_set(settings.condition_heads))
                         and "a" not in wordclass.classes(doc[start - 2].lower_)):
            start -= 2  # "obese or overweight adults"; not "bipolar illness and depression": a disease noun ends a name
        elif token.is_alpha and not token.is_stop and token.lower_ not in not_modifiers \
                and (token.is_lower or token.is_upper) and not _no_qualifier(token.text):
            start -= 1
        else:
            break
    participles = word_set(settings.condition_participles)
    while start < head.start and _PARTICIPLE.match(doc[start].text) and doc[start].text not in participles \
            and not (start > 0 and doc[start - 1].text == "-") \
            and not (doc[start + 1].text == "-" and not doc[start].whitespace_):  # "smoking-induced": one word
        start += 1  # "rated pain", "received depression": the sentence's verb, not the disease's
    return start


#: Words that take a number or numeral after them in a disease's name: "type 2", "stage IV".
_NUMBERED = ("type", "stage", "grade", "class")


@cache
def _qualifier_words(grade: str, severity: str, participles: str) -> frozenset[str]:
    """The words a disease is known to take before its head (the lexicons ``grade``, ``severity``
    and ``participles``, the coordinators and "to"), joined once."""
    return word_set(grade) | word_set(severity) | word_set(participles) | frozenset(_COORDINATORS) | {"to"}


def _known_extent(phrase: str, settings: Settings = DEFAULTS) -> bool:
    """Whether every word before a disease's head is one a disease is known to take: a grade,
    stage, severity or course (``condition_grade_words.txt``, ``condition_severity_words.txt``,
    ``condition_participles.txt``), a hyphenated qualifier ("HER2-positive", "treatment-resistant"),
    a marker or numeral in capitals or digits ("SIJ", "IV", "2"), a numbered word ("type", "stage"),
    an organism's genus cut to its initial with its species ("S. aureus"), or words that make a
    spelling of the disease dictionary with the head ("skin cancer", "Merkel cell carcinoma").
    A free word the walk took ("interrupt pain", "deadly cancer") is not."""
    words = phrase.split(" of ")[0].split()
    known = _qualifier_words(settings.condition_grade_words, settings.condition_severity_words,
                             settings.condition_participles)
    endings = word_set(settings.condition_hyphen_endings)
    if not words or words[-1].isupper():
        return False  # a disease in shouted capitals ("AT A GLANCE AUTISM"): a heading, not a qualified name
    rest: list[str] = []
    for i, word in enumerate(words[:-1]):
        lower = word.lower()
        if lower in known or ("-" in word and lower.rsplit("-", 1)[1] in endings) or "+" in word \
                or (any(c.isdigit() or c.isupper() for c in word[1:]) and not _shouted_word(word)) \
                or lower in _NUMBERED or _INITIAL.match(word) \
                or (i > 0 and _INITIAL.match(words[i - 1])):
            if rest:
                return False  # a known word after free ones: "deadly metastatic cancer"
            continue
        rest.append(word)
    return not rest or disease_vocab.heading_of(" ".join(rest + words[-1:])) is not None


def _shouted_word(word: str, min_letters: int = SHOUTED_WORD_LETTERS) -> bool:
    """An English word written in capitals ("GLANCE" of "AT A GLANCE"), not a marker ("HER2", "SIJ")."""
    return word.isalpha() and word.isupper() and len(word) >= min_letters and wordclass.listed(word.lower())


def _no_qualifier(word: str) -> bool:
    """A word that never qualifies a disease, whatever list it is missing from: a closed-class word
    ("greater", "fewer": a comparison) or a word that can only be a verb ("to provide newly
    diagnosed myeloma", "help reduce pain"); a participle is read by ``condition_participles.txt``."""
    if word.isupper():
        return False  # "HER2", "SIJ": a name
    found = wordclass.classes(word)
    return wordclass.is_function_word(word) or found == {wordclass.VERB}


#: The state key of the trial's evidence (``record.TrialEvidence``), which the assembler puts in ``trial.evidence``.
TRIAL_EVIDENCE = "trial_evidence"


def extract(doc: Doc, settings: Settings = DEFAULTS) -> None:
    data = state(doc)
    arms = data.get("arms", [])
    registry: dict[str, dict] = {}
    for span in spans(doc, "REGISTRY"):
        registry.setdefault(re.sub(r"(?i)^EudraCT(?:\s+(?:No\.?|number))?:?\s*", "", span.text),
                            evidence(span))
    named = name_found(doc, {a["label"] for a in arms}, settings)
    staged = phase_found(doc, settings)
    designed = design_found(doc, arms, settings)
    disease = condition_found(doc, settings)
    data["trial"] = {
        "name": named[0] if named else None,
        "registry_ids": list(registry),
        "phase": staged[0] if staged else None,
        "design": list(designed),
        "condition": disease[0] if disease else None,
    }
    data[TRIAL_EVIDENCE] = {
        "name": evidence(named[1], rule=named[2]) if named else None,
        "registry_ids": registry,
        "phase": evidence(staged[1]) if staged else None,
        "design": designed,
        "condition": disease[1] if disease else None,
    }
