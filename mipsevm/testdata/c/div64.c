/* div64.c - the 64-bit division helpers gcc calls on 32-bit MIPS
 * (__udivdi3, __umoddi3, __divdi3, __moddi3).
 *
 * We provide our own instead of linking Debian's libgcc.a, whose objects
 * are built as mips32r2, abicalls and hard-float ABI (the linker warns and
 * marks the whole executable "mips32r2, cpic").  These are plain MIPS32
 * release 1 code: a 32-bit fast path using divu, otherwise binary long
 * division (shift and subtract).  Division by zero executes "break 7",
 * the code the kernel maps to SIGFPE for integer divide by zero. */
#include "rt.h"

typedef unsigned long long u64;
typedef long long s64;

u64 __udivdi3(u64 n, u64 d);
u64 __umoddi3(u64 n, u64 d);
s64 __divdi3(s64 n, s64 d);
s64 __moddi3(s64 n, s64 d);

static int clz64(u64 x)
{
    uint32_t hi = (uint32_t)(x >> 32);
    if (hi)
        return __builtin_clz(hi);
    return 32 + __builtin_clz((uint32_t)x); /* x != 0 here */
}

static u64 udivmod64(u64 n, u64 d, u64 *rem)
{
    if (d == 0) {
        __asm__ volatile("break 7");
        *rem = n;
        return 0;
    }
    if ((n >> 32) == 0 && (d >> 32) == 0) {
        uint32_t n32 = (uint32_t)n, d32 = (uint32_t)d;
        *rem = n32 % d32;
        return n32 / d32;
    }
    if (d > n) {
        *rem = n;
        return 0;
    }
    int shift = clz64(d) - clz64(n);
    u64 q = 0;
    d <<= shift;
    for (; shift >= 0; shift--) {
        q <<= 1;
        if (n >= d) {
            n -= d;
            q |= 1;
        }
        d >>= 1;
    }
    *rem = n;
    return q;
}

u64 __udivdi3(u64 n, u64 d)
{
    u64 r;
    return udivmod64(n, d, &r);
}

u64 __umoddi3(u64 n, u64 d)
{
    u64 r;
    udivmod64(n, d, &r);
    return r;
}

s64 __divdi3(s64 n, s64 d)
{
    u64 r;
    u64 un = n < 0 ? -(u64)n : (u64)n;
    u64 ud = d < 0 ? -(u64)d : (u64)d;
    u64 q = udivmod64(un, ud, &r);
    return (n < 0) != (d < 0) ? -(s64)q : (s64)q;
}

s64 __moddi3(s64 n, s64 d)
{
    u64 r;
    u64 un = n < 0 ? -(u64)n : (u64)n;
    u64 ud = d < 0 ? -(u64)d : (u64)d;
    udivmod64(un, ud, &r);
    return n < 0 ? -(s64)r : (s64)r;
}
