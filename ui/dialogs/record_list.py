"""A read-only list opened from the Overview's accomplishments links (credentials, completed goals,
completed services)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from app import domain
from app.services import goals, plan_services, records
from ui.widgets.row_table import Column, RowTable, RowTableModel


def accomplishment_list(ctx, participant_id: str, kind: str):
    """(title, columns, rows) for one accomplishments link; texts translated in the dialog's context."""
    translate = QCoreApplication.translate
    if kind == "credentials":
        return (translate("RecordListDialog", "Earned credentials"),
                [Column(translate("RecordListDialog", "Credential"), lambda c: c.name, stretch=True),
                 Column(translate("RecordListDialog", "Type"), lambda c: c.kind, label=True, width=220),
                 Column(translate("RecordListDialog", "Attained"), lambda c: c.attained_on, width=90),
                 Column(translate("RecordListDialog", "Institution"), lambda c: c.institution, width=160)],
                records.list_credentials(ctx, participant_id))
    if kind == "goals":
        return (translate("RecordListDialog", "Completed goals"),
                [Column(translate("RecordListDialog", "Goal"), lambda g: g.statement, stretch=True),
                 Column(translate("RecordListDialog", "Category"), lambda g: g.category, label=True, width=160),
                 Column(translate("RecordListDialog", "Latest due"), lambda g: g.latest_due, width=90)],
                [g for g in goals.list_goals(ctx, participant_id) if g.status == "Complete"])
    return (translate("RecordListDialog", "Completed services"),
            [Column(translate("RecordListDialog", "Step/service"), lambda s: s.name, stretch=True),
             Column(translate("RecordListDialog", "Goal"), lambda s: s.goal_statement, width=220),
             Column(translate("RecordListDialog", "Completed"), lambda s: s.completion_date, width=90)],
            [s for s in plan_services.list_services(ctx, participant_id) if s.status == domain.SUCCESSFUL])


class RecordListDialog(QDialog):
    def __init__(self, ctx, participant_id: str, kind: str, parent=None):
        super().__init__(parent)
        title, columns, rows = accomplishment_list(ctx, participant_id, kind)
        self.setWindowTitle(title)
        self.resize(700, 360)
        layout = QVBoxLayout(self)
        self.model = RowTableModel(columns, self)
        self.model.set_rows(rows)
        self.table = RowTable(self.model, empty=self.tr("None yet."), name=title)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
