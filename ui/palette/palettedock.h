#pragma once

#include <QDockWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QTreeView;

namespace infraplan::ui {

class CatalogStore;
class PaletteFilter;
class PaletteModel;

/// The hardware palette: the catalog by kind with a search field and filters; rows are dragged onto the
/// canvas. Rebuilds itself when the catalog changes.
class PaletteDock : public QDockWidget {
    Q_OBJECT
public:
    PaletteDock(CatalogStore& catalogs, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    PaletteModel* model() const { return m_model; }
    PaletteFilter* filter() const { return m_filter; }
    QLineEdit* searchField() const { return m_search; }

signals:
    void editCatalogRequested();

private:
    void rebuild();
    void fillChoices();

    CatalogStore& m_catalogs;
    PaletteModel* m_model;
    PaletteFilter* m_filter;
    QTreeView* m_view;
    QLineEdit* m_search;
    QComboBox* m_vendor;
    QComboBox* m_provider;
    QSpinBox* m_memory;
    QDoubleSpinBox* m_price;
};

} // namespace infraplan::ui
