"""Dollar Value sub-tab (seed 001): payments of a support service with their running total.

Only a Started/Open service with a goal takes payments; the reason shown when it does not is the
rule's own message (`app.rules.plan.check_support_payment`), so screen and service agree."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app import domain
from app.derive import payment_total
from app.errors import ValidationError
from app.rules.plan import check_support_payment
from app.services import plan_services
from ui import ops
from ui.forms import DateField, Form, combo
from ui.step_editor.common import (
    NOTE_STYLE,
    ServiceSubTab,
    ServiceView,
    action_button,
    compact,
)
from ui.widgets.row_table import Column, RowTableModel, row_at, table_view

FIELDS = ("service_type", "subtype", "payment_method", "payment_date", "unit_amount", "quantity", "fund_source")
FUND_SOURCES = ("WIOA Adult", "WIOA Dislocated Worker", "WIOA Youth", "SNAP E&T", "Other")


def money(value: float) -> str:
    return f"${value:,.2f}"


def blocked_reasons(status: str, has_goal: bool) -> list[str]:
    """Why this service cannot take a payment, in the rule's words (empty when it can)."""
    try:
        check_support_payment({}, service_status=status, service_has_goal=has_goal)
    except ValidationError as error:
        return error.for_field("plan_service_id")
    return []


class DollarValueTab(ServiceSubTab):
    def __init__(self, session, service_id: str, parent=None, view: ServiceView | None = None):
        super().__init__(session, service_id, parent, view)
        layout = QVBoxLayout(self)
        self.blocked = QLabel()
        self.blocked.setStyleSheet(NOTE_STYLE)
        self.blocked.setWordWrap(True)
        self.blocked.setAccessibleName(self.tr("Why payments are unavailable"))
        layout.addWidget(self.blocked)
        self.model = RowTableModel([
            Column(self.tr("Type"), lambda r: r[0].service_type),
            Column(self.tr("Subtype"), lambda r: r[0].subtype),
            Column(self.tr("Method"), lambda r: r[0].payment_method, label=True),
            Column(self.tr("Date"), lambda r: f"{r[0].payment_date:%m/%d/%Y}"),
            Column(self.tr("Unit amount"), lambda r: money(r[0].unit_amount), numeric=True),
            Column(self.tr("Quantity"), lambda r: f"{r[0].quantity:g}", numeric=True),
            Column(self.tr("Total"), lambda r: money(r[1]), numeric=True),
            Column(self.tr("Running total"), lambda r: money(r[2]), numeric=True),
            Column(self.tr("Fund source"), lambda r: r[0].fund_source),
        ], self)
        self.table = table_view(self.model, self.tr("Payments"), sortable=False)
        layout.addWidget(self.table, 1)
        self.editing_id = None  # the payment loaded into the form by Edit (seed 001: Edit/Delete beside each)
        corrections = QHBoxLayout()
        corrections.addStretch(1)
        self.edit_button, self.remove_button = QPushButton(self.tr("Edit payment")), QPushButton(self.tr("Remove payment"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        corrections.addWidget(self.edit_button)
        corrections.addWidget(self.remove_button)
        layout.addLayout(corrections)
        self.current_total = QLabel()
        self.current_total.setAccessibleName(self.tr("Current total"))
        layout.addWidget(self.current_total)
        self.add_box = QGroupBox(self.tr("Add payment"))
        box = QVBoxLayout(self.add_box)
        self.form = Form()
        row = self.view.row
        self.form.add("service_type", self.tr("Service type*"), QLineEdit(row.support_kind or row.name))
        self.form.add("subtype", self.tr("Subtype"), QLineEdit())
        self.form.add("payment_method", self.tr("Payment method*"), combo([(self.tr("— choose —"), "")] + list(domain.PAYMENT_METHODS)))
        self.form.add("payment_date", self.tr("Payment date*"), DateField())
        amount = QDoubleSpinBox()
        amount.setRange(0, 100000)
        amount.setDecimals(2)
        amount.setPrefix("$")
        self.form.add("unit_amount", self.tr("Unit amount*"), amount)
        quantity = QDoubleSpinBox()
        quantity.setRange(0, 10000)
        quantity.setDecimals(0)
        quantity.setValue(1)
        self.form.add("quantity", self.tr("Quantity*"), quantity)
        self.form.add("fund_source", self.tr("Fund source"), combo([""] + list(FUND_SOURCES)))
        self.form.widgets["payment_date"].set_value(dt.date.today())
        compact(self.form)
        box.addWidget(self.form)
        bottom = QHBoxLayout()
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Payment total"))
        bottom.addWidget(self.preview, 1)
        self.add_button = action_button(self, self.tr("Add pa&yment"), self.tr("Record this payment"), self.add_payment)
        bottom.addWidget(self.add_button)
        box.addLayout(bottom)
        layout.addWidget(self.add_box)
        amount.valueChanged.connect(self._preview)
        quantity.valueChanged.connect(self._preview)
        self.reload()
        self.mark_saved()  # the form starts with its defaults; reload() leaves a typed payment alone

    def shown_values(self) -> dict:
        return self.form.shown_values()

    def unsaved_changes(self) -> str:
        return self.tr("The payment typed on the Dollar Value sub-tab is not added yet.") if self.typed_since_saved() else ""

    def save_unsaved(self):
        return self.add_payment()

    def _preview(self) -> None:
        total = payment_total(self.form.widgets["unit_amount"].value(), self.form.widgets["quantity"].value())
        self.preview.setText(self.tr("Total for this payment: %s") % money(total))

    def reload(self) -> None:
        service = self.view.service
        reasons = blocked_reasons(service.status, bool(service.goal_id))
        self.blocked.setText("\n".join(reasons))
        self.blocked.setVisible(bool(reasons))
        self.add_box.setEnabled(not reasons)
        self.add_button.action.setEnabled(not reasons)
        rows = plan_services.list_payments(self.ctx, self.service_id)
        self.model.set_rows(rows)
        self.current_total.setText(self.tr("Current total: %s") % money(rows[-1][2] if rows else 0.0))
        self.current_total.setStyleSheet("font-weight: bold;")
        self._preview()

    def _selected(self):
        index = self.table.currentIndex()
        return row_at(index)[0] if index.isValid() else None

    def edit_selected(self) -> None:
        """Load the chosen payment into the form; the add button then saves the correction."""
        payment = self._selected()
        if payment is None:
            return
        self.editing_id = payment.id
        self.form.set_values({f: getattr(payment, f) for f in FIELDS})
        self.add_box.setTitle(self.tr("Edit payment of {date}").format(date=f"{payment.payment_date:%m/%d/%Y}"))
        self.add_box.setEnabled(True)
        self.add_button.action.setEnabled(True)
        self.add_button.setText(self.tr("Save pa&yment"))

    def remove_selected(self, confirmed: bool = False) -> bool:
        from PySide6.QtWidgets import QMessageBox

        payment = self._selected()
        if payment is None:
            return False
        if not confirmed and QMessageBox.question(self, self.tr("Remove payment"), self.tr("Remove the payment of %1?").replace(
                "%1", f"{payment.payment_date:%m/%d/%Y}")) != QMessageBox.StandardButton.Yes:
            return False
        return self.write(plan_services.remove_payment, payment.id, form=self.form)

    def add_payment(self):
        self.form.clear_errors()
        try:
            values = self.form.values(list(FIELDS))
        except ValidationError as error:
            self.form.show_errors(error)
            return ops.REFUSED
        if self.editing_id:
            return self.write(plan_services.update_payment, self.editing_id, form=self.form, **values)
        return self.write(plan_services.add_payment, self.service_id, form=self.form, **values)

    def after_save(self) -> None:
        if self.editing_id:
            self.editing_id = None
            self.add_box.setTitle(self.tr("Add payment"))
            self.add_button.setText(self.tr("Add pa&yment"))
        self.form.set_values({"subtype": "", "unit_amount": 0, "quantity": 1})
        self.mark_saved()
        super().after_save()
