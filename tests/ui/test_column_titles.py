"""Every table column title can be translated: lupdate finds its literal in a tr()/translate() call, in
the context the running code asks for, and the table then shows the translation.

The translator here answers only for what `pyside6-lupdate` extracts from ui/, with the source in
«»: a title written as a plain literal, or passed to tr() through a variable (which lupdate cannot
see), or marked in a context the code never asks for, stays unbracketed and the test names it.
"""
from __future__ import annotations

import ast
import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import PySide6
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QAbstractItemView, QLabel

from app import domain
from app.rubric import CATEGORIES
from tests.ui.conftest import open_participant

UI = Path(__file__).resolve().parents[2] / "ui"


@pytest.fixture(scope="session")
def extracted(tmp_path_factory) -> set[tuple[str, str]]:
    """(context, source) of every string pyside6-lupdate extracts from ui/ (a fraction of a second)."""
    lupdate = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    ts = tmp_path_factory.mktemp("lupdate") / "fieldplan.ts"
    subprocess.run([str(lupdate), *sorted(str(p) for p in UI.rglob("*.py")), "-ts", str(ts)], check=True, capture_output=True)
    return {(context.findtext("name"), message.findtext("source"))
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")}


class Brackets(QTranslator):
    """A "translation" of every extracted string: its source in «»."""

    def __init__(self, extracted: set[tuple[str, str]]):
        super().__init__()
        self.extracted = extracted

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - QTranslator API
        return f"«{source}»" if (context, source) in self.extracted else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


@pytest.fixture
def brackets(qapp, extracted):
    """Installed before the widgets are built (they translate their titles once, when built)."""
    translator = Brackets(extracted)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def titles(widget, skip=()) -> dict[str, list[str]]:
    """Horizontal header titles of every table inside `widget`, by the table's accessible name."""
    found = {}
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not hasattr(view, "horizontalHeader"):
            continue
        texts = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
        found[view.accessibleName() or type(model).__name__] = [t for t in texts if t not in skip]
    return found


def untranslated(tables: dict[str, list[str]]) -> dict[str, list[str]]:
    bare = {name: [t for t in texts if not (isinstance(t, str) and t.startswith("«") and t.endswith("»"))] for name, texts in tables.items()}
    return {name: texts for name, texts in bare.items() if texts}


def test_window_tables_show_translated_titles(qtbot, brackets, window, people):
    open_participant(qtbot, window, people["jose"].id)
    tables = titles(window)
    assert {"«Caseload»", "«Career Plan»", "«Goals»", "«Steps/services of the plan»", "«Update Log»"} <= set(tables)
    assert tables["«Caseload»"][:3] == ["«Name»", "«Preferred»", "«Ind. #»"]
    assert untranslated(tables) == {}


def test_step_editor_tables_and_week_grid_show_translated_titles(qtbot, brackets, world):
    from ui.dialogs.step_editor import StepEditorDialog

    pid = world.participant().id
    service = world.service(pid, world.goal(pid).id, status=domain.STARTED, planned_start=dt.date(2026, 11, 2), planned_due=dt.date(2026, 11, 20))
    dialog = StepEditorDialog(world.carla, service.id)
    qtbot.addWidget(dialog)
    grid = dialog.attendance_tab.open_week(0)
    tables = titles(dialog)
    assert tables["«Attendance weeks»"] == ["«Week»", "«Hours»", "«Verified»"]
    assert untranslated(tables) == {}
    heads = grid.cells.layout().itemAt(0).layout()
    week_titles = [heads.itemAtPosition(0, c).widget().text() for c in range(8)]
    assert week_titles == [f"<b>«{t}»</b>" for t in ("Day", "Check-in", "Lunch start", "Lunch end", "Check-out", "Absent", "Make-up", "Hours")]
    assert all(isinstance(heads.itemAtPosition(0, c).widget(), QLabel) for c in range(8))


def test_dialog_tables_show_translated_titles(qtbot, brackets, world):
    from app.services import employers
    from ui.dialogs.compliance import ComplianceDialog
    from ui.dialogs.conflicts import ConflictsDialog
    from ui.dialogs.customer_services_report import CustomerServicesReport
    from ui.dialogs.employers import EmployersDialog
    from ui.dialogs.placement import PlacementDialog
    from ui.dialogs.record_list import RecordListDialog
    from ui.widgets.reminders_panel import reminder_columns

    pid = world.participant().id
    service = world.service(pid, world.goal(pid).id, item_name="Work Experience", status=domain.STARTED)
    employers.add_job(world.carla, employers.add_worksite(world.carla, employers.add_employer(world.carla, "Route 39").id, "Depot").id,
                      "Logistics Managers", 21.0)
    dialogs = [EmployersDialog(world.carla), ConflictsDialog(world.carla), CustomerServicesReport(world.carla),
               PlacementDialog(world.carla, service.id), ComplianceDialog(world.carla),
               *(RecordListDialog(world.carla, pid, kind) for kind in ("credentials", "goals", "services"))]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialogs[4].loaded, timeout=15000):  # its rows come from a worker thread: let it finish
        dialogs[4].show()
    tables = {f"{type(d).__name__}: {name}": texts for d in dialogs for name, texts in titles(d, skip=CATEGORIES).items()}
    tables["Reminders"] = [c.title for c in reminder_columns()]
    assert len(tables) >= 14
    assert untranslated(tables) == {}


def test_no_column_title_is_a_bare_literal():
    """Also the tables no test builds: every Column(title, …) and RowsModel((titles…)) in ui/ has its title
    literal written inside tr()/translate() (a QT_TRANSLATE_NOOP constant is checked by the tests above)."""
    bare = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("Column", "RowsModel") and node.args):
                continue
            first = node.args[0]
            if node.func.id == "RowsModel" and not isinstance(first, ast.Tuple):
                continue  # the step editor's RowsModel takes Column objects, checked as Column calls
            given = first.elts if isinstance(first, ast.Tuple) else [first]
            for title in given:
                translated = (isinstance(title, ast.Call) and getattr(title.func, "attr", getattr(title.func, "id", None)) in ("tr", "translate")
                              and isinstance(title.args[-1], ast.Constant))
                if not translated and not isinstance(title, ast.Starred):
                    bare.append(f"{path.relative_to(UI.parent)}:{title.lineno}")
    assert bare == []
