"""Users, regions and organizations. Administrators manage everyone; program managers their region."""
from __future__ import annotations

from app.i18n import _
from sqlalchemy import select

from app import domain
from app.errors import NotAllowed, NotFound, Problems, ValidationError, FieldError
from app.passwords import MIN_LENGTH, hash_password, verify_password
from app.scope import organization_in_scope
from db.models import Organization, Region, User


def check_new_password(password: str) -> None:
    if len(password or "") < MIN_LENGTH:
        raise ValidationError([FieldError("password", _("Password must have at least {MIN_LENGTH} characters.").format(MIN_LENGTH=MIN_LENGTH))])


def _require_admin(ctx) -> None:
    if ctx.user.role != "administrator":
        raise NotAllowed(_("Only an administrator can do that."))


def create_region(ctx, name: str) -> Region:
    _require_admin(ctx)
    if not name.strip():
        raise ValidationError([FieldError("name", _("Region name is required."))])
    with ctx.write() as rec:
        return rec.add(Region(name=name.strip()), summary=f"Region {name}")


def create_organization(ctx, name: str, region_id: str, kind: str = "Provider", address: str = "", phone: str = "") -> Organization:
    _require_admin(ctx)
    problems = Problems()
    problems.require(name, "name", "Organization name")
    with ctx.write() as rec:
        if rec.session.get(Region, region_id) is None:
            problems.add("region_id", _("Region is required: choose an existing region."))
        problems.raise_if_any()
        return rec.add(Organization(name=name.strip(), region_id=region_id, kind=kind, address=address, phone=phone), summary=f"Organization {name}")


def list_regions(ctx) -> list[Region]:
    with ctx.read() as s:
        return list(s.scalars(select(Region).where(~Region.deleted).order_by(Region.name)))


def list_organizations(ctx) -> list[Organization]:
    """The organizations the user works in (all for an administrator)."""
    with ctx.read() as s:
        query = select(Organization).where(~Organization.deleted).order_by(Organization.name)
        if ctx.user.role == "program_manager":
            query = query.where(Organization.region_id == ctx.user.region_id)
        elif ctx.user.role != "administrator":
            query = query.where(Organization.id == ctx.user.organization_id)
        return list(s.scalars(query))


def create_user(
    ctx,
    username: str,
    password: str,
    role: str,
    *,
    full_name: str = "",
    email: str = "",
    phone: str = "",
    organization_id: str | None = None,
    region_id: str | None = None,
    participant_id: str | None = None,
) -> User:
    """Administrators create anyone; program managers create caseworkers of their region's organizations."""
    problems = Problems()
    if not username.strip():
        problems.add("username", _("User name is required."))
    if role not in domain.ROLES:
        problems.add("role", _("Role must be caseworker, program_manager, administrator or participant."))
    if len(password or "") < MIN_LENGTH:
        problems.add("password", _("Password must have at least {MIN_LENGTH} characters.").format(MIN_LENGTH=MIN_LENGTH))
    if role == "caseworker" and not organization_id:
        problems.add("organization_id", _("A caseworker belongs to an organization: choose one."))
    if role == "program_manager" and not region_id:
        problems.add("region_id", _("A program manager belongs to a region: choose one."))
    if role == "participant" and not participant_id:
        problems.add("participant_id", _("A participant account must name the participant."))
    with ctx.write() as rec:
        s = rec.session
        if ctx.user.role != "administrator":
            allowed = ctx.user.role == "program_manager" and role == "caseworker" and organization_in_scope(s, ctx.user, organization_id or "")
            if not allowed:
                raise NotAllowed(_("You cannot create that user."))
        if s.scalar(select(User.id).where(User.username == username.strip())):
            problems.add("username", _("User name “{username}” is taken.").format(username=username))
        if role == "caseworker" and organization_id and s.get(Organization, organization_id) is None:
            problems.add("organization_id", _("That organization does not exist."))
        problems.raise_if_any()
        if role == "caseworker" and not region_id:
            region_id = s.get(Organization, organization_id).region_id
        return rec.add(
            User(
                username=username.strip(),
                full_name=full_name.strip() or username.strip(),
                email=email,
                phone=phone,
                role=role,
                organization_id=organization_id,
                region_id=region_id,
                participant_id=participant_id,
                password_hash=hash_password(password),
            ),
            summary=f"User {username}",
        )


def change_password(ctx, old_password: str, new_password: str, repeated: str | None = None) -> bool:
    """The signed-in user's own password; `repeated` (the confirmation field) must match when given."""
    check_new_password(new_password)
    if repeated is not None and repeated != new_password:
        raise ValidationError([FieldError("repeated", _("The two new passwords are not the same: type the new password twice."))])
    if old_password == new_password:
        raise ValidationError([FieldError("password", _("The new password must differ from the current one."))])
    with ctx.write() as rec:
        user = rec.session.get(User, ctx.user.id)
        if user is None or not verify_password(user.password_hash, old_password):
            raise ValidationError([FieldError("old_password", _("The current password is wrong."))])
        rec.update(user, {"password_hash": hash_password(new_password)})
        return True


def verify_own_password(ctx, password: str) -> bool:
    """Unlocking the window or leaving signing mode asks for the password again."""
    with ctx.read() as s:
        user = s.get(User, ctx.user.id)
        return user is not None and verify_password(user.password_hash, password)


def list_users(ctx, include_disabled: bool = True) -> list[User]:
    with ctx.read() as s:
        query = select(User).where(~User.deleted).order_by(User.full_name)
        if not include_disabled:
            query = query.where(User.active)
        if ctx.user.role == "caseworker":
            query = query.where(User.organization_id == ctx.user.organization_id)
        elif ctx.user.role == "program_manager":
            query = query.where(User.region_id == ctx.user.region_id)
        elif ctx.user.role == "participant":
            query = query.where(User.id == ctx.user.id)
        return list(s.scalars(query))


def get_user(ctx, user_id: str) -> User:
    with ctx.read() as s:
        user = s.get(User, user_id)
    if user is None:
        raise NotFound(_("No such user."))
    return user


# -- managing users from the window (Caseload ▸ Users…) --------------------------------------------
USER_FIELDS = {"full_name", "email", "phone", "role", "organization_id", "region_id"}


def _managed_user(session, ctx, user_id: str) -> User:
    """A user the signed-in person may manage: administrators anyone, program managers the
    caseworkers of their region's organizations."""
    user = session.get(User, user_id)
    if user is None or user.deleted:
        raise NotFound(_("No such user."))
    if ctx.user.role == "administrator":
        return user
    if ctx.user.role == "program_manager" and user.role == "caseworker" and organization_in_scope(session, ctx.user, user.organization_id or ""):
        return user
    raise NotAllowed(_("Only an administrator can manage that user."))


def _check_scope(session, role: str, organization_id: str | None, region_id: str | None) -> list[FieldError]:
    """A caseworker works for an organization, a program manager for a region (their scope)."""
    found = []
    if role not in domain.ROLES:
        found.append(FieldError("role", _("Role must be career planner, program manager, administrator or participant.")))
    if role == "caseworker" and (not organization_id or session.get(Organization, organization_id) is None):
        found.append(FieldError("organization_id", _("A career planner belongs to an organization: choose one.")))
    if role == "program_manager" and (not region_id or session.get(Region, region_id) is None):
        found.append(FieldError("region_id", _("A program manager belongs to a region: choose one.")))
    return found


def update_user(ctx, user_id: str, **changes) -> User:
    """Name, contact, role and scope (organization or region) of a user, logged old → new."""
    changes = {k: v.strip() if isinstance(v, str) else v for k, v in changes.items()}
    unknown = sorted(set(changes) - USER_FIELDS)
    if unknown:
        raise ValidationError([FieldError(f, _("“{f}” is not a field that can be changed here.").format(f=f)) for f in unknown])
    with ctx.write() as rec:
        s = rec.session
        user = _managed_user(s, ctx, user_id)
        after = {f: getattr(user, f) for f in USER_FIELDS} | changes
        if ctx.user.role != "administrator" and after["role"] != "caseworker":
            raise NotAllowed(_("Only an administrator can give a user another role."))
        if user.id == ctx.user.id and after["role"] != user.role:
            raise ValidationError([FieldError("role", _("You cannot change your own role: ask another administrator."))])
        problems = _check_scope(s, after["role"], after["organization_id"], after["region_id"])
        if not (after["full_name"] or "").strip():
            problems.append(FieldError("full_name", _("Full name is required: it is how the user appears in the Update Log.")))
        if problems:
            raise ValidationError(problems)
        if after["role"] == "caseworker":
            changes["region_id"] = s.get(Organization, after["organization_id"]).region_id
        elif after["role"] in ("program_manager", "administrator"):
            changes["organization_id"] = None
        if after["role"] == "administrator":
            changes["region_id"] = None
        if ctx.user.role == "program_manager" and not organization_in_scope(s, ctx.user, after["organization_id"] or ""):
            raise NotAllowed(_("You can only move a career planner to an organization of your region."))
        rec.update(user, changes)
        return user


def set_user_active(ctx, user_id: str, active: bool) -> User:
    """Disable (or enable again) a user: a disabled user cannot sign in; their records stay theirs."""
    with ctx.write() as rec:
        user = _managed_user(rec.session, ctx, user_id)
        if user.id == ctx.user.id and not active:
            raise ValidationError([FieldError("active", _("You cannot disable your own account."))])
        rec.update(user, {"active": bool(active)})
        return user


def reset_password(ctx, user_id: str, new_password: str) -> bool:
    """An administrator (or the caseworker's program manager) sets a new password for someone who forgot theirs."""
    check_new_password(new_password)
    with ctx.write() as rec:
        user = _managed_user(rec.session, ctx, user_id)
        rec.update(user, {"password_hash": hash_password(new_password)})
        return True
