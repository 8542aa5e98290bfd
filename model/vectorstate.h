#pragma once

namespace infraplan {

/// Clears the upper halves of the processor's vector registers (x86 VZEROUPPER; nothing elsewhere).
///
/// Why: some C library routines run while fontconfig loads its fonts (the AVX-512 string functions glibc
/// picks on recent Xeons) leave those halves dirty without clearing them. From then on every legacy-SSE
/// instruction of the thread, and of every thread it starts, pays a transition penalty: inside the GUI and
/// the report the fleet simulator's arithmetic ran 5 to 20 times slower than in the plain command line.
/// Engines call this where a long computation begins (docs/performance.md).
void clearUpperVectorState();

} // namespace infraplan
