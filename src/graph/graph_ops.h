/* graph_ops.h — the vocabulary of consent and conditions, in one list: every
 * operator the syntax tree and the rule graph know, what its graph node
 * holds, and how it is written.  Everything else is generated from here:
 * the syntax tree's kinds (sp_consent_kind, sp_cond_kind in ast.h), the
 * graph's operators (sp_cop, sp_wop in graph.h), lowering's map from the one
 * to the other (lower.c) and the dumper's table of names (dump.c).
 *
 * Define either macro or both, then include this file (it has no include
 * guard, on purpose; jq's opcode_list.h works the same way):
 *
 *   SP_CONSENT_OP(NAME, OPERANDS, "spelling")
 *   SP_COND_OP(NAME, OPERANDS, "spelling")
 *
 * NAME gives the syntax tree's SP_CONSENT_NAME / SP_COND_NAME and the
 * graph's SP_C_NAME / SP_W_NAME.  OPERANDS says which fields of the graph
 * node (sp_cnode, sp_wnode) it uses, as SP_OPERANDS_* (graph.h) without the
 * prefix.  The spelling is how the operator reads in a policy
 * (docs/language.md, section 5; "N of" stands for the count).  A macro left
 * undefined expands to nothing, and both are undefined at the end, so the
 * next includer starts afresh.  Each list's order is the order of its enums,
 * and of the dump's tables. */

#ifndef SP_CONSENT_OP
#define SP_CONSENT_OP(name, operands, spelling)
#endif
#ifndef SP_COND_OP
#define SP_COND_OP(name, operands, spelling)
#endif

/* Consent (sp_cnode): satisfied when the consents given, the sender's
 * included, hold ... */
SP_CONSENT_OP(ORIGINATOR, NONE,     "originator") /* the query's originator */
SP_CONSENT_OP(PARTY,      PARTY,    "party")      /* party a itself (not its units) */
SP_CONSENT_OP(ALL,        PARTIES,  "all of")     /* every one of the n parties at u32[a] */
SP_CONSENT_OP(ANY,        PARTIES,  "any of")     /* at least one of the n parties at u32[a] */
SP_CONSENT_OP(COUNT,      COUNT,    "N of")       /* at least k of the n parties at u32[a] */
SP_CONSENT_OP(AND,        CHILDREN, "and")        /* every one of the n child nodes at u32[a] */
SP_CONSENT_OP(OR,         CHILDREN, "or")         /* at least one of the n child nodes at u32[a] */

/* Conditions (sp_wnode): true when ... */
SP_COND_OP(OR,            CHILDREN, "or")               /* one of the n child nodes at u32[a] is */
SP_COND_OP(AND,           CHILDREN, "and")              /* every one of the n child nodes at u32[a] is */
SP_COND_OP(NOT,           CHILD,    "not")              /* the child node u32[a] is not; `not not X`
                                                           lowers to X */
SP_COND_OP(ORIGINATOR_IN, SET,      "originator in")    /* the originator is in party set a */
SP_COND_OP(FROM_IN,       SET,      "from in")          /* the sender is in party set a */
SP_COND_OP(TO_IN,         SET,      "to in")            /* the recipient is in party set a */
SP_COND_OP(OUTSIDE_SCOPE, NONE,     "to outside scope") /* the item's scope has an audience
                                                           without the recipient */
SP_COND_OP(WITHIN_SCOPE,  NONE,     "to within scope")  /* the item's scope has an audience
                                                           with the recipient */
SP_COND_OP(ONWARD,        NONE,     "onward")           /* the sender is not the originator */
SP_COND_OP(MARKED,        SCOPES,   "marked")           /* the item carries one of the n named
                                                           scopes at u32[a] */
SP_COND_OP(UNMARKED,      NONE,     "unmarked")         /* the item carries no scope and no
                                                           audience */
SP_COND_OP(PURPOSE_IN,    PURPOSES, "purpose in")       /* the query's purpose is one of the n
                                                           purposes at u32[a] or narrower */
SP_COND_OP(BEFORE,        DATE,     "before")           /* the query's date is before date */
SP_COND_OP(SINCE,         DATE,     "since")            /* the query's date is date or later */

#undef SP_CONSENT_OP
#undef SP_COND_OP
