// Starts the real main window, opens a project and saves a picture of the window, so anyone can look at
// the GUI without a display: `infraplan-screenshot PROJECT.json OUT.png [WIDTHxHEIGHT]`.
// Run by CTest (label gui) for every example project; the README's picture comes from it.
#include "canvasscene.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "projectdocument.h"
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
    QApplication::setOrganizationName("InfraplanScreenshot");
    QApplication::setApplicationName("Infraplan");
    const QStringList size = argc > 3 ? QString(argv[3]).split('x') : QStringList{"1600", "1000"};

    infraplan::ui::MainWindow window({INFRAPLAN_BINARY_DIR, INFRAPLAN_SOURCE_DIR "/data/examples"});
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();
    if (!window.files().openFile(QString::fromLocal8Bit(argv[1]))) {
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
    std::printf("wrote %s\n", argv[2]);
    return 0;
}
