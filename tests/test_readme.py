"""The README (and ``docs/history.md``, which it points to) agrees with the code: every name it gives a
reader exists.

Each kind of name is its own test: the files of ``patterns/`` (by path or by bare name), the
``bench/`` tools (and their ``--help``), the ``trialnews`` commands and their options, the module
paths (``trialnews.x.y``, ``linking/groups.py``, ``file.py:function``, ``module.function``), the
private and constant names of the code, the warning and error codes (both ways: every code the
README names is in ``trialnews.errors``, every code there is in the README) and the components'
settings (a setting given with its default, ``max_arms`` (6), has that default in ``nlp.config``).
A curator who edits ``patterns/`` by the README, or a newcomer who follows it, never meets a name
that no longer exists.
"""

from __future__ import annotations

import fnmatch
import importlib
import pkgutil
import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
import typer.main

import trialnews
from trialnews.cli import app
from trialnews.errors import Errors, Warnings

ROOT = Path(__file__).resolve().parents[1]
#: The README proper, where the error catalogue, the command table and the install are written.
README_PROPER = (ROOT / "README.md").read_text(encoding="utf-8")
#: The README and the round-by-round history it points to: every name either gives must exist.
README = README_PROPER + "\n\n" + (ROOT / "docs" / "history.md").read_text(encoding="utf-8")
PATTERNS = ROOT / "patterns"
PACKAGE = ROOT / "pipeline" / "trialnews"
#: Everything the README writes in backticks (one line each; a code block's lines are not spans).
SPANS = re.findall(r"`([^`\n]+)`", README)
#: Bare file names in backticks that are outputs or stand-ins, not files of ``patterns/``.
NOT_PATTERN_FILES = {"records.jsonl", "errors.jsonl", "NAME.jsonl", "NAME.errors.jsonl", "NAME.gold.json",
                     "_words.txt", "_verbs.txt"}
FILE_NAME = re.compile(r"[\w-]+\.(?:txt|tsv|json|jsonl|phrases)")


def pattern_file_names() -> set[str]:
    return {path.relative_to(PATTERNS).as_posix() for path in PATTERNS.rglob("*") if path.is_file()} | {
        path.name for path in PATTERNS.rglob("*") if path.is_file()}


# -- patterns/ ------------------------------------------------------------------------------------

def test_every_patterns_path_the_readme_names_exists() -> None:
    files = {path.relative_to(ROOT).as_posix() for path in PATTERNS.rglob("*") if path.is_file()}
    named = set(re.findall(r"patterns/[\w./*-]*[\w*]", README))
    assert len(named) > 50
    assert sorted(path for path in named if not fnmatch.filter(files, path) and not (ROOT / path).is_dir()) == []


def test_every_bare_pattern_file_name_the_readme_names_exists() -> None:
    names = pattern_file_names()
    named = {span.split(':')[0] for span in SPANS if FILE_NAME.fullmatch(span.split(':')[0])}
    assert len(named) > 200
    assert sorted(name for name in named - NOT_PATTERN_FILES if name not in names) == []


# -- bench/ ---------------------------------------------------------------------------------------

BENCH_TOOLS = sorted(set(re.findall(r"bench/(\w+\.py)", README)))


def test_every_bench_tool_the_readme_names_exists() -> None:
    assert len(BENCH_TOOLS) >= 5
    assert [tool for tool in BENCH_TOOLS if not (ROOT / "bench" / tool).is_file()] == []


@cache
def bench_help(tool: str) -> str:
    done = subprocess.run([sys.executable, str(ROOT / "bench" / tool), "--help"], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("tool", BENCH_TOOLS)
def test_every_bench_tool_answers_help(tool: str) -> None:
    assert "usage" in bench_help(tool).lower()


# -- the command line -----------------------------------------------------------------------------

def command_options() -> dict[str, set[str]]:
    group = typer.main.get_command(app)
    return {name: {opt for param in command.params for opt in [*param.opts, *param.secondary_opts]}
            for name, command in group.commands.items()}


#: The lines of the README's code blocks (``sh``), where commands are shown as typed.
CODE_LINES = [line.split("#")[0] for block in re.findall(r"^```\w*\n(.*?)^```", README, flags=re.M | re.S)
              for line in block.splitlines()]
#: ``trialnews CMD ...`` as the README shows it: in a backtick span, or in a line of a code block.
SHOWN_COMMANDS = [match.groups() for text in [*SPANS, *CODE_LINES]
                  for match in re.finditer(r"\btrialnews ([a-z][a-z-]*)([^&]*)", text)]  # to an && (another program)


def test_every_trialnews_command_the_readme_shows_exists() -> None:
    commands = command_options()
    shown = {command for command, _ in SHOWN_COMMANDS}
    assert {"run", "extract", "eval"} <= shown
    assert sorted(shown - set(commands)) == []


def test_every_option_shown_after_a_command_is_that_commands() -> None:
    commands = command_options()
    wrong = [(command, option) for command, rest in SHOWN_COMMANDS if command in commands
             for option in re.findall(r"(?<![\w-])--?[a-z][\w-]*", rest)
             if option not in commands[command] | {"--help"}]
    assert wrong == []


def test_every_option_in_the_command_table_is_its_commands() -> None:
    commands = command_options()
    table = re.findall(r"^\| `trialnews ([a-z-]+)[^|]*\|(.*)\|$", README, flags=re.M)
    assert len(table) >= 7
    wrong = [(command, option) for command, text in table for option in re.findall(r"`(--[a-z][\w-]*)", text)
             if option not in commands[command]]
    assert wrong == []


def test_every_option_the_readme_names_is_a_commands_or_a_bench_tools() -> None:
    known = {"--help"} | {option for options in command_options().values() for option in options}
    for tool in BENCH_TOOLS:
        known |= set(re.findall(r"(?<![\w-])--[a-z][\w-]*", bench_help(tool)))
    # a code block's line of another program (``dask worker ... --nthreads 1``) shows that program's options
    ours = "\n".join(line for line in README.splitlines()
                     if not re.match(r"(?:dask|pip|python3 -m venv)\b", line.strip()))
    named = set(re.findall(r"(?<![\w-])--[a-z][\w-]*", ours))
    assert len(named) > 10
    assert sorted(named - known) == []


# -- modules, files and functions -----------------------------------------------------------------

@cache
def modules() -> dict[str, ModuleType]:
    """Every module of the package by its dotted name (``trialnews.linking.groups``)."""
    found = {"trialnews": trialnews}
    for info in pkgutil.walk_packages(trialnews.__path__, "trialnews."):
        found[info.name] = importlib.import_module(info.name)
    return found


def resolve(module: ModuleType, names: list[str]) -> bool:
    thing: object = module
    for name in names:
        if not hasattr(thing, name):
            return False
        thing = getattr(thing, name)
    return True


def test_every_dotted_trialnews_path_imports() -> None:
    named = set(re.findall(r"\btrialnews(?:\.\w+)+", README))
    assert len(named) >= 5
    wrong = []
    for path in named:
        parts = path.split(".")
        for cut in range(len(parts), 0, -1):
            if ".".join(parts[:cut]) in modules():
                if not resolve(modules()[".".join(parts[:cut])], parts[cut:]):
                    wrong.append(path)
                break
    assert wrong == []


def repo_files() -> list[str]:
    return [path.relative_to(ROOT).as_posix() for folder in ("pipeline", "bench", "tests")
            for path in (ROOT / folder).rglob("*.py")]


def module_of_file(path: str) -> list[ModuleType]:
    """The package's modules whose file ends with ``path`` (``groups.py``, ``linking/groups.py``)."""
    return [module for module in modules().values()
            if (module.__file__ or "").replace("\\", "/").endswith("/" + path)]


def test_every_python_file_the_readme_names_exists() -> None:
    named = {match for match in re.findall(r"(?<![\w/.])([\w/]+\.py)\b", README)}
    assert len(named) > 30
    files = repo_files()
    assert sorted(path for path in named if not any(f == path or f.endswith("/" + path) for f in files)) == []


def test_every_file_and_function_the_readme_names_exists() -> None:
    """``facts/roles.py:added_to_base``: the function (or constant) is in that file's module."""
    named = set(re.findall(r"([\w/]+\.py):(\w+)", README))
    assert len(named) >= 5
    assert sorted(f"{path}:{name}" for path, name in named
                  if not any(hasattr(module, name) for module in module_of_file(path))) == []


def short_modules() -> dict[str, list[ModuleType]]:
    """Modules by every tail of their dotted name: ``results``, ``facts.results``, ..."""
    tails: dict[str, list[ModuleType]] = {}
    for name, module in modules().items():
        parts = name.split(".")
        for cut in range(1, len(parts)):
            tails.setdefault(".".join(parts[cut:]), []).append(module)
    return tails


#: Dotted spans whose head is a spaCy object, not one of the package's modules.
SPACY_LANGUAGE_ATTRIBUTES = {"nlp.config", "nlp.pipe", "nlp.analyze_pipes", "nlp.replace_pipe"}


#: A span that is a file's name, not a module's attribute (``scanning.py``, ``records.jsonl``).
FILE_SUFFIX = re.compile(r"\.(?:py|txt|tsv|json|jsonl|phrases|html?|csv|xlsx|md|ndjson|png)$")


def test_every_module_attribute_the_readme_names_exists() -> None:
    """``results.not_a_result``, ``facts.common.short_form_of``, ``scanning.COMPILED``: where the
    head names a module of the package, the rest is in it."""
    tails = short_modules()
    seen, wrong = 0, []
    for span in SPANS:
        if re.fullmatch(r"\w+(?:/\w+)+\.\w+", span) and not FILE_SUFFIX.search(span):
            span = span.replace("/", ".")  # ``facts/common.words_at``
        match = re.fullmatch(r"([\w.]+?)\.(\w+)(?:\(\))?", span)
        if not match or FILE_SUFFIX.search(span) or span in SPACY_LANGUAGE_ATTRIBUTES or span.split("(")[0] in SPACY_LANGUAGE_ATTRIBUTES:
            continue
        head, name = match.groups()
        parts = head.split(".")
        for cut in range(len(parts), 0, -1):
            found = tails.get(".".join(parts[:cut]))
            if found:
                seen += 1
                if not any(resolve(module, [*parts[cut:], name]) for module in found):
                    wrong.append(span)
                break
    assert seen >= 30
    assert wrong == []


def defined_names() -> set[str]:
    """Every name the package defines or assigns at any depth: functions, classes, constants."""
    names = set()
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r"^\s*(?:async\s+)?(?:def|class)\s+(\w+)", text, flags=re.M))
        names |= set(re.findall(r"^\s*(\w+)\s*(?::[^=\n]+)?=", text, flags=re.M))
    return names


def test_every_private_constant_and_class_name_the_readme_names_is_defined() -> None:
    """``_described_set_ups``, ``GIVEN_OBJECT_WORDS``, ``AnchoredScanner``, and the head of
    ``_Marks.sentence_starts``: each is defined somewhere in the package."""
    defined = defined_names()
    named = set()
    for span in SPANS:
        if FILE_SUFFIX.search(span):
            continue
        head = re.split(r"[.(]", span)[0]
        if re.fullmatch(r"_[a-z]\w*|_?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|_?[A-Z][a-z]+(?:[A-Z][a-z]*)+", head):
            named.add(head)
    named -= {"AND_PARTNER"}  # a rule's id (results.py), written as one
    assert len(named) > 20
    assert sorted(named - defined) == []


# -- codes ----------------------------------------------------------------------------------------

CATALOGUE = {name for name in [*vars(Errors), *vars(Warnings)] if re.fullmatch(r"[EW]\d{3}", name)}


def test_every_code_the_readme_names_is_in_the_catalogue() -> None:
    named = set(re.findall(r"\b[EW]\d{3}\b", README))
    assert sorted(named - CATALOGUE) == []


def test_every_code_of_the_catalogue_is_in_the_readme() -> None:
    named = set(re.findall(r"\b[EW]\d{3}\b", README_PROPER))
    assert len(CATALOGUE) > 30
    assert sorted(CATALOGUE - named) == []


# -- settings -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def settings() -> dict[str, dict[str, object]]:
    from trialnews.nlp import make_nlp

    return {name: dict(config) for name, config in make_nlp().config["components"].items()}


def test_every_setting_given_with_its_default_has_that_default(settings: dict[str, dict[str, object]]) -> None:
    """``max_arms`` (6), ``carry_sentences`` (the results component's config, default 2), the
    setting ``min_news_size``, 3: a setting of some component, with that default; a module's
    constant, ``GIVEN_OBJECT_WORDS`` (4), has that value."""
    given = re.findall(r"`(_?[A-Za-z]+(?:_[A-Za-z]+)+)` \((?:[^()0-9]*default )?(\d+)\)", README)
    given += re.findall(r"the setting `([a-z]+(?:_[a-z]+)+)`, (\d+)\)", README)
    assert len(given) >= 8
    defaults: dict[str, set[str]] = {}
    for config in settings.values():
        for key, value in config.items():
            defaults.setdefault(key, set()).add(str(value))
    constants = {name: str(getattr(module, name)) for module in modules().values() for name in vars(module)}
    wrong = [(name, value) for name, value in given
             if value not in defaults.get(name, set()) and constants.get(name) != value]
    assert wrong == []


def test_every_setting_the_readme_calls_a_components_is_in_its_config(settings: dict[str, dict[str, object]]) -> None:
    """A name the README gives as a setting or config (``the setting `min_news_size```, ``the
    component's `weights` setting``; a snake_case name within 70 characters of "config" or
    "setting", and the settings the README names elsewhere, ``within `ci_window```) is a key of
    some component's config."""
    keys = {key for config in settings.values() for key in config}
    flat = re.sub(r"\s*\n\s*", " ", README)
    named = {name for word in re.finditer(r"\bconfig\b|\bsettings?\b", flat)
             for name in re.findall(r"`([a-z]+(?:_[a-z]+)+)`", flat[max(0, word.start() - 70):word.end() + 70])}
    named |= {name for pair in re.findall(r"setting `(\w+)`|`(\w+)` setting", flat) for name in pair if name}
    named |= {"carry_sentences", "ci_window", "max_bracket_gap_words", "reference_chars", "outcome_linkers",
              "group_linkers", "lede_position", "opening_position", "long_statement_words", "min_abstract_authors",
              "min_reference_authors", "max_reference_chars", "max_arms"} & set(SPANS)
    assert len(named) >= 10
    assert sorted(named - keys) == []


# -- record fields and rules ----------------------------------------------------------------------

def schema_properties(node: object) -> set[str]:
    if isinstance(node, dict):
        own = set(node.get("properties", {})) if isinstance(node.get("properties"), dict) else set()
        return own | {name for value in node.values() for name in schema_properties(value)}
    if isinstance(node, list):
        return {name for value in node for name in schema_properties(value)}
    return set()


def package_text() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py"))


def test_every_record_field_path_the_readme_names_is_a_field() -> None:
    """``source.path``, ``evidence.links.endpoint``: fields of the record's schema; a key of the free
    ``links`` mapping (``links.assigned``) is one the package writes (``"assigned"``)."""
    from trialnews.record import Record

    fields = schema_properties(Record.model_json_schema())
    code = package_text()
    named = [span for span in SPANS
             if re.fullmatch(r"(?:source|evidence|links)(?:\.\w+)+", span) and not FILE_SUFFIX.search(span)]
    assert len(named) >= 8
    wrong = []
    for span in named:
        parts = span.split(".")
        after_links = parts[parts.index("links") + 1:] if "links" in parts else []
        plain = parts[:len(parts) - len(after_links)]
        if any(part not in fields for part in plain) or any(f'"{key}"' not in code for key in after_links):
            wrong.append(span)
    assert wrong == []


def test_every_rule_the_readme_names_is_a_rule() -> None:
    """``rule `treatment-alone```, ```number-hyphen-population` rule``: an id of a ``patterns/*.jsonl``
    rule or a rule name the package writes."""
    texts = package_text() + "\n".join(path.read_text(encoding="utf-8") for path in PATTERNS.glob("*.jsonl"))
    named = {name for pair in re.findall(r"rules? `([\w-]+)`|`([\w-]+)` rule\b", README) for name in pair if name}
    assert len(named) >= 10
    assert sorted(name for name in named if f'"{name}"' not in texts) == []


# -- set-up, commands and settings, the other way round ------------------------------------------

def test_every_make_target_the_readme_names_is_in_the_makefile() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([\w-]+):", makefile, flags=re.M))
    named = set(re.findall(r"`make ([a-z][\w-]*)", README)) | {
        target for line in CODE_LINES for target in re.findall(r"^\s*make ([a-z][\w-]*)", line)}
    assert {"run", "test"} <= named
    assert sorted(named - targets) == []


def test_the_readme_installs_as_the_makefile_does() -> None:
    """"Without `make`, the same by hand": the same extra, the same two commands."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "pip install --quiet '.[test]'" in makefile
    assert "$(BIN)/trialnews run" in makefile and "$(BIN)/pytest" in makefile
    assert ".venv/bin/pip install '.[test]'" in README_PROPER
    assert ".venv/bin/trialnews run" in README_PROPER and ".venv/bin/pytest" in README_PROPER


def test_every_command_of_the_cli_is_in_the_command_table() -> None:
    table = set(re.findall(r"^\| `trialnews ([a-z-]+)", README_PROPER, flags=re.M))
    assert sorted(set(command_options()) - table) == []


def test_a_config_example_sets_a_setting_of_its_component(settings: dict[str, dict[str, object]]) -> None:
    """``nlp.replace_pipe("trialnews_header", ..., config={"header_window": 600})``."""
    examples = re.findall(r'replace_pipe\("(\w+)",[^)]*?config=\{"(\w+)"', README.replace("\n", " "))
    assert examples
    assert [(name, key) for name, key in examples if key not in settings[name]] == []


def test_every_fact_the_readme_lists_has_its_settings() -> None:
    """``trialnews/facts/*.py: header, arms, ...``, each made with ``facts/<kind>.py:Settings``."""
    kinds = re.search(r"`trialnews/facts/\*\.py`: ([a-z, ]+)\)", README.replace("\n   ", " "))
    assert kinds
    names = [kind.strip() for kind in kinds.group(1).split(",")]
    assert len(names) >= 9
    assert [kind for kind in names if not hasattr(modules().get(f"trialnews.facts.{kind}"), "Settings")] == []


# -- the --help texts and the README's defaults ---------------------------------------------------

def option_defaults() -> dict[str, set[str]]:
    """Each option's default, as its parameter holds it or as a module's ``DEFAULT_<NAME>`` constant
    (``--partition-size``: ``DEFAULT_PARTITION_SIZE``, where the parameter's own default is None)."""
    constants = {name: value for module in modules().values() for name, value in vars(module).items()
                 if name.startswith("DEFAULT_") and isinstance(value, int)}
    group = typer.main.get_command(app)
    defaults: dict[str, set[str]] = {}
    for command in group.commands.values():
        for param in command.params:
            for opt in param.opts:
                constant = constants.get("DEFAULT_" + opt.lstrip("-").replace("-", "_").upper())
                defaults.setdefault(opt, set()).update(
                    {str(value) for value in (param.default, constant) if value is not None})
    return defaults


def test_every_default_a_help_text_gives_is_the_options() -> None:
    """``--partition-size``: "files per task (default 64)" is the default the engine uses."""
    defaults = option_defaults()
    group = typer.main.get_command(app)
    given = [(param.opts[0], number) for command in group.commands.values() for param in command.params
             for number in re.findall(r"\(default:? (\d+)\)", getattr(param, "help", None) or "")]
    assert given
    assert [(opt, number) for opt, number in given if number not in defaults[opt]] == []


def test_every_default_the_readme_gives_an_option_is_its_default() -> None:
    """```--partition-size` files (default 64)``, ```--max-bytes` is 20 MiB by default``."""
    defaults = option_defaults()
    given = re.findall(r"`(--[a-z-]+)`[^.;`]{0,40}?\(default (\d+)\)", README)
    given += [(opt, str(int(mib) * 1024 * 1024))
              for opt, mib in re.findall(r"`(--[a-z-]+)` is (\d+) MiB by default", README)]
    assert len(given) >= 2
    assert [(opt, number) for opt, number in given if number not in defaults.get(opt, set())] == []


def test_every_use_of_a_lexicon_the_readme_names_is_in_it() -> None:
    """```comparatives.tsv:pair-order```: a use the ``.tsv``'s ``#`` header lists and its entries
    carry; ```numbers.json:nobody```: a key of the JSON file."""
    import json

    named = re.findall(r"`([\w-]+\.(?:tsv|json)):([\w-]+)`", README)
    assert len(named) >= 5
    wrong = []
    for name, use in named:
        path = next(PATTERNS.rglob(name), None)
        if path is None:
            wrong.append(f"{name}:{use}")
        elif name.endswith(".json"):
            if use not in json.loads(path.read_text(encoding="utf-8")):
                wrong.append(f"{name}:{use}")
        else:
            lines = path.read_text(encoding="utf-8").splitlines()
            header = " ".join(line for line in lines if line.startswith("#"))
            entries = [line.split("\t", 1)[1].split() for line in lines if "\t" in line and not line.startswith("#")]
            if not re.search(rf"(?<![\w-]){re.escape(use)}(?![\w-])", header) or not any(use in e for e in entries):
                wrong.append(f"{name}:{use}")
    assert wrong == []


def test_every_linker_value_the_readme_gives_a_link_is_written_by_the_package() -> None:
    """```links.assigned`: `dose-list```, ```links.endpoint`: `gapped-change```: the package writes
    that value (a string of its code or of a pattern file)."""
    texts = package_text() + "\n".join(path.read_text(encoding="utf-8") for path in PATTERNS.rglob("*")
                                       if path.is_file() and path.suffix in {".jsonl", ".json", ".txt", ".tsv"})
    named = re.findall(r"`(?:evidence\.)?links(?:\.\w+)?`: `([\w-]+)`", README)
    assert len(named) >= 5
    assert sorted(value for value in set(named) if f'"{value}"' not in texts) == []


def test_every_snake_case_name_the_readme_gives_is_still_in_the_code() -> None:
    """``endpoint_proposals``, ``named_mentions``, ``each_group_words``, ``said_ahead``: a function,
    setting, feature, use or key of that name is still written somewhere in the package, its
    ``patterns/``, ``bench/``, the benchmark package or ``pyproject.toml`` (a name the code no longer
    has is stale)."""
    words: set[str] = set()
    for path in [*PACKAGE.rglob("*.py"), *(ROOT / "pipeline" / "trialnews_bench").rglob("*.py"),
                 *(ROOT / "bench").glob("*.py"), ROOT / "pyproject.toml",
                 *(path for path in PATTERNS.rglob("*") if path.is_file())]:
        words |= set(re.findall(r"\w+", path.read_text(encoding="utf-8", errors="replace")))
    named = {part for span in SPANS if not FILE_SUFFIX.search(span) and "/" not in span
             for part in re.findall(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b", span)}
    assert len(named) > 50
    # a fact's part of the record in progress is declared as ``doc._.trialnews_<key>``
    assert sorted(name for name in named - words if name.removeprefix("trialnews_") not in words) == []


def test_every_path_into_the_repository_the_readme_names_exists() -> None:
    """``docs/review.png``, ``tests/facts/test_<kind>.py``, ``.ci/run``, ``corpus/...``: a path into one
    of the repository's folders exists (``<kind>`` stands for any name)."""
    named = {path for span in SPANS for path in re.findall(
        r"(?<![\w/.])((?:docs|corpus|tests|bench|pipeline|patterns|\.ci)/[\w.*<>/-]*[\w*>])", span)}
    assert len(named) > 20
    missing = [path for path in named if not list(ROOT.glob(re.sub(r"<\w+>", "*", path)))]
    assert sorted(missing) == []


def test_every_use_a_tsv_lexicon_declares_is_in_the_readmes_list_of_its_uses() -> None:
    """"So it is for `comparatives.tsv` (`outcome`: ...; `pair-order`: ...)": the list names every
    use of the file's ``# uses:`` header, and none it lacks."""
    flat = re.sub(r"\s*\n\s*", " ", README)
    listing = flat[flat.index("So it is for `comparatives.tsv`"):]
    listing = listing[:listing.index("Smaller lists moved out")]
    checked = 0
    for path in PATTERNS.glob("*.tsv"):
        declared = re.search(r"^# *uses: *(.+)$", path.read_text(encoding="utf-8"), flags=re.M)
        start = listing.find(f"`{path.name}` (")
        if not declared or start < 0:
            continue
        depth, end = 0, start + len(path.name) + 3
        for end in range(start + len(path.name) + 3, len(listing)):  # to the bracket that closes the list
            depth += {"(": 1, ")": -1}.get(listing[end], 0)
            if depth < 0:
                break
        own = set(re.findall(r"`([\w-]+)`", listing[start:end]))
        assert set(declared.group(1).split()) <= own, path.name
        checked += 1
    assert checked >= 3


def test_every_inclusion_the_readme_states_is_an_include_line() -> None:
    """"`approximate_words.txt` in `rounding_words.txt` and `approximators.txt`", "`event_kind_words.txt`,
    included in `evaluative_words.txt`", "`not_condition_modifiers.txt`, which includes
    `statistic_words.txt`": the including file has ``@include`` of the included one."""
    includes = {(line.split()[1].split(":")[0], path.name) for path in PATTERNS.rglob("*.txt")
                for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("@include ")}
    flat = re.sub(r"\s*\n\s*", " ", README)
    stated = set(re.findall(r"`(?:patterns/)?([\w-]+\.txt)`,? included in `([\w-]+\.txt)`", flat))
    stated |= {(b, a) for a, b in re.findall(r"`([\w-]+\.txt)`, which includes `([\w-]+\.txt)`", flat)}
    shared = flat[flat.index("A list others share is written once and included ("):]
    shared = shared[:shared.index("`*` in an entry")]
    for clause in re.split(r";|, (?=`)", shared):
        names = re.findall(r"`([\w-]+\.txt)`", clause)
        if " in `" in clause and len(names) >= 2:
            stated |= {(names[0], other) for other in names[1:]}
    assert len(stated) >= 9
    assert sorted(stated - includes) == []


def test_every_module_the_readme_says_reads_a_list_names_it() -> None:
    """"`linking/groups.py` (`whole_group_words.txt`, ...)", "`publication_aside_words.txt`
    (facts/conclusions.py)": that module's source names the list."""
    flat = re.sub(r"\s*\n\s*", " ", README)
    folders = "facts|linking|reading|vocab|components|engines|evaluation|writers"
    pairs = {(match.group(1), name)
             for match in re.finditer(rf"`((?:{folders})/\w+\.py)` \(([^()]*)\)", flat)
             for name in re.findall(r"`([\w-]+\.(?:txt|tsv|json|jsonl))`", match.group(2))}
    pairs |= {(module, name) for name, module in
              re.findall(rf"`([\w-]+\.(?:txt|tsv|json))` \(((?:{folders})/\w+\.py)[;)]", flat)}
    assert len(pairs) >= 20
    assert sorted(pair for pair in pairs if pair[1] not in (PACKAGE / pair[0]).read_text(encoding="utf-8")) == []


def test_the_facts_the_readme_lists_run_in_that_order(settings: dict[str, dict[str, object]]) -> None:
    """"One component per kind of fact (`trialnews/facts/*.py`: header, arms, ...)": the pipeline's
    fact components, in its order."""
    kinds = re.search(r"`trialnews/facts/\*\.py`: ([a-z, ]+)\)", README.replace("\n   ", " "))
    assert kinds
    listed = [kind.strip() for kind in kinds.group(1).split(",")]
    components = [name.removeprefix("trialnews_") for name in settings]
    assert [name for name in components if name in listed] == listed


def test_the_kinds_of_text_the_readme_lists_are_the_records() -> None:
    """"`source.kind`: `structured-abstract`, `abstract`, `press-release`, `news`": the schema's values."""
    from trialnews.record import Record

    listed = re.search(r"`source\.kind`:((?:\s*`[\w-]+`,?)+)", README)
    assert listed
    kind = Record.model_json_schema()["$defs"]["Source"]["properties"]["kind"]
    allowed = {value for option in kind.get("anyOf", [kind]) for value in option.get("enum", [])}
    assert set(re.findall(r"`([\w-]+)`", listed.group(1))) == allowed
