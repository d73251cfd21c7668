"""The export job imports where `resource` does not exist (Windows): it used to be imported at the top."""
from __future__ import annotations

import subprocess
import sys


def test_the_export_job_imports_and_runs_without_the_resource_module():
    code = ("import sys; sys.modules['resource'] = None\n"  # an import of it now raises ImportError, as on Windows
            "from app.reports import export_job\n"
            "import ui.dialogs.export_caseload\n"
            "print(export_job.peak_memory_kb())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "None"


def test_on_posix_the_peak_memory_is_reported():
    from app.reports.export_job import peak_memory_kb

    assert peak_memory_kb() > 10_000
