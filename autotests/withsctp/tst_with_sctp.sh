#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause
#
# Tests of scripts/with-sctp itself. QTSCTP_FORCE_UML=1 makes them exercise the User-Mode Linux
# path even on a host whose kernel has SCTP (when UML is installed there).
set -u
with_sctp=$(realpath "${1:?usage: tst_with_sctp.sh path/to/with-sctp}")
export QTSCTP_FORCE_UML=${QTSCTP_FORCE_UML:-1}
work=$(mktemp -d "${TMPDIR:-/tmp}/tst-with-sctp.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Job directories go to $TMPDIR: a private one lets the clean-up checks see only our runs.
mkdir -p "$work/tmp"
export TMPDIR="$work/tmp"

passed=0
failed=0
check() { # check NAME EXPECTED ACTUAL
    if [ "$2" == "$3" ]; then
        echo "PASS   : $1"
        passed=$((passed + 1))
    else
        echo "FAIL!  : $1: expected [$2], got [$3]"
        failed=$((failed + 1))
    fi
}


"$with_sctp" true
check "exit status 0" 0 $?

"$with_sctp" sh -c 'exit 42'
check "exit status 42" 42 $?

"$with_sctp" sh -c 'kill -SEGV $$'
check "a crash gives 128+SIGSEGV" 139 $?

"$with_sctp" /nonexistent/command 2>"$work/notfound.err"
check "command not found gives 127" 127 $?
grep -q 'nonexistent/command' "$work/notfound.err"
check "command not found is named on stderr" 0 $?

out=$("$with_sctp" sh -c 'printf "[%s]" "$@"' argv0 'a b' '' '*' '$HOME' "it's" '"q"' $'tab\there' $'new\nline' 'ü')
check "arguments arrive unchanged" "[a b][][*][\$HOME][it's][\"q\"][tab	here][new
line][ü]" "$out"

mkdir -p "$work/a dir with spaces"
out=$(cd "$work/a dir with spaces" && "$with_sctp" pwd)
check "cwd with spaces" "$work/a dir with spaces" "$out"

out=$(TST_WITH_SCTP_VAR=$'value with spaces\nand a newline' "$with_sctp" sh -c 'printf %s "$TST_WITH_SCTP_VAR"')
check "environment passes through" $'value with spaces\nand a newline' "$out"

out=$("$with_sctp" sh -c 'printf %s "$QTSCTP_WITH_SCTP"')
check "QTSCTP_WITH_SCTP is set inside" uml "$out"

out=$(echo "should not be read" | "$with_sctp" sh -c 'cat; echo end')
check "no stdin" end "$out"

out=$("$with_sctp" perl -MSocket -e 'socket(my $s, AF_INET, SOCK_STREAM, 132) or die "no sctp: $!\n"; print "sctp\n"')
check "an SCTP socket opens inside" sctp "$out"

head -c 2097152 /dev/urandom >"$work/blob"
"$with_sctp" sh -c 'cat "$1"; cat "$1" >&2' sh "$work/blob" >"$work/blob.out" 2>"$work/blob.err"
check "2 MiB on stdout and stderr: status" 0 $?
cmp -s "$work/blob" "$work/blob.out"
check "2 MiB on stdout intact" 0 $?
cmp -s "$work/blob" "$work/blob.err"
check "2 MiB on stderr intact" 0 $?

start=$SECONDS
QTSCTP_TIMEOUT=2 "$with_sctp" sleep 600
check "a hang becomes the timeout status" 124 $?
check "the timeout comes on time" 1 $((SECONDS - start < 30))

"$with_sctp" sh -c 'sleep 1; echo one' >"$work/one" &
p1=$!
"$with_sctp" sh -c 'sleep 1; echo two; exit 3' >"$work/two" &
p2=$!
# The clean-up check below looks for this pattern: make sure it does find running kernels.
seen=0
for _ in $(seq 100); do
    [ "$(pgrep -fc "QTSCTP_JOB=$TMPDIR/")" -gt 0 ] && seen=1 && break
    sleep 0.05
done
check "running test kernels are visible to the clean-up check" 1 "$seen"
wait $p1
s1=$?
wait $p2
s2=$?
check "two runs at once: first" "0 one" "$s1 $(cat "$work/one")"
check "two runs at once: second" "3 two" "$s2 $(cat "$work/two")"

check "job directories are cleaned up" "" "$(ls -A "$TMPDIR")"
check "no test kernel left running" 0 "$(pgrep -fc "QTSCTP_JOB=$TMPDIR/")"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
