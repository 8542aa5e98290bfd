#pragma once

#include <string>

namespace infraplan {

class Catalog;
struct CatalogItem;

/// Share of the boost clock a device holds under dense matrix work when its power limit binds (docs/model.md,
/// "Sustained clocks under a power limit"). Dynamic power grows about as the cube of the clock (P ~ f V^2
/// with V ~ f over the DVFS range), and a family's flagship part is taken to be sized to run dense GEMMs at
/// boost within its TDP. A part of the same architecture with less power per peak FLOP then sustains
///
///     S = min(1, cbrt( (TDP / peak) / (TDP_ref / peak_ref) ))
///
/// The A100 PCIe (300 W) against the A100 SXM (400 W) gives cbrt(0.75) = 0.909; the MAMF table measures
/// 252.9 / 271.2 = 0.933. Families without a reference part, and CPUs, get 1.
double sustainedClockFraction(const Catalog& catalog, const CatalogItem& accelerator);

/// The flagship part of a family the power law is anchored to ("" when none).
std::string powerReferenceDevice(const std::string& family);

} // namespace infraplan
