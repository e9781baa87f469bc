"""Command line: ``desktop-app [--pack PATH] [--lang LANG] [--chapter ID]``, --check, --screenshot.

No run without a window (--check, --screenshot, --smoke-test, --export-*) ever waits on a
dialog: problems go to stderr and the exit code is 1 (2 for arguments the pack lacks).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


class VersionAction(argparse.Action):
    """``--version``, reading the version only when asked (it is slow to look up)."""

    def __init__(self, option_strings, dest, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from . import __version__

        print(f"desktop-app {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-app",
        description="Present a survey report pack: chapters beside live charts, and a readiness check.",
    )
    parser.add_argument("--pack", type=Path, help="report pack to open (a folder or a .zip)")
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="language of the content: one the pack declares in manifest.toml (nl, en, de, …)",
    )
    parser.add_argument("--chapter", metavar="ID", help="chapter to open, for example 'obstacles'")
    parser.add_argument(
        "--check",
        type=Path,
        metavar="PATH",
        help="validate a report pack, print every problem as path:line: message, and exit",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="render the main window at 1600x1000 offscreen to a PNG file and exit",
    )
    parser.add_argument(
        "--new-check", action="store_true", help="open straight into a new, empty readiness check"
    )
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="PATH",
        help="open a second pack (for example last year's survey) beside the first and show "
        "both editions on every chart they share",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the app offscreen, visit every chapter and chart, run a sample check, "
        "export its PDF, switch language, and exit 0 if all of that worked; with --pack, "
        "for that pack",
    )
    parser.add_argument(
        "--export-slides",
        type=Path,
        metavar="FILE",
        help="write the deck to FILE (.pptx with native charts, or .pdf, one slide per page) "
        "without showing a window, and exit; with --chapter, only that chapter's slides",
    )
    parser.add_argument(
        "--export-checks",
        type=Path,
        metavar="FILE",
        help="write every saved readiness check to FILE (.csv or .xlsx, by its extension) "
        "for a backup or the firm's own systems, and exit",
    )
    parser.add_argument("--version", action=VersionAction)
    return parser


def check(path: Path) -> int:
    """Print every problem of the pack; exit 1 when there are any, 0 when it is clean."""
    from .content import check_content

    problems = check_content(path)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {path}", file=sys.stderr)
        return 1
    print(f"{path}: no problems")
    return 0


def main(argv: list[str] | None = None) -> int:
    from .stdio import ensure_standard_streams

    ensure_standard_streams()  # before anything may print: a windowed build has no streams
    args = build_parser().parse_args(argv)
    if args.check is not None:
        return check(args.check)
    if args.export_checks is not None:
        from .ui.export_cli import export_checks_from_command_line

        return export_checks_from_command_line(args.export_checks, args.pack, args.lang)
    if args.export_slides is not None:
        from .ui.export_cli import export_from_command_line

        return export_from_command_line(args.export_slides, args.pack, args.lang, args.chapter)
    if args.smoke_test:
        from .ui.smoke import run_smoke_test

        return run_smoke_test(args.pack)
    from .ui.app import run

    return run(
        args.pack,
        args.lang,
        args.chapter,
        args.screenshot,
        new_check=args.new_check,
        compare=args.compare,
    )


if __name__ == "__main__":
    sys.exit(main())
