# mk/testprograms.mk - guest test programs for the MIPS VM.
#
# Builds the hand-written assembly tests, the freestanding C programs and
# the Go programs under mipsevm/testdata into
#     $(TESTPROG_OUT)/asm/NAME.elf
#     $(TESTPROG_OUT)/c/NAME.elf
#     $(TESTPROG_OUT)/go/NAME.elf
# Meant to be included from the top-level Makefile; also usable directly:
#     make -f mk/testprograms.mk testprograms
# Targets:
#     testprograms          build everything (incremental; a re-run is a no-op)
#     testprograms-check    run everything under qemu and compare stdout and
#                           exit status with mipsevm/testdata/expected/
#     testprograms-expected regenerate mipsevm/testdata/expected/ with qemu
#     testprograms-clean    remove $(TESTPROG_OUT)
# Paths are relative to the repository root (run make from there).

TESTPROG_SRC ?= mipsevm/testdata
TESTPROG_OUT ?= build/testprograms

MIPS_CROSS   ?= mips-linux-gnu-
MIPS_CC      ?= $(MIPS_CROSS)gcc
MIPS_OBJDUMP ?= $(MIPS_CROSS)objdump
QEMU_MIPS    ?= qemu-mips-static
# 4Kc = MIPS32 release 1 without FPU, the closest qemu CPU to the VM.
QEMU_MIPS_CPU ?= 4Kc
GO           ?= go

# Big-endian MIPS32 release 1, static, non-PIC, no libc.
MIPS_ARCHFLAGS ?= -march=mips32 -EB -mno-abicalls -fno-pic
MIPS_ASFLAGS   ?= $(MIPS_ARCHFLAGS) -msoft-float
# No floating point anywhere (-msoft-float; we never call float helpers).
# -fno-tree-loop-distribute-patterns: keep gcc from turning the runtime's
# own memset/memcpy loops into calls to memset/memcpy.
MIPS_CFLAGS    ?= $(MIPS_ARCHFLAGS) -msoft-float -O2 -ffreestanding -fno-builtin \
                  -fno-tree-loop-distribute-patterns -fno-stack-protector \
                  -Wall -Wextra
MIPS_LDFLAGS   ?= $(MIPS_ARCHFLAGS) -msoft-float -nostdlib -static \
                  -Wl,-e,_start -Wl,--build-id=none

GO_MIPS_ENV        ?= GOOS=linux GOARCH=mips GOMIPS=softfloat CGO_ENABLED=0
GO_MIPS_BUILDFLAGS ?= -trimpath -buildvcs=false -ldflags=-buildid=

TESTPROG_CHECK_ISA = MIPS_OBJDUMP=$(MIPS_OBJDUMP) $(TESTPROG_SRC)/check_isa.sh

# ---- sources and outputs
TESTPROG_ASM_NAMES := $(sort $(notdir $(basename $(wildcard $(TESTPROG_SRC)/asm/*.S))))
TESTPROG_ASM_ELFS  := $(TESTPROG_ASM_NAMES:%=$(TESTPROG_OUT)/asm/%.elf)
TESTPROG_ASM_OBJS  := $(TESTPROG_ASM_NAMES:%=$(TESTPROG_OUT)/asm/obj/%.o)

TESTPROG_C_RT      := crt0 rt div64
TESTPROG_C_NAMES   := $(sort $(filter-out $(TESTPROG_C_RT),$(notdir $(basename $(wildcard $(TESTPROG_SRC)/c/*.c)))))
TESTPROG_C_ELFS    := $(TESTPROG_C_NAMES:%=$(TESTPROG_OUT)/c/%.elf)
TESTPROG_C_RT_OBJS := $(TESTPROG_C_RT:%=$(TESTPROG_OUT)/c/obj/%.o)
TESTPROG_C_OBJS    := $(TESTPROG_C_RT_OBJS) $(TESTPROG_C_NAMES:%=$(TESTPROG_OUT)/c/obj/%.o)

TESTPROG_GO_NAMES  := $(sort $(patsubst $(TESTPROG_SRC)/go/%/main.go,%,$(wildcard $(TESTPROG_SRC)/go/*/main.go)))
TESTPROG_GO_ELFS   := $(TESTPROG_GO_NAMES:%=$(TESTPROG_OUT)/go/%.elf)

TESTPROG_ELFS := $(TESTPROG_ASM_ELFS) $(TESTPROG_C_ELFS) $(TESTPROG_GO_ELFS)

.PHONY: testprograms testprograms-asm testprograms-c testprograms-go \
        testprograms-check testprograms-expected testprograms-clean

testprograms: $(TESTPROG_ELFS)
testprograms-asm: $(TESTPROG_ASM_ELFS)
testprograms-c: $(TESTPROG_C_ELFS)
testprograms-go: $(TESTPROG_GO_ELFS)

# ---- assembly: one self-contained .S per program.  Programs named fault_*
# deliberately contain forbidden instructions, so they skip the ISA check.
# Assembling and linking are separate steps so that the executables are
# reproducible (a one-step build names a random temporary object file in
# the symbol table).
$(TESTPROG_OUT)/asm/obj/%.o: $(TESTPROG_SRC)/asm/%.S $(TESTPROG_SRC)/asm/common.inc
	@mkdir -p $(@D)
	$(MIPS_CC) $(MIPS_ASFLAGS) -c -o $@ $<

$(TESTPROG_OUT)/asm/%.elf: $(TESTPROG_OUT)/asm/obj/%.o $(TESTPROG_SRC)/check_isa.sh
	@mkdir -p $(@D)
	$(MIPS_CC) $(MIPS_LDFLAGS) -o $@.tmp $<
	@case "$*" in fault_*) ;; *) $(TESTPROG_CHECK_ISA) $@.tmp ;; esac
	@mv -f $@.tmp $@

# ---- C: crt0 + rt + div64 + the program
$(TESTPROG_OUT)/c/obj/crt0.o: $(TESTPROG_SRC)/c/crt0.S
	@mkdir -p $(@D)
	$(MIPS_CC) $(MIPS_ASFLAGS) -c -o $@ $<

$(TESTPROG_OUT)/c/obj/%.o: $(TESTPROG_SRC)/c/%.c $(TESTPROG_SRC)/c/rt.h
	@mkdir -p $(@D)
	$(MIPS_CC) $(MIPS_CFLAGS) -c -o $@ $<

$(TESTPROG_OUT)/c/%.elf: $(TESTPROG_OUT)/c/obj/%.o $(TESTPROG_C_RT_OBJS) $(TESTPROG_SRC)/check_isa.sh
	@mkdir -p $(@D)
	$(MIPS_CC) $(MIPS_LDFLAGS) -o $@.tmp $(TESTPROG_C_RT_OBJS) $<
	@$(TESTPROG_CHECK_ISA) $@.tmp
	@mv -f $@.tmp $@

.SECONDARY: $(TESTPROG_C_OBJS) $(TESTPROG_ASM_OBJS)

# ---- Go: one package (directory with main.go) per program.  Building a
# package below a testdata directory by explicit path works; "./..."
# patterns skip testdata, so these never affect "go build/test ./...".
define TESTPROG_GO_RULE
$(TESTPROG_OUT)/go/$(1).elf: $(wildcard $(TESTPROG_SRC)/go/$(1)/*.go) go.mod $(TESTPROG_SRC)/check_isa.sh
	@mkdir -p $$(@D)
	$(GO_MIPS_ENV) $(GO) build $(GO_MIPS_BUILDFLAGS) -o $$@.tmp ./$(TESTPROG_SRC)/go/$(1)
	@$(TESTPROG_CHECK_ISA) $$@.tmp
	@mv -f $$@.tmp $$@
endef
$(foreach p,$(TESTPROG_GO_NAMES),$(eval $(call TESTPROG_GO_RULE,$(p))))

# ---- running under qemu
testprograms-check: $(TESTPROG_ELFS)
	QEMU_MIPS=$(QEMU_MIPS) QEMU_MIPS_CPU=$(QEMU_MIPS_CPU) \
	    $(TESTPROG_SRC)/qemu_check.sh $(TESTPROG_OUT) $(TESTPROG_SRC)/expected

testprograms-expected: $(TESTPROG_ELFS)
	QEMU_MIPS=$(QEMU_MIPS) QEMU_MIPS_CPU=$(QEMU_MIPS_CPU) \
	    $(TESTPROG_SRC)/qemu_check.sh -u $(TESTPROG_OUT) $(TESTPROG_SRC)/expected

testprograms-clean:
	rm -rf $(TESTPROG_OUT)
