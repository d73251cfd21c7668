"""Earned Credentials sub-tab (seed 001): credentials earned through this step/service.

Every field but work experience is required; the date is typed MM/DD/YYYY ("Credential date
requires an 8 digit date i.e. 03/03/2023"). Selecting a row loads it into the form for editing."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from app import domain
from app.errors import ValidationError
from app.services import records
from ui import ops
from ui.forms import DateField, Form, combo
from ui.step_editor.common import (
    ServiceSubTab,
    ServiceView,
    action_button,
    compact,
)
from ui.widgets.row_table import Column, RowTableModel, table_view

FIELDS = ("name", "source", "attained_on", "kind", "institution", "description", "work_experience_in_field")


class CredentialsTab(ServiceSubTab):
    def __init__(self, session, service_id: str, parent=None, view: ServiceView | None = None):
        super().__init__(session, service_id, parent, view)
        self.editing: str | None = None
        layout = QVBoxLayout(self)
        self.model = RowTableModel([
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Type"), lambda c: c.kind, label=True),
            Column(self.tr("Source"), lambda c: c.source, label=True),
            Column(self.tr("Institution"), lambda c: c.institution),
            Column(self.tr("Attained"), lambda c: f"{c.attained_on:%m/%d/%Y}"),
            Column(self.tr("Work exp."), lambda c: self.tr("Yes") if c.work_experience_in_field else self.tr("No")),
        ], self)
        self.table = table_view(self.model, self.tr("Earned credentials"), sortable=False)
        # Selection, not the current row: tabbing into the table must not turn "Add" into "Edit".
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.box = QGroupBox(self.tr("Add credential"))
        inner = QVBoxLayout(self.box)
        self.form = Form()
        self.form.add("name", self.tr("Name*"), QLineEdit())
        self.form.add("source", self.tr("Credential source*"), combo([(self.tr("— choose —"), "")] + list(domain.CREDENTIAL_SOURCES)))
        self.form.add("attained_on", self.tr("Date attained*"), DateField())
        self.form.add("kind", self.tr("Credential type*"), combo([(self.tr("— choose —"), "")] + list(domain.CREDENTIAL_TYPES)))
        self.form.add("institution", self.tr("Institution*"), QLineEdit())
        description = QPlainTextEdit()
        description.setTabChangesFocus(True)
        description.setFixedHeight(52)
        self.form.add("description", self.tr("Description*"), description)
        self.form.add("work_experience_in_field", self.tr("Work experience in the field"), QCheckBox(self.tr("Yes")))
        compact(self.form)
        inner.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.new_button = action_button(self, self.tr("&New"), self.tr("Clear the form to add another credential"), self.start_new, QKeySequence.StandardKey.New)
        self.remove_button = action_button(self, self.tr("&Remove"), self.tr("Remove the selected credential"), self.remove, QKeySequence("Ctrl+Del"))
        self.save_button = action_button(self, self.tr("Sa&ve credential"), self.tr("Save this credential"), self.save)
        for button in (self.new_button, self.remove_button, self.save_button):
            buttons.addWidget(button)
        inner.addLayout(buttons)
        layout.addWidget(self.box)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(records.list_credentials(self.ctx, self.participant_id, self.service_id))
        self.start_new()

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.form.set_values({"name": "", "source": "", "attained_on": None, "kind": "", "institution": "", "description": "", "work_experience_in_field": False})
        self.form.clear_errors()
        self.box.setTitle(self.tr("Add credential"))
        self.remove_button.setEnabled(False)
        self.mark_saved()

    def _selection_changed(self, *_args) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.edit_row(rows[0].row())

    def edit_row(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        credential = self.model.rows[row]
        self.editing = credential.id
        values = {f: getattr(credential, f) for f in FIELDS}
        values["source"] = domain.FORMER_CREDENTIAL_SOURCES.get(values["source"], values["source"])
        self.form.set_values(values)
        self.form.clear_errors()
        self.box.setTitle(self.tr("Edit credential “%s”") % credential.name)
        self.remove_button.setEnabled(True)
        self.mark_saved()

    def shown_values(self) -> dict:
        return self.form.shown_values()

    def unsaved_changes(self) -> str:
        if not self.typed_since_saved():
            return ""
        if self.editing:
            name = next((c.name for c in self.model.rows if c.id == self.editing), "")
            return self.tr("The credential “%s” has unsaved changes.") % name
        return self.tr("The new credential on the Earned Credentials sub-tab is not saved yet.")

    def save_unsaved(self):
        return self.save()

    def _values(self) -> dict:
        """The typed date goes to the service as text: it parses MM/DD/YYYY and names the field."""
        values = {f: v for f, v in self.form.values([f for f in FIELDS if f != "attained_on"]).items()}
        values["attained_on"] = self.form.widgets["attained_on"].text().strip() or None
        return values

    def save(self):
        self.form.clear_errors()
        try:
            values = self._values()
        except ValidationError as error:
            self.form.show_errors(error)
            return ops.REFUSED
        if self.editing:
            return self.write(records.update_credential, self.editing, form=self.form, **values)
        return self.write(records.add_credential, self.participant_id, plan_service_id=self.service_id, form=self.form, **values)

    def remove(self) -> None:
        if self.editing:
            self.write(records.remove_credential, self.editing, form=self.form)
