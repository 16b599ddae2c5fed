// `npm run lint` runs `prettier --check .` (format:check) with the repository's .prettierrc.json:
// a file laid out differently fails it, the same file as Prettier writes it passes, and the
// fixtures (messages as they arrive) are never reformatted.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { REPO } from "./support/lint";

const PRETTIER = resolve(REPO, "node_modules/prettier/bin/prettier.cjs");

function prettier(args: string[], input = ""): { status: number | null; stdout: string } {
  const run = spawnSync(process.execPath, [PRETTIER, ...args], { cwd: REPO, input, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout };
}

const FORMATTED = 'import { parseDomain } from "../dns/domainName";\n\nexport const ok = (input: string): boolean => parseDomain(input).ok;\n';

test("a file in another layout fails the check", () => {
  const messy = "import {parseDomain} from '../dns/domainName'\nexport const ok = (input:string):boolean=>parseDomain(input).ok\n";
  expect(prettier(["--check", "--stdin-filepath", "src/cli/probe.ts"], messy).status).not.toBe(0);
});

test("the same file as Prettier writes it passes (double quotes, semicolons, 160 columns)", () => {
  expect(prettier(["--stdin-filepath", "src/cli/probe.ts"], FORMATTED).stdout).toBe(FORMATTED);
  const long = `export const sentence = (name: string): string => ${"`"}${"x".repeat(90)} \${name}${"`"};\n`;
  expect(long.length).toBeGreaterThan(140); // past 80, within 160
  expect(prettier(["--stdin-filepath", "src/cli/probe.ts"], long).stdout).toBe(long);
});

test("fixtures, build output and the lock file are left alone", () => {
  for (const path of ["test/fixtures/hostile/anything.eml", "dist/taskpane.html", "test-artifacts/timing.json", "package-lock.json"]) {
    const info = JSON.parse(prettier(["--file-info", path]).stdout) as { ignored: boolean };
    expect({ path, ignored: info.ignored }).toEqual({ path, ignored: true });
  }
});
