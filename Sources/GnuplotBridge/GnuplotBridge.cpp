#include "GnuplotBridge.h"
