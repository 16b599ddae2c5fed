/** Shared set-up for the Outlook-layer tests: a simulated client installed as global Office. */
import { createOfficeHost, type OfficeHost } from "../../src/outlook/officeHost";
import { createSimulatedOffice, sampleNdrMime, type SimItem, type SimProfile, type SimulatedOffice } from "../support/simulatedOffice";

export const NDR_MIME = sampleNdrMime();

export function ndrItem(overrides: Partial<SimItem> = {}): SimItem {
  return {
    subject: "FW: Undeliverable: Quarterly report",
    dateTimeCreated: "2026-08-04T10:05:00Z",
    from: { displayName: "Pat User", emailAddress: "pat@contoso.example" },
    itemId: "AAMkAGI2TG93AAA=",
    itemClass: "IPM.Note",
    mime: NDR_MIME,
    ...overrides,
  };
}

let uninstall: (() => void) | undefined;

/** Installs the simulated client as global Office and builds the Office-backed host over it. */
export function setUp(profile: Partial<SimProfile> & Pick<SimProfile, "name" | "mailbox">): { sim: SimulatedOffice; host: OfficeHost } {
  const sim = createSimulatedOffice({ item: ndrItem(), ...profile });
  uninstall?.();
  uninstall = sim.install();
  const host = createOfficeHost(globalThis.Office, { callTimeoutMs: 200 });
  return { sim, host };
}

export function tearDown(): void {
  uninstall?.();
  uninstall = undefined;
}
