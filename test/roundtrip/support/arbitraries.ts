/** fast-check arbitraries for valid v1 payloads (within every cap) and for mail-client mangling. */
import fc from "fast-check";
import type { PayloadClient, PayloadRecipient, PayloadV1 } from "../../../src/roundtrip";
import { LIMITS } from "../../../src/roundtrip";
import { CONFIDENCES, KINDS, LAYOUTS, READ_PATHS, REASONS } from "../../../src/roundtrip/vocabulary";
import { crlf, htmlToText, joinParagraph, outlookRerender, quoteHtmlGmail, quoteHtmlReply, quoteLines, quotedPrintable, rewrap } from "./mailTransforms";

/** Any code points, lone surrogates and markup included; `max` is in UTF-16 units. */
const text = (max: number) => fc.string({ unit: "binary", maxLength: Math.floor(max / 2) });
const shortText = text(80);

const recipient: fc.Arbitrary<PayloadRecipient> = fc.record(
  {
    address: shortText,
    status: text(LIMITS.status),
    reply: text(LIMITS.reply),
    reason: fc.constantFrom(...REASONS),
    diagnostic: text(LIMITS.diagnostic),
    remoteMta: shortText,
    guidanceId: fc.oneof(fc.constant("exo-5.4.1-relay-access-denied"), text(40)),
    confidence: fc.constantFrom(...CONFIDENCES),
  },
  { requiredKeys: ["address", "status", "reply", "reason", "diagnostic", "guidanceId", "confidence"] },
);

const client: fc.Arbitrary<PayloadClient> = fc.record(
  {
    mode: fc.constantFrom("outlook" as const, "preview" as const),
    host: shortText,
    platform: shortText,
    version: shortText,
    mailboxSets: fc.array(text(LIMITS.mailboxSet), { maxLength: 14 }),
    readPath: fc.constantFrom(...READ_PATHS),
    failures: fc.array(
      fc.record({ step: shortText, code: fc.oneof(fc.integer(), text(LIMITS.failureCode)), message: shortText }, { requiredKeys: ["step", "message"] }),
      { maxLength: 5 },
    ),
  },
  { requiredKeys: ["mailboxSets", "failures"] },
);

export const payloadArbitrary: fc.Arbitrary<PayloadV1> = fc
  .record(
    {
      createdAt: fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString()),
      truncated: fc.constant(true as const),
      item: fc.record({ subject: shortText, date: shortText }, { requiredKeys: ["subject"] }),
      diagnosis: fc.record(
        {
          kind: fc.constantFrom(...KINDS),
          layout: fc.constantFrom(...LAYOUTS),
          reportingMta: shortText,
          arrivalDate: shortText,
          original: fc.record({ subject: shortText, date: shortText, messageId: shortText, from: shortText, to: shortText }, { requiredKeys: [] }),
          recipients: fc.array(recipient, { maxLength: 8 }),
        },
        { requiredKeys: ["kind", "layout", "recipients"] },
      ),
      client,
    },
    { requiredKeys: ["createdAt", "diagnosis"] },
  )
  .map((p): PayloadV1 => ({ v: 1, generator: "ndr-assistant", ...p }));

type Step = { name: string; apply: (s: string) => string };
const step = (name: string, apply: (s: string) => string): Step => ({ name, apply });

const htmlStep = fc.constantFrom(
  step("outlook reply", quoteHtmlReply),
  step("gmail quote", quoteHtmlGmail),
  step("outlook re-render", outlookRerender),
  step("crlf", crlf),
);
const textStep = fc.oneof(
  fc.constantFrom(
    step("quote '> '", (s) => quoteLines(s, "> ")),
    step("quote '>'", (s) => quoteLines(s, ">")),
    step("quote '| '", (s) => quoteLines(s, "| ")),
    step("join", joinParagraph),
    step("crlf", crlf),
  ),
  fc.integer({ min: 20, max: 100 }).map((w) => step(`rewrap ${w}`, (s) => rewrap(s, w))),
);
/** QP residue comes last: a client that re-wraps a message also decodes its QP; quoting may follow. */
const qpTail = fc.constantFrom<Step[]>([], [step("qp", quotedPrintable)], [step("qp", quotedPrintable), step("quote '> '", (s) => quoteLines(s, "> "))]);

export interface Mangling {
  steps: Step[];
  /** Starts from the HTML form (true) or the text form. */
  fromHtml: boolean;
}

export const manglingArbitrary: fc.Arbitrary<Mangling> = fc
  .record({
    fromHtml: fc.boolean(),
    html: fc.array(htmlStep, { maxLength: 3 }),
    toText: fc.boolean(),
    text: fc.array(textStep, { maxLength: 4 }),
    tail: qpTail,
  })
  .map(({ fromHtml, html, toText, text: textSteps, tail }) => {
    const steps: Step[] = [];
    if (fromHtml) {
      steps.push(...html);
      if (toText) steps.push(step("html to text", htmlToText), ...textSteps);
    } else steps.push(...textSteps);
    steps.push(...tail);
    return { fromHtml, steps };
  });
