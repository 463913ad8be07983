// A pool of worker threads for loops split into chunks, one worker fewer than the cores.
//
// Why not Dispatch: `concurrentPerform` wakes a sleeping worker through a semaphore for every
// loop, and on the 2-core VM a loop of 8 µs split in two took as long as on one thread: the worker
// arrived after the caller had done both halves. Here a worker that has just finished a chunk keeps
// watching for the next loop for a while (a training step starts one every few microseconds) and
// only then sleeps on a futex. Which thread runs a chunk varies; the chunks' bounds do not, so
// results never depend on it.
#define _GNU_SOURCE
#include "CKernels.h"
#include <immintrin.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

// How long an idle worker keeps watching before it sleeps: longer than the gaps between a step's
// chunked loops at batch 512 and more, short enough to cost little where other processes run. A
// classifier loss on 512×4 logits runs some 40 µs of small ops on one thread between the model's
// loops; with 50 µs the worker often slept through and was woken by a futex call each step
// (7% of the caller's time in ArcFace's step; ArcFace's and proxy-NCA's steps took 9–12% longer
// than with 200 µs, timed in one process).
#define WATCH_NANOSECONDS 200000

// The loop being run: its body, its context, its chunk count and how many chunks are done.
static struct {
    void (*body)(void *, ptrdiff_t);
    void *context;
    _Atomic ptrdiff_t chunks;
    _Atomic ptrdiff_t done;
} loop;

// The loop's generation (high 32 bits) and which of its chunks are taken (low 32 bits), in one
// word, so that a worker that wakes late for a finished loop can never take a chunk of the next.
static _Atomic unsigned long long ticket;
// The generation alone, published after `ticket`: what idle workers watch and sleep on.
static _Atomic int generation;
static _Atomic int sleepers;
// Held by the thread whose loop the pool runs; a loop that finds it held runs on its own thread.
static atomic_flag owned = ATOMIC_FLAG_INIT;
// Raised while the cores are already full (independent runs on every core): loops then run inline.
static _Atomic int saturated;
// Set on a thread while it runs a loop's chunks (a worker always): a loop inside a chunk runs on
// that thread. `owned` alone would not say so when the outer loop itself ran inline because another
// thread's loop held the pool: a loop inside it could then take the pool once that one ended.
static _Thread_local bool in_chunk;
static int workers;
static pthread_once_t started = PTHREAD_ONCE_INIT;

static long futex(_Atomic int *word, int op, int value) {
    return syscall(SYS_futex, (int *)word, op, value, NULL, NULL, 0);
}

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

// Takes chunk c of generation g's loop, if no other thread has.
static bool claim(unsigned g, ptrdiff_t c) {
    unsigned long long t = atomic_load_explicit(&ticket, memory_order_acquire);
    const unsigned long long bit = 1ull << c;
    while ((unsigned)(t >> 32) == g && !(t & bit))
        if (atomic_compare_exchange_weak_explicit(&ticket, &t, t | bit, memory_order_acq_rel, memory_order_acquire)) return true;
    return false;
}

// Runs generation g's chunks from thread `own`'s share on, then any chunk still untaken. Thread t
// of T starts at chunk t·chunks/T, so while the cores keep pace each runs its own run of chunks and
// the same rows stay on the same core from loop to loop (their cache lines need not cross to
// another core's cache); a thread that arrives late or runs slow (its vCPU busy on the host)
// leaves the end of its share to the others instead of making them wait for all of it.
static void take_chunks(unsigned g, ptrdiff_t own) {
    const ptrdiff_t chunks = atomic_load_explicit(&loop.chunks, memory_order_relaxed);
    const ptrdiff_t first = own * chunks / (workers + 1);
    for (ptrdiff_t k = 0; k < chunks; k++) {
        const ptrdiff_t c = (first + k) % chunks;
        if (!claim(g, c)) continue;
        loop.body(loop.context, c);
        atomic_fetch_add_explicit(&loop.done, 1, memory_order_release);
    }
}

static void *worker(void *number) {
    const ptrdiff_t own = (ptrdiff_t)number;
    in_chunk = true;
    int seen = atomic_load(&generation);
    for (;;) {
        long long watched_since = now_ns();
        for (unsigned spins = 0; atomic_load_explicit(&generation, memory_order_acquire) == seen; spins++) {
            _mm_pause();
            if ((spins & 63) == 63 && now_ns() - watched_since > WATCH_NANOSECONDS) {
                atomic_fetch_add(&sleepers, 1);
                futex(&generation, FUTEX_WAIT_PRIVATE, seen);
                atomic_fetch_sub(&sleepers, 1);
                watched_since = now_ns();
            }
        }
        seen = atomic_load(&generation);
        take_chunks((unsigned)seen, own);
    }
    return NULL;
}

static void start_workers(void) {
    const long cores = sysconf(_SC_NPROCESSORS_ONLN);
    for (long w = 1; w < cores && w < 32; w++) {
        pthread_t thread;
        pthread_attr_t attributes;
        pthread_attr_init(&attributes);
        pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
        if (pthread_create(&thread, &attributes, worker, (void *)(ptrdiff_t)w) == 0) workers++;
        pthread_attr_destroy(&attributes);
    }
}

ptrdiff_t metriclab_pool_cores(void) {
    pthread_once(&started, start_workers);
    return workers + 1;
}

void metriclab_pool_saturate(bool on) {
    atomic_fetch_add(&saturated, on ? 1 : -1);
}

void metriclab_pool_run(ptrdiff_t chunks, void (*body)(void *, ptrdiff_t), void *context) {
    pthread_once(&started, start_workers);
    const bool outer = !in_chunk;
    in_chunk = true;
    if (chunks <= 1 || chunks > 32 || workers == 0 || !outer || atomic_load(&saturated) > 0 || atomic_flag_test_and_set(&owned)) {
        for (ptrdiff_t c = 0; c < chunks; c++) body(context, c);
        in_chunk = !outer;
        return;
    }
    const unsigned g = (unsigned)atomic_load(&generation) + 1;
    loop.body = body;
    loop.context = context;
    atomic_store_explicit(&loop.chunks, chunks, memory_order_relaxed);
    atomic_store_explicit(&loop.done, 0, memory_order_relaxed);
    atomic_store_explicit(&ticket, (unsigned long long)g << 32, memory_order_release);
    atomic_store_explicit(&generation, (int)g, memory_order_seq_cst);
    if (atomic_load_explicit(&sleepers, memory_order_seq_cst) > 0) futex(&generation, FUTEX_WAKE_PRIVATE, INT_MAX);
    take_chunks(g, 0);
    while (atomic_load_explicit(&loop.done, memory_order_acquire) < chunks) _mm_pause();
    atomic_flag_clear(&owned);
    in_chunk = false;
}
