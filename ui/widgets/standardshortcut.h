#pragma once

#include <QKeySequence>
#include <QList>

namespace infraplan::ui {

/// The platform's key bindings for a standard action, or `fallback` where the platform defines none (the
/// Windows scheme, which offscreen and some desktops use, has no Save As, and some have no Quit).
QList<QKeySequence> standardShortcut(QKeySequence::StandardKey key, const QKeySequence& fallback);

} // namespace infraplan::ui
