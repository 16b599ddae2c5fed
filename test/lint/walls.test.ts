// The architecture's walls (README, "Project layout") are lint rules. Each rule here gets a file
// that breaks it, placed in the layer it guards, and must fail lint; each gets a control that
// must pass, so a rule that never fires can't look like a rule that holds.
import { errorRules, lintSnippets, type LintMessage, type Snippet } from "./support/lint";

interface Case extends Snippet {
  name: string;
  /** The rule that must report an error; undefined for a control that must lint clean. */
  rule?: string;
}

const PATHS = "import-x/no-restricted-paths";
const NODE = "import-x/no-nodejs-modules";
const GLOBALS = "no-restricted-globals";
const PROPERTIES = "no-restricted-properties";
const IMPORTS = "no-restricted-imports";
const SYNTAX = "no-restricted-syntax";
const MIXED = "no-mixed-operators";
const LENGTH = "max-lines-per-function";
const ORDER = "import-x/order";

/** A function of `lines` statements (each its own line). */
const longFunction = (lines: number) => `export function long(): number {\n  let n = 0;\n${"  n += 1;\n".repeat(lines - 4)}  return n;\n}\n`;

const CASES: Case[] = [
  // Layer imports, resolved by path: subfolders of any depth are inside the wall.
  {
    name: "classifier subfolder imports outlook/types",
    rule: PATHS,
    filePath: "src/classifier/guidance/probe.ts",
    code: 'import type { ReadPath } from "../../outlook/types";\nexport type P = ReadPath;\n',
  },
  {
    name: "classifier deep subfolder imports the task pane",
    rule: PATHS,
    filePath: "src/classifier/layouts/engine/probe.ts",
    code: 'export { useT } from "../../../taskpane/i18n/LocaleProvider";\n',
  },
  { name: "classifier imports i18n", rule: PATHS, filePath: "src/classifier/probe.ts", code: 'export { pseudoLocalize } from "../i18n/locale";\n' },
  {
    name: "roundtrip imports outlook/types",
    rule: PATHS,
    filePath: "src/roundtrip/probe.ts",
    code: 'import type { HostDiagnostics } from "../outlook/types";\nexport type P = HostDiagnostics;\n',
  },
  { name: "dns imports the CLI", rule: PATHS, filePath: "src/dns/probe.ts", code: 'export * from "../cli/args";\n' },
  {
    name: "i18n imports the Graph client",
    rule: PATHS,
    filePath: "src/i18n/ui/probe.ts",
    code: 'import type { MailboxFailure } from "../../graph/types";\nexport type P = MailboxFailure;\n',
  },
  {
    name: "shared imports the classifier",
    rule: PATHS,
    filePath: "src/shared/probe.ts",
    code: 'import type { Diagnosis } from "../classifier/types";\nexport type P = Diagnosis;\n',
  },
  { name: "outlook imports the task pane", rule: PATHS, filePath: "src/outlook/probe.ts", code: 'export { useT } from "../taskpane/i18n/LocaleProvider";\n' },
  {
    name: "graph imports outlook",
    rule: PATHS,
    filePath: "src/graph/probe.ts",
    code: 'import type { MailHost } from "../outlook/types";\nexport type P = MailHost;\n',
  },
  {
    name: "CLI imports outlook",
    rule: PATHS,
    filePath: "src/cli/probe.ts",
    code: 'import type { MailHost } from "../outlook/types";\nexport type P = MailHost;\n',
  },
  { name: "product code imports a test helper", rule: PATHS, filePath: "src/taskpane/probe.ts", code: 'export * from "../../test/support/odataFilter";\n' },
  {
    name: "control: roundtrip imports the neutral types and the classifier",
    filePath: "src/roundtrip/probe.ts",
    code: 'import type { Diagnosis } from "../classifier/types";\nimport type { ReadPath } from "../shared/hostReport";\nexport type P = [Diagnosis, ReadPath];\n',
  },
  {
    name: "control: i18n imports the classifier",
    filePath: "src/i18n/probe.ts",
    code: 'import type { GuidanceEntry } from "../classifier/types";\nexport type P = GuidanceEntry;\n',
  },
  {
    name: "control: the pane imports outlook",
    filePath: "src/taskpane/probe.ts",
    code: 'import type { MailHost } from "../outlook/types";\nexport type P = MailHost;\n',
  },

  // Node's modules: the CLI's alone.
  {
    name: "classifier imports node:fs",
    rule: NODE,
    filePath: "src/classifier/mime/probe.ts",
    code: 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
  },
  { name: "dns imports path (no node: prefix)", rule: NODE, filePath: "src/dns/probe.ts", code: 'import { join } from "path";\nexport const j = join;\n' },
  { name: "i18n imports node:os", rule: NODE, filePath: "src/i18n/probe.ts", code: 'import { EOL } from "node:os";\nexport const eol = EOL;\n' },
  {
    name: "the pane imports node:crypto",
    rule: NODE,
    filePath: "src/taskpane/probe.ts",
    code: 'import { randomUUID } from "node:crypto";\nexport const id = randomUUID;\n',
  },
  {
    name: "control: the CLI imports node:fs",
    filePath: "src/cli/probe.ts",
    code: 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
  },
  {
    name: "control: dns takes the npm buffer package",
    filePath: "src/dns/probe.ts",
    code: 'import { Buffer } from "buffer";\nexport const b = Buffer.alloc(1);\n',
  },

  // UI libraries stay out of the pure layers.
  {
    name: "classifier imports React",
    rule: IMPORTS,
    filePath: "src/classifier/probe.ts",
    code: 'import { useState } from "react";\nexport const s = useState;\n',
  },
  {
    name: "i18n imports Fluent UI",
    rule: IMPORTS,
    filePath: "src/i18n/probe.ts",
    code: 'import { Button } from "@fluentui/react-components";\nexport const b = Button;\n',
  },

  // Globals of the host, the page and Node.
  {
    name: "classifier reads Office",
    rule: GLOBALS,
    filePath: "src/classifier/guidance/probe.ts",
    code: "export const host = () => Office.context.diagnostics;\n",
  },
  { name: "dns reads Office", rule: GLOBALS, filePath: "src/dns/probe.ts", code: "export const lang = () => Office.context.displayLanguage;\n" },
  { name: "dns reads window", rule: GLOBALS, filePath: "src/dns/probe.ts", code: "export const here = () => window.location.href;\n" },
  { name: "i18n reads document", rule: GLOBALS, filePath: "src/i18n/probe.ts", code: "export const lang = () => document.documentElement.lang;\n" },
  { name: "i18n reads navigator", rule: GLOBALS, filePath: "src/i18n/probe.ts", code: "export const lang = () => navigator.language;\n" },
  { name: "roundtrip reads process", rule: GLOBALS, filePath: "src/roundtrip/probe.ts", code: "export const env = () => process.env.HOME;\n" },
  { name: "the pane reads Office", rule: GLOBALS, filePath: "src/taskpane/shell/probe.ts", code: "export const mailbox = () => Office.context.mailbox;\n" },
  { name: "the CLI reads Office", rule: GLOBALS, filePath: "src/cli/probe.ts", code: "export const ready = () => Office.onReady();\n" },
  { name: "control: outlook reads Office", filePath: "src/outlook/probe.ts", code: "export const mailbox = () => Office.context.mailbox;\n" },
  {
    name: "control: a classifier local named window",
    filePath: "src/classifier/probe.ts",
    code: "export function head(text: string): string {\n  const window = text.slice(0, 10);\n  return window;\n}\n",
  },

  // The same globals reached as properties.
  { name: "the pane reads window.Office", rule: PROPERTIES, filePath: "src/taskpane/shell/probe.ts", code: "export const office = () => window.Office;\n" },
  {
    name: "the pane reads globalThis.Office",
    rule: PROPERTIES,
    filePath: "src/taskpane/probe.ts",
    code: 'export const office = () => typeof globalThis.Office !== "undefined";\n',
  },
  { name: "dns reads globalThis.Office", rule: PROPERTIES, filePath: "src/dns/probe.ts", code: "export const office = () => globalThis.Office;\n" },
  {
    name: "classifier reads globalThis.document",
    rule: PROPERTIES,
    filePath: "src/classifier/probe.ts",
    code: "export const doc = () => globalThis.document;\n",
  },

  // Mixed logical operators need parentheses; arithmetic is left to precedence (Prettier drops its parentheses).
  {
    name: "&& mixed with || without parentheses",
    rule: MIXED,
    filePath: "src/classifier/probe.ts",
    code: "export const f = (a: boolean, b: boolean, c: boolean) => a && b || c;\n",
  },
  {
    name: "control: arithmetic by precedence",
    filePath: "src/classifier/probe.ts",
    code: "export const f = (a: number, b: number, c: number) => a + b * c;\n",
  },

  // Office.js's types: a type position is not a global read, so it needs its own rule.
  { name: "the pane names an Office.js type", rule: SYNTAX, filePath: "src/taskpane/probe.ts", code: "export type R = Office.AsyncResult<string>;\n" },
  {
    name: "the classifier names an Office.js type",
    rule: SYNTAX,
    filePath: "src/classifier/probe.ts",
    code: "export const f = (x: Office.AsyncResult<string>) => x;\n",
  },
  { name: "control: outlook names an Office.js type", filePath: "src/outlook/probe.ts", code: "export type R = Office.AsyncResult<string>;\n" },
  { name: "control: the pane reads window.location", filePath: "src/taskpane/probe.ts", code: "export const here = () => window.location.href;\n" },
  { name: "control: dns reads globalThis.fetch", filePath: "src/dns/probe.ts", code: "export const f = () => globalThis.fetch;\n" },
];

/** Rules that warn (lint allows no warning, so a warning fails it as surely as an error). */
const WARNING_CASES: Case[] = [
  { name: "a 101-line function in the pane", rule: LENGTH, filePath: "src/taskpane/probe.ts", code: longFunction(101) },
  { name: "a 101-line function in build code", rule: LENGTH, filePath: "build/probe.ts", code: longFunction(101) },
  { name: "control: a 100-line function", filePath: "src/dns/probe.ts", code: longFunction(100) },
  { name: "control: a long test (tests are exempt)", filePath: "test/dns/probe.test.ts", code: longFunction(150) },
  {
    name: "our module imported before a Node module",
    rule: ORDER,
    filePath: "src/cli/probe.ts",
    code: 'import { parseDomain } from "../dns/domainName";\nimport { readFileSync } from "node:fs";\nexport const x = [parseDomain, readFileSync];\n',
  },
  {
    name: "our modules out of alphabetical order",
    rule: ORDER,
    filePath: "src/dns/probe.ts",
    code: 'import { parseResolverUrl } from "./resolverUrl";\nimport { parseDomain } from "./domainName";\nexport const x = [parseDomain, parseResolverUrl];\n',
  },
  {
    name: "control: packages, then ours, each alphabetical",
    filePath: "src/cli/probe.ts",
    code: 'import { readFileSync } from "node:fs";\nimport { parseDomain } from "../dns/domainName";\nimport { parseResolverUrl } from "../dns/resolverUrl";\nexport const x = [parseDomain, parseResolverUrl, readFileSync];\n',
  },
];

let results: LintMessage[][] = [];
let warningResults: LintMessage[][] = [];
beforeAll(() => {
  const all = lintSnippets([...CASES, ...WARNING_CASES]);
  results = all.slice(0, CASES.length);
  warningResults = all.slice(CASES.length);
}, 120_000);

test.each(CASES.map((c, i) => [c.name, i] as const))("%s", (_name, i) => {
  const c = CASES[i];
  const messages = results[i];
  if (c.rule === undefined) expect(messages).toEqual([]);
  else expect(errorRules(messages)).toContain(c.rule);
});

test.each(WARNING_CASES.map((c, i) => [c.name, i] as const))("%s", (_name, i) => {
  const c = WARNING_CASES[i];
  const messages = warningResults[i];
  if (c.rule === undefined) expect(messages).toEqual([]);
  else expect(messages.filter((m) => m.severity === 1).map((m) => m.ruleId)).toContain(c.rule);
});

test("every rule proved here fires somewhere and has a control that passes in the same layer kind", () => {
  const rules = new Set(CASES.map((c) => c.rule).filter((r) => r !== undefined));
  expect([...rules].sort()).toEqual([GLOBALS, IMPORTS, MIXED, NODE, PATHS, PROPERTIES, SYNTAX].sort());
  expect(CASES.filter((c) => c.rule === undefined).length).toBeGreaterThanOrEqual(rules.size);
});
