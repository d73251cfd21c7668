"""The export job imports where `resource` does not exist (Windows): it used to be imported at the top."""
from __future__ import annotations

import subprocess
import sys


def test_the_export_job_imports_and_runs_without_the_resource_module():
    code = ("import sys; sys.modules['resource'] = None\n"  # an import of it now raises ImportError, as on Windows
            "from app.reports import export_job\n"
            "import ui.dialogs.export_caseload\n"
            "sys.platform = 'win32'\n"  # and no /proc/self/status to read either
            "print(export_job.peak_memory_kb())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "None"


def test_on_posix_the_peak_memory_is_reported():
    from app.reports.export_job import peak_memory_kb

    assert peak_memory_kb() > 10_000


def _child_peak(queue) -> None:
    from app.reports.export_job import peak_memory_kb

    queue.put(peak_memory_kb())


def test_a_child_reports_its_own_peak_memory_not_the_window_it_was_started_from():
    """The export child is forked from the window before it runs its own program: its ru_maxrss kept the
    window's size, so the export's memory figure read the same at 2,000 and at 10,000 participants."""
    import multiprocessing

    window = bytearray(300 * 2**20)  # the window's memory: 300 MiB, touched
    window[::4096] = b"x" * len(window[::4096])
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_child_peak, args=(queue,))
    child.start()
    peak_kib = queue.get(timeout=60)
    child.join(10)
    assert 10_000 < peak_kib < 200 * 1024, peak_kib
    del window
