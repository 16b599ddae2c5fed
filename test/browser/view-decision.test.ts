// Who is reading decides the view (issue 11, point 1), in the built pane under a simulated Outlook
// on the web whose userProfile names the mailbox owner: a bounce the user forwarded to themselves,
// one a colleague forwarded, one a colleague attached, and a message carrying our diagnosis block.
import { adminMailbox, forwardHtml, quotedByOutlook, relayDeniedDiagnosis } from "../fixtures/admin/forwardedDiagnostics";
import type { SimItem } from "../support/simulatedOffice";
import { screenshot } from "./support/chromium";
import { banner, openOutlookPane, sharedEml, webProfile } from "./support/outlookPane";
import { servedPaneInChromium } from "./support/servedPane";

const env = servedPaneInChromium();

const ALEX = { displayName: "Alex Wilber", emailAddress: "alex.wilber@contoso.com" };
const HELPDESK = { displayName: "IT Helpdesk", emailAddress: "helpdesk@contoso.com" };

function forwardedInline(from = ALEX): SimItem {
  return {
    subject: "FW: Undeliverable: Quarterly figures",
    dateTimeCreated: "2024-05-15T14:00:00Z",
    from,
    itemId: "AAMkInlineForward",
    itemClass: "IPM.Note",
    mime: sharedEml("forwarded-inline-ndr.eml"),
  };
}

/** A forward with the bounce attached as an item, the way Outlook on the web hands it to the add-in. */
function forwardedAsAttachment(from = ALEX): SimItem {
  const bounce = sharedEml("exo-classic-5.4.1-dbeb-recipient-rejected.eml");
  return {
    subject: "FW: Undeliverable: Project plan",
    dateTimeCreated: "2024-05-15T14:30:00Z",
    from,
    itemId: "AAMkAttachedForward",
    itemClass: "IPM.Note",
    mime: [
      "From: Alex Wilber <alex.wilber@contoso.com>",
      "To: IT Helpdesk <helpdesk@contoso.com>",
      "Subject: FW: Undeliverable: Project plan",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "See the attached bounce.",
      "",
    ].join("\r\n"),
    attachments: [
      {
        id: "att-1",
        name: "Undeliverable Project plan.eml",
        attachmentType: "item",
        contentType: "message/rfc822",
        size: bounce.length,
        content: bounce,
        format: "Eml",
      },
    ],
  };
}

async function selectedView(width: number, item: SimItem, owner: { displayName: string; emailAddress: string }, shot: string): Promise<string> {
  const guarded = await openOutlookPane(env.browser, env.server, width, webProfile(item, { userProfile: owner }));
  try {
    const { page } = guarded;
    const tab = page.getByRole("tab", { selected: true });
    await tab.waitFor({ timeout: 30000 });
    // The message (or attachment) is named on both views, as a caption.
    await expect(banner(page).textContent()).resolves.toMatch(/^Showing: FW: /);
    await screenshot(page, `view-${shot}-${width}`);
    expect(guarded.errors).toEqual([]);
    expect(guarded.cspViolations).toEqual([]);
    return (await tab.textContent()) ?? "";
  } finally {
    await guarded.context.close();
  }
}

describe.each([320])("the view follows who is reading, pane %i px wide", (width) => {
  test("a bounce the user forwarded to themselves: user view", async () => {
    expect(await selectedView(width, forwardedInline(ALEX), ALEX, "self-forward")).toBe("User view");
  });

  test("a bounce a colleague forwarded: admin view", async () => {
    expect(await selectedView(width, forwardedInline(ALEX), HELPDESK, "colleague-forward")).toBe("Admin view");
  });

  test("a bounce a colleague attached: admin view, the attachment named", async () => {
    expect(await selectedView(width, forwardedAsAttachment(ALEX), HELPDESK, "colleague-attachment")).toBe("Admin view");
  });

  test("the user's own bounce, attached and sent back to them by the helpdesk: user view", async () => {
    expect(await selectedView(width, forwardedAsAttachment(HELPDESK), ALEX, "own-attachment-returned")).toBe("User view");
  });

  test("a message carrying our diagnosis block: admin view, even in its sender's own mailbox", async () => {
    const mime = adminMailbox(quotedByOutlook(forwardHtml(await relayDeniedDiagnosis())));
    const item: SimItem = {
      subject: "FW: Bounce: megan.bowen@fabrikam.com",
      dateTimeCreated: "2024-05-14T10:05:00Z",
      from: ALEX,
      itemId: "AAMkBlock",
      itemClass: "IPM.Note",
      mime,
    };
    expect(await selectedView(width, item, ALEX, "diagnosis-block")).toBe("Admin view");
  });
});
