#pragma once

#include <QDialog>

namespace infraplan::ui {

/// Lists every problem found in a file or a catalog edit, each on its own line, selectable and copyable.
class ProblemsDialog : public QDialog {
    Q_OBJECT
public:
    ProblemsDialog(const QString& title, const QString& summary, const QStringList& problems,
                   QWidget* parent = nullptr);
};

} // namespace infraplan::ui
