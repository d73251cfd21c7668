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


def test_place_a_participant_and_review_a_follow_up(demo_dir):
    import datetime as dt

    today = dt.date.today()
    goal = run("add-goal", "100003", "--statement", "Complete a work experience placement", "--data-dir", str(demo_dir))
    assert goal.returncode == 0, goal.stderr
    # the step is added through the service layer of a second process: the CLI has no add-step command
    step = subprocess_step(demo_dir, goal.stdout.strip(), today)
    job = run("jobs", "--data-dir", str(demo_dir)).stdout.splitlines()[0].split()[0]
    start = (today - dt.timedelta(days=40)).strftime("%m/%d/%Y")
    due = (today + dt.timedelta(days=50)).strftime("%m/%d/%Y")
    bad = run("add-placement", step, job, "--minimum-wage", "15", "--subsidized-wage", "16", "--start", "13/01/2026", "--due", due,
              "--data-dir", str(demo_dir))
    assert bad.returncode == 5
    assert bad.stderr.splitlines() == ["fieldplan: Start date must be a real date written MM/DD/YYYY (got “13/01/2026”).",
                                       "fieldplan: Subsidized/training wage ($16.00) must be no more than the minimum wage ($15.00)."]
    placed = run("add-placement", step, job, "--minimum-wage", "15", "--subsidized-wage", "15", "--status", "Started (Open)", "--start", start,
                 "--due", due, "--data-dir", str(demo_dir))
    assert placed.returncode == 0, placed.stderr
    placement = placed.stdout.strip()
    early = run("review-follow-up", placement, "60", "--data-dir", str(demo_dir))
    assert early.returncode == 5 and "becomes available on" in early.stderr
    reviewed = run("review-follow-up", placement, "30", "--wage", "17.5", "--note", "Verified by phone.", "--data-dir", str(demo_dir))
    assert reviewed.returncode == 0, reviewed.stderr
    listing = run("placements", "100003", "--data-dir", str(demo_dir)).stdout
    assert f"placement {placement}" in listing and "$17.50/h" in listing and "41 days subsidized" in listing
    assert "30 Days Follow-Up Due on" in listing and f"reviewed {today:%m/%d/%Y}" in listing


def subprocess_step(demo_dir, goal_id, today):
    """Add a Work Experience step through the service layer (the CLI has no add-step command)."""
    import datetime as dt
    import os
    import subprocess
    import sys

    from tests.app.test_cli import ROOT

    start_iso = (today - dt.timedelta(days=40)).isoformat()
    code = f"""
import datetime as dt
from pathlib import Path
from app.profile import open_profile
from app.services import catalog, plan_services
ws = open_profile(Path({str(demo_dir)!r}), "a long passphrase")
ctx = ws.as_user("admin")
with ws.session() as s:
    from db.models import Goal
    pid = s.get(Goal, {goal_id!r}).participant_id
item = next(i for i in catalog.list_catalog(ctx) if i.name == "Work Experience")
start = dt.date.fromisoformat({start_iso!r})
print(plan_services.add_service(ctx, pid, item.id, {goal_id!r}, planned_start=start, planned_due=start + dt.timedelta(days=90),
                                weekly_hours=30.0, status="Started/Open").id)
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]
