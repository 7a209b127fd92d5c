"""Word classes without a trained tagger: WordNet's open classes and a list of closed-class words.

``patterns/wordclasses.txt`` lists every single word of WordNet 3.0 (through spacy-lookups-data's
``en_lemma_index`` and ``en_lemma_exc`` tables) with the classes it can have: ``n`` noun, ``v`` verb,
``a`` adjective, ``r`` adverb. ``patterns/function_words.txt`` gives the closed classes
(determiners, prepositions, conjunctions, pronouns, auxiliaries, quantifiers, comparatives) and
wins over WordNet (which lists ``a`` and ``I`` as nouns). Regular inflections are undone by rule
(``flashes`` -> ``flash``, ``recurred`` -> ``recur``, ``worsening`` -> ``worsen``). A word no list
knows (``IRLSSGS``, ``ixekizumab``) is a noun: in trial news that is nearly always a name.
"""

from __future__ import annotations

import hashlib
from functools import cache

from ..cachedir import cache_dir, marshal_suffix, read_kept
from ..resources import read_text

NOUN, VERB, ADJ, ADV = "n", "v", "a", "r"
DET, PREP, CONJ, PRON, AUX, QUANT, COMPARATIVE = "d", "p", "c", "o", "x", "q", "m"
#: Letters from which a word written in capitals is an acronym, read as a name.
MIN_ACRONYM = 2
#: The classes of a word that no list knows.
UNKNOWN = frozenset({NOUN})
#: Suffix rules undoing a regular inflection: (suffix, replacement, classes the base must have, classes
#: the inflected word gets). Tried in order; every base the lists know contributes.
_INFLECTIONS = (
    ("ies", "y", NOUN + VERB, NOUN + VERB), ("es", "", NOUN + VERB, NOUN + VERB), ("s", "", NOUN + VERB, NOUN + VERB),
    ("ied", "y", VERB, VERB + ADJ), ("ed", "", VERB, VERB + ADJ), ("ed", "e", VERB, VERB + ADJ),
    ("ing", "", VERB, VERB + ADJ), ("ing", "e", VERB, VERB + ADJ),
)


def _parsed_table(text: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, _, classes = line.partition("\t")
            table[word] = classes.strip()
    return table


def kept_table_file(name: str):  # noqa: ANN201 - a Path
    """Where the table read from ``patterns/NAME`` is kept (``marshal``, for this Python): one file
    per list, holding the digest of the text it was read from."""
    return cache_dir() / f"{name}-{marshal_suffix()}.marshal"


def _read_table(name: str) -> dict[str, str]:
    """The word -> classes table of ``patterns/NAME``. A process reads it from the cache folder when
    an earlier one kept it from the same text (the digest of the text is kept with it: an edited
    list is read again): loading the kept table takes about a third of the time of reading the
    41,000 lines of ``wordclasses.txt``, which every process paid at its first doc."""
    text = read_text(name)
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    _, table = read_kept(kept_table_file(name), lambda: (digest, _parsed_table(text)),
                         lambda kept: isinstance(kept, tuple) and len(kept) == 2 and kept[0] == digest
                         and isinstance(kept[1], dict))
    return table


@cache
def _open_classes() -> dict[str, str]:
    return _read_table("wordclasses.txt")


@cache
def _closed_classes() -> dict[str, str]:
    return _read_table("function_words.txt")


@cache
def classes(word: str) -> frozenset[str]:
    """The classes ``word`` can have (lower-cased first); :data:`UNKNOWN` when no list knows it."""
    if len(word) >= MIN_ACRONYM and word.isupper() and word.isalpha():
        return UNKNOWN  # "ALL", "US", "OR" written in capitals are names (leukaemia, ultrasound), not function words
    lower = word.lower()
    closed = _closed_classes().get(lower)
    if closed is not None:
        return frozenset(closed)
    table = _open_classes()
    found = set(table.get(lower, ""))
    for suffix, replacement, base_classes, gets in _INFLECTIONS:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 1:
            stem = lower[: -len(suffix)]
            for base in (stem + replacement, stem[:-1] if suffix in ("ed", "ing") and len(stem) > 2
                         and stem[-1] == stem[-2] else None):
                if base and set(table.get(base, "")) & set(base_classes):
                    found |= set(gets) & (set(table[base]) | ({ADJ} if VERB in table[base] else set()))
    return frozenset(found) if found else UNKNOWN


def listed(word: str) -> bool:
    """Whether a list gives ``word`` (lower case) itself, not only by undoing an inflection
    (``diabetes``, ``news``; not ``compares``)."""
    return word in _closed_classes() or word in _open_classes()


def is_function_word(word: str) -> bool:
    return word.lower() in _closed_classes()
