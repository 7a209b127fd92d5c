"""Word lists and tables read by their fast paths give what the line-by-line reading gave."""

from __future__ import annotations

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
