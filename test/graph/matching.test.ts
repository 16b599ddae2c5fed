/**
 * "This message bounced": header matching (In-Reply-To / References ↔ internetMessageId), the
 * original Message-ID inside the report, and the sent-message search against the stand-in.
 */
import { createGraphClient } from "../../src/graph/client";
import { headersReferTo, hasThreadHeaders, messageIdsIn, mimeRefersTo, normalizeMessageId } from "../../src/graph/matching";
import type { MailboxResult } from "../../src/graph/types";
import { startGraphStandIn, type GraphStandIn, type StandInMessage } from "../support/graphStandIn";
import { testMailbox } from "../support/standInMailbox";

describe("Message-IDs", () => {
  test("brackets and whitespace go; the domain's case doesn't count, the local part's does", () => {
    expect(normalizeMessageId(" <AbC.1@Mail.Example.COM> ")).toBe("AbC.1@mail.example.com");
    expect(normalizeMessageId("AbC.1@mail.example.com")).toBe("AbC.1@mail.example.com");
    expect(normalizeMessageId("<abc.1@mail.example.com>")).not.toBe(normalizeMessageId("<AbC.1@mail.example.com>"));
    expect(normalizeMessageId("<>")).toBeUndefined();
    expect(normalizeMessageId("<a<b@c>")).toBeUndefined();
    expect(normalizeMessageId(`<${"x".repeat(2000)}@example.com>`)).toBeUndefined();
  });

  test("every id of a folded References header", () => {
    expect(messageIdsIn("<a@one.example>\r\n <b@two.example> <c@THREE.example>")).toEqual(["a@one.example", "b@two.example", "c@three.example"]);
    expect(messageIdsIn("bare@one.example")).toEqual(["bare@one.example"]);
    expect(messageIdsIn("not an id")).toEqual([]);
    expect(messageIdsIn(undefined)).toEqual([]);
  });

  test("In-Reply-To or References naming the open message", () => {
    const id = "<SLXP216MB0381016D56DE89DBC2139287A96B0@SLXP216MB0381.KORP216.PROD.OUTLOOK.COM>";
    const exo = [
      { name: "In-Reply-To", value: id },
      { name: "References", value: id },
    ];
    expect(headersReferTo(exo, "<SLXP216MB0381016D56DE89DBC2139287A96B0@slxp216mb0381.korp216.prod.outlook.com>")).toBe(true);
    expect(headersReferTo([{ name: "references", value: `<x@y.example> ${id}` }], id)).toBe(true);
    // Another message's id, or the same id with the local part's case changed, is not a match.
    expect(headersReferTo(exo, "<slxp216mb0381016d56de89dbc2139287a96b0@SLXP216MB0381.KORP216.PROD.OUTLOOK.COM>")).toBe(false);
    expect(headersReferTo([{ name: "Message-ID", value: id }], id)).toBe(false);
    expect(headersReferTo(exo, "")).toBe(false);
    expect(hasThreadHeaders(exo)).toBe(true);
    expect(hasThreadHeaders([{ name: "Subject", value: "x" }])).toBe(false);
  });

  test("the original's Message-ID inside the report", () => {
    const report = "Content-Type: text/rfc822-headers\r\n\r\nFrom: a@b.example\r\nMessage-ID: <Invoice-2024-117@Example.NET>\r\n";
    expect(mimeRefersTo(report, "<Invoice-2024-117@example.net>")).toBe(true);
    expect(mimeRefersTo(new TextEncoder().encode(report), "Invoice-2024-117@example.net")).toBe(true);
    expect(mimeRefersTo(report, "<invoice-2024-117@example.net>")).toBe(false);
    expect(mimeRefersTo(report, "<Invoice-2024-11@example.net>")).toBe(false);
    expect(mimeRefersTo("<Invoice-2024-117@example.network>", "<Invoice-2024-117@example.net>")).toBe(false);
  });
});

describe("finding the bounces of a sent message (stand-in)", () => {
  const NOW = new Date("2026-12-06T03:00:00Z");
  let mailbox: StandInMessage[];
  let standIn: GraphStandIn;

  beforeAll(async () => {
    mailbox = await testMailbox({ newest: new Date(NOW.getTime() - 60_000) });
    standIn = await startGraphStandIn({ messages: mailbox, tokens: ["t"] });
  });
  afterAll(() => standIn.close());

  const client = () =>
    createGraphClient({ fetch: (u, i) => fetch(u, i), token: async () => "t", mailbox: "m@contoso.example", base: standIn.base, now: () => NOW });

  function value<T>(r: MailboxResult<T>): T {
    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    return r.value;
  }

  const byFile = (name: string): StandInMessage => {
    const m = mailbox.find((x) => x.file.endsWith(name));
    if (!m) throw new Error(name);
    return m;
  };

  test("Exchange Online's NDR names the original in In-Reply-To", async () => {
    const bounce = byFile("exo-new-5.4.1-relay-access-denied.eml");
    const sent = new Date(Date.parse(bounce.receivedDateTime) - 2 * 60_000).toISOString();
    const found = value(
      await client().findBouncesOf({ internetMessageId: "<AM0PR01MB6001A1B2C3D4E5F6@AM0PR01MB6001.eurprd01.prod.exchangelabs.com>", date: sent }),
    );
    expect(found.byHeaders.map((m) => m.id)).toEqual([bounce.id]);
    // The headers were asked for, and only bounces since shortly before the message was sent.
    const request = decodeURIComponent(standIn.requests.at(-1)!.url);
    expect(request).toContain("internetMessageHeaders");
    expect(request).toContain(`receivedDateTime ge ${new Date(Date.parse(sent) - 10 * 60_000).toISOString().slice(0, 19)}Z`);
  });

  test("a corpus Office 365 bounce, matched whatever the case of the id's domain", async () => {
    const bounce = byFile("lhost-office365-05.eml");
    const found = value(await client().findBouncesOf({ internetMessageId: "<SLXP216MB0381016D56DE89DBC2139287A96B0@slxp216mb0381.korp216.prod.outlook.com>" }));
    expect(found.byHeaders.map((m) => m.id)).toEqual([bounce.id]);
  });

  test("a Postfix bounce without thread headers is offered for a look inside, and the look finds it", async () => {
    const bounce = byFile("postfix-dbeb-5.4.1-from-outlook-protection.eml");
    const sent = new Date(Date.parse(bounce.receivedDateTime) - 60_000).toISOString();
    const c = client();
    const found = value(await c.findBouncesOf({ internetMessageId: "<invoice-2024-117@example.net>", date: sent }));
    expect(found.byHeaders).toEqual([]);
    expect(found.toCheck.map((m) => m.id)).toContain(bounce.id);
    expect(found.toCheck.length).toBeLessThanOrEqual(10);
    expect(found.toCheck.every((m) => !hasThreadHeaders(m.headers))).toBe(true);
    const fetched = value(await c.fetchBounce(bounce.id, { purpose: "headline" }));
    expect(mimeRefersTo(fetched.input as Uint8Array, "<invoice-2024-117@example.net>")).toBe(true);
  });

  test("a message nobody bounced: nothing by headers", async () => {
    const found = value(await client().findBouncesOf({ internetMessageId: "<never-sent@contoso.example>" }));
    expect(found.byHeaders).toEqual([]);
  });

  test("the date-only fallback finds the same match", async () => {
    standIn.refuseBounceFilter = true;
    try {
      const bounce = byFile("lhost-office365-05.eml");
      const found = value(
        await client().findBouncesOf({ internetMessageId: "<SLXP216MB0381016D56DE89DBC2139287A96B0@SLXP216MB0381.KORP216.PROD.OUTLOOK.COM>" }),
      );
      expect(found.byHeaders.map((m) => m.id)).toEqual([bounce.id]);
    } finally {
      standIn.refuseBounceFilter = false;
    }
  });
});
