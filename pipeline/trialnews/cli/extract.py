"""``trialnews extract``: files and folders in, records and errors out."""

from __future__ import annotations

import gc
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import OUT, app, console, fail


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def default_errors_path(output: Path) -> Path:
    """``errors.jsonl`` beside ``records.jsonl``; ``NAME.errors.jsonl`` beside any other ``NAME.jsonl``."""
    if output.name == "records.jsonl":
        return output.with_name("errors.jsonl")
    return output.with_name(f"{output.name.split('.', 1)[0]}.errors.jsonl")


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files and folders of .txt, .md and .html articles; with --engine dask also fsspec URLs (s3://bucket/news/).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the records (JSONL).")] = OUT / "records.jsonl",
    errors: Annotated[Optional[Path], typer.Option(help="Where to write the files that failed (JSONL); default: beside the output, errors.jsonl for records.jsonl, NAME.errors.jsonl for NAME.jsonl (so two runs into one folder never share it).")] = None,
    n_process: Annotated[int, typer.Option("--n-process", "-n", min=1, help="Processes for spaCy's nlp.pipe.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Docs per batch sent to each process.")] = 32,
    resume: Annotated[bool, typer.Option(help="Keep the records already in OUTPUT and skip their files (same path and same content hash).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    max_bytes: Annotated[int, typer.Option(help="Files larger than this are reported as errors, not read.")] = 20 * 1024 * 1024,
    engine: Annotated[Engine, typer.Option(help="local: this machine (nlp.pipe). dask: a Dask cluster (pip install 'trialnews[dask]').")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option(help="With --engine dask: the scheduler of an existing cluster (tcp://HOST:8786); default: a local cluster of one worker per CPU.")] = None,
    partition_size: Annotated[Optional[int], typer.Option(min=1, help="With --engine dask: files per task (default 64).")] = None,
    merge: Annotated[bool, typer.Option(help="With --engine dask: merge the parts into OUTPUT, or leave them in OUTPUT.parts/.")] = True,
) -> None:
    """Extract one record per article into OUTPUT; unreadable files go to the errors file.

    Exit status: 0 when every file gave a record, 1 when some files failed, 2 on bad usage,
    130 when interrupted (Ctrl-C, kill): the records written are valid; finish with --resume.
    """
    # The modules imported here and the pipeline live as long as the process: made with the garbage
    # collector paused, then frozen out of its reach, the start pays for no collection that would
    # find nothing to free (the collector's state before is restored).
    running = gc.isenabled()
    gc.disable()
    try:
        from ..engines.progress import exit_status, run_with_progress

        from ..errors import TrialnewsError

        from ..engines.batch import check_outputs
        from ..engines.local import default_nlp

        if engine is not Engine.dask:
            default_nlp()  # built here, before the freeze, in the process that runs it
    finally:
        gc.freeze()
        if running:
            gc.enable()

    errors = errors or default_errors_path(output)
    try:
        check_outputs(output, errors)
    except TrialnewsError as error:
        fail(error)
    if engine is Engine.dask:
        _extract_on_dask(paths, output=output, errors=errors, scheduler=scheduler, partition_size=partition_size,
                         merge=merge, batch_size=batch_size, resume=resume, quiet=quiet, max_bytes=max_bytes)
        return
    if scheduler is not None or partition_size is not None or not merge:
        raise typer.BadParameter("--scheduler, --partition-size and --no-merge need --engine dask.")
    try:
        summary = run_with_progress(paths, output=output, errors=errors, n_process=n_process, batch_size=batch_size,
                                    resume=resume, quiet=quiet, max_bytes=max_bytes, console=console)
    except TrialnewsError as error:
        fail(error)
    raise typer.Exit(exit_status(summary))


def _extract_on_dask(paths: list[str], *, output: Path, errors: Path, scheduler: Optional[str],
                     partition_size: Optional[int], **options: object) -> None:
    """The --engine dask branch: Dask is imported here only, E208 if it is not installed."""
    from ..errors import Errors, TrialnewsError

    try:
        from ..engines.distributed import DEFAULT_PARTITION_SIZE, run_dask_with_progress
    except ImportError as error:
        from rich.text import Text

        # Not through fail(): its markup would take the "[dask]" of the install hint for a style tag.
        console.print(Text.assemble(("error ", "red"), str(TrialnewsError(Errors.E208, stage="config", reason=error))))
        raise typer.Exit(2) from error
    try:
        summary = run_dask_with_progress(paths, output=output, errors=errors, scheduler=scheduler,
                                         partition_size=partition_size or DEFAULT_PARTITION_SIZE,
                                         console=console, **options)
    except (TrialnewsError, OSError) as error:  # OSError: an unreachable scheduler, an output the workers cannot see
        fail(error)
    if summary.failed:
        raise typer.Exit(1)
