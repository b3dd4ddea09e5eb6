from podium.ui import _none_refcount

_none_refcount.apply()  # before any Qt call: see the module for the PySide6 6.12.0 bug it works around
