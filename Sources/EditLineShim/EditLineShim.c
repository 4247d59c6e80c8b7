#include "EditLineShim.h"

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <unistd.h>

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

EditLine *nd_editor_open(const char *program, int history_size,
                         unsigned char (*complete)(EditLine *, int), void *client_data) {
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
    el_set(editor, EL_SIGNAL, 1);
    if (complete != NULL) {
        el_set(editor, EL_ADDFN, "nd-complete", "Complete the word before the cursor", complete);
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

const char *nd_editor_gets(EditLine *editor, int *count) {
    return el_gets(editor, count);
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

static volatile sig_atomic_t nd_termination_signal = 0;
static volatile sig_atomic_t nd_interrupt_flag = 0;

static void nd_signal_handler(int signal_number) {
    if (signal_number == SIGINT) {
        nd_interrupt_flag = 1;
    } else {
        nd_termination_signal = signal_number;
    }
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
}

int nd_take_termination_signal(void) {
    int value = nd_termination_signal;
    nd_termination_signal = 0;
    return value;
}

int nd_interrupted(void) { return nd_interrupt_flag != 0; }

void nd_clear_interrupt(void) { nd_interrupt_flag = 0; }
