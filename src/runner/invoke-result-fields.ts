import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The names a data source's result has, read from the SDK's own declaration file: the
 * `<Name>Result` interface of `@pulumi/<pkg>/<module>/<function>.d.ts`. `undefined` when the
 * token or the file does not say.
 *
 * @example
 * resultFields("aws:ssm/getParameter:getParameter", root); // ["arn", "id", "name", "type", "value", ...]
 */
export function resultFields(
  token: string,
  packageRoot: (pkg: string) => string | undefined,
): string[] | undefined {
  const [pkg, module, name] = token.split(":");
  if (!pkg || !module || !name) return undefined;
  const root = packageRoot(pkg);
  if (root === undefined) return undefined;
  const [moduleDir, fileStem] = module.includes("/") ? module.split("/") : [module, name];
  // A provider's top-level functions (`aws:index/getAvailabilityZones:...`) sit at its root.
  const folder = moduleDir === "index" ? "" : (moduleDir ?? "");
  const file = join(root, folder, `${fileStem ?? name}.d.ts`);
  if (!existsSync(file)) return undefined;
  const interfaceName = `${name.charAt(0).toUpperCase()}${name.slice(1)}Result`;
  const body = new RegExp(`export interface ${interfaceName} \\{([\\s\\S]*?)\\n\\}`).exec(
    readFileSync(file, "utf8"),
  )?.[1];
  if (body === undefined) return undefined;
  return [...body.matchAll(/^ {4}readonly (\w+)\??:/gm)].map((match) => match[1] as string);
}
