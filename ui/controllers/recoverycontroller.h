#pragma once

#include "autosave.h"

#include <QObject>

class QMessageBox;
class QWidget;

namespace infraplan::ui {

class ProjectDocument;

/// Autosave and crash recovery for the window: keeps the open project's recovery file up to date and, on
/// start, offers back the work an Infraplan that crashed or was killed left unsaved, one project at a
/// time (newest first): Restore, Discard or Later (keep the file and ask again on the next start).
class RecoveryController : public QObject {
    Q_OBJECT
public:
    RecoveryController(ProjectDocument& document, QWidget* window,
                       QString folder = Autosave::defaultFolder());

    Autosave& autosave() const { return *m_autosave; }
    /// Shows the offer for the newest orphaned recovery file, if there is one (window-modal, not blocking).
    /// The offer is a QMessageBox named "recoveryOffer"; returns it, or nullptr when nothing is to recover.
    QMessageBox* offerRecovery();
    /// The project was closed on purpose (saved, or its changes discarded): nothing to recover.
    void projectClosed() { m_autosave->discard(); }

signals:
    void statusMessage(const QString& message);
    void problemsFound(const QString& title, const QString& summary, const QStringList& problems);

private:
    ProjectDocument& m_document;
    QWidget* m_window;
    QString m_folder;
    Autosave* m_autosave;
    QStringList m_declined; ///< files the user chose to keep for later in this session
};

} // namespace infraplan::ui
