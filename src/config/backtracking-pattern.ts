const unboundedQuantifier = /^(?:[+*]|\{\d+,\})/;

/**
 * Whether a regular expression repeats a group that can itself match in more than one way: a
 * group with a `+`, `*` or `{n,}` inside, or with an alternation, under a `+`, `*` or `{n,}`
 * (`^(a+)+$`, `(x|x)*`). JavaScript's engine backtracks through every way such a pattern can
 * split a failing input, exponential in its length, so one tag value could stall a preview.
 * Config refuses these patterns rather than time them out: a tag pattern never needs a
 * repeated repetition, and refusing is decided once, when the config is read.
 *
 * @example
 * repeatsAmbiguousGroup("^(a+)+$"); // true
 * repeatsAmbiguousGroup("^CC-[0-9]{4}$"); // false
 */
export function repeatsAmbiguousGroup(source: string): boolean {
  // For each open group: whether its body so far repeats something or alternates.
  const open: boolean[] = [];
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") {
      i++;
    } else if (char === "[") {
      i = endOfClass(source, i);
    } else if (char === "(") {
      open.push(false);
    } else if (char === "|") {
      if (open.length > 0) open[open.length - 1] = true;
    } else if (char === ")") {
      const ambiguous = open.pop() ?? false;
      const repeated = unboundedQuantifier.test(source.slice(i + 1));
      if (ambiguous && repeated) return true;
      if ((ambiguous || repeated) && open.length > 0) open[open.length - 1] = true;
    } else if (unboundedQuantifier.test(source.slice(i)) && open.length > 0) {
      open[open.length - 1] = true;
    }
  }
  return false;
}

/** The index of the `]` that closes the character class opened at `start`. */
function endOfClass(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  }
  return source.length;
}
