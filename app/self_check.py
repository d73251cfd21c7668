"""`fieldplan --self-check`: does this installation work? No display and no keyring needed.

Each check prints one line ("ok" or "FAILED: why"); the exit code is 0 when all pass, 1 otherwise. It
runs in a throw-away profile folder protected by a random passphrase (never the OS keyring, never the
caseworker's profile), which is deleted at the end. The same checks run in the bundle (CI,
tests/packaging) and from the source tree.
"""
from __future__ import annotations

import io
import secrets
import tempfile
import time
from pathlib import Path

class SelfCheck:
    def __init__(self, folder: Path):
        self.folder = folder
        self.password = secrets.token_urlsafe(16) + "-Aa1"
        self.ctx = None
        self.participant_id = None

    def encrypted_profile(self) -> str:
        from app.profile import create_profile

        workspace = create_profile(self.folder / "profile", "selfcheck", self.password,
                                   passphrase=secrets.token_urlsafe(16))
        self.ctx = workspace.sign_in("selfcheck", self.password)
        workspace.close()
        head = (self.folder / "profile" / "fieldplan.db").read_bytes()[:16]
        if head.startswith(b"SQLite format 3"):
            raise RuntimeError("the database file is not encrypted")
        return "created and signed in; the file is encrypted (SQLCipher)"

    def record_through_a_service(self) -> str:
        from app.services import participants, users

        region = users.create_region(self.ctx, "Self-check Region")
        org = users.create_organization(self.ctx, "Self-check Works", region.id)
        created = participants.create_participant(self.ctx, first_name="José", last_name="Ñúñez", ssn_last4="1234",
                                                  individual_number="900001", organization_id=org.id)
        rows = participants.list_caseload(self.ctx, search="jose nunez")
        if [r.id for r in rows] != [created.id]:
            raise RuntimeError("the participant written could not be read back")
        self.participant_id = created.id
        return "written and read back"

    def customer_copy_pdf(self) -> str:
        from app.reports.plan_pdf import plan_pdf

        data = plan_pdf(self.ctx, self.participant_id)
        if not data.startswith(b"%PDF"):
            raise RuntimeError("the customer copy is not a PDF")
        return f"{len(data) // 1024} KB in memory"

    def caseload_workbook(self) -> str:
        from app.reports.caseload_data import CaseloadFilter, load_caseload
        from app.reports.caseload_xlsx import _write
        from app.reports.compliance import full_compliance

        out = io.BytesIO()
        _write(load_caseload(self.ctx, CaseloadFilter(), full_compliance), out, None, None)
        if not out.getvalue().startswith(b"PK"):
            raise RuntimeError("the workbook is not an xlsx file")
        return f"{len(out.getvalue()) // 1024} KB in memory"

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.workspace.close()


def check_fonts() -> str:
    """The DejaVu fonts the PDF and (on a bare system) the UI use are there and readable."""
    from resources import path

    names = ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf")
    for name in names:
        head = path(name).read_bytes()[:4]
        if head not in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
            raise RuntimeError(f"{name} is not a TrueType font")
    return "DejaVu Sans regular and bold"


def _child(queue) -> None:
    queue.put("child ran")


def check_child_process() -> str:
    """A `spawn` child (how the caseload export runs) starts and answers: in the bundle this needs
    `multiprocessing.freeze_support()` first, or the child re-runs the launcher."""
    import multiprocessing

    spawn = multiprocessing.get_context("spawn")
    queue = spawn.Queue()
    child = spawn.Process(target=_child, args=(queue,), daemon=True)
    child.start()
    try:
        answer = queue.get(timeout=60)
    finally:
        child.join(10)
    if answer != "child ran" or child.exitcode != 0:
        raise RuntimeError(f"the child process ended with exit code {child.exitcode}")
    return "a spawned child ran and exited 0"


def main(argv: list[str] | None = None, extra_checks=()) -> int:
    """`extra_checks`: (name, function) pairs from the layers above (ui/qt_check.py: Qt's platform plugin)."""
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="fieldplan-self-check-") as tmp:
        check = SelfCheck(Path(tmp))
        # (name, function, the check it needs)
        steps = [("encrypted profile", check.encrypted_profile, None),
                 ("record through a service", check.record_through_a_service, "encrypted profile"),
                 ("customer copy PDF", check.customer_copy_pdf, "record through a service"),
                 ("caseload workbook", check.caseload_workbook, "encrypted profile"),
                 ("fonts", check_fonts, None), ("child process", check_child_process, None),
                 *((name, fn, None) for name, fn in extra_checks)]
        try:
            for name, step, needs in steps:
                if needs in failed:
                    failed.append(name)
                    print(f"{name:<26} FAILED: not run (needs the {needs})", flush=True)
                    continue
                started = time.perf_counter()
                try:
                    detail = step()
                except Exception as error:  # noqa: BLE001 - each check reports its own failure
                    failed.append(name)
                    print(f"{name:<26} FAILED: {type(error).__name__}: {error}", flush=True)
                    continue
                print(f"{name:<26} ok   {detail} ({time.perf_counter() - started:.2f} s)", flush=True)
        finally:
            check.close()
    from app import __version__

    if failed:
        print(f"fieldplan {__version__}: {len(failed)} check(s) failed: {', '.join(failed)}")
        return 1
    print(f"fieldplan {__version__}: all checks passed")
    return 0
