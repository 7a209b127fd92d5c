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

from ..doctext import span_text
from ..resources import load_lexicon, word_set
from ..scanning import alternation
from .common import clean, evidence, longest_first, sent, spans, state

#: Tokens after a primary-endpoint cue ("The trial's primary endpoint was ...") searched for it.
PRIMARY_WINDOW = 8
#: The longest phrase (in tokens) read as an endpoint name after a primary-endpoint cue.
MAX_NAME_TOKENS = 8
#: Tokens after the cue's linking word ("was", ":") within which the articles before the name are skipped.
LINK_SKIP_WINDOW = 3
#: Tokens before a primary-endpoint cue read for a met/missed verb ("met the primary goal").
MET_WINDOW = 3
#: Tokens after a primary-endpoint cue within which an abbreviation is read as the endpoint it names.
ABBREVIATION_WINDOW = 3
#: Qualifying words (``endpoint_qualifiers.txt``) joined to a lexicon outcome at most: "serious
#: adverse events", "durable complete response".
MAX_QUALIFIERS = 2
#: Names this long or shorter keep a final "s" ("aids", "mrs" are no plurals).
SINGULAR_MIN_CHARS = 4
#: Endings of a word whose final "s" is no plural ending: "stress", "virus", "sepsis" (morphology,
#: not a word list).
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "sis")
#: The word lists of the endpoints fact (``patterns/``), by the setting that names them.
QUALIFIERS = "endpoint_qualifiers.txt"
CUE_LINKS = "primary_cue_links.txt"
NAME_STOPS = "endpoint_name_stops.txt"
MET_VERBS = "endpoint_met_verbs.txt"
MET_OBJECTS = "endpoint_met_determiners.txt"
ARTICLES = "articles.txt"


@dataclass(frozen=True)
class Settings:
    """The settings of the endpoints fact: the ``trialnews_endpoints`` component's config."""

    #: Tokens after a primary-endpoint cue searched for the endpoint it names.
    primary_window: int = PRIMARY_WINDOW
    #: The longest phrase (tokens) read as an endpoint's name after a primary-endpoint cue.
    max_name_tokens: int = MAX_NAME_TOKENS
    #: Tokens after the cue's linking word within which articles before the name are skipped.
    link_skip_window: int = LINK_SKIP_WINDOW
    #: Tokens before a primary-endpoint cue read for a met/missed verb.
    met_window: int = MET_WINDOW
    #: Tokens after a primary-endpoint cue within which an abbreviation names the endpoint.
    abbreviation_window: int = ABBREVIATION_WINDOW
    #: Qualifying words joined to a lexicon outcome at most.
    max_qualifiers: int = MAX_QUALIFIERS
    #: Lexicons: words that qualify an outcome ("serious"), that link a cue to its endpoint ("was"),
    #: that end the endpoint's name, met/missed verbs, the words between such a verb and the cue
    #: ("met its"), and the articles skipped before a name.
    qualifiers: str = QUALIFIERS
    cue_links: str = CUE_LINKS
    name_stops: str = NAME_STOPS
    met_verbs: str = MET_VERBS
    met_objects: str = MET_OBJECTS
    articles: str = ARTICLES


DEFAULTS = Settings()


@cache
def _met_before(verbs_name: str = MET_VERBS, objects_name: str = MET_OBJECTS) -> re.Pattern[str]:
    """A met/missed verb right before a primary-endpoint cue: "met the", "missed its", "reached"."""
    verbs = alternation(load_lexicon(verbs_name))
    objects = alternation(load_lexicon(objects_name))
    return re.compile(rf"(?i)\b{verbs}\s+{objects}?\s*$")


def _canonical(text: str) -> str:
    """Lower case, except for words written in capitals (``HbA1c``, ``HIV infection``)."""
    words = clean(text).split()
    name = " ".join(w if sum(ch.isupper() for ch in w) > 1 else w.lower() for w in words)
    return re.sub(r"\brates$", "rate", name)  # "objective response rates" names one endpoint


def singular(name: str) -> str:
    """A name with its last word in the singular (``hiv infections`` -> ``hiv infection``)."""
    if len(name) > SINGULAR_MIN_CHARS and name.endswith("s") and not name.endswith(_NOT_PLURAL_ENDINGS):
        return name[:-1]
    return name


def _qualified(doc: Doc, span: Span, settings: Settings = DEFAULTS) -> Span:
    """A lexicon outcome with the word that qualifies it: ``ongoing response``, ``sustained
    remission``, ``serious adverse events`` (each a different outcome from the bare word)."""
    start = span.start
    qualifiers = word_set(settings.qualifiers)
    while start > 0 and doc[start - 1].lower_ in qualifiers and span.start - start < settings.max_qualifiers:
        start -= 1
    if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ == "composite":
        start -= 2  # "a composite of adverse events": the composite is the outcome
    return span if start == span.start else Span(doc, start, span.end, label=span.label_, span_id=span.id_)


def _name_after_cue(doc: Doc, cue: Span, settings: Settings = DEFAULTS) -> Span | None:
    """The noun phrase after ``primary endpoint was|is|of|:``."""
    i = cue.end
    links = word_set(settings.cue_links)
    if i >= len(doc) or doc[i].lower_ not in links:
        return None
    articles = word_set(settings.articles)
    while i < min(len(doc), cue.end + settings.link_skip_window) and (doc[i].lower_ in links or doc[i].lower_ in articles):
        i += 1
    end = i
    stops = word_set(settings.name_stops)
    while end < min(len(doc), i + settings.max_name_tokens) and doc[end].lower_ not in stops \
            and not doc[end].is_space:
        end += 1
    return doc[i:end] if end > i else None


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
        # "met the primary goal of the study as almost 40 percent ... achieved a clinical response"
        met = _met_before(settings.met_verbs, settings.met_objects)
        window = len(doc) if met.search(span_text(doc[max(0, cue.start - settings.met_window):cue.start])) \
            else settings.primary_window
        following = [m for m in lexicon if cue.end <= m.start <= cue.end + window and sent(m) == sent(cue)]
        following += [s for s in spans(doc, "ABBREVIATION") if cue.end <= s.start <= cue.end + settings.abbreviation_window]
        phrase = _name_after_cue(doc, cue, settings)
        first = min(following, key=lambda m: m.start) if following else None
        if phrase is not None and first is not None and phrase.start < first.start <= first.end <= phrase.end:
            # "time to first hospitalization": the whole phrase, not the known word inside it
            add(phrase, _canonical(phrase.text), None, primary=True)
            inside_phrase.update(m.start for m in following if phrase.start <= m.start < phrase.end)
            continue
        if following:
            primary_targets.add(min(following, key=lambda m: m.start).start)
        else:
            phrase = _name_after_cue(doc, cue, settings)
            if phrase is not None:
                name = _canonical(phrase.text)
                add(phrase, name, long_to_short.get(name.lower()), primary=True)
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
