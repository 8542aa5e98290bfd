#include "palettedock.h"

#include "catalogstore.h"
#include "hardwarerow.h"
#include "palettefilter.h"
#include "palettemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>
#include <set>

namespace infraplan::ui {

PaletteDock::PaletteDock(CatalogStore& catalogs, QWidget* parent)
    : QDockWidget(tr("Hardware catalog"), parent), m_catalogs(catalogs), m_model(new PaletteModel(this)),
      m_filter(new PaletteFilter(this))
{
    setObjectName("paletteDock");
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_search = new QLineEdit(body);
    m_search->setObjectName("paletteSearch");
    m_search->setPlaceholderText(tr("Search: H100, 80 GB, aws, nvlink…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto* filters = new QGridLayout;
    filters->setSpacing(4);
    m_vendor = new QComboBox(body);
    m_vendor->setToolTip(tr("Show only this vendor's items"));
    m_provider = new QComboBox(body);
    m_provider->setToolTip(tr("Show only what this provider offers (instances, storage, regions, and the "
                              "accelerators it rents)"));
    m_memory = new QSpinBox(body);
    m_memory->setRange(0, 4096);
    m_memory->setSingleStep(8);
    m_memory->setPrefix(tr("Memory ≥ "));
    m_memory->setSuffix(tr(" GB"));
    m_memory->setSpecialValueText(tr("Any memory"));
    m_memory->setToolTip(tr("Accelerator memory per device, at least"));
    m_price = new QDoubleSpinBox(body);
    m_price->setRange(0, 2000);
    m_price->setDecimals(2);
    m_price->setSingleStep(1);
    m_price->setPrefix(tr("Price ≤ $"));
    m_price->setSuffix(tr("/h"));
    m_price->setSpecialValueText(tr("Any price"));
    m_price->setToolTip(tr("On-demand price per instance-hour, at most (instances without a cloud price are "
                           "hidden while this is set)"));
    filters->addWidget(m_vendor, 0, 0);
    filters->addWidget(m_provider, 0, 1);
    filters->addWidget(m_memory, 1, 0);
    filters->addWidget(m_price, 1, 1);
    filters->setColumnStretch(0, 1);
    filters->setColumnStretch(1, 1);
    layout->addLayout(filters);

    m_filter->setSourceModel(m_model);
    m_view = new QTreeView(body);
    m_view->setObjectName("paletteView");
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setUniformRowHeights(true);
    m_view->setAnimated(true);
    const int icon = m_view->fontMetrics().height() + 2;
    m_view->setIconSize(QSize(icon, icon));
    m_view->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_view, 1);

    auto* edit = new QPushButton(tr("Edit catalog…"), body);
    edit->setToolTip(tr("Add your own hardware, or duplicate and adjust a shipped row"));
    connect(edit, &QPushButton::clicked, this, &PaletteDock::editCatalogRequested);
    layout->addWidget(edit);
    setWidget(body);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_filter->setSearchText(t);
        if (!t.isEmpty())
            m_view->expandAll();
    });
    connect(m_vendor, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setVendor(m_vendor->currentData().toString()); });
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setProvider(m_provider->currentData().toString()); });
    connect(m_memory, &QSpinBox::valueChanged, this,
            [this](int gb) { m_filter->setMinMemoryGb(gb > 0 ? std::optional<double>(gb) : std::nullopt); });
    connect(m_price, &QDoubleSpinBox::valueChanged, this, [this](double usd) {
        m_filter->setMaxUsdPerHour(usd > 0 ? std::optional<double>(usd) : std::nullopt);
    });
    connect(&m_catalogs, &CatalogStore::catalogChanged, this, &PaletteDock::rebuild);
    rebuild();
}

void PaletteDock::rebuild()
{
    m_model->rebuild(m_catalogs.get());
    fillChoices();
    m_view->expandAll();
    // Long lists start folded so every kind is visible at a glance.
    for (int r = 0; r < m_filter->rowCount(); ++r)
        if (m_filter->rowCount(m_filter->index(r, 0)) > 12)
            m_view->collapse(m_filter->index(r, 0));
}

void PaletteDock::fillChoices()
{
    std::set<QString> vendors, providers;
    for (const CatalogItem& i : m_catalogs.get().all()) {
        if (i.kind == ItemKind::Calibration)
            continue;
        if (!i.vendor.empty())
            vendors.insert(QString::fromStdString(i.vendor));
        if (const std::string p = providerOf(i); !p.empty())
            providers.insert(QString::fromStdString(p));
    }
    auto fill = [](QComboBox* box, const QString& any, const std::set<QString>& values, bool upper) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(any, QString());
        for (const QString& v : values)
            box->addItem(upper && v.size() <= 3 ? v.toUpper() : v, v);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_vendor, tr("Any vendor"), vendors, false);
    fill(m_provider, tr("Any provider"), providers, true);
}

} // namespace infraplan::ui
