// The habits of a desktop application in the real main window: no key bound to two actions, the standard
// shortcuts that must work everywhere, F1 opening the user guide, a confirmation after an export, frames
// dropped where they cover no other frame, the theme and the window layout kept across sessions.
#include "appearance.h"
#include "canvasscene.h"
#include "catalogstore.h"
#include "dropcontroller.h"
#include "exportconfirmation.h"
#include "filecontroller.h"
#include "frameplacement.h"
#include "isolateduserstate.h"
#include "language.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "reportexportcontroller.h"
#include "resultsdock.h"
#include "searchcontroller.h"
#include "userguidewindow.h"

#include <map>
#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace infraplan;
using namespace infraplan::ui;

namespace {
Sketch frameAt(double x, double y, double w, double h)
{
    Sketch s;
    s.position = {x, y};
    s.size = {w, h};
    return s;
}

bool intersects(const Sketch& a, Point p, Size s)
{
    return a.position.x < p.x + s.width && p.x < a.position.x + a.size.width &&
           a.position.y < p.y + s.height && p.y < a.position.y + a.size.height;
}

QAction* actionNamed(const QWidget& window, const QString& text)
{
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text().remove('&') == text)
            return a;
    return nullptr;
}
} // namespace

class TestDesktop : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(AppPaths{{}, INFRAPLAN_SOURCE_DIR "/data/examples"});
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private slots:
    void initTestCase()
    {
        isolateUserState(m_dir);
        qputenv("INFRAPLAN_CATALOG", INFRAPLAN_CATALOG_DB);
    }

    void init() { openWindow(); }
    void cleanup() { m_window.reset(); }

    void noKeyIsBoundToTwoActions()
    {
        // Every action of the window, its docks and controllers: a key two of them claim fires neither.
        std::map<QString, QStringList> owners;
        for (const QAction* a : m_window->findChildren<QAction*>()) {
            QStringList seen;
            for (const QKeySequence& key : a->shortcuts()) {
                const QString k = key.toString(QKeySequence::PortableText);
                QVERIFY2(!seen.contains(k), qPrintable(a->text() + " lists " + k + " twice"));
                seen << k;
                owners[k] << (a->text().isEmpty() ? a->objectName() : a->text());
            }
        }
        QVERIFY(owners.size() > 15);
        for (const auto& [key, actions] : owners)
            QVERIFY2(actions.size() == 1, qPrintable(key + " is bound to: " + actions.join(", ")));
    }

    void standardShortcutsHaveAKeyOnEveryPlatform()
    {
        // The offscreen platform has no Save As binding of its own: the fallback must be there.
        const QAction* saveAs = m_window->files().saveAsAction();
        QVERIFY(!saveAs->shortcuts().isEmpty());
        QVERIFY(saveAs->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)) ||
                saveAs->shortcuts() == QKeySequence::keyBindings(QKeySequence::SaveAs));
        QVERIFY(!m_window->search().findPlanAction()->shortcuts().isEmpty());
        const QAction* guide = actionNamed(*m_window, "User guide");
        QVERIFY(guide);
        QVERIFY(guide->shortcuts().contains(QKeySequence(Qt::Key_F1)));
    }

    void findAPlanFiresFromItsKey()
    {
        QVERIFY(m_window->files().openFile(INFRAPLAN_SOURCE_DIR "/data/examples/recsys-train-vs-serve.json"));
        m_window->scene().selectIds({"train"});
        QAction* find = m_window->search().findPlanAction();
        QVERIFY(find->isEnabled());
        QSignalSpy fired(find, &QAction::triggered);
        QTest::keySequence(m_window.get(), find->shortcuts().front());
        QCOMPARE(fired.size(), 1);
    }

    void f1OpensTheUserGuide()
    {
        QVERIFY(!m_window->findChild<UserGuideWindow*>());
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        auto* guide = m_window->findChild<UserGuideWindow*>();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        const QString text = guide->browser()->toPlainText();
        for (const char* heading :
             {"Your first plan in five minutes", "Reading the results", "The comparison", "The report"})
            QVERIFY2(text.contains(heading), heading);
    }

    void anExportOffersToOpenTheFile()
    {
        QVERIFY(m_window->files().openFile(INFRAPLAN_SOURCE_DIR "/data/examples/recsys-train-vs-serve.json"));
        auto* reports = m_window->findChild<ReportExportController*>();
        QVERIFY(reports);
        const QString path = m_dir.filePath("exported.csv");
        QString error;
        QVERIFY2(reports->exportCsv(path, &error), qPrintable(error));
        auto* box = m_window->findChild<ExportConfirmation*>();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->openButton()->text(), QString("Open"));
        QVERIFY(box->text().contains("exported.csv"));
        QVERIFY(box->informativeText().contains(m_dir.path()));
        QPointer<ExportConfirmation> closing(box);
        box->button(QMessageBox::Close)->click();
        QTRY_VERIFY(closing.isNull()); // deleted on close, nothing left behind
    }

    void aFreePlaceIsTheWantedOneWhenNothingIsThere()
    {
        const std::vector<Sketch> frames{frameAt(0, 0, 400, 300)};
        QCOMPARE(freePlaceFor(frames, {500, 0}, {400, 300}).x, 500.0);
        QCOMPARE(freePlaceFor({}, {-40, 60}, {400, 300}).y, 60.0);
    }

    void aFreePlaceAvoidsEveryFrameAndStaysNear()
    {
        // A row of frames and one below: a frame wanted on top of the middle one goes beside it, not far
        // away.
        const std::vector<Sketch> frames{frameAt(0, 0, 400, 300), frameAt(420, 0, 400, 300),
                                         frameAt(840, 0, 400, 300), frameAt(420, 320, 400, 300)};
        const Size size{400, 300};
        for (const Point wanted : {Point{430, 10}, Point{0, 0}, Point{500, 400}, Point{850, 200}}) {
            const Point p = freePlaceFor(frames, wanted, size, 20);
            for (const Sketch& f : frames)
                QVERIFY2(!intersects(f, p, size),
                         qPrintable(QString("(%1, %2) covers a frame").arg(p.x).arg(p.y)));
            QVERIFY(std::hypot(p.x - wanted.x, p.y - wanted.y) < 1300);
        }
        // Wanted on the first frame: the nearest free place is just below it (300 + gap down; above is as
        // near, and below comes first), much closer than right of the row (1260 across).
        const Point onFirst = freePlaceFor(frames, {0, 0}, size, 20);
        QCOMPARE(onFirst.x, 0.0);
        QCOMPARE(onFirst.y, 320.0);
    }

    void aDroppedFrameDoesNotCoverAnother()
    {
        QVERIFY(m_window->files().openFile(INFRAPLAN_SOURCE_DIR "/data/examples/recsys-train-vs-serve.json"));
        const Project before = m_window->document().project();
        const Sketch& train = *before.sketch("train");
        DropController& drop = m_window->scene().dropController();
        drop.setRoleChooser([](const CatalogItem&) { return SketchRole::Inference; });
        const QPointF onTrain(train.position.x + 80, train.position.y + 60);
        const auto ids = drop.drop(train.nodes.front().itemId, onTrain, "");
        QCOMPARE(ids.size(), size_t(1));
        const Sketch* created = m_window->document().project().sketch(ids.front());
        QVERIFY(created);
        for (const Sketch& s : before.sketches)
            QVERIFY2(!intersects(s, created->position, created->size), s.name.c_str());
    }

    void theThemeIsChosenAndKept()
    {
        Appearance& appearance = m_window->appearance();
        QCOMPARE(appearance.theme(), Appearance::Theme::System);
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        appearance.setTheme(Appearance::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 150);
        m_window.reset();
        openWindow();
        QCOMPARE(m_window->appearance().theme(), Appearance::Theme::Dark);
        m_window->appearance().setTheme(Appearance::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
        m_window->appearance().setTheme(Appearance::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow); // the platform's again
    }

    void windowAndDocksAreKept()
    {
        m_window->resize(1111, 777);
        m_window->resultsDock().hide();
        QVERIFY(m_window->close());
        m_window.reset();
        openWindow();
        QCOMPARE(m_window->size(), QSize(1111, 777));
        QVERIFY(!m_window->resultsDock().isVisible());
        m_window->resultsDock().show();
        QVERIFY(m_window->close());
    }

    void theLanguageFollowsTheSettingAndSpeaksChinese() // last: translators stay installed
    {
        QVERIFY(language::setting().isEmpty());
        QCOMPARE(language::resolve("zh_CN"), QString("zh_CN"));
        QCOMPARE(language::resolve("fr"), language::resolve()); // not one we have: the default
        language::setSetting("zh_CN");
        QCOMPARE(language::resolve(), QString("zh_CN"));
        QVERIFY(!language::install(*QCoreApplication::instance(), "fr"));
        QVERIFY(language::install(*QCoreApplication::instance(), "zh_CN"));
        QCOMPARE(QLocale().name(), QString("zh_CN"));
        m_window.reset();
        openWindow();
        QStringList menus;
        for (QAction* a : m_window->menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus.first(), QString("文件(&F)"));
        QVERIFY(menus.contains("帮助(&H)"));
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        auto* guide = m_window->findChild<UserGuideWindow*>();
        QVERIFY(guide);
        QCOMPARE(guide->windowTitle(), QString("Infraplan 用户指南"));
        QVERIFY(guide->browser()->toPlainText().contains("五分钟做出第一个规划"));
        language::setSetting({});
    }
};

QTEST_MAIN(TestDesktop)
#include "test_desktop.moc"
