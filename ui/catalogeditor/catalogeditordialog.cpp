#include "catalogeditordialog.h"

#include "catalogrowform.h"
#include "catalogschema.h"
#include "catalogstore.h"
#include "catalogtext.h"
#include "kindicon.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace infraplan::ui {

CatalogEditorDialog::CatalogEditorDialog(CatalogStore& catalogs, QWidget* parent)
    : QDialog(parent), m_catalogs(catalogs)
{
    setWindowTitle(tr("Edit catalog"));
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(this);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_kindFilter = new QComboBox(left);
    m_kindFilter->addItem(tr("All kinds"), -1);
    for (ItemKind k : allKinds())
        m_kindFilter->addItem(QString::fromUtf8(kindName(k).data()), static_cast<int>(k));
    m_search = new QLineEdit(left);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(left);
    m_list->setObjectName("catalogRows");
    leftLayout->addWidget(m_kindFilter);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(right);
    m_state->setWordWrap(true);
    rightLayout->addWidget(m_state);
    m_form = new CatalogRowForm(right);
    rightLayout->addWidget(m_form, 1);
    m_problems = new QListWidget(right);
    m_problems->setObjectName("catalogProblems");
    m_problems->setMaximumHeight(fontMetrics().height() * 6);
    m_problems->hide();
    rightLayout->addWidget(m_problems);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(this);
    auto* add = buttons->addButton(tr("New row"), QDialogButtonBox::ActionRole);
    m_duplicate = buttons->addButton(tr("Duplicate"), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("Save row"), QDialogButtonBox::ApplyRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &CatalogEditorDialog::newRow);
    connect(m_duplicate, &QPushButton::clicked, this, &CatalogEditorDialog::duplicateRow);
    connect(m_delete, &QPushButton::clicked, this, &CatalogEditorDialog::deleteRow);
    connect(m_save, &QPushButton::clicked, this, &CatalogEditorDialog::saveRow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &CatalogEditorDialog::refillList);
    connect(m_search, &QLineEdit::textChanged, this, &CatalogEditorDialog::refillList);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showRow(item->data(Qt::UserRole).toString().toStdString());
    });
    const int line = fontMetrics().height();
    resize(line * 62, line * 40);
    refillList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (!m_catalogs.canWrite())
        m_state->setText(tr("This catalog has no user database; rows can be viewed only."));
}

void CatalogEditorDialog::refillList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    const int kind = m_kindFilter->currentData().toInt();
    const QString search = m_search->text().toLower();
    for (const CatalogItem& i : m_catalogs.get().all()) {
        if (kind >= 0 && static_cast<int>(i.kind) != kind)
            continue;
        const QString name = QString::fromStdString(i.name);
        if (!search.isEmpty() && !name.toLower().contains(search) &&
            !QString::fromStdString(i.id).contains(search))
            continue;
        auto* item =
            new QListWidgetItem(kindicon::icon(categoryOf(i)),
                                i.origin == ItemOrigin::User ? name + tr("  (yours)") : name, m_list);
        item->setData(Qt::UserRole, QString::fromStdString(i.id));
        if (i.origin == ItemOrigin::Shipped)
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
}

void CatalogEditorDialog::showRow(const std::string& id)
{
    const CatalogItem* item = m_catalogs.get().find(id);
    if (!item)
        return;
    QString error;
    const CatalogData user = m_catalogs.userRows(error);
    m_form->setRow(*item, m_catalogs.get().sources(), user.sources);
    m_readOnly = item->origin == ItemOrigin::Shipped || !m_catalogs.canWrite();
    m_editingId = item->origin == ItemOrigin::User ? id : std::string();
    m_form->setReadOnly(m_readOnly);
    m_state->setText(item->origin == ItemOrigin::Shipped
                         ? tr("A shipped row: read-only. Duplicate it to make your own variant.")
                         : tr("Your row, stored in your user catalog."));
    m_problems->clear();
    m_problems->hide();
    updateButtons();
}

void CatalogEditorDialog::newRow()
{
    CatalogItem item;
    const int kind = m_kindFilter->currentData().toInt();
    item.kind = kind >= 0 ? static_cast<ItemKind>(kind) : ItemKind::Instance;
    item.id = "my-" + std::string(kindName(item.kind));
    item.name = tr("My %1").arg(QString::fromUtf8(kindName(item.kind).data())).toStdString();
    item.origin = ItemOrigin::User;
    QString error;
    m_form->setRow(item, m_catalogs.get().sources(), m_catalogs.userRows(error).sources);
    m_editingId.clear();
    m_readOnly = !m_catalogs.canWrite();
    m_form->setReadOnly(m_readOnly);
    m_state->setText(tr("A new row: fill it in and save. Every figure needs a source with a date."));
    updateButtons();
    m_form->idEdit()->setFocus();
    m_form->idEdit()->selectAll();
}

void CatalogEditorDialog::duplicateRow()
{
    Problems ignored;
    CatalogItem item = m_form->row(ignored);
    const std::string base = item.id.rfind("user:", 0) == 0 ? item.id.substr(5) : item.id;
    item.id = base + "-custom";
    for (int n = 2; m_catalogs.get().find(item.id); ++n)
        item.id = base + "-custom" + std::to_string(n);
    item.name += tr(" (custom)").toStdString();
    QString error;
    m_form->setRow(item, m_catalogs.get().sources(), m_catalogs.userRows(error).sources);
    m_editingId.clear();
    m_readOnly = !m_catalogs.canWrite();
    m_form->setReadOnly(m_readOnly);
    m_state->setText(tr("A copy: change what differs and save it as your own row."));
    updateButtons();
}

bool CatalogEditorDialog::saveRow()
{
    if (m_readOnly)
        return false;
    Problems problems;
    CatalogData rows;
    rows.items.push_back(m_form->row(problems));
    rows.sources = m_form->userSources();
    const std::string id = rows.items.front().id;
    if (problems.empty() && id != m_editingId && m_catalogs.get().find(id))
        problems.push_back({id, "another row already has this id"});
    if (problems.empty())
        m_catalogs.saveUserRows(rows, problems);
    m_problems->clear();
    for (const Problem& p : problems)
        m_problems->addItem(QString::fromStdString(p.toString()));
    m_problems->setVisible(!problems.empty());
    if (!problems.empty()) {
        m_state->setText(tr("<b>Not saved.</b> Fix the problems listed below."));
        return false;
    }
    if (!m_editingId.empty() && m_editingId != id) {
        QString error;
        m_catalogs.removeUserRow(m_editingId, error);
    }
    m_editingId = id;
    refillList();
    for (int r = 0; r < m_list->count(); ++r)
        if (m_list->item(r)->data(Qt::UserRole).toString().toStdString() == id) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(r);
        }
    m_state->setText(tr("Saved to your user catalog. It is in the palette now."));
    updateButtons();
    return true;
}

void CatalogEditorDialog::deleteRow()
{
    if (m_editingId.empty())
        return;
    if (QMessageBox::question(this, tr("Delete row"),
                              tr("Delete %1 from your catalog? Projects using it will show it as missing.")
                                  .arg(QString::fromStdString(m_editingId))) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_catalogs.removeUserRow(m_editingId, error)) {
        QMessageBox::warning(this, tr("Delete row"), error);
        return;
    }
    m_editingId.clear();
    refillList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void CatalogEditorDialog::updateButtons()
{
    m_save->setEnabled(!m_readOnly);
    m_delete->setEnabled(!m_readOnly && !m_editingId.empty());
    m_duplicate->setEnabled(m_catalogs.canWrite());
}

} // namespace infraplan::ui
