# mk/blockprog.mk - the rollup's Geth-side fault-proof program
# (rollup/cmd/blockprog: re-executes one L2 block with go-ethereum, see
# docs/rollup.md) and its absolute prestate.
#
# Targets:
#     blockprog                  build $(BLOCKPROG_ELF) for GOOS=linux
#                                GOARCH=mips GOMIPS=softfloat, reproducibly,
#                                like the claim program (mk/inference.mk)
#     blockprog-prestate         write its absolute prestate to
#                                $(BLOCKPROG_PRESTATE) (also run by
#                                `make prestate`); commit that file with any
#                                change to the program, go-ethereum or the VM
#     blockprog-prestate-check   fail unless the built program's prestate
#                                is the committed one (also run by
#                                `make prestate-check`)
#     test-blockprog             the heavier VM runs of the program (every
#                                kind of block, both engines)
# Meant to be included after mk/testprograms.mk and mk/inference.mk.

BLOCKPROG_OUT      ?= build/blockprog
BLOCKPROG_ELF      := $(BLOCKPROG_OUT)/blockprog.elf
BLOCKPROG_PRESTATE := rollup/cmd/blockprog/prestate.txt
BLOCKPROG_SRCS     := go.mod go.sum $(shell git ls-files -co --exclude-standard -- rollup oracle/guest gethadapter/spec ggml-mips claim/protocol 2>/dev/null | grep '\.go$$' | grep -v '_test\.go$$')

.PHONY: blockprog blockprog-prestate blockprog-prestate-check test-blockprog

blockprog: $(BLOCKPROG_ELF)

$(BLOCKPROG_ELF): $(BLOCKPROG_SRCS) $(TESTPROG_SRC)/check_isa.sh
	@mkdir -p $(@D)
	GOTOOLCHAIN=$(GO_TOOLCHAIN) $(GO_MIPS_ENV) $(GO) build $(GO_MIPS_BUILDFLAGS) -o $@.tmp ./rollup/cmd/blockprog
	@$(TESTPROG_CHECK_ISA) $@.tmp
	@mv -f $@.tmp $@

blockprog-prestate: $(BLOCKPROG_ELF) build
	@$(BIN)/mipsvm load-elf --path $(BLOCKPROG_ELF) --out $(BLOCKPROG_OUT)/prestate.bin.gz > $(BLOCKPROG_OUT)/prestate.txt
	@cp $(BLOCKPROG_OUT)/prestate.txt $(BLOCKPROG_PRESTATE)
	@echo "absolute prestate of $(BLOCKPROG_ELF) (built with $(GO_TOOLCHAIN)): $$(cat $(BLOCKPROG_PRESTATE))"

blockprog-prestate-check: $(BLOCKPROG_ELF) build
	@$(BIN)/mipsvm load-elf --path $(BLOCKPROG_ELF) --out $(BLOCKPROG_OUT)/prestate.bin.gz > $(BLOCKPROG_OUT)/prestate.txt
	@cmp -s $(BLOCKPROG_OUT)/prestate.txt $(BLOCKPROG_PRESTATE) || { \
	    echo "blockprog-prestate-check: $(BLOCKPROG_ELF) has prestate $$(cat $(BLOCKPROG_OUT)/prestate.txt),"; \
	    echo "  but $(BLOCKPROG_PRESTATE) says $$(cat $(BLOCKPROG_PRESTATE) 2>/dev/null || echo nothing)."; \
	    echo "  Run 'make blockprog-prestate' and commit it if the program changed on purpose."; exit 1; }
	@echo "prestate matches $(BLOCKPROG_PRESTATE): $$(cat $(BLOCKPROG_PRESTATE))"

prestate: blockprog-prestate
prestate-check: blockprog-prestate-check

test-blockprog: blockprog
	OPML_REQUIRE_TESTPROGRAMS=1 OPML_BLOCKPROG_ALL=1 $(GO) test -run 'VM' -v -timeout 30m ./rollup/host/
