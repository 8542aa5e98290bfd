#pragma once

#include "comparison.h"
#include "phrase.h"

#include <QString>

namespace infraplan::ui {

/// A model phrase in the interface's language: its template through the installed translators (the English
/// template when none is installed), filled with its arguments, each rendered the same way. With no
/// translation it reads exactly as `english(phrase)`.
QString phraseText(const Phrase& phrase);

/// One of the model's English words (a comparison row's label, a bound, an engine) in the interface's
/// language.
QString termText(const std::string& word);

/// A comparison row's label in the interface's language, with its unit ("Monthly cost (USD/month)") when
/// `withUnit`. Units stay as the model writes them.
QString rowLabelText(const ComparisonRow& row, bool withUnit);

/// A comparison row's value as `ComparisonRow::text` gives it, with Yes and No in the interface's language.
QString rowValueText(const ComparisonRow& row, size_t column);

} // namespace infraplan::ui
