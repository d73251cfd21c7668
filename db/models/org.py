"""Regions, organizations, users and listed service providers."""
from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced


class Region(Synced, Base):
    __tablename__ = "region"
    __label__ = "Region"
    name: Mapped[str] = mapped_column(String(120))


class Organization(Synced, Base):
    """A grantee, provider or partner location; caseworkers see their own organization."""

    __tablename__ = "organization"
    __label__ = "Organization"
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), default="Provider")
    region_id: Mapped[str] = mapped_column(String(36), ForeignKey("region.id"), index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")


class User(Synced, Base):
    """A person who signs in. `password_hash` is argon2id; the password itself is never stored."""

    __tablename__ = "app_user"
    __label__ = "User"
    __secret__ = frozenset({"password_hash"})
    #: accounts, roles and scope change only on the server (issue 10): a laptop's own users (its bootstrap
    #: administrator, a local reset) stay on the laptop and never enter the outbox
    __pushed__ = False
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    role: Mapped[str] = mapped_column(String(40))
    organization_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("organization.id"), nullable=True)
    region_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("region.id"), nullable=True)
    participant_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    password_hash: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Provider(Synced, Base):
    """A listed service provider (seed 001: Service Provider sub-tab)."""

    __tablename__ = "provider"
    __label__ = "Provider"
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[str] = mapped_column(String(2), default="")
    zip: Mapped[str] = mapped_column(String(10), default="")
    organization_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("organization.id"), nullable=True)


class CatalogItem(Synced, Base):
    """A step/service of the catalog (code + name + service type); ids are stable across devices."""

    __tablename__ = "catalog_item"
    __label__ = "Catalog item"
    code: Mapped[str] = mapped_column(String(20), default="")
    name: Mapped[str] = mapped_column(String(200))
    service_type: Mapped[str] = mapped_column(String(60))
    programs: Mapped[str] = mapped_column(String(100), default="Adult,Dislocated Worker,Youth")
    support_kind: Mapped[str] = mapped_column(String(80), default="")
    placement: Mapped[bool] = mapped_column(Boolean, default=False)
