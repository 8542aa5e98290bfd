#include "searchcontroller.h"

#include "canvasscene.h"
#include "projectdocument.h"
#include "searchdialog.h"
#include "standardshortcut.h"

#include <QAction>

namespace infraplan::ui {

SearchController::SearchController(ProjectDocument& document, CatalogStore& catalogs, CanvasScene& scene,
                                   QWidget& window)
    : QObject(&window), m_document(document), m_catalogs(catalogs), m_scene(scene), m_window(window)
{
    m_action = new QAction(tr("Find a &Plan…"), this);
    m_action->setShortcuts(standardShortcut(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)));
    m_action->setStatusTip(tr("Search layouts, clusters or fleets for the selected sketch"));
    connect(m_action, &QAction::triggered, this, [this] {
        const auto ids = m_scene.selectedSketchIds();
        if (ids.size() == 1)
            openFor(ids.front());
    });
    connect(&m_scene, &QGraphicsScene::selectionChanged, this, &SearchController::updateEnabled);
    connect(&m_document, &ProjectDocument::changed, this, &SearchController::updateEnabled);
    updateEnabled();
}

SearchDialog* SearchController::dialog() const
{
    return m_dialog;
}

SearchDialog* SearchController::openFor(const std::string& sketchId)
{
    if (!m_document.project().sketch(sketchId))
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new SearchDialog(m_document, m_catalogs, sketchId, &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
    return m_dialog;
}

void SearchController::updateEnabled()
{
    m_action->setEnabled(m_scene.selectedSketchIds().size() == 1);
}

} // namespace infraplan::ui
