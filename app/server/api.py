"""The HTTP API (FastAPI). Every route but sign-in and health needs `Authorization: Bearer <device token>`.

Errors are JSON `{"detail": "<sentence>"}` with a 4xx status; a rejected push writes nothing.
"""
from __future__ import annotations

import os
import re

from fastapi import Depends, FastAPI, HTTPException, Request, Response
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.server import feed, merge, participant, store
from app.server.store import Account, ServerError
from app.server.tables import make_engine
from app.sync.protocol import API_PREFIX, MAX_PULL_LIMIT, BlobHashes, Digest, Health, PullPage, PushBatch, PushResult, SignIn, Token

SHA256 = re.compile(r"^[0-9a-f]{64}$")


def create_app(database_url: str) -> FastAPI:
    engine = make_engine(database_url)
    store.init_db(engine)
    app = FastAPI(title="Fieldplan sync server", version="1")
    bearer = HTTPBearer(auto_error=False)
    pushes = {"count": 0}
    #: fault injection for the interruption tests: "after-commit:N" / "before-commit:N" kill the process at the Nth push
    crash = os.environ.get("FIELDPLAN_SERVER_CRASH", "")

    @app.exception_handler(ServerError)
    def _server_error(_request: Request, exc: ServerError):
        return JSONResponse({"detail": exc.message}, status_code=exc.status)

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

    @app.post(f"{API_PREFIX}/sign-in", response_model=Token)
    def sign_in(body: SignIn) -> Token:
        token, user = store.sign_in(engine, body.username, body.password, body.device_id, body.device_name)
        return Token(token=token, user_id=user.id, username=user.username, role=user.role, epoch=epoch())

    @app.post(f"{API_PREFIX}/revoke", status_code=204)
    def revoke(credentials: HTTPAuthorizationCredentials | None = Depends(bearer), _user: Account = Depends(account)) -> Response:
        store.revoke(engine, token=credentials.credentials)
        return Response(status_code=204)

    @app.post(f"{API_PREFIX}/push", response_model=PushResult)
    def push(body: PushBatch, user: Account = Depends(account)) -> PushResult:
        with store.writing(engine) as conn:
            receipts = merge.push(conn, user, body.ops)
            current = store.get_meta(conn, "epoch") or ""
            pushes["count"] += 1
            if crash == f"before-commit:{pushes['count']}":
                os._exit(17)  # dies with the transaction open: nothing of this batch may remain
        if crash == f"after-commit:{pushes['count']}":
            os._exit(17)  # the response is lost: the client must replay and get the same receipts
        return PushResult(receipts=receipts, epoch=current)

    @app.get(f"{API_PREFIX}/pull", response_model=PullPage)
    def pull(after: int = 0, limit: int = 1000, user: Account = Depends(account)) -> PullPage:
        if after < 0 or not 1 <= limit <= MAX_PULL_LIMIT:
            raise ServerError(422, f"after must be ≥ 0 and limit between 1 and {MAX_PULL_LIMIT}.")
        with engine.connect() as conn:
            page = feed.pull(conn, user, after, limit)
        # serialized once here; returning the model would make FastAPI validate 1,000s of rows again
        return Response(page.model_dump_json(), media_type="application/json")

    @app.get(f"{API_PREFIX}/digest", response_model=Digest)
    def digest(user: Account = Depends(account)) -> Digest:
        with engine.connect() as conn:
            return feed.digest(conn, user)

    @app.post(f"{API_PREFIX}/blobs/missing", response_model=BlobHashes)
    def blobs_missing(body: BlobHashes, _user: Account = Depends(account)) -> BlobHashes:
        bad = [h for h in body.hashes if not SHA256.match(h)]
        if bad:
            raise ServerError(422, f"Not a SHA-256 hex digest: {bad[0]}.")
        return BlobHashes(hashes=store.missing_blobs(engine, body.hashes))

    @app.put(f"{API_PREFIX}/blobs/{{sha256}}", status_code=204)
    async def blob_up(sha256: str, request: Request, _user: Account = Depends(account)) -> Response:
        if not SHA256.match(sha256):
            raise ServerError(422, "Not a SHA-256 hex digest.")
        store.put_blob(engine, sha256, await request.body())
        return Response(status_code=204)

    @app.get(f"{API_PREFIX}/blobs/{{sha256}}")
    def blob_down(sha256: str, user: Account = Depends(account)) -> Response:
        if not SHA256.match(sha256):
            raise ServerError(422, "Not a SHA-256 hex digest.")
        return Response(store.get_blob(engine, user, sha256), media_type="application/octet-stream")

    participant.mount(app, engine)
    app.state.engine = engine
    return app
