// The Infraplan window with a project opened and edited, to be killed by test_autosave: it prints
// "autosaved" once its recovery file is on disk, then waits for the kill.
#include "autosave.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "recoverycontroller.h"

#include <cstdio>
#include <QApplication>
#include <QFile>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName("Infraplan");
    QApplication::setApplicationName("Infraplan");
    if (argc != 3) {
        std::fprintf(stderr, "usage: autosave-victim PROJECT NEW_NAME\n");
        return 2;
    }
    infraplan::ui::MainWindow window(infraplan::ui::AppPaths{{}, {}});
    window.show();
    if (!window.files().openFile(QString::fromLocal8Bit(argv[1])))
        return 1;
    window.document().setProjectName(argv[2]);
    const QString path = window.recovery().autosave().recoveryPath();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (QFile::exists(path)) {
            std::printf("autosaved %s\n", qPrintable(path));
            std::fflush(stdout);
            poll.stop();
        }
    });
    poll.start(20);
    return app.exec();
}
