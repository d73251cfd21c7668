"""Sessions, CSRF and sign-in throttling for the participant's page (DESIGN.md, The participant's side).

- The session id lives in an HttpOnly, SameSite=Strict cookie (Secure when the request came over TLS, also behind
  a proxy that says so); only its SHA-256 is stored.
- Every form carries a CSRF token: the session's own once signed in, else a double-submit cookie.
- Sign-in failures are counted per account and per address, in the database (every server process agrees).
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import secrets
from urllib.parse import parse_qsl, unquote_plus

from sqlalchemy import Column, DateTime, String, Table, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from starlette.requests import Request
from starlette.responses import Response

from app.server import tables as t
from app.server.store import Account, ServerError, _account

SESSION_COOKIE, CSRF_COOKIE = "fp_session", "fp_csrf"
SESSION_TTL = dt.timedelta(hours=8)

web_session = Table(
    "srv_web_session", t.metadata,
    Column("session_hash", String(64), primary_key=True),
    Column("account_id", String(36), nullable=False, index=True),
    Column("csrf", String(64), nullable=False),
    Column("expires_at", DateTime, nullable=False),
)


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _hash(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def secure(request: Request) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto", "") == "https"


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int | None) -> None:
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="strict", secure=secure(request), path="/p")


def open_session(conn, response: Response, request: Request, account_id: str) -> None:
    session_id = secrets.token_urlsafe(32)
    conn.execute(insert(web_session).values(session_hash=_hash(session_id), account_id=account_id, csrf=secrets.token_urlsafe(24),
                                            expires_at=now() + SESSION_TTL))
    set_cookie(response, request, SESSION_COOKIE, session_id, int(SESSION_TTL.total_seconds()))


def close_session(conn, request: Request, response: Response) -> None:
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        conn.execute(delete(web_session).where(web_session.c.session_hash == _hash(session_id)))
    response.delete_cookie(SESSION_COOKIE, path="/p")


@functools.cache
def _session_query():
    """Built once (every page view runs it): the session, its account and the account's participant."""
    from app.server.invites import participant_account

    return (select(t.account, web_session.c.csrf, web_session.c.expires_at, participant_account.c.participant_id)
            .join(web_session, web_session.c.account_id == t.account.c.id)
            .outerjoin(participant_account, participant_account.c.account_id == t.account.c.id)
            .where(web_session.c.session_hash == bindparam("session_hash")))


def current(conn, request: Request) -> tuple[Account, str, str | None] | None:
    """The signed-in participant account, its CSRF token and its participant id (one query), or None."""
    session_id = request.cookies.get(SESSION_COOKIE)
    if not session_id:
        return None
    row = conn.execute(_session_query(), {"session_hash": _hash(session_id)}).first()
    if row is None or row.expires_at < now() or not row.active or row.role != "participant":
        return None
    return _account(row), row.csrf, row.participant_id


EXPIRED_FORM = "This form has expired: open the page again and resend it."
#: the largest form: a signature (PNG ≤ 512 KB, base64) with its strokes
MAX_FORM_BYTES = 2 * 1024 * 1024
MAX_FORM_FIELDS = 20


def check_csrf(expected: str | None, sent: str | None) -> None:
    if not expected or not sent or not secrets.compare_digest(expected, sent):
        raise ServerError(403, EXPIRED_FORM)


def same_origin(request: Request) -> bool:
    """A browser names the page a form was sent from (Origin, Sec-Fetch-Site): another site's is refused."""
    origin = request.headers.get("origin")
    if origin is not None and origin != "null":
        host = request.headers.get("x-forwarded-host") or request.headers.get("host", "")
        if origin.split("://", 1)[-1] != host:
            return False
    return request.headers.get("sec-fetch-site", "same-origin") in ("same-origin", "none")


async def csrf_form(request: Request, expected: str | None, limit: int = MAX_FORM_BYTES) -> dict[str, str]:
    """The fields of a page's form, CSRF checked first.

    Before anything of the body is read: there must be a token to expect (the session's, or the double-submit
    cookie), the request must come from this site (Origin / Sec-Fetch-Site), be a URL-encoded form and not be too
    large. Every form's first field is `csrf` (browsers send fields in page order): it is compared as soon as it
    has arrived, before the rest of the body is read, so a forged request never has its body read or parsed."""
    if not expected or not same_origin(request):
        raise ServerError(403, EXPIRED_FORM)
    if request.headers.get("content-type", "").split(";", 1)[0].strip().lower() != "application/x-www-form-urlencoded":
        raise ServerError(415, "This page only takes its own forms.")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ServerError(413, "This form is too large.")
    body, checked = bytearray(), False
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ServerError(413, "This form is too large.")
        if not checked and (b"&" in body or len(body) > 512):
            _check_first(bytes(body).split(b"&", 1)[0], expected)
            checked = True
    if not checked:
        _check_first(bytes(body).split(b"&", 1)[0], expected)
    try:
        fields = parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True, max_num_fields=MAX_FORM_FIELDS)
    except ValueError:
        raise ServerError(413, "This form has too many fields.") from None
    return dict(fields)


def _check_first(first: bytes, expected: str) -> None:
    name, _, value = first.partition(b"=")
    if unquote_plus(name.decode("ascii", errors="replace")) != "csrf":
        raise ServerError(403, EXPIRED_FORM)
    check_csrf(expected, unquote_plus(value[:200].decode("ascii", errors="replace")))


class Throttle:
    """At most `per_account` failed sign-ins per account and `per_address` per address in `window` seconds.

    Counted in the database (srv_throttle, keys prefixed "page-" apart from the devices' sign-in), so every server
    process behind a load balancer, or started with --workers N, sees the same count. A window starts at its first
    failure; the count goes up in one UPDATE, so two processes never lose a failure."""

    def __init__(self, engine, per_account: int = 5, per_address: int = 20, window: float = 900.0):
        self.engine, self.per_account, self.per_address = engine, per_account, per_address
        self.window = dt.timedelta(seconds=window)

    def _keys(self, username: str, address: str, kind: str) -> list[tuple[str, int]]:
        return [(f"page-{kind}:u:{username}"[:200], self.per_account), (f"page-{kind}:a:{address}"[:200], self.per_address)]

    def check(self, username: str, address: str, kind: str = "sign-in") -> None:
        keys = self._keys(username, address, kind)
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.throttle).where(t.throttle.c.key.in_([k for k, _ in keys]))).all()
        allowed = dict(keys)
        if any(r.failures >= allowed[r.key] and now() - r.since < self.window for r in rows):
            if kind == "sign-in":
                raise ServerError(429, "Too many attempts to sign in: wait 15 minutes, or reset your password.")
            raise ServerError(429, "Too many password links asked for: wait 15 minutes.")

    def failed(self, username: str, address: str, kind: str = "sign-in") -> None:
        for key, _ in self._keys(username, address, kind):
            self._count(key)

    def _count(self, key: str) -> None:
        column = t.throttle.c
        for _ in range(3):
            at = now()
            with self.engine.begin() as conn:
                if conn.execute(update(t.throttle).where(column.key == key, column.since > at - self.window)
                                .values(failures=column.failures + 1)).rowcount:
                    return
                if conn.execute(update(t.throttle).where(column.key == key, column.since <= at - self.window)
                                .values(failures=1, since=at)).rowcount:
                    return
            try:
                with self.engine.begin() as conn:
                    conn.execute(insert(t.throttle).values(key=key, failures=1, since=at))
                return
            except IntegrityError:  # another process counted this key's first failure: count ours on top
                continue

    def succeeded(self, username: str, kind: str = "sign-in") -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(t.throttle).where(t.throttle.c.key == self._keys(username, "", kind)[0][0]))
