"""`fieldplan sync --server URL` against the real server: output, and a clear line plus exit code on failure."""
from __future__ import annotations

from app.cli import main
from app.profile import create_profile
from tests.conftest import PASSWORD


def test_fieldplan_sync_prints_what_it_did_and_fails_clearly(net, tmp_path, capsys, monkeypatch):
    folder = tmp_path / "cli-laptop"
    create_profile(folder, "admin", PASSWORD).close()
    monkeypatch.setenv("FIELDPLAN_PASSWORD", PASSWORD)
    assert main(["sync", "--server", net.server.url, "--data-dir", str(folder), "--user", "carla"]) == 0
    out = capsys.readouterr().out
    assert f"Synced with {net.server.url}: sent " in out and "0 new conflicts" in out

    from app.profile import open_profile

    ws = open_profile(folder)
    assert ws.as_user("carla").user.role == "caseworker"  # the server account arrived as a profile user
    ws.close()

    assert main(["sync", "--server", "http://127.0.0.1:9", "--data-dir", str(folder), "--user", "carla"]) == 1
    assert "Cannot reach the sync server at http://127.0.0.1:9" in capsys.readouterr().err

    from app.server import store

    store.revoke(net.server.engine, username="carla")
    monkeypatch.delenv("FIELDPLAN_PASSWORD")
    assert main(["sync", "--server", net.server.url, "--data-dir", str(folder), "--user", "carla"]) == 2
    assert "Password needed" in capsys.readouterr().err
    monkeypatch.setenv("FIELDPLAN_PASSWORD", "wrong-password")
    assert main(["sync", "--server", net.server.url, "--data-dir", str(folder), "--user", "carla"]) == 4
    assert "Wrong user name or password" in capsys.readouterr().err
    assert main(["sync", "--data-dir", str(folder)]) == 2
