/* sort.c - quicksort (a specialised int version and a generic one with a
 * comparator function pointer) over pseudo-random data, with checks:
 * sortedness, permutation (sum/xor preserved), both sorts agree, and
 * order statistics / a position-weighted checksum that were computed
 * independently with Python (see README.md).  Also sorts data with many
 * duplicates, already sorted and reverse-sorted inputs.
 * Exit code: number of failed checks (0 = all passed). */
#include "rt.h"

#define N 20000

static int fails;

static void check(const char *name, uint32_t got, uint32_t want)
{
    if (got == want) {
        printf("ok %s\n", name);
    } else {
        printf("FAIL %s got 0x%08x want 0x%08x\n", name, got, want);
        fails++;
    }
}

static uint32_t rng = 2463534242u;

static uint32_t xorshift32(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

/* ---- int quicksort: median of three, insertion sort for small ranges,
 * recursion on the smaller half only */
static void insertion_sort(int32_t *a, int n)
{
    for (int i = 1; i < n; i++) {
        int32_t v = a[i];
        int j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static void swap_int(int32_t *a, int32_t *b)
{
    int32_t t = *a;
    *a = *b;
    *b = t;
}

static void quicksort_int(int32_t *a, int n)
{
    while (n > 16) {
        int mid = n / 2;
        if (a[mid] < a[0])
            swap_int(&a[mid], &a[0]);
        if (a[n - 1] < a[0])
            swap_int(&a[n - 1], &a[0]);
        if (a[n - 1] < a[mid])
            swap_int(&a[n - 1], &a[mid]);
        int32_t pivot = a[mid];
        int i = 0, j = n - 1;
        for (;;) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i >= j)
                break;
            swap_int(&a[i], &a[j]);
            i++;
            j--;
        }
        /* [0, j] <= pivot <= [j+1, n) */
        int left = j + 1;
        if (left < n - left) {
            quicksort_int(a, left);
            a += left;
            n -= left;
        } else {
            quicksort_int(a + left, n - left);
            n = left;
        }
    }
    insertion_sort(a, n);
}

/* ---- generic quicksort (Hoare partition around a copy of the middle
 * element; elements are swapped byte by byte; sz <= 32) */
static void swap_bytes(unsigned char *a, unsigned char *b, size_t sz)
{
    while (sz--) {
        unsigned char t = *a;
        *a++ = *b;
        *b++ = t;
    }
}

static void gsort(void *base, size_t n, size_t sz,
                  int (*cmp)(const void *, const void *))
{
    unsigned char *b = base;
    unsigned char pivot[32];
    while (n > 1) {
        memcpy(pivot, b + ((n - 1) / 2) * sz, sz);
        size_t i = 0, j = n - 1;
        for (;;) {
            while (cmp(b + i * sz, pivot) < 0)
                i++;
            while (cmp(b + j * sz, pivot) > 0)
                j--;
            if (i >= j)
                break;
            swap_bytes(b + i * sz, b + j * sz, sz);
            i++;
            j--;
        }
        /* [0, j] <= pivot <= [j+1, n) */
        size_t left = j + 1;
        if (left < n - left) {
            gsort(b, left, sz, cmp);
            b += left * sz;
            n -= left;
        } else {
            gsort(b + left * sz, n - left, sz, cmp);
            n = left;
        }
    }
}

static int cmp_int(const void *x, const void *y)
{
    int32_t a = *(const int32_t *)x, b = *(const int32_t *)y;
    return a < b ? -1 : a > b;
}

static int is_sorted(const int32_t *a, int n)
{
    for (int i = 1; i < n; i++)
        if (a[i - 1] > a[i])
            return 0;
    return 1;
}

static uint32_t weighted_sum(const int32_t *a, int n)
{
    uint32_t s = 0;
    for (int i = 0; i < n; i++)
        s += (uint32_t)a[i] * (uint32_t)(i + 1);
    return s;
}

int main(void)
{
    int32_t *a = malloc(N * sizeof(int32_t));
    int32_t *b = malloc(N * sizeof(int32_t));
    uint32_t sum = 0, x = 0;
    for (int i = 0; i < N; i++) {
        a[i] = (int32_t)xorshift32();
        b[i] = a[i];
        sum += (uint32_t)a[i];
        x ^= (uint32_t)a[i];
    }

    quicksort_int(a, N);
    gsort(b, N, sizeof(int32_t), cmp_int);

    uint32_t sum2 = 0, x2 = 0;
    for (int i = 0; i < N; i++) {
        sum2 += (uint32_t)a[i];
        x2 ^= (uint32_t)a[i];
    }
    check("random-sorted", is_sorted(a, N), 1);
    check("random-generic-sorted", is_sorted(b, N), 1);
    check("random-sum-preserved", sum2, sum);
    check("random-xor-preserved", x2, x);
    check("random-both-sorts-agree",
          memcmp(a, b, N * sizeof(int32_t)) == 0, 1);
    printf("n=%d min=%d max=%d median=%d\n", N, a[0], a[N - 1], a[N / 2]);
    check("random-min", (uint32_t)a[0], 0x8007c41au);
    check("random-max", (uint32_t)a[N - 1], 0x7ffee8c5u);
    check("random-median", (uint32_t)a[N / 2], 0x00047e17u);
    check("random-weighted-sum", weighted_sum(a, N), 0x4a5f670eu);

    /* many duplicates */
    for (int i = 0; i < N; i++)
        a[i] = (int32_t)(xorshift32() % 16) - 8;
    memcpy(b, a, N * sizeof(int32_t));
    quicksort_int(a, N);
    gsort(b, N, sizeof(int32_t), cmp_int);
    check("dups-sorted", is_sorted(a, N), 1);
    check("dups-generic-sorted", is_sorted(b, N), 1);
    check("dups-both-sorts-agree", memcmp(a, b, N * sizeof(int32_t)) == 0, 1);
    check("dups-weighted-sum", weighted_sum(a, N), 0x1a2ce20cu);

    /* already sorted and reverse sorted */
    for (int i = 0; i < N; i++) {
        a[i] = i * 3 - N;
        b[i] = (N - i) * 3;
    }
    quicksort_int(a, N);
    quicksort_int(b, N);
    check("sorted-input", is_sorted(a, N) && a[0] == -N, 1);
    check("reverse-input", is_sorted(b, N) && b[0] == 3 && b[N - 1] == 3 * N,
          1);

    printf("%s\n", fails ? "sort: FAILED" : "sort: all ok");
    return fails;
}
