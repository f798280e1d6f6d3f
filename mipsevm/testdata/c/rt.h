/* rt.h - tiny freestanding runtime for the MIPS32 o32 test programs.
 * No libc: syscalls are made directly with the "syscall" instruction. */
#ifndef RT_H
#define RT_H

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>

/* Linux o32 syscall numbers (4000 + n) */
#define SYS_exit        4001
#define SYS_write       4004
#define SYS_brk         4045
#define SYS_mmap        4090
#define SYS_munmap      4091
#define SYS_exit_group  4246

/* Raw syscalls.  Return the kernel result, or -errno on error (a3 != 0). */
long rt_syscall0(long n);
long rt_syscall1(long n, long a);
long rt_syscall3(long n, long a, long b, long c);
long rt_syscall6(long n, long a, long b, long c, long d, long e, long f);

extern char **rt_environ;

long write(int fd, const void *buf, size_t len);
void exit(int code) __attribute__((noreturn));
void *rt_mmap(void *addr, size_t len, int prot, int flags, int fd, long off);

/* Formatted output: %d %i %u %x %X %s %c %p %%, flags '0' '-', width,
 * length modifiers l (ignored, 32-bit) and ll (64-bit).  Each call does a
 * single write(2) (or more if the output exceeds the internal buffer). */
int printf(const char *fmt, ...);
int dprintf(int fd, const char *fmt, ...);
int vdprintf(int fd, const char *fmt, va_list ap);
int puts(const char *s);

/* Bump allocator over anonymous mmap chunks; free is a no-op. */
void *malloc(size_t n);
void *calloc(size_t n, size_t size);
void free(void *p);

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);

#endif
