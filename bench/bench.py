"""The speed benchmark: ``python bench/bench.py [FOLDER] [--json PATH] ...``, as ``trialnews bench``.

With no folder it measures the FakeHealth articles at ``../shared/data/fakehealth`` from the
repository root, wherever it is started from. Options: ``python bench/bench.py --help``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from trialnews.cli import app

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = REPO / "../shared/data/fakehealth"


def main(argv: list[str]) -> None:
    folder_given = not _only_option_values(argv)
    app(["bench", *argv] if folder_given else ["bench", str(DEFAULT_FOLDER.resolve()), *argv])


def _only_option_values(argv: list[str]) -> bool:
    """Whether every bare word of ``argv`` is the value of an option (``--json``, ``-n``, ...)."""
    valued = {"--json", "--n-process", "-n", "--batch-size", "--peer-docs"}
    bare = [i for i, arg in enumerate(argv) if not arg.startswith("-")]
    return all(i > 0 and argv[i - 1] in valued for i in bare)


if __name__ == "__main__":
    main(sys.argv[1:])
