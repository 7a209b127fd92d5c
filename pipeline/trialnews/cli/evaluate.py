"""``trialnews eval``: score extraction against gold files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

import json

from rich.console import Console

from . import app, console, fail


@app.command(name="eval")
def evaluate(
    folder: Annotated[Path, typer.Argument(help="A folder of articles with NAME.gold.json files beside them.")],
    records: Annotated[Optional[Path], typer.Option(help="Score these records (JSONL) instead of extracting now.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every miss and extra with its article.")] = False,
    min_f1: Annotated[float, typer.Option(help="Exit with status 1 when the micro F1 is below this.")] = 0.0,
    json_output: Annotated[Optional[Path], typer.Option("--json", help="Also write the scores as JSON here.")] = None,
) -> None:
    """Score extraction against hand-written gold files, as RECORD.md defines it.

    Exit status: 0, or 1 when the micro F1 is below --min-f1; 2 on bad usage or input (a gold or
    records file that cannot be read or scored, an output that cannot be written).
    """
    from ..errors import Errors, TrialnewsError
    from ..evaluation.evaluate import evaluate as run_eval
    from ..evaluation.report import print_report, report_json

    try:
        report = run_eval(folder, records=records)
    except TrialnewsError as error:
        fail(error)
    print_report(report, verbose=verbose, console=Console())
    if json_output is not None:
        try:
            json_output.write_text(json.dumps(report_json(report), indent=2), encoding="utf-8")
        except OSError as error:
            fail(TrialnewsError(Errors.E207, stage="config", path=json_output, reason=error.strerror or error))
    if report.micro_f1 < min_f1:
        console.print(f"[red]micro F1 {report.micro_f1:.3f} is below --min-f1 {min_f1:.3f}[/red]")
        raise typer.Exit(1)
