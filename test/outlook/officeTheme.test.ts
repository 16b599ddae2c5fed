import { luminance, themeFromOfficeTheme } from "../../src/outlook/officeTheme";
import { setUp, tearDown } from "./simHelpers";

afterEach(tearDown);

describe("themeFromOfficeTheme", () => {
  test.each([
    [{ bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" }, "light"],
    [{ bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" }, "dark"],
    // Office's dark grey theme: a grey background under white text reads as dark.
    [{ bodyBackgroundColor: "#666666", bodyForegroundColor: "#ffffff" }, "dark"],
    [{ bodyBackgroundColor: "#e6e6e6", bodyForegroundColor: "#262626" }, "light"],
    [{ bodyBackgroundColor: "000" }, "dark"],
    [{ bodyBackgroundColor: "#fff" }, "light"],
  ])("%j → %s", (theme, expected) => {
    expect(themeFromOfficeTheme(theme)).toBe(expected);
  });

  test.each([undefined, null, "dark", {}, { bodyBackgroundColor: "black" }, { bodyBackgroundColor: "#12345" }])("%j → undefined", (theme) => {
    expect(themeFromOfficeTheme(theme)).toBeUndefined();
  });

  test("luminance follows WCAG", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#808080")).toBeCloseTo(0.2159, 3);
  });
});

test("HostInfo.theme follows Office's theme at start-up", () => {
  expect(setUp({ name: "web", mailbox: "1.15", theme: "dark" }).host.info.theme).toBe("dark");
  expect(setUp({ name: "web", mailbox: "1.15" }).host.info.theme).toBe("light");
});

test("OfficeThemeChanged (1.14) reaches onThemeChanged subscribers", async () => {
  const { sim, host } = setUp({ name: "classic-windows", mailbox: "1.14" });
  if (!host.onThemeChanged) throw new Error("expected onThemeChanged on a 1.14 client");
  const seen: string[] = [];
  const unsubscribe = host.onThemeChanged((t) => seen.push(t));
  await host.settled();
  await sim.setTheme("dark");
  await sim.setTheme("light");
  expect(seen).toEqual(["dark", "light"]);
  unsubscribe();
  await host.settled();
});

test("before 1.14 there is no theme-change subscription", () => {
  expect(setUp({ name: "mac-classic", mailbox: "1.8" }).host.onThemeChanged).toBeUndefined();
});
