/* md4c for Swift: the parser, and the composite flag macros Swift cannot import. */
#ifndef NOTEWALK_CMD4C_SHIM_H
#define NOTEWALK_CMD4C_SHIM_H
#include <md4c.h>

/* GitHub dialect (tables, strikethrough, task lists, permissive autolinks) plus wikilinks. */
static const unsigned NW_MD_FLAGS = MD_DIALECT_GITHUB | MD_FLAG_WIKILINKS;
#endif
