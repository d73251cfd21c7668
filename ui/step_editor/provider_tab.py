"""Service Provider sub-tab (seed 001): the participant's provider by default, a listed provider,
or another provider with its address. A provider is what group attendance needs."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from app.errors import ValidationError
from app.services import participants, plan_services, users
from ui import ops
from ui.forms import Form, write_widget
from ui.step_editor.common import (
    NOTE_STYLE,
    ServiceSubTab,
    ServiceView,
    action_button,
    compact,
    footer_label,
)

OTHER_FIELDS = ("other_provider_name", "other_provider_address", "other_provider_city", "other_provider_state", "other_provider_zip")


class ProviderTab(ServiceSubTab):
    def __init__(self, session, service_id: str, parent=None, view: ServiceView | None = None):
        super().__init__(session, service_id, parent, view)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Pick who provides this step/service. A provider is required before group attendance."))
        intro.setStyleSheet(NOTE_STYLE)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.kinds = QButtonGroup(self)
        self.default = QRadioButton(self.tr("Default: %s") % self._own_provider())
        self.listed = QRadioButton(self.tr("A listed provider"))
        self.other = QRadioButton(self.tr("Other provider"))
        for button, kind in ((self.default, "default"), (self.listed, "listed"), (self.other, "other")):
            button.setProperty("kind", kind)
            button.setAccessibleName(button.text())
            self.kinds.addButton(button)
        layout.addWidget(self.default)
        layout.addWidget(self.listed)
        self.form_listed = Form()
        self.provider = QComboBox()
        for provider in plan_services.list_providers(self.ctx):
            address = ", ".join(filter(None, [provider.address, provider.city, f"{provider.state} {provider.zip}".strip()]))
            self.provider.addItem(f"{provider.name} – {address}" if address else provider.name, provider.id)
        if not self.provider.count():
            self.provider.addItem(self.tr("No listed providers yet"), "")
        self.form_listed.add("provider_id", self.tr("Provider*"), self.provider)
        layout.addWidget(self.form_listed)
        layout.addWidget(self.other)
        self.form_other = Form()
        for field, label in zip(OTHER_FIELDS, (self.tr("Name*"), self.tr("Address*"), self.tr("City*"), self.tr("State*"), self.tr("ZIP*"))):
            edit = self.form_other.add(field, label, QLineEdit())
            if field not in ("other_provider_state", "other_provider_zip"):
                edit.setMinimumWidth(280)
        self.form_other.widgets["other_provider_state"].setMaxLength(2)
        self.form_other.widgets["other_provider_state"].setMaximumWidth(60)
        self.form_other.widgets["other_provider_zip"].setMaxLength(10)
        self.form_other.widgets["other_provider_zip"].setMaximumWidth(120)
        compact(self.form_other, 480)
        compact(self.form_listed, 560)
        layout.addWidget(self.form_other)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        self.footer = footer_label()
        bottom.addWidget(self.footer, 1)
        self.save_button = action_button(self, self.tr("&Update provider"), self.tr("Save the service provider"), self.save)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.kinds.buttonToggled.connect(lambda *_: self._kind_changed())
        self.reload()

    def _own_provider(self) -> str:
        participant = participants.get_participant(self.ctx, self.participant_id)
        org = next((o for o in users.list_organizations(self.ctx) if o.id == participant.organization_id), None)
        return org.name if org else self.tr("the participant's provider")

    def kind(self) -> str:
        checked = self.kinds.checkedButton()
        return checked.property("kind") if checked else "default"

    def reload(self) -> None:
        service = self.view.service
        {"listed": self.listed, "other": self.other}.get(service.provider_kind, self.default).setChecked(True)
        write_widget(self.provider, service.provider_id or "")
        self.form_other.set_values({f: getattr(service, f) for f in OTHER_FIELDS})
        self.form_listed.clear_errors()
        self.form_other.clear_errors()
        self._kind_changed()
        self.footer.setText(self.view.footer)
        self.mark_saved()

    def shown_values(self) -> tuple:
        return self.kind(), self.form_listed.shown_values(), self.form_other.shown_values()

    def unsaved_changes(self) -> str:
        return self.tr("The Service Provider sub-tab has unsaved changes.") if self.typed_since_saved() else ""

    def save_unsaved(self) -> bool:
        return self.save()

    def _kind_changed(self) -> None:
        self.form_listed.setEnabled(self.kind() == "listed")
        self.form_other.setEnabled(self.kind() == "other")

    def values(self) -> dict:
        kind = self.kind()
        values = {"provider_kind": kind, "provider_id": (self.provider.currentData() or None) if kind == "listed" else None}
        if kind == "other":
            values.update(self.form_other.values())
        return values

    def save(self):
        self.form_listed.clear_errors()
        self.form_other.clear_errors()
        try:
            values = self.values()
        except ValidationError as error:
            self._show_errors(error)
            return ops.REFUSED
        return self.write(plan_services.update_service, self.service_id, on_invalid=self._show_errors, **values)

    def _show_errors(self, error: ValidationError) -> None:
        self.form_listed.show_errors(ValidationError([p for p in error.problems if p.field in self.form_listed.widgets]))
        self.form_other.show_errors(ValidationError([p for p in error.problems if p.field not in self.form_listed.widgets]))
