#pragma once

#include "searchjob.h"

#include <QAbstractTableModel>
#include <vector>

namespace infraplan::ui {

/// The search results as a table: configuration, objective, cost, detail. Qt::UserRole gives the number
/// behind a cell so that a QSortFilterProxyModel sorts numerically.
class SearchResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Configuration, Objective, Cost, Detail, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setOutcome(const SearchOutcome& outcome);
    const SearchRow& row(int index) const { return m_rows.at(size_t(index)); }
    const std::vector<SearchRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<SearchRow> m_rows;
    QString m_objectiveTitle, m_costTitle;
};

} // namespace infraplan::ui
