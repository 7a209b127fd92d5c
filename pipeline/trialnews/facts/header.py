"""The article header: title (first line), byline author and publication date."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from ..normalize import parse_date
from ..reading.doctext import text_of
from ..resources import load_lexicon
from ..scanning import alternation
from .common import clean, spans, state

#: Characters from the start of the text within which a byline or dateline is read as the
#: article's own (later dates are events in the story).
HEADER_WINDOW = 400


@cache
def _byline_stop() -> re.Pattern[str]:
    """Where the name in a byline ends: a comma or a bar, a dash, or a word of ``byline_stops.txt``."""
    words = alternation(load_lexicon("byline_stops.txt"))
    return re.compile(rf"\s*[,|].*$|\s+(?:-|\u2013|\u2014|{words}\b).*$")


def title(text: str) -> str | None:
    for line in text.split("\n"):
        if line.strip():
            return clean(line) or None
    return None


def author(doc: Doc) -> str | None:
    """The byline near the top ("By Jane Doe", "Jane Doe, USA TODAY"), else the sign-off at the end
    ("Write to Jane Doe at jane.doe@example.com")."""
    for span in spans(doc, "BYLINE"):
        if span.start_char > HEADER_WINDOW:
            break
        name = re.sub(r"^\s*By\s+", "", span.text)
        name = _byline_stop().sub("", name)
        if name.strip():
            return clean(name)
    for span in spans(doc, "SIGN_OFF"):
        return clean(span.text)
    return None


def published(doc: Doc) -> str | None:
    for span in spans(doc, "DATE"):
        if span.start_char > HEADER_WINDOW:
            break
        value = parse_date(span.text)
        if value:
            return value
    return None


def extract(doc: Doc) -> None:
    state(doc)["article"] = {"title": title(text_of(doc)), "author": author(doc), "published": published(doc)}
