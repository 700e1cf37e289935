"""Issue 17 benchmark: HQ's 1:N search of a new subject against the templates HQ holds (hq/identify.py), for
docs/benchmarks.md and docs/hq.md.

The gallery: S subjects of ten fingers each (T = 10 S templates). The one real print a registry package ships (the
``wsq`` package's test.wsq, its template made by MINDTCT in the sandbox: 150 minutiae, MINDTCT's most) sets the
minutiae count and image size; each stranger's template has as many minutiae (up to 19 fewer) placed anywhere with
any direction, so Bozorth3 works as hard as on real prints of that quality. One gallery subject and every probe are
copies of the real print, each moved by a random rotation and translation, with a tenth of its minutiae dropped and
the rest jittered by up to 3 px and 5 degrees: each search must find that one mate. They are stored as ingest
stores them (hq_subject_templates, sealed under HQ's template key), on SQLite (the HQ folder's index) and PostgreSQL
(tests/services.py starts a throwaway cluster, or FIELDKIT_TEST_PG names one).

Measured: the time to store them; one search of a new subject (ten fingers, mated with one gallery subject)
in a fresh process (its wall time, the vectors the pre-filter read, the templates Bozorth3 compared, the peak RSS,
the rank the pre-filter gave the mate and whether the mate is among the candidates); a one-finger probe likewise
(the pre-filter's weak case); and searches of different subjects run by W processes at once (as W workers would),
W = 1 and 2: searches per minute.

The gallery is written with bulk inserts (``--bulk``, the default beyond 20 000 subjects): rows made as
Identification.add_templates makes them (each template and its pre-filter vector sealed under HQ's template key),
written with executemany (SQLite) or COPY (PostgreSQL), 2 000 subjects a transaction; the strangers' templates are
drawn from a pool of ``--pool`` distinct random templates (their vectors made once each), so the store time is
mostly the database's. ``--ingest-fill`` stores one capture at a time through add_templates (as ingest does).

Usage: python -m bench.bench_hq_matching [--subjects 10000] [--backends sqlite,postgresql] [--pool 20000]
       [--out results.json]
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from PIL import Image

from fieldkit.biometrics.matching import template_feature
from fieldkit.biometrics.templates import (
    FINGER_ALGORITHM,
    FingerMinutiae,
    Minutia,
    Template,
    decode_finger,
    encode_finger,
    extract_finger,
)
from fieldkit.bundle.manifest import CarriedTemplate, TemplatesRecord
from fieldkit.hq.identify import Identification, SubjectKey, migrate
from fieldkit.hq.trust import HQ
from tests import services
from tests.hq_backends import write_urls

WSQ_PRINT = Path(str(__import__("wsq").__file__)).parent / "tests" / "test.wsq"
DEVICE = "bench-device"


def base_template() -> FingerMinutiae:
    image = Image.open(io.BytesIO(WSQ_PRINT.read_bytes()))
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(500, 500))
    made = extract_finger(out.getvalue(), ppi=500, finger=1, what="test.wsq")
    assert made is not None
    return decode_finger(made.data)


def moved(base: FingerMinutiae, rng: random.Random) -> bytes:
    """The base minutiae rotated, shifted, thinned and jittered (see the module docstring), as FKM1."""
    angle = rng.uniform(-30, 30)
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    dx, dy = rng.uniform(-40, 40), rng.uniform(-40, 40)
    cx, cy = base.width / 2, base.height / 2
    kept = []
    for m in base.minutiae:
        if rng.random() < 0.1:
            continue
        x = cx + (m.x - cx) * cos - (m.y - cy) * sin + dx + rng.uniform(-3, 3)
        y = cy + (m.x - cx) * sin + (m.y - cy) * cos + dy + rng.uniform(-3, 3)
        if 0 <= x < base.width and 0 <= y < base.height:
            kept.append(Minutia(int(x), int(y), (m.direction - angle + rng.uniform(-5, 5)) % 360, m.bifurcation))
    return encode_finger(FingerMinutiae(base.width, base.height, base.ppi, tuple(kept)))


def stranger(base: FingerMinutiae, rng: random.Random) -> bytes:
    """Another finger: as many minutiae as the base has, anywhere in the image, any direction."""
    count = len(base.minutiae) - rng.randrange(0, 20)
    minutiae = tuple(Minutia(rng.randrange(base.width), rng.randrange(base.height), rng.uniform(0, 360),
                             rng.random() < 0.5) for _ in range(count))  # fmt: skip
    return encode_finger(FingerMinutiae(base.width, base.height, base.ppi, minutiae))


def subject_record(subject: str, base: FingerMinutiae, rng: random.Random, finger: int,
                   mated: bool = True) -> TemplatesRecord:  # fmt: skip
    return TemplatesRecord(
        uuid=str(uuid.uuid4()), capture=str(uuid.uuid4()), item=str(uuid.uuid4()), subject=subject,
        reference=f"S-{subject[:8]}", algorithm_version="bench",
        templates=(CarriedTemplate(modality="finger", algorithm=FINGER_ALGORITHM, finger=finger, seq=0,
                                   data=moved(base, rng) if mated else stranger(base, rng)),),
    )  # fmt: skip


def make_hq(folder: Path, backend: str) -> HQ:
    hq = HQ.init(folder, "bench")
    if backend == "postgresql":
        write_urls(folder, database=services.new_database(), storage=None)
    return hq


def fill(hq: HQ, subjects: int, base: FingerMinutiae) -> dict[str, Any]:
    """The gallery through Identification.add_templates, one capture at a time (as ingest stores them)."""
    rng = random.Random(17)
    started = time.perf_counter()
    with hq.database() as db:
        migrate(db)
        identification = Identification(hq, db)
        chunk = 500
        for first in range(0, subjects, chunk):
            with db.transaction():
                for n in range(first, min(subjects, first + chunk)):
                    subject = str(uuid.UUID(int=n + 1))
                    for finger in range(1, 11):  # subject 1 is the probes' mate, on every finger; the rest strangers
                        record = subject_record(subject, base, rng, finger, mated=n == 0)
                        identification.add_templates(DEVICE, 1, record, "bench")
        count = identification.template_count()
    return {"templates": count, "store_s": round(time.perf_counter() - started, 1), "fill": "ingest"}


_COLUMNS = ("id", "device_id", "sequence", "subject_uuid", "reference", "item_uuid", "capture_uuid", "modality",
            "algorithm", "finger", "seq", "data", "received_at")  # fmt: skip
_FEATURES = ("device_id", "subject_uuid", "template_id", "finger", "vector")


def bulk_fill(hq: HQ, subjects: int, base: FingerMinutiae, pool_size: int) -> dict[str, Any]:
    """The gallery written in bulk (see the module docstring): the same rows add_templates writes."""
    rng = random.Random(17)
    started = time.perf_counter()
    pool = []
    for _ in range(pool_size):
        data = stranger(base, rng)
        pool.append((data, template_feature(Template("finger", FINGER_ALGORITHM, data, 1))))
    pool_s = time.perf_counter() - started
    with hq.database() as db:
        migrate(db)
        key = Identification(hq, db).key
        template_id = 0
        chunk = 2000
        for first in range(0, subjects, chunk):
            templates, features = [], []
            for n in range(first, min(subjects, first + chunk)):
                subject = str(uuid.UUID(int=n + 1))
                for finger in range(1, 11):
                    template_id += 1
                    if n == 0:  # the probes' mate, on every finger
                        data = moved(base, rng)
                        vector = template_feature(Template("finger", FINGER_ALGORITHM, data, finger))
                    else:
                        data, vector = pool[rng.randrange(pool_size)]
                    capture = str(uuid.uuid4())
                    templates.append((template_id, DEVICE, 1, subject, f"S-{subject[:8]}", capture, capture, "finger",
                                      FINGER_ALGORITHM, finger, 0, key.seal(data, DEVICE, capture, FINGER_ALGORITHM, 0),
                                      "bench"))  # fmt: skip
                    features.append((DEVICE, subject, template_id, finger,
                                     key.seal_vector(vector, template_id, DEVICE, subject, finger)))  # fmt: skip
            _write(db, "hq_subject_templates", _COLUMNS, templates)
            _write(db, "hq_template_features", _FEATURES, features)
        if db.dialect == "postgresql":  # the ids were given: the identity goes on after them
            db.execute("SELECT setval(pg_get_serial_sequence('hq_subject_templates', 'id'), ?)", (template_id,))
            db.execute("ANALYZE")
        count = Identification(hq, db).template_count()
    return {"templates": count, "store_s": round(time.perf_counter() - started, 1), "fill": "bulk",
            "pool": pool_size, "pool_s": round(pool_s, 1)}  # fmt: skip


def _write(db: Any, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    if db.dialect == "sqlite":
        with db.transaction():
            db.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES"
                                f" ({', '.join('?' for _ in columns)})", rows)  # fmt: skip
        return
    with (
        db.conn.transaction(),
        db.conn.cursor() as cursor,
        cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)


def add_probe(hq: HQ, n: int, base: FingerMinutiae, fingers: int = 10) -> str:
    """A new subject of another device: ``fingers`` fingers, each another copy of the base (so it scores against
    the gallery like a mated print would on the finger it shares)."""
    rng = random.Random(1000 + n)
    subject = str(uuid.uuid4())
    with hq.database() as db, db.transaction():
        identification = Identification(hq, db)
        for finger in range(1, fingers + 1):
            identification.add_templates(f"probe-device-{n}", 1, subject_record(subject, base, rng, finger), "bench")
    return subject


MATE = str(uuid.UUID(int=1))


def search_child(folder: str, device: str, subject: str) -> None:
    """Run in a child process: one search, its figures as JSON on stdout."""
    hq = HQ(Path(folder))
    with hq.database() as db:
        identification = Identification(hq, db)
        result = identification.search(SubjectKey(device, subject))
        (mate_first,) = db.execute("SELECT min(template_id) FROM hq_template_features WHERE device_id = ? AND"
                                   " subject_uuid = ?", (DEVICE, MATE)).fetchone()  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    ranking = result.ranking
    print(json.dumps({"seconds": round(result.seconds, 2), "compared": result.compared,
                      "vectors": ranking.vectors if ranking else 0, "shortlisted": result.shortlisted,
                      "mate_rank": ranking.rank_of(int(mate_first)) if ranking else None,
                      "mate_found": any(c["subject"] == MATE for c in result.candidates),
                      "candidates": len(result.candidates), "peak_rss_mib": round(peak / 1024, 1)}))  # fmt: skip


def searches(hq: HQ, probes: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The probes searched each in its own process, all at once; their figures."""
    started = time.perf_counter()
    command = [sys.executable, "-m", "bench.bench_hq_matching", "--child", str(hq.folder)]
    children = [subprocess.Popen([*command, device, subject], stdout=subprocess.PIPE, text=True)
                for device, subject in probes]  # fmt: skip
    found = [json.loads(child.communicate()[0]) for child in children]
    wall = time.perf_counter() - started
    for one in found:
        one["wall_s"] = round(wall, 2)
    return found


def run(backend: str, subjects: int, base: FingerMinutiae, *, bulk: bool, pool: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-hq-matching-") as tmp:
        hq = make_hq(Path(tmp) / "HQ", backend)
        filled = bulk_fill(hq, subjects, base, pool) if bulk else fill(hq, subjects, base)
        figures: dict[str, Any] = {"backend": backend, "subjects": subjects, **filled}
        print(json.dumps(figures), flush=True)
        probes = [(f"probe-device-{n}", add_probe(hq, n, base)) for n in range(3)]
        one_finger = ("probe-device-3", add_probe(hq, 3, base, fingers=1))
        figures["one"] = searches(hq, probes[:1])[0]
        figures["one_finger"] = searches(hq, [one_finger])[0]
        together = searches(hq, probes[1:3])
        figures["two_at_once"] = together
        one_wall = figures["one"]["wall_s"]
        figures["searches_per_min"] = {"1": round(60 / one_wall, 2),
                                       "2": round(2 * 60 / together[0]["wall_s"], 2)}  # fmt: skip
        figures["vectors_per_s"] = round(figures["one"]["vectors"] / figures["one"]["seconds"])
        figures["load_average"] = [round(x, 1) for x in __import__("os").getloadavg()]
        return figures


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        search_child(*sys.argv[2:5])
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--subjects", type=int, default=10_000)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--out")
    parser.add_argument("--pool", type=int, default=20_000)
    parser.add_argument("--ingest-fill", action="store_true")
    args = parser.parse_args()
    base = base_template()
    results = []
    for backend in args.backends.split(","):
        results.append(run(backend, args.subjects, base, bulk=not args.ingest_fill, pool=args.pool))
        print(json.dumps(results[-1]), flush=True)  # each backend's figures as soon as they are known
    text = json.dumps(results, indent=1)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")


if __name__ == "__main__":
    main()
