/* brk.c - the program break as Linux moves it: brk(0) and out-of-range
 * requests return the break unchanged; growing returns the new break and
 * the memory between the old and the new break reads zero (also after a
 * shrink and a regrow, at unaligned breaks); shrinking keeps what is below
 * the new break. Prints only offsets from the initial break, which differs
 * between the VM and qemu. */
#include "rt.h"

static unsigned long cur_brk(void) { return (unsigned long)rt_syscall1(SYS_brk, 0); }

static unsigned long set_brk(unsigned long x) { return (unsigned long)rt_syscall1(SYS_brk, (long)x); }

static int fails;

static void check(int ok, const char *what) {
    printf("%s %s\n", ok ? "ok" : "FAIL", what);
    if (!ok)
        fails++;
}

/* zero reports whether [p, p+n) reads all zero. */
static int zero(const unsigned char *p, unsigned long n) {
    unsigned long i;
    for (i = 0; i < n; i++)
        if (p[i])
            return 0;
    return 1;
}

/* fill writes a pattern that depends on the address. */
static void fill(unsigned char *p, unsigned long n) {
    unsigned long i;
    for (i = 0; i < n; i++)
        p[i] = (unsigned char)((unsigned long)(p + i) * 7 + 3) | 1;
}

/* sparse checks every 509th byte and the last 64 (for ranges too large to
 * read whole in a run proven step by step on chain). */
static int sparse_zero(const unsigned char *p, unsigned long n) {
    unsigned long i;
    for (i = 0; i < n; i += 509)
        if (p[i])
            return 0;
    return zero(p + n - 64, 64);
}

static int filled(const unsigned char *p, unsigned long n) {
    unsigned long i;
    for (i = 0; i < n; i++)
        if (p[i] != ((unsigned char)((unsigned long)(p + i) * 7 + 3) | 1))
            return 0;
    return 1;
}

int main(void) {
    unsigned long b0 = cur_brk(), b;
    unsigned char *p;
    /* Start at an unaligned break, so every step below is exercised at
     * several alignments. */
    static const unsigned long sizes[] = {1, 3, 31, 32, 33, 100, 4095, 4097, 5001};
    unsigned i;

    check(set_brk(b0) == b0, "brk(initial break) returns it");
    check(cur_brk() == b0, "brk(0) after it is unchanged");
    for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        unsigned long n = sizes[i];
        b = set_brk(b0 + n);
        printf("grow to +%lu: +%ld\n", n, (long)(b - b0));
        p = (unsigned char *)b0;
        check(b == b0 + n && cur_brk() == b0 + n, "  the break moved");
        check(zero(p, n), "  the new memory reads zero");
        fill(p, n);
        check(filled(p, n), "  and is writable");
        /* Shrink to a third, regrow: what stayed is kept, the rest is zero. */
        b = set_brk(b0 + n / 3);
        check(b == b0 + n / 3, "  shrink to a third");
        b = set_brk(b0 + n);
        check(b == b0 + n, "  regrow");
        check(filled(p, n / 3), "  the bytes below the shrunk break are kept");
        check(zero(p + n / 3, n - n / 3), "  the bytes above it read zero again");
        b = set_brk(b0);
        check(b == b0, "  back to the initial break");
    }
    /* A large grow: many blocks, from an unaligned break. */
    set_brk(b0 + 4099);
    fill((unsigned char *)b0 + 4000, 99);
    b = set_brk(b0 + 3 * (1 << 20) + 123);
    check(b == b0 + 3 * (1 << 20) + 123, "grow by 3 MiB from an unaligned break");
    check(filled((unsigned char *)b0 + 4000, 99), "  what was below is kept");
    check(sparse_zero((unsigned char *)b0 + 4099, b - b0 - 4099), "  the new memory reads zero");
    fill((unsigned char *)b - 300, 300);
    set_brk(b0 + 4099);
    b = set_brk(b0 + 3 * (1 << 20) + 123);
    check(sparse_zero((unsigned char *)b0 + 4099, b - b0 - 4099), "  and again after a shrink and a regrow");
    set_brk(b0);
    /* Growing in small unaligned increments, writing as it goes. */
    for (b = b0 + 5, i = 0; i < 100; i++) {
        unsigned long nb = b + 1 + i * 3;
        if (set_brk(nb) != nb)
            break;
        if (!zero((unsigned char *)b, nb - b))
            break;
        fill((unsigned char *)b, nb - b);
        b = nb;
    }
    check(i == 100 && filled((unsigned char *)b0 + 5, b - b0 - 5), "100 unaligned increments");
    b = cur_brk();
    check(set_brk(b0 - 4096) == b, "below the initial break: refused, break unchanged");
    check(set_brk(0xf0000000ul) == b, "far above: refused, break unchanged");
    check(cur_brk() == b, "the break is where it was");
    check(set_brk(b0) == b0, "shrink to the initial break");
    printf("%d failures\n", fails);
    return fails;
}
