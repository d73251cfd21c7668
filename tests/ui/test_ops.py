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


def test_an_op_runs_off_the_gui_thread_and_announces_the_change(qtbot, world, session):
    import threading

    pid = world.participant().id
    threads, announced, results = [], [], []
    session.data_changed.connect(lambda kinds, ids: announced.append((set(kinds), set(ids))))

    def add(progress=None):
        threads.append(threading.current_thread())
        return goals.add_goal(world.carla, pid, statement="Finish the welding course", category="Education/Training Plan")

    op = ops.Op(session, add, kinds=("goal",), participant_ids=[pid], on_result=results.append)
    with qtbot.waitSignal(op.signals.finished, timeout=5000):
        op.start()
    qtbot.waitUntil(lambda: bool(results))
    assert threads[0] is not threading.main_thread()
    assert results[0].statement == "Finish the welding course"
    assert announced == [({"goal"}, {pid})]


def test_a_refused_input_goes_to_the_form_and_nothing_is_announced(qtbot, world, session):
    pid = world.participant().id
    refused, announced = [], []
    session.data_changed.connect(lambda *a: announced.append(a))
    result = ops.apply(session, goals.add_goal, pid, statement="", category="Career Plan", kinds=("goal",), participant_ids=[pid],
                       on_invalid=refused.append)
    assert result is None and announced == []
    assert refused[0].for_field("statement") == ["Goal statement is required."]
    assert goals.list_goals(world.carla, pid) == []


def test_cancel_stops_a_job_at_its_next_progress_report(qtbot, session):
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
