#include "problemsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace infraplan::ui {

ProblemsDialog::ProblemsDialog(const QString& title, const QString& summary, const QStringList& problems,
                               QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto* text = new QLabel(summary, this);
    text->setWordWrap(true);
    top->addWidget(text, 1);
    layout->addLayout(top);
    auto* list = new QListWidget(this);
    list->setObjectName("problemList");
    list->addItems(problems);
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy all"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [problems] { QApplication::clipboard()->setText(problems.join('\n')); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const int line = fontMetrics().height();
    resize(line * 40, line * std::min<qsizetype>(30, 10 + problems.size() * 2));
}

} // namespace infraplan::ui
