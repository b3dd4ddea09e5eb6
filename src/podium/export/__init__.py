"""Writers of the deck's files (.pptx, PDF), Qt-free.

Importing this package first defers ``urllib.request`` to its first use: python-pptx imports
``xml.sax.saxutils`` for ``escape``, and saxutils imports ``urllib.request`` (with it
``http.client``, ``email``, ``ssl`` and ``socket``) for a function python-pptx never calls. That
chain was about a tenth of ``podium generate``'s whole run. Until then ``urllib.request`` is a
stand-in module that imports the real one when any of its names is read, so code that does use it
works as before. The standard library's ``importlib.util.LazyLoader`` cannot serve here: every
``import urllib.request`` (saxutils' own included) reads the module's ``__spec__``, and a
LazyLoader module runs its code on any attribute read.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
import urllib  # noqa: F401 - the parent package the stand-in is bound to


class _DeferredModule(types.ModuleType):
    """Stands in for a module not imported yet; reading a name imports it and takes its place."""

    def __getattr__(self, name: str) -> object:
        real = self.load()
        return getattr(real, name)

    def load(self) -> types.ModuleType:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        real = importlib.import_module(self.__name__)
        parent, _, child = self.__name__.rpartition(".")
        setattr(sys.modules[parent], child, real)
        self.__dict__.update(real.__dict__)  # a reference kept to the stand-in reads the real names
        return real


def _defer(name: str) -> None:
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None:
        return
    module = _DeferredModule(name)
    module.__spec__ = spec  # what the import system reads when the name is imported again
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    setattr(sys.modules[parent], child, module)


_defer("urllib.request")
