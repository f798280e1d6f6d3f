// C side of the unicorn engine: hooks that run inside unicorn without a cgo
// transition. Included by engine.go only.
//
// Steps are counted per translated block: a block hook adds the block's
// length before it runs, or stops emulation before it when it would pass
// the budget, holds a word Go must execute, or lies on a page not yet
// classified. Whatever cuts a block short (an exception, an access to
// kseg0/kseg1, a store into classified code) makes the run roll back to the
// start of that block: its count is the last one known to be exact.

#ifndef UCX_H
#define UCX_H

#include <unicorn/unicorn.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define UCX_CODE_START 0x10000u
#define UCX_CODE_LIMIT 0x20000000u
#define UCX_CODE_PAGES (UCX_CODE_LIMIT >> 12)
#define UCX_PAGE_WORDS 1024u
#define UCX_CHUNK_SHIFT 20
#define UCX_CHUNKS (1u << (32 - UCX_CHUNK_SHIFT))
#define UCX_MAX_DIRTY 65536

// Why a run stopped. "Before the block": nothing of it ran.
enum {
	UCX_NONE = 0,
	UCX_BUDGET,       // before the block: it would pass the budget
	UCX_SPECIAL,      // before the block: it holds a word Go must execute
	UCX_UNCLASSIFIED, // before the block: its page has no word kinds yet
	UCX_OUTSIDE,      // before the block: it lies outside the code area
	UCX_ROLLBACK,     // the run must be discarded back to rb_count
	UCX_FETCH,        // an instruction fetch outside the code area (Go hook)
};

// Kernel-mode qemu maps kseg0 and kseg1 (0x8000_0000..0xbfff_ffff) straight
// onto physical 0..0x1fff_ffff, which is the guest's own low memory here;
// the Go VM treats those addresses as ordinary memory.
static inline int ucx_kseg01(uint32_t ea) { return ea - 0x80000000u < 0x40000000u; }

typedef struct {
	uint64_t count, budget; // instructions in the blocks run, allowed
	// The block entered last: its first address, length in words, end, and
	// the count before it; pend is where the block before it ended.
	uint64_t bstart;
	uint32_t baddr, bn, bend, pend;
	uint32_t reason, intno;
	uint64_t rb_count; // UCX_ROLLBACK: the count to re-run to
	uint32_t rb_n;     // and the length of the block cut short there
	uint32_t regs[35]; // r0..r31, hi, lo, pc
	uint8_t *chunk[UCX_CHUNKS]; // guest memory, 1 MiB chunks (NULL: not mapped)
	// next[p][i]: index of the first word at or after word i of code page p
	// that unicorn must not run (UCX_PAGE_WORDS: none). NULL: page p not
	// classified yet (never executed by unicorn).
	uint16_t *next[UCX_CODE_PAGES];
	uint8_t dirtybits[1u << 17]; // one bit per 4 KiB page
	uint32_t ndirty, overflow;
	uint32_t dirty[UCX_MAX_DIRTY];
	uint64_t leaves[1u << 20][2]; // per page, the 32-byte leaves stores hit
} ucx_state;

static inline void ucx_stop(uc_engine *uc, ucx_state *st, uint32_t reason) {
	st->reason = reason;
	uc_emu_stop(uc);
}

// ucx_rollback discards the run back to the start of the block entered last
// (the last exact count), whatever is happening inside it.
static void ucx_rollback(uc_engine *uc, ucx_state *st) {
	if (st->reason != UCX_ROLLBACK) {
		st->rb_count = st->bstart;
		st->rb_n = st->bn;
	}
	ucx_stop(uc, st, UCX_ROLLBACK);
}

// Called at the start of every translated block, before any of it runs;
// a stop requested here keeps the whole block from running (unicorn's
// check for a stop request comes right after this hook).
static void ucx_block(uc_engine *uc, uint64_t addr64, uint32_t size, void *ud) {
	ucx_state *st = ud;
	uint32_t addr = (uint32_t)addr64, n = size >> 2;
	// A stop requested inside the block before (by a memory hook) lets that
	// block finish, and a block chained to it would come here before its
	// exit check. Unicorn 2.0.1 calls no hook once a stop is requested; this
	// keeps the first reason even where it would.
	if (st->reason != UCX_NONE) return;
	st->pend = st->bend;
	st->baddr = addr;
	st->bn = n;
	st->bend = addr + size;
	st->bstart = st->count;
	if (st->count + n > st->budget) {
		ucx_stop(uc, st, UCX_BUDGET);
		return;
	}
	if (addr - UCX_CODE_START >= UCX_CODE_LIMIT - UCX_CODE_START) {
		ucx_stop(uc, st, UCX_OUTSIDE);
		return;
	}
	uint16_t *next = st->next[addr >> 12];
	if (!next) {
		ucx_stop(uc, st, UCX_UNCLASSIFIED);
		return;
	}
	uint32_t i = (addr >> 2) & (UCX_PAGE_WORDS - 1);
	if (next[i] < i + n) { // also when the block runs past its page
		ucx_stop(uc, st, UCX_SPECIAL);
		return;
	}
	st->count += n;
}

static inline void ucx_mark(ucx_state *st, uint32_t p) {
	if (!(st->dirtybits[p >> 3] & (1u << (p & 7)))) {
		st->dirtybits[p >> 3] |= 1u << (p & 7);
		if (st->ndirty < UCX_MAX_DIRTY) st->dirty[st->ndirty++] = p;
		else st->overflow = 1;
	}
}

// ucx_mark_leaves marks the leaves of bytes a..last (on one page) written.
static inline void ucx_mark_leaves(ucx_state *st, uint32_t a, uint32_t last) {
	uint32_t p = a >> 12;
	ucx_mark(st, p);
	for (uint32_t l = (a >> 5) & 127; l <= ((last >> 5) & 127); l++) st->leaves[p][l >> 6] |= 1ull << (l & 63);
}

// Called for every store, before it is done: its page must be compared at
// the hand-over. A store into kseg0/kseg1 lands on the aliased low page (to
// be restored), one into classified code may change a word being run.
static void ucx_write(uc_engine *uc, uc_mem_type type, uint64_t addr64, int size, int64_t value, void *ud) {
	ucx_state *st = ud;
	uint32_t a = (uint32_t)addr64;
	uint32_t last = a + (uint32_t)size - 1;
	if (ucx_kseg01(a) || ucx_kseg01(last)) {
		ucx_mark_leaves(st, a & 0x1ffff000u, (a & 0x1ffff000u) | 0xfffu);
		ucx_mark_leaves(st, last & 0x1ffff000u, (last & 0x1ffff000u) | 0xfffu);
		ucx_rollback(uc, st);
		return;
	}
	if ((last >> 12) == (a >> 12)) {
		ucx_mark_leaves(st, a, last);
	} else {
		ucx_mark_leaves(st, a, a | 0xfffu);
		ucx_mark_leaves(st, last & ~0xfffu, last);
	}
	if ((a < UCX_CODE_LIMIT && st->next[a >> 12]) || (last < UCX_CODE_LIMIT && st->next[last >> 12]))
		ucx_rollback(uc, st);
}

// Loads from kseg0/kseg1 (the hook's range) read the wrong memory.
static void ucx_kseg_read(uc_engine *uc, uc_mem_type type, uint64_t addr, int size, int64_t value, void *ud) {
	ucx_rollback(uc, ud);
}

// Exceptions (traps, overflow, unaligned or kseg2 accesses, a misaligned
// fetch) are the Go interpreter's: roll back and let it run the block.
static void ucx_intr(uc_engine *uc, uint32_t intno, void *ud) {
	ucx_state *st = ud;
	st->intno = intno;
	ucx_rollback(uc, st);
}

static int ucx_regids[35];

static ucx_state *ucx_new(uc_engine *uc) {
	for (int i = 0; i < 32; i++) ucx_regids[i] = UC_MIPS_REG_0 + i;
	ucx_regids[32] = UC_MIPS_REG_HI;
	ucx_regids[33] = UC_MIPS_REG_LO;
	ucx_regids[34] = UC_MIPS_REG_PC;
	ucx_state *st = calloc(1, sizeof(ucx_state));
	if (!st) return NULL;
	uc_hook h;
	if (uc_hook_add(uc, &h, UC_HOOK_BLOCK, (void *)ucx_block, st, 1, 0) != UC_ERR_OK ||
	    uc_hook_add(uc, &h, UC_HOOK_INTR, (void *)ucx_intr, st, 1, 0) != UC_ERR_OK ||
	    uc_hook_add(uc, &h, UC_HOOK_MEM_WRITE, (void *)ucx_write, st, 1, 0) != UC_ERR_OK ||
	    uc_hook_add(uc, &h, UC_HOOK_MEM_READ, (void *)ucx_kseg_read, st, 0x80000000u, 0xbfffffffu) != UC_ERR_OK) {
		free(st);
		return NULL;
	}
	return st;
}

// ucx_free releases the state; call after uc_close (unicorn maps the chunks).
static void ucx_free(ucx_state *st) {
	for (uint32_t i = 0; i < UCX_CODE_PAGES; i++) free(st->next[i]);
	for (uint32_t i = 0; i < UCX_CHUNKS; i++) free(st->chunk[i]);
	free(st);
}

// ucx_next returns page p's next-special table, allocating it (unclassified
// pages have none).
static uint16_t *ucx_next(ucx_state *st, uint32_t page) {
	if (!st->next[page]) st->next[page] = calloc(UCX_PAGE_WORDS, sizeof(uint16_t));
	return st->next[page];
}

// ucx_alloc_chunk allocates chunk i; the caller fills and maps it.
static uint8_t *ucx_alloc_chunk(ucx_state *st, uint32_t i) {
	void *p = NULL;
	if (posix_memalign(&p, 4096, 1u << UCX_CHUNK_SHIFT) != 0) return NULL;
	memset(p, 0, 1u << UCX_CHUNK_SHIFT);
	st->chunk[i] = p;
	return p;
}

static void ucx_clear_dirty(ucx_state *st) {
	for (uint32_t i = 0; i < st->ndirty; i++) {
		uint32_t p = st->dirty[i];
		st->dirtybits[p >> 3] &= ~(1u << (p & 7));
		st->leaves[p][0] = st->leaves[p][1] = 0;
	}
	if (st->overflow) {
		memset(st->dirtybits, 0, sizeof st->dirtybits);
		memset(st->leaves, 0, sizeof st->leaves);
	}
	st->ndirty = 0;
	st->overflow = 0;
}

// ucx_run runs from regs[34] with the registers in st->regs, at most budget
// instructions; the registers are read back into st->regs.
static uc_err ucx_run(uc_engine *uc, ucx_state *st, uint64_t budget) {
	void *ptrs[35];
	uint32_t pc = st->regs[34];
	for (int i = 0; i < 35; i++) ptrs[i] = &st->regs[i];
	st->count = 0;
	st->budget = budget;
	st->reason = UCX_NONE;
	st->bstart = 0;
	st->bn = 0;
	st->baddr = pc;
	st->bend = st->pend = 0;
	uc_reg_write_batch(uc, ucx_regids, ptrs, 34);
	uc_err err = uc_emu_start(uc, pc, 0xfffffffcu, 0, 0);
	uc_reg_read_batch(uc, ucx_regids, ptrs, 35);
	return err;
}

// ucx_invalidate drops the code unicorn translated from page p (unicorn
// 2.0.1's uc_mem_write does not).
static uc_err ucx_invalidate(uc_engine *uc, uint32_t p) {
	uint64_t a = (uint64_t)p << 12;
	return uc_ctl_remove_cache(uc, a, a + 4096);
}

static uc_engine *ucx_handle(void *p) { return (uc_engine *)p; }

#endif
