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
import pickle  # noqa: S403 - the dictionary is the installed library's own file
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from ..cachedir import CACHE_ENV, cache_dir, marshal_suffix  # noqa: F401 - CACHE_ENV: where the cache is
from ..resources import load_lexicon
from .dictionary import WORD as _WORD  # noqa: F401 - read by tests/test_drug_index.py
from .dictionary import TermIndex, boundary as _boundary, build_index as _build_index, clean as _clean, \
    find_terms, name_words, package_file, read_index, read_table  # noqa: F401 - _boundary, _build_index: tests

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
#: The drug index (the shared structure of the maintained dictionaries).
DrugIndex = TermIndex


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


def dictionary_file() -> Path:
    """The library's pickled dictionary, found without importing the library: importing it
    unpickles the dictionary and builds its fuzzy-match index (about 2 s and 430 MB at its peak,
    which was the peak of a first run with an empty cache folder)."""
    return package_file(DICTIONARY_PACKAGE, DICTIONARY_FILE)


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
        words = name_words(spelling, min_chars=MIN_SPELLING_CHARS, max_words=MAX_SPELLING_WORDS, stop_words=STOP_WORDS)
        if not kept or not words:
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
    return cache_dir() / f"drug-index-{_version()}-{CACHE_FORMAT}-{marshal_suffix()}.marshal"


def _read_table() -> list[tuple[str, str, str]]:
    return read_table(cache_file(), build_table)


def _read_index() -> DrugIndex:
    """The index of the whole table, from its cache file (written on first use)."""
    return read_index(index_file(), _read_table)


@cache
def index() -> DrugIndex:
    """The dictionary, less ``patterns/drug_exclusions.txt``, loaded once per process."""
    return _read_index().without({entry.lower() for entry in load_lexicon("drug_exclusions.txt")})


def find(text: str, lowered: str | None = None) -> list[DrugName]:
    """Every drug name of the dictionary in ``text``, as whole words, longest first, left to right
    (:func:`trialnews.vocab.dictionary.find_terms`; ``lowered`` is ``text.lower()`` when the
    caller has it)."""
    return [DrugName(start, end, generic) for start, end, generic in find_terms(index(), text, lowered)]


def generic_of(name: str) -> str | None:
    """The generic name of a drug written ``name`` (any case), or ``None`` if the dictionary
    does not know it."""
    return index().value_of(name)
