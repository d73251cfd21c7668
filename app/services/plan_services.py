"""3. Add Steps/Services: steps from the catalog assigned to goals, and their Dollar Value payments."""
from __future__ import annotations

from app.i18n import _
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from app import domain
from app.derive import payment_total
from app.errors import FieldError, ValidationError
from app.rules.plan import check_plan_service, check_support_payment
from app.rules.values import normalise_state_zip
from app.scope import require_staff, visible_participant
from app.services.common import load_owned, merged, reject_unknown, strip_text
from db.models import CatalogItem, Goal, PlanService, Provider, SupportPayment, User

SERVICE_DEFAULTS = {"status": domain.PLANNED, "weekly_hours": 0.0, "provider_kind": "default"}


def _open_of_kind(session, participant_id: str, support_kind: str, except_id: str | None = None) -> int:
    if not support_kind:
        return 0
    query = (
        select(func.count())
        .select_from(PlanService)
        .join(CatalogItem, CatalogItem.id == PlanService.catalog_item_id)
        .where(
            PlanService.participant_id == participant_id,
            ~PlanService.deleted,
            PlanService.status == domain.STARTED,
            CatalogItem.support_kind == support_kind,
        )
    )
    if except_id:
        query = query.where(PlanService.id != except_id)
    return session.scalar(query)


def _check(session, record: dict, participant_id: str, service_id: str | None = None) -> CatalogItem:
    item = session.get(CatalogItem, record.get("catalog_item_id") or "")
    if item is None:
        raise ValidationError([FieldError("catalog_item_id", _("Choose a step/service from the catalog."))])
    goal_id = record.get("goal_id")
    if goal_id:
        goal = session.get(Goal, goal_id)
        if goal is None or goal.deleted or goal.participant_id != participant_id:
            raise ValidationError([FieldError("goal_id", _("Goal must be one of this participant's goals."))])
    check_plan_service(
        record,
        other_open_of_kind=_open_of_kind(session, participant_id, item.support_kind, service_id),
        support_kind=item.support_kind,
    )
    if service_id and item.placement and record.get("status") == domain.EVALUATED:
        _no_open_placement(session, service_id)
    return item


def _no_open_placement(session, service_id: str) -> None:
    """A worksite step with a Started (Open) placement is not "not required": the participant is at work."""
    from db.models import Employer, Job, Placement, Worksite

    open_one = session.execute(
        select(Job.title, Employer.name).select_from(Placement).join(Job, Job.id == Placement.job_id)
        .join(Worksite, Worksite.id == Job.worksite_id).join(Employer, Employer.id == Worksite.employer_id)
        .where(Placement.plan_service_id == service_id, ~Placement.deleted, Placement.status == "Started (Open)")).first()
    if open_one is not None:
        title, employer = open_one
        raise ValidationError([FieldError("status", _("The worksite placement “{title}” at {employer} is Started (Open): end the placement (successful or unsuccessful completion) before setting this step to Evaluated/Not Required.").format(title=title, employer=employer))])


def add_service(ctx, participant_id: str, catalog_item_id: str, goal_id: str | None, **values) -> PlanService:
    require_staff(ctx.user)
    record = {**SERVICE_DEFAULTS, **strip_text(values), "catalog_item_id": catalog_item_id, "goal_id": goal_id}
    normalise_state_zip(record, "other_provider_state", "other_provider_zip")
    reject_unknown(PlanService, record)
    with ctx.write() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        item = _check(rec.session, record, participant_id)
        service = PlanService(participant_id=participant_id, entered_on=dt.date.today(), **record)
        return rec.add(service, summary=f"Step/service “{item.name}”")


def update_service(ctx, service_id: str, **changes) -> PlanService:
    require_staff(ctx.user)
    changes = normalise_state_zip(strip_text(changes), "other_provider_state", "other_provider_zip")
    reject_unknown(PlanService, changes)
    with ctx.write() as rec:
        service = load_owned(rec.session, ctx.user, PlanService, service_id)
        _check(rec.session, merged(service, changes), service.participant_id, service.id)
        rec.update(service, changes)
        return service


@dataclass(frozen=True)
class ServiceRow:
    id: str
    goal_id: str | None
    goal_statement: str
    catalog_item_id: str
    code: str
    name: str
    service_type: str
    support_kind: str
    placement: bool
    status: str
    planned_start: dt.date | None
    planned_due: dt.date | None
    weekly_hours: float
    completion_date: dt.date | None
    provider: str
    updated_by: str
    updated_at: dt.datetime | None

    @property
    def footer(self) -> str:
        """"Updated by X on date at time" (seed 001)."""
        if not self.updated_at:
            return ""
        return _("Updated by {who} on {date:%m/%d/%Y} at {date:%I:%M %p}").format(who=self.updated_by or _("unknown"), date=self.updated_at)


def list_services(ctx, participant_id: str, goal_id: str | None = None) -> list[ServiceRow]:
    query = (
        select(PlanService, CatalogItem, Goal.statement, Provider.name, User.full_name)
        .join(CatalogItem, CatalogItem.id == PlanService.catalog_item_id)
        .outerjoin(Goal, Goal.id == PlanService.goal_id)
        .outerjoin(Provider, Provider.id == PlanService.provider_id)
        .outerjoin(User, User.id == PlanService.updated_by)
        .where(PlanService.participant_id == participant_id, ~PlanService.deleted)
        .order_by(PlanService.planned_start, PlanService.id)
    )
    if goal_id:
        query = query.where(PlanService.goal_id == goal_id)
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        rows = s.execute(query).all()
    return [
        ServiceRow(
            id=ps.id,
            goal_id=ps.goal_id,
            goal_statement=statement or "",
            catalog_item_id=item.id,
            code=item.code,
            name=item.name,
            service_type=item.service_type,
            support_kind=item.support_kind,
            placement=item.placement,
            status=ps.status,
            planned_start=ps.planned_start,
            planned_due=ps.planned_due,
            weekly_hours=ps.weekly_hours,
            completion_date=ps.completion_date,
            provider=_provider_label(ps, provider_name),
            updated_by=updater or "",
            updated_at=ps.updated_at,
        )
        for ps, item, statement, provider_name, updater in rows
    ]


def _provider_label(service: PlanService, listed_name: str | None) -> str:
    if service.provider_kind == "listed":
        return listed_name or ""
    if service.provider_kind == "other":
        return service.other_provider_name
    return "Participant's provider"


def get_service(ctx, service_id: str) -> PlanService:
    with ctx.read() as s:
        return load_owned(s, ctx.user, PlanService, service_id)


def list_providers(ctx) -> list[Provider]:
    with ctx.read() as s:
        return list(s.scalars(select(Provider).where(~Provider.deleted).order_by(Provider.name)))


# -- Dollar Value ---------------------------------------------------------------------------------
PAYMENT_FIELDS = {"service_type", "subtype", "payment_method", "payment_date", "unit_amount", "quantity", "fund_source"}


def add_payment(ctx, service_id: str, **values) -> SupportPayment:
    require_staff(ctx.user)
    values = strip_text(values)
    reject_unknown(SupportPayment, values, allowed=PAYMENT_FIELDS)
    with ctx.write() as rec:
        service = load_owned(rec.session, ctx.user, PlanService, service_id)
        check_support_payment(values, service_status=service.status, service_has_goal=bool(service.goal_id))
        payment = SupportPayment(participant_id=service.participant_id, plan_service_id=service.id, **values)
        total = payment_total(values["unit_amount"], values["quantity"])
        return rec.add(payment, summary=f"Payment ${total:,.2f} ({values['service_type']})")


def list_payments(ctx, service_id: str) -> list[tuple[SupportPayment, float, float]]:
    """Each payment with its total and the running total, oldest first."""
    with ctx.read() as s:
        load_owned(s, ctx.user, PlanService, service_id)
        payments = list(
            s.scalars(
                select(SupportPayment)
                .where(SupportPayment.plan_service_id == service_id, ~SupportPayment.deleted)
                .order_by(SupportPayment.payment_date, SupportPayment.id)
            )
        )
    running, rows = 0.0, []
    for payment in payments:
        total = payment_total(payment.unit_amount, payment.quantity)
        running = round(running + total, 2)
        rows.append((payment, total, running))
    return rows


def update_payment(ctx, payment_id: str, **changes) -> SupportPayment:
    """Correct a payment (seed 001 shows Edit beside each); the running total follows, being derived."""
    require_staff(ctx.user)
    changes = strip_text(changes)
    reject_unknown(SupportPayment, changes, allowed=PAYMENT_FIELDS)
    with ctx.write() as rec:
        payment = load_owned(rec.session, ctx.user, SupportPayment, payment_id)
        service = load_owned(rec.session, ctx.user, PlanService, payment.plan_service_id)
        # a payment already made may be corrected after the service closed: only the fields are checked
        check_support_payment(merged(payment, changes), service_status=domain.STARTED, service_has_goal=bool(service.goal_id))
        rec.update(payment, changes)
        return payment


def remove_payment(ctx, payment_id: str) -> None:
    require_staff(ctx.user)
    with ctx.write() as rec:
        payment = load_owned(rec.session, ctx.user, SupportPayment, payment_id)
        total = payment_total(payment.unit_amount, payment.quantity)
        rec.remove(payment, summary=f"${total:,.2f} ({payment.service_type}, {payment.payment_date:%m/%d/%Y})")
