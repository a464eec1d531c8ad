import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";
import { formatStacksMappingProgramFiles, skipPackageSourceMaps } from "./stack-format.js";

/**
 * Options taken from the program's tsconfig.json: those that change what the emitted JavaScript
 * does. Everything about module resolution and type-checking is ignored, so a stock Pulumi
 * tsconfig (`moduleResolution: node`, which TypeScript 6 rejects) still runs.
 */
function programCompilerOptions(programDir: string): ts.CompilerOptions {
  const file = join(programDir, "tsconfig.json");
  if (!existsSync(file)) return {};
  const read = ts.readConfigFile(file, (path) => readFileSync(path, "utf8")) as {
    config?: { compilerOptions?: Record<string, unknown> };
  };
  const raw = read.config?.compilerOptions ?? {};
  const options: ts.CompilerOptions = {};
  if (typeof raw.experimentalDecorators === "boolean")
    options.experimentalDecorators = raw.experimentalDecorators;
  if (typeof raw.emitDecoratorMetadata === "boolean")
    options.emitDecoratorMetadata = raw.emitDecoratorMetadata;
  if (typeof raw.useDefineForClassFields === "boolean")
    options.useDefineForClassFields = raw.useDefineForClassFields;
  if (typeof raw.esModuleInterop === "boolean") options.esModuleInterop = raw.esModuleInterop;
  return options;
}

function formatDiagnostic(diagnostic: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  if (!diagnostic.file || diagnostic.start === undefined) return text;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${diagnostic.file.fileName}:${line + 1}:${character + 1}: ${text}`;
}

/**
 * Lets `require` load the program's TypeScript files: each is transpiled alone, without
 * type-checking (as `pulumi preview` with `typescript: true` and type-check off would), to
 * CommonJS with an inline source map, so stack traces and the SDK's source positions name lines
 * of the `.ts` file. Syntax errors are thrown with `file:line:column`.
 */
export function registerTypeScript(programDir: string): void {
  process.setSourceMapsEnabled(true);
  formatStacksMappingProgramFiles();
  const compilerOptions: ts.CompilerOptions = {
    esModuleInterop: true,
    ...programCompilerOptions(programDir),
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    inlineSourceMap: true,
    jsx: ts.JsxEmit.React,
  };
  const load = (module: NodeJS.Module, filename: string) => {
    const output = ts.transpileModule(readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions,
      reportDiagnostics: true,
    });
    const errors = (output.diagnostics ?? []).filter(
      (d) => d.category === ts.DiagnosticCategory.Error,
    );
    if (errors.length > 0) throw new SyntaxError(errors.map(formatDiagnostic).join("\n"));
    (module as NodeJS.Module & { _compile(code: string, file: string): void })._compile(
      output.outputText,
      filename,
    );
  };
  // require.extensions is deprecated but remains the hook CommonJS loaders (ts-node among them)
  // use to compile other languages; Node has no synchronous replacement.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const extensions = require.extensions as unknown as Record<string, typeof load>;
  for (const extension of [".ts", ".tsx", ".cts"]) extensions[extension] = load;
  skipPackageSourceMaps(extensions);
}
