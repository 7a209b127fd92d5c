"""The article header: title (first line), byline author and publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from ..normalize import parse_date
from ..reading.doctext import text_of
from ..resources import load_lexicon
from ..scanning import alternation, compile_pattern
from .common import clean, spans, state

#: Characters from the start of the text within which a byline or dateline is read as the
#: article's own (later dates are events in the story).
HEADER_WINDOW = 400
#: The word list that ends the name in a byline.
BYLINE_STOPS = "byline_stops.txt"


@dataclass(frozen=True)
class Settings:
    """The settings of the header fact: the ``trialnews_header`` component's config."""

    #: Characters from the start within which a byline or a date is the article's own.
    header_window: int = HEADER_WINDOW
    #: The lexicon (``patterns/``) of words that end the name in a byline.
    byline_stops: str = BYLINE_STOPS


DEFAULTS = Settings()


@cache
def _byline_stop(name: str = BYLINE_STOPS) -> re.Pattern[str]:
    """Where the name in a byline ends: a comma or a bar, a dash, or a word of the lexicon ``name``."""
    words = alternation(load_lexicon(name))
    return compile_pattern(rf"\s*[,|].*$|\s+(?:-|\u2013|\u2014|{words}\b).*$")


def title(text: str) -> str | None:
    for line in text.split("\n"):
        if line.strip():
            return clean(line) or None
    return None


def author(doc: Doc, settings: Settings = DEFAULTS) -> str | None:
    """The byline near the top ("By Jane Doe", "Jane Doe, USA TODAY"), else the sign-off at the end
    ("Write to Jane Doe at jane.doe@example.com")."""
    for span in spans(doc, "BYLINE"):
        if span.start_char > settings.header_window:
            break
        name = re.sub(r"^\s*By\s+", "", span.text)
        name = _byline_stop(settings.byline_stops).sub("", name)
        if name.strip():
            return clean(name)
    for span in spans(doc, "SIGN_OFF"):
        return clean(span.text)
    return None


def published(doc: Doc, settings: Settings = DEFAULTS) -> str | None:
    for span in spans(doc, "DATE"):
        if span.start_char > settings.header_window:
            break
        value = parse_date(span.text)
        if value:
            return value
    return None


def extract(doc: Doc, settings: Settings = DEFAULTS) -> None:
    state(doc)["article"] = {"title": title(text_of(doc)), "author": author(doc, settings),
                             "published": published(doc, settings)}
