"""Issue 17 benchmark: face templates (fieldkit.biometrics.faces), for docs/benchmarks.md "Face templates".

1. accuracy: real face photos that registry packages ship (face_recognition 1.3.0's test images: three photos of
   one person and one of another; scikit-image's astronaut; insightface 2.1's group photo of six and one aligned
   face), each face cut out on its own, and realistic distortions of each (scale, rotation, JPEG quality,
   brightness, contrast, blur, noise, a tight crop, a mirror image, and face_recognition's own partial-face crops).
   Mated comparisons: each photo against its distortions, and the independent photos of the same person against
   each other; impostor comparisons: every pair of templates of different people. FNMR and FMR at
   IDENTIFICATION_LIMITS.face_distance and around it; failures to find the face counted apart (FTE).
2. speed: extraction per photo and per face through the analysis sandbox (warm children, as capture uses them), on
   the photos as shipped and on a 12 MP phone-sized JPEG; the first request of a child (start, model load, SHA-256
   check); the child's peak memory.
3. search: FaceIndex of 10,000 and 100,000 synthetic descriptors (dlib-like: 128 values around dlib's norm):
   building it, 1:N search (limit 10) over many probes, and its memory.

Decision: every extraction goes through find_faces, the sandbox path capture uses, so the figures include the
decode and the child's confinement. The photos are downloaded with pip into a cache folder (``--cache``) from the
registry (sdists and a wheel), never from a model hub; nothing is kept in the repository but tests/assets/faces.

Usage: python -m bench.bench_faces [--cache DIR] [--index-sizes 10000,100000] [--probes 50] [--quick] [--out F]
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tarfile
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageEnhance, ImageFilter, ImageOps

from fieldkit.biometrics import faces
from fieldkit.biometrics.templates import FACE_ALGORITHM, Template
from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, IDENTIFICATION_LIMITS
from fieldkit.sandbox import pool

# (pip requirement, kind, members wanted: path suffix -> identity)
SOURCES: list[tuple[str, str, dict[str, str]]] = [
    ("face_recognition==1.3.0", "sdist", {
        "tests/test_images/obama.jpg": "obama", "tests/test_images/obama2.jpg": "obama",
        "tests/test_images/obama3.jpg": "obama", "tests/test_images/biden.jpg": "biden",
        "tests/test_images/obama_partial_face.jpg": "obama:partial",
        "tests/test_images/obama_partial_face2.jpg": "obama:partial",
    }),
    ("insightface==2.1", "sdist", {
        "insightface/data/images/t1.jpg": "group", "insightface/data/images/Tom_Hanks_54745.png": "hanks",
    }),
    ("scikit-image==0.26.0", "wheel", {"skimage/data/astronaut.png": "collins"}),
]  # fmt: skip


def fetch(cache: Path) -> dict[str, bytes]:
    """The photos, by file name, downloaded once with pip (no dependencies, nothing installed)."""
    cache.mkdir(parents=True, exist_ok=True)
    photos: dict[str, bytes] = {}
    for requirement, kind, wanted in SOURCES:
        name = requirement.split("==")[0].replace("-", "_")
        found = [p for p in cache.iterdir() if p.name.lower().replace("-", "_").startswith(name)]
        if not found:
            flag = ["--no-binary", ":all:"] if kind == "sdist" else ["--only-binary", ":all:"]
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", *flag, requirement, "-d", str(cache)],
                           check=True, capture_output=True)  # fmt: skip
            found = [p for p in cache.iterdir() if p.name.lower().replace("-", "_").startswith(name)]
        archive = found[0]
        if archive.suffix == ".whl":
            with zipfile.ZipFile(archive) as z:
                for member in z.namelist():
                    for suffix in wanted:
                        if member.endswith(suffix):
                            photos[suffix] = z.read(member)
        else:
            with tarfile.open(archive) as t:
                for info in t.getmembers():
                    for suffix in wanted:
                        if info.name.endswith(suffix):
                            extracted = t.extractfile(info)
                            assert extracted is not None
                            photos[suffix] = extracted.read()
    return photos


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "PNG")
    return out.getvalue()


def jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()


def scaled(image: Image.Image, factor: float) -> Image.Image:
    return image.resize((max(1, round(image.width * factor)), max(1, round(image.height * factor))),
                        Image.Resampling.LANCZOS)  # fmt: skip


def noisy(image: Image.Image, sigma: float, seed: int) -> Image.Image:
    pixels = np.asarray(image.convert("RGB"), dtype=np.float32)
    noise = np.random.default_rng(seed).normal(0, sigma, pixels.shape)
    return Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))


def tight(image: Image.Image, box: tuple[int, int, int, int], margin: float) -> Image.Image:
    x, y, w, h = box
    return image.crop(
        (
            max(0, round(x - margin * w)),
            max(0, round(y - margin * h)),
            min(image.width, round(x + w * (1 + margin))),
            min(image.height, round(y + h * (1 + margin))),
        )
    )


DISTORTIONS: list[tuple[str, Callable[[Image.Image, tuple[int, int, int, int]], bytes]]] = [
    ("scale 50 %", lambda im, box: png(scaled(im, 0.5))),
    ("scale 30 %", lambda im, box: png(scaled(im, 0.3))),
    ("rotated 10°", lambda im, box: png(im.rotate(10, Image.Resampling.BICUBIC, expand=True, fillcolor=(128,) * 3))),
    ("rotated -20°", lambda im, box: png(im.rotate(-20, Image.Resampling.BICUBIC, expand=True, fillcolor=(128,) * 3))),
    ("JPEG quality 20", lambda im, box: jpeg(im, 20)),
    ("JPEG quality 8", lambda im, box: jpeg(im, 8)),
    ("darker (x0.5)", lambda im, box: png(ImageEnhance.Brightness(im).enhance(0.5))),
    ("brighter (x1.6)", lambda im, box: png(ImageEnhance.Brightness(im).enhance(1.6))),
    ("contrast x0.5", lambda im, box: png(ImageEnhance.Contrast(im).enhance(0.5))),
    ("blur (2 % of the face)", lambda im, box: png(im.filter(ImageFilter.GaussianBlur(max(1.0, 0.02 * box[2]))))),
    ("noise sigma 15", lambda im, box: png(noisy(im, 15, box[0]))),
    ("tight crop", lambda im, box: png(tight(im, box, 0.15))),
    ("mirror", lambda im, box: png(ImageOps.mirror(im))),
]


@dataclass
class Sample:
    identity: str
    source: str  # the photo it comes from
    variant: str  # "original" or the distortion
    template: Template | None  # None: no face found (FTE)
    seconds: float


def largest(found: faces.FacesFound) -> Template | None:
    if not found.faces:
        return None
    return max(found.faces, key=lambda face: face.box[2] * face.box[3]).template


def accuracy(photos: dict[str, bytes], *, quick: bool) -> dict[str, object]:
    """Templates of every photo and distortion, then every mated and impostor distance."""
    bases: list[tuple[str, str, Image.Image, bytes]] = []  # identity, source, image, its bytes
    for suffix, identity in identities_of(photos):
        data = photos[suffix]
        name = suffix.rsplit("/", 1)[-1]
        if identity == "group":  # one photo of six people: each face cut out with its surroundings
            found = faces.find_faces(data, what=name)
            image = Image.open(io.BytesIO(data)).convert("RGB")
            for number, face in enumerate(sorted(found.faces, key=lambda f: f.box[0]), 1):
                cut = tight(image, face.box, 1.0)
                bases.append((f"group-{number}", f"{name} #{number}", cut, png(cut)))
        elif not identity.endswith(":partial"):
            bases.append((identity, name, Image.open(io.BytesIO(data)).convert("RGB"), data))
    samples: list[Sample] = []
    jobs: list[tuple[str, str, str, bytes]] = []
    for identity, source, image, data in bases:
        jobs.append((identity, source, "original", data))
        found = faces.find_faces(data, what=source)
        box = max(found.faces, key=lambda f: f.box[2] * f.box[3]).box if found.faces else (0, 0, *image.size)
        for variant, distort in DISTORTIONS[: 4 if quick else None]:
            jobs.append((identity, source, variant, distort(image, box)))
    for suffix, identity in identities_of(photos):
        if identity.endswith(":partial"):
            jobs.append(("obama", suffix.rsplit("/", 1)[-1], "partial face (face_recognition's crop)", photos[suffix]))

    def run(job: tuple[str, str, str, bytes]) -> Sample:
        identity, source, variant, data = job
        started = time.perf_counter()
        template = largest(faces.find_faces(data, what=f"{source} ({variant})"))
        return Sample(identity, source, variant, template, time.perf_counter() - started)

    with ThreadPoolExecutor(max_workers=DEFAULT_ANALYSIS_LIMITS.workers) as executor:
        samples = list(executor.map(run, jobs))
    described = [s for s in samples if s.template is not None]
    failed = [f"{s.source} ({s.variant})" for s in samples if s.template is None]
    mated_distorted: list[float] = []
    mated_photos: list[tuple[str, str, float]] = []
    impostors: list[float] = []
    closest: list[tuple[float, str, str]] = []
    for a, b in itertools.combinations(described, 2):
        assert a.template is not None and b.template is not None
        distance = faces.face_distance(a.template, b.template)
        if a.identity != b.identity:
            impostors.append(distance)
            closest.append((round(distance, 3), f"{a.source} ({a.variant})", f"{b.source} ({b.variant})"))
        elif a.source == b.source:
            if "original" in (a.variant, b.variant):
                mated_distorted.append(distance)
        elif a.variant == "original" and b.variant == "original":
            mated_photos.append((a.source, b.source, distance))
        elif {a.variant, b.variant} & {"original"} and "partial" in a.variant + b.variant:
            mated_distorted.append(distance)
    mated_all = mated_distorted + [d for _, _, d in mated_photos]
    by_variant = {
        variant: [round(faces.face_distance(s.template, o.template), 3) for s in described if s.variant == variant
                  for o in described if o.variant == "original" and o.source == s.source and s.template and o.template]
        for variant, _ in DISTORTIONS
    }  # fmt: skip
    operating = {}
    for threshold in (0.45, 0.5, 0.55, IDENTIFICATION_LIMITS.face_distance, 0.65):
        operating[f"{threshold:g}"] = {
            "fnmr": sum(d >= threshold for d in mated_all) / len(mated_all),
            "fmr": sum(d < threshold for d in impostors) / len(impostors),
        }
    return {
        "identities": len({s.identity for s in samples}),
        "photos": len(bases) + sum(1 for _, i in identities_of(photos) if i.endswith(":partial")),
        "extractions": len(samples),
        "fte": failed,
        "mated_distorted": len(mated_distorted),
        "mated_independent_photos": [(a, b, round(d, 3)) for a, b, d in mated_photos],
        "impostors": len(impostors),
        "mated_max": round(max(mated_all), 3),
        "mated_median": round(statistics.median(mated_all), 3),
        "impostor_min": round(min(impostors), 3),
        "impostor_median": round(statistics.median(impostors), 3),
        "impostor_closest": sorted(closest)[:8],
        "impostor_pairs_of_originals": sum(1 for _, x, y in closest if "(original)" in x and "(original)" in y),
        "by_variant_max": {k: max(v) if v else None for k, v in by_variant.items()},
        "operating_points": operating,
        "extract_s_median": round(statistics.median(s.seconds for s in samples), 3),
    }


def identities_of(photos: dict[str, bytes]) -> list[tuple[str, str]]:
    return [(suffix, identity) for _, _, wanted in SOURCES for suffix, identity in wanted.items() if suffix in photos]


def child_peak_kib() -> int:
    peaks = []
    for child in pool.pool()._children:  # the bench reads what the pool started; fieldkit never does
        try:
            status = Path(f"/proc/{child.process.pid}/status").read_text()
        except OSError:
            continue
        peaks += [int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")]
    return max(peaks, default=0)


def speed(photos: dict[str, bytes], rounds: int) -> dict[str, object]:
    started = time.perf_counter()
    faces.find_faces(photos["tests/test_images/obama.jpg"], what="warm-up")  # a child starts and loads the models
    first = time.perf_counter() - started
    figures: dict[str, object] = {"first_request_s": round(first, 2)}
    phone = Image.open(io.BytesIO(photos["tests/test_images/obama3.jpg"])).convert("RGB")
    phone = phone.resize((3024, 4032), Image.Resampling.LANCZOS)  # portrait 12 MP, as a phone takes it
    cases = {name.rsplit("/", 1)[-1]: photos[name] for name in ("tests/test_images/obama.jpg",
             "tests/test_images/biden.jpg", "insightface/data/images/t1.jpg")}  # fmt: skip
    cases["12 MP JPEG (3024x4032)"] = jpeg(phone, 90)
    for name, data in cases.items():
        times, count = [], 0
        for _ in range(rounds):
            started = time.perf_counter()
            count = len(faces.find_faces(data, what=name).faces)
            times.append(time.perf_counter() - started)
        width, height = Image.open(io.BytesIO(data)).size
        figures[name] = {"pixels": f"{width}x{height}", "faces": count, "median_s": round(statistics.median(times), 3),
                         "per_face_s": round(statistics.median(times) / max(1, count), 3)}  # fmt: skip
    figures["child_peak_rss_mib"] = round(child_peak_kib() / 1024)
    return figures


def synthetic(count: int, rng: np.random.Generator) -> np.ndarray:
    """dlib-like descriptors: 128 values, each about N(0, 0.09) as dlib's are (norm about 1)."""
    return rng.normal(0, 0.09, (count, 128)).astype("<f4")


def search(sizes: list[int], probes: int) -> dict[str, object]:
    rng = np.random.default_rng(17)
    figures: dict[str, object] = {}
    for size in sizes:
        vectors = synthetic(size, rng)
        templates = [Template("face", FACE_ALGORITHM, v.tobytes()) for v in vectors]
        started = time.perf_counter()
        index = faces.FaceIndex()
        for number, template in enumerate(templates):
            index.add(f"WL-{number:07d}", template)
        built = time.perf_counter() - started
        tracemalloc.start()  # a second build, traced (tracing slows it: not timed)
        held = faces.FaceIndex((f"WL-{number:07d}", template) for number, template in enumerate(templates))
        current, peak = tracemalloc.get_traced_memory()
        del held
        tracemalloc.stop()
        times = []
        probe_templates = [Template("face", FACE_ALGORITHM, v.tobytes()) for v in synthetic(probes, rng)]
        # Half the probes are a stored face with noise (a mate); the rest strangers.
        for number in range(probes // 2):
            mate = vectors[random.Random(number).randrange(size)] + rng.normal(0, 0.02, 128).astype("<f4")
            probe_templates[number] = Template("face", FACE_ALGORITHM, mate.astype("<f4").tobytes())
        for probe in probe_templates:
            started = time.perf_counter()
            index.search(probe, limit=IDENTIFICATION_LIMITS.max_candidates)
            times.append(time.perf_counter() - started)
        figures[str(size)] = {
            "build_s": round(built, 3),
            "search_ms_median": round(statistics.median(times) * 1000, 2),
            "search_ms_p95": round(sorted(times)[int(0.95 * len(times)) - 1] * 1000, 2),
            "index_mib": round(current / 2**20, 1),
            "index_mib_peak_while_adding": round(peak / 2**20, 1),
        }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "fieldkit-bench" / "faces")
    parser.add_argument("--index-sizes", default="10000,100000")
    parser.add_argument("--probes", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="four distortions, one round")
    parser.add_argument("--only", default="accuracy,speed,search")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    only = set(args.only.split(","))
    results: dict[str, object] = {"cpus": os.cpu_count(), "load_before": os.getloadavg()[0]}
    photos = fetch(args.cache) if only & {"accuracy", "speed"} else {}
    if "speed" in only:
        results["speed"] = speed(photos, 1 if args.quick else args.rounds)
    if "accuracy" in only:
        results["accuracy"] = accuracy(photos, quick=args.quick)
    if "search" in only:
        results["search"] = search([int(n) for n in args.index_sizes.split(",")], args.probes)
    results["load_after"] = os.getloadavg()[0]
    text = json.dumps(results, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
