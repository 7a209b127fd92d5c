"""The word-class tables are kept in the cache folder and read from there by a later process,
only while the list's text is the one they were read from."""

from __future__ import annotations

import pytest

from trialnews.linking import wordclass


@pytest.fixture
def cache_folder(tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TRIALNEWS_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_kept_table_is_the_table_read_from_the_text(cache_folder) -> None:
    first = wordclass._read_table("function_words.txt")
    assert wordclass.kept_table_file("function_words.txt").is_file()
    again = wordclass._read_table("function_words.txt")
    assert again == first
    assert again == wordclass._parsed_table(wordclass.read_text("function_words.txt"))
    assert again["the"] == "d"


def test_an_edited_list_is_read_again(cache_folder, monkeypatch: pytest.MonkeyPatch) -> None:
    wordclass._read_table("function_words.txt")  # kept from the shipped list
    monkeypatch.setattr(wordclass, "read_text", lambda name: "# an edited list\nzorple\tp\n")
    assert wordclass._read_table("function_words.txt") == {"zorple": "p"}


def test_an_unreadable_kept_file_is_read_from_the_text(cache_folder) -> None:
    path = wordclass.kept_table_file("function_words.txt")
    path.write_bytes(b"not a table")
    table = wordclass._read_table("function_words.txt")
    assert table == wordclass._parsed_table(wordclass.read_text("function_words.txt"))
    assert wordclass._read_table("function_words.txt") == table  # and kept again
