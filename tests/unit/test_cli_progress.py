"""Issue 18: progress on stderr (a bar on a terminal, plain lines when piped, nothing with -q, NO_COLOR and TERM=dumb
honoured, --json untouched) and tables measured in terminal cells. The real CLI runs in a subprocess with its
stderr on a pseudo-terminal (pty.openpty); nothing of rich is mocked."""

from __future__ import annotations

import io
import json
import logging
import os
import pty
import re
import select
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from fieldkit._internal import logs
from fieldkit.bundle.provisioning import Provisioning
from fieldkit.cli import tables
from fieldkit.cli.main import main
from fieldkit.cli.progress import Progress
from fieldkit.cli.tables import Column
from fieldkit.hq.trust import HQ
from fieldkit.store.store import Store
from fieldkit.sync.outbox import apply_provisioning
from tests.conftest import PASSPHRASE, ROOT, fieldkit_cmd

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
COLOUR = re.compile(r"\x1b\[[0-9;]*(3[0-9]|9[0-7])[;m]")  # a foreground colour: 30-39, 90-97 (38;5;N, 38;2;...)


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A store holding 3 MiB in two captures, provisioned for an HQ that trusts it, and one bundle of them."""
    from fieldkit.config import TEST_KDF

    root = tmp_path_factory.mktemp("progress")
    store_dir, hq_dir, out = root / "store", root / "HQ", root / "out"
    out.mkdir()
    hq = HQ.init(hq_dir, "Task Force North")
    with Store.init(store_dir, "alice", PASSPHRASE, kdf=TEST_KDF) as store:
        hq.enroll(store.device_allowed_signers_line())
        apply_provisioning(store, Provisioning.from_bytes(json.dumps(hq.provisioning().to_json()).encode()))
    for index, size in enumerate((2 << 20, 1 << 20)):
        (root / f"f{index}.bin").write_bytes(os.urandom(size))
    environ = {"FIELDKIT_STORE": str(store_dir), "FIELDKIT_PASSPHRASE": PASSPHRASE}
    with pytest.MonkeyPatch.context() as patch:
        for key, value in environ.items():
            patch.setenv(key, value)
        assert main(["-q", "import", "--case", "قضية الصقر", "--item", "EV-1", "--kind", "file", "--no-analyse",
                     str(root / "f0.bin"), str(root / "f1.bin")]) == 0  # fmt: skip
        assert main(["-q", "bundle", "create", "--out", str(out)]) == 0
    (bundle,) = out.glob("*.fkb")
    return {"root": root, "store": store_dir, "hq": hq_dir, "bundle": bundle}


def run(args: list[str], *, env: dict[str, str] | None = None, terminal: bool = True,
        stdout_terminal: bool = False) -> tuple[int, str, str]:  # fmt: skip
    """The CLI with stderr on a pty of 120 columns (or a pipe); its exit code, stdout and what stderr got."""
    environment = {**os.environ, "TERM": "xterm-256color", **(env or {})}
    environment.pop("NO_COLOR", None) if "NO_COLOR" not in (env or {}) else None
    if not terminal:
        result = subprocess.run([*fieldkit_cmd(), *args], env=environment, cwd=ROOT, capture_output=True, text=True,
                                stdin=subprocess.DEVNULL, timeout=120)  # fmt: skip
        return result.returncode, result.stdout, result.stderr
    import fcntl
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    process = subprocess.Popen([*fieldkit_cmd(), *args], env=environment, cwd=ROOT, stdin=subprocess.DEVNULL,
                               stdout=slave if stdout_terminal else subprocess.PIPE, stderr=slave)  # fmt: skip
    os.close(slave)
    said = bytearray()
    while True:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the child closed the pty: all read
                break
            if not data:
                break
            said += data
        elif process.poll() is not None:
            break
    os.close(master)
    out = "" if stdout_terminal or process.stdout is None else process.stdout.read().decode()
    return process.wait(timeout=60), out, said.decode("utf-8", "replace")


def env_of(kit: dict[str, Path], **more: str) -> dict[str, str]:
    return {"FIELDKIT_STORE": str(kit["store"]), "FIELDKIT_PASSPHRASE": PASSPHRASE, **more}


def test_a_terminal_gets_a_bar_with_bytes_percent_speed_and_time_left(kit: dict[str, Path]) -> None:
    code, out, err = run(["verify", str(kit["bundle"]), "--hq", str(kit["hq"])], env=env_of(kit))
    assert code == 0, err
    assert out.startswith("VALID  ")  # stdout is the same as ever
    plain = ANSI.sub("", err)
    assert "verifying" in plain and "MiB" in plain and "100%" in plain, plain
    assert re.search(r"\d+(\.\d+)? [KMG]iB/s", plain), plain  # the speed
    assert re.search(r"\d:\d\d:\d\d", plain), plain  # the time left
    assert COLOUR.search(err), err  # colours on a terminal without NO_COLOR
    # The cursor is shown again, and the bar taken down (the line erased), when the command ends.
    assert "\x1b[?25h" in err and err.rstrip().endswith("\x1b[2K")


def test_no_color_on_a_terminal_draws_the_bar_without_colours(kit: dict[str, Path]) -> None:
    code, _out, err = run(["verify", str(kit["bundle"]), "--hq", str(kit["hq"])], env=env_of(kit, NO_COLOR="1"))
    assert code == 0, err
    assert "MiB" in err and "100%" in err
    assert not COLOUR.search(err), err
    assert "\x1b[3" not in err and "\x1b[9" not in err


def test_piped_stderr_gets_plain_lines_and_stdout_keeps_its_json(kit: dict[str, Path]) -> None:
    args = ["verify", str(kit["bundle"]), "--hq", str(kit["hq"]), "--json"]
    code, out, err = run(args, env=env_of(kit, FIELDKIT_PROGRESS_INTERVAL="0"), terminal=False)
    assert code == 0, err
    assert "\x1b[" not in err and "\r" not in err
    lines = err.splitlines()
    assert lines and all(line.startswith("fieldkit verify: verifying: ") for line in lines), err
    assert re.search(r"MiB of 3\.\d MiB \(\d+%\)", err), err
    assert lines[-1].endswith(", done")
    quiet_code, quiet_out, quiet_err = run(["-q", *args], env=env_of(kit), terminal=True)
    assert quiet_code == 0
    assert json.loads(out) == json.loads(quiet_out)  # --json is the same with a bar, with lines, and with -q
    assert quiet_err == ""  # -q: not a byte of progress, on a terminal too


def test_piped_stderr_says_nothing_for_a_task_shorter_than_the_interval(kit: dict[str, Path]) -> None:
    code, out, err = run(["verify", str(kit["bundle"]), "--hq", str(kit["hq"])], env=env_of(kit), terminal=False)
    assert code == 0 and out.startswith("VALID  ")
    assert err == ""  # a few MiB take less than 5 s: as quiet as before


def test_term_dumb_gets_plain_lines_even_on_a_terminal(kit: dict[str, Path]) -> None:
    args = ["verify", str(kit["bundle"]), "--hq", str(kit["hq"])]
    code, _out, err = run(args, env=env_of(kit, TERM="dumb", FIELDKIT_PROGRESS_INTERVAL="0"))
    assert code == 0, err
    assert "\x1b[" not in err
    assert "fieldkit verify: verifying: " in err and "done" in err


def test_bundle_create_on_a_terminal_shows_the_bytes_written(kit: dict[str, Path], tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FIELDKIT_STORE", str(kit["store"]))
        patch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
        (tmp_path / "more.bin").write_bytes(os.urandom(1 << 20))
        assert main(["-q", "import", "--case", "C", "--item", "I", "--kind", "file", "--no-analyse",
                     str(tmp_path / "more.bin")]) == 0  # fmt: skip
    code, out, err = run(["bundle", "create", "--out", str(tmp_path)], env=env_of(kit))
    assert code == 0, err
    assert re.search(r"^bundle +\d+  1 capture  \d+ bytes  ", out, re.MULTILINE), out
    plain = ANSI.sub("", err)
    assert "writing bundles" in plain and "1.0/1.0 MiB" in plain and "100%" in plain, plain


def test_plain_lines_are_throttled_never_a_flood() -> None:
    stream = io.StringIO()
    with Progress("fieldkit test", "lines", stream=stream) as shown:
        assert shown.interval == 5.0  # the limit (no override in this process)
        task = shown.task("writing", total=1 << 30)
        for step in range(1, 10_001):
            task.update(step << 16)
        task.end()
    assert stream.getvalue() == ""  # 10,000 steps within a second: no line, and no closing line either


def test_a_table_of_arabic_cjk_and_emoji_keeps_its_columns(kit: dict[str, Path]) -> None:
    columns = (Column("CASE", 16), Column("ITEM", 14), Column("CAPTURES", 8, "right"), Column("DESCRIPTION", gap=2))
    rows = [["قضية الصقر", "EV-1", "2", "حقيبة سوداء"], ["案件🔥", "証拠-1", "12", "財布"],
            ["Op Falcon", "EV-44", "3", "a wallet"], ["عملية 東京 🦅", "☕-2", "7", ""]]  # fmt: skip
    # Piped: the plain columns, each value fitted in cells; every row's fourth column starts at the same cell.
    plain = [tables.plain_line(columns, row) for row in rows]
    assert plain[2] == "Op Falcon        EV-44                 3  a wallet"  # ASCII: the bytes of before
    for line, row in zip(plain, rows, strict=True):
        assert cell_len(line) == 16 + 1 + 14 + 1 + 8 + 2 + cell_len(row[3])
        assert row[0] in line  # one run, not reordered
    # A terminal: rich's table, every line as wide in cells as the others.
    drawn = tables.render(columns, rows, width=80).splitlines()
    assert len({cell_len(line) for line in drawn}) == 1, drawn
    for row in rows:
        assert any(row[0] in line for line in drawn)
    # The real command on a pty: `items` draws its table; each line is as wide as the header in cells.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FIELDKIT_STORE", str(kit["store"]))
        patch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
        assert main(["-q", "item", "--case", "案件🔥", "--item", "証拠-1", "--description", "財布"]) in (0, 16)
    code, _out, said = run(["items"], env=env_of(kit, NO_COLOR="1"), stdout_terminal=True)
    assert code == 0, said
    lines = [ANSI.sub("", line) for line in said.replace("\r\n", "\n").splitlines() if line.strip()]
    assert any("قضية الصقر" in line for line in lines), lines
    assert len({cell_len(line) for line in lines}) == 1, lines  # header, rule and rows: one width in cells
    assert any("案件🔥" in line and "財布" in line for line in lines), lines


def test_items_piped_keeps_its_plain_columns(kit: dict[str, Path]) -> None:
    code, out, err = run(["items"], env=env_of(kit), terminal=False)
    assert code == 0, err
    header, *rows = out.splitlines()
    assert header == "CASE             ITEM           CATEGORY  CAPTURES  DESCRIPTION"
    arabic = next(row for row in rows if "EV-1" in row)
    assert cell_len(arabic[: arabic.index("EV-1")]) == 17  # CASE is 16 cells wide, whatever its script


# --- every table command: Arabic, CJK and emoji keep the columns (a pty for the drawn table, a pipe for the plain) ---

WIDE_OPERATOR, WIDE_SITE, WIDE_SAMPLE = "حسن 王🦅", "موقع 東京 🦅", "عينة-東京-1"
CUSTODY_LINE = re.compile(r"^#\d+ +\S+  ")


@pytest.fixture(scope="module")
def wide(kit: dict[str, Path]) -> dict[str, Path]:
    """The kit's store with an operator, a site and a sample named in Arabic, CJK and emoji (and ASCII ones)."""
    from fieldkit.config import TEST_KDF
    from fieldkit.store import store as store_module

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store_module, "KdfParams", lambda: TEST_KDF)
        patch.setenv("FIELDKIT_STORE", str(kit["store"]))
        patch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
        patch.setenv("FIELDKIT_NEW_PASSPHRASE", "another passphrase")
        assert main(["-q", "operator", "add", WIDE_OPERATOR]) == 0
        patch.setenv("FIELDKIT_PASSPHRASE", "another passphrase")
        as_wide = ["-q", "--operator", WIDE_OPERATOR]
        assert main([*as_wide, "site", "add", WIDE_SITE, "--case", "قضية الصقر", "--lat", "34.5", "--lon", "69.1",
                     "--description", "北側 الجناح ☕"]) == 0  # fmt: skip
        assert main([*as_wide, "sample", "add", "--case", "قضية الصقر", "--item", "EV-1", "--type", "swab",
                     "--barcode", WIDE_SAMPLE, "--seal", "封印🔒"]) == 0  # fmt: skip
        patch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
        assert main(["-q", "site", "add", "Ridge", "--case", "قضية الصقر", "--description", "north wing"]) == 0
        assert main(["-q", "sample", "add", "--case", "Op Falcon", "--item", "EV-9", "--type", "blood",
                     "--barcode", "DNA-1"]) == 0  # fmt: skip
    return kit


def drawn(kit: dict[str, Path], args: list[str]) -> list[str]:
    """The command's table as a terminal gets it (stdout on a pty of 160 columns, NO_COLOR): its non-blank lines."""
    code, _out, said = run(args, env=env_of(kit, NO_COLOR="1", COLUMNS="160"), stdout_terminal=True)
    assert code == 0, said
    lines = [ANSI.sub("", line) for line in said.replace("\r\n", "\n").splitlines() if line.strip()]
    assert len({cell_len(line) for line in lines}) == 1, lines  # header, rule and rows: one width in cells
    return lines


def piped(kit: dict[str, Path], args: list[str]) -> list[str]:
    code, out, err = run(args, env=env_of(kit), terminal=False)
    assert code == 0, err
    assert "\x1b" not in out
    return out.splitlines()


def test_custody_keeps_its_columns_with_an_arabic_cjk_and_emoji_operator(wide: dict[str, Path]) -> None:
    lines = drawn(wide, ["custody"])
    assert any(WIDE_OPERATOR in line and "site.created" in line for line in lines), lines
    events = [line for line in piped(wide, ["custody"]) if CUSTODY_LINE.match(line)]
    # Piped: as before, "#SEQ AT  OPERATOR ACTION SUBJECT" then the words; ACTION starts at one cell in every event.
    assert any(line.startswith("#1     ") and "  alice            store.created " in line for line in events), events
    action = re.compile(r" ([a-z]+\.[a-z_.]+) ")
    starts = {cell_len(line[: action.search(line).start() + 1]) for line in events}  # type: ignore[union-attr]
    assert starts == {6 + 1 + 27 + 2 + 16 + 1}, events  # "#SEQ  " AT, two spaces, 16 cells of operator, a space
    assert any(WIDE_OPERATOR in line for line in events), events


def test_site_list_is_a_table_on_a_terminal_and_tab_separated_when_piped(wide: dict[str, Path]) -> None:
    lines = drawn(wide, ["site", "list", "--case", "قضية الصقر"])
    assert "SITE" in lines[0] and "DESCRIPTION" in lines[0]
    assert any(WIDE_SITE in line and "北側 الجناح ☕" in line for line in lines), lines
    assert sorted(piped(wide, ["site", "list", "--case", "قضية الصقر"])) == [
        "Ridge\t-\t-\tnorth wing", f"{WIDE_SITE}\t34.500000, 69.100000\t42SWD0918017601\t北側 الجناح ☕"]  # fmt: skip


def test_sample_list_keeps_its_columns_in_cells(wide: dict[str, Path]) -> None:
    lines = drawn(wide, ["sample", "list"])
    assert any(WIDE_SAMPLE in line and "封印🔒" in line and WIDE_OPERATOR in line for line in lines), lines
    header, *rows = piped(wide, ["sample", "list"])
    assert header == ("    #  SAMPLE ID            CASE           ITEM         TYPE    STATE        HOLDER"
                      "           SEAL         MANIFEST")  # the bytes of before  # fmt: skip
    ascii_row = next(row for row in rows if "DNA-1" in row)
    assert ascii_row.endswith("  DNA-1                Op Falcon      EV-9         blood   collected    alice"
                              "            -            -")  # fmt: skip
    ours = next(row for row in rows if WIDE_SAMPLE in row)
    # Every value starts at its header's cell, whatever the script before it.
    for row, case, holder, seal in ((ascii_row, "Op Falcon", "alice", "-"),
                                    (ours, "قضية الصقر", WIDE_OPERATOR, "封印🔒")):  # fmt: skip
        assert cell_len(row[: row.index(case)]) == header.index("CASE"), row
        assert cell_len(row[: row.index(holder)]) == header.index("HOLDER"), row
        assert cell_len(row[: row.index(seal, row.index(holder) + len(holder))]) == header.index("SEAL"), row


def test_operator_list_is_a_table_on_a_terminal_and_tab_separated_when_piped(wide: dict[str, Path]) -> None:
    lines = drawn(wide, ["operator", "list"])
    assert "OPERATOR" in lines[0] and any(WIDE_OPERATOR in line for line in lines), lines
    listed = piped(wide, ["operator", "list"])
    assert [line.split("\tsince ")[0] for line in listed] == ["alice", WIDE_OPERATOR], listed
    assert all(re.fullmatch(r"[^\t]+\tsince \d{4}-\d\d-\d\dT[\d:.]+Z", line) for line in listed), listed


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _candidate(number: int, reference: str, other: str, examiner: str | None) -> dict[str, object]:
    side = {"reference": reference, "subject": f"{number}aaaaaaaa", "device_id": "0a08def4", "bundles": [3]}
    decisions = [{"decision": "same", "examiner": examiner, "at": "2026-12-02T10:00:00Z", "note": "同じ 🔍 نفس"}]
    return {"id": number, "score": 487.0, "a": side, "b": {**side, "reference": other, "bundles": [4, 5]},
            "fingers": [{"probe_finger": 2, "gallery_finger": 2, "score": 120}],
            "decisions": decisions if examiner else []}  # fmt: skip


def test_hq_matches_draws_one_width_and_keeps_its_lines_when_piped(monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldkit.cli import cmd_hq
    from fieldkit.config import IDENTIFICATION_LIMITS

    candidates = [_candidate(1, "P-1", "X-9", None), _candidate(2, "شخص-٣", "人物-7🦅", "فاحص 審査")]
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "160")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    cmd_hq._print_candidates(candidates, 0)
    lines = [ANSI.sub("", line) for line in terminal.getvalue().splitlines() if line.strip()]
    table, footnote = lines[:-1], lines[-1]
    assert len({cell_len(line) for line in table}) == 1, table
    assert any("شخص-٣" in line for line in table) and footnote.startswith("fingers: Bozorth3 per finger")
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stdout", pipe)
    cmd_hq._print_candidates(candidates, 0)
    said = pipe.getvalue().splitlines()
    assert said[:4] == ["#1  score 487  OPEN (no decision)",
                        "    A: subject P-1 (1aaaaaaaa) of device 0a08def4, bundle 3",
                        "    B: subject X-9 (1aaaaaaaa) of device 0a08def4, bundles 4, 5",
                        "    fingers: A 2 (right index) ~ B 2 (right index): 120 (Bozorth3 per finger; the score is"
                        f" their sum above {IDENTIFICATION_LIMITS.finger_floor} each)"]  # fmt: skip
    assert said[4] == "#2  score 487  SAME by فاحص 審査 2026-12-02T10:00:00Z" and said[-1] == "    note: 同じ 🔍 نفس"


def test_worker_lines_are_json_when_the_service_logs_json(capsys: pytest.CaptureFixture[str]) -> None:
    from fieldkit.hq import worker

    logs.configure(logging.INFO, "fieldkit hq worker", json_lines=True)
    try:
        assert logs.stderr_setup() == (logging.INFO, True)  # what the supervisor hands each worker process
        worker._say("job 7: bundle 3 of d0c1e2f3 ingested")
    finally:
        logs.reset()
    (line,) = capsys.readouterr().err.splitlines()
    document = json.loads(line)
    assert document["event"] == "worker" and document["message"] == "job 7: bundle 3 of d0c1e2f3 ingested"


def test_upload_ids_never_carry_a_query_or_the_url() -> None:
    from fieldkit.sync.outbox import upload_id

    assert upload_id("/files/1a2b3c4d") == "1a2b3c4d"
    assert upload_id("https://hq.example/files/1a2b3c4d?token=secret#x") == "1a2b3c4d"
    assert upload_id(None) is None and upload_id("") is None


if sys.platform == "win32":  # pragma: no cover - pty is POSIX
    pytestmark = pytest.mark.skip("pseudo-terminals are POSIX")
