/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import { SAMPLES } from "../../src/taskpane/input/samples";
import { fakeHost, messageOutcome } from "./fakeHost";
import { renderPane } from "./renderPane";

// Whole-pane renders on a shared 2-core machine.
jest.setTimeout(20_000);

describe("the pane in French (Outlook's display language fr-FR)", () => {
  it("words the states, the forward and the guidance in French, and sets <html lang>", async () => {
    const host = fakeHost({ displayLanguage: "fr-FR", read: async () => messageOutcome(SAMPLES[0].eml) });
    const { user } = renderPane(host);
    // The guidance translations load as their own chunk; the heading turns French when they arrive.
    expect(
      await screen.findByRole(
        "heading",
        {
          level: 2,
          name: "fabrikam.com ne peut pas recevoir d'e-mails pour le moment — c'est un problème de configuration chez fabrikam.com, pas une erreur de votre part",
        },
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Ce que vous pouvez faire" })).toBeInTheDocument();
    // The code line is the server's: never translated.
    expect(screen.getByText("550 5.4.1 Relay Access Denied")).toBeVisible();
    expect(screen.getByRole("button", { name: "Transférer à mon administrateur" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Vérifier une autre notification" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Diagnostic" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("fr");

    const problem = document.querySelector("main section[aria-labelledby]") as HTMLElement;
    const adminGroups = within(problem)
      .getAllByRole("button", { expanded: false })
      .filter((b) => b.textContent !== "Pourquoi nous le pensons");
    for (const header of adminGroups) await user.click(header);
    // Commands are pasted into a shell: they stay exactly as written; their shell is named in French around them.
    expect(within(problem).getAllByRole("button", { name: "Copier la commande" }).length).toBeGreaterThan(0);
    expect(within(problem).getAllByText(/(Get|Resolve)-\w+/).length).toBeGreaterThan(0);

    await user.click(screen.getByRole("button", { name: "Transférer à mon administrateur" }));
    await user.type(await screen.findByRole("textbox", { name: "Adresse de votre administrateur de messagerie" }), "pas une adresse");
    await user.click(screen.getByRole("button", { name: "Enregistrer et transférer" }));
    expect(await screen.findByText("Saisissez une adresse e-mail, par exemple helpdesk@contoso.com.")).toBeInTheDocument();
  });

  it("writes the forward to the admin in French, with the commands untouched", async () => {
    const host = fakeHost({ displayLanguage: "fr-FR", adminAddress: "helpdesk@contoso.com", read: async () => messageOutcome(SAMPLES[0].eml) });
    const { user } = renderPane(host);
    await screen.findByRole("heading", { level: 2, name: /ne peut pas recevoir d'e-mails/ }, { timeout: 8000 });
    await user.click(screen.getByRole("button", { name: "Transférer à mon administrateur" }));
    expect(await screen.findByText("Message prêt")).toBeInTheDocument();
    const [request] = host.forwards;
    expect(request.subject).toMatch(/^Message non remis : jo@fabrikam\.com — le serveur .* \(550 5\.4\.1\)$/);
    expect(request.htmlBody).toContain("Bonjour, un message que j&#39;ai envoyé n&#39;a pas été remis.");
    expect(request.htmlBody).toContain("Informations pour les administrateurs de messagerie");
    expect(request.htmlBody).toContain("Erreur signalée :");
    expect(request.htmlBody).toMatch(/Get-\w+/);
  });

  it("says a host refusal in French when the host names it", async () => {
    const host = fakeHost({
      displayLanguage: "fr-FR",
      read: async () => ({ status: "error", message: "Outlook didn't give the add-in this message's contents.", key: "noContents", failures: [] }),
    });
    renderPane(host);
    expect(await screen.findByText("Outlook ne nous a pas transmis ce message")).toBeInTheDocument();
    expect(screen.getByText(/Outlook n'a pas donné au complément le contenu de ce message/)).toBeInTheDocument();
  });
});
