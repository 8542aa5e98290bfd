#include "chartpanel.h"

#include "chartexport.h"
#include "chartstyle.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace infraplan::ui {

ChartPanel::ChartPanel(const QString& objectName, Factory factory, QWidget* parent)
    : QWidget(parent), m_factory(std::move(factory))
{
    setObjectName(objectName);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(420, 320);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet("color: palette(mid); font-style: italic;");

    auto* png = new QToolButton(this);
    png->setText(tr("Save PNG…"));
    png->setObjectName("savePng");
    png->setToolTip(tr("Save this chart as a PNG image"));
    connect(png, &QToolButton::clicked, this, [this] { askAndSave("png"); });
    auto* svg = new QToolButton(this);
    svg->setText(tr("Save SVG…"));
    svg->setObjectName("saveSvg");
    svg->setToolTip(tr("Save this chart as an SVG drawing"));
    connect(svg, &QToolButton::clicked, this, [this] { askAndSave("svg"); });
    for (QToolButton* b : {png, svg})
        b->setAutoRaise(true);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(png);
    buttons->addWidget(svg);
    auto* stack = new QGridLayout;
    stack->addWidget(m_view, 0, 0);
    stack->addWidget(m_empty, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(stack, 1);
    layout->addLayout(buttons);
    rebuild();
}

void ChartPanel::rebuild()
{
    QChart* old = m_view->chart();
    m_view->setChart(m_factory());
    delete old;
    const QString reason = chartstyle::emptyReason(m_view->chart());
    m_empty->setText(reason);
    m_empty->setVisible(!reason.isEmpty());
    m_empty->raise();
}

QChart* ChartPanel::chart() const
{
    return m_view->chart();
}

QString ChartPanel::emptyReason() const
{
    return chartstyle::emptyReason(m_view->chart());
}

bool ChartPanel::save(const QString& path, QSize size, QString* error) const
{
    std::unique_ptr<QChart> fresh(m_factory());
    const QString title = fresh->title();
    if (path.endsWith(".svg", Qt::CaseInsensitive))
        return chartexport::saveSvg(std::move(fresh), path, size, title, error);
    return chartexport::savePng(std::move(fresh), path, size, 2.0, error);
}

void ChartPanel::askAndSave(const QString& suffix)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = QString("%1/%2.%3").arg(dir, objectName(), suffix);
    const QString filter = suffix == "svg" ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), name, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith("." + suffix, Qt::CaseInsensitive))
        path += "." + suffix;
    QString error;
    if (!save(path, exportSize(), &error))
        QMessageBox::warning(this, tr("Save chart"), error);
}

} // namespace infraplan::ui
