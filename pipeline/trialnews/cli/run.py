"""``trialnews run``: the main job on the bundled corpus, with no arguments."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import CORPUS, OUT, app, console, fail


@app.command()
def run(
    corpus: Annotated[Path, typer.Option(help="The folder of articles to extract.")] = CORPUS,
    out: Annotated[Path, typer.Option(help="The folder to write the outputs to.")] = OUT,
    n_process: Annotated[int, typer.Option("--n-process", "-n", min=1, help="Processes for spaCy's nlp.pipe.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """The main job: extract CORPUS (default corpus/) into OUT (default out/): records.jsonl and errors.jsonl."""
    from ..errors import Errors, TrialnewsError
    from ..progress import run_with_progress

    if not corpus.is_dir():
        fail(TrialnewsError(Errors.E201, stage="config", paths=corpus))
    try:
        summary = run_with_progress([corpus], output=out / "records.jsonl", errors=out / "errors.jsonl",
                                    n_process=n_process, quiet=quiet, console=console)
    except TrialnewsError as error:
        fail(error)
    if summary.failed:
        raise typer.Exit(1)
