"""Start-up's quick path (app/startup.py): unlock, sign in and list the caseload over one read-only
sqlcipher3 connection, exactly as the ORM services would, without loading SQLAlchemy."""
from __future__ import annotations

from dataclasses import astuple
import hashlib
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import select, update

from app.errors import CannotUnlock, NotAllowed
from app.identity import CurrentUser
from app.scope import participant_clause
from app.services import participants, records, users
from app.startup import QuickProfile
from db.models import Participant, User
from tests.conftest import PASSWORD


@pytest.fixture
def quick(world):
    profile = QuickProfile(world.admin.workspace.data_dir)
    yield profile
    profile.close()


def _orm_scope(ws, user) -> set[str]:
    with ws.session() as s:
        return set(s.scalars(select(Participant.id).where(~Participant.deleted, participant_clause(user))))


def test_the_caseload_sql_scopes_every_role_as_the_orm_does(world, quick):
    ws = world.admin.workspace
    world.participant()
    world.participant(ctx=world.admin, organization_id=world.org_a2.id, first_name="Ana", individual_number="100002")
    world.participant(ctx=world.bob, first_name="Bea", individual_number="200001")
    world.participant(first_name="Gone", individual_number="100003", enrollment_status="Exited")
    me = world.participant(first_name="Self", individual_number="100004")
    users.create_user(world.admin, "self", "participant-pass", "participant", participant_id=me.id)
    orphan = CurrentUser("x", "orphan", "", "caseworker")  # no organization (the rules refuse one): sees nobody
    seen = {}
    for user in [quick.as_user(name) for name in ("admin", "carla", "bob", "pam", "self")] + [orphan]:
        listed = {r.id for r in quick.caseload(user)}
        assert listed == _orm_scope(ws, user), user.username
        seen[user.username] = len(listed)
    assert seen == {"admin": 5, "carla": 3, "bob": 1, "pam": 4, "self": 1, "orphan": 0}


def test_the_quick_caseload_is_the_services_caseload(world, quick):
    p = world.participant(preferred_name="Pepe")
    goal = world.goal(p.id, status="Off Track")
    assert goal.status == "Off Track"
    records.add_case_note(world.carla, p.id, contact_date="11/02/2026", subject="Call", message="Checked in", two_way_contact=True)
    world.participant(first_name="Zoë", last_name="Ångström", individual_number="100005", ssn_last4="9876")
    carla = quick.as_user("carla")
    rows = quick.caseload(carla)
    assert [astuple(r) for r in rows] == [astuple(r) for r in participants.list_caseload(world.carla)]  # rows compare by identity
    first = next(r for r in rows if r.id == p.id)
    assert (first.goal_off_track, str(first.last_contact), first.planner, first.organization) == (True, "2026-11-02", "Carla Caseworker", "Org A")


def test_signing_in_accepts_and_refuses_exactly_as_the_workspace_does(world, quick):
    assert quick.sign_in("carla", PASSWORD) == world.carla.user
    for username, password in (("carla", "wrong-password"), ("nobody", PASSWORD), ("", "")):
        with pytest.raises(NotAllowed, match="Wrong user name or password"):
            quick.sign_in(username, password)
        with pytest.raises(NotAllowed, match="Wrong user name or password"):
            world.admin.workspace.sign_in(username, password)
    with world.admin.workspace.sessions.begin() as s:  # an account switched off by an administrator
        s.execute(update(User).where(User.username == "bob").values(active=False))
    with pytest.raises(NotAllowed):
        quick.sign_in("bob", PASSWORD)
    with pytest.raises(NotAllowed):
        world.admin.workspace.sign_in("bob", PASSWORD)


def test_the_quick_path_never_writes_the_file(world):
    world.participant()
    db = world.admin.workspace.db_path
    world.admin.workspace.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    quick = QuickProfile(db.parent)
    quick.caseload(quick.sign_in("carla", PASSWORD))
    quick.close()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_wrong_passphrase_cannot_unlock(tmp_path):
    from app.profile import create_profile

    create_profile(tmp_path / "p", "admin", PASSWORD, passphrase="the right passphrase").close()
    with pytest.raises(CannotUnlock, match="passphrase is wrong"):
        QuickProfile(tmp_path / "p", "not the passphrase")
    quick = QuickProfile(tmp_path / "p", "the right passphrase")
    assert quick.caseload(quick.sign_in("admin", PASSWORD)) == []
    ws = quick.open_workspace()
    assert ws.sign_in("admin", PASSWORD).user == quick.sign_in("admin", PASSWORD)
    ws.close()
    quick.close()


def test_a_profile_behind_the_schema_head_waits_for_its_migration(world):
    ws = world.admin.workspace
    with ws.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0000'")
    quick = QuickProfile(ws.data_dir)
    assert quick.schema_current is False
    assert quick.caseload(quick.as_user("carla")) is None
    quick.close()


def test_the_quick_path_loads_no_sqlalchemy(tmp_path):
    from app.profile import create_profile

    create_profile(tmp_path / "p", "admin", PASSWORD, passphrase="a long passphrase").close()
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from app.startup import QuickProfile
        quick = QuickProfile(Path({str(tmp_path / 'p')!r}), "a long passphrase")
        print(len(quick.caseload(quick.as_user("admin"))), sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic", "db")))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=".")
    assert out.stdout.strip() == "0 ['db', 'db.cipher', 'db.migrate']"


def test_preloading_imports_the_heavy_modules_and_the_workspace_waits_for_it(tmp_path):
    from app.profile import create_profile

    create_profile(tmp_path / "p", "admin", PASSWORD, passphrase="a long passphrase").close()
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from app import startup
        quick = startup.QuickProfile(Path({str(tmp_path / 'p')!r}), "a long passphrase")
        thread = startup.preload()
        assert startup.preload() is thread  # once per process
        ws = quick.open_workspace()
        print(thread.is_alive(), all(m in sys.modules for m in startup.HEAVY_MODULES), ws.as_user("admin").user.role)
        ws.close()
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=".")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False True administrator"


#: names whose order SQL alone gets wrong (accents, case, an apostrophe, a hyphen, the same name twice)
TRICKY = [("Ángel", "Álvarez"), ("angel", "alvarez"), ("Ana", "Abbott"), ("Zoë", "Ångström"), ("Łukasz", "Łapiński"),
          ("Seán", "O'Brien"), ("Ana", "O"), ("José", "Ñúñez"), ("Jürgen", "Müller"), ("Jörg", "Mueller"), ("Ana", "García"),
          ("Ana", "García"), ("Çağla", "Çelik"), ("Ed", "de la Cruz"), ("Ann", "Smith-Jones"), ("Al", "Smith"), ("Émile", "Éluard"),
          ("Bo", "Eck"), ("Ïda", "Ibsen"), ("Yan", "Ōta"), ("Sam", "Ng"), ("Ngozi", "Nwosu"), ("Đorđe", "Đukić"), ("Dan", "Dukes")]


def test_the_first_screen_is_the_top_of_the_whole_caseload_for_every_role(world, quick):
    """What the window paints first (app/caseload.py first_screen_sql) is exactly the first rows of the
    caseload as listed whole, in its order, for any screen size, and says how many rows there are."""
    for i, (first, last) in enumerate(TRICKY):
        ctx = world.carla if i % 3 else world.admin
        world.participant(ctx=ctx, first_name=first, last_name=last, **({} if ctx is world.carla else {"organization_id": world.org_a2.id}))
    world.participant(ctx=world.bob, first_name="Bea", last_name="Baker")
    for name in ("admin", "carla", "bob", "pam"):
        user = quick.as_user(name)
        whole = quick.caseload(user)
        for count in (1, 2, 3, 5, 8, 13, len(whole), len(whole) + 4):
            rows, total = quick.first_screen(user, count)
            assert total == len(whole), name
            assert [astuple(r) for r in rows] == [astuple(r) for r in whole[:count]], (name, count)
    assert [r.name for r in quick.first_screen(quick.as_user("admin"), 4)[0]] == ["Abbott, Ana", "alvarez, angel", "Álvarez, Ángel",
                                                                                   "Ångström, Zoë"]


def test_the_first_screen_before_a_migration_waits_for_it(world, quick):
    quick.schema_current = False
    assert quick.first_screen(quick.as_user("admin")) is None
