import { Button, Field, Input, Spinner, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { CheckResult, CheckStatus, DomainCheckReport } from "../../dns/types";
import { PRIVACY_NOTE } from "../../dns/strings";
import { resolverUrlProblem } from "../../outlook/dnsCheckSettings";
import type { DnsCheckPreference, MailHost } from "../../outlook/types";
import { StateMessage } from "../components/StateMessage";
import { errorMessage } from "../lib/withTimeout";
import type { DnsRunner } from "./dnsRunner";

const STATUS: Record<CheckStatus, { symbol: string; label: string; color: string }> = {
  pass: { symbol: "✓", label: "Pass", color: tokens.colorPaletteGreenForeground1 },
  warn: { symbol: "!", label: "Warning", color: tokens.colorPaletteDarkOrangeForeground1 },
  fail: { symbol: "✗", label: "Fail", color: tokens.colorPaletteRedForeground1 },
  error: { symbol: "?", label: "Couldn't check", color: tokens.colorNeutralForeground2 },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  results: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  verdict: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  badge: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  records: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

function loadSettings(host: MailHost): DnsCheckPreference {
  try {
    return host.getDnsCheckSettings();
  } catch {
    return { enabled: false, resolverUrl: "https://cloudflare-dns.com/dns-query" };
  }
}

function Result({ result }: { result: CheckResult }) {
  const styles = useStyles();
  const s = STATUS[result.status];
  return (
    <li className={styles.result}>
      <div className={styles.verdict}>
        <span className={styles.badge} style={{ color: s.color }}>
          <span aria-hidden="true">{s.symbol} </span>
          {s.label}:
        </span>
        <Text weight="semibold">{result.title}</Text>
      </div>
      <Text>{result.detail}</Text>
      {result.records.length > 0 && (
        <ul className={styles.records} aria-label={`Records for ${result.title}`}>
          {result.records.slice(0, 20).map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

type RunState = { status: "idle" } | { status: "running" } | { status: "done"; report: DomainCheckReport } | { status: "failed"; message: string };

interface DnsChecksPanelProps {
  host: MailHost;
  /** The failed recipient's domain; the admin can change it. */
  domain?: string;
  run: DnsRunner;
}

/** Live MX/SPF/autodiscover look-ups over DNS-over-HTTPS: off until the admin turns them on. */
export function DnsChecksPanel({ host, domain: initialDomain, run }: DnsChecksPanelProps) {
  const styles = useStyles();
  const [settings, setSettings] = useState(() => loadSettings(host));
  const [resolver, setResolver] = useState(settings.resolverUrl);
  const [domain, setDomain] = useState(initialDomain ?? "");
  const [saveError, setSaveError] = useState<string>();
  const [runState, setRunState] = useState<RunState>({ status: "idle" });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const resolverProblem = resolverUrlProblem(resolver.trim());

  const save = async (next: DnsCheckPreference): Promise<void> => {
    setSettings(next);
    try {
      const r = await host.saveDnsCheckSettings(next);
      setSaveError(r.ok ? undefined : r.message);
    } catch (e) {
      setSaveError(errorMessage(e));
    }
  };

  const onRun = async () => {
    if (resolverProblem) return;
    const url = resolver.trim();
    if (url !== settings.resolverUrl) void save({ enabled: true, resolverUrl: url });
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setRunState({ status: "running" });
    try {
      const report = await run(domain.trim(), { resolverUrl: url, signal: controller.signal });
      if (abort.current === controller) setRunState({ status: "done", report });
    } catch (e) {
      if (abort.current === controller) setRunState({ status: "failed", message: errorMessage(e) });
    }
  };

  return (
    <section className={styles.root} aria-label="Live DNS checks">
      <h3 className={styles.heading}>Live DNS checks</h3>
      <Text size={200}>{PRIVACY_NOTE(settings.enabled ? resolver : settings.resolverUrl, domain.trim() || undefined)}</Text>
      <Switch
        checked={settings.enabled}
        label="Run live DNS checks"
        onChange={(_, data) => {
          if (!data.checked) abort.current?.abort();
          void save({ enabled: data.checked, resolverUrl: settings.resolverUrl });
        }}
      />
      {saveError && (
        <StateMessage intent="warning" title="The setting wasn't saved">
          <Text>{saveError} It applies until the pane closes.</Text>
        </StateMessage>
      )}
      {settings.enabled && (
        <>
          <Field label="Domain to check" hint="The failed recipient's domain.">
            <Input value={domain} onChange={(_, d) => setDomain(d.value)} placeholder="contoso.com" />
          </Field>
          <Field
            label="DNS-over-HTTPS resolver"
            validationState={resolverProblem ? "error" : "none"}
            validationMessage={resolverProblem}
            hint={resolverProblem ? undefined : "It must answer browser requests (CORS)."}
          >
            <Input value={resolver} onChange={(_, d) => setResolver(d.value)} type="url" />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void onRun()} disabled={runState.status === "running" || !!resolverProblem || domain.trim() === ""}>
              Run checks
            </Button>
            {runState.status === "running" && <Spinner size="tiny" label="Looking up…" />}
          </div>
          <div role="status">
            {runState.status === "done" && runState.report.ok && <Text size={200}>Results for {runState.report.domain} from {runState.report.resolverHost}:</Text>}
          </div>
          {runState.status === "done" && runState.report.ok && (
            <ul className={styles.results} aria-label="DNS check results">
              {runState.report.results.map((r) => (
                <Result key={r.id} result={r} />
              ))}
            </ul>
          )}
          {runState.status === "done" && !runState.report.ok && (
            <StateMessage intent="error" title="Nothing was looked up">
              <Text>{runState.report.message}</Text>
            </StateMessage>
          )}
          {runState.status === "failed" && (
            <StateMessage intent="error" title="The checks couldn't run">
              <Text>{runState.message}</Text>
            </StateMessage>
          )}
        </>
      )}
    </section>
  );
}
