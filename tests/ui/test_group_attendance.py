"""Group attendance: one week for several participants of the same step, saved all at once or not at all."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app import domain
from app.services import attendance
from db.models import AttendanceDay, AttendanceWeek
from tests.helpers import counts
from ui.dialogs.group_attendance import GroupAttendanceDialog

SUNDAY = dt.date(2026, 11, 15)


def cohort(world, names=(("Ana", "Lopez"), ("Ben", "Okafor")), item_name="Job Skills Training"):
    services = []
    for first, last in names:
        pid = world.participant(first_name=first, last_name=last).id
        goal = world.goal(pid)
        services.append(world.service(pid, goal.id, item_name=item_name, status=domain.STARTED,
                                      planned_start=dt.date(2026, 11, 2), planned_due=dt.date(2026, 11, 27)))
    return services


def open_dialog(qtbot, world, services):
    dialog = GroupAttendanceDialog(world.carla, [s.id for s in services], SUNDAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_two_participants_are_saved_at_once(qtbot, world):
    services = cohort(world)
    dialog = open_dialog(qtbot, world, services)
    assert dialog.week.currentText() == "11/15/2026 – 11/21/2026"
    assert [dialog.people.item(i).text() for i in range(2)] == ["Ana Lopez · 0.00 h", "Ben Okafor · 0.00 h"]
    ana = dialog.members[0].cells
    for weekday in (1, 2):
        cell = ana.cell("check_in", weekday)
        cell.setFocus()
        for text in ("9", "12", "1230p", "5p"):
            qtbot.keyClicks(ana.focusWidget(), text)
            qtbot.keyClick(ana.focusWidget(), Qt.Key.Key_Tab)
    assert ana.total.text() == "15.00 h"
    assert dialog.people.item(0).text() == "Ana Lopez · 15.00 h"
    dialog.copy_to_all()
    assert dialog.members[1].cells.cell("check_out", 2).text() == "5:00 PM"
    dialog.members[1].cells.cell("check_out", 2).setText("3p")
    dialog.members[1].cells.refresh()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    hours = [next(w for w in attendance.list_weeks(world.carla, s.id) if w.week_start == SUNDAY).total_hours for s in services]
    assert hours == [15.0, 13.0]
    assert dialog.message_text() == "Saved the week of 11/15/2026 for 2 participants."


def test_a_problem_names_the_participant_and_nothing_is_saved(qtbot, world):
    services = cohort(world)
    dialog = open_dialog(qtbot, world, services)
    good, bad = dialog.members[0].cells, dialog.members[1].cells
    good.cell("check_in", 1).setText("9")
    good.cell("check_out", 1).setText("5p")
    bad.cell("check_in", 1).setText("9")
    bad.cell("check_out", 1).setText("8")
    for cells in (good, bad):
        cells.refresh()
    before = counts(world.admin.workspace, AttendanceWeek, AttendanceDay)
    assert not dialog.save().succeeded
    assert dialog.message_text() == "Ben Okafor: Times on Mon 11/16 must be in order: Check-out (08:00) must be after Check-in (09:00)."
    assert dialog.people.currentRow() == 1
    assert counts(world.admin.workspace, AttendanceWeek, AttendanceDay) == before


def test_service_refusal_is_reported_per_participant_in_one_transaction(qtbot, world):
    """A week the service refuses (here: verified meanwhile on another device) rolls back everyone."""
    services = cohort(world)
    dialog = open_dialog(qtbot, world, services)
    for member in dialog.members:
        member.cells.cell("check_in", 1).setText("9")
        member.cells.cell("check_out", 1).setText("5p")
    attendance.save_week(world.carla, services[1].id, SUNDAY, [{"day": dt.date(2026, 11, 17), "check_in": "9", "check_out": "1p"}])
    attendance.verify_week(world.carla, services[1].id, SUNDAY)
    before = counts(world.admin.workspace, AttendanceWeek, AttendanceDay)
    assert not dialog.save(submit=True).succeeded
    assert dialog.message_text() == "Ben Okafor: The week of 11/15/2026 is verified and can no longer be changed."
    assert counts(world.admin.workspace, AttendanceWeek, AttendanceDay) == before
    assert next(w for w in attendance.list_weeks(world.carla, services[0].id) if w.week_start == SUNDAY).total_hours == 0
    dialog.load_week()  # reopening shows the verified week read-only and leaves it out
    assert dialog.people.item(1).text() == "Ben Okafor (verified) · 4.00 h"
    assert dialog.people.item(1).checkState() == Qt.CheckState.Unchecked
    assert not dialog.members[1].cells.cell("check_in", 1).isEnabled()


def test_find_others_adds_participants_of_the_same_step_only(qtbot, world):
    services = cohort(world, names=(("Ana", "Lopez"),))
    cohort(world, names=(("Cleo", "Park"),))
    cohort(world, names=(("Dan", "Ruiz"),), item_name="Vocational Training")
    dialog = open_dialog(qtbot, world, services)
    dialog.find_others()
    assert sorted(m.name for m in dialog.members) == ["Ana Lopez", "Cleo Park"]


def test_the_cohort_stays_inside_the_users_scope(world):
    from app.services import cohorts

    [mine] = cohort(world, names=(("Ana", "Lopez"),))
    pid = world.participant(ctx=world.bob, first_name="Zed", last_name="Other").id
    theirs = world.service(pid, world.goal(pid, ctx=world.bob).id, ctx=world.bob, item_name="Job Skills Training", status=domain.STARTED)
    assert [m.service_id for m in cohorts.services_of_step(world.carla, mine.catalog_item_id)] == [mine.id]
    assert [m.name for m in cohorts.services_of_step(world.bob, mine.catalog_item_id)] == ["Zed Other"]
    assert theirs.id not in [m.service_id for m in cohorts.services_of_step(world.pam, mine.catalog_item_id)]
