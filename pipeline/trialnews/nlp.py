"""Building the trialnews pipeline.

``make_nlp()`` is ``spacy.blank("en")`` plus the trialnews components; ``make_nlp(base=NAME)``
adds them to a trained pipeline the user has installed (its sentence boundaries are then
replaced by the news segmenter, which knows about lines and headings). Its ``make_doc`` keeps
each text on its doc (``trialnews.reading.doctext.TextKeepingMakeDoc``), so no component joins it again.
"""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from .reading.doctext import TextKeepingMakeDoc

PIPES = ("trialnews_segmenter", "trialnews_abbreviations", "trialnews_ruler", "trialnews_header", "trialnews_arms",
         "trialnews_endpoints", "trialnews_sizes", "trialnews_results", "trialnews_comparisons", "trialnews_trial",
         "trialnews_conclusions", "trialnews_citation", "trialnews_record")
#: The longest text spaCy is allowed to take (characters); the reader caps files below this.
MAX_LENGTH = 60_000_000
#: Dashes written between words without spaces (``delivered early—8.9%``) separate them.
DASH_INFIX = r"[\u2013\u2014]"
#: Two percentages joined by a slash (``59%/20%``, ``10.8%/0%``: one value per group, the groups
#: named in the same order elsewhere, ``(high dose/low dose)``) are separate values: the ``%`` of the
#: first and the slash are tokens of their own. Fractions, counts, units and dates (``45/120``,
#: ``3/4``, ``mg/kg``, ``12/05/2026``) have no ``%`` before their slash and stay as they are.
PERCENT_SLASH_INFIX = r"(?<=[0-9])%(?=/[0-9.])|(?<=[0-9]%)/(?=[0-9.])"
#: The infixes the tokenizer adds to spaCy's (the micro-syntax of dashes and of slash pairs).
INFIXES = (DASH_INFIX, PERCENT_SLASH_INFIX)
#: The registered name of the tokenizer of :func:`make_nlp` (spaCy's, with :data:`INFIXES`).
TOKENIZER = "trialnews.Tokenizer.v1"


@spacy.registry.tokenizers(TOKENIZER)
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's default tokenizer of the language, with :data:`INFIXES` among its infixes, built
    once: setting ``infix_finditer`` on a built tokenizer tokenizes all its special cases again."""

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(nlp.vocab, rules=defaults.tokenizer_exceptions,
                         prefix_search=compile_prefix_regex(defaults.prefixes).search,
                         suffix_search=compile_suffix_regex(defaults.suffixes).search,
                         infix_finditer=compile_infix_regex([*defaults.infixes, *INFIXES]).finditer,
                         token_match=defaults.token_match, url_match=defaults.url_match)

    return tokenizer_factory


def make_nlp(*, base: str | None = None) -> Language:
    """The full pipeline on a blank English model, or on the installed pipeline ``base``."""
    if base is None:
        nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    else:
        nlp = spacy.load(base, exclude=["senter", "sentencizer"])
        nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *INFIXES]).finditer
    nlp.max_length = MAX_LENGTH
    for name in PIPES:
        if base is not None and name == "trialnews_segmenter" and "parser" in nlp.pipe_names:
            nlp.add_pipe(name, before="parser")
        else:
            nlp.add_pipe(name)
    # Docs keep the text they are made from: the components read it without joining the tokens.
    nlp.make_doc = TextKeepingMakeDoc(nlp)
    return nlp
