"""Drug names from a maintained dictionary: every name a drug is written by, and its generic name.

The dictionary is the one of ``drug-named-entity-recognition`` (Fast Data Science, MIT licence;
built from DrugBank, MeSH, MedlinePlus and Wikipedia): about 100,000 spellings (generic names,
brands such as ``Keytruda``, short forms such as ``5-FU``) of 20,000 drugs. Importing that
library unpickles the dictionary and builds a fuzzy-match index (about 2 s), so it is not
imported: the pickled dictionary it ships is read once and written as a compact tab-separated
file (``spelling<TAB>generic<TAB>first word``) under the user's cache folder, and the lookup index
built from it beside it (``marshal``, for this Python), which later processes load in about ten
milliseconds, and only when the first article is processed.

A spelling is found in a text as whole words, case-insensitively, longest first. What the
dictionary holds that is not a drug in a trial report (proteins and enzymes from MeSH, and
English words that are also drug names: ``today``, ``focus``) is left out: the first by the
dictionary's own sources, the second by ``patterns/drug_exclusions.txt``, which a curator edits.
"""

from __future__ import annotations

import bz2
import marshal
import pickle  # noqa: S403 - the dictionary is the installed library's own file
import re
import sys
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import metadata, resources, util
from itertools import accumulate
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from ..cachedir import CACHE_ENV, cache_dir, write_atomically  # noqa: F401 - CACHE_ENV: where the cache is
from ..resources import load_lexicon

#: The distribution that ships the dictionary, and its pickled dictionary file.
DICTIONARY_DISTRIBUTION = "drug-named-entity-recognition"
DICTIONARY_PACKAGE = "drug_named_entity_recognition"
DICTIONARY_FILE = "drug_ner_dictionary.pkl.bz2"
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
#: :data:`_WORD` as a group: ``re.split`` by it gives the words too, between what separates them.
_WORD_GROUP = re.compile(f"({_WORD.pattern})")


@dataclass(frozen=True)
class DrugName:
    """A drug name found in a text: character offsets, and the drug's generic name."""

    start: int
    end: int
    generic: str


def _version() -> str:
    return metadata.version(DICTIONARY_DISTRIBUTION)


def _is_drug(data: dict) -> bool:
    return any(data.get(key) for key in DRUG_SOURCES)


def _clean(spelling: str) -> str:
    return re.sub(r"\s+", " ", spelling.replace("\t", " ")).strip()


def dictionary_file() -> Path:
    """The library's pickled dictionary, found without importing the library: importing it
    unpickles the dictionary and builds its fuzzy-match index (about 2 s and 430 MB at its peak,
    which was the peak of a first run with an empty cache folder). ``find_spec`` of a top-level
    package locates its folder without running it."""
    spec = util.find_spec(DICTIONARY_PACKAGE)
    for folder in (spec.submodule_search_locations or ()) if spec is not None else ():
        path = Path(folder) / DICTIONARY_FILE
        if path.is_file():
            return path
    return Path(str(resources.files(DICTIONARY_PACKAGE).joinpath(DICTIONARY_FILE)))  # (a zipped install: imported)


def build_table() -> list[tuple[str, str, str]]:
    """(spelling, generic name, first word) of every drug of the installed dictionary, lower-cased;
    the first word is empty for a one-word spelling. Spellings that are not written in prose
    (database forms) or that start or end with an English stop word (``at 10``) are left out."""
    raw = dictionary_file().read_bytes()
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


def index_file() -> Path:
    """The lookup index of the whole table (before ``drug_exclusions.txt``), in ``marshal``'s
    format of this Python: named by the dictionary's version, the cache format, the Python
    version and the marshal version."""
    python = f"py{sys.version_info[0]}{sys.version_info[1]}-m{marshal.version}"
    return cache_dir() / f"drug-index-{_version()}-{CACHE_FORMAT}-{python}.marshal"


def _write_cache(path: Path, rows: list[tuple[str, str, str]]) -> None:
    """Written under a temporary name and renamed: a process reading it never sees half a file."""
    write_atomically(path, "".join("\t".join(row) + "\n" for row in rows).encode("utf-8"))




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

    @cached_property
    def first_words(self) -> frozenset[str]:
        """Every word a spelling starts with (one-word spellings and the first words of longer ones)."""
        return frozenset(self.single) | frozenset(self.multi)

    @cached_property
    def _by_second_word(self) -> dict[str, dict[str | None, tuple[tuple[str, str], ...]]]:
        return {}

    def spellings(self, first: str, second: str | None) -> tuple[tuple[str, str], ...]:
        """The longer spellings of :attr:`multi` under ``first`` that a text whose next word is
        ``second`` can hold, in the same order: those whose second word it is, and those of one
        word and more characters (``5-fu+``). A spelling found in a text as a whole word has the
        text's words (a word ends at the same character in both), so no other can match; the
        "first" word ``5``, before some thirty spellings, is followed by ``mg`` in most texts.
        Grouped per first word on first use."""
        groups = self._by_second_word.get(first)
        if groups is None:
            seconds = [(pair, (_WORD.findall(pair[0])[1:2] or [None])[0]) for pair in self.multi.get(first, ())]
            groups = {word: tuple(pair for pair, other in seconds if other in (word, None))
                      for word in {other for _, other in seconds}}
            groups[None] = tuple(pair for pair, other in seconds if other is None)
            self._by_second_word[first] = groups
        return groups.get(second, groups[None])


def _build_index(rows: list[tuple[str, str, str]]) -> DrugIndex:
    """The index of table rows: one-word spellings, and longer ones by first word, longest first
    (in table order among spellings of one length)."""
    single: dict[str, str] = {}
    multi: dict[str, list[tuple[str, str]]] = {}
    for spelling, generic, first in rows:
        if first:
            multi.setdefault(first, []).append((spelling, generic))
        else:
            single[spelling] = generic
    return DrugIndex(single, {first: tuple(sorted(found, key=lambda pair: -len(pair[0])))
                              for first, found in multi.items()})


def _read_index() -> DrugIndex:
    """The index of the whole table, from its cache file (written on first use)."""
    path = index_file()
    try:
        single, multi = marshal.loads(path.read_bytes())
        if isinstance(single, dict) and isinstance(multi, dict):
            return DrugIndex(single, multi)
    except (OSError, ValueError, EOFError, TypeError):
        pass  # no index yet, or an unreadable one: built again from the table
    built = _build_index(_read_table())
    try:
        write_atomically(path, marshal.dumps((built.single, built.multi)))
    except OSError:
        pass  # a read-only home: the index is rebuilt in each process, nothing else changes
    return built


@cache
def index() -> DrugIndex:
    """The dictionary, less ``patterns/drug_exclusions.txt``, loaded once per process."""
    whole = _read_index()
    single, multi = whole.single, whole.multi
    for spelling in {entry.lower() for entry in load_lexicon("drug_exclusions.txt")}:
        words = _WORD.findall(spelling)
        if words == [spelling]:
            single.pop(spelling, None)
        elif words and words[0] in multi:  # a spelling of several words is kept under its first word
            kept = tuple(pair for pair in multi[words[0]] if pair[0] != spelling)
            if kept:
                multi[words[0]] = kept
            else:
                del multi[words[0]]
    return DrugIndex(single, multi)


def _boundary(text: str, position: int) -> bool:
    return position >= len(text) or not (text[position].isalnum() or text[position] in "-'")


def find(text: str, lowered: str | None = None) -> list[DrugName]:
    """Every drug name of the dictionary in ``text``, as whole words, longest first, left to right.

    ``lowered`` is ``text.lower()`` when the caller has it (same length as ``text``). Each word of
    the text (:data:`_WORD`) is looked up where it starts a word (not after a hyphen or an
    apostrophe): the dictionary's longer spellings that begin with it, longest first, then the
    word alone. The text is cut into its words and what lies between them in one call (in C), the
    words the dictionary knows are picked out in one set intersection, and a word's place is the
    length of what comes before it: only the known words (some fifty in a thousand) are visited."""
    if lowered is None:
        lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer ("İ"): kept as it is
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    drugs = index()
    parts = _WORD_GROUP.split(lowered)  # what is between the words, and the words: [between, word, between, ...]
    words = parts[1::2]
    known = drugs.first_words.intersection(words)
    if not known:
        return []
    ends = list(accumulate(map(len, parts)))  # ends[2 * i] is where the i-th word starts
    single, multi = drugs.single, drugs.multi
    found: list[DrugName] = []
    taken_until = 0
    for i in [i for i, word in enumerate(words) if word in known]:
        key, start = words[i], ends[2 * i]
        if start < taken_until or (start > 0 and lowered[start - 1] in "-'"):
            continue
        match = None
        for spelling, generic in drugs.spellings(key, words[i + 1] if i + 1 < len(words) else None) if key in multi else ():
            end = start + len(spelling)
            if lowered.startswith(spelling, start) and _boundary(lowered, end):
                match = DrugName(start, end, generic)
                break
        if match is None and key in single:
            match = DrugName(start, start + len(key), single[key])
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
