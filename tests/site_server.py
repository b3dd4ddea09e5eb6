"""A real local web server for the website-fetch tests (core and UI), with routes each test defines."""

from __future__ import annotations

import contextlib
import io
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from PIL import Image


def png_bytes(color: tuple[int, int, int] = (200, 30, 60), size: tuple[int, int] = (120, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def ico_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (64, 64), (10, 120, 200, 255)).save(out, "ICO", sizes=[(16, 16), (64, 64)])
    return out.getvalue()


HOME = """<!doctype html><html><head>
<meta charset="utf-8"><title>Nordvik &amp; Co – Accounting for small firms</title>
<meta name="description" content="Invoicing and payroll for Nordic small businesses.">
<meta property="og:site_name" content="Nordvik">
<meta name="theme-color" content="#0a5">
<link rel="apple-touch-icon" sizes="180x180" href="/touch.png">
<link rel="icon" href="/broken.png"><script>document.title = 'hacked'</script>
</head><body><header><img class="site-logo" src="/logo.png" alt="Nordvik"></header>
<p>Welcome</p></body></html>"""

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><rect width="100" height="40" fill="#123456"/></svg>'


class Site:
    """A local web server with routes the tests define; handlers that hang wait on ``release``."""

    def __init__(self) -> None:
        self.routes: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {}
        self.release = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                route = site.routes.get(self.path.split("?")[0])
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    route(self)

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def page(self, path: str, body: bytes | str, ctype: str = "text/html; charset=utf-8") -> None:
        data = body.encode() if isinstance(body, str) else body

        def send(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(200)
            handler.send_header("Content-Type", ctype)
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)

        self.routes[path] = send


def serve() -> Iterator[Site]:
    """The body of a ``site`` fixture: a running server, shut down afterwards."""
    s = Site()
    s.thread.start()
    yield s
    s.release.set()
    s.server.shutdown()
    s.server.server_close()
