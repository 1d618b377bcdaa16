/*
 * The C-loop reference of the reduction cases of `livedata-bench kernels`: the per-event formula of each reduction,
 * the one ReductionNumpyScript vectorises, as one plain loop over the events (decode nothing: the raw arrays), compiled
 * by the bench with `gcc -O3 -march=native`.
 *
 * Usage: reductions DIRECTORY KIND REPEATS
 *   DIRECTORY events.bin and the arrays and scalars ReductionArrays.Write writes
 *   KIND      powder, sans, reflectometry or qmap
 * Prints the best rate in events/s (after one warm-up pass; the histogram is zeroed outside the timing) and writes
 * the histogram to DIRECTORY/c_histogram.f64 (weights, then their squares where the reduction keeps variances).
 */
/* numpy and C# round every product before adding it; a fused multiply-add would round once and could move an event
   across a bin edge. */
#pragma GCC optimize("fp-contract=off")
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *directory;
static char *scalars;

static void *load(const char *name, long *count)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", directory, name);
    FILE *file = fopen(path, "rb");
    if (!file) {
        perror(path);
        exit(1);
    }
    fseek(file, 0, SEEK_END);
    long bytes = ftell(file);
    rewind(file);
    char *data = malloc(bytes + 1);
    if (!data || fread(data, 1, bytes, file) != (size_t)bytes) {
        fprintf(stderr, "cannot read %s\n", path);
        exit(1);
    }
    fclose(file);
    data[bytes] = 0;
    if (count)
        *count = bytes / (strstr(name, ".i32") || strstr(name, ".bin") ? 4 : 8);
    return data;
}

/* scalars.json is one flat object of numbers, as System.Text.Json writes it. */
static double scalar(const char *name)
{
    char key[256];
    snprintf(key, sizeof key, "\"%s\":", name);
    const char *at = strstr(scalars, key);
    if (!at) {
        fprintf(stderr, "scalars.json has no %s\n", name);
        exit(1);
    }
    return strtod(at + strlen(key), NULL);
}

/* The wavelength lookup table and each pixel's row in it (ReductionArrays.AddTable). */
struct table {
    const double *wavelengths;
    long size;
    long last_column;
    double columns_per_ns;
    const int32_t *row_offset;
    const double *row_weight;
};

/* A point on a grid line reads only that line (the neighbour may be NaN or past the table). */
static inline double along(const struct table *t, long cell, double fraction)
{
    double near = t->wavelengths[cell];
    if (fraction == 0)
        return near;
    return near + fraction * (t->wavelengths[cell + 1 < t->size ? cell + 1 : t->size - 1] - near);
}

/* λ (Å) of an event at offset_ns on the pixel: bilinear between its two distance rows; 0 when it has none. */
static inline int wavelength(const struct table *t, int pixel, double offset_ns, double *lambda)
{
    double x = offset_ns * t->columns_per_ns;
    int offset = t->row_offset[pixel];
    if (offset < 0 || !(x >= 0) || !(x <= t->last_column))
        return 0;
    long column = (long)x;
    double fraction = x - column;
    long near = offset + column;
    long next = near + t->last_column + 1;
    double at_row = along(t, near, fraction);
    double next_row = along(t, next < t->size - 1 ? next : t->size - 1, fraction);
    double weight = t->row_weight[pixel];
    *lambda = weight == 0 ? at_row : at_row + weight * (next_row - at_row);
    return 1;
}

static inline long linear_bin(double value, const double *edges, long count)
{
    long bin = (long)((value - edges[0]) * ((count - 1) / (edges[count - 1] - edges[0])));
    return bin < count - 2 ? bin : count - 2;
}

/* The bin of value among sorted edges (numpy's searchsorted side="right", minus one). */
static inline long edge_bin(double value, const double *edges, long count)
{
    long low = 0, high = count;
    while (low < high) {
        long middle = (low + high) / 2;
        if (edges[middle] <= value)
            low = middle + 1;
        else
            high = middle;
    }
    return low - 1;
}

struct events {
    const int32_t *pixel_id;
    const int32_t *offset_ns;
    long n;
    int first;
};

struct reduction {
    void (*run)(const struct reduction *, const struct events *, const struct table *, double *);
    long cells;
    int variances; /* the histogram is cells weights, then cells squared weights */
};

static const double *sin_theta, *edges, *weights;
static const int32_t *pixel_row;
static long pixels, edge_count;
static double band_start, band_stop;

static void powder(const struct reduction *r, const struct events *e, const struct table *t, double *histogram)
{
    for (long i = 0; i < e->n; i++) {
        int pixel = e->pixel_id[i] - e->first;
        double lambda;
        if (pixel < 0 || pixel >= pixels || pixel_row[pixel] < 0 || !wavelength(t, pixel, e->offset_ns[i], &lambda))
            continue;
        if (!(lambda >= band_start && lambda <= band_stop))
            continue;
        double sin = sin_theta[pixel];
        double d = lambda / (2 * sin);
        if (!(d >= edges[0] && d < edges[edge_count - 1]))
            continue;
        double d2 = d * d;
        double weight = d2 * d2 * sin;
        long cell = (long)pixel_row[pixel] * (edge_count - 1) + linear_bin(d, edges, edge_count);
        histogram[cell] += weight;
        histogram[r->cells + cell] += weight * weight;
    }
}

static void sans(const struct reduction *r, const struct events *e, const struct table *t, double *histogram)
{
    (void)r;
    for (long i = 0; i < e->n; i++) {
        int pixel = e->pixel_id[i] - e->first;
        double lambda;
        if (pixel < 0 || pixel >= pixels || !wavelength(t, pixel, e->offset_ns[i], &lambda))
            continue;
        if (!(lambda >= band_start && lambda < band_stop))
            continue;
        double q = 4 * M_PI * sin_theta[pixel] / lambda;
        if (q >= edges[0] && q < edges[edge_count - 1])
            histogram[edge_bin(q, edges, edge_count)] += 1.0;
    }
}

static void reflectometry(const struct reduction *r, const struct events *e, const struct table *t, double *histogram)
{
    for (long i = 0; i < e->n; i++) {
        int pixel = e->pixel_id[i] - e->first;
        double lambda;
        if (pixel < 0 || pixel >= pixels || pixel_row[pixel] < 0 || !wavelength(t, pixel, e->offset_ns[i], &lambda))
            continue;
        if (!(lambda >= edges[0] && lambda < edges[edge_count - 1]))
            continue;
        long cell = (long)pixel_row[pixel] * (edge_count - 1) + linear_bin(lambda, edges, edge_count);
        double weight = weights[pixel];
        histogram[cell] += weight;
        histogram[r->cells + cell] += weight * weight;
    }
}

static const double *final_energy, *kf_x, *kf_y, *kf_z, *secondary_ns, *spectrum, *energy_edges;
static long spectrum_bins, energy_edge_count;
static double period_ns, spectrum_start, spectrum_bin_width, a3_cosine, a3_sine;

static void qmap(const struct reduction *r, const struct events *e, const struct table *t, double *histogram)
{
    long columns = edge_count - 1, rows = energy_edge_count - 1;
    for (long i = 0; i < e->n; i++) {
        int pixel = e->pixel_id[i] - e->first;
        if (pixel < 0 || pixel >= pixels || pixel_row[pixel] < 0)
            continue;
        /* Back to the sample by the pixel's secondary flight time, wrapped into the pulse (fmod keeps the sign). */
        double at_sample = fmod(e->offset_ns[i] - secondary_ns[pixel], period_ns);
        if (at_sample < 0)
            at_sample += period_ns;
        double lambda;
        if (!wavelength(t, pixel, at_sample, &lambda))
            continue;
        double index = (lambda - spectrum_start) / spectrum_bin_width;
        if (!(index >= 0 && index < spectrum_bins))
            continue;
        double weight = spectrum[(long)index];
        if (!(weight > 0))
            continue;
        double energy_transfer = 81.80421 / (lambda * lambda) - final_energy[pixel];
        double lab_x = -kf_x[pixel], qy = -kf_y[pixel], lab_z = 2 * M_PI / lambda - kf_z[pixel];
        double qx = lab_x * a3_cosine - lab_z * a3_sine;
        double qz = lab_x * a3_sine + lab_z * a3_cosine;
        double q = sqrt(qx * qx + qy * qy + qz * qz);
        if (!(q >= edges[0] && q < edges[edge_count - 1] && energy_transfer >= energy_edges[0] && energy_transfer < energy_edges[rows]))
            continue;
        long cell = (long)pixel_row[pixel] * (rows * columns) + edge_bin(energy_transfer, energy_edges, energy_edge_count) * columns
            + edge_bin(q, edges, edge_count);
        histogram[cell] += weight;
        histogram[r->cells + cell] += weight * weight;
    }
}

static struct reduction prepare(const char *kind)
{
    if (strcmp(kind, "powder") == 0) {
        sin_theta = load("sin_theta.f64", NULL);
        pixel_row = load("fine_row.i32", &pixels);
        edges = load("dspacing_edges.f64", &edge_count);
        band_start = scalar("wavelength_start");
        band_stop = scalar("wavelength_stop");
        return (struct reduction){ powder, (long)scalar("fine_rows") * (edge_count - 1), 1 };
    }
    if (strcmp(kind, "sans") == 0) {
        sin_theta = load("sin_theta.f64", &pixels);
        edges = load("q_edges.f64", &edge_count);
        band_start = scalar("wavelength_start");
        band_stop = scalar("wavelength_stop");
        return (struct reduction){ sans, edge_count - 1, 0 };
    }
    if (strcmp(kind, "reflectometry") == 0) {
        pixel_row = load("theta_bin.i32", &pixels);
        weights = load("weight.f64", NULL);
        edges = load("wavelength_edges.f64", &edge_count);
        return (struct reduction){ reflectometry, (long)scalar("theta_bins") * (edge_count - 1), 1 };
    }
    if (strcmp(kind, "qmap") == 0) {
        pixel_row = load("arc.i32", &pixels);
        final_energy = load("final_energy.f64", NULL);
        kf_x = load("kf_x.f64", NULL);
        kf_y = load("kf_y.f64", NULL);
        kf_z = load("kf_z.f64", NULL);
        secondary_ns = load("secondary_time_ns.f64", NULL);
        spectrum = load("spectrum_weight.f64", &spectrum_bins);
        edges = load("q_edges.f64", &edge_count);
        energy_edges = load("energy_edges.f64", &energy_edge_count);
        spectrum_start = scalar("spectrum_start");
        spectrum_bin_width = scalar("spectrum_bin_width");
        period_ns = scalar("pulse_period_ns");
        a3_cosine = scalar("a3_cosine");
        a3_sine = scalar("a3_sine");
        return (struct reduction){ qmap, (long)scalar("arcs") * (energy_edge_count - 1) * (edge_count - 1), 1 };
    }
    fprintf(stderr, "unknown kind %s\n", kind);
    exit(2);
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    if (argc != 4 || atoi(argv[3]) < 1) {
        fprintf(stderr, "usage: %s DIRECTORY KIND REPEATS\n", argv[0]);
        return 2;
    }
    directory = argv[1];
    int repeats = atoi(argv[3]);
    scalars = load("scalars.json", NULL);

    long values;
    int32_t *data = load("events.bin", &values);
    struct events e = { data, data + values / 2, values / 2, (int)scalar("first_detector_number") };
    long offsets;
    const double *table_offsets = load("table_offsets_ns.f64", &offsets);
    struct table t = { .last_column = offsets - 1, .columns_per_ns = (offsets - 1) / table_offsets[offsets - 1] };
    t.wavelengths = load("table_wavelengths.f64", &t.size);
    t.row_offset = load("row_offset.i32", NULL);
    t.row_weight = load("row_weight.f64", NULL);

    struct reduction r = prepare(argv[2]);
    size_t length = (size_t)r.cells * (r.variances ? 2 : 1);
    double *histogram = malloc(length * sizeof(double));
    double best = 1e300;
    for (int pass = 0; pass <= repeats; pass++) {
        memset(histogram, 0, length * sizeof(double));
        double started = now();
        r.run(&r, &e, &t, histogram);
        double seconds = now() - started;
        if (pass > 0 && seconds < best)
            best = seconds;
    }

    char path[4096];
    snprintf(path, sizeof path, "%s/c_histogram.f64", directory);
    FILE *out = fopen(path, "wb");
    if (!out || fwrite(histogram, sizeof(double), length, out) != length || fclose(out) != 0) {
        perror(path);
        return 1;
    }
    printf("%.6e\n", e.n / best);
    return 0;
}
