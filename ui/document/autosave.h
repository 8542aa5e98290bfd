#pragma once

#include "problem.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class QTimer;

namespace infraplan::ui {

class ProjectDocument;

/// A project a crashed or killed Infraplan left unsaved, as its autosave wrote it.
struct RecoveryFile {
    QString path;         ///< the recovery file itself
    QString originalFile; ///< the project file it was editing; empty for a project never saved
    QString projectName;
    QDateTime savedAt;
};

/// Writes the open project, while it has unsaved changes, to a recovery file in the application's data
/// folder every minute, so that a crash, a kill or a power cut loses at most a minute of work. Each
/// running Infraplan has its own recovery file (named after its process id); the file is removed when the
/// project is saved, closed or discarded, so one that remains after its process is gone is work to offer
/// back on the next start.
class Autosave : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 60000;

    Autosave(ProjectDocument& document, QString folder, int intervalMs = kDefaultIntervalMs,
             QObject* parent = nullptr);
    ~Autosave() override;

    /// The folder Infraplan keeps recovery files in: ~/.local/share/Infraplan/recovery (XDG_DATA_HOME).
    static QString defaultFolder();
    /// The autosave interval: 60 s, or INFRAPLAN_AUTOSAVE_MS when set (tests use a short one).
    static int intervalFromEnvironment();

    const QString& recoveryPath() const { return m_path; }
    /// Writes the recovery file now if the project has unsaved changes since the last write, and removes
    /// it if the project has none. Returns false with a reason only when writing failed.
    bool saveNow(QString* error = nullptr);
    /// Removes this process's recovery file (the project was saved or deliberately closed).
    void discard();

    /// Recovery files in `folder` whose Infraplan is no longer running, newest first.
    static QList<RecoveryFile> orphans(const QString& folder);
    /// Puts a recovered project into the document with its original file name, marked as modified so
    /// that the user saves it. The recovery file is kept until then (it is this process's from now on).
    bool restore(const RecoveryFile& file, Problems& problems);
    /// Deletes a recovery file the user chose not to restore.
    static bool remove(const RecoveryFile& file);

private:
    ProjectDocument& m_document;
    QString m_folder;
    QString m_path;
    QTimer* m_timer;
    quint64 m_writtenRevision = 0;
    quint64 m_revision = 1;
};

} // namespace infraplan::ui
