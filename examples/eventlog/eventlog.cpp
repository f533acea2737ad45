// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// qsctp-eventlog: subscribes to every SCTP notification type and prints each notification
// decoded, field by field. The fields come from the Q_GADGET properties of each notification's
// value, so the printer knows no notification type by name.
//
// Without --listen or --connect it runs a demo in one process that provokes most notification
// types: association setup, path changes, adaptation indication, sender dry, stream reset,
// added streams, association reset, a graceful shutdown, and an association aborted while both
// ends are in partial delivery with data still to send.
#include <QtSctp/QSctpAddress>
#include <QtSctp/QSctpAssociationOptions>
#include <QtSctp/QSctpAssociationStatus>
#include <QtSctp/QSctpNotification>
#include <QtSctp/QSctpServer>
#include <QtSctp/QSctpSocket>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QMetaEnum>
#include <QtCore/QMetaProperty>
#include <QtCore/QPointer>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>

#include <cerrno>
#include <cstring>
#include <functional>
#include <memory>
#include <netinet/sctp.h>
#include <sys/socket.h>

using QtSctp::QSctpAddress;
using QtSctp::QSctpAssociationOptions;
using QtSctp::QSctpNotification;
using QtSctp::QSctpServer;
using QtSctp::QSctpSocket;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

// --- printing ------------------------------------------------------------------------------

QString formatValue(const QMetaProperty &property, const QVariant &value)
{
    if (property.isEnumType()) {
        const QMetaEnum e = property.enumerator();
        const int raw = value.toInt();
        const QByteArray key = e.isFlag() ? e.valueToKeys(raw) : QByteArray(e.valueToKey(raw));
        return key.isEmpty() ? QString::number(raw) : QString::fromLatin1(key);
    }
    if (value.metaType() == QMetaType::fromType<QByteArray>()) {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isEmpty())
            return QStringLiteral("(none)");
        const QByteArray shown = bytes.left(16).toHex(' ');
        return QStringLiteral("[%1%2] (%3 bytes)")
                .arg(QString::fromLatin1(shown),
                     bytes.size() > 16 ? QStringLiteral(" ...") : QString())
                .arg(bytes.size());
    }
    if (value.metaType() == QMetaType::fromType<QHostAddress>())
        return value.value<QHostAddress>().toString();
    if (value.metaType() == QMetaType::fromType<QList<quint16>>()) {
        QStringList ids;
        for (quint16 id : value.value<QList<quint16>>())
            ids.append(QString::number(id));
        return QStringLiteral("{%1}").arg(ids.join(QLatin1Char(',')));
    }
    if (value.canConvert<QString>())
        return value.toString();
    return QStringLiteral("<%1>").arg(QString::fromLatin1(value.metaType().name()));
}

// "Type: field=value field=value ..." for any notification, known or not.
QString describe(const QSctpNotification &notification)
{
    if (!notification.isValid())
        return QStringLiteral("malformed notification: %1").arg(notification.errorString());
    if (notification.type() == QSctpNotification::UnknownType) {
        return QStringLiteral("type 0x%1 (unknown to this version): %2 bytes")
                .arg(notification.typeCode(), 4, 16, QLatin1Char('0'))
                .arg(notification.rawData().size());
    }
    const QVariant value = notification.value();
    const QMetaObject *meta = value.metaType().metaObject();
    QStringList fields;
    for (int i = meta ? meta->propertyOffset() : 0; meta && i < meta->propertyCount(); ++i) {
        const QMetaProperty property = meta->property(i);
        fields.append(QStringLiteral("%1=%2").arg(
                QString::fromLatin1(property.name()),
                formatValue(property, property.readOnGadget(value.constData()))));
    }
    const char *type
            = QMetaEnum::fromType<QSctpNotification::Type>().valueToKey(notification.type());
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(type), fields.join(QLatin1Char(' ')));
}

// Every notification type there is, from the enum: new types need no change here.
bool subscribeAll(const std::function<bool(QSctpNotification::Type)> &subscribe, const QString &who)
{
    const QMetaEnum types = QMetaEnum::fromType<QSctpNotification::Type>();
    bool ok = true;
    for (int i = 0; i < types.keyCount(); ++i) {
        const auto type = QSctpNotification::Type(types.value(i));
        if (type == QSctpNotification::UnknownType)
            continue;
        if (!subscribe(type)) {
            err << who << ": cannot subscribe to " << types.key(i) << Qt::endl;
            ok = false;
        }
    }
    return ok;
}

QElapsedTimer uptime;

void logTo(const QString &who, QSctpSocket *socket)
{
    QObject::connect(socket, &QSctpSocket::notificationReceived, socket,
                     [who](const QSctpNotification &notification) {
                         out << QStringLiteral("%1 [%2] ").arg(uptime.elapsed(), 6).arg(who)
                             << describe(notification) << Qt::endl;
                     });
    QObject::connect(socket, &QSctpSocket::errorOccurred, socket, [who, socket] {
        out << QStringLiteral("%1 [%2] error: ").arg(uptime.elapsed(), 6).arg(who)
            << socket->errorString() << Qt::endl;
    });
}

void step(const QString &text)
{
    out << QStringLiteral("%1 == ").arg(uptime.elapsed(), 6) << text << Qt::endl;
}

// --- raw socket options the QtSctp API does not cover (kernel engine only) -----------------

bool setRaw(QSctpSocket *socket, int option, const void *value, socklen_t size, QString *error)
{
    if (::setsockopt(int(socket->socketDescriptor()), IPPROTO_SCTP, option, value, size) == 0)
        return true;
    *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

// Stream reconfiguration (RFC 6525) for every association of this socket: the endpoint must
// offer it in its INIT (SCTP_RECONFIG_SUPPORTED, or net.sctp.reconf_enable) and allow the
// peer's requests (SCTP_ENABLE_STREAM_RESET).
bool enableReconfig(qintptr descriptor, QString *error)
{
    sctp_assoc_value supported{};
    supported.assoc_value = 1;
    sctp_assoc_value enable{};
    enable.assoc_value = SCTP_ENABLE_RESET_STREAM_REQ | SCTP_ENABLE_RESET_ASSOC_REQ
            | SCTP_ENABLE_CHANGE_ASSOC_REQ;
    if (::setsockopt(int(descriptor), IPPROTO_SCTP, SCTP_RECONFIG_SUPPORTED, &supported,
                     sizeof supported)
                != 0
        || ::setsockopt(int(descriptor), IPPROTO_SCTP, SCTP_ENABLE_STREAM_RESET, &enable,
                        sizeof enable)
                != 0) {
        *error = QStringLiteral("stream reconfiguration: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

// --- the demo --------------------------------------------------------------------------------

class Demo : public QObject
{
public:
    bool start(QString *error)
    {
        uptime.start();
        const bool kernel = QSctpSocket().engineName() == QLatin1String("kernel");
        m_reconfig = kernel;

        QSctpAssociationOptions options;
        // Each end tells the other its adaptation layer indication: ADAPTATION_INDICATION.
        options.setAdaptationIndication(0x51746374); // "Qtct"
        // Deliver a message in parts once this much of it is there: PARTIAL_DELIVERY_EVENT
        // when such a delivery is cut short.
        options.setPartialDeliveryPoint(1024);
        // Small receive windows make the last step quick.
        m_server.setReceiveBufferSize(16384);
        if (!m_server.setAssociationOptions(options)) {
            *error = m_server.errorString();
            return false;
        }
        if (m_reconfig) {
            m_server.setPreListenHook(enableReconfig);
        }
        if (!subscribeAll([this](QSctpNotification::Type t) { return m_server.subscribe(t); },
                          QStringLiteral("server"))) {
            *error = QStringLiteral("the server cannot subscribe to every notification");
            return false;
        }
        // Two addresses on each end: two paths each way.
        QString address = QStringLiteral("127.0.0.1/127.0.0.2:0");
        if (!m_server.listen(address)) {
            // The userspace engine knows only the host's interface addresses.
            address = QStringLiteral("127.0.0.1:0");
            if (!m_server.listen(address)) {
                *error = m_server.errorString();
                return false;
            }
        }
        m_localAddress = QSctpAddress::fromString(address);
        step(QStringLiteral("server listening on %1 (%2 SCTP)")
                     .arg(m_server.serverAddress().toString(), m_server.engineName()));
        QObject::connect(&m_server, &QSctpServer::newConnection, this, &Demo::accept);
        m_options = options;
        connectClient(QStringLiteral("client"), &m_client, [this] { firstAssociation(); });
        return true;
    }

private:
    std::unique_ptr<QSctpSocket> makeClient()
    {
        auto socket = std::make_unique<QSctpSocket>();
        socket->setAssociationOptions(m_options);
        socket->setReceiveBufferSize(16384);
        socket->setLocalBindAddress(m_localAddress);
        if (m_reconfig)
            socket->setPreConnectHook(enableReconfig);
        subscribeAll([&socket](QSctpNotification::Type t) { return socket->subscribe(t); },
                     QStringLiteral("client"));
        return socket;
    }

    void connectClient(const QString &name, std::unique_ptr<QSctpSocket> *slot,
                       std::function<void()> whenUp)
    {
        *slot = makeClient();
        QSctpSocket *socket = slot->get();
        logTo(name, socket);
        m_nextServerName = QStringLiteral("server:") + name;
        m_accepted = nullptr;
        m_whenUp = std::move(whenUp);
        QObject::connect(socket, &QSctpSocket::connected, this, [this] { maybeUp(); });
        socket->connectToHost(m_server.serverAddress());
        m_pendingClient = socket;
    }

    void accept()
    {
        while (QSctpSocket *socket = m_server.nextPendingConnection()) {
            logTo(m_nextServerName, socket);
            m_accepted = socket;
            maybeUp();
        }
    }

    void maybeUp()
    {
        if (!m_pendingClient || m_pendingClient->state() != QSctpSocket::ConnectedState
            || !m_accepted)
            return;
        m_pendingClient = nullptr;
        // Let the notifications of the setup come out first.
        QTimer::singleShot(200, this, [up = std::move(m_whenUp)] { up(); });
    }

    // Waits for a notification of this type on this socket, then goes on; fails after 5 s.
    void after(QSctpSocket *socket, QSctpNotification::Type type, std::function<void()> next)
    {
        auto connection = std::make_shared<QMetaObject::Connection>();
        auto timer = new QTimer(this);
        timer->setSingleShot(true);
        *connection = QObject::connect(socket, &QSctpSocket::notificationReceived, this,
                                       [connection, timer, type, next](const QSctpNotification &n) {
                                           if (n.type() != type)
                                               return;
                                           QObject::disconnect(*connection);
                                           timer->deleteLater();
                                           next();
                                       });
        QObject::connect(timer, &QTimer::timeout, this, [this, connection, type, next] {
            QObject::disconnect(*connection);
            err << "no " << QMetaEnum::fromType<QSctpNotification::Type>().valueToKey(type)
                << " within 5 s" << Qt::endl;
            m_failed = true;
            next();
        });
        timer->start(5000);
    }

    void firstAssociation()
    {
        m_first = m_accepted;
        step(QStringLiteral("the client makes 127.0.0.2 its primary path"));
        if (m_client->paths().size() > 1
            && !m_client->setPrimaryPath(QHostAddress(QStringLiteral("127.0.0.2"))))
            err << "setPrimaryPath: " << m_client->errorString() << Qt::endl;
        QTimer::singleShot(100, this, [this] {
            step(QStringLiteral("the client sends a message; once it is acknowledged the "
                                "client's sender is dry"));
            m_client->sendMessage(QByteArrayLiteral("hello"), 0, 0);
            after(m_client.get(), QSctpNotification::SenderDryEvent,
                  [this] { streamReconfiguration(); });
        });
    }

    void streamReconfiguration()
    {
        if (!m_reconfig) {
            step(QStringLiteral("stream reconfiguration needs the kernel engine: skipped"));
            shutdownFirst();
            return;
        }
        QString error;
        step(QStringLiteral("the client resets its outgoing stream 1 (SCTP_RESET_STREAMS)"));
        // struct sctp_reset_streams ends in a flexible array: the stream list follows it.
        const quint16 streams[] = {1};
        QByteArray reset(sizeof(sctp_reset_streams) + sizeof streams, '\0');
        sctp_reset_streams header{};
        header.srs_flags = SCTP_STREAM_RESET_OUTGOING;
        header.srs_number_streams = 1;
        std::memcpy(reset.data(), &header, sizeof header);
        std::memcpy(reset.data() + sizeof header, streams, sizeof streams);
        if (!setRaw(m_client.get(), SCTP_RESET_STREAMS, reset.constData(), socklen_t(reset.size()),
                    &error)) {
            err << "SCTP_RESET_STREAMS: " << error << Qt::endl;
            m_failed = true;
            shutdownFirst();
            return;
        }
        after(m_client.get(), QSctpNotification::StreamResetEvent, [this] {
            QString error;
            step(QStringLiteral("the client adds two outgoing streams (SCTP_ADD_STREAMS)"));
            sctp_add_streams add{};
            add.sas_outstrms = 2;
            if (!setRaw(m_client.get(), SCTP_ADD_STREAMS, &add, sizeof add, &error)) {
                err << "SCTP_ADD_STREAMS: " << error << Qt::endl;
                m_failed = true;
            }
            after(m_client.get(), QSctpNotification::StreamChangeEvent, [this] {
                QString error;
                step(QStringLiteral("the client resets the association's TSNs (SCTP_RESET_ASSOC)"));
                sctp_assoc_t id = 0;
                if (!setRaw(m_client.get(), SCTP_RESET_ASSOC, &id, sizeof id, &error)) {
                    err << "SCTP_RESET_ASSOC: " << error << Qt::endl;
                    m_failed = true;
                }
                after(m_client.get(), QSctpNotification::AssociationResetEvent,
                      [this] { shutdownFirst(); });
            });
        });
    }

    void shutdownFirst()
    {
        step(QStringLiteral("the client closes gracefully: SHUTDOWN"));
        m_client->disconnectFromHost();
        after(m_client.get(), QSctpNotification::AssociationChange, [this] {
            QTimer::singleShot(100, this, [this] {
                connectClient(QStringLiteral("client2"), &m_client2,
                              [this] { secondAssociation(); });
            });
        });
    }

    // Both ends stop reading (a full read queue of one message) and send each other a message
    // larger than the windows: each is left in the middle of a partial delivery with data
    // still to send. Then the client aborts.
    void secondAssociation()
    {
        m_second = m_accepted;
        step(QStringLiteral("a second association: both ends stop reading and send 128 KiB "
                            "each way"));
        for (QSctpSocket *socket : {m_client2.get(), m_second.data()}) {
            socket->setReceiveMode(QSctpSocket::QueueReceiveMode);
            socket->setMaxPendingMessages(1);
        }
        m_client2->sendMessage(QByteArrayLiteral("hold"), 1, 0);
        m_second->sendMessage(QByteArrayLiteral("hold"), 1, 0);
        m_client2->sendMessage(QByteArray(128 * 1024, 'c'), 1, 0);
        m_second->sendMessage(QByteArray(128 * 1024, 's'), 1, 0);
        // Wait until both windows are closed: each end is then stuck in a partial delivery.
        auto poll = new QTimer(this);
        const QDeadlineTimer deadline(5000);
        QObject::connect(poll, &QTimer::timeout, this, [this, poll, deadline] {
            const bool closed = m_client2->associationStatus().receiveWindow() == 0
                    && m_second->associationStatus().receiveWindow() == 0;
            if (!closed && !deadline.hasExpired())
                return;
            poll->deleteLater();
            if (!closed) {
                err << "the receive windows did not close within 5 s" << Qt::endl;
                m_failed = true;
            }
            step(QStringLiteral("both windows are closed; the client aborts"));
            m_client2->abort();
            step(QStringLiteral("the server reads again and learns what happened"));
            while (m_second->hasPendingMessages())
                m_second->readMessage();
            m_second->setMaxPendingMessages(1000);
            after(m_second, QSctpNotification::AssociationChange, [this] {
                QTimer::singleShot(200, this, [this] {
                    step(QStringLiteral("done"));
                    QCoreApplication::exit(m_failed ? 1 : 0);
                });
            });
        });
        poll->start(20);
    }

    QSctpServer m_server;
    QSctpAssociationOptions m_options;
    QSctpAddress m_localAddress;
    std::unique_ptr<QSctpSocket> m_client;
    std::unique_ptr<QSctpSocket> m_client2;
    QPointer<QSctpSocket> m_first;
    QPointer<QSctpSocket> m_second;
    QPointer<QSctpSocket> m_accepted;
    QSctpSocket *m_pendingClient = nullptr;
    QString m_nextServerName;
    std::function<void()> m_whenUp;
    bool m_reconfig = false;
    bool m_failed = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qsctp-eventlog"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Subscribes to every SCTP notification type and prints each notification decoded.\n\n"
            "Without --listen or --connect: a demo in one process that provokes most types\n"
            "(see README.md) and exits 0 when each step saw the notification it waits for."));
    parser.addHelpOption();
    const QCommandLineOption listenOption(
            QStringLiteral("listen"),
            QStringLiteral("Accept associations on ADDRESS (e.g. 127.0.0.1/127.0.0.2:5000) and "
                           "log their notifications."),
            QStringLiteral("address"));
    const QCommandLineOption connectOption(
            QStringLiteral("connect"),
            QStringLiteral("Connect to ADDRESS and log the association's notifications."),
            QStringLiteral("address"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        QStringLiteral("With --connect: local addresses to use."),
                                        QStringLiteral("address"));
    parser.addOptions({listenOption, connectOption, bindOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()
        || (parser.isSet(listenOption) && parser.isSet(connectOption))) {
        err << "qsctp-eventlog: give --listen ADDRESS, --connect ADDRESS or nothing (see --help)"
            << Qt::endl;
        return 2;
    }

    if (parser.isSet(listenOption)) {
        uptime.start();
        QSctpServer server;
        subscribeAll([&server](QSctpNotification::Type t) { return server.subscribe(t); },
                     QStringLiteral("server"));
        if (!server.listen(parser.value(listenOption))) {
            err << "qsctp-eventlog: " << server.errorString() << Qt::endl;
            return 1;
        }
        step(QStringLiteral("listening on %1").arg(server.serverAddress().toString()));
        QObject::connect(&server, &QSctpServer::newConnection, &server, [&server] {
            while (QSctpSocket *socket = server.nextPendingConnection()) {
                const QString peer = socket->peerAddress().toString();
                logTo(peer, socket);
                // Only the notifications are of interest here.
                socket->setReceiveMode(QSctpSocket::SignalReceiveMode);
                QObject::connect(socket, &QSctpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return app.exec();
    }

    if (parser.isSet(connectOption)) {
        uptime.start();
        QSctpSocket socket;
        subscribeAll([&socket](QSctpNotification::Type t) { return socket.subscribe(t); },
                     QStringLiteral("client"));
        socket.setReceiveMode(QSctpSocket::SignalReceiveMode);
        if (parser.isSet(bindOption))
            socket.setLocalBindAddress(QSctpAddress::fromString(parser.value(bindOption)));
        logTo(QStringLiteral("client"), &socket);
        QObject::connect(&socket, &QSctpSocket::disconnected, &app,
                         [] { QCoreApplication::exit(0); });
        QObject::connect(&socket, &QSctpSocket::errorOccurred, &app, [&socket] {
            if (socket.state() == QSctpSocket::UnconnectedState)
                QCoreApplication::exit(1);
        });
        QTimer::singleShot(0, &socket, [&] { socket.connectToHost(parser.value(connectOption)); });
        return app.exec();
    }

    Demo demo;
    QString error;
    if (!demo.start(&error)) {
        err << "qsctp-eventlog: " << error << Qt::endl;
        return 1;
    }
    // A step that hangs must not hang the program.
    QTimer::singleShot(60000, &demo, [] {
        err << "qsctp-eventlog: the demo took longer than 60 s" << Qt::endl;
        QCoreApplication::exit(1);
    });
    return app.exec();
}
