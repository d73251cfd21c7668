"""The export dialog runs the workbook in a child process; Cancel ends the child and leaves no file."""
from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from ui.dialogs.export_caseload import ExportCaseloadDialog


def test_export_in_a_child_process(qtbot, world, tmp_path):
    world.participant()
    world.participant(first_name="Ana", last_name="Brown", individual_number="100002")
    dialog = ExportCaseloadDialog(world.carla)
    qtbot.addWidget(dialog)
    out = tmp_path / "caseload.xlsx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=60000) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.is_running() and not dialog.export_button.isEnabled()
    assert exported.args == [str(out), 2]
    rows = list(openpyxl.load_workbook(out)["Caseload"].iter_rows(values_only=True))
    assert sorted(r[0] for r in rows[1:]) == ["Brown, Ana", "Ñúñez, José"]
    assert dialog.status.text().startswith("Exported 2 participants")


def test_cancel_stops_the_child_and_removes_the_partial_file(qtbot, world, tmp_path):
    with world.carla.batch():
        for k in range(50):
            world.participant(first_name=f"P{k}", individual_number=f"{500000 + k}")
    dialog = ExportCaseloadDialog(world.carla)
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "caseload.xlsx"
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    process = dialog.process
    # Cancel while the child is at work. (Waiting for "Writing rows" raced: the dialog drains the child's
    # queue every 100 ms, and a fast export goes from "Reading" to "Exported" within one drain.)
    assert dialog.status.text() == "Reading the caseload…"
    assert process.is_alive()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not process.is_alive() and process.exitcode != 0  # terminated, not finished
    assert dialog.status.text() == "Export cancelled." and dialog.export_button.isEnabled() and dialog.isVisible()
    assert not out.exists() and not (tmp_path / "caseload.xlsx.part").exists()


def test_errors_show_beside_the_fields(qtbot, world):
    dialog = ExportCaseloadDialog(world.carla)
    qtbot.addWidget(dialog)
    dialog.date_from.setText("02/30/2026")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("date_from") == "From must be a real date written MM/DD/YYYY (got “02/30/2026”)."
    dialog.date_from.setText("02/01/2026")
    dialog.path.setText("/tmp/x.xlsx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_text("date_to") == "Give both dates of the range, or neither."
    assert dialog.process is None


def test_escape_while_exporting_stops_the_child(qtbot, world, tmp_path):
    world.participant()
    dialog = ExportCaseloadDialog(world.carla)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "c.xlsx"))
    dialog.export()
    process = dialog.process
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not process.is_alive() and not dialog.isVisible()
