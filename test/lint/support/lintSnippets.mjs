/**
 * Runs ESLint's Node API on snippets, as if each were a file at the path it names, with the
 * repository's own eslint.config.mjs. A separate Node process: ESLint loads its flat config with
 * import(), which jest's module sandbox can't do. Reads [{ filePath, code }] as JSON on stdin,
 * writes [{ filePath, messages: [{ ruleId, severity, message }] }] on stdout.
 */
import { ESLint } from "eslint";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const snippets = JSON.parse(input);
const eslint = new ESLint({ cwd: process.argv[2] ?? process.cwd() });
const out = [];
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  out.push({ filePath, messages: (result?.messages ?? []).map(({ ruleId, severity, message }) => ({ ruleId, severity, message })) });
}
process.stdout.write(JSON.stringify(out));
