"""The fact components' factories: typed settings in ``nlp.config``, handed to the facts; checked
values; declared ``requires``/``assigns`` that ``nlp.analyze_pipes()`` can check and that hold."""

from __future__ import annotations

import copy
from dataclasses import asdict, fields

import pytest
import spacy
from confection import ConfigValidationError
from spacy.language import Language

from trialnews.components.facts import FACT_KEYS
from trialnews.errors import TrialnewsError
from trialnews.engines.local import extract_text
from trialnews.facts import arms, citation, comparisons, conclusions, endpoints, header, results, sizes, trial
from trialnews.nlp import PIPES, make_nlp

from .helpers import article

SETTINGS = {"trialnews_header": header, "trialnews_arms": arms, "trialnews_endpoints": endpoints,
            "trialnews_sizes": sizes, "trialnews_results": results, "trialnews_comparisons": comparisons,
            "trialnews_conclusions": conclusions, "trialnews_trial": trial, "trialnews_citation": citation}


@pytest.mark.parametrize("component", sorted(SETTINGS))
def test_config_shows_each_setting_with_its_default(nlp: Language, component: str) -> None:
    config = nlp.config["components"][component]
    defaults = asdict(SETTINGS[component].Settings())
    assert {name: config[name] for name in defaults} == defaults
    assert defaults == {field.name: field.default for field in fields(SETTINGS[component].Settings)}


def test_comparisons_windows_are_the_module_constants() -> None:
    settings = comparisons.DEFAULTS
    assert (settings.stat_window, settings.ci_window, settings.p_past_clause, settings.reference_chars,
            settings.before_chars) == (comparisons.STAT_WINDOW, comparisons.CI_WINDOW, comparisons.P_PAST_CLAUSE,
                                       comparisons.REFERENCE_CHARS, comparisons.BEFORE_CHARS)


def test_a_config_value_reaches_the_fact() -> None:
    text = "Aspirin Cuts Stroke Risk\nBy Jane Doe - March 3, 2021\n\nThe trial enrolled 57 patients.\n"
    nlp = make_nlp()
    assert extract_text(text, nlp=nlp)["article"]["author"] == "Jane Doe"
    nlp.replace_pipe("trialnews_header", "trialnews_header", config={"header_window": 10})
    assert nlp.get_pipe_config("trialnews_header")["header_window"] == 10
    assert extract_text(text, nlp=nlp)["article"]["author"] is None


@pytest.mark.parametrize(("component", "config"), [
    ("trialnews_comparisons", {"stat_window": -1}),
    ("trialnews_sizes", {"rounding": -0.5}),
    ("trialnews_endpoints", {"qualifiers": "no_such_list.txt"}),
    ("trialnews_header", {"byline_stops": "byline_stop.txt"}),
    ("trialnews_header", {"header_window": "12"}),  # spaCy's config lets a string through
    ("trialnews_trial", {"cue_window": -3}),
    ("trialnews_trial", {"condition_heads": "condition_head.txt"}),
    ("trialnews_citation", {"slot_window": -1}),
    ("trialnews_citation", {"journals": "journal.txt"}),
])
def test_a_bad_setting_is_a_coded_error(component: str, config: dict) -> None:
    nlp = spacy.blank("en")
    with pytest.raises(TrialnewsError) as raised:
        nlp.add_pipe(component, config=config)
    assert raised.value.code == "E214"
    assert next(iter(config)) in str(raised.value)


@pytest.mark.parametrize(("component", "config"), [
    ("trialnews_arms", {"max_arms": 2.5}),
    ("trialnews_conclusions", {"max_conclusions": True}),
    ("trialnews_endpoints", {"primary_windw": 3}),
    ("trialnews_trial", {"name_window": 1.5}),
    ("trialnews_citation", {"min_title_words": 2.5}),
])
def test_the_factories_are_typed(component: str, config: dict) -> None:
    """spaCy checks a config against the factory's typed parameters (the fields of its settings)."""
    with pytest.raises(ConfigValidationError):
        spacy.blank("en").add_pipe(component, config=config)


def test_analyze_pipes_finds_no_problem(nlp: Language) -> None:
    assert all(problems == [] for problems in nlp.analyze_pipes(pretty=False)["problems"].values())


@pytest.mark.parametrize(("moved", "before", "missing"), [
    ("trialnews_comparisons", "trialnews_results", "doc._.trialnews_results"),
    ("trialnews_sizes", "trialnews_arms", "doc._.trialnews_arms"),
    ("trialnews_citation", "trialnews_header", "doc._.trialnews_article"),
    ("trialnews_results", "trialnews_endpoints", "doc._.trialnews_endpoints"),
])
def test_analyze_pipes_catches_a_fact_before_the_one_it_reads(moved: str, before: str, missing: str) -> None:
    order = [name for name in PIPES if name != moved]
    order.insert(order.index(before), moved)
    nlp = spacy.blank("en")
    for name in order:
        nlp.add_pipe(name)
    assert missing in nlp.analyze_pipes(pretty=False)["problems"][moved]


def test_each_fact_assigns_what_it_declares(nlp: Language) -> None:
    """After each fact component, every ``doc._.trialnews_<key>`` it declares holds its data."""
    text = article("Patients were randomized to aspirin (n=40) or placebo (n=41). The primary endpoint was stroke, "
                   "which occurred in 5% with aspirin and 9% with placebo (HR 0.55; 95% CI 0.31-0.98; P=.04).")
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        doc = component(doc)
        declared = [attr.removeprefix("doc._.") for attr in nlp.get_pipe_meta(name).assigns
                    if attr.startswith("doc._.trialnews_")]
        if name == "trialnews_record":
            break
        for attribute in declared:
            assert attribute.removeprefix("trialnews_") in FACT_KEYS
            assert doc._.get(attribute) is not None or attribute == "trialnews_citation", (name, attribute)
    assert doc._.record is not None


def test_each_fact_writes_only_its_own_parts(nlp: Language) -> None:
    """A component changes no part of the record in progress but those it declares (and the shared
    warnings): what one fact finds for another's part is merged by the assembler."""
    text = article("In the trial, 43 patients receiving ixazomib and 45 patients receiving placebo were enrolled. "
                   "Nausea occurred in 20% of patients on ixazomib and 9% on placebo. Ixazomib cut the risk of "
                   "bone fractures by 30% compared with placebo (P=.04).")
    doc = nlp.make_doc(text)
    before: dict = {}
    for name, component in nlp.pipeline:
        if name == "trialnews_record":
            break
        doc = component(doc)
        after = copy.deepcopy(doc._.trialnews or {})
        declared = {attr.removeprefix("doc._.trialnews_") for attr in nlp.get_pipe_meta(name).assigns
                    if attr.startswith("doc._.trialnews_")}
        changed = {key for key in set(before) | set(after) if before.get(key) != after.get(key)} - {"warnings"}
        assert changed <= declared, name
        before = after
    record = component(doc)._.record
    assert {arm["label"]: arm["n"] for arm in record["arms"]} == {"ixazomib": 43, "placebo": 45}
    assert {"nausea", "bone fractures"} <= {endpoint["name"] for endpoint in record["endpoints"]}


def test_the_config_rebuilds_the_same_components(nlp: Language) -> None:
    """``nlp.config`` holds every setting: a pipeline built from it alone has the same components
    with the same settings."""
    rebuilt = spacy.util.load_model_from_config(nlp.config, auto_fill=True)
    assert rebuilt.pipe_names == nlp.pipe_names
    assert rebuilt.config["components"] == nlp.config["components"]
    for component in SETTINGS:
        assert rebuilt.get_pipe(component).extract.keywords["settings"] == nlp.get_pipe(component).extract.keywords["settings"]


def test_the_sizes_declare_the_arms_an_abstract_lists_with_their_sizes(nlp: Language) -> None:
    """An abstract's groups listed with their sizes become arms in the sizes component (with their
    mentions in ``doc.spans``): the sizes declare that they write both."""
    text = article("BACKGROUND: Few options exist for this condition. METHODS: Between 2001 and 2005, 250 patients "
                   "were randomized: 130 were assigned to weekly dosing and 120 to the three-weekly schedule. "
                   "RESULTS: Adverse events were mild and rare overall. CONCLUSIONS: Further trials are warranted.",
                   title="Paclitaxel schedules")
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        before = copy.deepcopy((doc._.trialnews or {}).get("arms"))
        doc = component(doc)
        if name == "trialnews_sizes":
            break
    assert before == [] and [arm["label"] for arm in doc._.trialnews["arms"]] == ["weekly dosing",
                                                                                   "three-weekly schedule"]
    assert {"doc._.trialnews_arms", "doc.spans"} <= set(nlp.get_pipe_meta("trialnews_sizes").assigns)


def test_the_fewest_people_of_a_news_size_is_a_setting() -> None:
    text = "Aspirin Cuts Stroke Risk\nBy Jane Doe - March 3, 2021\n\nThe trial enrolled 57 patients.\n"
    nlp = make_nlp()
    assert [size["n"] for size in extract_text(text, nlp=nlp)["sample_sizes"]] == [57]
    nlp.replace_pipe("trialnews_sizes", "trialnews_sizes", config={"min_news_size": 60})
    assert extract_text(text, nlp=nlp)["sample_sizes"] == []
