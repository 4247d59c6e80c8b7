// Starting a program on a pseudo-terminal for interactive tests.
#ifndef NEWSDESK_PTY_SUPPORT_H
#define NEWSDESK_PTY_SUPPORT_H

#include <sys/types.h>

/// Runs `path` with `argv` and `envp` (NULL-terminated) in directory `cwd` on a new
/// pseudo-terminal of `columns` x `rows`, as a session leader with it as controlling terminal.
/// Returns the child's pid and stores the master side in *master, or returns -1.
pid_t nd_pty_spawn(const char *path, char *const argv[], char *const envp[], const char *cwd,
                   int columns, int rows, int *master);

/// Reads what is available on `fd` within `timeout_ms` into `buffer`; returns the byte count,
/// 0 on timeout, -1 at end or error.
int nd_pty_read(int fd, char *buffer, int capacity, int timeout_ms);

/// Waits up to `timeout_ms` for `pid`; returns its wait status, or -1 if it is still running.
int nd_pty_wait(pid_t pid, int timeout_ms);

#endif
