/**
 * Whether `text` matches a glob where `*` is any run of characters and `?` one character. It
 * backtracks only to the last `*`, so it takes time proportional to the lengths' product at
 * worst, never exponential, whatever the pattern.
 *
 * @example
 * matchesGlob("legacy-*", "legacy-agent"); // true
 */
export function matchesGlob(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === "?" || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      resume = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}
