"""The HTTP API (FastAPI). Every route but sign-in and health needs `Authorization: Bearer <device token>`.

Errors are JSON `{"detail": "<sentence>"}` with a 4xx status; a rejected push writes nothing.
"""
from __future__ import annotations

import logging
import os
import re
import time

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.server import feed, merge, participant, store
from app.server.store import Account, ServerError
from app.server.tables import make_engine
from app.sync.protocol import API_PREFIX, MAX_PULL_LIMIT, BlobHashes, Digest, Health, PullPage, PushBatch, PushResult, ScopeIds, SignIn, Token

SHA256_PATTERN = r"^[0-9a-f]{64}$"
SHA256 = re.compile(SHA256_PATTERN)
INT_MAX = 2**63 - 1
log = logging.getLogger("fieldplan.server")
#: one line per request: method, route (its template: no hashes, no query string), status, milliseconds;
#: never a client address, a user name or a row value
access = logging.getLogger("fieldplan.server.access")


class ErrorBody(BaseModel):
    """Every 4xx (and the rare 500) answers one sentence; never a traceback."""

    detail: str


def _errors(*codes: int) -> dict:
    text = {400: "Malformed request.", 401: "No device token, or a revoked or unknown one: sign in again.",
            403: "Not allowed for this account.", 404: "Not there (or not yours: the answer is the same).",
            409: "Conflicts with what the server holds.", 410: "This device was marked to be wiped.",
            413: "Too large.", 422: "A value is malformed; the sentence names it.", 429: "Too many attempts: wait and try again."}
    return {code: {"model": ErrorBody, "description": text[code]} for code in codes}


def _sentence(exc: RequestValidationError) -> str:
    """FastAPI's validation errors as one sentence naming the fields (no echo of the values)."""
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "request"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "The request is malformed: " + "; ".join(parts) + "."


def _unstorable(exc: BaseException) -> bool:
    """psycopg's refusal of a NUL ("cannot contain NUL") or of a lone surrogate (an encoding error)."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, UnicodeEncodeError) or (type(exc).__name__ == "DataError" and "NUL" in str(exc)):
            return True
        exc, seen = exc.__cause__ or getattr(exc, "orig", None), seen + 1
    return False


def create_app(database_url: str, *, faults=None, migrate: bool = True) -> FastAPI:
    """`faults` (tests only, tests/server/faulty_server.py) is told `before_commit(n)` / `after_commit(n)`
    around the nth push; the production server passes none."""
    engine = make_engine(database_url)
    store.init_db(engine, migrate=migrate)  # upgrades the schema at start, or refuses when migrate=False
    app = FastAPI(title="Fieldplan sync server", version="1")
    bearer = HTTPBearer(auto_error=False)
    pushes = {"count": 0}

    @app.middleware("http")
    async def _access_log(request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        access.info("%s %s %d %.0fms", request.method, getattr(route, "path", "-"), response.status_code, 1000 * (time.perf_counter() - started))
        return response

    @app.exception_handler(ServerError)
    def _server_error(_request: Request, exc: ServerError):
        return JSONResponse({"detail": exc.message, **getattr(exc, "extra", {})}, status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    def _invalid(_request: Request, exc: RequestValidationError):
        return JSONResponse({"detail": _sentence(exc)}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    def _http(_request: Request, exc: StarletteHTTPException):
        return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    def _unexpected(request: Request, exc: Exception):
        if _unstorable(exc):  # a text no check caught that the database cannot store: the client's fault, not a 500
            log.warning("refused a NUL or broken character on %s %s", request.method, getattr(request.scope.get("route"), "path", "-"))
            return JSONResponse({"detail": "A value contains a NUL or broken character (a lone UTF-16 surrogate), which cannot be stored."},
                                status_code=422)
        # the type only: an exception's text may quote row values (a bound parameter)
        # and the route's template, not the path: a path may carry a link token (/p/invite/{token})
        log.error("unexpected %s on %s %s", type(exc).__name__, request.method, getattr(request.scope.get("route"), "path", "-"))
        return JSONResponse({"detail": "The server could not handle this request; nothing of it was kept. Try again later."},
                            status_code=500)

    def account(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Account:
        if credentials is None:
            raise HTTPException(401, "Sign in first: this request has no device token.")
        return store.authenticate(engine, credentials.credentials)

    def epoch() -> str:
        with engine.connect() as conn:
            return store.get_meta(conn, "epoch") or ""

    @app.get(f"{API_PREFIX}/health", response_model=Health)
    def health() -> Health:
        with engine.connect() as conn:
            return Health(status="ok", epoch=store.get_meta(conn, "epoch") or "", seq=int(store.get_meta(conn, "seq") or 0))

    @app.post(f"{API_PREFIX}/sign-in", response_model=Token, responses=_errors(401, 410, 422, 429))
    def sign_in(body: SignIn, request: Request) -> Token:
        address = request.client.host if request.client else ""
        token, user = store.sign_in(engine, body.username, body.password, body.device_id, body.device_name, address)
        return Token(token=token, user_id=user.id, username=user.username, role=user.role, epoch=epoch())

    @app.post(f"{API_PREFIX}/revoke", status_code=204, responses=_errors(401, 410))
    def revoke(credentials: HTTPAuthorizationCredentials | None = Depends(bearer), _user: Account = Depends(account)) -> Response:
        store.revoke(engine, token=credentials.credentials)
        return Response(status_code=204)

    @app.post(f"{API_PREFIX}/push", response_model=PushResult, responses=_errors(401, 410, 422))
    def push(body: PushBatch, user: Account = Depends(account)) -> PushResult:
        # the checks and the merge run before the write lock; under it only the seqs, the inserts and the commit
        mine = {}

        def before_commit() -> None:  # under the write lock: pushes are counted in commit order
            pushes["count"] += 1
            mine["count"] = pushes["count"]
            if faults:
                faults.before_commit(mine["count"])
        receipts, current = merge.push_outside_lock(engine, user, body.ops, before_commit)
        if faults:
            faults.after_commit(mine["count"])
        return PushResult(receipts=receipts, epoch=current)

    @app.get(f"{API_PREFIX}/pull", response_model=PullPage, responses=_errors(401, 410, 422))
    def pull(after: int = Query(0, ge=0, le=INT_MAX), limit: int = Query(1000, ge=1, le=MAX_PULL_LIMIT),
             skip_own: bool = Query(False), user: Account = Depends(account)) -> PullPage:
        # skip_own: not the calling device's own writes as it holds them (it pulls back only what others changed)
        with engine.connect() as conn:
            body = feed.pull_json(conn, user, after, limit, skip_own)
        # the rows' JSON as the push stored it (srv_change.row_json), never decoded and validated again
        return Response(body, media_type="application/json")

    @app.get(f"{API_PREFIX}/digest", response_model=Digest, responses=_errors(401, 410))
    def digest(user: Account = Depends(account)) -> Digest:
        with engine.connect() as conn:
            return feed.digest(conn, user)

    @app.get(f"{API_PREFIX}/scope", response_model=ScopeIds, responses=_errors(401, 410))
    def scope(user: Account = Depends(account)) -> ScopeIds:
        with engine.connect() as conn:
            return feed.scope_ids(conn, user)

    @app.post(f"{API_PREFIX}/blobs/missing", response_model=BlobHashes, responses=_errors(401, 410, 422))
    def blobs_missing(body: BlobHashes, user: Account = Depends(account)) -> BlobHashes:
        bad = [h for h in body.hashes if not SHA256.match(h)]
        if bad:
            raise ServerError(422, f"Not a SHA-256 hex digest: {bad[0]}.")
        return BlobHashes(hashes=store.missing_blobs(engine, user, body.hashes))

    @app.put(f"{API_PREFIX}/blobs/{{sha256}}", status_code=204, responses=_errors(401, 403, 410, 413, 422))
    async def blob_up(request: Request, sha256: str = Path(pattern=SHA256_PATTERN), user: Account = Depends(account)) -> Response:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > store.blob_limit(user.role):
            raise ServerError(413, f"A file may have at most {store.blob_limit(user.role) // (1024 * 1024)} MB.")
        store.put_blob(engine, user, sha256, await request.body())
        return Response(status_code=204)

    @app.get(f"{API_PREFIX}/blobs/{{sha256}}", responses=_errors(401, 404, 410, 422))
    def blob_down(sha256: str = Path(pattern=SHA256_PATTERN), user: Account = Depends(account)) -> Response:
        return Response(store.get_blob(engine, user, sha256), media_type="application/octet-stream")

    participant.mount(app, engine)
    app.state.engine = engine
    return app


def app_from_env() -> FastAPI:
    """The app of one server process (uvicorn's factory for `fieldplan-server serve --workers N`): the database
    URL comes from FIELDPLAN_SERVER_DATABASE_URL (app.server.config)."""
    from app.server.config import Settings

    # `serve` has already migrated (or refused) in the parent process and sets FIELDPLAN_SERVER_MIGRATE=0
    return create_app(Settings.from_env().database_url, migrate=os.environ.get("FIELDPLAN_SERVER_MIGRATE", "1") != "0")
