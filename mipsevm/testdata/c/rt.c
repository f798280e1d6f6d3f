/* rt.c - tiny freestanding runtime (see rt.h).
 * Must be compiled with -fno-tree-loop-distribute-patterns so that gcc
 * does not turn the memset/memcpy loops below into calls to themselves. */
#include "rt.h"

char **rt_environ;

/* o32: v0 = number, a0..a3 = args 1-4, args 5-6 at 16($sp) and 20($sp).
 * Result in v0; a3 is non-zero on error (then v0 = errno).  The kernel may
 * clobber v1, a3 and the temporaries, so they are listed as clobbered. */
#define SYSCALL_CLOBBERS "$1", "$3", "$8", "$9", "$10", "$11", "$12", \
    "$13", "$14", "$15", "$24", "$25", "hi", "lo", "memory"

long rt_syscall0(long n)
{
    register long v0 __asm__("$2") = n;
    register long a3 __asm__("$7");
    __asm__ volatile("syscall"
                     : "+r"(v0), "=r"(a3)
                     :
                     : SYSCALL_CLOBBERS);
    return a3 ? -v0 : v0;
}

long rt_syscall1(long n, long a)
{
    register long v0 __asm__("$2") = n;
    register long a0 __asm__("$4") = a;
    register long a3 __asm__("$7");
    __asm__ volatile("syscall"
                     : "+r"(v0), "=r"(a3), "+r"(a0)
                     :
                     : SYSCALL_CLOBBERS);
    return a3 ? -v0 : v0;
}

long rt_syscall3(long n, long a, long b, long c)
{
    register long v0 __asm__("$2") = n;
    register long a0 __asm__("$4") = a;
    register long a1 __asm__("$5") = b;
    register long a2 __asm__("$6") = c;
    register long a3 __asm__("$7");
    __asm__ volatile("syscall"
                     : "+r"(v0), "=r"(a3), "+r"(a0), "+r"(a1), "+r"(a2)
                     :
                     : SYSCALL_CLOBBERS);
    return a3 ? -v0 : v0;
}

long rt_syscall6(long n, long a, long b, long c, long d, long e, long f)
{
    register long v0 __asm__("$2") = n;
    register long a0 __asm__("$4") = a;
    register long a1 __asm__("$5") = b;
    register long a2 __asm__("$6") = c;
    register long a3 __asm__("$7") = d;
    __asm__ volatile(".set push\n\t"
                     ".set noreorder\n\t"
                     "addiu $sp, $sp, -32\n\t"
                     "sw    %[e], 16($sp)\n\t"
                     "sw    %[f], 20($sp)\n\t"
                     "syscall\n\t"
                     "addiu $sp, $sp, 32\n\t"
                     ".set pop"
                     : "+r"(v0), "+r"(a3), "+r"(a0), "+r"(a1), "+r"(a2)
                     : [e] "r"(e), [f] "r"(f)
                     : SYSCALL_CLOBBERS);
    return a3 ? -v0 : v0;
}

long write(int fd, const void *buf, size_t len)
{
    return rt_syscall3(SYS_write, fd, (long)buf, (long)len);
}

void exit(int code)
{
    for (;;)
        rt_syscall1(SYS_exit_group, code);
}

void *rt_mmap(void *addr, size_t len, int prot, int flags, int fd, long off)
{
    return (void *)rt_syscall6(SYS_mmap, (long)addr, (long)len, prot, flags,
                               fd, off);
}

/* ---------------------------------------------------------------- memory */

void *memcpy(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    if ((((uintptr_t)d | (uintptr_t)s) & 3) == 0) {
        while (n >= 4) {
            *(uint32_t *)d = *(const uint32_t *)s;
            d += 4;
            s += 4;
            n -= 4;
        }
    }
    while (n--)
        *d++ = *s++;
    return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d == s || n == 0)
        return dst;
    if (d < s || d >= s + n)
        return memcpy(dst, src, n);
    while (n--)
        d[n] = s[n];
    return dst;
}

void *memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst;
    uint32_t w = (unsigned char)c;
    w |= w << 8;
    w |= w << 16;
    while (n && ((uintptr_t)d & 3)) {
        *d++ = (unsigned char)c;
        n--;
    }
    while (n >= 4) {
        *(uint32_t *)d = w;
        d += 4;
        n -= 4;
    }
    while (n--)
        *d++ = (unsigned char)c;
    return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = a, *y = b;
    for (size_t i = 0; i < n; i++)
        if (x[i] != y[i])
            return x[i] < y[i] ? -1 : 1;
    return 0;
}

size_t strlen(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

int strcmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

/* ------------------------------------------------------------ allocation */

#define PROT_READ       1
#define PROT_WRITE      2
#define MAP_PRIVATE     0x002
#define MAP_ANONYMOUS   0x800   /* MIPS value */
#define CHUNK_SIZE      (1u << 20)

static unsigned char *heap_cur, *heap_end;

void *malloc(size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if (n == 0)
        n = 8;
    if ((size_t)(heap_end - heap_cur) < n) {
        size_t len = n > CHUNK_SIZE ? (n + 4095) & ~(size_t)4095 : CHUNK_SIZE;
        void *p = rt_mmap(0, len, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if ((long)p < 0 && (long)p > -4096)
            return 0;
        heap_cur = p;
        heap_end = heap_cur + len;
    }
    void *p = heap_cur;
    heap_cur += n;
    return p;
}

void *calloc(size_t n, size_t size)
{
    /* fresh mmap memory is zero and the bump pointer never reuses memory */
    if (size && n > (size_t)-1 / size)
        return 0;
    return malloc(n * size);
}

void free(void *p)
{
    (void)p;
}

/* ---------------------------------------------------------------- output */

struct outbuf {
    int fd;
    int len;
    int total;
    char buf[256];
};

static void ob_flush(struct outbuf *o)
{
    int off = 0;
    while (off < o->len) {
        long r = write(o->fd, o->buf + off, o->len - off);
        if (r <= 0)
            break;
        off += r;
    }
    o->len = 0;
}

static void ob_putc(struct outbuf *o, char c)
{
    if (o->len == (int)sizeof(o->buf))
        ob_flush(o);
    o->buf[o->len++] = c;
    o->total++;
}

/* Divide a 64-bit value by 10 using only 32-bit divisions (so that this
 * runtime never needs libgcc's __udivdi3). */
static unsigned div10_u64(uint64_t *n)
{
    uint32_t hi = (uint32_t)(*n >> 32), lo = (uint32_t)*n;
    uint32_t qhi = hi / 10, r = hi % 10;
    uint32_t mid = (r << 16) | (lo >> 16);
    uint32_t qmid = mid / 10;
    r = mid % 10;
    uint32_t low = (r << 16) | (lo & 0xffff);
    uint32_t qlow = low / 10;
    r = low % 10;
    *n = ((uint64_t)qhi << 32) | (qmid << 16) | qlow;
    return r;
}

static void ob_number(struct outbuf *o, uint64_t v, int base, int upper,
                      int neg, int width, int zero, int left)
{
    char tmp[24];
    int n = 0;
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    if (v == 0)
        tmp[n++] = '0';
    while (v) {
        if (base == 16) {
            tmp[n++] = digits[v & 15];
            v >>= 4;
        } else {
            tmp[n++] = digits[div10_u64(&v)];
        }
    }
    int len = n + neg;
    if (neg && zero)
        ob_putc(o, '-');
    if (!left)
        for (; len < width; len++)
            ob_putc(o, zero ? '0' : ' ');
    if (neg && !zero)
        ob_putc(o, '-');
    while (n)
        ob_putc(o, tmp[--n]);
    if (left)
        for (; len < width; len++)
            ob_putc(o, ' ');
}

int vdprintf(int fd, const char *fmt, va_list ap)
{
    struct outbuf o;
    o.fd = fd;
    o.len = 0;
    o.total = 0;
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            ob_putc(&o, *fmt);
            continue;
        }
        fmt++;
        int zero = 0, left = 0, width = 0, lng = 0;
        for (;; fmt++) {
            if (*fmt == '0')
                zero = 1;
            else if (*fmt == '-')
                left = 1;
            else
                break;
        }
        if (left)
            zero = 0;
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        while (*fmt == 'l') {
            lng++;
            fmt++;
        }
        switch (*fmt) {
        case 'd':
        case 'i': {
            int64_t v = lng >= 2 ? va_arg(ap, int64_t) : va_arg(ap, int32_t);
            uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
            ob_number(&o, u, 10, 0, v < 0, width, zero, left);
            break;
        }
        case 'u':
        case 'x':
        case 'X': {
            uint64_t v = lng >= 2 ? va_arg(ap, uint64_t) : va_arg(ap, uint32_t);
            ob_number(&o, v, *fmt == 'u' ? 10 : 16, *fmt == 'X', 0, width,
                      zero, left);
            break;
        }
        case 'p':
            ob_putc(&o, '0');
            ob_putc(&o, 'x');
            ob_number(&o, (uintptr_t)va_arg(ap, void *), 16, 0, 0, 8, 1, 0);
            break;
        case 'c': {
            char c = (char)va_arg(ap, int);
            int pad = width > 1 ? width - 1 : 0;
            if (!left)
                while (pad-- > 0)
                    ob_putc(&o, ' ');
            ob_putc(&o, c);
            if (left)
                while (pad-- > 0)
                    ob_putc(&o, ' ');
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s)
                s = "(null)";
            int pad = width - (int)strlen(s);
            if (!left)
                while (pad-- > 0)
                    ob_putc(&o, ' ');
            while (*s)
                ob_putc(&o, *s++);
            if (left)
                while (pad-- > 0)
                    ob_putc(&o, ' ');
            break;
        }
        case '%':
            ob_putc(&o, '%');
            break;
        case 0:
            fmt--; /* lone '%' at the end */
            break;
        default:
            ob_putc(&o, '%');
            ob_putc(&o, *fmt);
            break;
        }
    }
    ob_flush(&o);
    return o.total;
}

int dprintf(int fd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vdprintf(fd, fmt, ap);
    va_end(ap);
    return n;
}

int printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vdprintf(1, fmt, ap);
    va_end(ap);
    return n;
}

int puts(const char *s)
{
    return dprintf(1, "%s\n", s);
}
