"""Cases, items, sites, captures (with the thumbnails their analysis stored), acquisitions, imports (files and camera
cards) and custody for the Evidence page."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from fieldkit.config import DEFAULT_ANALYSIS_LIMITS, AnalysisLimits
from fieldkit.core import similar
from fieldkit.core.geo import to_mgrs
from fieldkit.core.importer import Importer, ImportSummary
from fieldkit.core.similar import Match
from fieldkit.core.thumbnails import checked_picture
from fieldkit.errors import AnalysisFailedError, InputError, InvalidValueError
from fieldkit.gui.ops import Changed, Changes, Job, JobContext
from fieldkit.models import Acquisition, AcquisitionEntry, Capture, Case, CustodyEvent, Item, Site
from fieldkit.sources import cards
from fieldkit.sources.cards import find_cards
from fieldkit.store.analyses import AnalysisStatus
from fieldkit.store.store import Store, clean_name

THUMBNAIL_SIDE = 192  # pixels: the capture grid's cells (gui.models.CapturesModel.THUMBNAIL)


@dataclass(frozen=True)
class Overview:
    cases: list[Case]
    items: list[Item]
    sites: dict[int, list[Site]]  # by case id


def overview(context: JobContext) -> Overview:
    store = context.need_store()
    cases = store.cases()
    return Overview(cases=cases, items=store.items(), sites={case.id: store.sites(case) for case in cases})


def add_site(case_name: str, name: str, latitude: float | None, longitude: float | None, description: str) -> Job:
    def job(context: JobContext) -> Changed[Site]:
        store = context.need_store()
        case = store.ensure_case(case_name)
        return Changed(store.add_site(case, name, latitude, longitude, description=description), Changes.ITEMS)

    return job


def new_item(case_name: str, tag: str, category: str) -> Job:
    def job(context: JobContext) -> Changed[Item]:
        store = context.need_store()
        return Changed(store.ensure_item(store.ensure_case(case_name), tag, category), Changes.ITEMS)

    return job


@dataclass(frozen=True)
class ItemRefused:
    """Why a new item was not made, and which field of the New item dialog says so ("case" or "tag")."""

    field: str
    message: str
    taken: bool = False  # the tag is already an item of this case


def create_item(case_name: str, tag: str, category: str, site_id: int | None = None) -> Job:
    """A new item, or why not: an empty or malformed case or tag, or a tag the case already has (``ensure_item``
    would quietly return that one; the New item dialog wants to say so instead). Nothing is made on refusal.
    ``site_id``: the site it was found at (the previous item's: same place, next item), kept only if it is a site of
    the item's case; its choice is custody-logged as any edit."""

    def job(context: JobContext) -> Changed[Item] | ItemRefused:
        store = context.need_store()
        limits = store.limits
        try:
            case_text = clean_name(case_name, "case name", limits)
        except InvalidValueError as exc:
            return ItemRefused("case", exc.message)
        try:
            tag_text = clean_name(tag, "evidence tag", limits)
        except InvalidValueError as exc:
            return ItemRefused("tag", exc.message)
        case = store.case(case_text)
        if case is not None and store.item(case, tag_text) is not None:
            return ItemRefused("tag", f"{tag_text} is already an item of {case.name}", taken=True)
        case = store.ensure_case(case_text)
        item = store.ensure_item(case, tag_text, category)
        if site_id is not None and any(site.id == site_id for site in store.sites(case)):
            item = store.update_item(item, site_id=site_id)
        return Changed(item, Changes.ITEMS)

    return job


@dataclass(frozen=True)
class PhotoFacts:
    """What an item's photos say of when and where: their taken times (ISO 8601, with the camera's offset when it
    gave one), their GPS positions, and how many are not analysed yet (their facts are not known yet)."""

    times: list[str]
    positions: list[tuple[float, float]]
    pending: int
    photos: int


def _position(capture: Capture) -> tuple[float, float] | None:
    gps = capture.metadata.get("gps")
    if not isinstance(gps, dict):
        exif = capture.metadata.get("exif")
        gps = exif.get("gps") if isinstance(exif, dict) else None
    if isinstance(gps, dict):
        latitude, longitude = gps.get("latitude"), gps.get("longitude")
        if isinstance(latitude, int | float) and isinstance(longitude, int | float):
            return float(latitude), float(longitude)
    return None


def _photo_facts(store: Store, item: Item) -> PhotoFacts:
    photos = [c for c in store.captures(case=item.case_name, item=item.tag) if c.kind == "photo"]
    analyses = store.analyses.of([c.id for c in photos])
    pending = sum(1 for c in photos if c.id not in analyses or analyses[c.id].status == "pending")
    times = sorted(c.captured_at for c in photos if c.captured_at)
    positions = [p for c in photos if (p := _position(c)) is not None]
    return PhotoFacts(times, positions, pending, len(photos))


def photo_facts(item: Item) -> Job:
    def job(context: JobContext) -> PhotoFacts:
        return _photo_facts(context.need_store(), item)

    return job


NEAR_METRES = 100.0  # a site this close to the photos' position is the same site


def _metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6_371_000 * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class SitePlaced:
    site: Site
    created: bool  # False: a site of the case within NEAR_METRES was chosen
    item: Item


def place_item(item: Item, position: tuple[float, float] | None, name: str = "") -> Job:
    """Give the item a site at ``position`` (None: the mean of its photos' GPS positions): the case's site within
    NEAR_METRES if there is one, else a new site named ``name`` (or after its MGRS reference). The site's creation
    and the item's change are custody-logged, as ever."""

    def job(context: JobContext) -> Changed[SitePlaced]:
        store = context.need_store()
        where = position
        if where is None:
            positions = _photo_facts(store, item).positions
            if not positions:
                raise InputError("none of this item's photos carries a GPS position")
            where = (sum(p[0] for p in positions) / len(positions), sum(p[1] for p in positions) / len(positions))
        case = store.ensure_case(item.case_name)
        near = [s for s in store.sites(case) if s.latitude is not None and s.longitude is not None
                and _metres((s.latitude, s.longitude), where) <= NEAR_METRES]  # fmt: skip
        mgrs = to_mgrs(*where) or ""
        created = not near
        if near:
            site = min(near, key=lambda s: _metres((s.latitude or 0.0, s.longitude or 0.0), where))
        else:
            site_name = name.strip() or (f"MGRS {mgrs}" if mgrs else f"{where[0]:.5f}, {where[1]:.5f}")
            existing = store.site(case, site_name)
            site = existing or store.add_site(case, site_name, where[0], where[1], mgrs=mgrs)
            created = existing is None
        updated = store.update_item(item, site_id=site.id)
        return Changed(SitePlaced(site, created, updated), Changes.ITEMS)

    return job


def save_item(item: Item, changes: dict[str, str | int | None]) -> Job:
    def job(context: JobContext) -> Changed[Item]:
        return Changed(context.need_store().update_item(item, **changes), Changes.ITEMS)

    return job


def captures_of(item: Item) -> Job:
    def job(context: JobContext) -> list[Capture]:
        store = context.need_store()
        return [c for c in store.captures(case=item.case_name, item=item.tag)]

    return job


@dataclass(frozen=True)
class GridThumbnail:
    """What the capture grid shows for one capture: the thumbnail its analysis stored, or why there is none."""

    status: AnalysisStatus  # pending: not analysed yet (asked again once it is); failed: reason says why
    image: bytes | None = None  # a PNG the sandbox made at analysis, its size checked; None: a placeholder
    reason: str = ""
    capture: Capture | None = None  # the capture as it is now (analysis adds its facts: EXIF, GPS, pages)
    damaged: str | None = None  # analysed, but the file is damaged: how (the grid badges it)


def thumbnails_of(capture_ids: list[int], limits: AnalysisLimits = DEFAULT_ANALYSIS_LIMITS) -> Job:
    """The thumbnails analysis stored for the captures the grid shows (inside the encrypted store, made in the
    sandbox): nothing is decoded here, and the window decodes only PNGs fieldkit made, checked for size first."""

    def job(context: JobContext) -> dict[int, GridThumbnail]:
        store = context.need_store()
        result: dict[int, GridThumbnail] = {}
        captures = store.originals.by_ids(capture_ids)
        for capture_id, analysis in store.analyses.of(capture_ids).items():
            if context.cancel.is_set():
                break
            image = store.analyses.thumbnail(capture_id) if analysis.status == "ok" else None
            if image is not None:
                try:
                    image = checked_picture(image, limits.thumbnail_side)
                except AnalysisFailedError:
                    image = None  # not what analysis makes: a placeholder, never decoded
            result[capture_id] = GridThumbnail(analysis.status, image, analysis.reason, captures.get(capture_id),
                                               analysis.damaged)  # fmt: skip
        return result

    return job


def import_files(item: Item, paths: list[Path], root: Path | None = None) -> Job:
    """Import ``paths`` into ``item`` as one acquisition, its paths recorded relative to ``root`` (default: the one
    path named, or the folder that holds them all; the Import dialog passes the folder the operator added)."""

    def job(context: JobContext) -> Changed[ImportSummary]:
        store = context.need_store()
        importer = Importer(store, cancel=context.cancel, progress=context.progress)
        return Changed(importer.run(item.case_name, item.tag, paths, root=root), Changes.CAPTURES)

    return job


def import_card(item: Item, root: Path, files: list[Path]) -> Job:
    """Import what is new on a camera card as one acquisition rooted at the card (fieldkit.sources.cards): paths
    relative to the card, its label, volume id and file system recorded."""

    def job(context: JobContext) -> Changed[ImportSummary]:
        store = context.need_store()
        card = next((card for card in find_cards([root.parent], depth=1) if card.root == root), None)
        if card is None:
            raise InputError(f"the camera card {root} is no longer mounted: insert it again")
        summary = cards.import_card(store, card, files, item.case_name, item.tag, progress=context.progress,
                                    cancel=context.cancel)  # fmt: skip
        return Changed(summary, Changes.CAPTURES)

    return job


def acquisitions_of(item: Item) -> Job:
    """The item's acquisitions, oldest first, with their counts."""

    def job(context: JobContext) -> list[Acquisition]:
        return context.need_store().acquisitions.list(item)

    return job


def acquisition_entries(acquisition_id: int) -> Job:
    """Every path an acquisition met, in the order it met them."""

    def job(context: JobContext) -> list[AcquisitionEntry]:
        return context.need_store().acquisitions.entries(acquisition_id)

    return job


def custody_of(item: Item) -> Job:
    def job(context: JobContext) -> tuple[list[CustodyEvent], bool, list[str]]:
        store = context.need_store()
        _count, problems = store.custody.verify_chain()
        subjects = {f"item:{item.uuid}"} | {f"capture:{c.uuid}" for c in store.captures(item.case_name, item.tag)}
        # Where each capture was when each event happened (imports and moves name the item's uuid): a capture
        # deleted from this item, or moved out of it, keeps its history here up to then (with the reason).
        here: set[str] = set()
        events = []
        for e in store.custody_events():
            if e.action in ("capture.imported", "capture.moved") and e.subject.startswith("capture:"):
                if e.details.get("item") == item.uuid:
                    here.add(e.subject)
                else:
                    here.discard(e.subject)
            if (
                e.subject in subjects
                or e.subject in here
                or item.uuid in (e.details.get("item"), e.details.get("from_item"))
            ):
                events.append(e)
        return events, not problems, problems

    return job


def similar_flags(capture_ids: list[int]) -> Job:
    """Near-duplicates of these photos anywhere in the store. Photos not hashed yet are left to the background work
    (one at a time, yielding to imports), which refreshes the flags when it is done."""

    def job(context: JobContext) -> dict[int, list[Match]]:
        return similar.matches_for(context.need_store(), capture_ids)

    return job
