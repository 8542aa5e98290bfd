#pragma once

#include "canvasitemtypes.h"
#include "catalog.h"
#include "project.h"
#include "results.h"

#include <QGraphicsItem>
#include <string>
#include <vector>

namespace infraplan::ui {

/// A sketch on the canvas: a frame with its role, name and workload in the header, its node groups
/// inside (child items), its fabric, storage and region as chips along the bottom, and the headline
/// results of the latest SketchSummary in a badge on the right. A thin view: sync() rebuilds the cached
/// texts and geometry, paint() only draws them.
class SketchFrameItem : public QGraphicsItem {
public:
    explicit SketchFrameItem(std::string sketchId);

    enum { Type = SketchFrameType };
    int type() const override { return Type; }
    const std::string& sketchId() const { return m_id; }

    void sync(const Sketch& sketch, const Project& project, const Catalog& catalog);
    /// The latest results (nullptr: none yet); `final` is false for a quick estimate.
    void setSummary(const SketchSummary* summary, bool final);
    void setDropHighlight(bool on);
    /// The results badge as "label: value" lines, in order (what a reader sees; used by tests).
    QStringList badgeLines() const;

    /// The frame in item coordinates, (0, 0, width, height).
    QRectF frameRect() const { return m_rect; }
    /// Where node groups may sit, in item coordinates.
    QRectF bodyRect() const;
    /// The resize grip in item coordinates.
    QRectF gripRect() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    struct Chip {
        int category;
        QString text;
        QRectF rect;
    };
    struct Row {
        QString label;
        QString value;
        bool bad = false;
    };
    void layoutChips();
    /// The validated bands of the headline rows and the calibration of the device family.
    void addBands(const SketchSummary& summary);
    /// Everything sync() derives, to tell whether the cached rendering is still valid.
    QString signature() const;

    std::string m_id;
    SketchRole m_role = SketchRole::Training;
    QRectF m_rect;
    double m_line = 16;
    QString m_name;
    QString m_roleText;
    QString m_workload;
    std::vector<Chip> m_chips;
    QString m_panelTitle;
    QString m_panelNote; ///< error text when the sketch could not be simulated
    std::vector<Row> m_rows;
    int m_warnings = 0;
    bool m_computed = false;
    bool m_dropHighlight = false;
};

} // namespace infraplan::ui
