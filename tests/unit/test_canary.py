"""No plaintext evidence on disk: a unique marker put into pixels, EXIF, a document's text, a file name and an
item's description is found nowhere under the store folder or the temp folder after import, edit and delete."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

from PIL import Image

from fieldkit.config import TEST_KDF
from fieldkit.store.store import Store
from tests.conftest import PASSPHRASE, ROOT, fieldkit_cmd, jpeg_bytes, pdf_bytes


def scan(folder: Path, needles: list[bytes]) -> list[str]:
    hits: list[str] = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            hits.extend(f"{path}: {needle!r}" for needle in needles if needle in data)
    return hits


def test_marker_never_reaches_the_disk_in_plaintext(tmp_path: Path) -> None:
    marker = ("CANARY" + os.urandom(6).hex()).encode()
    needles = [marker, marker.decode().encode("utf-16-le"), marker.lower()]
    src, temp, store_dir = tmp_path / "src", tmp_path / "tmp", tmp_path / "store"
    src.mkdir()
    temp.mkdir()

    pixels = Image.frombytes("L", (len(marker), 1), marker)
    bmp = io.BytesIO()
    pixels.save(bmp, "BMP")
    (src / f"IMG_{marker.decode()}.bmp").write_bytes(bmp.getvalue())
    (src / "exif.jpg").write_bytes(jpeg_bytes(exif={0x010E: marker.decode(), 0x010F: marker.decode()}))
    (src / "letter.pdf").write_bytes(pdf_bytes(text=marker.decode()))
    assert all(marker in p.read_bytes() for p in src.iterdir())  # the test can fail

    Store.init(store_dir, "alice", PASSPHRASE, kdf=TEST_KDF).close()
    environment = {
        **os.environ,
        "FIELDKIT_STORE": str(store_dir),
        "FIELDKIT_PASSPHRASE": PASSPHRASE,
        "TMPDIR": str(temp),
        "SQLITE_TMPDIR": str(temp),
    }

    def fieldkit(*args: str) -> str:
        result = subprocess.run([*fieldkit_cmd(), *args], env=environment, cwd=ROOT, capture_output=True,
                                text=True, timeout=120)  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout

    fieldkit("import", "--case", "Op Canary", "--item", "EV-1", str(src))
    fieldkit("import", "--case", "Op Canary", "--item", "EV-2", "--kind", "document", str(src / "letter.pdf"))
    with Store.open(store_dir, PASSPHRASE) as store:
        case = store.ensure_case("Op Canary")
        item = store.ensure_item(case, "EV-1")
        store.update_item(item, description=f"ledger mentioning {marker.decode()}", notes=marker.decode())
        store.update_item(item, description="redacted")
        for capture in store.captures(item="EV-1"):
            store.delete_capture(capture.id)
    fieldkit("import", "--case", "Op Canary", "--item", "EV-3", str(src))
    fieldkit("list")
    fieldkit("check")
    assert scan(store_dir, needles) == []
    assert scan(temp, needles) == []
