// Starts the real main window, opens a project and saves a picture of the window, so anyone can look at
// the GUI without a display: `infraplan-screenshot PROJECT.json OUT.png [WIDTHxHEIGHT]`. PROJECT "-" shows
// the welcome screen; INFRAPLAN_SCREENSHOT_DARK=1 uses a dark palette (as a dark desktop theme would);
// QT_SCALE_FACTOR=2 shows 200% scaling.
// Run by CTest (label gui) for every example project; the README's picture comes from it.
#include "canvasscene.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "searchcontroller.h"
#include "searchdialog.h"
#include "simulationscheduler.h"

#include <cstdio>
#include <filesystem>
#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: infraplan-screenshot PROJECT.json OUT.png [WIDTHxHEIGHT]\n");
        return 2;
    }
    QApplication app(argc, argv);
    // Fresh settings, so a saved window layout on this machine does not change the picture.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    qputenv("XDG_DATA_HOME", settingsDir.filePath("data").toUtf8()); // no recovery offer from elsewhere
    QApplication::setOrganizationName("InfraplanScreenshot");
    QApplication::setApplicationName("Infraplan");
    if (qEnvironmentVariableIntValue("INFRAPLAN_SCREENSHOT_DARK")) {
        QApplication::setStyle("Fusion");
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        dark.setColor(QPalette::Base, QColor(30, 30, 32));
        dark.setColor(QPalette::AlternateBase, QColor(52, 52, 56));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 155));
        dark.setColor(QPalette::Button, QColor(55, 55, 58));
        dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Mid, QColor(90, 90, 95));
        dark.setColor(QPalette::Midlight, QColor(75, 75, 80));
        dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
        dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
        QApplication::setPalette(dark);
    }
    const QStringList size = argc > 3 ? QString(argv[3]).split('x') : QStringList{"1600", "1000"};

    infraplan::ui::MainWindow window({INFRAPLAN_BINARY_DIR, INFRAPLAN_SOURCE_DIR "/data/examples"});
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();
    if (QString(argv[1]) != "-" && !window.files().openFile(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    // Select the first frame so the properties and results docks show something.
    const auto& sketches = window.document().project().sketches;
    if (!sketches.empty())
        window.scene().selectIds(std::vector<std::string>{sketches.front().id});
    QElapsedTimer waited;
    waited.start();
    while ((window.results().isBusy() || waited.elapsed() < 500) && waited.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!window.grab().save(QString::fromLocal8Bit(argv[2]))) {
        std::fprintf(stderr, "cannot write %s\n", argv[2]);
        return 1;
    }
    // INFRAPLAN_SCREENSHOT_SEARCH=SKETCH_ID: also run "Find a plan…" on that sketch and save the dialog with
    // its results next to the window's picture (OUT-search.png).
    const QString searchSketch = qEnvironmentVariable("INFRAPLAN_SCREENSHOT_SEARCH");
    if (!searchSketch.isEmpty()) {
        infraplan::ui::SearchDialog* dialog = window.search().openFor(searchSketch.toStdString());
        if (!dialog) {
            std::fprintf(stderr, "no sketch %s\n", qPrintable(searchSketch));
            return 1;
        }
        dialog->resize(1100, 760);
        dialog->startSearch();
        waited.restart();
        while (dialog->isRunning() && waited.elapsed() < 120000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        QApplication::processEvents();
        QString out = QString::fromLocal8Bit(argv[2]);
        out.replace(QStringLiteral(".png"), QStringLiteral("-search.png"));
        if (!dialog->grab().save(out)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
            return 1;
        }
        std::printf("wrote %s\n", qPrintable(out));
    }
    std::printf("wrote %s\n", argv[2]);
    return 0;
}
