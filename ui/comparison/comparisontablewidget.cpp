#include "comparisontablewidget.h"

#include "comparison.h"
#include "comparisoncelldelegate.h"
#include "phrasetext.h"
#include "project.h"
#include "sketchpalette.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>

namespace infraplan::ui {

namespace {
QIcon swatch(const QColor& c)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(c);
    p.setPen(c.darker(130));
    p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pm);
}

QString workloadText(const ComparisonTable& t, size_t c, const Project& project)
{
    const std::string& id = t.workloadIds[c];
    if (t.roles[c] == SketchRole::Training) {
        const TrainingJob* j = project.trainingJob(id);
        return QObject::tr("Training: %1").arg(QString::fromStdString(j ? j->name : id));
    }
    const InferenceService* s = project.service(id);
    return QObject::tr("Serving: %1").arg(QString::fromStdString(s ? s->name : id));
}
} // namespace

ComparisonTableWidget::ComparisonTableWidget(QWidget* parent) : QTableWidget(parent)
{
    setObjectName("comparisonTable");
    setItemDelegate(new ComparisonCellDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setAlternatingRowColors(false);
    setShowGrid(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

namespace {
// "range 4.1 M to 5.5 M (serving, compute-bound, calibrated family: 14 validated cases)" in the row's own
// format, with the basis for the tooltip.
std::pair<QString, QString> bandText(const ComparisonRow& row, size_t c, const SketchSummary* s)
{
    if (!s || !row.values[c])
        return {};
    auto band = bandForComparisonRow(s->confidence, row.key);
    if (!band)
        return {};
    ComparisonRow ends = row;
    ends.values[c] = band->low;
    const std::string low = ends.text(c);
    ends.values[c] = band->high;
    const QString text =
        QObject::tr("range %1 to %2").arg(QString::fromStdString(low), QString::fromStdString(ends.text(c)));
    QString basis = QString::fromStdString(s->confidence.band.basis);
    if (!s->confidence.uncalibratedNote.empty())
        basis += QStringLiteral("\n") + QString::fromStdString(s->confidence.uncalibratedNote);
    if (!s->confidence.slowEndNote.empty())
        basis += QStringLiteral("\n") + QString::fromStdString(s->confidence.slowEndNote);
    return {text, basis};
}
} // namespace

void ComparisonTableWidget::setTable(const ComparisonTable& table, const Project& project,
                                     const SketchPalette& palette,
                                     const std::vector<SketchSummary>& summaries)
{
    clear();
    auto summaryOf = [&summaries](const std::string& id) -> const SketchSummary* {
        for (const SketchSummary& s : summaries)
            if (s.sketchId == id)
                return &s;
        return nullptr;
    };
    const int columns = static_cast<int>(table.sketchIds.size());
    bool anyError = false;
    for (const std::string& e : table.errors)
        anyError = anyError || !e.empty();
    const int extra = 1 + (anyError ? 1 : 0);
    setColumnCount(columns);
    setRowCount(static_cast<int>(table.rows.size()) + extra);

    for (int c = 0; c < columns; ++c) {
        auto* header = new QTableWidgetItem(swatch(palette.color(table.sketchIds[c])),
                                            QString::fromStdString(table.sketchNames[c]));
        header->setToolTip(QString::fromStdString(table.sketchNames[c]));
        setHorizontalHeaderItem(c, header);
        auto* workload = new QTableWidgetItem(workloadText(table, c, project));
        workload->setData(KeyRole, QStringLiteral("workload"));
        setItem(0, c, workload);
        if (anyError) {
            auto* status = new QTableWidgetItem(
                table.errors[c].empty()
                    ? tr("Simulated")
                    : tr("Not simulated: %1").arg(QString::fromStdString(table.errors[c])));
            status->setData(KeyRole, QStringLiteral("status"));
            status->setToolTip(status->text());
            setItem(1, c, status);
        }
    }
    setVerticalHeaderItem(0, new QTableWidgetItem(tr("Workload")));
    if (anyError)
        setVerticalHeaderItem(1, new QTableWidgetItem(tr("Status")));

    for (size_t r = 0; r < table.rows.size(); ++r) {
        const ComparisonRow& row = table.rows[r];
        const int at = static_cast<int>(r) + extra;
        auto* label = new QTableWidgetItem(rowLabelText(row, true));
        label->setToolTip(label->text());
        setVerticalHeaderItem(at, label);
        for (int c = 0; c < columns; ++c) {
            auto* cell = new QTableWidgetItem(rowValueText(row, static_cast<size_t>(c)));
            cell->setData(KeyRole, QString::fromStdString(row.key));
            cell->setData(BestRole, static_cast<bool>(row.best[c]));
            const QString ratio = phraseText(row.ratios[static_cast<size_t>(c)]);
            cell->setData(RatioRole, ratio);
            const auto [band, basis] = bandText(row, c, summaryOf(table.sketchIds[c]));
            cell->setData(BandRole, band);
            cell->setToolTip((ratio.isEmpty() ? cell->text() : cell->text() + "\n" + ratio) +
                             (band.isEmpty() ? QString() : "\n" + band + "\n" + basis));
            setItem(at, c, cell);
        }
    }
    resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        setColumnWidth(c, std::clamp(columnWidth(c), 170, 300));
    resizeRowsToContents();
}

} // namespace infraplan::ui
