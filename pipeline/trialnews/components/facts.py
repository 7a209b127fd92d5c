"""One spaCy component per kind of fact, each a thin wrapper over ``trialnews.facts.<kind>``.

Every component reads the ruler's spans and writes its part of the record in progress to
``doc._.trialnews`` (plain data). ``trialnews_record`` then links and validates the whole and
sets ``doc._.record``. They run in this order: header, arms, endpoints, sizes, results,
comparisons, trial, conclusions, citation, record.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from ..facts import arms, citation, comparisons, conclusions, endpoints, header, results, sizes, trial
from ..errors import Errors, TrialnewsError
from ..facts.common import ensure_extension
from ..linking.outcomes import LINKERS as OUTCOME_LINKERS
from ..linking.values import GROUP_LINKERS
from .guard import Guarded


class FactComponent(Guarded):
    """Runs one fact extractor on a doc."""

    def __init__(self, name: str, extract: Callable[[Doc], None]) -> None:
        self.name = name
        self.extract = extract
        ensure_extension()

    def process(self, doc: Doc) -> None:
        self.extract(doc)


def _factory(kind: str, module, assigns: list[str], requires: list[str]):  # noqa: ANN001, ANN202
    name = f"trialnews_{kind}"

    def make(nlp: Language, name: str) -> FactComponent:
        return FactComponent(name, module.extract)

    make.__name__ = f"make_{kind}"
    make.__doc__ = (module.__doc__ or "").strip().split("\n", 1)[0]
    Language.factory(name, assigns=assigns, requires=requires)(make)
    return make


make_header = _factory("header", header, ["doc._.trialnews"], ["doc.spans"])
make_arms = _factory("arms", arms, ["doc._.trialnews", "doc.spans"], ["doc.spans", "token.is_sent_start"])
make_endpoints = _factory("endpoints", endpoints, ["doc._.trialnews", "doc.spans"], ["doc.spans"])
make_sizes = _factory("sizes", sizes, ["doc._.trialnews"], ["doc.spans"])
@Language.factory(
    "trialnews_results",
    assigns=["doc._.trialnews"],
    requires=["doc.spans", "token.is_sent_start"],
    default_config={"group_linkers": list(GROUP_LINKERS), "outcome_linkers": list(OUTCOME_LINKERS)},
)
def make_results(nlp: Language, name: str, group_linkers: list[str], outcome_linkers: list[str]) -> FactComponent:
    """Results: values linked to their group and outcome by the named linkers, tried in the
    order given (``trialnews.linking``); a linker left out of the list is not tried."""
    for setting, chosen, known in (("group_linkers", group_linkers, GROUP_LINKERS),
                                   ("outcome_linkers", outcome_linkers, OUTCOME_LINKERS)):
        unknown = [linker for linker in chosen if linker not in known]
        if unknown:
            raise TrialnewsError(Errors.E209, stage="config", value=unknown[0], setting=setting, component=name,
                                 allowed=", ".join(known))
    return FactComponent(name, partial(results.extract, group_linkers=tuple(group_linkers),
                                       outcome_linkers=tuple(outcome_linkers)))
make_comparisons = _factory("comparisons", comparisons, ["doc._.trialnews"], ["doc.spans"])
make_trial = _factory("trial", trial, ["doc._.trialnews"], ["doc.spans"])
make_conclusions = _factory("conclusions", conclusions, ["doc._.trialnews"], ["doc.spans"])
make_citation = _factory("citation", citation, ["doc._.trialnews"], ["doc.spans"])
