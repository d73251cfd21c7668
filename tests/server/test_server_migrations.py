"""The server's schema comes from its Alembic chain (app/server/migrations), on SQLite and PostgreSQL:
the chain yields exactly the declared metadata, and a database made by create_all before the chain existed
is stamped at the baseline and upgraded without losing a row."""
from __future__ import annotations

import uuid

import pytest
from alembic.migration import MigrationContext
from alembic.autogenerate import compare_metadata
from sqlalchemy import create_engine, inspect, text

from app.server import cli, migrate, store
from app.server.tables import make_engine
from tests.server.conftest import PG_ADMIN_URL


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    name = f"fieldplan_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:  # fails (never skips) when PostgreSQL is not reachable
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _differences(engine) -> list:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "version_table": migrate.VERSION_TABLE})
        return compare_metadata(context, migrate.full_metadata())


def _old_create_all(engine) -> None:
    """What init_db's create_all made before migrations: the baseline revision's tables and no version table."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(migrate._config(conn), migrate.BASELINE)
        conn.execute(text(f"DROP TABLE {migrate.VERSION_TABLE}"))
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO srv_meta (key, value) VALUES ('epoch', 'old-epoch'), ('seq', '2')"))
        conn.execute(text("INSERT INTO srv_change (table_name, row_id, seq, participant_id) VALUES ('case_note', 'n1', 1, 'p1'), ('goal', 'g1', 2, 'p1')"))


def test_the_chain_yields_the_declared_schema(database_url):
    engine = make_engine(database_url)
    try:
        epoch = store.init_db(engine)
        assert epoch
        assert _differences(engine) == []
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            assert conn.scalar(text("SELECT count(*) FROM srv_alembic_version")) == 1
            # the laptop's version table is a different one: the two chains never meet
            assert not inspect(conn).has_table("alembic_version")
        assert {i["name"] for i in inspect(engine).get_indexes("srv_change") if i["name"].startswith("ix_")} == {"ix_srv_change_participant_seq"}
        assert store.init_db(engine) == epoch  # a second start changes nothing
        assert _differences(engine) == []
    finally:
        engine.dispose()


def test_an_old_create_all_database_is_stamped_and_upgraded(database_url, capsys):
    engine = make_engine(database_url)
    try:
        _old_create_all(engine)
        differences = sorted((d[0], getattr(d[1], "name", None) or d[3].name) for d in _differences(engine))
        assert differences == [("add_column", "echo_device"), ("add_column", "language"), ("add_column", "row_json"),
                               ("add_index", "ix_srv_change_participant_seq"), ("remove_index", "ix_srv_change_participant_id")]

        assert cli.main(["migrate", "--status", "--database-url", database_url]) == 3
        out = capsys.readouterr().out
        assert "unversioned" in out and "An upgrade is pending" in out
        # serve --no-migrate refuses to start on it rather than upgrading
        assert cli.main(["serve", "--no-migrate", "--database-url", database_url]) == 5
        assert "run `fieldplan-server migrate` first" in capsys.readouterr().err

        assert cli.main(["migrate", "--database-url", database_url]) == 0
        assert f"upgraded from nothing to {migrate.head_revision()}" in capsys.readouterr().out
        assert _differences(engine) == []
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            assert conn.execute(text("SELECT row_id, seq FROM srv_change ORDER BY seq")).all() == [("n1", 1), ("g1", 2)]
        assert store.init_db(engine) == "old-epoch"  # the epoch survives: devices need not upload again

        assert cli.main(["migrate", "--status", "--database-url", database_url]) == 0
        assert "Up to date." in capsys.readouterr().out
    finally:
        engine.dispose()


def test_a_new_database_starts_at_the_head_with_an_epoch(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    assert cli.main(["migrate", "--database-url", url]) == 0
    assert f"upgraded from nothing to {migrate.head_revision()}" in capsys.readouterr().out
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT value FROM srv_meta WHERE key = 'seq'")) == "0"
        assert conn.scalar(text("SELECT value FROM srv_meta WHERE key = 'epoch'"))
    engine.dispose()
