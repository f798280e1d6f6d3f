# Axonum opML. `make demo` and `make test` set everything up on a fresh
# Debian machine (see README.md).

GO        ?= go
BIN       := bin
GOFLAGS_BUILD := -trimpath

.PHONY: all deps build test vet bench demo clean

all: build

deps:
	@sh scripts/deps.sh

include mk/testprograms.mk

build:
	$(GO) build ./...
	$(GO) build $(GOFLAGS_BUILD) -o $(BIN)/mipsvm ./cmd/mipsvm

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }
	$(GO) vet ./...

# Everything, with the guest programs built by the real cross-compilers and
# checked against qemu. Long runs belong in `make bench`.
test: deps testprograms vet
	OPML_REQUIRE_TESTPROGRAMS=1 $(GO) test -timeout 30m ./...

# Benchmarks: prints a table; numbers that matter go to docs/benchmarks.md.
BENCH ?= .
BENCHTIME ?= 1x
bench: deps testprograms
	$(GO) test -run '^$$' -bench '$(BENCH)' -benchtime $(BENCHTIME) -timeout 60m ./mipsevm/... | tee build/bench.txt
	@sh scripts/benchtable.sh build/bench.txt

# The demo, for now: a Go program built for MIPS, run in the VM.
demo: deps build testprograms
	@echo "== running build/testprograms/go/hello.elf in the MIPS VM"
	$(BIN)/mipsvm run --elf build/testprograms/go/hello.elf
	@echo "== the same program through a snapshot, resumed half-way"
	@rm -rf build/demo && mkdir -p build/demo
	$(BIN)/mipsvm load-elf --path build/testprograms/go/hello.elf --out build/demo/start.bin.gz
	$(BIN)/mipsvm run --input build/demo/start.bin.gz --stop-at =1000000 --output build/demo/mid.bin.gz
	$(BIN)/mipsvm run --input build/demo/mid.bin.gz
	$(BIN)/mipsvm step --input build/demo/mid.bin.gz | head -5

clean: testprograms-clean
	rm -rf $(BIN) build
