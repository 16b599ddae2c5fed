/**
 * The OData $filter subset the Graph stand-in understands: `and`, `or`, `not`, parentheses,
 * `eq ne gt ge lt le`, `startswith(a,b)`, `contains(a,b)`, string and date-time literals, paths
 * (`receivedDateTime`, `from/emailAddress/address`) and lambda `any` over
 * `singleValueExtendedProperties` (`ep/id`, `ep/value`). Anything else is a syntax error, answered
 * 400 BadRequest as Graph does: the client must not rely on more than this.
 */

export class FilterSyntaxError extends Error {}

type Token = { t: "str"; v: string } | { t: "word"; v: string } | { t: "punct"; v: "(" | ")" | "," | ":" };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " ") {
      i++;
    } else if (c === "'") {
      let v = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new FilterSyntaxError("unterminated string");
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += text[i++];
      }
      tokens.push({ t: "str", v });
    } else if (c === "(" || c === ")" || c === "," || c === ":") {
      tokens.push({ t: "punct", v: c });
      i++;
    } else {
      const m = /^[A-Za-z0-9_./@:+-]+/.exec(text.slice(i));
      if (!m) throw new FilterSyntaxError(`unexpected character ${JSON.stringify(c)} at ${i}`);
      // A date-time literal contains ":"; a lambda variable is followed by ":" then a space.
      let word = m[0];
      if (word.endsWith(":")) word = word.slice(0, -1);
      tokens.push({ t: "word", v: word });
      i += word.length;
    }
  }
  return tokens;
}

export type Node =
  | { k: "and" | "or"; a: Node; b: Node }
  | { k: "not"; a: Node }
  | { k: "cmp"; op: string; a: Operand; b: Operand }
  | { k: "fn"; name: "startswith" | "contains"; a: Operand; b: Operand }
  | { k: "any"; collection: string; variable: string; body: Node };

export type Operand = { k: "path"; path: string } | { k: "lit"; value: string } | { k: "date"; value: number };

const OPS = new Set(["eq", "ne", "gt", "ge", "lt", "le"]);

export function parseFilter(text: string): Node {
  const tokens = tokenize(text);
  let p = 0;
  const peek = (): Token | undefined => tokens[p];
  const take = (): Token => {
    const t = tokens[p++];
    if (!t) throw new FilterSyntaxError("unexpected end");
    return t;
  };
  const expect = (v: string): void => {
    const t = take();
    if (t.t === "str" || t.v !== v) throw new FilterSyntaxError(`expected ${v}`);
  };
  const isWord = (t: Token | undefined, v: string): boolean => t !== undefined && t.t === "word" && t.v.toLowerCase() === v;

  function operand(): Operand {
    const t = take();
    if (t.t === "str") return { k: "lit", value: t.v };
    if (t.t === "word") {
      if (/^\d{4}-\d{2}-\d{2}T/.test(t.v)) {
        const value = Date.parse(t.v);
        if (Number.isNaN(value)) throw new FilterSyntaxError(`bad date ${t.v}`);
        return { k: "date", value };
      }
      return { k: "path", path: t.v };
    }
    throw new FilterSyntaxError("expected an operand");
  }

  function primary(): Node {
    const t = peek();
    if (t?.t === "punct" && t.v === "(") {
      take();
      const inner = or();
      expect(")");
      return inner;
    }
    if (isWord(t, "not")) {
      take();
      return { k: "not", a: primary() };
    }
    if (isWord(t, "startswith") || isWord(t, "contains")) {
      const name = (take() as { v: string }).v.toLowerCase() as "startswith" | "contains";
      expect("(");
      const a = operand();
      expect(",");
      const b = operand();
      expect(")");
      return { k: "fn", name, a, b };
    }
    if (t?.t === "word" && t.v.endsWith("/any")) {
      take();
      expect("(");
      const variable = take();
      if (variable.t !== "word") throw new FilterSyntaxError("expected a lambda variable");
      expect(":");
      const body = or();
      expect(")");
      return { k: "any", collection: t.v.slice(0, -"/any".length), variable: variable.v, body };
    }
    const a = operand();
    const op = take();
    if (op.t !== "word" || !OPS.has(op.v.toLowerCase())) throw new FilterSyntaxError("expected a comparison");
    return { k: "cmp", op: op.v.toLowerCase(), a, b: operand() };
  }

  function and(): Node {
    let node = primary();
    while (isWord(peek(), "and")) {
      take();
      node = { k: "and", a: node, b: primary() };
    }
    return node;
  }

  function or(): Node {
    let node = and();
    while (isWord(peek(), "or")) {
      take();
      node = { k: "or", a: node, b: and() };
    }
    return node;
  }

  const node = or();
  if (p !== tokens.length) throw new FilterSyntaxError("trailing input");
  return node;
}

/** The first comparison's property, for Graph's "$orderby property must come first in $filter" rule. */
export function firstProperty(node: Node): string | undefined {
  switch (node.k) {
    case "and":
    case "or":
      return firstProperty(node.a);
    case "not":
      return firstProperty(node.a);
    case "cmp":
    case "fn":
      return node.a.k === "path" ? node.a.path : undefined;
    case "any":
      return node.collection;
  }
}

export function mentions(node: Node, path: string): boolean {
  switch (node.k) {
    case "and":
    case "or":
      return mentions(node.a, path) || mentions(node.b, path);
    case "not":
      return mentions(node.a, path);
    case "cmp":
    case "fn":
      return [node.a, node.b].some((o) => o.k === "path" && o.path === path);
    case "any":
      return node.collection === path || mentions(node.body, path);
  }
}

/** Resolves a path on the record; `ep/value` inside a lambda resolves on the lambda's item. */
type Resolver = (path: string) => unknown;

function value(o: Operand, resolve: Resolver): unknown {
  if (o.k === "lit") return o.value;
  if (o.k === "date") return o.value;
  return resolve(o.path);
}

function compare(op: string, a: unknown, b: unknown, caseInsensitive: boolean): boolean {
  let x = a;
  let y = b;
  if (typeof x === "string" && typeof y === "number") x = Date.parse(x);
  if (typeof y === "string" && typeof x === "number") y = Date.parse(y);
  if (caseInsensitive && typeof x === "string" && typeof y === "string") {
    x = x.toLowerCase();
    y = y.toLowerCase();
  }
  if (x === undefined || x === null || y === undefined || y === null) return op === "ne" ? x !== y : op === "eq" ? x === y : false;
  switch (op) {
    case "eq":
      return x === y;
    case "ne":
      return x !== y;
    case "gt":
      return (x as number) > (y as number);
    case "ge":
      return (x as number) >= (y as number);
    case "lt":
      return (x as number) < (y as number);
    default:
      return (x as number) <= (y as number);
  }
}

export function evaluate(node: Node, resolve: Resolver, caseInsensitive = false): boolean {
  switch (node.k) {
    case "and":
      return evaluate(node.a, resolve, caseInsensitive) && evaluate(node.b, resolve, caseInsensitive);
    case "or":
      return evaluate(node.a, resolve, caseInsensitive) || evaluate(node.b, resolve, caseInsensitive);
    case "not":
      return !evaluate(node.a, resolve, caseInsensitive);
    case "cmp":
      return compare(node.op, value(node.a, resolve), value(node.b, resolve), caseInsensitive);
    case "fn": {
      const a = value(node.a, resolve);
      const b = value(node.b, resolve);
      if (typeof a !== "string" || typeof b !== "string") return false;
      // Graph compares addresses and extended-property values without regard to case.
      const x = a.toLowerCase();
      const y = b.toLowerCase();
      return node.name === "startswith" ? x.startsWith(y) : x.includes(y);
    }
    case "any": {
      const items = resolve(node.collection);
      if (!Array.isArray(items)) return false;
      return items.some((item: Record<string, unknown>) =>
        evaluate(
          node.body,
          (path) => (path.startsWith(`${node.variable}/`) ? item[path.slice(node.variable.length + 1)] : resolve(path)),
          // "Filtering the value property of an extended property is case-insensitive."
          true,
        ),
      );
    }
  }
}
