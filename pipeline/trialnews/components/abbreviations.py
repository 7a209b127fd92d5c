"""scispaCy's abbreviation detector (Schwartz & Hearst, 2003), kept as plain data.

``progression-free survival (PFS)`` makes ``PFS`` and its long form one endpoint. The detector's
own output (spans with a ``long_form`` extension) does not survive ``nlp.pipe(n_process=...)``,
so this wrapper stores the pairs as ``doc.spans["ABBREVIATION"]``: every short-form occurrence,
labelled with its long form.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .guard import Guarded


class Abbreviations(Guarded):
    def __init__(self, nlp: Language, name: str) -> None:
        from scispacy.abbreviation import AbbreviationDetector

        self.name = name
        self.detector = AbbreviationDetector(nlp, name=name, make_serializable=False)

    def process(self, doc: Doc) -> None:
        self.detector(doc)
        found = [Span(doc, short.start, short.end, label=short._.long_form.text) for short in doc._.abbreviations]
        doc.spans["ABBREVIATION"] = sorted(found, key=lambda s: s.start)
        doc._.abbreviations = []
        # The detector also leaves a ``Span._.long_form`` value (a Span) per short form in
        # ``doc.user_data``; spans cannot cross to the parent process, so drop them.
        for key in [k for k in doc.user_data if isinstance(k, tuple) and len(k) > 1 and k[1] == "long_form"]:
            del doc.user_data[key]


@Language.factory("trialnews_abbreviations", assigns=["doc.spans"], requires=["token.is_sent_start"])
def make_abbreviations(nlp: Language, name: str) -> Abbreviations:
    """Short forms and their long forms (``PFS`` = ``progression-free survival``) in ``doc.spans``."""
    return Abbreviations(nlp, name)
