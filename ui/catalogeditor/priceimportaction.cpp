#include "priceimportaction.h"

#include "catalogstore.h"
#include "priceimport.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace infraplan::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PriceImport", text);
}
} // namespace

QString importPriceFile(CatalogStore& catalogs, const QString& fileName, const QString& regionCode, bool& ok)
{
    ok = false;
    std::string error;
    auto text = readTextFile(fileName.toStdString(), error);
    if (!text)
        return QString::fromStdString(error);
    auto result = importPrices(*text, fileName.toStdString(), catalogs.get(),
                               regionCode.trimmed().toStdString(), error);
    if (!result)
        return QFileInfo(fileName).fileName() + ": " + QString::fromStdString(error);
    QString summary = QString::fromStdString(result->file.title) + tr(", published ") +
                      QString::fromStdString(result->file.date) + "\n";
    for (const auto& m : result->matched)
        summary += tr("matched ") + QString::fromStdString(m) + "\n";
    for (const auto& s : result->skipped)
        summary += tr("skipped ") + QString::fromStdString(s) + "\n";
    if (result->rows.items.empty()) {
        ok = true;
        return summary + tr("No instance matched; the catalog is unchanged.");
    }
    Problems problems;
    if (!catalogs.saveUserRows(result->rows, problems)) {
        summary += tr("Nothing was written:") + "\n";
        for (const auto& p : problems)
            summary += "  " + QString::fromStdString(p.toString()) + "\n";
        return summary;
    }
    ok = true;
    return summary + tr("Wrote %1 instance row(s) to your catalog; shipped rows are unchanged.")
                         .arg(result->rows.items.size());
}

QString importPriceFileInteractively(CatalogStore& catalogs, QWidget* parent)
{
    const QString file = QFileDialog::getOpenFileName(
        parent, tr("Import prices"), QString(), tr("Provider price files (*.json *.csv);;All files (*)"));
    if (file.isEmpty())
        return {};
    bool given = false;
    const QString region = QInputDialog::getText(
        parent, tr("Import prices"),
        tr("Region to take prices from, in the provider's own name (e.g. us-east-1, eastus, us-central1).\n"
           "Leave empty to price each instance in its own region."),
        QLineEdit::Normal, QString(), &given);
    if (!given)
        return {};
    bool ok = false;
    const QString summary = importPriceFile(catalogs, file, region, ok);
    QMessageBox box(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Import prices"),
                    ok ? tr("Prices imported from %1.").arg(QFileInfo(file).fileName())
                       : tr("Prices could not be imported from %1.").arg(QFileInfo(file).fileName()),
                    QMessageBox::Ok, parent);
    box.setDetailedText(summary);
    box.setInformativeText(summary.section('\n', 0, 3));
    box.exec();
    return summary;
}

} // namespace infraplan::ui
