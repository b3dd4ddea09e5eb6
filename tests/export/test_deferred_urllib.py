"""Writing a deck does not load the web client python-pptx pulls in through xml.sax.saxutils, and
code that does use ``urllib.request`` (the website reader) still gets the real module."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from podium.export.pptx_writer import write_pptx
assert not {"urllib.request", "http.client", "email.parser", "ssl"} & {
    name for name, module in sys.modules.items() if type(module).__name__ == "module"
}, "the web client was loaded"
import urllib.request
from urllib.request import Request, urlopen
assert urllib.request.Request is Request and callable(urlopen)
assert "http.client" in sys.modules and type(sys.modules["urllib.request"]).__name__ == "module"
from xml.sax import saxutils
assert saxutils.urllib.request.urlopen is urlopen
print("ok")
"""


def test_urllib_request_loads_on_first_use_only() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
