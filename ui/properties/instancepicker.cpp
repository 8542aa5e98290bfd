#include "instancepicker.h"

#include "catalog.h"
#include "catalogstore.h"
#include "catalogtext.h"
#include "hardwarerow.h"
#include "kindicon.h"

#include <map>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace infraplan::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kSearchRole = Qt::UserRole + 1;

QString providerTitle(const CatalogItem& item)
{
    const QString p = QString::fromStdString(providerOf(item));
    if (isOwnedInstance(item))
        return InstanceList::tr("Owned servers");
    if (p.isEmpty())
        return InstanceList::tr("Other");
    return p.size() <= 3 ? p.toUpper() : p.left(1).toUpper() + p.mid(1);
}

QString priceText(const CatalogItem& item)
{
    const QLocale locale;
    if (auto usd = instancePrice(item, PricingMode::OnDemand))
        return InstanceList::tr("$%1/h").arg(locale.toString(*usd, 'f', 2));
    if (auto usd = instancePrice(item, PricingMode::Owned))
        return InstanceList::tr("$%1 to buy").arg(locale.toString(*usd, 'f', 0));
    return InstanceList::tr("no price");
}
} // namespace

InstanceList::InstanceList(const Catalog& catalog, QWidget* parent) : QWidget(parent)
{
    setObjectName("instanceList");
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search: H100, aws, 8x, inferentia…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Instance"), tr("Accelerators"), tr("Price")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    fill(catalog);
    connect(m_search, &QLineEdit::textChanged, this, &InstanceList::setFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->parent())
            emit picked(item->data(0, kIdRole).toString().toStdString());
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (item && item->parent())
            emit picked(item->data(0, kIdRole).toString().toStdString());
    });
}

void InstanceList::fill(const Catalog& catalog)
{
    std::map<QString, QTreeWidgetItem*> groups; // sorted by provider; owned servers after the clouds
    const QFont bold = [this] {
        QFont f = font();
        f.setBold(true);
        return f;
    }();
    for (const CatalogItem* i : catalog.items(ItemKind::Instance)) {
        const QString provider = providerTitle(*i);
        const QString key = (isOwnedInstance(*i) ? "1" : "0") + provider;
        QTreeWidgetItem*& group = groups[key];
        if (!group) {
            group = new QTreeWidgetItem({provider});
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(false);
        }
        const std::string accelerator = acceleratorIdOf(*i);
        const QString devices = accelerator.empty()
                                    ? QString()
                                    : tr("%1 × %2").arg(catalogtext::number(acceleratorsPerInstance(*i, 1)),
                                                        catalogtext::displayName(catalog, accelerator));
        auto* row = new QTreeWidgetItem(group, {catalogtext::shortName(*i), devices, priceText(*i)});
        row->setIcon(0, kindicon::icon(PaletteCategory::Instance));
        row->setToolTip(0, QString::fromStdString(i->name));
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        row->setData(0, kIdRole, QString::fromStdString(i->id));
        row->setData(0, kSearchRole,
                     QStringList{QString::fromStdString(i->id), QString::fromStdString(i->name), provider,
                                 QString::fromStdString(accelerator), devices}
                         .join(' ')
                         .toLower());
    }
    for (auto& [key, group] : groups)
        m_tree->addTopLevelItem(group);
    m_tree->expandAll();
    for (auto& [key, group] : groups)
        group->setFirstColumnSpanned(true);
}

void InstanceList::setFilter(const QString& text)
{
    const QStringList words = text.toLower().split(' ', Qt::SkipEmptyParts);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem* row = group->child(r);
            const QString haystack = row->data(0, kSearchRole).toString();
            const bool match = std::all_of(words.begin(), words.end(),
                                           [&](const QString& w) { return haystack.contains(w); });
            row->setHidden(!match);
            shown += match;
        }
        group->setHidden(shown == 0);
    }
    if (m_search->text() != text) {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    if (QTreeWidgetItem* first = firstVisible())
        m_tree->setCurrentItem(first);
}

void InstanceList::setCurrent(const std::string& instanceId)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
        for (int r = 0; r < m_tree->topLevelItem(g)->childCount(); ++r) {
            QTreeWidgetItem* row = m_tree->topLevelItem(g)->child(r);
            const bool current = row->data(0, kIdRole).toString().toStdString() == instanceId;
            QFont f = row->font(0);
            f.setBold(current);
            row->setFont(0, f);
            if (current) {
                m_tree->setCurrentItem(row);
                m_tree->scrollToItem(row);
            }
        }
}

std::vector<std::string> InstanceList::visibleIds() const
{
    std::vector<std::string> ids;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r)
            if (!group->isHidden() && !group->child(r)->isHidden())
                ids.push_back(group->child(r)->data(0, kIdRole).toString().toStdString());
    }
    return ids;
}

QTreeWidgetItem* InstanceList::firstVisible() const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int r = 0; !group->isHidden() && r < group->childCount(); ++r)
            if (!group->child(r)->isHidden())
                return group->child(r);
    }
    return nullptr;
}

bool InstanceList::eventFilter(QObject* watched, QEvent* event)
{
    // Typing stays in the search field while the arrows walk the list and Enter picks.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_tree, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (QTreeWidgetItem* item = m_tree->currentItem(); item && item->parent() && !item->isHidden())
                emit picked(item->data(0, kIdRole).toString().toStdString());
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

InstancePicker::InstancePicker(const CatalogStore& catalogs, QWidget* parent)
    : QPushButton(parent), m_catalogs(catalogs)
{
    setObjectName("instancePicker");
    setIcon(kindicon::icon(PaletteCategory::Instance));
    setStyleSheet("text-align: left; padding: 2px 6px;");
    setToolTip(tr("Change the server or cloud instance"));
    connect(this, &QPushButton::clicked, this, [this] { openList(); });
}

void InstancePicker::setCurrent(const std::string& instanceId)
{
    m_current = instanceId;
    const CatalogItem* item = m_catalogs.get().find(instanceId);
    setText(item ? catalogtext::shortName(*item)
                 : tr("%1 (not in the catalog)").arg(QString::fromStdString(instanceId)));
    setAccessibleName(tr("Instance type: %1").arg(text()));
}

InstanceList* InstancePicker::openList()
{
    auto* list = new InstanceList(m_catalogs.get(), this);
    list->setWindowFlag(Qt::Popup);
    list->setAttribute(Qt::WA_DeleteOnClose);
    list->setCurrent(m_current);
    connect(list, &InstanceList::picked, this, [this, list](const std::string& id) {
        list->close();
        if (id != m_current)
            emit picked(id);
    });
    const int line = fontMetrics().height();
    list->resize(std::max(width(), line * 34), line * 24);
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - list->width())));
        if (at.y() + list->height() > area.bottom())
            at.setY(std::max(area.top(), mapToGlobal(QPoint(0, 0)).y() - list->height()));
    }
    list->move(at);
    list->show();
    list->searchField()->setFocus();
    return list;
}

} // namespace infraplan::ui
