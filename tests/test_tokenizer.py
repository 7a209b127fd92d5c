"""The tokenizer of ``make_nlp()`` (``trialnews/nlp.py``): the micro-syntax of values it splits.

Every text below is written for these tests (none is copied from a data set).
"""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(("text", "tokens"), [
    # slash pairs of percentages: one value per group, each value its own tokens
    pytest.param("59%/20%", ["59", "%", "/", "20", "%"], id="slash-pair"),
    pytest.param("(10.8%/0%),", ["(", "10.8", "%", "/", "0", "%", ")", ","], id="slash-pair-decimals-in-brackets"),
    pytest.param("94%/53%/34%", ["94", "%", "/", "53", "%", "/", "34", "%"], id="slash-triple"),
    pytest.param("12.5%/.5%", ["12.5", "%", "/", ".5", "%"], id="slash-pair-leading-point"),
    # fractions, counts, units, dates and words joined by a slash stay as spaCy writes them
    pytest.param("45/120", ["45/120"], id="count-of-total"),
    pytest.param("3/4", ["3/4"], id="fraction"),
    pytest.param("12/05/2026", ["12/05/2026"], id="date"),
    pytest.param("12/15 %", ["12/15", "%"], id="count-pair-before-a-spaced-percent"),
    pytest.param("mg/kg", ["mg", "/", "kg"], id="unit"),
    pytest.param("mL/min", ["mL", "/", "min"], id="unit-per-minute"),
    pytest.param("and/or", ["and/or"], id="words"),
    pytest.param("50%/year", ["50%/year"], id="percent-per-word"),
    # dashes written between words without spaces separate them
    pytest.param("early\u20148.9%", ["early", "\u2014", "8.9", "%"], id="em-dash"),
])
def test_tokens(nlp: Language, text: str, tokens: list[str]) -> None:
    assert [token.text for token in nlp.tokenizer(text)] == tokens
