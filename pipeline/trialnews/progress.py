"""The terminal side of a batch: a rich progress bar (files, files/s, ETA) and the summary table.

The bar shows only on a terminal; with ``--quiet`` or when stderr is piped, the run is silent.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, \
    TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from .batch import Summary, count_inputs, run_batch
from .extract import Outcome


def summary_table(summary: Summary, *, output: Path, errors: Path) -> Table:
    table = Table(title="trialnews extract", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("files read", str(summary.files))
    table.add_row("records written", f"{summary.records}  → {output}")
    table.add_row("records with warnings", str(summary.with_warnings))
    table.add_row("files skipped (resume)", str(summary.skipped))
    table.add_row("files failed", f"[red]{summary.failed}[/red]  → {errors}" if summary.failed else "0")
    table.add_row("time", f"{summary.seconds:.1f} s ({summary.files_per_second:.1f} files/s)")
    return table


def run_with_progress(paths: Iterable[Path], *, output: Path, errors: Path, quiet: bool, console: Console,
                      **options: object) -> Summary:
    paths = list(paths)
    show = not quiet and console.is_terminal
    if not show:
        summary = run_batch(paths, output=output, errors=errors, **options)
    else:
        total = count_inputs(paths)
        columns = (TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                   TextColumn("{task.fields[rate]} files/s"), TimeElapsedColumn(), TextColumn("ETA"),
                   TimeRemainingColumn())
        with Progress(*columns, console=console, transient=True) as progress:
            task = progress.add_task("extract", total=total, rate="-")

            def advance(outcome: Outcome) -> None:
                progress.advance(task)
                speed = progress.tasks[0].speed
                progress.update(task, rate=f"{speed:.1f}" if speed else "-")
                if outcome.error is not None:
                    progress.console.print(f"[yellow]failed[/yellow] {outcome.error['reason']}")

            summary = run_batch(paths, output=output, errors=errors, on_outcome=advance, **options)
    if not quiet:
        console.print(summary_table(summary, output=output, errors=errors))
    return summary
