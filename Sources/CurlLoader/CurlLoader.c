#include "CurlLoader.h"

#include <dlfcn.h>
#include <pthread.h>

// The option numbers of the function-pointer options these wrappers set (curl.h).
enum { ND_CURLOPT_WRITEFUNCTION = 20011, ND_CURLOPT_XFERINFOFUNCTION = 20219 };

static struct {
    void *(*easy_init)(void);
    void (*easy_cleanup)(void *);
    int (*easy_perform)(void *);
    const char *(*easy_strerror)(int);
    int (*easy_setopt)(void *, int, ...);
    int (*easy_getinfo)(void *, int, ...);
    int (*global_init)(long);
} curl;

static pthread_once_t nd_curl_once = PTHREAD_ONCE_INIT;
static int nd_curl_loaded = 0;

static void nd_curl_open(void) {
    static const char *const names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so", NULL};
    void *library = NULL;
    for (int index = 0; names[index] != NULL && library == NULL; index++) {
        library = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) return;
    *(void **)&curl.easy_init = dlsym(library, "curl_easy_init");
    *(void **)&curl.easy_cleanup = dlsym(library, "curl_easy_cleanup");
    *(void **)&curl.easy_perform = dlsym(library, "curl_easy_perform");
    *(void **)&curl.easy_strerror = dlsym(library, "curl_easy_strerror");
    *(void **)&curl.easy_setopt = dlsym(library, "curl_easy_setopt");
    *(void **)&curl.easy_getinfo = dlsym(library, "curl_easy_getinfo");
    *(void **)&curl.global_init = dlsym(library, "curl_global_init");
    if (!curl.easy_init || !curl.easy_cleanup || !curl.easy_perform || !curl.easy_strerror || !curl.easy_setopt
        || !curl.easy_getinfo || !curl.global_init) {
        return;
    }
    // CURL_GLOBAL_ALL; done here, once, before any thread uses a handle.
    if (curl.global_init(3) != 0) return;
    nd_curl_loaded = 1;
}

int nd_curl_load(void) {
    pthread_once(&nd_curl_once, nd_curl_open);
    return nd_curl_loaded;
}

void *nd_curl_easy_init(void) { return curl.easy_init(); }
void nd_curl_easy_cleanup(void *handle) { curl.easy_cleanup(handle); }
int nd_curl_easy_perform(void *handle) { return curl.easy_perform(handle); }
const char *nd_curl_easy_strerror(int code) { return curl.easy_strerror(code); }

int nd_curl_setopt_long(void *handle, int option, long value) { return curl.easy_setopt(handle, option, value); }

int nd_curl_setopt_pointer(void *handle, int option, const void *value) {
    return curl.easy_setopt(handle, option, value);
}

int nd_curl_setopt_offset(void *handle, int option, int64_t value) {
    // curl_off_t is a 64-bit signed integer on every platform newsdesk builds for.
    return curl.easy_setopt(handle, option, (long long)value);
}

int nd_curl_setopt_write_function(void *handle, size_t (*function)(char *, size_t, size_t, void *)) {
    return curl.easy_setopt(handle, ND_CURLOPT_WRITEFUNCTION, function);
}

int nd_curl_setopt_progress_function(void *handle, int (*function)(void *, int64_t, int64_t, int64_t, int64_t)) {
    return curl.easy_setopt(handle, ND_CURLOPT_XFERINFOFUNCTION, function);
}

int nd_curl_getinfo_long(void *handle, int info, long *value) { return curl.easy_getinfo(handle, info, value); }

int nd_curl_getinfo_string(void *handle, int info, const char **value) {
    return curl.easy_getinfo(handle, info, value);
}

int nd_curl_getinfo_offset(void *handle, int info, int64_t *value) {
    long long result = 0;
    int code = curl.easy_getinfo(handle, info, &result);
    *value = (int64_t)result;
    return code;
}
