"""`fieldplan` on the command line: the same services the window uses.

Imports stay inside the commands: `fieldplan --help` loads argparse and the command modules only.

Every command takes --data-dir and --user. Passwords come from FIELDPLAN_PASSWORD or a prompt;
where no keyring works the profile passphrase comes from FIELDPLAN_PASSPHRASE or a prompt.
Errors go to stderr as one line, with a non-zero exit code and no traceback.
"""
from __future__ import annotations

import argparse
import getpass
import importlib
import json
import logging
import os
import sys
from pathlib import Path


log = logging.getLogger("fieldplan")

#: modules that add their own commands: each has `register(subparsers, common_parent_parser)`
#: and sets `func` on its parsers (keep the heavy imports inside the command functions)
COMMAND_MODULES: list[str] = ["app.cli_reminders", "app.reports.cli", "app.sync.cli", "app.cli_participants", "app.cli_backup"]

EXIT_USAGE, EXIT_UNLOCK, EXIT_DENIED, EXIT_INVALID, EXIT_NOT_FOUND, EXIT_FAILED = 2, 3, 4, 5, 6, 1


def default_data_dir() -> Path:
    from app.startup import default_data_dir as platform_data_dir

    return platform_data_dir()


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILED):
        super().__init__(message)
        self.code = code


def count(minimum: int):
    """An argparse type: a whole number of at least `minimum` (argparse then exits 2 with the sentence)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more (got {value})")
        return value
    return parse


def output_file(text: str) -> Path:
    """An argparse type for --out: the folder must exist and the path must not be a folder."""
    path = Path(text)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a folder: give a file name")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"the folder {path.parent} does not exist")
    return path


def _secret(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(f"{prompt} needed: set {env} or run in a terminal.", EXIT_USAGE)
    return getpass.getpass(f"{prompt}: ")


def _password() -> str:
    return _secret("FIELDPLAN_PASSWORD", "Password")


def _passphrase(new: bool = False) -> str | None:
    from app.keys import keyring_usable

    if new and keyring_usable():
        return None
    return _secret("FIELDPLAN_PASSPHRASE", "Profile passphrase")


def open_workspace(args):
    from app.keys import PassphraseNeeded
    from app.profile import open_profile

    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    try:
        return open_profile(data_dir)
    except PassphraseNeeded:
        return open_profile(data_dir, _passphrase())


def sign_in(args):
    workspace = open_workspace(args)
    return workspace.sign_in(args.user, _password())


def resolve_participant(ctx, ref: str) -> str:
    """A participant by id, individual number, or a name search with one match."""
    from app.errors import NotFound
    from app.services import participants

    rows = participants.list_caseload(ctx)
    exact = [r for r in rows if ref in (r.id, r.individual_number)]
    if len(exact) == 1:
        return exact[0].id
    found = participants.list_caseload(ctx, search=ref)
    if len(found) == 1:
        return found[0].id
    if not found:
        raise NotFound(f"No participant in your caseload matches “{ref}”.")
    raise CliError(f"“{ref}” matches {len(found)} participants; use the individual number.", EXIT_USAGE)


# -- commands -------------------------------------------------------------------------------------


def cmd_init(args) -> int:
    from app.profile import create_profile

    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    create_profile(data_dir, args.user, _password(), passphrase=_passphrase(new=True), admin_full_name=args.full_name or "")
    print(f"Created profile in {data_dir} with administrator {args.user}.")
    return 0


def cmd_demo(args) -> int:
    from app import demo
    from app.profile import create_profile, profile_exists

    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    password = _password()
    if profile_exists(data_dir):
        ctx = open_workspace(args).sign_in(args.user, password)
    else:
        workspace = create_profile(data_dir, args.user, password, passphrase=_passphrase(new=True), admin_full_name="Administrator")
        ctx = workspace.as_user(args.user)
    result = demo.generate(ctx, args.participants, seed=args.seed, password=password, progress=_progress if sys.stderr.isatty() else None)
    print(f"Demo caseload: {result.participants} participants in {result.organizations} organizations, "
          f"{result.users} users (password: the one you gave) in {data_dir}.")
    return 0


def _progress(done: int, total: int) -> None:
    print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def cmd_caseload(args) -> int:
    from app.services import participants

    ctx = sign_in(args)
    rows = participants.list_caseload(ctx, search=args.search or "", program=args.program or "", enrollment_status=args.status or "")
    if args.format == "json":
        print(json.dumps([{"id": r.id, "name": r.name, "individual_number": r.individual_number, "program": r.program,
                           "enrollment_status": r.enrollment_status, "organization": r.organization, "planner": r.planner} for r in rows],
                         ensure_ascii=False, indent=1))
    else:
        for r in rows:
            print(f"{r.individual_number:<10} {r.name:<32} {r.program:<18} {r.enrollment_status:<9} {r.planner}")
        print(f"{len(rows)} participants", file=sys.stderr)
    return 0


def cmd_show(args) -> int:
    from app import domain
    from app.services import goals, participants, plan_services

    ctx = sign_in(args)
    pid = resolve_participant(ctx, args.participant)
    p = participants.get_participant(ctx, pid)
    print(f"{p.first_name} {p.last_name} ({domain.plan_type(p.program)}, {p.program}, {p.enrollment_status})")
    services = plan_services.list_services(ctx, pid)
    for goal in goals.list_goals(ctx, pid):
        dates = f"{goal.earliest_start or '—'} → {goal.latest_due or '—'}"
        print(f"  Goal [{goal.status}] {goal.statement}  ({goal.category}; {dates})")
        for svc in (s for s in services if s.goal_id == goal.id):
            print(f"    - [{svc.status}] {svc.name}  {svc.planned_start} → {svc.planned_due}, {svc.weekly_hours:g} h/week")
    return 0


def cmd_add_goal(args) -> int:
    from app.services import goals

    ctx = sign_in(args)
    pid = resolve_participant(ctx, args.participant)
    goal = goals.add_goal(ctx, pid, statement=args.statement, category=args.category, term=args.term)
    print(goal.id)
    return 0


def cmd_add_note(args) -> int:
    import datetime as dt

    from app.services import records

    ctx = sign_in(args)
    pid = resolve_participant(ctx, args.participant)
    note = records.add_case_note(ctx, pid, contact_date=args.date or dt.date.today(), subject=args.subject, message=args.message or "",
                                 two_way_contact=args.two_way)
    print(note.id)
    return 0


def cmd_log(args) -> int:
    from app.services import update_log

    ctx = sign_in(args)
    pid = resolve_participant(ctx, args.participant)
    for e in update_log.list_log(ctx, pid, search=args.search or "", limit=args.limit):
        change = f"{e.field}: {e.old} → {e.new}" if e.action == "changed" else (e.new or e.old)
        print(f"{e.at:%m/%d/%Y %H:%M}  {e.user_name:<20} {e.action:<8} {e.entity}: {change}")
    return 0


def cmd_add_user(args) -> int:
    from app.services import users

    ctx = sign_in(args)
    new_password = _secret("FIELDPLAN_NEW_PASSWORD", f"Password for {args.username}")
    user = users.create_user(ctx, args.username, new_password, args.role, full_name=args.full_name or "",
                             organization_id=args.organization, region_id=args.region)
    print(user.id)
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=os.environ.get("FIELDPLAN_DATA_DIR"), help="profile folder (default: the platform's user data folder)")
    common.add_argument("--user", default=os.environ.get("FIELDPLAN_USER", "admin"), help="user name to sign in as (default: admin)")

    parser = argparse.ArgumentParser(prog="fieldplan", description="Fieldplan career plans (run without a command to open the window).")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create an empty profile with an administrator")
    p.add_argument("--full-name")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="create (if needed) a profile and fill it with a demo caseload")
    p.add_argument("--participants", type=count(1), default=200)
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("caseload", parents=[common], help="list the participants you can see")
    p.add_argument("--search")
    p.add_argument("--program")
    p.add_argument("--status")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=cmd_caseload)

    p = sub.add_parser("show", parents=[common], help="a participant's goals and steps")
    p.add_argument("participant", help="id, individual number or name")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("add-goal", parents=[common], help="add a goal to a participant's plan")
    p.add_argument("participant")
    p.add_argument("--statement", required=True)
    p.add_argument("--category", default="Career Plan")
    p.add_argument("--term", default="Short Term")
    p.set_defaults(func=cmd_add_goal)

    p = sub.add_parser("add-note", parents=[common], help="add a case note")
    p.add_argument("participant")
    p.add_argument("--subject", required=True)
    p.add_argument("--message")
    p.add_argument("--date", help="contact date MM/DD/YYYY (default today)")
    p.add_argument("--two-way", action="store_true", help="a two-way contact with the participant")
    p.set_defaults(func=cmd_add_note)

    p = sub.add_parser("log", parents=[common], help="a participant's Update Log")
    p.add_argument("participant")
    p.add_argument("--search")
    p.add_argument("--limit", type=count(1), default=200)
    p.set_defaults(func=cmd_log)

    p = sub.add_parser("add-user", parents=[common], help="create a user (password from FIELDPLAN_NEW_PASSWORD)")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=("caseworker", "program_manager", "administrator", "participant"))
    p.add_argument("--full-name")
    p.add_argument("--organization")
    p.add_argument("--region")
    p.set_defaults(func=cmd_add_user)

    for module in COMMAND_MODULES:
        importlib.import_module(module).register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    # after parsing: `fieldplan --help` answers without loading sqlcipher3 or cryptography
    from app.errors import CannotUnlock, NotAllowed, NotFound, ValidationError

    try:
        return args.func(args)
    except CannotUnlock as exc:
        return _fail(str(exc), EXIT_UNLOCK)
    except NotAllowed as exc:
        return _fail(str(exc), EXIT_DENIED)
    except NotFound as exc:
        return _fail(str(exc), EXIT_NOT_FOUND)
    except ValidationError as exc:
        for problem in exc.problems:
            print(f"fieldplan: {problem.message}", file=sys.stderr)
        return EXIT_INVALID
    except CliError as exc:
        return _fail(str(exc), exc.code)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:  # `fieldplan caseload | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a file the command reads or writes (disk full, no permission)
        log.error("%s failed: %s", args.command, exc.__class__.__name__)
        return _fail(f"cannot use {exc.filename or 'a file'}: {exc.strerror or exc}.", EXIT_FAILED)
    except Exception:  # noqa: BLE001 - the one place that turns a bug into a calm message
        log.exception("unexpected error in %s", args.command)
        return _fail("unexpected error; the details are in the log file of the profile.", EXIT_FAILED)


def _fail(message: str, code: int) -> int:
    print(f"fieldplan: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
