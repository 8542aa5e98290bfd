#pragma once

#include <QMessageBox>

namespace infraplan::ui {

/// Says that a file was exported and offers to open it with the desktop's viewer or to show its folder.
/// Window-modal but not blocking: the caller returns at once.
class ExportConfirmation : public QMessageBox {
    Q_OBJECT
public:
    ExportConfirmation(const QString& path, QWidget* parent);

    QAbstractButton* openButton() const { return m_open; }
    QAbstractButton* folderButton() const { return m_folder; }

private:
    QString m_path;
    QAbstractButton* m_open;
    QAbstractButton* m_folder;
};

} // namespace infraplan::ui
