/* Wide-character ncurses for Swift: what Swift cannot import directly (globals, cast macros). */
#ifndef NOTEWALK_CNCURSESW_SHIM_H
#define NOTEWALK_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *nw_stdscr(void) { return stdscr; }
static inline int nw_lines(void) { return LINES; }
static inline int nw_cols(void) { return COLS; }
static inline int nw_colors(void) { return COLORS; }
static inline int nw_color_pairs(void) { return COLOR_PAIRS; }

static const attr_t NW_A_NORMAL = A_NORMAL;
static const attr_t NW_A_BOLD = A_BOLD;
static const attr_t NW_A_DIM = A_DIM;
static const attr_t NW_A_ITALIC = A_ITALIC;
static const attr_t NW_A_UNDERLINE = A_UNDERLINE;
static const attr_t NW_A_REVERSE = A_REVERSE;

/* A screen on the process's own stdin and stdout; NULL when the terminal type is unusable. */
static inline SCREEN *nw_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }
static inline void nw_flush_stdout(void) { fflush(stdout); }
/* True when the current locale's character set is UTF-8. */
static inline int nw_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/* Writes one cell: a grapheme of up to 8 code points, with attributes and a colour pair. */
static inline int nw_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}
#endif
