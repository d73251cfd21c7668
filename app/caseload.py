"""The caseload list: one SQL query, shared by the participants service and the window's start-up.

It is plain SQL (not SQLAlchemy) so that the window can list the caseload before the ORM has loaded
(app/startup.py); `participants.list_caseload` runs the very same statement through its session.
The scope rule is the one in app/scope.py (`participant_clause`); tests/app/test_caseload_sql.py
checks the two agree for every role.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import domain
from app.identity import CurrentUser
from app.text import fold, name_sort_key


@dataclass(slots=True, eq=False)
class CaseloadRow:
    """One participant as the caseload lists them. Not frozen, compared by identity: a frozen
    dataclass's __init__ (object.__setattr__ per field) doubled the cost of listing 10,000 before the
    first paint; nobody changes a row once made."""

    id: str
    name: str
    preferred_name: str
    ssn_last4: str
    individual_number: str
    program: str
    plan_type: str
    enrollment_status: str
    organization: str
    planner: str
    last_contact: dt.date | None
    goal_off_track: bool
    search_key: str
    #: the Name column's order (app/text.py name_sort_key): Ángel with the A's, Çelik with the C's
    sort_name: tuple = ()

    def contact_overdue(self, today: dt.date, days: int = 30) -> bool:
        """No two-way contact in `days` days (seed 002: regular contact every 30 days)."""
        return self.enrollment_status == "Active" and (self.last_contact is None or (today - self.last_contact).days > days)


_COLUMNS = """p.id, p.last_name, p.first_name, p.preferred_name, p.ssn_last4, p.individual_number, p.program,
       p.enrollment_status, p.search_key, o.name, u.full_name, {last_contact},
       p.id IN (SELECT g.participant_id FROM goal g WHERE g.status = 'Off Track' AND NOT g.deleted)"""
_JOINS = """JOIN organization o ON o.id = p.organization_id
LEFT JOIN app_user u ON u.id = p.planner_id"""
_SELECT = f"""
SELECT {_COLUMNS.format(last_contact="lc.last_contact")}
FROM participant p
{_JOINS}
LEFT JOIN (SELECT c.participant_id, max(c.contact_date) AS last_contact FROM case_note c
            WHERE c.two_way_contact AND NOT c.deleted GROUP BY c.participant_id) lc ON lc.participant_id = p.id
WHERE NOT p.deleted"""
#: Set-based, not one correlated sub-select per participant: the last contacts and the off-track goals
#: are each read once, from the partial indexes of migration 0002_caseload (ix_case_note_two_way_contact,
#: ix_goal_off_track) — 1.4 s → well under 0.2 s for 10,000 participants over SQLCipher.
#: For a few rows (the first screen) one index seek per row is cheaper than reading every last contact.
_LAST_CONTACT = "(SELECT max(c.contact_date) FROM case_note c WHERE c.participant_id = p.id AND c.two_way_contact AND NOT c.deleted)"


def scope_sql(user: CurrentUser) -> tuple[str, list]:
    """caseworker: own organization; program manager: own region; administrator: all; participant: self."""
    if user.role == "administrator":
        return "1", []
    if user.role == "caseworker" and user.organization_id:
        return "p.organization_id = ?", [user.organization_id]
    if user.role == "program_manager" and user.region_id:
        return "p.organization_id IN (SELECT id FROM organization WHERE region_id = ?)", [user.region_id]
    if user.role == "participant" and user.participant_id:
        return "p.id = ?", [user.participant_id]
    return "0", []


def caseload_sql(user: CurrentUser, search: str = "", program: str = "", enrollment_status: str = "",
                 organization_id: str = "") -> tuple[str, list]:
    """The statement and its positional parameters; every word of `search` must occur, spelled any way
    (app/text.py fold). `instr`, not LIKE: a "%" or "_" typed in a search is that character, never a
    wildcard (issue 10 item 13)."""
    scope, params = scope_sql(user)
    where = [scope]
    for term in fold(search).split():
        where.append("instr(p.search_key, ?) > 0")
        params.append(term)
    for column, value in (("program", program), ("enrollment_status", enrollment_status), ("organization_id", organization_id)):
        if value:
            where.append(f"p.{column} = ?")
            params.append(value)
    return f"{_SELECT} AND {' AND '.join(where)}", params


#: rows start-up lists before the first paint (a tall window shows ~35; the rest follow right after it)
FIRST_SCREEN = 60

#: the first two letters of "Last, First", which the Name order (app/text.py name_sort_key) sorts by first
_PREFIX = "substr(p.last_name || ', ' || p.first_name, 1, 2)"
#: how those two letters fold: lower() where both are printable ASCII (fold is lower() there), else fold()
_FOLDED_PREFIX = f"CASE WHEN {_PREFIX} GLOB '[ -~][ -~]' THEN lower({_PREFIX}) ELSE fieldplan_fold({_PREFIX}) END"


def register_fold(conn) -> None:
    """`fieldplan_fold(text)` on a sqlite3/sqlcipher3 connection: app/text.py fold, for first_screen_sql."""
    conn.create_function("fieldplan_fold", 1, lambda text: fold(text or ""), deterministic=True)


def first_screen_sql(user: CurrentUser, count: int = FIRST_SCREEN) -> tuple[str, list]:
    """The caseload's first `count` rows in name order, without building every row (needs
    `register_fold`). A name's sort key starts with its first two letters folded, so the rows whose two
    folded letters come after the `count`-th smallest pair (among the ASCII ones, which SQL folds
    itself) cannot be among the first `count`: the rest are the candidates, which `first_screen_rows`
    sorts as `caseload_rows` does, keeping `count`. The last column is the caseload's whole size."""
    scope, params = scope_sql(user)
    last_pair = (f"coalesce((SELECT lower({_PREFIX}) AS pair FROM participant p WHERE NOT p.deleted AND {scope} "
                 f"AND {_PREFIX} GLOB '[ -~][ -~]' ORDER BY pair LIMIT 1 OFFSET ?), '~~')")
    sql = f"""
SELECT {_COLUMNS.format(last_contact=_LAST_CONTACT)},
       (SELECT count(*) FROM participant p WHERE NOT p.deleted AND {scope})
FROM participant p
{_JOINS}
WHERE p.id IN (SELECT p.id FROM participant p WHERE NOT p.deleted AND {scope} AND {_FOLDED_PREFIX} <= {last_pair})"""
    return sql, [*params, *params, *params, count - 1]


def first_screen_rows(rows, count: int = FIRST_SCREEN) -> tuple[list[CaseloadRow], int]:
    """(the first `count` rows in the caseload's order, how many the whole caseload has)."""
    total = rows[0][-1] if rows else 0
    return caseload_rows([row[:-1] for row in rows])[:count], total


def caseload_rows(rows) -> list[CaseloadRow]:
    """The rows in name order (name_sort_key: SQL's ORDER BY would sort by code point, Ángel after Zoë);
    two people of the same name by id, so the first screen start-up lists is the whole list's top."""
    caseload = []
    for (pid, last, first, preferred, last4, number, program, status, key, org, planner, contact, flag) in rows:
        caseload.append(CaseloadRow(
            id=pid, name=f"{last}, {first}", preferred_name=preferred, ssn_last4=last4, individual_number=number,
            program=program, plan_type=domain.plan_type(program), enrollment_status=status, organization=org or "",
            planner=planner or "",
            last_contact=contact if isinstance(contact, dt.date) or contact is None else dt.date.fromisoformat(contact),
            goal_off_track=bool(flag), search_key=key, sort_name=name_sort_key(f"{last}, {first}"),
        ))
    caseload.sort(key=lambda row: (row.sort_name, row.id))
    return caseload
