#pragma once

#include "projectchange.h"

#include <QDockWidget>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;

namespace infraplan::ui {

class CanvasScene;
class CatalogStore;
class ProjectDocument;
class ProjectPricingRows;
class NumberField;
class SketchPage;
class WorkloadEditor;

/// Shows the editable properties of the selection: the selected frame (or the frame of the selected node
/// group) with its node groups, policies and workload; the project's name and description otherwise.
class PropertiesDock : public QDockWidget {
    Q_OBJECT
public:
    PropertiesDock(ProjectDocument& document, const CatalogStore& catalogs, CanvasScene& scene,
                   QWidget* parent = nullptr);
    ~PropertiesDock() override;

    SketchPage* sketchPage() const { return m_sketchPage; }
    WorkloadEditor* workloadEditor() const { return m_workload; }
    /// The frame's tabs: Frame (hardware and policies) and Workload.
    QTabWidget* sketchTabs() const { return m_tabs; }

private:
    void followSelection();
    void refresh();
    bool concernsShown(const ProjectChange& change) const;

    ProjectDocument& m_document;
    CanvasScene& m_scene;
    QStackedWidget* m_stack;
    QWidget* m_projectPage;
    QLineEdit* m_projectName;
    QPlainTextEdit* m_description;
    QComboBox* m_currency;
    NumberField* m_rate;
    QLineEdit* m_rateDate;
    QLabel* m_rateSource;
    ProjectPricingRows* m_pricingRows;
    QObject* m_descriptionFilter;
    QTabWidget* m_tabs;
    SketchPage* m_sketchPage;
    WorkloadEditor* m_workload;
};

} // namespace infraplan::ui
