// The user view of every bundled sample and a few fixtures, in the built pane under a simulated
// Outlook on the web at 320 px (issue 11, points 2-7 and 9): the code and the server's words are
// on screen without opening anything; one primary button, inside the first 700 px; commands run as
// copied (one shell per block, no commentary, no known placeholder left); nothing wider than the
// pane; no internal ids; non-Microsoft bounces get no Exchange wording and no Microsoft article.
import { classify } from "../../src/classifier";
import { codeLineOf } from "../../src/taskpane/diagnosis/problemModel";
import { SAMPLES } from "../../src/taskpane/input/samples";
import { screenshot } from "./support/chromium";
import { eml, item, openOutlookPane, webProfile } from "./support/outlookPane";
import { commandBlocks, openAdminGroups, overflowsSideways, primaryButtons, problemSection } from "./support/paneViews";
import { servedPaneInChromium } from "./support/servedPane";

const env = servedPaneInChromium();

/** The first screen of a task pane on a small laptop (issue 11: 320 × 700). */
const FIRST_SCREEN_PX = 700;

const CASES: Array<[string, string]> = [
  ...SAMPLES.map((s): [string, string] => [s.id, s.eml]),
  ["gmail-552-5.2.2-out-of-storage", eml("gmail-552-5.2.2-out-of-storage.eml")],
  ["exo-new-5.1.1-typical", eml("exo-new-5.1.1-recipient-not-found-typical-30kb.eml")],
];

/** Words that only make sense for Microsoft's servers: never on a non-Microsoft bounce. */
const MICROSOFT_ONLY = /public folder|Exchange admin center|Microsoft 365 admin center|Microsoft's article|Directory-Based Edge Blocking/i;
/** Placeholders the pane knows how to fill: none may be left in a copied command. */
const KNOWN_PLACEHOLDER = /<(domain|recipient|sender|sender-domain|address)>/;
/** Prose in parentheses ("(on-premises Exchange Management Shell)") doesn't run. */
const COMMENTARY = /\((?:[a-z][a-z-]*\s){2,}[^)]*\)/i;
const ON_PREMISES_ONLY = /\b(Get|Set|New)-(SendConnector|ReceiveConnector|ExchangeServer|TransportService|HybridConfiguration)\b/;
const EXCHANGE_CMDLET =
  /\b(Get|Set|New|Remove|Start)-(EXO\w*|Mailbox\w*|AcceptedDomain|InboundConnector|OutboundConnector|MessageTrace\w*|Recipient|MailContact|MailPublicFolder|TransportRule|SendConnector|ReceiveConnector|HybridConfiguration)\b/;
const INTERNAL_IDS = /\b(norelaying|userunknown|mailboxfull|exo-\d|exo-new|exo-classic|generic-\d|layout marker|guidance [a-z]+-)/;

function shellProblems(blocks: Array<{ shell: string; text: string }>): string[] {
  const problems: string[] = [];
  for (const { shell, text } of blocks) {
    if (KNOWN_PLACEHOLDER.test(text)) problems.push(`${shell}: known placeholder left: ${text}`);
    if (COMMENTARY.test(text)) problems.push(`${shell}: commentary in the copied text: ${text}`);
    if (shell === "Exchange Online PowerShell" && (ON_PREMISES_ONLY.test(text) || /Exchange Management Shell/.test(text)))
      problems.push(`${shell}: on-premises cmdlet: ${text}`);
    if (shell.startsWith("Exchange Management Shell") && /Connect-ExchangeOnline|Get-EXO/.test(text))
      problems.push(`${shell}: Exchange Online cmdlet: ${text}`);
    if ((shell === "Windows PowerShell" || shell === "Command prompt or terminal") && EXCHANGE_CMDLET.test(text))
      problems.push(`${shell}: Exchange cmdlet: ${text}`);
    if (shell === "Command prompt or terminal" && !/^(nslookup|dig)\b/m.test(text)) problems.push(`${shell}: not a DNS lookup: ${text}`);
  }
  return problems;
}

describe("the user view at 320 px", () => {
  test.each(CASES)("%s", async (id, mime) => {
    const d = await classify(mime);
    const r = d.recipients[0];
    const codeLine = codeLineOf(r).line;
    const microsoft =
      /outlook\.com|exchangelabs\.com|protection\.outlook/i.test(`${d.reportingMta} ${r.remoteMta ?? ""}`) ||
      d.layout.startsWith("exo") ||
      d.layout === "exchange-onprem";
    const guarded = await openOutlookPane(env.browser, env.server, 320, webProfile(item("Undeliverable: Quarterly figures", mime)));
    try {
      const { page } = guarded;
      const section = problemSection(page);
      await section.locator("h2").waitFor({ timeout: 30000 });
      await screenshot(page, `user-${id}-320`);

      // The five-second answer: the code and the server's own words, visible as the pane opens.
      const line = section.getByText(codeLine, { exact: true });
      await expect(line.isVisible()).resolves.toBe(true);
      expect((await line.boundingBox())?.y ?? Infinity).toBeLessThan(FIRST_SCREEN_PX);

      // One primary button, and the primary action right after the steps, on the first screen.
      const primaries = await primaryButtons(page);
      expect(primaries.length).toBeLessThanOrEqual(1);
      const where = primaries.map((b) => ({ id, button: `${b.name} (bottom at ${Math.round(b.bottom)} px)`, onFirstScreen: b.bottom <= FIRST_SCREEN_PX }));
      expect(where).toEqual(where.map((w) => ({ ...w, onFirstScreen: true })));

      // What the user reads (the admin groups still folded): no Microsoft-only wording on another's bounce.
      const userText = (await page.locator("main").innerText()).replace(/\s+/g, " ");
      if (!microsoft) expect(userText.match(MICROSOFT_ONLY)?.[0] ?? "").toBe("");

      // Commands as copied: one shell per block, known placeholders filled, no commentary.
      await openAdminGroups(page);
      const blocks = await commandBlocks(page);
      expect(shellProblems(blocks)).toEqual([]);

      const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
      expect(text).not.toMatch(INTERNAL_IDS);
      if (!microsoft) {
        // The recipient's side of another's bounce: nothing Exchange-only. (The user's own admin's
        // steps may be about Microsoft 365 when they say "only if your organisation runs on it".)
        for (const region of await page.getByRole("region", { name: /^For .*'s admin$/ }).all()) {
          expect((await region.innerText()).match(MICROSOFT_ONLY)?.[0] ?? "").toBe("");
        }
        expect(await page.getByRole("link", { name: "Microsoft's article about this error" }).count()).toBe(0);
      }
      expect(await overflowsSideways(page)).toBe(false);
      await screenshot(page, `user-${id}-steps-open-320`);
      expect(guarded.errors).toEqual([]);
      expect(guarded.cspViolations).toEqual([]);
    } finally {
      await guarded.context.close();
    }
  });

  test("a Gmail mailbox: the recipient or Gmail, never 'the recipient's admin', in Gmail's own words", async () => {
    const guarded = await openOutlookPane(
      env.browser,
      env.server,
      320,
      webProfile(item("Delivery Status Notification (Failure)", eml("gmail-552-5.2.2-out-of-storage.eml"))),
    );
    try {
      const { page } = guarded;
      await problemSection(page).locator("h2").waitFor({ timeout: 30000 });
      const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
      expect(text).toContain("out of storage space and inactive");
      expect(text).not.toMatch(/recipient's admin|For gmail\.com's admin/i);
      expect(text).not.toMatch(MICROSOFT_ONLY);
    } finally {
      await guarded.context.close();
    }
  });
});
