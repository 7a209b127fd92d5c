"""One spaCy component per kind of fact, each a thin wrapper over ``trialnews.facts.<kind>``.

Every component reads the ruler's spans and writes its part of the record in progress to
``doc._.trialnews`` (plain data, under its own key). ``trialnews_record`` then links and
validates the whole and sets ``doc._.record``. They run in this order: header, arms, endpoints,
sizes, results, comparisons, trial, conclusions, citation, record.

Each factory ``make_<kind>`` is typed by its fact's settings (``trialnews.facts.<kind>.Settings``,
a frozen dataclass whose defaults are the module's named constants): every field is a setting of
the component's config, so ``nlp.config`` shows it, and the component hands the frozen settings
to the fact's ``extract``. Lexicon settings name files of ``patterns/``.

What each fact reads and writes is declared (``requires``/``assigns``), so that
``nlp.analyze_pipes()`` catches a component put before one whose output it needs. A fact's part
of the record is declared as its own extension, ``doc._.trialnews_<key>`` (a read-only view of
``doc._.trialnews[key]``: spaCy declares custom attributes one level deep).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, fields
from functools import partial
from inspect import Parameter, Signature
from typing import Any, get_type_hints

from spacy.language import Language
from spacy.tokens import Doc

from ..facts import arms, citation, comparisons, conclusions, endpoints, header, results, sizes, trial
from ..errors import Errors, TrialnewsError
from ..facts.arms import ARMS_CAP, POOLED_ARMS
from ..facts.citation import CITATION_EVIDENCE
from ..facts.trial import TRIAL_EVIDENCE
from ..facts.common import EXTENSION, ensure_extension
from ..facts.results import COMPARISON_ENDPOINTS, LEFT_OUT, RESULT_ENDPOINTS
from ..linking.values import ENDPOINT_LINKERS, GROUP_LINKERS
from ..resources import exists
from .guard import Guarded

#: The keys of the record in progress (``doc._.trialnews``) a fact writes, each declared as the
#: extension ``doc._.trialnews_<key>``.
FACT_KEYS = ("article", "arms", POOLED_ARMS, ARMS_CAP, "endpoints", "sample_sizes", "results", RESULT_ENDPOINTS, LEFT_OUT, "tables",
             "comparisons", COMPARISON_ENDPOINTS, "trial", TRIAL_EVIDENCE, "conclusions", "citation", CITATION_EVIDENCE)
#: The suffix of a setting that names a lexicon of ``patterns/``.
LEXICON_SUFFIXES = (".txt", ".json", ".jsonl")


def fact_attribute(key: str) -> str:
    """The declared attribute of one fact's part of the record: ``doc._.trialnews_arms``."""
    return f"doc._.{EXTENSION}_{key}"


def ensure_fact_extensions() -> None:
    """``doc._.trialnews_<key>`` for every key of :data:`FACT_KEYS`: what the fact wrote, or ``None``."""
    ensure_extension()
    for key in FACT_KEYS:
        if not Doc.has_extension(f"{EXTENSION}_{key}"):
            Doc.set_extension(f"{EXTENSION}_{key}", getter=partial(_fact_part, key))


def _fact_part(key: str, doc: Doc) -> Any:
    return (doc._.get(EXTENSION) or {}).get(key)


class FactComponent(Guarded):
    """Runs one fact extractor on a doc."""

    def __init__(self, name: str, extract: Callable[[Doc], None]) -> None:
        self.name = name
        self.extract = extract
        ensure_fact_extensions()

    def process(self, doc: Doc) -> None:
        self.extract(doc)


#: The kinds of value a setting may hold, by its annotation (a float setting takes an int too).
SETTING_KINDS: dict[type, tuple[type, ...]] = {int: (int,), float: (int, float), str: (str,)}


def build_settings(settings_type: type, component: str, config: dict[str, Any]) -> Any:
    """The frozen settings of ``component`` from its config: ``E214`` for a value of the wrong kind
    (``"12"`` for a number), a negative number, or a lexicon that ``patterns/`` does not hold."""
    hints = get_type_hints(settings_type)
    for setting, value in config.items():
        kinds = SETTING_KINDS.get(hints.get(setting), (object,))
        if not isinstance(value, kinds) or isinstance(value, bool):
            raise TrialnewsError(Errors.E214, stage="config", value=value, setting=setting, component=component,
                                 reason=f"expected {hints.get(setting).__name__}")
        if isinstance(value, (int, float)) and value < 0:
            raise TrialnewsError(Errors.E214, stage="config", value=value, setting=setting, component=component,
                                 reason="a window, cap or share cannot be negative")
        if isinstance(value, str) and value.endswith(LEXICON_SUFFIXES) and not exists(value):
            raise TrialnewsError(Errors.E214, stage="config", value=value, setting=setting, component=component,
                                 reason="no such lexicon in patterns/")
    return settings_type(**config)


def settings_parameters(settings_type: type) -> list[Parameter]:
    """The typed keyword parameters of a factory that takes the fields of ``settings_type``."""
    hints = get_type_hints(settings_type)
    return [Parameter(field.name, Parameter.KEYWORD_ONLY, annotation=hints[field.name])
            for field in fields(settings_type)]


_NLP_AND_NAME = [Parameter("nlp", Parameter.POSITIONAL_OR_KEYWORD, annotation=Language),
                 Parameter("name", Parameter.POSITIONAL_OR_KEYWORD, annotation=str)]


def _factory(kind: str, module: Any, *, assigns: list[str], requires: list[str]) -> Callable[..., FactComponent]:
    """Register ``trialnews_<kind>``: its config is the fields of ``module.Settings`` (none if the
    module has no settings), given to ``module.extract`` as one frozen object."""
    settings_type = getattr(module, "Settings", None)

    def make(nlp: Language, name: str, **config: Any) -> FactComponent:
        if settings_type is None:
            return FactComponent(name, module.extract)
        return FactComponent(name, partial(module.extract, settings=build_settings(settings_type, name, config)))

    make.__name__ = make.__qualname__ = f"make_{kind}"
    make.__doc__ = (module.__doc__ or "").strip().split("\n", 1)[0]
    parameters = settings_parameters(settings_type) if settings_type is not None else []
    make.__signature__ = Signature([*_NLP_AND_NAME, *parameters], return_annotation=FactComponent)  # type: ignore[attr-defined]
    default_config = asdict(settings_type()) if settings_type is not None else {}
    Language.factory(f"trialnews_{kind}", assigns=assigns, requires=requires, default_config=default_config)(make)
    return make


SPANS = "doc.spans"
SENTENCES = "token.is_sent_start"
STATE = f"doc._.{EXTENSION}"
ARMS, ENDPOINTS, RESULTS, ARTICLE = (fact_attribute(key) for key in ("arms", "endpoints", "results", "article"))

make_header = _factory("header", header, assigns=[STATE, ARTICLE], requires=[SPANS])
make_arms = _factory("arms", arms, assigns=[STATE, ARMS, fact_attribute(POOLED_ARMS), fact_attribute(ARMS_CAP), SPANS],
                     requires=[SPANS, SENTENCES])
make_endpoints = _factory("endpoints", endpoints, assigns=[STATE, ENDPOINTS, SPANS], requires=[SPANS, SENTENCES])
# A fact that reads the arms' mentions (``doc.spans["ARM_MENTION"]``, which spaCy cannot declare
# by key) requires the arms, which the same component writes. The sizes write the arms too: the
# groups an abstract lists with their sizes (``facts.allocation.group_sizes``) become arms, with
# their mentions in ``doc.spans["ARM_MENTION"]`` and the roles settled again.
make_sizes = _factory("sizes", sizes, assigns=[STATE, fact_attribute("sample_sizes"), ARMS, SPANS],
                      requires=[SPANS, SENTENCES, ARMS])


def make_results(nlp: Language, name: str, group_linkers: list[str], outcome_linkers: list[str],
                 **config: Any) -> FactComponent:
    """Results: values linked to their group and outcome by the named linkers, tried in the
    order given (``trialnews.linking``); a linker left out of the list is not tried."""
    for setting, chosen, known in (("group_linkers", group_linkers, GROUP_LINKERS),
                                   ("outcome_linkers", outcome_linkers, ENDPOINT_LINKERS)):
        unknown = [linker for linker in chosen if linker not in known]
        if unknown:
            raise TrialnewsError(Errors.E209, stage="config", value=unknown[0], setting=setting, component=name,
                                 allowed=", ".join(known))
    return FactComponent(name, partial(results.extract, group_linkers=tuple(group_linkers),
                                       outcome_linkers=tuple(outcome_linkers),
                                       settings=build_settings(results.Settings, name, config)))


make_results.__signature__ = Signature([  # type: ignore[attr-defined]
    *_NLP_AND_NAME, Parameter("group_linkers", Parameter.KEYWORD_ONLY, annotation=list[str]),
    Parameter("outcome_linkers", Parameter.KEYWORD_ONLY, annotation=list[str]),
    *settings_parameters(results.Settings)], return_annotation=FactComponent)
Language.factory(
    "trialnews_results",
    assigns=[STATE, RESULTS, fact_attribute(RESULT_ENDPOINTS), fact_attribute(LEFT_OUT)],  # an outcome named beside a value is an endpoint too
    requires=[SPANS, SENTENCES, ARMS, ENDPOINTS],
    default_config={"group_linkers": list(GROUP_LINKERS), "outcome_linkers": list(ENDPOINT_LINKERS),
                    **asdict(results.Settings())},
)(make_results)

# Comparisons read the results (a p-value after two groups' values tests them); they write the
# values of tables (which replace the prose results inside them) and the outcomes a change names.
make_comparisons = _factory("comparisons", comparisons,
                            assigns=[STATE, fact_attribute("comparisons"), fact_attribute("tables"),
                                     fact_attribute(COMPARISON_ENDPOINTS)],
                            requires=[SPANS, SENTENCES, ARMS, ENDPOINTS, RESULTS, fact_attribute(RESULT_ENDPOINTS)])
make_trial = _factory("trial", trial, assigns=[STATE, fact_attribute("trial"), fact_attribute(TRIAL_EVIDENCE)],
                      requires=[SPANS, SENTENCES, ARMS])
# Conclusions read the outcomes the endpoints and results name (a finding in words names one).
make_conclusions = _factory("conclusions", conclusions, assigns=[STATE, fact_attribute("conclusions")],
                            requires=[SPANS, SENTENCES, ARMS, ENDPOINTS, RESULTS])
make_citation = _factory("citation", citation, assigns=[STATE, fact_attribute("citation"), fact_attribute(CITATION_EVIDENCE)],
                         requires=[SPANS, SENTENCES, ARTICLE])
#: What the record component needs: every fact's part of the record.
RECORD_REQUIRES = [STATE, *(fact_attribute(key) for key in FACT_KEYS)]
