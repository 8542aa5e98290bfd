#pragma once

#include "project.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QPointF>
#include <QString>
#include <string>
#include <vector>

namespace infraplan {
struct CatalogItem;
}

namespace infraplan::ui {

class CatalogStore;
class ProjectDocument;

/// Turns a palette item dropped on the canvas into one document edit:
/// - a server or instance on empty space makes a new frame (the user picks training cluster or inference
///   fleet; a default workload is created when the project has none of that kind); on a frame it adds a
///   node group;
/// - an accelerator does the same with a default chassis holding it (8 per node for training, 1 for
///   serving), or says that no instance holds it;
/// - an interconnect, a storage tier or a region dropped on a frame sets it; a model preset dropped on a
///   frame becomes its workload's model (the frame's own copy when other frames share the workload).
class DropController : public QObject {
    Q_OBJECT
public:
    /// Asks which kind of frame to make; nullopt cancels the drop.
    using RoleChooser = std::function<std::optional<SketchRole>(const CatalogItem& item)>;

    DropController(ProjectDocument& document, const CatalogStore& catalogs, QObject* parent = nullptr);

    /// Replaces the question asked on drops onto empty space (tests answer it without a dialog).
    void setRoleChooser(RoleChooser chooser) { m_chooseRole = std::move(chooser); }

    /// Whether dropping this item at this place can do anything (for drag feedback).
    bool canDrop(const std::string& itemId, const std::string& frameId) const;
    /// Performs the drop at `scenePos` onto `frameId` (empty: empty space). Returns the ids of the sketches
    /// or node groups created (empty when the drop only set a property or did nothing).
    std::vector<std::string> drop(const std::string& itemId, QPointF scenePos, const std::string& frameId);

signals:
    /// Something the user should know because the drop could not do what they asked.
    void problem(const QString& message);
    /// What the drop did, for the status bar.
    void done(const QString& message);

private:
    std::vector<std::string> dropInstance(const CatalogItem& instance, QPointF scenePos,
                                          const std::string& frameId, std::optional<SketchRole> role);
    std::vector<std::string> dropAccelerator(const CatalogItem& accelerator, QPointF scenePos,
                                             const std::string& frameId);
    void dropOnFrame(const CatalogItem& item, const std::string& frameId);
    void dropModel(const CatalogItem& model, const std::string& frameId);
    void setModel(const CatalogItem& model, const std::string& frameId);
    std::optional<SketchRole> askRole(const CatalogItem& item) const;

    ProjectDocument& m_document;
    const CatalogStore& m_catalogs;
    RoleChooser m_chooseRole;
};

} // namespace infraplan::ui
