#include "comparisoncelldelegate.h"

#include "comparisontablewidget.h"

#include <QApplication>
#include <QPainter>

namespace infraplan::ui {

namespace {
QFont smaller(QFont f)
{
    f.setPointSizeF(f.pointSizeF() * 0.86);
    return f;
}
bool darkPalette(const QPalette& p)
{
    return p.color(QPalette::Base).lightness() < 128;
}
} // namespace

void ComparisonCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool best = index.data(ComparisonTableWidget::BestRole).toBool();
    const QString band = index.data(ComparisonTableWidget::BandRole).toString();
    const QString ratio = index.data(ComparisonTableWidget::RatioRole).toString();
    const QString value = index.data(Qt::DisplayRole).toString();

    painter->save();
    // Selection and hover backgrounds from the style, then our tint for the best value.
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (best && !(opt.state & QStyle::State_Selected)) {
        const QColor tint = darkPalette(opt.palette) ? QColor(0x1E, 0x5B, 0x2E) : QColor(0xDD, 0xF2, 0xDF);
        painter->fillRect(opt.rect, tint);
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), 3, opt.rect.height()),
                          QColor(0x2E, 0x9D, 0x4A));
    }
    const QRect r = opt.rect.adjusted(8, 3, -6, -3);
    QFont valueFont = opt.font;
    valueFont.setBold(best);
    const QColor text = opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText)
                                                           : opt.palette.color(QPalette::Text);
    painter->setFont(valueFont);
    painter->setPen(text);
    // Long values (workload names, why a sketch was not simulated) wrap; the row grows to hold them.
    const int valueHeight =
        QFontMetrics(valueFont).boundingRect(QRect(0, 0, r.width(), 10000), Qt::TextWordWrap, value).height();
    painter->drawText(QRect(r.left(), r.top(), r.width(), valueHeight),
                      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value);
    // Under the value: its band (where the validated error puts it), then how it compares.
    const QString under =
        band.isEmpty() ? ratio : (ratio.isEmpty() ? band : band + QStringLiteral("\n") + ratio);
    if (!under.isEmpty()) {
        const QFont small = smaller(opt.font);
        painter->setFont(small);
        QColor muted = text;
        muted.setAlphaF(0.62);
        painter->setPen(muted);
        painter->drawText(QRect(r.left(), r.top() + valueHeight, r.width(), r.height() - valueHeight),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, under);
    }
    painter->restore();
}

QSize ComparisonCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString value = index.data(Qt::DisplayRole).toString();
    const QString band = index.data(ComparisonTableWidget::BandRole).toString();
    const QString ratioOnly = index.data(ComparisonTableWidget::RatioRole).toString();
    const QString ratio =
        band.isEmpty() ? ratioOnly : (ratioOnly.isEmpty() ? band : band + QStringLiteral("\n") + ratioOnly);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics vm(bold), sm(smaller(option.font));
    // Text wraps at the column's width when the table asks for a row height (option.rect carries it), and at
    // a readable width when it asks how wide a column should be.
    const int width =
        option.rect.width() > 0 ? option.rect.width() : std::min(vm.horizontalAdvance(value), 280) + 16;
    const int textWidth = std::max(40, width - 14);
    int height = vm.boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, value).height() + 6;
    if (!ratio.isEmpty())
        height += sm.boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, ratio).height();
    return {width, height};
}

} // namespace infraplan::ui
