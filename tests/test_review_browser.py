"""The review page in a real browser: headless Chromium loads it from a file:// URL, runs its script,
and we check the DOM (highlights present, a linked value focused) and take a screenshot.

Skipped only when /usr/bin/chromium is absent (Debian's ``chromium`` package; ``.ci/run`` installs it).
"""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

import pytest

from trialnews.engines.local import extract_files
from trialnews.writers.records import evidence_items, header_evidence_items
from trialnews.writers.review import HIGHLIGHT_CLASS, write_review

CHROMIUM = Path("/usr/bin/chromium")
WINDOW = (1400, 1000)
CHROMIUM_TIMEOUT = 120  # seconds
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MIN_SCREENSHOT_BYTES = 20_000  # a blank page is a few kB; a page of text and colours is far more

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs headless Chromium at /usr/bin/chromium"),
]

ARTICLE = """Orvasib Cuts Relapse in Test Disease
By Test Writer - June 5, 2023

In the randomized, double-blind, placebo-controlled ORCA trial, 300 patients with test disease were randomized to orvasib (n=150) or placebo (n=150). The trial's primary endpoint: progression-free survival (PFS).

PFS at 12 months was 61.5% with orvasib and 40.5% with placebo (P=.002). Overall survival (OS) was similar (88% vs 86%; P=.41).

"Orvasib should be studied in a larger trial," the authors concluded.
"""


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", f"--window-size={WINDOW[0]},{WINDOW[1]}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=CHROMIUM_TIMEOUT, check=True)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The review page of one article of our own, and how many values it has with evidence."""
    folder = tmp_path_factory.mktemp("browser")
    article = folder / "orca.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    (outcome,) = extract_files([article])
    assert outcome.record is not None, outcome.error
    path = folder / "review.html"
    write_review([outcome.record], path)
    # the list items' values and the trial's and citation's values that quote words (not those inferred)
    return path, len(evidence_items(outcome.record)) + sum(
        1 for item in header_evidence_items(outcome.record) if item.start is not None)


def anchored_highlights(dom: str) -> list[str]:
    """The highlights that are link targets (first piece of each value), from a dumped DOM."""
    return re.findall(rf'<mark class="{HIGHLIGHT_CLASS} f-\w+" id="([^"]+)"', dom)


def test_highlights_are_present_after_the_script_ran(page: tuple[Path, int], tmp_path: Path) -> None:
    path, values = page
    dom = chromium(tmp_path / "profile", "--dump-dom", path.as_uri()).stdout
    highlights = anchored_highlights(dom)
    assert values > 0 and len(highlights) == values
    assert f'data-highlights="{values}"' in dom, "the page's script ran and counted the highlights"
    assert {re.sub(r"-\d+$", "", ref.split("-", 1)[1]) for ref in highlights} >= {"arms", "results", "endpoints"}


def test_a_linked_value_is_focused(page: tuple[Path, int], tmp_path: Path) -> None:
    path, _ = page
    dom = chromium(tmp_path / "profile", "--dump-dom", path.as_uri() + "#a0-results-0").stdout
    assert 'data-current="a0-results-0"' in dom
    assert re.search(r'<mark class="hl f-results current" id="a0-results-0"', dom)
    assert re.search(r'<a class="jump current" href="#a0-results-0"', dom)
    assert re.search(r'<tr id="row-a0-results-0" class="current-row"', dom)


def test_screenshot(page: tuple[Path, int], tmp_path: Path) -> None:
    path, _ = page
    png = tmp_path / "review.png"
    chromium(tmp_path / "profile", f"--screenshot={png}", path.as_uri())
    data = png.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    assert (width, height) == WINDOW
    assert len(data) > MIN_SCREENSHOT_BYTES
