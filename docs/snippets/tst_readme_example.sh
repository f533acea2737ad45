#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause
#
# Runs the README's example against readme_peer and checks what it prints: the answer on
# stream 1 with PPID 46. Needs kernel SCTP (label sctp): run it under scripts/with-sctp.
set -u
peer=${1:?usage: tst_readme_example.sh path/to/readme_peer path/to/readme_example}
example=${2:?usage: tst_readme_example.sh path/to/readme_peer path/to/readme_example}
# The example's two paths are 127.0.0.1 and 127.0.0.2: kernel SCTP, not usrsctp.
export QTSCTP_ENGINE=kernel

log=$(mktemp "${TMPDIR:-/tmp}/tst-readme-example.XXXXXX")
trap 'rm -f "$log"' EXIT
"$peer" >"$log" 2>&1 &
peer_pid=$!
for _ in $(seq 100); do
    grep -q '^listening' "$log" && break
    if ! kill -0 "$peer_pid" 2>/dev/null; then
        wait "$peer_pid"
        status=$?
        cat "$log"
        exit "$status"
    fi
    sleep 0.1
done
cat "$log"

output=$(timeout 30 "$example" 2>&1)
status=$?
echo "$output"
wait "$peer_pid"
peer_status=$?
expected='stream 1 PPID 46 "pong:ping"'
if [ "$status" -ne 0 ] || [ "$peer_status" -ne 0 ] || ! grep -qxF "$expected" <<<"$output"; then
    echo "FAIL: expected the line [$expected] and exit status 0 from both (example $status, peer $peer_status)"
    exit 1
fi
echo "PASS: the README's example got its answer"
