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

/// The same law for a part run at `powerLimitW` instead of its TDP (a power cap below it, or a board allowed
/// more, such as an H200 with a custom thermal solution at 1000 W): the clock moves from what the part
/// sustains at its TDP by the cube root of the power ratio, S(P) = S(TDP) * cbrt(P / TDP). NVIDIA's own
/// expected Llama 2 70B rates for one H200 (MLPerf Inference v4.1 configs) follow it: 12.4, 13.4 and 15
/// samples/s at 500, 700 and 1000 W against 0.89, 1 and 1.13 from the law. Without a TDP, S(TDP).
double sustainedClockFractionAt(const Catalog& catalog, const CatalogItem& accelerator, double powerLimitW);

/// The flagship part of a family the power law is anchored to ("" when none).
std::string powerReferenceDevice(const std::string& family);

} // namespace infraplan
