#!/bin/sh
# check_isa.sh ELF... - fail if an executable section contains instructions
# that the MIPS32 release 1, integer-only VM must never see in a normal
# program:
#   - FPU / coprocessor 1 and 2 ops and loads/stores: opcodes 0x11 (COP1),
#     0x12 (COP2), 0x13 (COP1X), 0x31/0x35 (LWC1/LDC1), 0x32/0x36 (LWC2/LDC2),
#     0x39/0x3d (SWC1/SDC1), 0x3a/0x3e (SWC2/SDC2), SPECIAL funct 0x01 (MOVCI)
#   - privileged COP0 (opcode 0x10)
#   - release 2 additions: SPECIAL3 (opcode 0x1f: ext, ins, seb, seh, wsbh,
#     rdhwr), rotr (srl with rs != 0) and rotrv (srlv with sa != 0)
# Uses ${MIPS_OBJDUMP:-mips-linux-gnu-objdump}.  Prints offending lines.
#
# Functions listed in $CHECK_ISA_ALLOW (space separated symbol names) are
# skipped.  The default allows the Go runtime's runtime.save_g and
# runtime.load_g: they contain "rdhwr $3,$29" (TLS access) but are only
# executed when cgo is in use (save_g tests runtime.iscgo first; load_g is
# only called from cgo paths), never in our CGO_ENABLED=0 builds.
set -e
OBJDUMP=${MIPS_OBJDUMP:-mips-linux-gnu-objdump}
ALLOW=${CHECK_ISA_ALLOW-runtime.save_g runtime.load_g}
status=0
for f in "$@"; do
    if ! "$OBJDUMP" -d "$f" | awk -v file="$f" -v allow=" $ALLOW " '
        function hx(c) { return index("0123456789abcdef", c) - 1 }
        /^[0-9a-f]+ <.*>:$/ {
            fn = $2
            sub(/^</, "", fn)
            sub(/>:$/, "", fn)
            skip = index(allow, " " fn " ") > 0
            next
        }
        skip { next }
        $1 ~ /^[0-9a-f]+:$/ && $2 ~ /^[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]$/ {
            w = $2
            for (i = 0; i < 8; i++) d[i] = hx(substr(w, i + 1, 1))
            op = int((d[0] * 16 + d[1]) / 4)
            funct = (d[6] * 16 + d[7]) % 64
            rs = (d[1] % 4) * 8 + int(d[2] / 2)
            sa = (d[5] % 8) * 4 + int(d[6] / 4)
            bad = ""
            if (op == 17 || op == 18 || op == 19 || op == 49 || op == 50 || \
                op == 53 || op == 54 || op == 57 || op == 58 || op == 61 || op == 62)
                bad = "coprocessor 1/2 (FPU)"
            else if (op == 16)
                bad = "COP0 (privileged)"
            else if (op == 31)
                bad = "SPECIAL3 (release 2)"
            else if (op == 0 && funct == 1)
                bad = "MOVCI (FPU condition)"
            else if (op == 0 && funct == 2 && rs != 0)
                bad = "rotr (release 2)"
            else if (op == 0 && funct == 6 && sa != 0)
                bad = "rotrv (release 2)"
            if (bad != "") {
                printf "%s: %s: %s\n", file, bad, $0
                n++
            }
        }
        END { exit n > 0 }'; then
        status=1
    fi
done
exit $status
