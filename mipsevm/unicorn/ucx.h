// C side of the unicorn engine: hooks that run inside unicorn without a cgo
// transition. Included by engine.go only.

#ifndef UCX_H
#define UCX_H

#include <unicorn/unicorn.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define UCX_CODE_START 0x10000u
#define UCX_CODE_LIMIT 0x20000000u
#define UCX_CODE_PAGES (UCX_CODE_LIMIT >> 12)
#define UCX_CHUNK_SHIFT 20
#define UCX_CHUNKS (1u << (32 - UCX_CHUNK_SHIFT))
#define UCX_MAX_DIRTY 65536

enum {
	UCX_NONE = 0,
	UCX_BUDGET,           // the instruction after the budget: not run
	UCX_BRANCH_AT_BUDGET, // the last budgeted instruction is a branch: not run
	UCX_SPECIAL,          // an instruction unicorn must not run: not run
	UCX_INTR,             // an exception (syscall, fault, TLB miss): not run
	UCX_FETCH,            // an instruction fetch outside the code area
};

// Kinds of code words (per code page, one byte per word).
enum {
	UCX_PLAIN = 0,
	UCX_STOP = 1,  // Go must execute it
	UCX_JREG = 2,  // jr/jalr: stop if the target would fault
	UCX_STORE = 3, // a store: mark the page written
	UCX_LL = 4,    // ll: track the reservation
	UCX_SC = 5,    // sc: run only where qemu's and the Go VM's outcome agree
};

// Kernel-mode qemu maps kseg0 and kseg1 (0x8000_0000..0xbfff_ffff) straight
// onto physical 0..0x1fff_ffff, which is the guest's own low memory here;
// the Go VM treats those addresses as ordinary memory. Accesses there are
// Go's business: a memory hook on that range records the first one of a run
// (ucx_kseg), and the engine rolls the run back and stops before it.
static inline int ucx_kseg01(uint32_t ea) { return ea - 0x80000000u < 0x40000000u; }

typedef struct {
	uint64_t count, budget;     // instructions hooked, allowed
	uint64_t last, prev;        // addresses of the last two hooked
	uint32_t reason, intno;
	uint32_t regs[35];          // r0..r31, hi, lo, pc
	// ll/sc: llres mirrors the Go VM's LLReserved; llvalid says that qemu's
	// own reservation (address and value) is lladdr/llval, set by an ll in
	// this run.
	uint32_t llres, llvalid, lladdr, llval;
	uint8_t *chunk[UCX_CHUNKS]; // guest memory, 1 MiB chunks (NULL: not mapped)
	uint8_t *kind[UCX_CODE_PAGES];
	uint8_t dirtybits[1u << 17]; // one bit per 4 KiB page
	uint32_t ndirty, overflow;
	uint64_t kseg;              // count of the first instruction of the run that touched kseg0/kseg1 (0: none)
	uint32_t dirty[UCX_MAX_DIRTY];
} ucx_state;

static inline uint32_t ucx_word(ucx_state *st, uint32_t addr) {
	uint8_t *c = st->chunk[addr >> UCX_CHUNK_SHIFT];
	if (!c) return 0;
	uint8_t *b = c + (addr & ((1u << UCX_CHUNK_SHIFT) - 4));
	return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

static int ucx_is_branch(uint32_t w) {
	uint32_t op = w >> 26;
	if (op == 0) { uint32_t fn = w & 63; return fn == 8 || fn == 9; }
	if (op == 1) { uint32_t rt = (w >> 16) & 31; return rt <= 3 || (rt >= 16 && rt <= 19); }
	return op == 2 || op == 3 || (op >= 4 && op <= 7) || (op >= 20 && op <= 23);
}

// ucx_written records a store to addr: its page must be compared at the
// hand-over, and a code word there (or the branch before it) may change.
static inline void ucx_written(ucx_state *st, uint32_t addr) {
	uint32_t p = addr >> 12;
	if (!(st->dirtybits[p >> 3] & (1u << (p & 7)))) {
		st->dirtybits[p >> 3] |= 1u << (p & 7);
		if (st->ndirty < UCX_MAX_DIRTY) st->dirty[st->ndirty++] = p;
		else st->overflow = 1;
	}
	if (addr < UCX_CODE_LIMIT) {
		uint32_t i = (addr >> 2) & 1023;
		if (st->kind[p]) st->kind[p][i] = UCX_STOP;
		if (i > 0) {
			if (st->kind[p]) st->kind[p][i - 1] = UCX_STOP;
		} else if (p > 0 && st->kind[p - 1]) {
			st->kind[p - 1][1023] = UCX_STOP;
		}
	}
}

// Called before every instruction. Cheap: no cgo transition.
static void ucx_code(uc_engine *uc, uint64_t addr64, uint32_t size, void *ud) {
	ucx_state *st = ud;
	uint32_t addr = (uint32_t)addr64;
	st->prev = st->last;
	st->last = addr64;
	uint64_t c = ++st->count;
	if (c >= st->budget) {
		if (c > st->budget) {
			st->reason = UCX_BUDGET;
			uc_emu_stop(uc);
			return;
		}
		// The last instruction allowed: a branch would drag its delay slot
		// along (unicorn cannot stop in a delay slot), so stop before it.
		if (ucx_is_branch(ucx_word(st, addr))) {
			st->reason = UCX_BRANCH_AT_BUDGET;
			uc_emu_stop(uc);
			return;
		}
	}
	if (addr >= UCX_CODE_LIMIT) return;
	uint8_t *km = st->kind[addr >> 12];
	if (!km) return;
	uint8_t k = km[(addr >> 2) & 1023];
	if (k == UCX_PLAIN) return;
	if (k == UCX_STOP) {
		st->reason = UCX_SPECIAL;
		uc_emu_stop(uc);
		return;
	}
	uint32_t w = ucx_word(st, addr);
	uint32_t v = 0;
	uc_reg_read(uc, UC_MIPS_REG_0 + ((w >> 21) & 31), &v);
	if (k == UCX_JREG) {
		// A jump to an address that faults: qemu would report the fault
		// after the delay slot without saying where, so Go takes the jump.
		if ((v & 3) != 0 || v < UCX_CODE_START || v >= UCX_CODE_LIMIT) {
			st->reason = UCX_SPECIAL;
			uc_emu_stop(uc);
		}
		return;
	}
	uint32_t ea = v + (uint32_t)(int32_t)(int16_t)w;
	if (k == UCX_STORE) {
		ucx_written(st, ea);
		// The run will be rolled back (ucx_kseg), but the store lands on the
		// aliased low page first: that page must be restored too.
		if (ucx_kseg01(ea)) ucx_written(st, ea & 0x1fffffffu);
		return;
	}
	// ll/sc: faults (unaligned, kseg2) and first touches are Go's business.
	if ((ea & 3) != 0 || ea >= 0xc0000000u || ucx_kseg01(ea) || !st->chunk[ea >> UCX_CHUNK_SHIFT]) {
		st->reason = UCX_SPECIAL;
		uc_emu_stop(uc);
		return;
	}
	uint32_t cur = ucx_word(st, ea);
	if (k == UCX_LL) {
		st->llres = 1;
		st->llvalid = 1;
		st->lladdr = ea;
		st->llval = cur;
		return;
	}
	// sc succeeds in the Go VM iff the reservation is held; in qemu iff the
	// address is that of the last ll and memory still holds what it loaded.
	// Unicorn runs it only when both succeed.
	if (!(st->llres && st->llvalid && st->lladdr == ea && st->llval == cur)) {
		st->reason = UCX_SPECIAL;
		uc_emu_stop(uc);
		return;
	}
	st->llres = 0;
	st->llvalid = 0;
	ucx_written(st, ea);
}

static void ucx_intr(uc_engine *uc, uint32_t intno, void *ud) {
	ucx_state *st = ud;
	st->reason = UCX_INTR;
	st->intno = intno;
	uc_emu_stop(uc);
}

// Called for loads and stores in kseg0/kseg1 only (the hook's range). The
// access happens anyway, against the wrong memory: the run is discarded.
static void ucx_kseg(uc_engine *uc, uc_mem_type type, uint64_t addr, int size, int64_t value, void *ud) {
	ucx_state *st = ud;
	if (!st->kseg) st->kseg = st->count;
	uc_emu_stop(uc);
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
	if (uc_hook_add(uc, &h, UC_HOOK_CODE, (void *)ucx_code, st, 1, 0) != UC_ERR_OK ||
	    uc_hook_add(uc, &h, UC_HOOK_INTR, (void *)ucx_intr, st, 1, 0) != UC_ERR_OK ||
	    uc_hook_add(uc, &h, UC_HOOK_MEM_READ | UC_HOOK_MEM_WRITE, (void *)ucx_kseg, st, 0x80000000u, 0xbfffffffu) != UC_ERR_OK) {
		free(st);
		return NULL;
	}
	return st;
}

// ucx_free releases the state; call after uc_close (unicorn maps the chunks).
static void ucx_free(ucx_state *st) {
	for (uint32_t i = 0; i < UCX_CODE_PAGES; i++) free(st->kind[i]);
	for (uint32_t i = 0; i < UCX_CHUNKS; i++) free(st->chunk[i]);
	free(st);
}

static uint8_t *ucx_kindmap(ucx_state *st, uint32_t page) {
	if (!st->kind[page]) st->kind[page] = calloc(1, 1024);
	return st->kind[page];
}

// ucx_map_chunk allocates and maps chunk i; the caller fills it first.
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
	}
	if (st->overflow) memset(st->dirtybits, 0, sizeof st->dirtybits);
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
	st->last = st->prev = ~(uint64_t)0;
	st->llvalid = 0;
	st->kseg = 0;
	uc_reg_write_batch(uc, ucx_regids, ptrs, 34);
	uc_err err = uc_emu_start(uc, pc, 0xfffffffcu, 0, 0);
	uc_reg_read_batch(uc, ucx_regids, ptrs, 35);
	return err;
}

static uc_engine *ucx_handle(void *p) { return (uc_engine *)p; }

#endif
