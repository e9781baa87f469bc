"""Offline by design: nothing fetched, web links open only on a click, in the browser."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop_app.core.chapter_text import parse_chapter
from desktop_app.ui.reader import Reader, build_document

from .conftest import ROOT


def test_remote_images_never_reach_the_reader():
    chapter, problems = parse_chapter("x.md", "# T\n\n![tracker](https://example.com/p.png) text\n")
    markdown = chapter.reader_markdown(lambda c: c)
    assert "https://example.com" not in markdown
    assert "*tracker*" in markdown
    assert problems and "images are not shown" in problems[0].message


def _probe_image(tmp_path):
    from PySide6.QtGui import QImage

    image = QImage(200, 300, QImage.Format.Format_RGB32)
    image.fill(0)
    path = tmp_path / "probe.png"
    image.save(str(path))
    return path


def test_reader_reads_no_local_image_files(qtbot, tmp_path):
    """Laid out for real: a local image would make the document 300 px taller."""
    probe = _probe_image(tmp_path)
    reader = Reader()
    qtbot.addWidget(reader)
    with_image = build_document(f"text\n\n![a]({probe})\n", reader)
    without = build_document("text\n", reader)
    for document in (with_image, without):
        document.setTextWidth(400)
    assert with_image.size().height() < without.size().height() + 50


def test_notes_panel_reads_no_local_files(window, tmp_path):
    probe = _probe_image(tmp_path)
    window.report.notes.setHtml(f"<p>x</p><img src='{probe}'>")
    window.report.notes.document().setTextWidth(400)
    assert window.report.notes.document().size().height() < 100


def test_images_in_chapter_text_and_notes_are_refused(tmp_path):
    text = "# T\n\n![local](/etc/x.png)\n\n![ref][r]\n\n## S\n\n::: notes\n![n](x.png)\n:::\n"
    chapter, problems = parse_chapter("c.md", text)
    markdown = chapter.reader_markdown(lambda c: c)
    assert "/etc/x.png" not in markdown and "![" not in markdown
    assert "![" not in chapter.sections[0].notes[0]
    assert [p.line for p in problems] == [3, 5, 10]


def test_raw_html_is_shown_as_text_not_run(qtbot):
    document = build_document("<img src='https://example.com/x.png'><script>alert(1)</script>\n")
    assert "<script>" in document.toPlainText()
    assert "img" not in document.toHtml().split("<body")[1].replace("&lt;img", "")


def test_web_link_opens_in_the_system_browser_only_when_clicked(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    reader = Reader()
    qtbot.addWidget(reader)
    reader.show_document(build_document("[site](https://example.com)\n", reader))
    assert opened == []
    reader.anchorClicked.emit(QUrl("https://example.com"))
    assert opened == ["https://example.com"]


def test_chart_links_ask_for_the_chart_and_file_links_do_nothing(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    reader = Reader()
    qtbot.addWidget(reader)
    with qtbot.waitSignal(reader.chartLinkActivated) as signal:
        reader.anchorClicked.emit(QUrl("chart:obstacles"))
    assert signal.args == ["obstacles"]
    reader.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == []


def test_touring_the_app_never_loads_qt_network(tmp_path):
    """A whole screenshot run, every chapter drawn, without QtNetwork ever imported."""
    script = (
        "import sys, runpy\n"
        "from desktop_app.__main__ import main\n"
        f"code = main(['--screenshot', r'{tmp_path / 's.png'}'])\n"
        "assert 'PySide6.QtNetwork' not in sys.modules, 'QtNetwork was imported'\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_socket_guard_is_active():
    import socket

    import pytest

    from .conftest import NetworkUsed

    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
