#!/bin/sh
# qemu_check.sh [-u] BUILD_DIR EXPECTED_DIR
#
# Runs every BUILD_DIR/{asm,c,go}/NAME.elf under qemu user mode and compares
# its stdout and exit status with EXPECTED_DIR/KIND/NAME.stdout and
# EXPECTED_DIR/KIND/NAME.status.  With -u, writes those files instead.
#
# A status file holds one line: "exit N" for a normal exit, or
# "signal N NAME" when the process was killed by a signal (qemu reports
# that as exit code 128+N).  stderr is not compared (the Go panic trace
# contains code offsets that change with the toolchain).
#
# Programs listed in EXPECTED_DIR/qemu-skip (lines "KIND/NAME reason") are
# neither run nor updated; their expected files are maintained by hand.
#
# Environment: QEMU_MIPS (default qemu-mips-static), QEMU_MIPS_CPU
# (default 4Kc: MIPS32 release 1 without FPU).
set -u
QEMU=${QEMU_MIPS:-qemu-mips-static}
CPU=${QEMU_MIPS_CPU:-4Kc}
update=0
if [ "${1:-}" = "-u" ]; then
    update=1
    shift
fi
if [ $# -ne 2 ]; then
    echo "usage: $0 [-u] BUILD_DIR EXPECTED_DIR" >&2
    exit 2
fi
build=$1
expected=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
skip=0
for elf in "$build"/asm/*.elf "$build"/c/*.elf "$build"/go/*.elf; do
    [ -f "$elf" ] || continue
    kind=$(basename "$(dirname "$elf")")
    name=$(basename "$elf" .elf)
    if [ -f "$expected/qemu-skip" ] &&
        grep -q "^$kind/$name[[:space:]]" "$expected/qemu-skip"; then
        echo "skip $kind/$name (see $expected/qemu-skip)"
        skip=$((skip + 1))
        continue
    fi
    "$QEMU" -cpu "$CPU" "$elf" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
    rc=$?
    if [ $rc -gt 128 ] && [ $rc -lt 160 ]; then
        sig=$((rc - 128))
        status="signal $sig SIG$(kill -l $sig 2>/dev/null)"
    else
        status="exit $rc"
    fi
    echo "$status" >"$tmp/status"
    exp="$expected/$kind/$name"
    if [ $update = 1 ]; then
        mkdir -p "$expected/$kind"
        cp "$tmp/stdout" "$exp.stdout"
        cp "$tmp/status" "$exp.status"
        echo "wrote $exp.{stdout,status}: $status"
        continue
    fi
    if [ ! -f "$exp.stdout" ] || [ ! -f "$exp.status" ]; then
        echo "FAIL $kind/$name: no expected output in $expected/$kind"
        fail=$((fail + 1))
    elif cmp -s "$tmp/stdout" "$exp.stdout" && cmp -s "$tmp/status" "$exp.status"; then
        echo "ok   $kind/$name ($status)"
        pass=$((pass + 1))
    else
        if cmp -s "$tmp/status" "$exp.status"; then
            echo "FAIL $kind/$name: stdout differs ($status)"
        else
            echo "FAIL $kind/$name: got $status, want $(cat "$exp.status")"
        fi
        diff "$exp.stdout" "$tmp/stdout" | head -20
        fail=$((fail + 1))
    fi
done
[ $update = 1 ] && exit 0
echo "qemu_check: $pass passed, $fail failed, $skip skipped"
[ $fail = 0 ]
