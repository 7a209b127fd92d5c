"""Author lists: the publication's authors where a story prints them as a list of its own.

Press releases end with the paper's reference, and many print it with the whole author list
first, the way the journal or the meeting does, in a line without a label:

- a full reference opening with the names: ``Anna Berg, Tom Li, Claudia M. Roth: Title of the
  paper. In: Journal Name, Volume 2, 2018.``, ``A. Berg, T. Li, and C. Roth, "Title," Journal
  Name, vol. 6, 2016.``, ``Anna Berg, Tom Li and Claudia Roth. Title, Journal Name, published
  online May 2, 2018``;
- a meeting abstract's header on one line: ``Abstract 12: Title of the abstract. S. Berg; R. Li;
  T. Roth; Lake Institute, City``.

A line that opens with at least :data:`MIN_REFERENCE_AUTHORS` people's names (each checked as a
person's name by :func:`trialnews.facts.references.person`) and goes on with a title and a
journal (one the lexicon knows, or a name with a word of a journal's title, before the date) is
the paper's reference: each name is an author as written, and ``et_al`` is true only where the
line says more authors ("et al", "and colleagues"). A line of names without a journal after its
title is no reference (a list of speakers, a board): it stays out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..record import CitationEvidence
from ..resources import load_lexicon, phrase_regex
from ..scanning import alternation, compile_pattern
from . import references

if TYPE_CHECKING:  # citation.py imports this module
    from . import citation

#: The fewest names that open an unlabelled reference line: two names may open a sentence of
#: prose ("Jane Smith and Bo Li, who led ..."), three before a title and a journal are a list.
MIN_REFERENCE_AUTHORS = 3
#: The fewest names of a meeting abstract's author line after its "Abstract N: Title." opening.
MIN_ABSTRACT_AUTHORS = 2
#: The most characters of an unlabelled reference line (a paragraph of prose is longer).
MAX_REFERENCE_CHARS = 1500


@dataclass(frozen=True)
class Settings:
    """The settings of reading author lists: the citation fact's settings
    (:class:`trialnews.facts.citation.Settings` holds the same fields and builds these with :func:`of`)."""

    min_reference_authors: int = MIN_REFERENCE_AUTHORS
    min_abstract_authors: int = MIN_ABSTRACT_AUTHORS
    max_reference_chars: int = MAX_REFERENCE_CHARS
    references: references.Settings = references.DEFAULTS


DEFAULTS = Settings()


def of(settings: citation.Settings) -> Settings:
    """The author lists' settings of the citation fact's ``settings`` (which also read reference lines)."""
    return Settings(min_reference_authors=settings.min_reference_authors,
                    min_abstract_authors=settings.min_abstract_authors,
                    max_reference_chars=settings.max_reference_chars, references=settings)

#: One word of a name: initials ("J.A.", "M.", "EJ", "K-H.") or a capitalised word ("Blödt",
#: "O'Neil", "Eisenhart-Rothe"); a lower-case particle ("von", "de") may stand between words.
_WORD = rf"(?:{references.INITIALS}(?![\w.])|[^\W\d_a-z]{references.NAME_WORD_REST}(?![.\w]\w))"
#: A run of name words, space-separated; the whole run is checked as one person's name.
_NAME = compile_pattern(rf"{_WORD}(?:\s(?:(?:{references.PARTICLE})\s)?{_WORD}){{1,{references.MAX_NAME_WORDS - 1}}}")
#: The marks that may open a line before its first name: a bullet, a dash or a footnote mark
#: ("*", "•", "–", "-").
_OPENING_MARKS = "*\u2022\u2013-"
_OPENING = compile_pattern(rf"^[\s{re.escape(_OPENING_MARKS)}]*")
#: Between two names of a reference: a comma (an "and" after it) or an "and".
_COMMA_SEPARATOR = compile_pattern(references.list_separator(","))
#: Between two names of a meeting abstract's author line: a semicolon.
_SEMICOLON_SEPARATOR = compile_pattern(r"\s*;\s*")
#: Where a reference's title and journal part: a full stop, a comma, a semicolon or "In:".
_PIECE_SEPARATOR = compile_pattern(r"(?<![A-Z])\.\s+|,\s+|;\s+|\bIn:\s*")
#: What closes the names of a reference: "et al" or "and colleagues" (``reference_more_authors.txt``:
#: more authors), then a colon, a full stop, or a comma before a quoted title.
_AFTER_NAMES = compile_pattern(rf"(?P<more>,?\s*et\s+al\b|,?\s+(?:and|&)\s+{phrase_regex(references.REFERENCE_MORE_AUTHORS)}\b)?"
                               r"\s*(?:\.?,(?=\s*[\"\u201c])|[.:])\s*")


def _names(line: str, at: int, separator: re.Pattern[str], settings: Settings) -> tuple[list[str], int]:
    """The names listed from ``at`` on and the offset where the list ends (after the last name)."""
    names: list[str] = []
    end = at
    while True:
        match = _NAME.match(line, at)
        name = references.person(match.group(), settings.references) if match else None
        if name is None:
            return names, end
        names.append(name)
        end = match.end()
        gap = separator.match(line, end)
        if gap is None:
            return names, end
        at = gap.end()


def _journal_before_date(rest: str, settings: Settings) -> tuple[str, int] | None:
    """The journal a reference's rest names before its date (the last piece before the first year
    that is a known journal or a journal-shaped name with a word of a journal's title), and where
    that piece starts."""
    year = references.YEAR.search(rest)
    limit = year.start() if year else len(rest)
    starts = [0] + [m.end() for m in _PIECE_SEPARATOR.finditer(rest, 0, limit)]
    for start in reversed(starts[1:]):  # the title comes first: a journal is never the first piece
        journal = references.first_piece_journal(rest[start:], settings.references, known_only=True)
        if journal is not None:
            return journal, start
    return None


def _reference(line: str, settings: Settings, *, labelled: bool = False) -> dict | None:
    """``Names: Title. In: Journal, ...``, ``Names, "Title," Journal, ...``, ``Names. Title, Journal``.
    After a reference label ("Source:", "Citation:") fewer names make a reference: two, or one with
    "et al" (``Source: Anna Berg et al. Title. Journal, 2016``)."""
    if len(line) > settings.max_reference_chars:
        return None
    names, end = _names(line, _OPENING.match(line).end(), _COMMA_SEPARATOR, settings)
    if not names:
        return None
    rest = line[end:]
    opening = _AFTER_NAMES.match(rest)
    if opening is None:
        return None  # "Jane Smith, Ali Khan and Bo Li said": names in a sentence
    more = bool(opening.group("more"))
    fewest = (1 if more else settings.references.min_listed_authors) if labelled else settings.min_reference_authors
    if len(names) < fewest:
        return None
    rest = rest[opening.end():]
    quoted = references.quoted_start(rest)
    if quoted is not None:
        title, at = quoted
        journal = references.first_piece_journal(rest[at:], settings.references, known_only=True)
        after = rest[at:]
    else:
        found = _journal_before_date(rest, settings)
        if found is None:
            return None
        journal, at = found
        title = re.sub(r"[\s.,;:]*(?:\bIn:)?[\s.,;:]*$", "", rest[:at])
        after = rest[at:]
    if journal is None or len(title.split()) < settings.references.min_title_words:
        return None
    year = references.YEAR.search(after)
    return {"authors": names, "et_al": more or bool(references.more_authors().search(after)), "title": title.strip(),
            "journal": journal, "year": int(year.group()) if year else None, "doi": None}


def _abstract_header(line: str, settings: Settings) -> dict | None:
    """``Abstract 12: Title of the abstract. S. Berg; R. Li; T. Roth; Lake Institute, City``."""
    number = references.abstract_number(line)
    if number is None:
        return None
    for stop in re.finditer(r"(?<![A-Z])\.\s+", line[number:]):
        names, _ = _names(line, number + stop.end(), _SEMICOLON_SEPARATOR, settings)
        if len(names) >= settings.min_abstract_authors:
            title = line[number:number + stop.start()].strip()
            if len(title.split()) < settings.references.min_title_words:
                return None
            return {"authors": names, "et_al": False, "title": title, "journal": None, "year": None, "doi": None}
    return None


def listed_authors(text: str, settings: Settings = DEFAULTS) -> dict | None:
    """The citation of the first line of ``text`` that lists a paper's authors (see the module's
    docstring), or None."""
    found = listed_authors_at(text, settings)
    return found[0] if found is not None else None


def listed_authors_at(text: str, settings: Settings = DEFAULTS) -> tuple[dict, tuple[int, int, str]] | None:
    """:func:`listed_authors` with the line it was read from: its characters in ``text`` (stripped)
    and the rule that read it (``citation:abstract-author-line`` or ``citation:author-list-reference``)."""
    label = references.label_pattern(settings.references.reference_labels)
    for line_start, line in references.placed_lines(text):
        if not line:
            continue  # (a blank line: no body; half an article's lines)
        body = label.sub("", line, count=1)  # "Source: Anna Berg, Tom Li, Bo Roth et al. "Title." Journal."
        if not body or not body[0].isupper() and body[0] not in _OPENING_MARKS:
            continue
        found, rule = _abstract_header(body, settings), "citation:abstract-author-line"
        if found is None:
            found, rule = _reference(body, settings, labelled=body != line), "citation:author-list-reference"
        if found is not None:
            return found, (line_start, line_start + len(line), rule)
    return None


def with_listed_authors_at(citation: dict | None, text: str,
                           settings: Settings = DEFAULTS) -> tuple[dict | None, tuple[int, int, str] | None, tuple[str, ...]]:
    """``citation`` (a reference line's, or None) with the authors of the author list ``text``
    prints: the list's citation where there is none; its authors (and title) where the citation
    has none and names no other journal. With where the list was read (its line and rule, as
    :func:`listed_authors_at`) and the fields the list gave: every field where there was no citation,
    else its authors and et_al, and its title where the citation had none. No list merged: the
    citation, no place and no fields."""
    if citation is not None and citation["authors"]:
        return citation, None, ()
    found = listed_authors_at(text, settings)
    if found is None:
        return citation, None, ()
    listed, region = found
    if citation is None:
        return listed, region, tuple(CitationEvidence.model_fields)
    if citation["journal"] and listed["journal"] and citation["journal"].lower() != listed["journal"].lower():
        return citation, None, ()  # the list is another paper's
    fields = ("authors", "et_al") + (("title",) if not citation["title"] else ())
    return {**citation, "authors": listed["authors"], "et_al": listed["et_al"],
            "title": citation["title"] or listed["title"]}, region, fields
