import { ADMIN_ADDRESS_KEY } from "../../src/outlook/roamingSettings";
import { setUp, tearDown } from "./simHelpers";

afterEach(tearDown);

test("saves a valid address to roaming settings and reads it back", async () => {
  const { sim, host } = setUp({ name: "web", mailbox: "1.15" });
  expect(host.getAdminAddress()).toBeUndefined();
  expect(await host.saveAdminAddress("  helpdesk@contoso.example ")).toEqual({ ok: true });
  expect(sim.roaming[ADMIN_ADDRESS_KEY]).toBe("helpdesk@contoso.example");
  expect(sim.calls.roamingSaves).toBe(1);
  expect(host.getAdminAddress()).toBe("helpdesk@contoso.example");
});

test("reads an address saved earlier (on another client)", () => {
  const { host } = setUp({ name: "classic-windows", mailbox: "1.14", roaming: { [ADMIN_ADDRESS_KEY]: "it@contoso.example" } });
  expect(host.getAdminAddress()).toBe("it@contoso.example");
});

test("ignores a stored value that isn't an address", () => {
  const { host } = setUp({ name: "web", mailbox: "1.15", roaming: { [ADMIN_ADDRESS_KEY]: { weird: true } } });
  expect(host.getAdminAddress()).toBeUndefined();
});

test.each(["", "helpdesk", "Help Desk <helpdesk@contoso.example>", "a@b", "a@@contoso.example", "x".repeat(65) + "@contoso.example"])(
  "refuses %p without touching settings",
  async (bad) => {
    const { sim, host } = setUp({ name: "web", mailbox: "1.15" });
    const r = await host.saveAdminAddress(bad);
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/email address/) });
    expect(sim.calls.roamingSaves).toBe(0);
  },
);

test("settings over 32 KB: error 9057 is explained, and the unsaved value is not reported", async () => {
  const { sim, host } = setUp({ name: "web", mailbox: "1.15", roaming: { other: "x".repeat(33 * 1024) } });
  const r = await host.saveAdminAddress("helpdesk@contoso.example");
  expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/full \(32 KB\)/), failure: { code: "SettingsSizeExceeded" } });
  expect(sim.roaming[ADMIN_ADDRESS_KEY]).toBeUndefined();
  expect(host.getAdminAddress()).toBeUndefined();
});

test("a failed save restores the previous address", async () => {
  const { host } = setUp({ name: "web", mailbox: "1.15", roaming: { [ADMIN_ADDRESS_KEY]: "old@contoso.example" }, faults: { roamingSave: "fail" } });
  const r = await host.saveAdminAddress("new@contoso.example");
  expect(r).toMatchObject({ ok: false, failure: { step: "roamingSettings.saveAsync", code: "GenericSettingsError" } });
  expect(host.getAdminAddress()).toBe("old@contoso.example");
});
