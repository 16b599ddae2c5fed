import { Button, Field, Input, Spinner, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CheckResult, CheckStatus, DomainCheckReport } from "../../dns/types";
import { loadDnsSentences } from "../../i18n/dns";
import { type DnsSentences, ENGLISH_DNS_SENTENCES } from "../../i18n/dns/en";
import type { Locale } from "../../i18n/locale";
import type { Translate } from "../../i18n/translate";
import { resolverUrlProblem } from "../../outlook/dnsCheckSettings";
import type { DnsCheckPreference, MailHost } from "../../outlook/types";
import { isolatedText } from "../common/bidiText";
import { StateMessage } from "../common/StateMessage";
import { errorMessage } from "../common/withTimeout";
import { useStrings } from "../i18n/LocaleProvider";
import type { DnsRunner } from "./dnsRunner";

const STATUS: Record<CheckStatus, { symbol: string; color: string }> = {
  pass: { symbol: "✓", color: tokens.colorPaletteGreenForeground1 },
  warn: { symbol: "!", color: tokens.colorPaletteDarkOrangeForeground1 },
  fail: { symbol: "✗", color: tokens.colorPaletteRedForeground1 },
  error: { symbol: "?", color: tokens.colorNeutralForeground2 },
};

/** Only the resolver's host is named: the path and query mean nothing to the reader. */
function privacyNote(resolverUrl: string, domain: string | undefined, t: Translate): string {
  let host = resolverUrl;
  try {
    host = new URL(resolverUrl).host;
  } catch {
    // An unparsable URL is shown as typed; the checks themselves refuse it.
  }
  return domain ? t("dns.privacyDomain", { domain: isolatedText(domain), host: isolatedText(host) }) : t("dns.privacyNoDomain", { host: isolatedText(host) });
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  results: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  verdict: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  badge: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  records: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
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
  const { t } = useStrings();
  const s = STATUS[result.status];
  return (
    <li className={styles.result}>
      <div className={styles.verdict}>
        <span className={styles.badge} style={{ color: s.color }}>
          <span aria-hidden="true">{s.symbol} </span>
          {t(`dns.status.${result.status}`)}:
        </span>
        <Text weight="semibold">{result.title}</Text>
      </div>
      <Text>{result.detail}</Text>
      {result.records.length > 0 && (
        <ul className={styles.records} aria-label={t("dns.recordsFor", { title: result.title })}>
          {result.records.slice(0, 20).map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The engine's sentences (verdicts, resolver and domain problems) in the pane's language, handed
 * to the engine with each call. `ready` resolves once they are loaded; a chunk that fails to load
 * gives English, which still explains. `current` is what has loaded so far (English until then).
 */
function useDnsSentences(locale: Locale): { ready: Promise<DnsSentences>; current: DnsSentences } {
  const ready = useMemo(() => loadDnsSentences(locale).catch(() => ENGLISH_DNS_SENTENCES), [locale]);
  const [loaded, setLoaded] = useState<{ locale: Locale; sentences: DnsSentences }>();
  useEffect(() => {
    let live = true;
    // Re-render once loaded: the resolver's validation message is computed while rendering.
    void ready.then((sentences) => live && setLoaded({ locale, sentences }));
    return () => {
      live = false;
    };
  }, [ready, locale]);
  return { ready, current: loaded?.locale === locale ? loaded.sentences : ENGLISH_DNS_SENTENCES };
}

type RunState = { status: "idle" } | { status: "running" } | { status: "done"; report: DomainCheckReport } | { status: "failed"; message: string };

interface DnsChecksPanelProps {
  host: MailHost;
  /** The failed recipient's domain; the admin can change it. */
  domain?: string;
  run: DnsRunner;
  /** Inside a checklist step (the MX check): titled as part of the step, not as a section of the view. */
  inline?: boolean;
}

/** Live MX/SPF/autodiscover look-ups over DNS-over-HTTPS: off until the admin turns them on. */
export function DnsChecksPanel({ host, domain: initialDomain, run, inline = false }: DnsChecksPanelProps) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const sentences = useDnsSentences(locale);
  const [settings, setSettings] = useState(() => loadSettings(host));
  const [resolver, setResolver] = useState(settings.resolverUrl);
  const [domain, setDomain] = useState(initialDomain ?? "");
  const [saveError, setSaveError] = useState<string>();
  const [runState, setRunState] = useState<RunState>({ status: "idle" });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const resolverProblem = resolverUrlProblem(resolver.trim(), undefined, sentences.current.resolver);

  const save = async (next: DnsCheckPreference): Promise<void> => {
    setSettings(next);
    try {
      const r = await host.saveDnsCheckSettings(next);
      setSaveError(r.ok ? undefined : r.key ? t(`host.${r.key}`) : r.message);
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
    const language = await sentences.ready;
    try {
      const report = await run(domain.trim(), { resolverUrl: url, signal: controller.signal, sentences: language });
      if (abort.current === controller) setRunState({ status: "done", report });
    } catch (e) {
      if (abort.current === controller) setRunState({ status: "failed", message: errorMessage(e) });
    }
  };

  return (
    <section className={styles.root} aria-label={t("dns.sectionLabel")}>
      {inline ? <Text weight="semibold">{t("dns.headingInline")}</Text> : <h3 className={styles.heading}>{t("dns.heading")}</h3>}
      <Text size={200}>{privacyNote(settings.enabled ? resolver : settings.resolverUrl, domain.trim() || undefined, t)}</Text>
      <Switch
        checked={settings.enabled}
        label={t("dns.toggle")}
        onChange={(_, data) => {
          if (!data.checked) abort.current?.abort();
          void save({ enabled: data.checked, resolverUrl: settings.resolverUrl });
        }}
      />
      {saveError && (
        <StateMessage intent="warning" title={t("dns.notSavedTitle")}>
          <Text>{t("dns.notSavedBody", { reason: saveError })}</Text>
        </StateMessage>
      )}
      {settings.enabled && (
        <>
          <Field label={t("dns.domain")} hint={t("dns.domainHint")}>
            <Input value={domain} onChange={(_, d) => setDomain(d.value)} placeholder="contoso.com" />
          </Field>
          <Field
            label={t("dns.resolver")}
            validationState={resolverProblem ? "error" : "none"}
            validationMessage={resolverProblem}
            hint={resolverProblem ? undefined : t("dns.resolverHint")}
          >
            <Input value={resolver} onChange={(_, d) => setResolver(d.value)} type="url" />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void onRun()} disabled={runState.status === "running" || !!resolverProblem || domain.trim() === ""}>
              {t("dns.run")}
            </Button>
            {runState.status === "running" && <Spinner size="tiny" label={t("dns.running")} />}
          </div>
          <div role="status">
            {runState.status === "done" && runState.report.ok && (
              <Text size={200}>{t("dns.resultsFor", { domain: runState.report.domain, resolver: runState.report.resolverHost })}</Text>
            )}
          </div>
          {runState.status === "done" && runState.report.ok && (
            <ul className={styles.results} aria-label={t("dns.results")}>
              {runState.report.results.map((r) => (
                <Result key={r.id} result={r} />
              ))}
            </ul>
          )}
          {runState.status === "done" && !runState.report.ok && (
            <StateMessage intent="error" title={t("dns.nothingTitle")}>
              <Text>{runState.report.message}</Text>
            </StateMessage>
          )}
          {runState.status === "failed" && (
            <StateMessage intent="error" title={t("dns.failedTitle")}>
              <Text>{runState.message}</Text>
            </StateMessage>
          )}
        </>
      )}
    </section>
  );
}
