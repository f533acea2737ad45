// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// qsctp-resolve [sctp|sctp4|sctp6] ADDRESS...
// Parses and resolves multi-homed SCTP addresses the way QSctpSocket will use them.
#include <QtSctp/QSctpAddress>

#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

using QtSctp::QSctpAddress;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QSctpAddress::Network network = QSctpAddress::Sctp;
    if (!args.isEmpty()) {
        if (const auto n = QSctpAddress::networkFromString(args.first())) {
            network = *n;
            args.removeFirst();
        }
    }
    if (args.isEmpty()) {
        err << "usage: qsctp-resolve [sctp|sctp4|sctp6] ADDRESS..." << Qt::endl
            << "  e.g. qsctp-resolve sctp4 127.0.0.1/127.0.0.2:3868 localhost:http" << Qt::endl;
        return 2;
    }

    int failures = 0;
    for (const QString &text : std::as_const(args)) {
        QString error;
        const QSctpAddress address = QSctpAddress::resolve(text, network, &error);
        if (!error.isEmpty()) {
            err << text << ": " << error << Qt::endl;
            ++failures;
            continue;
        }
        out << text << " -> " << address.toString() << Qt::endl;
    }
    return failures ? 1 : 0;
}
