/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // Sources import siblings as `./x.js` (node16 resolution); jest resolves the `.ts` file.
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  // End-to-end tests start policy packs and Pulumi programs; give them room on a 2-core machine.
  testTimeout: 60000,
};
