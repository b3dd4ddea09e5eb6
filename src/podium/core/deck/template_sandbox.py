"""The Jinja sandbox role templates render in, with the limits a role folder from a stranger needs.

Jinja's ``SandboxedEnvironment`` already blocks private attributes (``__class__``,
``__globals__``…) and unsafe calls. On top of that: no loader, so ``include``,
``import`` and ``extends`` find nothing (a missing loader raises ``TypeError``,
which is not a template error and would escape as a crash); and caps on ``*``
and ``**``, the two operators that can take all memory or time (``'x' * 10**10``,
``10 ** 10 ** 10``). Every way a template can fail is in ``RENDER_ERRORS``.
"""

from __future__ import annotations

from typing import Any

from jinja2 import DictLoader, StrictUndefined, TemplateError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

MAX_SEQUENCE = 100_000  # longest string or list a template may build with *
MAX_EXPONENT = 64

# What rendering a template string can raise; callers turn these into a clear message.
RENDER_ERRORS = (TemplateError, ArithmeticError, TypeError, ValueError, LookupError, RecursionError)


class _Sandbox(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"exponent {right} is larger than {MAX_EXPONENT}")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and len(seq) * times > MAX_SEQUENCE
                ):
                    raise SecurityError(f"a sequence of {len(seq) * times:,} items is too long")
        return super().call_binop(context, operator, left, right)


def make_environment() -> SandboxedEnvironment:
    """A sandboxed environment that loads no template files and bounds the costly operators."""
    return _Sandbox(
        autoescape=False,
        undefined=StrictUndefined,
        keep_trailing_newline=False,
        loader=DictLoader({}),
    )
