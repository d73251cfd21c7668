"""UserContext.batch belongs to the thread that opened it (issue 11): a write on another thread gets its
own transaction, and the runner learns what a call committed from the recorder, not from the caller."""
from __future__ import annotations

import threading

import pytest

from app.profile import collect_changes
from app.services import goals


class Abandon(Exception):
    pass


def test_a_write_on_another_thread_never_joins_the_open_batch(world):
    ctx, pid = world.carla, world.participant().id
    opened, written = threading.Event(), threading.Event()
    failures = []

    def bulk_save():  # the services report's save, on a pool thread
        try:
            with ctx.batch():
                opened.set()
                written.wait(10)
                goals.add_goal(ctx, pid, statement="From the bulk save", category="Career Plan")
                raise Abandon()
        except Abandon:
            pass
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    worker = threading.Thread(target=bulk_save)
    worker.start()
    assert opened.wait(10)
    goals.add_goal(ctx, pid, statement="Saved in the window", category="Career Plan")  # the GUI thread
    written.set()
    worker.join(10)
    assert failures == []
    assert [g.statement for g in goals.list_goals(ctx, pid)] == ["Saved in the window"]


def test_the_changes_of_committed_writes_are_collected_and_a_rolled_back_one_adds_nothing(world):
    ctx, pid = world.carla, world.participant().id
    with collect_changes() as changes:
        goals.add_goal(ctx, pid, statement="Finish the welding course", category="Career Plan")
    assert {"goal", "update_log"} <= changes.tables and changes.participant_ids == {pid}
    with collect_changes() as nothing:
        with pytest.raises(Abandon):
            with ctx.batch():
                goals.add_goal(ctx, pid, statement="Never lands", category="Career Plan")
                raise Abandon()
    assert not nothing and nothing.participant_ids == set()


def test_changes_are_collected_per_thread(world):
    ctx, pid = world.carla, world.participant().id
    with collect_changes() as mine:
        other = threading.Thread(target=lambda: goals.add_goal(ctx, pid, statement="Elsewhere", category="Career Plan"))
        other.start()
        other.join(10)
    assert not mine
