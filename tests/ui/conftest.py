"""The career plan window over the `world` fixture: José Ñúñez and Ana García in Carla's caseload."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def english_ui(qapp):
    """English as the app starts it (ui/app.py): with its plural catalog, so "1 day", never "1 days"."""
    from ui import i18n

    i18n.install("en", qapp)


@pytest.fixture(autouse=True)
def no_unanswered_questions(monkeypatch):
    """A real Save/Discard/Cancel box would wait forever offscreen: a test that closes the step editor
    with unsaved typing answers the question itself (monkeypatch `ask_to_save`)."""

    def unanswered(_parent, what):
        raise AssertionError(f"the step editor asked a question the test does not answer: {what}")

    monkeypatch.setattr("ui.dialogs.step_editor.ask_to_save", unanswered)
    monkeypatch.setattr("ui.dialogs.form_dialog.ask_to_discard", lambda _parent: unanswered(_parent, "discard the typing"))


@pytest.fixture(autouse=True)
def jobs_run_at_once(request):
    """Screens' tests run database jobs at once on the test's thread (Picard's FakeThreadPool); the
    runner's own tests ask for `real_database_worker` instead."""
    from ui import ops

    if "real_database_worker" in request.fixturenames:
        yield None
        return
    previous = ops.use_database_pool(ops.ImmediatePool())
    yield
    ops.use_database_pool(previous)


@pytest.fixture
def real_database_worker():
    """The runner's real single database thread (a fresh one per test)."""
    from PySide6.QtCore import QThreadPool

    from ui import ops

    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    previous = ops.use_database_pool(pool)
    yield pool
    pool.waitForDone(10_000)
    ops.use_database_pool(previous)


@pytest.fixture
def settings(tmp_path):
    from ui.settings import settings_file

    return settings_file(tmp_path / "settings.ini")


@pytest.fixture
def people(world):
    jose = world.participant()
    ana = world.participant(first_name="Ana", last_name="García", ssn_last4="1111", individual_number="100002")
    return {"jose": jose, "ana": ana}


@pytest.fixture
def window(qtbot, world, people, settings):
    from ui.main_window import MainWindow
    from ui.session import PlanSession

    win = MainWindow(PlanSession(world.carla), settings)
    qtbot.addWidget(win)
    win.start()
    qtbot.waitUntil(lambda: len(win.caseload.model.rows) == 2, timeout=5000)
    yield win
    if win.plan_actions.dialog is not None:
        win.plan_actions.dialog.reject()
    win.close()


def open_participant(qtbot, window, participant_id: str) -> None:
    assert window.caseload.select(participant_id)
    qtbot.waitUntil(lambda: window.participant_row is not None and window.participant_row.id == participant_id)
