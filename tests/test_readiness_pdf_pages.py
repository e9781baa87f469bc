"""The readiness check's PDF as the client reads it on paper: every word there, readable.

The pages are read back with poppler (pdftotext for the words and where they stand,
pdftoppm for the pixels), so the tests see what a printed page shows, not what the code
meant to draw: text cut off by a clip is still in the file, but it has no ink on the page.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ElementTree
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from desktop_app.readiness.findings import findings
from desktop_app.readiness.model import DONT_KNOW
from desktop_app.readiness.session import CheckSession
from desktop_app.readiness.store import CheckStore

from .helpers import overlapping

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="pdftotext and pdftoppm (poppler-utils) are not installed",
)

DPI = 110  # pixels per inch the pages are rendered at to look at them
PAPER = 235  # lighter than this (0 to 255) is paper, not ink
INK = 140  # at least one pixel of every word darker than this: text one can read


@pytest.fixture(autouse=True)
def light_theme_afterwards():
    """Tests here switch the app's theme; the next test starts in the light one again."""
    from desktop_app.ui.theme import LIGHT, themes

    yield
    themes().apply(LIGHT)


def longest_check(store: CheckStore, content, lang: str) -> CheckSession:
    """A full check with as much text as the bundled pack gives: four participants who
    disagree on every dimension, some "don't know", the profile answers with the most
    findings, every obstacle. Each of the three priorities has three actions."""
    questionnaire = content.readiness
    session = CheckSession.create(
        store,
        questionnaire,
        content.report,
        client="Brouwerij Het Anker en Zonen B.V.",
        mode="full",
        language=lang,
        first_role="Directeur",
    )
    for role in ("IT-manager", "HR-adviseur", "Data-analist"):
        session.add_participant(role)
    people = [p.id for p in session.participants]

    def said_about(question_id: str, option: str) -> int:
        return sum(
            len(str(i.text))
            for i in questionnaire.insights
            if i.question == question_id and option in i.options
        )

    for step in session.steps:
        if step.is_survey_question:
            options = step.question.options
            most = max(options, key=lambda o, s=step: said_about(s.id, o))
            session.answer(step, people[0], tuple(options) if step.multiple else most)
            continue
        unsure = zlib.crc32(step.id.encode()) % 3 == 0  # the same every run
        for person, value in zip(people, (0, 1, 3, DONT_KNOW if unsure else 1), strict=True):
            session.answer(step, person, value)
    return session


@pytest.fixture
def store(tmp_path):
    checks = CheckStore(tmp_path / "checks.sqlite")
    yield checks
    checks.close()


def in_language(lang: str) -> None:
    from desktop_app.ui.i18n import Translations

    Translations.set_language(lang)
    QLocale.setDefault(QLocale(lang))


def export(session: CheckSession, lang: str, path: Path) -> Path:
    from desktop_app.ui.readiness.pdf import export_pdf

    export_pdf(path, session.questionnaire, session.pack, session.check, session.result, lang)
    return path


def flat(text: str) -> str:
    """Words separated by single spaces (the PDF wraps lines where the page needs it),
    ligatures as their letters ("ﬀ" is "ff"), and without hyphens: pdftotext drops the
    hyphen where a line breaks after one ("AI-" + "projecten" reads "AIprojecten")."""
    return re.sub(r"-\s*", "", " ".join(unicodedata.normalize("NFKC", text).split()))


def page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [flat(page) for page in text.split("\f")[:-1]]


def page_words(pdf: Path) -> list[list[tuple[str, QRectF]]]:
    """Each page's words with their boxes, in points from the page's top left."""
    xhtml = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pages = []
    for page in ElementTree.fromstring(xhtml).iter("{http://www.w3.org/1999/xhtml}page"):
        words = []
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            x0, y0, x1, y1 = (float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
            words.append((word.text or "", QRectF(x0, y0, x1 - x0, y1 - y0)))
        pages.append(words)
    return pages


def page_images(pdf: Path) -> list[QImage]:
    """The pages as a printer would put them on paper (greyscale, ``DPI``)."""
    stem = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), str(stem)], check=True)
    files = sorted(
        pdf.parent.glob(f"{stem.name}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])
    )
    return [QImage(str(f)).convertToFormat(QImage.Format.Format_Grayscale8) for f in files]


def shades(image: QImage, box: QRectF) -> list[int]:
    """The grey values (0 black, 255 white) of the pixels under a word's box."""
    scale = DPI / 72
    x0, y0 = max(0, int(box.left() * scale)), max(0, int(box.top() * scale))
    x1 = min(image.width(), int(box.right() * scale) + 1)
    y1 = min(image.height(), int(box.bottom() * scale) + 1)
    return [image.pixelColor(x, y).value() for y in range(y0, y1) for x in range(x0, x1)]


def unreadable_words(pdf: Path) -> list[str]:
    """Words that are in the file but not readable on the page: no ink (clipped away, or
    drawn outside the page) or light ink, or on a dark ground."""
    bad = []
    for number, (words, image) in enumerate(zip(page_words(pdf), page_images(pdf), strict=True), 1):
        for word, box in words:
            values = sorted(shades(image, box))
            if not values:  # drawn outside the page
                bad.append(f"page {number}: {word!r}")
                continue
            ground = values[len(values) // 2]  # most of a word's box is the paper around it
            if values[0] > INK or ground < PAPER:
                bad.append(f"page {number}: {word!r}")
    return bad


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_priority_action_is_in_the_pdf_continuing_on_the_next_page(
    store, content, tmp_path, lang
):
    in_language(lang)
    session = longest_check(store, content, lang)
    words = findings(session.questionnaire, session.result, lang)
    assert len(words.priorities) == 3
    assert all(len(p.actions) == 3 for p in words.priorities)
    pages = page_texts(export(session, lang, tmp_path / "check.pdf"))
    everything = " ".join(pages)
    for priority in words.priorities:
        for text in (priority.dimension, priority.lever, priority.recommendation):
            assert flat(text) in everything
        for action in priority.actions:
            assert flat(action) in everything, f"missing from the PDF: {action}"
    # Too much for the first page: the last action is on a later page, and nothing is lost.
    last_action = flat(words.priorities[-1].actions[-1])
    assert last_action not in pages[0]
    assert any(last_action in page for page in pages[1:])
    for insight in words.insights:
        assert flat(insight.text) in everything


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_word_on_every_page_is_drawn_whole_and_clear_of_the_others(
    store, content, tmp_path, lang
):
    in_language(lang)
    session = longest_check(store, content, lang)
    pdf = export(session, lang, tmp_path / "check.pdf")
    assert unreadable_words(pdf) == []
    for number, words in enumerate(page_words(pdf), 1):
        on_top = overlapping([box for _word, box in words])
        assert on_top == [], [(number, words[i][0], words[j][0]) for i, j in on_top]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_footer_says_where_every_finding_is_in_the_report(store, content, tmp_path, lang):
    in_language(lang)
    session = longest_check(store, content, lang)
    pack = session.pack
    places = {pack.place(i.source, lang) for i in session.result.insights if i.source}
    assert len(places) >= 3  # a footer of several lines
    pdf = export(session, lang, tmp_path / "check.pdf")
    pages = page_texts(pdf)
    total = len(pages)
    for number, text in enumerate(pages, 1):
        page_of = "Pagina {0} van {1}." if lang == "nl" else "Page {0} of {1}."
        assert page_of.format(number, total) in text
    footer = next(page for page in pages if "Source:" in page or "Bron:" in page)
    footnote = "De bevindingen staan in het rapport bij:" if lang == "nl" else "Findings are in"
    assert footnote in footer
    listed = footer[footer.index(footnote) :]
    for place in places:
        assert flat(place) in listed
    assert listed.rstrip().endswith(".")  # the whole list, up to its full stop
    assert unreadable_words(pdf) == []  # and every word of it has ink on the page


def test_a_pdf_exported_in_the_dark_theme_is_printed_in_the_light_one(store, content, tmp_path):
    """Paper is white: the same dark text and light charts whatever the app shows."""
    from desktop_app.ui.theme import DARK, LIGHT, PROJECTOR, THEMES, themes

    in_language("nl")
    session = longest_check(store, content, "nl")
    light = [QImage(i) for i in page_images(export(session, "nl", tmp_path / "light.pdf"))]
    app = QApplication.instance()
    for name in (DARK, PROJECTOR):
        themes().apply(name)
        window_colour = app.palette().color(app.palette().ColorRole.Window)
        told = []
        themes().changed.connect(told.append)
        try:
            pdf = export(session, "nl", tmp_path / f"{name}.pdf")
        finally:
            themes().changed.disconnect(told.append)
        # The app stayed in its theme throughout: nothing was restyled, not for a moment.
        assert told == []
        assert themes().current is THEMES[name]
        assert app.palette().color(app.palette().ColorRole.Window) == window_colour
        assert window_colour == QColor(THEMES[name].window)
        assert unreadable_words(pdf) == [], name
        pages = page_images(pdf)
        assert len(pages) == len(light)
        for number, (page, expected) in enumerate(zip(pages, light, strict=True), 1):
            assert page == expected, f"{name}: page {number} differs from the light theme's"
    themes().apply(LIGHT)


def test_a_short_check_still_fits_two_pages(store, content, tmp_path):
    """The quick check of one participant is the leave-behind the README promises: two
    A4 pages, the client's results on the first and the survey beside them on the second."""
    in_language("en")
    session = CheckSession.create(
        store,
        content.readiness,
        content.report,
        client="Acme",
        mode="quick",
        language="en",
        first_role="CEO",
    )
    for step in session.steps:
        options = getattr(step.question, "options", ())
        if step.is_survey_question:
            session.answer(
                step, session.participants[0].id, (options[0],) if step.multiple else options[0]
            )
        else:
            session.answer(step, session.participants[0].id, 2)
    pdf = export(session, "en", tmp_path / "quick.pdf")
    pages = page_texts(pdf)
    assert len(pages) == 2
    assert "Top three priorities" in pages[0] and "Page 1 of 2." in pages[0]
    assert re.search(r"adoption ladder", pages[1], re.IGNORECASE)
    assert unreadable_words(pdf) == []
