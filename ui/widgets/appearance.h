#pragma once

#include <QObject>
#include <QPalette>

class QMenu;
class QWidget;

namespace infraplan::ui {

/// Light or dark colours: following the system (the platform's own palette and style), or chosen. The
/// choice is kept in the settings and applied at start.
class Appearance : public QObject {
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit Appearance(QObject* parent = nullptr);

    Theme theme() const { return m_theme; }
    /// Applies and remembers the theme.
    void setTheme(Theme theme);

    /// A View submenu with the three choices, checked as the setting is.
    QMenu* menu(QWidget* parent);

    /// The palettes the choices apply (on the Fusion style, which follows a palette fully).
    static QPalette lightPalette();
    static QPalette darkPalette();

signals:
    void themeChanged(Theme theme);

private:
    void apply();

    Theme m_theme = Theme::System;
    QString m_systemStyle;
    QPalette m_systemPalette;
};

} // namespace infraplan::ui
