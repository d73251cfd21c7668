"""The participant's page, rendered once per change of their plan (issue 14, Measure: p95 ≤ 100 ms).

Each server process keeps the last rendered page of each participant, with the seq (srv_meta "seq") read
*before* the plan was read. The change feed invalidates it: at each request the process reads the seq (one
primary-key lookup); when it moved, the rows of srv_change with a larger seq name the participants whose page
is now stale (a row outside any plan — a planner's name, a catalog item — makes every page stale). Because the
feed is in the database, several server processes each invalidate their own copies correctly.

An entry is used only if its seq is at least the seq of the last change seen for its participant (and of the
last change outside any plan), so a page read in a snapshot older than a change is never kept past it.
The session's CSRF token is not part of the cached text: `CSRF_SLOT` stands in for it and is replaced per request.
"""
from __future__ import annotations

import secrets
import threading
from collections import OrderedDict

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.server import tables as t

#: stands in for the session's CSRF token in a cached page (random per process: no content can contain it)
CSRF_SLOT = "csrf-slot-" + secrets.token_hex(16)
#: built once: read at every page view
SEQ = select(t.meta.c.value).where(t.meta.c.key == "seq")
#: more changes than this since the last look: forget every page rather than read them all
MAX_DELTA = 5000


class PageCache:
    def __init__(self, size: int = 1000):
        self.size = size
        self._pages: OrderedDict[tuple, tuple[int, str]] = OrderedDict()
        self._dirty: dict[str, int] = {}  # participant id → seq of the latest change seen for them
        self._all_dirty = 0  # seq of the latest change seen outside any plan
        self._seen: int | None = None  # the feed is read up to this seq
        self._lock = threading.Lock()

    def seq(self, conn: Connection) -> int:
        """The current seq, after reading the feed since the last look (call it before reading the plan)."""
        current = int(conn.scalar(SEQ) or 0)
        with self._lock:
            seen = self._seen
        if seen is None or current - seen > MAX_DELTA:
            with self._lock:
                self._pages.clear()
                self._all_dirty = max(self._all_dirty, current)
                self._seen = max(self._seen or 0, current)
            return current
        if current > seen:
            rows = conn.execute(select(t.change.c.participant_id, t.change.c.seq).where(t.change.c.seq > seen, t.change.c.seq <= current)).all()
            with self._lock:
                for pid, seq in rows:
                    if pid is None:
                        self._all_dirty = max(self._all_dirty, seq)
                    else:
                        self._dirty[pid] = max(self._dirty.get(pid, 0), seq)
                self._seen = max(self._seen or 0, current)
        return current

    def get(self, key: tuple) -> str | None:
        pid = key[0]
        with self._lock:
            found = self._pages.get(key)
            if found is None:
                return None
            seq, html = found
            if seq < self._dirty.get(pid, 0) or seq < self._all_dirty:
                del self._pages[key]
                return None
            self._pages.move_to_end(key)
            return html

    def clear(self) -> None:
        """Forget every page (bench/page_profile.py --uncached)."""
        with self._lock:
            self._pages.clear()

    def put(self, key: tuple, seq: int, html: str) -> None:
        with self._lock:
            self._pages[key] = (seq, html)
            self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)
