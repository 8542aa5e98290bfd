#include "atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace infraplan::ui {

bool AtomicFile::write(const QString& path, const QByteArray& bytes, QString* error)
{
    const QString name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    auto fail = [&](const QString& reason) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(name, reason);
        return false;
    };
    if (QFileInfo(path).isDir())
        return fail(tr("it is a folder"));
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.exists())
        return fail(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    // commit() flushes and renames; a disk that fills up while flushing fails here and removes the temporary.
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace infraplan::ui
