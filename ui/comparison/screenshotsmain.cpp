// comparison-screenshots: renders the comparison view of example projects offscreen into PNG files for the
// documentation, with the real engines and the shipped catalog.
//   comparison-screenshots OUTDIR PROJECT.json...
// writes OUTDIR/comparison-<project>-table.png, -charts.png and one PNG per chart.
#include "catalog.h"
#include "chartpanel.h"
#include "comparisonview.h"
#include "projectfile.h"

#include <filesystem>
#include <iostream>
#include <QApplication>
#include <QEventLoop>
#include <QTimer>

using namespace infraplan;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::cerr << "usage: comparison-screenshots OUTDIR PROJECT.json...\n";
        return 2;
    }
    const std::filesystem::path out = argv[1];
    std::filesystem::create_directories(out);
    CatalogPaths paths;
    paths.shipped = qEnvironmentVariableIsSet("INFRAPLAN_CATALOG")
                        ? qgetenv("INFRAPLAN_CATALOG").toStdString()
                        : std::string(INFRAPLAN_BUILD_CATALOG);
    paths.user = (std::filesystem::temp_directory_path() / "infraplan-screenshots-user.sqlite").string();
    const auto catalog = std::make_shared<const Catalog>(loadCatalog(paths));
    int failures = 0;
    for (int i = 2; i < argc; ++i) {
        Problems problems;
        const auto project = projectfile::load(argv[i], problems);
        if (!project) {
            for (const auto& p : problems)
                std::cerr << argv[i] << ": " << p.toString() << "\n";
            ++failures;
            continue;
        }
        const std::string stem = std::filesystem::path(argv[i]).stem().string();
        ui::ComparisonView view(catalog);
        view.resize(1600, 1000);
        QEventLoop loop;
        QObject::connect(&view, &ui::ComparisonView::analysisReady, &loop, &QEventLoop::quit);
        view.setResults(*project, simulateProject(*project, *catalog));
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        const auto file = [&](const std::string& what) {
            return QString::fromStdString((out / ("comparison-" + stem + "-" + what + ".png")).string());
        };
        view.showPage(0);
        view.grab().save(file("table"));
        // Tall enough that the charts page shows every chart without scrolling.
        view.resize(1600, 1820);
        view.showPage(1);
        view.grab().save(file("charts"));
        for (ui::ChartPanel* panel : view.charts()) {
            QString error;
            if (!panel->save(file(panel->objectName().toStdString()), {1000, 620}, &error)) {
                std::cerr << error.toStdString() << "\n";
                ++failures;
            }
        }
        std::cout << stem << ": " << view.analysis().findings.size() << " findings\n";
    }
    return failures == 0 ? 0 : 1;
}
