"""How a range or an interval is written: the pieces every rule that reads one shares.

The readers that use them: the ``ci``, ``effect-estimate`` and ``effect-for-outcome`` rules of
``patterns/statistics.jsonl`` (through the ruler's ``{DASH}`` and ``{LEVEL}`` placeholders: ``HR
0.80 (0.66‒0.97)``), the reader of an interval's bounds and level (``normalize.parse_ci``), the
interval in brackets right after an estimate (``facts.comparisons``: ``0.72 (0.61-0.85)``), the
interval aside that keeps a clause whole (``facts.common``: ``86% (95% CI: 77-92%) in the X group``)
and the interval passed between the two values of a pair (``linking.groups``: ``53% [95% CI,
49%-58%] vs 42%``). Written once here, so that a dash or a level one of them reads, the others read
too.
"""

from __future__ import annotations

#: The dashes that join a range's two numbers: the hyphen-minus and every dash from U+2010 (hyphen)
#: to U+2015 (horizontal bar): ``1.3-3.1``, ``1.3\u20133.1`` (en dash), ``1.3\u20143.1`` (em dash).
RANGE_DASH = r"[-\u2010-\u2015]"
#: A minus sign before a bound: the hyphen-minus or U+2212 (``-0.4 to -0.1``, ``\u22120.4``).
MINUS = r"[-\u2212]"
#: The digits of a confidence level before its decimals: ``95``, ``90``, ``99.5`` (the Lancet's
#: middle dot too: ``99\u00b75``).
LEVEL_DIGITS = 2
#: A confidence level without its percent sign.
LEVEL = rf"\d{{{LEVEL_DIGITS}}}(?:[.\u00b7]\d+)?"
#: The placeholders of a regex rule (``patterns/*.jsonl``) that stand for the pieces above.
PLACEHOLDERS = {"{DASH}": RANGE_DASH, "{LEVEL}": LEVEL}


def fill(pattern: str) -> str:
    """``pattern`` with its ``{DASH}`` and ``{LEVEL}`` placeholders filled."""
    for slot, regex in PLACEHOLDERS.items():
        pattern = pattern.replace(slot, regex)
    return pattern
