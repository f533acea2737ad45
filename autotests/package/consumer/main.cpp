// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

// A user of the installed package. QtNetwork's own global ::QSctpSocket is in scope too: the
// two must not clash.
#include <QtSctp/QSctpAddress>

#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>
#include <QtNetwork/QSctpSocket>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString error;
    const QtSctp::QSctpAddress address
            = QtSctp::QSctpAddress::fromString(app.arguments().value(1), &error);
    QTextStream out(stdout);
    if (!error.isEmpty()) {
        out << "error: " << error << Qt::endl;
        return 1;
    }
    out << address.toString() << Qt::endl;
    return sizeof(::QSctpSocket) > 0 ? 0 : 1;
}
