"""The capture-source extension point works: a plug-in installed next to fieldkit (a package and its dist-info on
sys.path, as pip would leave it) is listed by `fieldkit sources`, scans through `fieldkit scan` into the store, and
a broken one is listed with its error without stopping anything. fieldkit's own sources are registered the same way,
and the table the registry uses for them is the one in pyproject.toml."""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
import tomllib
from pathlib import Path

import pytest

from fieldkit.biometrics import prints
from fieldkit.cli.main import main
from fieldkit.errors import InvalidValueError
from fieldkit.sources import registry
from fieldkit.sources.sink import store_acquired
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, ROOT, fieldkit_cmd

DEMO_PACKAGE = '''
"""A vendor's document scanner and live-scan device, as a third party would publish them."""

import io

from PIL import Image

from fieldkit.biometrics import synthetic
from fieldkit.biometrics.livescan import LiveScanImage
from fieldkit.errors import InvalidValueError
from fieldkit.sources import AVAILABLE, Acquired, Device, ScanSettings


class DemoScanner:
    name = "demo"
    kind = "document"

    def status(self):
        return AVAILABLE

    def devices(self):
        return [Device(self.name, "demo:feeder-1", "Demo feeder scanner"),
                Device(self.name, "demo:flat-2", "Demo flatbed")]

    def acquire(self, device_id, options, cancel=None, progress=None):
        if device_id not in ("demo:feeder-1", "demo:flat-2"):
            raise InvalidValueError(f"no demo device {device_id}")
        settings = ScanSettings.from_options(options)
        page = Image.new("L", (170, 220), 255)
        page.paste(0, (20, 20, 150, 40))
        out = io.BytesIO()
        page.save(out, "TIFF", compression="tiff_lzw")
        if progress:
            progress(1)
        return Acquired(out.getvalue(), "document", "image/tiff", "demo-scan.tif", f"demo:{device_id}",
                        {"page_count": 1, "resolution_dpi": settings.resolution}, "2026-11-25T14:30:00Z")


class FlakySource:
    name = "flaky"
    kind = "document"

    def status(self):
        return AVAILABLE

    def devices(self):
        raise RuntimeError("the USB bus reset")

    def acquire(self, device_id, options, cancel=None, progress=None):
        raise RuntimeError("never")


class DemoLiveScanner:
    id = "demo-ls-1"
    description = "Demo optical live-scan (500 ppi)"

    def capture(self, finger, impression):
        return LiveScanImage(synthetic.ridges(400, 500, seed=finger), 500, "Demo", "LS-1", "0001")
'''

BROKEN_PACKAGE = """
raise ImportError("the vendor SDK (libdemo.so) is not installed")
"""


def install(site: Path, package: str, distribution: str, source: str, entry_points: str) -> None:
    """A package and its dist-info in ``site``: what importlib.metadata finds for an installed distribution."""
    (site / package).mkdir(parents=True)
    (site / package / "__init__.py").write_text(textwrap.dedent(source))
    info = site / f"{package}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {distribution}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(textwrap.dedent(entry_points))


@pytest.fixture
def plugins(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    install(site, "fieldkit_demo_source", "fieldkit-demo-source", DEMO_PACKAGE, """
        [fieldkit.sources]
        demo = fieldkit_demo_source:DemoScanner
        flaky = fieldkit_demo_source:FlakySource
        sane = fieldkit_demo_source:DemoScanner

        [fieldkit.livescan]
        demo-livescan = fieldkit_demo_source:DemoLiveScanner
        """)  # fmt: skip
    install(site, "fieldkit_broken_source", "fieldkit-broken-source", BROKEN_PACKAGE, """
        [fieldkit.sources]
        broken = fieldkit_broken_source:Source
        """)  # fmt: skip
    return site


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
