#include "EditLineShim.h"
int nd_placeholder(void) { return 0; }
