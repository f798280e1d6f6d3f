/* pipes.c - pipes as Linux has them: pipe2, short reads, reads and writes at
 * every alignment, a full non-blocking pipe (a short write, then EAGAIN),
 * EAGAIN on an empty one, end of file once every write end is closed (dup
 * included), EPIPE once the read end is closed (SIGPIPE ignored, as there
 * are no signals in the VM), fcntl's flags, and edge-triggered epoll on a
 * pipe's read end. Prints no fd numbers (the VM's start at 9, qemu's where
 * the host's do). */
#include "rt.h"

#define SYS_read 4003
#define SYS_close 4006
#define SYS_dup 4041
#define SYS_fcntl 4055
#define SYS_rt_sigaction 4194
#define SYS_epoll_ctl 4249
#define SYS_epoll_wait 4250
#define SYS_epoll_create1 4326
#define SYS_pipe2 4328

#define O_NONBLOCK 0x80
#define O_CLOEXEC 0x80000
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define EPOLLIN 1
#define EPOLLOUT 4
#define EPOLLET (1u << 31)

static long rd(int fd, void *buf, unsigned long n) { return rt_syscall3(SYS_read, fd, (long)buf, (long)n); }
static long wr(int fd, const void *buf, unsigned long n) { return rt_syscall3(4004, fd, (long)buf, (long)n); }
static long cl(int fd) { return rt_syscall1(SYS_close, fd); }
static long fcntl3(int fd, int cmd, long arg) { return rt_syscall3(SYS_fcntl, fd, cmd, arg); }

static int fds[2];

static long mkpipe(int flags) { return rt_syscall3(SYS_pipe2, (long)fds, flags, 0); }

static unsigned char src[80000], dst[80000];

struct event {
    unsigned int events;
    unsigned int pad;
    unsigned int data_hi, data_lo;
};

int main(void) {
    long n;
    int i, a, b;
    unsigned long total;
    unsigned int sum;
    /* sigaction(SIGPIPE, SIG_IGN): flags, handler, 16 bytes of mask */
    static unsigned int sa[6] = {0, 1, 0, 0, 0, 0};
    struct event ev[2];

    for (i = 0; i < (int)sizeof src; i++)
        src[i] = (unsigned char)(i * 131 + (i >> 8));
    printf("sigaction %ld\n", rt_syscall6(SYS_rt_sigaction, 13, (long)sa, 0, 16, 0, 0));

    /* A blocking pipe: what is written is read back, in short reads. */
    printf("pipe2 %ld\n", mkpipe(0));
    printf("F_GETFL read end %lx, write end %lx, F_GETFD %ld\n", fcntl3(fds[0], F_GETFL, 0),
           fcntl3(fds[1], F_GETFL, 0), fcntl3(fds[0], F_GETFD, 0));
    for (a = 0; a < 4; a++)
        for (b = 0; b < 4; b++) {
            n = wr(fds[1], src + a, 37 + a);
            long m = rd(fds[0], dst + b, 100);
            printf("write %ld at +%d, read %ld at +%d, %s\n", n, a, m, b,
                   m == n && memcmp(dst + b, src + a, (unsigned long)n) == 0 ? "same" : "DIFFERENT");
        }
    wr(fds[1], src, 10);
    printf("read 3 of 10: %ld, then the rest: %ld\n", rd(fds[0], dst, 3), rd(fds[0], dst + 3, 100));
    printf("read 0 bytes: %ld\n", rd(fds[0], dst, 0));
    /* A dup'd write end keeps the pipe open. */
    int w2 = (int)rt_syscall1(SYS_dup, fds[1]);
    printf("dup %s\n", w2 > 2 ? "ok" : "FAIL");
    printf("close write end %ld\n", cl(fds[1]));
    wr(w2, "xyz", 3);
    printf("read through the dup: %ld\n", rd(fds[0], dst, 10));
    printf("close the dup %ld\n", cl(w2));
    printf("read at end of file: %ld\n", rd(fds[0], dst, 10));
    printf("close read end %ld, again %ld\n", cl(fds[0]), cl(fds[0]));

    /* A non-blocking pipe: fill it, EAGAIN, drain it. */
    printf("pipe2 nonblock|cloexec %ld\n", mkpipe(O_NONBLOCK | O_CLOEXEC));
    printf("F_GETFL %lx, F_GETFD %ld\n", fcntl3(fds[1], F_GETFL, 0), fcntl3(fds[1], F_GETFD, 0));
    printf("read of an empty pipe: %ld\n", rd(fds[0], dst, 10));
    n = wr(fds[1], src + 1, 70000);
    printf("write 70000 into an empty pipe: %ld\n", n);
    printf("write into a full pipe: %ld\n", wr(fds[1], src, 5));
    total = 0;
    sum = 0;
    for (i = 0;; i++) {
        long m = rd(fds[0], dst + (i & 3), 1000 + (unsigned)i * 7);
        if (m <= 0) {
            printf("drained %lu bytes in %d reads, then %ld\n", total, i, m);
            break;
        }
        if (memcmp(dst + (i & 3), src + 1 + total, (unsigned long)m) != 0)
            printf("FAIL bytes differ at %lu\n", total);
        for (long j = 0; j < m; j++)
            sum = sum * 31 + dst[(i & 3) + j];
        total += (unsigned long)m;
    }
    printf("checksum %x\n", sum);
    printf("F_SETFL 0 %ld, F_GETFL %lx, F_SETFD 0 %ld, F_GETFD %ld\n", fcntl3(fds[0], F_SETFL, 0),
           fcntl3(fds[0], F_GETFL, 0), fcntl3(fds[0], F_SETFD, 0), fcntl3(fds[0], F_GETFD, 0));
    fcntl3(fds[0], F_SETFL, O_NONBLOCK);

    /* Edge-triggered epoll on the read end. */
    int ep = (int)rt_syscall1(SYS_epoll_create1, 0);
    printf("epoll_create1 %s\n", ep >= 0 ? "ok" : "FAIL");
    ev[0].events = EPOLLIN | EPOLLET;
    ev[0].data_hi = 0x11223344;
    ev[0].data_lo = 0x55667788;
    printf("epoll_ctl add %ld\n", rt_syscall6(SYS_epoll_ctl, ep, 1, fds[0], (long)ev, 0, 0));
    printf("again: %ld\n", rt_syscall6(SYS_epoll_ctl, ep, 1, fds[0], (long)ev, 0, 0));
    memset(ev, 0, sizeof ev);
    printf("wait on an empty pipe: %ld\n", rt_syscall6(SYS_epoll_wait, ep, (long)ev, 1, 0, 0, 0));
    wr(fds[1], "abc", 3);
    n = rt_syscall6(SYS_epoll_wait, ep, (long)ev, 1, 0, 0, 0);
    printf("wait after a write: %ld, events %x, data %x%x\n", n, ev[0].events, ev[0].data_hi, ev[0].data_lo);
    printf("wait again (edge-triggered): %ld\n", rt_syscall6(SYS_epoll_wait, ep, (long)ev, 1, 0, 0, 0));
    printf("read %ld\n", rd(fds[0], dst, 100));
    cl(fds[1]);
    memset(ev, 0, sizeof ev);
    n = rt_syscall6(SYS_epoll_wait, ep, (long)ev, 1, 0, 0, 0);
    printf("wait after the write end closed: %ld, events %x\n", n, ev[0].events);
    printf("read at end of file: %ld\n", rd(fds[0], dst, 10));
    printf("epoll_ctl del %ld, again %ld\n", rt_syscall6(SYS_epoll_ctl, ep, 2, fds[0], 0, 0, 0),
           rt_syscall6(SYS_epoll_ctl, ep, 2, fds[0], 0, 0, 0));
    cl(fds[0]);

    /* No reader: EPIPE. */
    mkpipe(0);
    cl(fds[0]);
    printf("write with no reader: %ld\n", wr(fds[1], "x", 1));
    printf("bad fds: read %ld, write %ld, close %ld, fcntl %ld\n", rd(200, dst, 1), wr(200, dst, 1), cl(200),
           fcntl3(200, F_GETFL, 0));
    return 0;
}
