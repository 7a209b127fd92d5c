"""Read saved news articles (.txt, .md, .html) into the text the pipeline analyses.

``read_article`` turns one file into a :class:`SourceText`; ``iter_inputs`` walks the files and
folders given on the command line. Every failure is a coded :class:`TrialnewsError` of stage
``"read"`` that names the file, so a batch can record it and go on with the next one.

The returned ``text`` IS the analysed text: every evidence offset points into it. For .txt files
it is the decoded file with line endings made ``"\\n"`` and nothing else changed; markdown and web
pages are turned into plain prose first (:func:`markdown_file_to_prose`, :func:`html_to_prose`).
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import os
import re
import stat
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import charset_normalizer

from ..errors import Errors, TrialnewsError, Warnings
from ..resources import load_lexicon
from ..scanning import compile_pattern

if TYPE_CHECKING:  # the HTML libraries (trafilatura, lxml) are imported where a web page is read, not at start-up
    from lxml.html import HtmlElement

Span = tuple[int, int]

STAGE = "read"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Largest file read, in bytes (20 MiB): one article is far smaller; a bigger file is a dump."""

SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
"""Supported file suffixes (compared lower-cased) and the format each one is read as."""

# --- Binary detection ------------------------------------------------------------------------

MAGIC_NUMBERS: dict[bytes, str] = {
    b"\x89PNG\r\n\x1a\n": "PNG image signature",
    b"\xff\xd8\xff": "JPEG image signature",
    b"GIF87a": "GIF image signature",
    b"GIF89a": "GIF image signature",
    b"%PDF-": "PDF document signature",
    b"PK\x03\x04": "ZIP archive signature, as in .docx and .xlsx",
    b"PK\x05\x06": "empty ZIP archive signature",
    b"\x1f\x8b": "gzip archive signature",
}
"""File signatures of formats people often drop into an article folder by mistake."""

TEXT_CONTROL_BYTES = frozenset(b"\t\n\x0b\x0c\r")
"""Control bytes that ordinary text holds (tab, line feed, vertical tab, form feed, return)."""

CONTROL_BYTES = bytes(b for b in [*range(0x20), 0x7F] if b not in TEXT_CONTROL_BYTES)
"""NUL and the other C0 control bytes (and DEL) that text files do not hold."""

NON_CONTROL_BYTES = bytes(b for b in range(0x100) if b not in CONTROL_BYTES)

MAX_CONTROL_BYTE_SHARE = 0.05
"""Above this share of control bytes (NUL included) a file is "mostly binary" and refused (E003).

Uniformly random data, like a compressed file, holds about 11% (28 of 256 byte values); text
holds none, or a few stray NULs left by a bad copy. 5% sits between the two: a 10 kB article
may carry up to 500 stray NULs and still be read (the NULs are removed).
"""

UTF16_MIN_NUL_SHARE = 0.25
"""UTF-16 without a BOM is recognised when at least this share of the bytes at odd (little
endian) or even (big endian) positions are NUL, as for Latin-script text."""

UTF16_MAX_OTHER_NUL_SHARE = 0.01
"""...and at most this share of the bytes at the other positions are NUL (binary files have NULs
everywhere)."""

# --- Decoding --------------------------------------------------------------------------------

BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte-order marks and the Python codec that decodes the text and drops the mark."""

GUESSABLE_ENCODINGS: tuple[str, ...] = (
    "cp1252", "iso8859_15", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "mac_roman",
    "koi8_r", "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr",
)
"""Encodings charset-normalizer may choose among: the legacy encodings news text is saved in.
Exotic code pages (cp1125, cp1006, ...) are left out: on short Western text they win by chance."""

UTF8_MIN_GOOD_PER_BAD = 20
"""A file that is not valid UTF-8 is still read as UTF-8, its bad bytes replaced by U+FFFD and a
warning (W010) on the record, when it holds at least this many well-formed non-ASCII UTF-8
characters per bad sequence: a stray byte in a UTF-8 file. Text in a legacy code page has almost
no well-formed UTF-8 sequences (an accented letter is one byte, followed by ASCII)."""

ASCII_MAX = 0x7F
"""The largest code point of ASCII; UTF-8 writes every character above it as several bytes."""

PREFERRED_LEGACY_ENCODING = "cp1252"
"""Chosen whenever charset-normalizer rates it as good as its best guess, and as the last resort."""

HTML_CHARSET_PRESCAN_BYTES = 1024
"""How far into a web page to look for its declared charset (the WHATWG HTML "prescan" limit)."""

HTML_DECLARED_CHARSET = (
    compile_pattern(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([-\w.:]+)", re.IGNORECASE),
    compile_pattern(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([-\w.:]+)", re.IGNORECASE),
)

HTML_CHARSET_OVERRIDES: dict[str, str] = {"iso8859-1": "cp1252", "ascii": "cp1252"}
"""Declared labels that browsers read as windows-1252, per the WHATWG Encoding standard."""

HTML_IGNORED_CHARSETS = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
                                   "utf-32-be"})
"""A page without a BOM is not in these, whatever it declares (WHATWG reads it as UTF-8)."""

# --- Web pages -------------------------------------------------------------------------------

TRAFILATURA_PARSER_OPTIONS: dict[str, object] = {
    "collect_ids": False, "default_doctype": False, "encoding": "utf-8", "remove_comments": True,
    "remove_pis": True,
}
"""The settings of trafilatura's HTML parser (``trafilatura.utils.HTML_PARSER``), kept for deep pages."""

BOILERPLATE_LEXICON = "boilerplate.txt"

TRAFILATURA_OPTIONS: dict[str, bool] = {
    "favor_precision": True,  # the main text only: fewer teasers of other stories and trials
    "include_comments": False,
    "include_tables": True,  # as Markdown pipe tables: ``facts/tables.py`` reads their cells by column and row
    "include_links": False,
    "include_images": False,
    "include_formatting": True,  # headings come out as "#" lines, which record them as headings
}

# --- Markdown --------------------------------------------------------------------------------

ESCAPE_PLACEHOLDER_BASE = 0xE000
"""Escaped markdown punctuation (``\\*``) is parked at U+E000 + its code (Unicode private use
area) while markup is removed, then put back as the plain character."""

MD_FRONT_MATTER = compile_pattern(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)

FRONT_MATTER_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "author": ("author", "authors", "byline"),
    "date": ("published", "date", "pubdate"),
}
"""Front matter keys read for each header field, first found wins (the clipping date is not one)."""

MD_ESCAPABLE = "\\`*_{}[]()#+-.!>|~<"
"""Punctuation that markdown lets a backslash escape."""
MD_ESCAPE = compile_pattern(r"\\([" + re.escape(MD_ESCAPABLE) + "])")
MD_PLACEHOLDER = compile_pattern("[" + "".join(
    re.escape(chr(ESCAPE_PLACEHOLDER_BASE + ord(char))) for char in MD_ESCAPABLE) + "]")
MD_ATX_HEADING = compile_pattern(r"^ {0,3}#{1,6}(?:[ \t]+(.*))?$")
MD_SETEXT_UNDERLINE = compile_pattern(r"^ {0,3}(?:=+|-{2,})[ \t]*$")
MD_THEMATIC_BREAK = compile_pattern(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
MD_CODE_FENCE = compile_pattern(r"^ {0,3}(?:```|~~~)")
MD_LINK_DEFINITION = compile_pattern(r"^ {0,3}\[[^\]]+\]:[ \t]*\S")
MD_BLOCKQUOTE = compile_pattern(r"^(?: {0,3}>[ \t]?)+")
MD_BULLET = compile_pattern(r"^[ \t]*[-*+][ \t]+")
# Link text holds no brackets and a URL no "<": otherwise every "[" or "<" of a long line would
# scan to the line's end (quadratic time on "[[[[..." or "<https:<https:...").
MD_INLINE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (compile_pattern(r"!\[[^\[\]]*\]\((?:[^()]|\([^()]*\))*\)"), ""),  # images are not prose
    (compile_pattern(r"\[([^\[\]]+)\]\((?:[^()]|\([^()]*\))*\)"), r"\1"),  # [text](url)
    (compile_pattern(r"\[([^\[\]]+)\]\[[^\[\]]*\]"), r"\1"),  # [text][ref]
    (compile_pattern(r"<((?:https?|mailto):[^<>\s]+)>"), r"\1"),  # <https://...>
)
"""Inline markup and its plain-text replacement, applied in this order, before emphasis."""


@dataclass(frozen=True)
class Emphasis:
    """Emphasis markup: an opener, then at least one character, then the first closer after it.

    ``opener`` and ``closer`` are zero-width patterns that capture the delimiter (group 1) at the
    positions where it may open or close. Pairing is done by :func:`_unwrap_emphasis` in one pass,
    not by a regex ``(.+?)``, which rescans to the end of the line from every unclosed delimiter.
    """

    opener: re.Pattern[str]
    closer: re.Pattern[str]


MD_EMPHASIS: tuple[Emphasis, ...] = (
    Emphasis(compile_pattern(r"(?=(\*\*|__)\S)"), compile_pattern(r"(?<=\S)(?=(\*\*|__))")),  # **strong**, __strong__
    Emphasis(compile_pattern(r"(?<![\w*])(?=(\*)[^\s*])"), compile_pattern(r"(?<=[^\s*])(?=(\*)(?![\w*]))")),  # *em*
    Emphasis(compile_pattern(r"(?<![\w_])(?=(_)[^\s_])"), compile_pattern(r"(?<=[^\s_])(?=(_)(?![\w_]))")),  # _em_
)
"""Emphasis markup, removed in this order after :data:`MD_INLINE_RULES`."""

MD_INLINE_CODE = compile_pattern(r"`([^`]+)`")


@dataclass(frozen=True)
class SourceText:
    """One article as read: the analysed text and where it came from."""

    path: str
    text: str
    sha256: str  # of the raw bytes of the file
    encoding: str  # Python codec name: "utf-8", "utf-8-sig", "utf-16", "cp1252", ...
    format: str  # "txt", "md" or "html"
    headings: tuple[Span, ...]  # character ranges in ``text`` of headings and titles
    warnings: tuple[str, ...] = ()  # what the reader changed (bad UTF-8 bytes replaced), for the record


# --- Reading one file ------------------------------------------------------------------------


def read_article(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read one article file and return the text to analyse.

    Errors (all ``TrialnewsError`` with stage "read"): E001 missing file; E002 a folder, not a
    regular file, or unreadable; E006 larger than ``max_bytes``; E007 unsupported suffix; E003
    binary content; E004 undecodable; E005 no text; E008 a web page without article text.

    Decoding tries, in order: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a BOM
    (recognised by its NUL bytes); strict UTF-8; UTF-8 with its bad bytes replaced (and warning
    W010) when the file is overwhelmingly UTF-8 (:data:`UTF8_MIN_GOOD_PER_BAD`); for web pages
    the declared charset; charset-normalizer's best guess among :data:`GUESSABLE_ENCODINGS`
    (cp1252 on a tie); cp1252. E004 names the first byte that is not UTF-8.

    A few stray NUL bytes inside otherwise readable text (at most :data:`MAX_CONTROL_BYTE_SHARE`
    of the file, counting other control bytes too) are removed before decoding and the text is
    read; more than that and the file is refused as binary (E003). Removing them is the one
    change made to a .txt file besides turning ``\\r\\n`` and ``\\r`` into ``\\n``.
    """
    path = Path(path)
    size = _stat_regular_file(path)
    if size > max_bytes:
        raise TrialnewsError(Errors.E006, stage=STAGE, path=str(path), size=size, limit=max_bytes)
    text_format = _format_of(path)
    data = _read_bytes(path, max_bytes)
    declared = _declared_charset(data) if text_format == "html" else None
    warnings: list[str] = []
    text, encoding = _decode(data, path, declared=declared, warnings=warnings)
    text = normalise_newlines(text)
    if not text.strip():
        raise TrialnewsError(Errors.E005, stage=STAGE, path=str(path))
    text, headings = _to_prose(text, text_format, path)
    return SourceText(path=str(path), text=text, sha256=hashlib.sha256(data).hexdigest(),
                      encoding=encoding, format=text_format, headings=headings, warnings=tuple(warnings))


def _stat_regular_file(path: Path) -> int:
    """The size of ``path`` in bytes, or E001/E002 if it is missing or not a regular file."""
    try:
        status = path.stat()
    except FileNotFoundError as err:
        raise TrialnewsError(Errors.E001, stage=STAGE, path=str(path)) from err
    except OSError as err:
        raise TrialnewsError(Errors.E002, stage=STAGE, path=str(path), reason=_reason(err)) from err
    if stat.S_ISDIR(status.st_mode):
        raise TrialnewsError(Errors.E002, stage=STAGE, path=str(path), reason="it is a folder")
    if not stat.S_ISREG(status.st_mode):
        raise TrialnewsError(Errors.E002, stage=STAGE, path=str(path),
                             reason="it is not a regular file")
    return status.st_size


def _format_of(path: Path) -> str:
    """The format ("txt", "md", "html") of ``path`` from its suffix, or E007."""
    text_format = SUFFIX_FORMATS.get(path.suffix.lower())
    if text_format is None:
        raise TrialnewsError(Errors.E007, stage=STAGE, path=str(path), suffix=path.suffix)
    return text_format


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``; E002 if it cannot be read, E006 if it grew past ``max_bytes``."""
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise TrialnewsError(Errors.E002, stage=STAGE, path=str(path), reason=_reason(err)) from err
    if len(data) > max_bytes:
        raise TrialnewsError(Errors.E006, stage=STAGE, path=str(path), size=len(data),
                             limit=max_bytes)
    return data


def _reason(err: OSError) -> str:
    return err.strerror or str(err)


def normalise_newlines(text: str) -> str:
    """``text`` with Windows (``\\r\\n``) and old Mac (``\\r``) line endings made ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _to_prose(text: str, text_format: str, path: Path) -> tuple[str, tuple[Span, ...]]:
    if text_format == "md":
        prose, headings = markdown_file_to_prose(text)
        if not prose.strip():
            raise TrialnewsError(Errors.E005, stage=STAGE, path=str(path))
        return prose, headings
    if text_format == "html":
        return html_to_prose(text, path=path)
    return text, ()


# --- Binary detection and decoding -----------------------------------------------------------


def _decode(data: bytes, path: Path, *, declared: str | None, warnings: list[str]) -> tuple[str, str]:
    """The text of ``data`` and the codec that decoded it (see :func:`read_article`); a warning
    is added to ``warnings`` when bad UTF-8 bytes were replaced."""
    _check_magic_number(data, path)
    unicode_codec = _sniff_unicode(data)
    if unicode_codec is not None:
        return _decode_strict(data, unicode_codec, path), unicode_codec
    _check_control_bytes(data, path)
    data = data.replace(b"\x00", b"")
    utf8_error = _utf8_error(data)
    if utf8_error is None:
        return data.decode("utf-8"), "utf-8"
    repaired = _mostly_utf8(data, utf8_error, warnings)
    if repaired is not None:
        return repaired, "utf-8"
    for codec in _candidate_codecs(data, declared):
        text = _decode_or_none(data, codec)
        if text is not None:
            return text, codec
    legacy = _decode_or_none(data, PREFERRED_LEGACY_ENCODING)
    if legacy is None:
        reason = (f"not valid UTF-8 ({_bad_byte(data, utf8_error)}), and no legacy encoding reads it "
                  f"({_bad_byte(data, _codec_error(data, PREFERRED_LEGACY_ENCODING))} in "
                  f"{PREFERRED_LEGACY_ENCODING})")
        raise TrialnewsError(Errors.E004, stage=STAGE, path=str(path), reason=reason)
    return legacy, PREFERRED_LEGACY_ENCODING


def _utf8_error(data: bytes) -> UnicodeDecodeError | None:
    return _codec_error(data, "utf-8")


def _codec_error(data: bytes, codec: str) -> UnicodeDecodeError | None:
    try:
        data.decode(codec)
    except UnicodeDecodeError as error:
        return error
    return None


def _bad_byte(data: bytes, error: UnicodeDecodeError | None) -> str:
    """The first byte that breaks the decoding, as a user can find it in a hex viewer."""
    if error is None:
        return "no bad byte"
    return f"byte 0x{data[error.start]:02X} at offset {error.start}"


def _mostly_utf8(data: bytes, error: UnicodeDecodeError, warnings: list[str]) -> str | None:
    """``data`` read as UTF-8 with its bad bytes replaced by U+FFFD, when it is overwhelmingly
    UTF-8 (:data:`UTF8_MIN_GOOD_PER_BAD`); else ``None``, and the legacy encodings are tried.

    Without this, one stray byte in a UTF-8 file made the whole file a legacy code page, every
    accented letter, dash and quote of it turned into mojibake.
    """
    text = data.decode("utf-8", errors="replace")
    replacement = "\ufffd"
    bad = text.count(replacement) - data.count(replacement.encode("utf-8"))
    good = sum(1 for char in text if ord(char) > ASCII_MAX) - text.count(replacement)
    if good < UTF8_MIN_GOOD_PER_BAD * bad:
        return None
    warnings.append(Warnings.W010.format(count=bad, byte=_bad_byte(data, error)))
    return text


def _check_magic_number(data: bytes, path: Path) -> None:
    for magic, reason in MAGIC_NUMBERS.items():
        if data.startswith(magic):
            raise TrialnewsError(Errors.E003, stage=STAGE, path=str(path), reason=reason)


def _check_control_bytes(data: bytes, path: Path) -> None:
    """E003 when more than :data:`MAX_CONTROL_BYTE_SHARE` of ``data`` are control bytes."""
    if not data:
        return
    share = len(data.translate(None, NON_CONTROL_BYTES)) / len(data)
    if share > MAX_CONTROL_BYTE_SHARE:
        reason = (f"{share:.0%} of its bytes are NUL or other control bytes, above the "
                  f"{MAX_CONTROL_BYTE_SHARE:.0%} allowed in text")
        raise TrialnewsError(Errors.E003, stage=STAGE, path=str(path), reason=reason)


def _sniff_unicode(data: bytes) -> str | None:
    """The codec of UTF-8/16/32 text with a BOM, or of UTF-16 without one; else ``None``."""
    for mark, codec in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return codec
    return _sniff_utf16_without_bom(data)


def _sniff_utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NULs fill one byte of each pair and (almost) never the other."""
    half = len(data) // 2
    if half == 0 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    for codec, nuls, other_nuls in (("utf-16-le", odd_nuls, even_nuls),
                                    ("utf-16-be", even_nuls, odd_nuls)):
        if (nuls >= UTF16_MIN_NUL_SHARE * half and other_nuls <= UTF16_MAX_OTHER_NUL_SHARE * half
                and _decode_or_none(data, codec) is not None):
            return codec
    return None


def _candidate_codecs(data: bytes, declared: str | None) -> Iterator[str]:
    """Legacy codecs to try, best first: the page's declared charset, charset-normalizer's guess.

    They come after UTF-8 (valid, or overwhelmingly so), which wins over a declared charset: text
    in a legacy encoding is almost never valid UTF-8 by chance, while pages that declare
    ISO-8859-1 and hold UTF-8 are common.
    """
    if declared is not None:
        yield declared
    guess = _guess_legacy_encoding(data)
    if guess is not None:
        yield guess


def _guess_legacy_encoding(data: bytes) -> str | None:
    """charset-normalizer's best guess among :data:`GUESSABLE_ENCODINGS`, cp1252 on a tie."""
    matches = charset_normalizer.from_bytes(data, cp_isolation=list(GUESSABLE_ENCODINGS))
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if match.chaos <= best.chaos and PREFERRED_LEGACY_ENCODING in match.could_be_from_charset:
            return PREFERRED_LEGACY_ENCODING
    return codecs.lookup(best.encoding).name


def _decode_or_none(data: bytes, codec: str) -> str | None:
    """``data`` decoded strictly, or ``None`` if it is not valid ``codec`` (decoding is the only
    validity test Python offers)."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_strict(data: bytes, codec: str, path: Path) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        reason = f"not valid {codec}: {err.reason}, {_bad_byte(data, err)}"
        raise TrialnewsError(Errors.E004, stage=STAGE, path=str(path), reason=reason) from err


def _declared_charset(data: bytes) -> str | None:
    """The codec a web page declares in a ``<meta>`` charset or XML declaration, if usable."""
    head = data[:HTML_CHARSET_PRESCAN_BYTES]
    for pattern in HTML_DECLARED_CHARSET:
        found = pattern.search(head)
        if found is not None:
            return _codec_for_label(found.group(1).decode("ascii"))
    return None


def _codec_for_label(label: str) -> str | None:
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in HTML_IGNORED_CHARSETS:
        return None
    return HTML_CHARSET_OVERRIDES.get(name, name)


# --- Web pages -------------------------------------------------------------------------------


def html_to_prose(html: str, *, path: Path) -> tuple[str, tuple[Span, ...]]:
    """The main text of a web page as prose: title, blank line, byline, blank line, paragraphs.

    trafilatura extracts the main text (as markdown, so headings are marked) and the title,
    author and date. The byline is "By AUTHOR - DATE" with only the parts found (just the date
    when there is no author). Lines that are exactly an entry of ``boilerplate.txt`` are dropped,
    and a first line repeating the title is removed. Headings: the title and the subheadings.
    """
    import trafilatura

    page: str | HtmlElement = html
    body = trafilatura.extract(page, **TRAFILATURA_OPTIONS)
    if not body or not body.strip():  # perhaps nested too deep for the default parser: parse it ourselves
        page = _deep_tree(html)
        body = trafilatura.extract(page, **TRAFILATURA_OPTIONS)
    if not body or not body.strip():
        raise TrialnewsError(Errors.E008, stage=STAGE, path=str(path),
                             reason="trafilatura found no main text")
    title, byline = _page_header(html if page is html else _deep_tree(html))
    prose, headings = markdown_to_prose(normalise_newlines(body), drop_lines=_boilerplate())
    prose, headings = _drop_first_line_if(prose, headings, title)
    if not prose.strip():
        raise TrialnewsError(Errors.E008, stage=STAGE, path=str(path),
                             reason="the main text holds only boilerplate lines")
    return _with_header(title, byline, prose, headings)


def _with_header(title: str, byline: str, prose: str,
                 headings: tuple[Span, ...]) -> tuple[str, tuple[Span, ...]]:
    """``prose`` after the title and byline lines (each followed by a blank line), if any."""
    prefix = "".join(f"{part}\n\n" for part in (title, byline) if part)
    title_spans: tuple[Span, ...] = ((0, len(title)),) if title else ()
    shifted = tuple((start + len(prefix), end + len(prefix)) for start, end in headings)
    return prefix + prose, title_spans + shifted


def _deep_tree(html: str) -> HtmlElement:
    """The page parsed with libxml2's ``huge_tree`` option (without it, libxml2 stops at 256 levels
    of nesting and trafilatura loses an article nested deeper), with the other settings of
    trafilatura's own parser. A fresh tree each time: trafilatura changes the tree it is given."""
    from lxml.html import HTMLParser, fromstring

    return fromstring(html.encode("utf-8"), parser=HTMLParser(huge_tree=True, **TRAFILATURA_PARSER_OPTIONS))


def _page_header(html: str | HtmlElement) -> tuple[str, str]:
    """The page's title and byline ("" when not found), from trafilatura's metadata."""
    import trafilatura

    metadata = trafilatura.extract_metadata(html)
    if metadata is None:
        return "", ""
    return _one_line(metadata.title), _byline(metadata.author, metadata.date)


@cache
def _boilerplate() -> frozenset[str]:
    return frozenset(entry.casefold() for entry in load_lexicon(BOILERPLATE_LEXICON))


def _one_line(value: str | None) -> str:
    return " ".join(value.split()) if value else ""


def _byline(author: str | None, date: str | None) -> str:
    """ "By AUTHOR - DATE", "By AUTHOR", "DATE" or "" as the parts are found."""
    author, date = _one_line(author), _one_line(date)
    if author:
        return " - ".join(part for part in (f"By {author}", date) if part)
    return date


def _drop_first_line_if(prose: str, headings: tuple[Span, ...],
                        line: str) -> tuple[str, tuple[Span, ...]]:
    """``prose`` without its first line (and the blank after it) when that line is ``line``."""
    first, _, rest = prose.partition("\n")
    if not line or first.casefold() != line.casefold():
        return prose, headings
    cut = len(prose) - len(rest.lstrip("\n"))
    kept = tuple((start - cut, end - cut) for start, end in headings if start >= cut)
    return prose[cut:], kept


# --- Markdown --------------------------------------------------------------------------------


def markdown_file_to_prose(markdown: str) -> tuple[str, tuple[Span, ...]]:
    """A markdown file as prose: :func:`markdown_to_prose`, with its front matter as a header.

    Web clippers save articles with a YAML front matter (``---`` lines around ``key: value``
    lines). Its title and byline become the first lines, as for web pages; the other fields are
    dropped, and so is a first line of the body repeating the title.
    """
    found = MD_FRONT_MATTER.match(markdown)
    if found is None:
        return markdown_to_prose(markdown)
    fields = _front_matter_fields(found.group(1))
    title = _one_line(fields.get("title"))
    byline = _byline(fields.get("author"), fields.get("date"))
    prose, headings = markdown_to_prose(markdown[found.end():])
    prose, headings = _drop_first_line_if(prose, headings, title)
    return _with_header(title, byline, prose, headings)


def _front_matter_fields(block: str) -> dict[str, str]:
    """The scalar ``key: value`` fields of a front matter named in :data:`FRONT_MATTER_KEYS`."""
    values: dict[str, str] = {}
    for line in block.split("\n"):
        key, separator, value = line.partition(":")
        value = value.strip().strip("\"'")
        if separator and value:
            values.setdefault(key.strip().lower(), value)
    fields: dict[str, str] = {}
    for field, keys in FRONT_MATTER_KEYS.items():
        found = next((values[key] for key in keys if key in values), None)
        if found is not None:
            fields[field] = found
    return fields


def markdown_to_prose(markdown: str, *,
                      drop_lines: frozenset[str] = frozenset()) -> tuple[str, tuple[Span, ...]]:
    """Markdown as plain prose, and the character ranges of its headings in that prose.

    Heading markers, emphasis, links (``[text](url)`` becomes ``text``), images, inline code,
    list bullets, block quotes, rules and code fences are removed. Each heading is its own line
    with a blank line before and after, so it is never glued to a sentence. Runs of blank lines
    become one. Lines whose text (case-folded) is in ``drop_lines`` are dropped. Numbered list
    markers ("1.") are kept.
    """
    return _assemble(_markdown_lines(markdown.split("\n"), drop_lines))


def _markdown_lines(lines: list[str], drop_lines: frozenset[str]) -> Iterator[tuple[str, bool]]:
    """Each markdown line as (plain text, is it a heading); ``""`` for blank or dropped lines."""
    index = 0
    while index < len(lines):
        line = _protect_escapes(lines[index])
        following = lines[index + 1] if index + 1 < len(lines) else ""
        text, is_heading = _markdown_line(line)
        if (not is_heading and text.strip() and MD_SETEXT_UNDERLINE.match(following)
                and not MD_BULLET.match(line)):
            is_heading = True
            index += 1
        text = _restore_escapes(text.strip() if is_heading else text.rstrip())
        yield ("" if text.casefold().strip() in drop_lines else text), is_heading
        index += 1


def _markdown_line(line: str) -> tuple[str, bool]:
    """One line without its markup, and whether it is an ATX ("#") heading."""
    heading = MD_ATX_HEADING.match(line)
    if heading is not None:
        return _strip_inline(_without_closing_hashes(heading.group(1) or "")), True
    if (MD_THEMATIC_BREAK.match(line) or MD_CODE_FENCE.match(line)
            or MD_LINK_DEFINITION.match(line) or MD_SETEXT_UNDERLINE.match(line)):
        return "", False
    line = MD_BULLET.sub("", MD_BLOCKQUOTE.sub("", line), count=1)
    return _strip_inline(line), False


def _without_closing_hashes(text: str) -> str:
    """A heading's text without its optional closing ``#`` run (``## Methods ##``), which must
    follow a space or be all there is; trailing spaces go too. Done by hand: the regex form
    ``(.*?)(?:[ \\t]+#+)?[ \\t]*$`` is quadratic on long runs of spaces."""
    text = text.rstrip(" \t")
    bare = text.rstrip("#")
    if bare != text and (not bare or bare[-1] in " \t"):
        text = bare.rstrip(" \t")
    return text


def _strip_inline(text: str) -> str:
    """One line without its inline markup: links, images, emphasis, code (in that order)."""
    for pattern, replacement in MD_INLINE_RULES:
        text = pattern.sub(replacement, text)
    for emphasis in MD_EMPHASIS:
        text = _unwrap_emphasis(text, emphasis)
    return MD_INLINE_CODE.sub(r"\1", text)


def _unwrap_emphasis(line: str, emphasis: Emphasis) -> str:
    """``line`` with each emphasised run replaced by its content, in O(n log n).

    Scanning left to right, an opener is paired with the first closer of the same delimiter at
    least one character after it (as the regex ``D(?=\\S)(.+?)(?<=\\S)D`` would), and the scan
    goes on after that closer; an opener without a closer is left as it is.
    """
    closers: dict[str, list[int]] = defaultdict(list)
    for found in emphasis.closer.finditer(line):
        closers[found.group(1)].append(found.start())
    parts: list[str] = []
    done = 0
    for found in emphasis.opener.finditer(line):
        start, delimiter = found.start(), found.group(1)
        if start < done:
            continue
        after = closers[delimiter]
        index = bisect.bisect_left(after, start + len(delimiter) + 1)
        if index == len(after):
            continue
        end = after[index]
        parts += [line[done:start], line[start + len(delimiter):end]]
        done = end + len(delimiter)
    parts.append(line[done:])
    return "".join(parts)


def _protect_escapes(line: str) -> str:
    return MD_ESCAPE.sub(lambda found: chr(ESCAPE_PLACEHOLDER_BASE + ord(found.group(1))), line)


def _restore_escapes(line: str) -> str:
    return MD_PLACEHOLDER.sub(lambda found: chr(ord(found.group()) - ESCAPE_PLACEHOLDER_BASE), line)


def _assemble(lines: Iterable[tuple[str, bool]]) -> tuple[str, tuple[Span, ...]]:
    """Join (text, is_heading) lines, one blank line around headings and between paragraphs."""
    out: list[str] = []
    headings: list[Span] = []
    length = 0  # of "\n".join(out)
    for text, is_heading in lines:
        if not text.strip():
            if out and out[-1] != "":
                length = _append(out, "", length)
            continue
        if is_heading and out and out[-1] != "":
            length = _append(out, "", length)
        length = _append(out, text, length)
        if is_heading:
            headings.append((length - len(text), length))
            length = _append(out, "", length)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out), tuple(headings)


def _append(out: list[str], line: str, length: int) -> int:
    """Append ``line`` to ``out``; return the new length of ``"\\n".join(out)``."""
    out.append(line)
    return length + len(line) + (1 if len(out) > 1 else 0)


# --- Walking the inputs ----------------------------------------------------------------------


def iter_inputs(paths: Iterable[str | Path], *,
                on_error: Callable[[Path, TrialnewsError], None]) -> Iterator[Path]:
    """The article files among ``paths``, streamed, for :func:`read_article`.

    Files given directly are yielded as they are, whatever their suffix (``read_article`` then
    reports an unsupported one, E007). Folders are walked recursively, each level sorted by name,
    skipping hidden entries (name starting with "."), yielding files with a supported suffix.
    Links to folders are followed; a folder reached twice (a link loop, or two links to one
    folder) and a broken link are reported as E009; a missing path as E001. Problems go to
    ``on_error(path, error)`` and the walk goes on. Only one listing per open folder level is
    held in memory.
    """
    for given in paths:
        path = Path(given)
        if path.is_symlink() and not path.exists():
            on_error(path, _broken_link_error(path))
        elif not path.exists():
            on_error(path, TrialnewsError(Errors.E001, stage=STAGE, path=str(path)))
        elif path.is_dir():
            yield from _walk(path, on_error)
        else:
            yield path


def _walk(root: Path, on_error: Callable[[Path, TrialnewsError], None]) -> Iterator[Path]:
    """Depth-first walk of ``root`` with an explicit stack (no recursion limit on depth)."""
    visited = {root.resolve()}
    stack = [_sorted_entries(root, on_error)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        path = Path(entry.path)
        if entry.name.startswith("."):
            continue
        if entry.is_symlink() and not path.exists():
            on_error(path, _broken_link_error(path))
        elif entry.is_dir():
            if _first_visit(path, visited, on_error):
                stack.append(_sorted_entries(path, on_error))
        elif entry.is_file() and path.suffix.lower() in SUFFIX_FORMATS:
            yield path


def _sorted_entries(folder: Path,
                    on_error: Callable[[Path, TrialnewsError], None]) -> Iterator[os.DirEntry[str]]:
    """The entries of ``folder`` sorted by name; E002 through ``on_error`` if unlistable."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as err:
        on_error(folder, TrialnewsError(Errors.E002, stage=STAGE, path=str(folder),
                                        reason=_reason(err)))
        return iter(())
    return iter(entries)


def _first_visit(folder: Path, visited: set[Path],
                 on_error: Callable[[Path, TrialnewsError], None]) -> bool:
    """Record ``folder``'s real path; E009 through ``on_error`` if it was walked already."""
    real = folder.resolve()
    if real in visited:
        reason = f"it leads to {real}, a folder already walked"
        on_error(folder, TrialnewsError(Errors.E009, stage=STAGE, path=str(folder), reason=reason))
        return False
    visited.add(real)
    return True


def _broken_link_error(path: Path) -> TrialnewsError:
    reason = f"the link target {os.readlink(path)} does not exist or cannot be reached"
    return TrialnewsError(Errors.E009, stage=STAGE, path=str(path), reason=reason)
