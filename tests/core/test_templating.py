"""Strings that only put variables in place are filled without Jinja, exactly as Jinja fills them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from podium.core.deck import templating
from podium.core.deck.templating import render_text
from podium.core.errors import RoleError

CONTEXT = {
    "company": "Nordvik AB",
    "talk_minutes": 10,
    "job_title": "",
    "advice": {"action_title": "Say the conclusion.", "items": "not a method"},
    "ratio": 1.5,
    "nothing": None,
}


def jinja(source: str) -> str:
    """What rendering always did: a string without a brace as it is, any other through Jinja."""
    return templating._compile(source).render(CONTEXT) if "{" in source else source


@pytest.mark.parametrize(
    "source",
    [
        "{{ company }}: the numbers",
        "{{company}} in {{ talk_minutes }} minutes",
        "{{ advice.action_title }}\n",
        "Two lines\n\n",
        "{{ ratio }} and {{ job_title }}.",
        "Windows\r\nline {{ company }}",
        "{% if job_title %}{{ job_title }}{% endif %}{{ company }}",
        "{{ company | upper }}",
        "{{ advice.items }}",  # a dict's method comes before its item in Jinja
        "{{ nothing }}",
        "{{{ company }}",
        "{{ company }}}",
        "{# a comment #}{{ company }}",
        "{{- company -}} x",
        "{{ job_title }}{% if job_title and talk_minutes %} · {% endif %}{{ talk_minutes }}",
        "{% if company and talk_minutes %} · {% endif %}{{ talk_minutes }}",
        "{%if company%}yes{%endif%}",
        "{% if unknown %} · {% endif %}",
        "{% if company %}{{ company }}{% endif %}",
    ],
)
def test_a_template_string_renders_as_jinja_renders_it(source: str) -> None:
    assert outcome(source) == expected(source)


def test_only_a_string_with_nothing_but_variables_skips_jinja() -> None:
    assert templating._render_variables("{{ company }} at {{ advice.action_title }}", CONTEXT) is not None
    assert templating._render_variables("{% if company %}x{% endif %}", CONTEXT) == "x"
    assert templating._render_variables("{% for x in company %}x{% endfor %}", CONTEXT) is None
    assert templating._render_variables("{{ unknown }}", CONTEXT) is None


def test_an_undefined_name_is_still_a_template_error() -> None:
    with pytest.raises(RoleError, match="template error"):
        render_text("Hello {{ unknown }}", CONTEXT)


names = st.sampled_from(
    ["company", "talk_minutes", "job_title", "advice.action_title", "ratio", "advice.items"]
)
conditions = st.lists(st.sampled_from(["company", "job_title", "talk_minutes", "unknown", "advice.items"]),
                      min_size=1, max_size=3).map(" and ".join)  # fmt: skip
pieces = st.one_of(
    st.text(alphabet="ab {}%#-\n\r.", max_size=6),
    names.map(lambda name: "{{ " + name + " }}"),
    st.tuples(conditions, st.text(alphabet="ab ·{}", max_size=4)).map(
        lambda c: "{% if " + c[0] + " %}" + c[1] + "{% endif %}"
    ),
)


@given(st.lists(pieces, max_size=6).map("".join))
def test_any_mix_of_text_and_variables_renders_as_jinja_renders_it(source: str) -> None:
    assert outcome(source) == expected(source)


def outcome(source: str) -> str:
    try:
        return render_text(source, CONTEXT)
    except RoleError:
        return "<template error>"


def expected(source: str) -> str:
    try:
        return jinja(source)
    except Exception:
        return "<template error>"
