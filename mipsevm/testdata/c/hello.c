/* hello.c - smallest C test: prints a greeting and exercises the
 * formatter and the allocator of the tiny runtime.  Exit code 0. */
#include "rt.h"

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    printf("hello, world\n");
    printf("dec %d %d %d %u\n", 0, -1, (int)0x80000000, 0xffffffffu);
    printf("hex %x %X %08x %p\n", 0xdeadbeefu, 0xabcdefu, 0x1234u,
           (void *)0x400000);
    printf("str [%s] [%8s] [%-8s] char %c%c\n", "abc", "right", "left", 'o',
           'k');
    printf("ll %lld %llu %llx\n", (long long)(-9223372036854775807LL - 1),
           18446744073709551615ULL, 0x0123456789abcdefULL);
    printf("pad [%5d] [%-5d] [%05d] [%05d]\n", 42, 42, 42, -42);

    char *p = malloc(100);
    char *q = malloc(3 << 20); /* larger than one chunk */
    if (!p || !q)
        return 1;
    memset(p, 'x', 99);
    p[99] = 0;
    q[(3 << 20) - 1] = 7;
    printf("malloc ok len=%u last=%d\n", (unsigned)strlen(p),
           q[(3 << 20) - 1]);
    return 0;
}
