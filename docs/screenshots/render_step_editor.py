"""Render the step/service editor and the attendance week offscreen with realistic data.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python docs/screenshots/render_step_editor.py [out_dir]

Writes step-editor.png (Status), step-editor-*.png (other sub-tabs), attendance-week.png and
group-attendance.png, so a person can look at spacing, truncation and column widths.
"""
from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget


def build_world(data_dir: Path):
    from app import domain
    from app.profile import create_profile
    from app.services import attendance, catalog, goals, participants, plan_services, records, users
    from db.models import Provider

    ws = create_profile(data_dir, "admin", "correct-horse-battery", passphrase="screenshot passphrase", admin_full_name="Ada Admin")
    admin = ws.as_user("admin")
    north = users.create_region(admin, "North")
    org = users.create_organization(admin, "Asian Human Services", north.id)
    users.create_user(admin, "dee", "correct-horse-battery", "caseworker", full_name="Dee Reinhardt", organization_id=org.id)
    with admin.write() as rec:  # listed providers arrive by sync in real use; the demo adds two
        rec.add(Provider(name="Austin Peoples Action Center", address="5125 W. Chicago Ave.", city="Chicago", state="IL", zip="60644"), summary="provider")
        rec.add(Provider(name="Chicago Cook Workforce Partnership", address="69 W. Washington St.", city="Chicago", state="IL", zip="60602"), summary="provider")
    ctx = ws.as_user("dee")
    items = {i.name: i for i in catalog.list_catalog(ctx)}
    people = []
    for first, last in (("Stephanie", "Abrams"), ("Marcus", "Delgado"), ("Keisha", "Thompson")):
        p = participants.create_participant(ctx, first_name=first, last_name=last, ssn_last4="2668", individual_number="1008413651")
        goal = goals.add_goal(ctx, p.id, statement="Complete the SNAP program", category="Career Plan")
        service = plan_services.add_service(
            ctx, p.id, items["Job Skills Training"].id, goal.id, status=domain.STARTED,
            planned_start=dt.date(2026, 11, 2), planned_due=dt.date(2026, 12, 18), weekly_hours=20.0,
            notes="Evening cohort at the Austin site.", barriers="Transportation; childcare on Tuesdays",
        )
        people.append((p, goal, service))
    p, goal, service = people[0]
    sunday = dt.date(2026, 11, 15)
    days = []
    for i in range(7):
        day = sunday + dt.timedelta(days=i)
        if 1 <= i <= 5:
            days.append({"day": day, "check_in": "9", "lunch_start": "12", "lunch_end": "1230p", "check_out": "5p" if i != 5 else "3p"})
        else:
            days.append({"day": day})
    days[3] = {"day": sunday + dt.timedelta(days=3), "absent": True, "makeup_minutes": 0}
    days[4]["makeup_minutes"] = 90
    attendance.save_week(ctx, service.id, dt.date(2026, 11, 8), [{"day": dt.date(2026, 11, 9), "check_in": "9", "check_out": "3p"}], submit=True)
    attendance.verify_week(ctx, service.id, dt.date(2026, 11, 8))
    attendance.save_week(ctx, service.id, sunday, days)
    bus = plan_services.add_service(ctx, p.id, items["Transportation assistance"].id, goal.id, status=domain.STARTED,
                                    planned_start=dt.date(2026, 11, 2), planned_due=dt.date(2026, 12, 18), weekly_hours=0.0)
    plan_services.add_payment(ctx, bus.id, service_type="Transportation", subtype="Monthly bus pass", payment_method="Bus pass",
                              payment_date=dt.date(2026, 11, 2), unit_amount=75.0, quantity=1, fund_source="SNAP E&T")
    plan_services.add_payment(ctx, bus.id, service_type="Transportation", subtype="Ride share to interview", payment_method="Voucher",
                              payment_date=dt.date(2026, 11, 10), unit_amount=18.5, quantity=2, fund_source="SNAP E&T")
    records.add_credential(ctx, p.id, plan_service_id=service.id, name="OSHA-10 Construction", source="Certificate",
                           attained_on="11/06/2026", kind="Occupational Skills Certificate or Credential",
                           institution="Chicago Cook Workforce Partnership", description="10-hour construction safety course", work_experience_in_field=True)
    records.add_credential(ctx, p.id, plan_service_id=service.id, name="First-Aid CPR", source="Copy of Credential",
                           attained_on="11/12/2026", kind="Occupational Certification", institution="American Red Cross", description="Adult first aid, CPR and AED")
    return ws, ctx, people, bus, sunday


def main(out_dir: str = "docs/screenshots") -> None:
    from ui.dialogs.group_attendance import GroupAttendanceDialog
    from ui.dialogs.step_editor import StepEditorDialog
    from ui.widgets.attendance_grid import AttendanceWeekGrid

    app = QApplication.instance() or QApplication([])
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ws, ctx, people, bus, sunday = build_world(Path(tmp) / "profile")
        service = people[0][2]
        dialog = StepEditorDialog(ctx, service.id)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / "step-editor.png"))
        for index, name in ((1, "provider"), (4, "credentials")):
            dialog.tabs.setCurrentIndex(index)
            app.processEvents()
            dialog.grab().save(str(out / f"step-editor-{name}.png"))
        dialog.tabs.setCurrentIndex(3)
        dialog.attendance_tab.open_week(dialog.attendance_tab.week_row(sunday))
        app.processEvents()
        dialog.grab().save(str(out / "step-editor-attendance.png"))
        dialog.close()
        money = StepEditorDialog(ctx, bus.id)
        money.tabs.setCurrentIndex(2)
        money.show()
        app.processEvents()
        money.grab().save(str(out / "step-editor-dollar-value.png"))
        money.close()
        grid = AttendanceWeekGrid(ctx, service.id, sunday)
        grid.cell("check_out", 5).setText("8")
        grid.cells.refresh()
        frame = QWidget()
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 12, 14, 12)
        box.addWidget(grid)
        frame.show()
        frame.adjustSize()
        app.processEvents()
        frame.grab().save(str(out / "attendance-week.png"))
        frame.close()
        group = GroupAttendanceDialog(ctx, [p[2].id for p in people], sunday)
        group.show()
        app.processEvents()
        group.grab().save(str(out / "group-attendance.png"))
        group.close()
        ws.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
