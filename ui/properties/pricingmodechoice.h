#pragma once

#include <QCoreApplication>

class QComboBox;

namespace infraplan::ui {

/// The ways hardware can be paid for, as one list of choices for the project's pricing and a frame's own:
/// each item's data is the PricingMode as an int.
class PricingModeChoice {
    Q_DECLARE_TR_FUNCTIONS(infraplan::ui::PricingModeChoice)
public:
    /// Adds the pricing modes to `box`, in the order a planner weighs them.
    static void addItems(QComboBox* box);
};

} // namespace infraplan::ui
