"""HTTP to the sync server (httpx), the device token, and the errors a caseworker can act on."""
from __future__ import annotations

import keyring
from sqlalchemy import delete

from app.keys import keyring_usable
from app.sync.protocol import (API_PREFIX, WIPE_ACTION, WIPE_STATUS, BadPage, BlobHashes, Digest, Health, PulledPage, PushBatch, PushResult, ScopeIds,
                               SignIn, Token, decode_pull_page)
from db.models import SyncState

SERVICE = "Fieldplan"


class SyncError(Exception):
    """Sync failed; the message says why in words (and nothing local was lost)."""


class ServerUnreachable(SyncError):
    pass


class SignInNeeded(SyncError):
    """No device token (or a revoked one): sign in with the password once."""


class SyncRejected(SyncError):
    """The server answered 4xx: the message is the server's sentence."""

    def __init__(self, message: str, status: int = 400, detail: str = ""):
        super().__init__(message)
        self.status, self.detail = status, detail or message


class WipeOrdered(SyncError):
    """An administrator marked this device to be wiped (410 + "wipe"): delete the profile's data, push nothing."""


class SyncCancelled(SyncError):
    pass


# -- the device token: the keyring, else the encrypted database ----------------------------------

def _token_key(workspace, server_url: str) -> str:
    return f"sync-token:{workspace.device_id}:{server_url.rstrip('/')}"


def load_token(workspace, server_url: str) -> str | None:
    key = _token_key(workspace, server_url)
    if keyring_usable():
        try:
            value = keyring.get_password(SERVICE, key)
            if value:
                return value
        except keyring.errors.KeyringError:
            pass
    with workspace.session() as s:
        row = s.get(SyncState, "token:" + server_url.rstrip("/"))
        return row.value if row and row.value else None


def save_token(workspace, server_url: str, token: str) -> None:
    if keyring_usable():
        try:
            keyring.set_password(SERVICE, _token_key(workspace, server_url), token)
            return
        except keyring.errors.KeyringError:
            pass
    with workspace.sessions.begin() as s:  # inside the encrypted database: no plaintext on disk
        s.merge(SyncState(key="token:" + server_url.rstrip("/"), value=token))


def forget_token(workspace, server_url: str) -> None:
    if keyring_usable():
        try:
            keyring.delete_password(SERVICE, _token_key(workspace, server_url))
        except keyring.errors.KeyringError:
            pass
    with workspace.sessions.begin() as s:
        s.execute(delete(SyncState).where(SyncState.key == "token:" + server_url.rstrip("/")))


class Server:
    """One server, one device token. Every failure becomes a SyncError with a sentence."""

    #: tests put an httpx.MockTransport here to play a server that is not built yet
    transport = None

    def __init__(self, server_url: str, token: str | None = None, timeout: float = 60.0):
        import httpx  # imported lazily: the window shows before httpx loads

        self.url = server_url.rstrip("/")
        self.token = token
        self._httpx = httpx
        self.client = httpx.Client(base_url=self.url + API_PREFIX, timeout=timeout, transport=Server.transport, verify=_tls_context())

    def close(self) -> None:
        self.client.close()

    def _call(self, method: str, path: str, **kwargs):
        headers = {**kwargs.pop("headers", {}), **({"Authorization": f"Bearer {self.token}"} if self.token else {})}
        try:
            response = self.client.request(method, path, headers=headers, **kwargs)
        except self._httpx.TransportError as exc:
            raise ServerUnreachable(f"Cannot reach the sync server at {self.url}: {exc.__class__.__name__}. Your changes stay on this laptop.") from exc
        if response.status_code == 401:
            raise SignInNeeded(f"The server refused this device: {_detail(response)}")
        if response.status_code == WIPE_STATUS and _field(response, "action") == WIPE_ACTION:
            raise WipeOrdered(f"An administrator marked this device to be wiped ({_detail(response)}): this laptop's copy of the "
                              "profile is deleted.")
        if 400 <= response.status_code < 500:
            detail = _detail(response)
            raise SyncRejected(f"The server rejected the sync ({response.status_code}): {detail}", response.status_code, detail)
        if response.status_code >= 500:
            raise SyncError(f"The sync server failed ({response.status_code}); try again later. Your changes stay on this laptop.")
        return response

    def health(self) -> Health:
        return Health.model_validate_json(self._call("GET", "/health").content)

    def sign_in(self, username: str, password: str, device_id: str, device_name: str = "") -> Token:
        body = SignIn(username=username, password=password, device_id=device_id, device_name=device_name)
        token = Token.model_validate_json(self._call("POST", "/sign-in", content=body.model_dump_json(),
                                                     headers={"Content-Type": "application/json"}).content)
        self.token = token.token
        return token

    def revoke(self) -> None:
        self._call("POST", "/revoke")

    def push(self, batch: PushBatch) -> PushResult:
        return PushResult.model_validate_json(self._call("POST", "/push", content=batch.model_dump_json(),
                                                         headers={"Content-Type": "application/json"}).content)

    def pull(self, after: int, limit: int, skip_own: bool = False) -> PulledPage:
        """`skip_own`: the server leaves out this device's own writes that it holds as they are (a full re-sync
        asks without it, to hear of every row in scope)."""
        params = {"after": after, "limit": limit, **({"skip_own": "true"} if skip_own else {})}
        body = self._call("GET", "/pull", params=params).content
        try:
            return decode_pull_page(body)
        except BadPage as exc:
            raise SyncError(f"The sync server sent a page this version cannot read ({exc}); nothing of it was applied.") from None

    def digest(self) -> Digest:
        return Digest.model_validate_json(self._call("GET", "/digest").content)

    def scope(self) -> ScopeIds:
        return ScopeIds.model_validate_json(self._call("GET", "/scope").content)

    def missing_blobs(self, hashes: list[str]) -> list[str]:
        body = BlobHashes(hashes=hashes)
        return BlobHashes.model_validate_json(self._call("POST", "/blobs/missing", content=body.model_dump_json(),
                                                         headers={"Content-Type": "application/json"}).content).hashes

    def put_blob(self, sha256: str, data: bytes) -> None:
        self._call("PUT", f"/blobs/{sha256}", content=data, headers={"Content-Type": "application/octet-stream"})

    def get_blob(self, sha256: str) -> bytes:
        return self._call("GET", f"/blobs/{sha256}").content


_TLS = None


def _tls_context():
    """The verifying TLS context (httpx's default: certifi's roots), made once per process: loading the roots took
    90-150 ms of every sync, a third of an incremental one, even against an http:// server that never uses it."""
    global _TLS
    if _TLS is None:
        import httpx

        _TLS = httpx.create_ssl_context()
    return _TLS


def _field(response, name: str):
    try:
        body = response.json()
    except ValueError:
        return None
    return body.get(name) if isinstance(body, dict) else None


def _detail(response) -> str:
    try:
        detail = response.json().get("detail")
    except ValueError:
        return response.text[:200]
    if isinstance(detail, list):  # FastAPI's validation errors: say which field and why
        return "; ".join(f"{'.'.join(str(p) for p in d.get('loc', [])[1:])}: {d.get('msg')}" for d in detail[:5])
    return str(detail)
