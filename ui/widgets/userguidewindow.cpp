#include "userguidewindow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

// The resources live in a static library: nothing would pull them into the program without this.
static void initAppResources()
{
    Q_INIT_RESOURCE(app);
}

namespace infraplan::ui {

UserGuideWindow::UserGuideWindow(QWidget* parent) : QDialog(parent)
{
    setObjectName("userGuide");
    setWindowTitle(tr("Infraplan user guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(markdown());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    const int line = fontMetrics().height();
    resize(line * 46, line * 44);
}

QString UserGuideWindow::markdown()
{
    // A translated guide is user-guide.<language>.md next to the English one, which is the fallback.
    initAppResources();
    const QString language = QLocale().name();
    for (const QString& path : {QStringLiteral(":/infraplan/user-guide.%1.md").arg(language),
                                QStringLiteral(":/infraplan/user-guide.md")}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}

} // namespace infraplan::ui
