"""app/reports/pdf_worker.py: the window's customer copies are rendered in a child process, the same
PDF as a render here, and fpdf2 is never imported by the window's own process."""
from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_worker_renders_the_copy_a_render_here_makes_without_fpdf_in_this_process():
    code = textwrap.dedent("""
        import datetime as dt, json, sys
        from app.reports import pdf_warm, pdf_worker
        worker = pdf_worker.start()
        ready = worker.wait_ready()
        data = pdf_worker.render(pdf_warm.sample_copy(), printed_on=dt.date(2026, 3, 2))
        again = pdf_worker.render(pdf_warm.sample_copy(), printed_on=dt.date(2026, 3, 2))
        print(json.dumps({"ready": ready, "fpdf_here": "fpdf" in sys.modules, "child": worker.process.pid, "pdf": data.hex(),
                          "same_size": len(again) == len(data)}))
        pdf_worker.stop()
        print(json.dumps({"alive_after_stop": worker.alive()}))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    first, last = (json.loads(line) for line in out.stdout.splitlines()[-2:])
    assert first["ready"] and not first["fpdf_here"] and first["same_size"]
    assert last == {"alive_after_stop": False}
    from app.reports import pdf_warm
    from app.reports.plan_pdf import render_plan

    here = render_plan(pdf_warm.sample_copy(), printed_on=dt.date(2026, 3, 2))
    there = bytes.fromhex(first["pdf"])
    assert there[:5] == b"%PDF-"
    assert _text(there) == _text(here)
    assert "José Ñúñez" in _text(there) and "03/02/2026" in _text(there)


def test_a_failed_render_raises_here_and_a_dead_worker_leaves_the_copy_to_this_process():
    from app.reports import pdf_warm, pdf_worker

    worker = pdf_worker.start()
    try:
        assert worker.wait_ready()
        with pytest.raises(Exception) as failed:
            pdf_worker.render(None)  # not a copy: the child's error crosses the pipe
        assert "NoneType" in f"{type(failed.value).__name__}: {failed.value}"
        worker.process.kill()
        worker.process.join(5)
        data = pdf_worker.render(pdf_warm.sample_copy())
        assert data[:5] == b"%PDF-" and "José Ñúñez" in _text(data)
    finally:
        pdf_worker.stop()
    assert pdf_worker.running() is None
