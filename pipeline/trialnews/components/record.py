"""The last component: link and validate the facts into one record on ``doc._.record``.

The record is stored as plain JSON data (``Record.model_dump(mode="json")``) so that it comes
back from ``nlp.pipe(n_process=...)`` workers. The source (path, hash, encoding) is read from
``doc.user_data["source"]``, which the reader's caller sets; a bare text gets ``<text>``. The
values the results fact read and left out, each with its reason, are kept beside the record in
``doc.user_data["results_left_out"]`` (plain data; never in the record).

Once the record holds every value with its evidence, the rule spans in ``doc.spans`` are
working data, and they are dropped (``keep_spans=True`` keeps them, to inspect the rules):
``nlp.pipe(n_process=...)`` sends each doc back with ``Doc.to_bytes()``, which packs every span
group with its own msgpack call (about half a millisecond each, some forty groups), then
unpacks them all again in the main process; without them a doc crosses in a few milliseconds.
"""

from __future__ import annotations

import hashlib

from spacy.language import Language
from spacy.tokens import Doc

from ..assemble import assemble
from ..reading.doctext import text_of
from ..errors import TrialnewsError
from ..facts.results import LEFT_OUT, left_out_of_record
from ..reading.kind import KIND_KEY
from ..scanning import COMPILED
from .facts import RECORD_REQUIRES
from .guard import ERROR_KEY, Guarded

RECORD_EXTENSION = "record"


def default_source(doc: Doc) -> dict:
    text = text_of(doc)
    return {"path": "<text>", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "chars": len(text)}


class RecordBuilder(Guarded):
    def __init__(self, name: str, *, keep_spans: bool = False) -> None:
        self.name = name
        self.keep_spans = keep_spans
        #: Whether the patterns compiled for the first doc (those the facts and the record build when
        #: first asked) were kept for the next process (``scanning.COMPILED``).
        self._kept_compiled = False
        if not Doc.has_extension(RECORD_EXTENSION):
            Doc.set_extension(RECORD_EXTENSION, default=None)

    def process(self, doc: Doc) -> None:
        if self._kept_compiled:
            self._process(doc)
            return
        self._kept_compiled = True
        try:
            self._process(doc)
        finally:  # the record's own patterns (number words, units) are compiled while it is built
            COMPILED.save()  # written only when this process compiled a pattern not yet kept

    def _process(self, doc: Doc) -> None:
        source = dict(doc.user_data.get("source") or default_source(doc))
        source["chars"] = len(text_of(doc))
        source["kind"] = doc.user_data.get(KIND_KEY)  # set by the segmenter
        try:
            record = assemble(doc, source)
        except TrialnewsError as error:
            doc.user_data[ERROR_KEY] = {"component": self.name, "reason": str(error), "code": error.code}
            return
        data = record.model_dump(mode="json")
        doc._.set(RECORD_EXTENSION, data)
        # the values left out of the results, with why: kept beside the record (never in it) for ``show --left-out``
        doc.user_data[LEFT_OUT] = left_out_of_record(doc._.trialnews or {}, data)
        doc._.trialnews = None
        if not self.keep_spans:
            doc.spans.data.clear()  # ``doc.spans`` is a UserDict: its ``clear()`` pops one group at a time


@Language.factory("trialnews_record", assigns=["doc._.record"], requires=RECORD_REQUIRES,
                  default_config={"keep_spans": False})
def make_record(nlp: Language, name: str, keep_spans: bool) -> RecordBuilder:
    """Link the facts into one record, validate it, and store it on ``doc._.record``."""
    return RecordBuilder(name, keep_spans=keep_spans)
