#pragma once

#include <optional>
#include <QPageSize>
#include <QString>

class QLocale;

namespace infraplan::ui {

/// The two paper sizes the report is laid out for.
enum class Paper { A4, Letter };

/// Letter where the locale's country uses it (the United States and Canada, and any locale whose
/// measurement system is imperial), A4 everywhere else.
Paper paperForLocale(const QLocale& locale);

/// "a4" or "letter" (any case); nullopt for anything else.
std::optional<Paper> parsePaper(const QString& name);

/// "A4" or "Letter".
QString paperName(Paper paper);

QPageSize pageSize(Paper paper);

} // namespace infraplan::ui
