# mk/gotests.mk - Go standard-library test binaries as guest programs.
#
# Each package's tests, built with `go test -c` for the VM's target, must
# print the same and exit the same in the VM as under qemu-mips-static
# (short mode; packages that need no testdata files, no go command, no
# exec, no file system and no network). TestGoTestBinaries
# (mipsevm/gotests_test.go) compares them; it runs whatever is built in
# $(GOTEST_OUT).
# Targets:
#     gotests        the quick set (in `make test`)
#     gotests-all    the quick set and the long one
#     test-gotests   build all of them and compare them with qemu (CI)
#     gotests-clean  remove $(GOTEST_OUT)

GOTEST_OUT ?= build/gotests

# About 2M-60M VM steps each, a second or less in the VM.
GOTEST_QUICK := unicode unicode/utf8 unicode/utf16 container/list container/ring \
                container/heap math/bits hash/crc32 hash/adler32 hash/fnv hash/crc64 \
                encoding/hex encoding/base64 encoding/binary text/tabwriter path \
                html maps cmp errors crypto/md5
# 50M-3G steps each: minutes in all.
GOTEST_LONG  := bytes strconv sort slices encoding/base32 encoding/csv \
                crypto/sha256 crypto/hmac sync/atomic

gotest_bin = $(GOTEST_OUT)/$(subst /,_,$(1)).test
GOTEST_QUICK_BINS := $(foreach p,$(GOTEST_QUICK),$(call gotest_bin,$(p)))
GOTEST_LONG_BINS  := $(foreach p,$(GOTEST_LONG),$(call gotest_bin,$(p)))

.PHONY: gotests gotests-all test-gotests gotests-clean

gotests: $(GOTEST_QUICK_BINS)
gotests-all: $(GOTEST_QUICK_BINS) $(GOTEST_LONG_BINS)

# The binaries depend on the toolchain only; rebuild them with gotests-clean.
define GOTEST_RULE
$(call gotest_bin,$(1)):
	@mkdir -p $$(@D)
	$(GO_MIPS_ENV) $(GO) test -c $(GO_MIPS_BUILDFLAGS) -o $$@.tmp $(1)
	@mv -f $$@.tmp $$@
endef
$(foreach p,$(GOTEST_QUICK) $(GOTEST_LONG),$(eval $(call GOTEST_RULE,$(p))))

test-gotests: deps gotests-all
	OPML_REQUIRE_GOTESTS=1 $(GO) test -count=1 -timeout 60m -run 'TestGoTestBinaries' -v ./mipsevm/

gotests-clean:
	rm -rf $(GOTEST_OUT)
