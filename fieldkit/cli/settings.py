"""The configuration files: what a device or HQ keeps between commands, so that it is not typed every time.

Two files, each a flat TOML table read with the standard library's ``tomllib`` (docs/cli.md, "Configuration file",
lists every key; tests/unit/test_settings.py checks that table against the dataclasses below, which are the one
place the keys are defined):

- the device's, ``config.toml`` in the platform's configuration folder (``platformdirs.user_config_dir``; another
  file with ``$FIELDKIT_CONFIG``, none with ``FIELDKIT_CONFIG=``), read by every device command and the window;
- HQ's, ``--config FILE`` of an ``hq`` action, else ``$FIELDKIT_HQ_CONFIG``, else ``/etc/fieldkit/hq.toml``.

Each setting is taken from the first of: the command's option, its environment variable, the file, the default.
A file never holds a secret: a key that names one (a passphrase, a password, a token...) is refused, naming the key
and where the secret goes instead. An unknown key is refused with the close names, a malformed file with its line.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import platformdirs

from fieldkit._internal import fsutil, logs
from fieldkit.cli._common import did_you_mean, parse_size, printable
from fieldkit.config import APP_NAME, DEFAULT_LIMITS, SERVER_LIMITS, STORE_ENV
from fieldkit.errors import ConfigError, ConfigSecretError, InvalidValueError, UsageError

DEVICE_FILE_ENV = "FIELDKIT_CONFIG"
HQ_FILE_ENV = "FIELDKIT_HQ_CONFIG"
HQ_FILE = Path("/etc/fieldkit/hq.toml")
# A key holding any of these is a secret: refused in a file (docs/cli.md says where each secret goes instead).
SECRET_WORDS = ("passphrase", "password", "passwd", "secret", "token", "credential", "private", "api_key",
                "access_key")  # fmt: skip
_WHERE_SECRETS_GO = ("a passphrase: $FIELDKIT_PASSPHRASE or --passphrase-file; a database password: PGPASSWORD or"
                     " ~/.pgpass; S3 keys: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY; an upload credential: the"
                     " provisioning file")  # fmt: skip

Kind = Literal["path", "text", "size", "count", "switch", "language", "log-format", "agency"]
Source = Literal["flag", "env", "file", "default"]


@dataclass(frozen=True)
class Key:
    """How one setting is given: its option (None: only env and file), variable, the commands that take it (hq
    actions by name, or a description), what it is, and the kind of value (parsing and the docs' type column)."""

    env: str
    flag: str | None
    used_by: tuple[str, ...]
    help: str
    kind: Kind


def _key(default: Any, *, env: str, flag: str | None, used_by: tuple[str, ...], help: str, kind: Kind) -> Any:
    return field(default=default, metadata={"key": Key(env, flag, used_by, help, kind)})


ALL_HQ_ACTIONS = ("*",)  # every hq action (and hq watchlist's)
HQ_COMMANDS = ("verify",)  # commands of HQ's side that are not hq actions, and read HQ's file too


@dataclass(frozen=True)
class DeviceSettings:
    """The device's configuration file (``config.toml`` in the platform's configuration folder)."""

    store: str | None = _key(
        None,
        env=STORE_ENV,
        flag="--store",
        used_by=("every device command", "gui"),
        help="the store folder (default: store in the platform's data folder)",
        kind="path",
    )
    operator: str | None = _key(None, env="FIELDKIT_OPERATOR", flag="--operator",
                                used_by=("every device command",),
                                help="the operator who acts (init: the first operator)", kind="text")  # fmt: skip
    sync_rate: str | None = _key(None, env="FIELDKIT_SYNC_RATE", flag="--limit-rate", used_by=("sync",),
                                 help="cap on the upload rate per second, e.g. 200K (kept in the store, as"
                                 " --limit-rate)", kind="size")  # fmt: skip
    language: str | None = _key(None, env="FIELDKIT_LANGUAGE", flag="--language", used_by=("gui",),
                                help="the window's language, e.g. en, fr, ar (default: the one chosen in the"
                                " window, else the system's)", kind="language")  # fmt: skip
    log_file: bool = _key(False, env="FIELDKIT_LOG_FILE", flag=None, used_by=("every device command", "gui"),
                          help="append an operator log to fieldkit.log in the platform's log folder (events, ids,"
                          " counts: never evidence, never a secret)", kind="switch")  # fmt: skip


@dataclass(frozen=True)
class HqSettings:
    """HQ's configuration file (``--config FILE``, ``$FIELDKIT_HQ_CONFIG`` or ``/etc/fieldkit/hq.toml``)."""

    dir: str | None = _key(None, env="FIELDKIT_HQ_DIR", flag="--dir", used_by=ALL_HQ_ACTIONS,
                           help="the HQ folder", kind="path")  # fmt: skip
    listen: str | None = _key(None, env="FIELDKIT_HQ_LISTEN", flag="--listen", used_by=("serve", "gateway"),
                              help="HOST:PORT the server listens on", kind="text")  # fmt: skip
    max_size: str | None = _key(None, env="FIELDKIT_HQ_MAX_SIZE", flag="--max-size", used_by=("serve", "gateway"),
                                help="largest upload accepted, e.g. 3.9G (default: 4 GiB less one)",
                                kind="size")  # fmt: skip
    max_connections: int = _key(SERVER_LIMITS.device_connections, env="FIELDKIT_HQ_MAX_CONNECTIONS",
                                flag="--max-connections", used_by=("serve",),
                                help="connections of authenticated devices served at once", kind="count")  # fmt: skip
    jobs: int = _key(1, env="FIELDKIT_HQ_JOBS", flag="--jobs", used_by=("worker",),
                     help="verifier worker processes", kind="count")  # fmt: skip
    database: str | None = _key(None, env="FIELDKIT_HQ_DATABASE", flag="--database", used_by=("init",),
                                help="postgresql://USER@HOST[:PORT]/DBNAME for a new HQ (no password; default:"
                                " SQLite in the folder)", kind="text")  # fmt: skip
    storage: str | None = _key(None, env="FIELDKIT_HQ_STORAGE", flag="--storage", used_by=("init",),
                               help="s3://BUCKET[/PREFIX]?endpoint=URL&region=REGION for a new HQ (default: the"
                               " folder)", kind="text")  # fmt: skip
    ori: str | None = _key(None, env="FIELDKIT_HQ_ORI", flag="--ori", used_by=("init", "export-nist"),
                           help="originating agency code of AFIS transactions (export-nist default: hq.json's)",
                           kind="agency")  # fmt: skip
    dai: str | None = _key(None, env="FIELDKIT_HQ_DAI", flag="--dai", used_by=("init", "export-nist"),
                           help="destination agency code of AFIS transactions (export-nist default: hq.json's)",
                           kind="agency")  # fmt: skip
    log_format: str = _key("text", env="FIELDKIT_HQ_LOG_FORMAT", flag="--log-format",
                           used_by=("serve", "worker", "gateway", "unwrap"),
                           help="text (lines in words) or json (one object per line, for journald)",
                           kind="log-format")  # fmt: skip
    log_client_addresses: bool = _key(False, env="FIELDKIT_HQ_LOG_CLIENT_ADDRESSES", flag="--log-client-addresses",
                                      used_by=("serve",), help="name the client's address in log lines",
                                      kind="switch")  # fmt: skip
    language: str | None = _key(None, env="FIELDKIT_HQ_LANGUAGE", flag="--lang", used_by=HQ_COMMANDS,
                                help="the HTML report's language: en, fr or ar (default: the system's when it is"
                                " one of them, else en)", kind="language")  # fmt: skip


Settings = DeviceSettings | HqSettings


def keys(cls: type[DeviceSettings] | type[HqSettings]) -> dict[str, tuple[Key, Any]]:
    """Each key of a file: how it is given, and its default."""
    return {f.name: (f.metadata["key"], f.default) for f in dataclasses.fields(cls)}


def dest(flag: str) -> str:
    return flag.removeprefix("--").replace("-", "_")


# --- reading a file ------------------------------------------------------------------------------------------


def _line_of(text: str, name: str) -> str:
    """' (line N)' where ``name`` is set in the file's text, '' when it cannot be told."""
    pattern = re.compile(rf"^\s*[\"']?{re.escape(name)}[\"']?\s*=")
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            return f" (line {number})"
    return ""


def _secret_keys(table: Mapping[str, Any], prefix: str = "") -> list[str]:
    found = []
    for name, value in table.items():
        folded = name.casefold().replace("-", "_")
        if any(word in folded for word in SECRET_WORDS):
            found.append(prefix + name)
        if isinstance(value, dict):
            found += _secret_keys(value, f"{prefix}{name}.")
    return found


def read_file(path: Path, cls: type[DeviceSettings] | type[HqSettings]) -> dict[str, Any]:
    """The settings a file gives, parsed and checked (ConfigError with the file, key and line; ConfigSecretError
    for a key that names a secret)."""
    limit = DEFAULT_LIMITS.max_config_file_bytes
    data = fsutil.read_small_file(
        path, limit,
        unreadable=lambda exc: ConfigError(f"cannot read the configuration file {path}: {exc.strerror or exc}"),
        too_large=lambda: ConfigError(f"the configuration file {path} is larger than {limit >> 10} KiB: it is not one"),
    )  # fmt: skip
    try:
        text = data.decode("utf-8")
        table = tomllib.loads(text)
    except UnicodeDecodeError:
        raise ConfigError(f"the configuration file {path} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"the configuration file {path} is not valid TOML: {exc}") from None
    secrets = _secret_keys(table)
    if secrets:
        name = secrets[0]
        raise ConfigSecretError(
            f"{path}{_line_of(text, name.rpartition('.')[2])}: '{printable(name)}' is a secret,"
            f" and secrets are never read from a configuration file ({_WHERE_SECRETS_GO})"
        )
    known = keys(cls)
    values: dict[str, Any] = {}
    for name, value in table.items():
        if name not in known:
            raise ConfigError(f"{path}{_line_of(text, name)}: unknown key '{printable(name)}'"
                              f"{did_you_mean(name, known)}; the keys are {', '.join(known)}")  # fmt: skip
        where = f"{path}{_line_of(text, name)}: '{name}'"
        values[name] = _parse(known[name][0].kind, value, where, from_text=False)
    return values


_WORDS: dict[str, str] = {  # not media types: what each kind of value is, in words
                          "path": "a folder (text)", "text": "text", "size": "a size such as 200K or 3.9G, or a"
                          " number of bytes", "count": "a whole number, 1 or more", "switch": "true or false",
                          "language": "a language code such as en, fr or ar", "log-format": "'text' or 'json'",
                          "agency": "an agency code (letters and digits)"}  # fmt: skip
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def _parse(kind: Kind, value: Any, where: str, *, from_text: bool) -> Any:
    """One value (from a file, or the text of an environment variable) as the command takes it."""
    bad = ConfigError(f"{where} must be {_WORDS[kind]}, not {printable(repr(value))}")
    if kind == "switch":
        if isinstance(value, bool):
            return value
        if from_text and value.strip().lower() in _TRUE + _FALSE:
            return value.strip().lower() in _TRUE
        raise bad
    if kind == "count":
        if from_text and value.strip().isdigit():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise bad
        return value
    if kind == "size":
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise bad
        try:
            parse_size(value, 1 << 10, where)
        except InvalidValueError:
            raise bad from None
        return value
    if not isinstance(value, str) or not value.strip() or "\n" in value:
        raise bad
    if kind == "language" and not re.fullmatch(r"[A-Za-z]{2,3}([_-][A-Za-z]{2,4})?", value):
        raise bad
    if kind == "log-format" and value not in logs.LOG_FORMATS:
        raise bad
    if kind == "agency" and not re.fullmatch(r"[A-Za-z0-9]+", value):
        raise bad
    return value


# --- resolving: flag > environment > file > default ------------------------------------------------------------


@dataclass(frozen=True)
class Resolved:
    """The effective settings of one kind, each with where it came from."""

    file: Path | None  # the file read (None: none)
    file_found: bool
    values: dict[str, Any]
    sources: dict[str, tuple[Source, str]]  # key -> (source, what: the option, the variable or the file)


def device_file(environ: Mapping[str, str]) -> Path | None:
    if DEVICE_FILE_ENV in environ:
        return Path(environ[DEVICE_FILE_ENV]).expanduser() if environ[DEVICE_FILE_ENV] else None
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def hq_file(explicit: str | Path | None, environ: Mapping[str, str]) -> tuple[Path | None, bool]:
    """The HQ file, and whether it was named (a named file that is missing is an error; the default may be absent)."""
    if explicit:
        return Path(explicit).expanduser(), True
    if HQ_FILE_ENV in environ:  # FIELDKIT_HQ_CONFIG= (empty): no file
        return (Path(environ[HQ_FILE_ENV]).expanduser(), True) if environ[HQ_FILE_ENV] else (None, False)
    return HQ_FILE, False


def resolve(cls: type[DeviceSettings] | type[HqSettings], path: Path | None, flags: Mapping[str, Any],
            environ: Mapping[str, str], *, named: bool = False) -> Resolved:  # fmt: skip
    """Each key of ``cls`` from ``flags`` (key -> value given on the command line, None when not), ``environ``,
    the file at ``path`` (absent: skipped unless ``named``), else its default."""
    found = path is not None and path.is_file()
    if path is not None and named and not found:
        raise ConfigError(f"no configuration file {path}")
    from_file = read_file(path, cls) if path is not None and found else {}
    values: dict[str, Any] = {}
    sources: dict[str, tuple[Source, str]] = {}
    for name, (key, default) in keys(cls).items():
        if flags.get(name) is not None:
            values[name], sources[name] = flags[name], ("flag", key.flag or "")
        elif environ.get(key.env):
            values[name] = _parse(key.kind, environ[key.env], f"${key.env}", from_text=True)
            sources[name] = ("env", key.env)
        elif name in from_file:
            values[name], sources[name] = from_file[name], ("file", str(path))
        else:
            values[name], sources[name] = default, ("default", "")
    return Resolved(path, found, values, sources)


def _applies(key: Key, action: str | None) -> bool:
    return key.used_by == ALL_HQ_ACTIONS or action in key.used_by


def apply(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> Resolved | None:
    """Fill in ``args`` the settings its command takes but was not given, from the environment and the file; the
    device's or HQ's settings resolved (None for a command that reads neither file)."""
    environ = os.environ if environ is None else environ
    command = getattr(args, "command", None)
    if command == "hq":
        action = getattr(args, "action", None)
        hq_keys = keys(HqSettings)
        flags = {name: getattr(args, dest(key.flag), None) if key.flag and _applies(key, action) else None
                 for name, (key, _) in hq_keys.items()}  # fmt: skip
        path, named = hq_file(getattr(args, "config", None), environ)
        resolved = resolve(HqSettings, path, flags, environ, named=named)
        for name, (key, _) in hq_keys.items():
            if key.flag and _applies(key, action) and hasattr(args, dest(key.flag)):
                setattr(args, dest(key.flag), resolved.values[name])
        if getattr(args, "dir", None) is None and hasattr(args, "dir"):
            raise UsageError(f"hq {action}: no HQ folder: give --dir HQ (or set $FIELDKIT_HQ_DIR, or 'dir' in"
                             f" {path or 'the HQ configuration file'})")  # fmt: skip
        return resolved
    if command in HQ_COMMANDS:  # HQ's side, with its own --hq folder: from HQ's file only the report's language
        if not getattr(args, "report", None):
            return None
        path, named = hq_file(None, environ)
        resolved = resolve(HqSettings, path, {"language": getattr(args, "lang", None)}, environ, named=named)
        args.lang = resolved.values["language"]
        return resolved
    flags = {"store": getattr(args, "store", None), "operator": getattr(args, "operator", None),
             "sync_rate": getattr(args, "limit_rate", None), "language": getattr(args, "language", None)}  # fmt: skip
    resolved = resolve(DeviceSettings, device_file(environ), flags, environ,
                       named=bool(environ.get(DEVICE_FILE_ENV)))  # fmt: skip
    values = resolved.values
    args.device_settings = resolved  # what `config show` prints: the sources before the values are filled in
    args.store = Path(values["store"]).expanduser() if values["store"] else None
    args.operator = values["operator"]
    if command == "sync":
        args.limit_rate = values["sync_rate"]
    if command in (None, "gui"):
        args.language = values["language"]
    return resolved


def shown(resolved: Resolved) -> dict[str, Any]:
    """The document `config show --json` prints for one file."""
    settings = {}
    for name, value in resolved.values.items():
        source, what = resolved.sources[name]
        settings[name] = {"value": str(value) if isinstance(value, Path) else value, "source": source,
                          "from": what or None}  # fmt: skip
    return {"file": str(resolved.file) if resolved.file else None, "file_found": resolved.file_found,
            "settings": settings}  # fmt: skip


# The type column of docs/cli.md's table, per kind of value.
TOML_TYPES: dict[str, str] = {
    "path": "string",
    "text": "string",
    "size": "string or integer",
    "count": "integer",
    "switch": "boolean",
    "language": "string",
    "log-format": "string",
    "agency": "string",
}


def doc_row(name: str, file: str, key: Key, default: Any) -> str:
    """The row of docs/cli.md's table for one key (tests/unit/test_settings.py compares the table with these)."""
    shown_default = "–" if default is None else ("true" if default else "false") if isinstance(default, bool) else (
        f'"{default}"' if isinstance(default, str) else str(default))  # fmt: skip
    used = ", ".join(f"hq {word}" if file == "hq" and word not in HQ_COMMANDS else word for word in key.used_by)
    used = "every hq action" if key.used_by == ALL_HQ_ACTIONS else used
    option = f"`{key.flag}`" if key.flag else "–"
    return (f"| `{name}` | {file} | {TOML_TYPES[key.kind]} | {shown_default} | `{key.env}` | {option} | {used}: "
            f"{key.help} |")  # fmt: skip
