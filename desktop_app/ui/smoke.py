"""``desktop-app --smoke-test``: prove an installed copy works, offline, in one run.

Starts the real window, visits every chapter and chart, runs a sample readiness check,
exports its PDF to a temporary folder and switches language. Exits 0 only if every step
worked; otherwise prints the failing step and exits 1. ``--smoke-test --pack PATH`` does
all of that for the pack at PATH, in its own languages. Nothing waits on a dialog.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from pathlib import Path


class SmokeFailure(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SmokeFailure(what)


def run_smoke_test(pack_path: Path | None = None) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from .app import create_application, load_start_pack, print_problems, shut_down
    from .i18n import Translations, interface_language
    from .main_window import MainWindow
    from .settings import AppSettings

    app = create_application(sys.argv[:1])
    scratch = Path(tempfile.mkdtemp(prefix="desktop-app-smoke-"))
    step = "start"
    window = None
    try:
        step = "load the bundled report pack" if pack_path is None else f"load the pack {pack_path}"
        content, problems = load_start_pack(pack_path)
        if problems:
            print_problems(str(pack_path), problems)
        pack, questionnaire = content.report, content.readiness
        check(not problems and pack.chapters, step)
        if pack_path is None:
            # start-up skips the schemas for the bundled pack: here they run, so a bundle
            # without jsonschema or data/schemas fails its smoke test
            step = "validate the bundled pack against the schemas, as --check does"
            from ..content import check_content

            found = check_content(pack.location)
            check(not found, f"{step}: {'; '.join(map(str, found[:3]))}")
        lang = pack.default_language
        other = next((x for x in pack.languages if x != lang), None)
        step = "open the main window"
        settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(content, settings, lang=lang, checks_path=scratch / "checks.sqlite")
        window.resize(1400, 900)
        window.show()
        window.start_charts()
        app.processEvents()
        for chapter in pack.chapters:
            step = f"show chapter '{chapter.id}' and its charts"
            window.report.select(chapter.id)
            app.processEvents()
            check(chapter.title(lang) in window.report.reader.toPlainText(), step)
            cards = window.report.chart_panel.current_cards()
            check(list(cards) == chapter.text(lang).chart_ids, step)
            for card in cards.values():
                check(
                    card.plot.bars is not None and len(card.data.rows) > 0,
                    f"{step}: {card.objectName()}",
                )
        if questionnaire is not None:
            step = "run a sample readiness check"
            window.new_check()
            workspace = window.readiness
            for profile in questionnaire.profile_for("quick"):
                value = profile.options[0]
                value = (value,) if profile.choice == "multiple" else value
                check(workspace.answer(profile.id, value), step)
            for number, question in enumerate(questionnaire.questions_for("quick")):
                check(workspace.answer(question.id, number % len(question.options)), step)
            check(workspace.result is not None and workspace.result.overall is not None, step)
            step = "export the check as PDF"
            from .readiness.pdf import export_pdf

            target = scratch / "check.pdf"
            export_pdf(target, questionnaire, pack, workspace.check, workspace.result, lang)
            check(target.read_bytes().startswith(b"%PDF-"), step)
        step = "present every slide"
        session = window.present(from_start=True)
        controller = session.controller
        for index in range(len(controller.slides)):  # how each looks is tested at real sizes
            controller.go(index)
            app.processEvents()
            painted = session.presentation.view.grab()
            check(not painted.isNull(), f"{step}: slide {index + 1} was not painted")
        session.finish()
        app.processEvents()
        step = "export the slides as PowerPoint and PDF"
        from .presentation.deck_export import export_slides

        for name, magic in (("deck.pptx", b"PK"), ("deck.pdf", b"%PDF-")):
            target = scratch / name
            check(export_slides(target, pack, lang) > len(pack.chapters), step)
            check(target.read_bytes().startswith(magic), f"{step}: {name}")
        step = (
            "sort text by Unicode's rules, as file dialogs do (Qt's ICU data, trimmed by the build)"
        )
        from PySide6.QtCore import QCollator, QLocale

        collator = QCollator(QLocale("nl_NL"))
        check(collator.compare("é", "f") < 0 and collator.compare("a", "B") < 0, step)
        menus = {"nl": "&Bestand", "en": "&File"}
        if other is not None:
            step = "switch the language"
            window.set_language(other)
            app.processEvents()
            check(
                pack.chapter(window.report.chapter_id).title(other)
                in window.report.reader.toPlainText(),
                step,
            )
            expected = menus[interface_language(other)]
            check(window.window_actions.file_menu.title() == expected, f"{step} (interface)")
            window.set_language(lang)
        step = "show the Dutch interface (are the .qm files bundled?)"
        check(Translations.set_language("nl"), step)
        app.processEvents()
        check(window.window_actions.file_menu.title() == "&Bestand", step)
        Translations.set_language(lang)
    except Exception as error:  # the point is to report any failure by step
        print(f"SMOKE TEST FAILED at step: {step}: {error}", file=sys.stderr)
        traceback.print_exc()
        return 1
    finally:
        if window is not None:
            window.close()
    tested = ["chapters", "charts"]
    tested += ["readiness check", "its PDF"] if questionnaire is not None else []
    tested += ["a show of every slide", "slides as PowerPoint and PDF"]
    tested += ["language switch"] if other is not None else []
    print(f"smoke test passed: {', '.join(tested)}, and the Dutch interface")
    shut_down(app)
    return 0
