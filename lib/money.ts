/**
 * A price as the source recorded it: at least two decimals ($5.00, $0.20), never rounding away a recorded
 * third or fourth ($0.211, $0.165). The price tables and the name pages show the same figures this way; a
 * rounded $0.17 would be a figure no source gave.
 */
export function recordedUsd(v: number): string {
  return `$${Number.isInteger(Math.round(v * 1e6) / 1e4) ? v.toFixed(2) : String(v)}`;
}
