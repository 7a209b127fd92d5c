"""The whole FakeHealth corpus (2,211 real health news stories) without a fault: no crash, no
invalid record, no value that is not grounded in its text. Slow (minutes): run with ``-m slow``.

The texts are third-party: they are read by path at run time from the shared data folder and
never copied into the repository; the test is skipped where the folder is absent. The check
itself is ``bench/corpus_check.py``, which prints the same figures from the command line.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

CORPUS = Path("/work/shared/data/fakehealth")
CHECK_SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "corpus_check.py"
#: The corpus holds 2,211 stories; fewer means the folder is not the one this test is about.
CORPUS_FILES = 2211


def load_check():  # noqa: ANN201 - the bench script, loaded as a module
    spec = importlib.util.spec_from_file_location("corpus_check", CHECK_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the FakeHealth corpus is not at {CORPUS}")
def test_whole_corpus_without_a_fault() -> None:
    check = load_check()
    report = check.check_corpus(CORPUS)
    print("\n" + check.format_report(report))
    assert report.files == CORPUS_FILES
    assert report.crashes == []
    assert report.invalid == []
    assert report.ungrounded == []
    assert report.records + sum(report.read_errors.values()) == report.files
    assert set(report.read_errors) <= {"E005"}, "only empty stories may fail to read"
