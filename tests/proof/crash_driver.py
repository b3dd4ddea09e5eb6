"""A real Podium GUI process that keeps editing (or exporting) until it is killed.

Run by ``tests/proof/test_crash.py`` as ``python -m tests.proof.crash_driver``. It
opens the store through the real ``MainWindow`` and ``PreparationSession`` and, on
a QTimer, makes the edits a user makes: types into a slide's speaker notes (the
real ``QPlainTextEdit``) and renames slides through the session. After each edit is
applied it prints one flushed line with ``time.monotonic()`` (the same clock the
test reads when it sends SIGKILL), so the test knows exactly what must survive:

    READY <t> <prep id> <slides>
    NOTE <t> <row> <token>      token appended to that slide's notes
    TITLE <t> <row> <seq>       that slide's title now ends in " [<seq>]"
    EXPORT <t> <kind>           an export finished
    ERROR <t> <text>            a message box the user would have seen
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TITLE_SUFFIX = re.compile(r" \[(\d+)\]$")


def emit(*parts: object) -> None:
    print(*parts, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--role", default="finance")
    parser.add_argument("--mode", choices=["edit", "export-pptx", "export-pdf"], default="edit")
    parser.add_argument("--target", type=Path, help="export target (export modes)")
    parser.add_argument(
        "--edits", type=int, default=0, help="quit on its own after this many edits (0: never)"
    )
    args = parser.parse_args(argv)

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor

    from podium.core.model import Preparation
    from podium.core.storage.store import Store
    from podium.ui.app import create_application
    from podium.ui.common import messages
    from podium.ui.window.main_window import MainWindow

    app = create_application(["podium-crash-driver"])
    messages.error = lambda _parent, title, text: emit("ERROR", time.monotonic(), f"{title}: {text}")
    messages.info = lambda *_a: None
    messages.confirm = lambda *_a: True
    messages.ask_save_path = lambda *_a: str(args.target)

    store = Store(args.db)
    window = MainWindow(store)
    window.show()
    existing = store.summaries()
    if existing:
        window.open_preparation(existing[0].id)
    else:
        window.create_preparation(Preparation(role=args.role, company="Nordvik AB", language="en"))
    session, workspace = window.session, window.workspace
    assert session is not None and workspace is not None
    deck = workspace.deck
    slides = session.prep.deck.slides
    emit("READY", time.monotonic(), session.prep.id, len(slides))

    rng = random.Random(args.seed)
    seq = args.seed * 100_000  # grows across runs, since each run gets a larger seed
    made = 0

    def edit() -> None:
        nonlocal seq, made
        if args.edits and made >= args.edits:
            window.close()  # saves what is pending, as a user quitting would
            app.quit()
            return
        made += 1
        seq += 1
        row = rng.randrange(len(slides))
        if rng.random() < 0.7:  # type into the notes of a slide, as the user does
            deck.slide_list.setCurrentIndex(deck.model.index(row))
            token = f"t{seq}"
            deck.notes.moveCursor(QTextCursor.MoveOperation.End)
            deck.notes.insertPlainText(f" {token}")
            emit("NOTE", time.monotonic(), row, token)
        else:  # rename through the session, as the deck editor does
            slide = slides[row]
            slide.title = TITLE_SUFFIX.sub("", slide.title) + f" [{seq}]"
            session.deck_edited()
            emit("TITLE", time.monotonic(), row, seq)
        QTimer.singleShot(rng.randint(5, 150), edit)

    def export() -> None:
        if args.mode == "export-pptx":  # Ctrl+E: the pptx is written by a job; the next starts when it ends
            window.export_action.trigger()
            job = window.pptx_export
            assert job is not None
            job.succeeded.connect(lambda _written: emit("EXPORT", time.monotonic(), "pptx"))
            job.finished.connect(lambda: QTimer.singleShot(rng.randint(0, 20), export))
            return
        from podium.ui.deck_export import pdf

        pdf.write_slides_pdf(
            deck.layouts, args.target, language=session.prep.language, title=session.prep.display_title
        )
        emit("EXPORT", time.monotonic(), "pdf")
        QTimer.singleShot(rng.randint(0, 20), export)

    QTimer.singleShot(0, edit if args.mode == "edit" else export)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
