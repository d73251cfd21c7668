"""The participant profile's fields (DOMAIN.md, Participant profile) as two form columns, shared by
intake (ui/dialogs/intake.py) and profile editing (ui/dialogs/profile_edit.py).

Identity and contact on the left; program, organization, career planner, status and the dates on the
right. A ValidationError's problems go beside their field in whichever column holds it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import domain
from app.labels import label as value_label
from app.i18n import LANGUAGES
from app.errors import ValidationError
from app.services import users
from ui.forms import DateField, Form, combo, error_style

#: the fields the dialogs read, in the order of the columns
IDENTITY = ("first_name", "last_name", "preferred_name", "birth_date", "ssn_last4", "individual_number", "username")
CONTACT = ("email", "phone", "address", "city", "state", "zip", "social_media", "language")
PROGRAM = ("program", "organization_id", "planner_id", "enrollment_status", "application_date", "eligibility_date",
           "program_enrollment_date", "recertification_date")


class ProfileFields(QWidget):
    """Every profile field; `values()` reads them (a badly typed date raises ValidationError)."""

    def __init__(self, session, parent=None, *, statuses=("Applicant", "Active")):
        super().__init__(parent)
        self.session = session
        tr = self.tr
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel()
        self.banner.setStyleSheet(error_style())
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(tr("Profile errors"))
        self.banner.hide()
        outer.addWidget(self.banner)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        outer.addLayout(columns)
        self.left, self.right = Form(self, table="participant"), Form(self, table="participant")
        for form in (self.left, self.right):
            form.layout_.setVerticalSpacing(6)
            form.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            # fields grow with their column; without this the left column's line edits shrank to ~30 px
            form.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setMinimumWidth(380)
            columns.addWidget(form, 1)
        add = self.left.add
        add("first_name", tr("Legal first name*"), QLineEdit())
        add("last_name", tr("Legal last name*"), QLineEdit())
        add("preferred_name", tr("Preferred name"), QLineEdit())
        add("birth_date", tr("Date of birth*"), DateField())
        ssn = add("ssn_last4", tr("Last 4 of SSN"), QLineEdit())
        ssn.setMaxLength(4)
        ssn.setPlaceholderText(tr("last 4 digits only"))
        number = add("individual_number", tr("Individual number"), QLineEdit())
        number.setPlaceholderText(tr("the next number when left empty"))
        add("username", tr("User name"), QLineEdit())
        add("email", tr("Email"), QLineEdit())
        add("phone", tr("Phone/text"), QLineEdit()).setPlaceholderText("(217) 555-0142")
        add("address", tr("Street address"), QLineEdit())
        add("city", tr("City"), QLineEdit())
        add("state", tr("State"), QLineEdit()).setMaxLength(2)
        add("zip", tr("ZIP code"), QLineEdit()).setMaxLength(10)
        add("social_media", tr("Social media contact"), QLineEdit())
        add("language", tr("Preferred language"), combo([(name, code) for code, name in LANGUAGES.items()])).setToolTip(
            tr("The language of the customer copy, the signing screen, the messages and the participant's page"))
        add = self.right.add
        add("program", tr("Program*"), combo([(f"{value_label(p)} — {domain.plan_type(p)}", p) for p in domain.PROGRAMS]))
        self.organization = add("organization_id", tr("Organization/provider*"), QComboBox())
        self.planner = add("planner_id", tr("Career planner"), QComboBox())
        add("enrollment_status", tr("Enrollment status*"), combo(list(statuses)))
        add("application_date", tr("Application date*"), DateField())
        add("eligibility_date", tr("Eligibility determination"), DateField())
        add("program_enrollment_date", tr("Program enrollment"), DateField())
        add("recertification_date", tr("Recertification date"), DateField())
        ctx = session.ctx
        for org in users.list_organizations(ctx):
            self.organization.addItem(org.name, org.id)
        self._staff = [u for u in users.list_users(ctx, include_disabled=False) if u.role == "caseworker"]
        self.organization.currentIndexChanged.connect(self._fill_planners)
        self._fill_planners()

    @property
    def widgets(self) -> dict:
        return {**self.left.widgets, **self.right.widgets}

    def _fill_planners(self, *_) -> None:
        """Only the career planners of the chosen organization (the service refuses any other)."""
        chosen = self.planner.currentData()
        org = self.organization.currentData()
        self.planner.clear()
        self.planner.addItem(self.tr("— none yet —"), "")
        for user in self._staff:
            if user.organization_id == org:
                self.planner.addItem(user.full_name, user.id)
        index = self.planner.findData(chosen)
        if index > 0:
            self.planner.setCurrentIndex(index)
        elif self.session.user.role == "caseworker":
            mine = self.planner.findData(self.session.user.id)
            self.planner.setCurrentIndex(max(mine, 0))

    def set_values(self, values: dict) -> None:
        self.right.set_values({k: v for k, v in values.items() if k == "organization_id"})
        self._fill_planners()
        self.left.set_values(values)
        self.right.set_values({k: v for k, v in values.items() if k != "organization_id"})

    def values(self) -> dict:
        problems, values = [], {}
        for form in (self.left, self.right):
            try:
                values.update(form.values())
            except ValidationError as error:
                problems.extend(error.problems)
        if problems:
            raise ValidationError(problems)
        values["planner_id"] = values.get("planner_id") or None
        values["organization_id"] = values.get("organization_id") or None
        return values

    def clear_errors(self) -> None:
        self.banner.hide()
        self.left.clear_errors()
        self.right.clear_errors()

    def show_errors(self, error: ValidationError) -> None:
        """Each problem beside its field, in the column that has it; the others above both columns."""
        self.clear_errors()
        left = [p for p in error.problems if p.field in self.left.widgets]
        right = [p for p in error.problems if p.field in self.right.widgets]
        rest = [p.message for p in error.problems if p.field not in self.left.widgets and p.field not in self.right.widgets]
        if right:
            self.right.show_errors(ValidationError(right))
        if left:
            self.left.show_errors(ValidationError(left))
        if rest:
            self.banner.setText("\n".join(rest))
            self.banner.show()

    def error_text(self, field: str) -> str:
        form = self.left if field in self.left.widgets else self.right
        return form.error_text(field)
