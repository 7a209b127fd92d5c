"""``trialnews review``: records to one self-contained HTML page for checking every value."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from . import OUT, app, console, fail


@app.command()
def review(
    records: Annotated[Path, typer.Argument(help="A records file (JSONL) written by `trialnews extract`.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the page (.html).")] = OUT / "review.html",
    base: Annotated[Optional[Path], typer.Option(help="Folder that relative source paths start from, and the only folder articles are read from; default: relative paths start from the current folder, and articles are read from the records file's folder and the current folder only.")] = None,
) -> None:
    """Each article with its extracted values highlighted in the text, and its record beside it.

    The articles are read again from each record's source.path, only under --base (default: the
    records file's folder and the current folder); a file outside them is not opened, and one
    that is missing or has changed since extraction is shown without highlights, with a note.
    """
    from ..errors import TrialnewsError
    from ..writers.records import read_records
    from ..writers.review import write_review

    try:
        write_review(read_records(records), output, base=base, origin=str(records),
                     roots=source_roots(records, base=base))
    except TrialnewsError as error:
        fail(error)
    console.print(f"review page → {output}", highlight=False, markup=False)


def source_roots(records: Path, *, base: Optional[Path]) -> list[Path]:
    """The folders whose articles a records file may have re-read: --base, else the records
    file's folder and the current folder."""
    return [base] if base is not None else [records.parent, Path.cwd()]
