"""``trialnews bench``: throughput against the tokenizer and a peer, memory, and start-up time."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from . import app, console, fail

#: The FakeHealth articles, relative to the repository root (``trialnews_bench.benchmark.DEFAULT_FOLDER``).
DEFAULT_FOLDER = Path("../shared/data/fakehealth")
#: Columns of the report when it is not printed to a terminal.
REPORT_WIDTH = 130


@app.command()
def bench(
    folder: Annotated[Path, typer.Argument(help="A folder of articles (default: the FakeHealth articles).")] = DEFAULT_FOLDER,
    json_output: Annotated[Optional[Path], typer.Option("--json", help="Also write the figures as JSON here.")] = None,
    n_process: Annotated[int, typer.Option("--n-process", "-n", min=2, help="Processes for the parallel run.")] = 2,
    batch_size: Annotated[int, typer.Option(min=1, help="Docs per batch given to nlp.pipe.")] = 32,
    parallel: Annotated[bool, typer.Option(help="Measure the parallel run.")] = True,
    first_record: Annotated[bool, typer.Option(help="Measure the time from starting the CLI to the first record.")] = True,
    peer: Annotated[bool, typer.Option(help="Measure the peer (quantulum3, from the [bench] extra).")] = True,
    peer_docs: Annotated[int, typer.Option(min=0, help="Articles, spread over the folder, the peer is timed on "
                                                       "(0: all of them).")] = 400,
) -> None:
    """Measure the pipeline against spaCy's tokenizer (the floor) and quantulum3 (a peer)."""
    from trialnews_bench.benchmark import report_table, run_benchmark
    from ..errors import Errors, TrialnewsError

    if not folder.is_dir():
        fail(TrialnewsError(Errors.E201, stage="config", paths=folder))
    try:
        result = run_benchmark(folder, n_process=n_process, batch_size=batch_size, parallel=parallel,
                               first_record=first_record, peer=peer, peer_docs=peer_docs or None,
                               on_stage=lambda message: console.print(f"[dim]bench: {message}[/dim]"))
    except TrialnewsError as error:
        fail(error)
    # Wide enough for the table when stdout is a file or a pipe (rich would use 80 columns).
    Console(width=None if sys.stdout.isatty() else REPORT_WIDTH).print(report_table(result))
    if json_output is not None:
        json_output.write_text(json.dumps(result.as_dict(), indent=2), encoding="utf-8")
