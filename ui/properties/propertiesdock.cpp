#include "propertiesdock.h"

#include "projectpricingrows.h"

#include "canvasscene.h"
#include "numberfield.h"
#include "projectdocument.h"
#include "projectlocate.h"
#include "propertyform.h"
#include "sketchpage.h"
#include "workloadeditor.h"

#include <algorithm>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace infraplan::ui {

namespace {
/// Commits the description when the editor loses focus (a plain text edit has no editingFinished).
class FocusOutFilter : public QObject {
public:
    FocusOutFilter(QObject* parent, std::function<void()> onFocusOut)
        : QObject(parent), m_onFocusOut(std::move(onFocusOut))
    {}
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onFocusOut();
        return false;
    }

private:
    std::function<void()> m_onFocusOut;
};
} // namespace

PropertiesDock::PropertiesDock(ProjectDocument& document, const CatalogStore& catalogs, CanvasScene& scene,
                               QWidget* parent)
    : QDockWidget(tr("Properties"), parent), m_document(document), m_scene(scene)
{
    setObjectName("propertiesDock");
    m_stack = new QStackedWidget(this);

    auto* project = new PropertyForm(m_stack);
    project->section(tr("Project"));
    m_projectName = project->text(tr("Name"), {},
                                  [this](const QString& t) { m_document.setProjectName(t.toStdString()); });
    m_description = new QPlainTextEdit(project);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(fontMetrics().height() * 8);
    m_descriptionFilter = new FocusOutFilter(m_description, [this] {
        if (m_description->document()->isModified()) {
            m_document.setProjectDescription(m_description->toPlainText().toStdString());
            m_description->document()->setModified(false);
        }
    });
    m_description->installEventFilter(m_descriptionFilter);
    project->row(tr("Description"), m_description);
    project->section(tr("Money"));
    m_currency = project->choice(
        tr("Currency"), tr("Every money figure in the window, the CSV and the PDF"),
        [this](const QVariant& v) { m_document.setProjectCurrency(v.toString().toStdString()); });
    for (Currency c : {Currency::USD, Currency::CNY, Currency::EUR})
        m_currency->addItem(QString::fromLatin1(currencyCode(c).data(), int(currencyCode(c).size())),
                            QString::fromLatin1(currencyCode(c).data(), int(currencyCode(c).size())));
    m_rate =
        project->number(tr("Per US dollar"), 0, 1e6, false, {},
                        tr("Units of the currency per US dollar; 0 uses the shipped rate"), [this](double v) {
                            m_document.setExchangeRate(v, m_document.project().exchangeRateDate);
                        });
    m_rateDate =
        project->text(tr("Rate date"), tr("The day the rate is for (YYYY-MM-DD)"), [this](const QString& t) {
            m_document.setExchangeRate(m_document.project().exchangeRatePerUsd, t.toStdString());
        });
    m_rateSource = new QLabel(project);
    m_rateSource->setWordWrap(true);
    m_rateSource->setForegroundRole(QPalette::PlaceholderText);
    project->row({}, m_rateSource);
    m_pricingRows = new ProjectPricingRows(*project, document, catalogs);
    auto* hint = new QLabel(tr("Select a frame or a node group on the canvas to edit it. Drag hardware from "
                               "the catalog to add some."),
                            project);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    project->row({}, hint);
    m_projectPage = project;

    // The frame and its workload on tabs of their own: the workload is what people edit most, and at the
    // foot of the frame's long form nobody found it.
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName("propertiesTabs");
    m_tabs->setDocumentMode(true);
    auto scrolled = [this](QWidget* page) {
        auto* scroll = new QScrollArea(m_tabs);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return scroll;
    };
    m_sketchPage = new SketchPage(document, catalogs);
    m_workload = new WorkloadEditor(document, catalogs);
    m_tabs->addTab(scrolled(m_sketchPage), tr("Frame"));
    m_tabs->addTab(scrolled(m_workload), tr("Workload"));
    m_stack->addWidget(m_projectPage);
    m_stack->addWidget(m_tabs);
    setWidget(m_stack);

    connect(&scene, &QGraphicsScene::selectionChanged, this, &PropertiesDock::followSelection);
    connect(&document, &ProjectDocument::changed, this, [this](const ProjectChange& c) {
        if (concernsShown(c))
            refresh();
    });
    refresh();
}

PropertiesDock::~PropertiesDock()
{
    delete m_descriptionFilter; // no focus-out callback into a half-destroyed dock
}

void PropertiesDock::followSelection()
{
    std::string sketchId, nodeId;
    if (auto frames = m_scene.selectedSketchIds(); !frames.empty()) {
        sketchId = frames.front();
    } else if (auto nodes = m_scene.selectedNodeIds(); !nodes.empty()) {
        nodeId = nodes.front();
        if (const Sketch* s = sketchOfNode(m_document.project(), nodeId))
            sketchId = s->id;
    }
    if (!sketchId.empty()) {
        m_sketchPage->showSketch(sketchId, nodeId);
        m_workload->showSketch(sketchId);
        m_stack->setCurrentIndex(1);
        setWindowTitle(
            tr("Properties — %1").arg(QString::fromStdString(m_document.project().sketch(sketchId)->name)));
    } else {
        m_stack->setCurrentIndex(0);
        setWindowTitle(tr("Properties — project"));
        refresh();
    }
}

bool PropertiesDock::concernsShown(const ProjectChange& c) const
{
    using K = ProjectChange::Kind;
    switch (c.kind) {
    case K::Geometry:
        return false;
    case K::SketchChanged:
    case K::NodeChanged: {
        const std::string& shown = m_sketchPage->sketchId();
        return m_stack->currentIndex() == 1 &&
               std::find(c.sketchIds.begin(), c.sketchIds.end(), shown) != c.sketchIds.end();
    }
    case K::WorkloadChanged: {
        const Sketch* s = m_document.project().sketch(m_sketchPage->sketchId());
        return m_stack->currentIndex() == 1 && s &&
               std::find(c.workloadIds.begin(), c.workloadIds.end(), s->workloadId) != c.workloadIds.end();
    }
    case K::ProjectInfo:
        return m_stack->currentIndex() == 0;
    default:
        return true;
    }
}

void PropertiesDock::refresh()
{
    const Project& p = m_document.project();
    PropertyForm::setText(m_projectName, QString::fromStdString(p.name));
    PropertyForm::select(m_currency, QString::fromStdString(p.currency));
    const ExchangeRate rate = p.exchangeRate();
    m_rate->setValue(p.exchangeRatePerUsd);
    PropertyForm::setText(m_rateDate, QString::fromStdString(p.exchangeRateDate));
    m_rate->setEnabled(rate.currency != Currency::USD);
    m_rateDate->setEnabled(rate.currency != Currency::USD);
    m_pricingRows->refresh();
    m_rateSource->setText(
        rate.currency == Currency::USD
            ? tr("Prices are kept in US dollars.")
            : tr("In use: %1 %2 per US dollar (%3, %4).")
                  .arg(rate.perUsd, 0, 'f', 4)
                  .arg(QString::fromLatin1(currencyCode(rate.currency).data(),
                                           int(currencyCode(rate.currency).size())),
                       QString::fromStdString(rate.userSet ? std::string("yours") : rate.source),
                       QString::fromStdString(rate.date)));
    if (!m_description->hasFocus() && m_description->toPlainText().toStdString() != p.description) {
        m_description->setPlainText(QString::fromStdString(p.description));
        m_description->document()->setModified(false);
    }
    if (m_stack->currentIndex() == 1) {
        if (p.sketch(m_sketchPage->sketchId())) {
            m_sketchPage->refresh();
            m_workload->refresh();
        } else
            followSelection();
    }
}

} // namespace infraplan::ui
