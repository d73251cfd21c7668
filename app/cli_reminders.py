"""`fieldplan reminders`, `fieldplan rubric` and the worksite placement commands.

    fieldplan reminders [--due-within DAYS] [--format table|csv|json]
    fieldplan rubric [--format table|json]
    fieldplan add-employer NAME [--organization ID] [--phone P]
    fieldplan add-worksite EMPLOYER_ID NAME [--address A --city C --state ST --zip Z]
    fieldplan add-job WORKSITE_ID TITLE --wage 16.50 [--openings N] [--occupation O]
    fieldplan jobs
    fieldplan placements PARTICIPANT
    fieldplan add-placement SERVICE_ID JOB_ID --minimum-wage 15 --subsidized-wage 15 --start MM/DD/YYYY --due MM/DD/YYYY ...
    fieldplan review-follow-up PLACEMENT_ID DAYS [--wage W] [--note TEXT] [--not-verified]
"""
from __future__ import annotations

import csv
import json
import sys

from app.cli import sign_in

FIELDS = ("participant_id", "participant_name", "kind", "title", "due_date", "days_overdue", "action", "place")


def cmd_reminders(args) -> int:
    from app.reminders import compute_reminders

    ctx = sign_in(args)
    items = compute_reminders(ctx, due_within=args.due_within)
    rows = [{"participant_id": r.participant_id, "participant_name": r.participant_name, "kind": r.kind, "title": r.title,
             "due_date": r.due_date.isoformat(), "days_overdue": r.days_overdue, "action": r.action,
             "place": "/".join(p for p in r.place if p)} for r in items]
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    else:
        for r in items:
            late = f"{r.days_overdue} d overdue" if r.days_overdue else "due"
            print(f"{r.due_date:%m/%d/%Y}  {late:<14} {r.participant_name[:28]:<28} {r.title[:44]:<44} {r.action}")
        print(f"{len(items)} reminders", file=sys.stderr)
    return 0


def cmd_rubric(args) -> int:
    from app.rubric import CATEGORIES, LEVELS, caseload_counts, rubric_for_caseload

    ctx = sign_in(args)
    rubrics = rubric_for_caseload(ctx)
    counts = caseload_counts(rubrics)
    if args.format == "json":
        print(json.dumps({"caseload": counts, "participants": {pid: {"name": r.participant_name, "overall": r.overall, **r.levels}
                                                                for pid, r in rubrics.items()}}, ensure_ascii=False, indent=1))
        return 0
    print(f"{'Category':<28}" + "".join(f"{level:>9}" for level in LEVELS))
    for category in (*CATEGORIES, "Overall"):
        print(f"{category:<28}" + "".join(f"{counts[category][level]:>9}" for level in LEVELS))
    return 0


def cmd_add_employer(args) -> int:
    from app.services import employers

    print(employers.add_employer(sign_in(args), args.name, organization_id=args.organization, phone=args.phone or "").id)
    return 0


def cmd_add_worksite(args) -> int:
    from app.services import employers

    site = employers.add_worksite(sign_in(args), args.employer, args.name, address=args.address or "", city=args.city or "",
                                  state=args.state or "", zip=args.zip or "")
    print(site.id)
    return 0


def cmd_add_job(args) -> int:
    from app.services import employers

    job = employers.add_job(sign_in(args), args.worksite, args.title, args.wage, openings=args.openings, occupation=args.occupation or "")
    print(job.id)
    return 0


def cmd_jobs(args) -> int:
    from app.services import employers

    for j in employers.list_jobs(sign_in(args)):
        print(f"{j.id}  {j.employer[:24]:<24} {j.worksite[:24]:<24} {j.title[:36]:<36} {j.openings:>3} openings  ${j.hourly_wage:.2f}/h")
    return 0


def cmd_add_placement(args) -> int:
    from app.services import placements

    values = dict(minimum_wage=args.minimum_wage, subsidized_wage=args.subsidized_wage, employer_wage_match=args.employer_match,
                  position_type=args.position_type, status=args.status, start_date=args.start, planned_due=args.due,
                  end_date=args.end, subsidized_start=args.subsidized_start, subsidized_end=args.subsidized_end, weekly_hours=args.weekly_hours)
    if args.hourly_wage is not None:
        values["hourly_wage"] = args.hourly_wage
    print(placements.add_placement(sign_in(args), args.service, args.job, **values).id)
    return 0


def cmd_placements(args) -> int:
    """A participant's work experience/employment steps (ids for add-placement) and their placements."""
    from app.cli import resolve_participant
    from app.services import placements, plan_services

    ctx = sign_in(args)
    pid = resolve_participant(ctx, args.participant)
    views = placements.list_placements(ctx, pid)
    print(f"Total subsidized days for all items: {sum(v.days_subsidized for v in views)}")
    for service in (s for s in plan_services.list_services(ctx, pid) if s.placement):
        print(f"step {service.id}  [{service.status}] {service.name}")
        for v in (v for v in views if v.placement.plan_service_id == service.id):
            p = v.placement
            print(f"  placement {p.id}  {v.employer} — {v.job_title}: {p.status}, ${p.hourly_wage:.2f}/h, {v.days_subsidized} days subsidized")
            for f in v.follow_ups:
                state = f"reviewed {f.reviewed_on:%m/%d/%Y}" if f.reviewed_on else ("due" if f.available else "not yet")
                print(f"    {f.label}: {state}")
    return 0


def cmd_review_follow_up(args) -> int:
    from app.services import placements

    follow_up = placements.review_follow_up(sign_in(args), args.placement, args.days, wage=args.wage, employment_verified=not args.not_verified,
                                            note=args.note or "", two_way_contact=args.two_way)
    print(follow_up.id)
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("reminders", parents=[common], help="follow-ups, contacts, reviews and other timeliness reminders")
    p.add_argument("--due-within", type=int, default=7, metavar="DAYS", help="include reminders due within DAYS days (default 7)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=cmd_reminders)

    p = sub.add_parser("rubric", parents=[common], help="ISTEP rubric levels across your caseload")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=cmd_rubric)

    p = sub.add_parser("add-employer", parents=[common], help="add an employer to the worksite placement tool")
    p.add_argument("name")
    p.add_argument("--organization")
    p.add_argument("--phone")
    p.set_defaults(func=cmd_add_employer)

    p = sub.add_parser("add-worksite", parents=[common], help="add a worksite to an employer")
    p.add_argument("employer", help="employer id")
    p.add_argument("name")
    for option in ("--address", "--city", "--state", "--zip"):
        p.add_argument(option)
    p.set_defaults(func=cmd_add_worksite)

    p = sub.add_parser("add-job", parents=[common], help="add a job to a worksite")
    p.add_argument("worksite", help="worksite id")
    p.add_argument("title")
    p.add_argument("--wage", type=float, required=True, help="hourly wage")
    p.add_argument("--openings", type=int, default=1)
    p.add_argument("--occupation")
    p.set_defaults(func=cmd_add_job)

    p = sub.add_parser("jobs", parents=[common], help="jobs you can place participants in")
    p.set_defaults(func=cmd_jobs)

    p = sub.add_parser("add-placement", parents=[common], help="place a participant's work experience/employment step in a job")
    p.add_argument("service", help="step/service id")
    p.add_argument("job", help="job id")
    p.add_argument("--minimum-wage", type=float, required=True)
    p.add_argument("--hourly-wage", type=float, help="default: the job's wage")
    p.add_argument("--subsidized-wage", type=float, required=True)
    p.add_argument("--employer-match", type=float, default=0.0)
    p.add_argument("--position-type", default="Full-time", choices=("Full-time", "Part-time"))
    p.add_argument("--status", default="Planned/Not Started")
    p.add_argument("--start", required=True, help="MM/DD/YYYY")
    p.add_argument("--due", required=True, help="planned due date MM/DD/YYYY")
    p.add_argument("--end")
    p.add_argument("--subsidized-start")
    p.add_argument("--subsidized-end")
    p.add_argument("--weekly-hours", type=float, default=0.0)
    p.set_defaults(func=cmd_add_placement)

    p = sub.add_parser("placements", parents=[common], help="a participant's placement steps, placements and follow-ups")
    p.add_argument("participant", help="id, individual number or name")
    p.set_defaults(func=cmd_placements)

    p = sub.add_parser("review-follow-up", parents=[common], help="review a due placement follow-up (30/60/90/180/270 days)")
    p.add_argument("placement", help="placement id")
    p.add_argument("days", type=int, choices=(30, 60, 90, 180, 270))
    p.add_argument("--wage", type=float)
    p.add_argument("--note")
    p.add_argument("--not-verified", action="store_true", help="employment could not be verified")
    p.add_argument("--two-way", action="store_true", help="the review was a two-way contact with the participant")
    p.set_defaults(func=cmd_review_follow_up)
