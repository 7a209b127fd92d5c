"""Comparisons: between-arm tests — effect estimates with CIs, p-values, relative changes.

Within a clause, an effect estimate (``HR 0.72``) takes the confidence interval that follows it
and the next p-value; a p-value with no estimate is a comparison of its own; a relative change
(``cut the risk by 28%``, ``a 13 percent lower risk``) is a comparison when its sentence names a
comparator (``versus``, ``than``, a control arm, ``risk``), and otherwise a within-group result.
The article's own words on significance (``no significant difference``) set ``significant``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..doctext import text_of
from ..errors import Warnings
from ..normalize import parse_ci, parse_number, parse_p_value
from .common import clause_bounds, evidence, sent, spans, state
from .linking import arm_mentions, endpoint_mentions, nearest_endpoint
from .results import Outcome, about_other_research, add_endpoint, outcome_at, within_group

#: Tokens after an estimate in which its confidence interval and p-value are looked for.
STAT_WINDOW = 25
_MEASURES = (("hazard ratio", "HR"), ("odds ratio", "OR"), ("incidence rate ratio", "IRR"), ("rate ratio", "IRR"),
             ("relative risk", "RR"), ("risk ratio", "RR"), ("ahr", "HR"), ("aor", "OR"), ("arr", "RR"),
             ("irr", "IRR"), ("hr", "HR"), ("or", "OR"), ("rr", "RR"))
_COMPARATOR = re.compile(r"(?i)\b(?:versus|vs\.?|compared|than|relative to|over|placebo|control|risk|odds|chance|"
                         r"likelihood|rate of)\b")
_NUMBER = re.compile(r"(?<![A-Za-z\d])(?:\d+(?:[.\u00b7]\d+)?|[.\u00b7]\d+)(?![A-Za-z])")  # not the 1 of "A1c"
_WORD_NUMBER = re.compile(r"(?i)\b([a-z]+(?:-[a-z]+)?)\s?(?:%|percent|per cent|days?|months?|weeks?|years?|hours?|"
                          r"minutes?)")
_DOWN = re.compile(r"(?i)\b(?:shorter|fewer|less|lower|shaved|cut|reduced|shortened|off)\b")


#: The number of a percentage inside a relative change: ``by 45%``, ``a 37 percent reduction``.
_PERCENT_NUMBER = re.compile(r"(?i)(?<![\w.])(\d+(?:[.,\u00b7]\d+)?)\s?-?\s?(?:%|percent\b|per cent\b)")


#: ``cut the risk of X by``: the outcome a verb of change acts on, written before ``by``.
_CHANGE_OBJECT = re.compile(r"(?i)^\w+\s+(?:the\s+)?(?:(?:risk|rate|rates|odds|chance|incidence|number|likelihood|"
                            r"frequency|occurrence)\s+of\s+)(?P<name>(?:[\w'\u2019-]+\s+){0,7}?[\w'\u2019-]+)\s+by\s")
#: The most words read as the outcome of a verb of change.
MAX_CHANGE_OBJECT_WORDS = 8


def _object_of_change(doc: Doc, change: Span) -> Outcome | None:
    """The outcome a relative change names as its object: ``cut the risk of HIV infection by
    44%``, ``cuts the rate of delivering before 33 weeks by 45%``."""
    match = _CHANGE_OBJECT.match(change.text)
    if match is None or len(match.group("name").split()) > MAX_CHANGE_OBJECT_WORDS:
        return None
    start = change.start_char + match.start("name")
    return outcome_at(text_of(doc), start, change.start_char + match.end("name"))


def _measure(text: str) -> str | None:
    lowered = text.lower()
    for phrase, measure in _MEASURES:
        if re.search(r"\b" + re.escape(phrase) + r"s?\b", lowered):
            return measure
    return None


def _first_number(text: str) -> float | None:
    """The first number in a span: digits, else a number word."""
    match = _NUMBER.search(text)
    if match:
        return parse_number(match.group())
    match = _WORD_NUMBER.search(text)
    return parse_number(match.group(1)) if match else None


def _significance(doc: Doc, sentence: Span) -> bool | None:
    cues = [s for s in spans(doc, "SIGNIFICANCE") if sent(s) == sentence]
    if any(c.id_ == "not-significant" for c in cues):
        return False
    return True if cues else None


def _arms_of(doc: Doc, sentence: Span, arms: list[dict]) -> list[str]:
    named: list[str] = []
    for mention in arm_mentions(doc):
        if sentence.start <= mention.start < sentence.end and mention.label_ not in named:
            named.append(mention.label_)
    controls = [a["label"] for a in arms if a["role"] == "control"]
    experimental = [a["label"] for a in arms if a["role"] != "control"]
    if len(named) == 1 and controls and named[0] not in controls:
        named.append(controls[0])
    elif len(named) == 1 and experimental and named[0] in controls:
        named.insert(0, experimental[0])
    elif not named and len(arms) == 2:
        named = experimental + controls
    return named[:2]


def _main_endpoint(doc: Doc) -> Span | None:
    """The endpoint stated as primary, else the first one the article names: what a headline
    effect without a named outcome is about."""
    mentions = endpoint_mentions(doc)
    names = _primary_names(doc)  # once, not once per mention
    return next((m for m in mentions if m.label_ in names), mentions[0] if mentions else None)


def _primary_names(doc: Doc) -> set[str]:
    return {e["name"] for e in state(doc).get("endpoints", []) if e["primary"]}


def _item(doc: Doc, anchor: Span, arms: list[dict], guessed: set[tuple[int, int]], *,
          after_first: bool = False) -> dict:
    """A comparison anchored on ``anchor``; ``guessed`` collects the anchors whose endpoint is
    the main endpoint by default rather than one named near them."""
    endpoint = nearest_endpoint(doc, anchor, after_first=after_first)
    if endpoint is None:
        guessed.add((anchor.start_char, anchor.end_char))
        endpoint = _main_endpoint(doc)
    return {
        "endpoint": endpoint.label_ if endpoint is not None else None,
        "arms": _arms_of(doc, sent(anchor), arms),
        "measure": None, "estimate": None, "ci_low": None, "ci_high": None, "ci_level": None,
        "p_value": None, "p_relation": None,
        "significant": _significance(doc, sent(anchor)),
        "evidence": evidence(anchor),
    }


def _widen(doc: Doc, item: dict, span: Span) -> None:
    start = min(item["evidence"]["start"], span.start_char)
    end = max(item["evidence"]["end"], span.end_char)
    item["evidence"] = evidence((start, end), doc, rule=item["evidence"]["rule"])


def _bracket_end(anchor: Span) -> int:
    """The token after the bracket that holds ``anchor`` (``(HR, 0.72; 95% CI ...; P = .002)``), or -1."""
    doc = anchor.doc
    depth = 0
    for i in range(anchor.start - 1, sent(anchor).start - 1, -1):
        if doc[i].text in (")", "]"):
            depth += 1
        elif doc[i].text in ("(", "["):
            if depth == 0:
                break
            depth -= 1
    else:
        return -1
    for j in range(anchor.end, sent(anchor).end):
        if doc[j].text in (")", "]"):
            return j + 1
    return -1


def _attach_p(doc: Doc, item: dict, anchor: Span, p_values: list[Span], used: set[int], warnings: list[str]) -> None:
    start, end = clause_bounds(sent(anchor), anchor.start)
    bracket_end = _bracket_end(anchor)
    limit = max(end + 2, bracket_end)
    for p in p_values:
        if p.start in used or not (anchor.end <= p.start <= anchor.end + STAT_WINDOW and p.start < limit):
            continue
        parsed = parse_p_value(p.text)
        if parsed is None:
            continue
        if not 0 <= parsed[0] <= 1:
            warnings.append(Warnings.W003.format(value=parsed[0], text=p.text))
            used.add(p.start)
            return
        item["p_value"], item["p_relation"] = parsed
        used.add(p.start)
        _widen(doc, item, p)
        return


def extract(doc: Doc) -> None:
    data = state(doc)
    arms = data.get("arms", [])
    warnings: list[str] = data["warnings"]
    p_values = spans(doc, "P_VALUE")
    cis = spans(doc, "CI")
    used_p: set[int] = set()
    guessed: set[tuple[int, int]] = set()
    comparisons = []
    for effect in spans(doc, "EFFECT"):
        item = _item(doc, effect, arms, guessed)
        item["measure"] = _measure(effect.text)
        after_name = re.split(r"(?i)ratios?|\bHR\b|\bOR\b|\bRR\b|\bIRR\b|\baHR\b|\baOR\b", effect.text, maxsplit=1)[-1]
        item["estimate"] = _first_number(after_name)
        ci = parse_ci(effect.text) or _inline_interval(after_name)
        if ci is None:
            following = next((c for c in cis if effect.end <= c.start <= effect.end + 4), None)
            if following is not None:
                ci = parse_ci(following.text)
                _widen(doc, item, following)
        if ci is not None:
            low, high, level = ci
            if item["estimate"] is not None and not low <= item["estimate"] <= high:
                warnings.append(Warnings.W004.format(low=low, high=high, estimate=item["estimate"], text=effect.text))
            else:
                item["ci_low"], item["ci_high"], item["ci_level"] = low, high, level or 95.0
        _attach_p(doc, item, effect, p_values, used_p, warnings)
        comparisons.append(item)
    for change in spans(doc, "REDUCTION", "INCREASE", "DIFFERENCE"):
        if change.label_ != "DIFFERENCE" and within_group(doc, change):
            continue
        if about_other_research(doc, sent(change)):
            continue  # "A second infection study ... found 41 percent fewer infections"
        item = _item(doc, change, arms, guessed, after_first=True)
        named = _object_of_change(doc, change)
        if named is not None:  # "cuts the rate of delivering before 33 weeks by 45%"
            item["endpoint"] = named[0]
            guessed.discard((change.start_char, change.end_char))
            add_endpoint(doc, state(doc), named)
        percent = _PERCENT_NUMBER.search(change.text)  # "cuts the rate of delivering before 33 weeks by 45%"
        number = parse_number(percent.group(1)) if percent and change.label_ != "DIFFERENCE" else _first_number(change.text)
        if change.label_ == "DIFFERENCE":
            item["measure"] = "difference"
            item["estimate"] = -number if number is not None and _DOWN.search(change.text) else number
        else:
            item["measure"] = "relative_reduction" if change.label_ == "REDUCTION" else "relative_increase"
            item["estimate"] = number
        if item["estimate"] is None:
            continue
        _attach_p(doc, item, change, p_values, used_p, warnings)
        comparisons.append(item)
    for p in p_values:
        if p.start in used_p:
            continue
        parsed = parse_p_value(p.text)
        if parsed is None:
            continue
        if not 0 <= parsed[0] <= 1:
            warnings.append(Warnings.W003.format(value=parsed[0], text=p.text))
            continue
        item = _item(doc, p, arms, guessed)
        item["p_value"], item["p_relation"] = parsed
        comparisons.append(item)
    data["comparisons"] = _without_restatements(comparisons, guessed)


def _without_restatements(comparisons: list[dict], guessed: set[tuple[int, int]]) -> list[dict]:
    """One item per effect: a lede's "slashed episodes by 87 percent" restates the body's "an 87
    percent reduction in exacerbations"; the statement that names its outcome is kept."""
    kept: dict[tuple, dict] = {}
    for item in comparisons:
        key = (item["measure"], item["estimate"], item["p_value"], item["ci_low"], item["ci_high"])
        if item["estimate"] is None or key not in kept:
            kept[key if item["estimate"] is not None else (id(item),)] = item
            continue
        earlier = kept[key]
        if _guessed(earlier, guessed) and not _guessed(item, guessed):
            kept[key] = item
    return sorted(kept.values(), key=lambda item: item["evidence"]["start"])


def _guessed(item: dict, guessed: set[tuple[int, int]]) -> bool:
    evidence = item["evidence"]
    return any(start >= evidence["start"] and end <= evidence["end"] for start, end in guessed)


def _inline_interval(text: str) -> tuple[float, float, None] | None:
    """``0.72 (0.61-0.85)``: an interval in brackets right after the estimate."""
    match = re.search(r"\(\s*(-?\d*[.\u00b7]?\d+)\s*(?:-|\u2013|\u2014|to|,)\s*(-?\d*[.\u00b7]?\d+)\s*\)", text)
    if not match:
        return None
    return parse_number(match.group(1)), parse_number(match.group(2)), None
