#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause
#
# tst_installed_package.sh BUILD_DIR CONSUMER_SOURCE SCRATCH CMAKE CXX HEADER_SOURCE EXAMPLES
#                          PKG_CONFIG VERSION
#
# Installs BUILD_DIR into SCRATCH/prefix and uses the package as its users do:
#   1. the public headers: all installed, each with its CamelCase forwarder, no private ones;
#   2. a consumer built with find_package(QtSctp), and a version the package must refuse;
#   3. every example under EXAMPLES built as a project of its own, with -Werror;
#   4. a consumer built with pkg-config only, with every public header in one translation unit.
# Nothing but the package may be found: no path into the source or build tree.
set -eu
build=$1 consumer=$2 scratch=$3 cmake=$4 cxx=$5 header_source=$6 examples=$7 pkg_config=$8
version=$9

fail() {
    echo "FAIL: $*"
    exit 1
}
# show LOG: the end of a log, for a failure message.
show() {
    echo "--- $1:"
    tail -n 40 "$1"
}

rm -rf "$scratch"
mkdir -p "$scratch"
prefix=$scratch/prefix
"$cmake" --install "$build" --prefix "$prefix" >"$scratch/install.log"
library_path=$(dirname "$(find "$prefix" -name 'libQtSctp.so' | head -n 1)")
[ -n "$library_path" ] || fail "no libQtSctp.so installed under $prefix"
export LD_LIBRARY_PATH="$library_path"

# --- 1. the headers ------------------------------------------------------------------------
include=$prefix/include/QtSctp
[ -d "$include" ] || fail "no $include"
diff -r "$header_source" "$include" >"$scratch/headers.diff" \
    || { cat "$scratch/headers.diff"; fail "the installed headers differ from $header_source"; }
ls "$include"/*_p.h >/dev/null 2>&1 && fail "private headers installed: $(ls "$include"/*_p.h)"
forwarders=()
for file in "$include"/*; do
    case "$file" in
        *.h) ;;
        *) forwarders+=("$file") ;;
    esac
done
[ ${#forwarders[@]} -gt 0 ] || fail "no CamelCase forwarding headers installed"
# Each forwarder includes one public header that exists.
for forwarder in "${forwarders[@]}"; do
    target=$(sed -n 's/^#include "\(.*\)"$/\1/p' "$forwarder")
    [ -n "$target" ] && [ -f "$include/$target" ] \
        || fail "$(basename "$forwarder") does not include an installed header"
done
# Each public header has a forwarder, and each exported class one named after it.
for header in "$include"/*.h; do
    name=$(basename "$header")
    grep -lqF "#include \"$name\"" "${forwarders[@]}" || fail "$name has no CamelCase forwarder"
    for class in $(sed -n 's/^class QTSCTP_EXPORT \([A-Za-z0-9_]*\).*/\1/p' "$header"); do
        [ -f "$include/$class" ] && grep -qF "#include \"$name\"" "$include/$class" \
            || fail "class $class ($name) has no forwarder <QtSctp/$class>"
    done
done
echo "PASS: ${#forwarders[@]} forwarders for $(ls "$include"/*.h | wc -l) installed headers"

# --- 2. find_package -----------------------------------------------------------------------
common=(-G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_PREFIX_PATH="$prefix"
        -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON)
"$cmake" -S "$consumer" -B "$scratch/build" "${common[@]}" >"$scratch/configure.log"
"$cmake" --build "$scratch/build" >"$scratch/build.log"
out=$("$scratch/build/consumer" '127.0.0.1/[::1]:3868')
expected='127.0.0.1/[::1]:3868'
[ "$out" = "$expected" ] || fail "consumer printed [$out], expected [$expected]"
# The library really came from the scratch prefix.
grep -q "^QtSctp_DIR:PATH=$prefix/" "$scratch/build/CMakeCache.txt" \
    || fail "find_package(QtSctp) did not find the package in $prefix"
echo "PASS: consumer built against $prefix with find_package and printed $out"

# SameMajorVersion: a 1.0 must be refused while the package is 0.x.
if "$cmake" -S "$consumer" -B "$scratch/build-version" "${common[@]}" \
    -DQTSCTP_WANTED_VERSION=1.0 >"$scratch/configure-version.log" 2>&1; then
    fail "find_package(QtSctp 1.0) accepted version $version"
fi
grep -q "$version" "$scratch/configure-version.log" \
    || { show "$scratch/configure-version.log"; fail "the refusal does not name version $version"; }
echo "PASS: find_package(QtSctp 1.0) refused version $version"

# --- 3. the examples -----------------------------------------------------------------------
count=0
mkdir -p "$scratch/examples"
for dir in "$examples"/*/; do
    [ -f "$dir/CMakeLists.txt" ] || continue
    name=$(basename "$dir")
    tree=$scratch/examples/$name
    "$cmake" -S "$dir" -B "$tree" "${common[@]}" -DCMAKE_CXX_FLAGS=-Werror \
        >"$tree.configure.log" 2>&1 \
        || { show "$tree.configure.log"; fail "example $name does not configure"; }
    "$cmake" --build "$tree" >"$tree.build.log" 2>&1 \
        || { show "$tree.build.log"; fail "example $name does not build (warnings are errors)"; }
    grep -q "^QtSctp_DIR:PATH=$prefix/" "$tree/CMakeCache.txt" \
        || fail "example $name did not use the package in $prefix"
    if grep -q "qsctp/include" "$tree/build.ninja"; then
        fail "example $name reaches into the source tree's headers"
    fi
    programs=$(find "$tree" -maxdepth 1 -type f -perm -u+x -name 'qsctp-*' | wc -l)
    [ "$programs" -gt 0 ] || fail "example $name built no qsctp-* program"
    count=$((count + 1))
done
[ "$count" -ge 6 ] || fail "only $count examples found under $examples"
echo "PASS: $count examples built against $prefix"

# --- 4. pkg-config -------------------------------------------------------------------------
pc=$(find "$prefix" -name QtSctp.pc | head -n 1)
[ -n "$pc" ] || fail "no QtSctp.pc installed"
export PKG_CONFIG_PATH
PKG_CONFIG_PATH=$(dirname "$pc")
pc_version=$("$pkg_config" --modversion QtSctp)
[ "$pc_version" = "$version" ] || fail "QtSctp.pc says version $pc_version, not $version"
read -r -a cflags <<<"$("$pkg_config" --cflags QtSctp)"
read -r -a libs <<<"$("$pkg_config" --libs QtSctp)"
found=0
for flag in "${cflags[@]}"; do
    case "$flag" in
        -I*) [ "$(realpath -m "${flag#-I}")" = "$(realpath "$prefix/include")" ] && found=1 ;;
    esac
done
[ $found = 1 ] || fail "pkg-config --cflags QtSctp has no -I for $prefix/include: ${cflags[*]}"
# Every forwarder, and QtNetwork's own ::QSctpSocket and ::QSctpServer beside them.
{
    for forwarder in "${forwarders[@]}"; do
        echo "#include <QtSctp/$(basename "$forwarder")>"
    done
    echo '#include <QtNetwork/QSctpServer>'
    echo '#include <QtNetwork/QSctpSocket>'
    echo 'static_assert(sizeof(QtSctp::QSctpSocket) != sizeof(char), "");'
} >"$scratch/allheaders.cpp"
"$cxx" -std=c++17 -Wall -Wextra -Werror -o "$scratch/pc-consumer" "$consumer/main.cpp" \
    "$scratch/allheaders.cpp" "${cflags[@]}" "${libs[@]}" >"$scratch/pc-build.log" 2>&1 \
    || { show "$scratch/pc-build.log"; fail "the pkg-config consumer does not build"; }
out=$("$scratch/pc-consumer" '[::1]/127.0.0.1:3868')
expected='[::1]/127.0.0.1:3868'
[ "$out" = "$expected" ] || fail "pkg-config consumer printed [$out], expected [$expected]"
echo "PASS: consumer built with pkg-config (${cflags[*]} ${libs[*]}) and printed $out"
