// The JavaScript side of tests/bench/bench_figures.h: one machine-readable line per figure,
// gathered by tools/bench_summary.mjs.
export function figure(key, value, unit) {
  console.log(`figure\t${key}\t${Number(value).toPrecision(6).replace(/\.?0+$/, '')}\t${unit}`);
}
