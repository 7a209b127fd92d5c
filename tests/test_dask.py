"""Tests for trialnews.engines.distributed: the Dask engine gives the local engine's records, exactly once.

The cluster tests share one LocalCluster of 2 single-threaded worker processes; they are skipped
when Dask is not installed (``pip install 'trialnews[dask]'``). The missing-Dask test always runs.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from trialnews.cli import app
from trialnews.engines.local import extract_text

SEED = Path(__file__).parents[1] / "corpus" / "000_fb80bf342d3ab39c.txt"
N_ARTICLES = 30
WORKERS = 2
PARTITION_SIZE = 4
"""Small partitions, so that the ~35 test files make several tasks per worker."""

DRUGS = ("zanubrutinib", "olaparib", "semaglutide", "dapagliflozin", "pembrolizumab", "tirzepatide")
CONDITIONS = ("multiple myeloma", "ovarian cancer", "type 2 diabetes", "heart failure", "melanoma", "obesity")
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + bytes(range(64))

runner = CliRunner()


def article(number: int) -> str:
    """A small made-up trial report, different numbers for every ``number``."""
    drug, condition = DRUGS[number % len(DRUGS)], CONDITIONS[number % len(CONDITIONS)]
    n_drug, n_placebo = 40 + 3 * number, 38 + 2 * number
    rate_drug, rate_placebo = 50 + number / 2, 40 + number / 3
    return (
        f"{drug.title()} Improves Outcomes in {condition.title()}: Trial {number}\n\n"
        f"By Dana Reyes - Last Updated: March {1 + number % 28}, 2023\n\n"
        f"In a double-blind, randomized, placebo-controlled phase {2 + number % 2} trial, {drug} improved "
        f"progression-free survival in patients with {condition}, investigators reported.\n\n"
        f"The trial enrolled {n_drug + n_placebo} patients, who were randomized to {drug} {10 + number} mg "
        f"(n={n_drug}) or placebo (n={n_placebo}).\n\n"
        f"The trial's primary endpoint: progression-free survival (PFS). At 12 months, PFS was {rate_drug:.1f}% "
        f"and {rate_placebo:.1f}% in the {drug} and placebo arms, respectively (hazard ratio 0.{60 + number}; "
        f"95% CI, 0.{40 + number}-0.{80 + number % 19}; P=.0{1 + number % 9}).\n\n"
        f"\u201cThese results support {drug} as a new option for {condition},\u201d the authors concluded.\n"
    )


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """~35 inputs: made-up articles, the corpus seed, a copy of it, and files that fail or are hidden."""
    folder = tmp_path_factory.mktemp("articles")
    for number in range(N_ARTICLES):
        sub = folder / ("a" if number % 2 else "b")
        sub.mkdir(exist_ok=True)
        (sub / f"article_{number:02d}.txt").write_text(article(number), encoding="utf-8")
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    (folder / "b" / "copy_of_seed.txt").write_bytes(SEED.read_bytes())
    (folder / "a" / "notes.md").write_text("# " + article(99), encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "image.txt").write_bytes(PNG_BYTES)
    (folder / ".hidden.txt").write_text(article(98), encoding="utf-8")
    return folder


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def by_path(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda item: (item["source"]["path"] if "source" in item else item["path"]))


@pytest.fixture(scope="module")
def local_run(articles: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict], list[dict]]:
    """Records and errors of the local engine on ``articles``."""
    out = tmp_path_factory.mktemp("local")
    result = runner.invoke(app, ["extract", str(articles), "-o", str(out / "records.jsonl"), "-q"])
    assert result.exit_code == 1, result.output  # empty.txt and image.txt fail
    return read_jsonl(out / "records.jsonl"), read_jsonl(out / "errors.jsonl")


@pytest.fixture(scope="module")
def cluster() -> Any:
    distributed = pytest.importorskip("distributed")
    pytest.importorskip("dask.bag")
    with distributed.LocalCluster(n_workers=WORKERS, processes=True, threads_per_worker=1,
                                  dashboard_address=":0") as local_cluster:
        yield local_cluster


@pytest.fixture(scope="module")
def client(cluster: Any) -> Any:
    from distributed import Client

    with Client(cluster) as connected:
        yield connected


def run_dask_cli(paths: list[str], output: Path, scheduler: str, *options: str) -> Any:
    return runner.invoke(app, ["extract", *paths, "-o", str(output), "-q", "--engine", "dask",
                               "--scheduler", scheduler, "--partition-size", str(PARTITION_SIZE), *options])


# --- The engine against the local one ----------------------------------------------------------


def test_dask_engine_gives_the_local_records(articles: Path, local_run: tuple, cluster: Any, tmp_path: Path) -> None:
    local_records, local_errors = local_run
    output = tmp_path / "records.jsonl"
    result = run_dask_cli([str(articles)], output, cluster.scheduler_address)
    assert result.exit_code == 1, result.output
    records, errors = read_jsonl(output), read_jsonl(tmp_path / "errors.jsonl")
    assert len(local_records) == N_ARTICLES + 3  # the articles, notes.md, the seed and its copy
    assert by_path(records) == by_path(local_records)
    assert records == local_records, "parts are merged in input order"
    assert by_path(errors) == by_path(local_errors)
    assert {error["code"] for error in errors} == {"E003", "E005"}
    assert not (tmp_path / "records.jsonl.parts").exists()


def test_killed_worker_loses_and_repeats_nothing(articles: Path, local_run: tuple, client: Any,
                                                 tmp_path: Path) -> None:
    """A worker dies (os._exit) in the middle of a partition: the partition is run again elsewhere."""
    from trialnews.engines.distributed import run_dask

    marker = tmp_path / "killed"
    victim = str(articles / "a" / "article_11.txt")
    client.register_plugin(kill_once_plugin(marker, victim), name="kill-once")
    try:
        summary = run_dask([articles], output=tmp_path / "records.jsonl", errors=tmp_path / "errors.jsonl",
                           client=client, partition_size=PARTITION_SIZE)
    finally:
        client.unregister_worker_plugin("kill-once")
    assert marker.exists(), "the worker was not killed"
    records = read_jsonl(tmp_path / "records.jsonl")
    assert by_path(records) == by_path(local_run[0])
    assert summary.records == len(records)
    assert sorted(item["path"] for item in read_jsonl(tmp_path / "errors.jsonl")) == sorted(
        item["path"] for item in local_run[1])


def kill_once_plugin(marker: Path, victim: str) -> Any:
    """A worker plugin that kills its worker once, after the first file of ``victim``'s partition.

    Defined in a function so that cloudpickle ships the class by value to the workers.
    """
    from distributed import WorkerPlugin

    class KillOnce(WorkerPlugin):
        def setup(self, worker: Any) -> None:
            import trialnews.engines.distributed as engine

            self.original = original = engine._partition_outcomes

            def outcomes(inputs: list, **options: Any) -> Any:
                for number, outcome in enumerate(original(inputs, **options)):
                    if number == 1 and any(item.path == victim for item in inputs) and not marker.exists():
                        marker.touch()
                        os._exit(1)
                    yield outcome

            engine._partition_outcomes = outcomes

        def teardown(self, worker: Any) -> None:
            import trialnews.engines.distributed as engine

            engine._partition_outcomes = self.original

    return KillOnce()


def test_resume_skips_done_files_from_output_and_parts(articles: Path, local_run: tuple, cluster: Any,
                                                       tmp_path: Path) -> None:
    output = tmp_path / "records.jsonl"
    first_half = articles / "a"
    assert runner.invoke(app, ["extract", str(first_half), "-o", str(output), "-q"]).exit_code == 0
    before = read_jsonl(output)

    result = run_dask_cli([str(articles)], output, cluster.scheduler_address, "--resume", "--no-merge")
    assert result.exit_code == 1, result.output
    parts = tmp_path / "records.jsonl.parts"
    in_parts = [record for part in sorted(parts.glob("*.records.jsonl")) for record in read_jsonl(part)]
    assert read_jsonl(output) == before, "--no-merge leaves OUTPUT alone"
    assert not {record["source"]["sha256"] for record in before} & {record["source"]["sha256"] for record in in_parts}

    result = run_dask_cli([str(articles)], output, cluster.scheduler_address, "--resume")
    assert result.exit_code == 1, result.output
    records = read_jsonl(output)
    assert by_path(records) == by_path(before + in_parts), "the second run found everything done"
    assert sorted(record["source"]["path"] for record in records) == sorted(
        record["source"]["path"] for record in local_run[0])
    assert not parts.exists()


def test_merge_after_a_merge_cut_short_adds_nothing_twice(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from trialnews.engines.distributed import merge_parts

    def record(name: str) -> dict[str, Any]:
        return {"source": {"path": name, "sha256": name * 8}, "warnings": []}

    output, errors, parts = tmp_path / "records.jsonl", tmp_path / "errors.jsonl", tmp_path / "records.jsonl.parts"
    parts.mkdir()
    output.write_text(json.dumps(record("a")) + "\n", encoding="utf-8")  # merged before the cut
    (parts / "run-p00000000.records.jsonl").write_text(json.dumps(record("a")) + "\n", encoding="utf-8")
    (parts / "run-p00000001.records.jsonl").write_text(json.dumps(record("b")) + "\n", encoding="utf-8")
    (parts / "run-p00000001.records.jsonl.0f.tmp").write_text('{"half', encoding="utf-8")
    errors.touch()
    assert merge_parts(parts, output=output, errors=errors) == 1
    assert [item["source"]["path"] for item in read_jsonl(output)] == ["a", "b"]
    assert not parts.exists()


def test_fsspec_urls_are_read_by_the_workers(articles: Path, local_run: tuple, cluster: Any, tmp_path: Path) -> None:
    url = (articles / "a").as_uri()
    result = run_dask_cli([url, url + "/missing.txt"], tmp_path / "records.jsonl", cluster.scheduler_address)
    assert result.exit_code == 1, result.output
    records = read_jsonl(tmp_path / "records.jsonl")
    expected = [record for record in local_run[0] if record["source"]["path"].startswith(str(articles / "a"))]
    assert [record["source"]["path"] for record in records] == [
        Path(record["source"]["path"]).as_uri() for record in expected]
    for got, want in zip(records, expected):
        assert {**got, "source": {**got["source"], "path": None}} == {
            **want, "source": {**want["source"], "path": None}}
    [missing] = read_jsonl(tmp_path / "errors.jsonl")
    assert (missing["path"], missing["code"]) == (url + "/missing.txt", "E001")


def test_local_cluster_is_started_without_a_scheduler(articles: Path, local_run: tuple, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from trialnews.engines.distributed import run_dask

    summary = run_dask([SEED], output=tmp_path / "records.jsonl", errors=tmp_path / "errors.jsonl", n_workers=1)
    [record] = read_jsonl(tmp_path / "records.jsonl")
    assert (summary.files, summary.records, record["source"]["path"]) == (1, 1, str(SEED))
    assert record["citation"]["doi"] == "10.1016/j.jtct.2022.07.007"


# --- A bag of texts ----------------------------------------------------------------------------


def test_extract_bag_gives_records_and_errors(client: Any) -> None:
    import dask.bag as db

    from trialnews.engines.distributed import extract_bag

    seed = SEED.read_text(encoding="utf-8")
    items = [("seed.txt", seed), article(3), ("blank.txt", " \n"), ("article_5.txt", article(5))]
    bag = db.from_sequence(items, npartitions=2)
    results = client.compute(extract_bag(bag)).result()
    assert len(results) == len(items)
    assert results[0] == extract_text(seed, path="seed.txt")
    assert results[1] == extract_text(article(3))
    assert results[1]["source"]["path"] == "<text>"
    assert {key: results[2][key] for key in ("path", "stage", "code")} == {"path": "blank.txt", "stage": "read",
                                                                           "code": "E005"}
    assert results[3] == extract_text(article(5), path="article_5.txt")
    assert {arm["n"] for arm in results[3]["arms"]} == {40 + 3 * 5, 38 + 2 * 5}


def test_extract_bag_refuses_other_items() -> None:
    db = pytest.importorskip("dask.bag")
    from trialnews.engines.distributed import extract_bag

    with pytest.raises(TypeError, match="strings or of \\(path, text\\) tuples"):
        extract_bag(db.from_sequence([42], npartitions=1)).compute(scheduler="sync")


# --- Without Dask --------------------------------------------------------------------------------


def test_dask_engine_without_dask_is_E208(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("dask", "dask.bag", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # "import dask" now raises ImportError
    monkeypatch.delitem(sys.modules, "trialnews.engines.distributed", raising=False)
    result = runner.invoke(app, ["extract", str(SEED), "-o", str(tmp_path / "records.jsonl"), "--engine", "dask"])
    assert result.exit_code == 2
    message = " ".join(result.output.split())  # unwrapped
    assert "[E208]" in message and "pip install 'trialnews[dask]'" in message
    assert not (tmp_path / "records.jsonl").exists()
