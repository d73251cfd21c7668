"""ui.ops: service calls off the GUI thread announce what changed once; refusals reach the form;
an unexpected error reaches the calm error dialog, never a raw traceback."""
from __future__ import annotations

import logging

import pytest

from app.errors import FieldError, ValidationError
from app.services import goals
from ui import ops
from ui.session import PlanSession


@pytest.fixture
def session(world):
    return PlanSession(world.carla)


def test_an_op_runs_on_the_one_database_thread_and_announces_what_the_recorder_saw(qtbot, world, session, real_database_worker):
    import threading

    pid = world.participant().id
    threads, announced, results = [], [], []
    session.data_changed.connect(lambda kinds, ids, initiator: announced.append((set(kinds), set(ids), initiator)))

    def add():
        threads.append(threading.current_thread())
        return goals.add_goal(world.carla, pid, statement="Finish the welding course", category="Education/Training Plan")

    me = object()
    op = ops.run(session, add, on_result=results.append, initiator=me)  # no kinds declared: they are computed
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    ops.run(session, add, on_result=results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert threads[0] is not threading.main_thread() and threads[0] is threads[1]
    assert results[0].statement == "Finish the welding course"
    kinds, ids, initiator = announced[0]
    assert {"goal", "caseload", "update_log"} <= kinds and ids == {pid} and initiator is me
    assert op.changes.participant_ids == {pid}


def test_a_window_write_waits_in_line_behind_a_bulk_save_not_inside_it(qtbot, world, session, real_database_worker):
    """Issue 11: a goal saved in the window while the services report saved on a pool thread ran in that
    thread's transaction (and died with it) or waited out busy_timeout on the GUI thread."""
    import threading
    import time

    pid = world.participant().id
    release, order, errors = threading.Event(), [], []

    def bulk_save():
        with world.carla.batch():
            goals.add_goal(world.carla, pid, statement="From the bulk save", category="Career Plan")
            release.wait(10)
            raise RuntimeError("the bulk save failed")

    ops.run(session, bulk_save, on_error=errors.append)
    started = time.perf_counter()
    ops.apply(session, goals.add_goal, pid, statement="Saved in the window", category="Career Plan", on_result=order.append)
    assert time.perf_counter() - started < 0.5  # the GUI thread queued it and went on
    release.set()
    qtbot.waitUntil(lambda: bool(order), timeout=10_000)
    assert [str(e) for e in errors] == ["the bulk save failed"]
    assert [g.statement for g in goals.list_goals(world.carla, pid)] == ["Saved in the window"]


def test_a_refused_input_goes_to_the_form_and_nothing_is_announced(qtbot, world, session, real_database_worker):
    pid = world.participant().id
    refused, announced, accepted = [], [], []
    session.data_changed.connect(lambda *a: announced.append(a))
    op = ops.apply(session, goals.add_goal, pid, statement="", category="Career Plan", on_invalid=refused.append)
    op.then(accepted.append)
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert announced == [] and accepted == []
    assert refused[0].for_field("statement") == ["Goal statement is required."]
    assert goals.list_goals(world.carla, pid) == []


def test_the_immediate_pool_runs_a_job_at_once_for_screen_tests(world, session):
    pid = world.participant().id
    previous = ops.use_database_pool(ops.ImmediatePool())
    try:
        op = ops.apply(session, goals.add_goal, pid, statement="At once", category="Career Plan")
    finally:
        ops.use_database_pool(previous)
    assert op.succeeded and op.value.statement == "At once"


def test_cancel_stops_a_job_at_its_next_progress_report(qtbot, session, real_database_worker):
    errors, seen = [], []

    def job(progress):
        for i in range(1, 1000):
            seen.append(i)
            progress(i, 1000)
            if i == 3:
                op.cancel()
        return "finished"

    op = ops.Op(session, job, with_progress=True, on_error=errors.append, on_result=errors.append)
    with qtbot.waitSignal(op.signals.finished, timeout=5000):
        op.start()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ops.Cancelled) and max(seen) == 4


def test_an_unexpected_error_shows_the_calm_dialog_and_is_logged(qtbot, monkeypatch, caplog):
    from ui.dialogs import error_dialog

    shown = []
    monkeypatch.setattr(error_dialog.ErrorDialog, "exec", lambda self: shown.append(self.details.toPlainText()) or 0)
    try:
        raise KeyError("José Ñúñez")  # names must not reach the report
    except KeyError as exc:
        with caplog.at_level(logging.ERROR, logger="fieldplan"):
            error_dialog.show_unexpected(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    assert shown[0].startswith("Fieldplan error report") and "KeyError" in shown[0] and "test_ops.py" in shown[0]
    assert "Ñúñez" not in shown[0] and "Ñúñez" not in caplog.text
    assert "unexpected error" in caplog.text


def test_report_shows_a_validation_error_as_a_message(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(text))
    ops.report(ValidationError([FieldError("status", "Status is required: choose one from the list.")]))
    assert messages == ["Status is required: choose one from the list."]
