// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// The monitor's pure parts that read what the kernel and the wire give: the /proc/net/sctp
// tables, PPID and error cause names, and notifications turned into timeline events.

#include "associationlistmodel.h"
#include "eventdescriber.h"
#include "procsctpparser.h"
#include "sctpnames.h"
#include "systemassociations.h"

#include <QtCore/QDir>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <netinet/sctp.h>

using namespace QtSctp;

namespace {

// As Linux 6.1 printed them for the monitor's demo plus an IPv6 pair (a tab before HBINT).
const char assocsText[]
        = " ASSOC     SOCK   STY SST ST HBKT ASSOC-ID TX_QUEUE RX_QUEUE UID INODE LPORT RPORT "
          "LADDRS <-> RADDRS HBINT INS OUTS MAXRT T1X T2X RTXC wmema wmemq sndbuf rcvbuf\n"
          "cc41e2d3 1bfdd3f2 2   1   3  0       5        0        0       0    67 37080  9000  "
          "fd00:0000:0000:0000:0000:0000:0000:0001 fd00:0000:0000:0000:0000:0000:0000:0002 <-> "
          "*fd00:0000:0000:0000:0000:0000:0000:0001 fd00:0000:0000:0000:0000:0000:0000:0002 \t"
          "    3000    10    10   10    0    0        0        1        0  1048576  1048576\n"
          "93dc0cfa  57683eb 2   1   3  0       4     1024        0       0    68 47447 40093  "
          "127.0.0.1 127.0.0.2 <-> *127.0.0.1 \t    3000     8     8   10    0    0        7     "
          "1025     1024  1048576  1048576\n"
          "f2156964  40f0931 2   1   3  0       3        0       12    1000    65 40093 47447  "
          "*127.0.0.1 <-> *127.0.0.1 127.0.0.2 \t    3000     8     8   10    0    0        0      "
          "  "
          "1        0  1048576  1048576\n";

const char remaddrText[] = "ADDR ASSOC_ID HB_ACT RTO MAX_PATH_RTX REM_ADDR_RTX START STATE\n"
                           "fd00:0000:0000:0000:0000:0000:0000:0001  5 1 300 5 0 0 2\n"
                           "fd00:0000:0000:0000:0000:0000:0000:0002  5 1 300 5 0 0 1\n"
                           "127.0.0.1  4 1 100 5 0 0 2\n"
                           "127.0.0.1  3 1 100 5 0 0 2\n"
                           "127.0.0.2  3 0 3000 5 0 0 0\n"
                           "127.0.0.2  3 0 3000 5 0 0 0\n";

template<typename T>
QByteArray bytesOf(const T &value, const QByteArray &tail = {})
{
    QByteArray bytes(reinterpret_cast<const char *>(&value), sizeof value);
    bytes += tail;
    // sn_length covers the tail too.
    const quint32 length = quint32(bytes.size());
    std::memcpy(bytes.data() + 4, &length, sizeof length);
    return bytes;
}

QByteArray associationChange(quint16 state, const QByteArray &info = {})
{
    sctp_assoc_change change{};
    change.sac_type = SCTP_ASSOC_CHANGE;
    change.sac_state = state;
    change.sac_outbound_streams = 8;
    change.sac_inbound_streams = 6;
    change.sac_assoc_id = 7;
    return bytesOf(change, info);
}

QByteArray peerAddressChange(const char *ipv4, int state)
{
    sctp_paddr_change change{};
    change.spc_type = SCTP_PEER_ADDR_CHANGE;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(3868);
    inet_pton(AF_INET, ipv4, &address.sin_addr);
    std::memcpy(&change.spc_aaddr, &address, sizeof address);
    change.spc_state = state;
    change.spc_assoc_id = 7;
    return bytesOf(change);
}

// One error cause: code and length in network byte order.
QByteArray errorCause(quint16 code, const QByteArray &body = {})
{
    QByteArray cause(4, '\0');
    const quint16 netCode = htons(code);
    const quint16 netLength = htons(quint16(4 + body.size()));
    std::memcpy(cause.data(), &netCode, 2);
    std::memcpy(cause.data() + 2, &netLength, 2);
    return cause + body;
}

} // namespace

class tst_MonitorParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAssociations();
    void parseAssociationsOldLayout();
    void parseAssociationsWithoutHeader();
    void parseAssociationsSkipsMalformedLines();
    void parseRemoteAddresses();
    void normalizeAddress_data();
    void normalizeAddress();
    void joinAndRows();
    void readFromProcRoot();
    void missingProcTables();
    void ppidNames_data();
    void ppidNames();
    void errorCauses();
    void stateNames();
    void describeAbort();
    void describeRestartIsHighlighted();
    void describePeerAddressChange();
    void describeUnknownAndMalformed();
};

void tst_MonitorParsers::parseAssociations()
{
    QStringList warnings;
    const QList<ProcSctpAssociation> all = ProcSctpParser::parseAssociations(assocsText, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(all.size(), 3);

    const ProcSctpAssociation &v6 = all.at(0);
    QCOMPARE(v6.associationId, 5);
    QCOMPARE(v6.socketType, 2);
    QCOMPARE(v6.socketState, 1);
    QCOMPARE(v6.state, 3);
    QCOMPARE(v6.inode, quint64(67));
    QCOMPARE(v6.localPort, quint16(37080));
    QCOMPARE(v6.peerPort, quint16(9000));
    QCOMPARE(v6.localAddresses,
             (QStringList{QStringLiteral("fd00::1"), QStringLiteral("fd00::2")}));
    QCOMPARE(v6.peerAddresses, (QStringList{QStringLiteral("fd00::1"), QStringLiteral("fd00::2")}));
    QCOMPARE(v6.primaryPeerAddress, QStringLiteral("fd00::1"));
    QVERIFY(v6.primaryLocalAddress.isEmpty());
    QCOMPARE(v6.heartbeatInterval, 3000);
    QCOMPARE(v6.inboundStreams, 10);
    QCOMPARE(v6.outboundStreams, 10);
    QCOMPARE(v6.maxRetransmissions, 10);
    QCOMPARE(v6.sendBuffer, 1048576);

    const ProcSctpAssociation &server = all.at(1);
    QCOMPARE(server.associationId, 4);
    QCOMPARE(server.txQueue, 1024);
    QCOMPARE(server.retransmittedChunks, 7);
    QCOMPARE(server.peerAddresses, QStringList{QStringLiteral("127.0.0.1")});

    const ProcSctpAssociation &client = all.at(2);
    QCOMPARE(client.rxQueue, 12);
    QCOMPARE(client.uid, 1000);
    QCOMPARE(client.primaryLocalAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(client.peerAddresses.size(), 2);
}

void tst_MonitorParsers::parseAssociationsOldLayout()
{
    // Kernels before 3.x: no trailing columns after the peer addresses.
    const char text[] = " ASSOC     SOCK   STY SST ST HBKT ASSOC-ID TX_QUEUE RX_QUEUE UID INODE "
                        "LPORT RPORT LADDRS <-> RADDRS\n"
                        "c1 c2 0 10 3 12 9 0 0 0 4242 2905 2905 10.0.0.1 <-> *10.0.0.2 10.0.1.2\n";
    const QList<ProcSctpAssociation> all = ProcSctpParser::parseAssociations(text);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().associationId, 9);
    QCOMPARE(all.first().socketType, 0);
    QCOMPARE(all.first().peerAddresses.size(), 2);
    QCOMPARE(all.first().primaryPeerAddress, QStringLiteral("10.0.0.2"));
    QCOMPARE(all.first().heartbeatInterval, -1);
    QCOMPARE(all.first().inboundStreams, -1);
    QCOMPARE(ProcSctpParser::socketTypeName(0), QStringLiteral("one-to-many"));
    QCOMPARE(ProcSctpParser::socketTypeName(2), QStringLiteral("one-to-one"));
}

void tst_MonitorParsers::parseAssociationsWithoutHeader()
{
    QByteArray text(assocsText);
    text = text.mid(text.indexOf('\n') + 1);
    const QList<ProcSctpAssociation> withHeader = ProcSctpParser::parseAssociations(assocsText);
    QCOMPARE(ProcSctpParser::parseAssociations(text), withHeader);
}

void tst_MonitorParsers::parseAssociationsSkipsMalformedLines()
{
    QByteArray text(assocsText);
    text += "garbage\n";
    text += "a b 2 1 x 0 11 0 0 0 1 2 3 127.0.0.1 <-> 127.0.0.2\n";
    text += "\n";
    QStringList warnings;
    QCOMPARE(ProcSctpParser::parseAssociations(text, &warnings).size(), 3);
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.at(1).contains(QLatin1String("ST")));
    QVERIFY(ProcSctpParser::parseAssociations(QByteArrayView()).isEmpty());
}

void tst_MonitorParsers::parseRemoteAddresses()
{
    const QList<ProcSctpPath> paths = ProcSctpParser::parseRemoteAddresses(remaddrText);
    // The repeated line of association 3 counts once.
    QCOMPARE(paths.size(), 5);
    QCOMPARE(paths.at(0).address, QStringLiteral("fd00::1"));
    QCOMPARE(paths.at(0).associationId, 5);
    QCOMPARE(paths.at(0).state, QSctpPeerAddressInfo::Active);
    QCOMPARE(paths.at(1).state, QSctpPeerAddressInfo::PotentiallyFailed);
    QCOMPARE(paths.at(4).address, QStringLiteral("127.0.0.2"));
    QCOMPARE(paths.at(4).rto, 3000);
    QCOMPARE(paths.at(4).heartbeatActive, false);
    QCOMPARE(paths.at(4).state, QSctpPeerAddressInfo::Inactive);

    QStringList warnings;
    QVERIFY(ProcSctpParser::parseRemoteAddresses("ADDR ASSOC_ID HB_ACT RTO MAX_PATH_RTX "
                                                 "REM_ADDR_RTX START STATE\nnot-an-address 1 1 1 "
                                                 "1 0 0 2\n127.0.0.1 1\n",
                                                 &warnings)
                    .isEmpty());
    QCOMPARE(warnings.size(), 2);
}

void tst_MonitorParsers::normalizeAddress_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ipv4") << QByteArray("10.1.2.3") << QStringLiteral("10.1.2.3");
    QTest::newRow("primary ipv4") << QByteArray("*10.1.2.3") << QStringLiteral("10.1.2.3");
    QTest::newRow("full ipv6") << QByteArray("fe80:0000:0000:0000:0000:0000:0000:0001")
                               << QStringLiteral("fe80::1");
    QTest::newRow("number") << QByteArray("3000") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("bad") << QByteArray("1.2.3.999") << QString();
}

void tst_MonitorParsers::normalizeAddress()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, expected);
    QCOMPARE(ProcSctpParser::normalizeAddress(token), expected);
}

void tst_MonitorParsers::joinAndRows()
{
    const QList<SystemAssociations::Entry> entries
            = SystemAssociations::join(ProcSctpParser::parseAssociations(assocsText),
                                       ProcSctpParser::parseRemoteAddresses(remaddrText));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).paths.size(), 2);
    QCOMPARE(entries.at(2).paths.size(), 2);

    AssociationListModel model;
    model.setRows(AssociationListModel::buildRows({}, entries));
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex state = model.index(0, AssociationListModel::StateColumn);
    QCOMPARE(state.data().toString(),
             SctpNames::associationStateName(QSctpAssociationStatus::Established));
    QVERIFY(model.index(0, AssociationListModel::PathsColumn)
                    .data()
                    .toString()
                    .contains(SctpNames::pathStateName(QSctpPeerAddressInfo::PotentiallyFailed)));
    QCOMPARE(model.index(1, AssociationListModel::TxQueueColumn).data().toInt(), 1024);
    QCOMPARE(model.index(0, AssociationListModel::PeerColumn).data().toString(),
             QStringLiteral("[fd00::1]*/[fd00::2]:9000"));
    QCOMPARE(model.index(2, AssociationListModel::LocalColumn).data().toString(),
             QStringLiteral("127.0.0.1*:40093"));

    // Sorting and filtering through the proxy, as the view does.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::EditRole);
    proxy.setFilterKeyColumn(-1);
    proxy.sort(AssociationListModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, AssociationListModel::IdColumn).data().toInt(), 3);
    proxy.setFilterFixedString(QStringLiteral("fd00::2"));
    QCOMPARE(proxy.rowCount(), 1);

    // A refresh keeps rows in place and drops the gone ones.
    QList<AssociationListModel::Row> rows = model.rows();
    rows.removeAt(1);
    model.setRows(rows);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, AssociationListModel::IdColumn).data().toInt(), 3);
}

void tst_MonitorParsers::readFromProcRoot()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("net/sctp")));
    QFile assocs(root.filePath(QStringLiteral("net/sctp/assocs")));
    QVERIFY(assocs.open(QIODevice::WriteOnly));
    assocs.write(assocsText);
    assocs.close();
    QFile remaddr(root.filePath(QStringLiteral("net/sctp/remaddr")));
    QVERIFY(remaddr.open(QIODevice::WriteOnly));
    remaddr.write(remaddrText);
    remaddr.close();

    SystemAssociations system(root.path());
    QString error = QStringLiteral("unset");
    const QList<SystemAssociations::Entry> entries = system.read(&error);
    QVERIFY(error.isEmpty());
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(1).pid, -1); // no process owns inode 68 under this root
}

void tst_MonitorParsers::missingProcTables()
{
    QTemporaryDir root;
    SystemAssociations system(root.path());
    QString error;
    QVERIFY(system.read(&error).isEmpty());
    QVERIFY(error.contains(QLatin1String("net/sctp/assocs")));
}

void tst_MonitorParsers::ppidNames_data()
{
    QTest::addColumn<quint32>("ppid");
    QTest::addColumn<QString>("name");
    QTest::newRow("M3UA") << 3u << QStringLiteral("M3UA");
    QTest::newRow("S1AP") << 18u << QStringLiteral("S1AP");
    QTest::newRow("X2AP") << 27u << QStringLiteral("X2AP");
    QTest::newRow("Diameter") << 46u << QStringLiteral("Diameter");
    QTest::newRow("Diameter/DTLS") << 47u << QStringLiteral("Diameter/DTLS");
    QTest::newRow("WebRTC DCEP") << 50u << QStringLiteral("WebRTC DCEP");
    QTest::newRow("WebRTC String") << 51u << QStringLiteral("WebRTC String");
    QTest::newRow("WebRTC Binary Partial") << 52u << QStringLiteral("WebRTC Binary Partial");
    QTest::newRow("WebRTC Binary") << 53u << QStringLiteral("WebRTC Binary");
    QTest::newRow("WebRTC String Partial") << 54u << QStringLiteral("WebRTC String Partial");
    // The registry gives 55 to 3GPP, between the WebRTC values.
    QTest::newRow("3GPP PUA") << 55u << QStringLiteral("3GPP PUA");
    QTest::newRow("WebRTC String Empty") << 56u << QStringLiteral("WebRTC String Empty");
    QTest::newRow("WebRTC Binary Empty") << 57u << QStringLiteral("WebRTC Binary Empty");
    QTest::newRow("NGAP") << 60u << QStringLiteral("NGAP");
    QTest::newRow("unassigned") << 26u << QString();
    QTest::newRow("large") << 0xffffffffu << QString();
}

void tst_MonitorParsers::ppidNames()
{
    QFETCH(quint32, ppid);
    QFETCH(QString, name);
    QCOMPARE(SctpNames::ppidName(ppid), name);
    const QString label = SctpNames::ppidLabel(ppid);
    QVERIFY(label.contains(QString::number(ppid)));
    if (!name.isEmpty())
        QCOMPARE(label, QStringLiteral("%1 (%2)").arg(name).arg(ppid));
}

void tst_MonitorParsers::errorCauses()
{
    QCOMPARE(SctpNames::errorCauseName(12), QStringLiteral("User-Initiated Abort"));
    QCOMPARE(SctpNames::errorCauseName(13), QStringLiteral("Protocol Violation"));
    QCOMPARE(SctpNames::errorCauseName(0xa0),
             QStringLiteral("Request to Delete Last Remaining IP Address"));
    QVERIFY(SctpNames::errorCauseName(999).isEmpty());
    QCOMPARE(SctpNames::errorCauseLabel(12), QStringLiteral("12 (User-Initiated Abort)"));
    QCOMPARE(SctpNames::errorCauseLabel(999), QStringLiteral("cause 999"));
}

void tst_MonitorParsers::stateNames()
{
    QCOMPARE(SctpNames::pathStateKey(QSctpPeerAddressInfo::PotentiallyFailed),
             QStringLiteral("POTENTIALLY_FAILED"));
    QCOMPARE(SctpNames::pathStateFromKernel(3), QSctpPeerAddressInfo::Unconfirmed);
    QCOMPARE(SctpNames::pathStateFromKernel(0xffff), QSctpPeerAddressInfo::Unknown);
    // /proc's ST counts from CLOSED = 0; SCTP_STATUS from EMPTY = 0.
    QCOMPARE(SctpNames::associationStateFromProc(3), QSctpAssociationStatus::Established);
    QCOMPARE(SctpNames::associationStateFromProc(0), QSctpAssociationStatus::Closed);
    QCOMPARE(SctpNames::associationStateFromProc(8), QSctpAssociationStatus::Empty);
    QCOMPARE(SctpNames::associationStateKey(QSctpAssociationStatus::ShutdownAckSent),
             QStringLiteral("SHUTDOWN_ACK_SENT"));
}

void tst_MonitorParsers::describeAbort()
{
    const QSctpNotification notification = QSctpNotification::decode(
            associationChange(SCTP_COMM_LOST, errorCause(12, QByteArrayLiteral("bye!"))));
    QVERIFY(notification.isValid());
    const TimelineEvent event = EventDescriber::describe(notification);
    QCOMPARE(event.kind, QStringLiteral("AssociationChange"));
    QCOMPARE(event.code, QStringLiteral("COMM_LOST (ABORT)"));
    QCOMPARE(event.severity, TimelineEvent::Critical);
    QVERIFY2(event.summary.contains(QLatin1String("User-Initiated Abort")),
             qPrintable(event.summary));
    QCOMPARE(event.details.value(QStringLiteral("state")).toString(),
             QStringLiteral("CommunicationLost"));
    QCOMPARE(event.details.value(QStringLiteral("abortCauseCode")).toInt(), 12);
    QCOMPARE(event.details.value(QStringLiteral("abortCauseName")).toString(),
             QStringLiteral("User-Initiated Abort"));
    QCOMPARE(event.details.value(QStringLiteral("associationId")).toInt(), 7);

    const TimelineEvent lost = EventDescriber::describe(
            QSctpNotification::decode(associationChange(SCTP_COMM_LOST)));
    QCOMPARE(lost.code, QStringLiteral("COMM_LOST"));
    QVERIFY(!lost.details.contains(QStringLiteral("abortCauseName")));
}

void tst_MonitorParsers::describeRestartIsHighlighted()
{
    const TimelineEvent restart
            = EventDescriber::describe(QSctpNotification::decode(associationChange(SCTP_RESTART)));
    QCOMPARE(restart.code, QStringLiteral("RESTART"));
    QVERIFY(restart.highlight);
    QCOMPARE(restart.severity, TimelineEvent::Warning);
    const TimelineEvent up
            = EventDescriber::describe(QSctpNotification::decode(associationChange(SCTP_COMM_UP)));
    QCOMPARE(up.code, QStringLiteral("COMM_UP"));
    QVERIFY(!up.highlight);
    QVERIFY(up.summary.contains(QLatin1String("8 outbound")));
}

void tst_MonitorParsers::describePeerAddressChange()
{
    const TimelineEvent pf = EventDescriber::describe(
            QSctpNotification::decode(peerAddressChange("10.0.1.2", SCTP_ADDR_PF)));
    QCOMPARE(pf.code, QStringLiteral("ADDR_POTENTIALLY_FAILED"));
    QCOMPARE(pf.severity, TimelineEvent::Warning);
    QVERIFY(pf.summary.contains(QLatin1String("10.0.1.2")));
    QCOMPARE(pf.details.value(QStringLiteral("address")).toString(), QStringLiteral("10.0.1.2"));
    QCOMPARE(pf.details.value(QStringLiteral("port")).toInt(), 3868);

    const TimelineEvent down = EventDescriber::describe(
            QSctpNotification::decode(peerAddressChange("10.0.1.2", SCTP_ADDR_UNREACHABLE)));
    QCOMPARE(down.code, QStringLiteral("ADDR_UNREACHABLE"));
    QCOMPARE(down.severity, TimelineEvent::Critical);
    const TimelineEvent primary = EventDescriber::describe(
            QSctpNotification::decode(peerAddressChange("10.0.0.2", SCTP_ADDR_MADE_PRIM)));
    QCOMPARE(primary.code, QStringLiteral("ADDR_MADE_PRIM"));
}

void tst_MonitorParsers::describeUnknownAndMalformed()
{
    QByteArray unknown(12, '\0');
    const quint16 type = 0x80ff;
    std::memcpy(unknown.data(), &type, 2);
    const quint32 length = 12;
    std::memcpy(unknown.data() + 4, &length, 4);
    const TimelineEvent other = EventDescriber::describe(QSctpNotification::decode(unknown));
    QCOMPARE(other.code, QStringLiteral("UNKNOWN"));
    QVERIFY(other.summary.contains(QLatin1String("80ff")));

    const TimelineEvent broken
            = EventDescriber::describe(QSctpNotification::decode(QByteArray(3, '\1')));
    QCOMPARE(broken.kind, QStringLiteral("Malformed"));
    QCOMPARE(broken.severity, TimelineEvent::Warning);
}

QTEST_GUILESS_MAIN(tst_MonitorParsers)
#include "tst_monitorparsers.moc"
