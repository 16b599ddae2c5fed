/** @jest-environment jsdom */
// The admin view moved to another bounce must not keep the last bounce's domain or DNS verdicts.
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { DomainCheckReport } from "../../src/dns/types";
import type { AdminModel } from "../../src/taskpane/admin/adminModel";
import { AdminView } from "../../src/taskpane/admin/AdminView";
import type { DnsRunOptions } from "../../src/taskpane/admin/dnsRunner";
import { LocaleProvider } from "../../src/taskpane/i18n/LocaleProvider";
import { fakeHost } from "./fakeHost";

function modelFor(address: string, domain: string): AdminModel {
  return {
    blocks: [],
    basis: "block",
    copyableCommands: false,
    recipients: [{ address, status: "5.4.1", reply: "550", diagnostic: "550 5.4.1 Relay Access Denied" }],
    recipientDomain: domain,
    differences: [],
  };
}

function reportFor(domain: string): DomainCheckReport {
  return {
    ok: true,
    domain,
    resolverHost: "dns.contoso.example",
    results: [{ id: "mx", status: "fail", title: "Mail routing (MX records)", detail: `Mail for ${domain} goes elsewhere.`, records: [`10 mx.${domain}`] }],
  };
}

test("selecting another bounce gives the DNS checks its domain and drops the earlier results", async () => {
  const host = fakeHost({ dnsChecks: { enabled: true, resolverUrl: "https://dns.contoso.example/dns-query" } });
  const looked: string[] = [];
  const run = async (domain: string, _options: DnsRunOptions) => {
    looked.push(domain);
    return reportFor(domain);
  };
  const now = new Date("2024-05-15T09:11:58Z");
  const view = (model: AdminModel) => (
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider locale="en">
        <AdminView host={host} model={model} now={now} runDnsChecks={run} />
      </LocaleProvider>
    </FluentProvider>
  );
  const user = userEvent.setup();
  const { rerender } = render(view(modelFor("megan.bowen@fabrikam.com", "fabrikam.com")));

  expect(screen.getByRole("textbox", { name: "Domain to check" })).toHaveValue("fabrikam.com");
  await user.click(screen.getByRole("button", { name: "Run checks" }));
  const first = await screen.findByRole("list", { name: "DNS check results" });
  expect(within(first).getByText("Mail for fabrikam.com goes elsewhere.")).toBeInTheDocument();

  rerender(view(modelFor("jo@northwind.example", "northwind.example")));

  expect(screen.getByRole("textbox", { name: "Domain to check" })).toHaveValue("northwind.example");
  expect(screen.queryByRole("list", { name: "DNS check results" })).not.toBeInTheDocument();
  expect(screen.queryByText(/fabrikam\.com/)).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Run checks" }));
  const second = await screen.findByRole("list", { name: "DNS check results" });
  expect(within(second).getByText("Mail for northwind.example goes elsewhere.")).toBeInTheDocument();
  expect(looked).toEqual(["fabrikam.com", "northwind.example"]);
});
