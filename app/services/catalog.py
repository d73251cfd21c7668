"""The step/service catalog (seed 001: Add Steps/Services)."""
from __future__ import annotations

import json

from sqlalchemy import or_, select

from db.ids import stable_id
from db.models import CatalogItem
from resources import path


def install_catalog(ctx) -> int:
    """Add the shipped catalog items that are missing; ids are stable, so every device agrees."""
    items = json.loads(path("catalog.json").read_text(encoding="utf-8"))
    with ctx.write() as rec:
        existing = set(rec.session.scalars(select(CatalogItem.id)))
        added = 0
        for item in items:
            item_id = stable_id("catalog", item["code"], item["name"])
            if item_id in existing:
                continue
            rec.add(
                CatalogItem(
                    id=item_id,
                    code=item["code"],
                    name=item["name"],
                    service_type=item["service_type"],
                    support_kind=item.get("support_kind", ""),
                    placement=item.get("placement", False),
                ),
                summary=item["name"],
            )
            added += 1
    return added


def list_catalog(ctx, search: str = "", service_type: str = "") -> list[CatalogItem]:
    query = select(CatalogItem).where(~CatalogItem.deleted).order_by(CatalogItem.service_type, CatalogItem.name)
    if search:
        like = f"%{search.strip()}%"
        query = query.where(or_(CatalogItem.name.ilike(like), CatalogItem.code.ilike(like)))
    if service_type:
        query = query.where(CatalogItem.service_type == service_type)
    with ctx.read() as s:
        return list(s.scalars(query))


def service_types(ctx) -> list[str]:
    with ctx.read() as s:
        return list(s.scalars(select(CatalogItem.service_type).distinct().order_by(CatalogItem.service_type)))
