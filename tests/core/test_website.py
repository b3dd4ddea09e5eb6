"""The website fetch against a real local HTTP server, including hostile pages."""

from __future__ import annotations

import io
import socket
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from PIL import Image

from podium.core.errors import Cancelled
from podium.core.progress import Tracker
from podium.core.research.site_html import parse_color, parse_page
from podium.core.research.website import FetchError, check_image, fetch_site, normalise_url
from tests.site_server import HOME, SVG, Site, ico_bytes, png_bytes, serve


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve()


def test_reads_title_description_colour_and_logos(site: Site) -> None:
    site.page("/", HOME)
    site.page("/logo.png", png_bytes(), "image/png")
    site.page("/touch.png", png_bytes((0, 0, 200), (180, 180)), "image/png")
    site.page("/broken.png", "<html>not an image</html>", "image/png")
    info = fetch_site(site.url)
    assert info.title == "Nordvik & Co – Accounting for small firms"
    assert info.site_name == "Nordvik"
    assert info.description == "Invoicing and payroll for Nordic small businesses."
    assert (info.theme_color, info.color_source) == ("#00AA55", "theme-color")
    # The page's own logo image comes first, then the touch icon; the fake PNG is reported, not used.
    assert [logo.source for logo in info.logos] == ["logo-img", "apple-touch-icon"]
    assert info.logos[0].url == site.url + "/logo.png" and (info.logos[0].width, info.logos[0].height) == (
        120,
        40,
    )
    assert Image.open(io.BytesIO(info.logos[0].data)).format == "PNG"
    assert any("broken.png" in p and "not an image" in p for p in info.problems)
    assert not info.truncated


def test_script_on_the_page_never_runs(site: Site) -> None:
    site.page("/", HOME)
    assert fetch_site(site.url).title != "hacked"


def test_colour_from_the_logo_when_the_page_names_none(site: Site) -> None:
    site.page("/", '<html><head><title>Red</title><link rel="icon" href="/i.ico"></head></html>')
    site.page("/i.ico", ico_bytes(), "image/x-icon")
    info = fetch_site(site.url)
    assert info.logos[0].source == "icon" and info.logos[0].width == 64
    assert info.color_source == "logo"
    r, _g, b = (int(info.theme_color[i : i + 2], 16) for i in (1, 3, 5))
    assert b > 150 and r < 40  # the icon's blue


def test_svg_logo_is_kept_for_the_ui_to_rasterise(site: Site) -> None:
    site.page("/", '<html><head><title>S</title></head><body><img id="logo" src="logo.svg"></body></html>')
    site.page("/logo.svg", SVG, "image/svg+xml")
    info = fetch_site(site.url)
    assert info.logos[0].svg and info.logos[0].data.startswith(b"<svg")


def test_page_with_no_metadata_says_so(site: Site) -> None:
    site.page("/", "<html><body>hello</body></html>")
    info = fetch_site(site.url)
    assert info.empty
    assert any("fill them in by hand" in p for p in info.problems)


def test_fifty_megabyte_page_is_read_only_up_to_the_limit(site: Site) -> None:
    sent = []

    def huge(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(50_000_000))
        handler.end_headers()
        handler.wfile.write(b"<html><head><title>Huge</title></head><body>")
        chunk = b"x" * 65536
        for _ in range(50_000_000 // len(chunk)):
            handler.wfile.write(chunk)
            sent.append(len(chunk))

    site.routes["/"] = huge
    started = time.monotonic()
    info = fetch_site(site.url, page_limit=2_000_000)
    assert time.monotonic() - started < 10
    assert info.title == "Huge" and info.truncated
    assert any("larger than 2 MB" in p for p in info.problems)


def test_site_that_hangs_gives_a_clear_message(site: Site) -> None:
    def hang(handler: BaseHTTPRequestHandler) -> None:
        site.release.wait(10)

    site.routes["/"] = hang
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"did not answer within 0\.3 seconds"):
        fetch_site(site.url, timeout=0.3)
    assert time.monotonic() - started < 3


def test_site_that_trickles_hits_the_deadline(site: Site) -> None:
    def trickle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        while not site.release.wait(0.05):
            handler.wfile.write(b" ")
            handler.wfile.flush()

    site.routes["/"] = trickle
    with pytest.raises(FetchError, match=r"took longer than 0\.5 seconds"):
        fetch_site(site.url, timeout=5, deadline=0.5)


def test_cancel_stops_the_fetch(site: Site) -> None:
    site.page("/", HOME)
    tracker = Tracker()
    tracker.cancel()
    with pytest.raises(Cancelled):
        fetch_site(site.url, cancelled=tracker.cancelled)


def test_logo_that_is_not_an_image_is_reported(site: Site) -> None:
    site.page("/", '<html><head><title>T</title><link rel="icon" href="/fake.png"></head></html>')
    site.page("/fake.png", b"GIF89a this is not really a gif", "image/gif")
    info = fetch_site(site.url)
    assert info.logos == [] and info.title == "T"
    assert any("fake.png" in p and "not an image" in p for p in info.problems)


def test_logo_too_large_is_skipped(site: Site) -> None:
    site.page("/", '<html><head><title>T</title><link rel="icon" href="/big.png"></head></html>')
    site.page("/big.png", png_bytes(size=(2000, 2000)) + b"\0" * 200_000, "image/png")
    info = fetch_site(site.url, image_limit=100_000)
    assert info.logos == [] and any("larger than 100 kB" in p for p in info.problems)


def test_not_a_web_page(site: Site) -> None:
    site.page("/", b"PK\x03\x04", "application/zip")
    with pytest.raises(FetchError, match="not a web page"):
        fetch_site(site.url)


def test_http_error_and_refused_connection(site: Site) -> None:
    with pytest.raises(FetchError, match="answered 404"):
        fetch_site(site.url + "/missing")
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="refused the connection"):
        fetch_site(f"http://127.0.0.1:{port}/")


def test_redirect_to_another_scheme_is_refused(site: Site) -> None:
    def redirect(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", "file:///etc/passwd")
        handler.end_headers()

    site.routes["/"] = redirect
    with pytest.raises(FetchError, match="redirected"):
        fetch_site(site.url)


def test_redirect_within_http_is_followed(site: Site) -> None:
    def redirect(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(301)
        handler.send_header("Location", "/home")
        handler.end_headers()

    site.routes["/"] = redirect
    site.page("/home", "<title>Moved</title>")
    info = fetch_site(site.url)
    assert info.title == "Moved" and info.url.endswith("/home")


def test_offline_or_unknown_host_gives_a_clear_message() -> None:
    # .invalid never resolves (RFC 2606), which is exactly what an offline machine sees.
    with pytest.raises(FetchError, match=r"could not find podium-check\.invalid.*online"):
        fetch_site("http://podium-check.invalid/")


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Type the company's web address"),
        ("not a url", "contains spaces"),
        ("nordvik", "no domain"),
        ("ftp://nordvik.se", "only reads http and https"),
        ("javascript:alert(1)", "only reads http and https"),
        ("file:///etc/passwd", "only reads http and https"),
        ("http://nordvik.se:port/", "is not a web address"),
    ],
)
def test_not_a_url(typed: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        normalise_url(typed)


def test_bare_domain_gets_https() -> None:
    assert normalise_url(" nordvik.se ") == "https://nordvik.se/"


def test_html_parser_survives_garbage() -> None:
    meta = parse_page(
        "<html><head><title>Un<b>closed <meta name=theme-color content='rgb(1,2,3)'>" + "<" * 5000
    )
    assert meta.title.startswith("Un")
    assert parse_page("\x00\xff<<<>>>").title == ""
    assert parse_color("rgb(300, 0, 16)") == "#FF0010" and parse_color("nonsense") == ""


def test_check_image_refuses_a_decompression_bomb() -> None:
    out = io.BytesIO()
    Image.new("1", (8000, 8000)).save(out, "PNG")  # small file, 64 megapixels
    with pytest.raises(FetchError, match="too large"):
        check_image(out.getvalue())


def test_long_page_is_searched_only_near_the_top() -> None:
    filler = "<p>" + "product listing " * 40 + "</p>\n"
    page = ("<html><head><title>Long</title><meta name='theme-color' content='#123456'></head><body>"
            "<header><img class='logo' src='/top.png'></header>" + filler * 2000 + "<img class='logo' src='/late.png'>")  # fmt: skip
    meta = parse_page(page)
    assert (meta.title, meta.theme_color, meta.logo_images) == ("Long", "#123456", ["/top.png"])


def test_white_theme_colour_gives_way_to_the_logo(site: Site) -> None:
    site.page("/", '<html><head><title>W</title><meta name="theme-color" content="#ffffff">'
                   '<link rel="icon" href="/i.png"></head></html>')  # fmt: skip
    site.page("/i.png", png_bytes((200, 30, 60), (64, 64)), "image/png")
    info = fetch_site(site.url)
    assert info.color_source == "logo" and info.theme_color != "#FFFFFF"
    assert any("#FFFFFF is grey" in p for p in info.problems)
