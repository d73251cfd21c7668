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

from db.models import OutboxEntry, RejectedOp, synced_tables

log = logging.getLogger("fieldplan.sync")
#: never removed by a replace: accounts (the bootstrap administrator is local) and the insert-only log
KEEP_TABLES = frozenset({"app_user", "update_log"})


def full_resync(run, reason: str, *, new_epoch: str | None = None, tables: set[str] | None = None) -> None:
    """`run` is the sync client's _Run. `tables`: the tables whose copy is replaced (None: every one)."""
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
    run.result.replaced += replace_copy(run.ws, seen, tables)


def replace_copy(workspace, seen: dict[str, set[str]], tables: set[str] | None) -> int:
    """Remove rows the server's full feed did not list (in scope it no longer holds them)."""
    removed = 0
    with workspace.sessions.begin() as s:
        keep = set(s.scalars(select(OutboxEntry.row_id))) | set(s.scalars(select(RejectedOp.row_id)))
        for name, model in synced_tables().items():
            plan_row = name == "participant" or "participant_id" in model.__table__.c
            if not plan_row or name in KEEP_TABLES or (tables is not None and name not in tables):
                continue  # shared rows (catalog, employers) may be local-only and referenced: never removed here
            ids = set(s.scalars(select(model.id)))
            gone = sorted(ids - seen.get(name, set()) - keep)
            for start in range(0, len(gone), 500):
                s.execute(delete(model).where(model.id.in_(gone[start:start + 500])))
            removed += len(gone)
    if removed:
        log.warning("sync: %d row(s) the server no longer holds were removed from this copy", removed)
    return removed
