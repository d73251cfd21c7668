"""`fieldplan print-plan` and `fieldplan export-caseload`: the same reports the window makes."""
from __future__ import annotations

import sys
from pathlib import Path


def _date(text: str | None, label: str):
    from app.errors import Problems
    from app.rules.values import parse_us_date

    problems = Problems()
    value = parse_us_date(text, label.lower().replace(" ", "_"), label, problems)
    problems.raise_if_any()
    return value


def _pick(ctx, kind: str, ref: str | None) -> str | None:
    """An organization or region by id or by its exact name (case-insensitive)."""
    from app.errors import NotFound
    from app.services import users

    if not ref:
        return None
    rows = users.list_organizations(ctx) if kind == "organization" else users.list_regions(ctx)
    for row in rows:
        if ref == row.id or ref.casefold() == row.name.casefold():
            if kind == "region" and ctx.user.role in ("program_manager", "caseworker") and row.id != ctx.user.region_id:
                from app.errors import NotAllowed

                raise NotAllowed(f"{row.name} is outside your region: you can export only the caseload you can see.")
            return row.id
    raise NotFound(f"No {kind} “{ref}” in your scope.")


def cmd_print_plan(args) -> int:
    from app.cli import resolve_participant, sign_in
    from app.reports.plan_pdf import plan_pdf

    ctx = sign_in(args)
    pid = resolve_participant(ctx, args.participant)
    from app.services.messages import customer_copy_printed

    data = plan_pdf(ctx, pid)
    Path(args.out).write_bytes(data)
    customer_copy_printed(ctx, pid, data)
    print(f"Wrote the customer copy to {args.out} ({len(data) // 1024} KB).")
    return 0


def cmd_export_caseload(args) -> int:
    from app.cli import CliError, _progress, sign_in
    from app.reports.caseload_data import CaseloadFilter
    from app.reports.caseload_xlsx import export_caseload

    if bool(args.date_from) != bool(args.date_to):
        raise CliError("give both --from and --to, or neither.", 2)
    date_from, date_to = _date(args.date_from, "From date"), _date(args.date_to, "To date")
    ctx = sign_in(args)
    filters = CaseloadFilter(organization_id=_pick(ctx, "organization", args.organization), region_id=_pick(ctx, "region", args.region),
                             planner_username=args.planner, date_from=date_from, date_to=date_to)
    count = export_caseload(ctx, Path(args.out), filters, progress=_progress if sys.stderr.isatty() else None)
    print(f"Exported {count} participants to {args.out}.")
    return 0


def register(sub, common) -> None:
    from app.cli import output_file

    p = sub.add_parser("print-plan", parents=[common], help="print a participant's plan (customer copy) to a PDF")
    p.add_argument("participant", help="id, individual number or a name that matches one participant")
    p.add_argument("--out", required=True, type=output_file, help="the PDF file to write")
    p.set_defaults(func=cmd_print_plan)
    p = sub.add_parser("export-caseload", parents=[common], help="export the Excel caseload summary")
    p.add_argument("--out", required=True, type=output_file, help="the .xlsx file to write")
    p.add_argument("--organization", help="organization id or name")
    p.add_argument("--region", help="region id or name")
    p.add_argument("--planner", help="career planner's user name")
    p.add_argument("--from", dest="date_from", metavar="MM/DD/YYYY", help="start of the date range")
    p.add_argument("--to", dest="date_to", metavar="MM/DD/YYYY", help="end of the date range")
    p.set_defaults(func=cmd_export_caseload)
