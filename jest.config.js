/** Unit and component tests. Browser tests have their own config (jest.browser.config.js). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Component tests render the whole pane; on a loaded 2-core machine one can take several seconds.
  testTimeout: 30000,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }],
  },
  moduleNameMapper: {
    "\\.(css|png|svg)$": "<rootDir>/test/support/fileStub.js",
    // office-addin-mock pulls ESM-only packages through office-addin-manifest (see ../shared/docs/outlook-platform.md §7)
    "^office-addin-manifest$": "<rootDir>/test/support/officeAddinManifestStub.js",
  },
  globalSetup: "<rootDir>/test/support/globalSetup.js",
};
