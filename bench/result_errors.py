"""Why predicted results are wrong: each result of a folder's records that matches no gold result
(RECORD.md's keys: endpoint, arm, value, unit), classed by what a gold result of the same number
says, and counted by the linkers that attached it (``evidence.links``).

    python bench/result_errors.py FOLDER [FOLDER ...] [--list CLASS]

Classes, in the order they are tried: ``value-not-in-gold`` (no gold result of the article has the
number: a background figure, another study's, a sample size read as a result), ``null-arm`` (a
gold result of the number and outcome names an arm where the record has none: the one-arm
convention of some curators, or a group the linkers could not tell), ``wrong-arm``,
``wrong-endpoint``, ``wrong-arm-and-endpoint``, and ``unit-or-repeat`` (arm and outcome agree:
the unit differs, or the gold result was matched by another prediction). ``bench/left_out.py``
is the other half: why the gold results a record misses were left out.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from trialnews.engines.local import extract_files
from trialnews.evaluation.scoring import (Synonyms, result_item, arm_agrees, endpoint_agrees, load_gold,
                                          match_items, spellings, values_agree)

CLASSES = ("value-not-in-gold", "null-arm", "wrong-arm", "wrong-endpoint", "wrong-arm-and-endpoint", "unit-or-repeat")


def error_class(pred: dict, golds: list[dict], synonyms: Synonyms) -> str:
    """The class (:data:`CLASSES`) of a predicted result that matches no gold result."""
    same = [gold for gold in golds if values_agree(pred.get("value"), gold.get("value"))]
    if not same:
        return "value-not-in-gold"
    arm = [arm_agrees(pred.get("arm"), gold.get("arm"), synonyms) for gold in same]
    endpoint = [endpoint_agrees(pred.get("endpoint"), gold.get("endpoint"), synonyms) for gold in same]
    if any(a and e for a, e in zip(arm, endpoint)):
        return "unit-or-repeat"
    if not spellings(pred.get("arm")) and any(e for e in endpoint):
        return "null-arm"
    if any(endpoint):
        return "wrong-arm"
    if any(arm):
        return "wrong-endpoint"
    return "wrong-arm-and-endpoint"


def wrong_results(folder: Path) -> list[tuple[str, str, dict]]:
    """(class, article name, predicted result) for every predicted result of ``folder`` that
    matches no gold result."""
    found = []
    for outcome in extract_files([folder]):
        gold_path = Path(outcome.path).with_suffix(".gold.json")
        if outcome.record is None or not gold_path.exists():
            continue
        gold = load_gold(gold_path)
        synonyms = Synonyms.of(outcome.record, gold)
        preds, golds = outcome.record.get("results") or [], gold.get("results") or []
        matched = set(match_items(preds, golds, lambda p, g: result_item(p, g, synonyms)).values())
        found += [(error_class(pred, golds, synonyms), Path(outcome.path).name, pred)
                  for j, pred in enumerate(preds) if j not in matched]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--list", metavar="CLASS", help="print the results of this class (a prefix) with their evidence")
    args = parser.parse_args()
    for folder in args.folders:
        found = wrong_results(folder)
        print(f"{folder}: {len(found)} predicted results that match no gold result")
        by_class = Counter(kind for kind, _, _ in found)
        for kind in CLASSES:
            if by_class[kind]:
                links = Counter(f"{(p['evidence'].get('links') or {}).get('arm')}/"
                                f"{(p['evidence'].get('links') or {}).get('endpoint')}"
                                for k, _, p in found if k == kind)
                print(f"  {by_class[kind]:4d}  {kind}   (arm/endpoint linkers: "
                      + ", ".join(f"{name} {n}" for name, n in links.most_common(4)) + ")")
        if args.list:
            for kind, name, pred in found:
                if kind.startswith(args.list):
                    print(f"- {kind} | {name} | {pred['value']} {pred.get('unit')} | arm {pred.get('arm')} | "
                          f"{pred.get('endpoint')} | {pred['evidence'].get('links')} | {pred['evidence']['text']!r}")


if __name__ == "__main__":
    main()
