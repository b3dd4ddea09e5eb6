"""Fuzz every importer the way a user reaches it: ``podium generate --role R --<option> FILE``.

Each role's plug-in reads its files in ``load_cli`` (see ``core.roles``). For
every file option of every role, hypothesis writes hostile but plausible files
(CSV with any delimiter, encoding, number and date format; Excel workbooks with
formulas, NaN, dates and odd sheet names; risk registers with any scale words;
JSON briefs of any shape), damaged copies and raw bytes. The importer must
either read the file, after which the deck fills, exports and reads back, or
refuse it with ``RoleDataError`` naming the file. Anything else is a crash the
user would see.

A role that gains a file option adds a line to ``OPTIONS``; the test below fails
for a role whose CLI option is not listed, so no importer escapes the fuzzer.
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pptx import Presentation

from podium.cli import build_parser
from podium.core.deck.scaffold import scaffold
from podium.core.errors import RoleDataError
from podium.core.model import Preparation
from podium.core.roles import catalogue, get_role
from podium.export.pptx_writer import build_presentation
from tests.proof.kill import ROOT
from tests.proof.profile import PROFILE

MEMORY_CAP = 3 * 1024**3

# ------------------------------------------------------------------ strategies

WORDS = st.sampled_from(
    ["Datum", "Date", "Belopp", "Amount", "Region", "Budget", "Utfall", "Actual", "Kund", "Produkt", "Månad",
     "Risk", "ID", "Orsak", "Cause", "Likelihood", "Sannolikhet", "Impact", "Konsekvens", "Owner", "Ägare",
     "Response", "Åtgärd", "Status", "Fas", "Phase", "Start", "Slut", "End", "Milestone", ""]
)  # fmt: skip
NUMBERS = st.one_of(
    st.integers(-(10**15), 10**15).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str),
    st.sampled_from(["1 234,56", "-1,234.50", "(1 200)", "12 %", "1.234.567,8", "1e308", "-0", "NaN", "kr 400",
                     "5,0", "3/5", "Hög", "high", "Very likely", "4 – Major", "∞", "−7"]),
)  # fmt: skip
DATES = st.one_of(
    st.dates().map(str),
    st.dates().map(lambda d: d.strftime("%d/%m/%Y")),
    st.dates().map(lambda d: d.strftime("%m/%d/%y")),
    st.sampled_from(
        ["2026-13-45", "2026-01", "jan 2026", "Q3 2027", "31.02.2026", "0000-00-00", "9999-12-31"]
    ),
)
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
CELL = st.one_of(NUMBERS, DATES, WORDS, ANY_TEXT, st.just(""))


@st.composite
def table(draw: st.DrawFn) -> list[list[str]]:
    width = draw(st.integers(1, 8))
    header = draw(st.lists(st.one_of(WORDS, ANY_TEXT), min_size=width, max_size=width))
    rows = draw(st.lists(st.lists(CELL, min_size=0, max_size=width + 2), max_size=40))
    return [header, *rows]


def _csv_text(rows: list[list[str]], delimiter: str) -> str:
    import csv

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


@st.composite
def csv_file(draw: st.DrawFn) -> bytes:
    text = _csv_text(draw(table()), draw(st.sampled_from([",", ";", "\t", "|"])))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
    return text.encode(encoding, errors="replace")


@st.composite
def xlsx_file(draw: st.DrawFn) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook()
    for n in range(draw(st.integers(1, 3))):
        sheet = workbook.active if n == 0 else workbook.create_sheet()
        title = draw(
            st.text(st.characters(blacklist_characters="\\/?*[]:", blacklist_categories=("Cs",)), max_size=31)
        )
        with contextlib.suppress(ValueError):  # openpyxl refuses some titles; the default stays then
            sheet.title = ILLEGAL_CHARACTERS_RE.sub("", title).strip("'") or f"Blad{n}"
        value = st.one_of(
            st.none(), st.booleans(), st.integers(-(10**15), 10**15), st.floats(allow_nan=False),
            st.datetimes(min_value=datetime(1900, 3, 1)),
            st.sampled_from(["=1/0", "=A1*2", "=SUM(B:B)", "#N/A", "=NA()"]),
            CELL.map(lambda s: ILLEGAL_CHARACTERS_RE.sub("", s)),
        )  # fmt: skip
        for row in draw(st.lists(st.lists(value, max_size=8), max_size=30)):
            sheet.append(row)
    workbook.properties.created = workbook.properties.modified = datetime(2026, 1, 1)
    buffer = io.BytesIO()
    try:
        workbook.save(buffer)
    except ValueError:  # a value openpyxl itself cannot write: not a file anyone could send
        assume(False)
    return _fixed_dates(buffer.getvalue())


def _fixed_dates(xlsx: bytes) -> bytes:
    """The same workbook with every zip entry dated alike, so equal draws give equal bytes."""
    import zipfile

    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(xlsx)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(
                zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0)), source.read(info)
            )
    return out.getvalue()


RATINGS = st.one_of(
    st.integers(0, 11).map(str), st.floats(0, 1).map(lambda f: f"{f:.2f}"), st.integers(0, 120).map(lambda n: f"{n}%"),
    st.sampled_from(["75% to 100%", "< 10%", ">90 %", "Very high", "Mycket hög", "Låg", "Medel", "Rare", "2,5",
                     "64,500,000 CHF", "SEK 2,5 mn", "(50,000)", "$1.2M", "3 weeks", "10 dagar", "Yes", "No",
                     "TBD", "=E5*F5", "n/a", "-", "1.234.567,8", "15,000", "1e9", "∞"]),
)  # fmt: skip
REGISTER_HEADERS = st.sampled_from(
    ["#", "Risk ID", "Risk", "Risk Description", "Cause", "Event", "Effect", "Likelihood", "Impact", "Probability",
     "Cost Impact", "Schedule Impact?", "Score", "Inherent Risk", "Residual Risk", "Likelihood\n(%)", "Impact \n(CHF)",
     "Owner", "Mitigation", "Status ", "Type", "Sannolikhet", "Konsekvens", "Åtgärd", "Total", "", "Likelihood"]
)  # fmt: skip


@st.composite
def register_file(draw: st.DrawFn) -> bytes:
    """A workbook shaped like a register: title rows, a header over one or two rows (merged group
    cells), ratings in any scale, formulas with and without saved results, totals and legends."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def clean(value: object) -> object:
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    workbook = Workbook()
    for n in range(draw(st.integers(1, 3))):
        sheet = workbook.active if n == 0 else workbook.create_sheet(draw(st.sampled_from(
            ["Issue Register", "Definitions", "Instructions", f"Blad{n}"])) + str(n))  # fmt: skip
        for _ in range(draw(st.integers(0, 3))):
            sheet.append([clean(draw(ANY_TEXT))])
        width = draw(st.integers(1, 9))
        if draw(st.booleans()):
            groups = draw(
                st.lists(
                    st.sampled_from(["", "Inherent Risk", "Residual Risk"]), min_size=width, max_size=width
                )
            )
            sheet.append(groups)
            if width >= 3 and draw(st.booleans()):
                row = sheet.max_row
                sheet.merge_cells(
                    start_row=row, start_column=1, end_row=row, end_column=draw(st.integers(2, width))
                )
        sheet.append([clean(h) for h in draw(st.lists(REGISTER_HEADERS, min_size=width, max_size=width))])
        for _ in range(draw(st.integers(0, 20))):
            sheet.append(
                [clean(c) for c in draw(st.lists(st.one_of(RATINGS, CELL, st.none()), max_size=width + 2))]
            )
    buffer = io.BytesIO()
    try:
        workbook.save(buffer)
    except ValueError:
        assume(False)
    return _fixed_dates(buffer.getvalue())


@st.composite
def sie_like(draw: st.DrawFn) -> bytes:
    """Text an accounting program could write: SIE tags with any values, braces, quotes, PC8."""
    tags = st.sampled_from(["#FLAGGA 0", "#SIETYP 4", "#KONTO", "#VER", "#TRANS", "#RES", "{", "}", "#FNAMN"])
    lines = ["#FLAGGA 0"] + [
        f"{draw(tags)} {' '.join(draw(st.lists(st.one_of(NUMBERS, DATES, ANY_TEXT, st.just('{}')), max_size=5)))}"
        for _ in range(draw(st.integers(0, 25)))
    ]
    return "\r\n".join(lines).encode(draw(st.sampled_from(["cp437", "utf-8", "cp1252"])), errors="replace")


JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | ANY_TEXT | NUMBERS | DATES,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.one_of(WORDS, ANY_TEXT), children, max_size=5)
    ),
    max_leaves=30,
)
BRIEF_KEYS = ["objective", "audience", "personas", "insight", "big_idea", "message", "channels", "budget",
              "timeline", "phases", "kpis", "risks", "name", "share", "amount", "start", "end", "target"]  # fmt: skip


@st.composite
def json_file(draw: st.DrawFn) -> bytes:
    shaped = st.dictionaries(st.sampled_from(BRIEF_KEYS), JSON_VALUE, max_size=10)
    data = draw(st.one_of(shaped, JSON_VALUE))
    return json.dumps(data, ensure_ascii=draw(st.booleans()), allow_nan=True).encode("utf-8")


def _damaged(files: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    """A file cut short or with bytes overwritten somewhere: what a bad download or disk gives."""

    @st.composite
    def damage(draw: st.DrawFn) -> bytes:
        data = bytearray(draw(files))
        assume(data)
        if draw(st.booleans()):
            data = data[: draw(st.integers(1, len(data)))]
        for _ in range(draw(st.integers(0, 6))):
            at = draw(st.integers(0, len(data) - 1))
            data[at : at + 4] = draw(st.binary(min_size=1, max_size=4))
        return bytes(data)

    return damage()


def _any(files: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    return st.one_of(files, _damaged(files), st.binary(max_size=2000), st.just(b""))


# role id -> (CLI option, file suffix, what to write). New importers add a line here.
OPTIONS: dict[str, list[tuple[str, str, st.SearchStrategy[bytes]]]] = {
    "finance": [
        ("--data", ".csv", _any(csv_file())),
        ("--data", ".xlsx", _any(xlsx_file())),
        ("--data", ".se", _any(sie_like())),
    ],
    "project-management": [
        ("--risks", ".csv", _any(csv_file())),
        ("--risks", ".xlsx", _any(xlsx_file())),
        ("--risks", ".xlsx", _any(register_file())),
        ("--plan", ".csv", _any(csv_file())),
    ],
    "marketing": [("--brief", ".json", _any(json_file()))],
}
CASES = list(
    dict.fromkeys(
        (role, option, suffix) for role, entries in OPTIONS.items() for option, suffix, _ in entries
    )
)
STRATEGIES = {
    case: st.one_of(*[files for role, entries in OPTIONS.items() for option, suffix, files in entries
                      if (role, option, suffix) == case])
    for case in CASES
}  # fmt: skip


def _import(role: str, option: str, path: Path) -> str:
    """Run the role's importer as the CLI does; 'refused' or 'read', or raise what the user would see."""
    args = build_parser().parse_args(
        ["generate", "--role", role, "--company", "Nordvik AB", "-o", "unused.pptx", option, str(path)]
    )
    prep = Preparation(role=role, company="Nordvik AB")
    plugin = get_role(role).plugin
    assert plugin is not None and plugin.load_cli is not None
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            plugin.load_cli(prep, args)
    except RoleDataError as exc:
        assert path.name in str(exc), f"the message does not name the file: {exc}"
        return "refused"
    prep.deck = scaffold(prep)
    buffer = io.BytesIO()
    build_presentation(prep).save(buffer)
    buffer.seek(0)
    assert len(Presentation(buffer).slides) == len(prep.deck.slides)
    return "read"


def _fuzz(case: tuple[str, str, str]) -> Callable[..., None]:
    role, option, suffix = case

    @settings(
        max_examples=max(10, PROFILE.examples // 2),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )
    @given(data=STRATEGIES[case])
    def run(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
        path = tmp_path_factory.mktemp("import") / f"fuzzed{suffix}"
        path.write_bytes(data)
        _import(role, option, path)

    return run


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[f"{r}{o}{s}" for r, o, s in CASES])
def test_importer_reads_or_refuses_clearly(
    case: tuple[str, str, str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    if get_role(case[0]).plugin is None:
        pytest.skip(f"role {case[0]} has no plug-in yet")
    _fuzz(case)(tmp_path_factory)


@pytest.mark.slow
@settings(
    max_examples=max(20, PROFILE.examples),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
@given(data=st.one_of(_any(csv_file()), _any(xlsx_file()), _any(register_file()), _any(sie_like())),
       suffix=st.sampled_from([".csv", ".xlsx", ".txt", ".se"]))  # fmt: skip
def test_the_shared_reader_reads_or_refuses_in_one_sentence_in_both_languages(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    """Both readers of ``core.tabular``: a table, or a ``ReadError`` whose sentences name the file and
    say no library's raw words, in English and in Swedish; never another exception."""
    from podium.core.tabular.frame import read_frame
    from podium.core.tabular.grid import read_grid
    from podium.core.tabular.messages import ReadError

    path = tmp_path_factory.mktemp("reader") / f"fuzzed{suffix}"
    path.write_bytes(data)
    for read in (read_grid, read_frame):
        try:
            read(path)
        except ReadError as exc:
            for language in ("en", "sv"):
                text = exc.render(language)
                assert path.name in text or str(path) in text, text
                assert "Error" not in text and "Traceback" not in text and "_csv" not in text, text


def test_every_role_file_option_is_fuzzed() -> None:
    """The CLI's role-data options and this fuzzer's list stay in step."""
    parser = build_parser()
    generate = next(
        a for a in parser._subparsers._group_actions[0].choices.values() if a.prog.endswith("generate")
    )  # type: ignore[union-attr]
    file_options = {
        action.option_strings[0]
        for action in generate._actions
        if action.type is Path
        and action.option_strings
        and action.option_strings[0] not in ("-o", "--output")
    }
    fuzzed = {option for entries in OPTIONS.values() for option, _suffix, _files in entries}
    assert file_options <= fuzzed, f"file options nobody fuzzes: {sorted(file_options - fuzzed)}"
    assert set(OPTIONS) <= set(catalogue())


CHILD = """
import sys
from pathlib import Path
from tests.proof.test_fuzz_importers import _import
print(_import(sys.argv[1], sys.argv[2], Path(sys.argv[3])))
"""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


@pytest.mark.parametrize("case", CASES, ids=[f"{r}{o}{s}" for r, o, s in CASES])
def test_enormous_file_is_refused_quickly_by_size(case: tuple[str, str, str], tmp_path: Path) -> None:
    """A 6 GB file (sparse: it takes no disk) must be refused by its size, not read.

    Run in a child capped at 3 GB of address space: an importer that reads the whole
    file gets a MemoryError there instead of taking the machine's memory (it once did).
    """
    role, option, suffix = case
    path = tmp_path / f"enormous{suffix}"
    with path.open("wb") as handle:
        handle.write(b"Datum,Belopp\n2026-01-01,1\n")
        handle.truncate(6 * 1024**3)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, role, option, str(path)],
        capture_output=True, text=True, timeout=300, preexec_fn=_limit_memory, cwd=ROOT,
    )  # fmt: skip
    assert child.returncode == 0 and child.stdout.split()[-1:] == ["refused"], child.stderr[-2000:]
