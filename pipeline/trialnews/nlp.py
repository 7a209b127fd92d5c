"""Building the trialnews pipeline.

``make_nlp()`` is ``spacy.blank("en")`` plus the trialnews components; ``make_nlp(base=NAME)``
adds them to a trained pipeline the user has installed (its sentence boundaries are then
replaced by the news segmenter, which knows about lines and headings). Its ``make_doc`` keeps
each text on its doc (``trialnews.reading.doctext.TextKeepingMakeDoc``), so no component joins it again.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from .reading.doctext import TextKeepingMakeDoc

PIPES = ("trialnews_segmenter", "trialnews_abbreviations", "trialnews_ruler", "trialnews_header", "trialnews_arms",
         "trialnews_endpoints", "trialnews_sizes", "trialnews_results", "trialnews_comparisons", "trialnews_trial",
         "trialnews_conclusions", "trialnews_citation", "trialnews_record")
#: The longest text spaCy is allowed to take (characters); the reader caps files below this.
MAX_LENGTH = 60_000_000
#: Dashes written between words without spaces (``delivered early—8.9%``) separate them.
DASH_INFIX = r"[\u2013\u2014]"


def make_nlp(*, base: str | None = None) -> Language:
    """The full pipeline on a blank English model, or on the installed pipeline ``base``."""
    nlp = spacy.blank("en") if base is None else spacy.load(base, exclude=["senter", "sentencizer"])
    nlp.max_length = MAX_LENGTH
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, DASH_INFIX]).finditer
    for name in PIPES:
        if base is not None and name == "trialnews_segmenter" and "parser" in nlp.pipe_names:
            nlp.add_pipe(name, before="parser")
        else:
            nlp.add_pipe(name)
    # Docs keep the text they are made from: the components read it without joining the tokens.
    nlp.make_doc = TextKeepingMakeDoc(nlp)
    return nlp
