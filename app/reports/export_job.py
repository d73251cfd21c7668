"""The caseload export in a child process, so a big workbook never stalls the window.

openpyxl is pure Python and holds the GIL: even in a thread it freezes the GUI for hundreds of
milliseconds at a time (DESIGN.md, The GUI). The child opens the profile itself with the database key
handed over by the parent, signs in as the same user (already authenticated in the parent), and
streams ("progress", done, total) / ("done", count, peak_rss_kib) / ("error", message) on a queue.
"""
from __future__ import annotations

import json
import multiprocessing
import sys
from dataclasses import dataclass
from pathlib import Path

from app.reports.caseload_data import CaseloadFilter


@dataclass(frozen=True)
class ChildUnlock:
    """What the child needs to open the profile: never written to disk, only passed down a pipe."""

    data_dir: str
    key_hex: str
    username: str


def unlock_for_child(ctx, passphrase: str | None = None) -> ChildUnlock:
    """The key of the open profile (or, for a caller without one, from the keyring / passphrase)."""
    data_dir = ctx.workspace.data_dir
    key = ctx.workspace.key
    if key is None:
        from app.keys import KeyStore

        profile_id = json.loads((data_dir / "profile.json").read_text())["profile_id"]
        key = KeyStore(data_dir, profile_id).load(passphrase)
    return ChildUnlock(str(data_dir), key.hex(), ctx.user.username)


def peak_memory_kb() -> int | None:
    """This process's own peak resident memory (KiB); None where it cannot be read (Windows, where the
    POSIX-only `resource` module is missing: imported at the top it kept the export dialog from even being
    imported there).

    On Linux it is VmHWM, the peak of this process's own memory since it started its program: the child
    is forked from the window before it execs, and `ru_maxrss` keeps the window's size from that fork
    (a child's ru_maxrss read the parent's 213 MiB whether it exported 2,000 or 10,000 participants)."""
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            pass
    try:
        import resource
    except ImportError:
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_export(unlock: ChildUnlock, out: str, filters: CaseloadFilter, queue) -> None:
    """The child's entry point (top level, so `spawn` can import it)."""
    try:
        from app.profile import Workspace
        from app.reports.caseload_xlsx import export_caseload

        workspace = Workspace(Path(unlock.data_dir), bytes.fromhex(unlock.key_hex))
        ctx = workspace.as_user(unlock.username)
        count = export_caseload(ctx, Path(out), filters, progress=lambda done, total: queue.put(("progress", done, total)))
        workspace.close()
        queue.put(("done", count, peak_memory_kb()))
    except Exception as exc:  # noqa: BLE001 - reported to the parent as one line
        from app.errors import ValidationError

        message = " ".join(p.message for p in exc.problems) if isinstance(exc, ValidationError) else f"{type(exc).__name__}: {exc}"
        queue.put(("error", message))


def start_export(unlock: ChildUnlock, out: Path, filters: CaseloadFilter):
    """(process, queue): the running child and the queue it reports on."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=run_export, args=(unlock, str(out), filters, queue), daemon=True, name="fieldplan-export")
    process.start()
    return process, queue


def stop_export(process, out: Path) -> None:
    """Cancel: end the child and remove what it left half-written."""
    if process.is_alive():
        process.terminate()
    process.join(5)
    if process.is_alive():
        process.kill()
        process.join(5)
    Path(str(out) + ".part").unlink(missing_ok=True)
