#include <unicode/utypes.h>
#include <unicode/unorm2.h>
#include <unicode/uspoof.h>
#include <unicode/utrans.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
