#include "mainwindow.h"

#include "catalog.h"
#include "catalogschema.h"
#include "projectfile.h"
#include "sqlitedb.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>

namespace infraplan::ui {

MainWindow::MainWindow(const std::filesystem::path& executableDir, const QString& projectFile,
                       QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Infraplan"));
    resize(1280, 800);
    try {
        m_catalog = std::make_unique<Catalog>(loadCatalog(CatalogPaths::standard(executableDir)));
    } catch (const sql::Error& e) {
        QMessageBox::critical(this, tr("Catalog"), QString::fromStdString(e.what()));
        m_catalog = std::make_unique<Catalog>();
    }
    auto* view = new QGraphicsView(new QGraphicsScene(this), this);
    view->setRenderHint(QPainter::Antialiasing);
    setCentralWidget(view);
    buildPalette();
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("Open project"), {}, tr("Infraplan projects (*.json)"));
        if (!f.isEmpty())
            openProject(f);
    });
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    statusBar()->showMessage(tr("%1 catalog items").arg(m_catalog->all().size()));
    if (!projectFile.isEmpty())
        openProject(projectFile);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPalette()
{
    auto* tree = new QTreeWidget(this);
    tree->setHeaderLabels({tr("Hardware"), tr("Id")});
    for (ItemKind kind : allKinds()) {
        auto* group = new QTreeWidgetItem(tree, {QString::fromUtf8(kindName(kind).data())});
        for (const CatalogItem* item : m_catalog->items(kind))
            new QTreeWidgetItem(group,
                                {QString::fromStdString(item->name), QString::fromStdString(item->id)});
    }
    auto* dock = new QDockWidget(tr("Catalog"), this);
    dock->setObjectName("paletteDock");
    dock->setWidget(tree);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
}

void MainWindow::openProject(const QString& file)
{
    Problems problems;
    auto project = projectfile::load(file.toStdString(), problems);
    if (!project) {
        QStringList lines;
        for (const auto& p : problems)
            lines << QString::fromStdString(p.toString());
        QMessageBox::warning(this, tr("Cannot open project"), lines.join('\n'));
        return;
    }
    auto* scene = static_cast<QGraphicsView*>(centralWidget())->scene();
    scene->clear();
    for (const Sketch& s : project->sketches) {
        auto* frame = scene->addRect(s.position.x, s.position.y, s.size.width, s.size.height);
        frame->setToolTip(QString::fromStdString(s.name));
        auto* label = scene->addSimpleText(QString::fromStdString(s.name));
        label->setPos(s.position.x + 8, s.position.y + 8);
    }
    setWindowTitle(tr("%1 — Infraplan").arg(QString::fromStdString(project->name)));
}

} // namespace infraplan::ui
