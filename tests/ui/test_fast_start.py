"""Start-up shows the window with the caseload listed before SQLAlchemy has loaded (app/startup.py,
ui/startup.py); the plan tabs, reminders and sync join it when the workspace is ready."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QTabWidget

from app.startup import QuickProfile
from tests.conftest import PASSWORD


def test_the_window_lists_the_caseload_before_the_orm_loads_then_attaches_the_plan(tmp_path):
    from app.profile import create_profile
    from app.services import participants, users

    ws = create_profile(tmp_path / "p", "admin", PASSWORD, passphrase="a long passphrase", admin_full_name="Ada Admin")
    admin = ws.sign_in("admin", PASSWORD)

    region = users.create_region(admin, "North")
    org = users.create_organization(admin, "Org A", region.id)
    participants.create_participant(admin, first_name="Matías", last_name="Martínez", ssn_last4="1234",
                                    individual_number="300001", organization_id=org.id)
    ws.close()
    code = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from app.startup import QuickProfile
        from ui.settings import settings_file
        from ui.startup import open_window
        from app.reports import pdf_worker

        app = QApplication([])
        from app import import_gate
        import_gate.install()  # as ui/app.run does: the customer copy warms on a thread after the plan attaches
        quick = QuickProfile(Path({str(tmp_path / 'p')!r}), "a long passphrase")
        user = quick.sign_in("admin", {PASSWORD!r})
        window = open_window(quick, user, settings_file({str(tmp_path / 's.ini')!r}))
        app.processEvents()
        names = [r.name for r in window.caseload.model.rows]
        orm_then = "sqlalchemy" in sys.modules
        deadline = time.time() + 20
        while window.tabs is None and time.time() < deadline:
            app.processEvents()
            time.sleep(0.005)
        while not window.pdf_warm_op.done and time.time() < deadline:
            app.processEvents()
            time.sleep(0.005)
        print(names, orm_then, window.isVisible(), window.tabs is not None, window.tab_widget.widget(2) is window.tabs.goals,
              window.caseload_menu.actions() != [], window.sync is not None, window.pdf_warm_op.succeeded,
              "fpdf" not in sys.modules and pdf_worker.running() is not None)  # fpdf2 runs in the PDF worker only
        window.close()
        window.session.ctx.workspace.close()
    """)
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=".", env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['Martínez, Matías'] False True True True True True True True"


def _early_window(qtbot, world, settings):
    """A window whose session has no workspace yet, as ui/startup.py builds it."""
    from ui.main_window import MainWindow
    from ui.session import PlanSession

    quick = QuickProfile(world.carla.workspace.data_dir)
    user = quick.sign_in("carla", PASSWORD)
    session = PlanSession(user=user, data_dir=quick.data_dir)
    window = MainWindow(session, settings, caseload_rows=quick.caseload(user))
    qtbot.addWidget(window)
    window.show()
    quick.close()
    return window, session


def test_a_participant_chosen_before_the_workspace_is_ready_opens_when_it_is(qtbot, world, people, settings):
    window, session = _early_window(qtbot, world, settings)
    assert [r.name for r in window.caseload.model.rows] == ["García, Ana", "Ñúñez, José"]
    assert window.tabs is None and isinstance(window.tab_widget, QTabWidget)
    dock = window.reminders_dock  # there from the start, so nothing moves when the reminders arrive
    assert dock.isVisible() and dock.widget().text() == "Loading reminders…"
    height = dock.height()
    window.caseload.select(people["ana"].id)
    assert window.participant_row is None
    assert window.statusBar().currentMessage() == "Opening García, Ana…"
    session.attach(world.carla)
    qtbot.waitUntil(lambda: window.tabs is not None, timeout=5000)
    assert window.participant_row.id == people["ana"].id
    assert window.plan_stack.currentIndex() == 1
    assert window.tab_widget.widget(0) is window.tabs.overview
    assert window.tab_widget.tabText(3) == "3. Add Steps/Services"
    assert window.caseload_tools.dock is dock and dock.widget() is window.caseload_tools.panel and dock.height() == height
    qtbot.waitUntil(lambda: window.tabs.overview.participant_id == people["ana"].id)
    window.close()


def test_the_caseload_reloads_through_the_services_once_ready(qtbot, world, people, settings):
    window, session = _early_window(qtbot, world, settings)
    world.participant(first_name="Zoë", last_name="Ångström", individual_number="100005")  # written meanwhile
    window.caseload.load()  # asked for early: waits for the workspace
    assert len(window.caseload.model.rows) == 2
    session.attach(world.carla)
    qtbot.waitUntil(lambda: len(window.caseload.model.rows) == 3, timeout=5000)
    window.close()


def test_a_workspace_that_cannot_open_is_reported_and_the_window_closes(qtbot, world, people, settings, monkeypatch):
    from ui import ops
    from ui.startup import open_window

    quick = QuickProfile(world.carla.workspace.data_dir)
    user = quick.sign_in("carla", PASSWORD)
    monkeypatch.setattr(quick, "open_workspace", lambda: (_ for _ in ()).throw(OSError("disk full")))
    reported = []
    monkeypatch.setattr(ops, "report", reported.append)
    window = open_window(quick, user, settings)
    qtbot.addWidget(window)
    assert [r.name for r in window.caseload.model.rows] == ["García, Ana", "Ñúñez, José"]
    qtbot.waitUntil(lambda: bool(reported), timeout=5000)
    assert str(reported[0]) == "disk full"
    assert not window.isVisible() and window.tabs is None


def test_the_window_paints_the_first_screen_then_lists_the_rest_and_applies_what_was_typed(qtbot, world, people, settings, monkeypatch):
    """Start-up lists only the first screen before the first paint (app/caseload.py first_screen_sql);
    the whole caseload follows off the GUI thread, and a search typed meanwhile applies to all of it."""
    import threading

    from ui.startup import open_window

    quick = QuickProfile(world.carla.workspace.data_dir)
    user = quick.sign_in("carla", PASSWORD)
    monkeypatch.setattr(quick, "first_screen", lambda u: QuickProfile.first_screen(quick, u, 1))
    listing = threading.Event()
    whole = quick.caseload

    def slow_caseload(u):
        listing.wait(10)
        return whole(u)

    monkeypatch.setattr(quick, "caseload", slow_caseload)
    window = open_window(quick, user, settings)
    qtbot.addWidget(window)
    caseload = window.caseload
    assert caseload.partial
    assert [r.name for r in caseload.model.rows] == ["García, Ana"]
    assert caseload.count.text() == "2 participants"  # the whole caseload's size, from the first query
    qtbot.waitUntil(lambda: getattr(window, "caseload_op", None) is not None, timeout=5000)  # painted: the rest is being listed
    qtbot.keyClicks(caseload.search, "nunez")
    assert [r.name for r in caseload.model.rows] == ["García, Ana"]  # not filtered among the first screen only
    listing.set()
    qtbot.waitUntil(lambda: not caseload.partial, timeout=5000)
    assert [r.name for r in caseload.model.rows] == ["Ñúñez, José"]
    assert caseload.count.text() == "1 of 2 participants"
    caseload.search.clear()
    assert [r.name for r in caseload.model.rows] == ["García, Ana", "Ñúñez, José"]
    qtbot.waitUntil(lambda: window.tabs is not None, timeout=10000)
    window.close()
