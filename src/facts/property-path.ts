import { readProperty, UNKNOWN } from "./unknown.js";

/** One value found at a catalogue path, with the concrete path it was found at. */
export interface FoundValue {
  /** Concrete path, e.g. `variants[1].modelId`. */
  readonly path: string;
  readonly value: unknown;
}

function joinPath(prefix: string, segment: string): string {
  return prefix === "" ? segment : `${prefix}.${segment}`;
}

/**
 * Resolves a catalogue path (dotted, `[]` after array segments) against resource inputs and
 * returns every value present. An unknown met on the way is returned as `UNKNOWN` at the path
 * where it was met, since everything under it is unknown too; absent values, and values of a
 * shape the schema does not allow on the way, are skipped.
 *
 * @example
 * findValues({ variants: [{ modelId: "a" }, { modelId: "b" }] }, "variants[].modelId");
 * // [{ path: "variants[0].modelId", value: "a" }, { path: "variants[1].modelId", value: "b" }]
 */
export function findValues(root: unknown, catalogPath: string): FoundValue[] {
  let frontier: { path: string; value: unknown }[] = [{ path: "", value: root }];
  const found: FoundValue[] = [];
  for (const { key, isArray } of segmentsOf(catalogPath)) {
    const next: { path: string; value: unknown }[] = [];
    for (const { path, value } of frontier) {
      const child = readProperty(value, key);
      // Most paths are absent from most resources: no path text is built for them.
      if (child === undefined || child === null) continue;
      const childPath = joinPath(path, key);
      if (child === UNKNOWN) found.push({ path: childPath, value: UNKNOWN });
      else if (!isArray) next.push({ path: childPath, value: child });
      else if (Array.isArray(child)) next.push(...elementsOf(child, childPath, found));
      // A non-list where the schema has a list is malformed input the provider rejects anyway.
    }
    frontier = next;
  }
  if (frontier.length === 0) return found;
  return found.length === 0 ? frontier : [...found, ...frontier];
}

/** Catalogue paths are few and read for every resource: each is split once. */
const segmentsByPath = new Map<string, readonly { key: string; isArray: boolean }[]>();

function segmentsOf(catalogPath: string): readonly { key: string; isArray: boolean }[] {
  let segments = segmentsByPath.get(catalogPath);
  if (segments === undefined) {
    segments = catalogPath.split(".").map((segment) => {
      const isArray = segment.endsWith("[]");
      return { key: isArray ? segment.slice(0, -2) : segment, isArray };
    });
    if (segmentsByPath.size < 1000) segmentsByPath.set(catalogPath, segments);
  }
  return segments;
}

function elementsOf(
  list: readonly unknown[],
  listPath: string,
  found: FoundValue[],
): { path: string; value: unknown }[] {
  const elements: { path: string; value: unknown }[] = [];
  for (let index = 0; index < list.length; index++) {
    const element = readProperty(list, index);
    const path = `${listPath}[${index}]`;
    if (element === UNKNOWN) found.push({ path, value: UNKNOWN });
    else if (element !== undefined && element !== null) elements.push({ path, value: element });
  }
  return elements;
}
