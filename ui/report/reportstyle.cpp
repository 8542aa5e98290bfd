#include "reportstyle.h"

#include "reportfonts.h"

namespace infraplan::ui {

QFont ReportStyle::font(TextRole role)
{
    switch (role) {
    case TextRole::Title:
        return ReportFonts::font(24, true);
    case TextRole::Subtitle:
        return ReportFonts::font(12.5);
    case TextRole::Heading:
        return ReportFonts::font(15, true);
    case TextRole::Subheading:
        return ReportFonts::font(10.5, true);
    case TextRole::Body:
        return ReportFonts::font(9.5);
    case TextRole::Small:
        return ReportFonts::font(7.5);
    case TextRole::Label:
        return ReportFonts::font(8, true);
    }
    return ReportFonts::font(9.5);
}

QColor ReportStyle::colour(TextRole role)
{
    switch (role) {
    case TextRole::Title:
    case TextRole::Heading:
        return accent();
    case TextRole::Subtitle:
    case TextRole::Small:
    case TextRole::Label:
        return muted();
    case TextRole::Subheading:
    case TextRole::Body:
        return text();
    }
    return text();
}

double ReportStyle::spaceBeforePt(TextRole role)
{
    switch (role) {
    case TextRole::Heading:
        return 16;
    case TextRole::Subheading:
        return 10;
    case TextRole::Label:
        return 6;
    default:
        return 0;
    }
}

double ReportStyle::spaceAfterPt(TextRole role)
{
    switch (role) {
    case TextRole::Title:
        return 10;
    case TextRole::Heading:
        return 7;
    case TextRole::Subheading:
    case TextRole::Label:
        return 4;
    case TextRole::Subtitle:
    case TextRole::Body:
        return 6;
    case TextRole::Small:
        return 4;
    }
    return 4;
}

QFont ReportStyle::tableFont(bool small, bool bold)
{
    return ReportFonts::font(small ? 7 : 8, bold);
}

QFont ReportStyle::tableNoteFont()
{
    return ReportFonts::font(6.5);
}

QColor ReportStyle::calloutBackground(CalloutBlock::Tone tone)
{
    switch (tone) {
    case CalloutBlock::Tone::Info:
        return QColor(0xee, 0xf3, 0xf9);
    case CalloutBlock::Tone::Good:
        return QColor(0xe9, 0xf5, 0xec);
    case CalloutBlock::Tone::Warning:
        return QColor(0xfd, 0xf4, 0xe3);
    case CalloutBlock::Tone::Error:
        return QColor(0xfb, 0xea, 0xea);
    }
    return stripe();
}

QColor ReportStyle::calloutBar(CalloutBlock::Tone tone)
{
    switch (tone) {
    case CalloutBlock::Tone::Info:
        return QColor(0x3a, 0x6e, 0xa5);
    case CalloutBlock::Tone::Good:
        return QColor(0x2e, 0x7d, 0x46);
    case CalloutBlock::Tone::Warning:
        return QColor(0xc7, 0x7c, 0x02);
    case CalloutBlock::Tone::Error:
        return QColor(0xb3, 0x26, 0x1e);
    }
    return accent();
}

} // namespace infraplan::ui
