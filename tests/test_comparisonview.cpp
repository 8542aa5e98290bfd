// The comparison view on a stand-in engine: the table shows the model's figures and ratios, every chart has
// the series and points of the analysis, charts save as PNG and SVG, focusing and live updates work.
#include "catalog.h"
#include "catalogdatabase.h"
#include "chartpanel.h"
#include "comparisontablewidget.h"
#include "comparisonview.h"
#include "fakeengine.h"
#include "figureformat.h"
#include "findingsview.h"
#include "sketchpalette.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace infraplan;
using namespace infraplan::ui;

namespace {

Catalog shipped()
{
    return Catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
}

/// Ranking at 20,000 requests/s (30 ms p99) on training servers and on L4s, and a training cluster.
Project twoFleets()
{
    Project p;
    p.name = "Two fleets";
    InferenceService rank;
    rank.id = "rank";
    rank.name = "Ranking";
    rank.traffic.peakRps = 20000;
    rank.traffic.shape = TrafficShape::Diurnal;
    rank.targets.e2eP99Ms = 30;
    p.services.push_back(rank);
    TrainingJob job;
    job.id = "train-job";
    job.name = "Training job";
    p.trainingJobs.push_back(job);
    Sketch t;
    t.id = "train";
    t.name = "Training cluster";
    t.role = SketchRole::Training;
    t.workloadId = "train-job";
    t.nodes.push_back({"t-nodes", "aws-p4d.24xlarge", 8, {}});
    p.sketches.push_back(t);
    for (auto [id, name, item, perReplica, max] : {std::tuple{"a", "Fleet A", "aws-p4d.24xlarge", 8, 16},
                                                   std::tuple{"b", "Fleet B", "aws-g6.xlarge", 1, 128}}) {
        Sketch s;
        s.id = id;
        s.name = name;
        s.role = SketchRole::Inference;
        s.workloadId = "rank";
        s.nodes.push_back({std::string(id) + "-nodes", item, 2, {}});
        s.replicaAccelerators = perReplica;
        s.autoscaling = {true, 1, max, 0.7, 60};
        p.sketches.push_back(s);
    }
    return p;
}

std::vector<SketchSummary> run(const Project& p, const SketchSimulator& sim)
{
    std::vector<SketchSummary> out;
    for (const Sketch& s : p.sketches)
        out.push_back(sim(p, s, {}));
    return out;
}

template <class T> std::vector<T*> seriesOf(QChart* chart)
{
    std::vector<T*> out;
    for (QAbstractSeries* s : chart->series())
        if (auto* t = qobject_cast<T*>(s))
            out.push_back(t);
    return out;
}

QStringList names(const QList<QAbstractSeries*>& series)
{
    QStringList out;
    for (QAbstractSeries* s : series)
        out << s->name();
    return out;
}

} // namespace

class TestComparisonView : public QObject {
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog = std::make_shared<const Catalog>(shipped());
    Project m_project = twoFleets();
    SketchSimulator m_sim = fake::engine(*m_catalog);
    std::vector<SketchSummary> m_results;
    std::unique_ptr<ComparisonView> m_view;

    void waitForAnalysis()
    {
        QSignalSpy ready(m_view.get(), &ComparisonView::analysisReady);
        QVERIFY(ready.wait(20000));
        while (m_view->isAnalysing())
            QVERIFY(ready.wait(20000));
    }

private slots:
    void init()
    {
        m_results = run(m_project, m_sim);
        m_view = std::make_unique<ComparisonView>(m_catalog);
        m_view->setSimulator(m_sim);
        m_view->resize(1400, 900);
        m_view->setResults(m_project, m_results);
        waitForAnalysis();
    }

    void cleanup() { m_view.reset(); }

    void tableShowsTheModelsFiguresAndRatios()
    {
        const ComparisonTable expected = compareSketches(m_project, m_results);
        ComparisonTableWidget* t = m_view->table();
        QCOMPARE(t->columnCount(), 3);
        QCOMPARE(t->horizontalHeaderItem(1)->text(), QString("Fleet A"));
        QCOMPARE(t->item(0, 1)->text(), QString("Serving: Ranking"));
        QCOMPARE(t->item(0, 0)->text(), QString("Training: Training job"));
        int checked = 0;
        for (int r = 0; r < t->rowCount(); ++r) {
            const QString key = t->item(r, 0)->data(ComparisonTableWidget::KeyRole).toString();
            const ComparisonRow* row = expected.row(key.toStdString());
            if (!row)
                continue;
            QCOMPARE(t->verticalHeaderItem(r)->text(), QString::fromStdString(row->labelWithUnit()));
            for (int c = 0; c < 3; ++c) {
                QCOMPARE(t->item(r, c)->text(), QString::fromStdString(row->text(c)));
                QCOMPARE(t->item(r, c)->data(ComparisonTableWidget::BestRole).toBool(), bool(row->best[c]));
                QCOMPARE(t->item(r, c)->data(ComparisonTableWidget::RatioRole).toString(),
                         QString::fromStdString(english(row->ratios[c])));
                ++checked;
            }
        }
        QCOMPARE(checked, 3 * int(expected.rows.size()));

        // The figures themselves: Fleet B (L4) is cheaper per month. Fake engine: A runs 2.4 replicas on
        // average of one p4d ($21.957642/h); B 43.2 replicas of one g6.xlarge ($0.8048/h).
        const double a = 2.4 * 21.957642 * 730, b = 43.2 * 0.8048 * 730;
        int costRow = -1;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0)->data(ComparisonTableWidget::KeyRole).toString() == "monthly_cost")
                costRow = r;
        QVERIFY(costRow >= 0);
        QCOMPARE(t->item(costRow, 1)->text(), QString::fromStdString(formatMoney(a, ExchangeRate{})));
        QCOMPARE(t->item(costRow, 2)->text(), QString::fromStdString(formatMoney(b, ExchangeRate{})));
        QVERIFY(t->item(costRow, 2)->data(ComparisonTableWidget::BestRole).toBool());
        QCOMPARE(
            t->item(costRow, 2)->data(ComparisonTableWidget::RatioRole).toString(),
            QString("%1 cheaper per month than Fleet A").arg(QString::fromStdString(formatShare(1 - b / a))));
        QCOMPARE(t->item(costRow, 0)->data(ComparisonTableWidget::RatioRole).toString(), QString());
    }

    void recommendationsAreListed()
    {
        const auto& findings = m_view->analysis().findings;
        QVERIFY(m_view->findings()->findingCount() == int(findings.size()));
        bool trainingClass = false;
        for (const Finding& f : findings)
            trainingClass =
                trainingClass || (f.kind == FindingKind::TrainingClassServing && f.sketchId == "a");
        QVERIFY(trainingClass);
        QVERIFY(m_view->findings()->toPlainText().contains("training-class"));
    }

    void monthlyCostBarsPerSketch()
    {
        QChart* chart = m_view->chart("monthlyCostChart")->chart();
        auto bars = seriesOf<QHorizontalStackedBarSeries>(chart);
        QCOMPARE(bars.size(), size_t(1));
        // The fake engine bills compute only: one component.
        QCOMPARE(bars[0]->count(), 1);
        QBarSet* compute = bars[0]->barSets().front();
        QCOMPARE(compute->label(), QString("Compute"));
        // Fleets only (a training run is paid once), bottom-up (the first on top); thousands of dollars.
        QCOMPARE(compute->count(), 2);
        for (int i = 0; i < 2; ++i)
            QVERIFY(qFuzzyCompare(compute->at(i), m_results[2 - i].monthly.computeUsd / 1000));
        auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).front());
        QVERIFY(axis->categories().front().startsWith("Fleet B"));
        QVERIFY(axis->categories().back().startsWith("Fleet A"));
        QCOMPARE(chart->axes(Qt::Horizontal).front()->titleText(), QString("Monthly cost (thousand USD)"));
    }

    void latencyCurvesWithTheTarget()
    {
        QChart* chart = m_view->chart("latencyThroughputChart")->chart();
        const auto& curves = m_view->analysis().loadCurves;
        QCOMPARE(curves.size(), size_t(2));
        QStringList expected;
        for (const LoadCurve& c : curves)
            expected << QString("%1 (%2 replicas)").arg(QString::fromStdString(c.name)).arg(c.replicas);
        expected << QString("Target: p99 end-to-end latency ≤ 30 ms");
        QCOMPARE(names(chart->series()), expected);
        const auto lines = seriesOf<QLineSeries>(chart);
        for (size_t i = 0; i < curves.size(); ++i) {
            QCOMPARE(lines[i]->count(), int(curves[i].points.size()));
            for (size_t k = 0; k < curves[i].points.size(); ++k)
                QCOMPARE(lines[i]->at(int(k)),
                         QPointF(curves[i].points[k].offeredRps, curves[i].points[k].p99LatencyMs));
            QCOMPARE(lines[i]->pen().color(), SketchPalette(m_project).color(curves[i].sketchId));
        }
        QCOMPARE(lines[2]->at(0).y(), 30.0);
        QCOMPARE(lines[2]->pen().style(), Qt::DashLine);
    }

    void costLatencyScatterWithParetoFront()
    {
        QChart* chart = m_view->chart("costLatencyChart")->chart();
        const auto& groups = m_view->analysis().tradeoffs;
        QCOMPARE(groups.size(), size_t(1));
        const TradeoffGroup& g = groups[0];
        const auto dots = seriesOf<QScatterSeries>(chart);
        QCOMPARE(dots.size(), g.points.size());
        for (size_t i = 0; i < dots.size(); ++i) {
            QCOMPARE(dots[i]->name(), QString::fromStdString(g.points[i].name));
            QCOMPARE(dots[i]->at(0), QPointF(g.points[i].p99LatencyMs, g.points[i].costPerUnitUsd));
            QCOMPARE(dots[i]->color(), SketchPalette(m_project).color(g.points[i].sketchId));
        }
        QLineSeries* front = nullptr;
        for (QLineSeries* l : seriesOf<QLineSeries>(chart))
            if (l->name() == "Pareto front")
                front = l;
        if (g.front.size() > 1) {
            QVERIFY(front);
            QCOMPARE(front->count(), int(g.front.size()));
            for (size_t k = 0; k < g.front.size(); ++k)
                QCOMPARE(front->at(int(k)),
                         QPointF(g.points[g.front[k]].p99LatencyMs, g.points[g.front[k]].costPerUnitUsd));
        } else {
            QVERIFY(!front);
        }
        QCOMPARE(chart->axes(Qt::Horizontal).front()->titleText(), QString("p99 end-to-end latency (ms)"));
        QCOMPARE(chart->axes(Qt::Vertical).front()->titleText(), QString("Cost per million requests (USD)"));
    }

    void powerBarsPerSketchInTheirColours()
    {
        QChart* chart = m_view->chart("powerChart")->chart();
        auto bars = seriesOf<QBarSeries>(chart);
        QCOMPARE(bars.size(), size_t(1));
        QCOMPARE(bars[0]->count(), 3);
        const SketchPalette palette(m_project);
        for (int i = 0; i < 3; ++i) {
            QBarSet* set = bars[0]->barSets()[i];
            const SketchSummary& s = m_results[i];
            QCOMPARE(set->label(), QString::fromStdString(s.name));
            QCOMPARE(set->color(), palette.color(s.sketchId));
            QCOMPARE(set->at(0), s.averagePower.itW() / 1000);
            QCOMPARE(set->at(1), s.peakPower.itW() / 1000);
            QCOMPARE(set->at(2), s.averagePower.facilityW() / 1000);
            QCOMPARE(set->at(3), s.peakPower.facilityW() / 1000);
        }
    }

    void tcoLinesOverThirtySixMonths()
    {
        QChart* chart = m_view->chart("tcoChart")->chart();
        const auto& lines = m_view->analysis().tco;
        // Three sketches and, for the two on p4d, the owned DGX A100 counterpart.
        QCOMPARE(lines.size(), size_t(5));
        const auto series = seriesOf<QLineSeries>(chart);
        QCOMPARE(series.size(), lines.size());
        for (size_t i = 0; i < lines.size(); ++i) {
            QCOMPARE(series[i]->name(), QString::fromStdString(lines[i].label));
            QCOMPARE(series[i]->count(), 37);
            QCOMPARE(series[i]->pen().style(), lines[i].alternative ? Qt::DashLine : Qt::SolidLine);
        }
        QCOMPARE(series[1]->name(), QString("Training cluster, if owned"));
    }

    void trainingScalingCurves()
    {
        QChart* chart = m_view->chart("trainingScalingChart")->chart();
        QCOMPARE(names(chart->series()), (QStringList{"Training cluster: time to train",
                                                      "Training cluster: run cost", "Drawn size"}));
        const ScalingCurve& c = m_view->analysis().scaling.front();
        auto lines = seriesOf<QLineSeries>(chart);
        QCOMPARE(lines[0]->count(), int(c.points.size()));
        for (size_t i = 0; i < c.points.size(); ++i)
            QCOMPARE(lines[0]->at(int(i)), QPointF(c.points[i].accelerators, c.points[i].timeToTrainDays));
        auto drawn = seriesOf<QScatterSeries>(chart).front();
        QCOMPARE(drawn->at(0).x(), 64.0); // 8 servers × 8 A100
    }

    void dailyTrafficAndReplicas()
    {
        QChart* chart = m_view->chart("dailyTrafficChart")->chart();
        QCOMPARE(names(chart->series()), (QStringList{"Traffic", "Fleet A", "Fleet B"}));
        const auto& days = m_view->analysis().days;
        auto steps = seriesOf<QLineSeries>(chart);
        // The area's upper line is not a chart series; the steps are.
        QCOMPARE(steps.size(), size_t(2));
        for (int h = 0; h < 24; ++h) {
            QCOMPARE(steps[1]->at(2 * h), QPointF(h, days[1].replicas[h]));
            QCOMPARE(steps[1]->at(2 * h + 1), QPointF(h + 1, days[1].replicas[h]));
        }
        auto area = seriesOf<QAreaSeries>(chart).front();
        QCOMPARE(area->upperSeries()->at(28), QPointF(14, 20000.0)); // 2 p.m. is the diurnal peak
    }

    void everyChartHasTitleAxesAndLegend()
    {
        QCOMPARE(m_view->charts().size(), size_t(7));
        for (ChartPanel* p : m_view->charts()) {
            QChart* chart = p->chart();
            QVERIFY2(!chart->title().isEmpty(), qPrintable(p->objectName()));
            QVERIFY2(p->emptyReason().isEmpty(), qPrintable(p->objectName()));
            QVERIFY2(chart->legend()->isVisible(), qPrintable(p->objectName()));
            for (QAbstractAxis* axis : chart->axes())
                QVERIFY2(!axis->titleText().isEmpty(), qPrintable(p->objectName()));
        }
    }

    void chartsSaveAsPngAndSvg()
    {
        QTemporaryDir dir;
        for (ChartPanel* p : m_view->charts()) {
            const QString png = dir.filePath(p->objectName() + ".png");
            const QString svg = dir.filePath(p->objectName() + ".svg");
            QString error;
            QVERIFY2(p->save(png, {900, 600}, &error), qPrintable(error));
            QVERIFY2(p->save(svg, {900, 600}, &error), qPrintable(error));
            QImage image(png);
            QCOMPARE(image.size(), QSize(1800, 1200));
            // Not blank: the chart drew more than its background.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 10, qPrintable(p->objectName()));
            QFile f(svg);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QVERIFY(text.contains("<svg"));
            QVERIFY2(text.contains(p->chart()->title().toHtmlEscaped().toUtf8()),
                     qPrintable(p->objectName()));
        }
        QString error;
        QVERIFY(!m_view->charts().front()->save("/nonexistent-dir/x.png", {100, 100}, &error));
        QVERIFY(error.contains("Cannot write"));
    }

    void focusOnSelectedSketches()
    {
        m_view->focusSketches({"a", "b"});
        waitForAnalysis();
        QCOMPARE(m_view->table()->columnCount(), 2);
        QCOMPARE(m_view->focusedSketches(), (std::vector<std::string>{"a", "b"}));
        QCOMPARE(m_view->analysis().scaling.size(), size_t(0));
        QVERIFY(!m_view->chart("trainingScalingChart")->emptyReason().isEmpty());
        // Colours follow the project, not the selection.
        auto bars = seriesOf<QBarSeries>(m_view->chart("powerChart")->chart());
        QCOMPARE(bars[0]->barSets()[0]->color(), SketchPalette(m_project).color("a"));
        // Unchecking a chip narrows the comparison further.
        auto* chip = m_view->findChild<QToolButton*>("chip-b");
        QVERIFY(chip && chip->isChecked());
        chip->click();
        waitForAnalysis();
        QCOMPARE(m_view->table()->columnCount(), 1);
    }

    void updatesLiveWhenResultsChange()
    {
        auto results = m_results;
        results[2].monthly.computeUsd *= 10; // Fleet B becomes the expensive one
        m_view->setResults(m_project, results);
        waitForAnalysis();
        const ComparisonRow* cost = m_view->analysis().table.row("monthly_cost");
        QVERIFY(cost->best[1] && !cost->best[2]);
        QCOMPARE(m_view->analysis().summaries[2].monthly.computeUsd, results[2].monthly.computeUsd);
        QBarSet* compute =
            seriesOf<QHorizontalStackedBarSeries>(m_view->chart("monthlyCostChart")->chart())[0]
                ->barSets()[0];
        QVERIFY(qFuzzyCompare(compute->at(0), results[2].monthly.computeUsd / 1000));
    }

    void unsimulatedSketchesSayWhy()
    {
        auto results = m_results;
        for (SketchSummary& r : results) {
            SketchSummary failed;
            failed.sketchId = r.sketchId;
            failed.name = r.name;
            failed.role = r.role;
            failed.error = "the model does not fit in memory";
            r = failed;
        }
        // A catalog reload re-analyses with the new catalog.
        m_view->setCatalog(std::make_shared<const Catalog>(shipped()));
        m_view->setResults(m_project, results);
        waitForAnalysis();
        ComparisonTableWidget* t = m_view->table();
        QCOMPARE(t->verticalHeaderItem(1)->text(), QString("Status"));
        QCOMPARE(t->item(1, 2)->text(), QString("Not simulated: the model does not fit in memory"));
        QCOMPARE(m_view->findings()->findingCount(), 0);
        QVERIFY(m_view->findings()->toPlainText().contains("No sketch could be simulated"));
        for (ChartPanel* p : m_view->charts())
            QVERIFY2(!p->emptyReason().isEmpty(), qPrintable(p->objectName()));
    }

    void rapidChangesEndOnTheLatest()
    {
        auto results = m_results;
        for (int i = 1; i <= 5; ++i) {
            results[1].monthly.computeUsd = 1000.0 * i;
            m_view->setResults(m_project, results);
        }
        waitForAnalysis();
        QCOMPARE(m_view->analysis().summaries[1].monthly.computeUsd, 5000.0);
    }
};

QTEST_MAIN(TestComparisonView)
#include "test_comparisonview.moc"
