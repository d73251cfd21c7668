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

    from app.server.participant.pages import build_router

    worker = delivery.DeliveryWorker(engine, delivery.SmtpSettings.from_env())
    app.include_router(build_router(engine, worker, web.Throttle(engine)))
    app.mount("/p/static", StaticFiles(directory=Path(__file__).parent / "static"), name="participant-static")
    app.state.delivery = worker

    @app.on_event("startup")
    def _start() -> None:
        worker.start()

    @app.on_event("shutdown")
    def _stop() -> None:
        worker.stop()

    @app.middleware("http")
    async def _wake_after_push(request, call_next):
        response = await call_next(request)
        if request.url.path.endswith("/push") and response.status_code == 200:
            worker.wake()
        return response

    return worker
