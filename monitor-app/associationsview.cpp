// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "associationlistmodel.h"
#include "associationsview.h"
#include "monitorsession.h"

#include <QtCore/QSortFilterProxyModel>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

AssociationsView::AssociationsView(MonitorSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new AssociationListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by address, state, process…"));
    m_filter->setClearButtonEnabled(true);
    m_showSystem = new QCheckBox(tr("Show the host's &other associations"), this);
    m_showSystem->setChecked(true);
    m_status = new QLabel(this);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AssociationListModel::SourceColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // Widths for a first look; the user's own come back from the settings.
    const QList<QPair<int, int>> widths = {{AssociationListModel::SourceColumn, 140},
                                           {AssociationListModel::NameColumn, 200},
                                           {AssociationListModel::ProcessColumn, 160},
                                           {AssociationListModel::LocalColumn, 190},
                                           {AssociationListModel::PeerColumn, 190},
                                           {AssociationListModel::StateColumn, 110},
                                           {AssociationListModel::StreamsColumn, 100},
                                           {AssociationListModel::TxQueueColumn, 80},
                                           {AssociationListModel::RxQueueColumn, 90},
                                           {AssociationListModel::RetransmissionsColumn, 90},
                                           {AssociationListModel::IdColumn, 70},
                                           {AssociationListModel::InodeColumn, 70}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_showSystem);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showSystem, &QCheckBox::toggled, this, &AssociationsView::refresh);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const int id = index.data(AssociationListModel::MonitorIdRole).toInt();
        if (id >= 0)
            emit openRequested(id);
    });
    // The host's table changes slower than one association's figures: at most once a second.
    m_timer.setInterval(qMax(1000, session->refreshInterval()));
    connect(&m_timer, &QTimer::timeout, this, &AssociationsView::refresh);
    connect(session, &MonitorSession::refreshIntervalChanged, this,
            [this](int msecs) { m_timer.setInterval(qMax(1000, msecs)); });
    connect(session, &MonitorSession::associationAdded, this, &AssociationsView::refresh);
    connect(session, &MonitorSession::associationRemoved, this, &AssociationsView::refresh);
    m_timer.start();
    refresh();
}

void AssociationsView::setProcRoot(const QString &root)
{
    m_system = SystemAssociations(root);
    refresh();
}

void AssociationsView::setShowSystem(bool show)
{
    m_showSystem->setChecked(show);
}

QString AssociationsView::statusText() const
{
    return m_status->text();
}

bool AssociationsView::showSystem() const
{
    return m_showSystem->isChecked();
}

void AssociationsView::refresh()
{
    QString error;
    const QList<SystemAssociations::Entry> entries = m_system.read(&error);
    QList<AssociationListModel::Row> rows
            = AssociationListModel::buildRows(m_session->associations(), entries);
    if (!m_showSystem->isChecked())
        rows.removeIf([](const AssociationListModel::Row &row) { return !row.own; });
    m_model->setRows(rows);
    int own = 0;
    for (const AssociationListModel::Row &row : std::as_const(rows))
        own += row.own ? 1 : 0;
    QString status = tr("%n association(s) of this monitor", nullptr, own);
    if (error.isEmpty()) {
        status += tr(", %n on this host", nullptr, int(entries.size()));
        status += QStringLiteral(" — ") + tr("Source: %1").arg(m_system.sourceText());
    } else {
        status += QStringLiteral(" — ") + error;
        if (!m_system.sctpDiagError().isEmpty())
            status += QStringLiteral(" — ") + m_system.sctpDiagError();
    }
    m_status->setText(status);
}

QByteArray AssociationsView::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

void AssociationsView::restoreState(const QByteArray &state)
{
    m_table->horizontalHeader()->restoreState(state);
}
