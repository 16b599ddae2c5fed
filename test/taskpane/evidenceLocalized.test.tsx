/** @jest-environment jsdom */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import type { Diagnosis } from "../../src/classifier/types";
import { DE_EVIDENCE } from "../../src/i18n/evidence/de";
import type { Locale } from "../../src/i18n/locale";
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

describe("evidence in the pane's language", () => {
  it("French pane: 'Why we think so' says what the server said in plain words, never the classifier's ids", async () => {
    const { user } = renderPane(fakeHost({ displayLanguage: "fr-FR", read: async () => messageOutcome(SAMPLES[0].eml) }));
    await user.click(await screen.findByRole("button", { name: "Pourquoi nous le pensons" }, { timeout: 8000 }));
    const panel = (await screen.findByText("Le serveur a dit :")).parentElement as HTMLElement;
    expect(within(panel).getByLabelText("La réponse du serveur")).toHaveTextContent("550 5.4.1 Relay Access Denied");
    const facts = within(panel).getByRole("list", { name: "Ce que montre la notification" });
    expect(within(facts).getByText("Un serveur Microsoft 365 a refusé le message.")).toBeInTheDocument();
    // Internal names stay inside the classifier.
    expect(panel.textContent).not.toMatch(/norelaying|exo-5\.4\.1|exo-new|layout marker|guidance /);
  }, 20_000);

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
});
