"""``table_blocks`` reads a text without a bar or a gap as holding no table, and still finds the
rows of a table written with tabs or with bars."""

from trialnews.facts.tables import table_blocks


def test_prose_holds_no_table() -> None:
    assert table_blocks("Pain fell in both groups.\nThe drug group slept longer.\n") == []


def test_a_table_written_with_tabs() -> None:
    text = "Outcome\tDrug\tPlacebo\nPain\t12%\t20%\nSleep\t7 h\t6 h\n"
    blocks = table_blocks(text)
    assert [[cell.text for cell in row] for row in blocks[0]] == [
        ["Outcome", "Drug", "Placebo"], ["Pain", "12%", "20%"], ["Sleep", "7 h", "6 h"]]


def test_a_table_written_with_bars() -> None:
    text = "Results:\n| Outcome | Drug | Placebo |\n|---|---|---|\n| Pain | 12% | 20% |\n| Sleep | 7 h | 6 h |\n"
    rows = table_blocks(text)[0]
    assert [cell.text for cell in rows[1]] == ["Pain", "12%", "20%"]
    assert text[rows[1][1].start:rows[1][1].end] == "12%"
