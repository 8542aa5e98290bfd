#pragma once

#include <QByteArray>
#include <QSettings>
#include <QTemporaryDir>

/// Keeps a test or benchmark away from the real user's state: the window layout and recent files (QSettings)
/// the hand-added hardware (the user catalog) and the autosaved work live in `dir` for the rest of the
/// process.
inline void isolateUserState(const QTemporaryDir& dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    qputenv("INFRAPLAN_USER_CATALOG", dir.filePath("user-catalog.sqlite").toUtf8());
    // Autosave's recovery files (under XDG_DATA_HOME) too.
    qputenv("XDG_DATA_HOME", dir.filePath("data").toUtf8());
}
