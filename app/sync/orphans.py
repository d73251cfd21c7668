"""Removing a goal wins over its steps' concurrent edits (issue 10, item 13).

A goal removed on one laptop tombstones its steps; a step edited meanwhile on another laptop is newer
and the server's merge revives it: a live step under a deleted goal on every replica. After each pull
the device removes such steps through the ChangeRecorder (so the removal syncs, logged as the sync's
doing, the edit still in the Update Log); two devices doing it at once is harmless (a delete of a
deleted row changes nothing)."""

from __future__ import annotations

import logging

from sqlalchemy import select

from db.models import Goal, PlanService

log = logging.getLogger("fieldplan.sync")


def remove_orphaned_steps(workspace, user=None) -> int:
    """Tombstone every live step/service whose goal is deleted (written as `user`, the signed-in
    CurrentUser, when the sync has one); returns how many."""
    from app.identity import CurrentUser
    from app.profile import UserContext

    with workspace.session() as s:
        found = list(
            s.scalars(
                select(PlanService.id)
                .join(Goal, Goal.id == PlanService.goal_id)
                .where(~PlanService.deleted, Goal.deleted)
            )
        )
    if not found:
        return 0
    sync_user = UserContext(
        workspace, user or CurrentUser(id="", username="sync", full_name="Sync (goal removed)", role="administrator")
    )
    with sync_user.write() as rec:
        for service in rec.session.scalars(select(PlanService).where(PlanService.id.in_(found))):
            rec.remove(
                service, summary="Step/service of a removed goal (the goal's removal wins over a concurrent edit)"
            )
    log.info("sync: %d step(s) under a removed goal removed", len(found))
    return len(found)
