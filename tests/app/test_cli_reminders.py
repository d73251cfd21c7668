"""`fieldplan reminders`, `rubric` and the worksite commands, run as a caseworker would."""
from __future__ import annotations

import csv
import io
import json

import pytest

from tests.app.test_cli import run


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data = tmp_path_factory.mktemp("cli-reminders") / "profile"
    result = run("demo", "--participants", "12", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return data


def test_reminders_json_csv_and_table_agree(demo_dir):
    as_json = run("reminders", "--data-dir", str(demo_dir), "--format", "json", "--due-within", "30")
    assert as_json.returncode == 0, as_json.stderr
    items = json.loads(as_json.stdout)
    assert items and {"follow_up", "plan_review_30"} <= {i["kind"] for i in items}
    assert all(i["action"].endswith(".") for i in items)
    follow_up = next(i for i in items if i["kind"] == "follow_up")
    assert follow_up["place"].startswith("placement/")
    as_csv = run("reminders", "--data-dir", str(demo_dir), "--format", "csv", "--due-within", "30")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [r["title"] for r in rows] == [i["title"] for i in items]
    table = run("reminders", "--data-dir", str(demo_dir))
    assert table.returncode == 0 and "reminders" in table.stderr
    assert len(table.stdout.splitlines()) <= len(items)  # 7 days by default: fewer than 30


def test_rubric_table(demo_dir):
    result = run("rubric", "--data-dir", str(demo_dir))
    assert result.returncode == 0, result.stderr
    overall = next(line for line in result.stdout.splitlines() if line.startswith("Overall"))
    assert sum(int(n) for n in overall.split()[1:]) == 12


def test_employer_worksite_job_and_a_bad_wage(demo_dir):
    employer = run("add-employer", "Route 39 Transportation", "--data-dir", str(demo_dir))
    assert employer.returncode == 0, employer.stderr
    site = run("add-worksite", employer.stdout.strip(), "Depot", "--state", "IL", "--data-dir", str(demo_dir))
    assert site.returncode == 0, site.stderr
    bad = run("add-job", site.stdout.strip(), "Logistics Managers", "--wage", "0", "--data-dir", str(demo_dir))
    assert bad.returncode == 5 and bad.stderr.strip() == "fieldplan: Hourly wage of the job must be more than $0.00."
    good = run("add-job", site.stdout.strip(), "Logistics Managers", "--wage", "21", "--openings", "9", "--data-dir", str(demo_dir))
    assert good.returncode == 0
    jobs = run("jobs", "--data-dir", str(demo_dir))
    assert "Route 39 Transportation" in jobs.stdout and "9 openings  $21.00/h" in jobs.stdout
