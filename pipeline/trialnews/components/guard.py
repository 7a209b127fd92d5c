"""Per-document failure belongs to the caller: a component that fails marks the doc, not the batch.

spaCy's ``nlp.pipe`` stops (or, with an error handler, silently drops the doc) when a component
raises. trialnews components instead record the failure on ``doc.user_data`` — which travels
back from ``n_process`` workers with the doc — and later components skip that doc, so the batch
goes on and the caller reports the file with its path and reason.
"""

from __future__ import annotations

import traceback

from spacy.tokens import Doc

ERROR_KEY = "trialnews_error"


class Guarded:
    """Base for trialnews components: ``process`` does the work, ``__call__`` guards it."""

    name: str

    def process(self, doc: Doc) -> None:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        if ERROR_KEY in doc.user_data:
            return doc
        try:
            self.process(doc)
        except Exception as error:  # noqa: BLE001 - recorded for the caller, never swallowed
            frame = traceback.extract_tb(error.__traceback__)[-1]
            doc.user_data[ERROR_KEY] = {
                "component": self.name,
                "reason": f"{type(error).__name__}: {error} (at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno})",
            }
        return doc


def failure(doc: Doc) -> dict | None:
    """The failure recorded on a doc, if a component failed on it."""
    return doc.user_data.get(ERROR_KEY)
