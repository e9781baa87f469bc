"""A second pack, unlike the bundled one, through every path the app offers a pack.

tests/packs/de-excel is German only (so the interface is English), its figures.csv is what
German Excel saves (semicolons, decimal commas, a byte-order mark, Windows line ends), and
it has long labels, decimals and two series in one chart. (No ordered scale: charts.toml
has no option for one yet.)
"""

from __future__ import annotations

import zipfile

from PySide6.QtGui import QImage

from desktop_app.content import check_content, load_content

from .conftest import PACKS
from .test_cli import run_cli

GERMAN = PACKS / "de-excel"


def test_it_is_written_the_way_german_excel_saves_csv():
    data = (GERMAN / "figures.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    assert data.splitlines()[0].count(b";") > 5 and b";41,7;" in data


def test_check_passes_and_reads_decimal_commas_as_decimals():
    assert check_content(GERMAN) == []
    result = run_cli("--check", str(GERMAN))
    assert result.returncode == 0 and "no problems" in result.stdout
    report = load_content(GERMAN).report
    values = [i.value for i in report.figures["einsatzgrad"].items]
    assert values == [41.7, 33.25, 18.5, 6.55]
    assert [s.figure_id for s in report.charts["hindernisse"].series] == [
        "hindernisse_2023",
        "hindernisse_2024",
    ]


def test_screenshot_shows_the_german_text_and_its_charts(tmp_path):
    target = tmp_path / "de.png"
    result = run_cli("--pack", str(GERMAN), "--screenshot", str(target), "--chapter", "hindernisse")
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1600, 1000)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1600, 7) for y in range(0, 1000, 7)}
    assert "#0072b2" in colours  # the bars are drawn


def test_smoke_test_runs_on_this_pack(tmp_path):
    result = run_cli("--smoke-test", "--pack", str(GERMAN), HOME=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (
        "smoke test passed: chapters, charts, a show of every slide, slides as PowerPoint and PDF"
        in result.stdout
    )
    assert "load the bundled" not in result.stdout + result.stderr


def test_smoke_test_of_a_broken_pack_names_it(tmp_path, pack_copy):
    (pack_copy / "charts.toml").write_text("[[chart]\n", encoding="utf-8")
    result = run_cli("--smoke-test", "--pack", str(pack_copy), HOME=str(tmp_path))
    assert result.returncode == 1
    assert f"SMOKE TEST FAILED at step: load the pack {pack_copy}" in result.stderr
    assert f"{pack_copy}/charts.toml:1: not valid TOML" in result.stderr


def test_slides_export_from_the_command_line(tmp_path):
    target = tmp_path / "folien.pptx"
    result = run_cli("--pack", str(GERMAN), "--export-slides", str(target))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(target) as deck:
        text = "".join(
            deck.read(name).decode("utf-8")
            for name in deck.namelist()
            if name.startswith("ppt/slides/slide")
        )
    assert "Fachkräfte fehlen am meisten" in text
