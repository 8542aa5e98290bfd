#include "projectpricingrows.h"

#include "catalogstore.h"
#include "numberfield.h"
#include "pricingmodechoice.h"
#include "projectdocument.h"
#include "propertyform.h"

#include <QComboBox>

namespace infraplan::ui {

ProjectPricingRows::ProjectPricingRows(PropertyForm& form, ProjectDocument& document,
                                       const CatalogStore& catalogs)
    : QObject(&form), m_document(document), m_catalogs(catalogs), m_form(form)
{
    auto edit = [this](auto change) {
        PricingDefaults d = m_document.project().pricingDefaults;
        change(d);
        m_document.setPricingDefaults(d);
    };
    form.section(tr("Pricing of every frame"));
    m_mode = form.choice(
        tr("Pricing"), tr("How hardware is paid for, unless a frame sets its own"), [=](const QVariant& v) {
            edit([&](PricingDefaults& d) { d.pricing.mode = static_cast<PricingMode>(v.toInt()); });
        });
    PricingModeChoice::addItems(m_mode);
    m_amortization =
        form.number(tr("Written off over"), 0.25, 30, false, tr("years"),
                    tr("Owned hardware: the purchase price is spread over this many years"),
                    [=](double y) { edit([&](PricingDefaults& d) { d.pricing.amortizationYears = y; }); });
    m_discount =
        form.number(tr("Discount"), 0, 100, false, tr("%"),
                    tr("Negotiated off the catalog's instance price (rate or purchase)"),
                    [=](double v) { edit([&](PricingDefaults& d) { d.pricing.discountPercent = v; }); });
    m_region = form.choice(tr("Region"), tr("Where frames that name no region run"), [=](const QVariant& v) {
        edit([&](PricingDefaults& d) { d.regionId = v.toString().toStdString(); });
    });
    m_electricity =
        form.number(tr("Electricity"), 0, 10, false, tr("USD/kWh"),
                    tr("Owned: your sites' price; empty uses each region's catalog figure"),
                    [=](double v) { edit([&](PricingDefaults& d) { d.pricing.electricityUsdPerKWh = v; }); });
    m_electricity->setUnsetText(tr("each region's catalog figure"));
    m_pue = form.number(tr("PUE"), 1, 5, false, {},
                        tr("Your sites' PUE; empty uses each region's catalog figure"),
                        [=](double v) { edit([&](PricingDefaults& d) { d.pricing.pue = v; }); });
    m_pue->setUnsetText(tr("each region's catalog figure"));
}

void ProjectPricingRows::refresh()
{
    const PricingDefaults& d = m_document.project().pricingDefaults;
    {
        const QSignalBlocker block(m_region);
        m_region->clear();
        m_region->addItem(tr("Each instance's own"), QString());
        for (const CatalogItem* r : m_catalogs.get().items(ItemKind::Region))
            m_region->addItem(QString::fromStdString(r->name), QString::fromStdString(r->id));
    }
    PropertyForm::select(m_mode, static_cast<int>(d.pricing.mode));
    m_amortization->setValue(d.pricing.amortizationYears);
    m_form.setRowVisible(m_amortization, d.pricing.mode == PricingMode::Owned);
    m_discount->setValue(d.pricing.discountPercent);
    PropertyForm::select(m_region, QString::fromStdString(d.regionId));
    m_electricity->setValue(d.pricing.electricityUsdPerKWh);
    m_pue->setValue(d.pricing.pue);
}

} // namespace infraplan::ui
