"""SyncController against the real server: off the GUI thread, with progress, offline state and sign-in."""
from __future__ import annotations


from tests.conftest import PASSWORD
from ui.settings import SYNC_SERVER_URL, SYNC_SERVER_USER, Settings


def settings(tmp_path, url, ctx):
    s = Settings.in_file(tmp_path / "fieldplan.ini", ctx.workspace.data_dir)
    s.set(SYNC_SERVER_URL, url)
    s.set(SYNC_SERVER_USER, "carla")
    return s


def test_controller_syncs_in_the_background_and_reports(qtbot, net, tmp_path):
    from ui.sync_controller import SyncController

    carla = net.device("carla")
    net.world.participant(carla)
    controller = SyncController(carla, settings(tmp_path, net.server.url, carla))
    assert controller.pending_count() > 0
    steps, states = [], []
    controller.progress.connect(lambda stage, done, total: steps.append(stage))
    controller.state_changed.connect(states.append)
    with qtbot.waitSignal(controller.finished, timeout=20000) as done:
        assert controller.sync_now()
        assert not controller.sync_action.isEnabled() and controller.cancel_action.isEnabled()
    assert done.args[0].pushed > 0
    assert controller.pending_count() == 0 and controller.last_sync() is not None
    assert {"push", "pull"} <= set(steps) and states == ["syncing", "idle"]
    assert controller.sync_action.isEnabled() and not controller.cancel_action.isEnabled()


def test_controller_goes_offline_quietly_and_asks_for_a_password_when_needed(qtbot, net, tmp_path):
    from app.profile import create_profile
    from ui.sync_controller import SyncController

    ws = create_profile(tmp_path / "new-laptop", "admin", PASSWORD)
    net.workspaces.append(ws)
    ctx = ws.as_user("admin")
    controller = SyncController(ctx, settings(tmp_path, "http://127.0.0.1:9", ctx))
    failures = []
    controller.failed.connect(failures.append)
    with qtbot.waitSignal(controller.state_changed, timeout=20000, check_params_cb=lambda s: s == "offline"):
        controller._automatic_sync()
    assert failures == []  # automatic sync while offline is not an error
    controller.settings.set(SYNC_SERVER_URL, net.server.url)
    with qtbot.waitSignal(controller.password_needed, timeout=20000) as asked:
        controller.sync_now()
    assert "Sign in" in asked.args[0] and controller.state == "sign-in"
    with qtbot.waitSignal(controller.finished, timeout=20000):
        controller.sync_now(PASSWORD)
    assert controller.state == "idle"
