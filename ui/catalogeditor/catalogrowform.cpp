#include "catalogrowform.h"

#include "catalogschema.h"
#include "numberfield.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace infraplan::ui {

namespace {
enum FigureColumn { FieldColumn, ValueColumn, SourceColumn, NoteColumn };

QTableWidget* table(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    return t;
}

QPushButton* rowButtons(QWidget* parent, QVBoxLayout* into, QTableWidget* t, const QString& add,
                        std::function<void()> onAdd, QList<QWidget*>& editors)
{
    auto* row = new QHBoxLayout;
    auto* plus = new QPushButton(add, parent);
    auto* minus = new QPushButton(QObject::tr("Remove"), parent);
    QObject::connect(plus, &QPushButton::clicked, parent, std::move(onAdd));
    QObject::connect(minus, &QPushButton::clicked, parent, [t] {
        if (t->currentRow() >= 0)
            t->removeRow(t->currentRow());
    });
    row->addWidget(plus);
    row->addWidget(minus);
    row->addStretch();
    into->addLayout(row);
    editors << plus << minus;
    return plus;
}
} // namespace

CatalogRowForm::CatalogRowForm(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_id = new QLineEdit(this);
    m_id->setToolTip(tr("Stable id that project files refer to, e.g. my-gpu-server"));
    m_kind = new QComboBox(this);
    for (ItemKind k : allKinds())
        m_kind->addItem(QString::fromUtf8(kindName(k).data()), static_cast<int>(k));
    m_name = new QLineEdit(this);
    m_vendor = new QLineEdit(this);
    form->addRow(tr("Id"), m_id);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Vendor"), m_vendor);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("<b>Figures</b> (every figure cites a dated source)"), this));
    m_figures = table(this, {tr("Field"), tr("Value"), tr("Source"), tr("Note")});
    m_figures->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_figures, 3);
    rowButtons(
        this, layout, m_figures, tr("Add figure"), [this] { addFigure({}, {}); }, m_editors);

    layout->addWidget(new QLabel(tr("<b>Attributes</b>"), this));
    m_attributes = table(this, {tr("Key"), tr("Value")});
    layout->addWidget(m_attributes, 1);
    rowButtons(
        this, layout, m_attributes, tr("Add attribute"),
        [this] { m_attributes->insertRow(m_attributes->rowCount()); }, m_editors);

    layout->addWidget(new QLabel(tr("<b>Your sources</b> (id, title, URL, date as YYYY-MM-DD)"), this));
    m_sources = table(this, {tr("Id"), tr("Title"), tr("URL"), tr("Date")});
    layout->addWidget(m_sources, 1);
    rowButtons(
        this, layout, m_sources, tr("Add source"), [this] { m_sources->insertRow(m_sources->rowCount()); },
        m_editors);
    m_editors << m_id << m_kind << m_name << m_vendor;
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CatalogRowForm::kindChanged);
}

void CatalogRowForm::fillFieldChoices(QComboBox* box, const std::string& current) const
{
    const auto kind = static_cast<ItemKind>(m_kind->currentData().toInt());
    box->clear();
    for (const FieldSpec& f : fieldSpecs())
        if (f.kind == kind)
            box->addItem(QStringLiteral("%1 (%2)").arg(QString::fromUtf8(f.label.data(), f.label.size()),
                                                       QString::fromUtf8(f.unit.data(), f.unit.size())),
                         QString::fromUtf8(f.name.data(), f.name.size()));
    const int i = box->findData(QString::fromStdString(current));
    if (i < 0 && !current.empty())
        box->addItem(QString::fromStdString(current), QString::fromStdString(current));
    box->setCurrentIndex(std::max(0, box->findData(QString::fromStdString(current))));
}

void CatalogRowForm::fillSourceChoices(QComboBox* box, const std::string& current) const
{
    box->clear();
    box->setEditable(true);
    for (const Source& s : m_allSources)
        box->addItem(QString::fromStdString(s.id), QString::fromStdString(s.id));
    for (int r = 0; r < m_sources->rowCount(); ++r)
        if (auto* id = m_sources->item(r, 0); id && box->findText(id->text()) < 0)
            box->addItem(id->text(), id->text());
    box->setCurrentText(QString::fromStdString(current));
}

void CatalogRowForm::addFigure(const std::string& field, const Figure& figure)
{
    const int r = m_figures->rowCount();
    m_figures->insertRow(r);
    auto* fieldBox = new QComboBox(m_figures);
    fillFieldChoices(fieldBox, field);
    m_figures->setCellWidget(r, FieldColumn, fieldBox);
    m_figures->setItem(
        r, ValueColumn,
        new QTableWidgetItem(field.empty() ? QString() : QString::number(figure.value, 'g', 10)));
    auto* sourceBox = new QComboBox(m_figures);
    fillSourceChoices(sourceBox, figure.sourceId);
    m_figures->setCellWidget(r, SourceColumn, sourceBox);
    m_figures->setItem(r, NoteColumn, new QTableWidgetItem(QString::fromStdString(figure.note)));
}

void CatalogRowForm::kindChanged()
{
    for (int r = 0; r < m_figures->rowCount(); ++r)
        if (auto* box = qobject_cast<QComboBox*>(m_figures->cellWidget(r, FieldColumn)))
            fillFieldChoices(box, box->currentData().toString().toStdString());
}

void CatalogRowForm::setRow(const CatalogItem& item, const std::vector<Source>& sources,
                            const std::vector<Source>& userSources)
{
    m_allSources = sources;
    m_id->setText(QString::fromStdString(item.id));
    {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(item.kind)));
    }
    m_name->setText(QString::fromStdString(item.name));
    m_vendor->setText(QString::fromStdString(item.vendor));
    m_sources->setRowCount(0);
    for (const Source& s : userSources) {
        const int r = m_sources->rowCount();
        m_sources->insertRow(r);
        m_sources->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(s.id)));
        m_sources->setItem(r, 1, new QTableWidgetItem(QString::fromStdString(s.title)));
        m_sources->setItem(r, 2, new QTableWidgetItem(QString::fromStdString(s.url)));
        m_sources->setItem(r, 3, new QTableWidgetItem(QString::fromStdString(s.date)));
    }
    m_attributes->setRowCount(0);
    for (const auto& [k, v] : item.attributes) {
        const int r = m_attributes->rowCount();
        m_attributes->insertRow(r);
        m_attributes->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(k)));
        m_attributes->setItem(r, 1, new QTableWidgetItem(QString::fromStdString(v)));
    }
    m_figures->setRowCount(0);
    for (const auto& [field, figure] : item.figures)
        addFigure(field, figure);
}

void CatalogRowForm::setReadOnly(bool readOnly)
{
    for (QWidget* w : m_editors)
        w->setEnabled(!readOnly);
    for (QTableWidget* t : {m_figures, m_attributes, m_sources})
        t->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    for (int r = 0; r < m_figures->rowCount(); ++r)
        for (int c : {FieldColumn, SourceColumn})
            if (QWidget* w = m_figures->cellWidget(r, c))
                w->setEnabled(!readOnly);
}

CatalogItem CatalogRowForm::row(Problems& problems) const
{
    CatalogItem item;
    item.id = m_id->text().trimmed().toStdString();
    item.kind = static_cast<ItemKind>(m_kind->currentData().toInt());
    item.name = m_name->text().trimmed().toStdString();
    item.vendor = m_vendor->text().trimmed().toStdString();
    item.origin = ItemOrigin::User;
    if (item.id.empty())
        problems.push_back({"id", "give the row an id"});
    for (int r = 0; r < m_attributes->rowCount(); ++r) {
        auto* k = m_attributes->item(r, 0);
        auto* v = m_attributes->item(r, 1);
        if (k && !k->text().trimmed().isEmpty())
            item.attributes[k->text().trimmed().toStdString()] =
                v ? v->text().trimmed().toStdString() : std::string();
    }
    for (int r = 0; r < m_figures->rowCount(); ++r) {
        auto* fieldBox = qobject_cast<QComboBox*>(m_figures->cellWidget(r, FieldColumn));
        auto* sourceBox = qobject_cast<QComboBox*>(m_figures->cellWidget(r, SourceColumn));
        const std::string field = fieldBox ? fieldBox->currentData().toString().toStdString() : std::string();
        const QString text =
            m_figures->item(r, ValueColumn) ? m_figures->item(r, ValueColumn)->text() : QString();
        auto value = NumberValidator::parse(text);
        if (!value) {
            problems.push_back({item.id + " " + field, "'" + text.toStdString() + "' is not a number"});
            continue;
        }
        Figure f;
        f.value = *value;
        f.sourceId = sourceBox ? sourceBox->currentText().trimmed().toStdString() : std::string();
        f.note = m_figures->item(r, NoteColumn) ? m_figures->item(r, NoteColumn)->text().toStdString()
                                                : std::string();
        item.figures[field] = f;
    }
    return item;
}

std::vector<Source> CatalogRowForm::userSources() const
{
    std::vector<Source> out;
    auto cell = [this](int r, int c) {
        auto* i = m_sources->item(r, c);
        return i ? i->text().trimmed().toStdString() : std::string();
    };
    for (int r = 0; r < m_sources->rowCount(); ++r)
        if (!cell(r, 0).empty())
            out.push_back({cell(r, 0), cell(r, 1), cell(r, 2), cell(r, 3)});
    return out;
}

} // namespace infraplan::ui
