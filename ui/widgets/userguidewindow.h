#pragma once

#include <QDialog>

class QTextBrowser;

namespace infraplan::ui {

/// The user guide (docs/user-guide.md, compiled in) in its own window beside the main one, so a reader can
/// follow it step by step. In Simplified Chinese when the interface is.
class UserGuideWindow : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

    /// The guide's Markdown for the interface's language (English when there is no translation).
    static QString markdown();

private:
    QTextBrowser* m_browser;
};

} // namespace infraplan::ui
