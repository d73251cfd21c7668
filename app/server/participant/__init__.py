"""The participant's side of the server (issue 14): their page, the delivery of messages, their accounts.

`mount(app, engine)` adds the /p pages and static files and starts the delivery worker; importing this package
registers the server tables it needs (sessions, link tokens, participant accounts, deliveries).
"""
from __future__ import annotations

from pathlib import Path

from app.server import delivery, invites  # noqa: F401 - their tables join the server's metadata
from app.server.participant import web  # noqa: F401


def mount(app, engine) -> delivery.DeliveryWorker:
    from fastapi.staticfiles import StaticFiles

    from app.server.participant.cache import PageCache
    from app.server.participant.pages import build_router

    worker = delivery.DeliveryWorker(engine, delivery.SmtpSettings.from_env())
    app.state.page_cache = PageCache()
    app.include_router(build_router(engine, worker, web.Throttle(engine), app.state.page_cache))
    app.mount("/p/static", StaticFiles(directory=Path(__file__).parent / "static"), name="participant-static")
    app.state.delivery = worker

    @app.on_event("startup")
    def _start() -> None:
        worker.start()

    @app.on_event("shutdown")
    def _stop() -> None:
        worker.stop()

    app.add_middleware(WakeAfterPush, worker=worker)

    return worker


class WakeAfterPush:
    """After an accepted push, the delivery worker looks for queued messages at once. A plain ASGI middleware: it
    costs the other requests (the participant's page among them) one string comparison."""

    def __init__(self, app, worker: delivery.DeliveryWorker):
        self.app, self.worker = app, worker

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].endswith("/push"):
            await self.app(scope, receive, send)
            return
        status = {}

        async def sending(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        await self.app(scope, receive, sending)
        if status.get("code") == 200:
            self.worker.wake()
