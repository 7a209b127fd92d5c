"""The pipeline's components: entry points, ``analyze_pipes``, the ruler's rule files, the news
segmenter, and the guard that turns a component's failure into a per-file error."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from importlib import resources
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from trialnews.components.guard import ERROR_KEY, failure
from trialnews.components.record import RECORD_EXTENSION
from trialnews.components.ruler import DEFAULT_RULE_FILES, expand
from trialnews.errors import TrialnewsError
from trialnews.engines.local import extract_files, extract_text
from trialnews.facts import results
from trialnews.nlp import PIPES, make_nlp
from trialnews.resources import PACKAGE, load_jsonl, load_lexicon

ROOT = Path(__file__).resolve().parents[1]
RULE_FILES = sorted(path.name for path in (ROOT / "patterns").glob("*.jsonl"))
#: Seconds the fresh interpreter may take to import spaCy and build the ruler.
SUBPROCESS_TIMEOUT = 120
MARKER = "KABOOM"

ARTICLE = """Aspirin Cuts Stroke Risk
By Jane Doe - March 3, 2021

Patients were randomized to aspirin (n=150) or placebo (n=149). Stroke occurred in 4% and 6% of patients in the
aspirin and placebo groups, respectively (P=.03).
"""


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


# -- Entry points and analyze_pipes ----------------------------------------------------------------

def trialnews_factories() -> set[str]:
    return {ep.name for ep in entry_points(group="spacy_factories") if ep.name.startswith("trialnews_")}


def test_ruler_from_entry_point_in_a_fresh_interpreter() -> None:
    """``spacy.blank("en").add_pipe("trialnews_ruler")`` works in an interpreter that never
    imports trialnews: spaCy finds the factory through the ``spacy_factories`` entry point."""
    script = """
import json, sys
import spacy

def loaded():
    return any(name == "trialnews" or name.startswith("trialnews.") for name in sys.modules)

before = loaded()
nlp = spacy.blank("en")
nlp.add_pipe("trialnews_ruler")
doc = nlp("Overall survival was longer (HR 0.72; 95% CI, 0.61-0.85; P=.002).")
print(json.dumps({"loaded_before": before, "loaded_after": loaded(), "pipes": nlp.pipe_names,
                  "p": [s.text for s in doc.spans["P_VALUE"]], "ci": [s.text for s in doc.spans["CI"]]}))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"loaded_before": False, "loaded_after": True, "pipes": ["trialnews_ruler"], "p": ["P=.002"],
                     "ci": ["95% CI, 0.61-0.85"]}


def test_every_pipe_is_an_entry_point() -> None:
    assert trialnews_factories() == set(PIPES)


def test_analyze_pipes_lists_every_component(nlp: Language) -> None:
    analysis = nlp.analyze_pipes()
    assert list(analysis["summary"]) == list(PIPES)
    assert set(analysis["summary"]) == trialnews_factories()
    assert analysis["problems"] == {name: [] for name in PIPES}


def test_blank_pipeline_with_every_component_by_name() -> None:
    """The components can be assembled by hand on ``spacy.blank("en")``, by their registered names."""
    blank = spacy.blank("en")
    for name in PIPES:
        blank.add_pipe(name)
    record = blank(ARTICLE)._.get(RECORD_EXTENSION)
    assert record["article"]["author"] == "Jane Doe"
    assert {arm["label"] for arm in record["arms"]} == {"aspirin", "placebo"}


# -- The ruler's rules, as package data ------------------------------------------------------------

def test_rule_files_are_package_data() -> None:
    shipped = sorted(entry.name for entry in resources.files(PACKAGE).iterdir() if entry.name.endswith(".jsonl"))
    assert shipped == RULE_FILES


def test_ruler_reads_every_rule_file() -> None:
    assert sorted(DEFAULT_RULE_FILES) == RULE_FILES


@pytest.mark.parametrize("name", RULE_FILES)
def test_rules_have_label_pattern_id(name: str) -> None:
    rules = load_jsonl(name)
    assert rules
    for rule in rules:
        assert set(rule) == {"label", "pattern", "id"}, rule
        assert isinstance(rule["label"], str) and rule["label"]
        assert isinstance(rule["id"], str) and rule["id"]


#: Files whose rule ids repeat within a label, with the reason that is a fault.
REPEATED_IDS: dict[str, str] = {}  # rule files whose ids repeat (none since design ids became "tag:phrase")


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(reason=REPEATED_IDS[name], strict=True)) if name in REPEATED_IDS
    else name for name in RULE_FILES])
def test_rule_ids_unique_within_label(name: str) -> None:
    counts = Counter((rule["label"], rule["id"]) for rule in load_jsonl(name))
    assert {key: count for key, count in counts.items() if count > 1} == {}


@pytest.mark.parametrize("name", RULE_FILES)
def test_rule_patterns_compile(name: str) -> None:
    vocab = spacy.blank("en").vocab
    for rule in load_jsonl(name):
        pattern = rule["pattern"]
        if isinstance(pattern, str):
            assert pattern.strip(), rule
        elif isinstance(pattern, list):
            Matcher(vocab, validate=True).add(rule["id"], [pattern])
        elif "lexicon" in pattern:
            assert load_lexicon(pattern["lexicon"]), rule
        else:
            assert set(pattern) in ({"regex"}, {"regex", "gate"}), rule
            if "gate" in pattern:  # a part every match holds: compiles, and matches no empty string
                assert not re.compile(pattern["gate"]).match(""), f"{rule['id']}'s gate matches the empty string"
            compiled = re.compile(expand(pattern["regex"]))
            assert not compiled.match(""), f"{rule['id']} matches the empty string"
            assert not re.search(r"\{(?:NUM|NUMWORD|NUMBER|LEX:[\w.-]+)\}", compiled.pattern), rule


# -- Segmenter -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def segmenter() -> Language:
    blank = spacy.blank("en")
    blank.add_pipe("trialnews_segmenter")
    return blank


SENTENCES = [
    pytest.param("Dr. Smith said the drug worked. The trial enrolled 57 patients.",
                 ["Dr. Smith said the drug worked.", "The trial enrolled 57 patients."], id="dr-title"),
    pytest.param("Results were presented by Prof. Lee at the meeting. Mr. Jones agreed.",
                 ["Results were presented by Prof. Lee at the meeting.", "Mr. Jones agreed."], id="prof-and-mr"),
    pytest.param("Last year U.S. Food and Drug Administration staff cleared the pill. It is sold as Zelvorin.",
                 ["Last year U.S. Food and Drug Administration staff cleared the pill.", "It is sold as Zelvorin."],
                 id="u.s."),
    pytest.param("Response was 55.3% vs. 41.2% in the two arms. Smith et al. reported similar data.",
                 ["Response was 55.3% vs. 41.2% in the two arms.", "Smith et al. reported similar data."],
                 id="decimals-vs-et-al"),
    pytest.param("The data came out Sept. 3, 2015, in the journal Menopause.",
                 ["The data came out Sept. 3, 2015, in the journal Menopause."],
                 id="month-abbreviation-digit"),
    pytest.param("Patients (n=21) were treated, e.g. with ixazomib. The study closed early.",
                 ["Patients (n=21) were treated, e.g. with ixazomib.", "The study closed early."], id="e.g."),
    pytest.param("The rate was 12% (P=.02). Overall survival was longer.",
                 ["The rate was 12% (P=.02).", "Overall survival was longer."], id="p-value-before-period"),
    pytest.param("Key Findings\nThe drug worked in most patients.",
                 ["Key Findings", "The drug worked in most patients."], id="heading-line-without-period"),
    pytest.param("Aspirin Cuts Stroke Risk\nBy Jane Doe - March 3, 2021\n\nThe trial enrolled 57 patients.",
                 ["Aspirin Cuts Stroke Risk", "By Jane Doe - March 3, 2021", "The trial enrolled 57 patients."],
                 id="title-byline-paragraph"),
    pytest.param("Other authors were Lena Moss, F.Med.Sci. D.M., of Bay College; and Omar Hale of Lake Clinic. They had no conflicts.",
                 ["Other authors were Lena Moss, F.Med.Sci. D.M., of Bay College; and Omar Hale of Lake Clinic.",
                  "They had no conflicts."], id="dotted-degrees-continue-an-author-list"),
    pytest.param("The dose was cut in half.The nurses kept count. She joined in 2009. D.M. Lane led it.",
                 ["The dose was cut in half.", "The nurses kept count.", "She joined in 2009.", "D.M. Lane led it."],
                 id="glued-sentence-and-initials-still-break"),
    pytest.param("It was well tolerated.NCT01234567.", ["It was well tolerated.", "NCT01234567."],
                 id="a-long-word-glued-to-a-full-stop-starts-a-sentence"),
    pytest.param("Joining Dr. Vance were Ada Fry, Psy.D., Ben Ortiz, M.D., and Cal Reyes. The work was unfunded.",
                 ["Joining Dr. Vance were Ada Fry, Psy.D., Ben Ortiz, M.D., and Cal Reyes.", "The work was unfunded."],
                 id="a-degree-split-at-its-stops-continues"),
    pytest.param("Sales rose 4 percent. U.K., French and German doctors prescribed it most.",
                 ["Sales rose 4 percent.", "U.K., French and German doctors prescribed it most."],
                 id="a-dotted-name-before-a-comma-is-no-degree"),
    pytest.param("\u201cIt works,\u201d said Dr. Berg. \u201cWe are pleased.\u201d",
                 ["\u201cIt works,\u201d said Dr. Berg.", "\u201cWe are pleased.\u201d"], id="curly-quotes"),
    pytest.param('He said, "It works." Then he left.', ['He said, "It works."', "Then he left."],
                 id="straight-closing-quote-after-period",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "segmenter: '\"' is in both CLOSERS and OPENERS, and after '.' an opener starts a "
                     "sentence, so a straight closing quote becomes a sentence of its own"))),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_segmenter(segmenter: Language, text: str, expected: list[str]) -> None:
    assert [sentence.text.strip() for sentence in segmenter(text).sents] == expected


# -- The guard: one failing doc, not a failing batch -----------------------------------------------

@pytest.fixture
def failing_nlp(monkeypatch: pytest.MonkeyPatch) -> Language:
    """The pipeline whose results extractor raises on any text containing :data:`MARKER`."""
    extract = results.extract

    def explode(doc: Doc, **settings: object) -> None:
        if MARKER in doc.text:
            raise RuntimeError(f"{MARKER} in the text")
        extract(doc, **settings)

    monkeypatch.setattr(results, "extract", explode)
    return make_nlp()


def test_failing_component_marks_the_doc(failing_nlp: Language) -> None:
    doc = failing_nlp(ARTICLE + f"\n{MARKER}\n")
    failed = failure(doc)
    assert failed is not None
    assert failed["component"] == "trialnews_results"
    assert "RuntimeError" in failed["reason"] and MARKER in failed["reason"]
    # Later components skipped the doc: no comparisons were looked for, no record was built.
    assert "comparisons" not in (doc._.trialnews or {})
    assert doc._.get(RECORD_EXTENSION) is None


def test_guard_leaves_other_docs_alone(failing_nlp: Language) -> None:
    doc = failing_nlp(ARTICLE)
    assert ERROR_KEY not in doc.user_data
    assert doc._.get(RECORD_EXTENSION)["results"]


def test_extract_text_raises_a_coded_error(failing_nlp: Language) -> None:
    with pytest.raises(TrialnewsError) as raised:
        extract_text(ARTICLE + MARKER, nlp=failing_nlp)
    assert raised.value.code == "E101"


def test_extract_files_goes_on_after_a_failing_file(failing_nlp: Language, tmp_path: Path) -> None:
    bad, good = tmp_path / "a_bad.txt", tmp_path / "b_good.txt"
    bad.write_text(ARTICLE + f"\n{MARKER}\n", encoding="utf-8")
    good.write_text(ARTICLE, encoding="utf-8")
    outcomes = list(extract_files([tmp_path], nlp=failing_nlp))
    assert [Path(outcome.path).name for outcome in outcomes] == ["a_bad.txt", "b_good.txt"]
    failed, done = outcomes
    assert failed.record is None
    assert (failed.error["path"], failed.error["stage"], failed.error["code"]) == (str(bad), "process", "E101")
    assert MARKER in failed.error["reason"]
    assert done.error is None
    assert done.record["source"]["path"] == str(good)
    assert {arm["label"] for arm in done.record["arms"]} == {"aspirin", "placebo"}
