"""The publication the article cites: a reference line, or the journal, authors and title named in the story.

In prose, a citation is the journal named where the story says the trial was published ("published
online in JAMA Oncology", "appears in the March issue of X", "a report in X", "the journal X"), its
year where that sentence dates it, the paper's lead author where the story calls someone an author
("said Dr. Jane Smith, the study's lead author", "first author X", "study co-author X"), the co-authors
a sentence lists ("Co-authors include A, B and C", "Other authors of the study were A, Ph.D., of X;
and B", "A and B co-authored the study"; ``patterns/coauthor_cues.json``), and a title given in
quotes ("the study is titled ..."). Only a person the story calls an author is one: a study's
leader ("lead researcher X", "a team led by X"), a person named with their colleagues ("X and
colleagues") and an investigator are not (the news-dev gold's style). A lead author alone leaves
et_al unknown (null), even beside "X and colleagues" or "X's team" (a team is not the byline); a
first, co-, senior author, "X and her co-authors" or "the other authors" beside an author set it.
A journal named for another study, or a meeting, is not this trial's citation.

Each value's evidence goes to the state's ``citation_evidence`` (the record's ``citation.evidence``):
its words inside the place it was read (the reference line, with the reader that read it; the
journal's name and the year's words in the prose; the quoted title; the DOI; a prose author's
first place in the text), or its rule alone where it has no words of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..reading.doctext import span_text, text_of
from ..normalize import parse_date
from ..record import CitationEvidence, surname_and_initials
from ..resources import load_json, load_lexicon, word_set
from ..scanning import (CASE_EXCEPTION, WHITE_SPACE_RUN, GatedPattern, PrefixScanner, Scanner, alternation, compile_pattern,
                        fast_scanner, spaced_words_end, word_boundary, word_character)
from .common import TEXT_LOWER, clean, evidence, dated_study, dated_words, heading_sentence, sent, spans, state
from .dates import ISSUE_DATE_CUES, MONTHS, WEEKDAYS, issue_date, months_alternation as _months
from . import author_lists, references
from .references import ACADEMIC_DEGREES, JOURNAL_NAME_JOINERS, JOURNAL_TITLE_WORDS, LINE, ORGANISATION_HEADS, journals_agree

_AUTHOR = compile_pattern(r"[A-Z][A-Za-z'\u2019-]+ [A-Z]{1,3}")
#: A year written beside the journal: "in 2016", "the 2016 issue".
_YEAR = compile_pattern(r"\b(?:19|20)\d{2}\b(?![-\u2013]\d)")
#: A token that is a year of this century or the last.
_YEAR_TOKEN = compile_pattern(r"(?:19|20)\d{2}")
#: An initial, with or without its full stop.
_INITIAL = compile_pattern(r"[A-Z]\.?")
#: A word of a name (``O'Neill``, ``Smith-Jones``).
_NAME_WORD = compile_pattern(r"[\w'\u2019-]+")
_ARTICLE = compile_pattern(r"(?i)^the\s+")
#: An organisation whose name holds a journal's ("the Institute of Cancer Research").
_ORGANISATION_OF = compile_pattern(r"\b[A-Z][a-z]+\s+(?:of|for)\s+(?:the\s+)?$")
#: The fewest words of a person's name read before an author role ("Jane Smith"; a surname alone
#: is resolved separately).
MIN_NAME_WORDS = 2
#: The most years between the paper's year in the prose and a reference's (online first, then in print).
MAX_YEAR_GAP = 1
#: Characters after a journal's name within which a bare year dates the publication ("X in 2016", "X, 2016").
YEAR_WINDOW = 40

#: Characters before a journal's name read for the words that introduce it ("published online in the").
INTRO_WINDOW = 25
#: Characters after an author role read for the person's name ("lead author, Dr. Jane Smith").
NAME_AFTER_WINDOW = 60
#: Tokens read after a publication verb for the journal's name ("published online ahead of print
#: on Tuesday, March 3, in the current issue of the journal X": the fillers and the name).
SLOT_WINDOW = 24
#: The most tokens of a journal's name read from a publication slot ("Journal of Physical Therapy
#: Science in Motion and Rehabilitation" is long; a run longer than this is a heading, not a name).
SLOT_NAME_TOKENS = 10
#: A link glued to the end of a DOI by a text conversion.
_GLUED_LINK = compile_pattern(r"(?i)(?:https?:|www\.)")
#: The words before a title glued to its opening quote in one token ('entitled,"Title'), which a
#: span widened to whole tokens takes in.
_GLUED_OPENING = compile_pattern(r"^\S*?[\"\u201c](?=\S)")
#: A year in parentheses right after a journal's name, as a reference writes it ("X (2017), doi: ...").
_CITED_YEAR = compile_pattern(r"[ \t]*\((?P<year>(?:19|20)\d{2})\)")
#: A footnote number glued to a name's last word ("Journal of Nutrition.3").
_FOOTNOTE = compile_pattern(r"(?<=[a-z])\.\d{1,3}$")
#: The label of an item of a numbered list of references at a line's start: "1. ", "[2] ", "iii ",
#: "iv) " (the micro-syntax of list numbers), before a capitalised word.
_LIST_ITEM = compile_pattern(r"^[ \t]*(?:\[?\d{1,2}[.)\]]|[ivx]{1,5}[.)]?)[ \t]+[A-Z]")
#: Items a list of references has at least before it is a list (one numbered line is a citation).
MIN_LISTED_REFERENCES = 2

#: Small words that put a capitalised name in a phrase ("chair of Orthopaedic Surgery"): not a role's words.
_FUNCTION_WORDS = "of|for|at|in|with|from|to|the|and|on|within"
#: Lower-case words of a second role between an author role and the name ("lead author and general
#: surgery resident Jane Smith").
MAX_ROLE_WORDS = 5
#: Characters of an affiliation between a name and the comma before its role ("Jane Smith from the
#: Dental Institute at Lake College, the lead author").
AFFILIATION_CHARS = 80

#: Characters between a role and the name before it ("Jane Smith, a professor of ... and the lead author").
APPOSITION_WINDOW = 200

# The shape of a person's name (a given name, initials or a middle name, a surname with its
# Mc/Mac/O' capitals and hyphen): the micro-syntax of names, not a word list.
_UPPER, _LOWER = r"[A-Z\u00c0-\u00de]", r"[a-z\u00df-\u00ff]"
_GIVEN = rf"{_UPPER}{_LOWER}+(?:{_UPPER}{_LOWER}+)?(?:-{_UPPER}?{_LOWER}+)?"  # "JoAnn", "Mary-Kate", "Huei-yu"
_SURNAME = rf"(?:{_UPPER}['\u2019])?{_UPPER}{_LOWER}+(?:{_UPPER}{_LOWER}+)?(?:-{_UPPER}{_LOWER}+(?:{_UPPER}{_LOWER}+)?)?"
#: A given name (a first initial before it optional), then initials, or up to :data:`MAX_MIDDLE_NAMES` middle names ("Mario Philip Reyes
#: Festin"), then the surname.
MAX_MIDDLE_NAMES = 2
#: A middle initial may be written without its full stop ("Evan A Stein").
_INITIALS = rf"(?:\s+(?:{_UPPER}\.\s*|{_UPPER}\s+)+)"
#: A given name may follow a first initial ("C. Neill Epperson").
_PERSON = rf"(?:{_UPPER}\.\s+)?{_GIVEN}(?:{_INITIALS}|(?:\s+{_GIVEN}){{1,{MAX_MIDDLE_NAMES}}}\s+|\s+){_SURNAME}"

#: The words of a person's full name before a surname the story also gives alone ("Dr. G. Paul
#: Roe" for "Roe"): a first initial, a given name, then initials or a middle name.
_FULL_NAME_BEFORE_SURNAME = rf"(?:{_UPPER}\.\s+)?{_GIVEN}(?:{_INITIALS}|\s+{_GIVEN}\s+|\s+)"

#: The word lists of the citation fact (``patterns/``), by the setting that names them.
JOURNAL_INTRO_WORDS = "journal_intro_words.txt"
JOURNAL_DESCRIPTORS = "journal_descriptors.txt"
EARLIER_PAPER_TIMES = "earlier_paper_times.txt"
EARLIER_PAPER_CUES = "earlier_paper_cues.txt"
AFFILIATION_PREPOSITIONS = "affiliation_prepositions.txt"
AUTHOR_ROLES = references.AUTHOR_ROLES
PUBLICATION_CUES = "publication_cues.txt"
OTHER_STUDY_CUES = "other_studies.tsv:journal"
#: Phrases that point at the paper the story reports ("this new study"): a journal named after one,
#: later than a cue of another study in its sentence, is this paper's.
THIS_PAPER_REFERENCES = "this_paper_references.txt"
OTHER_PAPER_ADJECTIVES = "other_paper_adjectives.txt"
THIS_PAPER_ADJECTIVES = "this_paper_adjectives.txt"
DATED_STUDY_NOUNS = "dated_study_nouns.txt"
MEETING_WORDS = "meeting_words.txt"
#: The nouns of a meeting's name (``patterns/meeting_nouns.txt``, included in meeting_words.txt).
MEETING_NOUNS = "meeting_nouns.txt"
SLOT_VERBS = "publication_slot_verbs.txt"
SLOT_FILLERS = "publication_slot_fillers.txt"
NOT_JOURNAL_NAMES = "not_journal_names.txt"
TRIAL_WORDS = "trial_words.txt"
YEAR_GAP_WORDS = "year_gap_words.txt"
TEAM_WORDS = references.TEAM_WORDS
OTHER_PAPER_NOUNS = "other_paper_nouns.txt"
COAUTHOR_CUES = "coauthor_cues.json"
TWO_WORD_PLACES = "two_word_places.txt"
AFFILIATION_BEFORE_JOURNAL = "affiliation_before_journal.txt"
FIELD_PEOPLE_NOUNS = "field_people_nouns.txt"
#: The words before the last subject a journal's name lists ("Nutrition and Metabolism").
JOURNAL_LIST_JOINERS = "journal_list_joiners.txt"
#: Characters of an affiliation or apposition after a listed co-author ("Jane Smith, PhD, of the
#: University of X, San Y, and ...") read for the separator before the next name.
COAUTHOR_AFFILIATION_CHARS = 120
#: A generation after a name: "John Smith Jr.", "John Smith, Jr.", "John Smith III".
_GENERATION = r"(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV)\b)"
#: What separates two names of a list: a comma or semicolon (Oxford "and" optional), or "and".
_LIST_SEPARATOR = compile_pattern(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
#: What opens an affiliation or apposition after a listed name: "of X", "from X", ", a professor at X".
_LISTED_AFFILIATION = compile_pattern(r",?\s+(?:also\s+)?(?:of|from|at|with)\s+|,\s+(?:a|an|the|who|both|all)\s+")
#: A short aside in brackets after a listed name ("Jane Smith and Ali Khan (lead co-authors) and Bo Li").
_NAME_ASIDE = compile_pattern(r"\s*\([^()\n]{1,40}\)")
#: The most words before a post's noun in an apposition after a listed name ("associate director",
#: "epidemiology graduate student").
MAX_POST_WORDS = 2


@cache
def _post_after_name(roles: str = AUTHOR_ROLES) -> re.Pattern[str]:
    """A post after a listed name and a comma, any case ("Jane Smith, MD, associate director of X,
    and Ali Khan", "Jane Smith, Professor of Pediatrics, and Ali Khan"; ``posts`` of
    ``author_roles.json``): an apposition, as an affiliation is."""
    return compile_pattern(rf"(?i),\s+(?:[a-z-]+\s+){{0,{MAX_POST_WORDS}}}(?:{alternation(_roles(roles)['posts'])})\b")


#: An affiliation after a listed name and a bare comma ("Jane Smith, MGH Radiation Oncology; ..."):
#: read only up to a semicolon before the next name, or to the end of the list.
_BARE_AFFILIATION = compile_pattern(r",\s+(?=[A-Z])")
#: A degree the lexicon does not list, by its shape: capitals ("MSCE", "MHCDS"), capitals with a
#: lower-case inside ("PharmD", "ScD"), or letters with full stops ("M.H.C.D.S."); the comma optional.
#: Capitals before a capitalised word are an organisation's short name before its department
#: ("Jane Smith, MGH Immunobiology"), not a degree.
_DEGREE_SHAPE = r"(?:,?\s+(?:[A-Z][A-Za-z]{0,4}[A-Z]|(?:[A-Z]\.){2,6})(?![\w'\u2019-])(?!\s+[A-Z][a-z]))"
#: A listed name may write its initials without full stops ("Sarah J Zyba").
#: A particle may open the surname, lower-case or capitalised ("Hans von Berg", "Linda V. Van Horn";
#: ``surname_particles.txt``).
_LISTED_PARTICLE = references.PARTICLE_ANY_CASE
#: A listed surname may hold an apostrophe before a run of small letters ("Il'yasova"; a possessive
#: "'s" is not one).
_LISTED_SURNAME = rf"{_SURNAME}(?:['\u2019]{_LOWER}{{2,}})?"
#: A listed name may also open with its initials, a given name after them optional, as a
#: journal's byline writes it ("T.A. Kalajian", "T. J. Berg", "R.K. Subbarao Malireddi", "A. Aldoukhi").
_LISTED_NAME = rf"(?:(?:{_UPPER}\.\s+)?{_GIVEN}(?:\s+(?:{_UPPER}\.\s*|{_UPPER}\s+)+|(?:\s+{_GIVEN}){{1,{MAX_MIDDLE_NAMES}}}\s+|\s+)" \
               rf"|(?:{_UPPER}\.-?\s?){{1,3}}\s*(?:{_GIVEN}\s+)?)(?:(?:{_LISTED_PARTICLE})\s+)?{_LISTED_SURNAME}"


@dataclass(frozen=True)
class Settings(references.Settings):
    """The settings of the citation fact: the ``trialnews_citation`` component's config (the
    settings of reading a reference line, :class:`trialnews.facts.references.Settings`, first)."""

    #: The fewest words of a person's name read before an author role.
    min_name_words: int = MIN_NAME_WORDS
    #: The most years between the paper's year in the prose and a reference's (online first, then in print).
    max_year_gap: int = MAX_YEAR_GAP
    #: Characters after a journal's name within which a bare year dates the publication.
    year_window: int = YEAR_WINDOW
    #: Characters before a journal's name read for the words that introduce it.
    intro_window: int = INTRO_WINDOW
    #: Characters after an author role read for the person's name.
    name_after_window: int = NAME_AFTER_WINDOW
    #: Tokens read after a publication verb for the journal's name.
    slot_window: int = SLOT_WINDOW
    #: The most tokens of a journal's name read from a publication slot.
    slot_name_tokens: int = SLOT_NAME_TOKENS
    #: Lower-case words of a second role between an author role and the name.
    max_role_words: int = MAX_ROLE_WORDS
    #: Characters of an affiliation between a name and the comma before its role.
    affiliation_chars: int = AFFILIATION_CHARS
    #: Characters between a role and the name before it.
    apposition_window: int = APPOSITION_WINDOW
    #: Lexicons: months and weekdays, the words that date a journal's sentence by the article's
    #: date ("this week's issue"), that introduce a journal ("published in"), that describe one
    #: ("medical journal"), that date an earlier paper ("last year"), the prepositions of an
    #: affiliation, the author roles (JSON), publication cues, cues of another study, the nouns of
    #: a dated study ("a 2008 report"), meeting words, the verbs and fillers of a publication
    #: slot, the words of a journal's title, names that are no journal's, organisations' heads, the
    #: words that name a trial (a name ending in one is a trial's, not a journal's),
    #: the words between a journal and its year, and a team's words ("and colleagues").
    months: str = MONTHS
    weekdays: str = WEEKDAYS
    issue_date_cues: str = ISSUE_DATE_CUES
    journal_intro_words: str = JOURNAL_INTRO_WORDS
    journal_descriptors: str = JOURNAL_DESCRIPTORS
    earlier_paper_times: str = EARLIER_PAPER_TIMES
    #: Words before a journal's name in its sentence that put its paper before the trial's
    #: ("previously published in X").
    earlier_paper_cues: str = EARLIER_PAPER_CUES
    affiliation_prepositions: str = AFFILIATION_PREPOSITIONS
    author_roles: str = AUTHOR_ROLES
    publication_cues: str = PUBLICATION_CUES
    other_study_cues: str = OTHER_STUDY_CUES
    this_paper_references: str = THIS_PAPER_REFERENCES
    #: Adjectives that put "a ... study" before or beside the story's ("an earlier, larger study").
    other_paper_adjectives: str = OTHER_PAPER_ADJECTIVES
    #: Adjectives that make "a ... study" the story's own ("a new study").
    this_paper_adjectives: str = THIS_PAPER_ADJECTIVES
    dated_study_nouns: str = DATED_STUDY_NOUNS
    meeting_words: str = MEETING_WORDS
    meeting_nouns: str = MEETING_NOUNS
    slot_verbs: str = SLOT_VERBS
    slot_fillers: str = SLOT_FILLERS
    not_journal_names: str = NOT_JOURNAL_NAMES
    trial_words: str = TRIAL_WORDS
    year_gap_words: str = YEAR_GAP_WORDS
    team_words: str = TEAM_WORDS
    #: Papers of another kind whose journal is no citation of the trial ("an editorial in X").
    other_paper_nouns: str = OTHER_PAPER_NOUNS
    #: The cues of co-authors listed in prose ("Co-authors include A, B and C"; JSON).
    coauthor_cues: str = COAUTHOR_CUES
    #: Places that look like a person's name ("United Kingdom"), never a listed co-author.
    two_word_places: str = TWO_WORD_PLACES
    #: Characters of a listed co-author's affiliation read for the next name.
    coauthor_affiliation_chars: int = COAUTHOR_AFFILIATION_CHARS
    #: The words of a post or a department before a subject that is no journal ("professor of").
    affiliation_before_journal: str = AFFILIATION_BEFORE_JOURNAL
    #: Nouns for people of a field that end a journal's listed subjects before them ("Medicine experts").
    field_people_nouns: str = FIELD_PEOPLE_NOUNS
    #: The fewest names opening an unlabelled reference line and a meeting abstract's author line,
    #: and the most characters of such a line (``author_lists.py``, built by ``author_lists.of``).
    min_reference_authors: int = author_lists.MIN_REFERENCE_AUTHORS
    min_abstract_authors: int = author_lists.MIN_ABSTRACT_AUTHORS
    max_reference_chars: int = author_lists.MAX_REFERENCE_CHARS


DEFAULTS = Settings()


def _phrases(name: str) -> str:
    """An alternation of a lexicon of phrases, a space in an entry standing for any whitespace."""
    return alternation(load_lexicon(name)).replace(r"\ ", r"\s+")


@cache
def _reference(months: str = MONTHS) -> re.Pattern[str]:
    """A reference line: "Smith J, Doe A, et al. Title of the paper. Journal Name. Mar 2010"."""
    return compile_pattern(r"^(?P<authors>.+?)(?P<etal>,? et al)?\.\s+(?P<title>.+?[.?!])\s+(?P<journal>[A-Z][^.]*?)\.?\s+"
                           rf"(?:{_months(months)}[a-z]*\.?\s+(?:\d{{1,2}},?\s+)?)?"
                           r"(?P<year>(?:19|20)\d{2})\b")


@cache
def _journal_intro(name: str = JOURNAL_INTRO_WORDS) -> re.Pattern[str]:
    """The words that introduce a journal's name: "in the", "the journal", "issue of"."""
    return compile_pattern(rf"(?i)\b{alternation(load_lexicon(name))}\s+(?:the\s+)?(?:journal\s+)?$")


@cache
def _journal_word(name: str = JOURNAL_DESCRIPTORS) -> re.Pattern[str]:
    """ "the Lancet medical journal" is the Lancet."""
    return compile_pattern(rf"\s+(?:{alternation(load_lexicon(name))}\s+)?journal$")


@cache
def _earlier_after(name: str = EARLIER_PAPER_TIMES) -> re.Pattern[str]:
    """Words right after a journal's name that date another, earlier paper: "published in JAMA last
    year", "in the Lancet two years ago"."""
    return compile_pattern(rf"(?i)^\W*(?:(?:in|on)\s+)?(?:{_phrases(name)}|\w+\s+years?\s+ago)\b")


@cache
def _earlier_before(name: str = EARLIER_PAPER_CUES) -> re.Pattern[str]:
    """Words right before a journal's name that put its paper before the trial's: "studies, which
    were previously published (online) in (the) (AACR) (journal) X" (the cue in the name's own slot, not
    anywhere earlier: "results, previously reported at a meeting, are now published in X" is the trial's)."""
    return compile_pattern(rf"(?i)\b(?:{_phrases(name)})\s+(?:online\s+)?in\s+(?:the\s+)?(?:(?:\S+\s+)?journal\s+)?$")


@cache
def _degrees(name: str = ACADEMIC_DEGREES) -> str:
    """Degrees after a name (", MD, PhD"), each "." of an entry optional."""
    degrees = (re.escape(entry).replace(r"\.", r"\.?") for entry in load_lexicon(name))
    return rf"(?:,\s*(?:{'|'.join(degrees)}))*"


@cache
def _degrees_after_name(name: str = ACADEMIC_DEGREES) -> re.Pattern[str]:
    """The degrees after a listed name: the lexicon's (", MD, PhD"), then one of a degree's shape
    (" PharmD", ", MSCE"); compiled once, not per list read."""
    return compile_pattern(rf"{_degrees(name)}(?!\w){_DEGREE_SHAPE}?")


@cache
def _affiliation(name: str = AFFILIATION_PREPOSITIONS) -> str:
    """The prepositions that put a name in an affiliation: "a professor at", "from"."""
    return alternation(load_lexicon(name))


@cache
def _roles(name: str = AUTHOR_ROLES) -> dict:
    """The author roles of ``name``, its ``titles_before_name`` with its ``@include FILE`` entries
    replaced by the titles of that word list (``plural_titles.txt``: ``drs``), each capitalised,
    with and without its full stop (``Drs.``, ``Drs``)."""
    roles = load_json(name)
    titles: list[str] = []
    for title in roles["titles_before_name"]:
        head, _, included = title.partition(" ")
        if head == "@include":
            titles.extend(form for word in load_lexicon(included.strip())
                          for form in (f"{word.capitalize()}.", word.capitalize()))
        else:
            titles.append(title)
    return {**roles, "titles_before_name": titles}


@cache
def _role_regex(name: str = AUTHOR_ROLES) -> re.Pattern[str]:
    roles = _roles(name)
    phrases = {*roles["first_named"], *roles["shared_first"], *roles["with_others"], *roles["last_named"], *roles["plain"]}
    return compile_pattern(rf"(?i)\b(?:{alternation(sorted(phrases))})\b")


@cache
def _role_scanner(name: str = AUTHOR_ROLES) -> GatedPattern:
    """:func:`_role_regex`, tried only where a role's first words stand (asked of every doc)."""
    return GatedPattern(_role_regex(name), lower=TEXT_LOWER)


@cache
def _title_regex(roles: str = AUTHOR_ROLES) -> str:
    return rf"(?:(?:{alternation(_roles(roles)['titles_before_name'])})\s+)?"


@cache
def _name_after(roles: str = AUTHOR_ROLES, max_role_words: int = MAX_ROLE_WORDS) -> re.Pattern[str]:
    # "lead author Dr. Jane Smith", "first author is Jane Smith", "the lead author, Dr. Jane Smith"
    # "lead author Dr. Ana Di Marco of X, said": no name cut short before a capitalised word ("Ana Di")
    # "lead author and orthopaedic surgeon David Jones": a role, then lower-case words of another role
    # ("senior author and a Lake Scholar in X": an article opens a description, not a role before a name)
    return compile_pattern(rf"^(?:\s+(?:of|on)\s+(?:the|this)\s+(?:new\s+)?(?:[\w'\u2019-]+\s+){{0,3}}?(?:{alternation(load_lexicon(DATED_STUDY_NOUNS))})(?=,|\s+(?:is|was)\s))?"
                           rf"(?:,\s*|\s+(?:is|was)\s+|\s+and\s+(?:(?!(?:{_FUNCTION_WORDS}|a|an)\b)[a-z][\w'\u2019-]*,?\s+){{1,{max_role_words}}}?|\s+)"
                           rf"(?:{_institution_before_title(roles)}{_title_regex(roles)})(?P<name>{_PERSON})\b(?!\s+(?:of|at)\b[^,]*,|[ \t]+[A-Z][a-z])")


#: The most capitalised words of an institution written between an author role and the person's
#: title ("lead author UNSW Professor Jane Smith", "first author Lake University Dr. Ali Khan").
MAX_INSTITUTION_WORDS = 3


@cache
def _institution_before_title(roles: str = AUTHOR_ROLES) -> str:
    """An institution's capitalised words before a person's title, read only where a title follows."""
    titles = alternation(_roles(roles)["titles_before_name"])
    return rf"(?:(?:[A-Z][\w&'\u2019-]*\s+){{1,{MAX_INSTITUTION_WORDS}}}(?=(?:{titles})\s))?"


@cache
def _name_before(roles: str = AUTHOR_ROLES, degrees: str = ACADEMIC_DEGREES,
                 affiliation_chars: int = AFFILIATION_CHARS) -> re.Pattern[str]:
    # "Jane Smith, MD, a professor of medicine at X and the study's lead author"
    # "Jane Smith from Lake University, the senior author": an affiliation may stand before the comma
    return compile_pattern(rf"(?:^|(?<=[\s(\"\u201c]))(?:{_title_regex(roles)})(?P<name>{_PERSON}){_degrees(degrees)}"
                           rf"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,.]{{0,{affiliation_chars}}}?)?[ \t]?,")


@cache
def _not_this_paper(roles: str = AUTHOR_ROLES, own_review: bool = False) -> re.Pattern[str]:
    # "co-author of an accompanying editorial"; "co-author of the 2013 study": a paper named by its year
    # (a review is the story's own paper where the story calls it one: "senior author of the review")
    kinds = [kind for kind in _roles(roles)['not_this_paper'] if not (own_review and kind == "review")]
    return compile_pattern(rf"(?i)^\s*(?:of|on|for)\s+(?:(?:an?|the|this|that)?\s*(?:[\w'\u2019-]+\s+)?(?:{alternation(kinds)})\b"
                           r"|(?:an?|the)\s+(?:\w+\s+)?(?:19|20)\d{2}\b)")


@cache
def _own_review_cue(roles: str = AUTHOR_ROLES) -> GatedPattern:
    """A phrase by which the story calls its own paper a review ("a new review", "the review,
    published in"; ``own_review_cues`` of ``author_roles.json``)."""
    return GatedPattern(compile_pattern(rf"(?i)\b(?:{_cue_alternation(_roles(roles)['own_review_cues'])})\b"), lower=TEXT_LOWER)


@cache
def _others_unnamed(roles: str = AUTHOR_ROLES) -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b(?:{alternation(_roles(roles)['others_unnamed'])})\b")


@cache
def _any_of(name: str) -> re.Pattern[str]:
    """Any entry of the lexicon ``name`` as whole words, any case: the publication cues, the cues of
    another study ("an earlier study in the journal X found"), the words of a meeting."""
    return compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(name))})\b")


#: The surname after a first name and its middle initial, a comma after it ("Thomas E.| Hughes, chief
#: executive"): what a one-author reference's title never opens with.
_SURNAME_GOES_ON = compile_pattern(r"[A-Z][\w'\u2019-]+,\s")


def _from_reference(text: str, settings: Settings = DEFAULTS) -> dict | None:
    match = _reference(settings.months).match(text)
    if not match:
        return None
    authors = _AUTHOR.findall(match.group("authors"))
    if len(authors) < settings.min_listed_authors and not match.group("etal") and _SURNAME_GOES_ON.match(match.group("title")):
        return None  # "Thomas E. Hughes, chief executive of X, said ...": a name's middle initial, not a reference
    return {
        "authors": authors,
        "et_al": bool(match.group("etal")),
        "title": clean(match.group("title")),
        "journal": clean(match.group("journal")),
        "year": int(match.group("year")),
        "doi": None,
    }


def _plausible_journal(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> bool:
    """Journal names are capitalised; one-word names that are also words (Cancer, Blood, Science)
    count only where the text introduces a journal: "in Menopause", "the journal Blood"."""
    name = _ARTICLE.sub("", text_of(doc)[span.start_char:span.end_char])
    if not (name[:1].isupper() or name in _entries(settings.journals)) or heading_sentence(doc, sent(span)) \
            or sent(span).start == 0:  # (a name in lower case only as the list writes it: "npj Vaccines")
        return False
    before = text_of(doc)[max(0, span.start_char - settings.intro_window):span.start_char]
    if _ORGANISATION_OF.search(before) or _affiliation_before(settings.affiliation_before_journal).search(before):
        return False  # "the Institute of X"; "assistant professor of Gastroenterology": a department
    if len(name.split()) > 1:
        # a run of words in capitals is a line shouted in capitals ("PAIN AND DISABILITY OUTCOMES"),
        # unless the journal list knows it or the text calls it a journal ("the journal STEM CELLS")
        return not name.isupper() or name.lower() in word_set(settings.journals) \
            or bool(re.search(r"(?i)\bjournal\s+$", before))
    if name.isupper():  # NEJM, BMJ; not a word of a line in capitals ("LIVING WITH CANCER FORUM")
        return not any(t.is_upper and t.is_alpha for t in (span.doc[max(0, span.start - 1)], span.doc[min(len(span.doc) - 1, span.end)])
                       if t.i not in range(span.start, span.end))
    return bool(_journal_intro(settings.journal_intro_words).search(before)) and _published(span, settings)


def _published(span: Span, settings: Settings = DEFAULTS) -> bool:
    """The journal's sentence says the work was published (its own name, "Journal of ...", aside)."""
    sentence = sent(span)
    text = text_of(span.doc)
    if _journal_word(settings.journal_descriptors).search(span_text(span)):
        return True  # "the Lancet medical journal"
    return bool(_any_of(settings.publication_cues).search(text[sentence.start_char:span.start_char] + " "
                                          + text[span.end_char:sentence.end_char]))


def _introduced(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> bool:
    """The text introduces the journal as where a study appeared: "in the Lancet", "the journal X"."""
    return bool(_journal_intro(settings.journal_intro_words).search(
        text_of(doc)[max(0, span.start_char - settings.intro_window):span.start_char]))


@cache
def _other_paper_before(name: str = OTHER_PAPER_NOUNS) -> re.Pattern[str]:
    """A paper of another kind right before a journal's name: "an editorial in the", "an editorial
    published online in"."""
    return compile_pattern(rf"(?i)\b(?:{alternation(load_lexicon(name))})\s+(?:published\s+)?(?:(?:online|today|this\s+week)\s+)?"
                           r"(?:in|by)\s+(?:the\s+)?(?:journal\s+)?$")


def _about_other_study(span: Span, settings: Settings = DEFAULTS) -> bool:
    """The journal's sentence is about another study or a meeting and says nothing of publication
    ("a 2009 study in JAMA found", "presented at the annual meeting of ...")."""
    sentence = sent(span)
    before = text_of(span.doc)[sentence.start_char:span.start_char]
    other = [m.end() for m in _any_of(settings.other_study_cues).finditer(before)]
    if other and not any(m.start() >= other[-1] for m in _any_of(settings.this_paper_references).finditer(before)):
        return True  # not "Earlier studies had shown X, but this new study, published in Y, ..."
    if dated_study(settings.months, settings.weekdays, settings.dated_study_nouns).search(before):
        return True
    indefinite = _indefinite_paper(settings.dated_study_nouns, settings.this_paper_adjectives).search(before)
    if indefinite and _slot_date(span.doc, span, settings)[1] \
            and _any_of(settings.other_paper_adjectives).search(indefinite.group("words") or ""):
        return True  # "an earlier, larger study, published in 2008 in X": another paper
    if _other_paper_before(settings.other_paper_nouns).search(before) and not _published(span, settings):
        return True  # "wrote Dr. X in an editorial in the journal Y" (not "..., where the results were published")
    after = text_of(span.doc)[span.end_char:min(sentence.end_char, span.end_char + settings.intro_window)]
    if _earlier_after(settings.earlier_paper_times).match(after) \
            or _earlier_before(settings.earlier_paper_cues).search(before):
        return True
    if _dated_before(settings.months, settings.weekdays).search(before) \
            and _paper_noun_after(settings.dated_study_nouns).match(after):
        return True  # "published in a 2012 PLOS One paper": the journal named inside a dated paper
    return bool(_any_of(settings.meeting_words).search(text_of(span.doc)[sentence.start_char:sentence.end_char])) \
        and not _published(span, settings)  # (the sentence's text, read from the doc's, not joined from its tokens)


#: The most words between "a" and a paper's noun ("an earlier, larger, randomised study").
MAX_PAPER_ADJECTIVES = 4


@cache
def _indefinite_paper(nouns: str = DATED_STUDY_NOUNS, own: str = THIS_PAPER_ADJECTIVES) -> re.Pattern[str]:
    """A paper introduced as one of many ("a study", "an earlier, larger study", "one report") with
    no word that makes it the story's (``this_paper_adjectives.txt``: "a new study") among up to
    :data:`MAX_PAPER_ADJECTIVES` words before its noun, then only a clause up to its journal: with a
    bare year in its slot ("a study published in 2010 in X") it is another, earlier paper, as "a
    2010 study in X" is (:func:`common.dated_study`)."""
    return compile_pattern(rf"(?i)\b(?:a|an|one|another)\s+(?P<words>(?:(?!(?:{alternation(load_lexicon(own))})\b)[\w'\u2019-]+,?\s+){{0,{MAX_PAPER_ADJECTIVES}}}?)"
                           rf"(?:{alternation(load_lexicon(nouns))})\b[^.;]*$")


def _one_of_many(span: Span, settings: Settings = DEFAULTS) -> bool:
    """A journal whose paper the story introduces as one of many and dates by a bare year ("a
    120-person study published in 2014 in X"): chosen only where no other journal is."""
    before = text_of(span.doc)[sent(span).start_char:span.start_char]
    return bool(_slot_date(span.doc, span, settings)[1] and _indefinite_paper(settings.dated_study_nouns, settings.this_paper_adjectives).search(before))


@cache
def _dated_before(months: str = MONTHS, weekdays: str = WEEKDAYS) -> re.Pattern[str]:
    """A dated paper's words before its journal's name: "a 2012 ", "an October 2006 " (``common.dated_words``)."""
    return compile_pattern(rf"(?i){dated_words(months, weekdays)}\s+$")


@cache
def _paper_noun_after(nouns: str = DATED_STUDY_NOUNS) -> re.Pattern[str]:
    """A paper's noun right after a journal's name: " paper", " study"."""
    return compile_pattern(rf"(?i)^\s+(?:{alternation(load_lexicon(nouns))})\b")


@cache
def _affiliation_before(name: str = AFFILIATION_BEFORE_JOURNAL) -> re.Pattern[str]:
    """The words of a post or a department right before a capitalised subject ("professor of ")."""
    return compile_pattern(rf"(?i)\b(?:{_phrases(name)})\s+(?:the\s+)?$")


@cache
def _slot_verb(name: str = SLOT_VERBS) -> re.Pattern[str]:
    return compile_pattern(rf"\b(?:{alternation(load_lexicon(name))})\b")


@cache
def _slot_verb_scanner(name: str = SLOT_VERBS) -> PrefixScanner | Scanner:
    """:func:`_slot_verb` over a whole text, tried only where a verb starts (the same matches)."""
    return fast_scanner(_slot_verb(name).pattern, lower=TEXT_LOWER)


def _is_date_word(token, settings: Settings = DEFAULTS) -> bool:
    word = token.text.rstrip(".").lower()
    return word in word_set(settings.months) or word in word_set(settings.weekdays) or token.like_num


def _slot_journals(doc: Doc, settings: Settings = DEFAULTS) -> list[Span]:
    """The capitalised name that fills the slot after a publication verb, known to no list or not
    ("findings are published in Nutrients", "appear online Jan. 22 in Advances in Dental Research",
    "published in the June 30 issue of Breast Cancer Research"): fillers (``publication_slot_fillers.txt``),
    dates and numbers are skipped up to "in" or "by", and the name is the run of capitalised words
    after them. A name of an outlet, a publisher or a place (``not_journal_names.txt``), a possessive
    or a name before "journal" ("the X Society's journal", "the AACR journal"), or an organisation
    (a word of ``organisation_heads.txt`` in a name without "Journal") is no journal; after "by", a
    name is a journal only with a word of ``journal_title_words.txt`` ("by European Urology", not
    "by ASCO")."""
    text = text_of(doc)
    found = []
    for verb_start, verb_end, _ in _slot_verb_scanner(settings.slot_verbs).finditer(text):
        verb = doc.char_span(verb_start, verb_end, alignment_mode="expand")
        if verb is None:
            continue
        limit = min(len(doc), verb.end + settings.slot_window)
        i, preposition = _skip_fillers(doc, verb.end, limit, settings)
        if preposition is None:
            continue
        span = _capitalised_name(doc, i, settings)
        if span is not None and span.end + 1 < limit and doc[span.end].text in ("edition", "issue") \
                and doc[span.end + 1].text == "of":  # "in the Online First edition of X"
            span = _capitalised_name(doc, span.end + 2, settings)
        if span is not None and _slot_name_is_journal(span, settings) and (
                preposition == "in" or _entries(settings.journal_title_words).intersection(span_text(span).split())):
            found.append(span)
    return found


def _skip_fillers(doc: Doc, start: int, limit: int, settings: Settings = DEFAULTS) -> tuple[int, str | None]:
    """The first token of the name after a publication verb, and the preposition before it ("in",
    "by"; None where the slot has none or no name follows in the window)."""
    fillers = word_set(settings.slot_fillers)
    i, preposition = start, None
    while i < limit:
        token = doc[i]
        if token.text in ("in", "by"):
            preposition = token.text
        elif not (token.text in fillers or token.text in (".", ",") or _is_date_word(token, settings)
                  or (token.text.lower() in fillers and i + 1 < limit  # "the Online First edition of X"
                      and (doc[i + 1].text.lower() in fillers or _is_date_word(doc[i + 1], settings)))):
            break
        i += 1
    return i, (preposition if i < limit else None)


def _capitalised_name(doc: Doc, start: int, settings: Settings = DEFAULTS) -> Span | None:
    """The run of capitalised words from ``start`` with the small words that join them, up to
    :data:`SLOT_NAME_TOKENS` ("Advances in Dental Research", "Fertility & Sterility"); a date
    ("Cancer on Monday", "BMJ in May") ends it."""
    if start < len(doc) - 1 and doc[start].text == "The":
        start += 1
    end = start
    limit = min(len(doc), start + settings.slot_name_tokens)
    while end < limit:
        token = doc[end]
        if token.text[:1].isupper() and token.is_alpha and not _is_date_word(token, settings):
            end += 1
        elif token.text in _entries(JOURNAL_NAME_JOINERS) and end > start and end + 1 < len(doc) \
                and doc[end + 1].text[:1].isupper() and not _is_date_word(doc[end + 1], settings):
            end += 1
        else:
            break
    if end == start or end - start >= settings.slot_name_tokens or doc[end - 1].text in _entries(JOURNAL_NAME_JOINERS):
        return None
    end = _listed_name_end(doc, start, end, limit, settings)
    if end < len(doc) and doc[end].text in ("'s", "\u2019s", "journal"):
        return None  # "the Royal Society of Chemistry's journal X", "the AACR journal X": a publisher
    return doc[start:end]


@cache
def _entry_words(name: str) -> tuple[list[str], ...]:
    """The lower-cased words of each entry of the word list ``name``, in order (split once)."""
    return tuple(entry.lower().split() for entry in load_lexicon(name))


@cache
def _entries(name: str) -> frozenset[str]:
    """The entries of the word list ``name``, as written."""
    return frozenset(load_lexicon(name))


def _listed_name_end(doc: Doc, start: int, end: int, limit: int, settings: Settings = DEFAULTS) -> int:
    """The end of a journal's name that lists its subjects with commas ("Applied Physiology, Nutrition
    and Metabolism", "Journal of Neurology, Neurosurgery, and Psychiatry"): past each comma a run of
    capitalised words, the last after "and" or "&", with a word of ``journal_title_words.txt`` in the
    first item after the first comma (not "JAMA, Smith and Jones said"); else the name ends at the
    comma. A name ``journals.txt`` knows whole is not stretched ("Pediatrics, Science and Medicine"
    lists fields after the journal), nor one whose last item a noun for people of the fields follows
    (``field_people_nouns.txt``: "Cardiology and Medicine experts said")."""
    if span_text(doc[start:end]).lower() in word_set(settings.journals):
        return end
    title_words = word_set(settings.journal_title_words)
    joiners = _entries(JOURNAL_LIST_JOINERS)
    i, titled = end, None
    while i + 1 < limit and doc[i].text == ",":
        j = i + 1
        last = doc[j].text in joiners  # an Oxford comma: ", and Psychiatry"
        j += last
        k = _capitalised_run_end(doc, j, limit, settings)
        if k == j:
            return end
        if titled is None:  # the first item after the first comma
            titled = any(doc[w].text.lower() in title_words for w in range(j, k))
        if not last and k + 1 < limit and doc[k].text in joiners and doc[k + 1].text[:1].isupper():
            m = k + 1  # "Nutrition and Metabolism": the list's last item
            k = _capitalised_run_end(doc, m, limit, settings)
            last = k > m
        if last:
            of_people = k < len(doc) and doc[k].text in word_set(settings.field_people_nouns)
            return k if titled and not of_people else end
        i = k
    return end


def _capitalised_run_end(doc: Doc, start: int, limit: int, settings: Settings = DEFAULTS) -> int:
    """The end of the run of capitalised words (no date word) from ``start``, before ``limit``."""
    k = start
    while k < limit and doc[k].text[:1].isupper() and doc[k].is_alpha and not _is_date_word(doc[k], settings):
        k += 1
    return k


def _with_listed_subjects(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> Span:
    """A journal's name found by the lexicon or a slot, with the subjects it lists after a comma,
    and its subtitle after a colon."""
    return _with_subtitle(doc, doc[span.start:_listed_name_end(doc, span.start, span.end,
                                                               min(len(doc), span.end + settings.slot_name_tokens), settings)],
                          settings)


def _with_subtitle(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> Span:
    """A journal's name with the subtitle a colon adds ("Alcoholism: Clinical & Experimental
    Research"): a run of capitalised words after the colon with a word of
    ``journal_title_words.txt`` in it, not a sentence that starts after it ("JAMA: Researchers
    found"), and the name the lexicon knows whole is not stretched."""
    if span.end + 1 >= len(doc) or doc[span.end].text != ":" or doc[span.end + 1].is_sent_start \
            or span_text(span).lower() in word_set(settings.journals):
        return span
    subtitle = _capitalised_name(doc, span.end + 1, settings)
    if subtitle is None or subtitle.end >= len(doc) or doc[subtitle.end].text[:1].isupper() \
            or not word_set(settings.journal_title_words).intersection(t.text.lower() for t in subtitle[1:]):
        return span
    return doc[span.start:subtitle.end]


def _slot_name_is_journal(span: Span, settings: Settings = DEFAULTS) -> bool:
    words = span_text(span).split()
    lowered = [w.lower() for w in words]
    for parts in _entry_words(settings.not_journal_names):
        if lowered[:len(parts)] == parts:
            return False
    if len(words) > 1 and words[-1].lower() in word_set(settings.trial_words) and not words[-1].endswith("s"):
        return False  # "the Breast Cancer Prevention Trial published results": a trial ("Trials" is a journal)
    return not (_entries(settings.organisation_heads).intersection(words) and "Journal" not in words)


def _whole_name(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> Span | None:
    """A one-word journal the list knows, written as the first word of a longer capitalised name,
    is that longer name ("Cancer Prevention Research", "Nature Chemistry", not "Cancer", "Nature"), and
    none where the longer name is an organisation's."""
    if len(span) != 1 or span.end >= len(doc) or not doc[span.end].text[:1].isupper() or doc[span.end].is_sent_start:
        return span
    longer = _capitalised_name(doc, span.start, settings)
    if longer is None or len(longer) == 1:
        return span
    return longer if _slot_name_is_journal(longer, settings) else None  # "the Radiology Society of X": a society


def _after_publisher(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> Span | None:
    """The journal's own name in a name that begins with its publisher's possessive: "the American
    Thoracic Society's American Journal of ...", "the American Medical Association's journal JAMA"
    (none where nothing follows the possessive); a possessive after a word that is no organisation's
    is part of the name ("Journal of Alzheimer's Disease")."""
    heads = _entries(settings.organisation_heads)
    for token in span:
        if token.text in ("'s", "\u2019s") and token.i > span.start and doc[token.i - 1].text in heads:
            start = token.i + 1
            while start < span.end and not doc[start].text[:1].isupper():  # "'s journal JAMA"
                start += 1
            return doc[start:span.end] if start < span.end else None
    return span


def _journal_spans(doc: Doc, settings: Settings = DEFAULTS) -> list[Span]:
    """Journal names, each the longest name at its place ("American Journal of Gastroenterology",
    not the "Gastroenterology" inside it), without a publisher's possessive before it."""
    whole = (_whole_name(doc, s, settings) for s in spans(doc, "JOURNAL"))
    named = (_after_publisher(doc, s, settings) for s in [*(s for s in whole if s is not None), *_slot_journals(doc, settings)])
    found = sorted([_with_listed_subjects(doc, s, settings) for s in named if s is not None],
                   key=lambda s: (s.start_char, -s.end_char))
    return [s for s in _outermost(found) if _plausible_journal(doc, s, settings) and not _about_other_study(s, settings)]


def _outermost(found: list[Span]) -> list[Span]:
    """The spans of ``found`` (in text order, the longer first at one start) that no longer span
    holds: in one pass, since only a span before it in that order can hold it (starting no later
    and ending no earlier), and the furthest end of those of another extent says whether one does."""
    kept = []
    furthest = -1  # the furthest end of the spans before, of another extent than this one
    extent, reach = None, -1
    for span in found:
        if (span.start_char, span.end_char) != extent:
            furthest = max(furthest, reach)
            extent, reach = (span.start_char, span.end_char), span.end_char
        if furthest < span.end_char:
            kept.append(span)
    return kept


def _journal(doc: Doc, settings: Settings = DEFAULTS) -> tuple[str, int | None] | None:
    """The journal's name and the year its sentence gives: a date or year written there, else the
    article's own year where the sentence dates the publication ("the Sept. 28 issue", "online Tuesday")."""
    found = _journal_at(doc, settings)
    return found[:2] if found is not None else None


#: Where a value was read: characters of the text (``None`` for a value read from no words of its
#: own) and the rule that read it. A value's evidence is its words inside them (:func:`_value_evidence`).
Region = tuple["int | None", "int | None", str]


def _journal_at(doc: Doc, settings: Settings = DEFAULTS) -> tuple[str, int | None, Region, Region | None] | None:
    """:func:`_journal` with where the journal's name and the year were read."""
    journals = sorted(_journal_spans(doc, settings), key=lambda j: _one_of_many(j, settings))  # (a stable sort)
    chosen = next((j for j in journals if _published(j, settings)),
                  next((j for j in journals if _introduced(doc, j, settings)), None))
    if chosen is None:
        return None
    name = _journal_name(chosen, settings)
    # The year: from the sentence that names the journal as published, else from another
    # sentence naming the same journal ("SOURCE: The X, online April 19, 2011").
    same = [chosen, *(j for j in journals if j is not chosen and _journal_name(j, settings).lower() == name.lower()),
            *(j for j in _same_name_elsewhere(doc, name) if not chosen.start <= j.start < chosen.end)]
    year, region = next(((year, region) for year, region in (_year_at(doc, j, settings) for j in same) if year), (None, None))
    return name, year, (chosen.start_char, chosen.end_char, "citation:journal-in-prose"), region


def _journal_name(span: Span, settings: Settings = DEFAULTS) -> str:
    return _FOOTNOTE.sub("", _journal_word(settings.journal_descriptors).sub("", _ARTICLE.sub("", clean(span.text))))


def _slot_date(doc: Doc, journal: Span, settings: Settings = DEFAULTS) -> tuple[int | None, bool]:
    """A year written in the slot between a publication verb and the journal's name, among the
    slot's fillers and date words ("appears in the April 2017 issue of X", "published in December
    2015 in X", "published online in 2016 in the journal X"): read backwards from the name over
    fillers, date words, "in" and commas up to the verb; and whether a bare year, with no month or
    day beside it, dates the slot ("published in 2010 in X", not "the April 2017 issue of X")."""
    fillers = word_set(settings.slot_fillers)
    year, at = None, None
    i = journal.start - 1
    stop = sent(journal).start
    while i >= stop:
        token = doc[i]
        if _slot_verb(settings.slot_verbs).fullmatch(token.text) or (
                i + 1 < journal.start and _slot_verb(settings.slot_verbs).fullmatch(span_text(doc[i:i + 2]))):
            bare = year is not None and not any(_is_date_word(t, settings) for t in doc[i + 1:journal.start] if t.i != at)
            return year, bare
        if _YEAR_TOKEN.fullmatch(token.text):
            year, at = year or int(token.text), at if year else i
        elif not (token.text.lower() in fillers or token.text in ("in", ",", ".", "The") or _is_date_word(token, settings)):
            return None, False
        i -= 1
    return None, False


def _year_at(doc: Doc, journal: Span, settings: Settings = DEFAULTS) -> tuple[int | None, Region | None]:
    """The year the sentence of a journal's name gives, with where it was read."""
    sentence = sent(journal)
    slot, _ = _slot_date(doc, journal, settings)
    if slot:
        return slot, (sentence.start_char, journal.start_char, "citation:year-in-publication-slot")
    for date in spans(doc, "DATE"):
        if sentence.start_char <= date.start_char < sentence.end_char:
            value = parse_date(date.text) or parse_date(date.text.title())  # "JUNE 9, 2016" in a dateline
            if value:
                return int(value[:4]), (date.start_char, date.end_char, "citation:year-of-date-in-sentence")
    written = _attached_year(settings.year_gap_words).match(
        text_of(doc)[journal.end_char:min(sentence.end_char, journal.end_char + settings.year_window)])
    if written and (_any_of(settings.publication_cues).search(span_text(sentence))
                    or references.label_pattern(settings.reference_labels).match(_line_of(doc, journal))):
        # (a reference line dates its journal: "SOURCE: X, August 2010")
        return int(written.group("year")), (journal.end_char, journal.end_char + written.end(), "citation:year-after-journal")
    cited = _CITED_YEAR.match(text_of(doc), journal.end_char)
    if cited:  # "X (2017), doi: ...": a reference written journal first
        return int(cited.group("year")), (cited.start(), cited.end(), "citation:year-in-brackets")
    published = state(doc).get("article", {}).get("published")
    if published and issue_date(settings.issue_date_cues, settings.weekdays, settings.months).search(span_text(sentence)):
        return int(published[:4]), (None, None, "citation:year-of-article-date")  # the article's date, not the sentence's words
    return None, None


def _other_listed_reference(doc: Doc, span: Span, journal: str) -> bool:
    """Whether a span stands in one item of a numbered list of references ("iii Smith J, Lee K.
    Title. 2018; doi: ...") that does not name the journal the story cites: a background reference."""
    line = _line_of(doc, span)
    if not _LIST_ITEM.match(line) or journal.lower() in line.lower():
        return False
    items = sum(1 for other in text_of(doc).splitlines() if _LIST_ITEM.match(other))
    return items >= MIN_LISTED_REFERENCES


def _line_of(doc: Doc, span: Span) -> str:
    """The line of text a span stands in."""
    text = text_of(doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return text[start:end if end >= 0 else len(text)]


@cache
def _attached_year(name: str = YEAR_GAP_WORDS) -> re.Pattern[str]:
    """A year written after a journal's name with only a date, an issue or a volume between ("X in
    2016", "X, March 3, 2016", "X, Volume 218, Issue 2, February 2018"); not a year that starts a
    clause of its own ("X, in 2013 and 2014 the team analysed ...") or follows other words ("in
    late 2013")."""
    gap_words = alternation(load_lexicon(name))
    return compile_pattern(rf"^(?:[\s,;:()\d.]|\b(?:{gap_words})\b|[A-Z]\w*)*?"
                           r"(?P<year>(?:19|20)\d{2})\b(?!\s*(?:and|to|-|\u2013)\s*(?:19|20)?\d{2})")


def _same_name_elsewhere(doc: Doc, name: str) -> list[Span]:
    """Other places the text writes a journal's name ("SOURCE: X, online April 19, 2011"), as spans
    of whole tokens, for the year of a journal that only a phrase found ("the journal X")."""
    found = []
    text = text_of(doc)
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at > 0 and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            span = doc.char_span(at, end)
            if span is not None:
                found.append(span)
        at = text.find(name, end)
    return found


#: Characters after a quoted title searched for its "by" (``," was written by ``).
TITLE_BY_CHARS = 24
#: "by" after a quoted title, then the names: "The paper 'Title' by A, B and C is published in X",
#: "The article, "Title," is by A, B and C", ""Title" was written by A, B and C".
_TITLE_BY = compile_pattern(r"""^[.,]?["\u201d'\u2019]?,?\s+(?:(?:is|was)\s+)?(?:(?:written|authored|co-authored)\s+)?by\s+""")
#: What may follow the last name of a title's author list: a verb, a date, a bracket ("(doi: ...)")
#: or the sentence's end; not another capitalised word ("by Anna Berg Foundation").
_AFTER_LIST = compile_pattern(r"^(?:\s*[.,;:()]|\s+[a-z]|\s*$)")


@cache
def _list_others(team_words: str = TEAM_WORDS, coauthor_cues: str = COAUTHOR_CUES) -> re.Pattern[str]:
    """A closing "et al" or "and colleagues" (a word of ``team_words.txt``; a pronoun of
    ``named_with`` in ``coauthor_cues.json`` may stand before it: "and her colleagues") after a
    title's author list: the list is not complete."""
    pronouns = alternation(load_json(coauthor_cues)["named_with"]["pronouns"])
    return compile_pattern(rf"^,?\s+(?:et\s+al\b|and\s+(?:(?:{pronouns})\s+)?(?:{_team_words(team_words)})\b)")


def _title_authors(doc: Doc, not_name: set[str], settings: Settings = DEFAULTS) -> tuple[list[str], bool]:
    """The authors a quoted title names after "by" ("The paper 'Title' by Anna Berg, Tom Lind and
    Mary Stone is published in X"), each as written, and whether the list says it is incomplete
    ("by A, B et al"); none unless every piece is a person's full name."""
    text = text_of(doc)
    degrees = _degrees_after_name(settings.academic_degrees)
    for span in spans(doc, "CITATION_TITLE"):
        by = _TITLE_BY.match(text[span.end_char:span.end_char + TITLE_BY_CHARS])
        if by is None:
            continue
        end = sent(span).end_char
        at, names = span.end_char + by.end(), []
        while (person := _person_at(text, at, end, not_name, settings)) is not None:
            names.append(WHITE_SPACE_RUN.sub(" ", person.group("name")))
            at = degrees.match(text, person.end(), end).end()
            separator = _LIST_SEPARATOR.match(text, at, end)
            if separator is None or _person_at(text, separator.end(), end, not_name, settings) is None:
                break
            at = separator.end()
        others = _list_others(settings.team_words, settings.coauthor_cues).match(text[at:end])
        if names and (others or _AFTER_LIST.match(text[at:end])):
            return names, bool(others)
    return [], False


def _authors(doc: Doc, settings: Settings = DEFAULTS, *, journal: str | None = None) -> tuple[list[str], bool | None]:
    """The paper's lead author as the story names them, and whether more authors are implied
    (a first author, a co-author, a senior author besides, "the other study authors"). An author
    of a paper named by another journal ("lead author of the Journal of X study", where the
    citation's journal is Y) is not this paper's."""
    text = text_of(doc)
    roles = _roles(settings.author_roles)
    first_named = {r.lower() for r in roles["first_named"]}
    shared_first = {r.lower() for r in roles["shared_first"]}
    with_others = {r.lower() for r in roles["with_others"]} | shared_first
    not_name = set(references.not_name_words(settings.author_roles))
    titled, titled_others = _title_authors(doc, not_name, settings)
    found: list[tuple[int, int, str, str]] = []  # (priority, position, name, role)
    own_review = None  # whether the story calls its paper a review: asked at its first role
    review_roles = {r.lower() for r in roles["review_roles"]}
    for match in _role_scanner(settings.author_roles).finditer(text):
        if own_review is None:
            own_review = next(iter(_own_review_cue(settings.author_roles).finditer(text)), None) is not None
        role = WHITE_SPACE_RUN.sub(" ", match.group().lower())
        after = text[match.end():match.end() + settings.name_after_window]
        if role.replace("\u2019", "'") in review_roles and not own_review:
            continue  # "review author X" of a review the story does not report
        if _not_this_paper(settings.author_roles, own_review).match(after) or _of_other_journal(after, journal, settings) \
                or _of_a_title().match(after):
            continue
        name = _name_near(doc, match.start(), match.end(), not_name, settings)
        if name and not set(name.split()) & _entries(settings.journal_title_words):  # not "MGH Radiation Oncology"
            # a first author before one of two first authors ("co-lead author") before the others
            found.append((0 if role in first_named else 1 if role in shared_first else 2, match.start(), name, role))
    if titled:
        # the byline of the paper's title lists its authors in order; an author the story names by
        # a role and the byline leaves out ("said Dr. B, corresponding author of the study") after it
        return titled + [name for _, _, name, _ in sorted(found, key=lambda f: f[1])
                         if not any(_same_person(name, n) for n in titled)], titled_others
    # "Dr. Jane Roe and her co-authors", "writes Dr. Jane Roe, Professor of X, with coauthors": an author
    # whose place in the byline is not told, as a co-author's
    found += [(2, at, name, "co-authors") for at, name in _named_with_coauthors(doc, not_name, settings)]
    listed, listed_others, listed_all, listed_beside, beside_named = _prose_coauthors(doc, not_name, settings)
    if len(listed) > 1 and all(n in listed and n not in beside_named and priority == 2 for priority, _, n, _ in found):
        found = []  # "co-authors A and B are employees": the role's name is the list's first, no lead author
    if not found:
        # co-authors named without a lead author: the paper's first author is not named (et al)
        return listed, (True if listed_others else False if listed_all else None) if listed else None
    found.sort()
    _, _, name, role = found[0]
    others = role in with_others or any(n != name for _, _, n, _ in found) \
        or bool(_others_unnamed(settings.author_roles).search(text)) \
        or any(r == "co-authors" and _same_person(n, name) for _, _, n, r in found)  # "Lee and her co-authors"
    names = [name]
    last_named = {r.lower() for r in roles["last_named"]}
    # the roles that are a plural noun after a name ("A and her co-authors"): the name is an author's,
    # a name read before them may be another person's
    plural = {r.lower() for r in roles["plural"]}
    # with a list of co-authors, the other authors the story names by their role are authors too,
    # the senior author closing the list ("lead author A ... corresponding author B ... senior
    # author C ... Additional co-authors are D and E": A, B, D, E, C)
    # without a list, and with no author the story puts first, each person it calls an author of the
    # paper is one ("said A, one of the study's authors ... B, a co-author of the study, added": A, B)
    # (not a person named with "co-authors": "said B, of the work by A and her co-authors" is A's alone)
    unplaced = not listed and found[0][0] == 2
    named = [n for _, _, n, r in sorted(found, key=lambda f: f[1]) if n != name and (listed or r not in plural)] \
        if listed or unplaced else []
    seniors = [n for _, _, n, r in found if r in last_named and n != name][:1] if listed or unplaced else []
    for person in [*(n for n in named if n not in seniors), *listed, *seniors]:  # each listed person besides the lead author
        if not any(_same_person(person, n) for n in names):  # "Ann B. Cole" is "Ann Cole"
            names.append(person)
    if len(names) > 1 and not unplaced:
        # the others an author's role implies ("co-author", "the other study authors") are the
        # co-authors listed: whether the list is complete is not said, unless the story lists all
        # the authors ("The study's authors are A, B and C") or all the others besides the lead
        # author ("Other authors were A and B", "Co-authors are A and B"; "Co-authors include" is partial)
        return names, False if listed_all or listed_beside else None
    return names, True if others else None


@cache
def _of_a_title(joiners: str = JOURNAL_NAME_JOINERS, nouns: str = DATED_STUDY_NOUNS) -> re.Pattern[str]:
    """A role of a work the story names by its title, a book's ("co-author of The Sleep Cure", "author
    of "Eating Well""), not of the paper: the title's capitalised "The" or its opening quote. "The"
    and a journal's name before a paper noun is of a paper in a journal ("lead author of The BMJ
    study", "of The New England Journal of Medicine study": the name's capitalised words and its
    joiners, ``journal_name_joiners.txt``; the paper nouns of ``dated_study_nouns.txt``)."""
    joined = alternation(sorted(word_set(joiners)))
    return compile_pattern(
        rf"^\s+of\s+(?:The\s+[A-Z](?![\w'\u2019&-]*(?:\s+(?:[A-Z][\w'\u2019&-]*|(?:{joined})(?=\s))){{0,6}}"
        rf"\s+(?:{alternation(load_lexicon(nouns))})\b)|[\"\u201c])")


@cache
def _coauthors_after_name(name: str = COAUTHOR_CUES) -> GatedPattern:
    """A co-author noun after a person's name and its apposition ("and his co-authors", ", with
    coauthors", "'s co-authors"; ``named_with`` of ``coauthor_cues.json``)."""
    cues = load_json(name)["named_with"]
    return GatedPattern(compile_pattern(
        rf"(?i)(?:,?\s+(?:{_cue_alternation(cues['joiners'])})\s+(?:(?:{alternation(cues['pronouns'])})\s+)?|['\u2019]s\s+)"
        rf"(?:{_cue_alternation(cues['nouns'])})\b"), lower=TEXT_LOWER)


@cache
def _person_before_coauthors(roles: str = AUTHOR_ROLES) -> re.Pattern[str]:
    """A person's name (or surname alone), with an optional title, that "and her co-authors" may follow."""
    return compile_pattern(rf"(?:{_title_regex(roles)})(?P<name>{_PERSON}|{_SURNAME})(?![\w'\u2019-])")


#: What may stand between a person's name and "and his co-authors": an apposition of capitalised
#: words, degrees, small words of an affiliation and commas ("Jane Roe, M.D., of the Lake Institute,
#: Bayside, Ohio, and coauthors"; "Jane Roe, Clinician Scientist, Lake Hospital, with coauthors").
#: The repeats are possessive: a capitalised word is taken whole and never split again into shorter
#: items ("N" + "ATIONAL", "NA" + "TIONAL", ...), which made a failed ``fullmatch`` after an all-caps
#: affiliation exponential in its capital letters. At each position at most one item can match and
#: a word's split pieces end where the whole word ends, so the matches are the same.
_APPOSITION = compile_pattern(r"(?:\s*(?:,|&|(?:of|at|from|in|the|and|for)\b|[A-Z][\w.&'\u2019-]*+))*+\s*")
#: The most characters of that apposition.
COAUTHOR_APPOSITION_CHARS = 240
#: A year in the words before the co-author noun: the sentence dates another, earlier paper ("In an
#: analysis in 2013, Roe and her co-authors found").
_YEAR_BEFORE = compile_pattern(r"\b(?:19|20)\d{2}\b")


def _named_with_coauthors(doc: Doc, not_name: set[str], settings: Settings = DEFAULTS) -> list[tuple[int, str]]:
    """The people the story names with their co-authors ("Dr. Jane Roe and her co-authors
    calculated", "writes Dr. Jane Roe, Professor of X, Lake Hospital, with coauthors", "Roe's
    co-authors"): each is an author, where and what. The person is the last name before the noun
    with only an apposition between (a surname alone is resolved to the full name the story gives);
    none where the sentence is about another paper (an editorial, a dated paper, "co-authors of
    the 2013 study"). "X and colleagues" names no author (:data:`AUTHOR_ROLES`)."""
    text = text_of(doc)
    person = _person_before_coauthors(settings.author_roles)
    found: list[tuple[int, str]] = []
    for cue in _coauthors_after_name(settings.coauthor_cues).finditer(text):
        span = doc.char_span(cue.start(), cue.end(), alignment_mode="expand")
        if span is None:
            continue
        start = max(sent(span).start_char, cue.start() - COAUTHOR_APPOSITION_CHARS)
        before = text[start:cue.start()]
        if _any_of(settings.other_paper_nouns).search(before) or _YEAR_BEFORE.search(before) \
                or _not_this_paper(settings.author_roles).match(text[cue.end():cue.end() + settings.name_after_window]):
            continue
        for match in reversed(list(person.finditer(before))):
            words = match.group("name").split()
            if set(words) & not_name or set(words) & _entries(settings.journal_title_words):
                continue  # "Lake Health Research Institute", "Associate Professor"
            if not _APPOSITION.fullmatch(before, match.end()):
                break  # a clause stands between the name and the noun: not the co-authors' author
            name = " ".join(words)
            if len(words) < settings.min_name_words:
                full = re.search(rf"\b{_FULL_NAME_BEFORE_SURNAME}{re.escape(name)}\b", text)
                name = WHITE_SPACE_RUN.sub(" ", full.group()) if full and not set(full.group().split()) & not_name else ""
            if name:
                found.append((start + match.start("name"), name))
            break
    return found


def _same_person(a: str, b: str) -> bool:
    """Two spellings of one person: the same surname and the same first given name, initials aside
    ("Ann B. Cole" and "Ann Cole", "C. Neill Epperson" and "Neill Epperson")."""
    def key(name: str) -> tuple[str, str]:
        words = name.split()
        given = [w for w in words[:-1] if not _INITIAL.fullmatch(w)]
        return (given[0] if given else words[0]), words[-1]
    return key(a) == key(b)


def _cue_alternation(phrases: list[str]) -> str:
    """An alternation of cue phrases, longest first, a space standing for any whitespace."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


#: The most characters of the tail after a co-author noun ("co-authors on the paper", "study
#: coauthors from the University of X, Y, include").
COAUTHOR_TAIL_CHARS = 60
#: The most characters of an aside between a co-author noun and its verb ("The paper's authors, in
#: addition to Smith, are", "authors (all at X) include").
COAUTHOR_ASIDE_CHARS = 40


@cache
def _coauthor_cues(name: str = COAUTHOR_CUES) -> tuple[GatedPattern, GatedPattern]:
    """The cue before a list of co-authors ("Co-authors include", "Other authors on the study were:",
    "co-authored by"; groups ``others``, ``before`` (a word like "other"), ``tail`` and ``partial``
    say whether it implies further authors) and the cue after one ("co-authored the study")."""
    cues = load_json(name)
    noun = rf"(?:(?P<before>{_cue_alternation(cues['words_with_others'])})\s+(?:[\w'\u2019-]+\s+)?)?" \
           rf"(?:(?P<others>{_cue_alternation(cues['nouns_with_others'])})|{_cue_alternation(cues['nouns'])})"
    tail = rf"(?P<tail>\s+(?:{_cue_alternation(cues['tail_prepositions'])})\s+[^;:\n]{{1,{COAUTHOR_TAIL_CHARS}}}?)?"
    aside = rf"(?P<aside>,\s*(?:{_cue_alternation([*cues['asides'], *cues['relative_asides']])})\s+[^,;:()\n]{{1,{COAUTHOR_ASIDE_CHARS}}},|\s*\([^()\n]{{1,{COAUTHOR_ASIDE_CHARS}}}\))?"
    verb = rf"{aside},?\s+(?:(?P<partial>{_cue_alternation(cues['partial_verbs'])})|{_cue_alternation(cues['verbs'])})"
    # a noun right before the list, after a colon, a dash or a space ("Senior authors: A and B",
    # "The study authors--A, B and C--", "co-authors A and B"): a name (its title optional) must follow
    titles = alternation(_roles(AUTHOR_ROLES)["titles_before_name"])
    # a plain noun only after a word of others ("Additional authors: A; B"): "Authors A and B said" may
    # name an accompanying commentary's authors
    bare = rf"(?:(?P<bare_before>{_cue_alternation(cues['words_with_others'])})\s+(?:{_cue_alternation(cues['nouns'])})" \
           rf"|(?P<bare_all>{_cue_alternation(cues['bare_nouns_complete'])})|(?P<bare>{_cue_alternation(cues['bare_nouns'])}))" \
           rf"(?:(?P<bare_sep>\s*[:\u2014\u2013]\s*|\s*--\s*)|\s*,\s*|\s+)(?-i:(?=(?:(?:{titles})\s+)?[A-Z][a-z]))"
    before = compile_pattern(rf"(?i)(?:^|(?<=[\s(\"\u201c]))(?:(?:{noun}{tail}{verb}|(?P<passive>{_cue_alternation(cues['passive'])}))\s*[:,]?\s+"
                             rf"|{bare})")
    after = compile_pattern(rf"(?i)\s+(?:{_cue_alternation(cues['after'])})\b")
    # Asked of every doc, found in few: scanned only where the text holds a word every match needs.
    return GatedPattern(before, lower=TEXT_LOWER), GatedPattern(after, lower=TEXT_LOWER)


#: A full stop before a capitalised word: where a list may end inside what the sentence reader kept as one sentence.
_STOP_BEFORE_CAPITAL = compile_pattern(r"\.\s+(?=[A-Z])")
#: The most characters between a research team's verb and the author role before its list's first
#: name ("Study investigators include Lake Clinic in Bayside senior author A, B and C").
TEAM_ROLE_GAP_CHARS = 40


@cache
def _team_cue(name: str = COAUTHOR_CUES, roles: str = AUTHOR_ROLES) -> GatedPattern:
    """A research team's list whose first name carries an author role ("the research team included
    lead study author A, B and C"; ``team_nouns``, ``team_verbs`` of ``coauthor_cues.json``): the
    match ends where the first name starts; group ``partial`` is a partial verb ("include")."""
    cues, role_words = load_json(name), _roles(roles)
    role = _cue_alternation([*role_words["first_named"], *role_words["shared_first"], *role_words["with_others"],
                             *role_words["last_named"], *cues["bare_nouns"]])
    titles = alternation(role_words["titles_before_name"])
    partial = [v for v in cues["team_verbs"] if v in cues["partial_verbs"]]
    whole = [v for v in cues["team_verbs"] if v not in cues["partial_verbs"]]
    return GatedPattern(compile_pattern(
        rf"(?i)(?:^|(?<=[\s(\"\u201c]))(?:{_cue_alternation(cues['team_nouns'])})(?:\s*\([^()\n]{{1,{COAUTHOR_ASIDE_CHARS}}}\))?"
        rf"\s+(?:(?P<partial>{_cue_alternation(partial)})|{_cue_alternation(whole)})\s*:?\s+"
        rf"[^.;:\n]{{0,{TEAM_ROLE_GAP_CHARS}}}?\b(?:{role})\s+(?-i:(?=(?:(?:{titles})\s+)?[A-Z][a-z]))"), lower=TEXT_LOWER)


#: The capitalised words right after a listed name ("Dana Farber| Cancer Institute", "Sidney Kimmel|
#: Comprehensive Cancer Center"), read against ``not_name_words``.
_NEXT_WORDS = compile_pattern(r"(?:[ \t]+[A-Z][\w'\u2019-]*){1,3}")


@cache
def _listed_person(roles: str = AUTHOR_ROLES) -> re.Pattern[str]:
    """A person's full name in a list, a title before it optional and a generation after it kept."""
    return compile_pattern(rf"(?:{_title_regex(roles)})(?P<name>{_LISTED_NAME}(?<!\sJr)(?<!\sSr)(?:{_GENERATION})?)(?![\w'\u2019-])")


def _person_at(text: str, at: int, end: int, not_name: set[str], settings: Settings = DEFAULTS) -> re.Match[str] | None:
    match = _listed_person(settings.author_roles).match(text, at, end)
    if match is None:
        return None
    words = set(_NAME_WORD.findall(match.group("name")))
    if words & not_name or words & _entries(settings.journal_title_words) \
            or WHITE_SPACE_RUN.sub(" ", match.group("name")) in load_lexicon(settings.two_word_places):
        return None  # (a department's name is no person's: "Lake Immunology")
    following = _NEXT_WORDS.match(text, match.end(), end)
    if following is not None and set(following.group().split()) & not_name:
        return None  # the head of a place named after a person follows: "Dana Farber Cancer Institute"
    return match


#: The fewest semicolons that make a list one of people each with an affiliation ("A, X Hospital,
#: Lake City; B, Y Institute; C, Z University").
MIN_LIST_SEMICOLONS = 2


def _semicolon_list(text: str, start: int, end: int, not_name: set[str], settings: Settings = DEFAULTS) -> list[str]:
    """A list whose semicolons part people, each with an affiliation of any words after a comma ("Ann
    Lee, Lake University Hospital, Lake City, Finland; Bo Kim, Istituto dei Tumori, Milan; Cy Roe and Di
    Wu of X"): each part is a list of its own (:func:`_name_list`) or one name and its affiliation;
    none where a part opens with no person's name."""
    if text.count(";", start, end) < MIN_LIST_SEMICOLONS:
        return []
    names: list[str] = []
    at = start
    for part_end in [*(m.start() for m in re.finditer(";", text[start:end])), end - start]:
        part_end += start
        while at < part_end and text[at] in " \t\n":
            at += 1
        if text.startswith("and ", at):
            at += len("and ")
        listed = _name_list(text, at, part_end, not_name, settings, semicolons=False)
        if not listed:
            person = _person_at(text, at, part_end, not_name, settings)
            if person is None or not re.match(r",\s+[A-Z]", text[person.end():part_end]):
                return []
            listed = [WHITE_SPACE_RUN.sub(" ", person.group("name"))]
        names += listed
        at = part_end + 1
    return names


def _name_list(text: str, start: int, end: int, not_name: set[str], settings: Settings = DEFAULTS, *,
               semicolons: bool = True) -> list[str]:
    """The names ``text[start:end]`` lists, as written ("Jane Smith, PhD, of X; Ali Khan Jr. and Bo
    Li"), or none where a piece of it is no person's full name ("researchers from A, B and C"). A
    list parted by semicolons is read part by part where read whole it is none (:func:`_semicolon_list`)."""
    names = _plain_name_list(text, start, end, not_name, settings)
    if not names and semicolons:
        return _semicolon_list(text, start, end, not_name, settings)
    return names


@cache
def _surname_alone(author_roles: str) -> re.Pattern[str]:
    """A surname alone after a title of ``author_roles`` (``Dr. Aneja``)."""
    return compile_pattern(rf"(?:{alternation(_roles(author_roles)['titles_before_name'])})\s+{_SURNAME}(?![\w'\u2019-])")


def _plain_name_list(text: str, start: int, end: int, not_name: set[str], settings: Settings = DEFAULTS) -> list[str]:
    degrees = _degrees_after_name(settings.academic_degrees)
    surname_alone = _surname_alone(settings.author_roles)
    names: list[str] = []
    at = start
    while True:
        person = _person_at(text, at, end, not_name, settings)
        if person is None and names:
            person = surname_alone.match(text, at, end)  # "... and Dr. Aneja of X": passed over
        if person is None:
            return []
        if "name" in person.groupdict():
            names.append(WHITE_SPACE_RUN.sub(" ", person.group("name")))
        at = person.end()
        while (degree := degrees.match(text, at, end)).end() > at:  # ", MD, PhD", " PharmD", ", MSCE"
            at = degree.end()
        if (aside := _NAME_ASIDE.match(text, at, end)) is not None:  # "A and B (lead co-authors) and C"
            at = aside.end()
        if not text[at:end].strip(" \t\n.;:)\u201d\""):
            return names
        separator = _LIST_SEPARATOR.match(text, at, end)
        if separator and (_person_at(text, separator.end(), end, not_name, settings)
                          or surname_alone.match(text, separator.end(), end)):
            at = separator.end()
            continue
        affiliation = _LISTED_AFFILIATION.match(text, at, end) or _post_after_name(settings.author_roles).match(text, at, end)
        bare = affiliation is None
        affiliation = affiliation or _BARE_AFFILIATION.match(text, at, end)
        if affiliation is None:
            return []
        window = min(end, affiliation.end() + settings.coauthor_affiliation_chars)
        following = next((s for s in _LIST_SEPARATOR.finditer(text, affiliation.end(), window)
                          if _next_in_list(text, s, end, not_name, degrees, settings)), None)
        if bare and following is not None and ";" not in following.group():
            return []  # "Jane Smith, Lake College, Ali Khan": no affiliation between two names
        if following is None:
            return names  # the last name's affiliation ends the list
        at = following.end()


def _next_in_list(text: str, separator: re.Match[str], end: int, not_name: set[str], degrees: re.Pattern[str],
                  settings: Settings = DEFAULTS) -> bool:
    """A person's name follows a separator inside an affiliation. After a bare "and" the name must
    have its own degree or affiliation, as its neighbours do ("of X and Bo Li, MD, of Y"): "of
    Genomic Medicine and Surgical Oncology" joins two departments."""
    person = _person_at(text, separator.end(), end, not_name, settings)
    if person is None:
        return False
    if re.search(r"[,;]", separator.group()):
        return True
    return degrees.match(text, person.end(), end).end() > person.end() \
        or _LISTED_AFFILIATION.match(text, person.end(), end) is not None \
        or _post_after_name(settings.author_roles).match(text, person.end(), end) is not None


#: "one of the" before an authors noun: one person's role, not a list's cue.
_ONE_OF = compile_pattern(r"(?i)\bof\s+(?:the\s+)?$")
#: The dash that closes a list set off by dashes ("The study authors--A, B and C--reviewed").
_CLOSING_DASH = compile_pattern(r"\s*(?:--|[\u2014\u2013])\s*")
#: The lower-case word after a list's last name that is no part of the list ("A and B are
#: employees", "A, B, and C, as well as D"): not a joining word, an affiliation's preposition or a
#: relative pronoun.
@cache
def _after_bare_list(roles: str = AUTHOR_ROLES, *, clause_only: bool = False) -> re.Pattern[str]:
    """The lower-case word after a list's last name that is no part of the list ("A and B are
    employees", "A, B, and C, as well as D", "The lead authors, A and B, said"): not a joining word,
    an affiliation's preposition, a relative pronoun or a post (``posts``: "A, associate director of X").
    With ``clause_only``, only a clause after a comma ("A, B and C, conducting the research at X") or
    the group the authors write for ("A, B and C for the X Study Group"):
    a lower-case word after a capitalised one may be inside an affiliation ("Istituto Nazionale dei Tumori")."""
    joining = r"(?:and|of|from|at|with|in|the|a|an|who|both|all|also|et)\b"
    post = rf"(?:[a-z-]+\s+){{0,{MAX_POST_WORDS}}}(?:{alternation(_roles(roles)['posts'])})\b"
    close = rf"(?P<close>,)\s+(?!{joining}|as\b|along\b|together\b)(?!{post})[a-z]"
    if clause_only:  # or a group the authors write for ("A, B and C for the X Study Group")
        return compile_pattern(rf"{close}|(?P<group>\s+(?:for|on\s+behalf\s+of)\s+the\s+[A-Z])")
    return compile_pattern(rf"\b[A-Z][\w'\u2019.-]*(?P<gap>\s+)(?!{joining})[a-z]"
                           r"|(?P<aside>,?\s+(?:as\s+well\s+as|along\s+with|together\s+with)\b)"
                           rf"|{close}")


def _bare_list_end(text: str, start: int, end: int, roles: str = AUTHOR_ROLES) -> int:
    """Where a list that follows its noun without a verb ends: at its closing dash, else before the
    lower-case word after its last name, else at the sentence's end."""
    dash = _CLOSING_DASH.search(text, start, end)
    if dash is not None:
        return dash.start()
    after = _after_bare_list(roles).search(text, start, end)
    return after.start(after.lastgroup) if after is not None else end


@cache
def _beside_cue(name: str = COAUTHOR_CUES, roles: str = AUTHOR_ROLES) -> re.Pattern[str]:
    """The people a sentence names before its co-author cue, set beside the list ("In addition to
    King, the study's other authors are ...", "Besides Dr. Ross and Guss, additional authors
    include ..."; ``asides`` of ``coauthor_cues.json``): full names or surnames, each with a title
    optional, up to the comma before the cue (matched from the sentence's start, with ``match``)."""
    asides = load_json(name)["asides"]  # not relative_asides: "who" sets no people beside the list
    person = rf"(?:{_title_regex(roles)})(?:{_PERSON}|{_SURNAME})"
    return compile_pattern(rf"\s*(?i:{_cue_alternation(asides)})\s+(?P<names>{person}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){person})*)\s*,\s*"
                           r"(?:the\s+)?(?:(?:study|paper|report|trial)(?:['\u2019]s)?\s+)?$")


def _named_before_cue(text: str, start: int, cue: int, not_name: set[str], settings: Settings = DEFAULTS) -> list[str]:
    """The people a sentence names before its co-author cue (:func:`_beside_cue`), each in full as the
    story gives the name ("Janet King" for "King"); none unless every one is found in full."""
    match = _beside_cue(settings.coauthor_cues, settings.author_roles).match(text, start, cue)
    if match is None:
        return []
    titles = _roles(settings.author_roles)["titles_before_name"]
    names = []
    for piece in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group("names")):
        words = piece.split()
        while words and words[0] in titles:
            words = words[1:]  # "Dr. King"
        piece = " ".join(words)
        if set(words) & not_name:
            return []
        # the name in full where the story gives it: "Janet King" for "King", "Ana Des Marais" for "Des Marais"
        full = next((m for m in re.finditer(rf"\b{_FULL_NAME_BEFORE_SURNAME}{re.escape(piece)}\b", text)
                     if not match.start() <= m.start() < match.end()), None)  # not "Besides King" of the cue itself
        longer = full.group().split() if full is not None else []
        while longer and (longer[0] in not_name or longer[0] in titles):
            longer = longer[1:]  # "Senior Scientist Janet King" is Janet King
        if len(longer) > len(words) and not set(longer) & not_name:
            words = longer
        if len(words) < settings.min_name_words:
            return []
        names.append(" ".join(words))
    return names


def _list_to_its_end(text: str, start: int, end: int, not_name: set[str], settings: Settings = DEFAULTS, *,
                     past_stops: bool = True) -> list[str]:
    """The names a list after its cue gives: the list up to its sentence's ``end``, else up to an
    aside or a clause after its last name ("lead authors A and B, as well as C", "A, B and C,
    conducting the research at X"), else (``past_stops``: a research team's list) up to a full stop
    the sentence reader passed over after a degree ("and C, M.D., Ph.D. Dr. A is now at X."), the
    longest that is a list. A co-author cue's list is cut only at a clause after a comma
    (:func:`_after_bare_list` with ``clause_only``), not at a stop: a degree the list cannot read
    ("A, Prof. Dr., B") would leave its first names only."""
    if not past_stops:
        clause = _after_bare_list(settings.author_roles, clause_only=True).search(text, start, end)
        return next((found for at in (end, clause.start() if clause else None) if at is not None
                     and (found := _name_list(text, start, at, not_name, settings))), [])
    ends = [end, _bare_list_end(text, start, end, settings.author_roles),
            *reversed([stop.start() + 1 for stop in _STOP_BEFORE_CAPITAL.finditer(text, start, end)])]
    return next((found for at in ends if (found := _name_list(text, start, at, not_name, settings))), [])


def _prose_coauthors(doc: Doc, not_name: set[str], settings: Settings = DEFAULTS) -> tuple[list[str], bool, bool, bool, list[str]]:
    """The co-authors a sentence lists ("Co-authors include A, B and C", "The study's other authors
    were A, Ph.D., of X, and B", "A and B co-authored the study"), whether its cue implies
    further authors ("co-authors", "other authors"), whether it lists all the authors ("The
    paper's authors, in addition to Smith, are A, B and C": a plain noun and verb), and whether it
    lists all the authors besides those named by their role ("Other authors were A and B": a verb
    that is not partial, the noun any); and the people named beside a list, before its cue ("In
    addition to King, the study's other authors are ...": Janet King, who heads the names)."""
    text = text_of(doc)
    before, after = _coauthor_cues(settings.coauthor_cues)
    names: list[str] = []
    beside_named: list[str] = []
    others = complete = beside = False
    for match in before.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or _any_of(settings.other_paper_nouns).search(text[sent(span).start_char:match.end()]):
            continue  # "co-authors of an accompanying editorial", "an editorial co-authored by"
        if match.group("tail") and _not_this_paper(settings.author_roles).match(match.group("tail")):
            continue  # "co-authors of the 2013 study"
        if match.group("bare") or match.group("bare_all") or match.group("bare_before"):  # "Senior authors: A, MD, and B", "co-authors A and B are employees"
            if _ONE_OF.search(text, max(0, match.start() - len("one of the ")), match.start()):
                continue  # "one of the study's authors, A": a role of one person (the role reader's)
            listed = _name_list(text, match.end(), _bare_list_end(text, match.end(), sent(span).end_char, settings.author_roles),
                                not_name, settings)
            names += listed
            # "The study authors--A, B and C--", "The paper's authors: A, B and C" name them all; "Study
            # authors A and B said" need not
            whole = bool(match.group("bare_all") and match.group("bare_sep"))
            if match.group("bare_all") and not whole:
                continue  # whether they are all the authors is not said
            others = others or bool(listed and not whole)
            complete = complete or bool(listed and whole)
            continue
        # a passive cue's list is read to its sentence's end: "a recent study, co-authored by A, showed
        # ..." may be another paper's, a clause after its names no list's end
        listed = _name_list(text, match.end(), sent(span).end_char, not_name, settings) if match.group("passive") \
            else _list_to_its_end(text, match.end(), sent(span).end_char, not_name, settings, past_stops=False)
        named_before = _named_before_cue(text, sent(span).start_char, match.start(), not_name, settings) if listed else []
        names += named_before + listed
        beside_named += named_before
        if named_before and not (match.group("partial") or match.group("passive")):
            # "In addition to King, the study's other authors are A, B and C": the list and the
            # people named before it are all the authors
            complete = True
            continue
        others = others or bool(listed and (match.group("others") or match.group("before") or match.group("partial")))
        # "co-authored by A and colleagues" may go on; "Collaborating with Dr. X were A and B" leaves out X
        beside_someone = (match.group("tail") or "").split()[:1] == ["with"]
        complete = complete or bool(listed and not (match.group("others") or match.group("before") or match.group("partial")
                                                    or match.group("passive") or beside_someone))
        # "Other authors were A and B", "Additional co-authors are A and B": with a verb that is not
        # partial, the list is all the authors besides the ones the story names by their role
        beside = beside or bool(listed and not (match.group("partial") or match.group("passive")))
    for match in _team_cue(settings.coauthor_cues, settings.author_roles).finditer(text):
        # "Study investigators include Lake Clinic senior author A, MD, B and C": the role makes the
        # team's list the paper's authors
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        listed = _list_to_its_end(text, match.end(), sent(span).end_char, not_name, settings)
        names += listed
        others = others or bool(listed and match.group("partial"))
        beside = beside or bool(listed and not match.group("partial"))
    for match in after.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        start = sent(span).start_char
        start += len(text[start:match.start()]) - len(text[start:match.start()].lstrip())
        listed = _name_list(text, start, match.start(), not_name, settings)
        names += listed
    return list(dict.fromkeys(names)), others, complete and not others, beside, beside_named


@cache
def _paper_named_by(nouns: str = DATED_STUDY_NOUNS) -> re.Pattern[str]:
    """ "of the British Journal of X study": a paper named by the capitalised name before its noun."""
    return compile_pattern(rf"^\s*of\s+(?:the\s+|a\s+|an\s+)?(?P<name>(?:[A-Z][\w'\u2019&-]*\s+)+?(?:(?:of|and|the|&)\s+(?:[A-Z][\w'\u2019&-]*\s+)+?)*)"
                           rf"(?:{alternation(load_lexicon(nouns))})\b")


def _of_other_journal(after: str, journal: str | None, settings: Settings = DEFAULTS) -> bool:
    """The role is of a paper the story names by another journal than the citation's."""
    match = _paper_named_by(settings.dated_study_nouns).match(after)
    if match is None or journal is None:
        return False
    named = _ARTICLE.sub("", match.group("name").strip()).lower()
    cited = _ARTICLE.sub("", journal).lower()
    return "journal" in named.split() and named not in cited and cited not in named


@cache
def _team_words(name: str = TEAM_WORDS) -> str:
    return _phrases(name)


def _name_near(doc: Doc, start: int, end: int, not_name: set[str], settings: Settings = DEFAULTS) -> str | None:
    text = text_of(doc)
    titles = _roles(settings.author_roles)["titles_before_name"]
    after = _name_after(settings.author_roles, settings.max_role_words).match(text[end:end + settings.name_after_window])
    if after and not set(after.group("name").split()) & not_name \
            and after.group("name").split()[0] not in titles:  # "co-author Dr Roe": the surname alone, read below
        return after.group("name")
    token = doc.char_span(start, end, alignment_mode="expand")
    if token is None:
        return None
    sentence = sent(token)
    window_start = max(sentence.start_char, start - settings.apposition_window)
    before = text[window_start:start]
    subject = _subject_of_role(text, before, not_name, settings)
    if subject:
        return subject
    names = []
    places = load_lexicon(settings.two_word_places)
    affiliation = _affiliation(settings.affiliation_prepositions)
    for match in _name_before(settings.author_roles, settings.academic_degrees, settings.affiliation_chars).finditer(before):
        words = match.group("name").split()
        while words and (words[0] in not_name or words[0] in titles):
            words = words[1:]  # "But Fred Edwards" is Fred Edwards; "Dr Smith" is a surname alone
        if len(words) >= settings.min_name_words and not set(words) & not_name \
                and " ".join(words) not in places \
                and not re.search(rf"(?i)\b{affiliation}\s+(?:the\s+)?$", before[:match.start()]) \
                and not re.search(r"[A-Z][\w'\u2019-]*\s+(?:and|&|for|of)\s+$", before[:match.start()]):
            names.append(" ".join(words))
    if names:
        return names[-1]
    return _surname_near(text, end, before, not_name, settings)


def _subject_of_role(text: str, before: str, not_name: set[str], settings: Settings = DEFAULTS) -> str | None:
    """The person who "is" the role: "Jane Smith is the lead author of the study", "Smith was also
    a senior author" (a surname alone in full where the story gives it)."""
    match = re.search(rf"(?:^|(?<=[\s(\"\u201c]))(?:{_title_regex(settings.author_roles)})(?P<name>{_PERSON}|{_SURNAME})\s+(?:is|was)\s+"
                      r"(?:also\s+)?(?:the\s+|a\s+|an\s+)?(?:study['\u2019]s\s+)?$", before)
    if match is None:
        return None
    words = match.group("name").split()
    if set(words) & not_name:
        return None
    if len(words) >= settings.min_name_words:
        return " ".join(words)
    full = re.search(rf"\b{_FULL_NAME_BEFORE_SURNAME}{re.escape(words[0])}\b", text)
    return WHITE_SPACE_RUN.sub(" ", full.group()) if full and not set(full.group().split()) & not_name else None


def _surname_near(text: str, end: int, before: str, not_name: set[str], settings: Settings = DEFAULTS) -> str | None:
    """A role given beside a surname alone ("lead author Dr. Smith", "Smith, director of X and the
    study's lead author"): the name in full where the story gives it ("Dr. Jane Smith"), else none."""
    titles = alternation(_roles(settings.author_roles)['titles_before_name'])
    affiliation = _affiliation(settings.affiliation_prepositions)
    after = re.match(rf"^(?:,\s*|\s+(?:is|was)\s+|\s+)(?:{titles})\s+(?P<name>{_SURNAME})\b",
                     text[end:end + settings.name_after_window])
    found = [after] if after else [m for m in re.finditer(rf"(?:^|(?<=[\s(\"\u201c]))(?P<name>{_SURNAME}){_degrees(settings.academic_degrees)}[ \t]?,", before)
                                    if not re.search(rf"(?i)\b(?:{affiliation}|the)\s+$", before[:m.start()])
                                    and (not re.search(r"[A-Z]\w*\.?\s+$", before[:m.start()])  # "San Francisco,"
                                         or re.search(rf"(?:^|\s)(?:{titles})\s+$", before[:m.start()]))]  # "Dr. Moss,"
    for match in reversed(found):
        surname = match.group("name")
        if surname in not_name:
            continue
        # the first full name, not the title before the surname ("co-author Dr Roe ... Dr Jane Roe")
        full = next((m for m in re.finditer(rf"\b{_FULL_NAME_BEFORE_SURNAME}{re.escape(surname)}\b", text)
                     if re.sub(rf"^(?:(?:{titles})\s+)+", "", m.group()) != surname), None)
        if full and not set(full.group().split()) & not_name:
            name = re.sub(rf"^(?:(?:{titles})\s+)+", "", WHITE_SPACE_RUN.sub(" ", full.group()))  # "Dr Jane Moss"
            if len(name.split()) >= settings.min_name_words:
                return name
    return None


def _title_at(doc: Doc, settings: Settings = DEFAULTS) -> tuple[str, Region] | None:
    """The paper's title in quotes ("the study, titled "..."") where its sentence names no paper of
    another kind before it ("the accompanying editorial, titled ..."), with the span it was read from."""
    for span in spans(doc, "CITATION_TITLE"):
        sentence = sent(span)
        before = text_of(doc)[sentence.start_char:span.start_char]
        if not heading_sentence(doc, sentence) and not _any_of(settings.other_paper_nouns).search(before):
            return clean(_GLUED_OPENING.sub("", span.text)), (span.start_char, span.end_char, "citation:quoted-title")
    return None


def _doi(text: str) -> str:
    """The DOI itself, without a ``doi:`` or ``https://doi.org/`` prefix glued to it (and without the
    spaces an HTML-to-text step put after its dot and slash)."""
    doi = WHITE_SPACE_RUN.sub("", clean(text[text.index("10."):]))
    return _GLUED_LINK.split(doi, maxsplit=1)[0]  # "10.1111/dme.13648https://...": a link glued on



#: The prose's journal and year (:func:`_journal`), asked for by the steps of :func:`extract` and read
#: at most once.
ProseJournal = Callable[[], "tuple[str, int | None] | None"]


def _choose_reference(found: list[tuple[dict, str]], *, prose_journal: ProseJournal,
                      settings: Settings = DEFAULTS) -> dict | None:
    """The trial's reference among ``found`` (each with where it stands). A reference on a line of its
    own is it when it is the story's only one. A reference among several (a list of references ending
    the story, the trial's paper among background papers), a Vancouver list after a note's number ("iv
    Berg A, ...") or one after other words of its line is the trial's only where the prose names the
    journal the trial was published in and the reference agrees with it (the same journal, abbreviated
    or not, and a year at most ``settings.max_year_gap`` from the prose's); where the prose names none,
    the first of several references on lines of their own is kept, no note or run-in one. The prose's
    journal is asked for (``prose_journal``, read at most once by :func:`extract`) only where the
    references alone do not tell."""
    if not found:
        return None
    if len(found) == 1 and found[0][1] == LINE:
        return found[0][0]
    journal = prose_journal()
    if journal is None:
        return next((reference for reference, where in found if where == LINE), None)
    name, year = journal
    return next((reference for reference, _ in found if journals_agree(name, reference["journal"])
                 and (year is None or reference["year"] is None or abs(year - reference["year"]) <= settings.max_year_gap)), None)


#: The state key of the citation's evidence (``record.CitationEvidence``), which the assembler puts in ``citation.evidence``.
CITATION_EVIDENCE = "citation_evidence"
#: The fields of a citation, in the record's order.
CITATION_FIELDS = tuple(CitationEvidence.model_fields)
#: The rule of authors read from the prose (an author role, a list of co-authors), and of et_al
#: judged from them ("and colleagues", "the other authors", a whole list): no words of its own.
PROSE_AUTHORS = "citation:author-in-prose"
PROSE_ET_AL = "citation:et-al-from-prose-authors"
#: The words quoted as the evidence of ``et_al`` in a reference: "et al" only (a reference closing with
#: "and colleagues" gives its et_al its rule alone, no words).
_ET_AL_WORDS = compile_pattern(r"(?i)\bet\.?\s+al\b\.?")


#: The most words of a meeting's name between its year and its noun ("ATS 2016 International
#: Conference", "the Society's 2018 Annual Scientific Meeting").
MAX_MEETING_NAME_WORDS = 3


@cache
def _meeting_year_regex(name: str = MEETING_NOUNS, max_words: int = MAX_MEETING_NAME_WORDS) -> re.Pattern[str]:
    """A year, the capitalised words of a meeting's name (group ``name``) and its noun (group ``noun``)."""
    return compile_pattern(rf"\b(?P<year>(?:19|20)\d{{2}})(?P<name>(?:\s+[A-Z][\w'\u2019&-]*){{0,{max_words}}})"
                           rf"\s+(?P<noun>(?i:{alternation(load_lexicon(name))}))\b")


#: What opens a meeting's name right before its year: "the", an acronym or a possessive ("the 2016
#: annual meeting", "ATS 2016 International Conference", "the Society's 2018 Annual Meeting").
_MEETING_NAME_OPENING = compile_pattern(r"(?:\bthe|\b[A-Z][A-Z0-9&-]+|['\u2019]s)\s+$")


def _meeting_year(doc: Doc, settings: Settings = DEFAULTS) -> tuple[int, Region] | None:
    """The year in the name of the meeting the story names first ("presented at the ATS 2016
    International Conference"): a meeting abstract's year, where no journal dates it. The year is a
    name's when "the" in lower case, an acronym or a possessive opens it (:data:`_MEETING_NAME_OPENING`)
    or when capitalised words and a capitalised noun follow it ("at 2016 Annual Meeting"); not "In
    2015 Congress passed a law" nor "The 2017 Congress passed a law" (a sentence's "The")."""
    text = text_of(doc)
    for match in _meeting_year_regex(settings.meeting_nouns).finditer(text):
        if _MEETING_NAME_OPENING.search(text[max(0, match.start() - 40):match.start()]) \
                or (match.group("name") and match.group("noun")[0].isupper()):
            return int(match.group("year")), (match.start("year"), match.end("year"), "citation:meeting-year")
    return None


def extract(doc: Doc, settings: Settings = DEFAULTS) -> None:
    data = state(doc)
    prose = cache(lambda: _journal_at(doc, settings))  # read at most once, by whichever step asks first
    prose_journal = cache(lambda: prose()[:2] if prose() is not None else None)
    where: dict[str, Region] = {}  # each field's value: where it was read (its evidence is its words there)
    # the reference spans of the ruler ("Smith J, Doe A, et al. Title. Journal. Mar 2010"); of several
    # (a list of references), the one that agrees with the prose's journal
    found_spans = [(found, (span.start_char, span.end_char, "citation:reference-span")) for span in spans(doc, "REFERENCE")
                   if (found := _from_reference(span.text, settings))]
    citation = _choose_reference([(found, LINE) for found, _ in found_spans], prose_journal=prose_journal, settings=settings)
    if citation is not None:
        where = dict.fromkeys(CITATION_FIELDS, next(region for found, region in found_spans if found is citation))
    dois = [s for s in spans(doc, "DOI")]
    doi = next((s for s in dois), None)
    listed = None
    if citation is None:
        lines = list(references.reference_citations_at(text_of(doc), settings))
        listed = _choose_reference([(found, at) for found, at, _ in lines], prose_journal=prose_journal, settings=settings)
        if listed is not None:
            where = dict.fromkeys(CITATION_FIELDS, next(region for found, _, region in lines if found is listed))
        # a reference line opening with the whole author list (author_lists.py)
        listed, region, fields = author_lists.with_listed_authors_at(listed, text_of(doc), author_lists.of(settings))
        if region is not None:
            where.update(dict.fromkeys(fields, region))
    if listed is not None:  # "Source: Li X, Vanness MA, et al. Title. Journal. 2018", an abstract's author line
        citation = listed
        if citation["journal"] is None and citation["year"] is None:
            journal = prose()  # the prose may name where it was published
            if journal is not None:
                citation["journal"], citation["year"] = journal[:2]
                where["journal"], where["year"] = journal[2], journal[3]
        if citation["year"] is None:  # the prose may date it: "published in the June 28, 2016 online edition of The Lancet"
            citation["year"], where["year"] = next(((year, region) for span in _journal_spans(doc, settings)
                                                    if _published(span, settings) and journals_agree(_journal_name(span, settings), citation["journal"])
                                                    and (found := _year_at(doc, span, settings)) and (year := found[0])
                                                    and (region := found[1])), (None, None))
        if citation["journal"] is None and citation["year"] is None:  # an abstract's: the year of its meeting
            citation["year"], where["year"] = _meeting_year(doc, settings) or (None, None)
        if not citation["authors"]:  # "Citation: Title. Journal.": the prose may name its authors
            citation["authors"], citation["et_al"] = _authors(doc, settings, journal=citation["journal"])
            where["authors"], where["et_al"] = (None, None, PROSE_AUTHORS), (None, None, PROSE_ET_AL)
        if not citation["title"]:
            titled = _title_at(doc, settings)
            citation["title"], where["title"] = titled if titled is not None else (None, None)
    if citation is None:
        journal = prose()
        if journal is not None:  # a DOI of the background references listed below the story is another paper's
            doi = next((s for s in dois if not _other_listed_reference(doc, s, journal[0])), None)
        if journal is None and doi is None:
            data["citation"] = None
            data[CITATION_EVIDENCE] = {}
            return
        authors, et_al = _authors(doc, settings, journal=journal[0] if journal else None)
        titled = _title_at(doc, settings)
        citation = {
            "authors": authors,
            "et_al": et_al,
            "title": titled[0] if titled else None,
            "journal": journal[0] if journal else None,
            "year": journal[1] if journal else None,
            "doi": None,
        }
        where = {"authors": (None, None, PROSE_AUTHORS), "et_al": (None, None, PROSE_ET_AL),
                 "title": titled[1] if titled else None,
                 "journal": journal[2] if journal else None, "year": journal[3] if journal else None}
    if not citation["doi"]:
        citation["doi"] = _doi(doi.text) if doi is not None else None
        where["doi"] = (doi.start_char, doi.end_char, "citation:doi") if doi is not None else None
    data["citation"] = citation
    data[CITATION_EVIDENCE] = _citation_evidence(doc, citation, where, settings)


def _citation_evidence(doc: Doc, citation: dict, where: dict[str, Region | None], settings: Settings = DEFAULTS) -> dict:
    """The evidence of each value of ``citation``: its words inside the place ``where`` says it was
    read (:func:`_value_evidence`); authors read from the prose, their first place in the text as a
    whole name. Fields read from one reference line are looked for in its reading order (authors,
    title, journal, year and DOI), each after the one before it where that one was found there, so
    that a year is not the year in the title nor a journal a word of the title."""
    text = text_of(doc)
    found: dict = {"authors": {}}
    listed = where.get("authors")
    surname_first = author_lists.surname_first_places(text, listed[0], listed[1], author_lists.of(settings)) \
        if listed is not None and listed[2] == author_lists.REFERENCE_RULE else {}
    for author in citation["authors"]:
        region = where.get("authors")
        if region is not None and region[0] is None:  # read from the prose: where the story writes the name
            region = (0, len(text), region[2])
        if author in surname_first:  # "Berg A.C.", read at "Berg, A.C.": where the reading found it
            start, end = surname_first[author]
            found["authors"].setdefault(author, {"start": start, "end": end, "text": text[start:end], "rule": region[2]})
        elif region is not None:
            found["authors"].setdefault(author, _value_evidence(text, author, region, name=True))
    before: tuple[Region | None, int] = (None, 0)  # the last field found, its region and its end
    for field in ("title", "journal", "year", "doi"):
        value, region = citation[field], where.get(field)
        if value is not None and region is not None:
            kept = region
            if region[0] is not None and before[0] == region:  # the same reference line: after the field before
                kept = (before[1], region[1], region[2])
            words = _value_evidence(text, str(value), kept, whole_word=field == "year", spaced=field != "doi")
            if words["start"] is None and kept is not region:
                words = _value_evidence(text, str(value), region, whole_word=field == "year", spaced=field != "doi")
            found[field] = words
            if words["start"] is not None:
                before = (region, words["end"])
    region = where.get("et_al")
    if citation["et_al"] is not None and region is not None:
        words = _ET_AL_WORDS.search(text, region[0], region[1]) if citation["et_al"] and region[0] is not None else None
        found["et_al"] = evidence((words.start(), words.end()), doc, rule=region[2]) if words \
            else {"start": None, "end": None, "text": None, "rule": region[2]}
    return found


def _ascii_pieces_at(text: str, region: str, start: int, pieces: list[str], *, spaced: bool,
                     whole_word: bool, bounded: bool = False) -> tuple[int, int] | None:
    """Where :func:`_value_evidence`'s pattern ``piece\\s+piece...`` (``\\s*`` when not ``spaced``;
    no digit on either side when ``whole_word``, no word character when ``bounded``) first matches
    in ``text`` from ``start`` to the end of ``region`` (the text from ``start``, as written or
    lower-cased), for ASCII ``pieces`` holding no white space: found with ``str.find`` instead of a
    pattern compiled for one value. Lower-cased ``region`` and ``pieces`` find it in any case (the
    pattern's ``(?i)``: the region holds none of :data:`scanning.CASE_EXCEPTIONS`, so its lower-cased
    form is as long and has an ASCII letter only where the text has it in either case), the region
    and pieces as written find it in their case. The pieces hold no white space, so the run of white
    space before one is read whole; a character before the region is seen, as the pattern's
    look-behind sees it, none after it."""
    first, size = pieces[0], len(region)
    at = region.find(first)
    while at >= 0:
        end = spaced_words_end(region, at, pieces, spaced=spaced)
        if end is not None and whole_word and (start + at > 0 and text[start + at - 1].isdecimal()
                                               or end < size and text[start + end].isdecimal()):
            end = None
        if end is not None and bounded and (start + at > 0 and word_character(text[start + at - 1])
                                            or end < size and word_character(text[start + end])):
            end = None
        if end is not None:
            return start + at, start + end
        at = region.find(first, at + 1)
    return None


def _value_evidence(text: str, value: str, region: Region, *, whole_word: bool = False, spaced: bool = True,
                    name: bool = False) -> dict:
    """The evidence of ``value``: its first place inside ``region`` (any case, any whitespace between
    its words; a DOI's characters with any whitespace between them), with the region's rule; a
    region of no words, or one the value is not written in, gives the rule alone. A person's
    ``name`` is looked for as a whole name, first in its own case (``Ann Lee``, not the ``ann Lee``
    of ``Joann Leeds``), then in any case, and only then inside other words; last, as a name written
    surname first, with a comma between its surname and its initials (``Kim K-H`` at ``Kim, K-H``).
    (The reading of a reference's surname-first list keeps where it found each name, and
    :func:`_citation_evidence` takes that: :func:`trialnews.facts.author_lists.surname_first_places`.)"""
    start, end, rule = region
    if start is not None:
        pieces = value.split() if spaced else list(value)
        region_text = text[start:end]
        # ASCII pieces in a region lower-cased as (?i) reads it: searched with str.find, no pattern compiled
        searchable_by_find = bool(pieces) and value.isascii() and CASE_EXCEPTION.search(region_text) is None \
            and (spaced or not any(map(str.isspace, value)))
        if searchable_by_find:
            in_any_case = region_text.lower(), [piece.lower() for piece in pieces]  # (region, pieces)
            # a name whole in its own case, then whole in any case, then in any case inside other words
            searches = ((region_text, pieces, True), (*in_any_case, True), (*in_any_case, False)) if name \
                else ((*in_any_case, False),)
            for written, looked_for, bounded in searches:
                found = _ascii_pieces_at(text, written, start, looked_for, spaced=spaced, whole_word=whole_word,
                                         bounded=bounded)
                if found is not None:
                    return {"start": found[0], "end": found[1], "text": text[found[0]:found[1]], "rule": rule}
            if not name or not spaced or surname_and_initials(value) is None:
                return {"start": None, "end": None, "text": None, "rule": rule}
        pattern = r"\s*".join(map(re.escape, pieces)) if not spaced else r"\s+".join(map(re.escape, pieces))
        if whole_word:
            pattern = rf"(?<!\d){pattern}(?!\d)"
        if searchable_by_find:
            tries = ()  # (searched above: only the surname-first form below is left)
        elif name:  # whole in its own case, whole in any case, then in any case inside other words
            tries = (rf"(?<!\w){pattern}(?!\w)", rf"(?i)(?<!\w){pattern}(?!\w)", f"(?i){pattern}")
        else:
            tries = (f"(?i){pattern}",)
        written = surname_and_initials(value) if name and spaced else None
        if written is not None:  # written surname first by a reader that keeps no offsets ("Kim K-H" at "Kim, K-H")
            tries += (r"(?<!\w)" + r"\s+".join(map(re.escape, written[0].split())) + r"\s*,\s*"
                      + re.escape(written[1]) + r"(?!\w)",)
        for tried in tries if pieces else ():
            match = re.compile(tried).search(text, start, end)  # one value's: not kept in the patterns' cache
            if match is not None:
                return {"start": match.start(), "end": match.end(), "text": match.group(), "rule": rule}
    return {"start": None, "end": None, "text": None, "rule": rule}
