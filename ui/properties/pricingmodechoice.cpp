#include "pricingmodechoice.h"

#include "project.h"

#include <QComboBox>

namespace infraplan::ui {

void PricingModeChoice::addItems(QComboBox* box)
{
    const std::pair<PricingMode, QString> modes[] = {{PricingMode::OnDemand, tr("Cloud, on demand")},
                                                     {PricingMode::Reserved1y, tr("Cloud, 1-year reserved")},
                                                     {PricingMode::Reserved3y, tr("Cloud, 3-year reserved")},
                                                     {PricingMode::Spot, tr("Cloud, spot")},
                                                     {PricingMode::Owned, tr("Owned (bought)")}};
    for (const auto& [mode, label] : modes)
        box->addItem(label, static_cast<int>(mode));
}

} // namespace infraplan::ui
