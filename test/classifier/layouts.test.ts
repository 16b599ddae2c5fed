/**
 * Issue 10 §1/§5: one rule module per mail-server layout, each with its own hand-made fixtures
 * under test/fixtures/layouts/<module id>/ and an expected.json table (file → kind, reader,
 * layout family and each recipient's address, status, reply, reason, command). Adding a server
 * means adding its module to the registry and a fixtures folder here; the first test fails until
 * both exist.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { classify } from "../../src/classifier";
import { detectModules } from "../../src/classifier/layouts/engine/detect";
import { LAYOUT_MODULES } from "../../src/classifier/layouts/registry";

const FIXTURES = join(__dirname, "..", "fixtures", "layouts");

interface ExpectedRecipient {
  address: string;
  reason: string;
  status?: string;
  reply?: string;
  command?: string;
}

interface Expected {
  kind: string;
  decodedBy: string;
  layout?: string;
  recipients: ExpectedRecipient[];
}

function tableOf(id: string): Record<string, Expected> {
  return JSON.parse(readFileSync(join(FIXTURES, id, "expected.json"), "utf8")) as Record<string, Expected>;
}

describe("every layout module has fixtures and an expected table", () => {
  it.each(LAYOUT_MODULES.map((m) => [m.id]))("%s", (id) => {
    const dir = join(FIXTURES, id);
    expect(existsSync(dir)).toBe(true);
    const emls = readdirSync(dir).filter((n) => n.endsWith(".eml"));
    expect(emls.length).toBeGreaterThan(0);
    expect(Object.keys(tableOf(id)).sort()).toEqual(emls.sort());
  });

  it("module ids are unique and name no folder that isn't a module", () => {
    const ids = LAYOUT_MODULES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(readdirSync(FIXTURES).filter((n) => !ids.includes(n))).toEqual([]);
  });
});

const cases = LAYOUT_MODULES.flatMap((m) =>
  existsSync(join(FIXTURES, m.id, "expected.json")) ? Object.entries(tableOf(m.id)).map(([file, e]) => [m.id, file, e] as const) : [],
);

describe.each(LAYOUT_MODULES.map((m) => [m.id]))("layout %s", (id) => {
  const mine = cases.filter(([m]) => m === id);
  it.each(mine.map(([, file, e]) => [file, e] as const))("%s", async (file, expected) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, id, file)));
    const d = await classify(bytes);
    expect(d.kind).toBe(expected.kind);
    expect(d.decodedBy).toBe(expected.decodedBy);
    if (expected.layout) expect(d.layout).toBe(expected.layout);
    const got = d.recipients.map((r) => {
      const shown: ExpectedRecipient = { address: r.address, reason: r.reason };
      const want = expected.recipients.find((x) => x.address === r.address);
      if (want?.status !== undefined) shown.status = r.status;
      if (want?.reply !== undefined) shown.reply = r.reply;
      if (want?.command !== undefined) shown.command = r.command;
      return shown;
    });
    expect(got).toEqual(expected.recipients);
    // Every recipient is explained: by a reply, a code, or a reason the layout states.
    for (const r of d.recipients) expect(r.diagnostic !== "" || r.status !== "" || !["undefined", "onhold"].includes(r.reason)).toBe(true);
  });

  it("its own fixtures are recognised as this layout", () => {
    for (const [, file] of mine) {
      const text = readFileSync(join(FIXTURES, id, file), "utf8");
      const ids = detectModules(LAYOUT_MODULES, { text }).map((d) => d.module.id);
      // Header hints (subject, sender, mailer) come from the message; the text's markers alone must find it
      // unless the module is recognised by its mailer or sender (IMail, KDDI, Google Groups by X-Failed-Recipients).
      const byHeaders = ["imailserver"].includes(id);
      if (!byHeaders) expect({ file, ids }).toEqual({ file, ids: expect.arrayContaining([id]) });
    }
  });
});
