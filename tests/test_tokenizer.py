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


#: Written for these tests: chunks with special cases inside (``don't,``), affixes to strip
#: (``(n=21).``), infixes (``59%/20%``, ``early—8.9%``) and words met again.
_REPEATED = ("Patients who didn't respond (n=21). The drug's effect: 59%/20% at week 12, "
             "early\u20148.9% vs. 4.1%; \"it's striking,\" said Dr. Lee. ") * 3


def test_kept_answers_give_spacys_tokens(nlp: Language) -> None:
    """The tokenizer keeps its affix answers per string: the tokens are those of the same
    tokenizer asking its regexes anew, on a text whose chunks come back."""
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    plain = Tokenizer(nlp.vocab, rules=nlp.Defaults.tokenizer_exceptions,
                      prefix_search=tokenizer.prefix_search.method, suffix_search=tokenizer.suffix_search.method,
                      infix_finditer=tokenizer.infix_finditer.method,
                      token_match=tokenizer.token_match, url_match=tokenizer.url_match)
    for _ in range(2):
        assert [t.text for t in tokenizer(_REPEATED)] == [t.text for t in plain(_REPEATED)]


@pytest.mark.parametrize(("attribute", "string"), [
    pytest.param("prefix_search", "(said),", id="prefix_search"),
    pytest.param("suffix_search", "(said),", id="suffix_search"),
    pytest.param("infix_finditer", "59%/20%", id="infix_finditer"),
])
def test_affix_answers_are_kept(nlp: Language, attribute: str, string: str) -> None:
    """An affix regex is asked once per string: the second answer is the first one (an answer that
    finds an affix: ``None`` and the empty tuple are the same object whatever is kept)."""
    method = getattr(nlp.tokenizer, attribute)
    first = method(string)
    assert first and method(string) is first


def test_tokenizer_keeps_more_chunks(nlp: Language) -> None:
    from trialnews.nlp import TOKENIZER_CACHE_CHUNKS

    assert nlp.tokenizer.max_cache_size == TOKENIZER_CACHE_CHUNKS > 10_000


def test_tokenizer_saves_and_pickles(nlp: Language) -> None:
    """Saved (spaCy reads each regex's pattern) and pickled (for worker processes), the tokenizer
    splits a text as before."""
    import pickle

    from spacy.tokenizer import Tokenizer

    expected = [t.text for t in nlp.tokenizer(_REPEATED)]
    assert [t.text for t in pickle.loads(pickle.dumps(nlp.tokenizer))(_REPEATED)] == expected
    restored = Tokenizer(nlp.vocab).from_bytes(nlp.tokenizer.to_bytes())
    assert [t.text for t in restored(_REPEATED)] == expected
