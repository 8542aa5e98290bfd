#include "autosave.h"

#include "jsontext.h"
#include "projectdocument.h"
#include "projectfile.h"
#include "textfile.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <unistd.h>

namespace infraplan::ui {

namespace {

constexpr const char* kFormat = "infraplan-recovery/1";

/// True while the process that wrote a recovery file still runs (then its file is not an orphan).
bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == ::getpid())
        return true;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

} // namespace

Autosave::Autosave(ProjectDocument& document, QString folder, int intervalMs, QObject* parent)
    : QObject(parent), m_document(document), m_folder(std::move(folder)), m_timer(new QTimer(this))
{
    m_path = QDir(m_folder).filePath(QString("autosave-%1.json").arg(::getpid()));
    connect(&m_document, &ProjectDocument::changed, this, [this] { ++m_revision; });
    connect(&m_document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
    connect(m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    m_timer->start(intervalMs);
}

Autosave::~Autosave() = default;

QString Autosave::defaultFolder()
{
    // Next to the user catalog (~/.local/share/Infraplan), where a user looking for lost work finds it.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath("Infraplan/recovery");
}

int Autosave::intervalFromEnvironment()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("INFRAPLAN_AUTOSAVE_MS", &ok);
    return ok && ms > 0 ? ms : kDefaultIntervalMs;
}

bool Autosave::saveNow(QString* error)
{
    if (!m_document.isModified()) {
        discard();
        return true;
    }
    if (m_writtenRevision == m_revision)
        return true;
    QDir().mkpath(m_folder);
    const nlohmann::json wrapper = {
        {"format", kFormat},
        {"pid", static_cast<long long>(::getpid())},
        {"file", m_document.filePath().toStdString()},
        {"saved_utc", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()},
        {"project", nlohmann::json::parse(projectfile::serialize(m_document.project()))}};
    std::string reason;
    if (!writeFileAtomically(m_path.toStdString(), jsonText(wrapper, 1) + "\n", reason)) {
        if (error)
            *error = QString::fromStdString(reason);
        return false;
    }
    m_writtenRevision = m_revision;
    return true;
}

void Autosave::discard()
{
    QFile::remove(m_path);
    m_writtenRevision = 0;
}

QList<RecoveryFile> Autosave::orphans(const QString& folder)
{
    QList<RecoveryFile> out;
    const QDir dir(folder);
    for (const QFileInfo& info : dir.entryInfoList({"autosave-*.json"}, QDir::Files)) {
        Problems problems;
        std::string error;
        const auto text = readTextFile(info.absoluteFilePath().toStdString(), error, 64u << 20);
        if (!text)
            continue;
        const auto doc = parseJsonText(*text, problems);
        if (!doc || !doc->is_object() || doc->value("format", nlohmann::json()) != kFormat)
            continue;
        const auto pid = doc->value("pid", nlohmann::json());
        if (pid.is_number_integer() && processAlive(pid.get<qint64>()))
            continue;
        RecoveryFile f;
        f.path = info.absoluteFilePath();
        if (auto it = doc->find("file"); it != doc->end() && it->is_string())
            f.originalFile = QString::fromStdString(it->get<std::string>());
        if (auto it = doc->find("saved_utc"); it != doc->end() && it->is_string())
            f.savedAt = QDateTime::fromString(QString::fromStdString(it->get<std::string>()), Qt::ISODate);
        if (auto p = doc->find("project"); p != doc->end() && p->is_object())
            if (auto n = p->find("name"); n != p->end() && n->is_string())
                f.projectName = QString::fromStdString(n->get<std::string>());
        out.append(f);
    }
    std::sort(out.begin(), out.end(),
              [](const RecoveryFile& a, const RecoveryFile& b) { return a.savedAt > b.savedAt; });
    return out;
}

bool Autosave::restore(const RecoveryFile& file, Problems& problems)
{
    std::string error;
    const auto text = readTextFile(file.path.toStdString(), error, 64u << 20);
    if (!text) {
        problems.push_back({file.path.toStdString(), error});
        return false;
    }
    const auto doc = parseJsonText(*text, problems);
    if (!doc)
        return false;
    const auto it = doc->find("project");
    if (it == doc->end()) {
        problems.push_back({"/project", "required field is missing"});
        return false;
    }
    auto project = projectfile::parse(jsonText(*it), problems);
    if (!project)
        return false;
    m_document.reset(std::move(*project), file.originalFile);
    // Restored work is unsaved work: the title shows it, closing asks, and Save writes the original file.
    m_document.undoStack()->resetClean();
    // Take the file over, so that it stays until the user saves and is not offered twice.
    if (QFile::exists(m_path))
        QFile::remove(m_path);
    if (!QFile::rename(file.path, m_path))
        QFile::remove(file.path);
    m_writtenRevision = 0;
    saveNow();
    return true;
}

bool Autosave::remove(const RecoveryFile& file)
{
    return QFile::remove(file.path);
}

} // namespace infraplan::ui
