/* front.c — the front end alone, for the white-box tests (front.h). */
#include "front.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool front_load(front *f, const char *name, const char *text, size_t len)
{
    static const sharepol_limits limits = { (size_t)16 << 20, 255, (size_t)64 << 10,
                                            256, 100, 10000 };
    jmp_buf oom;
    memset(f, 0, sizeof *f);
    f->diags = sp_diag_new(NULL);
    if (!f->diags)
        abort();
    sp_arena_init(&f->arena, NULL);
    if (setjmp(oom)) {
        fprintf(stderr, "out of memory in the front end\n");
        abort();
    }
    f->arena.on_oom = &oom;
    f->diags->arena.on_oom = &oom;
    uint32_t file = sp_input_text(f->diags, name, text, len);
    f->prog.arena = &f->arena;
    f->prog.diags = f->diags;
    if (sp_input_check_encoding(f->diags, file))
        sp_parse(&f->prog, file, &limits, false);
    if (f->diags->errors == 0)
        sp_check(&f->prog, &f->names, &f->order);
    f->arena.on_oom = NULL;
    f->diags->arena.on_oom = NULL;
    return f->diags->errors == 0;
}

void front_free(front *f)
{
    sp_arena_free(&f->arena);
    sharepol_diagnostics_free(f->diags);
}

int32_t front_decl(const sp_program *prog, const char *name)
{
    for (uint32_t i = 0; i < prog->decls.n; i++)
        if (strcmp(prog->decls.v[i].name, name) == 0)
            return (int32_t)i;
    return -1;
}
