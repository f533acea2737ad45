// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QSCTP_EXAMPLE_STREAMWINDOW_H
#define QSCTP_EXAMPLE_STREAMWINDOW_H

#include <QtSctp/QSctpMessage>
#include <QtSctp/QSctpSocket>

#include <QtWidgets/QMainWindow>

#include <array>

QT_BEGIN_NAMESPACE
    class QLabel;
    class QLineEdit;
    class QListWidget;
QT_END_NAMESPACE

// Shows what arrives on each stream of one association in a pane of its own: the stream id of
// each message picks the pane.
class StreamWindow : public QMainWindow
{
    Q_OBJECT

public:
    StreamWindow(QtSctp::QSctpSocket *socket, const QString &nick, QWidget *parent = nullptr);

    // Messages shown so far on a stream.
    int messageCount(quint16 stream) const;
    // What the panes show now, in one line (for --print and the tests).
    QString shownState() const;

    void sendChat(const QString &text);

Q_SIGNALS:
    // A message was shown: its stream, its PPID and what the pane made of it.
    void messageShown(quint16 stream, quint32 ppid, const QString &description);

private:
    void showMessage(const QtSctp::QSctpMessage &message);
    void updateStatus();

    QtSctp::QSctpSocket *m_socket;
    QString m_nick;
    QLabel *m_time;
    QListWidget *m_chat;
    QLineEdit *m_input;
    QLabel *m_image;
    QLabel *m_imageInfo;
    QLabel *m_status;
    std::array<int, 3> m_counts{};
    int m_otherStreams = 0;
};

#endif // QSCTP_EXAMPLE_STREAMWINDOW_H
