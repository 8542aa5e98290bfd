#include "recoverycontroller.h"

#include "projectdocument.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace infraplan::ui {

RecoveryController::RecoveryController(ProjectDocument& document, QWidget* window, QString folder)
    : QObject(window), m_document(document), m_window(window), m_folder(std::move(folder)),
      m_autosave(new Autosave(document, m_folder, Autosave::intervalFromEnvironment(), this))
{}

QMessageBox* RecoveryController::offerRecovery()
{
    QList<RecoveryFile> files = Autosave::orphans(m_folder);
    files.removeIf([this](const RecoveryFile& f) { return m_declined.contains(f.path); });
    if (files.isEmpty())
        return nullptr;
    const RecoveryFile file = files.front();
    const QString name = file.projectName.isEmpty() ? tr("an untitled project") : file.projectName;
    const QString where = file.originalFile.isEmpty() ? tr("It had never been saved.")
                                                      : tr("Its file is %1; that file was not changed.")
                                                            .arg(QDir::toNativeSeparators(file.originalFile));
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Recover unsaved work"),
                        tr("Infraplan was closed without saving \"%1\". The changes autosaved at %2 "
                           "can be restored.")
                            .arg(name, QLocale().toString(file.savedAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, m_window);
    box->setObjectName("recoveryOffer");
    box->setInformativeText(
        where + "\n" +
        tr("Restore opens them as unsaved changes; Discard deletes them; Later asks again "
           "next time."));
    QPushButton* restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName("restore");
    box->addButton(tr("&Discard"), QMessageBox::DestructiveRole)->setObjectName("discard");
    box->addButton(tr("&Later"), QMessageBox::RejectRole)->setObjectName("later");
    box->setDefaultButton(restore);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, file](QAbstractButton* button) {
        if (button->objectName() == "restore") {
            Problems problems;
            if (m_autosave->restore(file, problems)) {
                emit statusMessage(tr("Restored the unsaved changes of %1").arg(file.projectName));
            } else {
                QStringList lines;
                for (const auto& p : problems)
                    lines << QString::fromStdString(p.toString());
                m_declined << file.path;
                emit problemsFound(tr("Cannot restore"),
                                   tr("The recovery file %1 could not be read; it was kept.")
                                       .arg(QDir::toNativeSeparators(file.path)),
                                   lines);
            }
        } else if (button->objectName() == "discard") {
            Autosave::remove(file);
        } else {
            m_declined << file.path;
        }
        // The next orphan, if any, once this box is gone.
        QMetaObject::invokeMethod(this, &RecoveryController::offerRecovery, Qt::QueuedConnection);
    });
    box->open();
    return box;
}

} // namespace infraplan::ui
