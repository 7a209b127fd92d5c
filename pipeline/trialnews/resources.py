"""Rules and lexicons shipped as package data (``patterns/`` is the ``trialnews.patterns`` package).

Files are read through ``importlib.resources`` so that they are found in a wheel install, an
editable install and a source checkout alike. Every loader is cached: a file is parsed once per
process.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from .errors import Errors, TrialnewsError
from .scanning import compile_pattern

PACKAGE = "trialnews.patterns"
#: A word list's line that stands for the entries of another lexicon (``@include FILE.tsv:USE``).
INCLUDE = "@include"
#: The header line of a lexicon with uses (``FILE.tsv``) that declares its uses: ``# uses: a b c``.
USES_HEADER = compile_pattern(r"#\s*uses:(?P<uses>.*)")
#: The lexicons each thread is reading (``chain``, outermost first): an ``@include`` of one of them
#: is a cycle (E217). Per thread, so that two threads loading lists at once never meet in one chain.
_READING = threading.local()


def read_text(name: str) -> str:
    return resources.files(PACKAGE).joinpath(name).read_text(encoding="utf-8")


def exists(name: str) -> bool:
    """Whether ``patterns/`` holds the file ``name`` (``FILE.json:LABEL`` names ``FILE.json``)."""
    return resources.files(PACKAGE).joinpath(name.partition(":")[0]).is_file()


@cache
def load_json(name: str) -> Any:
    return json.loads(read_text(name))


@cache
def load_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """Rules as ``SpanRuler`` saves them: one ``{"label", "pattern", "id"}`` object per line."""
    rules = []
    for number, line in enumerate(read_text(name).splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rule = json.loads(line)
        except json.JSONDecodeError as err:
            raise TrialnewsError(Errors.E202, stage="config", name=name, line=number, reason=err) from err
        if not isinstance(rule, dict) or not {"label", "pattern"} <= rule.keys():
            raise TrialnewsError(Errors.E202, stage="config", name=name, line=number,
                                 reason="missing \"label\" or \"pattern\"")
        rules.append(rule)
    return tuple(rules)


@cache
def load_unit_entries(name: str) -> tuple[dict[str, Any], ...]:
    """The entries of a JSON lexicon such as ``units.json``: ``{"units": [{..., "spellings": [...]}]}``."""
    data = load_json(name)
    entries = data.get("units") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and isinstance(e.get("spellings"), list)
                                                 for e in entries):
        raise TrialnewsError(Errors.E202, stage="config", name=name, line=1,
                             reason="expected {\"units\": [{\"spellings\": [...], ...}, ...]}")
    return tuple(entries)


@cache
def load_lexicon(name: str) -> tuple[str, ...]:
    """A plain word list: one entry per line, ``#`` starts a comment.

    ``FILE.json`` and ``FILE.json:LABEL`` name a JSON lexicon instead (``units.json``): the
    ``spellings`` of each of its entries (of its entries with that ``label``). ``FILE.tsv:USE``
    names the entries of a lexicon with uses (:func:`load_uses`) that have the use ``USE``. A line
    ``@include NAME`` of a word list stands for the entries of the lexicon ``NAME``
    (``background_cues.txt`` takes the other-study phrases of ``other_studies.tsv`` so).
    """
    base, _, label = name.partition(":")
    if base.endswith(".json"):
        return tuple(spelling for entry in load_unit_entries(base) if not label or entry.get("label") == label
                     for spelling in entry["spellings"])
    if base.endswith(".tsv"):
        entries = tuple(entry for entry, uses in load_uses(base).items() if not label or label in uses)
        if not entries:
            raise TrialnewsError(Errors.E216, stage="config", name=base, use=label)
        return entries
    chain = _READING.__dict__.setdefault("chain", [])  # the lists this thread is reading, outermost first
    if name in chain:
        raise TrialnewsError(Errors.E217, stage="config", cycle=" -> ".join([*chain[chain.index(name):], name]))
    chain.append(name)
    try:
        return tuple(_word_list_entries(name))
    finally:
        chain.pop()


def _word_list_entries(name: str) -> list[str]:
    """The entries of the word list ``name``, its ``@include`` lines replaced by their entries."""
    text = read_text(name)
    if "@" not in text:  # no directive: each line's entry as below, without the directive tests
        return [entry for entry in (line.split("#", 1)[0].strip() if "#" in line else line.strip()
                                    for line in text.splitlines()) if entry]
    entries: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.split("#", 1)[0].strip()
        head, _, included = entry.replace("\t", " ").partition(" ")
        if entry.startswith("@") and head != INCLUDE:
            raise TrialnewsError(Errors.E215, stage="config", name=name, line=number,
                                 reason=f"{head!r} is no directive (write @include FILE or FILE.tsv:USE)")
        if head == INCLUDE:
            if not included.strip():
                raise TrialnewsError(Errors.E215, stage="config", name=name, line=number,
                                     reason="an @include line names no lexicon (write @include FILE or FILE.tsv:USE)")
            entries.extend(load_lexicon(included.strip()))
        elif entry:
            entries.append(entry)
    return entries


@cache
def load_uses(name: str) -> dict[str, frozenset[str]]:
    """A lexicon whose entries carry their uses (``comparatives.tsv``): one ``entry<TAB>use use ...``
    line each, ``#`` starts a comment. ``load_lexicon("FILE.tsv:USE")`` gives the entries with
    that use, in file order. The header declares the uses, ``# uses: a b c``, before the first
    entry: an entry with a use the header does not declare (a misspelling) is an error (E215),
    rather than an entry silently left out of its list."""
    table: dict[str, frozenset[str]] = {}
    declared: frozenset[str] | None = None
    for number, line in enumerate(read_text(name).splitlines(), start=1):
        header = USES_HEADER.match(line.strip())
        if header and declared is None:
            declared = frozenset(header["uses"].split())
            continue
        entry, tab, uses = line.split("#", 1)[0].partition("\t")
        if not entry.strip() and not uses.strip():
            continue
        if not entry.strip() or not tab or not uses.split():
            raise TrialnewsError(Errors.E215, stage="config", name=name, line=number,
                                 reason="expected an entry, a tab and its uses")
        if declared is None:
            raise TrialnewsError(Errors.E215, stage="config", name=name, line=number,
                                 reason="the entries come before the header's \"# uses: ...\" line")
        if undeclared := sorted(set(uses.split()) - declared):
            raise TrialnewsError(Errors.E215, stage="config", name=name, line=number,
                                 reason=f"the uses {undeclared} are not among those of the header ({sorted(declared)})")
        table[entry.strip()] = table.get(entry.strip(), frozenset()) | frozenset(uses.split())
    return table


def longest_words_first(words: Iterable[str]) -> list[str]:
    """``words`` longest first, those of one length in alphabetical order: a flat alternation of them
    reads the same in every process (a set's order changes with the process's string hashes), so a
    new process finds its compiled pattern in the cache (``scanning.COMPILED``) instead of compiling
    it again. The words of one length are distinct strings, so at most one of them matches at a
    place: their order changes no match."""
    return sorted(words, key=lambda word: (-len(word), word))


@cache
def word_set(name: str) -> frozenset[str]:
    """A word list (:func:`load_lexicon`) as a set of lower-case entries, for membership tests."""
    return frozenset(entry.lower() for entry in load_lexicon(name))


def phrase_regex(*lexicons: str) -> str:
    r"""A regex group for any entry of the named word lists (:func:`load_lexicon`), the longer
    tried first, each space of an entry matching any run of white space: ``(?:at\s+the\s+end|...)``
    for ``at the end``. Case and word boundaries are the caller's (``(?i)\b`` ... ``\b``).

    Written as a character trie (``trialnews.scanning.alternation``: the same matches, with the same
    preference, as the flat list): ``re`` then reads each character once instead of trying every
    entry at every position (a quarter of the time of a flat list of fifty phrases)."""
    from .scanning import phrase_alternation  # (scanning reads no resource: no cycle)

    return phrase_alternation(dict.fromkeys(entry for name in lexicons for entry in load_lexicon(name)))


@cache
def load_table(name: str) -> dict[str, tuple[str, ...]]:
    """A word list with values: one ``key<TAB>value[<TAB>value...]`` entry per line, ``#`` starts
    a comment (a key given on several lines gathers their values, in order)."""
    table: dict[str, tuple[str, ...]] = {}
    for entry in load_lexicon(name):
        key, _, rest = entry.partition("\t")
        key = key.strip()
        if "\t" in rest:
            found = tuple(stripped for stripped in (value.strip() for value in rest.split("\t")) if stripped)
        else:  # most tables: one value a line
            rest = rest.strip()
            found = (rest,) if rest else ()
        known = table.get(key)
        table[key] = found if known is None else known + found
    return table


@cache
def load_mapping(name: str) -> Mapping[str, str]:
    """A table of :func:`load_table` read as a mapping: each key with its first value (a key with
    none is left out), in the file's order. Shared, so read-only (a ``MappingProxyType``)."""
    return MappingProxyType({key: values[0] for key, values in load_table(name).items() if values})
