#pragma once

#include "catalog.h"
#include "problem.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace infraplan::ui {

/// Edits one catalog row: id, kind, name, vendor, attributes and figures (each figure with its source
/// and note), plus the user's own sources. Field names, units and labels come from the catalog schema.
class CatalogRowForm : public QWidget {
    Q_OBJECT
public:
    explicit CatalogRowForm(QWidget* parent = nullptr);

    /// Shows a row; `sources` are every source a figure may cite, `userSources` the user's own (editable).
    void setRow(const CatalogItem& item, const std::vector<Source>& sources,
                const std::vector<Source>& userSources);
    void setReadOnly(bool readOnly);
    /// The row as edited; problems for cells that cannot be read (a value that is not a number).
    CatalogItem row(Problems& problems) const;
    /// The user's sources as edited (rows with an empty id are skipped).
    std::vector<Source> userSources() const;

    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* nameEdit() const { return m_name; }
    QTableWidget* figureTable() const { return m_figures; }

    /// Appends a figure row (field, value, source) — also used by "Add figure".
    void addFigure(const std::string& field, const Figure& figure);

private:
    void kindChanged();
    void fillFieldChoices(QComboBox* box, const std::string& current) const;
    void fillSourceChoices(QComboBox* box, const std::string& current) const;

    QLineEdit* m_id;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QLineEdit* m_vendor;
    QTableWidget* m_attributes;
    QTableWidget* m_figures;
    QTableWidget* m_sources;
    std::vector<Source> m_allSources;
    QList<QWidget*> m_editors;
};

} // namespace infraplan::ui
