#pragma once

#include <functional>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QToolButton;

namespace infraplan::ui {

/// One chart of the comparison view: the chart, a message when it has nothing to draw, and buttons to save it
/// as PNG or SVG. The panel builds its chart from a factory, so the exported file is drawn afresh at export
/// size rather than scaled from the screen.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    using Factory = std::function<QChart*()>;

    ChartPanel(const QString& objectName, Factory factory, QWidget* parent = nullptr);

    /// Rebuilds the chart from the factory (after the analysis changed).
    void rebuild();
    QChart* chart() const;
    /// Why the chart is empty ("" when it has data).
    QString emptyReason() const;

    /// Writes the chart as PNG (at twice `size` in pixels) or SVG, by the file's suffix.
    bool save(const QString& path, QSize size, QString* error) const;

    static QSize exportSize() { return {1200, 750}; }

private:
    void askAndSave(const QString& suffix);

    Factory m_factory;
    QChartView* m_view = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace infraplan::ui
