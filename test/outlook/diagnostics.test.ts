import { base64OfText, sampleNdrMime } from "../support/simulatedOffice";
import { ndrItem, setUp, tearDown } from "./simHelpers";

afterEach(tearDown);

test("reports host, platform, version, sets, read path and failures without message content", async () => {
  const { host } = setUp({
    name: "mac-classic",
    mailbox: "1.8",
    displayLanguage: "de-DE",
    item: ndrItem({
      subject: "Secret project bounce",
      attachments: [
        {
          id: "x1",
          name: "Secret-Plans.eml",
          attachmentType: "file",
          contentType: "message/rfc822",
          size: 10,
          content: base64OfText(sampleNdrMime()),
          format: "Base64",
          error: "InvalidAttachmentId",
        },
      ],
    }),
  });
  await host.readCurrent();
  const d = host.diagnostics();
  expect(d).toEqual({
    mode: "outlook",
    host: "OutlookMac",
    platform: "Mac",
    version: "16.50.0",
    mailboxSets: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"],
    displayLanguage: "de-DE",
    canOpenForm: true,
    // Mac classic has no DragAndDropEvent: the pane's HTML5 drop zone takes drops there.
    dragAndDrop: false,
    lastReadPath: "html+headers",
    // No Entra app id in this test run: the mailbox search isn't offered, and Diagnostics says why.
    mailboxSearch: "no-client-id",
    failures: [expect.objectContaining({ step: "getAttachmentContentAsync (attachment)", code: "InvalidAttachmentId" })],
  });
  const text = JSON.stringify(d);
  expect(text).not.toMatch(/Secret/);
  expect(text).not.toMatch(/Quarterly|fabrikam|pat@/);
});

test("a newer read replaces the failures of an older one", async () => {
  const { sim, host } = setUp({ name: "web", mailbox: "1.15", faults: { getAsFileAsync: "fail" } });
  await host.readCurrent();
  expect(host.diagnostics().failures).toHaveLength(1);
  await sim.setItem(null);
  await host.readCurrent();
  expect(host.diagnostics().failures).toEqual([]);
});
