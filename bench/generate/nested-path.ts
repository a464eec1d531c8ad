/**
 * Writes a value at a catalogue path (dotted, `[]` after array segments) into nested inputs,
 * creating objects and lists on the way, so generated resources carry models and cost drivers
 * exactly where the catalogue says a policy will look.
 *
 * @example
 * const inputs = {};
 * setAtPath(inputs, "variants[].modelId", () => "m", 2);
 * // { variants: [{ modelId: "m" }, { modelId: "m" }] }
 */
export function setAtPath(
  root: Record<string, unknown>,
  path: string,
  value: () => unknown,
  listLength = 1,
): void {
  const [head, ...rest] = path.split(".");
  if (head === undefined) return;
  const isList = head.endsWith("[]");
  const key = isList ? head.slice(0, -2) : head;
  if (rest.length === 0) {
    root[key] = isList ? Array.from({ length: listLength }, value) : value();
    return;
  }
  const tail = rest.join(".");
  if (!isList) {
    const existing = root[key];
    const child = isObject(existing) ? existing : {};
    root[key] = child;
    setAtPath(child, tail, value, listLength);
    return;
  }
  const existing = root[key];
  const list: unknown[] = Array.isArray(existing) ? existing : [];
  while (list.length < listLength) list.push({});
  root[key] = list;
  for (const element of list) if (isObject(element)) setAtPath(element, tail, value, listLength);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
