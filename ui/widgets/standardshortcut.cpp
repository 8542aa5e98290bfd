#include "standardshortcut.h"

namespace infraplan::ui {

QList<QKeySequence> standardShortcut(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys.append(fallback);
    return keys;
}

} // namespace infraplan::ui
