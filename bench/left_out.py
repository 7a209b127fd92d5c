"""Why gold results are missing: for each gold result whose value no predicted result holds, the
reason the results fact gave for leaving that number out (``facts.results.LEFT_OUT``, the same
reasons ``trialnews show --left-out`` prints).

    python bench/left_out.py FOLDER [FOLDER ...] [--list REASON]

Aggregate counts per folder (``trialnews eval -v`` prints the same reason after each missed
result): ``no value read`` when no value the results fact read holds the
number (written in words it cannot read, derived, or not a value span at all), ``kept, other
endpoint or arm`` when a kept value holds it (the scorer's other classes), else the left-out
reason. ``--list REASON`` prints, for that reason (a prefix), each missed value with its sentence.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from trialnews.engines.local import extract_files
from trialnews.evaluation.report import item_numbers, why_left_out

NO_VALUE = "no value read"
KEPT = "kept, other endpoint or arm"


def _values(gold: dict) -> list[float]:
    value = gold["value"]
    return [float(v) for v in (value if isinstance(value, list) else [value])]


def missed(folder: Path) -> list[tuple[str, dict, dict | None, str]]:
    """(reason, gold result, left-out item or None, article text) for every gold result of
    ``folder`` whose value no predicted result has."""
    found = []
    for outcome in extract_files([folder]):
        gold_path = Path(outcome.path).with_suffix(".gold.json")
        if outcome.record is None or not gold_path.exists():
            continue
        text = Path(outcome.path).read_text(encoding="utf-8", errors="replace")
        predicted = outcome.record.get("results") or []
        for gold in json.loads(gold_path.read_text()).get("results") or []:
            values = _values(gold)
            if any(abs(float(result["value"]) - v) < 1e-6 for result in predicted for v in values):
                continue
            why = why_left_out(gold, outcome.left_out or [])
            if why is not None:
                item = next(item for item in outcome.left_out if why.startswith(item["reason"])
                            and any(abs(n - v) < 1e-6 for n in item_numbers(item) for v in values))
                found.append((item["reason"], gold, item, text))
            elif any(any(abs(n - v) < 1e-6 for n in item_numbers({"text": result["evidence"]["text"]}) for v in values)
                     for result in predicted):
                found.append((KEPT, gold, None, text))
            else:
                found.append((NO_VALUE, gold, None, text))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--list", default=None, help="print the missed values of reasons starting with this")
    arguments = parser.parse_args()
    for folder in arguments.folders:
        rows = missed(folder)
        print(f"{folder}: {len(rows)} gold results whose value is in no predicted result")
        for reason, count in Counter(reason for reason, *_ in rows).most_common():
            print(f"{count:5d}  {reason}")
        for reason, gold, item, text in rows if arguments.list else ():
            if not reason.startswith(arguments.list):
                continue
            where = item["start"] if item else 0
            start = max(text.rfind(". ", 0, where) + 1, where - 200)
            print(f"- {reason} | {gold.get('endpoint')!r} {gold.get('arm')!r} {gold['value']} | "
                  + (" ".join(text[start:item['end'] + 120].split()) if item else ""))


if __name__ == "__main__":
    main()
