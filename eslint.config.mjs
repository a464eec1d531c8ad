// typescript-eslint's strict type-checked preset over the project's TypeScript; the examples are
// users' programs and are checked by their own tsconfig in the tests instead.
import eslint from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "policypack/dist/",
      "examples/",
      "test/fixtures/",
      "coverage/",
      "**/*.js",
      "**/*.mjs",
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Template literals with numbers read fine; the rule's strictest form only adds noise.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  {
    files: ["test/**/*.ts"],
    rules: {
      // Tests assert on optional data freely.
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
