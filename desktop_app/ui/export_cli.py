"""``desktop-app --export-slides FILE`` and ``--export-checks FILE``: written, then exit.

Problems go to stderr with exit code 1; nothing waits on a dialog.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def export_from_command_line(
    target: Path, pack_path: Path | None, lang: str | None, chapter: str | None
) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..core.my_charts import MyChartStore
    from .app import create_application, shut_down
    from .i18n import Translations, use_content_locale
    from .paths import data_folder
    from .presentation.deck_export import ExportError, export_slides
    from .presentation.own_slides import own_charts

    app = create_application(sys.argv[:1])
    try:
        content = _load_pack(pack_path)
        if isinstance(content, int):
            return content
        pack = content.report
        lang = lang or pack.default_language
        if not _has_language(pack, lang):
            return 2
        if chapter is not None and pack.chapter(chapter) is None:
            sys.stderr.write(
                f"desktop-app: unknown chapter '{chapter}'; choose one of: "
                f"{', '.join(pack.chapter_ids())}\n"
            )
            return 2
        Translations.set_language(lang)
        use_content_locale(lang)
        # The consultant's own charts of this pack, saved on this computer, come after the
        # chapters as they do in the show (a file that cannot be read is set aside: none).
        own = own_charts(MyChartStore(data_folder(), pack.id).specs(pack))
        try:
            count = export_slides(target, pack, lang, chapter, own=own)
        except ExportError as error:
            sys.stderr.write(f"desktop-app: {error}\n")
            return 1
        print(f"{count} slides written to {target}")
        return 0
    finally:
        shut_down(app)


def export_checks_from_command_line(target: Path, pack_path: Path | None, lang: str | None) -> int:
    """Every saved check to a .csv or .xlsx file, scored against the pack; no window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..readiness.export import export_checks
    from ..readiness.store import CheckStore, StoreError
    from .app import create_application, shut_down
    from .paths import checks_database

    if target.suffix.lower() not in (".csv", ".xlsx"):
        sys.stderr.write(f"desktop-app: {target}: the file name must end in .csv or .xlsx\n")
        return 2
    app = create_application(sys.argv[:1])
    try:
        content = _load_pack(pack_path)
        if isinstance(content, int):
            return content
        if content.readiness is None:
            sys.stderr.write("desktop-app: this pack has no readiness check to score the checks\n")
            return 1
        if lang is not None and not _has_language(content.report, lang):
            return 2
        language = lang or content.report.default_language
        try:
            store = CheckStore(checks_database())
            try:
                count = export_checks(store, content.readiness, content.report, language, target)
            finally:
                store.close()
        except (StoreError, OSError) as error:
            sys.stderr.write(f"desktop-app: {error}\n")
            return 1
        print(f"{count} checks written to {target}")
        return 0
    finally:
        shut_down(app)


def _load_pack(pack_path: Path | None):
    """The pack's Content, or exit code 1 after saying on stderr why it was not loaded."""
    from ..content import load_content
    from ..core.problems import PackError
    from ..resources import bundled_pack

    try:
        return load_content(pack_path or bundled_pack())
    except PackError as error:
        sys.stderr.write(f"desktop-app: the pack was not loaded:\n{error}\n")
        return 1


def _has_language(pack, lang: str) -> bool:
    """Whether the pack is written in ``lang``; if not, says on stderr which languages it has."""
    if lang in pack.languages:
        return True
    sys.stderr.write(
        f"desktop-app: the pack has no language '{lang}'; choose one of: "
        f"{', '.join(pack.languages)}\n"
    )
    return False
