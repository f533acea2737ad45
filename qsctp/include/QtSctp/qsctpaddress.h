// SPDX-License-Identifier: BSD-3-Clause
// Copyright (C) 2026 The QtSctp authors

#ifndef QTSCTP_QSCTPADDRESS_H
#define QTSCTP_QSCTPADDRESS_H

#include <QtSctp/qtsctpglobal.h>

#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qobjectdefs.h>
#include <QtCore/qstring.h>
#include <QtNetwork/qhostaddress.h>

#include <functional>
#include <optional>
#include <sys/socket.h>
#include <utility>

QT_BEGIN_NAMESPACE
    class QDebug;
    class QObject;
QT_END_NAMESPACE

QTSCTP_BEGIN_NAMESPACE

/// A multi-homed SCTP endpoint: a list of IP addresses and one port.
///
/// SCTP binds and connects to several addresses at once (sctp_bindx(), sctp_connectx()), and
/// QSctpAddress holds such a list with the port they share. IPv6 zones are kept in
/// QHostAddress::scopeId().
///
/// **Text form** (go-sctp's): `host1/host2/...:port`. IPv4 literals in strict dotted-quad form;
/// IPv6 literals in square brackets with an optional zone, by interface number or name
/// (`[::1]`, `[fe80::1%1]`); the port a number from 0 to 65535 or a service name (looked up
/// for sctp, then tcp); an empty port (`127.0.0.1:`) means 0; an empty host list (`:8000`) is
/// the wildcard; the empty string gives the null address. Examples:
/// `127.0.0.1/127.0.0.2:3868`, `[::1]/127.0.0.1:0`, `:8000`, `127.0.0.1:http`. Parse errors
/// name the offending part of the text and its 0-based position.
///
/// **Networks**: under #Sctp4 the socket is AF_INET and IPv6 addresses are errors (IPv4-mapped
/// ones count as IPv4); under #Sctp6 it is AF_INET6 and IPv4 addresses are errors; under
/// #Sctp it is AF_INET6 when any entry is IPv6 or the address is a wildcard, else AF_INET.
/// In an AF_INET6 socket IPv4 entries become IPv4-mapped and `0.0.0.0` becomes `::`.
///
/// A value type: cheap to copy, comparable, hashable, and usable in QVariant.
class QTSCTP_EXPORT QSctpAddress
{
    Q_GADGET
    Q_PROPERTY(QList<QHostAddress> addresses READ addresses WRITE setAddresses)
    Q_PROPERTY(quint16 port READ port WRITE setPort)
    Q_PROPERTY(bool null READ isNull)
    Q_PROPERTY(bool wildcard READ isWildcard)
    Q_PROPERTY(QString text READ toString)

public:
    /// The network family rules, named as in go-sctp and Go's net package.
    enum Network {
        Sctp, ///< IPv4 and IPv6 ("sctp")
        Sctp4, ///< IPv4 only ("sctp4")
        Sctp6, ///< IPv6 only ("sctp6")
    };
    Q_ENUM(Network)

    /// Constructs the null address: no addresses, port 0 (for binding: the wildcard, any port).
    QSctpAddress() noexcept = default;
    /// Constructs an address for \a addresses and \a port. Null QHostAddress entries are dropped;
    /// QHostAddress::Any becomes `::` (which under #Sctp means a dual-stack wildcard).
    QSctpAddress(const QList<QHostAddress> &addresses, quint16 port);
    /// Constructs an address with the single \a address and \a port.
    QSctpAddress(const QHostAddress &address, quint16 port);

    /// Swaps this address with \a other; never fails.
    void swap(QSctpAddress &other) noexcept
    {
        m_addresses.swap(other.m_addresses);
        std::swap(m_port, other.m_port);
    }

    ///@{
    /// The IP addresses, in order; empty for the wildcard. The setter drops null entries and turns
    /// QHostAddress::Any into `::`.
    QList<QHostAddress> addresses() const { return m_addresses; }
    void setAddresses(const QList<QHostAddress> &addresses);
    ///@}
    ///@{
    /// The port, 0 to let the system choose when binding.
    quint16 port() const noexcept { return m_port; }
    void setPort(quint16 port) noexcept { m_port = port; }
    ///@}

    /// True when there are no addresses and the port is 0, as after a failed parse (test the error
    /// string to tell a failure from a successful parse of `""` or `":0"`).
    bool isNull() const noexcept { return m_addresses.isEmpty() && m_port == 0; }
    /// True when the address list is empty or every entry is unspecified (`0.0.0.0`, `::` or
    /// IPv4-mapped `0.0.0.0`).
    bool isWildcard() const noexcept;

    /// The text form, which fromString() parses back to an equal address: IPv6 in brackets with
    /// its zone, entries joined by '/', then ':' and the port as a number (`:port` for an empty
    /// list).
    QString toString() const;
    /// Parses \a text (literal addresses only, no host name lookup; pure). On success
    /// \a errorString, if given, is cleared; on failure it names what is wrong and where, and a
    /// null address is returned.
    static QSctpAddress fromString(QStringView text, QString *errorString = nullptr);

    /// Like fromString(), but host names are also accepted and looked up with
    /// QHostInfo::fromName(), blocking. One address per name, as go-sctp: the first IPv4 address
    /// under #Sctp4 and #Sctp (else the first address), the first IPv6 address under #Sctp6. The
    /// result is normalized() for \a network. On failure a null address is returned and
    /// \a errorString says why.
    static QSctpAddress resolve(QStringView text, Network network = Sctp,
                                QString *errorString = nullptr);
    /// Receives the result of resolveAsync(): the address, and an error string that is empty on
    /// success.
    using ResolveCallback
            = std::function<void(const QtSctp::QSctpAddress &address, const QString &errorString)>;
    /// Resolves \a text like resolve() without blocking (QHostInfo::lookupHost()). \a callback
    /// is called exactly once, always asynchronously (even for literals and parse errors), in the
    /// thread of \a context; not at all when \a context is destroyed first.
    static void resolveAsync(QStringView text, Network network, const QObject *context,
                             ResolveCallback callback);

    /// This address under the rules of \a network: IPv4-mapped entries become plain IPv4 under
    /// #Sctp and #Sctp4; an IPv6 entry under #Sctp4, or an IPv4 or IPv4-mapped one under #Sctp6, is
    /// an error, reported in \a errorString with a null address returned.
    QSctpAddress normalized(Network network, QString *errorString = nullptr) const;
    /// The socket family, AF_INET or AF_INET6, for this address on \a network (see the class
    /// description). Does not check what normalized() checks.
    int addressFamily(Network network = Sctp) const noexcept;

    /// The network named \a name (`"sctp"`, `"sctp4"`, `"sctp6"`), or std::nullopt.
    static std::optional<Network> networkFromString(QStringView name) noexcept;
    /// The name of \a network: `"sctp"`, `"sctp4"` or `"sctp6"`.
    static QString networkName(Network network);

    /// The packed array of sockaddr_in or sockaddr_in6 that sctp_bindx() and sctp_connectx()
    /// take, all of family addressFamily(\a network), ports in network byte order; \a count
    /// receives the number of entries. An empty list gives one wildcard entry; zones become
    /// sin6_scope_id. Errors of normalized() give an empty array, \a count 0 and \a errorString.
    QByteArray toSockaddrs(Network network = Sctp, int *count = nullptr,
                           QString *errorString = nullptr) const;
    /// Reads \a count packed sockaddr_in/sockaddr_in6 entries from the \a size bytes at \a data,
    /// as sctp_getladdrs() and sctp_getpaddrs() return them (unaligned data is fine). Every entry
    /// is checked: an unknown family or an entry past \a size is an error in \a errorString with a
    /// null address returned, never a read out of bounds. The port comes from the first entry;
    /// IPv4-mapped entries come back as IPv4; a scope id becomes a zone.
    static QSctpAddress fromSockaddrs(const void *data, qsizetype size, int count,
                                      QString *errorString = nullptr);
    /// Reads one sockaddr_in or sockaddr_in6 of \a length bytes at \a address, as fromSockaddrs().
    static QSctpAddress fromSockaddr(const sockaddr *address, socklen_t length,
                                     QString *errorString = nullptr);

    ///@{
    /// Equal when the ports and the address lists (in order, zones included) are equal.
    friend bool operator==(const QSctpAddress &lhs, const QSctpAddress &rhs) noexcept
    {
        return equals(lhs, rhs);
    }
    friend bool operator!=(const QSctpAddress &lhs, const QSctpAddress &rhs) noexcept
    {
        return !equals(lhs, rhs);
    }
    ///@}

private:
    static bool equals(const QSctpAddress &lhs, const QSctpAddress &rhs) noexcept;

    QList<QHostAddress> m_addresses;
    quint16 m_port = 0;
};

/// Swaps \a lhs and \a rhs.
inline void swap(QSctpAddress &lhs, QSctpAddress &rhs) noexcept
{
    lhs.swap(rhs);
}

/// The hash of \a address with \a seed, for QHash and QSet.
QTSCTP_EXPORT size_t qHash(const QSctpAddress &address, size_t seed = 0) noexcept;
#ifndef QT_NO_DEBUG_STREAM
/// Writes a readable form of a QSctpAddress to \a debug, for logs.
QTSCTP_EXPORT QDebug operator<<(QDebug debug, const QSctpAddress &address);
#endif

QTSCTP_END_NAMESPACE

Q_DECLARE_TYPEINFO(QtSctp::QSctpAddress, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(QtSctp::QSctpAddress)

#endif // QTSCTP_QSCTPADDRESS_H
