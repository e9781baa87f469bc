"""Languages come from the pack: any the manifest declares, with labels per language."""

from __future__ import annotations

import shutil

import pytest

from desktop_app.__main__ import main
from desktop_app.content import check_content, load_content
from desktop_app.ui.i18n import interface_language, start_language

from .conftest import BUNDLED, PACKS
from .test_cli import run_cli

GERMAN = PACKS / "de-excel"


@pytest.mark.parametrize(
    ("content", "interface"),
    [("nl", "nl"), ("nl-BE", "nl"), ("fy", "nl"), ("en", "en"), ("de", "en"), ("cs", "en")],
)
def test_the_interface_is_dutch_or_english_whichever_is_closer(content, interface):
    assert interface_language(content) == interface


def test_start_language_asked_then_remembered_then_the_packs_default():
    assert start_language(["nl", "en", "de"], "de", "en", "nl") == "en"
    assert start_language(["nl", "en", "de"], "de", None, "nl") == "nl"
    assert start_language(["nl", "en", "de"], "de", None, "") == "de"
    assert start_language(["nl", "en", "de"], "de", "fr", "fr") == "de"


def test_labels_and_bases_in_any_declared_language():
    report = load_content(GERMAN).report
    assert report.languages == ["de"]
    item = report.figures["einsatzgrad"].items[0]
    assert item.label == {
        "de": "Kein Einsatz und auch keine Planung für den Einsatz künstlicher Intelligenz"
    }
    assert item.base == {"de": "1.234 Unternehmen"}


def add_german(pack):
    """The bundled pack with German declared, German labels and one German base column."""
    manifest = pack / "manifest.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(
            'languages = ["nl", "en"]', 'languages = ["nl", "en", "de"]'
        ),
        encoding="utf-8",
    )
    figures = pack / "figures.csv"
    lines = figures.read_text(encoding="utf-8").splitlines()
    lines = [lines[0] + ",label_de,base_de"] + [f"{line},Deutsch,Basis" for line in lines[1:]]
    figures.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_declared_language_without_chapters_or_titles_is_one_problem_each(pack_copy):
    add_german(pack_copy)
    (pack_copy / "readiness.toml").unlink()
    found = [str(p) for p in check_content(pack_copy)]
    charts = (pack_copy / "charts.toml").read_text(encoding="utf-8").splitlines()
    title_line = next(n for n, line in enumerate(charts, 1) if line.startswith("title."))
    assert found == [
        f"{pack_copy}/charts.toml:{title_line}: 12 texts have no 'de' text, the first: chart "
        "'adoption_level': title; manifest.toml declares the language 'de': add de texts "
        "(such as title.de = \"…\"), or remove 'de' from languages",
        f"{pack_copy}/manifest.toml:10: languages declares 'de', but no chapter has a de text "
        "(chapters/de/ has none of the chapters); write them, or remove 'de' from languages",
        f"{pack_copy}/manifest.toml:23: title has no 'de' text",
    ]


def test_a_label_column_missing_for_a_declared_language(pack_copy):
    manifest = pack_copy / "manifest.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace(
            'languages = ["nl", "en"]', 'languages = ["nl", "en", "de"]'
        ),
        encoding="utf-8",
    )
    found = [str(p) for p in check_content(pack_copy)]
    assert found[0] == (
        f"{pack_copy}/figures.csv:1: missing column(s): label_de; manifest.toml declares the "
        "language(s) de, so figures.csv needs the column(s) label_de"
    )


def test_an_english_only_pack_with_a_broken_manifest_is_not_told_about_dutch(pack_copy):
    """Without usable manifest, the label columns say which languages the pack has."""
    import csv

    figures = pack_copy / "figures.csv"
    with open(figures, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    keep = [i for i, name in enumerate(rows[0]) if name not in ("label_nl", "base_nl")]
    with open(figures, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([[row[i] for i in keep] for row in rows])
    manifest = pack_copy / "manifest.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8")
        .replace('languages = ["nl", "en"]', "languages = 5")
        .replace('default_language = "nl"\n', ""),
        encoding="utf-8",
    )
    messages = [p.message for p in check_content(pack_copy)]
    assert messages == ['languages must be a list of language codes, such as ["nl", "en"]']


def test_lang_accepts_any_declared_language_and_lists_them_otherwise(tmp_path):
    refused = run_cli(
        "--pack", str(GERMAN), "--lang", "fr", "--screenshot", str(tmp_path / "x.png")
    )
    assert refused.returncode == 2
    assert "the pack has no language 'fr'; choose one of: de" in refused.stderr
    assert not (tmp_path / "x.png").exists()
    with pytest.raises(SystemExit):
        main(["--lang"])  # a value is still required


def test_the_language_switch_is_hidden_with_one_language(make_window, qtbot):
    window = make_window(lang="nl", content=load_content(GERMAN), charts=False)
    actions = window.window_actions
    assert window.lang == "de"
    assert not actions.toggle_language_action.isVisible()
    assert not actions.language_menu.menuAction().isVisible()
    assert actions.file_menu.title() == "&File"  # German content: the English interface


def test_default_language_decides_the_first_start_then_the_choice_is_kept(
    make_window, pack_copy, settings
):
    manifest = pack_copy / "manifest.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8")
        .replace('default_language = "nl"', 'default_language = "en"')
        .replace('id = "ai-op-de-werkvloer-2025"', 'id = "another-edition"'),
        encoding="utf-8",
    )
    window = make_window(lang=None, content=load_content(BUNDLED), charts=False)
    assert window.lang == "nl"  # the bundled manifest says nl
    assert window.open_pack(pack_copy)
    assert window.lang == "en"  # never opened: its own default_language
    window.set_language("nl")
    window.window_actions.bundled_action.trigger()  # File › Show the bundled report
    window.set_language("en")
    assert window.open_pack(pack_copy)
    assert window.lang == "nl"  # this pack's own last choice
    assert settings.language_of("another-edition") == "nl"


def test_a_language_chosen_before_per_pack_languages_still_counts(settings):
    settings.language = "en"
    settings.set_last_chapter("ai-op-de-werkvloer-2025", "obstacles")
    assert settings.language_of("ai-op-de-werkvloer-2025") == "en"
    assert settings.language_of("never-opened") == ""


def test_the_german_pack_copies_cleanly(tmp_path):
    target = tmp_path / "de"
    shutil.copytree(GERMAN, target)
    assert check_content(target) == []
