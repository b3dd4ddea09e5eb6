"""The finance role's provider: fills the deck's data slots from ``prep.role_data["finance"]``.

``blocks(prep)`` builds native charts and tables from the stored analysis
alone (the data set is not re-read), so refilling after an edit is instant.
Facts are filled in; the conclusion, the recommendation and the assumptions
stay prompts marked as examples, because that thinking is the candidate's.
``load_cli(prep, args)`` serves ``podium generate --role finance --data FILE``.
"""

from __future__ import annotations

from typing import Any

from podium.core.errors import RoleDataError
from podium.core.model import Block, Preparation, Slide
from podium.core.roles import get_role
from podium.roles.finance import figures, headlines, notes
from podium.roles.finance.facts import Facts
from podium.roles.finance.record import KEY, VERSION

SLOTS = frozenset({
    "finance.summary", "finance.data", "finance.kpis", "finance.trend", "finance.trend_notes",
    "finance.breakdown", "finance.breakdown_notes", "finance.variance", "finance.drivers",
    "finance.drivers_notes", "finance.sensitivity", "finance.method", "finance.method_notes",
})  # fmt: skip


def record_of(prep: Preparation) -> dict[str, Any] | None:
    record = prep.role_data.get(KEY)
    if not isinstance(record, dict) or record.get("version") != VERSION or "analysis" not in record:
        return None
    return record


def blocks(prep: Preparation) -> dict[str, Block]:
    """A block for every finance slot; an empty dict before a data set is imported.

    Slots the data cannot fill (no category column, say) get the template's
    marked example back, so a chart from an earlier choice of columns never lingers.
    """
    record = record_of(prep)
    if record is None:
        return {}
    out = build(Facts(record, prep.language, prep.company))
    if len(out) < len(SLOTS):
        for slide in _template_slides(prep):
            for block in slide.blocks:
                if block.source in SLOTS and block.source not in out:
                    out[block.source] = block
    return out


def titles(prep: Preparation) -> dict[str, str]:
    """The action title of every slide the data can conclude; the template's example for the rest
    (so a title from an earlier choice of columns never lingers); nothing before a data set."""
    record = record_of(prep)
    if record is None:
        return {}
    raw = get_role(prep.role).deck_template(prep.language).get("slide", [])
    headings = {str(s.get("key")): str(s["name"]) for s in raw if isinstance(s, dict) and s.get("name")}
    out = headlines.titles(Facts(record, prep.language, prep.company), headings)
    wanted = {headlines.slot(name) for name in headlines.TITLES}
    if len(out) < len(wanted):
        for slide in _template_slides(prep):
            if slide.title_source in wanted and slide.title_source not in out:
                out[slide.title_source] = slide.title
    return out


def _template_slides(prep: Preparation) -> list[Slide]:
    from podium.core.deck.scaffold import build_slides

    return build_slides(prep, get_role(prep.role))


def build(f: Facts) -> dict[str, Block]:
    """The blocks for each slot, keyed by the template's ``source`` names; only what the data supports."""
    out: dict[str, Block] = {
        "finance.summary": notes.summary(f),
        "finance.data": notes.data(f),
        "finance.kpis": figures.kpis(f),
        "finance.method": figures.method(f),
        "finance.method_notes": notes.method_notes(f),
        "finance.sensitivity": figures.sensitivity(f),
    }
    if f.periods:
        out["finance.trend"] = figures.trend(f)
        out["finance.trend_notes"] = notes.trend_notes(f)
    if f.breakdown:
        out["finance.breakdown"] = figures.breakdown_chart(f)
        out["finance.breakdown_notes"] = notes.breakdown_notes(f)
    if f.budget or f.prior:
        out["finance.variance"] = figures.variance_table(f)
    if f.bridge():
        out["finance.drivers"] = figures.bridge_chart(f)
        out["finance.drivers_notes"] = notes.drivers_notes(f)
    return out


def load_cli(prep: Preparation, args: Any) -> None:
    """``podium generate --role finance --data FILE [--sheet] [--date] [--measure] [--category]``."""
    path = getattr(args, "data", None)
    if path is None:
        flags = [
            f
            for f, name in (
                ("--sheet", "sheet"),
                ("--date", "date_column"),
                ("--measure", "measures"),
                ("--category", "category_column"),
                ("--quantity", "quantity_column"),
                ("--budget-quantity", "budget_quantity_column"),
                ("--sign", "sign"),
                ("--currency", "currency"),
            )
            if getattr(args, name, None)
        ]
        if flags:
            verb = "needs" if len(flags) == 1 else "need"
            raise RoleDataError(f"{', '.join(flags)} {verb} --data FILE, the data set to analyse.")
        return
    from podium.roles.finance.pipeline import run  # the reader and the analysis, only with --data
    from podium.roles.finance.quality import read_notes

    record = run(
        path,
        sheet=getattr(args, "sheet", None),
        date=getattr(args, "date_column", None),
        measures=getattr(args, "measures", None),
        category=getattr(args, "category_column", None),
        quantity=getattr(args, "quantity_column", None),
        compare_quantity=getattr(args, "budget_quantity_column", None),
        sign=getattr(args, "sign", None),
        currency=getattr(args, "currency", None),
    )
    prep.role_data[KEY] = record
    choice = record["choice"]
    found = ", ".join(
        f"{role} {value!r}"
        for role, value in (
            ("date", choice["date"]),
            ("measures", ", ".join(choice["measures"])),
            ("category", choice["category"]),
            (choice.get("compare_kind") or "budget", choice["compare"]),
            ("quantity", choice.get("quantity")),
            ("budget quantity", choice.get("compare_quantity")),
        )
        if value
    )
    found += f"; {record['convention']['kind']}"
    print(f"read {record['source']['name']}: {record['analysis']['rows']} rows; {found}")
    for line in read_notes(record, "en"):  # what the reader left out or changed, as the quality slide says
        print(line)
