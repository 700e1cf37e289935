"""The one registry of capture sources and live-scan devices: everything that lists, checks or picks a source
(``fieldkit sources``, ``fieldkit scan``, ``fieldkit fingerprint devices|livescan``) enumerates it here.

Two entry-point groups feed it: ``fieldkit.sources`` (a class with the base.CaptureSource shape) and
``fieldkit.livescan`` (a class with the biometrics.livescan.LiveScanDevice shape: one instance, one device, wrapped
in a livescan.LiveScanSource). fieldkit's own sources are declared in pyproject.toml in the same groups and loaded
by the same code as a plug-in. They are read from ``BUILTIN`` below rather than from fieldkit's installed metadata,
which a PyInstaller build does not ship and an editable install only refreshes when re-installed; a test keeps
``BUILTIN`` equal to pyproject.toml's tables. Every other distribution's entry points come from its metadata.

A plug-in that fails (it does not import, its constructor raises, status() or devices() raise) is listed with the
error as its status and left out of device lists: it never stops fieldkit or the other sources. Sources are asked
in parallel, each on its own daemon thread, and one that does not answer within ``Limits.source_answer_s`` is
listed as not answering (its thread is abandoned: a hung driver cannot be interrupted from Python)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from fieldkit.config import DEFAULT_LIMITS
from fieldkit.errors import CaptureSourceError, FieldkitError, InvalidValueError
from fieldkit.sources.base import AVAILABLE, Acquired, CaptureSource, Device, Progress, SourceStatus
from fieldkit.sources.livescan import LiveScanSource

SOURCES_GROUP = "fieldkit.sources"
LIVESCAN_GROUP = "fieldkit.livescan"
GROUPS = (SOURCES_GROUP, LIVESCAN_GROUP)
FIELDKIT = "fieldkit"  # the distribution whose entry points BUILTIN stands for

BUILTIN = (
    EntryPoint("sane", "fieldkit.sources.sane:SaneSource", SOURCES_GROUP),
    EntryPoint("simulated", "fieldkit.sources.simulated_livescan:SimulatedLiveScanSource", SOURCES_GROUP),
)


@dataclass(frozen=True)
class Registration:
    name: str
    group: str
    target: str  # "module:attribute", as in the entry point
    distribution: str  # the package that registered it; "fieldkit" for the built-ins
    entry_point: EntryPoint = field(repr=False, compare=False)

    @property
    def builtin(self) -> bool:
        return self.distribution == FIELDKIT


@dataclass(frozen=True)
class Listing:
    """One registered source as ``fieldkit sources`` shows it."""

    registration: Registration
    state: str  # "available", "unavailable" or "error" (the plug-in itself failed)
    reason: str = ""
    kind: str | None = None
    devices: tuple[Device, ...] = ()
    source: CaptureSource | None = field(default=None, repr=False, compare=False)
    error: BaseException | None = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        r = self.registration
        return {"name": r.name, "group": r.group, "target": r.target, "distribution": r.distribution,
                "builtin": r.builtin, "kind": self.kind, "status": self.state, "reason": self.reason,
                "devices": [{"id": d.id, "label": d.label} for d in self.devices]}  # fmt: skip


def registrations() -> list[Registration]:
    """Every registered source, fieldkit's own first; a name taken twice keeps its first registration (the second
    is listed as an error by survey())."""
    found = [Registration(e.name, e.group, e.value, FIELDKIT, e) for e in BUILTIN]
    plugins: list[Registration] = []
    for group in GROUPS:
        for entry in entry_points(group=group):
            distribution = entry.dist.name if entry.dist is not None else "?"
            if distribution.replace("_", "-").lower() == FIELDKIT:
                continue  # fieldkit's own metadata, possibly stale: BUILTIN is the truth
            plugins.append(Registration(entry.name, group, entry.value, distribution, entry))
    return found + sorted(plugins, key=lambda r: (r.group, r.name, r.distribution))


def describe(exc: BaseException) -> str:
    """An exception as one line for the operator: a FieldkitError's own message, else its type and first line."""
    if isinstance(exc, FieldkitError):
        return exc.message
    text = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def load(registration: Registration) -> CaptureSource:
    """Import and instantiate one registered source; CaptureSourceError says what failed."""
    try:
        made = registration.entry_point.load()()
    except Exception as exc:
        raise CaptureSourceError(
            f"the capture source '{registration.name}' ({registration.target}) failed to load: {describe(exc)}"
        ) from exc
    if registration.group == LIVESCAN_GROUP:
        return LiveScanSource(registration.name, made)
    source: CaptureSource = made
    return source


def _status(source: CaptureSource) -> SourceStatus:
    check = getattr(source, "status", None)  # a source written to the first protocol had only devices()
    return check() if check is not None else AVAILABLE


def examine(registration: Registration, kind: str | None = None) -> Listing:
    """Load the source, ask its status and, when it is available, its devices; never raises. With ``kind``, a
    source of another kind is not asked for its devices."""
    try:
        source = load(registration)
    except CaptureSourceError as exc:
        known = "fingerprint" if registration.group == LIVESCAN_GROUP else None  # the group says what it makes
        return Listing(registration, "error", exc.message, known, error=exc.__cause__ or exc)
    made = getattr(source, "kind", None)
    if kind is not None and made != kind:
        return Listing(registration, "unavailable", f"makes {made} captures, not {kind}", made, source=source)
    try:
        status = _status(source)
        if not status.available:
            return Listing(registration, "unavailable", status.reason, made, source=source)
        found = tuple(source.devices())
    except Exception as exc:
        return Listing(registration, "error", describe(exc), made, source=source, error=exc)
    return Listing(registration, "available", "", made, found, source=source)


def examine_all(wanted: list[Registration], kind: str | None = None, timeout_s: float | None = None) -> list[Listing]:
    """``examine`` for each registration, all at once on daemon threads; a source still busy after ``timeout_s``
    (default ``Limits.source_answer_s``) is listed as an error that says so."""
    limit = DEFAULT_LIMITS.source_answer_s if timeout_s is None else timeout_s
    results: dict[int, Listing] = {}

    def ask(index: int, registration: Registration) -> None:
        results[index] = examine(registration, kind)

    threads = [threading.Thread(target=ask, args=(i, r), name=f"source-{r.name}", daemon=True)
               for i, r in enumerate(wanted)]  # fmt: skip
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + limit
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    silent = f"did not answer within {limit:g} s (its driver or plug-in may hang)"
    known = {LIVESCAN_GROUP: "fingerprint"}
    return [results[i] if i in results else Listing(r, "error", silent, known.get(r.group))
            for i, r in enumerate(wanted)]  # fmt: skip


def acquire(source: CaptureSource, device_id: str, options: Mapping[str, Any],
            cancel: threading.Event | None = None, progress: Progress | None = None) -> Acquired:  # fmt: skip
    """One original from the source's device. A plug-in's own failure becomes a CaptureSourceError that names it, so
    it never shows as a traceback or passes for a fault of fieldkit."""
    try:
        return source.acquire(device_id, options, cancel, progress)
    except FieldkitError:
        raise
    except Exception as exc:
        name = getattr(source, "name", type(source).__name__)
        raise CaptureSourceError(f"the capture source '{name}' failed: {describe(exc)}") from exc


def survey(kind: str | None = None) -> list[Listing]:
    """Every registered source (of ``kind``, if given) with its status and devices. With ``kind``, a source that
    failed before it could say what it makes is kept too, as an error: it may be the one the operator looks for."""
    listings: list[Listing | Registration] = []
    taken: dict[str, Registration] = {}
    for registration in registrations():
        first = taken.setdefault(registration.name, registration)
        if first is not registration:
            if kind is None:
                listings.append(Listing(registration, "error", f"the name '{registration.name}' is already taken by"
                                        f" {first.target} ({first.distribution})"))  # fmt: skip
            continue
        listings.append(registration)
    asked = iter(examine_all([entry for entry in listings if isinstance(entry, Registration)], kind))
    answered = [entry if isinstance(entry, Listing) else next(asked) for entry in listings]
    return [listing for listing in answered
            if kind is None or listing.kind == kind or (listing.kind is None and listing.state == "error")]  # fmt: skip


def _unique() -> Iterator[Registration]:
    taken: set[str] = set()
    for registration in registrations():
        if registration.name not in taken:
            taken.add(registration.name)
            yield registration


def source(name: str) -> CaptureSource:
    """The registered source called ``name``."""
    for registration in _unique():
        if registration.name == name:
            return load(registration)
    raise InvalidValueError(f"there is no capture source '{name}': 'fieldkit sources' lists them")


def source_for_device(device_id: str, kind: str, default: str | None = None) -> CaptureSource | None:
    """The source of ``kind`` that acquires from ``device_id``, or None.

    A device id that starts with a source's name ("simulated:blurred") belongs to that source, listed or not; so
    does one that a working source lists; else the ``default`` source takes it (SANE's ids, "epson2:libusb:001:004",
    are only known to SANE, which is slow to list them all, so it is asked last)."""
    prefix = device_id.partition(":")[0]
    candidates = list(_unique())
    for registration in candidates:
        if registration.name == prefix:
            named = load(registration)
            if getattr(named, "kind", None) == kind:
                return named
    others = [registration for registration in candidates if registration.name != default]
    for listing in examine_all(others, kind):
        if listing.kind == kind and any(device.id == device_id for device in listing.devices):
            return listing.source
    return source(default) if default is not None else None
