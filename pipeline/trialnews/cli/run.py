"""``trialnews run``: the main job on the bundled corpus, with no arguments."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import CORPUS, OUT, app, console, fail

RECORDS = "records.jsonl"
ERRORS = "errors.jsonl"
TABLES = ("evidence.csv", "evidence.xlsx")
REVIEW = "review.html"


@app.command()
def run(
    corpus: Annotated[Path, typer.Option(help="The folder of articles to extract.")] = CORPUS,
    out: Annotated[Path, typer.Option(help="The folder to write the outputs to.")] = OUT,
    n_process: Annotated[int, typer.Option("--n-process", "-n", min=1, help="Processes for spaCy's nlp.pipe.")] = 1,
    resume: Annotated[bool, typer.Option(help="Keep the records already in OUT and extract only the other files.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """The main job: extract CORPUS (default corpus/) into OUT (default out/), then write the evidence table and the review page.

    Writes OUT/records.jsonl, OUT/errors.jsonl, OUT/evidence.csv, OUT/evidence.xlsx and
    OUT/review.html, and prints a summary. Exit status 1 when some files failed (the other
    outputs are still written), 130 when interrupted.
    """
    from ..errors import Errors, TrialnewsError
    from ..engines.progress import exit_status, run_with_progress, summary_table

    if not corpus.is_dir():
        fail(TrialnewsError(Errors.E201, stage="config", paths=corpus))
    records, errors = out / RECORDS, out / ERRORS
    try:
        summary = run_with_progress([corpus], output=records, errors=errors, n_process=n_process,
                                    resume=resume, quiet=quiet, console=console, label="run",
                                    show_summary=False)
        written = [] if summary.interrupted else write_outputs(records, out)
    except TrialnewsError as error:
        fail(error)
    if not quiet:
        console.print(summary_table(summary, output=records, errors=errors, title="trialnews run",
                                    outputs=written))
    raise typer.Exit(exit_status(summary))


def write_outputs(records: Path, out: Path) -> list[tuple[str, Path]]:
    """The evidence tables and the review page of every record in ``records``, written to ``out``."""
    from ..writers.records import read_records
    from ..writers.review import write_review
    from ..writers.table import rows, write_table

    all_records = list(read_records(records))
    table_rows = rows(all_records)
    written = []
    for name in TABLES:
        write_table(table_rows, out / name)
        written.append((f"evidence table ({len(table_rows)} rows)", out / name))
    write_review(all_records, out / REVIEW, origin=str(records))
    written.append(("review page", out / REVIEW))
    return written
