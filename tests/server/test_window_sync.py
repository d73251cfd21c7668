"""Sync from the window: F6 signs in (asking the server password once), syncs off the GUI thread, and
the status bar shows the last sync time and what is left to send."""
from __future__ import annotations

from ui.settings import SYNC_INTERVAL_MINUTES, SYNC_SERVER_URL, SYNC_SERVER_USER, Settings


def test_sync_now_from_the_window(qtbot, net, tmp_path, monkeypatch):
    from ui.main_window import MainWindow
    from ui.session import PlanSession

    carla = net.device("carla")
    net.world.participant(carla, first_name="Zoë", last_name="Field")
    settings = Settings.in_file(tmp_path / "window.ini", carla.workspace.data_dir)
    settings.set(SYNC_SERVER_URL, net.server.url)
    settings.set(SYNC_SERVER_USER, "carla")
    settings.set(SYNC_INTERVAL_MINUTES, 0)
    window = MainWindow(PlanSession(carla), settings)
    qtbot.addWidget(window)
    window.start()
    qtbot.waitUntil(lambda: "to send" in window.sync_label.text())  # counted off the GUI thread
    asked = []
    monkeypatch.setattr("ui.sync_status.SyncSignInDialog.exec", lambda dialog: asked.append(dialog.intro.text()) or 0)
    controller = window.sync.controller
    controller.sync_action.trigger()
    qtbot.waitUntil(lambda: controller.state == "idle" and controller.last_sync() is not None, timeout=30000)
    assert asked == []  # the device signed in when it was set up; the token is in the keyring
    assert not window.sync.progress.isVisible()
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Last sync: ") and "to send" not in window.sync_label.text())
    assert "never" not in window.sync_label.text()
    assert [r for r in net.server.rows("participant") if r["last_name"] == "Field"]
    window.close()
