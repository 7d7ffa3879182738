/* keywords.h — the reserved words, in one X-macro list:
 * X(spelling, bison token).  The scanner makes its keyword table from it
 * (policy.l), and sp_lex_keyword() searches that table by halves, so the
 * list must stay in byte order.  The parser's messages use the same lookup
 * for a keyword written in the wrong case (syntax_error.c). */
#ifndef SP_KEYWORDS_H
#define SP_KEYWORDS_H

#define SP_KEYWORDS(X)                                                         \
    X("agreement", KW_AGREEMENT) X("all", KW_ALL) X("allow", KW_ALLOW)         \
    X("and", KW_AND) X("any", KW_ANY) X("at", KW_AT) X("before", KW_BEFORE)    \
    X("by", KW_BY) X("category", KW_CATEGORY) X("consent", KW_CONSENT)         \
    X("deny", KW_DENY) X("effective", KW_EFFECTIVE) X("except", KW_EXCEPT)     \
    X("expect", KW_EXPECT) X("expires", KW_EXPIRES) X("for", KW_FOR)           \
    X("from", KW_FROM) X("group", KW_GROUP) X("in", KW_IN)                     \
    X("marked", KW_MARKED) X("needs", KW_NEEDS) X("not", KW_NOT)               \
    X("notice", KW_NOTICE) X("of", KW_OF) X("on", KW_ON)                       \
    X("onward", KW_ONWARD) X("or", KW_OR) X("organisation", KW_ORGANISATION)   \
    X("originator", KW_ORIGINATOR) X("outside", KW_OUTSIDE)                    \
    X("parties", KW_PARTIES) X("party", KW_PARTY) X("purpose", KW_PURPOSE)     \
    X("relation", KW_RELATION) X("renews", KW_RENEWS)                          \
    X("require", KW_REQUIRE)                                                   \
    X("rule", KW_RULE) X("scope", KW_SCOPE) X("signed", KW_SIGNED)             \
    X("since", KW_SINCE) X("stix", KW_STIX) X("term", KW_TERM)                \
    X("test", KW_TEST) X("to", KW_TO)                                          \
    X("unless", KW_UNLESS) X("unmarked", KW_UNMARKED) X("when", KW_WHEN)       \
    X("with", KW_WITH) X("within", KW_WITHIN)

#endif
