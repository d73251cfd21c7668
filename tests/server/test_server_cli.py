"""`fieldplan-server` commands over a SQLite file: organizations and accounts land where devices pull them."""
from __future__ import annotations

from sqlalchemy import select

from app.server import store
from app.server.cli import main
from app.server.tables import REPLICAS, account, make_engine


def test_init_add_org_add_user_and_revoke(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    assert main(["init-db", "--database-url", url]) == 0
    assert "Server database ready" in capsys.readouterr().out
    assert main(["add-org", "Rock River Works", "--region", "Northern Region", "--database-url", url]) == 0
    org_id = capsys.readouterr().out.strip()
    monkeypatch.setenv("FIELDPLAN_NEW_PASSWORD", "long-enough-pw")
    assert main(["add-user", "carla", "--role", "caseworker", "--organization", "Rock River Works", "--full-name", "Carla C", "--database-url", url]) == 0
    engine = make_engine(url)
    with engine.connect() as conn:
        org = conn.execute(select(REPLICAS["organization"][0])).one()
        region = conn.execute(select(REPLICAS["region"][0])).one()
        user = conn.execute(select(REPLICAS["app_user"][0])).one()
        acct = conn.execute(select(account)).one()
    assert (org.id, org.name, org.region_id, region.name) == (org_id, "Rock River Works", region.id, "Northern Region")
    assert (acct.id, acct.role, acct.organization_id) == (user.id, "caseworker", org_id)
    # devices get the name and role; the password hash stays in the server's own account table
    assert user.username == "carla" and user.password_hash == "" and acct.password_hash.startswith("$argon2")
    token, _ = store.sign_in(engine, "carla", "long-enough-pw", "laptop-1")
    assert main(["revoke", "--user", "carla", "--database-url", url]) == 0
    assert "Revoked 1 device token(s) of carla" in capsys.readouterr().out
    try:
        store.authenticate(engine, token)
    except store.ServerError as exc:
        assert exc.status == 401 and "revoked" in exc.message
    else:
        raise AssertionError("a revoked token still works")
    assert main(["add-user", "carla", "--role", "caseworker", "--organization", org_id, "--database-url", url]) == 5
    assert "already exists" in capsys.readouterr().err
    assert main(["add-user", "pm", "--role", "program_manager", "--database-url", url]) == 5
    assert "A program manager belongs to a region" in capsys.readouterr().err
