"""Record, and refuse, every attempt of this Python process to reach the network.

``install()`` replaces the socket entry points (connect, connect_ex, sendto,
sendmsg, create_connection, getaddrinfo). Internet attempts are recorded and
fail as if offline; local (AF_UNIX) sockets, which Qt uses for D-Bus, pass. With
``PODIUM_NETGUARD_LOG`` set, a ``sitecustomize`` loads this before anything else
in a child process and each attempt is appended to that file.
"""

from __future__ import annotations

import os
import socket
from typing import Any

ATTEMPTS: list[str] = []
_ORIGINAL: dict[str, Any] = {}
_INTERNET = (socket.AF_INET, socket.AF_INET6)


def _record(what: str) -> None:
    ATTEMPTS.append(what)
    log = os.environ.get("PODIUM_NETGUARD_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(what + "\n")


def _guard_method(name: str):
    original = getattr(socket.socket, name)

    def guarded(self: socket.socket, *args: Any, **kwargs: Any) -> Any:
        if self.family in _INTERNET:
            _record(f"{name} {args[-1] if name == 'sendto' else args[0] if args else ''!r}")
            raise OSError(101, "Network is unreachable (blocked by Podium's network proof)")
        return original(self, *args, **kwargs)

    return original, guarded


def install() -> None:
    if _ORIGINAL:
        return
    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        original, guarded = _guard_method(name)
        _ORIGINAL[name] = original
        setattr(socket.socket, name, guarded)

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        _record(f"getaddrinfo {host!r}:{port!r}")
        raise socket.gaierror(socket.EAI_NONAME, "Name resolution blocked by Podium's network proof")

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
        _record(f"create_connection {address!r}")
        raise OSError(101, "Network is unreachable (blocked by Podium's network proof)")

    _ORIGINAL["getaddrinfo"] = socket.getaddrinfo
    _ORIGINAL["create_connection"] = socket.create_connection
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    socket.create_connection = create_connection  # type: ignore[assignment]


def uninstall() -> None:
    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        if name in _ORIGINAL:
            setattr(socket.socket, name, _ORIGINAL[name])
    if "getaddrinfo" in _ORIGINAL:
        socket.getaddrinfo = _ORIGINAL["getaddrinfo"]
        socket.create_connection = _ORIGINAL["create_connection"]
    _ORIGINAL.clear()
    ATTEMPTS.clear()
