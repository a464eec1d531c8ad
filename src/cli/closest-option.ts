/**
 * How many single-character edits turn `a` into `b`: an insertion, a deletion, a substitution,
 * or two neighbours swapped. Counting a swap as one edit matters for typing slips: `--fromat` is
 * one edit from `--format`, not two.
 */
export function editDistance(a: string, b: string): number {
  // Three rows of the usual table: the swap looks two rows back.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (same ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The options an unknown option name was probably meant to be: those fewest edits away, when
 * that is at most a third of the name (at least one edit), so `--formt` suggests `--format` but
 * `--x` suggests nothing. Case is ignored: `--Format` is a slip too.
 *
 * @example
 * closestOptions("formt", ["config", "format", "output"]); // ["format"]
 */
export function closestOptions(name: string, options: readonly string[]): string[] {
  const allowed = Math.max(1, Math.floor(name.length / 3));
  const distances = options.map((option) => ({
    option,
    distance: editDistance(name.toLowerCase(), option),
  }));
  const nearest = Math.min(...distances.map((d) => d.distance));
  if (nearest > allowed) return [];
  return distances.filter((d) => d.distance === nearest).map((d) => d.option);
}
