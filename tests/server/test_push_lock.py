"""A push is checked and merged before the write lock (app/server/merge.push_outside_lock): what another push
commits in between must give the same rows, conflicts and seqs as if the two pushes had been serialised.

The other push is committed exactly between the first push's read-and-merge and its write lock, on SQLite
and PostgreSQL, and the database rows are read back.
"""
from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import create_engine, text

from app.server import merge, store
from app.server.cli import _system_push
from app.server.tables import make_engine
from app.sync.protocol import Op
from tests.server.conftest import PG_ADMIN_URL


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
        drop = None
    else:
        name = f"fieldplan_test_{uuid.uuid4().hex[:12]}"
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine = make_engine(PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name)

        def drop():
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    store.init_db(engine)
    yield engine
    engine.dispose()
    if drop:
        drop()


@pytest.fixture
def world(engine):
    region, org, pid = (str(uuid.uuid4()) for _ in range(3))
    _system_push(engine, [("region", region, {"name": "North"}), ("organization", org, {"name": "Rock River", "region_id": region}),
                          ("participant", pid, {"first_name": "Ana", "last_name": "Ruiz", "organization_id": org})])
    user = store.Account(str(uuid.uuid4()), "carla", "Carla", "caseworker", org, None)
    return user, pid


def _stamp(ms: int, device: str) -> str:
    return f"{ms:015d}-00000-{device}"


def _note_op(pid: str, row_id: str, subject: str, ms: int, device: str, *, base: dict | None = None, base_seq: int = 0) -> Op:
    if base is None:
        fields = {"contact_date": "2026-01-05", "subject": subject, "participant_id": pid}
        return Op(change_id=str(uuid.uuid4()), table_name="case_note", row_id=row_id, op="insert", fields=fields,
                  hlc=_stamp(ms, device), device_id=device)
    return Op(change_id=str(uuid.uuid4()), table_name="case_note", row_id=row_id, op="update", fields={"subject": subject},
              base=base, base_seq=base_seq, hlc=_stamp(ms, device), device_id=device)


def _between_read_and_lock(monkeypatch, engine, user, ops: list[Op]) -> list[int]:
    """Commit `ops` (another device's push) right after the next push's read-and-merge; returns how often
    the merge ran (1: its merge was written as it was; 2: it was merged again under the lock)."""
    real = merge._prepare
    calls = []

    def prepare(conn, account, batch_ops, seq):
        result = real(conn, account, batch_ops, seq)
        calls.append(seq)
        if len(calls) == 1:
            monkeypatch.setattr(merge, "_prepare", real)  # the other push's own merge is not counted
            with engine.begin() as other:
                receipts = merge.push(other, user, ops)
            monkeypatch.setattr(merge, "_prepare", prepare)
            assert all(r.status != "rejected" for r in receipts)
        return result
    monkeypatch.setattr(merge, "_prepare", prepare)
    return calls


def _seq(engine) -> int:
    with engine.connect() as conn:
        return int(store.get_meta(conn, "seq"))


def _rows(engine, sql: str, **params) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(sql), params)]


def test_a_row_changed_between_the_merge_and_the_lock_is_merged_again_as_a_conflict(engine, world, monkeypatch):
    user, pid = world
    note = str(uuid.uuid4())
    merge.push_outside_lock(engine, user, [_note_op(pid, note, "Intake", 1_000, "dev-a")])
    seen = _seq(engine)
    # both devices saw "Intake"; B's edit (the newer) commits while A's push is between its merge and the lock
    mine = _note_op(pid, note, "Intake, A", 2_000, "dev-a", base={"subject": "Intake"}, base_seq=seen)
    calls = _between_read_and_lock(monkeypatch, engine, user, [_note_op(pid, note, "Intake, B", 3_000, "dev-b", base={"subject": "Intake"},
                                                                        base_seq=seen)])
    (receipt,), _epoch = merge.push_outside_lock(engine, user, [mine])
    assert len(calls) == 2  # merged again under the lock, against B's row
    assert (receipt.status, receipt.conflicts) == ("merged", 1)
    assert [r["subject"] for r in _rows(engine, "SELECT subject FROM case_note WHERE id = :i", i=note)] == ["Intake, B"]
    conflicts = _rows(engine, "SELECT kept_value, lost_value FROM conflict WHERE row_id = :i", i=note)
    assert [(json.loads(c["kept_value"]), json.loads(c["lost_value"])) for c in conflicts] == [("Intake, B", "Intake, A")]
    feed = _rows(engine, "SELECT seq FROM srv_change WHERE row_id = :i", i=note)
    assert [f["seq"] for f in feed] == [receipt.seq]
    assert _seq(engine) == max(r["seq"] for r in _rows(engine, "SELECT seq FROM srv_change"))


def test_a_push_of_other_rows_in_between_only_moves_the_seqs_past_it(engine, world, monkeypatch):
    user, pid = world
    mine, theirs = str(uuid.uuid4()), str(uuid.uuid4())
    before = _seq(engine)
    calls = _between_read_and_lock(monkeypatch, engine, user, [_note_op(pid, theirs, "Theirs", 1_000, "dev-b")])
    (receipt,), _epoch = merge.push_outside_lock(engine, user, [_note_op(pid, mine, "Mine", 2_000, "dev-a")])
    assert len(calls) == 1  # nothing it read had moved: its merge was written as it was
    feed = {r["row_id"]: r["seq"] for r in _rows(engine, "SELECT row_id, seq FROM srv_change WHERE seq > :s", s=before)}
    assert feed == {theirs: before + 1, mine: before + 2}
    assert receipt.seq == before + 2 == _seq(engine)
    stored = _rows(engine, "SELECT seq FROM srv_receipt WHERE change_id = :c", c=receipt.change_id)
    assert [r["seq"] for r in stored] == [before + 2]
    assert {r["subject"] for r in _rows(engine, "SELECT subject FROM case_note")} == {"Mine", "Theirs"}
