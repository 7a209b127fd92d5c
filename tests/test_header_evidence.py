"""The words of the trial's and the citation's values: ``trial.evidence`` and ``citation.evidence``.

Every story here is written for the test (none is copied from a data set). Each value's evidence
must be the text at its offsets, hold the value (or, for a phase or design tag, its cue words) and
name the rule that found it; a value inferred with no words of its own names its rule and has no
offsets.
"""

from __future__ import annotations

from typing import Any

from trialnews.assemble import valid_header
from trialnews.record import grounding_problems
from trialnews.writers.records import describe, header_evidence_items
from trialnews.writers.review import review_html

TRIAL_STORY = """Pill eases nightly leg cramps in phase III study

A randomized, double-blind trial of 420 adults with chronic leg cramps, run at 30 clinics, tested a new pill (NCT04455667).
The trial, called NIGHTCALM, gave patients the pill or a dummy pill for eight weeks.
Cramps fell by 40% with the pill and by 15% with the dummy pill.
"""

ONE_ARM_STORY = """Drug shrinks rare bone tumours in phase 2 trial

In a phase 2 trial, 40 adults with advanced chordoma took velatinib daily for six months.
Tumours shrank in 35% of the patients, the researchers reported.
"""

REFERENCE_STORY = """Cooling caps keep hair during chemotherapy

Women who wore a cooling cap kept more of their hair during chemotherapy, the researchers said.
Of the women who wore the cap, 50% kept most of their hair.

Source: Berg A, Lund K, Holm T, et al. Scalp cooling during chemotherapy for breast cancer. Acta Oncol. 2019;58:1-8.
"""

PROSE_STORY = """Walking cuts falls in older adults

A randomized trial of 300 adults over 75 found that a daily walk cut falls by a third.
The study, titled "Daily walking and falls in later life", was published online in the Journal of Senior Health on Monday, May 6, 2019.
"We were surprised by how large the effect was," said Dr. Maria Olsen, the study's lead author.
"""


def _words(record: dict[str, Any], text: str, header: str, field: str, key: str | None = None) -> dict[str, Any]:
    """The evidence of one value, checked to be the text at its offsets."""
    found = record[header]["evidence"][field]
    found = found[key] if key is not None else found
    assert text[found["start"]:found["end"]] == found["text"]
    return found


def test_each_trial_value_quotes_its_words_and_names_its_rule(run_with_evidence) -> None:
    record = run_with_evidence(TRIAL_STORY)
    trial = record["trial"]
    assert trial["phase"] == "3"
    phase = _words(record, TRIAL_STORY, "trial", "phase")
    assert phase["text"] == "phase III" and phase["rule"]
    assert _words(record, TRIAL_STORY, "trial", "registry_ids", "NCT04455667")["text"] == "NCT04455667"
    assert {"randomized", "double-blind"} <= set(trial["design"])
    blind = _words(record, TRIAL_STORY, "trial", "design", "double-blind")
    assert blind["text"] == "double-blind" and blind["rule"].startswith("double-blind:")
    assert _words(record, TRIAL_STORY, "trial", "design", "randomized")["text"] == "randomized"
    assert trial["name"] == "NIGHTCALM"
    named = _words(record, TRIAL_STORY, "trial", "name")
    assert named["text"] == "NIGHTCALM" and named["rule"] == "trial-name:named-as-trial"
    assert trial["condition"] == "chronic leg cramps"
    condition = _words(record, TRIAL_STORY, "trial", "condition")
    assert condition["text"] == "chronic leg cramps" and condition["rule"] == "condition:population-cue"
    # one evidence per tag and per id, and none for a value the trial does not have
    assert set(trial["evidence"]["design"]) == set(trial["design"])
    assert set(trial["evidence"]["registry_ids"]) == set(trial["registry_ids"])


def test_a_single_arm_design_inferred_has_a_rule_and_no_words(run_with_evidence) -> None:
    record = run_with_evidence(ONE_ARM_STORY)
    assert "single-arm" in record["trial"]["design"]
    assert any(warning.startswith("W021") for warning in record["warnings"])
    phase = _words(record, ONE_ARM_STORY, "trial", "phase")  # the phase beside it has its words
    assert phase["text"] == "phase 2"
    assert record["trial"]["evidence"]["design"]["single-arm"] == {
        "start": None, "end": None, "text": None, "rule": "single-arm:inferred"}


def test_a_citation_read_from_a_reference_line_quotes_the_line(run_with_evidence) -> None:
    record = run_with_evidence(REFERENCE_STORY)
    citation = record["citation"]
    assert citation["authors"] == ["Berg A", "Lund K", "Holm T"] and citation["et_al"] is True
    assert citation["journal"] == "Acta Oncol" and citation["year"] == 2019
    line_start = REFERENCE_STORY.index("Berg A")
    for author in citation["authors"]:
        words = _words(record, REFERENCE_STORY, "citation", "authors", author)
        assert words["text"] == author and words["start"] >= line_start
        assert words["rule"].endswith("-reference")
    for field, quoted in (("journal", "Acta Oncol"), ("year", "2019"), ("et_al", "et al"),
                          ("title", "Scalp cooling during chemotherapy for breast cancer")):
        words = _words(record, REFERENCE_STORY, "citation", field)
        assert words["text"].rstrip(".") == quoted and words["start"] >= line_start
        assert words["rule"] == citation["evidence"]["authors"]["Berg A"]["rule"]


def test_a_citation_read_from_the_prose_quotes_its_sentences(run_with_evidence) -> None:
    record = run_with_evidence(PROSE_STORY)
    citation = record["citation"]
    assert citation["journal"] == "Journal of Senior Health" and citation["year"] == 2019
    journal = _words(record, PROSE_STORY, "citation", "journal")
    assert journal["text"] == "Journal of Senior Health" and journal["rule"] == "citation:journal-in-prose"
    year = _words(record, PROSE_STORY, "citation", "year")
    assert year["text"] == "2019" and year["rule"] == "citation:year-of-date-in-sentence"
    title = _words(record, PROSE_STORY, "citation", "title")
    assert title["text"] == citation["title"] == "Daily walking and falls in later life"
    assert title["rule"] == "citation:quoted-title"
    assert citation["authors"] == ["Maria Olsen"]
    author = _words(record, PROSE_STORY, "citation", "authors", "Maria Olsen")
    assert author["text"] == "Maria Olsen" and author["rule"] == "citation:author-in-prose"


def test_the_audit_finds_header_evidence_that_is_not_the_text(run_with_evidence) -> None:
    record = run_with_evidence(PROSE_STORY)
    assert grounding_problems(record, PROSE_STORY) == []
    moved = dict(record["citation"]["evidence"]["journal"], start=0, end=7, text=PROSE_STORY[:7])
    record["citation"]["evidence"]["journal"] = moved  # the right slice, but not the journal's words
    assert grounding_problems(record, PROSE_STORY) == [
        f"citation.journal: 'Journal of Senior Health' is not written in its evidence {PROSE_STORY[:7]!r}"]
    record["citation"]["evidence"]["journal"] = dict(moved, text="Talking")  # not the text at its offsets
    assert grounding_problems(record, PROSE_STORY)[0].startswith("citation.journal: evidence [0:7] is")


def test_a_value_dropped_from_the_header_takes_its_evidence_with_it() -> None:
    text = "Published in the Journal of Old Papers in 1700."
    start = text.index("1700")
    warnings: list[str] = []
    citation = valid_header("citation", {
        "authors": [], "journal": "Journal of Old Papers", "year": 1700,
        "evidence": {"journal": {"start": 17, "end": 38, "text": "Journal of Old Papers", "rule": "citation:journal-in-prose"},
                     "year": {"start": start, "end": start + 4, "text": "1700", "rule": "citation:year-after-journal"}},
    }, warnings, text)
    assert citation["year"] is None and citation["evidence"]["year"] is None
    assert citation["evidence"]["journal"]["text"] == "Journal of Old Papers"
    assert warnings and warnings[0].startswith("W009")


def test_evidence_that_is_not_the_text_is_dropped_with_a_warning() -> None:
    warnings: list[str] = []
    trial = valid_header("trial", {"phase": "2", "evidence": {
        "phase": {"start": 0, "end": 7, "text": "phase 2", "rule": "phase-number"}}}, warnings, "Phase 3 trial")
    assert trial["phase"] == "2" and trial["evidence"]["phase"] is None
    assert warnings and warnings[0].startswith("W009 trial.evidence")


def test_show_and_review_list_the_header_values_with_their_words(run_with_evidence, tmp_path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TRIAL_STORY, encoding="utf-8")
    from trialnews.engines.local import extract_files
    record = next(iter(extract_files([path]))).record
    items = header_evidence_items(record)
    assert "phase: 3" in [describe(item) for item in items]
    page = review_html([record], base=tmp_path)
    phase = next(item for item in items if describe(item) == "phase: 3")
    # the value links to its highlighted words, "phase III", in the text
    assert f'href="#a0-{phase.anchor}"' in page
    assert f'id="a0-{phase.anchor}"' in page and ">phase III</mark>" in page


def test_a_placebo_design_given_by_a_sham_control_arm_quotes_the_arm(run_with_evidence) -> None:
    text = ("New pill cuts migraine days\n\nA randomized trial enrolled 600 adults with chronic migraine at 40 "
            "hospitals.\nPatients took the pill or sham pills for 12 weeks.\n")
    record = run_with_evidence(text)
    assert "placebo-controlled" in record["trial"]["design"]
    words = _words(record, text, "trial", "design", "placebo-controlled")
    assert words["rule"] == "placebo-controlled:control-arm" and "sham" in words["text"]


def test_a_reference_line_is_read_with_its_place_and_its_reader() -> None:
    from trialnews.facts.references import reference_citations_at
    text = "Cooling caps\n\n  Reference: Berg A, Lund K, Holm T, et al. Scalp cooling in breast cancer. Acta Oncol. 2019;58:1-8.  \n"
    (found, where, (start, end, rule)), = list(reference_citations_at(text))
    assert text[start:end] == text.strip().split("\n")[-1].strip()  # the line without its spaces
    assert found["journal"] == "Acta Oncol" and rule.startswith("citation:") and rule.endswith("-reference")


def test_each_header_value_has_an_anchor_of_its_own(run_with_evidence) -> None:
    record = run_with_evidence(TRIAL_STORY)
    items = header_evidence_items(record)
    assert len({item.anchor for item in items}) == len(items)
    assert {describe(item) for item in items} >= {"design: randomized", "design: double-blind", "phase: 3"}


def test_a_prose_authors_evidence_is_the_whole_name_not_a_longer_one(run_with_evidence) -> None:
    """A participant whose name holds the author's (``Joann Leeds`` and ``Ann Lee``) is not its place."""
    story = ("Sleep drug helps shift workers\n\nJoann Leeds, 71, joined the trial last spring. The pill helped her "
             "sleep, said Dr. Ann Lee, the study's lead author, a sleep researcher at Valley Medical Center. The "
             "study appears in the journal Sleep Medicine.\n")
    record = run_with_evidence(story)
    assert "Ann Lee" in record["citation"]["authors"]
    words = record["citation"]["evidence"]["authors"]["Ann Lee"]
    assert words["text"] == "Ann Lee" and story[words["start"] - 4:words["start"]] == "Dr. "


def test_a_reference_lines_year_is_the_one_after_its_journal(run_with_evidence) -> None:
    """A title that holds the year (``... in the 2021 season``) does not give the year its words."""
    story = ("Flu shots cut hospital visits\n\nIn a randomized trial, 400 older adults got a high-dose flu vaccine "
             "or a standard one.\n\nSource: Berg A, Holm K, Lund P, et al. High-dose flu vaccine in the 2021 season: "
             "a randomized trial. Vaccine. 2021;39:11-18.\n")
    record = run_with_evidence(story)
    assert record["citation"]["year"] == 2021
    year = record["citation"]["evidence"]["year"]
    assert year["start"] > story.index("Vaccine. 2021")


def test_a_trial_name_given_as_the_trials_quotes_the_place_that_names_it(run_with_evidence) -> None:
    """``The trial, called DAWNSTEP, ...`` after ``the DAWNSTEP trial``: the rule claims the cue, so its
    words are the name after ``called``."""
    story = ("Pill eases restless legs\n\nResults of the DAWNSTEP trial were reported on Monday. The trial, called "
             "DAWNSTEP, enrolled 210 adults with restless legs who took the pill or a placebo each night.\n")
    record = run_with_evidence(story)
    assert record["trial"]["name"] == "DAWNSTEP"
    words = record["trial"]["evidence"]["name"]
    assert words["rule"] == "trial-name:named-as-trial"
    assert words["start"] == story.index("called DAWNSTEP") + len("called ")


def test_a_condition_named_before_its_people_has_its_own_rule(run_with_evidence) -> None:
    """``180 melanoma patients``: a people noun after the disease, not a cue before it, read it."""
    story = ("Vaccine slows melanoma in trial\n\nIn a randomized trial, 180 melanoma patients received the new "
             "vaccine or a placebo shot for a year. The vaccine group relapsed less often.\n")
    record = run_with_evidence(story)
    words = record["trial"]["evidence"]["condition"]
    assert record["trial"]["condition"] == "melanoma"
    assert (words["rule"], words["start"]) == ("condition:people-noun-after", story.index("melanoma patients"))


def test_a_value_without_words_is_shown_with_its_rule_not_called_inferred() -> None:
    """A reference reader may rewrite a value (a name turned round) so that its words are nowhere in
    the text: it keeps its rule and no offsets, and show and the review page say so without calling
    it inferred."""
    from trialnews.writers.records import EvidenceItem
    from trialnews.writers.terminal import _evidence
    rewritten = {"start": None, "end": None, "text": None, "rule": "citation:vancouver-reference"}
    item = EvidenceItem("citation", 0, {"name": "authors", "value": "Berg A", "evidence": rewritten})
    shown = _evidence(item, "Cooling caps\n\nBy Anna Berg\n").plain
    assert shown == "no words of its own: citation:vancouver-reference"
    record = {"source": {"path": "story.txt", "sha256": "0" * 64, "chars": 26}, "article": {"title": "Cooling caps"},
              "trial": {}, "citation": {"authors": ["Berg A"], "evidence": {"authors": {"Berg A": rewritten}}},
              "warnings": []}
    page = review_html([record])
    assert "(no words of its own)" in page and "inferred:" not in page
