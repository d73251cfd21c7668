"""Lost laptops and password guessing: devices marked to be wiped, and sign-in throttled per account and address.

Both live in the database, so several server processes behind a load balancer agree.
"""
from __future__ import annotations

import datetime as dt
import os

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from app.server import tables as t
from app.server.store import ServerError
from app.sync.protocol import WIPE_ACTION, WIPE_STATUS

#: failed sign-ins allowed per window before 429: per account, and per client address (an office NAT
#: shares one address, so it gets more)
ACCOUNT_FAILURES = int(os.environ.get("FIELDPLAN_SERVER_SIGNIN_FAILURES", "5"))
ADDRESS_FAILURES = 4 * ACCOUNT_FAILURES
WINDOW = dt.timedelta(minutes=int(os.environ.get("FIELDPLAN_SERVER_SIGNIN_WINDOW_MINUTES", "15")))


class WipeDevice(ServerError):
    def __init__(self):
        super().__init__(WIPE_STATUS, "An administrator marked this device to be wiped: its Fieldplan data is removed now.")
        self.extra = {"action": WIPE_ACTION}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def mark_wipe(engine: Engine, *, device_id: str | None = None, username: str | None = None) -> int:
    """Mark one device, or every device a user signed in from; returns how many devices."""
    with engine.begin() as conn:
        query = select(t.token.c.device_id).distinct()
        if device_id:
            query = query.where(t.token.c.device_id == device_id)
        else:
            query = query.where(t.token.c.account_id.in_(select(t.account.c.id).where(t.account.c.username == username)))
        devices = set(conn.scalars(query))
        known = set(conn.scalars(select(t.wipe.c.device_id).where(t.wipe.c.device_id.in_(devices)))) if devices else set()
        for device in devices - known:
            conn.execute(insert(t.wipe).values(device_id=device, marked_at=_now()))
        return len(devices)


def check_wipe(conn: Connection, device_id: str) -> None:
    if conn.scalar(select(t.wipe.c.device_id).where(t.wipe.c.device_id == device_id)) is not None:
        raise WipeDevice()


def _keys(username: str, address: str) -> list[tuple[str, int]]:
    return [(f"account:{username.strip().lower()}"[:200], ACCOUNT_FAILURES), (f"address:{address}"[:200], ADDRESS_FAILURES)]


def check_throttle(engine: Engine, username: str, address: str) -> None:
    with engine.connect() as conn:
        for key, allowed in _keys(username, address):
            row = conn.execute(select(t.throttle).where(t.throttle.c.key == key)).first()
            if row and row.failures >= allowed and _now() - row.since < WINDOW:
                wait = max(1, int((WINDOW - (_now() - row.since)).total_seconds() // 60) + 1)
                raise ServerError(429, f"Too many failed sign-ins: wait {wait} minute(s) and try again.")


def record_failure(engine: Engine, username: str, address: str) -> None:
    try:
        _count_failure(engine, username, address)
    except IntegrityError:  # two first failures at once: one was counted, which is enough
        pass


def _count_failure(engine: Engine, username: str, address: str) -> None:
    with engine.begin() as conn:
        for key, _ in _keys(username, address):
            row = conn.execute(select(t.throttle).where(t.throttle.c.key == key)).first()
            if row is None:
                conn.execute(insert(t.throttle).values(key=key, failures=1, since=_now()))
            elif _now() - row.since >= WINDOW:
                conn.execute(update(t.throttle).where(t.throttle.c.key == key).values(failures=1, since=_now()))
            else:
                conn.execute(update(t.throttle).where(t.throttle.c.key == key).values(failures=row.failures + 1))


def record_success(engine: Engine, username: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(t.throttle).where(t.throttle.c.key == _keys(username, "")[0][0]))
