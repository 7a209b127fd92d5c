"""Endpoints: outcome mentions from the endpoint lexicon, joined with their abbreviations.

``progression-free survival (PFS)`` gives one endpoint with both names; every later ``PFS`` is a
mention of it. ``The primary endpoint was X`` marks X as primary, and names an endpoint that the
lexicon does not know. Mentions go to ``doc.spans["ENDPOINT_MENTION"]`` labelled with the
endpoint's name, for linking results to endpoints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..linking.outcomes import RATES, name_text
from ..linking.phrases import (cause_end, change_nouns, composite_extent, coordinated_end, measure_lead_start,
                               measured_outcome, noun_phrase_left, noun_phrase_right, predicate_verbs, premodifier_start,
                               shared_measure_start, trimmed)
from ..linking.wordclass import NOUN, VERB, classes
from ..reading.doctext import span_text
from ..resources import load_lexicon, load_unit_entries, word_set
from ..scanning import alternation, compile_pattern
from .common import clean, evidence, longest_first, sent, spans, state

#: Tokens after a primary-endpoint cue ("The trial's primary endpoint was ...") searched for it.
PRIMARY_WINDOW = 8
#: Tokens after the cue's linking word ("was", ":") that may be more linking words.
LINK_SKIP_WINDOW = 3
#: Tokens before a primary-endpoint cue read for a met/missed verb ("met the primary goal").
MET_WINDOW = 3
#: Tokens after a primary-endpoint cue within which an abbreviation is read as the endpoint it names.
ABBREVIATION_WINDOW = 3
#: Premodifiers joined to a lexicon outcome at most (:func:`trialnews.linking.phrases.premodifier_start`):
#: "serious adverse events", "durable complete response", "physiologically measured hot flashes".
MAX_QUALIFIERS = 3
#: Names this long or shorter keep a final "s" ("aids", "mrs" are no plurals).
SINGULAR_MIN_CHARS = 4
#: Endings of a word whose final "s" is no plural ending: "stress", "virus", "sepsis" (morphology,
#: not a word list).
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "sis")
#: Tokens after "primary endpoint of" searched for the verb after its owner (``of the trial was``)
#: or the study it belongs to (``of the phase 3 study``).
OWNER_WINDOW = 5
#: The most tokens of a short form in brackets inside a scale's name (``(HAM-A)``).
SHORT_FORM_TOKENS = 4
#: Tokens between a change and the ``in`` that names what changed: ``change from baseline to week 6 in``.
CHANGE_SPAN_WINDOW = 5
#: The most tokens of a bracketed aside inside a composite's list (``(ischemic or hemorrhagic)``).
ASIDE_TOKENS = 6
#: Punctuation that sets a primary-endpoint cue beside the outcome it names: ``X (primary endpoint)``,
#: ``X – primary endpoint``, ``X, the primary endpoint``.
_APPOSITION_MARKS = ("(", ",", "-", "\u2013", "\u2014")
#: The word lists of the endpoints fact (``patterns/``), by the setting that names them.
QUALIFIERS = "endpoint_qualifiers.txt"
CUE_LINKS = "primary_cue_links.txt"
CUE_OWNERS = "primary_cue_owners.txt"
TRIAL_OUTCOME_NOUNS = "trial_outcome_nouns.txt"
CHANGE_SPAN_WORDS = "change_span_words.txt"
MET_VERBS = "endpoint_met_verbs.txt"
MET_OBJECTS = "endpoint_met_determiners.txt"
ARTICLES = "articles.txt"
CLAUSE_OPENERS = "whether_clause_openers.txt"
CLAUSE_VERBS = "whether_clause_verbs.txt"
CLAUSE_OBJECTS = "whether_clause_objects.txt"
FULLER_NAME_HEADS = "fuller_name_heads.txt"
#: Words around an outcome that measure it (``risk of``, ``rate``) or set it apart from a co-treatment
#: (``alone``): read only to tell that two names of one article are one endpoint (:func:`merge_spellings`).
SPELLING_LEADS = "risk_nouns.txt"
SPELLING_TAILS = "endpoint_measure_tails.txt"
SPELLING_ALONE = "alone_words.txt"
SPELLING_KINDS = "endpoint_kind_words.txt"
SPELLING_CHANGES = "endpoint_change_leads.txt"
#: Words that judge or point and name nothing measured (``better``, ``low``, ``high``): a name made only
#: of them is no endpoint (:func:`judgement_only`).
JUDGEMENT_WORDS = ("evaluative_words.txt", "not_outcome_words.txt")
#: The rule of a cue written as a design (``the trial was primarily designed to look at safety``): the
#: outcome follows its verb, with no linking word.
DESIGN_CUE_RULE = "primary-design-cue"
#: Tokens between a goal's link and ``whether`` (``seeing``, ``to find out``) at most.
CLAUSE_LEAD_WINDOW = 4
#: Tokens between ``whether`` and the clause's verb (``the hormone pills``) at most.
CLAUSE_SUBJECT_WINDOW = 6


@dataclass(frozen=True)
class Settings:
    """The settings of the endpoints fact: the ``trialnews_endpoints`` component's config."""

    #: Tokens after a primary-endpoint cue searched for a known outcome when it names none itself.
    primary_window: int = PRIMARY_WINDOW
    #: Tokens after the cue's linking word ("was", ":") that may be more linking words.
    link_skip_window: int = LINK_SKIP_WINDOW
    #: Tokens before a primary-endpoint cue read for a met/missed verb.
    met_window: int = MET_WINDOW
    #: Tokens after a primary-endpoint cue within which an abbreviation names the endpoint.
    abbreviation_window: int = ABBREVIATION_WINDOW
    #: Premodifiers joined to a lexicon outcome at most.
    max_qualifiers: int = MAX_QUALIFIERS
    #: Tokens after "primary endpoint of" searched for its owner's verb or a study word.
    owner_window: int = OWNER_WINDOW
    #: Tokens between a change and the "in" that names what changed.
    change_span_window: int = CHANGE_SPAN_WINDOW
    #: Lexicons: words that qualify an outcome ("serious"), that link a cue to its endpoint ("was"),
    #: that stand between a cue and the bracket or comma before it ("the study's"), the cue nouns
    #: only trials use ("endpoint"), the words between a change and its "in" ("from baseline to
    #: week 6"), met/missed verbs, the words between such a verb and the cue ("met its"), and the
    #: articles skipped before a cue.
    qualifiers: str = QUALIFIERS
    cue_links: str = CUE_LINKS
    cue_owners: str = CUE_OWNERS
    trial_outcome_nouns: str = TRIAL_OUTCOME_NOUNS
    change_span_words: str = CHANGE_SPAN_WORDS
    met_verbs: str = MET_VERBS
    met_objects: str = MET_OBJECTS
    articles: str = ARTICLES
    #: Lexicons of a goal written as a question: the words that open it ("whether"), its verbs
    #: ("reduced", "made"), and the nouns before the outcome's "in"/"on" ("a difference in").
    clause_openers: str = CLAUSE_OPENERS
    clause_verbs: str = CLAUSE_VERBS
    clause_objects: str = CLAUSE_OBJECTS
    #: Tokens before "whether" and between it and the clause's verb, at most.
    clause_lead_window: int = CLAUSE_LEAD_WINDOW
    clause_subject_window: int = CLAUSE_SUBJECT_WINDOW


DEFAULTS = Settings()


@cache
def _met_before(verbs_name: str = MET_VERBS, objects_name: str = MET_OBJECTS) -> re.Pattern[str]:
    """A met/missed verb right before a primary-endpoint cue: "met the", "missed its", "reached"."""
    verbs = alternation(load_lexicon(verbs_name))
    objects = alternation(load_lexicon(objects_name))
    return compile_pattern(rf"(?i)\b{verbs}\s+{objects}?\s*$")


def _canonical(text: str) -> str:
    """Lower case, except for words written in capitals (``HbA1c``, ``HIV infection``)."""
    return RATES.sub("rate", name_text(clean(text)))  # "objective response rates" names one endpoint


def singular(name: str) -> str:
    """A name with its last word in the singular (``hiv infections`` -> ``hiv infection``)."""
    if len(name) > SINGULAR_MIN_CHARS and name.endswith("s") and not name.endswith(_NOT_PLURAL_ENDINGS):
        return name[:-1]
    return name


def _qualified(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> Span:
    """A lexicon outcome with the premodifiers of its noun phrase: ``ongoing response``, ``first
    relapse``, ``serious adverse events`` (each a different outcome from the bare word), up to
    the first word that is no part of a name (:func:`premodifier_start`: a determiner, a number,
    a possessive, a judging word, people, a group's or drug's name, a verb), the qualifiers of
    ``endpoint_qualifiers.txt`` always, with the measure after it that heads the phrase (``yearly
    relapse rate``); the cause its head takes (``hospitalization for heart failure``:
    :func:`cause_end`); elsewhere the known outcomes joined to it by ``or`` under one value
    (``stroke or death``: :func:`composite_extent`) and the measure written before it with its
    preposition (``time to first relapse``: :func:`measure_lead_start`)."""
    floor = sent(span).start
    shared = shared_measure_start(doc, span.start, span.end + 1, floor) if span.end < sent(span).end else span.start
    if shared < span.start:  # "an overall response and remission rate": one rate of either outcome
        return Span(doc, shared, span.end + 1, label=span.label_, span_id=span.id_)
    start = premodifier_start(doc, span.start, span.end, floor, word_set(settings.qualifiers), settings.max_qualifiers)
    if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ == "composite":
        start -= 2  # "a composite of adverse events": the composite is the outcome
    end = cause_end(doc, span.end, sent(span).end)  # "hospitalization for heart failure", "death from any cause"
    if start < span.start and end == span.end and end < sent(span).end and doc[end].lower_ in word_set(SPELLING_TAILS):
        end += 1  # "the yearly relapse rate": the premodifiers are the measure's, which heads the phrase
    else:
        start, end = composite_extent(doc, start, end, floor, sent(span).end)  # "stroke or death": one outcome
        start = measure_lead_start(doc, start, end, floor)  # "time to first relapse", "change in pain score"
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_, span_id=span.id_)


def _name_after_cue(doc: Doc, cue: Span, settings: Settings = DEFAULTS) -> Span | None:
    """The outcome named after ``primary endpoint was|is|were|included|of|:|,`` (``The primary endpoint
    was the change in the MADRS total score``, ``the primary end point of undetectable PSA``): the
    noun phrase there, read by :mod:`trialnews.linking.phrases`. A verb or an infinitive after the
    link (``was met``, ``is to detect``) names none."""
    i = cue.end
    links = word_set(settings.cue_links)
    stop = sent(cue).end
    if cue.id_ == DESIGN_CUE_RULE and i < stop:
        # "was primarily designed to look at safety": the outcome is the verb's object
        return _name_in_question(doc, i, stop, settings) or _outcome_phrase(doc, i, stop, settings)
    if i >= len(doc) or doc[i].lower_ not in links:
        return None
    if doc[i].lower_ == "of":
        # "the main goal of the trial was X", "the main goal of screening is to ...": the name, if
        # any, follows the verb; "the primary end point of the phase 3 study" names none after it
        window = doc[i + 1:min(stop, i + 1 + settings.owner_window)]
        verb = next((t.i for t in window if t.lower_ in word_set("copulas.txt")), None)
        if verb is not None:
            i = verb
        elif any(t.lower_ in word_set("trial_words.txt") for t in window):
            return None
    limit = min(stop, i + settings.link_skip_window)
    while i < limit and doc[i].lower_ in links:
        i += 1
    asked = _name_in_question(doc, i, stop, settings)
    if asked is not None:
        return asked
    # one endpoint (not "endpoints") named by a list is one composite: "death, heart attack or stroke"
    return _outcome_phrase(doc, i, stop, settings, composite=not cue[-1].lower_.endswith("s"))


def _asks_about_an_outcome(doc: Doc, cue: Span, settings: Settings = DEFAULTS) -> bool:
    """Whether a goal is a question about a treatment's effect on an outcome (``The main goal was
    seeing whether hormones made a difference in heart disease``): a trial's goal, with no study
    word in its sentence."""
    stop = sent(cue).end
    return cue.end + 1 < stop and doc[cue.end].lower_ in word_set("copulas.txt") \
        and _name_in_question(doc, cue.end + 1, stop, settings) is not None


def _name_in_question(doc: Doc, start: int, stop: int, settings: Settings = DEFAULTS) -> Span | None:
    """The outcome of a goal written as a question: ``The main goal was seeing whether hormones made
    a difference in hardening of the arteries``, ``... to find out whether the drug reduced blood
    pressure``: the object of the clause's verb, or the ``in``/``on`` phrase after a difference."""
    lead = doc[start:min(stop, start + settings.clause_lead_window)]
    opener = next((t.i for t in lead if t.lower_ in word_set(settings.clause_openers)), None)
    if opener is None or any(NOUN in classes(t.text) and VERB not in classes(t.text)
                             for t in doc[start:opener]):
        return None  # "The main goal was a test of whether ...": not a question right after the link
    verbs = word_set(settings.clause_verbs)
    verb = next((t.i for t in doc[opener + 1:min(stop, opener + 1 + settings.clause_subject_window)]
                 if t.lower_ in verbs), None)
    if verb is None or verb == opener + 1:
        return None
    thing = noun_phrase_right(doc, verb + 1, stop, attach=False)
    if thing is not None and thing[-1].lower_ in word_set(settings.clause_objects) | change_nouns():
        if thing.end + 1 >= stop or doc[thing.end].lower_ not in ("in", "on"):
            return None
        return _acceptable_name(trimmed(noun_phrase_right(doc, thing.end + 1, stop)))
    return _acceptable_name(trimmed(thing))


def _name_before_cue(doc: Doc, cue: Span, settings: Settings = DEFAULTS) -> Span | None:
    """The outcome a primary-endpoint cue stands in apposition to: ``cognitive function (the
    study's primary endpoint)``, ``minimal residual disease as primary endpoint``,
    ``Executive function (... – primary endpoint)``."""
    floor = sent(cue).start
    i = cue.start
    articles, owners = word_set(settings.articles), word_set(settings.cue_owners)
    while i > floor and (doc[i - 1].lower_ in articles or doc[i - 1].lower_ in owners
                         or doc[i - 1].text in ("'s", "\u2019s")):
        i -= 1  # "the study's", "its", "the trial's"
    if i > floor + 1 and doc[i - 1].lower_ in word_set("copulas.txt"):
        return _outcome_phrase_left(doc, i - 1, floor)  # "Locoregional control was the primary end point"
    if i <= floor or doc[i - 1].text not in _APPOSITION_MARKS and doc[i - 1].lower_ != "as":
        return None
    if doc[i - 1].text == "(" and not (cue.end < len(doc) and doc[cue.end].text == ")"):
        return None
    return _outcome_phrase_left(doc, i - 1, floor)


def _about_a_trial(doc: Doc, cue: Span, settings: Settings = DEFAULTS) -> bool:
    """Whether a primary-endpoint cue speaks of a trial: ``endpoint`` and ``outcome`` always do; a
    ``main goal`` or ``primary aim`` only in a sentence that names a study or says it was met
    (``the primary goal of public health is ...`` names no endpoint)."""
    if any(t.lower_ in word_set(settings.trial_outcome_nouns) for t in cue):
        return True
    sentence = sent(cue)
    if any(t.lower_ in word_set("trial_words.txt") for t in sentence):
        return True
    met = _met_before(settings.met_verbs, settings.met_objects)
    return bool(met.search(span_text(doc[max(sentence.start, cue.start - settings.met_window):cue.start])))


def _outcome_phrase(doc: Doc, start: int, stop: int, settings: Settings = DEFAULTS,
                    composite: bool = False) -> Span | None:
    """An outcome's noun phrase starting at ``start``, with the outcome a change is measured in
    (``change from baseline in the MADRS total score``); None where no outcome can start there.
    A ``composite`` phrase goes on through a list of outcomes (``death, heart attack or stroke``)."""
    phrase = noun_phrase_right(doc, start, stop)
    if phrase is None:
        return None
    if phrase[0].lower_ in change_nouns() and phrase[0].lower_ not in ("change", "changes") \
            and phrase.end > phrase.start + 2 and doc[phrase.start + 1].lower_ == "of":
        phrase = doc[phrase.start + 2:phrase.end]  # "a reduction of fasting glucose": the glucose is measured
    if composite:
        at = _past_aside(doc, phrase.end, stop)  # "stroke (ischemic or hemorrhagic) or systemic embolism"
        listed = coordinated_end(doc, at, stop)
        phrase = doc[phrase.start:listed] if listed > at else phrase
    end = phrase.end
    if phrase[-1].lower_ == "time" and end + 1 < stop and doc[end].lower_ == "to":
        event = noun_phrase_right(doc, end + 1, stop, attach=False) \
            or noun_phrase_right(doc, end + 2, stop, attach=False)  # "time to relapse", "time to first fracture"
        if event is not None:
            end = coordinated_end(doc, event.end, stop) if composite else event.end
            if end + 1 < stop and doc[end].lower_ == "for":
                cause = noun_phrase_right(doc, end + 1, stop, attach=False)
                end = cause.end if cause is not None else end  # "time to first hospitalization for heart failure"
            return _acceptable_name(doc[phrase.start:end])
    if len(phrase) == 1 and end + 1 < stop and doc[end].lower_ in word_set("coordinators.txt"):
        shared = noun_phrase_right(doc, end + 1, stop, attach=False)
        if shared is not None and len(shared) > 1:
            end = shared.end  # "GU and GI toxicities": two modifiers of one head
    if any(t.lower_ in change_nouns() for t in phrase):
        at = end
        span_words = word_set(settings.change_span_words)
        while at < min(stop, end + settings.change_span_window) and doc[at].lower_ != "in" \
                and (doc[at].lower_ in span_words or doc[at].like_num):
            at += 1  # "change from baseline to week 6 in ..."
        measured = noun_phrase_right(doc, at + 1, stop, attach=False) if at < stop and doc[at].lower_ == "in" else None
        if measured is not None:
            measured = doc[measured.start:_past_bracketed_short_form(doc, measured.end, stop)]
            if measured_outcome(trimmed(measured)):
                end = measured.end
    if end - phrase.start > 2 and end < stop and doc[end].like_num and doc[end - 1].lower_ in word_set("label_nouns.txt") \
            and doc[end - 2].lower_ == "of":
        end -= 2  # "an adverse event of grade 3 or worse": the grade's number ends the phrase, so the event
    if end == phrase.end and len(phrase) > 1 and phrase[-1].lower_ in change_nouns() \
            and phrase[-1].lower_ not in ("change", "changes"):
        end -= 1  # "the primary objective of PFS improvement": the outcome improved is PFS
    return _acceptable_name(trimmed(doc[phrase.start:end]))


def _past_aside(doc: Doc, end: int, stop: int) -> int:
    """Past a bracketed aside of words after an item of a composite (``stroke (ischemic or
    hemorrhagic) or systemic embolism``): the index of the list word after it, else ``end``."""
    if end >= stop or doc[end].text != "(":
        return end
    close = next((t.i for t in doc[end + 1:min(stop, end + 1 + ASIDE_TOKENS)] if t.text == ")"), None)
    if close is None or close + 1 >= stop or doc[close + 1].lower_ not in ("or", "and") \
            or any(t.like_num for t in doc[end + 1:close]):
        return end
    return close + 1


def name_without_asides(span: Span) -> str:
    """A name's words without the bracketed asides inside it: ``stroke (ischemic or hemorrhagic)
    or systemic embolism`` is named ``stroke or systemic embolism`` (its evidence keeps them)."""
    parts, at = [], span.start
    for token in span:
        if token.text == "(" and token.i >= at:
            close = next((t.i for t in span[token.i - span.start + 1:] if t.text == ")"), None)
            if close is not None and _past_aside(span.doc, token.i, span.end) == close + 1:
                parts.append(span_text(span.doc[at:token.i]))
                at = close + 1
    parts.append(span_text(span.doc[at:span.end]))
    return " ".join(part.strip() for part in parts if part.strip())


def _past_bracketed_short_form(doc: Doc, end: int, stop: int) -> int:
    """The end of a scale's name written around its short form: ``Montgomery-Asberg Depression
    Rating Scale (MADRS) total score``."""
    if end + 3 >= stop or doc[end].text != "(":
        return end
    close = next((t.i for t in doc[end + 1:min(stop, end + 1 + SHORT_FORM_TOKENS)] if t.text == ")"), None)
    if close is None or not any(t.is_upper for t in doc[end + 1:close]):
        return end
    rest = noun_phrase_right(doc, close + 1, stop, attach=False)
    return rest.end if rest is not None and rest.start == close + 1 else end


def _outcome_phrase_left(doc: Doc, end: int, floor: int) -> Span | None:
    return _acceptable_name(trimmed(noun_phrase_left(doc, end, floor)))


def _acceptable_name(phrase: Span | None) -> Span | None:
    """A phrase that can name an endpoint: an outcome's noun phrase, not a gerund that opens a
    clause (``seeing whether ...``) and not words that only judge (``benefit``)."""
    if phrase is None or not measured_outcome(phrase):
        return None
    if len(phrase) == 1 and phrase[0].lower_.endswith("ing") and VERB in classes(phrase[0].text):
        return None
    if len(phrase) == 1 and phrase[0].lower_ in predicate_verbs():
        return None  # "blood pressure, the main measure, fell": the verb after the aside
    if all(t.lower_ in word_set("not_outcome_words.txt") or not t.is_alpha for t in phrase):
        return None
    if any(t.lower_ in word_set("trial_words.txt") for t in phrase):
        return None  # "the main goal of a late-stage trial": the trial, not what it measured
    return phrase


def extract(doc: Doc, settings: Settings = DEFAULTS) -> None:
    abbreviations = {span.text: span.label_ for span in spans(doc, "ABBREVIATION")}
    long_to_short = {long.lower(): short for short, long in abbreviations.items()}
    endpoints: dict[str, dict] = {}
    mentions: list[tuple[Span, str]] = []

    def add(span: Span, name: str, short: str | None, primary: bool = False) -> None:
        key = singular(name.lower())  # "HIV infections" and "HIV infection" are one endpoint
        entry = endpoints.setdefault(key, {"name": name, "abbreviation": short, "primary": False,
                                           "evidence": evidence(span)})
        entry["abbreviation"] = entry["abbreviation"] or short
        if primary and not entry["primary"]:
            entry["primary"] = True
            entry["evidence"] = evidence(span)
        if name.lower() == key and entry["name"].lower() != key:
            entry["name"] = name  # the singular, where the article writes it ("stroke", not "strokes")
        mentions.append((span, key))

    lexicon = longest_first(_qualified(doc, span, settings) for span in spans(doc, "ENDPOINT"))
    primary_cues = spans(doc, "PRIMARY")
    primary_targets: set[int] = set()
    inside_phrase: set[int] = set()
    for cue in primary_cues:
        if not _about_a_trial(doc, cue, settings) and not _asks_about_an_outcome(doc, cue, settings):
            continue
        phrase = _name_after_cue(doc, cue, settings) or _name_before_cue(doc, cue, settings)
        if phrase is not None:
            # "time to first hospitalization": the whole phrase, not the known word inside it
            if phrase.text in abbreviations:  # "the primary objective of PFS improvement": the PFS defined earlier
                add(phrase, _canonical(abbreviations[phrase.text]), phrase.text, primary=True)
            else:
                name = _canonical(name_without_asides(phrase))
                add(phrase, name, long_to_short.get(name.lower()), primary=True)
            inside_phrase.update(m.start for m in lexicon if phrase.start <= m.start < phrase.end)
            continue
        # "met the primary goal of the study as almost 40 percent ... achieved a clinical response"
        met = _met_before(settings.met_verbs, settings.met_objects)
        window = len(doc) if met.search(span_text(doc[max(0, cue.start - settings.met_window):cue.start])) \
            else settings.primary_window
        following = [m for m in lexicon if cue.end <= m.start <= cue.end + window and sent(m) == sent(cue)]
        following += [s for s in spans(doc, "ABBREVIATION") if cue.end <= s.start <= cue.end + settings.abbreviation_window]
        following.sort(key=lambda m: m.start)
        while len(following) > 1 and following[0].end < len(doc) and doc[following[0].end].lower_ == "in" \
                and following[0][-1].lower_ in change_nouns():
            following.pop(0)  # "met its primary endpoint, an improvement in overall survival": the survival
        if following:
            primary_targets.add(following[0].start)
    for span in lexicon:
        if span.start in inside_phrase:
            continue
        if span.text in abbreviations:
            continue  # a defined short form: joined to its long form below
        name = _canonical(span.text)
        add(span, name, long_to_short.get(name.lower()), primary=span.start in primary_targets)
    for short in spans(doc, "ABBREVIATION"):
        long = _canonical(short.label_)
        long_key = singular(long.lower())
        if long_key in endpoints or any(long_key.endswith(key) for key in endpoints):
            key = long_key if long_key in endpoints else next(k for k in endpoints if long_key.endswith(k))
            endpoints[key]["abbreviation"] = endpoints[key]["abbreviation"] or short.text
            add(short, endpoints[key]["name"], short.text, primary=short.start in primary_targets)
    doc.spans["ENDPOINT_MENTION"] = sorted((Span(doc, span.start, span.end, label=endpoints[key]["name"])
                                            for span, key in mentions), key=lambda s: s.start)
    state(doc)["endpoints"] = list(endpoints.values())


def spelling_key(name: str, kinds: bool = True) -> str:
    """The outcome a name speaks of, without the words that say how it was measured: ``risk of
    infection``, ``infection rates`` and ``infections`` are all ``infection``; ``ischemic stroke
    alone`` is ``ischemic stroke``; and, with ``kinds``, ``clinical remission`` is ``remission``."""
    words = name.lower().split()
    articles, leads = word_set(ARTICLES), word_set(SPELLING_LEADS)
    tails = word_set(SPELLING_TAILS) | word_set(SPELLING_ALONE)
    while len(words) > 1 and words[0] in articles:
        words = words[1:]
    if len(words) > 2 and words[0] in leads and words[1] == "of":
        words = words[2:]  # "risk of recurrence", "incidence of stroke"
    while len(words) > 1 and words[-1] in tails:
        words = words[:-1]  # "infection rate", "ischemic stroke alone"
    while kinds and len(words) > 1 and words[0] in word_set(SPELLING_KINDS):
        words = words[1:]  # "clinical remission", "objective response"
    return singular(" ".join(words))


def _changed_form_of(key: str, keys: set[str]) -> str | None:
    """The outcome a name opening with a verb of change names when the article also names it bare:
    ``delayed progression-free survival`` beside ``progression-free survival``."""
    first, _, rest = key.partition(" ")
    if rest in keys and first in word_set(SPELLING_CHANGES):
        return rest
    return None


@cache
def duration_units() -> frozenset[str]:
    """The units of a length of time (``patterns/units.json``, label ``DURATION``)."""
    return frozenset(entry["unit"] for entry in load_unit_entries("units.json") if entry.get("label") == "DURATION")


def _kept(entries: list[dict], key: str, uses: dict[str, int]) -> dict:
    """The entry whose name a merged endpoint keeps: a primary one, one with a short form, the
    fullest (``objective response rate``, not ``response``), the one named as the outcome itself
    (``recurrence``, not ``risk of recurrence``), the one with most values, else the first."""
    return min(entries, key=lambda e: (not e["primary"], not e["abbreviation"],
                                       -len(spelling_key(e["name"], kinds=False).split()),
                                       singular(e["name"].lower()) != key, -uses.get(e["name"], 0)))


def merge_spellings(items: dict) -> None:
    """One endpoint for the names an article writes of one outcome (:func:`spelling_key`): ``risk
    of infection``, ``infection rate`` and ``infection``; ``delayed progression-free survival`` and
    ``progression-free survival`` (a short name the article writes in full elsewhere has taken the
    fuller name before: :mod:`trialnews.linking.fuller`). Endpoints with two different short forms
    stay apart. The results and comparisons of a merged name take
    the kept one; one that becomes the copy of another is dropped."""
    uses: dict[str, int] = {}
    for item in items["results"] + items["comparisons"]:
        uses[item["endpoint"]] = uses.get(item["endpoint"], 0) + 1
    # only the endpoints the record keeps: a lexicon word the article writes with no value names none
    endpoints = [e for e in items["endpoints"] if e["primary"] or e["name"] in uses]
    unused = [e for e in items["endpoints"] if not (e["primary"] or e["name"] in uses)]
    keys = {id(e): spelling_key(e["name"]) for e in endpoints}
    present = set(keys.values())
    for entry in endpoints:
        # the other names of a bare name go with it ("risk of recurrence" with "recurrence")
        keys[id(entry)] = _changed_form_of(keys[id(entry)], present) or keys[id(entry)]
    groups: dict[str, list[dict]] = {}
    for entry in endpoints:
        groups.setdefault(keys[id(entry)], []).append(entry)
    merged, renamed = _merged(groups, uses)
    items["endpoints"] = merged + unused
    _rename_values(items, renamed)


def _merged(groups: dict[str, list[dict]], uses: dict[str, int]) -> tuple[list[dict], dict[str, str]]:
    """One endpoint for each group of names of one outcome (two short forms stay two), and the
    names merged away, each to the name kept."""
    renamed: dict[str, str] = {}
    merged = []
    for key, entries in groups.items():
        if len({e["abbreviation"] for e in entries if e["abbreviation"]}) > 1:
            merged.extend(entries)  # two short forms: two endpoints
            continue
        # the names of the outcome itself (not its changed or bare form when the group is a fuller one)
        kept = _kept([e for e in entries if spelling_key(e["name"]) == key] or entries, key, uses)
        kept = dict(kept, primary=any(e["primary"] for e in entries),
                    abbreviation=next((e["abbreviation"] for e in entries if e["abbreviation"]), None))
        renamed.update({e["name"]: kept["name"] for e in entries if e["name"] != kept["name"]})
        merged.append(kept)
    return merged, renamed


def _rename_values(items: dict, renamed: dict[str, str]) -> None:
    """The results and comparisons of a merged name take the kept one; one that becomes the copy of
    another is dropped."""
    def signature(item: dict) -> str:
        return repr(sorted((k, v) for k, v in item.items() if k != "evidence"))

    for field in ("results", "comparisons"):
        seen = {signature(item) for item in items[field] if item["endpoint"] not in renamed}
        kept_items = []
        for item in items[field]:
            if item["endpoint"] in renamed:
                item["endpoint"] = renamed[item["endpoint"]]
                if signature(item) in seen:
                    continue  # "ischemic stroke" and "ischemic stroke alone" reported the one value twice
                seen.add(signature(item))
            kept_items.append(item)
        items[field] = kept_items


#: A word of a lower-cased name: letters and digits.
_LOWER_WORD = compile_pattern(r"[a-z0-9]+")


def judgement_only(name: str) -> bool:
    """Whether an outcome's name is only words that judge or point (``better``, ``low``, ``mean``):
    no outcome, so neither an endpoint nor the name of a value (``children in all three groups got
    better``)."""
    words = _LOWER_WORD.findall(name.lower())
    judging = set().union(*(word_set(lexicon) for lexicon in JUDGEMENT_WORDS))
    return bool(words) and all(word in judging for word in words)


def without_judgement_names(items: dict) -> list[tuple[str, dict]]:
    """``items`` without the endpoints :func:`judgement_only` rejects, nor the results and
    comparisons that name them; returns the dropped values (field, item) for a warning each."""
    rejected = {e["name"] for e in items["endpoints"] if not e["primary"] and judgement_only(e["name"])}
    items["endpoints"] = [e for e in items["endpoints"] if e["name"] not in rejected]
    dropped = []
    for field in ("results", "comparisons"):
        dropped += [(field, item) for item in items[field] if item["endpoint"] in rejected]
        items[field] = [item for item in items[field] if item["endpoint"] not in rejected]
    return dropped
