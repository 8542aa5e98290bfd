#pragma once

#include "mergeid.h"
#include "projectcommand.h"
#include "projectlocate.h"

#include <QtGlobal>
#include <string>
#include <type_traits>
#include <utility>

namespace infraplan::ui {

template <typename Target> constexpr MergeId fieldMergeId()
{
    if constexpr (std::is_same_v<Target, Sketch>)
        return MergeId::SketchField;
    else if constexpr (std::is_same_v<Target, NodeGroup>)
        return MergeId::NodeField;
    else if constexpr (std::is_same_v<Target, TrainingJob>)
        return MergeId::TrainingJobField;
    else if constexpr (std::is_same_v<Target, InferenceService>)
        return MergeId::ServiceField;
    else
        return MergeId::ProjectField;
}

/// Sets one field of a sketch, node group, workload or the project, found by id. The field is named by an
/// accessor function, so one class covers every property edit. Commands pushed with the same non-zero
/// merge session, target and field merge into one undo step (a drag, a slider); a merge that brings the
/// value back to where it started makes the command obsolete, so the stack returns to clean.
template <typename Target, typename T> class SetFieldCommand : public ProjectCommand {
public:
    using Accessor = T& (*)(Target&);

    SetFieldCommand(ProjectDocument& document, std::string targetId, Accessor access, T value,
                    ProjectChange change, const QString& text, quint64 mergeSession = 0)
        : ProjectCommand(document, text), m_targetId(std::move(targetId)), m_access(access),
          m_value(std::move(value)), m_change(std::move(change)), m_session(mergeSession)
    {}

    void redo() override { swap(); }
    void undo() override { swap(); }
    int id() const override { return m_session ? static_cast<int>(fieldMergeId<Target>()) : -1; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = dynamic_cast<const SetFieldCommand*>(other);
        if (!o || o->m_session != m_session || o->m_targetId != m_targetId || o->m_access != m_access)
            return false;
        // Both have run: the document holds the newest value and this command still holds the oldest.
        if (Target* t = locateTarget<Target>(project(), m_targetId))
            setObsolete(m_access(*t) == m_value);
        return true;
    }

private:
    void swap()
    {
        Target* t = locateTarget<Target>(project(), m_targetId);
        if (!t)
            return;
        std::swap(m_access(*t), m_value);
        notify(m_change);
    }

    std::string m_targetId;
    Accessor m_access;
    T m_value; ///< before redo: the new value; after redo: the value it replaced
    ProjectChange m_change;
    quint64 m_session;
};

} // namespace infraplan::ui
