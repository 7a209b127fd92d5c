"""Drug names from a maintained dictionary: every name a drug is written by, and its generic name.

The dictionary is the one of ``drug-named-entity-recognition`` (Fast Data Science, MIT licence;
built from DrugBank, MeSH, MedlinePlus and Wikipedia): about 100,000 spellings (generic names,
brands such as ``Keytruda``, short forms such as ``5-FU``) of 20,000 drugs. Importing that
library unpickles the dictionary and builds a fuzzy-match index (about 2 s), so it is not
imported: the pickled dictionary it ships is read once and written as a compact tab-separated
file (``spelling<TAB>generic<TAB>first word``) under the user's cache folder, which later processes load in
a few tens of milliseconds, and only when the first article is processed.

A spelling is found in a text as whole words, case-insensitively, longest first. What the
dictionary holds that is not a drug in a trial report (proteins and enzymes from MeSH, and
English words that are also drug names: ``today``, ``focus``) is left out: the first by the
dictionary's own sources, the second by ``patterns/drug_exclusions.txt``, which a curator edits.
"""

from __future__ import annotations

import bz2
import os
import pickle  # noqa: S403 - the dictionary is the installed library's own file
import re
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from ..resources import load_lexicon

#: The distribution that ships the dictionary, and its pickled dictionary file.
DICTIONARY_DISTRIBUTION = "drug-named-entity-recognition"
DICTIONARY_PACKAGE = "drug_named_entity_recognition"
DICTIONARY_FILE = "drug_ner_dictionary.pkl.bz2"
#: The environment variable that moves the cache folder (default: ``$XDG_CACHE_HOME/trialnews``
#: or ``~/.cache/trialnews``).
CACHE_ENV = "TRIALNEWS_CACHE_DIR"
#: Spellings shorter than this (characters) are too often something else (``AC``, ``TAM``).
MIN_SPELLING_CHARS = 4
#: Spellings of more words than this are chemical or MeSH descriptions, not how news names a drug.
MAX_SPELLING_WORDS = 4
#: Sources of a dictionary entry that make it a drug. An entry known only to MeSH is a protein,
#: an enzyme, a chemical or a class of drugs (``antidepressive agents``, ``statins``): in news
#: such classes are mostly background ("people on antidepressants"), so they are left out
#: (measured on news-dev: more wrong arms than right ones); ``patterns/interventions.txt`` keeps
#: the classes that trials assign.
DRUG_SOURCES = ("drugbank_id", "medline_plus_id", "wikipedia_url")
#: Bumped when the cached file's content or format changes.
CACHE_FORMAT = "3"
#: Characters a drug name is written with in prose; a spelling with others (``[inn]``, ``acid,
#: phenyl-``) is a database entry, not a name.
_PROSE_SPELLING = re.compile(r"^[0-9a-z\u00c0-\u024f][0-9a-z\u00c0-\u024f '\-+/.]*[0-9a-z\u00c0-\u024f+]$")
#: Letters, digits and inner hyphens or apostrophes: a word of a drug name (``5-fu``, ``ara-c``).
_WORD = re.compile(r"[0-9a-z\u00c0-\u024f](?:[0-9a-z\u00c0-\u024f'\-]*[0-9a-z\u00c0-\u024f])?")


@dataclass(frozen=True)
class DrugName:
    """A drug name found in a text: character offsets, and the drug's generic name."""

    start: int
    end: int
    generic: str


def cache_dir() -> Path:
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trialnews"


def _version() -> str:
    return metadata.version(DICTIONARY_DISTRIBUTION)


def _is_drug(data: dict) -> bool:
    return any(data.get(key) for key in DRUG_SOURCES)


def _clean(spelling: str) -> str:
    return re.sub(r"\s+", " ", spelling.replace("\t", " ")).strip()


def build_table() -> list[tuple[str, str, str]]:
    """(spelling, generic name, first word) of every drug of the installed dictionary, lower-cased;
    the first word is empty for a one-word spelling. Spellings that are not written in prose
    (database forms) or that start or end with an English stop word (``at 10``) are left out."""
    raw = resources.files(DICTIONARY_PACKAGE).joinpath(DICTIONARY_FILE).read_bytes()
    data = pickle.loads(bz2.decompress(raw))  # noqa: S301 - the installed library's own file
    canonical = data["drug_canonical_to_data"]
    rows = []
    for spelling, generics in data["drug_variant_to_canonical"].items():
        spelling = _clean(spelling).lower()
        kept = [g for g in generics if _is_drug(canonical.get(g, {}))]
        words = _WORD.findall(spelling)
        if not kept or len(spelling) < MIN_SPELLING_CHARS or len(spelling.split()) > MAX_SPELLING_WORDS \
                or not words or not _PROSE_SPELLING.match(spelling) or words[0] in STOP_WORDS \
                or words[-1] in STOP_WORDS:
            continue
        generic = _clean(canonical[kept[0]].get("name") or kept[0]).lower()
        rows.append((spelling, generic, "" if words == [spelling] else words[0]))
    return sorted(rows)


def cache_file() -> Path:
    return cache_dir() / f"drug-names-{_version()}-{CACHE_FORMAT}.tsv"


def _write_cache(path: Path, rows: list[tuple[str, str, str]]) -> None:
    """Written under a temporary name and renamed: a process reading it never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.writelines("\t".join(row) + "\n" for row in rows)
    os.replace(temporary, path)


def _read_table() -> list[tuple[str, str, str]]:
    path = cache_file()
    if path.is_file():
        with path.open(encoding="utf-8") as lines:
            return [tuple(line.rstrip("\n").split("\t")) for line in lines]  # type: ignore[misc]
    rows = build_table()
    try:
        _write_cache(path, rows)
    except OSError:
        pass  # a read-only home: the table is rebuilt in each process, nothing else changes
    return rows


@dataclass(frozen=True)
class DrugIndex:
    """Spellings by their first word: ``single`` for one-word names, ``multi`` for longer ones
    (longest first), each to the generic name."""

    single: dict[str, str]
    multi: dict[str, tuple[tuple[str, str], ...]]


@cache
def index() -> DrugIndex:
    """The dictionary, less ``patterns/drug_exclusions.txt``, loaded once per process."""
    excluded = {entry.lower() for entry in load_lexicon("drug_exclusions.txt")}
    single: dict[str, str] = {}
    multi: dict[str, list[tuple[str, str]]] = {}
    for spelling, generic, first in _read_table():
        if spelling in excluded:
            continue
        if first:
            multi.setdefault(first, []).append((spelling, generic))
        else:
            single[spelling] = generic
    return DrugIndex(single, {first: tuple(sorted(found, key=lambda pair: -len(pair[0])))
                              for first, found in multi.items()})


def _boundary(text: str, position: int) -> bool:
    return position >= len(text) or not (text[position].isalnum() or text[position] in "-'")


def _letter(char: str) -> bool:
    """A character of :data:`_WORD` other than the joiners ``'`` and ``-``."""
    return "0" <= char <= "9" or "a" <= char <= "z" or "\u00c0" <= char <= "\u024f"


def _places(lowered: str, words: set[str]) -> list[int]:
    """Where each of ``words`` starts a word of ``lowered`` (found with ``str.find``)."""
    places = []
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not (_letter(lowered[at - 1]) or lowered[at - 1] in "'-")) \
                    and (end == len(lowered) or not _letter(lowered[end])):
                places.append(at)
            at = lowered.find(word, at + 1)
    return places


def find(text: str, lowered: str | None = None) -> list[DrugName]:
    """Every drug name of the dictionary in ``text``, as whole words, longest first, left to right.

    ``lowered`` is ``text.lower()`` when the caller has it (same length as ``text``)."""
    if lowered is None:
        lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer ("İ"): kept as it is
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    drugs = index()
    found: list[DrugName] = []
    # the words of the text the dictionary knows, found once in C (set intersection), so that the
    # walk below visits their places only, not every word of the text
    known = {w for w in set(_WORD.findall(lowered)) if w in drugs.single or w in drugs.multi}
    if not known:
        return found
    places = sorted(_places(lowered, known))
    taken_until = 0
    for start in places:
        word = _WORD.match(lowered, start)
        if word is None or word.start() != start:
            continue
        if start < taken_until or (start > 0 and lowered[start - 1] in "-'"):
            continue
        match = None
        for spelling, generic in drugs.multi.get(word.group(), ()):
            end = start + len(spelling)
            if lowered.startswith(spelling, start) and _boundary(lowered, end):
                match = DrugName(start, end, generic)
                break
        if match is None and word.group() in drugs.single:
            match = DrugName(start, word.end(), drugs.single[word.group()])
        if match is not None:
            found.append(match)
            taken_until = match.end
    return found


def generic_of(name: str) -> str | None:
    """The generic name of a drug written ``name`` (any case), or ``None`` if the dictionary
    does not know it."""
    key = re.sub(r"\s+", " ", name.strip().lower())
    drugs = index()
    if key in drugs.single:
        return drugs.single[key]
    words = _WORD.findall(key)
    return next((generic for spelling, generic in drugs.multi.get(words[0], ()) if spelling == key), None) \
        if words else None
