# mk/geth.mk - the real geth that chain/gethdev's tests run.
#
# Targets:
#     geth    build geth at go.mod's go-ethereum version into
#             build/geth/geth-<version>, the cache gethdev.Build uses, and
#             print its path. The tests build it themselves when it is
#             missing (a few minutes the first time); this does it ahead,
#             e.g. before `OPML_REQUIRE_GETH=1 go test ./...`. `make clean`
#             removes it with the rest of build/.
# Meant to be included from the top-level Makefile (it uses GO).

.PHONY: geth
geth:
	$(GO) run ./chain/gethdev/internal/buildgeth
