#include "projectcommand.h"

#include "projectdocument.h"

namespace infraplan::ui {

ProjectCommand::ProjectCommand(ProjectDocument& document, const QString& text)
    : QUndoCommand(text), m_document(document)
{}

Project& ProjectCommand::project() const
{
    return m_document.m_project;
}

void ProjectCommand::notify(const ProjectChange& change) const
{
    emit m_document.changed(change);
}

} // namespace infraplan::ui
