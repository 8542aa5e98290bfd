#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace infraplan::ui::language {

/// The interface languages Infraplan has: "en" (the source texts) and "zh_CN" (Simplified Chinese).
QStringList available();
/// A language's own name for menus: "English", "简体中文".
QString nativeName(const QString& language);

/// The language chosen in the settings; empty when the interface follows the system.
QString setting();
void setSetting(const QString& language);

/// The language to use: `requested` when Infraplan has it, else the setting, else the system locale's when
/// Infraplan has it ("zh_CN" for any Chinese locale written in simplified characters), else English.
QString resolve(const QString& requested = {});

/// Loads the translations of `language` (Infraplan's and Qt's own, for the standard dialogs) into the
/// application and makes its locale the default, so numbers and dates follow it. Returns false (English
/// stays) when `language` is not one Infraplan has.
bool install(QCoreApplication& app, const QString& language);

} // namespace infraplan::ui::language
