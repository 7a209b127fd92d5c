"""``trialnews_record``: the record on ``doc._.record``; the rule spans dropped unless kept."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from trialnews.nlp import PIPES

ARTICLE = ("Aspirin Cuts Stroke Risk\n\nPatients were randomized to aspirin (n=150) or placebo (n=149). "
           "Progression-free survival (PFS) was longer (P=.03).\n")


def pipeline(**record_config: object) -> spacy.language.Language:
    nlp = spacy.blank("en")
    for name in PIPES:
        nlp.add_pipe(name, config=record_config if name == "trialnews_record" else {})
    return nlp


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_spans_dropped_once_the_record_is_built() -> None:
    doc = pipeline()(ARTICLE)
    assert doc._.record["arms"] and len(doc.spans) == 0
    back = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert back._.record == doc._.record


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_keep_spans() -> None:
    nlp = pipeline(keep_spans=True)
    doc = nlp(ARTICLE)
    assert nlp.config["components"]["trialnews_record"]["keep_spans"] is True
    assert [span.text for span in doc.spans["ABBREVIATION"]] == ["PFS"]
    assert doc._.record["arms"]
