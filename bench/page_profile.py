"""Where a participant page's CPU goes: `python -m bench.page_profile [--participants 20] [--views 400] [--uncached]`.

Builds a server database the way bench/participant.py does (a laptop with N participants syncs to a real server
process), then serves GET /p/ in this process — the FastAPI app, its middleware and the page's handler, through
httpx's ASGI transport (no sockets, no uvicorn HTTP parsing) — with the thread pool run inline so pyinstrument
sees every frame on one thread. Prints the CPU per page (process time, measured before the profiled pass), the same for GET /api/v1/health (the
floor: the framework and one database read), the ratio, the load average, and pyinstrument's call tree.
`--uncached` clears the page cache before each view (the cost of a page after its plan changed).
"""
from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.participant import PASSWORD, ROOT, free_port, world


async def _inline(func, *args, **kwargs):
    return func(*args, **kwargs)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=20)
    parser.add_argument("--views", type=int, default=400)
    parser.add_argument("--uncached", action="store_true", help="clear the page cache before each view")
    args = parser.parse_args()
    from bench.common import use_memory_keyring

    use_memory_keyring()
    import fastapi.routing
    import httpx
    import starlette.concurrency
    from pyinstrument import Profiler

    from app.server import invites, store
    from app.server.api import create_app
    from app.server.tables import make_engine
    from app.sync.client import sync

    work = Path(tempfile.mkdtemp(prefix="fieldplan-page-profile-"))
    url = f"sqlite:///{work / 'server.db'}"
    engine = make_engine(url)
    store.init_db(engine)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "app.server.cli", "serve", "--port", str(port), "--database-url", url],
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        ws, admin, carla, pids = world(work / "laptop", engine, args.participants)
        sync(admin, base, password=PASSWORD)
        sync(carla, base, password=PASSWORD)
        ws.close()
    finally:
        server.terminate()
        server.wait(10)
    accounts = [invites.add_participant_account(engine, pid, f"p{i}@example.org", PASSWORD)[0] for i, pid in enumerate(pids)]
    assert len(accounts) == len(pids)

    fastapi.routing.run_in_threadpool = _inline  # one thread: pyinstrument sees the handler's frames
    starlette.concurrency.run_in_threadpool = _inline
    app = create_app(url)

    async def run() -> None:
        transport = httpx.ASGITransport(app=app)
        clients = []
        for i in range(len(pids)):
            client = httpx.AsyncClient(transport=transport, base_url="http://testserver")
            form = await client.get("/p/sign-in")
            csrf = form.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
            signed = await client.post("/p/sign-in", data={"csrf": csrf, "email": f"p{i}@example.org", "password": PASSWORD})
            assert signed.status_code == 303, signed.text
            clients.append(client)
        pages = app.state.page_cache

        async def views(path: str) -> float:
            start = time.process_time()
            for n in range(args.views):
                if args.uncached and path == "/p/":
                    pages.clear()
                answer = await clients[n % len(clients)].get(path)
                assert answer.status_code == 200
            return (time.process_time() - start) / args.views

        await views("/p/")  # warm-up: every page in the cache
        floor = await views("/api/v1/health")
        page = await views("/p/")  # measured without the profiler (it slows what it samples)
        profiler = Profiler(async_mode="disabled")
        profiler.start()
        await views("/p/")
        profiler.stop()
        print(f"GET /p/ ({'uncached' if args.uncached else 'cached'}), {args.views} views over {len(clients)} participants, in process: "
              f"{page * 1000:.2f} ms CPU per page; floor GET /api/v1/health {floor * 1000:.2f} ms; ratio {page / floor:.2f}")
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(profiler.output_text(unicode=True, color=False, show_all=False))

    asyncio.run(run())
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
