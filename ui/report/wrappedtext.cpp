#include "wrappedtext.h"

#include <algorithm>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

namespace infraplan::ui {

WrappedText::WrappedText(const QString& text, const QFont& font, double width, QPaintDevice* device,
                         bool alignRight)
    : m_layout(std::make_shared<QTextLayout>(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator),
                                             font, device))
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignRight ? Qt::AlignRight : Qt::AlignLeft);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    const double leading = QFontMetricsF(font, device).leading();
    double y = 0;
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() + std::max(0.0, leading);
    }
    m_layout->endLayout();
}

int WrappedText::lineCount() const
{
    return m_layout ? m_layout->lineCount() : 0;
}

double WrappedText::height(int first, int end) const
{
    const int n = lineCount();
    if (end < 0 || end > n)
        end = n;
    if (first >= end)
        return 0;
    const QTextLine a = m_layout->lineAt(first);
    const QTextLine b = m_layout->lineAt(end - 1);
    return b.y() + b.height() - a.y();
}

int WrappedText::linesFitting(int first, double available) const
{
    int end = first;
    while (end < lineCount() && height(first, end + 1) <= available)
        ++end;
    return end - first;
}

void WrappedText::draw(QPainter& painter, const QPointF& topLeft, int first, int end) const
{
    const int n = lineCount();
    if (end < 0 || end > n)
        end = n;
    if (first >= end)
        return;
    const QPointF offset = topLeft - QPointF(0, m_layout->lineAt(first).y());
    for (int i = first; i < end; ++i)
        m_layout->lineAt(i).draw(&painter, offset);
}

double WrappedText::widestWord(const QString& text, const QFont& font, QPaintDevice* device)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QFontMetricsF metrics(font, device);
    double widest = 0;
    for (const QString& word : text.split(space, Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

double WrappedText::naturalWidth(const QString& text, const QFont& font, QPaintDevice* device)
{
    const QFontMetricsF metrics(font, device);
    double widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

} // namespace infraplan::ui
