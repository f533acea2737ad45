// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "eventfilterproxy.h"
#include "eventlogmodel.h"
#include "monitoredassociation.h"
#include "monitorsession.h"
#include "rigview.h"
#include "sctpnames.h"

#include <QtSctp/qsctpserver.h>
#include <QtSctp/qsctpsocket.h>

#include <QtCore/QMetaEnum>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

using namespace QtSctp;

namespace {
constexpr int MaxRecent = 10;
} // namespace

RigView::RigView(MonitorSession *session, EventLogModel *log, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_log(log)
{
    // Endpoints.
    auto *endpoints = new QGroupBox(tr("Endpoints"), this);
    m_role = new QComboBox(endpoints);
    m_role->addItem(tr("Client (connect)"));
    m_role->addItem(tr("Server (listen)"));
    m_address = new QComboBox(endpoints);
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->lineEdit()->setPlaceholderText(tr("127.0.0.1/127.0.0.2:3868"));
    m_address->setToolTip(tr("Several addresses separated by slashes, then the port: "
                             "10.0.0.1/10.0.1.1:3868, [fd00::1]/10.0.0.1:38412, :0 for any "
                             "address and a free port."));
    m_bind = new QLineEdit(endpoints);
    m_bind->setPlaceholderText(tr("any local address"));
    m_bind->setToolTip(tr("Clients only: the local addresses to bind before connecting, "
                          "e.g. 127.0.0.1/127.0.0.2:0"));
    m_outStreams = new QSpinBox(endpoints);
    m_outStreams->setRange(1, 65535);
    m_outStreams->setValue(10);
    m_inStreams = new QSpinBox(endpoints);
    m_inStreams->setRange(1, 65535);
    m_inStreams->setValue(10);
    // Zero is "the kernel's default" (net.sctp.* sysctls), shown as such.
    auto timeBox = [endpoints](int maximum, const QString &tip) {
        auto *box = new QSpinBox(endpoints);
        box->setRange(0, maximum);
        box->setSpecialValueText(tr("default"));
        box->setToolTip(tip);
        return box;
    };
    m_initAttempts = timeBox(65535,
                             tr("INIT retransmissions before giving up (SCTP_INITMSG "
                                "sinit_max_attempts)"));
    m_initTimeout = timeBox(65535,
                            tr("Largest INIT retransmission timeout (SCTP_INITMSG "
                               "sinit_max_init_timeo)"));
    m_initTimeout->setSuffix(tr(" ms"));
    m_rtoInitial = timeBox(600000, tr("Initial retransmission timeout (SCTP_RTOINFO)"));
    m_rtoMin = timeBox(600000, tr("Smallest retransmission timeout (SCTP_RTOINFO)"));
    m_rtoMax = timeBox(600000, tr("Largest retransmission timeout (SCTP_RTOINFO)"));
    m_heartbeat = timeBox(3600000, tr("Heartbeat interval of every path (SCTP_PEER_ADDR_PARAMS)"));
    for (QSpinBox *box : {m_rtoInitial, m_rtoMin, m_rtoMax, m_heartbeat})
        box->setSuffix(tr(" ms"));
    m_subscriptions = new QToolButton(endpoints);
    m_subscriptions->setPopupMode(QToolButton::InstantPopup);
    auto *subscriptionMenu = new QMenu(m_subscriptions);
    const QMetaEnum types = QMetaEnum::fromType<QSctpNotification::Type>();
    const QList<QSctpNotification::Type> defaults = MonitorSession::monitorSubscriptions();
    for (int i = 0; i < types.keyCount(); ++i) {
        const auto type = QSctpNotification::Type(types.value(i));
        if (type == QSctpNotification::UnknownType || type == QSctpNotification::SendFailed)
            continue;
        QAction *action = subscriptionMenu->addAction(QString::fromLatin1(types.key(i)));
        action->setCheckable(true);
        action->setChecked(defaults.contains(type));
        action->setData(int(type));
    }
    m_subscriptions->setMenu(subscriptionMenu);
    m_subscriptions->setText(tr("Notifications"));
    auto *create = new QPushButton(tr("&Create"), endpoints);
    m_endpoints = new QListWidget(endpoints);
    m_closeEndpoint = new QPushButton(tr("C&lose"), endpoints);
    auto *abortButton = new QPushButton(tr("&Abort"), endpoints);
    abortButton->setToolTip(tr("End the association at once with an ABORT"));

    auto *streams = new QHBoxLayout;
    streams->addWidget(new QLabel(tr("out"), endpoints));
    streams->addWidget(m_outStreams);
    streams->addWidget(new QLabel(tr("in"), endpoints));
    streams->addWidget(m_inStreams);
    streams->addWidget(m_subscriptions);
    auto *endpointButtons = new QHBoxLayout;
    endpointButtons->addStretch(1);
    endpointButtons->addWidget(m_closeEndpoint);
    endpointButtons->addWidget(abortButton);
    auto *init = new QHBoxLayout;
    init->addWidget(new QLabel(tr("attempts"), endpoints));
    init->addWidget(m_initAttempts);
    init->addWidget(new QLabel(tr("max. timeout"), endpoints));
    init->addWidget(m_initTimeout);
    init->addStretch(1);
    auto *timers = new QHBoxLayout;
    timers->addWidget(new QLabel(tr("RTO initial"), endpoints));
    timers->addWidget(m_rtoInitial);
    timers->addWidget(new QLabel(tr("min."), endpoints));
    timers->addWidget(m_rtoMin);
    timers->addWidget(new QLabel(tr("max."), endpoints));
    timers->addWidget(m_rtoMax);
    timers->addStretch(1);
    auto *heartbeat = new QHBoxLayout;
    heartbeat->addWidget(m_heartbeat);
    heartbeat->addStretch(1);
    auto *endpointForm = new QFormLayout;
    endpointForm->addRow(tr("R&ole:"), m_role);
    endpointForm->addRow(tr("A&ddress:"), m_address);
    endpointForm->addRow(tr("&Bind to:"), m_bind);
    endpointForm->addRow(tr("INIT streams:"), streams);
    endpointForm->addRow(tr("INIT:"), init);
    endpointForm->addRow(tr("Timers:"), timers);
    endpointForm->addRow(tr("Heartbeat:"), heartbeat);
    endpointForm->addRow(QString(), create);
    auto *endpointLayout = new QVBoxLayout(endpoints);
    endpointLayout->addLayout(endpointForm);
    endpointLayout->addWidget(m_endpoints, 1);
    endpointLayout->addLayout(endpointButtons);

    // Sending.
    auto *sending = new QGroupBox(tr("Send"), this);
    m_target = new QComboBox(sending);
    m_stream = new QSpinBox(sending);
    m_stream->setRange(0, 65535);
    m_ppid = new QComboBox(sending);
    m_ppid->setEditable(true);
    m_ppid->setInsertPolicy(QComboBox::NoInsert);
    for (quint32 ppid : {0u, 3u, 18u, 27u, 46u, 47u, 51u, 53u, 60u}) {
        const QString name = SctpNames::ppidName(ppid);
        m_ppid->addItem(name.isEmpty() ? QString::number(ppid)
                                       : QStringLiteral("%1 %2").arg(ppid).arg(name));
    }
    m_unordered = new QCheckBox(tr("&Unordered"), sending);
    m_format = new QComboBox(sending);
    m_format->addItem(tr("Text (UTF-8)"));
    m_format->addItem(tr("Hex"));
    m_payload = new QPlainTextEdit(sending);
    m_payload->setPlaceholderText(tr("Payload"));
    m_payload->setTabChangesFocus(true);
    m_payload->setMaximumHeight(m_payload->fontMetrics().height() * 5);
    auto *sendButton = new QPushButton(tr("&Send once"), sending);
    m_rate = new QSpinBox(sending);
    m_rate->setRange(1, 1000);
    m_rate->setValue(10);
    m_rate->setSuffix(tr(" msg/s"));
    m_repeat = new QPushButton(tr("R&epeat"), sending);
    m_repeat->setCheckable(true);
    m_sendStatus = new QLabel(sending);
    m_sendStatus->setWordWrap(true);

    auto *ppidRow = new QHBoxLayout;
    ppidRow->addWidget(m_ppid, 1);
    ppidRow->addWidget(m_unordered);
    auto *payloadRow = new QHBoxLayout;
    payloadRow->addWidget(m_format);
    payloadRow->addStretch(1);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(sendButton);
    sendRow->addStretch(1);
    sendRow->addWidget(m_rate);
    sendRow->addWidget(m_repeat);
    auto *sendForm = new QFormLayout(sending);
    sendForm->addRow(tr("&To:"), m_target);
    sendForm->addRow(tr("Strea&m:"), m_stream);
    // Rows holding a layout get no buddy from QFormLayout: give the labels theirs.
    auto *ppidLabel = new QLabel(tr("&PPID:"), sending);
    ppidLabel->setBuddy(m_ppid);
    sendForm->addRow(ppidLabel, ppidRow);
    auto *formatLabel = new QLabel(tr("Payload format:"), sending);
    formatLabel->setBuddy(m_format);
    sendForm->addRow(formatLabel, payloadRow);
    sendForm->addRow(m_payload);
    sendForm->addRow(sendRow);
    sendForm->addRow(m_sendStatus);

    // Log.
    auto *logBox = new QGroupBox(tr("Log"), this);
    m_logFilter = new QLineEdit(logBox);
    m_logFilter->setPlaceholderText(tr("Filter the log…"));
    m_logFilter->setClearButtonEnabled(true);
    m_showMessages = new QCheckBox(tr("Show messa&ges"), logBox);
    m_showMessages->setChecked(true);
    auto *copyButton = new QPushButton(tr("Cop&y"), logBox);
    copyButton->setToolTip(tr("Copy the selected rows, or all shown rows, as tab-separated text"));
    auto *clearButton = new QPushButton(tr("Clea&r"), logBox);
    m_logProxy = new EventFilterProxy(this);
    m_logProxy->setSourceModel(log);
    m_logView = new QTableView(logBox);
    m_logView->setModel(m_logProxy);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_logView->setWordWrap(false);
    m_logView->verticalHeader()->hide();
    m_logView->verticalHeader()->setDefaultSectionSize(m_logView->fontMetrics().height() + 6);
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->setColumnWidth(EventLogModel::TimeColumn, 110);
    m_logView->setColumnWidth(EventLogModel::AssociationColumn, 220);
    m_logView->setColumnWidth(EventLogModel::EventColumn, 170);
    auto *copyAction = new QAction(tr("Copy"), m_logView);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_logView->addAction(copyAction);
    m_logView->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *logBar = new QHBoxLayout;
    logBar->addWidget(m_logFilter, 1);
    logBar->addWidget(m_showMessages);
    logBar->addWidget(copyButton);
    logBar->addWidget(clearButton);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->addLayout(logBar);
    logLayout->addWidget(m_logView, 1);

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(endpoints, 1);
    topLayout->addWidget(sending, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(logBox);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Names for tests and accessibility tools.
    const QList<QPair<QObject *, const char *>> names = {{m_role, "role"},
                                                         {m_address, "address"},
                                                         {m_bind, "bind"},
                                                         {m_target, "target"},
                                                         {m_stream, "stream"},
                                                         {m_ppid, "ppid"},
                                                         {m_unordered, "unordered"},
                                                         {m_format, "format"},
                                                         {m_payload, "payload"},
                                                         {m_rate, "rate"},
                                                         {m_repeat, "repeat"},
                                                         {m_sendStatus, "sendStatus"},
                                                         {m_logFilter, "logFilter"},
                                                         {m_showMessages, "showMessages"},
                                                         {m_outStreams, "outStreams"},
                                                         {m_inStreams, "inStreams"},
                                                         {m_initAttempts, "initAttempts"},
                                                         {m_initTimeout, "initTimeout"},
                                                         {m_rtoInitial, "rtoInitial"},
                                                         {m_rtoMin, "rtoMin"},
                                                         {m_rtoMax, "rtoMax"},
                                                         {m_heartbeat, "heartbeatInterval"}};
    for (const auto &[object, name] : names)
        object->setObjectName(QLatin1String(name));

    connect(create, &QPushButton::clicked, this,
            [this] { createEndpoint(m_role->currentIndex() == 1, m_address->currentText()); });
    connect(m_closeEndpoint, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_endpoints->currentItem();
        if (!item)
            return;
        const QString key = item->data(Qt::UserRole).toString();
        const int id = key.mid(2).toInt();
        if (key.startsWith(u's')) {
            m_session->closeServer(id);
        } else if (MonitoredAssociation *association = m_session->association(id)) {
            // A graceful end first; a second Close forgets the association.
            if (association->socket()
                && association->socketState() != QSctpSocket::UnconnectedState)
                association->socket()->disconnectFromHost();
            else
                m_session->removeAssociation(id);
        }
    });
    connect(abortButton, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_endpoints->currentItem();
        if (!item || !item->data(Qt::UserRole).toString().startsWith(u'a'))
            return;
        MonitoredAssociation *association
                = m_session->association(item->data(Qt::UserRole).toString().mid(2).toInt());
        if (association && association->socket())
            association->socket()->abort();
    });
    connect(sendButton, &QPushButton::clicked, this, &RigView::sendOnce);
    connect(m_repeat, &QPushButton::toggled, this, &RigView::setRepeating);
    connect(m_rate, &QSpinBox::valueChanged, this,
            [this](int rate) { m_repeatTimer.setInterval(qMax(1, 1000 / rate)); });
    connect(&m_repeatTimer, &QTimer::timeout, this, [this] {
        if (!sendOnce())
            m_repeat->setChecked(false);
    });
    connect(m_logFilter, &QLineEdit::textChanged, m_logProxy,
            &EventFilterProxy::setFilterFixedString);
    connect(m_showMessages, &QCheckBox::toggled, m_logProxy, &EventFilterProxy::setShowMessages);
    connect(copyButton, &QPushButton::clicked, this, &RigView::copyLog);
    connect(copyAction, &QAction::triggered, this, &RigView::copyLog);
    connect(clearButton, &QPushButton::clicked, log, &EventLogModel::clear);
    // Follow the newest rows unless the user scrolled up to read.
    connect(m_logProxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_logView->verticalScrollBar();
        m_logView->setProperty("follow", bar->value() >= bar->maximum() - 2);
    });
    connect(m_logProxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_logView->property("follow").toBool())
            m_logView->scrollToBottom();
    });

    connect(session, &MonitorSession::associationAdded, this, [this] {
        rebuildTargets();
        rebuildEndpoints();
    });
    connect(session, &MonitorSession::associationRemoved, this, [this] {
        rebuildTargets();
        rebuildEndpoints();
    });
    connect(session, &MonitorSession::serversChanged, this, &RigView::rebuildEndpoints);
    connect(session, &MonitorSession::eventRecorded, this,
            [this](MonitoredAssociation *, const TimelineEvent &event) {
                if (event.kind == QLatin1String("Socket"))
                    rebuildEndpoints();
            });
    m_repeatTimer.setInterval(1000 / m_rate->value());
    rebuildTargets();
    rebuildEndpoints();
}

void RigView::setRecentAddresses(const QStringList &addresses)
{
    m_recent = addresses.mid(0, MaxRecent);
    const QString current = m_address->currentText();
    m_address->clear();
    m_address->addItems(m_recent);
    m_address->setEditText(current.isEmpty() && !m_recent.isEmpty() ? m_recent.first() : current);
}

void RigView::rememberAddress(const QString &address)
{
    QStringList recent = m_recent;
    recent.removeAll(address);
    recent.prepend(address);
    setRecentAddresses(recent);
    m_address->setEditText(address);
    emit recentAddressesChanged(m_recent);
}

bool RigView::createEndpoint(bool server, const QString &address)
{
    const QString text = address.trimmed();
    if (text.isEmpty()) {
        m_sendStatus->setText(tr("Enter an address first."));
        return false;
    }
    MonitorSession::EndpointOptions options = endpointOptions();
    if (m_rtoMin->value() > 0 && m_rtoMax->value() > 0 && m_rtoMin->value() > m_rtoMax->value()) {
        m_sendStatus->setText(tr("The smallest RTO cannot exceed the largest."));
        return false;
    }
    QString error;
    const QString bind = m_bind->text().trimmed();
    if (!server && !bind.isEmpty()) {
        options.localAddress = QSctpAddress::fromString(bind, &error);
        if (!error.isEmpty()) {
            m_sendStatus->setText(tr("Bind address: %1").arg(error));
            return false;
        }
    }
    bool ok = false;
    if (server)
        ok = m_session->createServer(text, options, &error) != nullptr;
    else
        ok = m_session->createClient(text, options, &error) != nullptr;
    if (!ok) {
        m_sendStatus->setText(error);
        return false;
    }
    rememberAddress(text);
    m_sendStatus->setText(server ? tr("Listening on %1.").arg(text)
                                 : tr("Connecting to %1…").arg(text));
    return true;
}

MonitorSession::EndpointOptions RigView::endpointOptions() const
{
    MonitorSession::EndpointOptions options;
    options.initOptions.setOutboundStreams(quint16(m_outStreams->value()));
    options.initOptions.setMaxInboundStreams(quint16(m_inStreams->value()));
    options.initOptions.setMaxAttempts(quint16(m_initAttempts->value()));
    options.initOptions.setMaxInitTimeout(quint16(m_initTimeout->value()));
    QSctpAssociationOptions &timers = options.associationOptions;
    if (m_rtoInitial->value() > 0)
        timers.setRtoInitial(quint32(m_rtoInitial->value()));
    if (m_rtoMin->value() > 0)
        timers.setRtoMin(quint32(m_rtoMin->value()));
    if (m_rtoMax->value() > 0)
        timers.setRtoMax(quint32(m_rtoMax->value()));
    if (m_heartbeat->value() > 0)
        timers.setHeartbeatInterval(quint32(m_heartbeat->value()));
    options.subscriptions.clear();
    for (QAction *action : m_subscriptions->menu()->actions()) {
        if (action->isChecked())
            options.subscriptions.append(QSctpNotification::Type(action->data().toInt()));
    }
    return options;
}

void RigView::rebuildTargets()
{
    const int current = m_target->currentData().toInt();
    m_target->clear();
    for (MonitoredAssociation *association : m_session->associations())
        m_target->addItem(association->name(), association->id());
    const int index = m_target->findData(current);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void RigView::rebuildEndpoints()
{
    const QString current = m_endpoints->currentItem()
            ? m_endpoints->currentItem()->data(Qt::UserRole).toString()
            : QString();
    m_endpoints->clear();
    for (const MonitorSession::Server &server : m_session->servers()) {
        auto *item = new QListWidgetItem(server.name, m_endpoints);
        item->setData(Qt::UserRole, QStringLiteral("s:%1").arg(server.id));
    }
    for (MonitoredAssociation *association : m_session->associations()) {
        auto *item = new QListWidgetItem(
                tr("%1 (%2)").arg(association->name(),
                                  SctpNames::socketStateName(association->socketState())),
                m_endpoints);
        item->setData(Qt::UserRole, QStringLiteral("a:%1").arg(association->id()));
    }
    for (int i = 0; i < m_endpoints->count(); ++i) {
        if (m_endpoints->item(i)->data(Qt::UserRole).toString() == current)
            m_endpoints->setCurrentRow(i);
    }
}

QByteArray RigView::parsePayload(const QString &text, bool hex, bool *ok)
{
    *ok = true;
    if (!hex)
        return text.toUtf8();
    QString input = text.trimmed();
    if (input.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        input.remove(0, 2);
    QString digits;
    for (QChar c : std::as_const(input)) {
        if (c.isSpace() || c == u':')
            continue;
        if (!isxdigit(c.toLatin1())) {
            *ok = false;
            return {};
        }
        digits += c;
    }
    if (digits.size() % 2 != 0) {
        *ok = false;
        return {};
    }
    return QByteArray::fromHex(digits.toLatin1());
}

quint32 RigView::parsePpid(const QString &text, bool *ok)
{
    const QString first = text.trimmed().section(u' ', 0, 0);
    bool parsed = false;
    quint32 value = 0;
    if (first.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        value = first.mid(2).toUInt(&parsed, 16);
    else
        value = first.toUInt(&parsed, 10);
    *ok = parsed;
    return parsed ? value : 0;
}

QSctpMessage RigView::composeMessage(bool *ok, QString *error) const
{
    bool ppidOk = false;
    const quint32 ppid = parsePpid(m_ppid->currentText(), &ppidOk);
    if (!ppidOk) {
        *ok = false;
        *error = tr("The PPID must be a number (0 to 4294967295, or hex with 0x).");
        return {};
    }
    bool payloadOk = false;
    const QByteArray payload
            = parsePayload(m_payload->toPlainText(), m_format->currentIndex() == 1, &payloadOk);
    if (!payloadOk) {
        *ok = false;
        *error = tr("The payload is not an even number of hex digits.");
        return {};
    }
    QSctpMessage message(payload, quint16(m_stream->value()), ppid);
    message.setUnordered(m_unordered->isChecked());
    *ok = true;
    return message;
}

bool RigView::sendOnce()
{
    MonitoredAssociation *association = m_session->association(m_target->currentData().toInt());
    if (!association) {
        m_sendStatus->setText(tr("Choose an association to send on."));
        return false;
    }
    bool ok = false;
    QString error;
    const QSctpMessage message = composeMessage(&ok, &error);
    if (!ok) {
        m_sendStatus->setText(error);
        return false;
    }
    if (!association->send(message)) {
        m_sendStatus->setText(tr("Not sent: %1")
                                      .arg(association->socket()
                                                   ? association->socket()->errorString()
                                                   : tr("the association is gone")));
        return false;
    }
    ++m_sentCount;
    m_sendStatus->setText(
            tr("%n message(s) sent.", nullptr, int(qMin<quint64>(m_sentCount, INT_MAX))));
    return true;
}

void RigView::setRepeating(bool on)
{
    if (m_repeat->isChecked() != on)
        m_repeat->setChecked(on);
    if (on)
        m_repeatTimer.start();
    else
        m_repeatTimer.stop();
}

QString RigView::logText(bool selectedOnly) const
{
    m_log->flush();
    QList<int> rows;
    if (selectedOnly) {
        for (const QModelIndex &index : m_logView->selectionModel()->selectedRows())
            rows.append(m_logProxy->mapToSource(index).row());
        std::sort(rows.begin(), rows.end());
    }
    if (rows.isEmpty()) {
        for (int r = 0; r < m_logProxy->rowCount(); ++r)
            rows.append(m_logProxy->mapToSource(m_logProxy->index(r, 0)).row());
    }
    QStringList lines{EventLogModel::headerText()};
    for (int row : std::as_const(rows))
        lines << m_log->rowText(row);
    return lines.join(u'\n') + u'\n';
}

void RigView::copyLog()
{
    QGuiApplication::clipboard()->setText(logText(true));
}

QByteArray RigView::saveState() const
{
    return m_splitter->saveState();
}

void RigView::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}
