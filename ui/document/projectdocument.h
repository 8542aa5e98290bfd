#pragma once

#include "fragment.h"
#include "moveitemscommand.h"
#include "problem.h"
#include "project.h"
#include "projectchange.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QString>
#include <string>
#include <vector>

class QUndoStack;

namespace infraplan::ui {

/// The open project: its plain values, its file and its undo history. Every change goes through the edit
/// functions below, each of which pushes one undo command (or none when it would change nothing); every
/// executed step emits changed() once. Views never write the project; they call these functions and
/// update themselves from changed().
class ProjectDocument : public QObject {
    Q_OBJECT
public:
    explicit ProjectDocument(QObject* parent = nullptr);
    ~ProjectDocument() override;

    const Project& project() const { return m_project; }
    QUndoStack* undoStack() const { return m_undo; }

    /// Replaces the whole project (New, Open): clears the history, marks the document clean, emits Reset.
    void reset(Project project, const QString& filePath = {});
    /// Reads a project file. On failure the open project stays as it was and `problems` lists everything
    /// wrong with the file.
    bool open(const QString& filePath, Problems& problems);
    /// Writes the project atomically and marks the document clean; false with a reason.
    bool saveAs(const QString& filePath, QString& error);
    const QString& filePath() const { return m_filePath; }
    /// True when the project differs from the last save (or from how it was opened).
    bool isModified() const;

    // ----- Structure -----
    /// Adds a sketch and, in the same undo step, the new workloads it needs. Ids left empty or already
    /// used are replaced by fresh ones (the sketch's workloadId follows its workload). Returns the id.
    std::string addSketch(Sketch sketch, std::vector<TrainingJob> newJobs = {},
                          std::vector<InferenceService> newServices = {});
    /// Adds `count` instances of catalog instance `itemId` to a sketch; returns the node group's id.
    std::string addNodeGroup(const std::string& sketchId, const std::string& itemId, int count,
                             Point position);
    /// Removes sketches and node groups in one step (node groups inside a removed sketch go with it).
    void removeItems(const std::vector<std::string>& sketchIds, const std::vector<std::string>& nodeIds);
    /// Pastes a fragment: sketches shifted by `offset`, loose node groups into `targetSketchId`. Workloads
    /// the project already has unchanged are reused. Returns the ids of the new sketches and node groups.
    std::vector<std::string> paste(const Fragment& fragment, Point offset, const std::string& targetSketchId);
    /// Copies sketches next to themselves, sharing their workloads, to make variants to compare; one undo
    /// step. Returns the copies' ids.
    std::vector<std::string> duplicateSketches(const std::vector<std::string>& sketchIds);
    /// Adds a workload on its own; returns its id. A name another workload of the same kind has gets a
    /// number ("Chat service 2"), so that no two can be mistaken for each other in a list.
    std::string addTrainingJob(TrainingJob job);
    std::string addService(InferenceService service);
    /// Adds a workload and makes it the sketch's workload, as one undo step; returns the workload's id.
    std::string assignNewTrainingJob(const std::string& sketchId, TrainingJob job);
    std::string assignNewService(const std::string& sketchId, InferenceService service);
    /// Runs `edits` (calls of this document) as one undo step named `text`.
    void inOneStep(const QString& text, const std::function<void()>& edits);
    /// The sketches whose workload is `workloadId`, in project order.
    std::vector<std::string> workloadUsers(const std::string& workloadId) const;
    /// Removes a training job or service that no sketch uses, as one undo step; false (and nothing done)
    /// when it is unknown or still used.
    bool removeUnusedWorkload(const std::string& workloadId);
    /// Gives a sketch its own copy of the workload it shares with other sketches, as one undo step, so that
    /// editing it leaves the others as they are. Returns the copy's id (empty when there is nothing to copy).
    std::string makeOwnWorkloadCopy(const std::string& sketchId);

    // ----- Geometry (a drag passes one session id for all its moves: one undo step) -----
    void moveItems(const std::vector<ItemPosition>& positions, quint64 dragSession = 0);
    void resizeSketch(const std::string& sketchId, Size size, quint64 dragSession = 0);
    /// A new session id for a drag.
    quint64 newDragSession() { return ++m_lastSession; }

    // ----- Node groups -----
    bool setCount(const std::string& nodeId, int count);
    bool setNodeItem(const std::string& nodeId, const std::string& instanceId);

    // ----- Sketches -----
    bool setSketchName(const std::string& sketchId, const std::string& name);
    bool setSketchWorkload(const std::string& sketchId, const std::string& workloadId);
    bool setPricing(const std::string& sketchId, const Pricing& pricing);
    /// Gives a sketch pricing of its own (starting from what applied until now) or hands it back to the
    /// project's settings; one undo step.
    bool setOwnPricing(const std::string& sketchId, bool own);
    bool setRegion(const std::string& sketchId, const std::string& regionId);
    bool setStorage(const std::string& sketchId, const std::string& storageId);
    bool setScaleUpLink(const std::string& sketchId, const std::string& linkId);
    bool setScaleOutLink(const std::string& sketchId, const std::string& linkId);
    bool setPrecision(const std::string& sketchId, std::optional<Precision> precision);
    bool setLayout(const std::string& sketchId, const ParallelLayout& layout);
    bool setReplicaAccelerators(const std::string& sketchId, int accelerators);
    bool setBatching(const std::string& sketchId, const BatchingPolicy& batching);
    bool setAutoscaling(const std::string& sketchId, const AutoscalingPolicy& autoscaling);

    // ----- Workloads and project -----
    bool setTrainingJob(const TrainingJob& job);
    bool setService(const InferenceService& service);
    bool setProjectName(const std::string& name);
    /// The currency every money figure is shown in ("USD", "CNY", "EUR"); money is re-shown at once.
    bool setProjectCurrency(const std::string& code);
    /// A rate the user types for the project's currency (units per US dollar; 0 = the shipped rate) and the
    /// day it is for.
    bool setExchangeRate(double perUsd, const std::string& date);
    bool setProjectDescription(const std::string& description);
    /// The project's pricing settings, which every sketch without its own uses; every sketch is simulated
    /// again.
    bool setPricingDefaults(const PricingDefaults& defaults);

signals:
    /// One notification per executed undo step (push, undo or redo).
    void changed(const infraplan::ui::ProjectChange& change);
    void filePathChanged(const QString& filePath);
    void modifiedChanged(bool modified);

private:
    friend class ProjectCommand;
    template <typename Target, typename T>
    bool setField(const std::string& id, T& (*access)(Target&), T value, const ProjectChange& change,
                  const QString& text, quint64 session = 0);
    ProjectChange sketchChange(const std::string& sketchId) const;
    std::vector<std::string> insertFragment(const Fragment& fragment, Point offset,
                                            const std::string& targetSketchId, QString text);

    Project m_project;
    QUndoStack* m_undo;
    QString m_filePath;
    quint64 m_lastSession = 0;
};

} // namespace infraplan::ui
