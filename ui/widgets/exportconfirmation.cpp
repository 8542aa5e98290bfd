#include "exportconfirmation.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QUrl>

namespace infraplan::ui {

ExportConfirmation::ExportConfirmation(const QString& path, QWidget* parent)
    : QMessageBox(QMessageBox::Information, tr("Export finished"), {}, QMessageBox::NoButton, parent),
      m_path(path)
{
    setObjectName("exportConfirmation");
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setText(tr("%1 was written.").arg(QFileInfo(path).fileName()));
    setInformativeText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    m_open = addButton(tr("Open"), QMessageBox::AcceptRole);
    m_folder = addButton(tr("Show in folder"), QMessageBox::ActionRole);
    setDefaultButton(addButton(QMessageBox::Close));
    connect(this, &QMessageBox::buttonClicked, this, [this](QAbstractButton* button) {
        if (button == m_open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_path));
        else if (button == m_folder)
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
    });
}

} // namespace infraplan::ui
