"""Exact, faster regular-expression scanning for the fact ruler (and long-text regexes).

The ruler runs some sixty regexes over every article. Python's ``re`` tries a pattern at every
position of the text unless the pattern starts with a literal or a plain character class, and
most rules start with a look-behind (``(?<![\\w.])``), a word boundary, or a case-insensitive
alternation of words, so each rule paid a call into the matcher per character. Three rewrites
keep every match exactly as it was and make the scan cheaper:

- :func:`alternation` writes a list of literal strings (a lexicon, the number words) as a
  character trie instead of a flat ``a|b|c`` list, so the engine reads each character once
  instead of trying every entry in turn;
- :class:`Scanner` works out the set of characters a match can start with (from the parsed
  pattern) and searches for ``[FIRST](?<=(?=(?P<m>PATTERN))[\\s\\S])``: the leading character
  class lets the engine skip, in C, every position where no match can start, and the pattern
  itself runs, unchanged, in a look-ahead at the remaining positions. Matches found inside an
  earlier match are dropped, which gives back exactly the non-overlapping, leftmost matches of
  ``pattern.finditer``. The rewritten pattern is compiled from the parsed one (parsing is most
  of the cost of compiling, and so of the pipeline's start-up);
- :class:`AnchoredScanner` runs a pattern whose every match starts where another pattern
  (an :class:`Anchors`, such as "a number") matches, only at those positions: the anchors are
  found once per text for all the patterns that share them;
- :class:`PrefixScanner` runs a pattern whose every match starts with one of a few literal
  strings (``randomized``, ``vs``, ``about`` in ``(?:about\\s+)?{NUM}%``), or at an anchor, only
  where those strings occur in the lower-cased text (found with ``str.find``, shared by all the
  patterns of a text) or where the anchors match: a leading word alternation under ``(?i)``
  defeats the first-character skip, but not this. :func:`literal_starts` reads the strings
  from the parsed pattern.

All are checked against the plain patterns on every FakeHealth and news-dev article
(``tests/test_scanning.py`` checks the constructions on small cases). A pattern whose first
character cannot be bounded (``.``, a negated class, a back-reference, a possibly empty match),
or whose first characters are so common that skipping would not pay, is run as it is.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache, wraps

try:  # pyahocorasick (BSD): every place of many literal strings in one pass in C; without it, a regex pass.
    import ahocorasick
except ImportError:  # pragma: no cover - an install without it
    ahocorasick = None

try:  # CPython 3.11+: the parser behind ``re.compile``; without it, patterns run as they are.
    import _sre
    from re import _compiler as sre_compile
    from re import _constants as sre
    from re import _parser as sre_parse
    from re._casefix import _EXTRA_CASES
    from _sre import unicode_tolower
except ImportError:  # pragma: no cover - other Python implementations
    _sre = sre = sre_compile = sre_parse = unicode_tolower = None
    _EXTRA_CASES = {}

PARSED_KEPT = 256
"""Parse trees kept by ``_parsed`` (more than the ruler's rules, each read several times in a row)."""

MATCH_GROUP = "trialnews_match"
"""The group of the rewritten pattern that holds the original pattern's match."""

BMP_SIZE = 0x10000

MAX_FOLDED_RANGE = 512
"""Largest character range expanded to its upper- and lower-case forms under ``(?i)``."""

MAX_LOWER_CASE_LETTERS = 20
"""A first-character class with more lower-case ASCII letters than this (or a space, or ``\\w``)
matches most positions of English text: skipping to it costs more than it saves."""

_GLOBAL_FLAGS = re.compile(r"\A\(\?[aiLmsux]+\)")
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
_END = ""


# --- Compiled patterns, kept between processes ------------------------------------------------

CODE_CACHE_FORMAT = "1"
"""Bumped when what :data:`COMPILED` stores changes."""


def _arguments(parsed, flags: int, pattern: str | None) -> tuple:  # noqa: ANN001 - a parse tree
    """What ``re._compiler.compile`` gives ``_sre.compile`` for a parsed pattern: the pattern's
    text, its flags, its code, its groups (the same steps, so the same compiled pattern)."""
    code = [int(op) for op in sre_compile._code(parsed, flags)]  # plain ints (opcodes are an int subclass)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _from_arguments(arguments: tuple) -> re.Pattern[str]:
    return _sre.compile(*arguments)


class CompiledPatterns:
    """The compiled code of the scanners' patterns, kept in a file of the cache folder
    (``trialnews.cachedir``) so that a new process need not parse and compile them again
    (parsing and compiling the rules' regexes was a third of the time to the first record).

    An entry is what ``re``'s compiler gives ``_sre.compile`` for a pattern, under its text and
    flags; the file is named by the Python version and ``_sre.MAGIC``, so code is only reused by
    the engine that compiled it, and ``_sre.compile`` checks the code it is given. A missing,
    unreadable or refused entry is compiled afresh. :meth:`save` writes the entries this process
    used when it added some (so entries of rules since changed do not pile up)."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple] | None = None
        self._used: set[str] = set()
        self._added = False

    @staticmethod
    def file():  # noqa: ANN205 - a Path
        from .cachedir import cache_dir

        version = ".".join(map(str, sys.version_info[:3]))
        return cache_dir() / f"patterns-{sys.implementation.cache_tag}-{version}-sre{_sre.MAGIC}-{CODE_CACHE_FORMAT}.marshal"

    def _loaded(self) -> dict[str, tuple]:
        if self._entries is None:
            try:
                entries = marshal.loads(self.file().read_bytes())
            except (OSError, ValueError, EOFError, TypeError):
                entries = {}
            self._entries = entries if isinstance(entries, dict) else {}
        return self._entries

    def get(self, key: str) -> re.Pattern[str] | tuple | None:
        """The compiled pattern stored under ``key``, ``()`` for a stored "none", else ``None``."""
        arguments = self._loaded().get(key)
        self._used.add(key)
        if arguments is None or arguments == ():
            return arguments
        try:
            return _from_arguments(arguments)
        except (TypeError, ValueError, RuntimeError, OverflowError):  # not code of this engine: compiled again
            return None

    def put(self, key: str, arguments: tuple) -> None:
        self._loaded()[key] = arguments
        self._used.add(key)
        self._added = True

    def answer(self, key: str) -> tuple | None:
        """The answer stored under ``key`` by :meth:`put_answer`, as a one-item tuple, else ``None``."""
        kept = self._loaded().get(key)
        self._used.add(key)
        return kept if isinstance(kept, tuple) and len(kept) == 1 else None

    def put_answer(self, key: str, answer: object) -> None:
        """Keep ``answer`` (plain data: what ``marshal`` writes) under ``key``; other answers are not kept."""
        try:
            marshal.dumps(answer)
        except ValueError:
            return
        self.put(key, (answer,))

    def save(self) -> None:
        """Write the entries to the cache file if some were added (a read-only folder: skipped)."""
        if not self._added:
            return
        from .cachedir import write_atomically

        entries = self._loaded()
        try:
            write_atomically(self.file(), marshal.dumps({key: entries[key] for key in sorted(self._used) if key in entries}))
        except (OSError, ValueError):
            return
        self._added = False


COMPILED = CompiledPatterns()


@cache
def _source_digest() -> str:
    """A digest of this module's source: the analyses :func:`kept_analysis` keeps are read only by
    the code that made them (a changed analysis is worked out again, never read stale)."""
    try:
        with open(__file__, "rb") as source:
            return hashlib.sha1(source.read()).hexdigest()[:16]
    except OSError:  # pragma: no cover - no source file: nothing is read from earlier processes
        return ""


def kept_analysis(function: Callable) -> Callable:
    """``function`` (a reading of a regex's parse tree: its literal starts, required literals...)
    with its answers kept in :data:`COMPILED`, under its name, its arguments and
    :func:`_source_digest`: a new process reads them instead of parsing the ruler's and the facts'
    patterns again (parsing was most of what building the scanners costs). An answer is the same
    plain data (``marshal`` keeps frozensets, tuples, strings, numbers, ``None`` and booleans as
    they are); an exception is raised again each time (never kept)."""
    name = function.__name__

    @wraps(function)
    def kept(*arguments: object, **options: object) -> object:
        digest = _source_digest()
        if not digest:
            return function(*arguments, **options)
        key = f"{name}\0{digest}\0{arguments!r}\0{sorted(options.items())!r}"
        found = COMPILED.answer(key)
        if found is not None:
            return found[0]
        answer = function(*arguments, **options)
        COMPILED.put_answer(key, answer)
        return answer

    return kept


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, through :data:`COMPILED`."""
    if sre_compile is None:  # pragma: no cover - other Python implementations
        return re.compile(source, flags)
    key = f"re\0{int(flags)}\0{source}"
    known = COMPILED.get(key)
    if isinstance(known, re.Pattern):
        return known
    try:
        arguments = _arguments(sre_parse.parse(source, flags), flags, source)
        compiled = _from_arguments(arguments)
    except (AttributeError, TypeError):  # pragma: no cover - a future ``re`` internals change
        return re.compile(source, flags)
    COMPILED.put(key, arguments)
    return compiled


# --- Trie alternations -----------------------------------------------------------------------


def alternation(entries: Iterable[str]) -> str:
    """A regex for any of ``entries`` (literal strings), the longer tried first, as a trie:
    ``(?:s(?:even(?:t(?:een|y))?|ix(?:t(?:een|y))?))`` for ``seventeen|seventy|seven|...``.

    It matches what the flat alternation of the entries sorted longest first matches, with the
    same preference when a rule backtracks: siblings in the trie begin with different characters,
    so at most one branch can match, and an optional tail tries the longer entry before the
    shorter. When two siblings differ only by case (both would match under ``(?i)``), or an
    entry is empty, the flat alternation is returned instead.
    """
    distinct = tuple(sorted(set(entries)))
    body = _trie_body(distinct)
    if body is None:
        return "(?:" + "|".join(re.escape(entry) for entry in sorted(distinct, key=len, reverse=True)) + ")"
    return f"(?:{body})"


@kept_analysis
def _trie_body(entries: tuple[str, ...]) -> str | None:
    """The trie regex of :func:`alternation` for the distinct ``entries`` (sorted: the trie does not
    depend on their order), or ``None`` where the flat alternation stands instead; kept in
    :data:`COMPILED`, so a new process reads the word lists' tries instead of building them."""
    trie: dict[str, dict] = {}
    for entry in entries:
        node = trie
        for char in entry:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _trie_regex(trie) if _END not in trie else None


def phrase_alternation(entries: Iterable[str]) -> str:
    r""":func:`alternation` of phrases, each space of an entry matching any run of white space
    (``at\s+the\s+end`` for ``at the end``); escaped, so it may stand in a VERBOSE pattern."""
    return alternation(entries).replace(r"\ ", r"\s+")


def _trie_regex(node: dict[str, dict]) -> str | None:
    """The regex of one trie node (``None`` if two of its branches differ only by case)."""
    chars = sorted(char for char in node if char != _END)
    if len({c.lower() for c in chars}) < len(chars) or len({c.upper() for c in chars}) < len(chars):
        return None
    branches = []
    for char in chars:
        tail = _trie_regex(node[char])
        if tail is None:
            return None
        branches.append(re.escape(char) + tail)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


# --- First characters of a pattern -----------------------------------------------------------


@lru_cache(maxsize=PARSED_KEPT)
def _parsed(source: str):  # noqa: ANN202 - a parse tree
    """The parse tree of ``source``, kept: a rule is read by several of the functions below (its
    first characters, literal starts, required literals), and parsing is most of their cost. The
    trees are only read (``_rewritten`` parses its own, which it changes)."""
    return sre_parse.parse(source)


def _parsed_or_none(source: str):  # noqa: ANN202 - a parse tree or None
    """:func:`_parsed`, or None where the parser is not available or ``source`` is no regex."""
    if sre_parse is None:
        return None
    try:
        return _parsed(source)
    except re.error:
        return None




class Unbounded(Exception):
    """The first character of a match cannot be bounded by a character class."""


@cache
def _lower_case_sources() -> dict[int, tuple[int, ...]]:
    """For every character of the Basic Multilingual Plane that another character lower-cases
    to, those other characters (``K`` and KELVIN SIGN for ``k``): ``re`` under ``(?i)`` matches a
    character by its simple lower-case form. No character beyond the plane lower-cases into it."""
    sources: dict[int, list[int]] = {}
    for code in range(BMP_SIZE):
        lower = unicode_tolower(code)
        if lower != code:
            sources.setdefault(lower, []).append(code)
    return {lower: tuple(codes) for lower, codes in sources.items()}


def _cases(code: int, ignorecase: bool) -> set[int]:
    """``code`` and, under ``(?i)``, every character ``re`` matches as the same letter: those
    whose simple lower-case form is ``code``'s, or one of its special equivalents (``s``, ``ſ``)."""
    if not ignorecase:
        return {code}
    lower = unicode_tolower(code)
    targets = {lower, *_EXTRA_CASES.get(lower, ())}
    if max(targets) >= BMP_SIZE:
        raise Unbounded
    found = {code} | targets
    for target in targets:
        found.update(_lower_case_sources().get(target, ()))
    return found


def _categories() -> dict[object, str]:
    return {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
            sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


def first_chars(items: list, flags: int) -> tuple[set[int], set[object], bool]:
    """(code points, ``\\d``-style categories, can be empty) that a match of the parsed
    sequence ``items`` can start with; raises :class:`Unbounded` when no class bounds it."""
    codes: set[int] = set()
    categories: set[object] = set()
    for op, av in items:
        ignorecase = bool(flags & re.IGNORECASE)
        if op is sre.LITERAL:
            return codes | _cases(av, ignorecase), categories, False
        if op is sre.IN:
            for item_op, item_av in av:
                if item_op is sre.LITERAL:
                    codes |= _cases(item_av, ignorecase)
                elif item_op is sre.RANGE:
                    low, high = item_av
                    if ignorecase and high - low > MAX_FOLDED_RANGE:
                        raise Unbounded
                    for code in range(low, high + 1):
                        codes |= _cases(code, ignorecase)
                elif item_op is sre.CATEGORY and item_av in _categories():
                    categories.add(item_av)
                else:  # a negated class, or a locale or unicode category
                    raise Unbounded
            return codes, categories, False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero width: look at what follows
            continue
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            sub_codes, sub_categories, empty = first_chars(sub.data, (flags | add_flags) & ~del_flags)
        elif op is sre.ATOMIC_GROUP:
            sub_codes, sub_categories, empty = first_chars(av.data, flags)
        elif op is sre.BRANCH:
            sub_codes, sub_categories, empty = set(), set(), False
            for alternative in av[1]:
                alt_codes, alt_categories, alt_empty = first_chars(alternative.data, flags)
                sub_codes |= alt_codes
                sub_categories |= alt_categories
                empty = empty or alt_empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, sub = av
            sub_codes, sub_categories, empty = first_chars(sub.data, flags)
            empty = empty or low == 0
        else:  # any character, a back-reference, a conditional group
            raise Unbounded
        codes |= sub_codes
        categories |= sub_categories
        if not empty:
            return codes, categories, False
    return codes, categories, True


def _already_skips(items: list, flags: int) -> bool:
    """Whether ``re`` itself already skips to candidates (as ``re._compiler`` decides): the
    pattern starts with a literal, a class, or an alternation of literals, none of them cased
    under ``(?i)``; or it is anchored at the start of the text."""
    for op, av in items:
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            return _already_skips(sub.data, (flags | add_flags) & ~del_flags)
        if op is sre.AT:
            return av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
        if flags & re.IGNORECASE:
            return False
        if op is sre.BRANCH:
            return all(alternative.data and alternative.data[0][0] is sre.LITERAL for alternative in av[1])
        return op in (sre.LITERAL, sre.IN)
    return True


def _worth_skipping(codes: set[int], categories: set[object]) -> bool:
    lower_case = sum(1 for code in codes if "a" <= chr(code) <= "z")
    broad = categories - {sre.CATEGORY_DIGIT}
    return not broad and ord(" ") not in codes and lower_case <= MAX_LOWER_CASE_LETTERS


def _char_class(codes: set[int], categories: set[object]) -> str:
    names = _categories()
    parts = sorted(names[category] for category in categories)
    parts += [f"\\U{code:08x}" if code > 0xFFFF else f"\\u{code:04x}" for code in sorted(codes)]
    return "[" + "".join(parts) + "]"


# --- Scanning --------------------------------------------------------------------------------


class Scanner:
    """``pattern.finditer(text)`` as ``(start, end, match)``, skipping impossible starts.

    ``start`` and ``end`` bound the pattern's match; named groups of the pattern are read from
    ``match`` as usual (``match.span("span")``), but not group 0 or numbered groups.
    """

    def __init__(self, source: str) -> None:
        self.skipping = _skipping_pattern(source)
        # Only one of the two is compiled: compiling regexes is most of the pipeline's start-up.
        self.pattern = compile_pattern(source) if self.skipping is None else None
        compiled = self.pattern or self.skipping
        self.groupindex = {name: index for name, index in compiled.groupindex.items() if name != MATCH_GROUP}

    def search(self, text: str) -> tuple[int, int, re.Match[str]] | None:
        """The first match, as ``pattern.search(text)`` finds it (``None`` if there is none)."""
        return next(self.finditer(text), None)

    def finditer(self, text: str) -> Iterator[tuple[int, int, re.Match[str]]]:
        if self.skipping is None:
            for match in self.pattern.finditer(text):
                yield match.start(), match.end(), match
            return
        taken_until = -1
        for match in self.skipping.finditer(text):
            start = match.start()
            if start >= taken_until:  # not inside the previous match
                taken_until = match.end(MATCH_GROUP)
                yield start, taken_until, match


def _skipping_pattern(source: str) -> re.Pattern[str] | None:
    """The rewritten pattern of :class:`Scanner`, or ``None`` to run ``source`` as it is (from
    :data:`COMPILED` when an earlier process worked it out)."""
    if sre_parse is None or _BACKREFERENCE.search(source):
        return None
    key = f"skip\0{source}"
    known = COMPILED.get(key)
    if known is not None:
        return known or None
    rewritten = _rewritten(source)
    COMPILED.put(key, rewritten)
    return _from_arguments(rewritten) if rewritten else None


def _rewritten(source: str) -> tuple:
    """The arguments of ``_sre.compile`` for the rewritten pattern of ``source``, or ``()``."""
    parsed = sre_parse.parse(source)
    flags = parsed.state.flags
    if MATCH_GROUP in parsed.state.groupdict or flags & re.LOCALE or _already_skips(parsed.data, flags):
        return ()
    try:
        codes, categories, empty = first_chars(parsed.data, flags)
    except Unbounded:
        return ()
    if empty or not (codes or categories) or not _worth_skipping(codes, categories):
        return ()
    try:
        return _arguments(_compile_tree(parsed, codes, categories), 0, None)
    except (AttributeError, TypeError, ValueError):  # pragma: no cover - a future ``re`` internals change
        pass
    body = source
    while (global_flags := _GLOBAL_FLAGS.match(body)) is not None:
        body = body[global_flags.end():]
    rewritten = f"(?-i:{_char_class(codes, categories)})(?<=(?=(?P<{MATCH_GROUP}>{body}))[\\s\\S])"
    return _arguments(sre_parse.parse(rewritten, flags), flags, rewritten)


def _compile_tree(parsed, codes: set[int], categories: set[object]):  # noqa: ANN202 - a parse tree
    """``(?-i:[FIRST])(?<=(?=(?P<trialnews_match>PATTERN))[\\s\\S])`` built on the parsed pattern,
    which is not parsed a second time (parsing is most of the cost of compiling a regex)."""
    state = parsed.state
    group = state.opengroup(MATCH_GROUP)
    state.closegroup(group, parsed)
    whole = sre_parse.SubPattern(state, [(sre.SUBPATTERN, (group, 0, 0, parsed))])
    any_char = (sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE), (sre.CATEGORY, sre.CATEGORY_NOT_SPACE)])
    behind = sre_parse.SubPattern(state, [(sre.ASSERT, (1, whole)), any_char])
    first = [(sre.CATEGORY, category) for category in categories] + [(sre.LITERAL, code) for code in sorted(codes)]
    first_class = sre_parse.SubPattern(state, [(sre.IN, first)])
    return sre_parse.SubPattern(state, [(sre.SUBPATTERN, (None, 0, re.IGNORECASE, first_class)),
                                        (sre.ASSERT, (-1, behind))])


@kept_analysis
def starts_only_with(source: str, chars: str) -> bool:
    """Whether every match of the regex ``source`` is non-empty and begins with one of ``chars``
    (used with placeholder characters that stand for a sub-pattern, such as "a number")."""
    if sre_parse is None:
        return False
    parsed = _parsed(source)
    try:
        codes, categories, empty = first_chars(parsed.data, parsed.state.flags)
    except Unbounded:
        return False
    return not empty and not categories and bool(codes) and codes <= {ord(char) for char in chars}



def matches_at(pattern: re.Pattern[str], text: str, positions: Iterable[int]) -> Iterator[tuple[int, int, re.Match[str]]]:
    """``(start, end, match)`` of ``pattern`` matched at each of ``positions`` (ascending) that is not
    inside the previous match: ``pattern.finditer(text)`` when every match is non-empty and starts at
    one of ``positions`` (the leftmost non-overlapping matches)."""
    taken_until = -1
    match_at = pattern.match
    for position in positions:
        if position >= taken_until:
            match = match_at(text, position)
            if match is not None:
                taken_until = match.end()
                yield position, taken_until, match


# --- Words that start with a capital ------------------------------------------------------------

_UPPER_CODES = range(ord("A"), ord("Z") + 1)
_LOWER_CODES = range(ord("a"), ord("z") + 1)


@kept_analysis
def capital_led(source: str) -> bool:
    """Whether every match of the regex ``source`` (no ``(?i)``) starts at ``\\b`` with an ASCII
    capital, or with one lower-case ASCII letter and then a capital (``FDA``, ``HeartMate``,
    ``mRNA-1273``): the pattern opens with ``\\b``, and each of its alternatives with a capital
    (a class of capitals, once or more) or an optional lower-case letter before one."""
    parsed = _parsed_or_none(source)
    if parsed is None:
        return False
    items = list(parsed.data)
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE) or not items or items[0] != (sre.AT, sre.AT_BOUNDARY):
        return False
    return _capital_first(items[1:])


def _chars_within(item: tuple, codes: range) -> bool:
    """Whether ``item`` is one character of ``codes`` (a literal, or a class of literals and ranges)."""
    op, av = item
    if op is sre.LITERAL:
        return av in codes
    if op is sre.IN:
        return bool(av) and all((kind is sre.LITERAL and value in codes)
                                or (kind is sre.RANGE and value[0] in codes and value[1] in codes) for kind, value in av)
    return False


def _one_capital_first(items: list) -> bool:
    """``items`` start with a capital: a class of capitals, alone or repeated at least once."""
    if not items:
        return False
    op, av = items[0]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return low >= 1 and len(sub.data) == 1 and _chars_within(sub.data[0], _UPPER_CODES)
    return _chars_within(items[0], _UPPER_CODES)


def _capital_first(items: list) -> bool:
    if not items:
        return False
    op, av = items[0]
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return not add_flags & re.IGNORECASE and _capital_first([*sub.data, *items[1:]])
    if op is sre.BRANCH:
        return all(_capital_first([*alternative.data, *items[1:]]) for alternative in av[1])
    if _one_capital_first(items):
        return True
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):  # ``[a-z]?[A-Z]``
        low, high, sub = av
        return low == 0 and high == 1 and len(sub.data) == 1 and _chars_within(sub.data[0], _LOWER_CODES) \
            and _one_capital_first(items[1:])
    return False


class CapitalScanner:
    """``pattern.finditer(text)`` as ``(start, end, match)`` for a pattern whose every match starts
    at a word's start with a capital, or a lower-case letter and a capital (:func:`capital_led`).

    Such a pattern opens with ``\\b`` and then a class of letters of either case, so ``re`` tries it
    at every character of the text. Here ``re`` skips to the capitals that start a word or follow
    its first, lower-case letter (:data:`_CAPITAL_STARTS`: a class first, which it skips to in C),
    and the pattern is matched there, at that word's start, in order, skipping those inside the
    previous match: the leftmost non-overlapping matches of ``finditer``, since every match is
    non-empty and starts at one of them."""

    _CAPITAL_STARTS = re.compile(r"[A-Z](?:(?<=\b[A-Z])|(?<=\b[a-z][A-Z]))")

    def __init__(self, source: str) -> None:
        self.pattern = compile_pattern(source)
        self.groupindex = dict(self.pattern.groupindex)

    def search(self, text: str) -> tuple[int, int, re.Match[str]] | None:
        return next(self.finditer(text), None)

    def finditer(self, text: str) -> Iterator[tuple[int, int, re.Match[str]]]:
        return matches_at(self.pattern, text, self._word_starts(text))

    def _word_starts(self, text: str) -> Iterator[int]:
        for capital in self._CAPITAL_STARTS.finditer(text):
            position = capital.start()
            # the word starts with its lower-case letter ("mRNA")
            yield position - 1 if position and text[position - 1] in _ASCII_LOWER else position


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


class Anchors:
    """Every position of a text where one of ``sources`` matches, overlapping matches included,
    kept for the last text asked (the patterns of one doc share it).

    Each source is found on its own, the cheapest exact way: with ``lower``, ``match`` tried
    where one of its literal starts occurs (:func:`literal_starts`); else a skipping scan
    (:class:`Scanner`, each of its matches is one position) when its first characters are few;
    else a look-ahead at every position. Giving ``(?:A|B)`` as ``A, B`` lets each use its own:
    number words (``one``, ``twenty``) are looked for as words, digits by skipping to them."""

    def __init__(self, *sources: str, lower: LowerText | None = None) -> None:
        self.lower = lower
        #: Per source: the skipping pattern, or the pattern and its literal starts, or neither;
        #: and the look-ahead when it may be needed.
        self._finders: list[tuple[re.Pattern[str] | None, re.Pattern[str] | None, tuple[str, ...],
                                  re.Pattern[str] | None]] = []
        for source in sources:
            starts = literal_starts(source) if lower is not None else None
            if starts is not None and not starts[1]:
                self._finders.append((None, compile_pattern(source), tuple(sorted(starts[0])), _lookahead(source)))
            elif (skipping := Scanner(source).skipping) is not None:
                self._finders.append((skipping, None, (), None))
            else:
                self._finders.append((None, None, (), _lookahead(source)))
        self._text: str | None = None
        self._positions: list[int] = []
        self._word_starts: list[int] | None = None

    @property
    def literals(self) -> set[str]:
        """The literal starts looked for in the lower-cased text."""
        return {literal for finder in self._finders for literal in finder[2]}

    def positions(self, text: str) -> list[int]:
        if text is not self._text:
            found = [self._find(*finder, text) for finder in self._finders]
            self._positions = found[0] if len(found) == 1 else sorted(set().union(*found))
            self._word_starts = None
            self._text = text
        return self._positions

    def word_start_positions(self, text: str) -> list[int]:
        """The :meth:`positions` not right after an ASCII letter, digit or ``_`` (a word
        character): the only ones where a pattern that :func:`starts_after_no_word` can match
        (a number's inner digits, ``12`` in ``2012``, are left out)."""
        positions = self.positions(text)
        if self._word_starts is None:
            self._word_starts = [position for position in positions
                                 if not position or text[position - 1] not in _ASCII_WORD_CHARS]
        return self._word_starts

    def _find(self, skipping: re.Pattern[str] | None, pattern: re.Pattern[str] | None, literals: tuple[str, ...],
              lookahead: re.Pattern[str] | None, text: str) -> list[int]:
        if skipping is not None:  # each match of the skipping pattern is one position where the source matches
            return [match.start() for match in skipping.finditer(text)]
        if pattern is not None and self.lower.reliable(text):
            match_at = pattern.match
            return sorted({position for literal in literals for position in self.lower.positions(text, literal)
                           if match_at(text, position) is not None})
        return [match.start() for match in lookahead.finditer(text)]


def _lookahead(source: str) -> re.Pattern[str]:
    """``(?=(?:source))``, with the source's global flags (``(?i)``) moved out of the group."""
    flags = compile_pattern(source).flags
    body = source
    while (global_flags := _GLOBAL_FLAGS.match(body)) is not None:
        body = body[global_flags.end():]
    return compile_pattern(f"(?=(?:{body}))", flags)


_ASCII_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


@kept_analysis
def starts_after_no_word(source: str) -> bool:
    """Whether every match of the regex ``source`` starts after a look-behind that refuses a word
    character before it (``(?<![\\w.])``), or at a ``\\b`` followed by a word character (``\\bphase``),
    in every branch: such a match never starts inside a word or a number."""
    parsed = _parsed_or_none(source)
    return parsed is not None and _refuses_word_before(list(parsed.data))


def _refuses_word_before(items: list) -> bool:
    for index, (op, av) in enumerate(items):
        if op is sre.ASSERT_NOT and av[0] == -1 and len(av[1].data) == 1:
            body_op, body_av = av[1].data[0]
            if body_op is sre.IN and (sre.NEGATE, None) not in body_av and (sre.CATEGORY, sre.CATEGORY_WORD) in body_av:
                return True
        if op is sre.AT and av is sre.AT_BOUNDARY and _starts_with_word_character(items[index + 1:]):
            return True  # ``\b`` before a word character: none stands before it
        if op is sre.SUBPATTERN:  # a group: its items come first
            return _refuses_word_before([*av[3].data, *items[index + 1:]])
        if op is sre.BRANCH:
            return all(_refuses_word_before([*alternative.data, *items[index + 1:]]) for alternative in av[1])
        if op not in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero width: the start is still here
            return False
    return False


def _starts_with_word_character(items: list) -> bool:
    """Whether the parsed ``items`` match nothing empty and always begin with an ASCII letter, digit
    or ``_`` (or a ``\\w`` or ``\\d`` character): a word character in ``re``'s every mode."""
    try:
        codes, categories, empty = first_chars(items, 0)
    except Unbounded:
        return False
    return not empty and bool(codes or categories) and all(chr(code) in _ASCII_WORD_CHARS for code in codes) \
        and categories <= {sre.CATEGORY_WORD, sre.CATEGORY_DIGIT}


class AnchoredScanner:
    """``pattern.finditer(text)`` as ``(start, end, match)`` for a pattern whose every match is
    non-empty and starts where ``anchors`` match (see :func:`starts_only_with`): the pattern is
    tried at those positions only, skipping those inside the previous match, which gives back
    the leftmost non-overlapping matches of ``finditer``. A pattern that
    :func:`starts_after_no_word` is tried only where no word character comes before."""

    def __init__(self, source: str, anchors: Anchors, *, word_start: bool | None = None) -> None:
        self.pattern = compile_pattern(source)
        self.groupindex = dict(self.pattern.groupindex)
        self.anchors = anchors
        #: ``starts_after_no_word(source)``, unless the caller read it from a shorter form of the pattern.
        self.word_start = starts_after_no_word(source) if word_start is None else word_start

    def finditer(self, text: str) -> Iterator[tuple[int, int, re.Match[str]]]:
        anchors = self.anchors
        return matches_at(self.pattern, text, anchors.word_start_positions(text) if self.word_start else anchors.positions(text))


# --- Scanning from literal starts --------------------------------------------------------------

CASE_EXCEPTIONS = "\u0130\u0131\u017f\u212a"
"""The only characters that ``str.lower`` and ``re``'s ``(?i)`` treat differently from ASCII
letters: DOTTED CAPITAL I (lower-cases to two characters, and matches ``i`` under ``(?i)``),
DOTLESS SMALL I and LONG S (match ``i`` and ``s`` under ``(?i)``) and KELVIN SIGN (lower-cases
to ``k``). Every other character lower-cases to one character, and to an ASCII one only if it
is ASCII (``tests/test_scanning.py`` checks the whole of Unicode)."""

CASE_EXCEPTION = re.compile(f"[{CASE_EXCEPTIONS}]")
"""One of :data:`CASE_EXCEPTIONS`: a text holding none is lower-cased as ``(?i)`` reads it."""

MIN_KEPT_CHARS = 1000
"""A text at least this long keeps its lower-cased form and found literals while shorter texts
(its sentences) are asked (:meth:`LowerText._load`)."""

MIN_PREFIX = 2
"""Shortest literal start worth looking for: a single letter occurs at most positions."""

MAX_PREFIX = 8
"""Literal starts are cut at this length: longer ones are rarely more selective."""

MAX_PREFIXES = 64
"""A pattern that can start with more literal strings than this is scanned as it is."""

_ONE_CHARACTER = frozenset({sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY}) if sre is not None else frozenset()
"""Parsed items that always match exactly one character."""

_PLACEHOLDERS = (0xE000, 0xF8FF)
"""The private-use characters, which stand for a sub-pattern of any length (``{NUM}`` in a
rule, see ``trialnews.components.ruler``): never passed over as one character of the text."""

MAX_WALK_STEPS = 10_000
"""Paths through a pattern followed to find its literal starts, at most (optional items double them)."""


class LowerText:
    """The lower-cased form of the last text asked, and where literal strings occur in it,
    found with ``str.find`` (shared by the patterns of one doc).

    Lower-cased search finds every place a pattern's literal start can match, whether the pattern
    is case-sensitive or not, as long as the text holds none of :data:`CASE_EXCEPTIONS`: then
    ``text.lower()`` has the same length, and its ASCII characters stand where the text has the
    same letter in either case (``reliable`` says so)."""

    def __init__(self) -> None:
        self._text: str | None = None
        self._lower = ""
        self._reliable = True
        self._found: dict[str, list[int]] = {}
        #: The literals of :meth:`register`, each with the registered literals that begin it
        #: (itself included); and the pattern that finds the longest of them at every position.
        self._beginnings: dict[str, tuple[str, ...]] = {}
        #: The literals of each set asked of :meth:`registered_starts` that are not registered.
        self._unregistered: dict[frozenset[str], frozenset[str]] = {}
        self._scan: re.Pattern[str] | None = None
        self._automaton = None  # an ``ahocorasick.Automaton`` of the registered literals, when installed
        self._registered: dict[str, list[int]] | None = None
        #: The state of the last long text asked before the current one (:meth:`_load`), or ``None``.
        self._kept: tuple | None = None

    def register(self, literals: Iterable[str]) -> None:
        """Literals (lower-case) asked for in every text: all of them are found in one pass over
        the text (:meth:`_scan_all`) instead of a ``str.find`` pass each (a pass costs about as
        much as a literal's, and a doc asks for some two hundred)."""
        known = set(self._beginnings) | {literal for literal in literals if literal}
        self._beginnings = {literal: tuple(literal[:size] for size in range(1, len(literal) + 1) if literal[:size] in known)
                            for literal in known}
        self._scan = self._automaton = None
        self._unregistered = {}
        if known and ahocorasick is not None:
            self._automaton = ahocorasick.Automaton()
            for literal in known:  # each literal with how far before its last character it starts
                self._automaton.add_word(literal, (literal, len(literal) - 1))
            self._automaton.make_automaton()
        elif known:
            self._scan = compile_pattern(_literal_scan_source(known))
        self._text = None
        self._kept = None

    def registered(self, literals: Iterable[str]) -> bool:
        """Whether every one of ``literals`` is found in the pass of :meth:`register`."""
        beginnings = self._beginnings
        return all(literal in beginnings for literal in literals)

    def _load(self, text: str) -> None:
        if text is not self._text:
            # A fact reads a doc's text and its sentences in turn: the state of a long text (the
            # doc's) is kept while shorter ones are asked, and taken back when it is asked again,
            # not lower-cased and searched anew (some five times a doc).
            leaving = (self._text, self._reliable, self._lower, self._found, self._registered)
            kept = self._kept
            if self._text is not None and len(self._text) >= MIN_KEPT_CHARS:
                self._kept = leaving
            if kept is not None and kept[0] is text:
                self._text, self._reliable, self._lower, self._found, self._registered = kept
                return
            self._text = text
            self._reliable = text.isascii() or CASE_EXCEPTION.search(text) is None  # (the exceptions are not ASCII)
            self._lower = text.lower() if self._reliable else ""
            self._found = {}
            self._registered = None

    def _scan_all(self) -> dict[str, list[int]]:
        """Where each registered literal starts, found in one pass: by the Aho-Corasick automaton
        of the literals (pyahocorasick, in C: a quarter of the regex pass's time), or else by a
        regex: at every character of the text the trie finds the longest registered literal
        starting there (the longer is tried first; the look-ahead holds it, so each character
        starts one match), and the registered literals starting there are those that begin it."""
        registered: dict[str, list[int]] = {}
        if self._automaton is not None:  # every place of every literal, in order of where it ends
            kept = registered.get  # (some six hundred places a news article: the loop kept lean)
            for end, (literal, back) in self._automaton.iter(self._lower):
                found = kept(literal)
                if found is None:
                    registered[literal] = [end - back]
                else:
                    found.append(end - back)
            self._registered = registered
            return registered
        beginnings = self._beginnings
        for match in self._scan.finditer(self._lower):
            position = match.start()
            for literal in beginnings[match.group(MATCH_GROUP)]:
                found = registered.get(literal)
                if found is None:
                    registered[literal] = [position]
                else:
                    found.append(position)
        self._registered = registered
        return registered

    def reliable(self, text: str) -> bool:
        self._load(text)
        return self._reliable

    def lowered(self, text: str) -> str:
        """``text.lower()`` (for a :meth:`reliable` text)."""
        self._load(text)
        return self._lower

    def reliably_lowered(self, text: str) -> str | None:
        """``text.lower()`` for a :meth:`reliable` text (the lower-cased text then stands character
        for character where the text does), else ``None``."""
        if text is not self._text:  # (asked of one text many times in a row: no call then)
            self._load(text)
        return self._lower if self._reliable else None

    def positions(self, text: str, literal: str) -> list[int]:
        """Every start of ``literal`` (lower-case) in ``text`` lower-cased, overlapping ones included."""
        self._load(text)
        found = self._found.get(literal)
        if found is None:
            found = self._find(literal)
        return found

    def starts(self, text: str, literals: Iterable[str]) -> set[int]:
        """Every start of any of ``literals`` (lower-case) in ``text`` lower-cased."""
        self._load(text)
        known = self._found
        starts: set[int] = set()
        for literal in literals:
            found = known.get(literal)
            if found is None:
                found = self._find(literal)
            starts.update(found)
        return starts

    def registered_starts(self, text: str, literals: frozenset[str]) -> set[int]:
        """:meth:`starts` for ``literals`` all :meth:`register`-ed: read from the one pass, visiting
        only the literals the text holds (one set intersection) instead of each of them in turn (a
        ruler's lexicon rule looks for hundreds, and a doc holds a few). A literal never registered
        is not in the pass: it is looked for as :meth:`starts` does."""
        self._load(text)
        registered = self._registered if self._registered is not None else self._scan_all()
        starts: set[int] = set()
        for literal in registered.keys() & literals:
            starts.update(registered[literal])
        unregistered = self._unregistered.get(literals)
        if unregistered is None:  # (asked once per set of literals and table: a ruler asks the same sets)
            unregistered = self._unregistered[literals] = literals - self._beginnings.keys()
        if unregistered:
            starts |= self.starts(text, unregistered)
        return starts

    def holds_any(self, literals: tuple[str, ...], registered: bool) -> bool:
        """Whether the lower-cased form of the text last loaded holds one of ``literals`` (all of
        them :meth:`register`-ed if ``registered``: then read from the one pass)."""
        if registered:
            found = self._registered if self._registered is not None else self._scan_all()
            for literal in literals:
                if literal in found:
                    return True
            return False
        lowered = self._lower
        for literal in literals:
            if literal in lowered:
                return True
        return False

    def _find(self, literal: str) -> list[int]:
        if literal in self._beginnings:
            registered = self._registered if self._registered is not None else self._scan_all()
            found = self._found[literal] = registered.get(literal, [])
            return found
        found = self._found[literal] = []
        find = self._lower.find
        position = find(literal)
        while position >= 0:
            found.append(position)
            position = find(literal, position + 1)
        return found


def _literal_scan_source(literals: Iterable[str]) -> str:
    """A pattern with one match at every position where one of ``literals`` (non-empty) starts,
    its group :data:`MATCH_GROUP` holding the longest of them: the first characters skipped to
    in C, the trie of the literals in a look-ahead (so that matches may overlap)."""
    literals = sorted(set(literals))
    first = _char_class({ord(literal[0]) for literal in literals}, set())
    return f"{first}(?<=(?=(?P<{MATCH_GROUP}>{alternation(literals)}))[\\s\\S])"


class _TooMany(Exception):
    pass


@kept_analysis
def literal_starts(source: str, *, anchor_chars: str = "",
                   digits_anchored: bool = False) -> tuple[frozenset[str], bool] | None:
    """The lower-cased literal strings every match of the regex ``source`` starts with (cut at
    :data:`MAX_PREFIX` characters), and whether a match can instead start at an anchor: with
    one of the placeholder characters ``anchor_chars`` or (``digits_anchored``) with ``\\d``.

    ``None`` when some match could start otherwise, or with a literal shorter than
    :data:`MIN_PREFIX`, or when there are more than :data:`MAX_PREFIXES` literals. Zero-width
    items (look-arounds, ``\\b``) are passed over: they restrict where a match starts, never widen it.
    """
    walked = anchored_starts(source, anchor_chars=anchor_chars, digits_anchored=digits_anchored)
    if walked is None or walked[1] - {0}:
        return None
    starts, offsets = walked
    return starts, bool(offsets)


@kept_analysis
def anchored_starts(source: str, *, anchor_chars: str = "", digits_anchored: bool = False,
                    spaced_letters: bool = False) -> tuple[frozenset[str], frozenset[int]] | None:
    """Like :func:`literal_starts`, with the distances from a match's start at which an anchor
    may be instead of a literal start: ``0`` for ``{NUM}%``, and also ``1`` for ``Q{NUM}W``,
    where a literal too short to look for (``q``) comes before the anchor. With ``spaced_letters``,
    a literal too short to look for followed by ``\\s`` starts with each of the two-character
    strings it and a white-space character make (``a`` in ``an?\\s+year``: ``a``, ``a\\t``...): a
    ruler's rule, whose scanner looks for its literal starts in the doc's one pass."""
    walked = _walk_starts(source, anchor_chars=anchor_chars, digits_anchored=digits_anchored, shift=False,
                          spaced_letters=spaced_letters)
    if walked is None:
        return None
    starts, offsets = walked
    return frozenset(literal for literal, _ in starts), offsets


@kept_analysis
def shifted_literal_starts(source: str) -> frozenset[tuple[str, int]] | None:
    """Like :func:`literal_starts` (with no anchors), for patterns where some match starts with
    a literal too short to look for followed by one character of a class: the literal after
    that character, with its distance from the match's start. ``(?:one|a)[\\s-]half`` gives
    ``("one", 0)`` and ``("half", 2)``: a match starts at ``one``, or two characters before ``half``."""
    walked = _walk_starts(source, anchor_chars="", digits_anchored=False, shift=True)
    return None if walked is None else walked[0]


@kept_analysis
def filter_starts(source: str, max_prefixes: int) -> frozenset[str] | None:
    """The literals every match of ``source`` starts with (at most ``max_prefixes``), with no
    anchor instead, for :class:`StartFilteredPattern`; ``None`` when no such set is found (or the
    pattern cannot be read). Kept in :data:`COMPILED` like the other readings of a parse tree: the
    patterns that need it are built when their modules are imported, at every start."""
    try:
        walked = _walk_starts(source, anchor_chars="", digits_anchored=False, shift=False, max_prefixes=max_prefixes)
    except (re.error, RecursionError):
        return None
    if walked is None or walked[1]:
        return None
    return frozenset(literal for literal, _ in walked[0])


def _walk_starts(source: str, *, anchor_chars: str, digits_anchored: bool, shift: bool,
                 max_prefixes: int = MAX_PREFIXES,
                 spaced_letters: bool = False) -> tuple[frozenset[tuple[str, int]], frozenset[int]] | None:
    """(literal, offset) pairs every match starts with (the literal ``offset`` characters after
    the match's start; offsets only with ``shift``), and the distances from a match's start at
    which an anchor can be instead (0: the match starts at one; more after a literal shorter
    than :data:`MIN_PREFIX`, without ``shift``)."""
    if sre_parse is None or _BACKREFERENCE.search(source):
        return None
    parsed = _parsed(source)
    anchors = {ord(char) for char in anchor_chars}
    found: set[tuple[str, int]] = set()
    anchored: set[int] = set()
    steps = [0]

    def covered(prefix: str, offset: int) -> bool:
        """Whether a literal start already found begins ``prefix`` (which adds nothing then)."""
        return any(offset == other_offset and prefix.startswith(other) for other, other_offset in found)

    def walk(items: list, prefix: str, offset: int) -> None:
        steps[0] += 1
        if steps[0] > MAX_WALK_STEPS:
            raise _TooMany
        for index, (op, av) in enumerate(items):
            if len(prefix) >= MAX_PREFIX or (prefix and covered(prefix, offset)):
                break
            rest = items[index + 1:]
            if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
                continue
            if op is sre.LITERAL and not (av in anchors or av >= 0x80):
                prefix += chr(av).lower()
                continue
            # An anchor at the start, or after a literal too short to look for (each of its
            # characters is one character of the text): the anchor, that far from the start.
            at_anchor = not offset and (not prefix or (len(prefix) < MIN_PREFIX and not shift))
            if op is sre.LITERAL and av in anchors and at_anchor:
                anchored.add(len(prefix))
                return
            if op is sre.IN:
                if at_anchor and av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)] and digits_anchored:
                    anchored.add(len(prefix))
                    return
                if spaced_letters and prefix and len(prefix) < MIN_PREFIX and av == [(sre.CATEGORY, sre.CATEGORY_SPACE)]:
                    # A word too short to look for and then white space ("a" in "a\s+year"): the word
                    # and each white-space character (every one ``\s`` can match, each the same in
                    # either case), two characters to look for.
                    for char in _WHITE_SPACE:
                        found.add((prefix + char, offset))
                    if len(found) > max_prefixes:
                        raise _TooMany
                    return
                if all(item_op is sre.LITERAL for item_op, _ in av) and len(av) <= MAX_PREFIX:
                    for _, code in av:
                        walk([(sre.LITERAL, code), *rest], prefix, offset)
                    return
            if op is sre.BRANCH:
                for alternative in av[1]:
                    walk([*alternative.data, *rest], prefix, offset)
                return
            if op is sre.SUBPATTERN:
                walk([*av[3].data, *rest], prefix, offset)
                return
            if op is sre.ATOMIC_GROUP:
                walk([*av.data, *rest], prefix, offset)
                return
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                low, high, body = av
                if low == 0:
                    walk(rest, prefix, offset)
                if high > 0:
                    walk(list(body.data), prefix, offset)  # cut after one repetition: still a start of every match
                return
            if shift and len(prefix) < MIN_PREFIX and op in _ONE_CHARACTER and offset + len(prefix) < MAX_PREFIX \
                    and not (op is sre.LITERAL and (av in anchors or _PLACEHOLDERS[0] <= av <= _PLACEHOLDERS[1])):
                walk(rest, "", offset + len(prefix) + 1)  # look for the literal after this one character
                return
            break  # any character, a class, a back-reference: the literal start ends here
        if prefix and covered(prefix, offset):
            return
        found.difference_update([(other, other_offset) for other, other_offset in found
                                 if other_offset == offset and other.startswith(prefix)])
        found.add((prefix, offset))
        if len(found) > max_prefixes:
            raise _TooMany

    try:
        walk(list(parsed.data), "", 0)
    except _TooMany:
        return None
    if any(len(prefix) < MIN_PREFIX for prefix, _ in found) or not (found or anchored):
        return None
    return frozenset(found), frozenset(anchored)


_WHITE_SPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
"""Every character ``\\s`` matches in a ``str`` pattern (those ``str.isspace`` accepts, as ``re`` reads
them; ``tests/test_scanning.py`` checks the whole of Unicode)."""

MIN_OWN_PASS_LITERALS = 2
"""A scanner with fewer literal starts looks for its one literal with ``str.find`` (faster than a
pass that stops at each of its first letters), even for :meth:`PrefixScanner.search`."""

MIN_OWN_PASS_SCAN_LITERALS = 16
"""A scanner with at least this many literal starts, none of them in the shared pass of its
:class:`LowerText`, finds them over a whole text (:meth:`PrefixScanner.finditer`) in its own pass
(an Aho-Corasick automaton: some 0.03 ms a news article, whatever their number) rather than with
a ``str.find`` pass each (some 0.0035 ms each)."""


class PrefixScanner:
    """``pattern.finditer(text)`` as ``(start, end, match)`` for a pattern whose every match
    starts with one of ``prefixes`` (lower-case literal strings, compared case-insensitively) or,
    with ``anchors``, where they match (see :func:`literal_starts`).

    The pattern is tried with ``pattern.match`` only at those positions, in order, skipping those
    inside the previous match: the leftmost non-overlapping matches of ``finditer``, since every
    match is non-empty and starts at one of them. A text holding one of :data:`CASE_EXCEPTIONS`
    is scanned with ``finditer`` itself.
    """

    def __init__(self, source: str, prefixes: Iterable[str], *, lower: LowerText, anchors: Anchors | None = None,
                 shifted: Iterable[tuple[str, int]] = (), anchor_offsets: Iterable[int] = (0,),
                 word_start: bool | None = None) -> None:
        self.pattern = compile_pattern(source)
        self.groupindex = dict(self.pattern.groupindex)
        self.prefixes = tuple(sorted(prefixes))
        #: Literals found some characters after a match's start (see :func:`shifted_literal_starts`).
        self.shifted = tuple(sorted((literal, offset) for literal, offset in shifted if offset))
        self.prefixes += tuple(sorted({literal for literal, offset in shifted if not offset} - set(self.prefixes)))
        #: ``prefixes`` as a set (for :meth:`LowerText.registered_starts`): set here only, so a new
        #: ``prefixes`` needs a new one.
        self._prefix_set = frozenset(self.prefixes)
        self.lower = lower
        self.anchors = anchors
        #: How far after a match's start its anchor can be (see :func:`anchored_starts`).
        self.anchor_offsets = tuple(sorted(anchor_offsets))
        #: Anchors at a match's start are tried only after no word character (see :class:`AnchoredScanner`).
        after_no_word = starts_after_no_word(source) if word_start is None else word_start
        self.word_start = anchors is not None and after_no_word
        #: Every match starts after no word character: a literal start inside a word is not tried
        #: (``at`` in ``treatment`` for ``\\bat\\s+(?:week|month)``).
        self.after_no_word = after_no_word
        #: Where its literal starts are, in order, in one pass (:meth:`_own_starts`, as
        #: :meth:`LowerText.register` finds them), for :meth:`search` on a text whose literals the
        #: shared :class:`LowerText` does not find in its own pass (a fact's scanner asked for
        #: the first match in a sentence).
        self._own_scan = len(self.prefixes) >= MIN_OWN_PASS_LITERALS and not self.shifted and anchors is None
        #: Whether :meth:`finditer` finds the literal starts in its own pass too (many literals, see
        #: :data:`MIN_OWN_PASS_SCAN_LITERALS`), when the shared pass does not find them.
        self._own_scan_finditer = self._own_scan and ahocorasick is not None and len(self.prefixes) >= MIN_OWN_PASS_SCAN_LITERALS
        #: The automaton (or pattern) of :meth:`_own_starts`, made when first needed (a ruler's never is).
        self._own_pattern = None
        #: The literal table of ``lower`` last asked whether it holds the prefixes, and its answer.
        self._registered_in: dict[str, tuple[str, ...]] | None = None
        self._registered = False

    def search(self, text: str) -> tuple[int, int, re.Match[str]] | None:
        """The first match, as ``pattern.search(text)`` finds it (``None`` if there is none)."""
        if self._own_scan and self.lower.reliable(text) and not self._prefixes_registered():
            return next(self._scan_own(text), None)
        return next(self.finditer(text), None)

    def _prefixes_registered(self) -> bool:
        """``lower.registered(self.prefixes)``, asked again only after ``lower`` registers literals
        (each :meth:`LowerText.register` makes a new table): :meth:`search` is asked of many short texts."""
        beginnings = self.lower._beginnings
        if self._registered_in is not beginnings:
            self._registered_in = beginnings
            self._registered = self.lower.registered(self.prefixes)
        return self._registered

    def finditer(self, text: str) -> Iterator[tuple[int, int, re.Match[str]]]:
        if (self.prefixes or self.shifted) and not self.lower.reliable(text):
            for match in self.pattern.finditer(text):
                yield match.start(), match.end(), match
            return
        if not self.prefixes:
            starts = set()
        elif self._prefixes_registered():  # (a ruler's rule: found in the one pass of the doc's text)
            starts = self.lower.registered_starts(text, self._prefix_set)
        elif self._own_scan_finditer:  # (every place of each literal, as the ``str.find`` passes find them)
            starts = set(self._own_starts(self.lower.lowered(text)))
        else:
            starts = self.lower.starts(text, self.prefixes)
        for literal, offset in self.shifted:
            starts.update(position - offset for position in self.lower.positions(text, literal) if position >= offset)
        if self.anchors is not None:
            for offset in self.anchor_offsets:
                if not offset:
                    starts.update(self.anchors.word_start_positions(text) if self.word_start else self.anchors.positions(text))
                    continue
                starts.update(position - offset for position in self.anchors.positions(text) if position >= offset)
        taken_until = -1
        match_at = self.pattern.match
        after_no_word = self.after_no_word
        for position in sorted(starts):
            if position >= taken_until:
                if after_no_word and position and text[position - 1] in _ASCII_WORD_CHARS:
                    continue
                match = match_at(text, position)
                if match is not None:
                    taken_until = match.end()
                    yield position, taken_until, match


    def _scan_own(self, text: str) -> Iterator[tuple[int, int, re.Match[str]]]:
        taken_until = -1
        match_at = self.pattern.match
        after_no_word = self.after_no_word
        for position in self._own_starts(self.lower.lowered(text)):
            if position >= taken_until:
                if after_no_word and position and text[position - 1] in _ASCII_WORD_CHARS:
                    continue
                match = match_at(text, position)
                if match is not None:
                    taken_until = match.end()
                    yield position, taken_until, match


    def _own_starts(self, lowered: str) -> Iterator[int]:
        """Where one of the literal starts is in ``lowered``, in order, each place once: every
        place the Aho-Corasick automaton of the literals finds (pyahocorasick, in C: a quarter of
        the time of the regex pass), or else the regex pass, which stops at the first match."""
        if ahocorasick is not None:
            if self._own_pattern is None:
                self._own_pattern = ahocorasick.Automaton()
                for literal in self.prefixes:
                    self._own_pattern.add_word(literal, len(literal))
                self._own_pattern.make_automaton()
            return iter(sorted({end - length + 1 for end, length in self._own_pattern.iter(lowered)}))
        if self._own_pattern is None:
            self._own_pattern = compile_pattern(_literal_scan_source(self.prefixes))
        return (match.start() for match in self._own_pattern.finditer(lowered))


def fast_scanner(source: str, *, lower: LowerText) -> Scanner | PrefixScanner:
    """A :class:`PrefixScanner` when every match of ``source`` starts with a literal string (or
    a shifted one, :func:`shifted_literal_starts`), else a :class:`Scanner`: the same matches as
    ``finditer`` either way."""
    starts = literal_starts(source)
    if starts is not None:
        return PrefixScanner(source, starts[0], lower=lower)
    shifted = shifted_literal_starts(source)
    if shifted is not None:
        return PrefixScanner(source, (), lower=lower, shifted=shifted)
    return Scanner(source)


def word_boundary(text: str, index: int) -> bool:
    """Whether ``\\b`` matches at ``index`` of a non-empty ``text``, as ``re`` decides it for a
    ``str`` pattern: a word character (alphanumeric or ``_``) on exactly one side."""
    before = index > 0 and word_character(text[index - 1])
    after = index < len(text) and word_character(text[index])
    return before != after


WHITE_SPACE_RUN = compile_pattern(r"\s+")
"""A run of white space: what the readers write as one space (a name's key, a person's name), or
delete (the white space inside a DOI)."""


def word_character(char: str, *, hyphen: bool = False) -> bool:
    """Whether ``\\w`` (with ``hyphen``, ``[\\w-]``) matches the character ``char`` in a ``str``
    pattern: a letter or digit of any script (``str.isalnum``), ``_`` (or ``-``). The look-arounds
    of a value's pattern (``(?<!\\w)``, ``(?![\\w-])``) read by the ``str.find`` searches that
    replace a pattern compiled for one value."""
    return char.isalnum() or char == "_" or hyphen and char == "-"


def occurrences(text: str, name: str, fits: Callable[[str, int, int], bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each place of ``name`` (not empty) in ``text`` that ``fits(text, start, end)``
    accepts, leftmost first and never overlapping, as ``re.finditer`` finds ``name`` between two
    look-arounds (``fits``): found with ``str.find``, no pattern compiled for the name."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if fits(text, at, end):
            yield at, end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def spaced_words_end(text: str, at: int, words: list[str], *, spaced: bool = True) -> int | None:
    """Where ``W1\\s+W2\\s+...`` (``\\s*`` when not ``spaced``) ends in ``text`` when it starts at
    ``at`` with ``words[0]`` (the caller found it there), for ``words`` holding no white space (the run
    of white space before a word is read whole), or None where a later word does not follow."""
    end, size = at + len(words[0]), len(text)
    for word in words[1:]:
        gap = end
        while gap < size and text[gap].isspace():
            gap += 1
        if spaced and gap == end or not text.startswith(word, gap):
            return None
        end = gap + len(word)
    return end


def find_words(text: str, words: list[str], *, lower: LowerText) -> list[tuple[int, int]]:
    """(start, end) of each match of ``re.finditer(r"(?i)\\b(?:W1|W2|...)\\b", text)``, the words
    escaped and tried in the order given, without compiling that regex (a new one for every doc
    whose words differ): each word is found with ``str.find`` in the lower-cased text, the first
    in order that fits between two word boundaries wins, and the search goes on after it. Words
    that are empty or not ASCII, or a text holding :data:`CASE_EXCEPTIONS`, go to ``re``."""
    if not all(word and word.isascii() for word in words) or not lower.reliable(text):
        pattern = re.compile(r"(?i)\b(?:" + "|".join(re.escape(word) for word in words) + r")\b")
        return [match.span() for match in pattern.finditer(text)]
    ordered = [word.lower() for word in words]
    lowered = lower.lowered(text)
    found: list[tuple[int, int]] = []
    taken_until = 0
    for start in sorted({position for word in set(ordered) for position in lower.positions(text, word)}):
        if start < taken_until or not word_boundary(text, start):
            continue
        for word in ordered:
            end = start + len(word)
            if lowered.startswith(word, start) and word_boundary(text, end):
                found.append((start, end))
                taken_until = end
                break
    return found


class WordListScanner:
    """``re.finditer(r"(?i)\\b(?:W1|W2|...)\\b", text)`` for a list of words (literal strings,
    the longest tried first), as ``(start, end, None)``: the spans only.

    Under ``(?i)`` the engine folds the case of every character it compares, and a trie of a
    hundred words is tried at every word start of the text. When every word is ASCII and starts
    and ends with a word character, and the text holds none of :data:`CASE_EXCEPTIONS`, the same
    spans are those of the case-sensitive pattern of the lower-cased words over the lower-cased
    text (same length; no character changes from word to non-word when lower-cased, and the only
    characters that fold to an ASCII letter are the exceptions), some seven times cheaper.
    Otherwise the ``(?i)`` pattern runs as it is.

    With pyahocorasick installed, the lower-cased words are found by their Aho-Corasick automaton
    instead (every place of every word, in C), and the spans are those of the regex: at the
    leftmost place where a word stands between two word boundaries, the longest such word (the
    trie tries the longer first), then on after it.
    """

    def __init__(self, words: Iterable[str]) -> None:
        words = list(words)
        self.pattern = compile_pattern(rf"(?i)\b(?:{alternation(words)})\b")
        simple = bool(words) and all(word.isascii() and _WORD_CHAR.match(word) and _WORD_CHAR.match(word[-1])
                                     for word in words)
        self.lowered = compile_pattern(rf"\b(?:{alternation(sorted({word.lower() for word in words}))})\b") \
            if simple else None
        self.automaton = None
        if simple and ahocorasick is not None:
            self.automaton = ahocorasick.Automaton()
            for word in {word.lower() for word in words}:
                self.automaton.add_word(word, len(word))
            self.automaton.make_automaton()

    def finditer(self, text: str) -> Iterator[tuple[int, int, None]]:
        if self.lowered is not None and CASE_EXCEPTION.search(text) is None:
            if self.automaton is not None:
                yield from self._whole_words(text.lower())
                return
            pattern, searched = self.lowered, text.lower()
        else:
            pattern, searched = self.pattern, text
        for match in pattern.finditer(searched):
            yield match.start(), match.end(), None

    def _whole_words(self, lowered: str) -> Iterator[tuple[int, int, None]]:
        """The spans of :attr:`lowered` in ``lowered``, from the automaton's places of the words
        (each word starts and ends with a word character, so a boundary on its outer side is a
        character that is not one, or the text's edge)."""
        longest: dict[int, int] = {}
        size = len(lowered)
        for last, length in self.automaton.iter(lowered):
            start, end = last - length + 1, last + 1
            if (start == 0 or not _is_word_char(lowered[start - 1])) and (end == size or not _is_word_char(lowered[end])) \
                    and longest.get(start, -1) < end:
                longest[start] = end
        taken_until = -1
        for start in sorted(longest):
            if start >= taken_until:
                taken_until = longest[start]
                yield start, taken_until, None


def _is_word_char(char: str) -> bool:
    """Whether ``re`` reads ``char`` as a word character (``\\w`` of a ``str`` pattern)."""
    return char.isalnum() or char == "_"


_WORD_CHAR = re.compile(r"\w")


# --- Required literals -----------------------------------------------------------------------

MIN_REQUIRED = 3
"""Shortest required literal worth looking for before a scan (shorter ones occur in most texts)."""

MAX_REQUIRED = 12
"""A pattern whose every match needs one of more literals than this is scanned without a look first."""


@kept_analysis
def required_literals(source: str, *, exact: bool = False, punctuation: bool = False,
                      limit: int = MAX_REQUIRED) -> frozenset[str] | None:
    """Lower-case literal strings one of which the lower-cased text holds wherever the regex
    ``source`` matches (in the match, or in what a look-around of it reads): ``half`` for a
    duration "and a half", ``nct``, ``isrctn``, ... for a registry number. ``None`` when no such
    set of at most :data:`MAX_REQUIRED` strings of :data:`MIN_REQUIRED` characters or more is found.

    Only ASCII characters count (a text without :data:`CASE_EXCEPTIONS` holds an ASCII character
    where it matches one, in either case, at the same place in its lower-cased form).

    With ``exact``, the strings are as written, one of which the text itself holds: only literals
    matched case-sensitively count (none under ``(?i)``), any character included. ``NCT``,
    ``ISRCTN``, ... for a registry number: far fewer texts hold ``NTR`` than ``ntr`` (``control``).

    With ``punctuation``, strings of ASCII punctuation count however short (``=`` for ``n = 24``,
    ``/`` for ``12/40``): most texts lack some of them, and ``str.find`` looks for one in a pass.
    ``limit``: the most strings a set may hold (more for a caller that looks for them in one pass)."""
    if sre_parse is None or _BACKREFERENCE.search(source):
        return None
    try:
        parsed = _parsed(source)
        found = _required(list(parsed.data), parsed.state.flags if exact else None, punctuation, limit)
    except (re.error, RecursionError):
        return None
    return found


def _better(one: frozenset[str] | None, other: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two required sets: the longer shortest literal, then the fewer."""
    if one is None or other is None:
        return other if one is None else one
    return max(one, other, key=lambda found: (min(map(len, found)), -len(found)))


def _usable(found: frozenset[str] | None, punctuation: bool = False,
            limit: int = MAX_REQUIRED) -> frozenset[str] | None:
    if found is None or not found or len(found) > limit:
        return None
    if any(len(literal) < MIN_REQUIRED and not (punctuation and punctuation_only(literal)) for literal in found):
        return None
    return found


def punctuation_only(literal: str) -> bool:
    """Whether ``literal`` is made of marks only: ASCII punctuation (``=``, ``%``, ``/``) or a
    symbol without case (``\u2264``, ``\u00b1``); no letter, digit or white space, the same in
    either case (``(?i)`` matches such a mark only as itself)."""
    return bool(literal) and all(char in _ASCII_PUNCTUATION or _caseless_symbol(char) for char in literal)


_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _caseless_symbol(char: str) -> bool:
    """A punctuation mark or symbol (Unicode categories ``P*`` and ``S*``) that no case changes."""
    return unicodedata.category(char)[0] in "PS" and char.lower() == char == char.upper() \
        and char not in CASE_EXCEPTIONS


def _either_case(items: list) -> str | None:
    """The ASCII letter a parsed character class lists in both its cases (``[Tt]``), lower-cased;
    else ``None``."""
    chars = {chr(av) for op, av in items if op is sre.LITERAL}
    if len(items) != 2 or len(chars) != 2:
        return None
    lower = min(chars).lower()
    return lower if chars == {lower, lower.upper()} and lower.isascii() and lower.isalpha() else None


def _class_marks(items: list) -> frozenset[str] | None:
    """The characters of a parsed character class that lists marks only (``[=<>\u2264\u2265]``):
    a match of the class is one of them. ``None`` for any other class (a range, a category, a
    negation, a letter)."""
    chars = set()
    for op, av in items:
        if op is not sre.LITERAL:
            return None
        chars.add(chr(av))
    return frozenset(chars) if chars and all(map(punctuation_only, chars)) else None


def _required(items: list, flags: int | None, punctuation: bool = False,
              limit: int = MAX_REQUIRED) -> frozenset[str] | None:
    """The best required set of a parsed sequence: of its runs of ASCII literals, and of each
    item that must match (a group, an alternation whose every branch has one, a repeat of at
    least once, a positive look-around). ``flags``: ``None`` for lower-case literals, else the
    flags in force, for literals as written (only where ``(?i)`` is off)."""
    best: frozenset[str] | None = None
    run = ""
    exact = flags is not None
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL and (not (flags & re.IGNORECASE) if exact else av < 0x80):
            run += chr(av) if exact else chr(av).lower()
            continue
        if op is sre.IN and not exact and (letter := _either_case(av)) is not None:
            run += letter  # ``[Tt]rial``: "trial" in the lower-cased text
            continue
        if run:
            best = _better(best, _usable(frozenset({run}), punctuation, limit))
            run = ""
        found = None
        if op is sre.SUBPATTERN:
            found = _required(list(av[3].data), (flags | av[1]) & ~av[2] if exact else None, punctuation, limit)
        elif op is sre.ATOMIC_GROUP:
            found = _required(list(av.data), flags, punctuation, limit)
        elif op is sre.ASSERT:
            found = _required(list(av[1].data), flags, punctuation, limit)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(list(av[2].data), flags, punctuation, limit)
        elif op is sre.IN and punctuation:
            found = _usable(_class_marks(av), punctuation, limit)  # ``[=<>]``: one of its marks
        elif op is sre.BRANCH:
            branches = [_required(list(alternative.data), flags, punctuation, limit) for alternative in av[1]]
            if all(branch is not None for branch in branches):
                found = _usable(frozenset().union(*branches), punctuation, limit)  # type: ignore[arg-type]
        best = _better(best, found)
    return best


class RequiredScanner:
    """A scanner run only on a text that holds one of its pattern's :func:`required_literals`
    (found with ``str.find`` in the lower-cased text, shared by the patterns of one doc; or,
    with ``exact``, in the text itself): on any other text the pattern cannot match, and the
    scan is skipped. A text holding one of :data:`CASE_EXCEPTIONS` is always scanned, unless
    the literals are ``exact``."""

    def __init__(self, scanner: Scanner | AnchoredScanner | PrefixScanner, literals: Iterable[str], *,
                 lower: LowerText, exact: bool = False) -> None:
        self.scanner = scanner
        self.literals = tuple(sorted(literals))
        self.lower = lower
        self.exact = exact
        self.groupindex = scanner.groupindex
        #: Whether the literals are looked for in the one pass of ``lower`` (see :meth:`LowerText.register`).
        self.registered = False

    def holds(self, text: str) -> bool:
        """Whether the pattern can match in ``text`` (run for every rule of every doc: kept lean)."""
        if not self.exact:
            lower = self.lower
            lower._load(text)
            return not lower._reliable or lower.holds_any(self.literals, self.registered)
        for literal in self.literals:
            if literal in text:
                return True
        return False

    def finditer(self, text: str) -> Iterator[tuple[int, int, re.Match[str]]]:
        if self.holds(text):
            yield from self.scanner.finditer(text)


class ContainedScanner:
    """A scanner run only on a text where ``contained`` (a regex a rule's file gives beside it:
    ``"gate"``) matches: a part every match of the rule holds (the closing quote and ``by`` after a
    title: ``" by``), whose first character the engine skips to in C. On a text without it the
    rule cannot match, and its scan (tried at every position: a match may start at any line) is
    skipped. The same matches as the scanner itself where the gate is a part of every match."""

    def __init__(self, scanner: Scanner | AnchoredScanner | PrefixScanner | RequiredScanner | WordSuffixScanner,
                 contained: str) -> None:
        self.scanner = scanner
        self.contained = compile_pattern(contained)
        self.groupindex = scanner.groupindex

    def search(self, text: str) -> tuple[int, int, re.Match[str]] | None:
        return next(self.finditer(text), None)

    def finditer(self, text: str) -> Iterator[tuple[int, int, re.Match[str]]]:
        if self.contained.search(text) is not None:
            yield from self.scanner.finditer(text)


class GatedPattern:
    """A compiled pattern whose ``finditer`` over a whole text is skipped when the text holds
    none of its :func:`required_literals` (looked for in ``lower``'s lower-cased text: a text
    holding one of :data:`CASE_EXCEPTIONS` is always scanned): the same ``re.Match`` objects as
    ``pattern.finditer``, or none where the pattern cannot match. For patterns asked of every
    doc whose cue most docs lack ("co-authored", "authors")."""

    def __init__(self, pattern: re.Pattern[str], *, lower: LowerText) -> None:
        self.pattern = pattern
        self.lower = lower
        self.literals = required_literals(pattern.pattern) if not pattern.flags & re.LOCALE else None
        #: A pattern whose every match starts with a literal (``(?i)\b(?:first author|...)\b``)
        #: is tried only where one stands (:class:`PrefixScanner`, the same matches); only for a
        #: pattern whose source holds all its flags (the scanner compiles the source).
        self.scanner: PrefixScanner | None = None
        #: For a pattern whose every match is a run of white space and then a literal start
        #: (``\\s+(?:co-authored the study|...)``): those literals (see :meth:`_after_space`).
        self.after_space: frozenset[str] | None = None
        if not pattern.flags & re.LOCALE and compile_pattern(pattern.pattern).flags == pattern.flags:
            scanner = fast_scanner(pattern.pattern, lower=lower)
            if not isinstance(scanner, PrefixScanner):
                # A short word before white space ("a new review"): its two-character starts.
                walked = anchored_starts(pattern.pattern, spaced_letters=True)
                if walked is not None and not walked[1]:
                    scanner = PrefixScanner(pattern.pattern, walked[0], lower=lower)
            self.scanner = scanner if isinstance(scanner, PrefixScanner) else None
            if self.scanner is None:
                self.after_space = _starts_after_leading_space(pattern.pattern)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        literals = self.literals
        if literals is not None and self.lower.reliable(text):
            lowered = self.lower.lowered(text)
            if not any(literal in lowered for literal in literals):
                return iter(())
        if self.scanner is not None:
            return (match for _, _, match in self.scanner.finditer(text))
        if self.after_space is not None and self.lower.reliable(text):
            return self._after_space(text)
        return self.pattern.finditer(text)

    def _after_space(self, text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)`` for a pattern ``\\s+X`` whose ``X`` starts with one of
        :attr:`after_space`: a match starts at the first white-space character (after the last
        match) of the run before such a literal, and is tried only there, in text order."""
        taken_until = 0
        match_at = self.pattern.match
        for position in sorted(self.lower.starts(text, self.after_space)):
            if position < taken_until:
                continue
            start = position
            while start > taken_until and text[start - 1].isspace():
                start -= 1
            if start == position:
                continue
            match = match_at(text, start)
            if match is not None:
                taken_until = match.end()
                yield match


@kept_analysis
def _starts_after_leading_space(source: str) -> frozenset[str] | None:
    """The literal starts of ``X`` for a pattern ``\\s+X`` (its flags kept; no alternation at its
    top, no anchor), ``None`` for any other pattern or an ``X`` without literal starts."""
    if sre_parse is None:
        return None
    flags = re.match(r"\(\?[aiLmsux]+\)", source)
    prefix = flags.group() if flags else ""
    rest = source[len(prefix):]
    if not rest.startswith("\\s+"):
        return None
    try:
        parsed = sre_parse.parse(source)
    except re.error:
        return None
    first = parsed.data[0] if parsed.data else None
    if first is None or first[0] is not sre.MAX_REPEAT or first[1][0] != 1 \
            or list(first[1][2].data) != [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]:
        return None
    starts = literal_starts(prefix + rest[len("\\s+"):])
    if starts is None or starts[1] or any(not literal[0].isalpha() for literal in starts[0]):
        return None  # a literal that white space could begin would be read into the run
    return starts[0]


#: What :meth:`StartFilteredPattern._lowered` says of a text it has no lower-cased form for: search
#: it with the pattern itself.
_USE_PATTERN = "\0use-pattern"

MAX_FILTER_LITERALS = 1024
"""Literal starts a :class:`StartFilteredPattern` looks for at most (in one automaton pass)."""


def case_free_form(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern without ``(?i)``, for the lower-cased form of a text that holds none of
    :data:`CASE_EXCEPTIONS` (:class:`LowerText`'s ``reliable``): at every position it matches there
    exactly where ``pattern`` matches the text, over the same characters. ``re`` under ``(?i)``
    compares a character by its lower-case form, and tries a case-insensitive alternation's
    branches one by one, where a case-sensitive one skips at once the branches whose first
    letter is not the text's (the body finding's word list: about half the time). ``None`` when
    the pattern is case-sensitive, or when it names a letter only in upper case (``[A-Z]``,
    ``I``), a character beyond ASCII other than a mark no case changes (``’``, ``“``),
    or changes its flags inside (``(?-i:...)``)."""
    if sre_parse is None or not pattern.flags & re.IGNORECASE or pattern.flags & re.LOCALE:
        return None
    found = _case_free_source(pattern.pattern, pattern.flags)
    return None if found is None else compile_pattern(*found)


@kept_analysis
def _case_free_source(source: str, flags: int) -> tuple[str, int] | None:
    """The source and flags of :func:`case_free_form`'s pattern for a ``(?i)`` pattern's ``source``
    and ``flags``, or ``None``; kept in :data:`COMPILED` (reading the parse tree is most of its cost)."""
    flags &= ~re.IGNORECASE
    leading = _GLOBAL_FLAGS.match(source)
    if leading is not None:
        kept = leading.group()[2:-1].replace("i", "")
        source = (f"(?{kept})" if kept else "") + source[leading.end():]
    try:
        parsed = sre_parse.parse(source, flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE or not _lower_case_only(list(parsed.data)):
        return None
    return source, int(flags)


def _lower_case_only(items: list) -> bool:
    """Whether the parsed ``items`` name ASCII characters (each letter in lower case or in both
    cases: ``[Tt]``, ``[A-Za-z]``) and caseless marks only, with no flags changed inside: what
    :func:`case_free_form` needs."""
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            if not _lower_or_caseless(av, {av}):
                return False
        elif op is sre.IN:
            codes: set[int] = set()
            for item_op, item_av in av:
                if item_op is sre.LITERAL:
                    codes.add(item_av)
                elif item_op is sre.RANGE and item_av[1] - item_av[0] <= MAX_FOLDED_RANGE:
                    codes.update(range(item_av[0], item_av[1] + 1))
                elif item_op not in (sre.NEGATE, sre.CATEGORY):
                    return False
            if not all(_lower_or_caseless(code, codes) for code in codes):
                return False
        elif op is sre.SUBPATTERN:
            if av[1] or av[2] or not _lower_case_only(list(av[3].data)):
                return False
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if not _lower_case_only(list(av[1].data)):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if not _lower_case_only(list(av[2].data)):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _lower_case_only(list(av.data)):
                return False
        elif op is sre.BRANCH:
            if not all(_lower_case_only(list(branch.data)) for branch in av[1]):
                return False
        elif op is sre.GROUPREF_EXISTS:
            if not all(branch is None or _lower_case_only(list(branch.data)) for branch in av[1:]):
                return False
        elif op not in (sre.ANY, sre.AT, sre.GROUPREF):
            return False
    return True


def _lower_or_caseless(code: int, listed: set[int]) -> bool:
    """An ASCII character that is no capital or whose small letter is ``listed`` too, or a mark no
    case changes (:func:`_caseless_symbol`)."""
    char = chr(code)
    if code < 0x80:
        return not char.isupper() or ord(char.lower()) in listed
    return _caseless_symbol(char)


#: The lower-cased text of the cue patterns (:class:`StartFilteredPattern`): the last texts asked are
#: kept, as the cue patterns of a fact are asked of one sentence's text one after another.
_LOWERED = LowerText()


class StartFilteredPattern:
    """A compiled pattern asked of many short texts (a fact's cue list asked of every sentence),
    every match of which needs one of a set of literal strings (:func:`required_literals`), or
    starts with one (:func:`literal_starts`; up to :data:`MAX_FILTER_LITERALS` of them either
    way: a lexicon's words): ``search``, ``match`` and
    ``finditer`` give the pattern's own answers, but on a text holding none of those literals in
    its lower-cased form they answer at once (no match), without trying the pattern at every
    position. The literals are found by one Aho-Corasick pass (pyahocorasick), else by
    ``str.find`` each. A text holding one of :data:`CASE_EXCEPTIONS` is always searched; a pattern
    whose matches can start otherwise (with a number, an optional word) always is. ``search``
    and ``match`` of a ``(?i)`` pattern look first in that lower-cased text with the pattern's
    case-free form (:func:`case_free_form`), and match the pattern itself only where it found one."""

    def __init__(self, pattern: re.Pattern[str], literals: Iterable[str] | None = None) -> None:
        """``literals``: lower-case strings one of which every match holds, when the caller knows
        a more selective set than the pattern's own reading finds (one word of each entry of the
        word lists a pattern is built from: see ``trialnews.facts.conclusions._entry_words``)."""
        #: The pattern itself (its source is ``pattern``, as on a compiled pattern).
        self.compiled = pattern
        starts = None
        if literals is not None:
            starts = tuple(sorted(set(literals))) if not pattern.flags & re.LOCALE else None
        elif not pattern.flags & re.LOCALE and compile_pattern(pattern.pattern).flags == pattern.flags:
            # Literals every match needs (anywhere in it or in what it looks around at: ``either``
            # for "received either A or B"), else those every match starts with.
            required = required_literals(pattern.pattern, limit=MAX_FILTER_LITERALS)
            if required is not None:
                starts = tuple(sorted(required))
            else:
                filtered = filter_starts(pattern.pattern, MAX_FILTER_LITERALS)
                if filtered is not None:
                    starts = tuple(sorted(filtered))
        #: The lower-case literals one of which every match needs (``None``: no filter).
        self.literals = starts
        #: The pattern for the lower-cased text (:func:`case_free_form`), or ``None``.
        self.case_free = case_free_form(pattern)
        self._automaton = None
        if starts and ahocorasick is not None:
            self._automaton = ahocorasick.Automaton()
            for literal in starts:
                self._automaton.add_word(literal, literal)
            self._automaton.make_automaton()

    def _may_match(self, text: str) -> bool:
        if self.literals is None:
            return True  # no literal to look for: lower-casing the text would only answer True
        return self._lowered(text) is not None

    def _lowered(self, text: str) -> str | None:
        """``None`` where the pattern cannot match (a text holding none of the literals); else
        the lower-cased text when it can be read by :attr:`case_free`, or :data:`_USE_PATTERN`."""
        literals = self.literals
        if literals is None and self.case_free is None:
            return _USE_PATTERN
        lowered = _LOWERED.reliably_lowered(text)  # (kept for the sentence the cue patterns of a fact ask in turn)
        if lowered is None:
            return _USE_PATTERN
        if literals is None:
            pass
        elif self._automaton is not None:
            if next(self._automaton.iter(lowered), None) is None:
                return None
        elif not any(literal in lowered for literal in literals):
            return None
        return _USE_PATTERN if self.case_free is None else lowered

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        lowered = self._lowered(text)
        if lowered is _USE_PATTERN:
            return self.compiled.search(text, *bounds)
        found = None if lowered is None else self.case_free.search(lowered, *bounds)
        return None if found is None else self.compiled.match(text, found.start(), *bounds[1:])

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        lowered = self._lowered(text)
        if lowered is _USE_PATTERN:
            return self.compiled.match(text, *bounds)
        found = None if lowered is None else self.case_free.match(lowered, *bounds)
        return None if found is None else self.compiled.match(text, *bounds)

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *bounds) if self._may_match(text) else iter(())

    def __getattr__(self, name: str) -> object:  # ``sub``, ``findall``, ``pattern``...: the pattern's own
        return getattr(self.compiled, name)


# --- Whole words ending with a literal --------------------------------------------------------

MAX_WORD_SUFFIXES = 512
"""A pattern that can end with more literal strings than this is scanned as it is."""

_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _letters_only(items: list) -> bool:
    """Whether every character the parsed items match is an ASCII letter (literals, classes of
    letters and letter ranges, repeats and groups of them)."""
    for op, av in items:
        if op is sre.LITERAL:
            if chr(av) not in _ASCII_LETTERS:
                return False
        elif op is sre.IN:
            for item_op, item_av in av:
                if item_op is sre.LITERAL and chr(item_av) in _ASCII_LETTERS:
                    continue
                if item_op is sre.RANGE and any(low <= item_av[0] <= item_av[1] <= high
                                                 for low, high in ((ord("A"), ord("Z")), (ord("a"), ord("z")))):
                    continue
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if not _letters_only(list(av[2].data)):
                return False
        elif op is sre.SUBPATTERN:
            if not _letters_only(list(av[3].data)):
                return False
        elif op is sre.BRANCH:
            if not all(_letters_only(list(alternative.data)) for alternative in av[1]):
                return False
        else:
            return False
    return True


def _finite_strings(items: list) -> set[str] | None:
    """Every string the parsed items match, when they are literals, classes of literals,
    alternations, groups and optional parts of them (a trie of :func:`alternation`), at most
    :data:`MAX_WORD_SUFFIXES`; else ``None``."""
    found = {""}
    for op, av in items:
        if op is sre.LITERAL:
            options = {chr(av)}
        elif op is sre.IN and all(item_op is sre.LITERAL for item_op, _ in av):
            options = {chr(code) for _, code in av}
        elif op is sre.SUBPATTERN:
            options = _finite_strings(list(av[3].data))
        elif op is sre.BRANCH:
            options = set()
            for alternative in av[1]:
                strings = _finite_strings(list(alternative.data))
                if strings is None:
                    return None
                options |= strings
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            body = _finite_strings(list(av[2].data))
            options = None if body is None else body | {""}
        else:
            return None
        if options is None:
            return None
        found = {before + option for before in found for option in options}
        if len(found) > MAX_WORD_SUFFIXES:
            return None
    return found


@kept_analysis
def word_suffixes(source: str) -> frozenset[str] | None:
    """For a pattern whose every match is one whole word of ASCII letters ending with one of a
    set of literal strings (``\\b[A-Za-z][a-z]{2,}(?:mab|nib|...)\\b``): those strings, lower-cased.
    ``None`` for any other pattern. Such a match starts at a word boundary and ends at one with
    only letters between, so it is a whole run of word characters of the text."""
    if sre_parse is None or _BACKREFERENCE.search(source):
        return None
    try:
        parsed = _parsed(source)
    except re.error:
        return None
    items = list(parsed.data)
    if parsed.state.flags & (re.ASCII | re.LOCALE) or len(items) < 3 \
            or items[0] != (sre.AT, sre.AT_BOUNDARY) or items[-1] != (sre.AT, sre.AT_BOUNDARY):
        return None
    suffixes = _finite_strings(items[-2:-1])
    if not suffixes or not all(suffix and set(suffix) <= _ASCII_LETTERS for suffix in suffixes) \
            or not _letters_only(items[1:-2]):
        return None
    return frozenset(suffix.lower() for suffix in suffixes)


class WordSuffixScanner:
    """``pattern.finditer(text)`` as ``(start, end, match)`` for a pattern of :func:`word_suffixes`:
    tried only at the start of each word (run of word characters) whose lower-cased form ends
    with one of its suffixes, found in one pass of their Aho-Corasick automaton (pyahocorasick).
    Every match is a whole word, so those are the only places one can start; a text holding one
    of :data:`CASE_EXCEPTIONS` is scanned with ``finditer`` itself."""

    def __init__(self, source: str, suffixes: Iterable[str], *, lower: LowerText) -> None:
        self.pattern = compile_pattern(source)
        self.groupindex = dict(self.pattern.groupindex)
        self.lower = lower
        self.automaton = ahocorasick.Automaton()
        for suffix in set(suffixes):
            self.automaton.add_word(suffix, len(suffix))
        self.automaton.make_automaton()

    def search(self, text: str) -> tuple[int, int, re.Match[str]] | None:
        return next(self.finditer(text), None)

    def finditer(self, text: str) -> Iterator[tuple[int, int, re.Match[str]]]:
        if not self.lower.reliable(text):
            for match in self.pattern.finditer(text):
                yield match.start(), match.end(), match
            return
        lowered = self.lower.lowered(text)
        size = len(text)
        starts = set()
        for last, _length in self.automaton.iter(lowered):
            end = last + 1
            if end < size and _is_word_char(text[end]):
                continue  # not at the end of a word
            start = last
            while start > 0 and _is_word_char(text[start - 1]):
                start -= 1
            starts.add(start)
        match_at = self.pattern.match
        for start in sorted(starts):
            match = match_at(text, start)
            if match is not None:
                yield start, match.end(), match
