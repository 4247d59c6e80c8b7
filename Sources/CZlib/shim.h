// zlib's inflate, for reading gzip-compressed articles (.gz) with a bound on their size.
#include <zlib.h>
