#pragma once

#include <filesystem>
#include <memory>
#include <QMainWindow>

namespace infraplan {
class Catalog;
}

namespace infraplan::ui {

/// The application window: assembles the docks and actions; the work lives in the widgets it holds.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const std::filesystem::path& executableDir, const QString& projectFile,
               QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    void openProject(const QString& file);
    void buildPalette();

    std::unique_ptr<Catalog> m_catalog;
};

} // namespace infraplan::ui
