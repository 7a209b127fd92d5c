"""One catalogue of coded errors and warnings, in the style of spaCy's ``spacy/errors.py``.

Every message says what was wrong, with which input, and what to do. Code raises
``TrialnewsError(Errors.E001, path=...)``; the batch runner turns the error into an
``errors.jsonl`` entry with the code, the stage and the formatted message.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


class Errors:
    # Reading and decoding (stage "read")
    E001 = "File not found: {path}. Check the path, or remove it from the list of inputs."
    E002 = "Cannot read {path}: {reason}. Check the file's permissions and that it is a regular file."
    E003 = ("{path} looks binary ({reason}), not an article. trialnews reads .txt, .md, .html and "
            ".htm files; remove it from the folder or convert it to text first.")
    E004 = ("Cannot decode {path}: {reason}. Save the file as UTF-8, or as a saved web page with a "
            "declared charset.")
    E005 = "{path} is empty or holds only whitespace: there is no article to extract from."
    E006 = ("{path} is {size} bytes, above the limit of {limit} bytes. Split it into one article per "
            "file, or raise the limit with --max-bytes.")
    E007 = ("Unsupported file type {suffix!r} for {path}. trialnews reads .txt, .md, .html and .htm; "
            "rename the file if it is one of those.")
    E008 = ("No article text could be found in the web page {path} ({reason}). Save the page as text, "
            "or check that it holds an article and not only navigation.")
    E009 = "{path} is a folder loop or a broken link ({reason}); it was skipped."

    # Processing (stage "process")
    E101 = ("The pipeline failed on {path}: {reason}. This is a bug in trialnews: please report it "
            "with the file.")
    E102 = ("The record for {path} failed validation: {reason}. This is a bug in trialnews: please "
            "report it with the file.")
    E103 = ("Value {value!r} in field {field} is not found at its evidence [{start}:{end}] in {path}. "
            "This is a bug in trialnews: please report it with the file.")

    # Configuration and command line (stage "config")
    E201 = "No articles found under {paths}: give files or folders holding .txt, .md or .html files."
    E202 = ("The pattern file {name} has a bad line {line}: {reason}. Each line must be a JSON object "
            "with \"label\", \"pattern\" and \"id\".")
    E203 = "Cannot read the records file {path}: {reason}. Give a JSONL file written by `trialnews extract`."
    E204 = "Unsupported output format {suffix!r} for {path}: use one of {allowed}."
    E205 = "The gold file {path} is not valid JSON: {reason}. Fix the file; see ANNOTATION.md for the format."
    E206 = "No gold files (*.gold.json) found in {path}: `trialnews eval` needs articles with their gold beside them."
    E207 = "Cannot write {path}: {reason}. Check that the folder exists and is writable."
    E208 = "The Dask engine needs the optional extra: pip install 'trialnews[dask]' ({reason})."
    E209 = ("Unknown value {value!r} for the setting {setting} of the component {component}: use one of "
            "{allowed}. Check the pipeline's config (nlp.config).")
    E210 = ("{path} is being written by another trialnews run (it holds the file's lock). Wait for that "
            "run to end, or give another output file.")
    E211 = ("Cannot resume into {path}: {reason}. Its first {keep} lines are whole records: keep them "
            "(head -n {keep} {path} > kept.jsonl, then move kept.jsonl to {path}) and run --resume again, or "
            "run without --resume to start afresh.")
    E212 = ("The records and the errors would both be written to {path}: give --errors another file "
            "(default: errors.jsonl beside the output).")
    E213 = ("The benchmark's peer, {peer}, is not installed ({reason}): install the bench extra "
            "(pip install '.[bench]', as `make bench` does) or pass --no-peer.")
    E214 = ("Bad value {value!r} for the setting {setting} of the component {component}: {reason}. "
            "Check the pipeline's config (nlp.config).")
    E215 = ("The lexicon {name} has a bad line {line}: {reason}. Each entry is a line of its own: the "
            "entry, a tab, then its uses separated by spaces (the file's # header lists the uses).")
    E216 = ("No entry of the lexicon {name} has the use {use!r}: check the spelling of the use against "
            "the file's # header.")
    E217 = ("The lexicons include each other ({cycle}): an @include line cannot lead back to its own "
            "file. Remove one of the @include lines.")
    E218 = ("The score weights {name} cannot be used: {reason}. The file is a JSON object with "
            "\"bias\", \"threshold\" and \"weights\" (feature name to number), as "
            "bench/train_conclusions.py writes it.")
    E219 = ("The pipeline has no component {name!r} (its components: {names}): a doc cannot be run up to it. "
            "Use one of the pipeline's component names (trialnews.nlp.PIPES).")


class Warnings:
    """Messages put on a record's ``warnings`` list: what the pipeline saw and could not resolve."""

    W001 = "W001 \"respectively\" with {n_values} values and {n_arms} arms: not linked ({text!r})"
    W002 = "W002 percentage {value} outside 0-100 dropped ({text!r})"
    W003 = "W003 p-value {value} outside 0-1 dropped ({text!r})"
    W004 = "W004 confidence interval {low}-{high} does not contain the estimate {estimate}: interval dropped ({text!r})"
    W005 = "W005 arm {arm!r} has n={n}, above the trial's total {total}: arm size dropped ({text!r})"
    W006 = "W006 {field} item dropped: {reason} ({text!r})"
    W007 = "W007 several trials seem to be described; the record follows the first ({names})"
    W008 = "W008 {field} item names arm {arm!r}, which is not among the arms: {action} ({text!r})"
    W009 = "W009 {field} value {value!r} dropped: {reason}"
    W020 = ("W020 {count} value(s) of one group name none of the record's arms and were left out, since their "
            "arm cannot be told: {values}")
    W021 = ("W021 design single-arm inferred: one tested arm ({arm!r}), no comparison, and no word of the story "
            "sets its people beside others (randomized, placebo, control group, compared with, ...)")
    W010 = ("W010 the file is UTF-8 but for {count} bad byte sequence(s), first {byte}: each replaced by "
            "U+FFFD")
    W011 = "W011 {count} more {code} warnings like those above, not listed"


MAX_WARNINGS_PER_CODE = 20
"""At most this many warnings of one code on a record; the rest are counted in one W011. A record
stays readable (and small) when a text repeats one problem thousands of times."""


def merged_warnings(warnings: Iterable[str]) -> list[str]:
    """``warnings`` without repeats (first seen kept, in order), at most :data:`MAX_WARNINGS_PER_CODE`
    of each code, and a W011 per code counting the ones left out."""
    kept: list[str] = []
    seen: Counter[str] = Counter()
    for warning in dict.fromkeys(warnings):
        code = warning.split(" ", 1)[0]
        seen[code] += 1
        if seen[code] <= MAX_WARNINGS_PER_CODE:
            kept.append(warning)
    kept += [Warnings.W011.format(count=count - MAX_WARNINGS_PER_CODE, code=code)
             for code, count in seen.items() if count > MAX_WARNINGS_PER_CODE]
    return kept


def code_of(template: str) -> str | None:
    """The code (``"E006"``) of a message of :class:`Errors`, or ``None`` if it is not one."""
    return next((name for name, value in vars(Errors).items() if value is template), None)


class TrialnewsError(Exception):
    """An error with a code from :class:`Errors`, formatted with its keyword arguments.

    Only the catalogue's own messages are accepted: an error without a code is a bug of the
    caller, raised as ``ValueError`` at once rather than shown to a user as ``E000``.
    """

    def __init__(self, template: str, *, stage: str = "process", **kwargs: object) -> None:
        code = code_of(template)
        if code is None:
            raise ValueError(f"TrialnewsError needs a message of trialnews.errors.Errors, not {template!r}")
        self.code = code
        self.stage = stage
        self.fields = kwargs
        super().__init__(f"[{self.code}] " + template.format(**kwargs))

    @classmethod
    def from_entry(cls, entry: dict[str, str]) -> TrialnewsError:
        """The error again from its ``errors.jsonl`` entry (code, stage, reason), code kept."""
        error = cls.__new__(cls)
        error.code, error.stage, error.fields = entry["code"], entry.get("stage", "process"), {}
        Exception.__init__(error, entry["reason"])
        return error
