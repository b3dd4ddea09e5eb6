"""Pick a page's title, description, brand colour and logo candidates out of its HTML.

A tolerant ``html.parser`` pass that only records a few tags: nothing is
executed, styles and scripts are skipped, and broken markup never raises.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from podium.core.render.theme import parse_hex, to_hex

MAX_LOGO_IMAGES = 3
BODY_BUDGET = 200_000  # characters of <body> searched for a logo image; metadata is all in <head>
_CHUNK = 65_536
_NAMED = {
    "black": "#000000", "white": "#FFFFFF", "red": "#FF0000", "green": "#008000", "blue": "#0000FF",
    "navy": "#000080", "teal": "#008080", "purple": "#800080", "orange": "#FFA500", "maroon": "#800000",
    "olive": "#808000", "gray": "#808080", "grey": "#808080", "silver": "#C0C0C0", "yellow": "#FFFF00",
}  # fmt: skip
_RGB = re.compile(r"^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})")
_SHORT_HEX = re.compile(r"^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$")


def parse_color(value: str) -> str:
    """'#abc', '#AABBCC', 'rgb(1, 2, 3)' or a basic colour name -> '#RRGGBB'; anything else -> ''."""
    value = value.strip().lower()
    if value in _NAMED:
        return _NAMED[value]
    if m := _SHORT_HEX.match(value):
        return "#" + "".join(c * 2 for c in m.groups()).upper()
    if m := _RGB.match(value):
        red, green, blue = (min(255, int(c)) for c in m.groups())
        return to_hex((red, green, blue))
    rgb = parse_hex(value)
    return to_hex(rgb) if rgb else ""


def parse_sizes(sizes: str) -> int:
    """The largest edge in an icon's ``sizes`` attribute ('32x32 192x192' -> 192; 'any' -> 512)."""
    best = 0
    for token in sizes.lower().split():
        if token == "any":
            best = max(best, 512)
        w, _, h = token.partition("x")
        if w.isdigit() and h.isdigit():
            best = max(best, min(int(w), int(h)))
    return best


def _clean(text: str, limit: int = 400) -> str:
    text = " ".join(html.unescape(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class PageMeta:
    title: str = ""
    site_name: str = ""
    description: str = ""
    theme_color: str = ""
    color_source: str = ""
    base: str = ""
    icons: list[tuple[str, str, str]] = field(default_factory=list)  # (href, sizes, rel)
    og_images: list[str] = field(default_factory=list)
    logo_images: list[str] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta = PageMeta()
        self._title: list[str] | None = None
        self._og_title = ""
        self._tile = ""
        self._mask = ""
        self.head_done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.head_done = True
        a = {k.lower(): (v or "") for k, v in attrs}
        meta = self.meta
        if tag == "title" and not meta.title and self._title is None:
            self._title = []
        elif tag == "base" and a.get("href") and not meta.base:
            meta.base = a["href"]
        elif tag == "meta":
            key = (a.get("name") or a.get("property") or "").strip().lower()
            content = a.get("content", "")
            if key in ("description", "og:description", "twitter:description") and not meta.description:
                meta.description = _clean(content)
            elif key == "og:site_name":
                meta.site_name = _clean(content, 120)
            elif key == "og:title":
                self._og_title = _clean(content, 200)
            elif key in ("og:image", "og:image:url", "og:image:secure_url", "twitter:image") and content:
                meta.og_images.append(content)
            elif key == "theme-color" and not meta.theme_color and "dark" not in a.get("media", ""):
                meta.theme_color = parse_color(content)
            elif key == "msapplication-tilecolor":
                self._tile = parse_color(content)
        elif tag == "link":
            rel = a.get("rel", "").lower()
            if "icon" in rel.split() or "apple-touch-icon" in rel or "apple-touch-icon-precomposed" in rel:
                if a.get("href"):
                    meta.icons.append((a["href"], a.get("sizes", ""), rel))
            elif "mask-icon" in rel and a.get("color"):
                self._mask = parse_color(a["color"])
        elif tag == "img" and len(meta.logo_images) < MAX_LOGO_IMAGES:
            src = a.get("src") or a.get("data-src") or ""
            hints = " ".join(a.get(k, "") for k in ("class", "id", "alt", "src")).lower()
            if src and "logo" in hints and not src.startswith("data:"):
                meta.logo_images.append(src)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.head_done = True
        if tag == "title" and self._title is not None:
            self.meta.title = _clean("".join(self._title), 200)
            self._title = None

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._title.append(data)

    def finish(self) -> PageMeta:
        meta = self.meta
        if self._title is not None:  # an unclosed <title>
            meta.title = _clean("".join(self._title), 200)
        if not meta.title:
            meta.title = self._og_title
        if meta.theme_color:
            meta.color_source = "theme-color"
        elif self._tile:
            meta.theme_color, meta.color_source = self._tile, "tile-color"
        elif self._mask:
            meta.theme_color, meta.color_source = self._mask, "mask-icon"
        return meta


def parse_page(text: str) -> PageMeta:
    """Everything useful in ``text``; never raises on malformed HTML.

    Stops ``BODY_BUDGET`` characters into the body: the header with the logo is near the top,
    and a 2 MB page of product listings has nothing more to give.
    """
    parser = _Parser()
    body_from: int | None = None
    try:
        for start in range(0, len(text), _CHUNK):
            parser.feed(text[start : start + _CHUNK])
            if parser.head_done and body_from is None:
                body_from = start
            if body_from is not None and start + _CHUNK - body_from > BODY_BUDGET:
                break
        parser.close()
    except (AssertionError, ValueError):  # html.parser's rare hard failures on garbage
        pass
    return parser.finish()
