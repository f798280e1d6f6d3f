/* args.c - what a process starts with: argc, argv, the environment (as main's
 * envp and as the initial stack lays them out) and its standard input, read
 * with read(2) into buffers of many sizes at every alignment until end of
 * file. argv[0] is printed only when there are arguments (run without any,
 * qemu passes the executable's path and the VM "guest"). */
#include "rt.h"

#define SYS_read 4003

static long rd(void *buf, unsigned long n) { return rt_syscall3(SYS_read, 0, (long)buf, (long)n); }

static unsigned char buf[1 << 16];

int main(int argc, char **argv, char **envp) {
    int i;
    unsigned long total = 0, sum = 0, lines = 0, calls = 0;
    long n;
    static const unsigned long sizes[] = {1, 2, 3, 5, 7, 64, 1000, 4096, 65000};

    printf("argc %d\n", argc);
    for (i = argc > 1 ? 0 : 1; i < argc; i++)
        printf("argv[%d] %s (%u bytes)\n", i, argv[i], (unsigned)strlen(argv[i]));
    printf("argv[argc] %s\n", argv[argc] == 0 ? "NULL" : "not NULL");
    for (i = 0; envp[i]; i++)
        printf("env[%d] %s\n", i, envp[i]);
    printf("env entries %d, rt_environ %s\n", i, rt_environ == envp ? "= envp" : "!= envp");

    for (i = 0;; i++) {
        unsigned long size = sizes[i % (sizeof sizes / sizeof sizes[0])];
        unsigned long align = (unsigned long)i % 4;
        unsigned char *p = buf + align;
        unsigned long j;
        /* Bytes around the buffer must not change. */
        buf[align + size] = 0x5a;
        if (align)
            buf[align - 1] = 0xa5;
        n = rd(p, size);
        calls++;
        if (n < 0) {
            printf("read error %ld\n", n);
            return 1;
        }
        if (calls <= 24 || n == 0)
            printf("read(%lu at +%lu) = %ld\n", size, align, n);
        if (buf[align + size] != 0x5a || (align && buf[align - 1] != 0xa5)) {
            printf("FAIL read wrote outside its buffer\n");
            return 1;
        }
        if (n == 0)
            break;
        for (j = 0; j < (unsigned long)n; j++) {
            sum = sum * 31 + p[j];
            if (p[j] == '\n')
                lines++;
        }
        total += (unsigned long)n;
    }
    printf("stdin: %lu bytes, %lu lines, checksum %lx, %lu reads\n", total, lines, sum, calls);
    n = rd(buf, 10);
    printf("read after end of file = %ld\n", n);
    n = rd(buf, 0);
    printf("read of 0 bytes = %ld\n", n);
    return 0;
}
