"""Issue 15 benchmark for docs/benchmarks.md: what the worst bundle anyone can make without a device key costs the
verifier, side by side with a normal small bundle. Each verification runs in a fresh child process (peak RSS is the
child's ru_maxrss); the figures are the median of --rounds.

Cases:
- normal: a small signed bundle (one photo, its records, the custody log), as the corpus's valid sample.
- unknown device: tag files at their caps under a device id HQ does not know (needs only HQ's public recipient).
- worst pre-signature: an enrolled device's id, bag-info claiming max_members files so that the payload manifest
  and fieldkit.json may each be 16 MiB, both at that cap (fieldkit.json 16 MiB of [{},{},...], the review's PoC
  shape), and a signature by another key: everything is read and hashed, nothing parsed, then refused.

- normal, same size: a signed bundle whose payload (one 32 MiB file) makes it as large as the worst one: what any
  bundle of that size costs to decrypt and hash.

--before FOLDER also verifies every case with the fieldkit in FOLDER (a checkout before the fix, e.g. /work/main),
side by side.

Usage: .venv/bin/python bench/bench_verifier.py [--rounds 5] [--before FOLDER] [--out results.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from fieldkit.bundle import format, sshsig  # noqa: E402
from fieldkit.config import BUNDLE_LIMITS  # noqa: E402
from fieldkit.hq.trust import HQ  # noqa: E402
from tests.bundle_kit import Draft, pack, sample_payload, seal  # noqa: E402

DEVICE = "d0000000-0000-4000-8000-0000000000be"
CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
from pathlib import Path
from fieldkit.bundle.verify import check_bundle
from fieldkit.hq.trust import HQ
trust = HQ(Path(sys.argv[2])).trust()
t1 = time.perf_counter()
report = check_bundle(Path(sys.argv[1]), trust)
t2 = time.perf_counter()
print(json.dumps({"reason": report.reason, "ok": report.ok, "verify_s": t2 - t1, "process_s": t2 - t0,
                  "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _at_cap(draft: Draft, count: int, sign_with: Ed25519PrivateKey) -> bytes:
    limits = BUNDLE_LIMITS
    draft.bag_info_overrides = {"Payload-Oxum": f"1.{count}"}
    manifest_cap = format.tag_file_cap(format.MANIFEST, count, limits)
    json_cap = format.tag_file_cap(format.FIELDKIT_JSON, count, limits)
    line = b"0" * 64 + b"  data/x\n"
    manifest = line * (manifest_cap // len(line))
    blob = b"[" + b"{}," * ((json_cap - 3) // 3) + b"{}]"
    assert len(manifest) <= manifest_cap and len(blob) <= json_cap
    files = draft.tag_files(blob)
    files[format.MANIFEST] = manifest
    files[format.TAGMANIFEST] = "".join(
        f"{__import__('hashlib').sha256(files[n]).hexdigest()}  {n}\n" for n in format.SIGNED_TAG_FILES
    ).encode()
    files[format.SIGNATURE] = sshsig.sign(sign_with, format.NAMESPACE, files[format.TAGMANIFEST]).encode()
    return pack(draft, tag_files=files)


def make_cases(work: Path) -> tuple[HQ, dict[str, Path]]:
    hq = HQ.init(work / "HQ", "Bench")
    key = Ed25519PrivateKey.generate()
    hq.enroll(f'{DEVICE} namespaces="{format.NAMESPACE}" {sshsig.public_key_line(key.public_key())}')
    stranger = Ed25519PrivateKey.generate()
    plains = {
        "normal small bundle": pack(Draft(DEVICE, key, payload=sample_payload())),
        "unknown device, tag files at their caps": _at_cap(
            Draft("d0000000-0000-4000-8000-0000000000ff", stranger, payload=sample_payload()),
            BUNDLE_LIMITS.max_members,
            stranger,
        ),
        "worst pre-signature (enrolled id, 2 x 16 MiB tag files)": _at_cap(
            Draft(DEVICE, key, payload=sample_payload()), BUNDLE_LIMITS.max_members, stranger
        ),
        "normal bundle of the same size (32 MiB payload)": pack(
            Draft(DEVICE, key, payload={**sample_payload(), "data/captures/big.bin": os.urandom(32 << 20)})
        ),
    }
    paths = {}
    for index, (label, plain) in enumerate(plains.items()):
        paths[label] = work / f"case{index}.fkb"
        paths[label].write_bytes(seal(plain, hq.recipients()))
    return hq, paths


def measure(path: Path, hq: HQ, rounds: int, code: Path = ROOT) -> dict[str, object]:
    runs = []
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(hq.folder)], capture_output=True, text=True,
                             check=True, cwd=code)  # fmt: skip
        runs.append(json.loads(out.stdout))
    return {
        "file_mib": round(path.stat().st_size / 2**20, 2), "reason": runs[0]["reason"], "ok": runs[0]["ok"],
        "verify_ms": round(statistics.median(r["verify_s"] for r in runs) * 1000, 1),
        "process_ms": round(statistics.median(r["process_s"] for r in runs) * 1000, 1),
        "peak_rss_mib": round(statistics.median(r["peak_rss_mib"] for r in runs), 1),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--before", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    results: dict[str, dict[str, dict[str, object]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        hq, cases = make_cases(Path(folder))
        for version, code in [("now", ROOT), *([("before", args.before)] if args.before else [])]:
            results[version] = {label: measure(path, hq, args.rounds, code) for label, path in cases.items()}
    for figures_of in results.values():
        normal = figures_of["normal small bundle"]
        for figures in figures_of.values():
            figures["rss_vs_normal"] = round(figures["peak_rss_mib"] / normal["peak_rss_mib"], 2)  # type: ignore[operator]
            figures["process_time_vs_normal"] = round(figures["process_ms"] / normal["process_ms"], 2)  # type: ignore[operator]
    text = json.dumps(results, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
