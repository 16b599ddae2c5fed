import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["dist/**", "dist-server/**", "node_modules/**", "coverage/**", "test-artifacts/**", "bin/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-mixed-operators": "error",
    },
  },
  {
    // The classifier is pure: it runs in Node and the pane alike.
    files: ["src/classifier/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["react*", "@fluentui/*", "../outlook/*", "../taskpane/*", "../cli/*", "node:*", "fs", "path"] }],
      "no-restricted-globals": ["error", "window", "document", "Office", "navigator", "localStorage", "DOMParser"],
    },
  },
  {
    // Only src/outlook touches Office.js.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/cli/**/*.ts"],
    rules: { "no-restricted-globals": ["error", "Office"] },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
