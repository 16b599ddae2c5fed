/**
 * Browser tests: the built pane (dist/) in headless Chromium. Run with `npm run test:browser`,
 * which builds first. One worker: each file starts its own Chromium, and the machine is small.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }],
  },
  maxWorkers: 1,
  testTimeout: 120000,
  globalSetup: "<rootDir>/test/support/globalSetup.js",
};
