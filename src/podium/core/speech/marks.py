"""The slide changes of a recorded talk: ``slide,start_s`` rows, as the presenter writes them
and ``podium rehearse analyse --marks`` reads them."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path


class MarksError(ValueError):
    """The marks cannot be used; the message is one sentence for the user."""


@dataclass(frozen=True)
class Mark:
    """From ``start_s`` seconds into the recording, ``slide`` was on screen."""

    slide: str
    start_s: float


def parse_marks(text: str, source: str = "the marks") -> list[Mark]:
    """Rows of ``slide,start_s`` (a header row is allowed), in time order."""
    marks: list[Mark] = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) < 2:
            raise MarksError(f"Line {number} of {source} has no start time; each row is slide,start_s.")
        slide, start = row[0].strip(), row[1].strip()
        try:
            seconds = float(start)
        except ValueError:
            if not marks and number == 1:
                continue  # the header row
            raise MarksError(
                f"Line {number} of {source} has “{start}” where a time in seconds belongs."
            ) from None
        if seconds != seconds or seconds < 0 or seconds == float("inf"):
            raise MarksError(f"Line {number} of {source} has a start time that is not a time ({start}).")
        if marks and seconds < marks[-1].start_s:
            raise MarksError(
                f"Line {number} of {source} starts before the line above it; list slides in time order."
            )
        marks.append(Mark(slide or str(len(marks) + 1), seconds))
    if not marks:
        raise MarksError(f"{source} lists no slides; each row is slide,start_s.")
    return marks


def read_marks(path: Path) -> list[Mark]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise MarksError(f"{path} does not exist.") from None
    except UnicodeDecodeError:
        raise MarksError(f"{path} is not a text file of slide,start_s rows.") from None
    except OSError as exc:
        raise MarksError(f"{path} cannot be read ({exc.strerror or exc}).") from None
    return parse_marks(text, str(path))


def format_marks(marks: list[Mark]) -> str:
    """The CSV ``read_marks`` reads back."""
    return "slide,start_s\n" + "".join(f"{m.slide},{m.start_s:.3f}\n" for m in marks)
