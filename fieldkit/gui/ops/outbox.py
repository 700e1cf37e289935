"""The store side of uploads: what the Outbox shows, the plan for a sync round, and what happened in it. The
network part runs elsewhere (the Outbox page's runner), so no store job ever waits for HQ."""

from __future__ import annotations

from fieldkit.gui.ops import Changed, Changes, Job, JobContext
from fieldkit.sync import outbox


def entries(context: JobContext) -> tuple[list[outbox.Entry], str | None]:
    """The outbox (new bundles queued first) and HQ's upload address, if provisioned."""
    store = context.need_store()
    outbox.enqueue_new(store)
    target = outbox.endpoint(store)
    return outbox.entries(store), target.url if target else None


def plan(context: JobContext) -> list[outbox.Task] | None:
    """What to send in this round; None when no HQ endpoint is provisioned."""
    store = context.need_store()
    if outbox.endpoint(store) is None:
        return None
    return outbox.plan(store)


def record_created(sequence: int, path: str) -> Job:
    def job(context: JobContext) -> Changed[None]:
        outbox.record_created(context.need_store(), sequence, path)
        return Changed(None, Changes.OUTBOX)

    return job


def record_transfer(result: outbox.Transfer) -> Job:
    def job(context: JobContext) -> Changed[outbox.Entry]:
        return Changed(outbox.record_transfer(context.need_store(), result), Changes.OUTBOX | Changes.BUNDLES)

    return job


def record_unreachable(context: JobContext) -> Changed[None]:
    outbox.record_unreachable(context.need_store(), "HQ did not answer its health probe")
    return Changed(None, Changes.OUTBOX)


def purge(confirm: bool) -> Job:
    """What HQ acknowledged and this laptop may remove; removed only with ``confirm``."""

    def job(context: JobContext) -> outbox.Purge | Changed[outbox.Purge]:
        found = outbox.purge_acknowledged(context.need_store(), confirm=confirm)
        return Changed(found, Changes.CAPTURES | Changes.OUTBOX) if confirm else found

    return job


def retry(sequence: int) -> Job:
    def job(context: JobContext) -> Changed[None]:
        outbox.retry(context.need_store(), sequence)
        return Changed(None, Changes.OUTBOX)

    return job
