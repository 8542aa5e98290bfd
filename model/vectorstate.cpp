#include "vectorstate.h"

namespace infraplan {

void clearUpperVectorState()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    // VZEROUPPER is an AVX instruction: a processor without AVX has no upper halves to clear and would fault.
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx)
        asm volatile("vzeroupper" ::: "memory");
#endif
}

} // namespace infraplan
