// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "associationlistmodel.h"
#include "monitoredassociation.h"
#include "plotbuilder.h"
#include "sctpnames.h"

#include <QtGui/QBrush>
#include <QtGui/QFont>

using namespace QtSctp;

namespace {

// As QSctpAddress writes it ("10.0.0.1/[fd00::1]:3868"), the primary path marked with "*".
QString addressList(const QStringList &addresses, const QString &primary, quint16 port)
{
    QStringList marked;
    for (const QString &address : addresses) {
        QString text = address.contains(u':') ? u'[' + address + u']' : address;
        if (address == primary)
            text += u'*';
        marked << text;
    }
    return QStringLiteral("%1:%2").arg(marked.join(u'/')).arg(port);
}

// Each path's state and RTO (from /proc/net/sctp/remaddr); sctp_diag adds the primary's
// smoothed RTT and congestion window.
QString systemPaths(const SystemAssociations::Entry &entry)
{
    const QString &primary = entry.association.primaryPeerAddress;
    QStringList parts;
    for (const ProcSctpPath &path : entry.paths) {
        QString text = AssociationListModel::tr("%1 %2, RTO %3 ms")
                               .arg(path.address, SctpNames::pathStateName(path.state))
                               .arg(path.rto);
        if (path.address == primary) {
            if (entry.hasDiag && entry.diag.hasInfo) {
                text += AssociationListModel::tr(", SRTT %1 ms, cwnd %2 bytes")
                                .arg(entry.diag.info.primarySrtt)
                                .arg(entry.diag.info.primaryCwnd);
            }
            text += AssociationListModel::tr(" (primary)");
        }
        parts << text;
    }
    return parts.join(u"; ");
}

// What sctp_diag adds beyond the columns, for the row's tooltip.
QString diagDetails(const SctpDiagRecord &record)
{
    if (!record.hasInfo)
        return {};
    const SctpDiagInfo &info = record.info;
    QStringList lines;
    lines << AssociationListModel::tr("Primary path %1: SRTT %2 ms, RTO %3 ms, cwnd %4 bytes, "
                                      "ssthresh %5 bytes, %6 bytes in flight")
                     .arg(info.primaryAddress)
                     .arg(info.primarySrtt)
                     .arg(info.primaryRto)
                     .arg(info.primaryCwnd)
                     .arg(info.primarySsthresh)
                     .arg(info.primaryFlightSize);
    lines << AssociationListModel::tr("Receive window: ours %1 bytes, the peer's %2 bytes")
                     .arg(info.receiveWindow)
                     .arg(info.peerReceiveWindow);
    lines << AssociationListModel::tr("Chunks: %1 unacknowledged, %2 TSNs pending, %3 queued "
                                      "in, %4 queued out")
                     .arg(info.unackedChunks)
                     .arg(info.pendingTsns)
                     .arg(info.inQueueChunks)
                     .arg(info.outQueueChunks);
    lines << AssociationListModel::tr("Packets: %1 sent, %2 received; SACKs: %3 sent, %4 received")
                     .arg(info.packetsSent)
                     .arg(info.packetsReceived)
                     .arg(info.sacksSent)
                     .arg(info.sacksReceived);
    lines << AssociationListModel::tr("Fragmentation point %1 bytes; verification tags: ours "
                                      "0x%2, the peer's 0x%3")
                     .arg(info.fragmentationPoint)
                     .arg(info.tag, 8, 16, QLatin1Char('0'))
                     .arg(info.peerTag, 8, 16, QLatin1Char('0'));
    if (record.hasMemory) {
        lines << AssociationListModel::tr("Socket buffers: send %1 bytes, receive %2 bytes")
                         .arg(record.memory.sendBuffer)
                         .arg(record.memory.receiveBuffer);
    }
    lines << AssociationListModel::tr("Read through sctp_diag (netlink)");
    return lines.join(u'\n');
}

void fillFromSystem(AssociationListModel::Row &row, const SystemAssociations::Entry &entry)
{
    const ProcSctpAssociation &a = entry.association;
    row.associationId = a.associationId;
    if (row.local.isEmpty())
        row.local = addressList(a.localAddresses, a.primaryLocalAddress, a.localPort);
    if (row.peer.isEmpty())
        row.peer = addressList(a.peerAddresses, a.primaryPeerAddress, a.peerPort);
    if (row.stateKey.isEmpty()) {
        const auto state = SctpNames::associationStateFromProc(a.state);
        row.stateKey = SctpNames::associationStateKey(state);
        row.state = SctpNames::associationStateName(state);
    }
    if (row.paths.isEmpty()) {
        row.paths = systemPaths(entry);
        row.pathCount = int(entry.paths.size());
    }
    if (row.inboundStreams < 0)
        row.inboundStreams = a.inboundStreams;
    if (row.outboundStreams < 0)
        row.outboundStreams = a.outboundStreams;
    row.txQueue = a.txQueue;
    row.rxQueue = a.rxQueue;
    if (row.retransmissions < 0)
        row.retransmissions = a.retransmittedChunks;
    row.pid = entry.pid;
    row.process = entry.pid >= 0
            ? AssociationListModel::tr("%1 (%2)").arg(entry.command).arg(entry.pid)
            : AssociationListModel::tr("uid %1").arg(a.uid);
    row.inode = a.inode;
    row.fromSctpDiag = entry.hasDiag;
    if (entry.hasDiag)
        row.details = diagDetails(entry.diag);
}

} // namespace

AssociationListModel::AssociationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QList<AssociationListModel::Row> AssociationListModel::buildRows(
        const QList<MonitoredAssociation *> &own, const QList<SystemAssociations::Entry> &system)
{
    QList<Row> rows;
    QList<bool> used(system.size(), false);
    for (MonitoredAssociation *association : own) {
        Row row;
        row.key = QStringLiteral("own:%1").arg(association->id());
        row.monitorId = association->id();
        row.own = true;
        row.name = association->name();
        const QSctpAssociationStatus::State state = association->associationState();
        row.stateKey = SctpNames::associationStateKey(state);
        row.state = SctpNames::associationStateName(state);
        row.local = association->localAddressText();
        row.peer = association->peerAddressText();
        QStringList paths;
        for (const QSctpPeerAddressInfo &path : association->currentPaths()) {
            QString text = tr("%1 %2, SRTT %3 ms, RTO %4 ms")
                                   .arg(path.address().toString(),
                                        SctpNames::pathStateName(path.state()))
                                   .arg(path.smoothedRtt())
                                   .arg(path.retransmissionTimeout());
            if (path.isPrimary())
                text += tr(" (primary)");
            paths << text;
        }
        row.paths = paths.join(u"; ");
        row.pathCount = int(paths.size());
        if (association->hasStatus()) {
            row.inboundStreams = association->currentStatus().inboundStreams();
            row.outboundStreams = association->currentStatus().outboundStreams();
        }
        if (association->hasStatistics())
            row.retransmissions = qint64(association->currentStatistics().retransmittedChunks);
        row.inode = association->socketInode();
        // The same socket in the kernel's table: take what only the table has.
        for (qsizetype i = 0; i < system.size(); ++i) {
            if (!used.at(i) && row.inode != 0 && system.at(i).association.inode == row.inode) {
                used[i] = true;
                fillFromSystem(row, system.at(i));
                break;
            }
        }
        rows.append(row);
    }
    for (qsizetype i = 0; i < system.size(); ++i) {
        if (used.at(i))
            continue;
        const SystemAssociations::Entry &entry = system.at(i);
        Row row;
        // The socket, its ports and its peers: unique also for a one-to-many socket's
        // associations, and stable whether or not /proc has named the association yet.
        QStringList peers = entry.association.peerAddresses;
        peers.sort();
        row.key = QStringLiteral("sys:%1:%2:%3:%4")
                          .arg(entry.association.inode)
                          .arg(entry.association.localPort)
                          .arg(entry.association.peerPort)
                          .arg(peers.join(u'/'));
        row.name = ProcSctpParser::socketTypeName(entry.association.socketType);
        fillFromSystem(row, entry);
        rows.append(row);
    }
    return rows;
}

void AssociationListModel::setRows(const QList<Row> &rows)
{
    // Keep rows in place by key: remove the gone ones, update the rest, append the new ones.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        bool present = false;
        for (const Row &row : rows) {
            if (row.key == m_rows.at(i).key) {
                present = true;
                break;
            }
        }
        if (!present) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    QList<Row> added;
    for (const Row &row : rows) {
        bool found = false;
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).key == row.key) {
                m_rows[i] = row;
                found = true;
                break;
            }
        }
        if (!found)
            added.append(row);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

int AssociationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssociationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssociationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    auto number = [role](qint64 value) -> QVariant {
        if (value < 0)
            return role == Qt::EditRole ? QVariant(-1) : QVariant();
        return value;
    };
    switch (role) {
    case MonitorIdRole:
        return row.monitorId;
    case KeyRole:
        return row.key;
    case Qt::FontRole:
        if (row.own) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            for (int s = QSctpAssociationStatus::Empty;
                 s <= QSctpAssociationStatus::ShutdownAckSent; ++s) {
                if (SctpNames::associationStateKey(QSctpAssociationStatus::State(s))
                    == row.stateKey)
                    return PlotBuilder::associationStateColor(QSctpAssociationStatus::State(s));
            }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PathsColumn)
            return QString(row.paths).replace(QStringLiteral("; "), QStringLiteral("\n"));
        return row.details.isEmpty() ? QVariant() : QVariant(row.details);
    case Qt::TextAlignmentRole:
        if (index.column() >= TxQueueColumn && index.column() <= InodeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SourceColumn:
        if (row.own)
            return tr("this monitor");
        return row.fromSctpDiag ? tr("system (sctp_diag)") : tr("system (/proc)");
    case NameColumn:
        return row.name;
    case IdColumn:
        // 0 until the kernel's table has named it (a closed association never will).
        return row.associationId == 0 && role == Qt::DisplayRole ? QVariant()
                                                                 : QVariant(row.associationId);
    case LocalColumn:
        return row.local;
    case PeerColumn:
        return row.peer;
    case StateColumn:
        return row.state;
    case PathsColumn:
        return role == Qt::EditRole ? QVariant(row.pathCount) : QVariant(row.paths);
    case StreamsColumn:
        if (row.inboundStreams < 0 && row.outboundStreams < 0)
            return {};
        if (role == Qt::EditRole)
            return row.inboundStreams + row.outboundStreams;
        return tr("%1 in / %2 out").arg(row.inboundStreams).arg(row.outboundStreams);
    case TxQueueColumn:
        return number(row.txQueue);
    case RxQueueColumn:
        return number(row.rxQueue);
    case RetransmissionsColumn:
        return number(row.retransmissions);
    case ProcessColumn:
        return row.process;
    case InodeColumn:
        return row.inode == 0 ? QVariant() : QVariant(row.inode);
    }
    return {};
}

QVariant AssociationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("Assoc ID");
    case LocalColumn:
        return tr("Local");
    case PeerColumn:
        return tr("Peer");
    case StateColumn:
        return tr("State");
    case PathsColumn:
        return tr("Paths");
    case StreamsColumn:
        return tr("Streams");
    case TxQueueColumn:
        return tr("Send queue");
    case RxQueueColumn:
        return tr("Receive queue");
    case RetransmissionsColumn:
        return tr("Retransmitted");
    case ProcessColumn:
        return tr("Process");
    case InodeColumn:
        return tr("Inode");
    }
    return {};
}
