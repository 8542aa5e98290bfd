#include "welcomepanel.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace infraplan::ui {

WelcomePanel::WelcomePanel(QWidget* parent) : QFrame(parent)
{
    setObjectName("welcomePanel");
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(this);
    const int line = fontMetrics().height();
    layout->setContentsMargins(line * 2, line * 3 / 2, line * 2, line * 3 / 2);
    layout->setSpacing(line / 2);
    auto* title = new QLabel(tr("Plan AI infrastructure"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    auto* text =
        new QLabel(tr("Drag a server, a cloud instance or an accelerator from the <b>Hardware "
                      "catalog</b> onto the canvas to start a <b>training cluster</b> or an "
                      "<b>inference fleet</b>. Drop interconnects, storage, regions and model presets "
                      "onto a frame to set them."),
                   this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* open = new QPushButton(tr("Open a project…"), this);
    connect(open, &QPushButton::clicked, this, &WelcomePanel::openDialogRequested);
    layout->addWidget(open, 0, Qt::AlignLeft);
    m_entries = new QVBoxLayout;
    m_entries->setSpacing(2);
    layout->addLayout(m_entries);
    parent->installEventFilter(this);
}

void WelcomePanel::setEntries(const QList<QPair<QString, QString>>& examples, const QStringList& recent)
{
    while (QLayoutItem* item = m_entries->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto heading = [this](const QString& text) {
        auto* l = new QLabel(text, this);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        l->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
        m_entries->addWidget(l);
    };
    auto link = [this](const QString& text, const QString& path) {
        auto* b = new QPushButton(text, this);
        b->setFlat(true);
        b->setCursor(Qt::PointingHandCursor);
        b->setToolTip(path);
        b->setStyleSheet("text-align: left; padding: 2px 4px; color: palette(link);");
        connect(b, &QPushButton::clicked, this, [this, path] { emit openFileRequested(path); });
        m_entries->addWidget(b);
    };
    if (!examples.isEmpty()) {
        heading(tr("Examples"));
        for (const auto& [file, name] : examples)
            link(name, file);
    }
    if (!recent.isEmpty()) {
        heading(tr("Recent"));
        for (const QString& f : recent.mid(0, 5))
            link(QFileInfo(f).fileName(), f);
    }
    recentre();
}

void WelcomePanel::recentre()
{
    if (!parentWidget())
        return;
    // Wrapped labels make adjustSize() pick odd widths: fix the width, then take the height it needs.
    const int line = fontMetrics().height();
    const int w = std::max(line * 16, std::min(line * 34, parentWidget()->width() - line * 2));
    const int h = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(w) : sizeHint().height();
    setFixedSize(w, h);
    move((parentWidget()->width() - w) / 2, std::max(line, (parentWidget()->height() - h) / 3));
}

bool WelcomePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        recentre();
    return QFrame::eventFilter(watched, event);
}

} // namespace infraplan::ui
