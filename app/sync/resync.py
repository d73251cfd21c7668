"""The one full re-sync path (issue 10, item 11), for a digest that still disagrees after a sync, a new
server epoch (restored from a backup) or a cursor the server cannot honour (ahead of its sequence):
push what this device has (every row again for a new epoch), re-download the whole scope from cursor 0,
purge what left the scope, then replace this copy: rows of the mismatched tables that the server no
longer sent are removed, unless a local op for them is still unsent or set aside.

Like app/sync/apply.py this writes with SQLAlchemy Core (a copy catching up is not a change to sync).
"""

from __future__ import annotations

import logging

from sqlalchemy import delete, select

from db.base import Base
from db.models import OutboxEntry, RejectedOp, synced_tables

log = logging.getLogger("fieldplan.sync")
#: never removed by a replace: accounts (the bootstrap administrator is local) and the insert-only log
KEEP_TABLES = frozenset({"app_user", "update_log", "participant"})


def full_resync(run, reason: str, *, new_epoch: str | None = None, replace: frozenset[str] | set[str] = frozenset()) -> None:
    """`run` is the sync client's _Run. `replace`: the tables whose copy is replaced by the server's feed
    (only for a digest that disagrees; after a restore the server's feed is what this device re-sent)."""
    log.warning("sync: full re-sync (%s)", reason)
    run.result.resynced = reason
    run.progress("resync", 0, 0)
    if new_epoch:
        run.reupload(new_epoch)
    run.push()
    run.upload_blobs()
    run.progress("resync", 0, 0)
    seen = run.pull(0, collect=True)
    run.purge()
    if replace:
        run.result.replaced += replace_copy(run.ws, seen, set(replace))


def replace_copy(workspace, seen: dict[str, set[str]], tables: set[str]) -> int:
    """Remove the plan rows of `tables` the server's full feed did not list (in scope it no longer holds
    them), children first. Participants themselves go only by scope (app/sync/purge.py); a removal that
    would leave a reference dangling is not made (the whole replace is skipped and logged)."""
    from sqlalchemy.exc import IntegrityError

    models = {m.__tablename__: m for m in synced_tables().values()}
    removed = 0
    try:
        with workspace.sessions.begin() as s:
            keep = set(s.scalars(select(OutboxEntry.row_id))) | set(s.scalars(select(RejectedOp.row_id)))
            for table in reversed(Base.metadata.sorted_tables):
                model = models.get(table.name)
                if model is None or table.name not in tables or table.name in KEEP_TABLES or "participant_id" not in table.c:
                    continue  # shared rows (catalog, employers) may be local-only and referenced: never removed here
                gone = sorted(set(s.scalars(select(model.id))) - seen.get(table.name, set()) - keep)
                for start in range(0, len(gone), 500):
                    s.execute(delete(model).where(model.id.in_(gone[start : start + 500])))
                removed += len(gone)
    except IntegrityError:
        log.warning("sync: replacing this copy would leave references dangling; kept it as it is")
        return 0
    if removed:
        log.warning("sync: %d row(s) the server no longer holds were removed from this copy", removed)
    return removed
