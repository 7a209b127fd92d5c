"""The speed benchmark (``trialnews_bench.benchmark``, ``trialnews bench``) on three small generated
articles: every figure is there and the JSON holds every target. No timing is asserted."""

from __future__ import annotations

import json
import math
import statistics
from pathlib import Path

import pytest
from typer.testing import CliRunner

from trialnews_bench.benchmark import FIRST_RECORD_RUNS, TARGETS, Benchmark, bytecode, run_benchmark, time_peer
from trialnews.cli import app

ARTICLES = {
    "a.txt": "Aspirin Cuts Stroke Risk\n\nPatients were randomized to aspirin (n=150) or placebo (n=149). "
             "Stroke occurred in 4% and 6% of patients, respectively (P=.03).\n",
    "b.txt": "Drug Slows Decline\n\nIn a phase 3 trial of 412 adults, lecanemab slowed decline by 27 percent "
             "over 18 months compared with placebo (HR 0.73, 95% CI 0.61-0.87).\n",
    "c.txt": "Exercise and Mood\n\nSixty women were assigned to yoga or usual care. \"The results are "
             "promising,\" said Dr. Ann Lee, lead author of the study.\n",
}
UNREADABLE = "empty.txt"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench")
    for name, text in ARTICLES.items():
        (path / name).write_text(text, encoding="utf-8")
    (path / UNREADABLE).write_text("  \n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def result(folder: Path) -> Benchmark:
    return run_benchmark(folder, peer=False)


def positive(value: float | None) -> bool:
    return value is not None and math.isfinite(value) and value > 0


def test_counts(result: Benchmark) -> None:
    assert (result.files, result.failed) == (len(ARTICLES) + 1, 1)
    assert result.tokenizer.docs == result.pipeline.docs == len(ARTICLES)
    assert result.tokenizer.tokens == result.pipeline.tokens > 0


def test_every_figure(result: Benchmark) -> None:
    for figure in (result.tokenizer.docs_per_second, result.tokenizer.tokens_per_second,
                   result.pipeline.docs_per_second, result.pipeline.tokens_per_second, result.share_of_tokenizer,
                   result.speedup, result.speedup_bound, result.parallel.throughput.docs_per_second, result.rss_mb,
                   result.parallel.main_rss_mb, result.parallel.worker_rss_mb, result.first_record_seconds,
                   result.extract.docs_per_second, result.parallel.extract.docs_per_second, result.extract_speedup):
        assert positive(figure)
    assert result.parallel.n_process == 2
    assert result.parallel.throughput.docs == result.extract.docs == result.parallel.extract.docs == len(ARTICLES)


def test_first_record_is_the_median_of_its_starts(result: Benchmark) -> None:
    assert len(result.first_record_runs) == FIRST_RECORD_RUNS
    assert all(positive(seconds) for seconds in result.first_record_runs)
    assert result.first_record_seconds == statistics.median(result.first_record_runs)
    assert result.as_dict()["first_record_runs"] == result.first_record_runs
    assert result.environment["bytecode"] in ("compiled", "compiled at every start")


@pytest.mark.parametrize(("on_disk", "expected"), [(True, "compiled"), (False, "compiled at every start")])
def test_bytecode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, on_disk: bool, expected: str) -> None:
    import importlib.util

    cached = tmp_path / "__init__.cpython.pyc"
    if on_disk:
        cached.write_bytes(b"")
    monkeypatch.setattr(importlib.util, "cache_from_source", lambda source: str(cached))
    assert bytecode() == expected


def test_every_component_timed(result: Benchmark) -> None:
    from trialnews.nlp import PIPES

    assert list(result.components) == ["tokenizer", *PIPES]
    assert all(seconds >= 0 for seconds in result.components.values())


def test_json_has_every_target(result: Benchmark) -> None:
    data = json.loads(json.dumps(result.as_dict()))
    assert set(data["targets"]) == set(TARGETS)
    assert data["targets"]["peer_ratio"]["met"] is None  # the peer was not run
    assert all(data["targets"][name]["measured"] is not None for name in TARGETS if name != "peer_ratio")
    assert set(data["components"]) == set(result.components)


def test_peer() -> None:
    pytest.importorskip("quantulum3")
    peer = time_peer(list(ARTICLES.values()), tokens=100)
    assert peer.name == "quantulum3" and peer.note
    assert positive(peer.throughput.docs_per_second)


def test_cli_writes_json(folder: Path, tmp_path: Path) -> None:
    output = tmp_path / "bench.json"
    done = CliRunner().invoke(app, ["bench", str(folder), "--json", str(output), "--no-parallel",
                                    "--no-first-record", "--no-peer"])
    assert done.exit_code == 0, done.output
    assert "tokenizer alone" in done.output
    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["pipeline"]["docs"] == len(ARTICLES) and data["parallel"] is None


def test_cli_refuses_a_missing_folder(tmp_path: Path) -> None:
    done = CliRunner().invoke(app, ["bench", str(tmp_path / "missing")])
    assert done.exit_code == 2 and "E201" in done.output


def test_cli_refuses_a_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / UNREADABLE).write_text("\n", encoding="utf-8")
    done = CliRunner().invoke(app, ["bench", str(tmp_path), "--no-parallel", "--no-first-record", "--no-peer"])
    assert done.exit_code == 2 and "E201" in done.output


def test_peer_sample_is_spread_over_the_texts() -> None:
    from trialnews_bench.benchmark import peer_sample

    texts = [str(i) for i in range(10)]
    assert peer_sample(texts, 5) == ["0", "2", "4", "6", "8"]
    assert peer_sample(texts, None) == texts and peer_sample(texts, 20) == texts


def test_a_missing_peer_is_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the bench extra, the peer step says what to install instead of a traceback."""
    import sys

    from trialnews_bench.benchmark import time_peer
    from trialnews.errors import TrialnewsError

    monkeypatch.setitem(sys.modules, "quantulum3", None)  # an import of it now fails
    with pytest.raises(TrialnewsError, match="E213.*--no-peer"):
        time_peer(["Pain fell by 30%."], tokens=5)
