/* bigmul.c - 64-bit integer arithmetic on a 32-bit CPU.
 * long long multiplication is inlined by gcc (multu/mul/addu), division
 * and modulo call libgcc's __udivdi3/__umoddi3/__divdi3/__moddi3, variable
 * 64-bit shifts are inlined.  Checks fixed cases, a hashed random sweep,
 * 100! with 32-bit limbs (printed in decimal) and modular exponentiation.
 * Expected values were computed independently with Python (README.md).
 * Exit code: number of failed checks (0 = all passed). */
#include "rt.h"

static int fails;

static void check64(const char *name, uint64_t got, uint64_t want)
{
    if (got == want) {
        printf("ok %s\n", name);
    } else {
        printf("FAIL %s got 0x%016llx want 0x%016llx\n", name, got, want);
        fails++;
    }
}

/* volatile so that gcc cannot constant-fold the operations away */
static volatile uint64_t v_max = 0xffffffffffffffffULL;
static volatile uint64_t v_a = 0x123456789abcdef0ULL;
static volatile uint64_t v_b = 0x0fedcba987654321ULL;
static volatile uint64_t v_c = 0xfedcba9876543210ULL;
static volatile int64_t v_min = (-9223372036854775807LL - 1);
static volatile int64_t v_m7 = -7;
static volatile unsigned v_shift[6] = {0, 1, 31, 32, 33, 63};

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t xorshift64(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static uint64_t fnv(uint64_t h, uint64_t v)
{
    h ^= v;
    return h * 0x100000001b3ULL;
}

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m)
{
    /* double-and-add, m < 2^63 so nothing overflows */
    uint64_t r = 0;
    a %= m;
    while (b) {
        if (b & 1) {
            r += a;
            if (r >= m)
                r -= m;
        }
        a <<= 1;
        if (a >= m)
            a -= m;
        b >>= 1;
    }
    return r;
}

static uint64_t powmod(uint64_t base, uint64_t e, uint64_t m)
{
    uint64_t r = 1 % m;
    base %= m;
    while (e) {
        if (e & 1)
            r = mulmod(r, base, m);
        base = mulmod(base, base, m);
        e >>= 1;
    }
    return r;
}

#define LIMBS 32 /* 32 * 32 bits = 1024 bits > log2(100!) = 525 */

static void factorial(uint32_t *limbs, unsigned n)
{
    memset(limbs, 0, LIMBS * sizeof(uint32_t));
    limbs[0] = 1;
    for (unsigned k = 2; k <= n; k++) {
        uint64_t carry = 0;
        for (int i = 0; i < LIMBS; i++) {
            uint64_t p = (uint64_t)limbs[i] * k + carry;
            limbs[i] = (uint32_t)p;
            carry = p >> 32;
        }
    }
}

/* decimal conversion by repeated division by 10^9 (u64 / u32 divisions) */
static void to_decimal(const uint32_t *in, char *out)
{
    uint32_t t[LIMBS];
    uint32_t chunks[64];
    int nchunks = 0;
    memcpy(t, in, sizeof(t));
    for (;;) {
        int nonzero = 0;
        uint64_t rem = 0;
        for (int i = LIMBS - 1; i >= 0; i--) {
            uint64_t cur = (rem << 32) | t[i];
            t[i] = (uint32_t)(cur / 1000000000u);
            rem = cur % 1000000000u;
            nonzero |= t[i] != 0;
        }
        chunks[nchunks++] = (uint32_t)rem;
        if (!nonzero)
            break;
    }
    char *p = out;
    for (int i = nchunks - 1; i >= 0; i--) {
        char tmp[10];
        uint32_t v = chunks[i];
        for (int d = 8; d >= 0; d--) {
            tmp[d] = (char)('0' + v % 10);
            v /= 10;
        }
        int start = 0;
        if (i == nchunks - 1)
            while (start < 8 && tmp[start] == '0')
                start++;
        for (int d = start; d < 9; d++)
            *p++ = tmp[d];
    }
    *p = 0;
}

int main(void)
{
    /* ---- fixed cases */
    check64("mul-max-max", v_max * v_max, 1);
    check64("mul-mixed", v_a * v_b, 0x2236d88fe5618cf0ULL);
    check64("udiv-max-3", v_max / 3, 0x5555555555555555ULL);
    check64("umod-max-p", v_max % 1000000007u, 0x0000000022b5dd47ULL);
    check64("udiv-big-divisor", v_c / 0x100000001ULL, 0x00000000fedcba97ULL);
    check64("umod-big-divisor", v_c % 0x100000001ULL, 0x0000000077777779ULL);
    check64("sdiv-neg7-2", (uint64_t)(v_m7 / 2), (uint64_t)-3LL);
    check64("smod-neg7-2", (uint64_t)(v_m7 % 2), (uint64_t)-1LL);
    check64("sdiv-min-3", (uint64_t)(v_min / 3), (uint64_t)-3074457345618258602LL);
    check64("smod-min-3", (uint64_t)(v_min % 3), (uint64_t)-2LL);
    check64("slt-64", (int64_t)v_max < 1, 1);
    check64("ult-64", v_max < 1, 0);

    static const uint64_t want_shl[6] = {0xfedcba9876543210ULL, 0xfdb97530eca86420ULL, 0x3b2a190800000000ULL, 0x7654321000000000ULL, 0xeca8642000000000ULL, 0x0000000000000000ULL};
    static const uint64_t want_shr[6] = {0xfedcba9876543210ULL, 0x7f6e5d4c3b2a1908ULL, 0x00000001fdb97530ULL, 0x00000000fedcba98ULL, 0x000000007f6e5d4cULL, 0x0000000000000001ULL};
    static const uint64_t want_sar[6] = {0xfedcba9876543210ULL, 0xff6e5d4c3b2a1908ULL, 0xfffffffffdb97530ULL, 0xfffffffffedcba98ULL, 0xffffffffff6e5d4cULL, 0xffffffffffffffffULL};
    uint64_t hs = 0;
    for (int i = 0; i < 6; i++) {
        unsigned s = v_shift[i];
        hs |= (uint64_t)((v_c << s) != want_shl[i]) << (3 * i);
        hs |= (uint64_t)((v_c >> s) != want_shr[i]) << (3 * i + 1);
        hs |= (uint64_t)(((int64_t)v_c >> s) != (int64_t)want_sar[i])
              << (3 * i + 2);
    }
    check64("shifts-0-1-31-32-33-63 (mismatch bitmap)", hs, 0);

    /* ---- random sweep, folded into an FNV-style hash */
    uint64_t h = 0xcbf29ce484222325ULL;
    for (int i = 0; i < 2000; i++) {
        uint64_t a = xorshift64();
        uint64_t b = xorshift64();
        if (i & 1)
            b >>= (a & 63); /* also exercise small divisors */
        if (b == 0)
            b = 1;
        unsigned s = (unsigned)(b & 63);
        h = fnv(h, a * b);
        h = fnv(h, a / b);
        h = fnv(h, a % b);
        if (!((int64_t)a == (-9223372036854775807LL - 1) && (int64_t)b == -1)) {
            h = fnv(h, (uint64_t)((int64_t)a / (int64_t)b));
            h = fnv(h, (uint64_t)((int64_t)a % (int64_t)b));
        }
        h = fnv(h, a << s);
        h = fnv(h, a >> s);
        h = fnv(h, (uint64_t)((int64_t)a >> s));
        h = fnv(h, (uint64_t)((int64_t)a < (int64_t)b) | (uint64_t)(a < b) << 1);
    }
    printf("sweep hash 0x%016llx\n", h);
    check64("random-sweep", h, 0x55155c5c7fe8d0bdULL);

    /* ---- 100! */
    uint32_t f[LIMBS];
    char dec[200];
    factorial(f, 100);
    to_decimal(f, dec);
    printf("100! = %s\n", dec);
    check64("factorial-100-decimal", strcmp(dec, "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000") == 0, 1);
    check64("factorial-100-low-limb", f[0], 0);
    check64("factorial-100-limb-9", f[9], 0x00000000943a321cULL);

    /* ---- modular exponentiation */
    uint64_t m61 = 0x1fffffffffffffffULL; /* 2^61 - 1 is prime */
    check64("fermat-m61", powmod(3, m61 - 1, m61), 1);
    check64("powmod-2-1e18-p", powmod(2, 1000000000000000000ULL, 1000000007u),
            0x000000002ae25624ULL);
    check64("powmod-m61", powmod(0x0123456789abcdefULL, 0xfedcba987ULL, m61),
            0x1ca780051472c267ULL);

    printf("%s\n", fails ? "bigmul: FAILED" : "bigmul: all ok");
    return fails;
}
