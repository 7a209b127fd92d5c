"""``trialnews table``: records to an evidence table (CSV, XLSX or Markdown)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import app, console, fail


@app.command()
def table(
    records: Annotated[Path, typer.Argument(help="A records file (JSONL) written by `trialnews extract`.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the table here: .csv, .xlsx or .md. Default: Markdown on stdout.")] = None,
) -> None:
    """One row per endpoint comparison and result, with the trial, arms, effect, p-value and citation."""
    from ..errors import TrialnewsError
    from ..writers.records import read_records
    from ..writers.table import check_suffix, markdown, rows, write_table

    try:
        if output is not None:
            check_suffix(output)
        table_rows = rows(read_records(records))
        if output is None:
            sys.stdout.write(markdown(table_rows))
            return
        write_table(table_rows, output)
    except TrialnewsError as error:
        fail(error)
    console.print(f"{len(table_rows)} rows → {output}", highlight=False, markup=False)
