#include "searchdialog.h"

#include "catalogstore.h"
#include "projectdocument.h"
#include "searchresultsmodel.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QValueAxis>
#include <QVBoxLayout>

namespace infraplan::ui {

namespace {

std::vector<std::string> splitList(const QString& text)
{
    std::vector<std::string> out;
    for (const QString& part : text.split(',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.push_back(part.trimmed().toStdString());
    return out;
}

QDoubleSpinBox* numberBox(double max, int decimals, const QString& none)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(0, max);
    box->setDecimals(decimals);
    box->setSpecialValueText(none); // 0 = no limit
    return box;
}

} // namespace

SearchDialog::SearchDialog(ProjectDocument& document, CatalogStore& catalogs, std::string sketchId,
                           QWidget* parent)
    : QDialog(parent), m_document(document), m_catalogs(catalogs), m_sketchId(std::move(sketchId))
{
    const Sketch* sketch = document.project().sketch(m_sketchId);
    m_training = !sketch || sketch->role == SketchRole::Training;
    setWindowTitle(tr("Find a plan for %1").arg(sketch ? QString::fromStdString(sketch->name) : QString()));

    m_kind = new QComboBox;
    if (m_training) {
        m_kind->addItem(tr("Best layout on this cluster"), int(SearchKind::Layout));
        m_kind->addItem(tr("Which accelerator and how many"), int(SearchKind::Cluster));
    } else {
        m_kind->addItem(tr("Cheapest fleet that meets the targets"), int(SearchKind::Fleet));
    }
    m_objective = new QComboBox;
    m_objective->addItem(tr("Fastest"), int(SearchObjective::Time));
    m_objective->addItem(tr("Cheapest"), int(SearchObjective::Cost));
    m_budget = numberBox(1e12, 0, tr("no budget"));
    m_budget->setPrefix("$");
    m_budget->setToolTip(m_training ? tr("For the whole run") : tr("Per month"));
    m_deadline = numberBox(10000, 1, tr("no deadline"));
    m_deadline->setSuffix(tr(" days"));
    m_ttft = numberBox(1e6, 0, tr("no target"));
    m_ttft->setSuffix(" ms");
    m_tpot = numberBox(1e5, 1, tr("no target"));
    m_tpot->setSuffix(" ms");
    if (sketch && !m_training)
        if (const InferenceService* s = document.project().service(sketch->workloadId)) {
            m_ttft->setValue(s->targets.ttftP99Ms);
            m_tpot->setValue(s->targets.tpotP99Ms);
        }
    m_providers = new QLineEdit;
    m_providers->setPlaceholderText(tr("any (e.g. aws, gcp, owned)"));
    m_vendors = new QLineEdit;
    m_vendors->setPlaceholderText(tr("any (e.g. NVIDIA, AMD, Google)"));
    m_cloud = new QCheckBox(tr("Cloud instances"));
    m_owned = new QCheckBox(tr("Owned servers"));
    m_cloud->setChecked(true);
    m_owned->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Search"), m_kind);
    if (m_training) {
        form->addRow(tr("Objective"), m_objective);
        form->addRow(tr("Deadline"), m_deadline);
        for (QWidget* unused : {static_cast<QWidget*>(m_ttft), static_cast<QWidget*>(m_tpot)}) {
            unused->setParent(this);
            unused->hide();
        }
    } else {
        // Unused by a fleet search but read by the job's constraints: parented so the dialog owns them.
        for (QWidget* unused : {static_cast<QWidget*>(m_objective), static_cast<QWidget*>(m_deadline)}) {
            unused->setParent(this);
            unused->hide();
        }
        form->addRow(tr("TTFT p99 target"), m_ttft);
        form->addRow(tr("TPOT p99 target"), m_tpot);
    }
    form->addRow(tr("Budget"), m_budget);
    form->addRow(tr("Providers"), m_providers);
    form->addRow(tr("Accelerator vendors"), m_vendors);
    auto* offering = new QHBoxLayout;
    offering->addWidget(m_cloud);
    offering->addWidget(m_owned);
    offering->addStretch();
    form->addRow(tr("Allow"), offering);

    m_run = new QPushButton(tr("Search"));
    m_cancel = new QPushButton(tr("Cancel search"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new SearchResultsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_chart = new QChartView;
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_chart);

    m_apply = new QPushButton(tr("Apply layout"));
    m_apply->setToolTip(tr("Set the selected layout on the sketch (undoable)"));
    m_add = new QPushButton(tr("Add as new sketch"));
    m_add->setToolTip(tr("Add the selected result to the canvas next to the sketch (undoable)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    if (m_training)
        buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    else
        m_apply->hide();
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(980, 760);

    connect(m_run, &QPushButton::clicked, this, &SearchDialog::startSearch);
    connect(m_cancel, &QPushButton::clicked, this, &SearchDialog::cancelSearch);
    connect(m_apply, &QPushButton::clicked, this, &SearchDialog::applySelectedLayout);
    connect(m_add, &QPushButton::clicked, this, &SearchDialog::addSelectedAsSketch);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SearchDialog::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SearchDialog::updateButtons);
    updateButtons();
}

SearchDialog::~SearchDialog()
{
    if (m_thread) {
        m_cancelFlag->store(true);
        m_thread->wait();
    }
}

SearchKind SearchDialog::kind() const
{
    return SearchKind(m_kind->currentData().toInt());
}

void SearchDialog::setKind(SearchKind kind)
{
    const int index = m_kind->findData(int(kind));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

SearchJob SearchDialog::job() const
{
    SearchJob job;
    job.project = m_document.project();
    job.catalog = m_catalogs.catalog();
    SearchRequest& r = job.request;
    r.kind = kind();
    r.sketchId = m_sketchId;
    r.top = 20;
    r.finalists = 6; // each confirmation simulation takes about a second
    r.objective = SearchObjective(m_objective->currentData().toInt());
    r.constraints.budgetUsd = m_budget->value();
    r.constraints.deadlineDays = m_deadline->value();
    r.constraints.providers = splitList(m_providers->text());
    r.constraints.vendors = splitList(m_vendors->text());
    r.constraints.allowCloud = m_cloud->isChecked();
    r.constraints.allowOwned = m_owned->isChecked();
    LatencyTargets targets;
    targets.ttftP99Ms = m_ttft->value();
    targets.tpotP99Ms = m_tpot->value();
    if (const Sketch* s = m_document.project().sketch(m_sketchId))
        if (const InferenceService* service = m_document.project().service(s->workloadId))
            targets.e2eP99Ms = service->targets.e2eP99Ms;
    r.targets = targets;
    return job;
}

void SearchDialog::startSearch()
{
    if (m_thread)
        return;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_summary->setText(tr("Searching…"));
    m_progress->setValue(0);
    auto result = std::make_shared<SearchOutcome>();
    const SearchJob req = job();
    auto flag = m_cancelFlag;
    QPointer<SearchDialog> self(this);
    m_thread = QThread::create([req, flag, result, self] {
        *result = runSearch(req, flag.get(), [self](double fraction) {
            QMetaObject::invokeMethod(
                self,
                [self, fraction] {
                    if (self)
                        self->m_progress->setValue(int(fraction * 1000));
                },
                Qt::QueuedConnection);
        });
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        finish(*result);
    });
    m_thread->start();
    updateButtons();
}

void SearchDialog::cancelSearch()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void SearchDialog::finish(const SearchOutcome& outcome)
{
    m_progress->setValue(1000);
    m_model->setOutcome(outcome);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // search order: best first
    m_table->resizeColumnsToContents();
    QString text = outcome.cancelled ? tr("Cancelled.") : outcome.summary;
    if (!outcome.error.isEmpty() && !outcome.cancelled)
        text = outcome.error + "\n" + text;
    m_summary->setText(text);
    if (!outcome.rows.empty())
        m_table->selectRow(0);
    updateChart();
    updateButtons();
    emit searchFinished();
}

void SearchDialog::updateChart()
{
    auto* chart = new QChart;
    auto* series = new QScatterSeries;
    series->setName(tr("Results"));
    series->setMarkerSize(9);
    double minX = 1e300, maxX = -1e300, minY = 1e300, maxY = -1e300;
    for (const SearchRow& r : m_model->rows()) {
        series->append(r.objective, r.costUsd);
        minX = std::min(minX, r.objective), maxX = std::max(maxX, r.objective);
        minY = std::min(minY, r.costUsd), maxY = std::max(maxY, r.costUsd);
    }
    chart->addSeries(series);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setTitleText(
        m_model->headerData(SearchResultsModel::Objective, Qt::Horizontal, Qt::DisplayRole).toString());
    y->setTitleText(
        m_model->headerData(SearchResultsModel::Cost, Qt::Horizontal, Qt::DisplayRole).toString());
    // Close results differ by a few percent: the axes span the results, not zero to the largest, so the
    // trade-off is visible; a single result (or equal ones) gets ±10% around it.
    auto span = [](QValueAxis* axis, double lo, double hi) {
        if (lo > hi) {
            axis->setRange(0, 1);
            return;
        }
        const double pad = hi > lo ? 0.08 * (hi - lo) : std::max(1e-9, 0.1 * std::abs(hi));
        axis->setRange(std::max(0.0, lo - pad), hi + pad);
        axis->applyNiceNumbers();
    };
    span(x, minX, maxX);
    span(y, minY, maxY);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    chart->setTitle(tr("Cost against %1").arg(x->titleText()));
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void SearchDialog::updateButtons()
{
    const bool running = m_thread != nullptr;
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    const SearchRow* row = selectedRow();
    m_apply->setEnabled(!running && row && row->layout.has_value());
    m_add->setEnabled(!running && row);
    // The layout search stays on this sketch's hardware: the catalog filters have nothing to filter.
    const bool overCatalog = SearchKind(m_kind->currentData().toInt()) != SearchKind::Layout;
    for (QWidget* filter : std::initializer_list<QWidget*>{m_providers, m_vendors, m_cloud, m_owned}) {
        filter->setEnabled(!running && overCatalog);
        filter->setToolTip(overCatalog ? QString() : tr("Applies to the searches over the catalog"));
    }
}

const SearchRow* SearchDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QModelIndex source = m_proxy->mapToSource(rows.front());
    return source.isValid() ? &m_model->row(source.row()) : nullptr;
}

bool SearchDialog::applySelectedLayout()
{
    const SearchRow* row = selectedRow();
    if (!row || !row->layout)
        return false;
    return m_document.setLayout(m_sketchId, *row->layout);
}

std::string SearchDialog::addSelectedAsSketch()
{
    const SearchRow* row = selectedRow();
    const Sketch* source = m_document.project().sketch(m_sketchId);
    if (!row || !source)
        return {};
    Sketch s = row->sketch;
    s.id.clear();
    for (NodeGroup& n : s.nodes)
        n.id.clear();
    s.position = {source->position.x + source->size.width + 60, source->position.y};
    s.size = source->size;
    return m_document.addSketch(std::move(s));
}

} // namespace infraplan::ui
