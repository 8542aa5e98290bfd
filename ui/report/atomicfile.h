#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QString>

namespace infraplan::ui {

/// Writes a whole file or nothing: the bytes go to a temporary file in the target's folder (QSaveFile), which
/// replaces the target only once everything is written and flushed. A read-only folder or a full disk leaves
/// the previous file (or no file) in place and the temporary removed.
class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(infraplan::ui::AtomicFile)

public:
    /// false with `error` set to a sentence naming the file and the reason.
    static bool write(const QString& path, const QByteArray& bytes, QString* error);
};

} // namespace infraplan::ui
