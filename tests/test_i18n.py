"""Dutch and English the Qt way: every interface string translated, switched at runtime."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .conftest import ROOT

TS = ROOT / "resources" / "translations" / "desktop_app_nl.ts"
PLACEHOLDER = re.compile(r"\{[^}]*\}|%n")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def test_every_interface_string_in_the_code_has_a_dutch_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "desktop_app").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = messages(fresh)
    translated = messages(TS)
    missing = [key for key in in_code if key not in translated]
    assert not missing, f"strings not in {TS.name} (run make translations): {missing[:5]}"
    unfinished = [
        key
        for key in in_code
        if translated[key].find("translation").get("type") == "unfinished"
        or not "".join(translated[key].find("translation").itertext()).strip()
    ]
    assert not unfinished, f"untranslated: {unfinished[:5]}"


def test_translations_keep_their_placeholders():
    for (context, source), message in messages(TS).items():
        translation = "".join(message.find("translation").itertext())
        assert sorted(set(PLACEHOLDER.findall(source))) == sorted(
            set(PLACEHOLDER.findall(translation))
        ), (
            context,
            source,
        )


def test_language_switches_the_interface_and_the_content_at_runtime(window, pack):
    window.set_language("nl")
    assert window.window_actions.file_menu.title() == "&Bestand"
    assert window.lang == "nl"
    assert pack.chapters[0].title("nl") in window.report.reader.toPlainText()
    window.set_language("en")
    assert window.window_actions.file_menu.title() == "&File"
    assert pack.chapters[0].title("en") in window.report.reader.toPlainText()
    card = next(iter(window.report.chart_panel.current_cards().values()))
    assert "Source:" in card.footer.text()
    window.set_language("nl")
    assert "Bron:" in card.footer.text()
    assert card.table_button.text() == "Tabel"
