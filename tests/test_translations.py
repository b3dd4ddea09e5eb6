"""The UI translations are complete, current and faithful to their English sources.

These read the committed .ts files (Qt Linguist XML) and run Qt's own lupdate over src/, so they
fail when a string is added without a translation, when a translation is left unfinished, or
when a translation drops a placeholder the code fills in.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.i18n_tools import TS_DIR, update_translations

TS_FILES = sorted(TS_DIR.glob("*.ts"))
PLACEHOLDER = re.compile(r"%\d+|%[sd]|\{\w+\}|<[^>]+>")
MNEMONIC = re.compile(r"&(?!&)(?=\S)")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation> element) for every message in ``ts``."""
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg.find("translation"))  # type: ignore[misc]
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def test_there_is_a_swedish_translation() -> None:
    assert [p.name for p in TS_FILES] == ["podium_sv.ts"]
    assert len(messages(TS_FILES[0])) > 500


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated_and_finished(ts: Path) -> None:
    bad = [
        f"{ctx}: {source!r} ({tr.get('type') or 'empty'})"
        for ctx, source, tr in messages(ts)
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()
    ]
    assert not bad, f"{ts.name} has {len(bad)} unfinished translations:\n" + "\n".join(bad[:40])


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_placeholders_and_mnemonics(ts: Path) -> None:
    """%1, %s, {name} and markup are filled in by the code: a translation must keep every one."""
    bad = []
    for ctx, source, tr in messages(ts):
        text = tr.text or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            bad.append(f"{ctx}: {source!r} -> {text!r} (placeholders)")
        plain = source.replace("&&", "").replace("Q&A", "")  # "Q&A" in a label is text, not a mnemonic
        if len(MNEMONIC.findall(plain)) != len(MNEMONIC.findall(text.replace("&&", ""))):
            bad.append(f"{ctx}: {source!r} -> {text!r} (keyboard mnemonic)")
        for end in ("…", ":"):
            if source.rstrip().endswith(end) != text.rstrip().endswith(end):
                bad.append(f"{ctx}: {source!r} -> {text!r} (ending {end!r})")
    assert not bad, "\n".join(bad)


def test_the_ts_files_hold_every_string_in_the_source(tmp_path: Path) -> None:
    """lupdate over src/ finds nothing new and nothing gone: run packaging/tools/update_translations.py."""
    for ts in TS_FILES:
        fresh = tmp_path / ts.name
        shutil.copyfile(ts, fresh)
        update_translations.lupdate(fresh, "sv_SE")
        committed = {(c, s) for c, s, _ in messages(ts)}
        extracted = {(c, s) for c, s, _ in messages(fresh)}
        assert extracted - committed == set(), f"strings missing from {ts.name}: run update_translations.py"
        assert committed - extracted == set(), "strings no longer in the source: run update_translations.py"


def test_every_string_has_a_context_qt_can_find_at_run_time(tmp_path: Path) -> None:
    """``self.tr()`` looks strings up under the class name. lupdate files ``parent.tr(...)``, a local
    ``tr = translate`` alias or a helper ``_tr()`` under a wrong or empty context (or not at all),
    and the string then shows in English whatever the language."""
    ts = tmp_path / "extracted.ts"
    update_translations.lupdate(ts, "sv_SE")
    bad = sorted({(c, s) for c, s, _ in messages(ts) if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", c)})
    assert not bad, "strings under a context no class has:\n" + "\n".join(map(repr, bad))
