/**
 * Every regular expression in src/: the literals, and `new RegExp(…)` / `RegExp(…)` calls whose
 * pattern can be worked out from the file itself (string and template literals, `const` strings
 * and other literals' `.source`, `+`). Found with the TypeScript compiler's parser, so a `/` in a
 * division, a comment or a string is never taken for a pattern.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import ts from "typescript";
import { filesUnder } from "../../../scripts/lib/filesUnder";

export interface FoundRegex {
  /** Relative to the repository root, with "/" separators. */
  file: string;
  line: number;
  /** The pattern, or undefined when a RegExp() call's pattern isn't known statically. */
  source?: string;
  flags: string;
  kind: "literal" | "constructor";
  /** The expression as written, for messages. */
  text: string;
}

function isConstDeclaration(decl: ts.VariableDeclaration): boolean {
  const list = decl.parent;
  return ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
}

/** `const NAME = …` anywhere in the file (module level or not), by name. */
function constInitializers(sf: ts.SourceFile): Map<string, ts.Expression> {
  const out = new Map<string, ts.Expression>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && isConstDeclaration(node)) out.set(node.name.text, node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function splitLiteral(text: string): { source: string; flags: string } {
  const end = text.lastIndexOf("/");
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

/** The string value of `expr` if the file alone determines it; undefined otherwise. */
function evaluate(expr: ts.Expression, consts: Map<string, ts.Expression>, depth = 0): string | undefined {
  if (depth > 10) return undefined;
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
  if (ts.isParenthesizedExpression(expr)) return evaluate(expr.expression, consts, depth + 1);
  if (ts.isTemplateExpression(expr)) {
    let out = expr.head.text;
    for (const span of expr.templateSpans) {
      const value = evaluate(span.expression, consts, depth + 1);
      if (value === undefined) return undefined;
      out += value + span.literal.text;
    }
    return out;
  }
  if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = evaluate(expr.left, consts, depth + 1);
    const right = evaluate(expr.right, consts, depth + 1);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  if (ts.isIdentifier(expr)) {
    const init = consts.get(expr.text);
    return init ? evaluate(init, consts, depth + 1) : undefined;
  }
  if (ts.isPropertyAccessExpression(expr) && expr.name.text === "source" && ts.isIdentifier(expr.expression)) {
    const init = consts.get(expr.expression.text);
    if (init && init.kind === ts.SyntaxKind.RegularExpressionLiteral) return splitLiteral(init.getText()).source;
  }
  return undefined;
}

export function findRegexes(root: string, dir = "src"): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const path of filesUnder(`${root}/${dir}`, (n) => /\.tsx?$/.test(n) && !n.endsWith(".d.ts"))) {
    const file = relative(root, path).split("\\").join("/");
    const sf = ts.createSourceFile(
      path,
      readFileSync(path, "utf8"),
      ts.ScriptTarget.Latest,
      true,
      path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const consts = constInitializers(sf);
    const lineOf = (node: ts.Node): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        out.push({ file, line: lineOf(node), ...splitLiteral(node.getText(sf)), kind: "literal", text: node.getText(sf) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        const [pattern, flags] = node.arguments ?? [];
        const source = pattern ? evaluate(pattern, consts) : "";
        const flagText = flags ? evaluate(flags, consts) : "";
        out.push({
          file,
          line: lineOf(node),
          source: flagText === undefined ? undefined : source,
          flags: flagText ?? "",
          kind: "constructor",
          text: node.getText(sf).slice(0, 160),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}
