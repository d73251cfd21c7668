"""Issue 10, item 13: a goal removed on one laptop while its step is edited on another never leaves a
live step under a deleted goal — the goal's removal wins, on every replica and on the server
(real server process, SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import select

from app.services import goals, plan_services
from app.sync.client import sync
from db.models import Goal, PlanService


def _live_orphans(ctx) -> list[str]:
    with ctx.workspace.session() as s:
        return list(
            s.scalars(
                select(PlanService.id)
                .join(Goal, Goal.id == PlanService.goal_id)
                .where(~PlanService.deleted, Goal.deleted)
            )
        )


def test_goal_removal_wins_over_a_concurrent_step_edit(net):
    carla = net.device("carla")
    pid = net.world.participant(carla).id
    goal = net.world.goal(pid, ctx=carla)
    step = net.world.service(pid, goal.id, ctx=carla)
    sync(carla, net.server.url)
    pam = net.device("pam")
    assert plan_services.get_service(pam, step.id).weekly_hours == 20.0

    goals.remove_goal(carla, goal.id)
    plan_services.update_service(pam, step.id, weekly_hours=12.0)  # later HLC than the removal
    sync(carla, net.server.url)
    sync(pam, net.server.url)
    sync(carla, net.server.url)

    assert _live_orphans(carla) == [] and _live_orphans(pam) == []
    rows = {r["id"]: r for r in net.server.rows("plan_service")}
    assert rows[step.id]["deleted"] in (True, 1)
