"""Endpoints: outcome mentions from the endpoint lexicon, joined with their abbreviations.

``progression-free survival (PFS)`` gives one endpoint with both names; every later ``PFS`` is a
mention of it. ``The primary endpoint was X`` marks X as primary, and names an endpoint that the
lexicon does not know. Mentions go to ``doc.spans["ENDPOINT_MENTION"]`` labelled with the
endpoint's name, for linking results to endpoints.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..doctext import span_text
from .common import clean, evidence, longest_first, sent, spans, state

#: Tokens after a primary-endpoint cue ("The trial's primary endpoint was ...") searched for it.
PRIMARY_WINDOW = 8
#: The longest phrase (in tokens) read as an endpoint name after a primary-endpoint cue.
MAX_NAME_TOKENS = 8
_STOP_AFTER_NAME = {",", ";", ".", "(", ")", "and", "which", "that", "at", "in", "among", "compared", "versus",
                    "vs", "vs.", "after", "post", "with"}


#: Words that make a lexicon outcome a narrower one when written before it.
_QUALIFIERS = frozenset({"ongoing", "durable", "sustained", "continued", "maintained", "complete", "partial",
                         "serious", "severe", "major", "clinical", "pathological", "pathologic", "objective",
                         "symptomatic", "invasive", "recurrent", "fatal", "nonfatal", "non-fatal"})


def _canonical(text: str) -> str:
    """Lower case, except for words written in capitals (``HbA1c``, ``HIV infection``)."""
    words = clean(text).split()
    name = " ".join(w if sum(ch.isupper() for ch in w) > 1 else w.lower() for w in words)
    return re.sub(r"\brates$", "rate", name)  # "objective response rates" names one endpoint


_MET_BEFORE = re.compile(r"(?i)\b(?:met|meet|meets|achieved|missed|reached)\s+(?:the|its|their|all)?\s*$")


def singular(name: str) -> str:
    """A name with its last word in the singular (``hiv infections`` -> ``hiv infection``)."""
    if len(name) > 4 and name.endswith("s") and not name.endswith(("ss", "us", "is", "sis")):
        return name[:-1]
    return name


def _qualified(doc: Doc, span: Span) -> Span:
    """A lexicon outcome with the word that qualifies it: ``ongoing response``, ``sustained
    remission``, ``serious adverse events`` (each a different outcome from the bare word)."""
    start = span.start
    while start > 0 and doc[start - 1].lower_ in _QUALIFIERS and span.start - start < 2:
        start -= 1
    if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ == "composite":
        start -= 2  # "a composite of adverse events": the composite is the outcome
    return span if start == span.start else Span(doc, start, span.end, label=span.label_, span_id=span.id_)


def _name_after_cue(doc: Doc, cue: Span) -> Span | None:
    """The noun phrase after ``primary endpoint was|is|of|:``."""
    i = cue.end
    if i >= len(doc) or doc[i].lower_ not in ("was", "is", "were", ":", "being"):
        return None
    while i < min(len(doc), cue.end + 3) and doc[i].lower_ in ("was", "is", "were", ":", "being", "the", "a", "an"):
        i += 1
    end = i
    while end < min(len(doc), i + MAX_NAME_TOKENS) and doc[end].lower_ not in _STOP_AFTER_NAME \
            and not doc[end].is_space:
        end += 1
    return doc[i:end] if end > i else None


def extract(doc: Doc) -> None:
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

    lexicon = longest_first(_qualified(doc, span) for span in spans(doc, "ENDPOINT"))
    primary_cues = spans(doc, "PRIMARY")
    primary_targets: set[int] = set()
    inside_phrase: set[int] = set()
    for cue in primary_cues:
        # "met the primary goal of the study as almost 40 percent ... achieved a clinical response"
        window = len(doc) if _MET_BEFORE.search(span_text(doc[max(0, cue.start - 3):cue.start])) else PRIMARY_WINDOW
        following = [m for m in lexicon if cue.end <= m.start <= cue.end + window and sent(m) == sent(cue)]
        following += [s for s in spans(doc, "ABBREVIATION") if cue.end <= s.start <= cue.end + 3]
        phrase = _name_after_cue(doc, cue)
        first = min(following, key=lambda m: m.start) if following else None
        if phrase is not None and first is not None and phrase.start < first.start <= first.end <= phrase.end:
            # "time to first hospitalization": the whole phrase, not the known word inside it
            add(phrase, _canonical(phrase.text), None, primary=True)
            inside_phrase.update(m.start for m in following if phrase.start <= m.start < phrase.end)
            continue
        if following:
            primary_targets.add(min(following, key=lambda m: m.start).start)
        else:
            phrase = _name_after_cue(doc, cue)
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
