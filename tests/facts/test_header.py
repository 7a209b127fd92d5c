"""The article header: title, byline author and publication date.

The cases on small articles (moved from the one ``test_facts.py``) run the whole pipeline; those on
hand-built docs run the fact alone, with its settings."""

from __future__ import annotations

import pytest

from trialnews.facts import header
from trialnews.facts.common import state

from .helpers import article, hand_built


HEADERS = [
    pytest.param("Aspirin Cuts Stroke Risk in Older Adults\nBy Jane Doe - March 3, 2021\n\n"
                 "The trial enrolled 57 patients.\n",
                 ("Aspirin Cuts Stroke Risk in Older Adults", "Jane Doe", "2021-03-03"),
                 id="byline-dash-month-day-year"),
    pytest.param("Benefit Unclear in Myeloma\n\nBy Cecilia Brown - Last Updated: November 22, 2022\n\n"
                 "The trial enrolled 57 patients.\n",
                 ("Benefit Unclear in Myeloma", "Cecilia Brown", "2022-11-22"), id="byline-last-updated"),
    pytest.param("\n\n  Aspirin Cuts Stroke Risk  \nBy Tom Klein | 4 May 2019\n\nThe trial enrolled 57 patients.\n",
                 ("Aspirin Cuts Stroke Risk", "Tom Klein", "2019-05-04"), id="title-after-blank-lines-day-month-year"),
    pytest.param("Aspirin Cuts Stroke Risk\nBy Ana Ruiz - 2019-05-04\n\nThe trial enrolled 57 patients.\n",
                 ("Aspirin Cuts Stroke Risk", "Ana Ruiz", "2019-05-04"), id="byline-iso-date"),
    pytest.param("Aspirin Cuts Stroke Risk\n\nThe trial enrolled 57 patients.\n",
                 ("Aspirin Cuts Stroke Risk", None, None), id="no-byline-no-date"),
    pytest.param("Aspirin Cuts Stroke Risk\nBy Maria Lopez, Sept. 28, 2016\n\nThe trial enrolled 57 patients.\n",
                 ("Aspirin Cuts Stroke Risk", "Maria Lopez", "2016-09-28"), id="byline-comma-date"),
    pytest.param("Aspirin Cuts Stroke Risk\nBy Maria Lopez\n\nThe trial enrolled 57 patients.\n",
                 ("Aspirin Cuts Stroke Risk", "Maria Lopez", None), id="byline-alone-on-its-line"),
]


@pytest.mark.parametrize(("text", "expected"), HEADERS)
def test_header(run, text: str, expected: tuple[str, str | None, str | None]) -> None:
    header = run(text)["article"]
    assert (header["title"], header["author"], header["published"]) == expected


# -- The header fact alone, on hand-built docs ------------------------------------------------------

BYLINE_TEXT = "Aspirin Cuts Stroke Risk\nBy Jane Doe Updated March 3, 2021\n\nThe trial enrolled 57 patients.\n"
BYLINE_SPANS = {"BYLINE": [("By Jane Doe Updated March 3, 2021", "byline")], "DATE": [("March 3, 2021", "date")]}


@pytest.mark.parametrize(("settings", "expected"), [
    pytest.param(header.DEFAULTS, ("Aspirin Cuts Stroke Risk", "Jane Doe", "2021-03-03"), id="defaults"),
    pytest.param(header.Settings(header_window=10), ("Aspirin Cuts Stroke Risk", None, None),
                 id="byline-and-date-past-the-window"),
])
def test_header_fact_and_its_window(settings: header.Settings, expected: tuple[str, str | None, str | None]) -> None:
    doc = hand_built(BYLINE_TEXT, BYLINE_SPANS)
    header.extract(doc, settings)
    found = state(doc)["article"]
    assert (found["title"], found["author"], found["published"]) == expected


def test_byline_stops_are_a_setting() -> None:
    """The list named by ``byline_stops`` is the one read: with the month names as stop words,
    a byline's date ends the name even without "Updated"."""
    text = "Aspirin Cuts Stroke Risk\nBy Jane Doe March 3, 2021\n\nThe trial enrolled 57 patients.\n"
    spans = {"BYLINE": [("By Jane Doe March 3, 2021", "byline")]}
    for settings, author in ((header.DEFAULTS, "Jane Doe March 3"),  # a comma ends it
                             (header.Settings(byline_stops="months.txt"), "Jane Doe")):
        doc = hand_built(text, spans)
        header.extract(doc, settings)
        assert state(doc)["article"]["author"] == author
