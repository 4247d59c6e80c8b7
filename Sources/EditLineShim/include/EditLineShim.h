// Non-variadic wrappers over libedit and a few libc calls Swift cannot make directly
// (el_set, el_get, history and ioctl are variadic), plus async-signal-safe signal flags.
#ifndef NEWSDESK_EDITLINE_SHIM_H
#define NEWSDESK_EDITLINE_SHIM_H

#include <histedit.h>

/// Makes the C library treat text as UTF-8 even under LC_ALL=C, so non-ASCII input survives.
/// Returns 1 when it had to fall back to C.UTF-8.
int nd_setup_locale(void);

/// Creates an editor on the process's standard streams with an emacs keymap, an in-memory
/// history of `history_size` entries, TAB bound to `complete`, and ~/.editrc applied last.
EditLine *nd_editor_open(const char *program, int history_size,
                         unsigned char (*complete)(EditLine *, int), void *client_data);
void nd_editor_close(EditLine *editor);

/// The client pointer given to nd_editor_open.
void *nd_editor_client(EditLine *editor);

/// Sets the prompt text (copied).
void nd_editor_set_prompt(EditLine *editor, const char *prompt);

/// Reads a line. Returns NULL at end of input (*count == 0) or when interrupted (*count == -1).
const char *nd_editor_gets(EditLine *editor, int *count);

/// Adds a line to the in-memory history (Up, Down and Ctrl-R search it).
void nd_editor_history_add(EditLine *editor, const char *line);

/// Clears the line buffer after an interrupted read.
void nd_editor_reset(EditLine *editor);

/// Columns of the terminal on `fd`, or 0 when it is not a terminal.
int nd_terminal_width(int fd);

/// Rows of the terminal on `fd`, or 0 when it is not a terminal.
int nd_terminal_height(int fd);

/// Installs handlers for SIGINT, SIGTERM and SIGHUP that only record the signal, without
/// SA_RESTART so a blocked read returns and the shell can react; and for SIGTSTP (Ctrl-Z), which
/// hands the terminal back in its ordinary mode before stopping and, once continued, takes the
/// line editor's mode again and redraws the line.
void nd_install_signal_handlers(void);

/// The most recent of SIGTERM or SIGHUP received, or 0; cleared by reading.
int nd_take_termination_signal(void);

/// The pending SIGTERM or SIGHUP, or 0, without clearing it.
int nd_pending_termination(void);

/// Whether SIGINT has arrived since the last nd_clear_interrupt().
int nd_interrupted(void);
void nd_clear_interrupt(void);

#endif
