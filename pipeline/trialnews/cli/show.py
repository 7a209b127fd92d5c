"""``trialnews show``: an article (extracted now) or a records file, as tables in the terminal."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.text import Text

from . import app, console, fail

RECORDS_SUFFIXES = (".jsonl",)
EXIT_NOT_EXTRACTED = 1
"""Exit status when the article cannot be read or processed (the error says why)."""


@app.command()
def show(
    file: Annotated[Path, typer.Argument(help="An article (.txt, .md, .html) to extract now, or a records file (.jsonl).")],
    base: Annotated[Optional[Path], typer.Option(help="Folder that the records' relative source paths start from; default: the current folder.")] = None,
    left_out: Annotated[bool, typer.Option("--left-out", help="Also list the values the results left out, each with why (an article only: a records file does not keep them).")] = False,
) -> None:
    """Each record as tables, with the sentence each value came from (the value in bold).

    Exit status 1 when the article cannot be read or processed.
    """
    from ..errors import TrialnewsError
    from ..writers.records import load_source, read_records
    from ..writers.terminal import left_out_view, record_view
    from .review import source_roots

    out = Console()
    try:
        if file.suffix.lower() in RECORDS_SUFFIXES:
            roots = source_roots(file, base=base)
            for record in read_records(file):
                out.print(record_view(record, load_source(record, base=base, roots=roots)))
            if left_out:
                out.print(Text(NO_LEFT_OUT_IN_RECORDS, style="yellow"))
            return
        outcome = _extract_one(file)
    except TrialnewsError as error:
        fail(error)
    source = load_source(outcome.record)
    out.print(record_view(outcome.record, source))
    if left_out:
        out.print(left_out_view(outcome.left_out or [], source))


NO_LEFT_OUT_IN_RECORDS = ("--left-out: a records file keeps only the values kept; "
                          "show the article itself to see the values left out and why.")


def _extract_one(path: Path) -> Any:
    from ..errors import Errors, TrialnewsError
    from ..engines.local import extract_files
    from ..writers.records import printable

    outcome = next(iter(extract_files([path])), None)
    if outcome is None:
        raise TrialnewsError(Errors.E201, stage="config", paths=path)
    if outcome.error is not None:
        console.print(Text.assemble(("error ", "red"), printable(outcome.error["reason"])))
        raise typer.Exit(EXIT_NOT_EXTRACTED)
    return outcome
