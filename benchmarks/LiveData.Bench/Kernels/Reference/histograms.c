/*
 * The C-loop reference of `livedata-bench kernels`: the same histograms as the C# kernels and numpy, written as the
 * plain loop a C programmer would write (filter, compute the bin, increment a count), compiled by the bench with
 * `gcc -O3 -march=native`.
 *
 * Usage: histograms EVENTS KIND BINS FIRST PIXELS STOP REPEATS THREADS
 *   EVENTS  n int32 pixel ids, then n int32 times of arrival (ns), as GeneratedEvents.Write writes them
 *   KIND    toa (1-D over [0, STOP)), pixel_toa (pixel-major pixel x time-of-arrival bin) or image (pixels whose
 *           time of arrival lies in [0, STOP))
 *   THREADS pixel_toa and image only: pthreads that each own an equal share of the pixel range, scan every event
 *           and count only their own pixels (no atomics, no merge)
 * Prints the best rate in events/s (after one warm-up pass; the counts are zeroed outside the timing) and the
 * number of events counted (the sum of the counts).
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#define HUGE_PAGE (2u << 20)

struct events {
    const int32_t *pixel;
    const int32_t *toa;
    long n;
};

struct histogram {
    const char *kind;
    int bins;
    int first;
    int pixels;
    int stop;
};

struct part {
    const struct events *events;
    const struct histogram *histogram;
    uint32_t *counts;
    int begin; /* owned pixels, as offsets from the first pixel id */
    int end;
};

/* The C# bin formula: (int)(t * (bins / stop)) in double, the top-edge rounding folded into the last bin. */
static inline int bin_of(int32_t t, double bins_per_ns, int bins)
{
    int bin = (int)(t * bins_per_ns);
    return bin < bins - 1 ? bin : bins - 1;
}

static void count_toa(const struct events *e, const struct histogram *h, uint32_t *counts)
{
    double bins_per_ns = (double)h->bins / h->stop;
    for (long i = 0; i < e->n; i++) {
        int32_t t = e->toa[i];
        if (t >= 0 && t < h->stop)
            counts[bin_of(t, bins_per_ns, h->bins)]++;
    }
}

static void count_pixel_toa(const struct part *p)
{
    const struct events *e = p->events;
    const struct histogram *h = p->histogram;
    double bins_per_ns = (double)h->bins / h->stop;
    for (long i = 0; i < e->n; i++) {
        int pixel = e->pixel[i] - h->first;
        int32_t t = e->toa[i];
        if (pixel >= p->begin && pixel < p->end && t >= 0 && t < h->stop)
            p->counts[(size_t)pixel * h->bins + bin_of(t, bins_per_ns, h->bins)]++;
    }
}

static void count_image(const struct part *p)
{
    const struct events *e = p->events;
    const struct histogram *h = p->histogram;
    for (long i = 0; i < e->n; i++) {
        int pixel = e->pixel[i] - h->first;
        int32_t t = e->toa[i];
        if (pixel >= p->begin && pixel < p->end && t >= 0 && t < h->stop)
            p->counts[pixel]++;
    }
}

static void *count_part(void *argument)
{
    const struct part *p = argument;
    if (strcmp(p->histogram->kind, "image") == 0)
        count_image(p);
    else
        count_pixel_toa(p);
    return NULL;
}

static void count_pixels(const struct events *e, const struct histogram *h, uint32_t *counts, int threads)
{
    struct part parts[threads];
    pthread_t ids[threads];
    for (int k = 0; k < threads; k++)
        parts[k] = (struct part){ e, h, counts, (int)((long)h->pixels * k / threads), (int)((long)h->pixels * (k + 1) / threads) };
    if (threads == 1) {
        count_part(&parts[0]);
        return;
    }
    for (int k = 0; k < threads; k++)
        if (pthread_create(&ids[k], NULL, count_part, &parts[k]) != 0) {
            perror("pthread_create");
            exit(1);
        }
    for (int k = 0; k < threads; k++)
        pthread_join(ids[k], NULL);
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    if (argc != 9) {
        fprintf(stderr, "usage: %s EVENTS KIND BINS FIRST PIXELS STOP REPEATS THREADS\n", argv[0]);
        return 2;
    }
    struct histogram h = { argv[2], atoi(argv[3]), atoi(argv[4]), atoi(argv[5]), atoi(argv[6]) };
    int repeats = atoi(argv[7]), threads = atoi(argv[8]);
    int toa = strcmp(h.kind, "toa") == 0;
    if (!toa && strcmp(h.kind, "pixel_toa") != 0 && strcmp(h.kind, "image") != 0) {
        fprintf(stderr, "unknown kind %s\n", h.kind);
        return 2;
    }
    if (h.bins < 1 || h.pixels < 1 || h.stop < 1 || repeats < 1 || threads < 1) {
        fprintf(stderr, "bins, pixels, stop, repeats and threads must be positive\n");
        return 2;
    }

    FILE *file = fopen(argv[1], "rb");
    if (!file) {
        perror(argv[1]);
        return 1;
    }
    fseek(file, 0, SEEK_END);
    long bytes = ftell(file);
    rewind(file);
    int32_t *data = malloc(bytes);
    if (!data || fread(data, 1, bytes, file) != (size_t)bytes) {
        fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    fclose(file);
    struct events e = { data, data + bytes / 8, bytes / 8 };

    /* Like the C# counts: 32-bit, 2 MiB aligned and advised onto transparent huge pages (few TLB misses). */
    size_t length = (size_t)h.bins * (toa ? 1 : h.pixels);
    size_t size = (length * sizeof(uint32_t) + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
    uint32_t *counts = aligned_alloc(HUGE_PAGE, size);
    if (!counts) {
        fprintf(stderr, "cannot allocate %zu bytes of counts\n", size);
        return 1;
    }
    madvise(counts, size, MADV_HUGEPAGE);

    double best = 1e300;
    unsigned long long counted = 0;
    for (int pass = 0; pass <= repeats; pass++) {
        memset(counts, 0, length * sizeof(uint32_t));
        double started = now();
        if (toa)
            count_toa(&e, &h, counts);
        else
            count_pixels(&e, &h, counts, threads);
        double seconds = now() - started;
        if (pass > 0 && seconds < best)
            best = seconds;
        counted = 0;
        for (size_t i = 0; i < length; i++)
            counted += counts[i];
    }
    printf("%.6e %llu\n", e.n / best, counted);
    free(counts);
    free(data);
    return 0;
}
