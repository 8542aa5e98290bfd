#include "sketchframeitem.h"

#include "bandformat.h"
#include "canvasscene.h"
#include "catalogtext.h"
#include "hardwarerow.h"
#include "kindicon.h"
#include "resultformat.h"

#include <algorithm>

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace infraplan::ui {

namespace fmt = resultformat;

SketchFrameItem::SketchFrameItem(std::string sketchId) : m_id(std::move(sketchId))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    // Text layout is the expensive part of painting; redraw only when sync() or selection changes it.
    setCacheMode(DeviceCoordinateCache);
    setZValue(0);
}

void SketchFrameItem::sync(const Sketch& sketch, const Project& project, const Catalog& catalog)
{
    const QString before = signature();
    m_role = sketch.role;
    m_line = QFontMetricsF(QApplication::font()).height();
    m_name = QString::fromStdString(sketch.name.empty() ? sketch.id : sketch.name);
    m_roleText = sketch.role == SketchRole::Training ? QObject::tr("Training cluster")
                                                     : QObject::tr("Inference fleet");
    if (const TrainingJob* j = project.trainingJob(sketch.workloadId);
        j && sketch.role == SketchRole::Training)
        m_workload = QString::fromStdString(j->name.empty() ? j->id : j->name);
    else if (const InferenceService* s = project.service(sketch.workloadId);
             s && sketch.role == SketchRole::Inference)
        m_workload = QString::fromStdString(s->name.empty() ? s->id : s->name);
    else
        m_workload = QObject::tr("no workload: choose one in Properties");

    // Chips show what the sketch sets, or what its first instance brings along.
    const CatalogItem* instance = sketch.nodes.empty() ? nullptr : catalog.find(sketch.nodes.front().itemId);
    auto orInstance = [&](const std::string& own, std::string (*ofInstance)(const CatalogItem&)) {
        return !own.empty() ? own : instance ? ofInstance(*instance) : std::string();
    };
    m_chips.clear();
    auto chip = [&](PaletteCategory c, const std::string& id, const QString& prefix) {
        if (id.empty())
            return;
        const CatalogItem* item = catalog.find(id);
        m_chips.push_back({static_cast<int>(c),
                           prefix + (item ? catalogtext::shortName(*item) : QString::fromStdString(id)),
                           {}});
    };
    chip(PaletteCategory::Link, orInstance(sketch.scaleOutLink, scaleOutLinkOf), {});
    chip(PaletteCategory::Storage, sketch.storageId, {});
    chip(PaletteCategory::Region, orInstance(sketch.regionId, homeRegionOf), {});

    const QRectF rect(0, 0, sketch.size.width, sketch.size.height);
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
    layoutChips();
    const QPointF pos(sketch.position.x, sketch.position.y);
    if (this->pos() != pos)
        setPos(pos);
    if (signature() != before)
        update(); // otherwise the cached rendering stays valid
}

QString SketchFrameItem::signature() const
{
    QString s = m_name + '\n' + m_roleText + '\n' + m_workload;
    for (const Chip& c : m_chips)
        s += QStringLiteral("\n%1 %2 %3,%4").arg(c.category).arg(c.text).arg(c.rect.x()).arg(c.rect.width());
    return s + QStringLiteral("\n%1x%2").arg(m_rect.width()).arg(m_rect.height());
}

void SketchFrameItem::setSummary(const SketchSummary* s, bool final)
{
    m_rows.clear();
    m_warnings = 0;
    m_panelNote.clear();
    m_computed = s && s->computed;
    if (!s) {
        m_panelTitle = QObject::tr("Computing…");
    } else if (!s->computed) {
        m_panelTitle = QObject::tr("Not simulated");
        m_panelNote = QString::fromStdString(s->error);
    } else {
        m_panelTitle = final ? QObject::tr("Results") : QObject::tr("Estimate");
        if (s->role == SketchRole::Training) {
            m_rows.push_back({QObject::tr("Throughput"),
                              s->tokensPerSecond > 0 ? fmt::rate(s->tokensPerSecond, QObject::tr("tok"))
                                                     : fmt::rate(s->samplesPerSecond, QObject::tr("smp"))});
            m_rows.push_back({QObject::tr("MFU"), fmt::percent(s->mfu)});
            m_rows.push_back({QObject::tr("Time to train"), fmt::duration(s->timeToTrainDays * 86400)});
            m_rows.push_back({QObject::tr("Run cost (once)"),
                              s->monthly.priced ? fmt::usd(s->runCostUsd, s->money) : QObject::tr("no price"),
                              !s->monthly.priced});
        } else {
            if (s->tpotMs[2] > 0) { // a generative model: first token and the pace of the rest
                m_rows.push_back({QObject::tr("TTFT p99"), fmt::milliseconds(s->ttftMs[2])});
                m_rows.push_back({QObject::tr("TPOT p99"), fmt::milliseconds(s->tpotMs[2])});
            } else { // one answer per request: only its end-to-end latency means anything
                m_rows.push_back({QObject::tr("Latency p99"), fmt::milliseconds(s->e2eMs[2])});
            }
            m_rows.push_back({QObject::tr("SLO met"), fmt::percent(s->sloAttainment), !s->meetsTargets});
            // Whole instances against the drawn ceiling: what is billed, at a glance.
            m_rows.push_back({QObject::tr("Instances"),
                              QObject::tr("%1–%2 of %3, avg %4")
                                  .arg(s->minimumInstances)
                                  .arg(fmt::count(s->peakInstances))
                                  .arg(s->instancesDrawn)
                                  .arg(QString::number(s->averageInstances, 'f', 1)),
                              s->noCountMeetsTargets || s->instancesNeededAtPeak > s->ceilingInstances});
        }
        // A fleet is paid every month; a training run once, and its cost is the run cost above. A monthly
        // rate beside the fleets' would read as if the cluster were rented for good.
        if (s->role == SketchRole::Inference)
            m_rows.push_back(
                {QObject::tr("Per month"),
                 s->monthly.priced ? fmt::usd(s->monthly.totalUsd(), s->money) : QObject::tr("no price"),
                 !s->monthly.priced});
        m_rows.push_back(
            {QObject::tr("Peak power"), fmt::watts(s->peakPower.facilityW(), s->peakPower.published)});
        m_rows.push_back({QObject::tr("Memory"),
                          s->fitsInMemory ? QObject::tr("fits") : QObject::tr("does not fit"),
                          !s->fitsInMemory});
        m_warnings = static_cast<int>(s->warnings.size());
        addBands(*s);
    }
    setToolTip(s ? bandformat::sketchToolTip(*s) : QString());
    update();
}

void SketchFrameItem::addBands(const SketchSummary& s)
{
    const SketchConfidence& c = s.confidence;
    if (!c.available)
        return;
    // The widest side of the band after the headline performance and cost figures (hover gives both ends
    // of every figure), and a family without validated runs said next to them.
    auto suffix = [&](const QString& label, const FigureBand& band) {
        for (Row& row : m_rows)
            if (row.label == label && band.present)
                row.value += QStringLiteral(" ") + bandformat::widest(band);
    };
    if (s.role == SketchRole::Training) {
        suffix(QObject::tr("Throughput"), c.tokensPerSecond.present ? c.tokensPerSecond : c.samplesPerSecond);
        suffix(QObject::tr("Run cost (once)"), c.runCostUsd);
    } else {
        suffix(QObject::tr("TTFT p99"), c.ttftMs[2]);
        suffix(QObject::tr("Latency p99"), c.e2eMs[2]);
        suffix(QObject::tr("Per month"), c.monthlyCostUsd);
    }
    m_rows.insert(m_rows.begin(),
                  {QObject::tr("Validated"),
                   c.familyValidated() ? QObject::tr("%n case(s)", nullptr, static_cast<int>(c.band.cases))
                                       : QObject::tr("uncalibrated"),
                   !c.familyValidated()});
}

QStringList SketchFrameItem::badgeLines() const
{
    QStringList lines;
    for (const Row& r : m_rows)
        lines << r.label + QStringLiteral(": ") + r.value;
    return lines;
}

void SketchFrameItem::setDropHighlight(bool on)
{
    if (on != m_dropHighlight) {
        m_dropHighlight = on;
        update();
    }
}

QRectF SketchFrameItem::bodyRect() const
{
    const double header = m_line * 3.0;
    const double panel = std::min(m_rect.width() * 0.42, m_line * 13.5);
    return QRectF(m_line * 0.5, header + m_line * 0.4, m_rect.width() - panel - m_line * 1.3,
                  m_rect.height() - header - m_line * 3.0);
}

QRectF SketchFrameItem::gripRect() const
{
    return QRectF(m_rect.right() - m_line * 1.1, m_rect.bottom() - m_line * 1.1, m_line * 1.1, m_line * 1.1);
}

void SketchFrameItem::layoutChips()
{
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const QFontMetricsF fm(small);
    double x = m_line * 0.6;
    const double h = m_line * 1.35;
    const double y = m_rect.height() - h - m_line * 0.45;
    const double maxRight = m_rect.width() - m_line * 1.6;
    for (Chip& c : m_chips) {
        const double room = maxRight - x - h - m_line * 0.6;
        if (room < m_line * 2) {
            c.rect = {};
            continue;
        }
        c.text = fm.elidedText(c.text, Qt::ElideRight, std::min(room, m_line * 11));
        const double w = fm.horizontalAdvance(c.text) + h + m_line * 0.6;
        c.rect = QRectF(x, y, w, h);
        x += w + m_line * 0.4;
    }
}

QRectF SketchFrameItem::boundingRect() const
{
    return m_rect.adjusted(-4, -4, 4, 4);
}

QPainterPath SketchFrameItem::shape() const
{
    QPainterPath p;
    p.addRoundedRect(m_rect, 10, 10);
    return p;
}

void SketchFrameItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QPalette pal = QApplication::palette();
    const QColor role = kindicon::roleColor(m_role);
    const bool selected = option->state & QStyle::State_Selected;
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const double L = m_line;
    painter->setRenderHint(QPainter::Antialiasing);

    // Body, header band and border.
    QColor body = pal.color(QPalette::Base);
    painter->setPen(Qt::NoPen);
    painter->setBrush(body);
    painter->drawRoundedRect(m_rect, 10, 10);
    QColor band = role;
    band.setAlphaF(dark ? 0.28 : 0.12);
    painter->save();
    painter->setClipRect(QRectF(m_rect.left(), m_rect.top(), m_rect.width(), L * 3.0));
    painter->setBrush(band);
    painter->drawRoundedRect(m_rect, 10, 10);
    painter->restore();
    QPen border(selected ? pal.color(QPalette::Highlight) : role, selected ? 2.5 : 1.4);
    if (m_dropHighlight) {
        border = QPen(pal.color(QPalette::Highlight), 2.5, Qt::DashLine);
    }
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_rect, 10, 10);

    // Header: role glyph, name, role and workload.
    kindicon::paintRole(*painter, QRectF(L * 0.6, L * 0.45, L * 1.9, L * 1.9), m_role);
    const double textLeft = L * 2.9;
    const double textWidth = m_rect.width() - textLeft - L * 0.6;
    QFont title = QApplication::font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.1);
    painter->setFont(title);
    painter->setPen(pal.color(QPalette::Text));
    const QFontMetricsF fmTitle(title);
    painter->drawText(QRectF(textLeft, L * 0.3, textWidth, fmTitle.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fmTitle.elidedText(m_name, Qt::ElideRight, textWidth));
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const QFontMetricsF fmSmall(small);
    QFont smallBold = small;
    smallBold.setBold(true);
    painter->setFont(smallBold);
    painter->setPen(dark ? role.lighter(150) : role.darker(110));
    const QRectF sub(textLeft, L * 0.35 + fmTitle.height(), textWidth, L);
    const QString roleText = m_roleText + QStringLiteral("  ·  ");
    painter->drawText(sub, Qt::AlignLeft | Qt::AlignVCenter, roleText);
    const double roleWidth = QFontMetricsF(smallBold).horizontalAdvance(roleText);
    painter->setFont(small);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(sub.adjusted(roleWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      fmSmall.elidedText(m_workload, Qt::ElideRight, sub.width() - roleWidth));

    // Results badge.
    const double panelWidth = std::min(m_rect.width() * 0.42, L * 13.5);
    const QRectF panel(m_rect.width() - panelWidth - L * 0.5, L * 3.4, panelWidth,
                       m_rect.height() - L * 3.4 - L * 2.5);
    if (panel.height() > L * 2) {
        QColor panelFill = pal.color(QPalette::AlternateBase);
        painter->setPen(QPen(pal.color(QPalette::Midlight), 1));
        painter->setBrush(panelFill);
        painter->drawRoundedRect(panel, 6, 6);
        const QRectF inner = panel.adjusted(L * 0.6, L * 0.35, -L * 0.6, -L * 0.3);
        painter->setFont(smallBold);
        const QColor amber = dark ? QColor(255, 190, 80) : QColor(180, 100, 0);
        painter->setPen(m_computed ? pal.color(QPalette::PlaceholderText) : amber);
        painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), L),
                          Qt::AlignLeft | Qt::AlignVCenter, m_panelTitle.toUpper());
        double y = inner.top() + L * 1.25;
        if (!m_panelNote.isEmpty()) {
            painter->setFont(small);
            painter->setPen(pal.color(QPalette::Text));
            painter->drawText(QRectF(inner.left(), y, inner.width(), inner.bottom() - y),
                              Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_panelNote);
        }
        const double rowHeight = L * 1.12;
        for (const Row& row : m_rows) {
            if (y + rowHeight > inner.bottom() - (m_warnings ? rowHeight : 0))
                break;
            const QRectF r(inner.left(), y, inner.width(), rowHeight);
            // A long value (a cost with its band) shortens the label instead of running into it.
            const double valueWidth = QFontMetricsF(smallBold).horizontalAdvance(row.value);
            const QString label = QFontMetricsF(small).elidedText(
                row.label, Qt::ElideRight, std::max(0.0, r.width() - valueWidth - L * 0.4));
            painter->setFont(small);
            painter->setPen(pal.color(QPalette::PlaceholderText));
            painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, label);
            painter->setFont(smallBold);
            painter->setPen(row.bad ? QColor(210, 50, 50) : pal.color(QPalette::Text));
            painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, row.value);
            y += rowHeight;
        }
        if (m_warnings > 0) {
            painter->setFont(smallBold);
            painter->setPen(amber);
            painter->drawText(QRectF(inner.left(), inner.bottom() - rowHeight, inner.width(), rowHeight),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              QObject::tr("⚠ %n warning(s)", nullptr, m_warnings));
        }
    }

    // Chips: fabric, storage, region.
    painter->setFont(small);
    for (const Chip& c : m_chips) {
        if (c.rect.isEmpty())
            continue;
        painter->setPen(QPen(pal.color(QPalette::Midlight), 1));
        painter->setBrush(pal.color(QPalette::AlternateBase));
        painter->drawRoundedRect(c.rect, c.rect.height() / 2, c.rect.height() / 2);
        const double g = c.rect.height() * 0.72;
        kindicon::paint(*painter, QRectF(c.rect.left() + L * 0.3, c.rect.center().y() - g / 2, g, g),
                        static_cast<PaletteCategory>(c.category));
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(c.rect.adjusted(g + L * 0.45, 0, -L * 0.3, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          c.text);
    }

    // Resize grip.
    const QRectF grip = gripRect();
    painter->setPen(QPen(pal.color(QPalette::Mid), 1.2));
    for (int i = 1; i <= 3; ++i) {
        const double d = grip.width() * i / 4.0;
        painter->drawLine(QPointF(grip.right() - d, grip.bottom() - 3),
                          QPointF(grip.right() - 3, grip.bottom() - d));
    }
}

QVariant SketchFrameItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionChange)
        if (auto* canvas = qobject_cast<CanvasScene*>(scene()))
            return canvas->dragSnap(value.toPointF());
    return QGraphicsItem::itemChange(change, value);
}

} // namespace infraplan::ui
