#pragma once

#include "projectchange.h"

#include <QUndoCommand>

namespace infraplan {
struct Project;
}

namespace infraplan::ui {

class ProjectDocument;

/// Base of every edit: gives commands write access to the document's project and its change signal.
/// Commands refer to parts of the project by id and do their work in redo(); undo() and redo() share one
/// swap() so they cannot drift apart.
class ProjectCommand : public QUndoCommand {
public:
    ProjectCommand(ProjectDocument& document, const QString& text);

protected:
    Project& project() const;
    void notify(const ProjectChange& change) const;

private:
    ProjectDocument& m_document;
};

} // namespace infraplan::ui
