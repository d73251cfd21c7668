"""Issue 17: the client reads a pull page without pydantic (decoded change by change, plain type checks) and writes
it with DB-API executemany in slices. The decoded page is the one pydantic reads, a bad page is refused with the
field and the rule, and a page written in slices of one row leaves the same rows as one written in one go."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from app.profile import create_profile
from app.services import records
from app.sync import apply
from app.sync.protocol import BadPage, PulledChange, PullPage, decode_pull_page
from db.models import synced_tables
from db.wire import to_wire
from tests.conftest import PASSWORD

TRICKY = 'a "quoted" }, {"seq": 9} ] text \\ with ñ, 漢字 and \u2028'


def _body(changes: list[dict], next_cursor=7, has_more=True, epoch="e-1") -> str:
    """The layout app.server.feed.pull_json writes."""
    items = ",".join(f'{{"seq":{c["seq"]},"table_name":"{c["table_name"]}","row":{json.dumps(c["row"], ensure_ascii=False)}}}'
                     for c in changes)
    return f'{{"changes":[{items}],"next_cursor":{next_cursor},"has_more":{"true" if has_more else "false"},"epoch":{json.dumps(epoch)}}}'


def test_a_page_decodes_as_pydantic_reads_it_even_with_json_inside_its_text():
    changes = [{"seq": 3, "table_name": "case_note", "row": {"id": "n1", "subject": TRICKY, "hours": 1.5, "deleted": False, "x": None}},
               {"seq": 5, "table_name": "participant", "row": {"id": "p1", "first_name": "José", "tags": [1, {"a": "]"}]}}]
    body = _body(changes)
    ours, theirs = decode_pull_page(body.encode()), PullPage.model_validate_json(body)
    assert [(c.seq, c.table_name, c.row) for c in ours.changes] == [(c.seq, c.table_name, c.row) for c in theirs.changes]
    assert ours.changes[0].row["subject"] == TRICKY
    assert (ours.next_cursor, ours.has_more, ours.epoch) == (7, True, "e-1")
    empty = decode_pull_page(_body([], next_cursor=12, has_more=False))
    assert (empty.changes, empty.next_cursor, empty.has_more) == ([], 12, False)
    # another layout (keys in another order, spaces) is read as a whole document
    spaced = json.dumps({"epoch": "e", "has_more": False, "next_cursor": 4, "changes": changes}, indent=1)
    assert [c.row for c in decode_pull_page(spaced).changes] == [c["row"] for c in changes]


@pytest.mark.parametrize("body, message", [
    ('{"changes":[{"seq":-1,"table_name":"case_note","row":{"id":"a"}}],"next_cursor":1,"has_more":false,"epoch":"e"}',
     "seq must be a whole number of 0 or more"),
    ('{"changes":[{"seq":"1","table_name":"case_note","row":{"id":"a"}}],"next_cursor":1,"has_more":false,"epoch":"e"}',
     "seq must be a whole number of 0 or more"),
    ('{"changes":[{"seq":1,"table_name":"","row":{"id":"a"}}],"next_cursor":1,"has_more":false,"epoch":"e"}',
     "table_name must be non-empty text"),
    ('{"changes":[{"seq":1,"table_name":"case_note","row":{"id":5}}],"next_cursor":1,"has_more":false,"epoch":"e"}',
     "row must be an object with a text id"),
    ('{"changes":[],"next_cursor":true,"has_more":false,"epoch":"e"}', "next_cursor must be a whole number of 0 or more"),
    ('{"changes":[],"next_cursor":1,"has_more":"no","epoch":"e"}', "has_more must be true or false"),
    ('{"changes":[],"next_cursor":1,"has_more":false,"epoch":null}', "epoch must be text"),
    ('{"changes":[{"seq":1,"table_name":"case_note","row":{"id":"a"}} {"seq":2}]}', "changes: unexpected"),
    ('{"changes":[{"seq":1,"table_name":"case_', "the page is not valid JSON"),
    ('[1, 2]', "the page must be a JSON object"),
])
def test_a_bad_page_is_refused_naming_the_field_and_the_rule(body, message):
    with pytest.raises(BadPage) as caught:
        decode_pull_page(body)
    assert message in str(caught.value)


def _dump(workspace) -> dict[str, dict[str, dict]]:
    """Every synced row of the profile by table and id, as stored (the local bootstrap administrator aside)."""
    out = {}
    with workspace.engine.connect() as conn:
        for name, model in synced_tables().items():
            out[name] = {r.id: dict(r._mapping) for r in conn.execute(select(model.__table__))}
    return out


def test_a_page_applied_in_slices_of_one_row_leaves_the_rows_of_one_written_in_one_go(tmp_path, world, monkeypatch):
    source = world.admin.workspace
    for n in range(3):
        pid = world.participant(first_name=f"Ana{n}").id
        goal = world.goal(pid)
        world.service(pid, goal.id)
        records.add_case_note(world.carla, pid, subject=f"Note {n}: {TRICKY}", contact_date=dt.date.today())
    rows = _dump(source)
    admins = {r["id"] for r in rows["app_user"].values() if r["username"] == "admin"}
    changes = []
    for name, by_id in rows.items():
        for row_id, row in by_id.items():
            if row_id in admins:
                continue  # each laptop has its own bootstrap administrator
            wire = {k: to_wire(v) for k, v in row.items() if k != "pushed"}
            changes.append(PulledChange(len(changes) + 1, name, wire))
    assert len(changes) > 40
    results = {}
    for slice_rows in (1, 100_000):
        monkeypatch.setattr(apply._Writer, "SLICE", slice_rows)
        laptop = create_profile(tmp_path / f"laptop-{slice_rows}", "admin", PASSWORD)
        before = _dump(laptop)  # its seeded rows (the catalog) keep their own pending fields: compared below only if new
        written = apply.apply_page(laptop, changes, cursor=len(changes), epoch="e1")
        # applied twice (a page pulled again after an interruption): the same rows, now as updates
        again = apply.apply_page(laptop, changes, cursor=len(changes), epoch="e1")
        results[slice_rows] = (written, again, {n: {i: r for i, r in by_id.items() if i not in before[n]} for n, by_id in _dump(laptop).items()})
        laptop.close()
    (w1, a1, one), (w2, a2, many) = results[1], results[100_000]
    assert w1 == w2 == len(changes) and a1 == a2 == len(changes) - len(rows["update_log"])  # the log is insert-only
    compared = 0
    for name in rows:
        sent = {i for i in rows[name] if i in one[name] or i in many[name]} - admins  # rows new on the laptops
        compared += len(sent)
        mine = {i: r for i, r in one[name].items() if i in sent}
        assert set(mine) == sent and mine == {i: r for i, r in many[name].items() if i in sent}, name
        for row_id, row in mine.items():  # and they are the source's rows, value for value (update_log arrives pushed)
            expected = {k: v for k, v in rows[name][row_id].items() if k != "pushed"}
            assert {k: v for k, v in row.items() if k != "pushed"} == expected, (name, row_id)
            if name == "update_log":
                assert row["pushed"] is True
    assert compared >= len(changes) // 2


def test_a_sync_first_freezes_what_the_process_holds_so_its_collections_walk_only_what_it_made(workspace):
    """A full collection holds the GIL over every object of the process: after a sync starts, the objects that
    were there are in the permanent generation, which no collection walks."""
    import gc

    from app.sync.client import SyncError, sync

    gc.unfreeze()
    held = [[] for _ in range(1000)]  # objects the collector tracks, made before the sync
    assert gc.get_freeze_count() == 0
    with pytest.raises(SyncError):
        sync(workspace, "http://127.0.0.1:9", username="admin", password=PASSWORD)  # nothing listens there
    assert gc.get_freeze_count() >= len(held)
    assert not any(gc.is_tracked(x) and any(x is y for y in gc.get_objects(generation=2)) for x in held[:5])
    assert gc.isenabled()


def test_every_sync_shares_one_verifying_tls_context():
    """Loading the TLS roots cost 90-150 ms per sync: they are loaded once, and still verify certificates and names."""
    import ssl

    from app.sync.transport import Server, _tls_context

    first, second = Server("https://sync.example.org"), Server("http://127.0.0.1:9")
    try:
        context = _tls_context()
        assert context is _tls_context()
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
        assert context.cert_store_stats()["x509_ca"] > 0  # the roots are loaded
        for server in (first, second):
            assert server.client._transport._pool._ssl_context is context
    finally:
        first.close()
        second.close()
