#include "mainwindow.h"

#include "appearance.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "catalogeditordialog.h"
#include "catalogstore.h"
#include "comparecontroller.h"
#include "dropcontroller.h"
#include "editcontroller.h"
#include "exportconfirmation.h"
#include "filecontroller.h"
#include "language.h"
#include "palettedock.h"
#include "priceimportaction.h"
#include "problemsdialog.h"
#include "projectdocument.h"
#include "propertiesdock.h"
#include "recoverycontroller.h"
#include "reportexportcontroller.h"
#include "resultsdock.h"
#include "searchcontroller.h"
#include "simulationscheduler.h"
#include "standardshortcut.h"
#include "userguidewindow.h"
#include "viewcontroller.h"
#include "welcomepanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace infraplan::ui {

MainWindow::MainWindow(const AppPaths& paths, QWidget* parent) : QMainWindow(parent)
{
    setObjectName("mainWindow");
    setDockNestingEnabled(true);
    m_catalogs = new CatalogStore(CatalogPaths::standard(paths.executableDir), this);
    m_appearance = new Appearance(this);
    m_document = new ProjectDocument(this);
    m_scheduler = new SimulationScheduler(*m_document, *m_catalogs, this);
    m_scene = new CanvasScene(*m_document, *m_catalogs, *m_scheduler, this);
    m_view = new CanvasView(m_scene, this);
    setCentralWidget(m_view);

    m_palette = new PaletteDock(*m_catalogs, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_palette);
    m_properties = new PropertiesDock(*m_document, *m_catalogs, *m_scene, this);
    addDockWidget(Qt::RightDockWidgetArea, m_properties);
    m_results = new ResultsDock(*m_document, *m_scheduler, *m_scene, *m_catalogs, this);
    addDockWidget(Qt::RightDockWidgetArea, m_results);
    splitDockWidget(m_properties, m_results, Qt::Vertical);
    auto* history = new QDockWidget(tr("History"), this);
    history->setObjectName("historyDock");
    auto* undoView = new QUndoView(m_document->undoStack(), history);
    undoView->setEmptyLabel(tr("<opened>"));
    undoView->setUniformItemSizes(true); // one line each: no relayout of the whole history per edit
    history->setWidget(undoView);
    addDockWidget(Qt::LeftDockWidgetArea, history);
    tabifyDockWidget(m_palette, history);
    m_palette->raise();

    m_files = new FileController(*m_document, *m_catalogs, this, paths.examplesDir);
    m_edits = new EditController(*m_document, *m_scene, this);
    m_viewActions = new ViewController(*m_view, *m_scene, this);
    m_compare = new CompareController(*m_document, *m_scheduler, *m_catalogs, *m_scene, *this);
    m_search = new SearchController(*m_document, *m_catalogs, *m_scene, *this);
    m_recovery = new RecoveryController(*m_document, this);
    for (QAction* a : {m_edits->cutAction(), m_edits->copyAction(), m_edits->pasteAction(),
                       m_edits->deleteAction(), m_edits->duplicateAction(), m_edits->selectAllAction()})
        m_view->addAction(a);

    m_welcome = new WelcomePanel(m_view); // not the viewport: its children scroll with the scene
    connect(m_welcome, &WelcomePanel::openFileRequested, m_files, &FileController::openFile);
    connect(m_welcome, &WelcomePanel::openDialogRequested, m_files->openAction(), &QAction::trigger);

    buildMenus();
    buildStatusBar();

    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::changed, this, [this](const ProjectChange& c) {
        if (c.kind == ProjectChange::Kind::ProjectInfo || c.kind == ProjectChange::Kind::Reset)
            updateTitle();
        if (c.kind == ProjectChange::Kind::Reset)
            QMetaObject::invokeMethod(m_view, &CanvasView::fitToContent, Qt::QueuedConnection);
        updateWelcome();
    });
    connect(m_files, &FileController::problemsFound, this, &MainWindow::showProblems);
    connect(m_recovery, &RecoveryController::problemsFound, this, &MainWindow::showProblems);
    connect(m_recovery, &RecoveryController::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m, 6000); });
    connect(m_files, &FileController::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m, 6000); });
    connect(m_edits, &EditController::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m, 6000); });
    connect(&m_scene->dropController(), &DropController::done, this,
            [this](const QString& m) { statusBar()->showMessage(m, 6000); });
    connect(&m_scene->dropController(), &DropController::problem, this, [this](const QString& m) {
        auto* box =
            new QMessageBox(QMessageBox::Information, tr("Cannot drop here"), m, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        statusBar()->showMessage(m, 10000);
    });
    connect(m_palette, &PaletteDock::editCatalogRequested, this, &MainWindow::editCatalog);

    Project untitled;
    untitled.name = tr("Untitled plan").toStdString();
    m_document->reset(std::move(untitled));

    QSettings settings;
    if (!restoreGeometry(settings.value("window/geometry").toByteArray())) {
        const QRect screen = QApplication::primaryScreen()
                                 ? QApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1600, 1000);
        resize(screen.size() * 0.85);
        move(screen.center() - rect().center());
        const int line = fontMetrics().height();
        resizeDocks({m_palette, m_properties}, {line * 17, line * 27}, Qt::Horizontal);
    }
    restoreState(settings.value("window/state").toByteArray());
    if (!m_catalogs->loadError().isEmpty())
        QMetaObject::invokeMethod(
            this,
            [this] {
                QMessageBox::critical(
                    this, tr("Catalog"),
                    tr("The hardware catalog could not be loaded:\n%1").arg(m_catalogs->loadError()));
            },
            Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_recovery, &RecoveryController::offerRecovery, Qt::QueuedConnection);
    if (!m_catalogs->userCatalogNotice().isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Your catalog"), m_catalogs->userCatalogNotice(),
                                    QMessageBox::Ok, this);
        box->setObjectName("userCatalogNotice");
        box->setAttribute(Qt::WA_DeleteOnClose);
        QMetaObject::invokeMethod(
            box, [box] { box->open(); }, Qt::QueuedConnection);
    }
    updateTitle();
    updateWelcome();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_files->newAction());
    file->addAction(m_files->openAction());
    file->addMenu(m_files->recentMenu());
    file->addMenu(m_files->examplesMenu());
    file->addSeparator();
    file->addAction(m_files->saveAction());
    file->addAction(m_files->saveAsAction());
    file->addSeparator();
    auto* reports = new ReportExportController(*m_document, *m_catalogs, m_scheduler, this);
    connect(reports, &ReportExportController::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m, 6000); });
    connect(reports, &ReportExportController::exported, this,
            [this](const QString& path) { (new ExportConfirmation(path, this))->open(); });
    file->addAction(reports->exportPdfAction());
    file->addAction(reports->exportCsvAction());
    file->addSeparator();
    QAction* quit = file->addAction(QIcon::fromTheme("application-exit"), tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(standardShortcut(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_edits->undoAction());
    edit->addAction(m_edits->redoAction());
    edit->addSeparator();
    edit->addAction(m_edits->cutAction());
    edit->addAction(m_edits->copyAction());
    edit->addAction(m_edits->pasteAction());
    edit->addAction(m_edits->deleteAction());
    edit->addSeparator();
    edit->addAction(m_edits->duplicateAction());
    edit->addAction(m_edits->selectAllAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_viewActions->zoomInAction());
    view->addAction(m_viewActions->zoomOutAction());
    view->addAction(m_viewActions->zoomResetAction());
    view->addAction(m_viewActions->fitAction());
    view->addSeparator();
    view->addAction(m_viewActions->snapAction());
    view->addSeparator();
    view->addAction(m_compare->compareAction());
    view->addAction(m_search->findPlanAction());
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addMenu(m_appearance->menu(this));
    view->addMenu(languageMenu());

    QMenu* catalog = menuBar()->addMenu(tr("&Catalog"));
    catalog->addAction(tr("&Edit catalog…"), this, &MainWindow::editCatalog);
    catalog->addAction(tr("Import &prices…"), this,
                       [this] { importPriceFileInteractively(*m_catalogs, this); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(QIcon::fromTheme("help-contents"), tr("&User guide"), this,
                                     &MainWindow::showUserGuide);
    guide->setShortcuts(standardShortcut(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    help->addAction(tr("&Keyboard and mouse"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Infraplan"), this, [this] {
        QMessageBox::about(this, tr("About Infraplan"),
                           tr("<b>Infraplan %1</b><p>Plan AI training clusters and inference fleets from a "
                              "sourced hardware catalog, and compare their throughput, latency, power and "
                              "cost.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName("mainToolBar");
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_files->newAction());
    tools->addAction(m_files->openAction());
    tools->addAction(m_files->saveAction());
    tools->addSeparator();
    tools->addAction(m_edits->undoAction());
    tools->addAction(m_edits->redoAction());
    tools->addSeparator();
    tools->addAction(m_edits->duplicateAction());
    tools->addAction(m_edits->deleteAction());
    tools->addSeparator();
    tools->addAction(m_viewActions->zoomOutAction());
    tools->addAction(m_viewActions->zoomInAction());
    tools->addAction(m_viewActions->fitAction());
    tools->addSeparator();
    tools->addAction(m_compare->compareAction());
    tools->addAction(m_search->findPlanAction());
    tools->setToolButtonStyle(Qt::ToolButtonFollowStyle);
}

void MainWindow::buildStatusBar()
{
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(fontMetrics().height() * 10);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Simulating %v/%m"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_scheduler, &SimulationScheduler::progress, this, [this](int done, int total) {
        m_progress->setVisible(total > 0);
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_view, &CanvasView::zoomChanged, this,
            [this](double z) { m_zoomLabel->setText(tr("%1%").arg(qRound(z * 100))); });
    m_zoomLabel->setText(tr("100%"));
    statusBar()->showMessage(tr("%1 catalog items").arg(m_catalogs->get().all().size()), 5000);
}

void MainWindow::updateTitle()
{
    const QString name = QString::fromStdString(m_document->project().name);
    const QString file =
        m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).fileName();
    setWindowFilePath(m_document->filePath());
    setWindowTitle(
        QStringLiteral("%1%2[*] — Infraplan")
            .arg(name.isEmpty() ? tr("Untitled") : name, file.isEmpty() ? QString() : " (" + file + ")"));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateWelcome()
{
    const bool empty = m_document->project().sketches.empty();
    if (empty && !m_welcome->isVisible())
        m_welcome->setEntries(m_files->examples(), m_files->recentFiles());
    m_welcome->setVisible(empty);
}

void MainWindow::showProblems(const QString& title, const QString& summary, const QStringList& problems)
{
    // Not modal: the user can keep the list open while fixing what it names.
    auto* dialog = new ProblemsDialog(title, summary, problems, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::editCatalog()
{
    CatalogEditorDialog dialog(*m_catalogs, this);
    dialog.exec();
}

QMenu* MainWindow::languageMenu()
{
    auto* menu = new QMenu(tr("&Language"), this);
    auto* group = new QActionGroup(menu);
    const QString chosen = language::setting();
    QList<QPair<QString, QString>> choices{{QString(), tr("Follow the &system")}};
    for (const QString& l : language::available())
        choices.append({l, language::nativeName(l)});
    for (const auto& [code, label] : choices) {
        QAction* a = menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            if (code == language::setting())
                return;
            language::setSetting(code);
            QMessageBox::information(this, tr("Language"),
                                     tr("Infraplan will use %1 the next time it starts.")
                                         .arg(language::nativeName(language::resolve(code))));
        });
    }
    return menu;
}

void MainWindow::showUserGuide()
{
    if (!m_userGuide)
        m_userGuide = new UserGuideWindow(this);
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(
        this, tr("Keyboard and mouse"),
        tr("<table>"
           "<tr><td><b>Drag from the catalog</b></td><td>new frame (empty space) or node group (onto a "
           "frame); "
           "links, storage, regions and models onto a frame set them</td></tr>"
           "<tr><td><b>Wheel</b></td><td>zoom around the cursor</td></tr>"
           "<tr><td><b>Middle button, Space + drag</b></td><td>pan</td></tr>"
           "<tr><td><b>Drag on empty space</b></td><td>select several (rubber band)</td></tr>"
           "<tr><td><b>Corner grip</b></td><td>resize a frame</td></tr>"
           "<tr><td><b>Arrows / Shift+Arrows</b></td><td>move the selection by a grid step / a "
           "pixel</td></tr>"
           "<tr><td><b>Delete</b></td><td>delete the selection</td></tr>"
           "<tr><td><b>Ctrl+C, Ctrl+X, Ctrl+V</b></td><td>copy, cut, paste</td></tr>"
           "<tr><td><b>Ctrl+D</b></td><td>duplicate the selected frame as a variant</td></tr>"
           "<tr><td><b>Ctrl+A</b></td><td>select every frame</td></tr>"
           "<tr><td><b>Ctrl+Z, Ctrl+Shift+Z</b></td><td>undo, redo</td></tr>"
           "<tr><td><b>Ctrl++, Ctrl+-, Ctrl+0</b></td><td>zoom in, out, 100%</td></tr>"
           "<tr><td><b>Ctrl+Shift+F</b></td><td>fit everything in view</td></tr>"
           "<tr><td><b>Ctrl+F</b></td><td>find a plan for the selected frame</td></tr>"
           "<tr><td><b>Ctrl+Shift+C</b></td><td>compare the sketches</td></tr>"
           "<tr><td><b>F1</b></td><td>the user guide</td></tr>"
           "<tr><td><b>Ctrl+G</b></td><td>snap to grid on/off</td></tr>"
           "<tr><td><b>Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S</b></td><td>new, open, save, save as</td></tr>"
           "</table>"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_recovery->projectClosed();
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    event->accept();
}

} // namespace infraplan::ui
