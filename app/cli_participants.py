"""`fieldplan intake` and the commands that correct a participant's record or manage users.

    fieldplan intake --first-name Ana --last-name Ruiz --birth-date 04/12/1990 --application-date 11/02/2026 [...]
    fieldplan edit-participant PARTICIPANT --phone "(217) 555-0142" --city Peoria [...]
    fieldplan set-status PARTICIPANT Active
    fieldplan transfer PARTICIPANT --organization "Rock River Works" [--planner cw112]
    fieldplan contacts PARTICIPANT | add-contact PARTICIPANT NAME --phone P | edit-contact ID ... | remove-contact ID
    fieldplan undo-exit PARTICIPANT --reason "Exit recorded on the wrong participant"
    fieldplan users | disable-user NAME | enable-user NAME | reset-password NAME | set-role NAME ROLE [--organization O | --region R]
    fieldplan passwd                      (your own password: FIELDPLAN_PASSWORD, then FIELDPLAN_NEW_PASSWORD)

The same services the window uses; a refusal prints every problem, one per line, and exits 5.
"""
from __future__ import annotations

from app.cli import EXIT_INVALID, CliError, _secret, resolve_participant, sign_in

#: command-line option → profile field (dates MM/DD/YYYY)
PROFILE_OPTIONS = {
    "first_name": "legal first name", "last_name": "legal last name", "preferred_name": "preferred name", "birth_date": "MM/DD/YYYY",
    "ssn_last4": "the last 4 digits only", "individual_number": "", "email": "", "username": "the participant's user name",
    "phone": "phone/text", "address": "street address", "city": "", "state": "two letters", "zip": "", "social_media": "",
    "program": "Adult, Dislocated Worker or Youth", "application_date": "MM/DD/YYYY", "eligibility_date": "MM/DD/YYYY",
    "program_enrollment_date": "MM/DD/YYYY", "recertification_date": "MM/DD/YYYY",
}


def _profile_arguments(parser) -> None:
    for field, help_text in PROFILE_OPTIONS.items():
        parser.add_argument(f"--{field.replace('_', '-')}", dest=field, help=help_text or None)


def _given(args) -> dict:
    return {f: getattr(args, f) for f in PROFILE_OPTIONS if getattr(args, f) is not None}


def _organization_id(ctx, ref: str | None) -> str | None:
    from app.services import users

    if not ref:
        return None
    for org in users.list_organizations(ctx):
        if ref in (org.id, org.name):
            return org.id
    raise CliError(f"No organization “{ref}” among yours.", EXIT_INVALID)


def _user(ctx, ref: str | None):
    from app.services import users

    if not ref:
        return None
    for user in users.list_users(ctx):
        if ref in (user.id, user.username):
            return user
    raise CliError(f"No user “{ref}”.", EXIT_INVALID)


def _contact(text: str) -> dict:
    """"Name|relationship|phone|email" (the last three may be empty)."""
    parts = (text.split("|") + ["", "", ""])[:4]
    return dict(zip(("name", "relationship", "phone", "email"), (p.strip() for p in parts)))


def cmd_intake(args) -> int:
    from app.services import intake

    ctx = sign_in(args)
    values = _given(args)
    if args.organization:
        values["organization_id"] = _organization_id(ctx, args.organization)
    if args.planner:
        values["planner_id"] = _user(ctx, args.planner).id
    if args.status:
        values["enrollment_status"] = args.status
    try:
        participant = intake.intake_participant(ctx, contacts=[_contact(c) for c in args.contact or []], confirmed_new=args.not_a_duplicate,
                                                **values)
    except intake.PossibleDuplicate as duplicate:
        raise CliError(f"{duplicate.problems[0].message} (Use `fieldplan show {duplicate.matches[0].individual_number or duplicate.matches[0].id}`;"
                       " if this is someone else, run again with --not-a-duplicate.)", EXIT_INVALID) from None
    print(f"{participant.id} {participant.individual_number}".strip())
    return 0


def cmd_edit(args) -> int:
    from app.services import participants

    ctx = sign_in(args)
    pid = resolve_participant(ctx, args.participant)
    changes = _given(args)
    if not changes:
        raise CliError("Nothing to change: give at least one field, such as --phone.", 2)
    participants.update_participant(ctx, pid, **changes)
    print(f"Changed {', '.join(sorted(changes))}.")
    return 0


def cmd_set_status(args) -> int:
    from app.services import participants

    ctx = sign_in(args)
    participants.update_participant(ctx, resolve_participant(ctx, args.participant), enrollment_status=args.status)
    print(f"Enrollment status: {args.status}.")
    return 0


def cmd_transfer(args) -> int:
    from app.services import participants

    ctx = sign_in(args)
    pid = resolve_participant(ctx, args.participant)
    current = participants.get_participant(ctx, pid)
    organization = _organization_id(ctx, args.organization) or current.organization_id
    planner = _user(ctx, args.planner)
    participants.transfer_participant(ctx, pid, organization, planner.id if planner else None)
    print("Transferred.")
    return 0


def cmd_contacts(args) -> int:
    from app.services import participants

    ctx = sign_in(args)
    for c in participants.list_contact_people(ctx, resolve_participant(ctx, args.participant)):
        print(f"{c.id}  {c.name:<28} {c.relationship:<14} {c.phone:<16} {c.email}")
    return 0


def cmd_add_contact(args) -> int:
    from app.services import participants

    ctx = sign_in(args)
    contact = participants.add_contact_person(ctx, resolve_participant(ctx, args.participant), args.name, args.relationship or "",
                                              args.phone or "", args.email or "")
    print(contact.id)
    return 0


def cmd_edit_contact(args) -> int:
    from app.services import participants

    ctx = sign_in(args)
    changes = {f: getattr(args, f) for f in ("name", "relationship", "phone", "email") if getattr(args, f) is not None}
    participants.update_contact_person(ctx, args.contact, **changes)
    print("Contact changed.")
    return 0


def cmd_remove_contact(args) -> int:
    from app.services import participants

    ctx = sign_in(args)
    participants.remove_contact_person(ctx, args.contact)
    print("Contact removed.")
    return 0


def cmd_undo_exit(args) -> int:
    from app.services import outcomes

    ctx = sign_in(args)
    outcomes.undo_exit(ctx, resolve_participant(ctx, args.participant), args.reason)
    print("Exit undone; enrollment status: Active.")
    return 0


def cmd_users(args) -> int:
    from app import domain
    from app.services import users

    ctx = sign_in(args)
    for u in users.list_users(ctx):
        state = "" if u.active else "disabled"
        print(f"{u.username:<16} {u.full_name:<28} {domain.ROLE_LABELS.get(u.role, u.role):<16} {state}")
    return 0


def cmd_set_active(args, active: bool) -> int:
    from app.services import users

    ctx = sign_in(args)
    users.set_user_active(ctx, _user(ctx, args.username).id, active)
    print(f"{args.username} {'enabled' if active else 'disabled'}.")
    return 0


def cmd_reset_password(args) -> int:
    from app.services import users

    ctx = sign_in(args)
    target = _user(ctx, args.username)
    users.reset_password(ctx, target.id, _secret("FIELDPLAN_NEW_PASSWORD", f"New password for {args.username}"))
    print(f"Password of {args.username} reset.")
    return 0


def cmd_set_role(args) -> int:
    from app.services import users

    ctx = sign_in(args)
    target = _user(ctx, args.username)
    changes = {"role": args.role}
    if args.organization:
        changes["organization_id"] = _organization_id(ctx, args.organization)
    if args.region:
        found = [r.id for r in users.list_regions(ctx) if args.region in (r.id, r.name)]
        if not found:
            raise CliError(f"No region “{args.region}”.", EXIT_INVALID)
        changes["region_id"] = found[0]
    users.update_user(ctx, target.id, **changes)
    print(f"{args.username}: {args.role}.")
    return 0


def cmd_passwd(args) -> int:
    from app.services import users

    ctx = sign_in(args)
    current = _secret("FIELDPLAN_PASSWORD", "Current password")
    users.change_password(ctx, current, _secret("FIELDPLAN_NEW_PASSWORD", "New password"))
    print("Your password is changed.")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("intake", parents=[common], help="enter a new participant (profile, contacts, the program's plan)")
    _profile_arguments(p)
    p.add_argument("--organization", help="organization id or name (a career planner's own by default)")
    p.add_argument("--planner", help="career planner's user name (yourself by default)")
    p.add_argument("--status", choices=("Applicant", "Active"), help="enrollment status (default Applicant)")
    p.add_argument("--contact", action="append", metavar="NAME|RELATIONSHIP|PHONE|EMAIL", help="an additional contact (repeat for more)")
    p.add_argument("--not-a-duplicate", action="store_true", help="enter the person even though the duplicate check found a match")
    p.set_defaults(func=cmd_intake)

    p = sub.add_parser("edit-participant", parents=[common], help="change fields of a participant's profile")
    p.add_argument("participant")
    _profile_arguments(p)
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("set-status", parents=[common], help="change the enrollment status (Applicant, Active, Inactive)")
    p.add_argument("participant")
    p.add_argument("status", choices=("Applicant", "Active", "Inactive", "Exited"))
    p.set_defaults(func=cmd_set_status)

    p = sub.add_parser("transfer", parents=[common], help="move a participant to another career planner or organization")
    p.add_argument("participant")
    p.add_argument("--organization")
    p.add_argument("--planner")
    p.set_defaults(func=cmd_transfer)

    p = sub.add_parser("contacts", parents=[common], help="a participant's additional contacts")
    p.add_argument("participant")
    p.set_defaults(func=cmd_contacts)
    p = sub.add_parser("add-contact", parents=[common], help="add an additional contact person")
    p.add_argument("participant")
    p.add_argument("name")
    for option in ("relationship", "phone", "email"):
        p.add_argument(f"--{option}")
    p.set_defaults(func=cmd_add_contact)
    p = sub.add_parser("edit-contact", parents=[common], help="change an additional contact (id from `fieldplan contacts`)")
    p.add_argument("contact")
    for option in ("name", "relationship", "phone", "email"):
        p.add_argument(f"--{option}")
    p.set_defaults(func=cmd_edit_contact)
    p = sub.add_parser("remove-contact", parents=[common], help="remove an additional contact")
    p.add_argument("contact")
    p.set_defaults(func=cmd_remove_contact)

    p = sub.add_parser("undo-exit", parents=[common], help="undo an exit (administrator or program manager)")
    p.add_argument("participant")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_undo_exit)

    p = sub.add_parser("users", parents=[common], help="list users")
    p.set_defaults(func=cmd_users)
    for name, active in (("disable-user", False), ("enable-user", True)):
        p = sub.add_parser(name, parents=[common], help=f"{'enable' if active else 'disable'} a user's sign-in")
        p.add_argument("username")
        p.set_defaults(func=lambda args, active=active: cmd_set_active(args, active))
    p = sub.add_parser("reset-password", parents=[common], help="set a new password for a user (FIELDPLAN_NEW_PASSWORD)")
    p.add_argument("username")
    p.set_defaults(func=cmd_reset_password)
    p = sub.add_parser("set-role", parents=[common], help="change a user's role and scope")
    p.add_argument("username")
    p.add_argument("role", choices=("caseworker", "program_manager", "administrator"))
    p.add_argument("--organization")
    p.add_argument("--region")
    p.set_defaults(func=cmd_set_role)
    p = sub.add_parser("passwd", parents=[common], help="change your own password (FIELDPLAN_PASSWORD, then FIELDPLAN_NEW_PASSWORD)")
    p.set_defaults(func=cmd_passwd)
