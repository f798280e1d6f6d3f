// Bare unicorn runs, for the upper-bound measurement in bound_test.go
// (docs/benchmarks.md, "Unicorn fast-forward engine vs the interpreter"):
// how fast unicorn 2.0.1 runs guest code with no hooks, with only a block
// hook, and with a trivial instruction hook. The engine does not use it.
#ifndef BOUND_H
#define BOUND_H
#include <unicorn/unicorn.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { BOUND_RAW = 0, BOUND_BLOCK = 1, BOUND_CODE = 2, BOUND_BLOCK_MEM = 3 };

typedef struct {
	uc_engine *uc;
	uint64_t count;   // instructions counted by the hook
	uint64_t blocks;  // blocks entered (block hook)
	uint32_t regs[35];
	uint8_t *mem[4096];
	uint8_t dirty[1u << 20]; // one byte per 4 KiB page written
} bound_t;

static void bound_block(uc_engine *uc, uint64_t addr, uint32_t size, void *ud) {
	bound_t *z = ud;
	z->count += size >> 2;
	z->blocks++;
}

// The cheapest possible exact per-instruction count (no budget check).
static void bound_code(uc_engine *uc, uint64_t addr, uint32_t size, void *ud) {
	((bound_t *)ud)->count++;
}

// Like the engine's kseg0/kseg1 load hook (never fires on these programs).
static void bound_kseg(uc_engine *uc, uc_mem_type type, uint64_t addr, int size, int64_t value, void *ud) {
	uc_emu_stop(uc);
}

// Marks the page of every store (the engine's kind of dirty tracking).
static void bound_write(uc_engine *uc, uc_mem_type type, uint64_t addr, int size, int64_t value, void *ud) {
	((bound_t *)ud)->dirty[(uint32_t)addr >> 12] = 1;
}

static bound_t *bound_new(int mode) {
	bound_t *z = calloc(1, sizeof *z);
	if (!z) return NULL;
	if (uc_open(UC_ARCH_MIPS, UC_MODE_MIPS32 | UC_MODE_BIG_ENDIAN, &z->uc) != UC_ERR_OK) { free(z); return NULL; }
	if (uc_ctl_set_cpu_model(z->uc, UC_CPU_MIPS32_4KC) != UC_ERR_OK) { uc_close(z->uc); free(z); return NULL; }
	uc_hook h;
	uc_err err = UC_ERR_OK;
	if (mode == BOUND_BLOCK || mode == BOUND_BLOCK_MEM) err = uc_hook_add(z->uc, &h, UC_HOOK_BLOCK, (void *)bound_block, z, 1, 0);
	// The engine's memory hooks: any UC_HOOK_MEM_READ or _WRITE hook sends
	// every load and store through unicorn's slow path.
	if (err == UC_ERR_OK && mode == BOUND_BLOCK_MEM) {
		err = uc_hook_add(z->uc, &h, UC_HOOK_MEM_READ, (void *)bound_kseg, z, 0x80000000u, 0xbfffffffu);
		if (err == UC_ERR_OK) err = uc_hook_add(z->uc, &h, UC_HOOK_MEM_WRITE, (void *)bound_write, z, 1, 0);
	}
	if (mode == BOUND_CODE) err = uc_hook_add(z->uc, &h, UC_HOOK_CODE, (void *)bound_code, z, 1, 0);
	if (err != UC_ERR_OK) { uc_close(z->uc); free(z); return NULL; }
	return z;
}

static void bound_free(bound_t *z) {
	uc_close(z->uc);
	for (int i = 0; i < 4096; i++) free(z->mem[i]);
	free(z);
}

// bound_chunk allocates and maps 1 MiB chunk i (rwx); the caller fills it.
static uint8_t *bound_chunk(bound_t *z, uint32_t i) {
	if (z->mem[i]) return z->mem[i];
	void *p = NULL;
	if (posix_memalign(&p, 4096, 1u << 20) != 0) return NULL;
	memset(p, 0, 1u << 20);
	if (uc_mem_map_ptr(z->uc, (uint64_t)i << 20, 1u << 20, UC_PROT_ALL, p) != UC_ERR_OK) { free(p); return NULL; }
	z->mem[i] = p;
	return p;
}

// bound_run runs from regs[34] until unicorn stops by itself (the syscall
// raises an exception nobody hooks).
static uc_err bound_run(bound_t *z) {
	int ids[35];
	void *ptrs[35];
	for (int i = 0; i < 32; i++) ids[i] = UC_MIPS_REG_0 + i;
	ids[32] = UC_MIPS_REG_HI;
	ids[33] = UC_MIPS_REG_LO;
	ids[34] = UC_MIPS_REG_PC;
	for (int i = 0; i < 35; i++) ptrs[i] = &z->regs[i];
	z->count = z->blocks = 0;
	uc_reg_write_batch(z->uc, ids, ptrs, 34);
	uc_err err = uc_emu_start(z->uc, z->regs[34], 0xfffffffcu, 0, 0);
	uc_reg_read_batch(z->uc, ids, ptrs, 35);
	return err;
}
#endif
