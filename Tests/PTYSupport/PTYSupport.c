#include "PTYSupport.h"

#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

pid_t nd_pty_spawn(const char *path, char *const argv[], char *const envp[], const char *cwd,
                   int columns, int rows, int *master) {
    struct winsize size = {0};
    size.ws_col = (unsigned short)columns;
    size.ws_row = (unsigned short)rows;
    pid_t pid = forkpty(master, NULL, NULL, &size);
    if (pid == 0) {
        // Child: only async-signal-safe calls until exec.
        // The test runner may block or ignore signals; the program must start as from a shell.
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        signal(SIGHUP, SIG_DFL);
        signal(SIGPIPE, SIG_DFL);
        if (cwd != NULL && chdir(cwd) != 0) _exit(126);
        execve(path, argv, envp);
        _exit(127);
    }
    return pid;
}

int nd_pty_read(int fd, char *buffer, int capacity, int timeout_ms) {
    struct pollfd poller = {.fd = fd, .events = POLLIN};
    int ready = poll(&poller, 1, timeout_ms);
    if (ready == 0) return 0;
    if (ready < 0) return errno == EINTR ? 0 : -1;
    ssize_t count = read(fd, buffer, (size_t)capacity);
    if (count < 0) return errno == EINTR || errno == EAGAIN ? 0 : -1;
    if (count == 0) return -1;
    return (int)count;
}

int nd_pty_wait(pid_t pid, int timeout_ms) {
    int status = 0;
    for (int waited = 0; waited <= timeout_ms; waited += 10) {
        pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid) return status;
        if (done < 0) return -1;
        struct timespec pause = {0, 10 * 1000 * 1000};
        nanosleep(&pause, NULL);
    }
    return -1;
}
