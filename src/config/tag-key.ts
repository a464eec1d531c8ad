/**
 * Folds a tag key to compare spellings: case and separators (`-`, `_`, `.`, `:`, `/`, spaces) are
 * ignored, so `CostCenter`, `cost_center` and `Cost-Center` all fold to `costcenter`.
 */
export function foldTagKey(key: string): string {
  return key.toLowerCase().replace(/[-_.:/\s]/g, "");
}
