import type {
  CoverageCount,
  CoveredResource,
  ServiceCoverage,
  TagBreakdown,
} from "./coverage-report.js";
import { tagValueMarkers } from "./tag-values.js";

/** How many of some resources are attributed, and what share. */
export function countOf(resources: readonly CoveredResource[]): CoverageCount {
  const attributed = resources.filter((r) => r.status.state === "attributed").length;
  const total = resources.length;
  // One decimal is as precise as a share of a stack's resources needs to be.
  const percent = total === 0 ? null : Math.round((attributed / total) * 1000) / 10;
  return { attributed, total, percent };
}

function groupBy<K, V>(items: readonly V[], key: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Counts by service, then by type within each; both sorted by name. */
export function byService(resources: readonly CoveredResource[]): ServiceCoverage[] {
  return [...groupBy(resources, (r) => r.service)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([service, members]) => ({
      service,
      ...countOf(members),
      types: [...groupBy(members, (r) => r.type)]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([type, ofType]) => ({ type, ...countOf(ofType) })),
    }));
}

const markers: ReadonlySet<string> = new Set(Object.values(tagValueMarkers));

/** Each required tag's values, by how many resources carry them; markers after real values. */
export function byTag(
  resources: readonly CoveredResource[],
  keys: readonly string[],
): TagBreakdown[] {
  return keys.map((key) => ({
    key,
    values: [...groupBy(resources, (r) => r.tags[key] ?? tagValueMarkers.missing)]
      .map(([value, members]) => ({
        value,
        resources: members.length,
        attributed: members.filter((r) => r.status.state === "attributed").length,
      }))
      .sort(
        (a, b) =>
          Number(markers.has(a.value)) - Number(markers.has(b.value)) ||
          b.resources - a.resources ||
          a.value.localeCompare(b.value),
      ),
  }));
}
