"""The server sends user rows without their password hashes (issue 10 item 4): a pull must never blank
the credentials this laptop holds, or its people could not sign in offline."""
from __future__ import annotations

from sqlalchemy import select

from app.sync.apply import apply_page
from app.sync.protocol import Change
from db.models import OutboxEntry, User
from db.wire import to_wire
from tests.conftest import PASSWORD


def test_a_pulled_user_row_without_its_hash_keeps_the_local_password(workspace, admin):
    with workspace.session() as s, s.begin():
        s.query(OutboxEntry).delete()  # as after a sync: nothing of this user is waiting to be pushed
        user = s.scalars(select(User).where(User.username == "admin")).one()
        row = {c.key: to_wire(getattr(user, c.key)) for c in User.__table__.columns}
    assert row["password_hash"]
    row.update(password_hash="", full_name="Ada Administrator", hlc="9" * 13 + "-00000-server")
    apply_page(workspace, [Change(seq=1, table_name="app_user", row=row)], cursor=1, epoch="e1")
    with workspace.session() as s:
        user = s.scalars(select(User).where(User.username == "admin")).one()
        assert user.full_name == "Ada Administrator" and user.password_hash
    assert workspace.sign_in("admin", PASSWORD).user.username == "admin"
