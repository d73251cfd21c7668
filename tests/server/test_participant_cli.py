"""`fieldplan-server add-user --role participant --participant …`, `invite` and `smtp-settings`."""
from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from app.server import invites, store
from app.server.cli import _system_push, main
from app.server.tables import account, make_engine


@pytest.fixture
def url(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    engine = make_engine(url)
    store.init_db(engine)
    _system_push(engine, [("participant", "p-1", {"first_name": "José", "last_name": "Ñúñez", "individual_number": "100001",
                                                  "email": "jose@example.org", "organization_id": "org-a", "deleted": False})])
    engine.dispose()
    return url


def test_a_participant_account_names_its_participant(url, monkeypatch, capsys):
    monkeypatch.setenv("FIELDPLAN_NEW_PASSWORD", "long-enough-pw")
    with pytest.raises(SystemExit, match="give --participant"):
        main(["add-user", "jose@example.org", "--role", "participant", "--database-url", url])
    with pytest.raises(SystemExit, match="no participant with id or individual number 999"):
        main(["add-user", "jose@example.org", "--role", "participant", "--participant", "999", "--database-url", url])
    assert main(["add-user", "jose@example.org", "--role", "participant", "--participant", "100001", "--database-url", url]) == 0
    account_id = capsys.readouterr().out.strip()
    engine = make_engine(url)
    with engine.connect() as conn:
        assert invites.participant_of(conn, account_id) == "p-1"
        assert conn.execute(select(account.c.role).where(account.c.id == account_id)).scalar() == "participant"
    _token, who = store.sign_in(engine, "jose@example.org", "long-enough-pw", "phone")
    assert who.role == "participant"


def test_invite_prints_a_single_use_link_whose_token_is_stored_hashed(url, monkeypatch, capsys):
    monkeypatch.setenv("FIELDPLAN_PUBLIC_URL", "https://plans.example.org")
    assert main(["invite", "p-1", "--database-url", url]) == 0
    link = capsys.readouterr().out.strip()
    assert link.startswith("https://plans.example.org/p/invite/")
    token = link.rsplit("/", 1)[1]
    engine = make_engine(url)
    with engine.begin() as conn:
        [row] = conn.execute(select(invites.link)).all()
        assert row.token_hash == hashlib.sha256(token.encode()).hexdigest() and token not in str(tuple(row))
        invites.redeem(conn, token, "a new password")
        with pytest.raises(invites.LinkExpired):
            invites.redeem(conn, token, "another password")


def test_smtp_settings_show_everything_but_the_password(monkeypatch, capsys):
    monkeypatch.setenv("FIELDPLAN_SMTP_HOST", "smtp.example.org")
    monkeypatch.setenv("FIELDPLAN_SMTP_PASSWORD", "hunter22-secret")
    assert main(["smtp-settings"]) == 0
    out = capsys.readouterr().out
    assert "SMTP host: smtp.example.org" in out and "STARTTLS: yes" in out and "Password: (set)" in out
    assert "hunter22-secret" not in out
