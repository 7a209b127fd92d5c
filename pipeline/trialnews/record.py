"""The trial record (``shared/RECORD.md``) as strict Pydantic v2 models.

``Record.model_validate(data, context={"text": text})`` also checks that every evidence offset
points at its quoted words and that every number of an item appears in its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from .normalize import number_in_text

SCHEMA_VERSION = "2"
"""2: ``trial.evidence`` and ``citation.evidence`` (the words and rule of each header value) added."""

DESIGN_TAGS = (
    "randomized", "double-blind", "single-blind", "open-label", "placebo-controlled",
    "multicenter", "crossover", "non-inferiority", "single-arm", "observational",
)
PHASES = ("1", "1/2", "2", "2/3", "3", "4")
MEASURES = ("HR", "OR", "RR", "IRR", "relative_reduction", "relative_increase", "difference")
PERCENT_MAX = 100.0
#: Whole-trial populations that bound an arm's size, in order of preference (RECORD.md: arm ``n``
#: not above the trial's randomized/enrolled count).
TOTAL_POPULATIONS = ("randomized", "enrolled")
P_RELATIONS = ("=", "<", "<=", ">", ">=")
#: What kind of text the article is (``trialnews.reading.kind``).
TEXT_KINDS = ("structured-abstract", "abstract", "press-release", "news")
#: Bounds no p-value can have: below 0 (``P < 0``, ``P ≤ 0``; a p-value is never 0) or above 1.
IMPOSSIBLE_P_VALUES = frozenset({("<", 0.0), ("<=", 0.0), (">", 1.0)})


def _probability(value: float | None) -> float | None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise ValueError(f"p-value {value} is outside 0-1")
    return value


MAX_EXACT_COUNT = 2**53 - 1
"""The largest whole number a float (as JSON readers and the number parser hold numbers) stores
exactly, JavaScript's ``Number.MAX_SAFE_INTEGER``: a count written above it would be read as a
different number, so it is refused rather than written wrong."""


def _exact_count(value: int) -> int:
    if value > MAX_EXACT_COUNT:
        raise ValueError(f"count above {MAX_EXACT_COUNT}, too large to be read exactly: not the number written")
    return value


Probability = Annotated[float | None, AfterValidator(_probability)]
PositiveInt = Annotated[int, Field(gt=0), AfterValidator(_exact_count)]


def trial_total(sizes: Iterable[tuple[int, str, str | None]]) -> int | None:
    """The trial's size from its sample sizes given as (n, population, arm): the largest
    whole-trial randomized count, else the largest enrolled count, else ``None``."""
    sizes = list(sizes)
    for population in TOTAL_POPULATIONS:
        found = [n for n, kind, arm in sizes if arm is None and kind == population]
        if found:
            return max(found)
    return None


class Strict(BaseModel):
    # No unknown fields, and no infinite or NaN number (JSON cannot hold them: they would be
    # written as null and the record would no longer validate when read back).
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class Evidence(Strict):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    rule: str | None = None
    #: Which linker attached the item to each of its slots (``{"arm": "respectively-list",
    #: "endpoint": "noun-phrase-before"}``): how a curator sees why a value went where it did.
    links: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _points_at_text(self, info: ValidationInfo) -> Evidence:
        if self.end <= self.start:
            raise ValueError(f"evidence [{self.start}:{self.end}] is empty: it must quote some words")
        text = (info.context or {}).get("text")
        if text is not None and self.end > len(text):
            raise ValueError(f"evidence end {self.end} is past the end of the text ({len(text)} characters)")
        if text is not None and text[self.start:self.end] != self.text:
            raise ValueError(
                f"evidence [{self.start}:{self.end}] is {text[self.start:self.end]!r}, not {self.text!r}"
            )
        return self


class Grounded(Strict):
    """An item with evidence; the numbers it names must be written in that evidence."""

    evidence: Evidence

    def _numbers(self) -> list[float]:
        return []

    @model_validator(mode="after")
    def _numbers_in_evidence(self) -> Grounded:
        for value in self._numbers():
            if value is not None and not number_in_text(value, self.evidence.text):
                raise ValueError(f"{value} does not appear in its evidence {self.evidence.text!r}")
        return self


class Source(Strict):
    path: str
    sha256: str
    chars: int = Field(ge=0)
    encoding: str | None = None
    format: str | None = None
    #: ``structured-abstract``, ``abstract``, ``press-release`` or ``news`` (null: not analysed).
    kind: Literal[TEXT_KINDS] | None = None  # type: ignore[valid-type]


class Article(Strict):
    title: str | None = None
    author: str | None = None
    published: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")


class ValueEvidence(Strict):
    """Where a header value (``trial``, ``citation``) was found: the words at ``start:end`` and the
    rule or step that read them. A value inferred with no words of its own (a single-arm design
    the assembler infers, a year taken from the article's date) has ``rule`` alone: no offsets."""

    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    text: str | None = None
    rule: str

    @model_validator(mode="after")
    def _points_at_text(self, info: ValidationInfo) -> ValueEvidence:
        placed = (self.start is not None, self.end is not None, self.text is not None)
        if any(placed) and not all(placed):
            raise ValueError(f"evidence of {self.rule!r} has start, end and text together or none of them")
        if self.start is None:
            return self
        if self.end <= self.start:
            raise ValueError(f"evidence [{self.start}:{self.end}] is empty: it must quote some words")
        text = (info.context or {}).get("text")
        if text is not None and (self.end > len(text) or text[self.start:self.end] != self.text):
            raise ValueError(f"evidence [{self.start}:{self.end}] is not {self.text!r} in the text")
        return self


class TrialEvidence(Strict):
    """The evidence of each value of ``trial``: one per registry id and per design tag, keyed by it."""

    name: ValueEvidence | None = None
    registry_ids: dict[str, ValueEvidence] = Field(default_factory=dict)
    phase: ValueEvidence | None = None
    design: dict[str, ValueEvidence] = Field(default_factory=dict)
    condition: ValueEvidence | None = None


class Trial(Strict):
    name: str | None = None
    registry_ids: list[str] = []
    phase: Literal[PHASES] | None = None  # type: ignore[valid-type]
    design: list[Literal[DESIGN_TAGS]] = []  # type: ignore[valid-type]
    condition: str | None = None
    #: Where each value was found and by which rule (schema 2).
    evidence: TrialEvidence = Field(default_factory=TrialEvidence)


class Arm(Grounded):
    label: str
    #: The other names the article gives the arm's treatment (a brand, the generic name, a code:
    #: ``Keytruda`` for the arm ``pembrolizumab``); results written with any of them are the arm's.
    aliases: list[str] = Field(default_factory=list)
    intervention: str | None = None
    dose: str | None = None
    role: Literal["experimental", "control"] | None = None
    n: PositiveInt | None = None

    def _numbers(self) -> list[float]:
        return [] if self.n is None else [self.n]


class SampleSize(Grounded):
    n: PositiveInt
    population: str
    arm: str | None = None

    def _numbers(self) -> list[float]:
        return [self.n]


class Endpoint(Grounded):
    name: str
    abbreviation: str | None = None
    primary: bool = False


class Result(Grounded):
    endpoint: str
    arm: str | None = None
    value: float
    unit: str | None = None
    statistic: str | None = None
    timepoint: str | None = None

    def _numbers(self) -> list[float]:
        return [self.value]

    @model_validator(mode="after")
    def _percent_range(self) -> Result:
        if self.unit == "%" and not 0.0 <= self.value <= PERCENT_MAX:
            raise ValueError(f"percentage {self.value} is outside 0-100")
        return self


class Comparison(Grounded):
    endpoint: str | None = None
    arms: list[str] = []
    measure: Literal[MEASURES] | None = None  # type: ignore[valid-type]
    estimate: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    ci_level: float | None = None
    p_value: Probability = None
    p_relation: Literal[P_RELATIONS] | None = None  # type: ignore[valid-type]
    significant: bool | None = None

    def _numbers(self) -> list[float]:
        return [v for v in (self.estimate, self.ci_low, self.ci_high, self.p_value) if v is not None]

    @model_validator(mode="after")
    def _ci_ordered(self) -> Comparison:
        if (self.ci_low is None) != (self.ci_high is None):
            raise ValueError(f"CI has one bound only ({self.ci_low}, {self.ci_high})")
        bounds = [v for v in (self.ci_low, self.estimate, self.ci_high) if v is not None]
        if self.ci_low is not None and self.ci_high is not None and bounds != sorted(bounds):
            if self.estimate is None:
                raise ValueError(f"CI {self.ci_low}-{self.ci_high} has its low bound above its high bound")
            raise ValueError(f"CI {self.ci_low}-{self.ci_high} does not contain {self.estimate}")
        if self.ci_level is not None and not 0 < self.ci_level < PERCENT_MAX:
            raise ValueError(f"CI level {self.ci_level} is outside 0-100")
        if (self.p_value is None) != (self.p_relation is None):
            raise ValueError(f"p-value {self.p_value} and relation {self.p_relation!r} must come together")
        if (self.p_relation, self.p_value) in IMPOSSIBLE_P_VALUES:
            raise ValueError(f"p-value {self.p_relation} {self.p_value} is impossible (a p-value lies in 0-1)")
        return self


class Conclusion(Grounded):
    text: str
    attribution: Literal["authors", "investigators", "article"]


class CitationEvidence(Strict):
    """The evidence of each value of ``citation``: one per author, keyed by the author."""

    authors: dict[str, ValueEvidence] = Field(default_factory=dict)
    et_al: ValueEvidence | None = None
    title: ValueEvidence | None = None
    journal: ValueEvidence | None = None
    year: ValueEvidence | None = None
    doi: ValueEvidence | None = None


class Citation(Strict):
    authors: list[str] = []
    et_al: bool | None = None
    title: str | None = None
    journal: str | None = None
    year: int | None = Field(default=None, ge=1800, le=2200)
    doi: str | None = None
    #: Where each value was found and by which rule (schema 2).
    evidence: CitationEvidence = Field(default_factory=CitationEvidence)


class Record(Strict):
    schema_version: str = SCHEMA_VERSION
    source: Source
    article: Article = Article()
    trial: Trial = Trial()
    arms: list[Arm] = []
    sample_sizes: list[SampleSize] = []
    endpoints: list[Endpoint] = []
    results: list[Result] = []
    comparisons: list[Comparison] = []
    conclusions: list[Conclusion] = []
    citation: Citation | None = None
    warnings: list[str] = []

    @model_validator(mode="after")
    def _consistent(self) -> Record:
        labels = {arm.label for arm in self.arms}
        for result in self.results:
            if result.arm is not None and result.arm not in labels:
                raise ValueError(f"result names arm {result.arm!r}, which is not in arms")
        for comparison in self.comparisons:
            for arm in comparison.arms:
                if arm not in labels:
                    raise ValueError(f"comparison names arm {arm!r}, which is not in arms")
        for size in self.sample_sizes:
            if size.arm is not None and size.arm not in labels:
                raise ValueError(f"sample size names arm {size.arm!r}, which is not in arms")
        total = self.total_n()
        if total is not None:
            for arm in self.arms:
                if arm.n is not None and arm.n > total:
                    raise ValueError(f"arm {arm.label!r} has n={arm.n}, above the trial's total {total}")
        return self

    def total_n(self) -> int | None:
        """The trial's randomized (else enrolled) count, when the record states one."""
        return trial_total((s.n, s.population, s.arm) for s in self.sample_sizes)


# --- Auditing a written record ----------------------------------------------------------------

#: The numeric fields of each list item that must be written in the item's evidence.
#: ``ci_level`` is left out: RECORD.md lets a CI without a stated level read as 95%.
GROUNDED_NUMBERS: dict[str, tuple[str, ...]] = {
    "arms": ("n",),
    "sample_sizes": ("n",),
    "results": ("value",),
    "comparisons": ("estimate", "ci_low", "ci_high", "p_value"),
}
EVIDENCE_FIELDS = ("arms", "sample_sizes", "endpoints", "results", "comparisons", "conclusions")


def validation_problem(record: dict, text: str) -> str | None:
    """Why ``record`` (plain JSON data) fails :class:`Record` validation against ``text``, or ``None``."""
    try:
        Record.model_validate(record, context={"text": text})
    except ValueError as error:  # pydantic.ValidationError is a ValueError
        return str(error)
    return None


def grounding_problems(record: dict, text: str) -> list[str]:
    """Every evidence or number of ``record`` not grounded in ``text``, checked without the models.

    An independent audit of what :class:`Record` validation promises: each item's evidence
    offsets lie inside ``text`` and its ``text`` is that slice, and each number of
    :data:`GROUNDED_NUMBERS` is written in its evidence (:func:`~trialnews.normalize.number_in_text`).
    """
    problems = []
    for field in EVIDENCE_FIELDS:
        for index, item in enumerate(record.get(field) or []):
            where = f"{field}[{index}]"
            evidence = item.get("evidence") or {}
            start, end, quoted = evidence.get("start"), evidence.get("end"), evidence.get("text")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
                problems.append(f"{where}: evidence [{start}:{end}] is outside the text of {len(text)} characters")
                continue
            if text[start:end] != quoted:
                problems.append(f"{where}: evidence [{start}:{end}] is {text[start:end]!r}, not {quoted!r}")
            for name in GROUNDED_NUMBERS.get(field, ()):
                value = item.get(name)
                if value is not None and not number_in_text(value, text[start:end]):
                    problems.append(f"{where}.{name}: {value} is not written in its evidence {text[start:end]!r}")
    for header in HEADER_EVIDENCE_FIELDS:
        for key, value, evidence in header_evidence(record.get(header) or {}):
            problems.extend(_header_problem(f"{header}.{key}", value, evidence, text))
    return problems


#: The headers whose values carry evidence (``trial.evidence``, ``citation.evidence``).
HEADER_EVIDENCE_FIELDS = ("trial", "citation")
#: Header values whose evidence quotes cue words rather than the value itself ("phase III" for
#: ``3``; "neither patients nor doctors knew" for ``double-blind``; "et al" for ``et_al``).
CUE_EVIDENCE = frozenset({"trial.phase", "trial.design", "citation.et_al"})
#: The header field whose values may be written without the comma their evidence has between the
#: surname and the initials: an author written surname first ("Berg A.C." at "Berg, A.C.";
#: :func:`_written_surname_first`).
SURNAME_FIRST_FIELD = "citation.authors"


def header_evidence(header: dict, *, listed_only: bool = False) -> list[tuple[str, object, object]]:
    """Each value of a header with evidence, as (its field, the value, its evidence): one per
    registry id, design tag and author of a list field. The audit takes every evidence a list field
    holds; with ``listed_only`` (the writers), only the values still in the list, in its order."""
    found = header.get("evidence") or {}
    pairs = []
    for key, evidence in found.items():
        if isinstance(evidence, dict) and isinstance(header.get(key), list):  # one per id, tag, author
            values = [value for value in header[key] if value in evidence] if listed_only else list(evidence)
            pairs.extend((key, value, evidence[value]) for value in values)
        elif evidence or (evidence is not None and not listed_only):  # the audit reports an empty one
            pairs.append((key, header.get(key), evidence))
    return pairs


def _squeezed(text: str) -> str:
    return "".join(text.split()).lower()


def _header_problem(where: str, value: object, evidence: object, text: str) -> list[str]:
    """Why one header value's evidence is not grounded: offsets outside ``text``, a quote that is not
    the text there, or (but for cue words, :data:`CUE_EVIDENCE`) a value not written in it."""
    if not isinstance(evidence, dict) or not evidence.get("rule"):
        return [f"{where}: evidence {evidence!r} names no rule"]
    start, end, quoted = evidence.get("start"), evidence.get("end"), evidence.get("text")
    if start is None and end is None and quoted is None:
        return []  # a value inferred with no words of its own, which its rule says
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return [f"{where}: evidence [{start}:{end}] is outside the text of {len(text)} characters"]
    if text[start:end] != quoted:
        return [f"{where}: evidence [{start}:{end}] is {text[start:end]!r}, not {quoted!r}"]
    if where not in CUE_EVIDENCE and value is not None and _squeezed(str(value)) not in _squeezed(quoted) \
            and not (where.startswith(SURNAME_FIRST_FIELD) and _written_surname_first(str(value), quoted)):
        return [f"{where}: {value!r} is not written in its evidence {quoted!r}"]
    return []


#: An author's value written surname first: the surname, a space, then its initials, the words of
#: capitals (with their stops or hyphens) that end it ("Berg A.C.", "Roth J. C.", "Li K-H.", "Lee JS").
_SURNAME_THEN_INITIALS = re.compile(r"(?P<surname>.+?)\s+(?P<initials>[A-Z][A-Z.\-]*(?:\s+[A-Z][A-Z.\-]*)*)")


def surname_and_initials(value: str) -> tuple[str, str] | None:
    """An author's value read as written surname first ("Des Marais T." as ``("Des Marais", "T.")``),
    or None for a name with no initials at its end ("Anna Berg")."""
    parts = _SURNAME_THEN_INITIALS.fullmatch(value.strip())
    return (parts.group("surname"), parts.group("initials")) if parts is not None else None


def _written_surname_first(value: str, quoted: str) -> bool:
    """Whether ``quoted`` is exactly the author ``value`` ("Berg A.C.") as a reference writes it
    surname first: its surname, a comma, then its initials ("Berg, A.C."), and nothing more."""
    parts = surname_and_initials(value)
    if parts is None:
        return False
    surname, initials = parts
    return re.fullmatch(rf"{re.escape(surname)}\s*,\s*{re.escape(initials)}", quoted.strip()) is not None
