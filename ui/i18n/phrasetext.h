#pragma once

#include "phrase.h"

#include <QString>

namespace infraplan::ui {

/// A model phrase in the interface's language: its template through the installed translators (the English
/// template when none is installed), filled with its arguments, each rendered the same way. With no
/// translation it reads exactly as `english(phrase)`.
QString phraseText(const Phrase& phrase);

} // namespace infraplan::ui
