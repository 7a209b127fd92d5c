"""Lines that link to other pages (``Related: ...``, ``MORE: ...``) are no part of the article:
no fact is taken from them (``patterns/link_line_prefixes.txt``). Texts written for these tests."""

from __future__ import annotations

import pytest

from trialnews.engines.local import extract_text
from trialnews.nlp import make_nlp
from trialnews.reading.kind import link_lines

ARTICLE = ("Gabapentin Eases Pain\n\n"
           "In the trial, 200 adults were randomly assigned to take gabapentin or a placebo. After a year, 48 percent "
           "of those taking gabapentin had less pain, compared with 21 percent of those on placebo.\n\n"
           "MORE: What Does a 400% Increase in Painkiller Use Really Mean?\n\n"
           "Related: Gabapentin cut migraines by 30% in an earlier study\n")


@pytest.mark.parametrize(("line", "links"), [
    ("Related: Severe obesity rose 40% in a decade", True),
    ("READ MORE: Five things to know", True),
    ("More in Science", True),
    ("More patients were cured with the drug.", False),
    ("Related findings were reported last year.", False),
])
def test_link_lines(line: str, links: bool) -> None:
    assert bool(link_lines("Intro.\n" + line + "\nMore text.")) == links


def test_no_fact_from_a_link_line() -> None:
    record = extract_text(ARTICLE, nlp=make_nlp())
    assert {(r["value"], r["arm"]) for r in record["results"]} == {(48.0, "gabapentin"), (21.0, "placebo")}
    assert record["comparisons"] == []


@pytest.mark.parametrize(("line", "links"), [
    ("Daily walks ease knee pain, trial shows Read more", True),
    ("Read More", True),
    ("Among the 120 patients, 30 percent improved, the authors said, and their report is one to " * 2
     + "read more", False),  # a long line closed by the link words is prose: a page crawled as one line
    ("Patients who want to read more about the trial can visit its website.", False),
])
def test_lines_closed_by_a_link(line: str, links: bool) -> None:
    assert bool(link_lines("Intro.\n" + line + "\nMore text.")) == links


def test_no_fact_from_a_headline_closed_by_a_link() -> None:
    article = ARTICLE + "\nGabapentin users had 12% fewer migraines, the researchers found Read more\n"
    record = extract_text(article, nlp=make_nlp())
    assert {(r["value"], r["arm"]) for r in record["results"]} == {(48.0, "gabapentin"), (21.0, "placebo")}
    assert record["comparisons"] == []  # the 12% of another story's headline
    assert not any("Read more" in c["text"] for c in record["conclusions"])
