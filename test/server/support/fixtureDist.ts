/**
 * A small dist/ made the way the build makes it (the policy from build/csp.ts, finished by the same
 * function CspHtmlPlugin runs), with the repository's real icons, support page and manifest, plus
 * bait: a dotfile inside and a secret beside it, which no request may ever reach.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CDN_OFFICE_JS, contentSecurityPolicy, finishPagePolicy } from "../../../build/csp";

const ROOT = resolve(__dirname, "../../..");

export interface FixtureDist {
  /** The folder holding dist/ and the bait beside it. */
  parent: string;
  root: string;
  html: string;
  /** A content-hashed script, big and compressible. */
  script: { name: string; body: string };
  cleanup(): void;
}

export const SECRET = "TOP-SECRET-OUTSIDE-DIST";
export const DOTFILE_SECRET = "TOP-SECRET-DOTFILE";

export function makeFixtureDist(connect: readonly string[] = ["https:"]): FixtureDist {
  const parent = mkdtempSync(join(tmpdir(), "ndr-dist-"));
  const root = join(parent, "dist");
  mkdirSync(join(root, "assets"), { recursive: true });
  const template =
    `<!doctype html><html lang=en><head><meta charset=utf-8><meta http-equiv=Content-Security-Policy content="${contentSecurityPolicy({ production: true, connect })}">` +
    `<title>NDR Assistant</title><script src=${CDN_OFFICE_JS}></script><style>body,html{margin:0;padding:0}</style>` +
    "<script defer src=taskpane.0123abcd.js></script></head><body><div id=root></div></body></html>";
  const finished = finishPagePolicy(template);
  if (!finished.ok) throw new Error(finished.problems.join("; "));
  writeFileSync(join(root, "taskpane.html"), finished.html);
  const body = `/* fixture */\n${Array.from({ length: 800 }, (_, i) => `export const line${i} = "NDR Assistant explains bounces, line ${i}";`).join("\n")}\n`;
  const script = { name: "taskpane.0123abcd.js", body };
  writeFileSync(join(root, script.name), body);
  writeFileSync(join(root, "classifier.89abcdef.js"), "export const classify = () => 'bounce';\n");
  writeFileSync(join(root, "taskpane.0123abcd.js.LICENSE.txt"), "/*! license notes */\n");
  copyFileSync(join(ROOT, "manifest.xml"), join(root, "manifest.xml"));
  for (const icon of ["icon-16.png", "icon-32.png", "icon-64.png"]) copyFileSync(join(ROOT, "assets", icon), join(root, "assets", icon));
  copyFileSync(join(ROOT, "assets", "support.html"), join(root, "assets", "support.html"));
  writeFileSync(join(root, ".env"), `${DOTFILE_SECRET}\n`);
  writeFileSync(join(parent, "secret.txt"), `${SECRET}\n`);
  return { parent, root, html: finished.html, script, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
}
