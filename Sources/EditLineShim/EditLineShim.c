#define _GNU_SOURCE
#include "EditLineShim.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <wchar.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t nd_termination_signal = 0;
static volatile sig_atomic_t nd_interrupt_flag = 0;
// Set while the shell waits in el_gets: a termination signal then ends the process from the
// handler, since the read would otherwise swallow it or race with the check before it.
static volatile sig_atomic_t nd_reading = 0;
static struct termios nd_cooked_mode;
static volatile sig_atomic_t nd_cooked_mode_saved = 0;
// libedit's own (raw) mode while a line is being read, taken on the first character read of each
// line, so that a suspended shell can put it back when it is continued (Ctrl-Z, then fg).
static struct termios nd_edit_mode;
static volatile sig_atomic_t nd_edit_mode_saved = 0;
// Set when the shell was continued after Ctrl-Z while reading: the line is drawn again.
static volatile sig_atomic_t nd_redraw_flag = 0;

int nd_setup_locale(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0)) {
        return 0;
    }
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) {
        setlocale(LC_CTYPE, "C.utf8");
    }
    return 1;
}

// One editor per process: libedit is not thread-safe and the shell reads on one thread.
typedef struct {
    History *history;
    char *prompt;
    void *client;
} nd_state;

static char *nd_prompt_callback(EditLine *editor) {
    nd_state *state = NULL;
    el_get(editor, EL_CLIENTDATA, &state);
    return state != NULL && state->prompt != NULL ? state->prompt : "> ";
}

// Reads one character for libedit, waiting with ppoll so that a signal arriving at any moment
// (even between two reads) ends the wait: libedit's own reader can miss a Ctrl-C that lands
// just before it blocks. Returns 1 with a character, 0 at end of input, -1 when interrupted.
static int nd_read_character(EditLine *editor, wchar_t *character) {
    if (!nd_edit_mode_saved && tcgetattr(STDIN_FILENO, &nd_edit_mode) == 0) nd_edit_mode_saved = 1;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    sigset_t handled, previous;
    sigemptyset(&handled);
    sigaddset(&handled, SIGINT);
    sigaddset(&handled, SIGTERM);
    sigaddset(&handled, SIGHUP);
    for (;;) {
        sigprocmask(SIG_BLOCK, &handled, &previous);
        if (nd_interrupt_flag || nd_termination_signal) {
            sigprocmask(SIG_SETMASK, &previous, NULL);
            errno = EINTR;
            return -1;
        }
        struct pollfd input = {.fd = STDIN_FILENO, .events = POLLIN};
        int ready = ppoll(&input, 1, NULL, &previous);
        sigprocmask(SIG_SETMASK, &previous, NULL);
        if (nd_redraw_flag) {
            // Back from Ctrl-Z: the handler restored libedit's mode; show prompt and line again.
            nd_redraw_flag = 0;
            el_set(editor, EL_REFRESH);
        }
        if (ready < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        char byte;
        ssize_t count = read(STDIN_FILENO, &byte, 1);
        if (count == 0) return 0;
        if (count < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return -1;
        }
        size_t used = mbrtowc(character, &byte, 1, &state);
        if (used == (size_t)-2) continue;
        if (used == (size_t)-1) {
            memset(&state, 0, sizeof state);
            *character = 0xFFFD;
        }
        return 1;
    }
}

EditLine *nd_editor_open(const char *program, int history_size,
                         unsigned char (*complete)(EditLine *, int), void *client_data) {
    if (tcgetattr(STDIN_FILENO, &nd_cooked_mode) == 0) nd_cooked_mode_saved = 1;
    EditLine *editor = el_init(program, stdin, stdout, stderr);
    if (editor == NULL) return NULL;
    nd_state *state = calloc(1, sizeof(nd_state));
    if (state == NULL) {
        el_end(editor);
        return NULL;
    }
    state->client = client_data;
    state->history = history_init();
    HistEvent event;
    history(state->history, &event, H_SETSIZE, history_size);
    history(state->history, &event, H_SETUNIQUE, 1);
    el_set(editor, EL_CLIENTDATA, state);
    el_set(editor, EL_EDITOR, "emacs");
    el_set(editor, EL_HIST, history, state->history);
    el_set(editor, EL_PROMPT, nd_prompt_callback);
    el_set(editor, EL_SIGNAL, 0);
    el_set(editor, EL_GETCFN, nd_read_character);
    if (complete != NULL) {
        // The wide call keeps these static strings as they are; the narrow el_set copies them
        // with wcsdup and never frees the copies (LeakSanitizer finds them at every exit).
        el_wset(editor, EL_ADDFN, L"nd-complete", L"Complete the word before the cursor", complete);
        el_set(editor, EL_BIND, "^I", "nd-complete", NULL);
    }
    el_source(editor, NULL);
    return editor;
}

void nd_editor_close(EditLine *editor) {
    if (editor == NULL) return;
    nd_state *state = NULL;
    el_get(editor, EL_CLIENTDATA, &state);
    el_end(editor);
    if (state != NULL) {
        if (state->history != NULL) history_end(state->history);
        free(state->prompt);
        free(state);
    }
}

void *nd_editor_client(EditLine *editor) {
    nd_state *state = NULL;
    el_get(editor, EL_CLIENTDATA, &state);
    return state != NULL ? state->client : NULL;
}

void nd_editor_set_prompt(EditLine *editor, const char *prompt) {
    nd_state *state = NULL;
    el_get(editor, EL_CLIENTDATA, &state);
    if (state == NULL) return;
    char *copy = strdup(prompt);
    if (copy == NULL) return;
    free(state->prompt);
    state->prompt = copy;
}

// Whether Ctrl-D was typed on an empty line while a command ran. The terminal was then in its
// ordinary (canonical) mode, where Ctrl-D ends input as an empty line; once libedit switches to raw
// mode that mark would arrive as a NUL byte and the Ctrl-D would be lost. Input is pending but
// holds no byte exactly when such a mark is waiting; reading it then returns 0.
static int nd_pending_end_of_input(void) {
    struct termios mode;
    if (tcgetattr(STDIN_FILENO, &mode) != 0 || !(mode.c_lflag & ICANON)) return 0;
    struct pollfd input = {.fd = STDIN_FILENO, .events = POLLIN};
    if (poll(&input, 1, 0) != 1 || !(input.revents & POLLIN)) return 0;
    int available = -1;
    if (ioctl(STDIN_FILENO, FIONREAD, &available) != 0 || available != 0) return 0;
    char byte;
    return read(STDIN_FILENO, &byte, 1) == 0;
}

const char *nd_editor_gets(EditLine *editor, int *count) {
    nd_edit_mode_saved = 0;
    nd_reading = 1;
    if (nd_termination_signal != 0) {
        nd_reading = 0;
        *count = -1;
        return NULL;
    }
    if (nd_pending_end_of_input()) {
        nd_reading = 0;
        *count = 0;
        return NULL;
    }
    const char *line = el_gets(editor, count);
    nd_reading = 0;
    return line;
}

void nd_editor_history_add(EditLine *editor, const char *line) {
    nd_state *state = NULL;
    el_get(editor, EL_CLIENTDATA, &state);
    if (state == NULL) return;
    HistEvent event;
    history(state->history, &event, H_ENTER, line);
}

void nd_editor_reset(EditLine *editor) {
    el_reset(editor);
}

int nd_terminal_width(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 0;
}

int nd_terminal_height(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_row > 0) return size.ws_row;
    return 0;
}

static void nd_signal_handler(int signal_number) {
    if (signal_number == SIGINT) {
        nd_interrupt_flag = 1;
        return;
    }
    nd_termination_signal = signal_number;
    if (nd_reading) {
        // History is already on disk (it is saved after every command); put the terminal
        // back as it was and leave. Only async-signal-safe calls here.
        if (nd_cooked_mode_saved) tcsetattr(STDIN_FILENO, TCSANOW, &nd_cooked_mode);
        (void)!write(STDOUT_FILENO, "\n", 1);
        _exit(128 + signal_number);
    }
}

// Ctrl-Z: while a line is being read, hand the terminal back in its ordinary mode before
// stopping, as the shell that resumes us expects, and take libedit's mode again once continued.
// Between lines libedit has already restored the terminal, so only the stop itself is done.
static void nd_suspend_handler(int signal_number) {
    int saved_errno = errno;
    int reading = nd_reading;
    if (reading && nd_cooked_mode_saved) tcsetattr(STDIN_FILENO, TCSADRAIN, &nd_cooked_mode);
    struct sigaction stop, ours;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(signal_number, &stop, &ours);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, signal_number);
    sigprocmask(SIG_UNBLOCK, &only, NULL);
    raise(signal_number);
    // Continued (or the stop was refused, as for an orphaned process group).
    sigaction(signal_number, &ours, NULL);
    if (reading && nd_edit_mode_saved) {
        tcsetattr(STDIN_FILENO, TCSADRAIN, &nd_edit_mode);
        nd_redraw_flag = 1;
    }
    errno = saved_errno;
}

void nd_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = nd_signal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    struct sigaction suspend;
    memset(&suspend, 0, sizeof suspend);
    suspend.sa_handler = nd_suspend_handler;
    sigemptyset(&suspend.sa_mask);
    sigaction(SIGTSTP, &suspend, NULL);
    // A parent that started us with these blocked would make Ctrl-C and SIGTERM do nothing.
    sigset_t handled;
    sigemptyset(&handled);
    sigaddset(&handled, SIGINT);
    sigaddset(&handled, SIGTERM);
    sigaddset(&handled, SIGHUP);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
}

int nd_take_termination_signal(void) {
    int value = nd_termination_signal;
    nd_termination_signal = 0;
    return value;
}

int nd_pending_termination(void) { return nd_termination_signal; }

int nd_interrupted(void) { return nd_interrupt_flag != 0; }

void nd_clear_interrupt(void) { nd_interrupt_flag = 0; }
