#include "appearance.h"

#include <memory>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace infraplan::ui {

namespace {
constexpr auto kKey = "view/theme";

Appearance::Theme fromSetting(const QString& s)
{
    if (s == "light")
        return Appearance::Theme::Light;
    if (s == "dark")
        return Appearance::Theme::Dark;
    return Appearance::Theme::System;
}

QString toSetting(Appearance::Theme t)
{
    switch (t) {
    case Appearance::Theme::Light:
        return "light";
    case Appearance::Theme::Dark:
        return "dark";
    case Appearance::Theme::System:
        break;
    }
    return "system";
}
} // namespace

Appearance::Appearance(QObject* parent) : QObject(parent)
{
    // What the platform gave, before any choice changed it (once per process: a later window would see the
    // chosen colours): "follow the system" puts it back.
    static const QString systemStyle = QApplication::style() ? QApplication::style()->name() : QString();
    static const QPalette systemPalette = QApplication::palette();
    m_systemStyle = systemStyle;
    m_systemPalette = systemPalette;
    m_theme = fromSetting(QSettings().value(kKey).toString());
    if (m_theme != Theme::System)
        apply();
}

void Appearance::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    QSettings().setValue(kKey, toSetting(theme));
    apply();
    emit themeChanged(theme);
}

void Appearance::apply()
{
    if (m_theme == Theme::System) {
        if (!m_systemStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create("Fusion"));
    QApplication::setPalette(m_theme == Theme::Dark ? darkPalette() : lightPalette());
}

QMenu* Appearance::menu(QWidget* parent)
{
    auto* menu = new QMenu(tr("&Theme"), parent);
    auto* group = new QActionGroup(menu);
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, tr("Follow the &system")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto& [theme, label] : choices) {
        QAction* a = menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(theme == m_theme);
        a->setData(static_cast<int>(theme));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, theme = theme] { setTheme(theme); });
    }
    return menu;
}

QPalette Appearance::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create("Fusion"));
    return fusion->standardPalette();
}

QPalette Appearance::darkPalette()
{
    const QColor window(45, 47, 51), base(30, 31, 34), text(225, 227, 230), disabled(128, 130, 134);
    const QColor highlight(42, 130, 218);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(38, 40, 44));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(70, 72, 77));
    p.setColor(QPalette::Midlight, QColor(58, 60, 64));
    p.setColor(QPalette::Mid, QColor(80, 82, 88));
    p.setColor(QPalette::Dark, QColor(22, 23, 25));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(95, 165, 240));
    p.setColor(QPalette::LinkVisited, QColor(170, 130, 230));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace infraplan::ui
