"""Which of the files PyInstaller collects the bundle keeps, on every platform.

Read by packaging/desktop_app.spec, and by packaging/check_qt_wheels.py, which applies the
same filters to the real PySide6 wheels for Windows and macOS and checks that the plugins
and libraries the app needs survive them (the Linux filters are proven by the Linux build's
smoke test in CI; the other two are only built by the release workflow).

A name here is a substring of a file's destination path inside the bundle, written with
forward slashes: "plugins/styles/x" matches Windows' "PySide6/plugins/styles/x.dll" and
macOS' "PySide6/Qt/plugins/styles/libx.dylib" alike only when both spell it so, which is
why the library names come in the three platforms' spellings.
"""

from __future__ import annotations

# Qt modules the app never imports: left out of the analysis (the spec's excludes).
UNUSED_QT = [
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtStateMachine",
    "PySide6.QtMultimedia",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    # pyqtgraph draws with QPainter here; its 3D package is never imported.
    "pyqtgraph.opengl",
    "OpenGL",
]

# Qt libraries that only Qt modules the app never imports need:
# Windows and Linux name them Qt6Name(.dll|.so.6), macOS ships QtName.framework.
UNUSED_QT_LIBRARIES = (
    "Quick",
    "Qml",
    "Pdf",
    "VirtualKeyboard",
    "Designer",
    "Sql",
    "Test",
    "Network",
    "WebSockets",
    "Multimedia",
    "ShaderTools",
    "Quick3D",
)

UNUSED_LIBRARIES = (
    *(f"Qt6{name}" for name in UNUSED_QT_LIBRARIES),
    *(f"Qt{name}.framework" for name in UNUSED_QT_LIBRARIES),
    "plugins/sqldrivers",
    "plugins/qmltooling",
    "plugins/virtualkeyboard",
    "plugins/designer",
    "plugins/networkinformation",
    "plugins/tls",
    "plugins/imageformats/libqpdf",
    "plugins/imageformats/qpdf",
    "plugins/platforminputcontexts",
    "plugins/multimedia",
    "plugins/position",
    # QML tooling and Qt Quick's vector images (Lottie): they need Qt Quick, QML and
    # Qt Network, which are left out; kept, they would be plugins that cannot load.
    "plugins/qmllint",
    "plugins/vectorimageformats",
    # Linux platforms for kiosks and framebuffers, and the GTK theme plugin that drags in
    # GTK, Cairo and friends; the app uses xcb or Wayland (and offscreen for its smoke test).
    "plugins/egldeviceintegrations",
    "plugins/generic",
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay",
    "platforms/libqvnc",
    "platformthemes/libqgtk3",
    "Qt6EglFSDeviceIntegration",
    "Qt6EglFsKmsSupport",
    # Image formats the pack and the interface never use (PNG is built in; SVG, JPEG, GIF
    # and ICO stay). Windows spells them without the "lib".
    "imageformats/libqtiff",
    "imageformats/libqwebp",
    "imageformats/libqicns",
    "imageformats/libqtga",
    "imageformats/libqwbmp",
    "imageformats/qtiff",
    "imageformats/qwebp",
    "imageformats/qicns",
    "imageformats/qtga",
    "imageformats/qwbmp",
    # pyqtgraph's own logo and its colour-map tables: the charts use neither.
    "pyqtgraph/icons/peegee",
    "pyqtgraph/colors/maps",
)


def keep(destination: str) -> bool:
    """Whether a collected file (its path inside the bundle) stays in the bundle."""
    name = destination.replace("\\", "/")
    if any(part in name for part in UNUSED_LIBRARIES):
        return False
    # Qt's own translations: only the languages of the interface.
    if "/translations/" in name and name.endswith(".qm") and "desktop_app" not in name:
        return "_nl" in name or "_en" in name
    return True
