"""The terminal side of a batch: a rich progress bar (files, files/s, ETA) and the summary table.

The bar shows only when the console is a terminal and ``quiet`` is false; when stderr is piped
there is no bar, and ``quiet`` also drops the summary. Ctrl-C and ``kill`` (SIGTERM) stop the run
cleanly: the records written so far stay valid, and a message says how to finish with --resume.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TaskProgressColumn, \
    TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from .batch import BatchInterrupted, Summary, count_inputs, run_batch
from .local import Outcome
from ..writers.records import printable

EXIT_OK = 0
EXIT_SOME_FAILED = 1
"""Exit status when the run finished but some files gave no record (see errors.jsonl)."""
EXIT_INTERRUPTED = 130
"""Exit status after Ctrl-C or SIGTERM: 128 + SIGINT, as shells report an interrupted command."""


class FilesPerSecondColumn(ProgressColumn):
    """The recent speed of the task, in files per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("- files/s" if speed is None else f"{speed:.1f} files/s", style="progress.data.speed")


def exit_status(summary: Summary) -> int:
    if summary.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK


def summary_table(summary: Summary, *, output: Path, errors: Path, title: str = "trialnews extract",
                  outputs: Iterable[tuple[str, Path]] = ()) -> Table:
    """The end-of-run table: files read, records written, with warnings, failed, time (and outputs)."""
    table = Table(title=title, show_header=False, title_justify="left", title_style="bold")
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_column(style="dim", overflow="fold")
    table.add_row("files read", str(summary.files), "")
    table.add_row("records written", str(summary.records), str(output))
    table.add_row("records with warnings", str(summary.with_warnings), "")
    if summary.skipped:
        table.add_row("files skipped (done before)", str(summary.skipped), "--resume")
    failed = Text(str(summary.failed), style="red bold" if summary.failed else "")
    table.add_row("files failed", failed, str(errors))
    table.add_row("time", f"{summary.seconds:.1f} s", f"{summary.files_per_second:.1f} files/s")
    for name, path in outputs:
        table.add_row(name, "", str(path))
    return table


def interrupted_message(summary: Summary, *, output: Path) -> str:
    return (f"[yellow]interrupted[/yellow] after {_count(summary.files, 'file')} "
            f"({_count(summary.records, 'record')} written). Every record in {escape(str(output))} is complete "
            "and valid; run the same command with --resume to finish the remaining files.")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def run_with_progress(paths: Iterable[Path], *, output: Path, errors: Path, quiet: bool, console: Console,
                      label: str = "extract", show_summary: bool = True, **options: object) -> Summary:
    """:func:`trialnews.engines.batch.run_batch` with a progress bar on a terminal and the summary at the end.

    Returns the summary, with ``interrupted`` set after Ctrl-C or SIGTERM (the message is printed
    here; give :func:`exit_status` to ``typer.Exit``).
    """
    paths = list(paths)
    show_bar = not quiet and console.is_terminal
    try:
        if show_bar:
            summary = _run_with_bar(paths, output=output, errors=errors, console=console, label=label, **options)
        else:
            summary = run_batch(paths, output=output, errors=errors, **options)
    except BatchInterrupted as interrupt:
        summary = interrupt.summary
        console.print(interrupted_message(summary, output=output))
    if show_summary and not quiet:
        console.print(summary_table(summary, output=output, errors=errors, title=f"trialnews {label}"))
    return summary


def _run_with_bar(paths: list[Path], *, output: Path, errors: Path, console: Console, label: str,
                  **options: object) -> Summary:
    total = count_inputs(paths)
    columns = (TextColumn(f"[bold]{escape(label)}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
               FilesPerSecondColumn(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=total)

        def advance(outcome: Outcome) -> None:
            progress.advance(task)
            if outcome.error is not None:
                progress.console.print(f"[yellow]failed[/yellow] {escape(printable(outcome.error['reason']))}",
                                       highlight=False)  # a file name may hold escape codes: shown, not run

        return run_batch(paths, output=output, errors=errors, on_outcome=advance, **options)
