"""What every command module shares: the parser class, the store options, passphrases, opening the store, JSON
output, reading an input file and parsing sizes.

It lives below the command modules and imports none of them, so a command module never reaches back into the
parser (``app.py``) for a helper: the import graph of the CLI has no cycle."""

from __future__ import annotations

import argparse
import difflib
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO, TypeAlias

from fieldkit.config import DEFAULT_LIMITS, PASSPHRASE_ENV, default_store_dir
from fieldkit.core import custody_text
from fieldkit.core.importer import ImportOutcome, ImportSummary
from fieldkit.errors import FieldkitError, InvalidValueError, PassphraseError, UsageError
from fieldkit.models import CustodyEvent
from fieldkit.store.keyslots import check_new_passphrase
from fieldkit.store.store import Store, check_store_folder

Handler = Callable[[argparse.Namespace], int]
Subparsers: TypeAlias = "argparse._SubParsersAction[CliParser]"  # what each module's register() adds to


class CliParser(argparse.ArgumentParser):
    """argparse's own errors (a missing option, an unknown choice) leave with the same shape and exit code as
    fieldkit's: a UsageError that main() prints."""

    def error(self, message: str) -> Any:
        command = self.prog.removeprefix("fieldkit").strip()  # main() prints "fieldkit: error:" before it
        raise UsageError(f"{command}: {message}" if command else message)


def add_store_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """--store, --operator and --passphrase-file; ``suppress`` on a command's own parser so that the value given
    before the command name is not overwritten by the command's default."""
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--store",
        type=Path,
        default=default,
        metavar="DIR",
        help="the store folder (default: $FIELDKIT_STORE, else 'store' in the configuration file, else the user data"
        " folder)",
    )
    parser.add_argument("--operator", default=default, metavar="NAME", help="the operator who is acting (default:"
                        " $FIELDKIT_OPERATOR, else 'operator' in the configuration file)")  # fmt: skip
    parser.add_argument("--passphrase-file", type=Path, default=default, metavar="F",
                        help=f"read the passphrase from F (else ${PASSPHRASE_ENV}, else a prompt)")  # fmt: skip


def add_verbosity_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """-v/--verbose and -q/--quiet: the operator log says more or less (repeatable; docs/cli.md, "Logs")."""
    default: Any = argparse.SUPPRESS if suppress else 0
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=default,
        help="log more (repeat for more): what the command does, on stderr and in the log file",
    )
    parser.add_argument("-q", "--quiet", action="count", default=default,
                        help="log less (repeat for less): warnings, then only errors")  # fmt: skip


def add_command(subparsers: Subparsers, name: str, handler: Handler, help_text: str) -> CliParser:
    """One command: its parser, the store and verbosity options, and the function that runs it."""
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    add_store_options(parser, suppress=True)
    add_verbosity_options(parser, suppress=True)
    parser.set_defaults(handler=handler)
    return parser


# --- passphrases ---------------------------------------------------------------------------------------------


def read_secret_file(path: Path) -> str:
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise PassphraseError(f"cannot read the passphrase file {path}: {os.strerror(exc.errno or 0)}") from exc
    except UnicodeDecodeError as exc:
        raise PassphraseError(f"the passphrase file {path} is not UTF-8 text") from exc
    # One trailing line break is an artefact of how the file was written, not part of the passphrase.
    return text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith("\n") else text


def passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file)
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise PassphraseError(f"no passphrase given: set {PASSPHRASE_ENV}, use --passphrase-file, or run in a terminal")
    return getpass.getpass(prompt)


def new_passphrase(args: argparse.Namespace, *, file_attr: str, env_name: str, who: str) -> str:
    path = getattr(args, file_attr, None)
    if path:
        value = read_secret_file(path)
    elif (env := os.environ.get(env_name)) is not None:
        value = env
    elif sys.stdin.isatty():
        value = getpass.getpass(f"New passphrase for {who}: ")
        if getpass.getpass("Type it again: ") != value:
            raise PassphraseError("the two passphrases differ")
    else:
        raise PassphraseError(f"no new passphrase given: set {env_name}, use --{file_attr.replace('_', '-')},"
                              " or run in a terminal")  # fmt: skip
    check_new_passphrase(value, DEFAULT_LIMITS)
    return value


# --- the store -------------------------------------------------------------------------------------------------


def store_dir(args: argparse.Namespace) -> Path:
    return args.store if getattr(args, "store", None) else default_store_dir()


def open_store(args: argparse.Namespace) -> Store:
    folder = store_dir(args)
    check_store_folder(folder.expanduser().absolute())  # say "no store" before asking for a passphrase
    store = Store.open(folder, passphrase(args), getattr(args, "operator", None))
    for skipped in store.unlock_warnings:  # planted or damaged slot files: said, never fatal (docs/store.md)
        print(f"fieldkit: warning: {skipped} (skipped; 'fieldkit check' lists every slot file)", file=sys.stderr)
    return store


# --- input and output ------------------------------------------------------------------------------------------


def emit_json(data: Any, out: TextIO | None = None, *, sort_keys: bool = True, ensure_ascii: bool = False) -> None:
    stream = out or sys.stdout
    json.dump(data, stream, indent=2, ensure_ascii=ensure_ascii, sort_keys=sort_keys)
    stream.write("\n")


def json_error(exc: FieldkitError) -> dict[str, Any]:
    """A refusal as a --json command prints it on stdout (the words go to stderr as usual): its type, exit code,
    message and what to do."""
    return {"error": type(exc).__name__, "exit_code": exc.exit_code, "message": exc.message,
            "details": list(exc.details), "what_to_do": exc.fix}  # fmt: skip


def read_input_file(path: str | Path) -> bytes:
    """The bytes of a file the user named; an unreadable one is a bad value (exit 25), not a crash."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InvalidValueError(f"cannot read {path}: {exc.strerror}") from exc


def parse_size(text: str, minimum: int = 1 << 20, what: str = "--max-size") -> int:
    """'3.9G', '700M', '4096K' or a number of bytes."""
    units = {"": 1, "B": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
    value = text.strip().upper().removesuffix("IB").removesuffix("B") if text.strip().upper() != "B" else "1"
    unit = value[-1:] if value[-1:] in units else ""
    number = value[: len(value) - len(unit)] if unit else value
    try:
        size = int(float(number) * units[unit])
    except ValueError:
        raise InvalidValueError(f"'{text}' is not a size: use e.g. 700M or 3.9G") from None
    if size < minimum:
        raise InvalidValueError(f"{what} must be at least {minimum >> 10}K")
    return size


def capture_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise InvalidValueError(f"'{text}' is not a capture id: use the number 'fieldkit list' shows") from None
    if value <= 0:
        raise InvalidValueError(f"'{text}' is not a capture id: use the number 'fieldkit list' shows")
    return value


def printable(text: str) -> str:
    """Text from evidence (a file name, a link target) safe to print: control characters shown as escapes, so a
    hostile name cannot drive the terminal."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """ " (did you mean 'EV-0044'?)" when names the store holds differ from ``name`` only in upper/lower case or
    by about one typing slip; "" when none is close. For the messages of a case or item not found."""
    names = sorted(set(known) - {name})
    by_fold: dict[str, list[str]] = {}
    for known_name in names:
        by_fold.setdefault(known_name.casefold(), []).append(known_name)
    close = by_fold.get(name.casefold()) or [
        found for folded in difflib.get_close_matches(name.casefold(), list(by_fold), n=3, cutoff=0.75)
        for found in by_fold[folded]
    ]  # fmt: skip
    if not close:
        return ""
    return " (did you mean " + " or ".join(f"'{printable(found)}'" for found in close[:3]) + "?)"


def custody_line(event: CustodyEvent) -> str:
    """A custody event in words, with the reason the operator gave: "Moved to Op Falcon / EV-0044 from EV-0043;
    reason: wrong bag" (the action code is printed beside it)."""
    why = custody_text.reason(event)
    return printable(custody_text.describe(event) + (f"; reason: {why}" if why else ""))


def outcome_line(outcome: ImportOutcome) -> str:
    """One path an import met, as `import` and `cards` print it."""
    warning = f"  (warning: {outcome.warning})" if outcome.warning else ""
    path = printable(outcome.path)
    if outcome.status == "stored":
        return f"stored     #{outcome.capture_id:<6} {outcome.kind:<11} {outcome.sha256}  {path}{warning}"
    if outcome.status == "duplicate":  # kept once: the existing capture keeps its own kind and details
        line = f"duplicate  of #{outcome.duplicate_of:<3} {outcome.sha256}  {path}{warning}"
        return line + (f"\n           {printable(outcome.fix)}" if outcome.fix else "")  # other print details: how
    target = f" -> {printable(outcome.link_target)}" if outcome.link_target is not None else ""
    return f"not stored {path}{target}: {outcome.reason}. {outcome.fix or ''}".rstrip()


def summary_line(summary: ImportSummary) -> str:
    """The counts at the end of an import, then the acquisition that lists every path."""
    counts = f"{summary.stored} stored, {summary.duplicates} duplicates, {summary.skipped + summary.failed} not stored"
    if summary.failed:
        counts += f" ({summary.failed} could not be read or written)"
    if summary.acquisition_id is not None:
        number = summary.acquisition_id
        counts += f"\nacquisition {number}: 'fieldkit acquisition {number}' lists every path met"
    return counts
