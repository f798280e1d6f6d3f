# Axonum opML. `make demo` and `make test` set everything up on a fresh
# Debian machine (see README.md).

GO        ?= go
BIN       := bin
GOFLAGS_BUILD := -trimpath

.PHONY: bench-multiphase bench-flood test-large all deps build test vet bench demo clean contracts contracts-deps contracts-check gguf-crosscheck-deps tokenizer-crosscheck-deps

all: build

deps:
	@sh scripts/deps.sh

include mk/testprograms.mk
include mk/gotests.mk
include mk/inference.mk
include mk/blockprog.mk
include mk/model.mk
include mk/geth.mk

build:
	$(GO) build ./...
	$(GO) build $(GOFLAGS_BUILD) -o $(BIN)/mipsvm ./cmd/mipsvm
	$(GO) build $(GOFLAGS_BUILD) -o $(BIN)/challenger ./cmd/challenger
	$(GO) build $(GOFLAGS_BUILD) -o $(BIN)/rollup ./cmd/rollup

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }
	$(GO) vet ./...

# Everything, with the guest programs built by the real cross-compilers and
# checked against qemu, the contracts checked against the Go VM in
# go-ethereum's EVM, and the committed contract artifacts against a fresh
# compile. Long runs belong in `make bench`.
test: deps testprograms gotests inference blockprog contracts-deps gguf-crosscheck-deps tokenizer-crosscheck-deps vet model-check geth
	OPML_REQUIRE_TESTPROGRAMS=1 OPML_REQUIRE_SOLC=1 OPML_REQUIRE_NPM=1 OPML_REQUIRE_GETH=1 $(GO) test -timeout 30m ./...

# The dispute of a claim about a model larger than 4 GiB, to the end on the
# embedded chain (about 5 GB of disk, 6 GB of memory, minutes), and every
# output-root lie at every place of the block program's trace (36 games,
# about 6 minutes): CI runs them after `make test`.
test-large: deps inference blockprog
	OPML_REQUIRE_TESTPROGRAMS=1 OPML_LARGE_MODEL_TEST=1 $(GO) test -run 'TestTwoPhaseLargeModel' -v -timeout 45m ./bisection/agent/
	OPML_REQUIRE_TESTPROGRAMS=1 OPML_OUTPUT_LIES_ALL=1 $(GO) test -run 'TestOutputLiesAll' -v -timeout 45m ./rollup/host/

# The pinned solc from npm (bundled compiler, nothing downloaded at run time).
contracts-deps: contracts/node_modules/.package-lock.json
contracts/node_modules/.package-lock.json: contracts/package.json contracts/package-lock.json
	cd contracts && npm ci --no-audit --no-fund --loglevel=error

# Hugging Face's GGUF parser, pinned, for the test that another GGUF reader
# reads our files as we do (ggml-mips/models/crosscheck_test.go).
GGUF_HF := ggml-mips/gguf/testdata/hfgguf
gguf-crosscheck-deps: $(GGUF_HF)/node_modules/.package-lock.json
$(GGUF_HF)/node_modules/.package-lock.json: $(GGUF_HF)/package.json $(GGUF_HF)/package-lock.json
	cd $(GGUF_HF) && npm ci --no-audit --no-fund --loglevel=error

# llama.cpp (node-llama-cpp with its prebuilt linux-x64 CPU backend; the
# install downloads and builds nothing else) and real vocabularies, pinned,
# for the test that ggml-mips/tokenizer gives llama.cpp's token ids
# (ggml-mips/tokenizer/crosscheck_test.go). The other platforms' and the
# GPU backends are optional dependencies of node-llama-cpp, left out; the
# registry has some of those only at 3.21.1, so package.json's overrides
# pin them there for npm ci's lock check (they are never installed).
TOKENIZER_NPM := ggml-mips/tokenizer/testdata/llamacpp
tokenizer-crosscheck-deps: $(TOKENIZER_NPM)/node_modules/.package-lock.json
$(TOKENIZER_NPM)/node_modules/.package-lock.json: $(TOKENIZER_NPM)/package.json $(TOKENIZER_NPM)/package-lock.json
	cd $(TOKENIZER_NPM) && NODE_LLAMA_CPP_SKIP_DOWNLOAD=true npm ci --omit=optional --no-audit --no-fund --loglevel=error

# Recompile the Solidity and regenerate the Go bindings (both are committed,
# so `go build` needs no Node). abigen runs at go.mod's go-ethereum version.
GETH_VERSION = $(shell $(GO) list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)
ABIGEN = $(GO) run github.com/ethereum/go-ethereum/cmd/abigen@$(GETH_VERSION)
contracts: contracts-deps
	cd contracts && node build.js
	$(ABIGEN) --v2 --pkg bindings --type MIPS --abi contracts/artifacts/MIPS.abi --bin contracts/artifacts/MIPS.bin --out contracts/bindings/mips.go
	$(ABIGEN) --v2 --pkg bindings --type PreimageOracle --abi contracts/artifacts/PreimageOracle.abi --bin contracts/artifacts/PreimageOracle.bin --out contracts/bindings/preimage_oracle.go
	$(ABIGEN) --v2 --pkg bindings --type DisputeGame --abi contracts/artifacts/DisputeGame.abi --bin contracts/artifacts/DisputeGame.bin --out contracts/bindings/dispute_game.go
	$(ABIGEN) --v2 --pkg bindings --type OpML --abi contracts/artifacts/OpML.abi --bin contracts/artifacts/OpML.bin --out contracts/bindings/opml.go
	$(ABIGEN) --v2 --pkg bindings --type AIContract --abi contracts/artifacts/AIContract.abi --bin contracts/artifacts/AIContract.bin --out contracts/bindings/ai_contract.go
	$(ABIGEN) --v2 --pkg bindings --type BatchInbox --abi contracts/artifacts/BatchInbox.abi --bin contracts/artifacts/BatchInbox.bin --out contracts/bindings/batch_inbox.go
	$(ABIGEN) --v2 --pkg bindings --type OutputOracle --abi contracts/artifacts/OutputOracle.abi --bin contracts/artifacts/OutputOracle.bin --out contracts/bindings/output_oracle.go
	$(ABIGEN) --v2 --pkg bindings --type Bridge --abi contracts/artifacts/Bridge.abi --bin contracts/artifacts/Bridge.bin --out contracts/bindings/bridge.go
	$(ABIGEN) --v2 --pkg bindings --type L2Withdrawals --abi contracts/artifacts/L2Withdrawals.abi --bin contracts/artifacts/L2Withdrawals.bin --out contracts/bindings/l2_withdrawals.go
	$(ABIGEN) --v2 --pkg bindings --type FashionGate --abi contracts/artifacts/FashionGate.abi --bin contracts/artifacts/FashionGate.bin --out contracts/bindings/fashion_gate.go

# The committed artifacts and bindings must be what `make contracts` makes.
contracts-check: contracts
	git diff --exit-code -- contracts/artifacts contracts/bindings

# Benchmarks: prints a table; numbers that matter go to docs/benchmarks.md.
# Each benchmark runs a whole program or a whole root computation per
# iteration, so a few iterations suffice.
BENCH ?= Fast|Witness|Root|Unicorn|GoGo|GoC|GoTests
BENCHTIME ?= 3x
# The ML benchmarks run the claim-checking program in the VM (steps per
# multiply-accumulate, per inference, per token) and the engine natively
# (tokens/s); one iteration each is minutes of work already.
ML_BENCH ?= Q8|MNIST|Llama|Generate|TokensPerSecond
bench: deps testprograms gotests inference blockprog tokenizer-crosscheck-deps
	@mkdir -p build
	$(GO) test -run '^$$' -bench '$(BENCH)' -benchtime $(BENCHTIME) -timeout 60m ./mipsevm/... | tee build/bench.txt
	$(GO) test -run '^$$' -bench '$(ML_BENCH)' -benchtime 1x -timeout 60m ./claim/ ./ggml-mips/models/llama/ | tee -a build/bench.txt
	$(GO) test -run '^$$' -bench 'Encode' -benchtime 5x ./ggml-mips/tokenizer/ | tee -a build/bench.txt
	$(GO) test -run '^$$' -bench 'Dispute' -benchtime 3x -timeout 30m ./bisection/agent/ | tee -a build/bench.txt
	$(GO) test -run '^$$' -bench 'Precompile/' -benchtime 5x -timeout 30m ./gethadapter/ | tee -a build/bench.txt
	$(GO) test -run '^$$' -bench 'BlockVM' -benchtime 1x -timeout 30m ./rollup/host/ | tee -a build/bench.txt
	@sh scripts/benchtable.sh build/bench.txt

# The multi-phase dispute of one-token claims on random 110M, 1B and 7B
# llama models, end to end (docs/benchmarks.md): about 10 GB of disk and
# memory and some minutes per model for the 7B; not part of `make bench`.
MP_BENCH ?= MultiPhaseOneToken
bench-multiphase: deps inference
	@mkdir -p build
	$(GO) test -run '^$$' -bench '$(MP_BENCH)' -benchtime 1x -timeout 90m ./bisection/agent/ | tee build/bench-multiphase.txt

# Many games at once against one honest agent on one key (docs/benchmarks.md,
# "Many games at once"): 100, 250 and 500 games on the embedded chain with a
# block a second, about 6 minutes; not part of `make bench`.
# FLOOD_GAMES=1000 (or a comma-separated list) for other sizes.
FLOOD_GAMES ?=
bench-flood: deps inference
	@mkdir -p build
	OPML_FLOOD_GAMES=$(FLOOD_GAMES) $(GO) test -run '^$$' -bench 'Flood' -benchtime 1x -timeout 60m ./bisection/agent/ | tee build/bench-flood.txt

# The demo: guest programs built for MIPS, run in the VM, stopped,
# snapshotted, resumed, and one step proven and checked on chain; an ML
# claim checked natively and in the VM, honest and wrong; then two whole
# disputes on an embedded chain (challenger demo); then the rollup's story
# (rollup demo, ~30 s).
DEMO := build/demo
MNIST_DIR := ggml-mips/models/mnist/testdata
demo: deps build testprograms inference blockprog
	@echo "== 1. A Go 1.26 program (goroutines, channels, GC) built for MIPS, run in the VM"
	$(BIN)/mipsvm run --elf build/testprograms/go/hello.elf
	@echo
	@echo "== 2. A compute-bound C program: load it, run 40M steps, save a snapshot"
	@rm -rf $(DEMO) && mkdir -p $(DEMO)
	$(BIN)/mipsvm load-elf --path build/testprograms/c/sha.elf --out $(DEMO)/start.bin.gz
	$(BIN)/mipsvm run --input $(DEMO)/start.bin.gz --stop-at =40000000 --output $(DEMO)/mid.bin.gz
	@echo
	@echo "== 3. Resume from the snapshot, and run the whole program straight: same final hash"
	$(BIN)/mipsvm run --input $(DEMO)/mid.bin.gz --json --stdout $(DEMO)/resumed.out > $(DEMO)/resumed.json
	$(BIN)/mipsvm run --input $(DEMO)/start.bin.gz --json --stdout $(DEMO)/straight.out > $(DEMO)/straight.json
	@cat $(DEMO)/resumed.out; echo "resumed:  $$(cat $(DEMO)/resumed.json)"; echo "straight: $$(cat $(DEMO)/straight.json)"
	@cmp -s $(DEMO)/resumed.json $(DEMO)/straight.json && echo "identical" || { echo "DIFFERENT"; exit 1; }
	@echo
	@echo "== 4. Step 40,000,000 with its witness, replayed by MIPS.sol in an embedded EVM"
	$(BIN)/mipsvm step --input $(DEMO)/mid.bin.gz --output $(DEMO)/next.bin.gz --verify > $(DEMO)/witness.json
	@head -c 600 $(DEMO)/witness.json; echo " ..."
	@echo
	@echo "== 5. An opML claim: the committed Fashion-MNIST model on a test image (an ankle boot),"
	@echo "==    run natively and then checked by the claim-checking program in the VM"
	$(BIN)/challenger check --model $(MNIST_DIR)/fashion-mnist.gguf --input $(MNIST_DIR)/images/0000-9.bin
	@echo
	@echo "== 6. A wrong claim about the same image (class 3, dress): the VM rejects it"
	@$(BIN)/challenger check --model $(MNIST_DIR)/fashion-mnist.gguf --input $(MNIST_DIR)/images/0000-9.bin --output 03 \
	    && { echo "the wrong claim was accepted"; exit 1; } || echo "(exit status 1: rejected, as it must be)"
	@echo
	@echo "== 7. The opML dispute, on an embedded chain: an honest claim survives a dishonest challenge,"
	@echo "==    a dishonest claim is caught by an honest challenger, and the bonds follow"
	$(BIN)/challenger demo --model $(MNIST_DIR)/fashion-mnist.gguf --input $(MNIST_DIR)/images/0000-9.bin
	@echo
	@echo "== 8. The rollup: Alice deposits on L1, shows an L2 contract a pullover, the sequencer's precompile"
	@echo "==    says ankle boot; opML contradicts it; the verifier disputes the sequencer's output root through"
	@echo "==    the block program down to the step that reads the result, which wins once opML's honest claim"
	@echo "==    is Final; the honest root finalizes and Alice withdraws on L1"
	$(BIN)/rollup demo --model $(MNIST_DIR)/fashion-mnist.gguf --input $(MNIST_DIR)/images/0001-2.bin --log-level warn

clean: testprograms-clean gotests-clean
	rm -rf $(BIN) build
