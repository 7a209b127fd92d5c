"""The last component: link and validate the facts into one record on ``doc._.record``.

The record is stored as plain JSON data (``Record.model_dump(mode="json")``) so that it comes
back from ``nlp.pipe(n_process=...)`` workers. The source (path, hash, encoding) is read from
``doc.user_data["source"]``, which the reader's caller sets; a bare text gets ``<text>``.
"""

from __future__ import annotations

import hashlib

from spacy.language import Language
from spacy.tokens import Doc

from ..assemble import assemble
from ..doctext import text_of
from ..errors import TrialnewsError
from .guard import ERROR_KEY, Guarded

RECORD_EXTENSION = "record"


def default_source(doc: Doc) -> dict:
    text = text_of(doc)
    return {"path": "<text>", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "chars": len(text)}


class RecordBuilder(Guarded):
    def __init__(self, name: str) -> None:
        self.name = name
        if not Doc.has_extension(RECORD_EXTENSION):
            Doc.set_extension(RECORD_EXTENSION, default=None)

    def process(self, doc: Doc) -> None:
        source = dict(doc.user_data.get("source") or default_source(doc))
        source["chars"] = len(text_of(doc))
        try:
            record = assemble(doc, source)
        except TrialnewsError as error:
            doc.user_data[ERROR_KEY] = {"component": self.name, "reason": str(error), "code": error.code}
            return
        doc._.set(RECORD_EXTENSION, record.model_dump(mode="json"))
        doc._.trialnews = None


@Language.factory("trialnews_record", assigns=["doc._.record"], requires=["doc._.trialnews"])
def make_record(nlp: Language, name: str) -> RecordBuilder:
    """Link the facts into one record, validate it, and store it on ``doc._.record``."""
    return RecordBuilder(name)
