# mk/inference.mk - the claim-checking program that the fraud-proof VM runs
# in an opML dispute (ggml-mips/cmd/inference), and its absolute prestate.
#
# Targets:
#     inference        build $(INFERENCE_ELF) for GOOS=linux GOARCH=mips
#                      GOMIPS=softfloat, reproducibly (-trimpath, no build
#                      id, no VCS stamp, the Go toolchain pinned in go.mod),
#                      and check that it has no floating-point instruction
#     prestate         print the program's absolute prestate hash (the VM
#                      state after loading the ELF) and write it to
#                      $(PRESTATE_FILE); commit that file with any change to
#                      the program or the engine
#     prestate-check   fail unless the freshly built program's prestate is
#                      the committed one (anyone can verify the on-chain
#                      prestate from source this way)
# Meant to be included from the top-level Makefile after mk/testprograms.mk
# (it reuses GO_MIPS_ENV, GO_MIPS_BUILDFLAGS and TESTPROG_CHECK_ISA).

INFERENCE_OUT  ?= build/inference
INFERENCE_ELF  := $(INFERENCE_OUT)/inference.elf
PRESTATE_FILE  := ggml-mips/cmd/inference/prestate.txt
# The node program: phase 2 of the multi-phase dispute (one work item).
NODE_ELF       := $(INFERENCE_OUT)/node.elf
NODE_PRESTATE  := ggml-mips/cmd/node/prestate.txt

# The toolchain line of go.mod: the exact compiler the prestate depends on.
# GOTOOLCHAIN makes the go command use (or fetch) exactly that version.
GO_TOOLCHAIN   := $(shell sed -n 's/^toolchain //p' go.mod)
INFERENCE_SRCS := go.mod go.sum $(shell git ls-files -co --exclude-standard -- ggml-mips claim oracle/guest 2>/dev/null | grep '\.go$$' | grep -v '_test\.go$$')

.PHONY: inference prestate prestate-check

inference: $(INFERENCE_ELF) $(NODE_ELF)

$(INFERENCE_ELF): $(INFERENCE_SRCS) $(TESTPROG_SRC)/check_isa.sh
	@mkdir -p $(@D)
	GOTOOLCHAIN=$(GO_TOOLCHAIN) $(GO_MIPS_ENV) $(GO) build $(GO_MIPS_BUILDFLAGS) -o $@.tmp ./ggml-mips/cmd/inference
	@$(TESTPROG_CHECK_ISA) $@.tmp
	@mv -f $@.tmp $@

$(NODE_ELF): $(INFERENCE_SRCS) $(TESTPROG_SRC)/check_isa.sh
	@mkdir -p $(@D)
	GOTOOLCHAIN=$(GO_TOOLCHAIN) $(GO_MIPS_ENV) $(GO) build $(GO_MIPS_BUILDFLAGS) -o $@.tmp ./ggml-mips/cmd/node
	@$(TESTPROG_CHECK_ISA) $@.tmp
	@mv -f $@.tmp $@

prestate: $(INFERENCE_ELF) $(NODE_ELF) build
	@$(BIN)/mipsvm load-elf --path $(INFERENCE_ELF) --out $(INFERENCE_OUT)/prestate.bin.gz > $(INFERENCE_OUT)/prestate.txt
	@cp $(INFERENCE_OUT)/prestate.txt $(PRESTATE_FILE)
	@echo "absolute prestate of $(INFERENCE_ELF) (built with $(GO_TOOLCHAIN)): $$(cat $(PRESTATE_FILE))"
	@$(BIN)/mipsvm load-elf --path $(NODE_ELF) --out $(INFERENCE_OUT)/node-prestate.bin.gz > $(INFERENCE_OUT)/node-prestate.txt
	@cp $(INFERENCE_OUT)/node-prestate.txt $(NODE_PRESTATE)
	@echo "absolute prestate of $(NODE_ELF) (built with $(GO_TOOLCHAIN)): $$(cat $(NODE_PRESTATE))"

prestate-check: $(INFERENCE_ELF) $(NODE_ELF) build
	@$(BIN)/mipsvm load-elf --path $(INFERENCE_ELF) --out $(INFERENCE_OUT)/prestate.bin.gz > $(INFERENCE_OUT)/prestate.txt
	@cmp -s $(INFERENCE_OUT)/prestate.txt $(PRESTATE_FILE) || { \
	    echo "prestate-check: $(INFERENCE_ELF) has prestate $$(cat $(INFERENCE_OUT)/prestate.txt),"; \
	    echo "  but $(PRESTATE_FILE) says $$(cat $(PRESTATE_FILE) 2>/dev/null || echo nothing)."; \
	    echo "  Run 'make prestate' and commit $(PRESTATE_FILE) if the program or engine changed on purpose."; exit 1; }
	@echo "prestate matches $(PRESTATE_FILE): $$(cat $(PRESTATE_FILE))"
	@$(BIN)/mipsvm load-elf --path $(NODE_ELF) --out $(INFERENCE_OUT)/node-prestate.bin.gz > $(INFERENCE_OUT)/node-prestate.txt
	@cmp -s $(INFERENCE_OUT)/node-prestate.txt $(NODE_PRESTATE) || { \
	    echo "prestate-check: $(NODE_ELF) has prestate $$(cat $(INFERENCE_OUT)/node-prestate.txt),"; \
	    echo "  but $(NODE_PRESTATE) says $$(cat $(NODE_PRESTATE) 2>/dev/null || echo nothing)."; \
	    echo "  Run 'make prestate' and commit $(NODE_PRESTATE) if the program or engine changed on purpose."; exit 1; }
	@echo "prestate matches $(NODE_PRESTATE): $$(cat $(NODE_PRESTATE))"
