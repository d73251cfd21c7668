"""Who may write each synced table by push, and how the row's scope is found: ONE table to read line by line.

Roles are those of app/domain.ROLES. A push op is checked against its table's rule before the merge;
an op that changes nothing on the server (a replayed insert of the shipped catalog) is no write and
needs no right. A refused op comes back as a "rejected" receipt with a 403-style reason and the rest
of the batch goes on (app/server/merge.py).

Participant accounts (role "participant") have one rule of their own, in app/server/participant/scope.py:
insert only, on their own plan, into signature, plan_agreement (electronic signature), attendance_week and
attendance_day (unverified); nothing else. Outgoing messages are queued by devices and marked sent only by
the server (same module).

Scopes:
- ``plan``: the row belongs to a participant; that participant's organization must be in the account's
  scope (app/server/store.scope_orgs), and a row never moves to another participant;
- ``participant``: the row is a participant; its organization before AND after the op are in scope;
- ``organization``: a row of one organization (employer, provider): in scope; a shared row (no
  organization) only by an administrator;
- ``plan_or_none``: the Update Log and conflicts: ``plan`` when they name a participant, else anyone
  allowed by the rule;
- ``global``: no scope beyond the role (catalog, worksites, jobs, regions);
- ``server``: never by a push: accounts, roles and scope change only through the server's admin CLI
  (app/server/cli.py), which writes as the server itself.
"""
from __future__ import annotations

from dataclasses import dataclass

ADMIN = frozenset({"administrator"})
MANAGERS = frozenset({"administrator", "program_manager"})
STAFF = frozenset({"administrator", "program_manager", "caseworker"})
NOBODY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TableRule:
    insert: frozenset[str]
    update: frozenset[str]
    delete: frozenset[str]
    scope: str

    def roles(self, action: str) -> frozenset[str]:
        return getattr(self, action)


_PLAN = TableRule(insert=STAFF, update=STAFF, delete=STAFF, scope="plan")

#: table → rule. A table missing here is writable by nobody (a new synced table must be added on purpose).
RULES: dict[str, TableRule] = {
    # accounts, roles and scope: the server's administrators only, through the admin CLI, never a push
    "app_user": TableRule(insert=NOBODY, update=NOBODY, delete=NOBODY, scope="server"),
    "region": TableRule(insert=ADMIN, update=ADMIN, delete=ADMIN, scope="global"),
    "organization": TableRule(insert=ADMIN, update=ADMIN, delete=ADMIN, scope="global"),
    # catalogs and placement sites: staff roles; never participant accounts
    "catalog_item": TableRule(insert=MANAGERS, update=MANAGERS, delete=MANAGERS, scope="global"),
    "provider": TableRule(insert=STAFF, update=STAFF, delete=MANAGERS, scope="organization"),
    "employer": TableRule(insert=STAFF, update=STAFF, delete=MANAGERS, scope="organization"),
    "worksite": TableRule(insert=STAFF, update=STAFF, delete=MANAGERS, scope="global"),
    "job": TableRule(insert=STAFF, update=STAFF, delete=MANAGERS, scope="global"),
    # the participant and their plan: staff, within the participant's organization
    "participant": TableRule(insert=STAFF, update=STAFF, delete=MANAGERS, scope="participant"),
    # the record of what happened: written with every change, never removed
    "update_log": TableRule(insert=STAFF, update=NOBODY, delete=NOBODY, scope="plan_or_none"),
    "conflict": TableRule(insert=STAFF, update=STAFF, delete=STAFF, scope="plan_or_none"),
}
PLAN_RULE = _PLAN  # every ParticipantOwned table not listed above (goal, plan_service, case_note, …)


def rule_for(table_name: str, plan_tables: frozenset[str]) -> TableRule | None:
    if table_name in RULES:
        return RULES[table_name]
    return PLAN_RULE if table_name in plan_tables else None


def action_of(op_kind: str, existing: dict | None, fields: dict) -> str:
    """insert (the server has no such row), delete (sets the tombstone) or update."""
    if existing is None:
        return "insert"
    if op_kind == "delete" or (fields.get("deleted") is True and not existing.get("deleted")):
        return "delete"
    return "update"


def refusal(rule: TableRule | None, table_name: str, role: str, action: str) -> str | None:
    """The sentence saying why `role` may not `action` a row of `table_name`, or None."""
    if rule is None:
        return f"{table_name} cannot be changed by a device."
    if rule.scope == "server":
        return f"{table_name} rows (accounts, roles and scope) are changed only by the server's administrators, never by a sync."
    if role not in rule.roles(action):
        return f"Your role ({role}) may not {action} {table_name} rows."
    return None
