#ifndef NEWSDESK_CURL_LOADER_H
#define NEWSDESK_CURL_LOADER_H

#include <stddef.h>
#include <stdint.h>

// libcurl, opened with dlopen the first time a web page is asked for, so that a newsdesk run
// that loads no URL never maps libcurl and the TLS, Kerberos and LDAP libraries it pulls in
// (linking them costs every start tens of milliseconds). These wrappers only give curl's
// variadic functions typed entry points Swift can call; the fetching logic is in NewsCore.

/// 1 once libcurl is loaded and initialised (thread-safe, done once), 0 when it is missing.
int nd_curl_load(void);
void *nd_curl_easy_init(void);
void nd_curl_easy_cleanup(void *handle);
int nd_curl_easy_perform(void *handle);
const char *nd_curl_easy_strerror(int code);

int nd_curl_setopt_long(void *handle, int option, long value);
int nd_curl_setopt_pointer(void *handle, int option, const void *value);
int nd_curl_setopt_offset(void *handle, int option, int64_t value);
int nd_curl_setopt_write_function(void *handle, size_t (*function)(char *, size_t, size_t, void *));
int nd_curl_setopt_progress_function(void *handle, int (*function)(void *, int64_t, int64_t, int64_t, int64_t));

int nd_curl_getinfo_long(void *handle, int info, long *value);
int nd_curl_getinfo_string(void *handle, int info, const char **value);
int nd_curl_getinfo_offset(void *handle, int info, int64_t *value);

#endif
