"""The review page: one self-contained HTML file to check every extracted value against its words.

Each article is shown with its extracted values highlighted in the text (coloured by field) and
its record beside it as tables; clicking a value in the record scrolls to its highlight and makes
it flash, clicking a highlight finds its row. The page needs no network: CSS and JavaScript are
inline, fonts are the system's.

The record holds only offsets, so the article is read again from ``source.path`` (relative to
``base``) with :func:`trialnews.reading.reader.read_article`; the text is shown only when the file's SHA-256
is the record's. Otherwise (missing or changed file) the record is shown without highlights, with
a visible note. All text is escaped with :func:`html.escape`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import Errors, TrialnewsError
from ..record import HEADER_EVIDENCE_FIELDS
from .records import (EVIDENCE_FIELDS, EvidenceItem, Item, SourceCheck, citation_text, describe,
                      evidence_items, evidence_matches, header_evidence_items, load_source, provenance)

HIGHLIGHT_CLASS = "hl"
"""The class of every highlight (``<mark>``) in the text; ``f-FIELD`` gives its colour."""

FIELD_NAMES = {
    "arms": "arms",
    "sample_sizes": "sample sizes",
    "endpoints": "endpoints",
    "results": "results",
    "comparisons": "comparisons",
    "conclusions": "conclusions",
    "trial": "trial",
    "citation": "citation",
}
"""How each evidence field is named on the page (legend and section headings); ``trial`` and
``citation`` are the values of those headers (phase, design tags, journal, ...)."""

SHA_SHOWN = 12
"""Hex digits of the SHA-256 shown beside the file name."""

PAGE_TITLE = "trialnews review"


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    field: str
    ref: str
    title: str
    order: int


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


# --- Highlighting ----------------------------------------------------------------------------


def highlight(text: str, spans: list[_Span]) -> str:
    """``text`` as escaped HTML with a ``<mark>`` per span; overlapping spans are nested.

    The text is cut at every span boundary; each piece is wrapped in the marks covering it,
    outermost (earliest start, then longest) first. A mark stays open across pieces while it can;
    when an inner span outlives an outer one that closes, the inner one is closed and reopened as
    a continuation (same ``data-ref``, no ``id``), so the HTML is always well nested. The first
    piece of each span carries its ``id``: the target of the links in the record table.
    """
    spans = [span for span in spans if span.start < span.end]
    cuts = sorted({0, len(text), *(span.start for span in spans), *(span.end for span in spans)})
    out: list[str] = []
    stack: list[_Span] = []
    opened: set[str] = set()
    for left, right in zip(cuts, cuts[1:]):
        covering = sorted((span for span in spans if span.start <= left and span.end >= right),
                          key=lambda span: (span.start, -span.end, span.order))
        keep = 0
        while keep < min(len(stack), len(covering)) and stack[keep] is covering[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        del stack[keep:]
        for span in covering[keep:]:
            out.append(_open_mark(span, first=span.ref not in opened))
            opened.add(span.ref)
            stack.append(span)
        out.append(html.escape(text[left:right], quote=False))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def _open_mark(span: _Span, *, first: bool) -> str:
    id_attribute = f' id="{_esc(span.ref)}"' if first else ""
    classes = f"{HIGHLIGHT_CLASS} f-{span.field}" + ("" if first else " cont")
    return (f'<mark class="{classes}"{id_attribute} data-ref="{_esc(span.ref)}" '
            f'title="{_esc(FIELD_NAMES[span.field])}: {_esc(span.title)}">')


# --- One article -----------------------------------------------------------------------------


def _article_html(record: Item, number: int, source: SourceCheck) -> str:
    prefix = f"a{number}"
    items = evidence_items(record) + header_evidence_items(record)
    text = source.text
    found = [item for item in items if text is not None and evidence_matches(text, item)]
    inferred = sum(1 for item in items if item.start is None)  # values with a rule and no words: not missing
    found_refs = {f"{prefix}-{item.anchor}" for item in found}
    notes = [source.note] if source.note else []
    missing = len(items) - len(found) - inferred
    if text is not None and missing:
        notes.append(f"{missing} of {len(items)} values do not match the text at their offsets; they are "
                     "listed without a link.")
    spans = [_Span(item.start, item.end, item.field, f"{prefix}-{item.anchor}", describe(item), order)
             for order, item in enumerate(found)]
    body = highlight(text, spans) if text is not None else ""
    article = record.get("article") or {}
    title = article.get("title") or Path(record["source"]["path"]).name
    parts = [f'<article class="doc" id="{prefix}">', '<header class="doc-head">',
             f"<h2>{_esc(title)}</h2>", _source_line(record), _trial_line(record)]
    parts += [f'<p class="note" role="note">{_esc(note)}</p>' for note in notes]
    parts.append("</header>")
    parts.append('<div class="panes">')
    if text is not None:
        parts.append(f'<section class="text-pane" aria-label="article text"><div class="text">{body}</div></section>')
    else:
        parts.append('<section class="text-pane empty" aria-label="article text">'
                     '<p>The article text is not available.</p></section>')
    parts.append(_record_html(record, prefix, items, found_refs))
    parts.append("</div></article>")
    return "\n".join(parts)


def _source_line(record: Item) -> str:
    source = record["source"]
    facts = [f"<code>{_esc(source['path'])}</code>", f"sha256 {_esc(source['sha256'][:SHA_SHOWN])}…"]
    facts += [_esc(source[key]) for key in ("encoding", "format") if source.get(key)]
    facts.append(f"{source['chars']:,} characters")
    return f'<p class="source">{" · ".join(facts)}</p>'


def _trial_line(record: Item) -> str:
    trial = record.get("trial") or {}
    article = record.get("article") or {}
    facts = [trial.get("name"), f"phase {trial['phase']}" if trial.get("phase") else None,
             ", ".join(trial.get("design") or []), trial.get("condition"),
             article.get("author"), article.get("published")]
    shown = [f"<span>{_esc(fact)}</span>" for fact in facts if fact]
    return f'<p class="trial">{" · ".join(shown)}</p>' if shown else ""


def _record_html(record: Item, prefix: str, items: list[EvidenceItem], found_refs: set[str]) -> str:
    parts = ['<section class="record-pane" aria-label="record">', '<table class="facts"><tbody>']
    for name, value in _header_facts(record):
        parts.append(f"<tr><th>{_esc(name)}</th><td>{value}</td></tr>")
    parts.append("</tbody></table>")
    for field in (*EVIDENCE_FIELDS, *HEADER_EVIDENCE_FIELDS):
        field_items = [item for item in items if item.field == field]
        if not field_items:
            continue
        parts.append(f'<h3><span class="swatch f-{field}"></span>{_esc(FIELD_NAMES[field])} '
                     f'<span class="count">{len(field_items)}</span></h3>')
        parts.append(f'<table class="items f-{field}"><tbody>')
        for item in field_items:
            ref = f"{prefix}-{item.anchor}"
            label = _esc(describe(item))
            why = _esc(provenance(item))
            if ref in found_refs:
                cell = (f'<a class="jump" href="#{_esc(ref)}" data-ref="{_esc(ref)}" '
                        f'title="show in the text ({why})">{label}</a>')
            elif item.start is None:
                cell = f'<span class="inferred" title="no words of its own: its rule says how it was read">{label}</span>'
            else:
                cell = f'<span class="unlinked" title="not shown in the text">{label}</span>'
            if why:
                cell += f'<div class="why">{why}</div>'
            quote = f"“{_esc(item.quoted)}”" if item.quoted is not None else "(no words of its own)"
            parts.append(f'<tr id="row-{_esc(ref)}"><td>{cell}</td>'
                         f'<td class="quote">{quote}</td></tr>')
        parts.append("</tbody></table>")
    warnings = record.get("warnings") or []
    if warnings:
        parts.append('<h3>warnings <span class="count">' + str(len(warnings)) + "</span></h3>")
        parts.append('<ul class="warnings">' + "".join(f"<li>{_esc(w)}</li>" for w in warnings) + "</ul>")
    parts.append("</section>")
    return "\n".join(parts)


def _header_facts(record: Item) -> list[tuple[str, str]]:
    """The record's values without evidence, as (name, escaped HTML) rows."""
    trial = record.get("trial") or {}
    citation = record.get("citation") or {}
    facts = [
        ("trial", _esc(trial.get("name") or "")),
        ("registry", _esc(", ".join(trial.get("registry_ids") or []))),
        ("phase", _esc(trial.get("phase") or "")),
        ("design", _esc(", ".join(trial.get("design") or []))),
        ("condition", _esc(trial.get("condition") or "")),
        ("citation", _esc(citation_text(citation))),
    ]
    doi = citation.get("doi")
    if doi:
        facts.append(("DOI", f'<a href="https://doi.org/{_esc(doi)}" rel="noreferrer">{_esc(doi)}</a>'))
    return [(name, value) for name, value in facts if value]


# --- The page --------------------------------------------------------------------------------


def review_html(records: Iterable[Item], *, base: Path | None = None, origin: str = "",
                roots: Sequence[Path] | None = None) -> str:
    """The review page for ``records``; articles are re-read from ``source.path`` under ``base``
    (only inside the folders ``roots``, when given: see :func:`~trialnews.writers.records.load_source`)."""
    records = list(records)
    articles = [_article_html(record, number, load_source(record, base=base, roots=roots))
                for number, record in enumerate(records)]
    legend = "".join(f'<span class="key f-{field}">{_esc(name)}</span>' for field, name in FIELD_NAMES.items())
    contents = "".join(
        f'<li><a href="#a{number}">{_esc((record.get("article") or {}).get("title") or record["source"]["path"])}</a>'
        f' <span class="count">{_plural(len(evidence_items(record)), "value")}</span></li>'
        for number, record in enumerate(records))
    count = _plural(len(records), "article")
    origin_text = f" from <code>{_esc(origin)}</code>" if origin else ""
    return "\n".join([
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{PAGE_TITLE} · {count}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        '<body data-highlights="0">',
        '<header class="page-head">',
        f'<div class="brand"><h1>{PAGE_TITLE}</h1><p>{count}{origin_text} · click a value in a record to '
        "find its words; click highlighted words to find their value</p></div>",
        f'<div class="legend" aria-label="colours">{legend}</div>',
        "</header>",
        f'<nav class="contents" aria-label="articles"><ol>{contents}</ol></nav>' if len(records) > 1 else "",
        "<main>",
        *articles,
        "</main>",
        f"<script>{SCRIPT}</script>",
        "</body></html>",
    ])


def _plural(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def write_review(records: Iterable[Item], path: Path, *, base: Path | None = None, origin: str = "",
                 roots: Sequence[Path] | None = None) -> None:
    """Write the review page to ``path`` (E204 unless it ends in .html or .htm)."""
    if path.suffix.lower() not in REVIEW_SUFFIXES:
        raise TrialnewsError(Errors.E204, stage="config", suffix=path.suffix, path=path,
                             allowed=", ".join(REVIEW_SUFFIXES))
    page = review_html(records, base=base, origin=origin, roots=roots)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    except OSError as error:
        raise TrialnewsError(Errors.E207, stage="config", path=path, reason=error.strerror or error) from error


REVIEW_SUFFIXES = (".html", ".htm")

STYLE = """
:root {
  --ink: #1d2433; --muted: #5b6475; --line: #dfe3ea; --paper: #ffffff; --page: #f4f5f8;
  --arms: #cfe2ff; --arms-edge: #2f6fd6;
  --sample_sizes: #e6dbff; --sample_sizes-edge: #7a4fd6;
  --endpoints: #c9efdc; --endpoints-edge: #16895a;
  --results: #ffe2ad; --results-edge: #c77d00;
  --comparisons: #ffd2da; --comparisons-edge: #cc2d4f;
  --conclusions: #f3efdc; --conclusions-edge: #a8975a;
  --trial: #e3e7ec; --trial-edge: #56627a;
  --citation: #f6dde8; --citation-edge: #b0486f;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
code { font: 12px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; }
.page-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px 24px;
  padding: 12px 28px; background: #1f2a3d; color: #fff; position: sticky; top: 0; z-index: 5; }
.page-head h1 { margin: 0; font-size: 18px; letter-spacing: .02em; }
.page-head p { margin: 2px 0 0; color: #c9d2e3; font-size: 13px; }
.page-head code { color: #fff; }
.legend { display: flex; flex-wrap: wrap; gap: 6px; }
.key { padding: 2px 9px; border-radius: 10px; font-size: 12px; color: var(--ink); border-bottom: 2px solid; }
.contents { margin: 16px 28px 0; padding: 10px 16px; background: var(--paper); border: 1px solid var(--line);
  border-radius: 8px; }
.contents ol { margin: 0; padding-left: 22px; columns: 2; column-gap: 40px; }
.contents li { break-inside: avoid; padding: 1px 0; }
.contents a { color: #1f4fa8; text-decoration: none; }
.contents .count { color: var(--muted); font-size: 12px; }
main { padding: 16px 28px 40px; }
.doc { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; margin-bottom: 24px;
  box-shadow: 0 1px 3px rgba(20, 30, 50, .06); overflow: hidden; }
.doc-head { padding: 14px 20px 10px; border-bottom: 1px solid var(--line); }
.doc-head h2 { margin: 0 0 4px; font-size: 19px; line-height: 1.3; }
.source { margin: 0; color: var(--muted); font-size: 12px; }
.trial { margin: 4px 0 0; font-size: 13px; }
.trial span:first-child { font-weight: 600; }
.note { margin: 8px 0 0; padding: 8px 12px; background: #fff4e5; border-left: 4px solid #e08a00;
  border-radius: 4px; color: #6b3d00; }
.panes { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); scroll-margin-top: 72px; }
.text-pane, .record-pane { max-height: 78vh; overflow: auto; scroll-margin-top: 72px; }
.text-pane { padding: 18px 26px 26px; border-right: 1px solid var(--line); }
.text-pane.empty { color: var(--muted); font-style: italic; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 16px/1.7 Georgia, "Times New Roman", serif;
  max-width: 80ch; }
.record-pane { padding: 14px 20px 24px; background: #fbfcfd; }
.facts { border-collapse: collapse; width: 100%; margin-bottom: 6px; }
.facts th { text-align: left; vertical-align: top; width: 84px; padding: 3px 8px 3px 0; color: var(--muted);
  font-weight: 500; }
.facts td { padding: 3px 0; }
.facts a { color: #1f4fa8; }
h3 { display: flex; align-items: center; gap: 8px; margin: 14px 0 4px; font-size: 12px; text-transform: uppercase;
  letter-spacing: .06em; color: var(--muted); }
h3 .count { font-weight: 400; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; border: 2px solid; }
.items { border-collapse: collapse; width: 100%; }
.items td { padding: 4px 6px; border-top: 1px solid var(--line); vertical-align: top; }
.items td.quote { color: var(--muted); font-size: 12px; width: 38%; }
.items .why { color: var(--muted); font-size: 11px; margin-top: 2px; }
.items tr:target td, .items tr.current-row td { background: #fffbe6; }
a.jump { color: var(--ink); text-decoration: none; border-bottom: 2px solid; padding: 0 2px; border-radius: 2px;
  cursor: pointer; }
a.jump:hover, a.jump:focus { outline: 2px solid var(--ink); outline-offset: 1px; }
.unlinked, .inferred { color: var(--muted); }
.inferred { font-style: italic; }
.warnings { margin: 4px 0; padding-left: 18px; color: #7a4b00; font-size: 13px; }
mark.hl { color: inherit; padding: 1px 0; border-radius: 2px; cursor: pointer; border-bottom: 2px solid; }
mark.hl mark.hl { padding: 1px 1px; }
""" + "".join(
    f".f-{field}.hl, .f-{field} .jump, .key.f-{field}, .swatch.f-{field} {{ background: var(--{field}); "
    f"border-color: var(--{field}-edge); }}\n"
    for field in FIELD_NAMES) + """
mark.hl.f-conclusions { border-bottom: 2px dotted var(--conclusions-edge); }
mark.hl.current, a.jump.current { outline: 2px solid var(--ink); outline-offset: 1px;
  animation: flash 1.4s ease-out 1; }
@keyframes flash { 0%, 40% { box-shadow: 0 0 0 6px rgba(255, 196, 0, .85); } 100% { box-shadow: 0 0 0 0 rgba(255, 196, 0, 0); } }
@media (max-width: 900px) { .panes { grid-template-columns: 1fr; } .text-pane { border-right: 0; } }
@media print { .page-head { position: static; } .text-pane, .record-pane { max-height: none; overflow: visible; } }
"""

SCRIPT = """
(function () {
  "use strict";
  var body = document.body;
  body.setAttribute("data-highlights", String(document.querySelectorAll("mark.hl[id]").length));
  function byRef(ref) {
    return Array.prototype.filter.call(document.querySelectorAll("[data-ref]"), function (el) {
      return el.getAttribute("data-ref") === ref;
    });
  }
  function focusValue(ref, scrollText, scrollRow, instant) {
    Array.prototype.forEach.call(document.querySelectorAll(".current, .current-row"), function (el) {
      el.classList.remove("current");
      el.classList.remove("current-row");
    });
    byRef(ref).forEach(function (el) {
      void el.offsetWidth;  // restart the flash animation
      el.classList.add("current");
    });
    var row = document.getElementById("row-" + ref);
    if (row) { row.classList.add("current-row"); }
    var mark = document.getElementById(ref);
    var behavior = instant ? "auto" : "smooth";
    if (scrollText && mark) { reveal(mark, behavior); }
    if (scrollRow && row) { reveal(row, behavior); }
    body.setAttribute("data-current", ref);
  }
  // Scroll the pane holding el so that el is in its middle, and bring the pane into view only if
  // it is not (scrollIntoView would also scroll the page under the sticky header).
  function reveal(el, behavior) {
    var pane = el.closest(".text-pane, .record-pane");
    if (!pane) { el.scrollIntoView({behavior: behavior, block: "center"}); return; }
    var offset = el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
    pane.scrollTo({top: Math.max(0, offset - pane.clientHeight / 2), behavior: behavior});
    var box = pane.getBoundingClientRect();
    var header = document.querySelector(".page-head").getBoundingClientRect().bottom;
    if (box.top < header || box.bottom > window.innerHeight) {
      pane.scrollIntoView({behavior: behavior, block: "nearest"});
    }
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.jump");
    if (link) {
      event.preventDefault();
      focusValue(link.getAttribute("data-ref"), true, false, false);
      history.replaceState(null, "", "#" + link.getAttribute("data-ref"));
      return;
    }
    var mark = event.target.closest("mark.hl");
    if (mark) { focusValue(mark.getAttribute("data-ref"), false, true, false); }
  });
  // Opened at a value's anchor: the browser has scrolled the page to it; show its whole article
  // below the sticky header instead, with the value in the middle of its pane.
  function openAtHash() {
    var ref = decodeURIComponent(location.hash.slice(1));
    if (!document.getElementById("row-" + ref)) { return; }
    var article = document.getElementById(ref).closest(".doc");
    var header = document.querySelector(".page-head").offsetHeight;
    window.scrollTo(0, Math.max(0, article.getBoundingClientRect().top + window.scrollY - header - 12));
    focusValue(ref, true, true, true);
  }
  if (location.hash.length > 1) {
    if (document.readyState === "complete") { openAtHash(); }
    else { window.addEventListener("load", openAtHash); }
  }
})();
"""
