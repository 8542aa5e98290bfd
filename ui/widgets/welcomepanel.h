#pragma once

#include <QFrame>

class QVBoxLayout;

namespace infraplan::ui {

/// The welcome screen, shown over the empty canvas: how to start, the example projects and recent files.
class WelcomePanel : public QFrame {
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget* parent = nullptr);

    /// Lists the examples (file, name) and recent files as buttons.
    void setEntries(const QList<QPair<QString, QString>>& examples, const QStringList& recent);
    /// Centres the panel in its parent.
    void recentre();

signals:
    void openFileRequested(const QString& path);
    void openDialogRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QVBoxLayout* m_entries;
};

} // namespace infraplan::ui
