"""Output equivalence check for speed work: the same records and spans before and after a change.

    python bench/equivalence.py --out BEFORE.jsonl [FOLDER ...]
    python bench/equivalence.py --compare BEFORE.jsonl AFTER.jsonl

The first form runs the pipeline over every article of the folders (by default the news-dev
gold set and the FakeHealth corpus, ``../shared/data/news-dev`` and ``../shared/data/fakehealth``
from the repository root), the way ``trialnews extract`` does (``extract_files``, one process),
with the record component keeping the rule spans (``keep_spans``). It writes one JSON line per
file: the path, the record (or the error) exactly as ``extract_files`` gives it, the sentence
starts (character offsets), and every span of ``doc.spans`` as ``[start_char, end_char, label,
id_]`` per group.

The second form compares two such files file by file and reports, per part (record, error,
sentences, each span group), how many files differ, with the first few differences. Its exit
status is 1 when anything differs or a file is in one output only.

Only the standard library and trialnews are used.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FOLDERS = (REPO / "../shared/data/news-dev", REPO / "../shared/data/fakehealth")
SHOWN_DIFFERENCES = 10
"""Differences printed in full by ``--compare``; the rest are only counted."""


def doc_entry(doc: Any) -> dict[str, Any]:
    """The sentence starts and every span group of a doc, as plain data."""
    spans = {label: [[span.start_char, span.end_char, span.label_, span.id_] for span in group]
             for label, group in sorted(doc.spans.items())}
    sentences = [sentence.start_char for sentence in doc.sents] if doc.has_annotation("SENT_START") else []
    return {"sentences": sentences, "spans": spans}


def run(folders: Sequence[Path]) -> Iterator[dict[str, Any]]:
    """One entry per file under ``folders``: path, record, error, sentence starts and spans."""
    from trialnews.engines.local import Outcome, extract_files
    from trialnews.nlp import make_nlp

    nlp = make_nlp()
    nlp.get_pipe("trialnews_record").keep_spans = True
    seen: list[dict[str, Any]] = []

    def keep(doc: Any) -> Any:
        seen.append(doc_entry(doc))
        return doc

    nlp.add_pipe("trialnews_equivalence_probe", last=True)
    probe_callbacks.append(keep)
    for outcome in extract_files([str(folder) for folder in folders], nlp=nlp):
        assert isinstance(outcome, Outcome)
        entry: dict[str, Any] = {"path": outcome.path, "record": outcome.record, "error": outcome.error}
        if outcome.error is None or outcome.error.get("stage") != "read":
            entry.update(seen.pop(0))
        else:  # a read error: its placeholder doc went through the pipeline too
            seen.pop(0)
        yield entry


probe_callbacks: list = []


def _register_probe() -> None:
    from spacy.language import Language

    @Language.component("trialnews_equivalence_probe")
    def probe(doc: Any) -> Any:
        for callback in probe_callbacks:
            callback(doc)
        return doc


def write(folders: Sequence[Path], out: Path) -> int:
    _register_probe()
    started = time.perf_counter()
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for entry in run(folders):
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} files written to {out} in {time.perf_counter() - started:.1f} s")
    return 0


def _load(path: Path) -> dict[str, dict[str, Any]]:
    entries = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            entry = json.loads(line)
            entries[entry["path"]] = entry
    return entries


def _parts(entry: dict[str, Any]) -> dict[str, str]:
    """Each compared part of an entry, serialised (so equality is byte equality)."""
    parts = {name: json.dumps(entry.get(name), ensure_ascii=False)
             for name in ("record", "error", "sentences")}
    for label, spans in (entry.get("spans") or {}).items():
        parts[f"spans[{label}]"] = json.dumps(spans, ensure_ascii=False)
    return parts


def compare(before_path: Path, after_path: Path) -> int:
    before, after = _load(before_path), _load(after_path)
    only = sorted(set(before) ^ set(after))
    differing_files = 0
    by_part: Counter[str] = Counter()
    shown: list[str] = []
    for path in sorted(set(before) & set(after)):
        a, b = _parts(before[path]), _parts(after[path])
        differs = False
        for name in sorted(set(a) | set(b)):
            if a.get(name) != b.get(name):
                differs = True
                by_part[name] += 1
                if len(shown) < SHOWN_DIFFERENCES:
                    shown.append(f"{path}: {name}\n  before: {str(a.get(name))[:300]}\n  after:  {str(b.get(name))[:300]}")
        differing_files += differs
    compared = len(set(before) & set(after))
    print(f"{compared} files compared, {differing_files} differ, {len(only)} in one output only")
    for name, count in by_part.most_common():
        print(f"  {name}: {count} files")
    for line in shown:
        print(line)
    for path in only[:SHOWN_DIFFERENCES]:
        print(f"only in {'before' if path in before else 'after'}: {path}")
    return 1 if differing_files or only else 0


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n\n".join(__doc__.split("\n\n")[1:]))
    parser.add_argument("folders", nargs="*", type=Path, help="folders or files to run (default: news-dev and "
                                                               "FakeHealth)")
    parser.add_argument("--out", type=Path, help="write the outputs of the current code to this JSONL file")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"),
                        help="compare two outputs written with --out")
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        parser.error("give --out FILE to write outputs, or --compare BEFORE AFTER")
    return write(args.folders or [folder.resolve() for folder in DEFAULT_FOLDERS], args.out)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
