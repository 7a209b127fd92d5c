"""Where an abstract's arms cost the PICO percentages: the records' arm counts, the arms that name
no gold group, and why each gold percentage is missed or found with the wrong role.

    python bench/pico_arms.py PICO_FOLDER [--scorer /work/shared/eval/pico.py] [--list REASON]

PICO_FOLDER holds ``.txt`` abstracts and their BRAT ``.ann`` gold (``pico.py split``); the
abstracts are extracted here (the left-out reasons are not in the records). The gold is read and
matched exactly as the scorer does (its ``gold_of``, ``number`` and ``label_hit``). Printed:

- the arm-count distribution, and for each count how many gold percentages the records miss;
- the arms whose label and intervention match no gold intervention or control text, by the
  ``links.assigned`` and rule of their evidence (which rule makes the extra arms);
- each missed gold percentage by the reason the results fact left its number out
  (``facts.results.LEFT_OUT``; ``groupless``: a value of a trial of several arms whose group the
  linkers cannot tell), by the record's arm count;
- each gold percentage found only on an arm of the other role, by the roles and the arm count;
- each missed gold per-arm size (``intervention-participants``, ``control-participants``: not among
  the sizes with an arm nor the arms' ``n``, as ``arm_n_recall`` counts them) by what became of its
  number: ``size never read`` (in no sample size), ``size read, no arm`` (a sample size without an
  arm), ``size dropped (W005)`` (an arm size above the trial's total, dropped with that warning);
  ``--list`` lists these too.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
from collections import Counter
from pathlib import Path
from string import Formatter

from trialnews.engines.local import extract_files
from trialnews.errors import Warnings
from trialnews.evaluation.report import why_left_out

PERCENT_LABELS = (("iv-bin-percent", "experimental"), ("cv-bin-percent", "control"))
NO_VALUE = "no value read"
OTHER_UNIT = "kept, not as a percentage"
SIZE_LABELS = ("intervention-participants", "control-participants")
SIZE_UNREAD = "size never read"
SIZE_NO_ARM = "size read, no arm"
SIZE_DROPPED = "size dropped (W005)"


def _catalogue_pattern(message: str) -> re.Pattern[str]:
    """A warning of the error catalogue as a regex, each ``{field}`` of its format a named group, so
    that a reworded message in ``trialnews.errors`` is followed here."""
    parts = []
    for literal, field, _, _ in Formatter().parse(message):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append(rf"(?P<{field}>.*?)" if f"(?P<{field}>" not in "".join(parts) else ".*?")
    return re.compile("".join(parts) + "$", re.S)


def _dropped_size(warning: str) -> float | None:
    """The arm size of a W005 warning (an arm size above the trial's total, dropped), else None."""
    found = _catalogue_pattern(Warnings.W005).match(warning)
    try:
        return float(found["n"]) if found else None
    except ValueError:
        return None


def size_missed(n: float, record: dict) -> str:
    """What became of a gold per-arm size the record does not give an arm: dropped as above the
    trial's total (W005), read as a size without an arm, or never read as a size."""
    if any(_dropped_size(warning) == n for warning in record.get("warnings") or []):
        return SIZE_DROPPED
    if any(s.get("n") is not None and float(s["n"]) == n for s in record.get("sample_sizes") or []):
        return SIZE_NO_ARM
    return SIZE_UNREAD


def _scorer(path: Path):  # noqa: ANN202 - the scorer module
    spec = importlib.util.spec_from_file_location("pico_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scorer", type=Path, default=Path("/work/shared/eval/pico.py"))
    parser.add_argument("--list", default=None, help="print the missed percentages of reasons starting with this")
    arguments = parser.parse_args()
    pico = _scorer(arguments.scorer)
    counts: Counter[int] = Counter()
    missed_by_count: Counter[int] = Counter()
    extra: Counter[tuple[str, str]] = Counter()
    all_arms: Counter[tuple[str, str]] = Counter()
    reasons: Counter[tuple[str, int]] = Counter()
    wrong: Counter[tuple[str, str, int]] = Counter()
    listed = []
    sizes: Counter[str] = Counter()
    size_total = 0
    for outcome in extract_files([arguments.folder]):
        ann = Path(outcome.path).with_suffix(".ann")
        if outcome.record is None or not ann.exists():
            continue
        gold, record = pico.gold_of(ann), outcome.record
        arms = record.get("arms") or []
        counts[len(arms)] += 1
        groups = set(gold.get("intervention", [])) | set(gold.get("control", []))
        for arm in arms:
            kind = ((arm["evidence"].get("links") or {}).get("assigned") or "-", arm["evidence"].get("rule") or "-")
            all_arms[kind] += 1
            if groups and not any(pico.label_hit(text, [arm]) for text in groups):
                extra[kind] += 1
        roles = {str(arm.get("label", "")).lower(): arm.get("role") for arm in arms}
        arm_n = {float(s["n"]) for s in record.get("sample_sizes") or [] if s.get("arm") and s.get("n") is not None} \
            | {float(arm["n"]) for arm in arms if arm.get("n") is not None}
        for n in {pico.number(x) for label in SIZE_LABELS for x in gold.get(label, [])} - {None}:
            size_total += 1
            if n not in arm_n:
                why = size_missed(n, record)
                sizes[why] += 1
                listed.append((why, ann.stem, n, [arm["label"] for arm in arms]))
        percents = [r for r in record.get("results") or [] if str(r.get("unit", "")).strip() in ("%", "percent")]
        values = {r["value"] for r in record.get("results") or [] if r.get("value") is not None}
        for label, role in PERCENT_LABELS:
            for value in {pico.number(x) for x in gold.get(label, [])} - {None}:
                hits = [r for r in percents if r.get("value") is not None and abs(float(r["value"]) - value) < 1e-9]
                if not hits:
                    missed_by_count[len(arms)] += 1
                    why = why_left_out({"value": value}, outcome.left_out or []) \
                        or (OTHER_UNIT if value in values else NO_VALUE)
                    reasons[(why, len(arms))] += 1
                    listed.append((why, ann.stem, value, [arm["label"] for arm in arms]))
                elif not any(roles.get(str(r.get("arm", "")).lower()) == role for r in hits):
                    given = "/".join(sorted({str(roles.get(str(r.get("arm", "")).lower())) for r in hits}))
                    wrong[(role, given, len(arms))] += 1
    print(f"{arguments.folder}: {sum(counts.values())} records")
    print("arms  records  missed gold percentages")
    for n in sorted(counts):
        print(f"{n:4d}  {counts[n]:7d}  {missed_by_count[n]:5d}")
    print("\narms matching no gold group text / all arms, by links.assigned and rule")
    for kind, n in all_arms.most_common():
        print(f"{extra[kind]:5d} / {n:5d}  {kind[0]} {kind[1]}")
    print("\nmissed gold percentages by reason (and by the record's arm count)")
    totals: Counter[str] = Counter()
    for (why, _), n in reasons.items():
        totals[why] += n
    for why, n in totals.most_common():
        by = ", ".join(f"{count} arms: {reasons[(why, count)]}" for count in sorted(counts) if reasons[(why, count)])
        print(f"{n:5d}  {why}  ({by})")
    print("\ngold percentages found only on an arm of another role: gold role, arms' roles, arm count")
    for (role, given, n), count in sorted(wrong.items(), key=lambda item: -item[1]):
        print(f"{count:5d}  {role} <- {given}  ({n} arms)")
    print(f"\nmissed gold per-arm sizes: {sum(sizes.values())} of {size_total}")
    for why, n in sizes.most_common():
        print(f"{n:5d}  {why}")
    for why, stem, value, labels in listed if arguments.list else ():
        if why.startswith(arguments.list):
            print(f"- {why} | {stem} {value} | arms: {labels}")


if __name__ == "__main__":
    main()
