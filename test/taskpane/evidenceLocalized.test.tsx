/** @jest-environment jsdom */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { classify } from "../../src/classifier";
import type { Diagnosis, Evidence as EvidenceItem } from "../../src/classifier/types";
import { DE_EVIDENCE } from "../../src/i18n/evidence/de";
import { ES_EVIDENCE } from "../../src/i18n/evidence/es";
import { FR_EVIDENCE } from "../../src/i18n/evidence/fr";
import { type Locale, pseudoLocalize } from "../../src/i18n/locale";
import { Evidence } from "../../src/taskpane/diagnosis/Evidence";
import { EvidenceWarnings } from "../../src/taskpane/diagnosis/EvidenceWarnings";
import { LocaleProvider } from "../../src/taskpane/i18n/LocaleProvider";
import { SAMPLES } from "../../src/taskpane/input/samples";
import { fakeHost, messageOutcome } from "./fakeHost";
import { renderPane } from "./renderPane";

function inLocale(locale: Locale, ui: React.ReactNode) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider locale={locale}>{ui}</LocaleProvider>
    </FluentProvider>,
  );
}

const fill = (template: string, params: Record<string, string> = {}): string => template.replace(/\{(\w+)\}/g, (w, k: string) => params[k] ?? w);

const relayDenied: EvidenceItem = {
  source: "text-body",
  text: "550 5.4.1 Relay Access Denied",
  note: "reason norelaying: Exchange Online '5.4.1 Relay Access Denied'",
  code: "reason.exo-relay-access-denied",
  params: { reason: "norelaying" },
};
const uncoded: EvidenceItem = { source: "headers", text: "X-Old: 1", note: "a note from an older classifier" };

describe("evidence notes in the pane's language", () => {
  it("French pane: the 'Why we think so' notes of a real bounce are French", async () => {
    const d = await classify(SAMPLES[0].eml);
    const { user } = renderPane(fakeHost({ displayLanguage: "fr-FR", read: async () => messageOutcome(SAMPLES[0].eml) }));
    await screen.findByRole("heading", { level: 2, name: /n'accepte pas le courrier/ }, { timeout: 8000 });
    await user.click(screen.getByRole("button", { name: "Pourquoi nous le pensons" }));
    const list = await screen.findByRole("list", { name: "Lignes reconnues" });
    const evidence = [...d.recipients.flatMap((r) => r.evidence), ...d.evidence];
    const french = evidence.map((e) => fill(FR_EVIDENCE[e.code as keyof typeof FR_EVIDENCE], e.params));
    expect(french.length).toBeGreaterThan(3);
    for (const note of new Set(french)) expect(await within(list).findAllByText(note)).not.toHaveLength(0);
    for (const e of evidence) expect(within(list).queryByText(e.note)).toBeNull();
    // The section's own labels still come from the UI table.
    expect(within(list).getAllByText(/^Trouvé dans : /).length).toBeGreaterThan(0);
  }, 20_000);

  it("shows the English note until the language has arrived, then the translation; an uncoded note stays as written", async () => {
    // Spanish is fetched by no earlier test in this file: the first render can't have it yet.
    inLocale("es", <Evidence items={[relayDenied, uncoded]} />);
    expect(await screen.findByText(relayDenied.note)).toBeInTheDocument();
    expect(await screen.findByText(fill(ES_EVIDENCE["reason.exo-relay-access-denied"], relayDenied.params))).toBeInTheDocument();
    expect(screen.queryByText(relayDenied.note)).toBeNull();
    expect(screen.getByText(uncoded.note)).toBeInTheDocument();
  });

  it("words the reading warnings, and leaves a warning without a code in English", async () => {
    const diagnosis: Pick<Diagnosis, "warnings" | "warningCodes"> = {
      warnings: ['MIME boundary "b-1" not found.', "Too many MIME parts; the rest were ignored."],
      warningCodes: [{ code: "warn.boundary-not-found", params: { boundary: "b-1" } }, { code: "warn.too-many-parts" }],
    };
    const first = inLocale("de", <EvidenceWarnings diagnosis={diagnosis} />);
    const items = await screen.findAllByRole("listitem");
    expect(await screen.findByText("MIME-Begrenzung „b-1“ nicht gefunden.")).toBeInTheDocument();
    expect(screen.getByText(DE_EVIDENCE["warn.too-many-parts"])).toBeInTheDocument();
    expect(items).toHaveLength(2);
    first.unmount();
    inLocale("de", <EvidenceWarnings diagnosis={{ warnings: ["Something new."], warningCodes: [] }} />);
    expect(await screen.findByText("Something new.")).toBeInTheDocument();
  });

  it("pseudo-locale: notes are transformed, message text inside them is not", async () => {
    const phrase: EvidenceItem = { source: "text-body", text: "x", note: 'reason userunknown: phrase "no such user"', code: "reason.phrase", params: { reason: "userunknown", phrase: "no such user" } };
    inLocale("qps", <Evidence items={[phrase]} />);
    expect(await screen.findByText(pseudoLocalize('reason {reason}: phrase "{phrase}"').replace("{reason}", "userunknown").replace("{phrase}", "no such user"))).toBeInTheDocument();
  });

  it("English: the classifier's note, nothing fetched", () => {
    inLocale("en", <Evidence items={[relayDenied]} />);
    expect(screen.getByText(relayDenied.note)).toBeInTheDocument();
  });
});
