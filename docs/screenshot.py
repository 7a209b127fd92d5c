"""Make ``docs/review.png``: the review page of the bundled corpus, as headless Chromium shows it.

    python docs/screenshot.py [--focus a0-results-0] [--output docs/review.png]

Extracts ``corpus/`` into a temporary folder, writes the review page there, and screenshots it at
1400x1000 with the same Chromium flags as ``tests/test_review_browser.py``. ``--focus`` opens the
page at a value's anchor, as a click on that value in the record table does.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from trialnews.engines.batch import run_batch
from trialnews.writers.records import read_records
from trialnews.writers.review import write_review

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
WINDOW = "1400,1000"
CHROMIUM_TIMEOUT = 120  # seconds


def screenshot(page: Path, png: Path, *, profile: Path, focus: str | None = None) -> None:
    url = page.as_uri() + (f"#{focus}" if focus else "")
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={profile}", f"--screenshot={png}", f"--window-size={WINDOW}", url],
                   check=True, capture_output=True, timeout=CHROMIUM_TIMEOUT)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--focus", default=None, help="A value's anchor, e.g. a0-results-0.")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "review.png")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        records = work / "records.jsonl"
        os.chdir(REPO)  # relative source paths, as `trialnews run` writes them from the repository root
        run_batch([Path("corpus")], output=records, errors=work / "errors.jsonl")
        write_review(read_records(records), work / "review.html", base=REPO, origin="out/records.jsonl")
        screenshot(work / "review.html", options.output.resolve(), profile=work / "profile", focus=options.focus)
    print(f"screenshot → {options.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
