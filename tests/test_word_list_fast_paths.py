"""Word lists and tables read by their fast paths give what the line-by-line reading gave."""

from __future__ import annotations

from importlib.resources import files

import pytest

from trialnews import resources


def _read(monkeypatch: pytest.MonkeyPatch, texts: dict[str, str]) -> None:
    monkeypatch.setattr(resources, "read_text", texts.__getitem__)
    resources.load_lexicon.cache_clear()
    resources.load_table.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_caches():
    yield
    resources.load_lexicon.cache_clear()
    resources.load_table.cache_clear()


def test_word_list_without_directives(monkeypatch: pytest.MonkeyPatch) -> None:
    _read(monkeypatch, {"plain.txt": "# a heading comment\n  kiwi juice  \n\nmango # ripe ones only\n#\n\tplum\n"})
    assert resources.load_lexicon("plain.txt") == ("kiwi juice", "mango", "plum")


def test_word_list_with_an_include_reads_both(monkeypatch: pytest.MonkeyPatch) -> None:
    _read(monkeypatch, {"outer.txt": "pear\n@include inner.txt  # the stone fruit\nfig\n",
                        "inner.txt": "apricot # soft\n\ncherry\n"})
    assert resources.load_lexicon("outer.txt") == ("pear", "apricot", "cherry", "fig")


def test_an_at_sign_inside_an_entry_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    _read(monkeypatch, {"mail.txt": "info@clinic\nward\n"})
    assert resources.load_lexicon("mail.txt") == ("info@clinic", "ward")


def test_table_values(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("# word, then its values\n"
            "otter\tt\n"
            "nurse \t p \n"
            "elbow\tb\t\tt\n"
            "otter\tx  # a second line adds its value\n"
            "lonely\n"
            "blank\t  \n")
    _read(monkeypatch, {"kinds.txt": text})
    table = resources.load_table("kinds.txt")
    assert table == {"otter": ("t", "x"), "nurse": ("p",), "elbow": ("b", "t"), "lonely": (), "blank": ()}
    assert list(table) == ["otter", "nurse", "elbow", "lonely", "blank"]


def _entries_line_by_line(text: str) -> list[str]:
    """A word list's entries as its format defines them: each line's text before ``#``, stripped, if any."""
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries


def test_every_shipped_word_list_reads_as_its_lines() -> None:
    lists = [path for path in files(resources.PACKAGE).iterdir() if path.name.endswith(".txt")]
    plain = [path for path in lists if "@" not in path.read_text(encoding="utf-8")]
    assert len(plain) > 100  # the shipped lists, not an empty folder
    for path in plain:
        assert list(resources.load_lexicon(path.name)) == _entries_line_by_line(path.read_text(encoding="utf-8")), path.name
