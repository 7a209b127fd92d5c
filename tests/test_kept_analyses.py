"""Start-up work of issue 13: the scanners' analyses and the modules' patterns kept between
processes, with the same answers as when worked out afresh."""

from __future__ import annotations

import re

import pytest
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

#: Rules written in the manner of the ruler's (a registry number, a share, a duration, a stem).
RULES = (
    r"\bNCT\d{8}\b",
    r"(?i)(?<![\w.])(?:about|nearly)\s+\d+(?:\.\d+)?\s*%",
    r"(?i)\b(?:two|three)\s+and\s+a\s+half\s+years\b",
    r"(?i)\b\w+mab\b",
    r"(?i)\bn\s*=\s*\d+",
)


def _not_called(*args: object) -> None:
    raise AssertionError("parsed again instead of read from the cache file")


def _analyses(scanning) -> list:  # noqa: ANN001 - the module
    found = []
    for rule in RULES:
        found += [scanning.required_literals(rule), scanning.required_literals(rule, exact=True),
                  scanning.required_literals(rule, punctuation=True), scanning.starts_after_no_word(rule),
                  scanning.anchored_starts(rule, spaced_letters=True), scanning.literal_starts(rule),
                  scanning.shifted_literal_starts(rule), scanning.word_suffixes(rule), scanning.capital_led(rule),
                  scanning.starts_only_with(rule, "n")]
    return found


def test_analyses_read_back_are_the_analyses_worked_out(fresh_compiled, monkeypatch: pytest.MonkeyPatch) -> None:
    scanning = fresh_compiled
    worked_out = _analyses(scanning)
    assert frozenset({"nct"}) in worked_out and frozenset({"NCT"}) in worked_out and frozenset({"="}) in worked_out
    scanning.COMPILED.save()
    monkeypatch.setattr(scanning, "COMPILED", scanning.CompiledPatterns())  # a new process
    monkeypatch.setattr(scanning, "_parsed", _not_called)  # not parsed again: read from the file
    assert _analyses(scanning) == worked_out


def test_analyses_of_other_code_are_worked_out_again(fresh_compiled, monkeypatch: pytest.MonkeyPatch) -> None:
    scanning = fresh_compiled
    assert scanning.required_literals(RULES[0]) == frozenset({"nct"})
    scanning.COMPILED.save()
    monkeypatch.setattr(scanning, "COMPILED", scanning.CompiledPatterns())
    monkeypatch.setattr(scanning, "_source_digest", lambda: "an edited scanning.py")
    monkeypatch.setattr(scanning, "_parsed", _not_called)
    with pytest.raises(AssertionError, match="parsed again"):
        scanning.required_literals(RULES[0])


def test_an_analysis_that_fails_is_never_kept(fresh_compiled) -> None:
    scanning = fresh_compiled
    for _ in range(2):
        with pytest.raises(re.error):
            scanning.starts_only_with("(an unclosed group", "a")
    assert not any(key.startswith("starts_only_with") for key in scanning.COMPILED._loaded())


def test_the_tokenizer_affixes_are_spacys(nlp) -> None:
    from trialnews.nlp import INFIXES

    defaults = nlp.Defaults
    tokenizer = nlp.tokenizer
    assert tokenizer.prefix_search.__self__.pattern == compile_prefix_regex(defaults.prefixes).pattern
    assert tokenizer.suffix_search.__self__.pattern == compile_suffix_regex(defaults.suffixes).pattern
    assert tokenizer.infix_finditer.__self__.pattern == compile_infix_regex([*defaults.infixes, *INFIXES]).pattern
    doc = nlp.make_doc("Of 40 patients, 59%/20% improved (n=24) on drug-A\u2014the rest didn't.")
    assert [t.text for t in doc][:9] == ["Of", "40", "patients", ",", "59", "%", "/", "20", "%"]
