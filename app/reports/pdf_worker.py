"""Customer copies rendered in a child process, so fpdf2 never runs in the window's process.

Issue 17: the first copy after start-up stalled the window 190 ms (a 9 ms idle floor). The warm-up
imported fpdf2 (~300 modules) and rendered a copy on a thread of the window's process: pure Python that
holds the GIL, and on a busy machine the thread holding it is preempted with it, so the GUI thread waits
for whole time slices of other processes (measured: 150–400 ms gaps inside single module bodies that
hold no lock of their own). A render of a big plan (1.2 s) did the same. Here one `spawn` child imports
fpdf2, renders a copy nobody sees (pdf_warm.warm), then renders each copy it is sent; the window's
process only pickles a CustomerCopy and reads the bytes back.

    pdf_worker.start().wait_ready()              # the window, once its plan is attached (ui/startup.py)
    data = pdf_worker.render(plan, signatures)   # here or in the child, whichever is running

Without a started worker (the CLI, the self-check, the server, tests) `render` renders in this process.
The child ends when the window's process ends (its end of the pipe closes) or at `stop()`. No Qt import.
"""
from __future__ import annotations

import multiprocessing
import threading

_lock = threading.Lock()
_worker: "PdfWorker | None" = None


class PdfWorker:
    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child,), name="fieldplan-pdf", daemon=True)
        self.process.start()
        child.close()
        self._talk = threading.Lock()  # one request at a time on the pipe
        self._ready = False

    def wait_ready(self, timeout: float = 120.0) -> bool:
        """True once the child has imported fpdf2 and rendered its first copy."""
        with self._talk:
            if not self._ready and self._conn.poll(timeout):
                try:
                    kind, value = self._conn.recv()
                except (EOFError, OSError):  # the child died before it was ready
                    return False
                if kind == "error":
                    raise value
                self._ready = kind == "ready"
        return self._ready

    def alive(self) -> bool:
        return self.process.is_alive()

    def render(self, plan, signatures=None, printed_on=None) -> bytes:
        if not self.wait_ready():
            raise EOFError("the PDF worker ended")
        with self._talk:
            self._conn.send((plan, signatures, printed_on))
            kind, value = self._conn.recv()
        if kind == "error":
            raise value
        return value

    def stop(self) -> None:
        self._conn.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(2)


def start() -> PdfWorker:
    """The worker, started once (a later call returns the running one)."""
    global _worker
    with _lock:
        if _worker is None or not _worker.alive():
            _worker = PdfWorker()
        return _worker


def running() -> PdfWorker | None:
    worker = _worker
    return worker if worker is not None and worker.alive() else None


def render(plan, signatures=None, *, printed_on=None) -> bytes:
    """The copy's PDF bytes: in the worker when one is running, else here (app/reports/plan_pdf.render_plan)."""
    worker = running()
    if worker is not None:
        try:
            return worker.render(plan, signatures, printed_on)
        except (EOFError, OSError):  # the child is gone (killed, out of memory): the copy is still made, here
            pass
    from app.reports.plan_pdf import render_plan

    return render_plan(plan, signatures, printed_on=printed_on)


def stop() -> None:
    global _worker
    with _lock:
        worker, _worker = _worker, None
    if worker is not None:
        worker.stop()


def _reply_error(conn, exc: BaseException) -> None:
    import pickle

    try:
        pickle.dumps(exc)
    except Exception:  # noqa: BLE001 - an exception that cannot cross the pipe is sent as its sentence
        exc = RuntimeError(f"{type(exc).__name__}: {exc}")
    conn.send(("error", exc))


def _serve(conn) -> None:
    """The child: warm up, say so, then render what is sent until the window's process goes away. It runs
    at a lower priority: its warm-up never takes a core from the window on a busy machine, and on an idle
    laptop (the window waiting for the copy) it still has the CPU to itself."""
    import os

    if hasattr(os, "nice"):  # POSIX; Windows keeps the normal priority
        try:
            os.nice(10)
        except OSError:
            pass
    try:
        from app.reports import pdf_warm
        from app.reports.plan_pdf import render_plan

        pdf_warm.warm()
    except Exception as exc:  # noqa: BLE001 - the parent raises it from wait_ready
        _reply_error(conn, exc)
        return
    conn.send(("ready", None))
    while True:
        try:
            plan, signatures, printed_on = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("pdf", render_plan(plan, signatures, printed_on=printed_on)))
        except Exception as exc:  # noqa: BLE001 - the parent raises it where it asked for the copy
            _reply_error(conn, exc)
