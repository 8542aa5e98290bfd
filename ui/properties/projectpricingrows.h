#pragma once

#include <QObject>

class QComboBox;

namespace infraplan::ui {

class CatalogStore;
class NumberField;
class ProjectDocument;
class PropertyForm;

/// The project's pricing settings on the project page of the Properties panel: how hardware is paid for,
/// the region and the site's electricity price and PUE that every frame without pricing of its own uses.
/// Each edit is one undoable ProjectDocument::setPricingDefaults.
class ProjectPricingRows : public QObject {
    Q_OBJECT
public:
    /// Adds a section of rows to `form`.
    ProjectPricingRows(PropertyForm& form, ProjectDocument& document, const CatalogStore& catalogs);
    /// Shows the document's settings (and the catalog's regions).
    void refresh();

private:
    ProjectDocument& m_document;
    const CatalogStore& m_catalogs;
    PropertyForm& m_form;
    QComboBox* m_mode;
    NumberField* m_amortization;
    NumberField* m_discount;
    QComboBox* m_region;
    NumberField* m_electricity;
    NumberField* m_pue;
};

} // namespace infraplan::ui
