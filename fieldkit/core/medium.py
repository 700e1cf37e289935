"""The medium an acquisition read from: its volume label, volume id (file-system UUID or FAT serial) and file system.

Decision: read what the OS already knows, never the device itself. On Linux the mount that holds a path is found in
/proc/self/mountinfo by the path's device number (st_dev), and its label and id by the /dev/disk/by-label and
by-uuid links that point at that device. Elsewhere (and for anything unusual: network shares, overlays, a path that
vanished) the medium is left empty: provenance is best effort and must never stop an import.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

MOUNTINFO = Path("/proc/self/mountinfo")
DISK_LINKS = Path("/dev/disk")
_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")
_HEX_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})")


@dataclass(frozen=True)
class Medium:
    label: str = ""
    volume_id: str = ""
    filesystem: str = ""


@dataclass(frozen=True)
class _Mount:
    device: int
    mount_point: str
    filesystem: str
    source: str  # e.g. /dev/sdb1


def medium_of(paths: Iterable[Path], *, mountinfo: Path = MOUNTINFO, disk_links: Path = DISK_LINKS) -> Medium:
    """The medium holding every one of ``paths``; empty when they lie on different media or nothing is known."""
    if not sys.platform.startswith("linux") and mountinfo == MOUNTINFO:
        return Medium()
    try:
        devices = set()
        for path in paths:
            with contextlib.suppress(OSError):  # a path that cannot be read is the import's to report, not ours
                devices.add(os.stat(path).st_dev)
        if len(devices) != 1:
            return Medium()
        device = devices.pop()
        mounts = [m for m in _mounts(mountinfo) if m.device == device]
        if not mounts:
            return Medium()
        mount = mounts[-1]  # the last mount of a device is the one visible on top
        return Medium(_link_name(disk_links / "by-label", mount), _link_name(disk_links / "by-uuid", mount),
                      mount.filesystem)  # fmt: skip
    except (OSError, ValueError, UnicodeError):
        return Medium()


def _mounts(mountinfo: Path) -> list[_Mount]:
    """Mounts as the kernel lists them (proc(5)): 'ID PARENT MAJ:MIN ROOT POINT OPTIONS [OPTIONAL...] - TYPE ...'."""
    found = []
    for line in mountinfo.read_text("utf-8", errors="replace").splitlines():
        fields = line.split(" ")
        if "-" not in fields[6:]:
            continue
        separator = fields.index("-", 6)
        if len(fields) < separator + 3:
            continue
        major, _, minor = fields[2].partition(":")
        point, source = (_OCTAL_ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), fields[i]) for i in (4, separator + 2))
        found.append(_Mount(os.makedev(int(major), int(minor)), point, fields[separator + 1], source))
    return found


def _link_name(folder: Path, mount: _Mount) -> str:
    """The name of the link in ``folder`` (udev's by-label or by-uuid) that points at the mount's device: the block
    device whose number the mount shows, or (btrfs and others show an anonymous number) the mount's source."""
    try:
        links = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return ""
    source = os.path.realpath(mount.source) if mount.source.startswith("/") else None
    for link in links:
        try:
            if os.stat(link.path).st_rdev == mount.device or os.path.realpath(link.path) == source:
                # udev escapes unsafe characters as \xNN (a space in a label is \x20).
                return _HEX_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), link.name)
        except OSError:
            continue
    return ""
