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
    base: Annotated[Optional[Path], typer.Option(help="Folder that relative source paths start from; default: the current folder.")] = None,
) -> None:
    """Each article with its extracted values highlighted in the text, and its record beside it.

    The articles are read again from each record's source.path; a file that is missing or has
    changed since extraction is shown without highlights, with a note.
    """
    from ..errors import TrialnewsError
    from ..writers.records import read_records
    from ..writers.review import write_review

    try:
        write_review(read_records(records), output, base=base, origin=str(records))
    except TrialnewsError as error:
        fail(error)
    console.print(f"review page → {output}", highlight=False, markup=False)
