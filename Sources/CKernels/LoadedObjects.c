// The objects the dynamic loader has mapped into this process, for Swift, which does not import
// <link.h>. Read from the loader rather than /proc/self/maps: the kernel hands that file out a
// page per read, and Foundation's reading of it sometimes stopped after the first page on a busy
// machine, losing every object listed after it.
#define _GNU_SOURCE
#include "CKernels.h"
#include <link.h>

struct search {
    size_t index;
    size_t seen;
    metriclab_loaded_object *object;
};

static int visit(struct dl_phdr_info *info, size_t size, void *context) {
    (void)size;
    struct search *search = context;
    if (search->seen++ != search->index) return 0;
    uintptr_t end = info->dlpi_addr;
    for (ElfW(Half) i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        uintptr_t segmentEnd = info->dlpi_addr + segment->p_vaddr + segment->p_memsz;
        if (segment->p_type == PT_LOAD && segmentEnd > end) end = segmentEnd;
    }
    search->object->name = info->dlpi_name ? info->dlpi_name : "";
    search->object->base = info->dlpi_addr;
    search->object->end = end;
    return 1;
}

bool metriclab_loaded_object_at(size_t index, metriclab_loaded_object *object) {
    struct search search = {index, 0, object};
    return dl_iterate_phdr(visit, &search) == 1;
}
