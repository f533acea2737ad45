#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause
# tst_installed_package.sh BUILD_DIR CONSUMER_SOURCE SCRATCH CMAKE CXX
set -eu
build=$1 consumer=$2 scratch=$3 cmake=$4 cxx=$5
rm -rf "$scratch"
mkdir -p "$scratch"
"$cmake" --install "$build" --prefix "$scratch/prefix" >"$scratch/install.log"
# Nothing but the package may be found: no path into the source or build tree.
"$cmake" -S "$consumer" -B "$scratch/build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_PREFIX_PATH="$scratch/prefix" >"$scratch/configure.log"
"$cmake" --build "$scratch/build" >"$scratch/build.log"
out=$(LD_LIBRARY_PATH="$scratch/prefix/lib:$scratch/prefix/lib/x86_64-linux-gnu" \
    "$scratch/build/consumer" '127.0.0.1/[::1]:3868')
expected='127.0.0.1/[::1]:3868'
if [ "$out" != "$expected" ]; then
    echo "FAIL: consumer printed [$out], expected [$expected]"
    exit 1
fi
# The library really came from the scratch prefix.
grep -q "$scratch/prefix" "$scratch/build/CMakeCache.txt"
echo "PASS: consumer built against $scratch/prefix and printed $out"
