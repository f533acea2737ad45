#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause
#
# failover-demo.sh [PROGRAM]
#
# Builds two paths between two network namespaces, runs the qsctp-failover server in one and
# its client in the other, takes path 1 down while the traffic goes on, and brings it back:
#
#     qfo_srv                          qfo_cli
#     qfo1s 10.1.1.1/24  <-------->  qfo1c 10.1.1.2/24    path 1
#     qfo2s 10.2.2.1/24  <-------->  qfo2c 10.2.2.2/24    path 2
#
# The client's lines show each path event as it happens (potentially failed, unreachable,
# available) and, once a second, the traffic and the state of both paths; the server's lines
# are indented. PROGRAM defaults to the qsctp-failover beside this script, then to the one on
# PATH.
#
# Needs root, iproute2 and kernel SCTP: run it under scripts/with-sctp, e.g.
#     scripts/with-sctp build/examples/failover/failover-demo.sh
# Everything it creates lives in the two namespaces, deleted at exit.
#
# Exit status: the client's (0 when no request went unanswered); 1 when a step did not happen
# in time; 2 when it cannot run here.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
program=${1:-}
if [ -z "$program" ]; then
    if [ -x "$here/qsctp-failover" ]; then
        program=$here/qsctp-failover
    else
        program=$(command -v qsctp-failover || true)
    fi
fi
if [ -z "$program" ] || [ ! -x "$program" ]; then
    echo "failover-demo.sh: qsctp-failover not found; give its path as the argument" >&2
    exit 2
fi
program=$(realpath "$program")
if [ "$(id -u)" != 0 ]; then
    echo "failover-demo.sh: needs root (network namespaces, veth); run it under scripts/with-sctp" >&2
    exit 2
fi
if ! command -v ip >/dev/null; then
    echo "failover-demo.sh: needs ip (iproute2)" >&2
    exit 2
fi

srv=qfo_srv
cli=qfo_cli
work=$(mktemp -d "${TMPDIR:-/tmp}/failover-demo.XXXXXX")
server_pid=
client_pid=
relay_pid=

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    for pid in $client_pid $server_pid $relay_pid; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    ip netns del "$srv" 2>/dev/null || true
    ip netns del "$cli" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# expect FD PATTERN SECONDS [PREFIX]: passes the lines read from FD on to stdout until one
# matches the glob PATTERN; fails when none does within SECONDS.
expect() {
    local fd=$1 pattern=$2 deadline=$((SECONDS + $3)) prefix=${4:-} line
    while [ $SECONDS -lt $deadline ]; do
        if ! IFS= read -r -t $((deadline - SECONDS)) -u "$fd" line; then
            break
        fi
        printf '%s%s\n' "$prefix" "$line"
        # shellcheck disable=SC2254 # PATTERN is a glob on purpose
        case "$line" in
            *$pattern*) return 0 ;;
        esac
    done
    echo "failover-demo.sh: no \"$pattern\" within $3 s" >&2
    return 1
}

echo "== two namespaces, two veth pairs: path 1 10.1.1.0/24, path 2 10.2.2.0/24"
ip netns del "$srv" 2>/dev/null || true
ip netns del "$cli" 2>/dev/null || true
ip netns add $srv
ip netns add $cli
for path in 1 2; do
    ip link add qfo${path}s netns $srv type veth peer name qfo${path}c netns $cli
    ip -n $srv addr add 10.$path.$path.1/24 dev qfo${path}s
    ip -n $cli addr add 10.$path.$path.2/24 dev qfo${path}c
    ip -n $srv link set qfo${path}s up
    ip -n $cli link set qfo${path}c up
done
for ns in $srv $cli; do
    ip -n "$ns" link set lo up
    # Report the potentially-failed state too (Linux hides it unless pf_expose is 2).
    ip netns exec "$ns" sh -c 'echo 1 >/proc/sys/net/sctp/pf_enable && echo 2 >/proc/sys/net/sctp/pf_expose'
done

mkfifo "$work/server" "$work/client"
ip netns exec $srv "$program" server 10.1.1.1/10.2.2.1:5000 >"$work/server" 2>&1 &
server_pid=$!
exec 4<"$work/server"
expect 4 "listening" 10 "    "
# From now on the server's lines go straight through, indented.
sed -u 's/^/    /' <&4 &
relay_pid=$!

ip netns exec $cli "$program" client --bind 10.1.1.2/10.2.2.2:0 10.1.1.1/10.2.2.1:5000 \
    >"$work/client" 2>&1 &
client_pid=$!
exec 3<"$work/client"
expect 3 "connected to" 10
expect 3 "10.1.1.1 Active*10.2.2.1 Active" 10

echo "== path 1 goes down (ip link set qfo1c down in $cli)"
ip -n $cli link set qfo1c down
expect 3 "path 10.1.1.1 unreachable" 20
expect 3 "client: sent" 5

echo "== path 1 comes back (ip link set qfo1c up)"
ip -n $cli link set qfo1c up
expect 3 "path 10.1.1.1 available" 20
expect 3 "client: sent" 5

echo "== stopping the client (SIGTERM)"
kill -TERM $client_pid
expect 3 "summary" 10
status=0
wait $client_pid || status=$?
client_pid=
exit $status
