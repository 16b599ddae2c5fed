// Docker's engine is not available here, so the Dockerfile is never built in CI. What keeps it
// honest: its build stage runs the commands CI and the tests run, and its runtime stage starts
// exactly what `npm run serve` starts, with only the build's outputs.
import { readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { SERVER_BUNDLE_DIR, SERVER_BUNDLE_NAME } from "../../build/bundleServer";
import { DIST_DIR } from "../../build/paneFiles";

const ROOT = resolve(__dirname, "../..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string>; engines: { node: string } };

interface Instruction {
  op: string;
  args: string;
}

/** Instructions per stage, continuation lines joined, comments dropped. */
function stages(text: string): Array<{ from: string; name?: string; steps: Instruction[] }> {
  const lines = text
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  const result: Array<{ from: string; name?: string; steps: Instruction[] }> = [];
  for (const line of lines) {
    const [, op, args] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    if (op.toUpperCase() === "FROM") {
      const [, image, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      result.push({ from: image, name, steps: [] });
    } else {
      result.at(-1)?.steps.push({ op: op.toUpperCase(), args: args.replace(/\s+/g, " ") });
    }
  }
  return result;
}

const dockerfile = stages(readFileSync(join(ROOT, "Dockerfile"), "utf8"));
const [build, runtime] = dockerfile;
const runs = (stage: typeof build) => stage.steps.filter((s) => s.op === "RUN").map((s) => s.args);
const execForm = (args: string): string[] => JSON.parse(args) as string[];

test("two stages on the Node major the project supports", () => {
  expect(dockerfile.map((s) => s.name)).toEqual(["build", "runtime"]);
  const major = /(\d+)/.exec(pkg.engines.node)?.[1];
  for (const stage of dockerfile) expect(stage.from).toMatch(new RegExp(`^node:${major}-`));
});

test("the build stage runs CI's install and the build script the browser tests run", () => {
  const ci = readFileSync(join(ROOT, ".ci/run"), "utf8");
  const install = runs(build)[0];
  expect(ci).toContain(install);
  expect(install).toMatch(/^npm ci\b/);
  expect(runs(build)).toEqual([install, "npm run build"]);
  expect(pkg.scripts["test:browser"]).toMatch(/^npm run build && /);
  expect(pkg.scripts.build).toBe("webpack --mode production && tsx build/bundleServer.ts");
});

test("the runtime stage holds only the build's outputs", () => {
  const copies = runtime.steps.filter((s) => s.op === "COPY").map((s) => s.args);
  expect(copies).toEqual([`--from=build /src/${DIST_DIR} ./${DIST_DIR}`, `--from=build /src/${basename(SERVER_BUNDLE_DIR)} ./${basename(SERVER_BUNDLE_DIR)}`]);
  expect(runs(runtime)).toEqual([]);
});

test("it starts what `npm run serve` starts, as a non-root user, checked through /healthz", () => {
  const cmd = runtime.steps.filter((s) => s.op === "CMD");
  expect(cmd).toHaveLength(1);
  expect(execForm(cmd[0].args)).toEqual(pkg.scripts.serve.split(" "));
  expect(pkg.scripts.serve).toBe(`node ${basename(SERVER_BUNDLE_DIR)}/${SERVER_BUNDLE_NAME}`);
  const users = runtime.steps.filter((s) => s.op === "USER").map((s) => s.args);
  expect(users.length).toBeGreaterThan(0);
  expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
  expect(runtime.steps.findIndex((s) => s.op === "USER")).toBeLessThan(runtime.steps.findIndex((s) => s.op === "CMD"));
  const health = runtime.steps.find((s) => s.op === "HEALTHCHECK")?.args ?? "";
  expect(execForm(health.slice(health.indexOf("CMD ") + 4))).toEqual([...pkg.scripts.serve.split(" "), "--check-health"]);
});

test("it listens where it says: all interfaces, on the port it exposes", () => {
  const env = runtime.steps
    .filter((s) => s.op === "ENV")
    .map((s) => s.args)
    .join(" ");
  expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
  const port = /\bPORT=(\d+)\b/.exec(env)?.[1];
  expect(runtime.steps.find((s) => s.op === "EXPOSE")?.args).toBe(port);
  expect(port).toBe("8080"); // the server's plain-HTTP default (server/config.ts)
});

test(".dockerignore keeps out local state and keeps in everything the build reads", () => {
  const ignored = readFileSync(join(ROOT, ".dockerignore"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  for (const local of ["node_modules", "dist", "dist-server", ".git"]) expect(ignored).toContain(local);
  for (const input of ["package.json", "package-lock.json", "webpack.config.js", "tsconfig.json", "manifest.xml", "src", "build", "server", "assets"]) {
    expect(
      ignored.some(
        (pattern) =>
          pattern === input ||
          input.startsWith(`${pattern}/`) ||
          (pattern.includes("*") && new RegExp(`^${pattern.replace(/\./g, "\\.").replace(/\*/g, ".*")}$`).test(input)),
      ),
    ).toBe(false);
  }
});
