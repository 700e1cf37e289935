"""Crash safety: an import killed with SIGKILL at random moments never loses a committed capture and never
leaves a half one; the store always opens, passes check, and every listed capture exports bit-exact."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, ROOT, fieldkit_cmd, jpeg_bytes

TRIALS = 24
FILES = 50


@pytest.mark.slow
def test_sigkill_during_import_at_random_moments(closed_store: Path, tmp_path: Path) -> None:
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    src = tmp_path / "src"
    src.mkdir()
    base = jpeg_bytes(size=(1400, 1000), seed=1)
    originals: dict[str, bytes] = {}
    for i in range(FILES):
        # Distinct files without re-encoding 50 JPEGs: vary bytes of an APP segment-free comment at the end.
        data = base + f"fieldkit-crash-test-{i}".encode()
        (src / f"IMG_{i:04}.JPG").write_bytes(data)
        originals[hashlib.sha256(data).hexdigest()] = data
    environment = {**os.environ, "FIELDKIT_STORE": str(closed_store), "FIELDKIT_PASSPHRASE": PASSPHRASE}

    def start(item: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [*fieldkit_cmd(), "import", "--case", "Crash", "--item", item, str(src)],
            env=environment, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip

    started = time.monotonic()
    full = start("baseline")
    full.communicate(timeout=120)
    assert full.returncode == 0
    duration = time.monotonic() - started

    killed_mid_import = 0
    for trial in range(TRIALS):
        process = start(f"EV-{trial % 6}")
        if trial % 2:
            time.sleep(rng.uniform(0.05, duration))
        else:
            assert process.stdout is not None
            for _ in range(rng.randint(1, FILES // 2)):
                if not process.stdout.readline():
                    break
            time.sleep(rng.uniform(0, 0.02))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        if process.returncode == -signal.SIGKILL:
            killed_mid_import += 1

        with Store.open(closed_store, PASSPHRASE) as store:
            assert list(store.media.staging_dir.iterdir()) == []
            report = store.check()
            assert report.ok, [r for r in report.results if not r.ok]
            for capture in store.captures():
                data = b"".join(store.read_original(capture.id))
                assert originals[capture.sha256] == data
            per_item: dict[str, set[str]] = {}
            for capture in store.captures():
                assert capture.sha256 not in per_item.setdefault(capture.item_tag, set()), "duplicate capture"
                per_item[capture.item_tag].add(capture.sha256)
    assert killed_mid_import >= TRIALS // 2


def test_ctrl_c_during_import_stops_cleanly(closed_store: Path, tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    base = jpeg_bytes(size=(1400, 1000), seed=2)
    for i in range(FILES):
        (src / f"IMG_{i:04}.JPG").write_bytes(base + f"ctrl-c-{i}".encode())
    environment = {**os.environ, "FIELDKIT_STORE": str(closed_store), "FIELDKIT_PASSPHRASE": PASSPHRASE}
    process = subprocess.Popen(
        [*fieldkit_cmd(), "import", "--case", "C", "--item", "EV-1", str(src)],
        env=environment, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first.startswith("stored")
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the import finished before the interrupt arrived")
    assert process.returncode == 130, err
    assert "interrupted" in err
    reported = 1 + out.count("stored ")
    # Nothing half-done is left behind, even before the next open sweeps.
    assert list((closed_store / "staging").iterdir()) == []
    with Store.open(closed_store, PASSPHRASE) as store:
        assert store.capture_count() >= reported
        assert store.check().ok
