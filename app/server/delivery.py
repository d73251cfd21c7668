"""Delivering the laptops' outgoing messages: email over SMTP and the participant's page; exactly once.

Configuration (environment of `fieldplan-server serve`; `fieldplan-server smtp-settings` prints it):
FIELDPLAN_SMTP_HOST, FIELDPLAN_SMTP_PORT (587), FIELDPLAN_SMTP_STARTTLS (1), FIELDPLAN_SMTP_USER,
FIELDPLAN_SMTP_PASSWORD, FIELDPLAN_SMTP_FROM, FIELDPLAN_PUBLIC_URL (the page's address in invitation links),
FIELDPLAN_DELIVERY_BACKOFF (seconds before the first retry, doubled each time; 30).

Exactly once: the message's row id is the primary key of `srv_delivery`, claimed in a write transaction before
anything is sent, and the state goes `sending` (committed) → SMTP → `sent` (committed). A message found still
`sending` after a crash is NOT sent again (the SMTP server may have it): it is reported failed with that reason.
Temporary SMTP failures (connection, 4xx) are retried with back-off; permanent ones (5xx) fail at once.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import smtplib
import ssl
import threading
from email.message import EmailMessage
from email.utils import make_msgid

from sqlalchemy import Column, DateTime, Integer, String, Table, insert, or_, select, update
from sqlalchemy.engine import Engine

from app.i18n import translation
from app.server import invites, store
from app.server import tables as t
from app.server.participant.writes import Writes

log = logging.getLogger("fieldplan.delivery")
MAX_ATTEMPTS = 5

delivery = Table(
    "srv_delivery", t.metadata,
    Column("message_id", String(36), primary_key=True),
    Column("state", String(12), nullable=False),  # waiting / sending / sent / failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime, nullable=False),
    Column("last_error", String(300), nullable=False, default=""),
    Column("accepted_at", DateTime, nullable=True),
)


@dataclasses.dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    starttls: bool = True
    user: str = ""
    password: str = ""
    sender: str = "fieldplan@localhost"
    public_url: str = "http://127.0.0.1:8765"
    backoff: float = 30.0

    @classmethod
    def from_env(cls, env=os.environ) -> "SmtpSettings":
        return cls(host=env.get("FIELDPLAN_SMTP_HOST", ""), port=int(env.get("FIELDPLAN_SMTP_PORT", "587")),
                   starttls=env.get("FIELDPLAN_SMTP_STARTTLS", "1") not in ("0", "no", "false"), user=env.get("FIELDPLAN_SMTP_USER", ""),
                   password=env.get("FIELDPLAN_SMTP_PASSWORD", ""), sender=env.get("FIELDPLAN_SMTP_FROM", "fieldplan@localhost"),
                   public_url=env.get("FIELDPLAN_PUBLIC_URL", "http://127.0.0.1:8765").rstrip("/"),
                   backoff=float(env.get("FIELDPLAN_DELIVERY_BACKOFF", "30")))

    def describe(self) -> str:
        """For `fieldplan-server smtp-settings`: never the password."""
        return (f"SMTP host: {self.host or '(not set: email is not sent, messages reach the page only)'}\nPort: {self.port}\n"
                f"STARTTLS: {'yes' if self.starttls else 'no'}\nUser: {self.user or '(none)'}\n"
                f"Password: {'(set)' if self.password else '(none)'}\nFrom: {self.sender}\nPage address: {self.public_url}\n")


class Temporary(Exception):
    pass


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def send_email(settings: SmtpSettings, to: str, subject: str, body: str, message_id: str) -> None:
    email = EmailMessage()
    email["From"], email["To"], email["Subject"] = settings.sender, to, subject
    email["Message-ID"] = make_msgid(idstring=message_id, domain="fieldplan")
    email.set_content(body)
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=20) as smtp:
            if settings.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.user:
                smtp.login(settings.user, settings.password)
            smtp.send_message(email)
    except smtplib.SMTPResponseException as exc:
        if 400 <= exc.smtp_code < 500:
            raise Temporary(f"the mail server answered {exc.smtp_code} (temporary)") from None
        raise ValueError(f"the mail server refused the message ({exc.smtp_code})") from None
    except smtplib.SMTPRecipientsRefused:
        raise ValueError("the mail server refused the participant's address") from None
    except (OSError, smtplib.SMTPException) as exc:
        raise Temporary(f"could not reach the mail server ({type(exc).__name__})") from None


class DeliveryWorker:
    """One thread per server process; `wake()` after a push so a queued message goes out at once."""

    def __init__(self, engine: Engine, settings: SmtpSettings):
        self.engine, self.settings = engine, settings
        self._event = threading.Event()
        self._stop = False
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="fieldplan-delivery", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop = True
        self._event.set()

    def wake(self) -> None:
        self._event.set()

    def _loop(self) -> None:
        self.recover()
        while not self._stop:
            self.round()
            self._event.wait(1.0)
            self._event.clear()

    def round(self) -> None:
        """One delivery round that survives any error. The log names the error's type and where it happened,
        never its text: a database error quotes the row (PostgreSQL's "Key (username)=(jose@…) already exists"),
        an SMTP error the address."""
        try:
            self.run_once()
        except Exception as exc:  # noqa: BLE001 - the worker must survive
            frame = exc.__traceback__
            while frame is not None and frame.tb_next is not None:
                frame = frame.tb_next
            where = f"{frame.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.tb_lineno}" if frame else "?"
            log.error("delivery round failed: %s at %s; retried next round", type(exc).__name__, where)

    def recover(self) -> None:
        """Messages caught mid-send by a crash: reported, never sent a second time."""
        with store.writing(self.engine) as conn:
            stuck = list(conn.scalars(select(delivery.c.message_id).where(delivery.c.state == "sending")))
            for message_id in stuck:
                self._finish(conn, message_id, "failed", "interrupted while sending: not sent again, in case it arrived")

    def due(self) -> list[str]:
        message = t.REPLICAS["outgoing_message"][0]
        with self.engine.connect() as conn:
            return list(conn.scalars(
                select(message.c.id).outerjoin(delivery, delivery.c.message_id == message.c.id)
                .where(message.c.deleted.is_(False), message.c.status == "queued",
                       or_(delivery.c.message_id.is_(None), (delivery.c.state == "waiting") & (delivery.c.next_attempt_at <= now())))
                .order_by(message.c.id).limit(200)))

    def run_once(self) -> int:
        done = 0
        for message_id in self.due():
            if self.deliver(message_id):
                done += 1
        return done

    def _claim(self, message_id: str):
        """Mark `sending` in its own committed transaction; None if another worker has it or it is done."""
        message, participant = t.REPLICAS["outgoing_message"][0], t.REPLICAS["participant"][0]
        with store.writing(self.engine) as conn:
            row = conn.execute(select(delivery).where(delivery.c.message_id == message_id)).first()
            if row is not None and (row.state != "waiting" or row.next_attempt_at > now()):
                return None
            if row is None:
                conn.execute(insert(delivery).values(message_id=message_id, state="sending", attempts=1, next_attempt_at=now(), last_error=""))
            else:
                conn.execute(update(delivery).where(delivery.c.message_id == message_id).values(state="sending", attempts=row.attempts + 1))
            msg = conn.execute(select(message).where(message.c.id == message_id)).first()
            person = conn.execute(select(participant).where(participant.c.id == msg.participant_id)).first()
            link = ""
            if msg.kind == "invite" and person is not None:
                account_id = invites.account_for(conn, person.id, person.email, f"{person.first_name} {person.last_name}")
                link = f"{self.settings.public_url}/p/invite/{invites.issue(conn, account_id, 'invite')}"
            return msg, person, link, (row.attempts + 1 if row else 1)

    def deliver(self, message_id: str) -> bool:
        try:
            claimed = self._claim(message_id)
        except store.ServerError as exc:  # an invitation to an address another account uses
            with store.writing(self.engine) as conn:
                conn.execute(insert(delivery).values(message_id=message_id, state="sending", attempts=1, next_attempt_at=now(), last_error=""))
                self._finish(conn, message_id, "failed", exc.message)
            return False
        if claimed is None:
            return False
        msg, person, link, attempts = claimed
        email = msg.channel == "message_email" or msg.kind == "invite"
        if person is None or person.deleted:
            return self._close(message_id, "failed", "the participant is not on the server")
        if email and not self.settings.host:
            return self._close(message_id, "failed", "no mail server is configured on the server")
        if email:
            t = translation(getattr(person, "language", None)).gettext  # the participant's language (issue 15)
            body = f"{msg.body}\n\n{link}\n" if link else t("{body}\n\nRead it on your page: {url}\n").format(
                body=msg.body, url=f"{self.settings.public_url}/p/")
            try:
                send_email(self.settings, person.email, msg.subject, body, msg.id)
            except Temporary as exc:
                return self._retry(message_id, attempts, str(exc))
            except ValueError as exc:
                return self._close(message_id, "failed", str(exc))
        return self._close(message_id, "sent", "")

    def _retry(self, message_id: str, attempts: int, reason: str) -> bool:
        with store.writing(self.engine) as conn:
            if attempts >= MAX_ATTEMPTS:
                self._finish(conn, message_id, "failed", f"{reason}; gave up after {attempts} attempts")
                return True
            wait = dt.timedelta(seconds=self.settings.backoff * 2 ** (attempts - 1))
            conn.execute(update(delivery).where(delivery.c.message_id == message_id)
                         .values(state="waiting", next_attempt_at=now() + wait, last_error=reason[:300]))
        return False

    def _close(self, message_id: str, state: str, reason: str) -> bool:
        with store.writing(self.engine) as conn:
            self._finish(conn, message_id, state, reason)
        return state == "sent"

    def _finish(self, conn, message_id: str, state: str, reason: str) -> None:
        """The delivery record and the message row's status (which syncs back to the laptops)."""
        conn.execute(update(delivery).where(delivery.c.message_id == message_id)
                     .values(state=state, last_error=reason[:300], accepted_at=now() if state == "sent" else None))
        message = t.REPLICAS["outgoing_message"][0]
        pid = conn.scalar(select(message.c.participant_id).where(message.c.id == message_id))
        writes = Writes(conn, participant_id=pid)
        writes.update("outgoing_message", message_id, {"status": state, "status_reason": reason[:300],
                                                       "sent_at": now() if state == "sent" else None})
        writes.commit()


def mark_read(conn, message_ids: list[str], participant_id: str) -> None:
    """Shown on the participant's page: sent → delivered."""
    message = t.REPLICAS["outgoing_message"][0]
    writes = Writes(conn, participant_id=participant_id)
    for row in conn.execute(select(message.c.id).where(message.c.id.in_(message_ids), message.c.status == "sent")):
        writes.update("outgoing_message", row.id, {"status": "delivered"})
    writes.commit()
