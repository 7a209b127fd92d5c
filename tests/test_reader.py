"""Tests for trialnews.reading.reader: decoding, errors, web pages, markdown and walking the inputs."""

from __future__ import annotations

import codecs
import hashlib
import inspect
import os
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trialnews.errors import TrialnewsError
from trialnews.reading.reader import (
    DEFAULT_MAX_BYTES,
    MAX_CONTROL_BYTE_SHARE,
    MD_EMPHASIS,
    SourceText,
    _unwrap_emphasis,
    iter_inputs,
    markdown_to_prose,
    read_article,
)

SENTENCE = "In all, 57 patients (café “quoted”) were randomised – naïve to treatment.\n"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read_error(path: Path, **options: int) -> TrialnewsError:
    with pytest.raises(TrialnewsError) as caught:
        read_article(path, **options)
    assert caught.value.stage == "read"
    assert str(path) in str(caught.value), "the message must name the file"
    return caught.value


# --- Decoding --------------------------------------------------------------------------------

DECODING_CASES = [
    pytest.param(SENTENCE.encode("utf-8"), SENTENCE, "utf-8", id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), SENTENCE, "utf-8-sig",
                 id="utf-8-with-bom"),
    pytest.param(codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), SENTENCE, "utf-16",
                 id="utf-16-le-with-bom"),
    pytest.param(codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), SENTENCE, "utf-16",
                 id="utf-16-be-with-bom"),
    pytest.param(SENTENCE.encode("utf-32"), SENTENCE, "utf-32", id="utf-32-with-bom"),
    pytest.param(SENTENCE.encode("utf-16-le"), SENTENCE, "utf-16-le", id="utf-16-le-without-bom"),
    pytest.param(SENTENCE.encode("utf-16-be"), SENTENCE, "utf-16-be", id="utf-16-be-without-bom"),
    pytest.param(b"caf\xe9 \x93quoted\x94", "café “quoted”", "cp1252", id="cp1252-short"),
    pytest.param(SENTENCE.encode("cp1252"), SENTENCE, "cp1252", id="invalid-utf-8-that-is-cp1252"),
    pytest.param("Die Größe über Maß: 57 Patienten.".encode("latin-1"),
                 "Die Größe über Maß: 57 Patienten.", "cp1252", id="latin-1"),
    pytest.param("Исследование показало снижение риска рецидива на 30 процентов.".encode("cp1251"),
                 "Исследование показало снижение риска рецидива на 30 процентов.", "cp1251",
                 id="cp1251-cyrillic"),
    pytest.param(b"line one\r\nline two\r\n", "line one\nline two\n", "utf-8", id="crlf"),
    pytest.param(b"line one\rline two\r", "line one\nline two\n", "utf-8", id="old-mac-cr"),
    pytest.param(b"  57 patients\n\n\tindented  \n", "  57 patients\n\n\tindented  \n", "utf-8",
                 id="txt-whitespace-kept"),
    pytest.param(SENTENCE.encode().replace(b"57", b"5\x007").replace(b"In", b"I\x00n"),
                 SENTENCE, "utf-8", id="stray-nul-bytes-removed"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), DECODING_CASES)
def test_decoding(tmp_path: Path, data: bytes, text: str, encoding: str) -> None:
    path = write(tmp_path, "article.txt", data)
    source = read_article(path)
    assert isinstance(source, SourceText)
    assert (source.text, source.encoding) == (text, encoding)
    assert source.format == "txt"
    assert source.headings == ()
    assert source.path == str(path)
    assert source.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(("name", "text_format"), [
    pytest.param("a.txt", "txt", id="txt"),
    pytest.param("a.TXT", "txt", id="txt-upper-case"),
    pytest.param("a.md", "md", id="md"),
    pytest.param("a.markdown", "md", id="markdown"),
    pytest.param("a.html", "html", id="html"),
    pytest.param("a.HTM", "html", id="htm-upper-case"),
])
def test_format_from_suffix(tmp_path: Path, name: str, text_format: str) -> None:
    body = "<html><body><article><p>" + SENTENCE * 3 + "</p></article></body></html>"
    assert read_article(write(tmp_path, name, body)).format == text_format


def test_nul_share_threshold(tmp_path: Path) -> None:
    """Stray NULs below the threshold are removed; above it the file is binary."""
    text = "x" * 1000
    few = int(len(text) * MAX_CONTROL_BYTE_SHARE / 2)
    many = int(len(text) * MAX_CONTROL_BYTE_SHARE * 2)
    assert read_article(write(tmp_path, "few.txt", "\0" * few + text)).text == text
    assert read_error(write(tmp_path, "many.txt", "\0" * many + text)).code == "E003"


# --- A stray byte in a UTF-8 file (issue 15, item 7) ----------------------------------------

ACCENTED = "Le médicament a réduit la progression de 30 % — selon l’équipe de l’Hôpital Général. "
ACCENTED_BODY = (ACCENTED * 4).encode("utf-8")


@pytest.mark.parametrize("stray", [b"\xe9", b"\x81", b"\xff", b"\xc3"],
                         ids=["e9-latin-1-letter", "81-undefined-in-cp1252", "ff", "lone-lead-byte"])
def test_a_stray_byte_in_utf8_is_replaced_with_a_warning(tmp_path: Path, stray: bytes) -> None:
    """Overwhelmingly UTF-8 with one bad byte: read as UTF-8 (no mojibake), the byte replaced by
    U+FFFD, and W010 naming the bad byte and its offset."""
    data = ACCENTED_BODY + b" 57 patients" + stray + b" were enrolled. " + ACCENTED_BODY
    source = read_article(write(tmp_path, "stray.txt", data))
    assert source.encoding == "utf-8"
    assert source.text == data.decode("utf-8", errors="replace")
    assert "Hôpital Général" in source.text and "Ã" not in source.text
    offset = len(ACCENTED_BODY) + len(b" 57 patients")
    [warning] = source.warnings
    assert warning.startswith("W010") and f"byte 0x{stray[0]:02X} at offset {offset}" in warning


def test_the_stray_byte_warning_reaches_the_record(tmp_path: Path) -> None:
    from trialnews.engines.local import extract_files

    data = ACCENTED_BODY + b"\x81 In the trial, 57 patients were randomized. " + ACCENTED_BODY
    [outcome] = list(extract_files([write(tmp_path, "stray.txt", data)]))
    assert outcome.record["warnings"][0].startswith("W010")
    assert outcome.record["source"]["encoding"] == "utf-8"


def test_a_legacy_file_is_not_read_as_utf8(tmp_path: Path) -> None:
    """A cp1252 file is not "mostly UTF-8": it is still read in its code page, with no warning."""
    source = read_article(write(tmp_path, "legacy.txt", (ACCENTED * 8).replace("’", "'").encode("cp1252")))
    assert (source.encoding, source.warnings) == ("cp1252", ())
    assert "Hôpital Général" in source.text


def test_an_undecodable_file_names_the_first_bad_utf8_byte(tmp_path: Path) -> None:
    """Refused (E004): the message names the byte where UTF-8 breaks, at its real offset."""
    data = b"Plain ASCII text: 57 patients. " + bytes(range(0x80, 0x100))
    error = read_error(write(tmp_path, "noise.txt", data))
    assert error.code == "E004"
    assert f"byte 0x80 at offset {len(b'Plain ASCII text: 57 patients. ')}" in str(error)


# --- Errors ----------------------------------------------------------------------------------

NAVIGATION_ONLY_PAGE = ("<html><head><title>Health News</title></head><body><nav><ul>"
                        "<li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
                        "<footer>Copyright 2024 Health News</footer></body></html>")

ERROR_CASES = [
    pytest.param("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(64), {}, "E003", id="png-bytes"),
    pytest.param("photo.txt", b"\xff\xd8\xff\xe0" + b"JFIF" * 8, {}, "E003", id="jpeg-bytes"),
    pytest.param("paper.txt", b"%PDF-1.7\n" + SENTENCE.encode(), {}, "E003", id="pdf-bytes"),
    pytest.param("report.txt", b"PK\x03\x04" + bytes(range(256)), {}, "E003", id="zip-docx-bytes"),
    pytest.param("data.txt", bytes(range(256)) * 4, {}, "E003", id="mostly-control-bytes"),
    pytest.param("empty.txt", b"", {}, "E005", id="empty"),
    pytest.param("blank.txt", b" \r\n\t \n  ", {}, "E005", id="whitespace-only"),
    pytest.param("blank16.txt", " \n ".encode("utf-16"), {}, "E005", id="whitespace-only-utf-16"),
    pytest.param("rules.md", b"---\n\n***\n", {}, "E005", id="markdown-markup-only"),
    pytest.param("big.txt", SENTENCE.encode() * 10, {"max_bytes": 100}, "E006", id="too-large"),
    pytest.param("article.docx", SENTENCE.encode(), {}, "E007", id="unsupported-suffix"),
    pytest.param("article.gold.json", b"{}", {}, "E007", id="gold-file"),
    pytest.param("odd.txt", codecs.BOM_UTF16_LE + b"a\x00b", {}, "E004", id="truncated-utf-16"),
    pytest.param("noise.txt", bytes(range(0x80, 0x100)), {}, "E004", id="undecodable"),
    pytest.param("nav.html", NAVIGATION_ONLY_PAGE, {}, "E008", id="html-without-text"),
]


@pytest.mark.parametrize(("name", "data", "options", "code"), ERROR_CASES)
def test_read_errors(tmp_path: Path, name: str, data: bytes | str, options: dict[str, int],
                     code: str) -> None:
    assert read_error(write(tmp_path, name, data), **options).code == code


def test_missing_file(tmp_path: Path) -> None:
    assert read_error(tmp_path / "absent.txt").code == "E001"


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    error = read_error(folder)
    assert error.code == "E002"
    assert "folder" in error.fields["reason"]


def test_size_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "big.txt", "x" * 50)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file must not be opened")

    monkeypatch.setattr(Path, "open", no_open)
    error = read_error(path, max_bytes=10)
    assert (error.code, error.fields["size"], error.fields["limit"]) == ("E006", 50, 10)
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


@pytest.mark.skipif(IS_ROOT, reason="root reads files whatever their mode")
def test_unreadable_file_chmod(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.txt", SENTENCE)
    path.chmod(0)
    try:
        assert read_error(path).code == "E002"
    finally:
        path.chmod(0o644)


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.txt", SENTENCE)
    real_open = Path.open

    def denied(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)
    error = read_error(path)
    assert error.code == "E002"
    assert "Permission denied" in str(error)


# --- Web pages -------------------------------------------------------------------------------

ARTICLE_PARAGRAPHS = (
    "A phase 3 trial of 412 patients found that the new drug reduced relapse by 30 percent "
    "compared with placebo, researchers reported on Tuesday in the journal.",
    "In all, 57 patients in the drug group and 81 in the placebo group relapsed within two years "
    "of follow-up, the study authors said in their paper.",
    "The trial was funded by the manufacturer, and the authors said further studies are needed "
    "before the drug can be widely recommended to patients.",
)
TITLE = "New drug cuts relapse in phase 3 trial"

PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{TITLE} | Health News</title>
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05">
<style>body {{ color: red; }} .ad {{ display: none; }}</style>
<script>var tracking = "SCRIPT_MARKER"; console.log(tracking);</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/health">Health</a></li>
<li><a href="/about">About us</a></li></ul></nav>
<article>
<h1>{TITLE}</h1>
<p>{ARTICLE_PARAGRAPHS[0]}</p>
<div class="ad">Advertisement</div>
<p>{ARTICLE_PARAGRAPHS[1]}</p>
<p>{ARTICLE_PARAGRAPHS[2]}</p>
</article>
<footer>Copyright 2024 Health News. All rights reserved.</footer>
</body></html>
"""


def test_html_page(tmp_path: Path) -> None:
    source = read_article(write(tmp_path, "page.html", PAGE))
    header = f"{TITLE}\n\nBy Jane Doe - 2024-03-05\n\n"
    assert source.text == header + "\n\n".join(ARTICLE_PARAGRAPHS)
    assert source.headings == ((0, len(TITLE)),)
    assert (source.format, source.encoding) == ("html", "utf-8")
    for leaked in ("SCRIPT_MARKER", "color", "Home", "About us", "Advertisement", "Copyright"):
        assert leaked not in source.text


def test_html_boilerplate_lines_dropped(tmp_path: Path) -> None:
    """Ad markers written as plain paragraphs pass trafilatura; boilerplate.txt removes them."""
    page = PAGE.replace('<div class="ad">Advertisement</div>',
                        "<p>ADVERTISEMENT</p><p>Story continues below advertisement</p>")
    text = read_article(write(tmp_path, "page.html", page)).text
    assert "dvertisement" not in text and "DVERTISEMENT" not in text
    assert text.endswith("\n\n".join(ARTICLE_PARAGRAPHS))


CP1252_BODY = ("<article><h1>Heart drug trial</h1><p>Café owners were not involved, and “quoted” "
               "naïve patients – 1,200 in all – were enrolled at 40 centres across Europe.</p>"
               "<h2>Results</h2><p>Death occurred in 5.1% of the drug group and 7.3% of the "
               "placebo group, a difference the authors called clinically important.</p></article>")


@pytest.mark.parametrize("head", [
    pytest.param('<meta charset="windows-1252">', id="meta-charset"),
    pytest.param('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
                 id="meta-http-equiv"),
    pytest.param('<meta charset="iso-8859-1">', id="latin-1-read-as-windows-1252"),
])
def test_html_declared_charset(tmp_path: Path, head: str) -> None:
    page = (f"<html><head>{head}<title>Heart drug trial</title></head>"
            f"<body>{CP1252_BODY}</body></html>")
    source = read_article(write(tmp_path, "page.htm", page.encode("cp1252")))
    assert source.encoding == "cp1252"
    assert source.text.startswith("Heart drug trial\n\nCafé owners were not involved, and “quoted” "
                                  "naïve patients – 1,200")
    assert [source.text[start:end] for start, end in source.headings] == ["Heart drug trial",
                                                                          "Results"]
    assert "\n\nResults\n\nDeath occurred" in source.text


def test_html_utf8_despite_declared_latin1(tmp_path: Path) -> None:
    page = f"<html><head><meta charset='iso-8859-1'></head><body>{CP1252_BODY}</body></html>"
    source = read_article(write(tmp_path, "page.html", page))
    assert source.encoding == "utf-8"
    assert "Café owners" in source.text


# --- Markdown --------------------------------------------------------------------------------

MARKDOWN_CASES = [
    pytest.param("## Results\nIn all, 57 patients...", "Results\n\nIn all, 57 patients...",
                 ((0, 7),), id="heading-glued-to-text"),
    pytest.param("## Results\n\nIn all, 57 patients.", "Results\n\nIn all, 57 patients.",
                 ((0, 7),), id="heading-with-blank-line"),
    pytest.param("Text.\n### Methods ###\nMore.", "Text.\n\nMethods\n\nMore.", ((7, 14),),
                 id="heading-after-text-closing-hashes"),
    pytest.param("Results\n=======\nText", "Results\n\nText", ((0, 7),), id="setext-heading"),
    pytest.param("# **Big** trial\nx", "Big trial\n\nx", ((0, 9),), id="emphasis-in-heading"),
    pytest.param("The **REDUCE-IT** trial ([NEJM](https://nejm.org/a_(b))) of *8,179* __adults__",
                 "The REDUCE-IT trial (NEJM) of 8,179 adults", (), id="emphasis-and-links"),
    pytest.param("- 57 patients\n* 81 patients\n+ 12 patients\n1. kept",
                 "57 patients\n81 patients\n12 patients\n1. kept", (), id="list-bullets"),
    pytest.param("p\\*0.05, snake_case, 2 * 3, #5 seed", "p*0.05, snake_case, 2 * 3, #5 seed", (),
                 id="literal-stars-and-underscores"),
    pytest.param("> Quoted `code` here\n\n---\n\n\n![chart](c.png)\nEnd",
                 "Quoted code here\n\nEnd", (), id="quote-rule-image-blank-runs"),
]


@pytest.mark.parametrize(("markdown", "prose", "headings"), MARKDOWN_CASES)
def test_markdown_to_prose(markdown: str, prose: str,
                           headings: tuple[tuple[int, int], ...]) -> None:
    assert markdown_to_prose(markdown) == (prose, headings)


MARKDOWN_FILE_CASES = [
    pytest.param(b"# Trial\r\n## Results\r\nIn all, **57** patients.\r\n",
                 "Trial\n\nResults\n\nIn all, 57 patients.", ["Trial", "Results"], id="crlf"),
    pytest.param(b"---\ntitle: \"A trial\"\nauthor: Jane Doe\ncreated: 2025-01-01\n"
                 b"published: 2024-03-05\n---\n\n# A trial\n\nIn all, 57 patients.\n",
                 "A trial\n\nBy Jane Doe - 2024-03-05\n\nIn all, 57 patients.", ["A trial"],
                 id="front-matter-as-header"),
    pytest.param(b"---\ntags: [trial]\n---\nIn all, 57 patients.\n", "In all, 57 patients.", [],
                 id="front-matter-without-header-fields"),
]


@pytest.mark.parametrize(("data", "text", "headings"), MARKDOWN_FILE_CASES)
def test_markdown_file(tmp_path: Path, data: bytes, text: str, headings: list[str]) -> None:
    source = read_article(write(tmp_path, "article.md", data))
    assert source.text == text
    assert [source.text[start:end] for start, end in source.headings] == headings
    assert source.format == "md"


# --- Walking the inputs ----------------------------------------------------------------------


class Collector:
    """An ``on_error`` callback that keeps what it is given."""

    def __init__(self) -> None:
        self.errors: list[tuple[Path, TrialnewsError]] = []

    def __call__(self, path: Path, error: TrialnewsError) -> None:
        self.errors.append((path, error))

    @property
    def codes(self) -> list[tuple[str, str]]:
        return [(path.name, error.code) for path, error in self.errors]


def walk(paths: list[Path]) -> tuple[list[Path], Collector]:
    collector = Collector()
    return list(iter_inputs(paths, on_error=collector)), collector


def make_tree(root: Path) -> None:
    for name in ("b/2.txt", "b/1.md", "a.html", "c.htm", "d.markdown", "e.TXT",
                 ".hidden/x.txt", ".secret.txt", "notes.pdf", "x.gold.json",
                 "sub/deeper/z.txt", "sub/a.txt"):
        write(root, name, SENTENCE)


EXPECTED_ORDER = ["a.html", "b/1.md", "b/2.txt", "c.htm", "d.markdown", "e.TXT", "sub/a.txt",
                  "sub/deeper/z.txt"]


def relative(paths: list[Path], root: Path) -> list[str]:
    return [path.relative_to(root).as_posix() for path in paths]


def test_iter_inputs_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    make_tree(tmp_path)
    found, collector = walk([tmp_path])
    assert relative(found, tmp_path) == EXPECTED_ORDER
    assert collector.errors == []


def test_iter_inputs_is_a_generator(tmp_path: Path) -> None:
    make_tree(tmp_path)
    collector = Collector()
    inputs = iter_inputs([tmp_path / "missing.txt", tmp_path], on_error=collector)
    assert inspect.isgenerator(inputs)
    assert collector.errors == [], "nothing happens before iteration"
    assert next(inputs).name == "a.html"


@pytest.mark.parametrize("name", [
    pytest.param("notes.pdf", id="unsupported-suffix"),
    pytest.param(".secret.txt", id="hidden-file"),
])
def test_iter_inputs_files_given_directly(tmp_path: Path, name: str) -> None:
    make_tree(tmp_path)
    found, collector = walk([tmp_path / name])
    assert found == [tmp_path / name]
    assert collector.errors == []


def test_iter_inputs_missing_path(tmp_path: Path) -> None:
    found, collector = walk([tmp_path / "absent", tmp_path / "there.txt"])
    assert found == []
    assert collector.codes == [("absent", "E001"), ("there.txt", "E001")]


@pytest.mark.parametrize(("link", "target", "code"), [
    pytest.param("b/loop", "..", "E009", id="symlink-loop"),
    pytest.param("b/self", ".", "E009", id="symlink-to-own-folder"),
    pytest.param("dead.txt", "nowhere.txt", "E009", id="broken-symlink"),
    pytest.param("b/ring", "ring", "E009", id="symlink-to-itself"),
])
def test_iter_inputs_bad_links(tmp_path: Path, link: str, target: str, code: str) -> None:
    make_tree(tmp_path)
    (tmp_path / link).symlink_to(target)
    found, collector = walk([tmp_path])
    assert relative(found, tmp_path) == EXPECTED_ORDER
    assert collector.codes == [(Path(link).name, code)]
    path, error = collector.errors[0]
    assert path == tmp_path / link
    assert str(path) in str(error)


def test_iter_inputs_broken_link_given_directly(tmp_path: Path) -> None:
    (tmp_path / "dead.txt").symlink_to(tmp_path / "nowhere.txt")
    found, collector = walk([tmp_path / "dead.txt"])
    assert (found, collector.codes) == ([], [("dead.txt", "E009")])


def test_iter_inputs_follows_folder_links(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write(outside, "far.txt", SENTENCE)
    root = tmp_path / "root"
    write(root, "near.txt", SENTENCE)
    (root / "linked").symlink_to(outside, target_is_directory=True)
    found, collector = walk([root])
    assert relative(found, root) == ["linked/far.txt", "near.txt"]
    assert collector.errors == []


# --- Markdown inline markup in linear time ---------------------------------------------------

REGEX_EMPHASIS = (  # the definition that _unwrap_emphasis implements without rescanning
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), r"\1"),
)


@settings(max_examples=300, deadline=None)
@given(line=st.text(alphabet=st.sampled_from("*_ a1.\t"), max_size=40))
def test_emphasis_pairing_matches_its_regex_definition(line: str) -> None:
    expected = line
    for pattern, replacement in REGEX_EMPHASIS:
        expected = pattern.sub(replacement, expected)
    found = line
    for emphasis in MD_EMPHASIS:
        found = _unwrap_emphasis(found, emphasis)
    assert found == expected


#: The size of the smaller input of a timing test, and the factor of the larger one.
LINEAR_BASE_CHARS = 20_000
LINEAR_FACTOR = 4
#: Linear work takes about LINEAR_FACTOR times longer on the larger input; quadratic work 16
#: times. The bound is generous for timing noise and still far below quadratic.
MAX_TIME_RATIO = 12
#: Timings are CPU time of the test's thread (time.thread_time), so other processes on a busy
#: machine do not count; each is the best of this many runs, which removes most of the rest of the noise.
TIMING_RUNS = 3

MARKDOWN_STRESS = {
    "unclosed-strong": "**a ",
    "unclosed-em": "*a ",
    "unclosed-underscore": "_a ",
    "unclosed-links": "[a](",
    "unclosed-images": "![a",
    "open-brackets": "[",
    "autolinks": "<https:",
    "code-ticks": "`a ",
    "escapes": "\\*",
    "heading-spaces": "# a" + " " * 40 + "b",
}


def best_time(function: Callable[[], object]) -> float:
    timings = []
    for _ in range(TIMING_RUNS):
        started = time.thread_time()
        function()
        timings.append(time.thread_time() - started)
    return min(timings)


@pytest.mark.parametrize("unit", MARKDOWN_STRESS.values(), ids=MARKDOWN_STRESS.keys())
def test_markdown_time_is_linear(tmp_path: Path, unit: str) -> None:
    def read(size: int) -> float:
        path = write(tmp_path, f"stress{size}.md", unit * (size // len(unit)))
        return best_time(lambda: read_article(path))

    small, large = read(LINEAR_BASE_CHARS), read(LINEAR_BASE_CHARS * LINEAR_FACTOR)
    assert large / small < MAX_TIME_RATIO, f"{small:.3f}s then {large:.3f}s"


# --- Deeply nested web pages (issue 15, item 14) ----------------------------------------------

DEEP_PARAGRAPH = ("In the randomized trial, 300 patients were randomized to the study drug or to placebo. "
                  "Response was 40% with the drug and 20% with placebo, the investigators reported. ")


@pytest.mark.parametrize("depth", [10, 300, 1000])
def test_an_article_nested_deep_in_a_page_is_read(tmp_path: Path, depth: int) -> None:
    """Layout wrappers nested deeper than libxml2's default limit (256) do not hide the article."""
    page = ("<html><head><title>Drug trial</title></head><body>" + "<div>" * depth
            + f"<article><p>{DEEP_PARAGRAPH * 2}</p><p>{DEEP_PARAGRAPH}</p></article>" + "</div>" * depth
            + "</body></html>")
    source = read_article(write(tmp_path, "deep.html", page))
    assert "Response was 40% with the drug" in source.text
    assert source.text.startswith("Drug trial\n\n")
