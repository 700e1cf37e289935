"""Every CASE/UCO graph the test suite puts in a bundle is checked by the stock validator, case_validate (case-utils),
once, at the end of the run (issue 14: "the test suite runs it on every bundle it makes").

Decision: a collector, not a check in each test. case_validate loads the whole CASE ontology and its shapes before
it looks at a graph (about 5 s), so running it per bundle would add minutes to a suite that writes a few hundred
bundles. Instead the real writer is observed (``fieldkit.bundle.writer._tag_files`` is wrapped: the bundle is still
written, signed and encrypted as always, only its JSON-LD payload files are copied out as they go in), each test
process drops the graphs in a folder the whole run shares, and the process that ends the run (xdist's controller,
or the only process) validates them in ONE case_validate call:

- each graph keeps its own nodes: its ``kb:`` prefix is made unique to it before they are merged, so a node one
  graph uses but never declares is not hidden by another graph that declares it (each graph must stand alone);
- graphs that say nothing new are left out: a graph is kept when it has a shape no kept graph had (a node class with
  its set of properties, each property with the kind of value and the class of the node it points to), so the
  merged graph covers every kind of node and property the suite produced, at a bounded size. The figures of one
  full run are in the comment of ``validate`` below.

A violation fails the run (exit status 1) and prints case_validate's report. Without case-utils nothing is checked.
"""

from __future__ import annotations

import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldkit.bundle import writer

FOLDER_VARIABLE = "FIELDKIT_TEST_CASE_GRAPHS"
CASE_VALIDATE = Path(sys.executable).parent / "case_validate"
_counter = itertools.count(1)


def start(is_worker: bool) -> None:
    """Make the shared folder (in the process that starts the run) and wrap the writer (in every process)."""
    if not is_worker and FOLDER_VARIABLE not in os.environ:
        os.environ[FOLDER_VARIABLE] = tempfile.mkdtemp(prefix="fieldkit-case-graphs-")
    folder = os.environ.get(FOLDER_VARIABLE)
    if folder is None or getattr(writer._tag_files, "collecting", False):
        return
    real: Callable[..., Any] = writer._tag_files

    def observed(contents: writer.BundleContents, signing_key: Any) -> Any:
        for entry in contents.entries:
            if entry.name.endswith(".jsonld") and entry.content is not None:
                name = f"{os.getpid()}-{next(_counter)}-{Path(entry.name).name}"
                (Path(folder) / name).write_bytes(entry.content)
        return real(contents, signing_key)

    observed.collecting = True  # type: ignore[attr-defined]
    writer._tag_files = observed


def _value_kind(value: Any, classes: dict[str, list[str]]) -> Any:
    if isinstance(value, list):
        return tuple(sorted({repr(_value_kind(v, classes)) for v in value}))
    if isinstance(value, dict):
        if "@id" in value:
            return ("ref", tuple(classes.get(value["@id"], ["undeclared"])))
        return ("typed", value.get("@type"))
    return type(value).__name__


def shapes(document: dict[str, Any]) -> set[str]:
    """What kinds of node a graph holds: each node's classes, its properties and the kinds of their values."""
    nodes = document.get("@graph", [])
    classes = {n["@id"]: sorted(n["@type"] if isinstance(n["@type"], list) else [n["@type"]]) for n in nodes}
    found = set()
    for node in nodes:
        properties = sorted((k, repr(_value_kind(v, classes))) for k, v in node.items() if k not in ("@id", "@type"))
        found.add(repr((classes[node["@id"]], properties)))
    return found


def merged(paths: list[Path], every: bool = False) -> tuple[dict[str, Any], int]:
    """The graphs that add a shape (``every``: all of them), each with a ``kb`` prefix of its own, as one document;
    and how many were kept."""
    seen: set[str] = set()
    nodes: list[dict[str, Any]] = []
    context: dict[str, Any] = {}
    base: dict[str, Any] = {}
    for path in sorted(paths, key=lambda p: (p.stat().st_size, p.name)):  # small graphs first: fewer nodes
        document = json.loads(path.read_text("utf-8"))
        new = shapes(document) - seen
        if not new and not every:
            continue
        seen |= new
        prefix = f"kb{len(context)}"
        context[prefix] = f"{document['@context']['kb']}graph{len(context)}:"
        nodes.extend(json.loads(json.dumps(document["@graph"]).replace('"kb:', f'"{prefix}:')))
        base = {k: v for k, v in document["@context"].items() if k != "kb"}
    kept = len(context)
    return {"@context": {**base, **context}, "@graph": nodes}, kept


def validate(folder: Path) -> tuple[bool, str]:
    """case_validate over the merged graphs; (passed, what to print)."""
    paths = sorted(folder.glob("*.jsonld"))
    if not paths:
        return True, ""
    if not CASE_VALIDATE.exists():
        return True, "case_validate: case-utils is not installed: the bundles' CASE/UCO graphs were not validated"
    started = time.monotonic()
    document, kept = merged(paths)
    graph = folder / "merged.json"
    graph.write_text(json.dumps(document), "utf-8")
    command = [str(CASE_VALIDATE), str(graph)]
    unshare = shutil.which("unshare")  # no network: the ontology must come with case-utils, never be fetched
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        command = [unshare, "-rn", *command]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = time.monotonic() - started
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    summary = (f"case_validate: {len(paths)} CASE/UCO graphs from the bundles the tests wrote, {kept} with a shape "
               f"of their own validated as one ({len(document['@graph'])} nodes) in {seconds:.1f} s "
               f"({cpu:.1f} s CPU)")  # fmt: skip
    if result.returncode == 0 and "Conforms: True" in result.stdout:
        return True, summary + ": conforms"
    return False, summary + ": VIOLATIONS\n" + result.stdout[-20000:] + result.stderr[-4000:]


def finish(is_worker: bool) -> tuple[bool, str]:
    """In the process that started the run: validate what every process collected, then remove the folder."""
    folder = os.environ.get(FOLDER_VARIABLE)
    if is_worker or folder is None:
        return True, ""
    try:
        return validate(Path(folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
