"""Pull: the changes after a cursor, in pages, filtered by the caller's scope; and the scope digest.

A change is the row's current state, listed at its latest seq, so a device that pulls late gets
each row once. Scope: rows outside any plan go to everyone; plan rows only when their participant's
organization is in the account's scope.
"""
from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Connection

from app.server import tables as t
from app.server.merge import row_to_wire
from app.server.participant import scope as participant_scope
from app.server.store import Account, get_meta, scope_orgs
from app.sync.protocol import Change, Digest, PullPage


def _scope(conn: Connection, account: Account):
    if account.role == "participant":
        return participant_scope.pull_clause(conn, account)
    orgs = scope_orgs(conn, account)
    if orgs is None:
        return None
    participant = t.REPLICAS["participant"][0]
    in_scope = select(participant.c.id).where(participant.c.organization_id.in_(orgs))
    return or_(t.change.c.participant_id.is_(None), t.change.c.participant_id.in_(in_scope))


def pull(conn: Connection, account: Account, cursor: int, limit: int) -> PullPage:
    query = select(t.change.c.table_name, t.change.c.row_id, t.change.c.seq).where(t.change.c.seq > cursor)
    clause = _scope(conn, account)
    if clause is not None:
        query = query.where(clause)
    listed = conn.execute(query.order_by(t.change.c.seq).limit(limit)).all()
    wanted: dict[str, list[str]] = {}
    for entry in listed:
        wanted.setdefault(entry.table_name, []).append(entry.row_id)
    rows: dict[tuple[str, str], dict] = {}
    for name, ids in wanted.items():
        table = t.REPLICAS[name][0]
        for start in range(0, len(ids), 1000):
            for row in conn.execute(select(table).where(table.c.id.in_(ids[start:start + 1000]))):
                rows[(name, row.id)] = row_to_wire(row)
    changes = [Change(seq=e.seq, table_name=e.table_name, row=rows[(e.table_name, e.row_id)]) for e in listed if (e.table_name, e.row_id) in rows]
    last = listed[-1].seq if listed else cursor
    if not listed:  # nothing in scope after the cursor: jump to the head so the next pull starts there
        last = max(cursor, int(get_meta(conn, "seq") or 0))
    return PullPage(changes=changes, next_cursor=last, has_more=len(listed) == limit, epoch=get_meta(conn, "epoch") or "")


def digest(conn: Connection, account: Account) -> Digest:
    query = select(t.change.c.table_name, func.count()).group_by(t.change.c.table_name)
    clause = _scope(conn, account)
    if clause is not None:
        query = query.where(clause)
    return Digest(counts={name: count for name, count in conn.execute(query)}, epoch=get_meta(conn, "epoch") or "")
