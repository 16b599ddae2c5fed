/**
 * NDRs forwarded inline by Outlook, Gmail and Apple Mail, with the header block each client
 * quotes (localised labels, separators, subject prefixes), read as the bounce inside the forward.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classify } from "../../src/classifier";
import { findInlineNdr } from "../../src/classifier/prose/inlineForward";
import { linearBound, measureScaling } from "../properties/support/cpuScaling";
import { FIXTURES, classifyFixture } from "./fixtureLoader";

const EXO_541 = { address: "megan.bowen@fabrikam.com", status: "5.4.1", reply: "550", reason: "norelaying" };
const FABRIKAM_511 = { address: "megan.bowen@fabrikam.com", status: "5.1.1", reply: "550", reason: "userunknown" };
const user511 = (address: string) => ({ address, status: "5.1.1", reply: "550", reason: "userunknown" });

// fixture, layout of the NDR inside, the NDR's subject, first recipient
const CASES: Array<[string, string, string, Record<string, string>]> = [
  ["outlook-en-exo-5.4.1-relay-access-denied.eml", "exo-classic", "Undeliverable: Quarterly figures", EXO_541],
  ["outlook-fr-exo-5.1.1-non-remis.eml", "exo-classic", "Non remis : Devis préliminaire", user511("claire.dubois@exemple.fr")],
  ["outlook-de-exo-5.1.1-unzustellbar.eml", "exo-classic", "Unzustellbar: Angebot für März", user511("jonas.mueller@beispiel.de")],
  ["outlook-es-exo-5.1.1-no-se-puede-entregar.eml", "exo-classic", "No se puede entregar: Presupuesto", user511("ana.garcia@ejemplo.es")],
  ["outlook-sv-exo-5.1.1-olevererbart.eml", "exo-classic", "Olevererbart: Offert", user511("erik.lindstrom@exempel.se")],
  ["outlook-it-exo-5.1.1-non-recapitabile.eml", "exo-classic", "Non recapitabile: Preventivo", user511("luca.rossi@esempio.it")],
  ["outlook-nl-exo-5.1.1-onbestelbaar.eml", "exo-classic", "Onbestelbaar: Offerte", user511("sanne.devries@voorbeeld.nl")],
  ["outlook-pt-exo-5.1.1-nao-e-possivel-entregar.eml", "exo-classic", "Não é possível entregar: Orçamento", user511("joao.silva@exemplo.com.br")],
  [
    "outlook-ja-exo-5.1.10-haishin-funou.eml",
    "exo-classic",
    "配信不能: 見積もり",
    { address: "taro.yamada@example.co.jp", status: "5.1.10", reply: "550", reason: "userunknown" },
  ],
  ["outlook-html-only-exo-5.4.1-relay-access-denied.eml", "exo-classic", "Undeliverable: Quarterly figures", EXO_541],
  ["outlook-original-message-wrapped-from-postfix-5.1.1.eml", "postfix", "Undelivered Mail Returned to Sender", FABRIKAM_511],
  ["outlook-wrapped-from-address-exo-5.4.1.eml", "exo-classic", "Undeliverable: Quarterly figures", EXO_541],
  ["gmail-en-gmail-dsn-5.1.1.eml", "gmail", "Delivery Status Notification (Failure)", FABRIKAM_511],
  ["gmail-fr-message-transfere-gmail-dsn-5.1.1.eml", "gmail", "Delivery Status Notification (Failure)", FABRIKAM_511],
  ["gmail-de-weitergeleitete-nachricht-exo-5.1.1.eml", "exo-classic", "Unzustellbar: Angebot für März", user511("jonas.mueller@beispiel.de")],
  ["gmail-es-mensaje-reenviado-postfix-5.1.1.eml", "postfix", "Undelivered Mail Returned to Sender", FABRIKAM_511],
  ["apple-en-begin-forwarded-postfix-5.1.1.eml", "postfix", "Undelivered Mail Returned to Sender", FABRIKAM_511],
  ["apple-fr-debut-message-reexpedie-exo-5.1.1.eml", "exo-classic", "Non remis : Devis préliminaire", user511("claire.dubois@exemple.fr")],
  ["apple-de-anfang-weitergeleitet-gmail-dsn-5.1.1.eml", "gmail", "Delivery Status Notification (Failure)", FABRIKAM_511],
  ["apple-es-inicio-mensaje-reenviado-exo-5.1.1.eml", "exo-classic", "No se puede entregar: Presupuesto", user511("ana.garcia@ejemplo.es")],
  ["quoted-reply-exo-5.4.1-relay-access-denied.eml", "exo-classic", "Undeliverable: Quarterly figures", EXO_541],
  ["subject-before-from-exo-5.4.1.eml", "exo-classic", "Undeliverable: Quarterly figures", EXO_541],
];

describe("inline forwards", () => {
  test.each(CASES)("%s", async (file, layout, subject, recipient) => {
    const d = await classifyFixture(join("forwarded", file));
    expect(d.isBounce).toBe(true);
    expect(d.kind).toBe("bounce");
    expect(d.container).toBe("inline-forward");
    expect(d.layout).toBe(layout);
    expect(d.reportSubject).toBe(subject);
    expect(d.recipients).toHaveLength(1);
    expect(d.recipients[0]).toMatchObject(recipient);
    // The quoted header block is the first evidence, with its Subject line.
    expect(d.evidence[0].code).toBe("container.inline-forward");
    expect(d.evidence[0].text).toContain(subject.slice(0, 12));
  });

  it("quotes the separator line above the block as evidence", async () => {
    const gmail = await classifyFixture("forwarded/gmail-fr-message-transfere-gmail-dsn-5.1.1.eml");
    expect(gmail.evidence[0].text.startsWith("---------- Message transféré ---------")).toBe(true);
    const apple = await classifyFixture("forwarded/apple-de-anfang-weitergeleitet-gmail-dsn-5.1.1.eml");
    expect(apple.evidence[0].text.startsWith("Anfang der weitergeleiteten Nachricht:")).toBe(true);
    const outlook = await classifyFixture("forwarded/outlook-original-message-wrapped-from-postfix-5.1.1.eml");
    expect(outlook.evidence[0].text).toContain("-----Original Message-----");
  });

  it("reads the forward from Office.js pieces (HTML body only, no MIME)", async () => {
    const eml = readFileSync(join(FIXTURES, "forwarded", "outlook-html-only-exo-5.4.1-relay-access-denied.eml"), "utf8");
    const qp = eml.slice(eml.indexOf("\r\n\r\n") + 4);
    const html = qp.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    const d = await classify({
      html,
      subject: "FW: Undeliverable: Quarterly figures",
      headers: "From: Alex Wilber <alex.wilber@contoso.com>\r\nSubject: FW: Undeliverable: Quarterly figures\r\n",
    });
    expect(d.container).toBe("inline-forward");
    expect(d.recipients[0]).toMatchObject(EXO_541);
  });
});

describe("not an inline forward", () => {
  it.each(["not-bounce-quotes-ndr-text.eml", "forwarded/not-bounce-mentions-550-5.4.1-relay-access-denied.eml", "not-bounce-ordinary.eml"])(
    "%s stays not a bounce",
    async (file) => {
      const d = await classifyFixture(file);
      expect([d.isBounce, d.kind, d.container, d.recipients.length]).toEqual([false, "not-bounce", undefined, 0]);
    },
  );

  it("ignores a quoted block from a person, even with a bounce subject and NDR words below it", () => {
    const text = [
      "________________________________",
      "From: Alex Wilber <alex.wilber@contoso.com>",
      "Sent: Tuesday, May 14, 2024 11:12 AM",
      "Subject: Undeliverable: Quarterly figures",
      "",
      "Delivery has failed to these recipients or groups:",
    ].join("\n");
    expect(findInlineNdr(text)).toBeUndefined();
  });

  it("ignores a daemon sender whose subject is not a bounce", () => {
    const text = "From: postmaster@contoso.com\nSubject: Your mailbox is almost full\n\nDelivery has failed to these recipients or groups:\n";
    expect(findInlineNdr(text)).toBeUndefined();
  });
});

describe("hostile forwards", () => {
  // Sizes 32 times apart; the cost must grow about as much, never quadratically. CPU-time medians
  // and a ratio (../properties/support/cpuScaling.ts), not a wall-clock limit.
  const families: Array<[string, (n: number) => string]> = [
    ["deep quoting", (n) => ">".repeat(n * 40) + " From: postmaster\n"],
    ["endless From lines", (n) => "From: postmaster@x\n".repeat(n * 2)],
    ["endless Subject/Sent pairs", (n) => "Subject: Undeliverable: x\nSent: y\n".repeat(n)],
    ["one huge line", (n) => "From: " + "a".repeat(n * 50)],
    ["quoted spaces", (n) => "> ".repeat(n * 15) + "\n> From: postmaster@x\n> Subject: Undeliverable: x\n"],
  ];
  it.each(families)("stays linear on %s", (_name, make) => {
    const s = measureScaling(findInlineNdr, make(375), make(12_000), { smallRepeats: 4 });
    expect(s.bigMs).toBeLessThan(linearBound(s, 32));
  });

  it("hands on at most a bounded slice of the quoted NDR", () => {
    const text = "From: postmaster@contoso.com\nSubject: Undeliverable: x\n\n" + "Delivery has failed to these recipients or groups:\n".repeat(20_000);
    const found = findInlineNdr(text);
    expect(found?.subject).toBe("Undeliverable: x");
    expect(found?.text.length).toBeLessThanOrEqual(300 * 1024);
  });
});
