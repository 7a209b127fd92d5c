"""``trialnews schema``: the JSON Schema of a record."""

from __future__ import annotations

import json
import sys

from . import app


@app.command()
def schema() -> None:
    """Print the JSON Schema of a record."""
    from ..record import Record

    sys.stdout.write(json.dumps(Record.model_json_schema(), indent=2) + "\n")
