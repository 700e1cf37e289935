"""The command line is a contract: names, options, output, exit codes and one-line fixes."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from fieldkit.cli.main import main
from fieldkit.errors import (
    PartialImportError,
    PassphraseError,
    StoreNotFoundError,
    UsageError,
    WrongPassphraseError,
)
from tests.conftest import PASSPHRASE, ROOT, fieldkit_cmd, jpeg_bytes, pdf_bytes


@pytest.fixture
def env(closed_store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    return closed_store


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_prints_the_device_fingerprint(tmp_path: Path) -> None:
    # The real thing, in a subprocess, with the default (slow, strong) KDF.
    environment = {**os.environ, "FIELDKIT_PASSPHRASE": "a strong passphrase"}
    result = subprocess.run(
        [*fieldkit_cmd(), "init", "--operator", "alice", "--store", str(tmp_path / "s")],
        capture_output=True, text=True, env=environment, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Device key fingerprint: SHA256:" in result.stdout
    slot = next((tmp_path / "s" / "keys").iterdir())
    assert json.loads(slot.read_text())["kdf"]["memory_kib"] >= 131072
    again = subprocess.run(
        [*fieldkit_cmd(), "init", "--operator", "bob", "--store", str(tmp_path / "s")],
        capture_output=True, text=True, env=environment, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert again.returncode == 12 and "what to do:" in again.stderr


def test_import_list_show_export_delete_round_trip(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.jpg").write_bytes(jpeg_bytes(seed=1))
    (src / "b.pdf").write_bytes(pdf_bytes())
    code, out, _ = cli(capsys, "import", "--case", "Op Falcon", "--item", "EV-7", str(src))
    assert code == 0
    assert out.count("stored ") == 2 and "2 stored, 0 duplicates, 0 not stored" in out

    code, out, _ = cli(capsys, "import", "--case", "Op Falcon", "--item", "EV-7", "--json", str(src / "a.jpg"))
    assert code == 0 and json.loads(out)["duplicates"] == 1

    code, out, _ = cli(capsys, "list", "--json")
    rows = json.loads(out)
    assert {r["name"] for r in rows} == {"a.jpg", "b.pdf"}
    assert set(rows[0]) >= {"id", "kind", "case", "item", "sha256", "size", "name", "captured"}
    photo = next(r for r in rows if r["name"] == "a.jpg")

    code, out, _ = cli(capsys, "list", "--sha256", photo["sha256"])
    assert code == 0 and "a.jpg" in out and "b.pdf" not in out

    code, out, _ = cli(capsys, "show", str(photo["id"]), "--json")
    shown = json.loads(out)
    assert shown["sha256"] == photo["sha256"] and shown["custody"][0]["action"] == "capture.imported"

    out_file = tmp_path / "exported.jpg"
    code, out, _ = cli(capsys, "export-original", str(photo["id"]), "--out", str(out_file))
    assert code == 0 and out_file.read_bytes() == (src / "a.jpg").read_bytes()

    code, out, _ = cli(capsys, "delete", str(photo["id"]))
    assert code == 0
    code, out, _ = cli(capsys, "check")
    assert code == 0 and "The store is intact." in out
    code, out, err = cli(capsys, "show", str(photo["id"]))
    assert code == 16 and "fieldkit list" in err


def test_import_keeps_odd_files_and_exits_9_only_for_what_it_could_not_read(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ok.jpg").write_bytes(jpeg_bytes())
    (tmp_path / "bad.jpg").write_bytes(b"not a jpeg at all")
    files = [str(tmp_path / name) for name in ("ok.jpg", "bad.jpg", "missing.jpg")]
    code, out, err = cli(capsys, "import", "--case", "C", "--item", "T", *files)
    assert code == PartialImportError.exit_code
    assert out.count("stored     #") == 2 and "warning: named as JPEG" in out  # kept, with a warning
    assert out.count("not stored /") == 1 and "missing.jpg" in out and "what to do:" in err


def test_fingerprint_options(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from PIL import Image

    Image.new("L", (300, 300), 128).save(tmp_path / "l-index.png")
    code, out, _ = cli(capsys, "import", "--case", "C", "--item", "P-1", "--kind", "fingerprint", "--finger", "7",
                       "--impression", "live-rolled", "--ppi", "500", str(tmp_path / "l-index.png"))  # fmt: skip
    assert code == 0, out
    code, out, _ = cli(capsys, "show", "1", "--json")
    assert json.loads(out)["metadata"]["fingerprint"] == {
        "finger_position": 7,
        "impression_type": 1,
        "ppi": 500,
        "ppi_source": "stated",
    }
    code, _, err = cli(capsys, "import", "--case", "C", "--item", "P-1", "--kind", "photo", "--finger", "2",
                       str(tmp_path / "l-index.png"))  # fmt: skip
    assert code == UsageError.exit_code
    code, _, err = cli(capsys, "import", "--case", "C", "--item", "P-1", "--impression", "sideways",
                       str(tmp_path / "l-index.png"))  # fmt: skip
    assert code == 25 and "live-rolled" in err


def test_wrong_passphrase_exit_code_and_message(env: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", "wrong wrong wrong")
    code, out, err = cli(capsys, "list")
    assert code == WrongPassphraseError.exit_code == 3
    assert "wrong passphrase" in err and "not changed" in err
    assert "wrong wrong" not in err + out


def test_passphrase_file_with_a_trailing_newline(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.delenv("FIELDKIT_PASSPHRASE")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    code, out, _ = cli(capsys, "list", "--passphrase-file", str(secret))
    assert code == 0 and "No captures." in out
    code, out, _ = cli(capsys, "--passphrase-file", str(secret), "list")
    assert code == 0


def test_no_passphrase_without_a_terminal(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIELDKIT_PASSPHRASE")
    result = subprocess.run([*fieldkit_cmd(), "list"], capture_output=True, text=True, stdin=subprocess.DEVNULL,
                            cwd=ROOT, timeout=60)  # fmt: skip
    assert result.returncode == PassphraseError.exit_code
    assert "FIELDKIT_PASSPHRASE" in result.stderr


def test_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "--store", str(tmp_path / "none"), "list")
    assert code == StoreNotFoundError.exit_code and "fieldkit init" in err


def test_operator_commands(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    import fieldkit.cli.main as cli_main
    from fieldkit.config import TEST_KDF
    from fieldkit.store import store as store_module

    # Keep the test fast: new slots from the CLI use cheap parameters here (the default is tested elsewhere).
    monkeypatch.setattr(store_module, "KdfParams", lambda: TEST_KDF)
    monkeypatch.setenv("FIELDKIT_NEW_PASSPHRASE", "bob passphrase")
    assert cli(capsys, "operator", "add", "bob")[0] == 0
    code, out, _ = cli(capsys, "operator", "list")
    assert "alice" in out and "bob" in out
    monkeypatch.setenv("FIELDKIT_NEW_PASSPHRASE", "short")
    code, _, err = cli(capsys, "operator", "passwd", "bob")
    assert code == PassphraseError.exit_code and "at least 8" in err
    monkeypatch.setenv("FIELDKIT_NEW_PASSPHRASE", "bob new passphrase")
    assert cli(capsys, "operator", "passwd", "bob")[0] == 0
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", "bob new passphrase")
    code, out, _ = cli(capsys, "--operator", "bob", "operator", "remove", "alice")
    assert code == 0
    code, _, err = cli(capsys, "operator", "remove", "bob")
    assert code == 15 and "last operator" in err
    code, out, _ = cli(capsys, "custody")
    assert "operator.removed" in out
    assert cli_main is not None


def test_check_fails_with_exit_6_on_damage(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.jpg").write_bytes(jpeg_bytes())
    cli(capsys, "import", "--case", "C", "--item", "T", str(tmp_path / "a.jpg"))
    media = next(p for p in (env / "media").rglob("*") if p.is_file())
    data = bytearray(media.read_bytes())
    data[100] ^= 0xFF
    media.write_bytes(bytes(data))
    code, out, _err = cli(capsys, "check")
    assert code == 6 and "FAIL" in out and "media" in out


def test_device_pubkey_and_wipe(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "device", "pubkey")
    assert code == 0 and 'namespaces="fieldkit-bundle" ssh-ed25519 ' in out
    code, _, err = cli(capsys, "wipe")
    assert code == UsageError.exit_code and "--yes" in err
    code, out, _ = cli(capsys, "wipe", "--yes")
    assert code == 0 and "can no longer be opened" in out
    assert not env.exists()


def test_usage_errors_say_what_to_do(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "import", "--case", "C")
    assert code == 2 and "what to do:" in err
    code, _, err = cli(capsys, "show", "abc", "--store", "/nonexistent-store-path")
    assert code != 0


def test_sites_and_item_details(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "site", "add", "Compound B", "--case", "Op Falcon", "--lat", "34.953462", "--lon",
                         "69.135215", "--mgrs", "42SWD1234567890", "--description", "north wing")  # fmt: skip
    assert code == 0, err
    # A reference and coordinates 50 km apart: which one is right is the operator's call, so neither is stored.
    code, _, err = cli(capsys, "site", "add", "Mixed", "--case", "Op Falcon", "--lat", "34.51", "--lon", "69.18",
                       "--mgrs", "42SWD1234567890")  # fmt: skip
    assert code == 25 and "outside the square 42SWD1234567890 names" in err
    code, _, err = cli(capsys, "site", "add", "Bad", "--case", "Op Falcon", "--lat", "134", "--lon", "0")
    assert code == 25 and "latitude" in err
    code, out, _ = cli(capsys, "site", "list", "--case", "Op Falcon")
    assert "Compound B" in out and "42SWD1234567890" in out
    # A misspelt case is said, with the close names, and not made (a case is made only by adding to it).
    code, out, err = cli(capsys, "site", "list", "--case", "Op Falkon")
    assert code == 16 and "did you mean 'Op Falcon'" in err and out == ""
    code, out, _ = cli(capsys, "custody")
    assert "Op Falkon" not in out
    code, out, err = cli(capsys, "item", "--case", "Op Falcon", "--item", "EV-9", "--category", "phone",
                         "--description", "Nokia 105", "--site", "Compound B",
                         "--recovered-at", "2026-11-24T09:00:00Z", "--json")  # fmt: skip
    assert code == 0, err
    item = json.loads(out)
    assert item["category"] == "phone" and item["description"] == "Nokia 105" and item["site_id"] is not None
    code, _, err = cli(capsys, "item", "--case", "Op Falcon", "--item", "EV-9", "--site", "Nowhere")
    assert code == 25 and "fieldkit site add" in err
    code, out, _ = cli(capsys, "custody")
    assert "site.created" in out and "item.edited" in out
