"""``podium rehearse analyse AUDIO --marks MARKS.csv``: speaking time, long pauses and (with the
transcription extra and a model) words, pace and fillers per slide of a recorded talk."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from podium.cli.common import EXIT_OK, Parser, fail


def add_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    rehearse = sub.add_parser("rehearse", help="work with rehearsal recordings")
    actions = rehearse.add_subparsers(dest="rehearse_command", parser_class=Parser, required=True)
    analyse = actions.add_parser(
        "analyse",
        help="speaking time, long pauses, pace and fillers per slide of a recorded talk",
        description="Analyse a WAV recording (16-bit mono, 8/16/32/48 kHz). Marks are slide,start_s rows; "
        "without them the recording is one slide. Words, pace and fillers need the transcription extra "
        "and a model; without them they are null.",
    )
    analyse.add_argument("audio", type=Path, help="the WAV recording")
    analyse.add_argument("--marks", type=Path, help="CSV of slide,start_s rows (when each slide came up)")
    analyse.add_argument("--language", choices=["en", "sv"], default="en", help="the talk's language")
    analyse.add_argument("--json", action="store_true", help="print the analysis as JSON")
    analyse.add_argument(
        "--no-transcribe",
        action="store_true",
        help="voice activity only, even when transcription is installed",
    )


def run(args: argparse.Namespace) -> int:
    from podium import paths
    from podium.core.speech.analysis import analyse
    from podium.core.speech.audio import AudioError, read_wav
    from podium.core.speech.engine import load_engine
    from podium.core.speech.marks import Mark, MarksError, read_marks

    try:
        audio = read_wav(args.audio)
        marks = read_marks(args.marks) if args.marks is not None else [Mark("1", 0.0)]
    except (AudioError, MarksError) as exc:
        return fail(str(exc))
    if marks[-1].start_s > audio.seconds:
        return fail(
            f"The marks go to {marks[-1].start_s:g} s but {args.audio} ends at {audio.seconds:.1f} s; "
            "are they for another recording?"
        )
    engine = None if args.no_transcribe else load_engine(paths.models_dir())
    try:
        talk = analyse(audio, marks, args.language, engine)
    except AudioError as exc:
        return fail(str(exc))
    if args.json:
        print(json.dumps(talk.to_dict(), ensure_ascii=False, indent=1))
        return EXIT_OK
    print(
        f"{'slide':<10} {'from':>7} {'to':>7} {'speaking':>9} {'pauses':>6} {'words':>6} {'wpm':>6} {'fillers':>7}"
    )
    for s in talk.slides:
        words, wpm, fill = ("-" if v is None else str(v) for v in (s.words, s.wpm, s.fillers))
        print(
            f"{s.slide[:10]:<10} {s.start_s:>7.1f} {s.end_s:>7.1f} {s.speaking_s:>8.1f}s "
            f"{s.long_pauses:>6} {words:>6} {wpm:>6} {fill:>7}"
        )
    print(
        f"speaking {talk.speaking_s:.1f} s of {talk.duration_s:.1f} s ({talk.speaking_share:.0%}), "
        f"{talk.long_pauses} long pause(s) of 2 s or more"
        + ("" if talk.transcribed else "; words, pace and fillers need the transcription extra")
    )
    return EXIT_OK
