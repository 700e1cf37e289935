"""Issue 15 benchmarks for HQ's ingest (docs/benchmarks.md, "Issue 15: ingest").

1. gaps: ``hq status`` (Index.status) of a device whose archived bundles are 1 and 10^9 (the bound), side by side
   with one whose bundles are 1 and 3, and a device with 2 000 bundles and 1 000 holes; the old ``range()`` gap list
   needed minutes and gigabytes for the first (poc_sequence_dos.py: 10^12 never finished).
2. custody: ``check_bundle`` of a bundle carrying a custody log of N entries (every entry's hash recomputed), side
   by side with the same bundle carrying none, and Index.ingest of it (the custody heads kept and compared).

The bundles are made with tests/bundle_kit.py (a test device's key, a test HQ in a temporary folder). Figures are
medians over rounds, and the load average is recorded: the two cores are shared with other jobs.

Usage: python -m bench.bench_ingest [--rounds 5] [--entries 5000] [--out results.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldkit.bundle import format, sshsig
from fieldkit.bundle.verify import check_bundle
from fieldkit.config import BUNDLE_LIMITS
from fieldkit.hq.ingest import Index
from fieldkit.hq.trust import HQ
from tests.bundle_kit import Draft, custody_events, custody_log, pack, sample_payload, seal

DEVICES = [f"d0000000-0000-4000-8000-{n:012d}" for n in range(1, 4)]


def _median_s(work: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


class Field:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hq = HQ.init(folder / "HQ", "Bench")
        self.keys = {device: Ed25519PrivateKey.generate() for device in DEVICES}
        for device, key in self.keys.items():
            self.hq.enroll(f'{device} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')

    def bundle(self, device: str, sequence: int, entries: int = 0) -> Path:
        draft = Draft(device_id=device, key=self.keys[device], sequence=sequence, payload=sample_payload(sequence))
        if entries:
            events = custody_events(device, 1, entries)
            draft.payload["data/custody.jsonld"], draft.custody = custody_log(device, events)
        path = self.folder / f"{device[-4:]}-{sequence}-{entries}.fkb"
        path.write_bytes(seal(pack(draft), self.hq.recipients()))
        return path


def gaps(field: Field, rounds: int) -> dict[str, Any]:
    wide, narrow, many = DEVICES
    with Index(field.hq) as index:
        for device, numbers in ((wide, (1, BUNDLE_LIMITS.max_sequence)), (narrow, (1, 3))):
            for sequence in numbers:
                index.ingest(field.bundle(device, sequence), accept_jump=True)
        # 2 000 bundles with a hole after every other one: rows written straight into the index (ingesting 2 000
        # bundles would measure verification, not the gap query).
        for row in [(many, n) for n in range(1, 3001) if n % 3]:
            index.db.execute(
                "INSERT INTO bundles (device_id, sequence, tagmanifest_sha256, file_sha256, bundle_id, path, state,"
                " ingested_at) VALUES (?, ?, '', '', '', '', 'archived', '')",
                row,
            )
        result = {
            "status_s": round(_median_s(index.status, rounds), 4),
            "gaps_wide_s": round(_median_s(lambda: index.gaps(wide), rounds), 5),
            "gaps_narrow_s": round(_median_s(lambda: index.gaps(narrow), rounds), 5),
            "gaps_2000_bundles_1000_holes_s": round(_median_s(lambda: index.gaps(many), rounds), 5),
            "wide": index.gaps(wide),
            "holes_listed": len(index.gaps(many)),
        }
    return result


def custody(field: Field, rounds: int, entries: int) -> dict[str, Any]:
    device = DEVICES[1]
    plain, logged = field.bundle(device, 7), field.bundle(device, 8, entries)
    trust = field.hq.trust()
    assert check_bundle(logged, trust).ok
    return {
        "entries": entries,
        "verify_no_custody_s": round(_median_s(lambda: check_bundle(plain, trust), rounds), 4),
        "verify_with_custody_s": round(_median_s(lambda: check_bundle(logged, trust), rounds), 4),
        "custody_jsonld_bytes": len(custody_log(device, custody_events(device, 1, entries))[0]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--out")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        field = Field(Path(work))
        results = {
            "load_before": os.getloadavg(),
            "gaps": gaps(field, args.rounds),
            "custody": custody(field, args.rounds, args.entries),
            "load_after": os.getloadavg(),
        }
    text = json.dumps(results, indent=1)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")


if __name__ == "__main__":
    main()
