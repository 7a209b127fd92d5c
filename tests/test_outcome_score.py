"""The outcome a value measures is chosen among every outcome linker's proposal by one fitted score
(``linking/outcome_score.py``, weights in ``patterns/outcome_link_weights.json``); a value the score
cannot tell is left out as ``doubtful-outcome``. Sentences written for these tests."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest
from spacy.language import Language

from trialnews.engines.local import _outcome
from trialnews.linking.outcome_score import Proposal, agree, choose, features
from trialnews.nlp import make_nlp
from trialnews.reading.reader import SourceText

from bench_scripts import bench_script


ARTICLE = """Scalp cooling helps women keep their hair during chemotherapy

By A Reporter

Women with breast cancer who wore a cooling cap during chemotherapy were more likely to keep their hair, a randomized trial found.

The study randomly assigned 142 women to scalp cooling or to no cooling. {results}
"""


@pytest.fixture(scope="module")
def nlp() -> Language:
    return make_nlp()


def _at(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def test_the_score_prefers_the_outcome_two_linkers_read_next_to_the_value(nlp: Language) -> None:
    text = ARTICLE.format(results="The main goal was overall survival. In the cooling group, hair preservation "
                                  "was seen in 48 percent.")
    doc = nlp(text)
    value = doc.char_span(*_at(text, "48 percent"))
    nearest = Proposal(None, ("overall survival", _at(text, "overall survival")), "lexicon-nearest")
    own = ("hair preservation", _at(text, "hair preservation"))
    proposals = [nearest, Proposal(None, own, "occurred-in"), Proposal(None, own, "phrase-before")]
    assert choose(doc, value, proposals) == 1  # the occurred-in reading, which phrase-before agrees with
    rows = features(doc, value, proposals)
    assert rows[0]["other-sentence"] == 1.0 and rows[1]["agreeing"] == 1.0


def test_two_outcomes_tied_leave_the_value_out(nlp: Language) -> None:
    text = ARTICLE.format(results="Hair loss and scalp pain were measured: 48 percent in the cooling group.")
    doc = nlp(text)
    value = doc.char_span(*_at(text, "48 percent"))
    flat = {"bias": 0.0, "threshold": 0.0, "margin": 0.05, "weights": {}}  # every proposal scores alike
    loss = Proposal(None, ("hair loss", _at(text, "Hair loss")), "lexicon-nearest")
    pain = Proposal(None, ("scalp pain", _at(text, "scalp pain")), "phrase-before")
    assert choose(doc, value, [loss, pain], flat) is None
    same_place = Proposal(None, ("loss", _at(text, "loss")), "noun-of-value")  # read inside "Hair loss"
    assert agree(loss, same_place)
    assert choose(doc, value, [loss, same_place], flat) == 0


def _extract(nlp: Language, text: str):
    source = SourceText(path="<text>", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                        encoding="utf-8", format="txt", headings=())
    return _outcome(nlp(text), source)


def test_a_lone_outcome_from_the_sentence_before_is_doubtful(nlp: Language) -> None:
    # the 48 percent are women who said something, not a rate of the hair loss named before
    outcome = _extract(nlp, ARTICLE.format(results=(
        "Hair loss was the main measure. Of the women who wore the cap, most kept their hair, and some of "
        "them, 48 percent of the women in the cooling group, said so on the survey.")))
    assert not [r for r in outcome.record.get("results") or [] if r["value"] == 48]
    assert [item["reason"] for item in outcome.left_out if item["text"] == "48 percent"] == ["doubtful-outcome"]


def test_a_doc_with_a_doubtful_value_still_serialises(nlp: Language) -> None:
    # a parallel nlp.pipe sends each doc back with Doc.to_bytes (user_data through msgpack, which has
    # no sets): a doubtful value's mark must survive the round trip, or the workers hang
    text = ARTICLE.format(results=(
        "Hair loss was the main measure. Of the women who wore the cap, most kept their hair, and some of "
        "them, 48 percent of the women in the cooling group, said so on the survey."))
    doc = nlp(text)
    assert doc.user_data.get("trialnews_outcome_abstained")
    again = type(doc)(doc.vocab).from_bytes(doc.to_bytes())
    assert again.user_data["trialnews_outcome_abstained"] == doc.user_data["trialnews_outcome_abstained"]


def test_a_parallel_pipe_returns_a_doc_with_a_doubtful_value() -> None:
    # the same doc through nlp.pipe on two processes (the workers send docs back with to_bytes); run
    # in a child process with a time limit, so that a worker that fails cannot hang the suite
    text = ARTICLE.format(results=(
        "Hair loss was the main measure. Of the women who wore the cap, most kept their hair, and some of "
        "them, 48 percent of the women in the cooling group, said so on the survey."))
    script = ("import sys; from trialnews.nlp import make_nlp; nlp = make_nlp(); "
              "docs = list(nlp.pipe([sys.argv[1]] * 2, n_process=2, batch_size=1)); "
              "print(len(docs), bool(docs[0].user_data.get('trialnews_outcome_abstained')))")
    done = subprocess.run([sys.executable, "-c", script, text], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["2", "True"]


def test_the_value_s_own_outcome_is_kept(nlp: Language) -> None:
    outcome = _extract(nlp, ARTICLE.format(results=(
        "Hair preservation was seen in 48 percent of the women in the cooling group, compared with none in "
        "the control group.")))
    kept = [r for r in outcome.record["results"] if r["value"] == 48]
    assert [(r["endpoint"].lower(), r["evidence"]["links"]["endpoint"]) for r in kept] == [
        ("hair preservation", "occurred-in")]


def test_every_endpoint_linker_has_a_weight() -> None:
    """Each endpoint linker has its weight in the weights file, fitted or listed as unfitted (0.0):
    none is weighed 0 silently for want of an entry."""
    from trialnews.linking.outcome_score import weights
    from trialnews.linking.values import ENDPOINT_LINKERS

    model = weights()
    assert [name for name in ENDPOINT_LINKERS if f"linker:{name}" not in model["weights"]] == []
    assert all(model["weights"][name] == 0.0 for name in model["unfitted"])
    assert {"linker:predicate-of-people", "linker:subject-of-clause"} <= set(model["unfitted"])


def _fitting_script():
    return bench_script("fit_outcome_links")  # (it imports train_conclusions from its own folder)


def test_a_refit_lists_the_linkers_it_had_no_proposal_of_as_unfitted() -> None:
    """The fitting script writes a weight for every endpoint linker: one the gold gave no proposal of
    is 0.0 and listed as unfitted; a fitted one keeps its weight and is not listed."""
    from trialnews.linking.values import ENDPOINT_LINKERS

    script = _fitting_script()
    fitted = {"first": 1.0, "linker:noun-after-value": -0.5}
    model = script.with_unfitted({"bias": 0.1, "threshold": 0.5, "margin": 0.0, "decisive": [], "weights": fitted})
    assert model["weights"]["linker:noun-after-value"] == -0.5 and model["weights"]["first"] == 1.0
    assert "linker:noun-after-value" not in model["unfitted"]
    assert set(model["unfitted"]) == {f"linker:{name}" for name in ENDPOINT_LINKERS} - {"linker:noun-after-value"}
    assert all(model["weights"][name] == 0.0 for name in model["unfitted"])


def test_a_refit_of_every_linker_lists_none_as_unfitted() -> None:
    """The weights file always has its ``unfitted`` list, empty when the gold fitted every linker."""
    from trialnews.linking.values import ENDPOINT_LINKERS

    fitted = {f"linker:{name}": 0.25 for name in ENDPOINT_LINKERS}
    model = _fitting_script().with_unfitted({"bias": 0.1, "threshold": 0.5, "margin": 0.0, "decisive": [],
                                             "weights": fitted})
    assert model["unfitted"] == [] and model["weights"] == fitted
