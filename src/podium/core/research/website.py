"""Read a company's home page for its name, description, logo and brand colour.

Only http and https are fetched, every read has a timeout and the whole fetch a
deadline, pages and images are read up to a size limit, and nothing on the page
runs: the HTML is parsed for a handful of tags and images are checked with
Pillow. Each failure raises ``FetchError`` with a message meant for the user.
Run it off the UI thread; ``cancelled`` is polled between reads.
"""

from __future__ import annotations

import io
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.client import HTTPException
from urllib.parse import urljoin, urlsplit

from podium.core.errors import Cancelled
from podium.core.render.theme import parse_hex, to_hex
from podium.core.research.site_html import PageMeta, parse_page, parse_sizes

PAGE_LIMIT = 2_000_000  # bytes of HTML read; metadata lives at the top of the page
IMAGE_LIMIT = 1_000_000  # bytes per logo candidate
MAX_PIXELS = 16_000_000  # refuse decompression bombs before decoding
TIMEOUT = 10.0  # seconds per network operation
DEADLINE = 30.0  # seconds for the whole fetch
MAX_CANDIDATES = 4
USER_AGENT = "Podium/1 (interview preparation; reads page metadata only)"


class FetchError(Exception):
    """The site could not be read; the message says why, for the user."""


@dataclass
class Logo:
    url: str
    data: bytes  # PNG bytes, or SVG source when ``svg`` is true (the UI rasterises it)
    width: int = 0
    height: int = 0
    svg: bool = False
    source: str = ""  # where it came from: logo-img, apple-touch-icon, icon, og:image, favicon


@dataclass
class SiteInfo:
    url: str  # after redirects
    title: str = ""
    site_name: str = ""
    description: str = ""
    theme_color: str = ""  # '#RRGGBB' or ''
    color_source: str = ""  # theme-color, tile-color, mask-icon or logo
    logos: list[Logo] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # things that did not work, for the user
    truncated: bool = False  # the page was larger than PAGE_LIMIT; only its start was read

    @property
    def empty(self) -> bool:
        return not (self.title or self.site_name or self.description or self.theme_color or self.logos)


def normalise_url(text: str) -> str:
    """A fetchable http(s) URL from what the user typed ('example.com' -> 'https://example.com/')."""
    raw = text.strip()
    if not raw:
        raise FetchError("Type the company's web address first, for example https://www.example.com.")
    if any(c.isspace() for c in raw):
        raise FetchError(f"“{raw}” is not a web address: it contains spaces.")
    if "://" not in raw and not raw.lower().startswith(("mailto:", "javascript:", "file:", "data:")):
        raw = "https://" + raw
    try:
        parts = urlsplit(raw)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise FetchError(f"“{text.strip()}” is not a web address.") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"Podium only reads http and https addresses, not “{parts.scheme}:”.")
    if not host or ("." not in host and host != "localhost" and ":" not in host):
        raise FetchError(f"“{text.strip()}” is not a web address: it has no domain like example.com.")
    return parts.geturl() if parts.path else parts.geturl() + "/"


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http and https (never ftp, file or anything else)."""

    max_redirections = 5

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"The site redirected to an address Podium does not follow: {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(context=ssl.create_default_context()),
        _HttpOnlyRedirects(),
        urllib.request.HTTPErrorProcessor(),
        urllib.request.HTTPDefaultErrorHandler(),
    ):
        opener.add_handler(handler)
    return opener


class _Fetcher:
    def __init__(self, cancelled: Callable[[], bool], timeout: float, deadline: float) -> None:
        self.cancelled = cancelled
        self.timeout = timeout
        self.deadline = time.monotonic() + deadline
        self.total = deadline
        self.opener = _opener()

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled
        if time.monotonic() > self.deadline:
            raise FetchError(
                f"The site took longer than {self.total:g} seconds to answer, so Podium stopped."
            )

    def get(self, url: str, limit: int, accept: str) -> tuple[bytes, str, str, bool]:
        """(body, content type, final url, truncated); reads at most ``limit`` bytes."""
        self.check()
        request = urllib.request.Request(
            url, headers={"User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "identity"}
        )
        host = urlsplit(url).hostname or url
        timeout = max(0.05, min(self.timeout, self.deadline - time.monotonic()))
        try:
            with self.opener.open(request, timeout=timeout) as response:
                ctype = response.headers.get("Content-Type", "")
                final = response.geturl()
                chunks, size, truncated = [], 0, False
                # read1 returns what has arrived, so a site that trickles bytes still meets the deadline.
                read = getattr(response, "read1", response.read)
                while True:
                    self.check()
                    chunk = read(min(65536, limit + 1 - size))
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > limit:
                        truncated = True
                        break
                body = b"".join(chunks)[:limit]
                return body, ctype, final, truncated
        except FetchError:
            raise
        except urllib.error.HTTPError as exc:
            if 300 <= exc.code < 400:
                raise FetchError(f"{host} redirected to an address Podium does not follow.") from None
            path = urlsplit(url).path or "/"
            raise FetchError(f"{host} answered {exc.code} {exc.reason} for {path}.") from None
        except urllib.error.URLError as exc:
            raise FetchError(_network_message(host, exc.reason)) from None
        except TimeoutError:
            raise FetchError(f"{host} did not answer within {self.timeout:g} seconds.") from None
        except (OSError, HTTPException, ValueError) as exc:
            raise FetchError(_network_message(host, exc)) from None


def _network_message(host: str, reason: object) -> str:
    if isinstance(reason, socket.gaierror):
        return f"Podium could not find {host}. Check the address, and check that this computer is online."
    if isinstance(reason, TimeoutError):
        return f"{host} did not answer in time."
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection. Check the address, or try again later."
    if isinstance(reason, ConnectionResetError):
        return f"{host} closed the connection before the page arrived. Try again later."
    if isinstance(reason, ssl.SSLError):
        return f"The secure connection to {host} failed ({getattr(reason, 'reason', reason)})."
    if isinstance(reason, OSError) and reason.errno in (101, 113):  # network or host unreachable
        return f"{host} cannot be reached: this computer seems to be offline."
    return f"Podium could not read {host}: {reason}."


def _decode(body: bytes, content_type: str) -> str:
    charset = ""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
    for encoding in (charset, "utf-8"):
        if encoding:
            try:
                return body.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return body.decode("cp1252", errors="replace")


def check_image(data: bytes, content_type: str = "") -> Logo:
    """A logo from raw bytes: raster images become PNG, SVG is kept as source; else FetchError."""
    head = data[:512].lstrip().lower()
    if (
        "svg" in content_type.lower()
        or head.startswith(b"<svg")
        or (head.startswith(b"<?xml") and b"<svg" in data[:4096].lower())
    ):
        return Logo(url="", data=data, svg=True)
    if head.startswith((b"<!doctype html", b"<html")) or "text/html" in content_type.lower():
        raise FetchError("the address gives a web page, not an image")
    from PIL import IcoImagePlugin, Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.width * img.height > MAX_PIXELS:
                raise FetchError(f"the image is {img.width}×{img.height} pixels, too large for a logo")
            if getattr(img, "n_frames", 1) > 1:
                img.seek(0)
            if isinstance(img, IcoImagePlugin.IcoImageFile):  # the largest of the icon's sizes
                img.size = max(img.ico.sizes())
            rgba = img.convert("RGBA")
    except FetchError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise FetchError("the file is not an image Podium can read") from None
    out = io.BytesIO()
    rgba.save(out, "PNG")
    return Logo(url="", data=out.getvalue(), width=rgba.width, height=rgba.height)


def dominant_color(png: bytes) -> str:
    """The most common clearly coloured pixel colour of a logo, or '' for a grey/white/black logo."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as img:
        small = img.convert("RGBA").resize((48, 48))
    counts: dict[tuple[int, int, int], int] = {}
    raw = small.tobytes()
    for i in range(0, len(raw), 4):
        r, g, b, a = raw[i : i + 4]
        if a < 128 or max(r, g, b) - min(r, g, b) < 40:  # transparent or grey
            continue
        key = (r // 16 * 16 + 8, g // 16 * 16 + 8, b // 16 * 16 + 8)
        counts[key] = counts.get(key, 0) + 1
    if not counts or max(counts.values()) < 20:
        return ""
    return to_hex(max(counts, key=counts.__getitem__))


def _candidates(meta: PageMeta, base: str) -> list[tuple[str, str]]:
    """(url, source) for possible logos, best first: the page's logo image, touch icons, icons, og:image."""
    found: list[tuple[str, str]] = [(u, "logo-img") for u in meta.logo_images]
    icons = sorted(meta.icons, key=lambda icon: -parse_sizes(icon[1]))
    found += [(u, "apple-touch-icon") for u, _s, rel in icons if "apple-touch-icon" in rel]
    found += [(u, "icon") for u, _s, rel in icons if "apple-touch-icon" not in rel]
    found += [(u, "og:image") for u in meta.og_images]
    found.append(("/favicon.ico", "favicon"))
    seen: set[str] = set()
    out = []
    for url, source in found:
        absolute = urljoin(base, url.strip())
        if urlsplit(absolute).scheme in ("http", "https") and absolute not in seen:
            seen.add(absolute)
            out.append((absolute, source))
    return out


def fetch_site(
    url: str,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    timeout: float = TIMEOUT,
    deadline: float = DEADLINE,
    page_limit: int = PAGE_LIMIT,
    image_limit: int = IMAGE_LIMIT,
) -> SiteInfo:
    """Fetch ``url`` and everything Podium can use from it. Raises FetchError, or Cancelled once
    ``cancelled()`` says so (``core.progress.Progress.cancelled`` fits)."""
    url = normalise_url(url)
    fetcher = _Fetcher(cancelled, timeout, deadline)
    body, ctype, final, truncated = fetcher.get(url, page_limit, "text/html,application/xhtml+xml")
    kind = ctype.split(";")[0].strip().lower()
    if kind and kind not in ("text/html", "application/xhtml+xml", "text/plain"):
        raise FetchError(f"{final} is not a web page (it is {kind}); give the address of the home page.")
    meta = parse_page(_decode(body, ctype))
    info = SiteInfo(
        url=final,
        title=meta.title,
        site_name=meta.site_name,
        description=meta.description,
        theme_color=meta.theme_color,
        color_source=meta.color_source,
        truncated=truncated,
    )
    if truncated:
        limit_mb = page_limit / 1_000_000
        info.problems.append(f"The page is larger than {limit_mb:g} MB; Podium read only its beginning.")
    for logo_url, source in _candidates(meta, meta.base or final):
        if len(info.logos) >= MAX_CANDIDATES:
            break
        try:
            data, img_type, _final, too_big = fetcher.get(logo_url, image_limit, "image/*")
            if too_big:
                raise FetchError(f"the image is larger than {image_limit // 1000} kB")
            logo = check_image(data, img_type)
        except FetchError as exc:
            if source != "favicon" or not info.logos:
                info.problems.append(f"Logo candidate {logo_url} skipped: {_lower_first(str(exc))}")
            if "took longer" in str(exc):
                break
            continue
        logo.url, logo.source = logo_url, source
        info.logos.append(logo)
    if info.theme_color and _is_grey(info.theme_color):  # white or black bars say nothing about the brand
        info.problems.append(
            f"The site's theme colour {info.theme_color} is grey, so Podium looked for a colour in the logo."
        )
        info.theme_color, info.color_source = "", ""
    if not info.theme_color:
        for logo in info.logos:
            if not logo.svg and (color := dominant_color(logo.data)):
                info.theme_color, info.color_source = color, "logo"
                break
    if info.empty:
        info.problems.append(
            "The page has no title, description, logo or colour that Podium can use: fill them in by hand."
        )
    return info


def _is_grey(color: str) -> bool:
    rgb = parse_hex(color)
    return rgb is not None and max(rgb) - min(rgb) < 24


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text
