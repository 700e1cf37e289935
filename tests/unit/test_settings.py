"""The configuration files and the operator log (issue 18; docs/cli.md, "Configuration file" and "Logs"): a setting
comes from the option, else its variable, else the file, else the default, for a device key and an HQ key; a
secret in a file is refused naming it, an unknown key with the close names, a malformed file with its line;
`config show` says where each came from; the docs' table is the code's; -v says more, -q less; the device's log
file holds lines, owner-only."""

from __future__ import annotations

import argparse
import json
import stat
from pathlib import Path

import pytest

from fieldkit.cli import settings
from fieldkit.cli.app import build_parser, device_log_file
from fieldkit.cli.main import main
from fieldkit.errors import ConfigError, ConfigSecretError
from tests.unit.test_format_docs import DOCS


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def device_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config.toml"
    monkeypatch.setenv(settings.DEVICE_FILE_ENV, str(path))
    for name in ("FIELDKIT_STORE", "FIELDKIT_OPERATOR", "FIELDKIT_SYNC_RATE", "FIELDKIT_LANGUAGE", "FIELDKIT_LOG_FILE"):
        monkeypatch.delenv(name, raising=False)
    return path


@pytest.fixture
def hq_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("FIELDKIT_HQ_DIR", "FIELDKIT_HQ_LISTEN", "FIELDKIT_HQ_MAX_CONNECTIONS", "FIELDKIT_HQ_JOBS"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "hq.toml"


def shown(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, dict[str, object]]:
    code, out, err = cli(capsys, *args, "config", "show", "--json")
    assert code == 0, err
    document = json.loads(out)
    return {part: document[part]["settings"] for part in ("device", "hq")}


def test_a_device_key_comes_from_the_option_then_the_environment_then_the_file_then_the_default(
    device_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    device_file.write_text('store = "/from/file"\noperator = "bob"\n')
    monkeypatch.setenv("FIELDKIT_STORE", "/from/env")
    device = shown(capsys, "--store", "/from/flag")["device"]
    assert device["store"] == {"value": "/from/flag", "source": "flag", "from": "--store"}
    assert device["operator"] == {"value": "bob", "source": "file", "from": str(device_file)}
    assert shown(capsys)["device"]["store"] == {"value": "/from/env", "source": "env", "from": "FIELDKIT_STORE"}
    monkeypatch.delenv("FIELDKIT_STORE")
    assert shown(capsys)["device"]["store"] == {"value": "/from/file", "source": "file", "from": str(device_file)}
    device_file.write_text('operator = "bob"\n')
    assert shown(capsys)["device"]["store"] == {"value": None, "source": "default", "from": None}
    # What a command is handed is the same: the file's operator and store reach the parsed arguments.
    device_file.write_text('store = "/from/file"\noperator = "bob"\nsync_rate = 204800\n')
    args = build_parser().parse_args(["sync", "--once"])
    settings.apply(args)
    assert (args.store, args.operator, args.limit_rate) == (Path("/from/file"), "bob", "204800")
    args = build_parser().parse_args(["--operator", "carol", "sync", "--once", "--limit-rate", "1M"])
    settings.apply(args, {"FIELDKIT_OPERATOR": "dave", settings.DEVICE_FILE_ENV: str(device_file)})
    assert (args.operator, args.limit_rate) == ("carol", "1M")


def test_an_hq_key_comes_from_the_option_then_the_environment_then_the_file_then_the_default(
    hq_file: Path, tmp_path: Path
) -> None:
    hq_file.write_text(f'dir = "{tmp_path / "HQ"}"\nlisten = "127.0.0.1:9001"\nmax_connections = 200\n')

    def serve(*options: str, env: dict[str, str] | None = None) -> tuple[object, settings.Resolved]:
        args = build_parser().parse_args(["hq", "serve", "--config", str(hq_file), *options])
        resolved = settings.apply(args, env or {})
        assert resolved is not None
        return args, resolved

    args, resolved = serve("--listen", "127.0.0.1:9003", env={"FIELDKIT_HQ_LISTEN": "127.0.0.1:9002"})
    assert getattr(args, "listen") == "127.0.0.1:9003" and resolved.sources["listen"] == ("flag", "--listen")
    args, resolved = serve(env={"FIELDKIT_HQ_LISTEN": "127.0.0.1:9002"})
    assert getattr(args, "listen") == "127.0.0.1:9002"
    assert resolved.sources["listen"] == ("env", "FIELDKIT_HQ_LISTEN")
    args, resolved = serve()
    assert getattr(args, "listen") == "127.0.0.1:9001" and resolved.sources["listen"] == ("file", str(hq_file))
    assert (getattr(args, "dir"), getattr(args, "max_connections")) == (str(tmp_path / "HQ"), 200)
    assert getattr(args, "log_format") == "text" and resolved.sources["log_format"] == ("default", "")
    hq_file.write_text(f'dir = "{tmp_path / "HQ"}"\n')
    args, resolved = serve()
    assert getattr(args, "max_connections") == 64 and resolved.sources["max_connections"] == ("default", "")
    # A key another action does not take is not handed to it: 'hq config --ori' sets hq.json, the file never does.
    hq_file.write_text(f'dir = "{tmp_path / "HQ"}"\nori = "FILEORI"\n')
    args = build_parser().parse_args(["hq", "config", "--config", str(hq_file)])
    settings.apply(args, {})
    assert getattr(args, "ori") is None
    args = build_parser().parse_args(["hq", "export-nist", "--config", str(hq_file), "--out", "x", "b.fkb"])
    settings.apply(args, {})
    assert getattr(args, "ori") == "FILEORI"


def test_without_a_folder_an_hq_action_says_where_to_give_it(hq_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hq_file.write_text('listen = "127.0.0.1:9001"\n')
    code, _, err = cli(capsys, "hq", "status", "--config", str(hq_file))
    assert code == 2 and "give --dir HQ (or set $FIELDKIT_HQ_DIR, or 'dir' in" in err
    code, _, err = cli(capsys, "hq", "status", "--config", str(hq_file.parent / "missing.toml"))
    assert code == ConfigError.exit_code and "no configuration file" in err


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ('store = "/s"\npassphrase = "hunter2-hunter2"\n', "passphrase", 2),
        ('operator = "bob"\n\n[aws]\nsecret_access_key = "x"\n', "aws.secret_access_key", 4),
        ('upload-token = "abc"\n', "upload-token", 1),
    ],
)
def test_a_secret_in_the_file_is_refused_by_its_key(
    device_file: Path, capsys: pytest.CaptureFixture[str], text: str, key: str, line: int
) -> None:
    device_file.write_text(text)
    code, _, err = cli(capsys, "list")
    assert code == ConfigSecretError.exit_code == 82
    assert f"{device_file} (line {line}): '{key}' is a secret" in err
    assert "FIELDKIT_PASSPHRASE or --passphrase-file" in err and "hunter2" not in err


def test_a_secret_in_hqs_file_is_refused_too(hq_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hq_file.write_text('dir = "/x"\ndatabase_password = "pw"\n')
    code, _, err = cli(capsys, "hq", "status", "--config", str(hq_file))
    assert code == 82 and "'database_password' is a secret" in err and "PGPASSWORD" in err


def test_an_unknown_key_is_refused_with_the_close_names(
    device_file: Path, hq_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    device_file.write_text('operator = "bob"\nstroe = "/s"\n')
    code, _, err = cli(capsys, "list")
    assert code == ConfigError.exit_code == 81
    assert f"{device_file} (line 2): unknown key 'stroe' (did you mean 'store'?)" in err
    hq_file.write_text('dir = "/x"\nmax_conections = 5\n')
    code, _, err = cli(capsys, "hq", "status", "--config", str(hq_file))
    assert code == 81 and "unknown key 'max_conections' (did you mean 'max_connections'?)" in err


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('store = "/s\n', "is not valid TOML: "),
        ('store = "/s"\nstore = "/t"\n', "(at line 2"),
        ("log_file = 1\n", "'log_file' must be true or false, not 1"),
        ('sync_rate = "fast"\n', "'sync_rate' must be a size such as 200K"),
        ('language = "français"\n', "'language' must be a language code"),
        (b"store = '\xff'\n", "is not UTF-8 text"),
    ],
)
def test_a_malformed_file_or_value_is_a_clear_error(
    device_file: Path, capsys: pytest.CaptureFixture[str], text: str | bytes, said: str
) -> None:
    if isinstance(text, bytes):
        device_file.write_bytes(text)
    else:
        device_file.write_text(text)
    code, _, err = cli(capsys, "list")
    assert code == 81 and said in err and "what to do: Correct the file" in err
    if "TOML" in said:
        assert "(at line 1, column" in err


def test_a_bad_environment_value_names_the_variable(
    device_file: Path, hq_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FIELDKIT_HQ_MAX_CONNECTIONS", "lots")
    code, _, err = cli(capsys, "hq", "serve", "--dir", "/x", "--config", str(hq_file.parent / "none.toml"))
    assert code == 81  # the named file is missing: said first
    hq_file.write_text('listen = "127.0.0.1:1"\n')
    code, _, err = cli(capsys, "hq", "serve", "--dir", "/x", "--config", str(hq_file))
    assert code == 81 and "$FIELDKIT_HQ_MAX_CONNECTIONS must be a whole number, 1 or more, not 'lots'" in err


def test_config_show_says_where_each_setting_came_from(
    device_file: Path, hq_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    device_file.write_text('store = "/srv/store"\nlog_file = true\n')
    hq_file.write_text('dir = "/srv/hq"\nlog_format = "json"\n')
    monkeypatch.setenv("FIELDKIT_OPERATOR", "alice")
    code, out, err = cli(capsys, "--store", "/flag/store", "config", "show", "--config", str(hq_file))
    assert code == 0, err
    lines = [" ".join(line.split()) for line in out.splitlines()]
    assert f"device settings: {device_file}" in lines
    assert "store /flag/store (option --store)" in lines
    assert "operator alice ($FIELDKIT_OPERATOR)" in lines
    assert "log_file true (file)" in lines and "language (not set) (default)" in lines
    assert f"HQ settings: {hq_file}" in lines
    assert "dir /srv/hq (file)" in lines and "log_format json (file)" in lines
    assert "max_connections 64 (default)" in lines and "jobs 1 (default)" in lines
    code, out, _ = cli(capsys, "config", "show", "--json", "--config", str(hq_file))
    document = json.loads(out)
    assert document["device"]["file"] == str(device_file) and document["device"]["file_found"] is True
    assert document["device"]["settings"]["log_file"] == {"value": True, "source": "file", "from": str(device_file)}
    assert document["hq"]["settings"]["jobs"] == {"value": 1, "source": "default", "from": None}
    assert list(document["hq"]["settings"]) == list(settings.keys(settings.HqSettings))
    monkeypatch.setenv(settings.DEVICE_FILE_ENV, "")
    code, out, _ = cli(capsys, "config", "show")
    assert "device settings: no file (FIELDKIT_CONFIG is empty)" in out


def test_the_docs_table_is_the_code() -> None:
    """docs/cli.md's table of keys is rendered from the dataclasses: a key, type, default, variable, option or
    use changed on one side only fails here."""
    lines = (DOCS / "cli.md").read_text("utf-8").splitlines()
    start = lines.index("| config key | file | type | default | environment | option | used by |")
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append(line)
    expected = [settings.doc_row(name, file, key, default)
                for cls, file in ((settings.DeviceSettings, "device"), (settings.HqSettings, "hq"))
                for name, (key, default) in settings.keys(cls).items()]  # fmt: skip
    assert rows == expected
    # Each option the table names exists on the commands it says use it.
    parser = build_parser()
    for name, (key, _) in settings.keys(settings.HqSettings).items():
        actions = ("status",) if key.used_by == settings.ALL_HQ_ACTIONS else key.used_by
        for action in actions:
            command = (action,) if action in settings.HQ_COMMANDS else ("hq", action)
            options = {o for a in _sub(parser, *command)._actions for o in a.option_strings}
            assert key.flag in options, (name, action)


def _sub(parser: argparse.ArgumentParser, *names: str) -> argparse.ArgumentParser:
    for name in names:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[name]
    return parser


def test_verbose_says_more_and_quiet_less(device_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    device_file.write_text('operator = "bob"\n')
    code, _, err = cli(capsys, "config", "show")
    assert code == 0 and err == ""
    code, _, err = cli(capsys, "-v", "config", "show")
    assert code == 0 and err.startswith("fieldkit: config show exited 0 after ") and "started" not in err
    code, _, err = cli(capsys, "config", "show", "-vv")
    assert "fieldkit: config show started" in err and "fieldkit: config show exited 0" in err
    code, _, err = cli(capsys, "-q", "-v", "config", "show")
    assert err == ""
    code, _, err = cli(capsys, "-vv", "list", "--store", str(device_file.parent / "no-store"))
    assert code == 11
    assert "fieldkit: operator from file" in err and "bob" not in err.split("fieldkit: error:")[0]
    assert "list failed: StoreNotFoundError" in err
    code, _, err = cli(capsys, "-q", "list", "--store", str(device_file.parent / "no-store"))
    assert code == 11 and err.startswith("fieldkit: error: ")  # the command's own words stay


def test_the_device_log_file_is_off_by_default_and_owner_only_when_on(
    device_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "state"))
    path = device_log_file()
    assert tmp_path in path.parents
    device_file.write_text('operator = "bob"\n')
    assert cli(capsys, "config", "show")[0] == 0
    assert not path.exists()
    device_file.write_text("log_file = true\n")
    assert cli(capsys, "config", "show")[0] == 0
    assert cli(capsys, "list", "--store", str(tmp_path / "no-store"))[0] == 11
    lines = path.read_text("utf-8").splitlines()
    assert len(lines) == 3 and "info    command.finished: config show exited 0 after " in lines[0]
    assert "command.failed: list failed: StoreNotFoundError" in lines[1] and "no-store" not in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
