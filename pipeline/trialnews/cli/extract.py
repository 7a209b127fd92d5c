"""``trialnews extract``: files and folders in, records and errors out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from . import OUT, app, console, fail


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders of .txt, .md and .html articles.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the records (JSONL).")] = OUT / "records.jsonl",
    errors: Annotated[Optional[Path], typer.Option(help="Where to write the files that failed (JSONL); default: errors.jsonl beside the output.")] = None,
    n_process: Annotated[int, typer.Option("--n-process", "-n", min=1, help="Processes for spaCy's nlp.pipe.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Docs per batch sent to each process.")] = 32,
    resume: Annotated[bool, typer.Option(help="Keep the records already in OUTPUT and skip their files (by content hash).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    max_bytes: Annotated[int, typer.Option(help="Files larger than this are reported as errors, not read.")] = 20 * 1024 * 1024,
) -> None:
    """Extract one record per article into OUTPUT; unreadable files go to the errors file.

    Exit status: 0 when every file gave a record, 1 when some files failed, 2 on bad usage,
    130 when interrupted (Ctrl-C, kill): the records written are valid; finish with --resume.
    """
    from ..progress import exit_status, run_with_progress

    from ..errors import TrialnewsError

    errors = errors or output.with_name("errors.jsonl")
    try:
        summary = run_with_progress(paths, output=output, errors=errors, n_process=n_process, batch_size=batch_size,
                                    resume=resume, quiet=quiet, max_bytes=max_bytes, console=console)
    except TrialnewsError as error:
        fail(error)
    raise typer.Exit(exit_status(summary))
