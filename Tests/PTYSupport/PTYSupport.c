#include "PTYSupport.h"
int nd_pty_placeholder(void) { return 0; }
