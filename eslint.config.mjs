/**
 * Lint is where the architecture's walls are enforced (README, "Project layout"). Each wall below
 * has a test that feeds ESLint a violating file and expects the error (test/lint/).
 */
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Layers that run in the pane and in Node alike: no host, no DOM, no Node. */
const PURE_LAYERS = ["src/classifier", "src/roundtrip", "src/dns", "src/i18n", "src/shared"];
const pureFiles = PURE_LAYERS.map((dir) => `${dir}/**/*.{ts,tsx}`);

/** The host adapters and the front ends: what a pure layer may never reach. */
const HOST_LAYERS = ["./src/outlook", "./src/taskpane", "./src/cli", "./src/graph", "./build", "./server", "./scripts"];

/** Globals of a browser page or an Office host. A pure layer never reads them. */
const DOM_AND_HOST_GLOBALS = [
  "Office",
  "OfficeRuntime",
  "Outlook",
  "window",
  "document",
  "navigator",
  "location",
  "history",
  "localStorage",
  "sessionStorage",
  "indexedDB",
  "DOMParser",
  "XMLHttpRequest",
  "HTMLElement",
  "Element",
  "MutationObserver",
  "self",
  "parent",
  "top",
  "frames",
  "alert",
  "confirm",
  "prompt",
];
/** Globals only Node has. A pure layer never reads them either. */
const NODE_GLOBALS = ["process", "Buffer", "require", "module", "__dirname", "__filename", "global"];

const restrictedGlobals = (names, why) => names.map((name) => ({ name, message: `${name}: ${why}` }));

/** `window.Office`, `globalThis.Office`, `self.Office`: the same global reached as a property. */
const officeAsProperty = (why) =>
  ["window", "globalThis", "self", "top", "parent"].map((object) => ({ object, property: "Office", message: `${object}.Office: ${why}` }));

/** `Office.AsyncResult` and the like in a type position: no-restricted-globals sees values only. */
const officeTypes = (why) => ({
  selector: "TSQualifiedName[left.name='Office'], TSQualifiedName[left.name='OfficeRuntime']",
  message: `Office.js types: ${why}`,
});

const PURE_WHY = "the pure layers (classifier, roundtrip, dns, i18n, shared) run in the pane and in Node alike; take it as a parameter.";
const OFFICE_WHY = "only src/outlook touches Office.js; go through the MailHost it exposes.";

export default tseslint.config(
  { ignores: ["dist/**", "dist-server/**", "node_modules/**", "coverage/**", "test-artifacts/**", "bin/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json", alwaysTryTypes: true })],
    },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Mixed logical, bitwise, comparison or relational operators need parentheses. Arithmetic is
      // left to ordinary precedence: Prettier removes parentheses such as `a + (b * c)`.
      "no-mixed-operators": [
        "error",
        {
          groups: [
            ["&", "|", "^", "~", "<<", ">>", ">>>"],
            ["==", "!=", "===", "!==", ">", ">=", "<", "<="],
            ["&&", "||"],
            ["in", "instanceof"],
          ],
          allowSamePrecedence: true,
        },
      ],
      // Node and packages first, then our own modules, each block alphabetical: one obvious place
      // for a new import, so two branches adding imports rarely conflict (eslint --fix sorts).
      "import-x/order": [
        "warn",
        {
          groups: [
            ["builtin", "external"],
            ["internal", "parent", "sibling", "index"],
          ],
          "newlines-between": "ignore",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
      // Layer walls, by resolved path: subfolders at any depth are covered (a `../outlook/*`
      // pattern was not: it missed `../../outlook/types` from the classifier's subfolders).
      "import-x/no-restricted-paths": [
        "error",
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: PURE_LAYERS.map((dir) => `./${dir}`),
              from: HOST_LAYERS,
              message: "Pure layers import no host code (outlook, taskpane, cli, graph, build). Move a shared type to src/shared.",
            },
            {
              target: "./src/classifier",
              from: ["./src/roundtrip", "./src/dns", "./src/i18n"],
              message: "The classifier is the core: the other pure layers build on it, not the other way round.",
            },
            {
              target: "./src/shared",
              from: ["./src/classifier", "./src/roundtrip", "./src/dns", "./src/i18n"],
              message: "src/shared holds types every layer may use; it depends on none of them.",
            },
            { target: "./src/outlook", from: ["./src/taskpane", "./src/cli"], message: "The host adapter knows nothing of the pane or the CLI." },
            {
              target: "./src/graph",
              from: ["./src/outlook", "./src/taskpane", "./src/cli"],
              message: "The Graph client is host-free: it gets fetch and tokens injected.",
            },
            { target: "./src/taskpane", from: ["./src/cli", "./build", "./server", "./scripts"], message: "The pane is browser code: no CLI or build code." },
            { target: "./src/cli", from: ["./src/taskpane", "./src/outlook"], message: "The CLI runs in Node: no pane or Office.js code." },
            { target: "./src", from: ["./test"], message: "Product code never imports test code." },
          ],
        },
      ],
    },
  },
  {
    files: pureFiles,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["react", "react-*", "react/*", "@fluentui/*", "@microsoft/office-js", "@azure/*"], message: PURE_WHY }],
        },
      ],
      // The npm `buffer` package (a dependency, bundled into the pane) stands in for Node's in the DNS wire format.
      "import-x/no-nodejs-modules": ["error", { allow: ["buffer"] }],
      "no-restricted-globals": ["error", ...restrictedGlobals([...DOM_AND_HOST_GLOBALS, ...NODE_GLOBALS], PURE_WHY)],
      "no-restricted-properties": [
        "error",
        ...officeAsProperty(PURE_WHY),
        ...["window", "document", "navigator", "process", "Buffer", "localStorage"].map((property) => ({
          object: "globalThis",
          property,
          message: `globalThis.${property}: ${PURE_WHY}`,
        })),
      ],
      "no-restricted-syntax": ["error", officeTypes(PURE_WHY)],
    },
  },
  {
    // Only src/outlook touches Office.js: not the pane, not the CLI, not the Graph client.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/cli/**/*.ts", "src/graph/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...restrictedGlobals(["Office", "OfficeRuntime"], OFFICE_WHY)],
      "no-restricted-properties": ["error", ...officeAsProperty(OFFICE_WHY)],
      "no-restricted-syntax": ["error", officeTypes(OFFICE_WHY)],
      "no-restricted-imports": ["error", { patterns: [{ group: ["@microsoft/office-js", "@microsoft/office-js/*"], message: OFFICE_WHY }] }],
    },
  },
  {
    // The pane and the Graph client run in the browser: Node's modules are the CLI's (src/cli may use them).
    files: ["src/taskpane/**/*.{ts,tsx}", "src/outlook/**/*.ts", "src/graph/**/*.ts"],
    rules: { "import-x/no-nodejs-modules": ["error", { allow: ["buffer"] }] },
  },
  {
    // A warning, and lint allows none: a function past 100 lines (comments and blank lines not
    // counted) wants splitting. Tests are exempt (a describe block is a list of cases, not logic).
    files: ["src/**/*.{ts,tsx}", "build/**/*.ts", "server/**/*.ts", "scripts/**/*.{ts,mjs}"],
    rules: { "max-lines-per-function": ["warn", { max: 100, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Exempt: factories whose closure is the module's private state (the functions they return
    // share it), and the classifier's top-level pipeline, a straight sequence of steps. Their
    // length is the module's; they are split when their own issues next touch them.
    files: [
      "src/classifier/classify.ts",
      "src/cli/pool/workerPool.ts",
      "src/graph/client.ts",
      "src/outlook/officeHost.ts",
      "src/taskpane/recent/recentController.ts",
      "src/taskpane/recent/useRecentBounces.ts",
    ],
    rules: { "max-lines-per-function": "off" },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
