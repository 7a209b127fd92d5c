"""Assembly: the facts found on a doc become one validated record.

Each fact writes its own part of the record in progress (``doc._.trialnews``); what one fact
finds for another's part is merged here first (:func:`merged_facts`): an arm without a size takes
the one sample size linked to it, the outcomes that results and comparisons name join the
endpoints, and the values read from a table replace those the prose rules found in it.

Nothing inconsistent is written silently. In this order:

1. each list item is validated on its own (``Arm``, ``Result``, ...): an item that breaks a rule
   of RECORD.md — a percentage above 100, a p-value above 1, a CI that does not contain its
   estimate, a number not written in its evidence, evidence that is not the text at its offsets —
   is dropped with ``W006``, which quotes its evidence;
2. in news, a value whose outcome is named only by words that judge (``better``, ``low``) is
   dropped with ``W006`` (abstracts keep it, as they keep a bare generic word); the names an article writes of one outcome become one endpoint (``risk of infection`` and
   ``infection rate`` are ``infection``: :func:`~trialnews.facts.endpoints.merge_spellings`), and a
   short name takes the one fuller form the article writes of it (``fractures`` where it writes
   ``hip fractures``: :func:`~trialnews.linking.fuller.name_by_fuller_forms`);
   results and comparisons name an endpoint by its abbreviation, and unused endpoints go;
3. a link to an arm that is not among the (valid) arms is dropped with ``W008``;
4. an arm size above the trial's total (randomized, else enrolled) is dropped with ``W005``;
5. a header field (``article``, ``trial``, ``citation``) that breaks its model is dropped with
   ``W009``, keeping the rest of the header; ``trial`` and ``citation`` take the evidence their facts
   found for their values (``evidence``: one per value, one per design tag, registry id and author),
   the evidence of a dropped value going with it, and evidence that is not the text at its offsets
   dropped with ``W009``.

What still fails after that is a bug, raised as ``E102`` for the file.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pydantic import BaseModel, ValidationError
from spacy.tokens import Doc

from .reading.doctext import text_of
from .reading.kind import is_abstract
from .resources import phrase_regex, word_set
from .scanning import compile_pattern
from .errors import Errors, TrialnewsError, Warnings
from .facts.arms import ARMS_CAP, MAX_ARMS, PLACEBO, POOLED_ARMS, is_inert
from .facts.common import DUMMY_CONTROL_LABELS, names_an_effect, state
from .facts.endpoints import merge_spellings, without_judgement_names
from .facts.results import ENDPOINT_PARTS, known_endpoints
from .facts.citation import CITATION_EVIDENCE
from .facts.sizes import arm_sizes
from .facts.trial import TRIAL_EVIDENCE, denied
from .facts.tables import with_table_results
from .linking.fuller import name_by_fuller_forms, name_changes_by_their_outcome
from .record import (
    HEADER_EVIDENCE_FIELDS,
    Arm,
    Article,
    Citation,
    Comparison,
    Conclusion,
    Endpoint,
    Record,
    Result,
    SampleSize,
    Trial,
    trial_total,
)

#: The rule of a single-arm design the assembler infers (:func:`_single_arm_design`): no words of its own.
SINGLE_ARM_INFERRED = "single-arm:inferred"
#: The words of a story that rule out an inferred single-arm design (:func:`_single_arm_design`).
SINGLE_ARM_BLOCKERS = "single_arm_blockers.txt"
#: The rule of a placebo arm the assembler takes from the trial's design (:func:`_placebo_of_design`).
PLACEBO_OF_DESIGN = "placebo-of-design"
#: The design tag that gives a placebo arm, and the word of its evidence the arm is quoted at.
PLACEBO_CONTROLLED = "placebo-controlled"
_PLACEBO_WORD = compile_pattern(rf"(?i)\b{PLACEBO}s?\b")
#: Nouns of studies in the plural: a tag written before one is about other trials
#: (``approved after three placebo-controlled trials``), not this one's arms.
OTHER_STUDY_PLURALS = "other_study_plurals.txt"
_NEXT_WORD = compile_pattern(r"\s+([\w-]+)")

ITEM_MODELS: dict[str, type[BaseModel]] = {
    "arms": Arm, "sample_sizes": SampleSize, "endpoints": Endpoint, "results": Result,
    "comparisons": Comparison, "conclusions": Conclusion,
}
HEADER_MODELS: dict[str, type[BaseModel]] = {"article": Article, "trial": Trial, "citation": Citation}
#: Characters of an item's evidence quoted in a warning.
QUOTE_CHARS = 120


def _reason(error: ValidationError) -> str:
    return "; ".join(e["msg"].removeprefix("Value error, ") for e in error.errors())


def _quote(item: object) -> str:
    """The start of an item's evidence text, for a warning ("" when it has none)."""
    evidence = item.get("evidence") if isinstance(item, dict) else None
    text = evidence.get("text") if isinstance(evidence, dict) else None
    return text[:QUOTE_CHARS] if isinstance(text, str) else ""


def valid_items(field: str, items: object, text: str, warnings: list[str]) -> list[dict[str, Any]]:
    """The items of ``field`` that validate against ``text``, as plain data; ``W006`` for the rest."""
    model = ITEM_MODELS[field]
    kept = []
    for item in items if isinstance(items, list) else []:
        try:
            valid = model.model_validate(item, context={"text": text})
        except ValidationError as error:
            warnings.append(Warnings.W006.format(field=field, reason=_reason(error), text=_quote(item)))
            continue
        kept.append(valid.model_dump(mode="json"))
    return kept


#: The state keys of the evidence of ``trial`` and ``citation`` (set by their facts), put in their ``evidence``.
HEADER_EVIDENCE = dict(zip(HEADER_EVIDENCE_FIELDS, (TRIAL_EVIDENCE, CITATION_EVIDENCE), strict=True))


def _with_evidence(field: str, data: dict[str, Any]) -> object:
    """The header ``field`` of the record in progress with the evidence its fact found for it."""
    value, found = data.get(field), data.get(HEADER_EVIDENCE.get(field, ""))
    if not isinstance(value, dict) or not isinstance(found, dict):
        return value
    return {**value, "evidence": {key: item for key, item in found.items() if item is not None}}


def _evidence_of_kept_values(header: dict[str, Any]) -> dict[str, Any]:
    """``header`` with the evidence of each value it no longer has (dropped with ``W009``) left out."""
    found = header.get("evidence")
    if not isinstance(found, dict):
        return header
    kept = {}
    for key, item in found.items():
        value = header.get(key)
        if isinstance(value, list):  # one evidence per registry id, design tag, author
            kept[key] = {name: words for name, words in (item or {}).items() if name in value}
        else:
            kept[key] = item if value is not None else None
    return {**header, "evidence": kept}


def valid_header(field: str, value: object, warnings: list[str], text: str | None = None) -> dict[str, Any] | None:
    """``article``, ``trial`` or ``citation`` as plain data, each value that breaks the model
    dropped with ``W009`` (set to its default: ``None`` or an empty list), and the evidence of a
    dropped value with it; an evidence that is not ``text`` at its offsets is dropped alone (``W009``),
    the value it was of and every other evidence kept."""
    if value is None and field == "citation":
        return None
    data = dict(value) if isinstance(value, dict) else {}
    model = HEADER_MODELS[field]
    context = {"text": text} if text is not None else None
    # Each repair removes one value or one evidence item, so there are at most as many repairs as those.
    for _ in range(1 + _repairable(data)):
        try:
            return _evidence_of_kept_values(model.model_validate(data, context=context).model_dump(mode="json"))
        except ValidationError as error:
            problem = error.errors()[0]
            _drop_at(data, problem["loc"], field, problem["msg"].removeprefix("Value error, "), warnings)
    return model().model_dump(mode="json")


def _repairable(data: dict[str, Any]) -> int:
    """How many values and evidence items ``data`` holds: one per list entry, one per other value,
    one per evidence item (one per value, and one per author, registry id and design tag)."""
    count = sum(len(v) if isinstance(v, list) else 1 for v in data.values())
    found = data.get("evidence")
    for item in found.values() if isinstance(found, dict) else ():
        count += len(item) if isinstance(item, dict) and "rule" not in item else 1  # keyed by name, or one value's
    return count


def _drop_at(data: dict[str, Any], location: tuple[int | str, ...], field: str, reason: str,
             warnings: list[str]) -> None:
    """Remove the value at ``location`` (a key, or a key and a list index) from ``data``."""
    key = location[0] if location else None
    if key not in data:  # a model-level rule: nothing to point at, so the whole header goes
        warnings.append(Warnings.W009.format(field=field, value=dict(data), reason=reason))
        data.clear()
        return
    value = data[key]
    if _drop_evidence_item(data, location, field, reason, warnings):
        return
    if len(location) > 1 and isinstance(value, list) and isinstance(location[1], int) \
            and location[1] < len(value):
        warnings.append(Warnings.W009.format(field=f"{field}.{key}", value=value[location[1]], reason=reason))
        data[key] = value[:location[1]] + value[location[1] + 1:]
        return
    warnings.append(Warnings.W009.format(field=f"{field}.{key}", value=value, reason=reason))
    del data[key]


def _drop_evidence_item(data: dict[str, Any], location: tuple[int | str, ...], field: str, reason: str,
                        warnings: list[str]) -> bool:
    """Remove the one evidence item (a dict with its ``rule``: one value's, one author's, one
    registry id's) that holds ``location``, so that one bad evidence leaves the others, and the
    values, in place; False where ``location`` is in no such item."""
    if not location or location[0] != "evidence":
        return False
    node = data
    for depth, step in enumerate(location):
        if not isinstance(node, dict) or step not in node:
            return False
        parent, node = node, node[step]
        if isinstance(node, dict) and "rule" in node:  # the item: "evidence.journal", "evidence.authors.A B"
            path = ".".join(str(each) for each in location[:depth + 1])
            warnings.append(Warnings.W009.format(field=f"{field}.{path}", value=node, reason=reason))
            del parent[step]
            return True
    return False


def _endpoint_names(data: dict[str, Any]) -> None:
    """Results and comparisons name an endpoint by its abbreviation when it has one; only
    endpoints with a number or marked primary are kept."""
    endpoints = data["endpoints"]
    short = {e["name"]: e["abbreviation"] or e["name"] for e in endpoints}
    for item in data["results"] + data["comparisons"]:
        if item["endpoint"] in short:
            item["endpoint"] = short[item["endpoint"]]
    used = {item["endpoint"] for item in data["results"] + data["comparisons"]}
    data["endpoints"] = [e for e in endpoints if e["primary"] or (e["abbreviation"] or e["name"]) in used]


def _unreported_pooled_arms(data: dict[str, Any], pooled: list[str]) -> None:
    """A drug whose doses are arms of their own (``facts/arms.py``) is an arm itself only when a
    result, size or comparison is reported for its doses together: otherwise the doses are the arms."""
    named = {item["arm"] for field in ("results", "sample_sizes") for item in data[field]}
    named |= {arm for comparison in data["comparisons"] for arm in comparison["arms"]}
    data["arms"] = [arm for arm in data["arms"] if arm["label"] not in pooled or arm["label"] in named]


def _known_arms(data: dict[str, Any], warnings: list[str]) -> None:
    """Links to arms that are not among the arms: a per-arm sample size is dropped (it would
    otherwise read as the whole trial's), a result keeps its value for all patients, a
    comparison keeps its other arms. Each is a ``W008``."""
    labels = {arm["label"] for arm in data["arms"]}

    def unknown(field: str, item: dict[str, Any], arm: str, action: str) -> None:
        warnings.append(Warnings.W008.format(field=field, arm=arm, action=action, text=_quote(item)))

    sizes = []
    for size in data["sample_sizes"]:
        if size["arm"] is not None and size["arm"] not in labels:
            unknown("sample_sizes", size, size["arm"], "sample size dropped")
        else:
            sizes.append(size)
    data["sample_sizes"] = sizes
    for result in data["results"]:
        if result["arm"] is not None and result["arm"] not in labels:
            unknown("results", result, result["arm"], "result kept for all patients")
            result["arm"] = None
    for comparison in data["comparisons"]:
        for arm in comparison["arms"]:
            if arm not in labels:
                unknown("comparisons", comparison, arm, "arm left out of the comparison")
        comparison["arms"] = [arm for arm in comparison["arms"] if arm in labels]


def _consistent_arms(data: dict[str, Any], warnings: list[str]) -> None:
    """Arm sizes above the trial's total (:func:`~trialnews.record.trial_total`) dropped with ``W005``."""
    total = trial_total((s["n"], s["population"], s["arm"]) for s in data["sample_sizes"])
    if total is None:
        return
    for arm in data["arms"]:
        if arm["n"] is not None and arm["n"] > total:
            warnings.append(Warnings.W005.format(arm=arm["label"], n=arm["n"], total=total, text=_quote(arm)))
            arm["n"] = None


def merged_facts(doc: Doc, data: dict[str, Any]) -> dict[str, Any]:
    """The record in progress with what one fact found for another's part merged in: arms' sizes
    from the sample sizes (:func:`~trialnews.facts.sizes.arm_sizes`, which sets them on the arms),
    endpoints from results and comparisons (in that order), table values in place of prose ones."""
    arm_sizes(doc, data.get("arms") or [], data.get("sample_sizes") or [])
    merged = {key: value for key, value in data.items() if key not in ENDPOINT_PARTS}
    merged["endpoints"] = known_endpoints(data)
    tables = data.get("tables") or {}
    merged["results"] = with_table_results(data.get("results") or [], tables.get("results") or [],
                                           tables.get("ranges") or [])
    return merged


def record_data(doc: Doc, source: dict[str, Any]) -> dict[str, Any]:
    """The record of a processed doc as plain data, every inconsistency dropped with a warning."""
    data = merged_facts(doc, state(doc))
    warnings: list[str] = [str(warning) for warning in data.get("warnings") or []]
    text = text_of(doc)
    items = {field: valid_items(field, data.get(field) or [], text, warnings) for field in ITEM_MODELS}
    for field, item in without_judgement_names(items) if not is_abstract(doc) else ():
        warnings.append(Warnings.W006.format(field=field, reason=f"its outcome {item['endpoint']!r} names no "
                                             "outcome, only a judgement", text=_quote(item)))
    merge_spellings(items)
    # a short name the article writes in full elsewhere takes that name (in an abstract, only a measure or "of" phrase)
    renamed = name_by_fuller_forms(doc, items, premodified=not is_abstract(doc))
    name_changes_by_their_outcome(items, renamed)
    merge_spellings(items)
    _endpoint_names(items)
    _unreported_pooled_arms(items, data.get(POOLED_ARMS) or [])
    _known_arms(items, warnings)
    _consistent_arms(items, warnings)
    header = {field: valid_header(field, _with_evidence(field, data), warnings, text) for field in HEADER_MODELS}
    _single_arm_design(doc, header, items, warnings)
    _placebo_of_design(doc, header, items, data.get(ARMS_CAP) or MAX_ARMS, warnings)
    return {"source": source, **header, **items, "warnings": warnings}


#: Design tags that say the trial set its treated people beside others: no single-arm inferred.
_NOT_SINGLE_ARM = frozenset({"randomized", "placebo-controlled", "crossover", "observational", "non-inferiority",
                             "double-blind", "single-blind", "single-arm"})


@cache
def _single_arm_blockers() -> re.Pattern[str]:
    return compile_pattern(rf"(?i)\b{phrase_regex(SINGLE_ARM_BLOCKERS)}\b")


NO_CONTROL_WORDS = "no_control_words.txt"


def _sets_beside_others(doc: Doc) -> bool:
    """Whether a word of the story sets the trial's people beside others
    (``single_arm_blockers.txt``), other than a word told as absent, as a design word is
    (:func:`trialnews.facts.trial.denied`: "the study was not randomized", "there was no placebo
    group", "lacked a control group": ``design_negations.txt`` and ``no_control_words.txt``, with
    only function words between), or a placebo named as an effect ("could be a placebo effect":
    ``placebo_effect_nouns.txt``), which a story of a single-arm trial writes of its own trial."""
    lacking = frozenset(word for word in word_set(NO_CONTROL_WORDS) if " " not in word)
    for match in _single_arm_blockers().finditer(text_of(doc)):
        words = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if words is None:
            return True
        if words[-1].lower_ in word_set(DUMMY_CONTROL_LABELS) and names_an_effect(doc, words.end):
            continue  # "the relief could be a placebo effect"
        if denied(doc, words, also=lacking):
            continue  # "the study was not randomized", "it lacked a control group"
        return True
    return False


def _single_arm_design(doc: Doc, header: dict[str, Any], items: dict[str, list], warnings: list[str]) -> None:
    """A news record of one tested arm, with results or a phase, no comparison and no other design
    tag, in a story that never sets its people beside others (``patterns/single_arm_blockers.txt``:
    randomized, placebo, control group, compared with, cohort, ...), is of a single-arm trial: its
    design gets ``single-arm``, as a curator infers it (news-dev's gold tags such a trial so though
    the story never writes the word), with warning W021 saying it was inferred."""
    arms, trial = items.get("arms") or [], header.get("trial")
    if is_abstract(doc) or len(arms) != 1 or arms[0].get("role") != "experimental" or items.get("comparisons"):
        return
    if not (items.get("results") or trial and trial.get("phase")):
        return
    if trial and _NOT_SINGLE_ARM & set(trial.get("design") or []) or _sets_beside_others(doc):
        return
    trial = header["trial"] = dict(trial or {})
    trial["design"] = [*(trial.get("design") or []), "single-arm"]
    found = dict(trial.get("evidence") or {})
    found["design"] = {**(found.get("design") or {}), "single-arm": {"start": None, "end": None, "text": None,
                                                                     "rule": SINGLE_ARM_INFERRED}}
    trial["evidence"] = found
    warnings.append(Warnings.W021.format(arm=arms[0]["label"]))


def _placebo_of_design(doc: Doc, header: dict[str, Any], items: dict[str, list], cap: int,
                       warnings: list[str]) -> None:
    """A trial the story calls placebo-controlled has a placebo arm, as a curator lists it, even
    where the story names the placebo only in the design's words (``a placebo-controlled trial``,
    ``half took a placebo``): a record of news or a press release tagged ``placebo-controlled``
    that has a tested arm and no control (inert, ``inert_control_words.txt``, or other) gets the arm
    ``placebo`` (role control; rule ``placebo-of-design``), quoted at the word ``placebo`` of the
    tag's evidence. Not where that evidence has no such word (a ``sugar pill``) or is followed by a
    noun of studies in the plural (``after three placebo-controlled trials``: other trials,
    ``other_study_plurals.txt``), nor past the arms' ``cap`` (``max_arms``), nor in an abstract,
    whose design words are as often its background's (``proven in placebo-controlled trials``), nor
    in a record of no tested arm (a story of a review). Values are not linked to it here: the
    results were linked before, to the arms the arms fact found."""
    trial, arms = header.get("trial"), items.get("arms") or []
    if is_abstract(doc) or not trial or len(arms) >= cap or not any(arm.get("role") == "experimental" for arm in arms):
        return
    if any(arm.get("role") == "control" or is_inert(arm["label"]) for arm in arms):
        return
    words = ((trial.get("evidence") or {}).get("design") or {}).get(PLACEBO_CONTROLLED) or {}
    word = _PLACEBO_WORD.search(words.get("text") or "")
    if word is None or words.get("start") is None:
        return
    text = text_of(doc)
    after = _NEXT_WORD.match(text, words["end"])
    if after is not None and after.group(1).lower() in word_set(OTHER_STUDY_PLURALS):
        return
    start, end = words["start"] + word.start(), words["start"] + word.end()
    arm = {"label": PLACEBO, "intervention": PLACEBO, "role": "control",
           "evidence": {"start": start, "end": end, "text": text[start:end], "rule": PLACEBO_OF_DESIGN}}
    items["arms"] = [*arms, *valid_items("arms", [arm], text, warnings)]


def assemble(doc: Doc, source: dict[str, Any]) -> Record:
    """The validated record of a processed doc; raises ``E102`` if it cannot be made valid."""
    data = record_data(doc, source)
    try:
        return Record.model_validate(data, context={"text": text_of(doc)})
    except ValidationError as error:
        raise TrialnewsError(Errors.E102, path=source.get("path", "<text>"), reason=_reason(error)) from error
