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
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from .errors import Errors, TrialnewsError
from .reading.doctext import TextKeepingMakeDoc
from .scanning import COMPILED, compile_pattern

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
#: Chunks (text between spaces) whose tokens spaCy's tokenizer keeps instead of splitting them
#: again. spaCy keeps 10,000: a few hundred articles fill that, and every chunk first seen after
#: is split anew each time it comes back ("the", "said,").
TOKENIZER_CACHE_CHUNKS = 200_000
#: Strings whose affix answers each :class:`KeptAnswers` keeps before it forgets them all: a bound
#: on memory of about 100 bytes a string (its dict entry, the string and its answer), so up to
#: about 30 MB a process when all three are full (measured with tracemalloc: emptying the three
#: after the 2,211 FakeHealth stories, 252,000 answers kept, freed 23.5 MB).
KEPT_ANSWERS = 100_000


class KeptAnswers:
    """A tokenizer's affix regex method (``prefix_search``, ``suffix_search``, ``infix_finditer``)
    with its answer kept per string. spaCy asks them for every chunk its cache does not hold (one
    with a special case inside, ``don't,``, is never cached) and for every step of stripping its
    affixes: the same strings again and again. The answer is the method's own (the match objects,
    of which spaCy reads only ``start()`` and ``end()``; ``finditer``'s as a tuple), so the tokens
    are the same. ``__self__`` is the compiled pattern, where spaCy reads it to save the tokenizer."""

    def __init__(self, method: Callable, *, many: bool = False, limit: int = KEPT_ANSWERS) -> None:
        self.method, self.many, self.limit = method, many, limit
        self.__self__ = method.__self__
        self._kept: dict[str, object] = {}

    def __call__(self, string: str) -> object:
        kept = self._kept
        answer = kept.get(string, kept)  # the dict itself stands for "not asked yet" (None is an answer)
        if answer is kept:
            if len(kept) >= self.limit:
                kept.clear()
            answer = kept[string] = tuple(self.method(string)) if self.many else self.method(string)
        return answer

    def __reduce__(self) -> tuple:
        return (type(self), (self.method,), {"many": self.many, "limit": self.limit, "_kept": {}})


@spacy.registry.tokenizers(TOKENIZER)
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's default tokenizer of the language, with :data:`INFIXES` among its infixes, built
    once: setting ``infix_finditer`` on a built tokenizer tokenizes all its special cases again.
    Its affix regexes keep their answers (:class:`KeptAnswers`) and it keeps
    :data:`TOKENIZER_CACHE_CHUNKS` chunks: the same tokens, in about two thirds of the time."""

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        prefixes, suffixes, infixes = affix_expressions(defaults)
        return Tokenizer(nlp.vocab, rules=defaults.tokenizer_exceptions,
                         prefix_search=KeptAnswers(compile_pattern(prefixes).search),
                         suffix_search=KeptAnswers(compile_pattern(suffixes).search),
                         infix_finditer=KeptAnswers(compile_pattern(infixes).finditer, many=True),
                         token_match=defaults.token_match, url_match=defaults.url_match,
                         max_cache_size=TOKENIZER_CACHE_CHUNKS)

    return tokenizer_factory


def affix_expressions(defaults: type) -> tuple[str, str, str]:
    """The prefix, suffix and infix regexes spaCy's ``compile_prefix_regex``,
    ``compile_suffix_regex`` and ``compile_infix_regex`` build from the language's affixes (the
    infixes with :data:`INFIXES`), as text: compiled through ``scanning.COMPILED``, whose code a
    later process reads instead of parsing these long patterns again."""
    prefixes = "|".join(["^" + piece for piece in defaults.prefixes if piece.strip()])
    suffixes = "|".join([piece + "$" for piece in defaults.suffixes if piece.strip()])
    infixes = "|".join([piece for piece in [*defaults.infixes, *INFIXES] if piece.strip()])
    return prefixes, suffixes, infixes


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
    COMPILED.save()  # the patterns the modules and components compiled: read, not compiled, by the next process
    return nlp


def run_through(nlp: Language, text: str, component: str) -> Doc:
    """The doc of ``text`` as the component ``component`` leaves it: the pipeline run up to it and
    through it, not after (the record component, last, clears the spans the facts read). A name the
    pipeline does not hold is an error (E219), never a run of the whole pipeline."""
    if component not in nlp.pipe_names:
        raise TrialnewsError(Errors.E219, stage="config", name=component, names=", ".join(nlp.pipe_names))
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        doc = pipe(doc)
        if name == component:
            break
    return doc
