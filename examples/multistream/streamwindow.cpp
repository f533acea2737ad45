// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#include "multistream.h"
#include "streamwindow.h"

#include <QtGui/QFont>
#include <QtGui/QPixmap>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QVBoxLayout>

using QtSctp::QSctpMessage;
using QtSctp::QSctpSocket;

StreamWindow::StreamWindow(QSctpSocket *socket, const QString &nick, QWidget *parent)
    : QMainWindow(parent)
    , m_socket(socket)
    , m_nick(nick)
{
    setWindowTitle(tr("QtSctp multistream client"));

    auto *timeBox = new QGroupBox(tr("Time (stream %1)").arg(Multistream::TimeStream));
    m_time = new QLabel(tr("waiting..."));
    QFont big = m_time->font();
    big.setPointSize(big.pointSize() * 2);
    m_time->setFont(big);
    m_time->setAlignment(Qt::AlignCenter);
    auto *timeLayout = new QVBoxLayout(timeBox);
    timeLayout->addWidget(m_time);

    auto *chatBox = new QGroupBox(tr("Chat (stream %1)").arg(Multistream::ChatStream));
    m_chat = new QListWidget;
    m_input = new QLineEdit;
    m_input->setPlaceholderText(tr("Say something to everyone"));
    auto *send = new QPushButton(tr("Send"));
    auto *inputLayout = new QHBoxLayout;
    inputLayout->addWidget(m_input);
    inputLayout->addWidget(send);
    auto *chatLayout = new QVBoxLayout(chatBox);
    chatLayout->addWidget(m_chat);
    chatLayout->addLayout(inputLayout);
    const auto sendInput = [this] {
        sendChat(m_input->text());
        m_input->clear();
    };
    connect(send, &QPushButton::clicked, this, sendInput);
    connect(m_input, &QLineEdit::returnPressed, this, sendInput);

    auto *imageBox = new QGroupBox(tr("Images (stream %1)").arg(Multistream::ImageStream));
    m_image = new QLabel;
    m_image->setMinimumSize(96, 96);
    m_image->setAlignment(Qt::AlignCenter);
    m_imageInfo = new QLabel(tr("no image yet"));
    m_imageInfo->setAlignment(Qt::AlignCenter);
    auto *imageLayout = new QVBoxLayout(imageBox);
    imageLayout->addWidget(m_image, 1);
    imageLayout->addWidget(m_imageInfo);

    auto *central = new QWidget;
    auto *grid = new QGridLayout(central);
    grid->addWidget(timeBox, 0, 0, 1, 2);
    grid->addWidget(chatBox, 1, 0);
    grid->addWidget(imageBox, 1, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 1);
    setCentralWidget(central);

    m_status = new QLabel;
    statusBar()->addWidget(m_status, 1);
    resize(640, 420);
    updateStatus();

    connect(m_socket, &QSctpSocket::messageReceived, this, &StreamWindow::showMessage);
    connect(m_socket, &QSctpSocket::stateChanged, this, &StreamWindow::updateStatus);
}

int StreamWindow::messageCount(quint16 stream) const
{
    return stream < m_counts.size() ? m_counts[stream] : 0;
}

QString StreamWindow::shownState() const
{
    const QString lastChat
            = m_chat->count() ? m_chat->item(m_chat->count() - 1)->text() : QString();
    const QPixmap pixmap = m_image->pixmap();
    return QStringLiteral("time \"%1\"; chat %2 lines, last \"%3\"; image %4x%5")
            .arg(m_time->text())
            .arg(m_chat->count())
            .arg(lastChat)
            .arg(pixmap.width())
            .arg(pixmap.height());
}

void StreamWindow::sendChat(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const QByteArray line = (m_nick + QStringLiteral(": ") + text.trimmed()).toUtf8();
    if (!m_socket->sendMessage(line, Multistream::ChatStream, Multistream::TextPpid))
        statusBar()->showMessage(m_socket->errorString(), 5000);
}

void StreamWindow::showMessage(const QSctpMessage &message)
{
    QString description;
    switch (message.stream()) {
    case Multistream::TimeStream:
        m_time->setText(QString::fromUtf8(message.payload()));
        description = QStringLiteral("time ") + m_time->text();
        break;
    case Multistream::ChatStream:
        m_chat->addItem(QString::fromUtf8(message.payload()));
        m_chat->scrollToBottom();
        description = QStringLiteral("chat ") + QString::fromUtf8(message.payload());
        break;
    case Multistream::ImageStream: {
        QPixmap pixmap;
        if (!pixmap.loadFromData(message.payload(), "PNG")) {
            description = QStringLiteral("image: not a PNG (%1 bytes)").arg(message.size());
            break;
        }
        m_image->setPixmap(pixmap);
        description = QStringLiteral("image %1x%2, %3 bytes PNG")
                              .arg(pixmap.width())
                              .arg(pixmap.height())
                              .arg(message.size());
        m_imageInfo->setText(description);
        break;
    }
    default:
        ++m_otherStreams;
        description = QStringLiteral("unknown stream, %1 bytes").arg(message.size());
        break;
    }
    if (message.stream() < m_counts.size())
        ++m_counts[message.stream()];
    updateStatus();
    emit messageShown(message.stream(), message.payloadProtocolId(), description);
}

void StreamWindow::updateStatus()
{
    QString state;
    switch (m_socket->state()) {
    case QSctpSocket::UnconnectedState:
        state = tr("not connected");
        break;
    case QSctpSocket::ConnectingState:
        state = tr("connecting");
        break;
    case QSctpSocket::ConnectedState:
        state = tr("connected to %1").arg(m_socket->peerAddress().toString());
        break;
    case QSctpSocket::ClosingState:
        state = tr("closing");
        break;
    }
    m_status->setText(tr("%1 | messages per stream: 0: %2, 1: %3, 2: %4, other: %5")
                              .arg(state)
                              .arg(m_counts[0])
                              .arg(m_counts[1])
                              .arg(m_counts[2])
                              .arg(m_otherStreams));
}
