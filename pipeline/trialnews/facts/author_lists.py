"""Author lists: the publication's authors where a story prints them as a list of its own.

Press releases end with the paper's reference, and many print it with the whole author list
first, the way the journal or the meeting does, in a line without a label:

- a full reference opening with the names: ``Anna Berg, Tom Li, Claudia M. Roth: Title of the
  paper. In: Journal Name, Volume 2, 2018.``, ``A. Berg, T. Li, and C. Roth, "Title," Journal
  Name, vol. 6, 2016.``, ``Anna Berg, Tom Li and Claudia Roth. Title, Journal Name, published
  online May 2, 2018``;
- a meeting abstract's header on one line: ``Abstract 12: Title of the abstract. S. Berg; R. Li;
  T. Roth; Lake Institute, City``.

- a reference whose names are written surname first, each with its initials after a comma:
  ``Berg, A.C., Li, T., Roth, C.M. Title of the paper. Journal Name (2017), doi: ...`` (each author
  as the surname and its initials, ``Berg A.C.``, as a Vancouver list writes it);
- a reference block after a label on a line of its own (``Reference``, ``Journal reference:``;
  ``reference_labels.txt``), over the next few lines: the title on one line and the names alone on
  the next (``Title of the paper`` / ``Anna Berg, Tom Li and Carl Roth.`` / ``Journal Name. DOI:
  ...``), or the title and the names on one line (``Title of the paper. Anna Berg, Tom Li, Carl
  Roth.``). The label ties the names to the paper, so two names make a list.

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
from functools import cache
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
#: The most non-blank lines after a reference label on a line of its own that its block spans (the
#: title, the names, the journal).
BLOCK_LINES = 3


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


#: A surname then its initials after a comma, as a reference lists its authors surname first
#: ("Berg, A.C.", "Martínez, I.", "Li, K-H.", "Roth, J. C."); the initials end at their full stop.
_SURNAME_FIRST = compile_pattern(rf"(?P<surname>{references.SURNAME}),\s(?P<initials>(?:[A-Z](?:\.|-(?=[A-Z]))-?\s?){{1,3}})(?=[\s,]|$)")
#: Between two names written surname first: a comma, an ampersand or "and" (after a comma or not).
_SURNAME_FIRST_SEPARATOR = compile_pattern(r",?\s*(?:&|and)\s+|,\s*")


#: A surname particle opening a line, before a capital ("van Dijk, A., ..."; ``surname_particles.txt``).
_PARTICLE_OPENING = compile_pattern(rf"(?:{references.PARTICLE})\s+[A-Z]")
#: The rule of a reference line read by :func:`_reference` (its authors' evidence:
#: :func:`surname_first_places` for those written surname first).
REFERENCE_RULE = "citation:author-list-reference"


def _surname_first_names(line: str, at: int) -> tuple[list[str], int, list[tuple[int, int]]]:
    """The names written surname first from ``at`` on ("Berg, A.C., Li, T. and Roth, C."), each as
    ``Berg A.C.``, the offset where the list ends (after the last initials), and where each name is
    written in ``line`` (its surname to its initials, the comma between)."""
    names: list[str] = []
    places: list[tuple[int, int]] = []
    end = at
    while (match := _SURNAME_FIRST.match(line, at)) is not None:
        initials = match.group("initials")
        names.append(f"{match.group('surname')} {initials.strip()}")
        places.append((match.start(), match.end("initials") - (len(initials) - len(initials.rstrip()))))
        end = match.end()
        gap = _SURNAME_FIRST_SEPARATOR.match(line, end)
        if gap is None:
            break
        at = gap.end()
    return names, end, places


def surname_first_places(text: str, line_start: int, line_end: int,
                         settings: Settings = DEFAULTS) -> dict[str, tuple[int, int]]:
    """Where each author of the reference line ``text[line_start:line_end]`` is written surname first
    ("Berg, A.C." for ``Berg A.C.``), read as :func:`_reference` reads the line (after its label):
    the evidence of those authors, from the reading's own offsets."""
    line = text[line_start:line_end]
    body = references.label_pattern(settings.references.reference_labels).sub("", line, count=1)
    shift = line_start + len(line) - len(body)
    names, _, places = _surname_first_names(body, _OPENING.match(body).end())
    found: dict[str, tuple[int, int]] = {}
    for name, (start, end) in zip(names, places):
        found.setdefault(name, (shift + start, shift + end))
    return found


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
    surname_first, first_end, _ = _surname_first_names(line, _OPENING.match(line).end())
    if len(surname_first) > len(names):  # "Berg, A.C., Li, T., Roth, C. Title. Journal (2017)"
        names, end = surname_first, first_end - 1 if line[first_end - 1] == "." else first_end
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
    if not rest or rest[0] == "," or rest[0].islower():
        return None  # the names stopped inside the list ("Park, E., Li, K-H.") or a sentence goes on
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


def _whole_line_names(line: str, settings: Settings) -> list[str]:
    """The names of a line that is a list of names and nothing else ("Anna Berg, Tom Li and Carl
    Roth.", "... and Carl Roth et al."), or none."""
    names, end = _names(line, _OPENING.match(line).end(), _COMMA_SEPARATOR, settings)
    rest = line[end:]
    return names if re.fullmatch(r"(?:,?\s*et\s+al\.?)?\s*\.?\s*", rest) else []


def _block(lines: list[tuple[int, str]], i: int, settings: Settings) -> tuple[dict, int] | None:
    """A reference block after the label alone on line ``i`` (see the module's docstring): its
    citation and the index of the last line read."""
    after = [j for j in range(i + 1, len(lines)) if lines[j][1]][:BLOCK_LINES]
    for at, j in enumerate(after):
        line = lines[j][1]
        title, names = None, _whole_line_names(line, settings)
        if names and at > 0:
            title = lines[after[at - 1]][1].rstrip(" .")  # the title on the line before the names
        elif not names:
            for stop in re.finditer(r"(?<![A-Z])[.?]\s+", line):  # "Title of the paper. Anna Berg, Tom Li."
                names = _whole_line_names(line[stop.end():], settings)
                if names:
                    title = line[:stop.start() + (line[stop.start()] == "?")].strip()
                    break
        if len(names) < settings.min_abstract_authors or title is None \
                or len(title.split()) < settings.references.min_title_words or _whole_line_names(title, settings):
            continue
        journal, last = None, j
        if at + 1 < len(after):
            # the journal's line, its colon before the DOI read as a space ("Journal Name: DOI 10.1/x")
            journal_line = re.sub(r":\s+(?=(?:DOI|doi)\b)", " ", lines[after[at + 1]][1])
            journal = references.first_piece_journal(journal_line, settings.references, known_only=True)
            last = after[at + 1] if journal else j
        year = references.YEAR.search(lines[last][1]) if journal else None
        return {"authors": names, "et_al": bool(re.search(r"\bet\s+al\b", line)), "title": title, "journal": journal,
                "year": int(year.group()) if year else None, "doi": None}, last
    return None


@cache
def _label_alone(name: str) -> re.Pattern[str]:
    """A reference label on a line of its own ("Reference", "Journal reference:")."""
    labels = sorted(load_lexicon(name), key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, label.split())) for label in labels)
    return compile_pattern(rf"(?i)(?:{words})\s*:?")


def listed_authors(text: str, settings: Settings = DEFAULTS) -> dict | None:
    """The citation of the first line of ``text`` that lists a paper's authors (see the module's
    docstring), or None."""
    found = listed_authors_at(text, settings)
    return found[0] if found is not None else None


def listed_authors_at(text: str, settings: Settings = DEFAULTS) -> tuple[dict, tuple[int, int, str]] | None:
    """:func:`listed_authors` with the line it was read from: its characters in ``text`` (stripped)
    and the rule that read it (``citation:abstract-author-line`` or ``citation:author-list-reference``)."""
    label = references.label_pattern(settings.references.reference_labels)
    alone = _label_alone(settings.references.reference_labels)
    placed = list(references.placed_lines(text))
    for i, (line_start, line) in enumerate(placed):
        if not line:
            continue  # (a blank line: no body; half an article's lines)
        if alone.fullmatch(line):
            block = _block(placed, i, settings)
            if block is not None:
                found, last = block
                return found, (placed[i][0], placed[last][0] + len(placed[last][1]), "citation:reference-block")
            continue
        body = label.sub("", line, count=1)  # "Source: Anna Berg, Tom Li, Bo Roth et al. "Title." Journal."
        if not body or not body[0].isupper() and body[0] not in _OPENING_MARKS and not _PARTICLE_OPENING.match(body):
            continue
        found, rule = _abstract_header(body, settings), "citation:abstract-author-line"
        if found is None:
            found, rule = _reference(body, settings, labelled=body != line), REFERENCE_RULE
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
