"""The document: a Preparation and the Deck it grows into.

Plain dataclasses with explicit ``to_dict``/``from_dict`` so the store, the
preparation file and the tests all share one serialised form. No Qt here.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Literal

Language = Literal["en", "sv"]
LANGUAGES: tuple[str, ...] = ("en", "sv")

DEFAULT_TALK_MINUTES = 15
DEFAULT_QA_MINUTES = 10

# Podium's guidance (``Slide.guidance``) stays out of exported speaker notes unless the user asks
# for it, in the command line and the GUI alike. The notes are what the candidate reads while
# presenting, and they travel with a .pptx the panel asked to see in advance; the coaching is
# for the candidate's eyes (the editor shows it beside each slide, the presenter on G).
GUIDANCE_IN_NOTES = False


def new_id() -> str:
    """A random, URL-safe identifier for preparations."""
    return uuid.uuid4().hex


# --------------------------------------------------------------------- blocks


@dataclass
class Bullet:
    """One bullet line; ``example`` marks scaffold text the user must replace."""

    text: str
    level: int = 0
    example: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "level": self.level, "example": self.example}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | str) -> Bullet:
        if isinstance(data, str):
            return cls(text=data)
        return cls(
            text=str(data.get("text", "")),
            level=max(0, min(4, int(data.get("level", 0)))),
            example=bool(data.get("example", False)),
        )


@dataclass
class BulletsBlock:
    items: list[Bullet] = field(default_factory=list)
    source: str = ""  # non-empty: filled from the role's data (see core.deck.fill)
    kind: ClassVar[str] = "bullets"

    @property
    def example(self) -> bool:
        return any(item.example for item in self.items)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.kind, "items": [b.to_dict() for b in self.items], "source": self.source}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BulletsBlock:
        return cls(
            items=[Bullet.from_dict(b) for b in data.get("items", [])], source=str(data.get("source", ""))
        )


TONES = ("", "good", "bad")  # a table cell's tone: plain, favourable or unfavourable (theme colours)


@dataclass
class TableBlock:
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    example: bool = False
    source: str = ""
    # One tone per body cell ([row][column], "" where plain): a variance shown as favourable or
    # unfavourable in the theme's colours. Missing rows and cells are plain.
    tones: list[list[str]] = field(default_factory=list)
    kind: ClassVar[str] = "table"

    def tone(self, row: int, column: int) -> str:
        """The tone of body cell (``row``, ``column``); '' when it has none."""
        if row < len(self.tones) and column < len(self.tones[row]):
            return self.tones[row][column]
        return ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "type": self.kind,
            "columns": list(self.columns),
            "rows": [list(r) for r in self.rows],
            "example": self.example,
            "source": self.source,
        }
        if any(any(row) for row in self.tones):
            data["tones"] = [list(r) for r in self.tones]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TableBlock:
        columns = [str(c) for c in data.get("columns", [])]
        rows = []
        for raw in data.get("rows", []):
            row = [str(c) for c in raw][: len(columns)]
            row += [""] * (len(columns) - len(row))
            rows.append(row)
        tones = [[str(t) if t in TONES else "" for t in raw][: len(columns)] for raw in data.get("tones", [])]
        return cls(
            columns=columns,
            rows=rows,
            example=bool(data.get("example", False)),
            source=str(data.get("source", "")),
            tones=tones[: len(rows)],
        )


@dataclass
class Series:
    name: str
    values: list[float]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "values": list(self.values)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Series:
        return cls(name=str(data.get("name", "")), values=[float(v) for v in data.get("values", [])])


# A waterfall (a bridge) reads its first series as: the starting total, one change per middle
# category, the closing total (core.render.waterfall).
CHART_TYPES = ("bar", "column", "line", "pie", "waterfall")


@dataclass
class ChartBlock:
    chart_type: str = "column"
    categories: list[str] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    title: str = ""
    number_format: str = "General"
    example: bool = False
    source: str = ""
    # Where the value axis starts; None lets the chart decide (zero for columns and bars). A chart
    # that sets it above zero should say so in its title.
    axis_min: float | None = None
    # A waterfall's colours: True when an increase is favourable (revenue), False when a
    # decrease is (cost).
    increase_good: bool = True
    kind: ClassVar[str] = "chart"

    @property
    def shares(self) -> bool:
        """The values are shares of a whole (a percent format, each 0 to 1): the axis runs 0–100%."""
        values = [v for s in self.series for v in s.values]
        return "%" in self.number_format and bool(values) and all(0 <= v <= 1 for v in values)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "type": self.kind,
            "chart_type": self.chart_type,
            "categories": list(self.categories),
            "series": [s.to_dict() for s in self.series],
            "title": self.title,
            "number_format": self.number_format,
            "example": self.example,
            "source": self.source,
        }
        if self.axis_min is not None:
            data["axis_min"] = self.axis_min
        if not self.increase_good:
            data["increase_good"] = False
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChartBlock:
        chart_type = str(data.get("chart_type", "column"))
        if chart_type not in CHART_TYPES:
            chart_type = "column"
        categories = [str(c) for c in data.get("categories", [])]
        series = [Series.from_dict(s) for s in data.get("series", [])]
        for s in series:  # a series always has one value per category
            s.values = (s.values + [0.0] * len(categories))[: len(categories)]
        return cls(
            chart_type=chart_type,
            categories=categories,
            series=series,
            title=str(data.get("title", "")),
            number_format=str(data.get("number_format", "General")),
            example=bool(data.get("example", False)),
            source=str(data.get("source", "")),
            axis_min=_number_or_none(data.get("axis_min")),
            increase_good=bool(data.get("increase_good", True)),
        )


def _number_or_none(value: object) -> float | None:
    """A finite number from stored data, or None (a missing or damaged value is not an error)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


@dataclass
class ImageBlock:
    path: str = ""
    alt: str = ""
    example: bool = False
    source: str = ""
    kind: ClassVar[str] = "image"

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.kind,
            "path": self.path,
            "alt": self.alt,
            "example": self.example,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImageBlock:
        return cls(
            path=str(data.get("path", "")),
            alt=str(data.get("alt", "")),
            example=bool(data.get("example", False)),
            source=str(data.get("source", "")),
        )


@dataclass
class Shape:
    """One element of a diagram, positioned in fractions (0..1) of the block's area.

    ``shape`` is ``rect``, ``ellipse`` or ``line`` (from x,y to x+w,y+h). Text is
    shrunk to fit the shape; an empty ``fill`` means no fill.
    """

    x: float
    y: float
    w: float
    h: float
    shape: str = "rect"
    fill: str = ""
    line: str = ""
    text: str = ""
    text_color: str = ""
    size: float = 14.0
    bold: bool = False
    align: str = "center"

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Shape:
        return cls(
            x=float(data.get("x", 0)),
            y=float(data.get("y", 0)),
            w=float(data.get("w", 0)),
            h=float(data.get("h", 0)),
            shape=str(data.get("shape", "rect"))
            if data.get("shape") in ("rect", "ellipse", "line")
            else "rect",
            fill=str(data.get("fill", "")),
            line=str(data.get("line", "")),
            text=str(data.get("text", "")),
            text_color=str(data.get("text_color", "")),
            size=float(data.get("size", 14.0)),
            bold=bool(data.get("bold", False)),
            align=str(data.get("align", "center"))
            if data.get("align") in ("left", "center", "right")
            else "center",
        )


@dataclass
class DiagramBlock:
    """A drawing built from data (a Gantt timeline, a heat map): native, editable shapes in the pptx."""

    shapes: list[Shape] = field(default_factory=list)
    title: str = ""
    example: bool = False
    source: str = ""
    kind: ClassVar[str] = "diagram"

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.kind,
            "shapes": [s.to_dict() for s in self.shapes],
            "title": self.title,
            "example": self.example,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DiagramBlock:
        return cls(
            shapes=[Shape.from_dict(s) for s in data.get("shapes", [])],
            title=str(data.get("title", "")),
            example=bool(data.get("example", False)),
            source=str(data.get("source", "")),
        )


Block = BulletsBlock | TableBlock | ChartBlock | ImageBlock | DiagramBlock
_BLOCK_READERS: dict[str, Callable[[dict[str, Any]], Block]] = {
    c.kind: c.from_dict for c in (BulletsBlock, TableBlock, ChartBlock, ImageBlock, DiagramBlock)
}


def block_from_dict(data: dict[str, Any]) -> Block:
    kind = data.get("type")
    read = _BLOCK_READERS.get(kind) if isinstance(kind, str) else None
    if read is None:
        raise ValueError(f"unknown block type: {kind!r}")
    return read(data)


# ---------------------------------------------------------------------- slides

SLIDE_KINDS = ("title", "section", "content", "closing")


@dataclass
class Slide:
    """One slide: what the audience sees plus what only the candidate sees."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    notes: str = ""
    guidance: str = ""
    target_seconds: int = 60
    kind: str = "content"
    key: str = ""
    subtitle: str = ""
    backup: bool = False
    small_text: bool = False  # the user allowed body text below the comfortable minimum (core.render.layout)
    # The title is a slot too: the role's data writes an action title (its conclusion, with the
    # figure) until the user edits it; then the source gets the "~" prefix (core.deck.slots).
    title_source: str = ""
    # The speaker notes can be a slot in the same way: the data explains its own figures (how a
    # number was computed) until the user edits the notes.
    notes_source: str = ""
    # How the deck plan (core.deck.plan) treats the slide when the talk is short: 1 is never cut
    # (the answer, the recommendation, the title and the close), higher numbers go to the
    # appendix first; 0 is a slide the plan leaves where the user put it.
    priority: int = 0
    weight: float = 1.0  # the slide's relative share of the talk time
    # "" lets the plan decide; "talk" or "appendix" is where the user moved it, kept on a re-plan.
    placement: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "priority": self.priority,
            "weight": self.weight,
            "placement": self.placement,
            "title_source": self.title_source,
            "notes_source": self.notes_source,
            "subtitle": self.subtitle,
            "blocks": [b.to_dict() for b in self.blocks],
            "notes": self.notes,
            "guidance": self.guidance,
            "target_seconds": self.target_seconds,
            "kind": self.kind,
            "key": self.key,
            "backup": self.backup,
            "small_text": self.small_text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Slide:
        kind = str(data.get("kind", "content"))
        return cls(
            title=str(data.get("title", "")),
            subtitle=str(data.get("subtitle", "")),
            blocks=[block_from_dict(b) for b in data.get("blocks", [])],
            notes=str(data.get("notes", "")),
            guidance=str(data.get("guidance", "")),
            target_seconds=max(0, int(data.get("target_seconds", 60))),
            kind=kind if kind in SLIDE_KINDS else "content",
            key=str(data.get("key", "")),
            backup=bool(data.get("backup", False)),
            small_text=bool(data.get("small_text", False)),
            title_source=str(data.get("title_source", "")),
            notes_source=str(data.get("notes_source", "")),
            priority=max(0, int(data.get("priority", 0))),
            weight=max(0.0, float(_number_or_none(data.get("weight")) or 1.0)),
            placement=str(data.get("placement", "")) if data.get("placement") in ("talk", "appendix") else "",
        )


@dataclass
class Deck:
    slides: list[Slide] = field(default_factory=list)
    theme: str = "nordic"
    aspect: str = "16:9"
    logo: str = ""  # path of the company logo shown on every slide (copied into Podium's data folder)

    @property
    def timed_slides(self) -> list[Slide]:
        return [s for s in self.slides if not s.backup]

    @property
    def total_target_seconds(self) -> int:
        return sum(s.target_seconds for s in self.timed_slides)

    def to_dict(self) -> dict[str, Any]:
        return {
            "slides": [s.to_dict() for s in self.slides],
            "theme": self.theme,
            "aspect": self.aspect,
            "logo": self.logo,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Deck:
        return cls(
            slides=[Slide.from_dict(s) for s in data.get("slides", [])],
            theme=str(data.get("theme", "nordic")),
            aspect="4:3" if data.get("aspect") == "4:3" else "16:9",
            logo=str(data.get("logo", "")),
        )


# ----------------------------------------------------------------- preparation


@dataclass
class Preparation:
    """Everything a candidate prepares for one second interview."""

    role: str
    company: str
    job_title: str = ""
    interview_at: datetime | None = None
    talk_minutes: int = DEFAULT_TALK_MINUTES
    qa_minutes: int = DEFAULT_QA_MINUTES
    language: str = "en"
    brand_color: str = ""
    deck: Deck = field(default_factory=Deck)
    research: dict[str, Any] = field(default_factory=dict)
    role_data: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=new_id)
    title: str = ""

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        return " – ".join(p for p in (self.company, self.job_title) if p) or self.role

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "role": self.role,
            "company": self.company,
            "job_title": self.job_title,
            "interview_at": self.interview_at.isoformat() if self.interview_at else None,
            "talk_minutes": self.talk_minutes,
            "qa_minutes": self.qa_minutes,
            "language": self.language,
            "brand_color": self.brand_color,
            "deck": self.deck.to_dict(),
            "research": self.research,
            "role_data": self.role_data,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Preparation:
        interview = data.get("interview_at")
        language = data.get("language", "en")
        return cls(
            id=str(data.get("id") or new_id()),
            title=str(data.get("title", "")),
            role=str(data["role"]),
            company=str(data.get("company", "")),
            job_title=str(data.get("job_title", "")),
            interview_at=datetime.fromisoformat(interview) if interview else None,
            talk_minutes=int(data.get("talk_minutes", DEFAULT_TALK_MINUTES)),
            qa_minutes=int(data.get("qa_minutes", DEFAULT_QA_MINUTES)),
            language=language if language in LANGUAGES else "en",
            brand_color=str(data.get("brand_color", "")),
            deck=Deck.from_dict(data.get("deck", {})),
            research=_object(data.get("research")),
            role_data=_object(data.get("role_data")),
        )


def _object(value: Any) -> dict[str, Any]:
    """A JSON object as a dict; anything else (a list of pairs in a damaged file) as empty, since
    ``dict()`` of it could hold keys JSON cannot store, and the preparation would not save as read."""
    return dict(value) if isinstance(value, dict) else {}
