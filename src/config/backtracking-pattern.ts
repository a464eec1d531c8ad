const quantifierAtStart = /^(?:([+*?])|\{(\d+)(?:(,)(\d*))?\})/;
const anyQuantifier = /^(?:[+*?]|\{\d+(?:,\d*)?\})\??/;
const exactQuantifier = /^\{\d+\}$/;

/** How few and how many times the quantifier at the start of `text` repeats, if one is there. */
function repeatCount(text: string): { min: number; max: number } | undefined {
  const match = quantifierAtStart.exec(text);
  if (!match) return undefined;
  const [, symbol, min, comma, max] = match;
  if (symbol !== undefined) {
    return { min: symbol === "+" ? 1 : 0, max: symbol === "?" ? 1 : Infinity };
  }
  const least = Number(min);
  if (comma === undefined) return { min: least, max: least };
  return { min: least, max: max === "" ? Infinity : Number(max) };
}

/**
 * Whether the quantifier at the start of `text` lets its element match a varying number of times,
 * more than once: `+`, `*`, `{n,}`, and a bounded `{n,m}` as well, since `(\w+){1,12}` splits a
 * failing input in as many ways as `(\w+)+` does up to twelve parts. (`?` is left out.)
 */
function varies(text: string): boolean {
  const count = repeatCount(text);
  return count !== undefined && count.max > 1 && count.max > count.min;
}

/**
 * Whether the quantifier at the start of `text` can repeat its element more than once, even an
 * exact number of times: `(.*,){11}` tries every way to split an input into eleven parts.
 */
function repeatsMoreThanOnce(text: string): boolean {
  return (repeatCount(text)?.max ?? 1) > 1;
}

/** One element of a pattern: a character, an escape, a class or a group, and its quantifier. */
interface Atom {
  readonly source: string;
  readonly quantifier: string;
}

/**
 * Whether a regular expression repeats a group that can itself match in more than one way: a
 * group with a `+`, `*`, `{n,}` or `{n,m}` inside, or with an alternation, under any quantifier
 * that repeats it more than once (`^(a+)+$`, `(x|x)*`, `^(\w+\s?){1,12}$`, `^(.*,){11}P$`).
 * JavaScript's engine backtracks through every way such a pattern can split a failing input:
 * exponential in its length when unbounded, and a power of it as high as the count when bounded
 * (a check took 49 s on one 36-character value), so one tag value could stall a preview.
 * Config refuses these patterns rather than time them out: refusing is decided once, when the
 * config is read.
 *
 * A repeated group is still accepted when a literal character in it delimits each repetition
 * (`(-[a-z0-9]+)*`, `([a-z]+\.)*`): nothing repeated inside it can match that character, so an
 * input splits into repetitions one way only, and matching stays linear.
 *
 * @example
 * repeatsAmbiguousGroup("^(a+)+$"); // true
 * repeatsAmbiguousGroup("^[a-z]+(-[a-z0-9]+)*$"); // false: "-" delimits each repetition
 */
export function repeatsAmbiguousGroup(source: string): boolean {
  // For each open group: where its body starts, and whether it repeats something or alternates.
  const open: { start: number; repeats: boolean; alternates: boolean }[] = [];
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    const group = open[open.length - 1];
    if (char === "\\") {
      i++;
    } else if (char === "[") {
      i = endOfClass(source, i);
    } else if (char === "(") {
      open.push({ start: i + 1, repeats: false, alternates: false });
    } else if (char === "|") {
      if (group) group.alternates = true;
    } else if (char === ")") {
      open.pop();
      if (!group) continue;
      const after = source.slice(i + 1);
      const repeated = repeatsMoreThanOnce(after);
      const ambiguous =
        group.alternates || (group.repeats && !hasDelimiter(atomsOf(source.slice(group.start, i))));
      if (ambiguous && repeated) return true;
      const outer = open[open.length - 1];
      // An exact count of a group that matches one way is still one way (`((ab){2})+`).
      if ((group.repeats || group.alternates || varies(after)) && outer) outer.repeats = true;
    } else if (varies(source.slice(i)) && group) {
      group.repeats = true;
    }
  }
  return false;
}

/**
 * Whether a group body has a literal character, written once per repetition, that none of the
 * body's repeated elements can match: each repetition then ends at that character.
 */
function hasDelimiter(atoms: readonly Atom[]): boolean {
  const repeated = atoms.filter((a) => varies(a.quantifier));
  return atoms.some((atom) => {
    const literal = literalOf(atom);
    if (literal === undefined) return false;
    return repeated.every((r) => !canContain(r.source, literal));
  });
}

/** The character an unrepeated literal element stands for, if it is one. */
function literalOf(atom: Atom): string | undefined {
  if (atom.quantifier !== "" && !exactQuantifier.test(atom.quantifier)) return undefined;
  const { source } = atom;
  if (source.length === 1 && !".^$".includes(source)) return source;
  if (source.length === 2 && source[0] === "\\" && /[^\w\s]/.test(source[1] ?? "")) {
    return source[1];
  }
  return undefined;
}

/** Whether what an element matches can hold `char`: a group, if any element inside it can. */
function canContain(atomSource: string, char: string): boolean {
  if (!atomSource.startsWith("(")) return matchesCharacter(atomSource, char);
  return atomsOf(atomSource.slice(1, -1)).some(
    (inner) => inner.source !== "|" && canContain(inner.source, char),
  );
}

function matchesCharacter(atomSource: string, char: string): boolean {
  try {
    return new RegExp(`^(?:${atomSource})$`, "u").test(char);
  } catch {
    return true;
  }
}

/** A group body split into its top-level elements and their quantifiers (`|` is one of them). */
function atomsOf(body: string): Atom[] {
  const atoms: Atom[] = [];
  // A group's own prefix (`?:`, `?<name>`, a lookaround's) is not part of what it matches.
  let i = /^\?(?::|<[A-Za-z_$][\w$]*>|[=!]|<[=!])/.exec(body)?.[0].length ?? 0;
  while (i < body.length) {
    const end = endOfAtom(body, i);
    const quantifier = anyQuantifier.exec(body.slice(end))?.[0] ?? "";
    atoms.push({ source: body.slice(i, end), quantifier });
    i = end + quantifier.length;
  }
  return atoms;
}

/** The index just past the element that starts at `start`. */
function endOfAtom(source: string, start: number): number {
  const char = source[start];
  if (char === "[") return endOfClass(source, start) + 1;
  if (char === "(") return endOfGroup(source, start) + 1;
  if (char !== "\\") return start + 1;
  const escape = /^\\(?:[pPu]\{[^}]*\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|.)/su.exec(
    source.slice(start),
  );
  return start + (escape?.[0].length ?? 1);
}

/** The index of the `)` that closes the group opened at `start`. */
function endOfGroup(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (char === "[") i = endOfClass(source, i);
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i;
  }
  return source.length;
}

/** The index of the `]` that closes the character class opened at `start`. */
function endOfClass(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  }
  return source.length;
}
