#pragma once

#include <QStyledItemDelegate>

namespace infraplan::ui {

/// Paints a comparison cell: the value (bold on a green tint when it is the best of its row) and, below it,
/// the ratio text in smaller, muted type.
class ComparisonCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace infraplan::ui
