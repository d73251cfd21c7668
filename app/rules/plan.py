"""Rules of goals, steps/services, support payments and case notes (DOMAIN.md, tabs 2 and 3)."""
from __future__ import annotations

from app.i18n import N_, _
import datetime as dt

from app import domain
from app.errors import Problems
from app.rules.values import date_or_problem, is_blank, is_state_code, is_zip, number_or_problem


def check_goal(goal: dict) -> None:
    problems = Problems()
    statement = goal.get("statement")
    statement = statement.strip() if isinstance(statement, str) else statement
    if statement is not None and not isinstance(statement, str):
        problems.add("statement", _("Goal statement must be text."))
    elif not statement:
        problems.add("statement", _("Goal statement is required."))
    elif len(statement) > domain.GOAL_STATEMENT_MAX:
        problems.add(
            "statement",
            _("Goal statement must be at most {GOAL_STATEMENT_MAX} characters (it has {count}).").format(GOAL_STATEMENT_MAX=domain.GOAL_STATEMENT_MAX, count=len(statement)),
        )
    if goal.get("category") not in domain.GOAL_CATEGORIES:
        problems.add("category", _("Category is required: choose one from the list."))
    if goal.get("term") not in domain.GOAL_TERMS:
        problems.add("term", _("Term must be Short Term or Long Term."))
    if goal.get("status") not in domain.GOAL_STATUSES:
        problems.add("status", _("Status must be Not Started, On Track, Off Track or Complete."))
    problems.raise_if_any()


def check_plan_service(service: dict, *, other_open_of_kind: int = 0, support_kind: str = "") -> None:
    """Status sub-tab and Service Provider sub-tab of a step/service (seed 001)."""
    problems = Problems()
    status = service.get("status")
    start = date_or_problem(service.get("planned_start"), "planned_start", "Planned start date", problems)
    due = date_or_problem(service.get("planned_due"), "planned_due", "Planned due date", problems)
    hours = number_or_problem(service.get("weekly_hours"), "weekly_hours", "Weekly hours", problems)
    mistyped = {p.field for p in problems.items}
    if is_blank(service.get("goal_id")):
        problems.add("goal_id", _("Goal is required: assign the step/service to one of the plan's goals."))
    if status not in domain.SERVICE_STATUSES:
        problems.add("status", _("Status is required: choose one from the list."))
    if start is None and "planned_start" not in mistyped:
        problems.add("planned_start", _("Planned start date is required."))
    if due is None and "planned_due" not in mistyped:
        problems.add("planned_due", _("Planned due date is required."))
    if start and due and due < start:
        problems.add("planned_due", _("Planned due date cannot be before the planned start date."))
    if hours is None:
        if "weekly_hours" not in mistyped:
            problems.add("weekly_hours", _("Weekly hours are required."))
    elif not 0 <= hours <= 168:
        problems.add("weekly_hours", _("Weekly hours must be between 0 and 168."))
    completion = date_or_problem(service.get("completion_date"), "completion_date", "Completion date", problems)
    if status in domain.COMPLETION_STATUSES and completion is None and "completion_date" not in problems.fields():
        problems.add("completion_date", _("Completion date is required when the status is {status}.").format(status=status))
    if completion and start and completion < start:
        problems.add("completion_date", _("Completion date cannot be before the planned start date."))
    if completion and completion > dt.date.today():
        problems.add("completion_date", _("Completion date cannot be in the future."))
    if status == domain.EVALUATED:
        if start and due and start != due:
            problems.add("planned_due", _("Evaluated/Not Required: the planned due date must equal the start date."))
        if hours:
            problems.add("weekly_hours", _("Evaluated/Not Required: weekly hours must be 0."))
    if status == domain.STARTED and support_kind and other_open_of_kind:
        problems.add("status", _("Only one {support_kind} support service may be open at a time; close the other first.").format(support_kind=support_kind))
    _check_provider(service, problems)
    problems.raise_if_any()


def _check_provider(service: dict, problems: Problems) -> None:
    kind = service.get("provider_kind") or "default"
    if kind not in domain.PROVIDER_KINDS:
        problems.add("provider_kind", _("Provider must be the default, a listed provider, or other."))
    elif kind == "listed" and is_blank(service.get("provider_id")):
        problems.add("provider_id", _("Choose the listed provider."))
    elif kind == "other":
        for field, label in (
            ("other_provider_name", N_("Provider name")),
            ("other_provider_address", N_("Provider address")),
            ("other_provider_city", N_("Provider city")),
            ("other_provider_state", N_("Provider state")),
            ("other_provider_zip", N_("Provider ZIP")),
        ):
            if is_blank(service.get(field)):
                problems.add(field, _("{label} is required for an other provider.").format(label=_(label)))
        state = service.get("other_provider_state") or ""
        if state and not is_state_code(state):
            problems.add("other_provider_state", _("Provider state must be a two-letter code such as IL."))
        zip_code = service.get("other_provider_zip") or ""
        if zip_code and not is_zip(zip_code):
            problems.add("other_provider_zip", _("Provider ZIP must be 5 digits (or ZIP+4)."))


def check_support_payment(payment: dict, *, service_status: str, service_has_goal: bool) -> None:
    """Dollar Value sub-tab: only on a Started/Open service that has a goal."""
    problems = Problems()
    if service_status != domain.STARTED:
        problems.add("plan_service_id", _("A dollar value can only be recorded on a Started/Open service."))
    if not service_has_goal:
        problems.add("plan_service_id", _("A dollar value needs the service to be assigned to a goal."))
    if is_blank(payment.get("service_type")):
        problems.add("service_type", _("Service type is required."))
    if payment.get("payment_method") not in domain.PAYMENT_METHODS:
        problems.add("payment_method", _("Payment method is required: choose one from the list."))
    if payment.get("payment_date") is None:
        problems.add("payment_date", _("Payment date is required."))
    amount = number_or_problem(payment.get("unit_amount"), "unit_amount", "Unit amount", problems)
    quantity = number_or_problem(payment.get("quantity"), "quantity", "Quantity", problems)
    if amount is not None and amount <= 0 or amount is None and "unit_amount" not in problems.fields():
        problems.add("unit_amount", _("Unit amount must be more than $0."))
    if quantity is not None and quantity <= 0 or quantity is None and "quantity" not in problems.fields():
        problems.add("quantity", _("Quantity must be more than 0."))
    problems.raise_if_any()


def check_case_note(note: dict) -> None:
    problems = Problems()
    contact = date_or_problem(note.get("contact_date"), "contact_date", "Contact date", problems)
    if contact is None and "contact_date" not in problems.fields():
        problems.add("contact_date", _("Contact date is required."))
    elif contact is not None and contact > dt.date.today():
        problems.add("contact_date", _("Contact date cannot be in the future."))
    if is_blank(note.get("subject")):
        problems.add("subject", _("Subject is required."))
    if note.get("delivery") not in domain.NOTE_DELIVERIES:
        problems.add("delivery", _("Choose how the note is sent: saved only, message, or message and email."))
    problems.raise_if_any()
