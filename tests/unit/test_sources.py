"""The capture-source extension point works: a plug-in installed next to fieldkit (a package and its dist-info on
sys.path, as pip would leave it) is listed by `fieldkit sources`, scans through `fieldkit scan` into the store, and
a broken one is listed with its error without stopping anything. fieldkit's own sources are registered the same way,
and the table the registry uses for them is the one in pyproject.toml."""

from __future__ import annotations

import json
import os
import subprocess
import time
import tomllib
from pathlib import Path

import pytest

from fieldkit.biometrics import prints
from fieldkit.cli.main import main
from fieldkit.config import Limits
from fieldkit.errors import CaptureSourceError, InvalidValueError
from fieldkit.sources import registry
from fieldkit.sources.sink import store_acquired
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, ROOT, fieldkit_cmd, use_sane_test_backend
from tests.samples import install_demo_plugins, install_package


@pytest.fixture
def plugins(tmp_path: Path) -> Path:
    return install_demo_plugins(tmp_path / "site")


def run_fieldkit(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)])}
    environment.pop("FIELDKIT_SIMULATED_LIVESCAN", None)
    return subprocess.run([*fieldkit_cmd(), *args], capture_output=True, text=True, env=environment, cwd=ROOT,
                          timeout=120)  # fmt: skip


def test_an_installed_plugin_is_listed_with_its_devices_and_a_broken_one_with_its_error(plugins: Path) -> None:
    result = run_fieldkit(plugins, "sources", "--json")
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout)
    listed = {entry["name"]: entry for entry in entries if entry["distribution"] != "fieldkit-demo-source"
              or entry["name"] != "sane"}  # fmt: skip

    demo = listed["demo"]
    assert demo["status"] == "available" and demo["kind"] == "document"
    assert not demo["builtin"] and demo["distribution"] == "fieldkit-demo-source"
    assert demo["devices"] == [{"id": "demo:feeder-1", "label": "Demo feeder scanner"},
                               {"id": "demo:flat-2", "label": "Demo flatbed"}]  # fmt: skip

    live = listed["demo-livescan"]
    assert live["group"] == "fieldkit.livescan" and live["kind"] == "fingerprint" and live["status"] == "available"
    assert live["devices"] == [{"id": "demo-ls-1", "label": "Demo optical live-scan (500 ppi)"}]

    broken = listed["broken"]
    assert broken["status"] == "error" and broken["devices"] == []
    assert "libdemo.so" in broken["reason"] and "fieldkit_broken_source:Source" in broken["reason"]
    flaky = listed["flaky"]
    assert flaky["status"] == "error" and "RuntimeError: the USB bus reset" in flaky["reason"]
    wia = listed["wia"]
    assert wia["status"] == "unavailable" and wia["reason"] == "WIA needs Windows and pywin32" and wia["devices"] == []

    # fieldkit's own sources are in the same list, registered the same way.
    (hijack,) = [e for e in entries if e["name"] == "sane" and e["distribution"] == "fieldkit-demo-source"]
    assert hijack["status"] == "error" and "already taken by fieldkit.sources.sane:SaneSource" in hijack["reason"]
    assert listed["sane"]["builtin"] and listed["sane"]["target"] == "fieldkit.sources.sane:SaneSource"
    assert listed["simulated"]["status"] == "unavailable" and "FIELDKIT_SIMULATED_LIVESCAN" in listed["simulated"][
        "reason"]  # fmt: skip

    text = run_fieldkit(plugins, "sources")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert any(line.startswith("demo ") and "plug-in fieldkit-demo-source" in line and "2 device(s)" in line
               for line in lines)  # fmt: skip
    assert any(line.startswith("broken ") and "error: " in line for line in lines)
    assert any("demo:feeder-1" in line and "Demo feeder scanner" in line for line in lines)


def test_plugin_devices_appear_where_devices_are_listed(plugins: Path) -> None:
    scanners = run_fieldkit(plugins, "scan", "--list")
    assert scanners.returncode == 0, scanners.stderr
    assert "demo:feeder-1\tDemo feeder scanner" in scanners.stdout.splitlines()
    assert "capture source flaky: RuntimeError" in scanners.stderr  # named, and the others still listed
    fingerprint = run_fieldkit(plugins, "fingerprint", "devices")
    assert fingerprint.returncode == 0, fingerprint.stderr
    assert fingerprint.stdout.split() == ["demo-ls-1", "Demo", "optical", "live-scan", "(500", "ppi)"]


def test_a_plugin_scanner_scans_into_the_store(plugins: Path, closed_store: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.syspath_prepend(str(plugins))
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    assert main(["scan", "--device", "demo:flat-2", "--case", "Op", "--item", "EV-9", "--resolution", "150"]) == 0
    assert "stored #1: 1 page(s) from demo:flat-2" in capsys.readouterr().out
    assert main(["scan", "--device", "demo:flat-2", "--case", "Op", "--item", "EV-9"]) == 0
    assert "duplicate of #1" in capsys.readouterr().out
    with Store.open(closed_store, PASSPHRASE) as store:
        (capture,) = store.captures()
        assert (capture.kind, capture.media_type, capture.source) == ("document", "image/tiff", "demo:demo:flat-2")
        assert capture.metadata["resolution_dpi"] == 150 and capture.captured_at == "2026-11-25T14:30:00Z"
        assert (capture.case_name, capture.item_tag) == ("Op", "EV-9")
        assert store.check().ok


def test_a_plugin_live_scan_device_captures_a_scored_print(plugins: Path, store: Store,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.syspath_prepend(str(plugins))
    source = registry.source_for_device("demo-ls-1", "fingerprint")
    assert source is not None and source.name == "demo-livescan"
    capture_id, new = store_acquired(store, "Op", "EV-2", source.acquire("demo-ls-1", {"finger": 3}))
    record = prints.print_record(store, store.capture(capture_id))
    assert new and record.finger_position == 3 and record.impression_type == 1 and record.ppi == 500
    assert record.capture.source == "livescan:demo-ls-1"
    assert record.capture.metadata["fingerprint"]["device"] == "Demo|LS-1|0001"


def test_the_simulated_device_acquires_into_the_store_headless(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIELDKIT_SIMULATED_LIVESCAN", raising=False)
    simulated = registry.source("simulated")
    assert not simulated.status().available and simulated.devices() == []  # never passes for real hardware
    source = registry.source_for_device("simulated:blurred", "fingerprint")  # asked for by name, it works
    assert source is not None and source.name == "simulated"
    acquired = source.acquire("simulated:blurred", {"finger": 7, "impression": 0})
    assert acquired.kind == "fingerprint" and acquired.media_type == "image/png"
    capture_id, new = store_acquired(store, "Op", "S-PRINTS", acquired)
    assert new
    record = prints.print_record(store, store.capture(capture_id))
    assert (record.finger_position, record.impression_type, record.capture.source) == (
        7,
        0,
        "livescan:simulated:blurred",
    )
    if record.nfiq2 is not None:  # scored at once when the quality extra is installed
        assert record.light == "red"
    again, new = store_acquired(store, "Op", "S-PRINTS", acquired)
    assert (again, new) == (capture_id, False)
    with pytest.raises(InvalidValueError, match="live-plain"):
        source.acquire("simulated", {"finger": 7, "impression": 3})
    monkeypatch.setenv("FIELDKIT_SIMULATED_LIVESCAN", "1")
    assert [device.id for device in registry.source("simulated").devices()] == ["simulated"]


def test_the_builtin_table_is_pyproject_tables() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["entry-points"]
    table = {(group, name, target) for group, entries in declared.items() if group.startswith("fieldkit.")
             for name, target in entries.items()}  # fmt: skip
    assert table == {(entry.group, entry.name, entry.value) for entry in registry.BUILTIN}
    for entry in registry.BUILTIN:  # each loads as a plug-in would, and has the whole protocol
        source = entry.load()()
        assert source.name == entry.name and source.kind in ("photo", "document", "fingerprint")
        assert callable(source.status) and callable(source.devices) and callable(source.acquire)


def test_the_cli_finds_sources_only_through_the_registry() -> None:
    for path in (ROOT / "fieldkit" / "cli").glob("*.py"):
        text = path.read_text("utf-8")
        for name in ("SaneSource", "SimulatedScanner", "sources.sane", "sources.scanner", "biometrics.livescan"):
            assert name not in text, f"{path.name} names {name}: enumerate fieldkit.sources.registry instead"


HUNG_AND_FAILING = """
import time

from fieldkit.sources import AVAILABLE, Device


class SleepySource:
    name = "sleepy"
    kind = "document"

    def status(self):
        return AVAILABLE

    def devices(self):
        time.sleep(60)  # a driver that hangs
        return []

    def acquire(self, device_id, options, cancel=None, progress=None):
        raise RuntimeError("never")


class FailingScanner:
    name = "acqbad"
    kind = "document"

    def status(self):
        return AVAILABLE

    def devices(self):
        return [Device(self.name, "acqbad:1", "Scanner whose driver fails")]

    def acquire(self, device_id, options, cancel=None, progress=None):
        raise RuntimeError("paper jam in the vendor SDK")
"""


def test_a_hung_plugin_cannot_hold_up_the_others_and_a_failing_one_gives_a_clear_error(
    tmp_path: Path, closed_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    install_package(site, "fieldkit_odd_sources", "fieldkit-odd-sources", HUNG_AND_FAILING, """
        [fieldkit.sources]
        sleepy = fieldkit_odd_sources:SleepySource
        acqbad = fieldkit_odd_sources:FailingScanner
        """)  # fmt: skip
    monkeypatch.syspath_prepend(str(site))
    use_sane_test_backend(tmp_path, monkeypatch)  # 'sources' starts SANE in this process: give it the test backend
    monkeypatch.setattr(registry, "DEFAULT_LIMITS", Limits(source_answer_s=1.0))
    monkeypatch.setenv("FIELDKIT_STORE", str(closed_store))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)

    started = time.monotonic()
    assert main(["sources", "--json"]) == 0
    listed = {entry["name"]: entry for entry in json.loads(capsys.readouterr().out)}
    assert time.monotonic() - started < 10  # not the 60 s the hung driver would take
    assert listed["sleepy"]["status"] == "error" and "did not answer within 1 s" in listed["sleepy"]["reason"]
    assert listed["acqbad"]["status"] == "available"

    assert main(["scan", "--device", "acqbad:1", "--case", "Op", "--item", "EV-1"]) == CaptureSourceError.exit_code
    error = capsys.readouterr().err
    assert "the capture source 'acqbad' failed: RuntimeError: paper jam in the vendor SDK" in error
    assert "Traceback" not in error
    with Store.open(closed_store, PASSPHRASE) as store:
        assert store.captures() == []
