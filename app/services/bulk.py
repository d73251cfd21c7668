"""Customer Services Report (seed 001): step/service × status counts, drill-down, and bulk updates.

A cohort working through the same steps gets the same dates: the caseworker drills into a cell, sets
status, dates and weekly hours for many participants at once (or in a spreadsheet) and saves. Every
row is validated before anything is written, and everything is saved in ONE transaction.
"""
from __future__ import annotations

from app.i18n import _
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from app import domain
from app.errors import FieldError, Problems, ValidationError
from app.rules.values import parse_us_date
from app.scope import participant_clause, require_staff
from app.services import plan_services
from app.services.common import load_owned, merged
from db.models import CatalogItem, Participant, PlanService

EDITABLE = ("status", "planned_start", "planned_due", "weekly_hours", "completion_date")


@dataclass(frozen=True)
class ServicesFilter:
    program: str = ""
    service_type: str = ""
    organization_id: str = ""
    provider_id: str = ""
    start_from: dt.date | None = None
    start_to: dt.date | None = None
    enrollment_status: str = ""

    def check(self) -> None:
        if self.start_from and self.start_to and self.start_to < self.start_from:
            raise ValidationError([FieldError("start_to", _("Start date end range cannot be before the start date begin range."))])


@dataclass(frozen=True)
class MatrixRow:
    catalog_item_id: str
    code: str
    name: str
    service_type: str
    counts: dict[str, int]
    with_step: int
    without_step: int


@dataclass(frozen=True)
class DrillRow:
    service_id: str
    participant_id: str
    last_name: str
    first_name: str
    step: str
    status: str
    planned_start: dt.date | None
    completion_date: dt.date | None
    planned_due: dt.date | None
    weekly_hours: float


def _people(ctx, f: ServicesFilter):
    query = select(Participant.id).where(~Participant.deleted, participant_clause(ctx.user))
    if f.program:
        query = query.where(Participant.program == f.program)
    if f.organization_id:
        query = query.where(Participant.organization_id == f.organization_id)
    if f.enrollment_status:
        query = query.where(Participant.enrollment_status == f.enrollment_status)
    return query


def _services(ctx, f: ServicesFilter, *columns):
    query = (
        select(*columns)
        .join(CatalogItem, CatalogItem.id == PlanService.catalog_item_id)
        .join(Participant, Participant.id == PlanService.participant_id)
        .where(~PlanService.deleted, PlanService.participant_id.in_(_people(ctx, f).scalar_subquery()))
    )
    if f.service_type:
        query = query.where(CatalogItem.service_type == f.service_type)
    if f.provider_id:
        query = query.where(PlanService.provider_id == f.provider_id)
    if f.start_from:
        query = query.where(PlanService.planned_start >= f.start_from)
    if f.start_to:
        query = query.where(PlanService.planned_start <= f.start_to)
    return query


def services_matrix(ctx, f: ServicesFilter | None = None) -> list[MatrixRow]:
    """One row per step/service in use: counts by status, and customers with / without the step."""
    f = f or ServicesFilter()
    f.check()
    with ctx.read() as s:
        people = s.scalar(select(func.count()).select_from(_people(ctx, f).subquery()))
        rows = s.execute(
            _services(ctx, f, CatalogItem.id, CatalogItem.code, CatalogItem.name, CatalogItem.service_type, PlanService.status,
                      func.count(), func.count(PlanService.participant_id.distinct()))
            .group_by(CatalogItem.id, PlanService.status)
        ).all()
        distinct = dict(s.execute(_services(ctx, f, CatalogItem.id, func.count(PlanService.participant_id.distinct())).group_by(CatalogItem.id)).all())
    items, counts = {}, defaultdict(Counter)
    for item_id, code, name, service_type, status, n, _participants in rows:
        items[item_id] = (code, name, service_type)
        counts[item_id][status] += n
    return sorted(
        (MatrixRow(i, *items[i], {st: counts[i][st] for st in domain.SERVICE_STATUSES}, distinct[i], people - distinct[i]) for i in items),
        key=lambda r: (r.service_type, r.name),
    )


def drill(ctx, f: ServicesFilter | None, catalog_item_id: str, status: str | None = None) -> list[DrillRow]:
    """The participants behind one cell of the matrix (all statuses when `status` is None)."""
    query = _services(ctx, f or ServicesFilter(), PlanService, Participant.last_name, Participant.first_name, CatalogItem.name).where(
        CatalogItem.id == catalog_item_id)
    if status:
        query = query.where(PlanService.status == status)
    with ctx.read() as s:
        rows = s.execute(query.order_by(Participant.last_name, Participant.first_name)).all()
    return [DrillRow(ps.id, ps.participant_id, last, first, name, ps.status, ps.planned_start, ps.completion_date, ps.planned_due, ps.weekly_hours)
            for ps, last, first, name in rows]


def _with_rule(values: dict) -> dict:
    """Evaluated/Not Required: the due date is the start date and 0 weekly hours (seed 001)."""
    if values.get("status") == domain.EVALUATED:
        values = {**values, "weekly_hours": 0.0}
        if values.get("planned_start"):
            values["planned_due"] = values["planned_start"]
    return values


def save_rows(ctx, rows: list[dict], row_numbers: list[int] | None = None) -> int:
    """`rows`: {"service_id", and any of status, planned_start, planned_due, weekly_hours, completion_date}.

    Every row is checked first; one ValidationError lists "Row n: …" for each bad row and nothing is
    written. Then all rows are saved in one transaction. Returns the number of services changed.
    """
    require_staff(ctx.user)
    changes = check_rows(ctx, rows, row_numbers)
    with ctx.batch():
        for service_id, values in changes:
            plan_services.update_service(ctx, service_id, **values)
    return len(changes)


def check_rows(ctx, rows: list[dict], row_numbers: list[int] | None = None) -> list[tuple[str, dict]]:
    """Validate every row (as it would be after the change); (service id, changes) or ValidationError."""
    numbers = row_numbers or list(range(1, len(rows) + 1))
    problems, changes = Problems(), []
    with ctx.read() as s:
        for number, row in zip(numbers, rows):
            values = {k: v for k, v in row.items() if k in EDITABLE and v is not None}
            try:
                service = load_owned(s, ctx.user, PlanService, row.get("service_id") or "")
            except Exception:  # noqa: BLE001 - NotFound: outside the caseload or removed
                problems.add(f"rows[{number}]", _("Row {number}: this step/service is not in your caseload (it may have been removed).").format(number=number))
                continue
            values = _with_rule(merged(service, values) | values) if values.get("status") == domain.EVALUATED else values
            values = {k: v for k, v in values.items() if k in EDITABLE}
            try:
                plan_services._check(s, merged(service, values), service.participant_id, service.id)
            except ValidationError as error:
                for p in error.problems:
                    problems.add(f"rows[{number}].{p.field}", _("Row {number}: {message}").format(number=number, message=p.message))
                continue
            changes.append((service.id, values))
    problems.raise_if_any()
    return changes


def bulk_update(ctx, service_ids: list[str], *, status: str | None = None, planned_start: dt.date | None = None,
                planned_due: dt.date | None = None, weekly_hours: float | None = None, completion_date: dt.date | None = None) -> int:
    """The same values for every selected service (blank values keep what each service has)."""
    values = {k: v for k, v in dict(status=status, planned_start=planned_start, planned_due=planned_due, weekly_hours=weekly_hours,
                                    completion_date=completion_date).items() if v is not None}
    if not service_ids:
        raise ValidationError([FieldError("service_ids", _("Select at least one participant's step/service."))])
    if not values:
        raise ValidationError([FieldError("status", _("Set at least one of status, start date, planned due date or weekly hours."))])
    return save_rows(ctx, [{"service_id": sid, **values} for sid in service_ids])


# -- the drilled list as a spreadsheet --------------------------------------------------------------
SHEET_HEADER = ["Service ID", "Last Name", "First Name", "Step/Service", "Status", "Start Date", "End Date", "Planned Due Date", "Weekly Hours"]


def export_rows(rows: list[DrillRow], path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    ws = book.active
    ws.title = "Services"
    ws.append(SHEET_HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append([r.service_id, r.last_name, r.first_name, r.step, r.status, r.planned_start, r.completion_date, r.planned_due, r.weekly_hours])
    for row in ws.iter_rows(min_row=2, min_col=6, max_col=8):
        for cell in row:
            cell.number_format = "mm/dd/yyyy"
    statuses = DataValidation(type="list", formula1='"' + ",".join(domain.SERVICE_STATUSES) + '"', allow_blank=False)
    ws.add_data_validation(statuses)
    statuses.add(f"E2:E{max(len(rows) + 1, 2)}")
    for letter, width in zip("ABCDEFGHI", (12, 18, 16, 40, 24, 12, 12, 16, 12)):
        ws.column_dimensions[letter].width = width
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = "B2"
    from app.reports import sheet_files

    with sheet_files.beside(path):
        book.save(path)


def import_rows(ctx, path) -> int:
    """Read a sheet made by `export_rows` (edited in Excel), validate every row, save all or nothing."""
    from openpyxl import load_workbook

    try:
        ws = load_workbook(path, read_only=True, data_only=True).worksheets[0]
    except Exception as exc:  # noqa: BLE001 - not a workbook at all
        raise ValidationError([FieldError("file", _("The file cannot be read as an Excel workbook ({__name__}).").format(__name__=type(exc).__name__))]) from None
    rows = ws.iter_rows(values_only=True)
    header = [str(h or "").strip() for h in next(rows, [])]
    missing = [h for h in SHEET_HEADER if h not in header]
    if missing:
        raise ValidationError([FieldError("file", _("The sheet lacks the column(s): {join}.").format(join=', '.join(missing)))])
    at = {h: header.index(h) for h in SHEET_HEADER}
    problems, parsed, numbers = Problems(), [], []
    for number, cells in enumerate(rows, start=2):
        if not any(c not in (None, "") for c in cells):
            continue
        cell = lambda name: cells[at[name]] if at[name] < len(cells) else None  # noqa: E731
        row_problems = Problems()
        status = str(cell("Status") or "").strip()
        if status not in domain.SERVICE_STATUSES:
            row_problems.add("status", _("Status must be one of: {join} (got “{status}”).").format(join=', '.join(domain.SERVICE_STATUSES), status=status))
        values = {"service_id": str(cell("Service ID") or "").strip(), "status": status}
        for field, name in (("planned_start", "Start Date"), ("completion_date", "End Date"), ("planned_due", "Planned Due Date")):
            raw = cell(name)
            values[field] = parse_us_date(raw.date() if isinstance(raw, dt.datetime) else raw, field, name, row_problems)
        hours = cell("Weekly Hours")
        try:
            values["weekly_hours"] = float(hours) if hours not in (None, "") else None
        except (TypeError, ValueError):
            row_problems.add("weekly_hours", _("Weekly Hours must be a number (got “{hours}”).").format(hours=hours))
        for p in row_problems.items:
            problems.add(f"rows[{number}].{p.field}", _("Row {number}: {message}").format(number=number, message=p.message))
        if not row_problems:
            parsed.append(values)
            numbers.append(number)
    if problems:
        try:  # report the rule problems of the other rows too
            check_rows(ctx, parsed, numbers)
        except ValidationError as error:
            problems.items.extend(error.problems)
        problems.items.sort(key=lambda p: int(p.message.split()[1].rstrip(":")))
        problems.raise_if_any()
    return save_rows(ctx, parsed, numbers)
