#pragma once

#include <QDialog>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace infraplan::ui {

class CatalogRowForm;
class CatalogStore;

/// Adds and edits the user's own catalog rows, stored in the user database. Shipped rows are shown
/// read-only and can be duplicated into an editable user row. Saving validates the row against the whole
/// catalog first and lists every problem instead of saving a bad row.
class CatalogEditorDialog : public QDialog {
    Q_OBJECT
public:
    explicit CatalogEditorDialog(CatalogStore& catalogs, QWidget* parent = nullptr);

    CatalogRowForm* form() const { return m_form; }
    QListWidget* problemList() const { return m_problems; }
    /// Shows a row by id.
    void showRow(const std::string& id);
    void newRow();
    void duplicateRow();
    /// Validates and saves the row being edited; false (with the problems listed) when it was refused.
    bool saveRow();
    void deleteRow();

private:
    void refillList();
    void updateButtons();

    CatalogStore& m_catalogs;
    QComboBox* m_kindFilter;
    QLineEdit* m_search;
    QListWidget* m_list;
    CatalogRowForm* m_form;
    QLabel* m_state;
    QListWidget* m_problems;
    QPushButton* m_duplicate;
    QPushButton* m_save;
    QPushButton* m_delete;
    std::string m_editingId; ///< the saved id of the row in the form; empty for a new row
    bool m_readOnly = true;
};

} // namespace infraplan::ui
