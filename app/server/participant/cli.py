"""`fieldplan-server` commands of the participant's side:

    fieldplan-server add-user jose@example.org --role participant --participant <id or individual number>
    fieldplan-server invite <participant id or individual number> [--email ADDRESS]   (prints the single-use link)
    fieldplan-server smtp-settings        (how email is configured; the password is never printed)
"""
from __future__ import annotations

from sqlalchemy import select


def find_participant(engine, ref: str) -> str:
    from app.server.tables import REPLICAS

    table = REPLICAS["participant"][0]
    with engine.connect() as conn:
        found = conn.scalars(select(table.c.id).where((table.c.id == ref) | (table.c.individual_number == ref), table.c.deleted.is_(False))).all()
    if len(found) != 1:
        raise SystemExit(f"fieldplan-server: no participant with id or individual number {ref}.")
    return found[0]


def add_participant_user(args, engine, password: str) -> int:
    from app.server import invites

    if not args.participant:
        raise SystemExit("fieldplan-server: a participant account belongs to one participant: give --participant.")
    account_id, _ = invites.add_participant_account(engine, find_participant(engine, args.participant), args.username, password)
    print(account_id)
    return 0


def cmd_invite(args) -> int:
    from app.server import invites
    from app.server.cli import _engine
    from app.server.delivery import SmtpSettings

    engine = _engine(args)
    _, token = invites.add_participant_account(engine, find_participant(engine, args.participant), args.email or "")
    print(f"{SmtpSettings.from_env().public_url}/p/invite/{token}")
    return 0


def cmd_smtp_settings(_args) -> int:
    from app.server.delivery import SmtpSettings

    print(SmtpSettings.from_env().describe(), end="")
    print("Set them in the environment of `fieldplan-server serve`: FIELDPLAN_SMTP_HOST, FIELDPLAN_SMTP_PORT, FIELDPLAN_SMTP_STARTTLS "
          "(1/0), FIELDPLAN_SMTP_USER, FIELDPLAN_SMTP_PASSWORD, FIELDPLAN_SMTP_FROM, FIELDPLAN_PUBLIC_URL.")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("invite", parents=[common], help="create a participant's account and print their single-use invitation link")
    p.add_argument("participant", help="participant id or individual number")
    p.add_argument("--email", help="the address they sign in with (default: the participant's email)")
    p.set_defaults(func=cmd_invite)
    sub.add_parser("smtp-settings", help="show how the server sends email").set_defaults(func=cmd_smtp_settings)
