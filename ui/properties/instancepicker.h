#pragma once

#include <QPushButton>
#include <QWidget>
#include <string>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace infraplan {
class Catalog;
}

namespace infraplan::ui {

class CatalogStore;

/// The catalog's servers and cloud instances grouped by provider (owned servers on their own), each with its
/// accelerators and its price, filtered as the user types. Picking one (click, Enter) emits `picked`.
class InstanceList : public QWidget {
    Q_OBJECT
public:
    InstanceList(const Catalog& catalog, QWidget* parent = nullptr);

    /// Shows only the instances whose name, id, provider or accelerator contain every word of `text`.
    void setFilter(const QString& text);
    /// Marks the instance currently used.
    void setCurrent(const std::string& instanceId);
    /// The ids shown under the filter, in display order.
    std::vector<std::string> visibleIds() const;
    QLineEdit* searchField() const { return m_search; }
    QTreeWidget* tree() const { return m_tree; }

signals:
    void picked(const std::string& instanceId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill(const Catalog& catalog);
    QTreeWidgetItem* firstVisible() const;

    QLineEdit* m_search;
    QTreeWidget* m_tree;
};

/// A button naming a node group's instance; it opens the searchable InstanceList to change it.
class InstancePicker : public QPushButton {
    Q_OBJECT
public:
    InstancePicker(const CatalogStore& catalogs, QWidget* parent = nullptr);

    void setCurrent(const std::string& instanceId);
    const std::string& current() const { return m_current; }
    /// Opens the list below the button; returns it (it closes itself after a pick or Escape).
    InstanceList* openList();

signals:
    /// The user picked another instance.
    void picked(const std::string& instanceId);

private:
    const CatalogStore& m_catalogs;
    std::string m_current;
};

} // namespace infraplan::ui
