"""`fieldplan print-plan` and `fieldplan export-caseload` on a demo profile (a real subprocess)."""
from __future__ import annotations

import openpyxl
import pytest
from pypdf import PdfReader

from tests.app.test_cli import run


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    data = tmp_path_factory.mktemp("reports-cli") / "profile"
    result = run("demo", "--participants", "6", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return data


def test_print_plan_writes_a_pdf(demo, tmp_path):
    out = tmp_path / "plan.pdf"
    result = run("print-plan", "100000", "--out", str(out), "--data-dir", str(demo))
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Customer copy" in text and "Goal 1." in text and "Participant signature" in text


def test_export_caseload_and_its_errors(demo, tmp_path):
    out = tmp_path / "caseload.xlsx"
    result = run("export-caseload", "--out", str(out), "--data-dir", str(demo))
    assert result.returncode == 0, result.stderr
    assert "Exported 6 participants" in result.stdout
    assert len(list(openpyxl.load_workbook(out)["Caseload"].iter_rows())) == 7
    north = run("export-caseload", "--out", str(out), "--region", "northern region", "--data-dir", str(demo))
    assert north.returncode == 0 and "Exported 2 participants" in north.stdout, north.stderr
    unknown = run("export-caseload", "--out", str(out), "--organization", "Nowhere", "--data-dir", str(demo))
    assert unknown.returncode == 6 and unknown.stderr.strip() == "fieldplan: No organization “Nowhere” in your scope."
    bad = run("export-caseload", "--out", str(out), "--from", "13/45/2026", "--to", "01/01/2026", "--data-dir", str(demo))
    assert bad.returncode == 5 and bad.stderr.strip() == "fieldplan: From date must be a real date written MM/DD/YYYY (got “13/45/2026”)."
    backwards = run("export-caseload", "--out", str(out), "--from", "02/01/2026", "--to", "01/01/2026", "--data-dir", str(demo))
    assert backwards.returncode == 5 and "cannot be before" in backwards.stderr and "Traceback" not in backwards.stderr
