#include "searchresultsmodel.h"

#include <QLocale>

namespace infraplan::ui {

void SearchResultsModel::setOutcome(const SearchOutcome& outcome)
{
    beginResetModel();
    m_rows = outcome.rows;
    m_objectiveTitle = outcome.objectiveTitle;
    m_costTitle = outcome.costTitle;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SearchRow& r = m_rows[size_t(index.row())];
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Objective:
            return r.objective;
        case Cost:
            return r.costUsd;
        case Configuration:
            return index.row(); // search order
        default:
            return r.detail;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Configuration)
        return r.configuration;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Configuration:
        return r.configuration;
    case Objective:
        return locale.toString(r.objective, 'f', r.objective < 10 ? 3 : 1);
    case Cost:
        return locale.toString(r.costUsd, 'f', r.costUsd < 100 ? 2 : 0);
    case Detail:
        return r.detail;
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Configuration:
        return tr("Configuration");
    case Objective:
        return m_objectiveTitle.isEmpty() ? tr("Objective") : m_objectiveTitle;
    case Cost:
        return m_costTitle.isEmpty() ? tr("Cost ($)") : m_costTitle;
    case Detail:
        return tr("Detail");
    }
    return {};
}

} // namespace infraplan::ui
