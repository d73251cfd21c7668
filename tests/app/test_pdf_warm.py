"""app/reports/pdf_warm.py: after `warm()` the first customer copy imports nothing more (WARM_MODULES is
complete) and every import went through the import gate."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys, time
import app.profile, app.startup  # what start-up has imported before anyone prints
from app import import_gate
import_gate.install()
holds = []
inner = import_gate._gate
class Timed:  # how long each top-level import held the gate
    def __enter__(self):
        inner.acquire(); self.t = time.perf_counter(); self.depth = getattr(Timed, "depth", 0); Timed.depth = self.depth + 1
    def __exit__(self, *exc):
        Timed.depth -= 1
        if Timed.depth == 0: holds.append(time.perf_counter() - self.t)
        inner.release()
import_gate._gate = Timed()
from app.reports import pdf_warm
assert "fpdf" not in sys.modules
pdf_warm.warm()
import_gate._gate = inner
before = set(sys.modules)
from app.reports.plan_pdf import render_plan
data = render_plan(pdf_warm.sample_copy())
print(json.dumps({"new": sorted(set(sys.modules) - before), "pdf": data[:5].decode(), "size": len(data),
                  "warmed": sum(name in sys.modules for name in pdf_warm.WARM_MODULES), "listed": len(pdf_warm.WARM_MODULES),
                  "holds": sorted(holds)[-3:], "count": len(holds)}))
"""


def test_after_warming_the_first_copy_imports_nothing_more():
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.splitlines()[-1])
    assert result["new"] == []
    assert result["pdf"] == "%PDF-" and result["size"] > 5000
    assert result["warmed"] == result["listed"] > 250
    assert result["count"] > 0  # the warm-up's imports went through the gate (one thread imports at a time)
