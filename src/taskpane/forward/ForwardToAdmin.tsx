import { Button, Checkbox, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useCallback, useMemo, useRef, useState } from "react";
import type { AdminAddressSource, MailHost } from "../../outlook/types";
import { diagnosisText } from "./diagnosisText";
import type { ReportContext } from "./reportModel";
import { useForward } from "./useForward";
import { isValidEmailAddress } from "../../outlook/emailAddress";
import { errorMessage } from "../common/withTimeout";
import { CopyDiagnosis } from "./CopyDiagnosis";
import { useEvidenceTexts } from "../diagnosis/EvidenceTexts";
import { LazyAdminAddressField } from "../shell/lazyViews";
import { LazyFallback } from "../common/LazyFallback";
import { StateMessage } from "../common/StateMessage";
import { isolatedText } from "../common/bidiText";
import { useStrings } from "../i18n/LocaleProvider";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: "anywhere" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

function initialSetting(host: MailHost): { address: string; source: AdminAddressSource } {
  try {
    const setting = host.getAdminAddressSetting();
    return { address: setting?.address ?? "", source: setting?.source ?? "user" };
  } catch {
    return { address: "", source: "user" };
  }
}

/** "set by your admin" only for the organisation's default; a preview link's ?admin= is the link's. */
const ADDRESS_LINE = { organisation: "forward.orgAddress", link: "forward.linkAddress", user: "forward.yourAdmin" } as const;

export function ForwardToAdmin({ host, context: baseContext }: { host: MailHost; context: ReportContext }) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  // Off by default: quoting the bounce is the user's choice (it can carry names and addresses).
  const [includeBounceText, setIncludeBounceText] = useState(false);
  // The copy and the forward word the classifier's warnings as the pane does.
  const evidenceTexts = useEvidenceTexts();
  const context = useMemo(() => ({ ...baseContext, includeBounceText, evidenceTexts }), [baseContext, includeBounceText, evidenceTexts]);
  const { state, forward } = useForward(host, context, t, locale);
  const [initial] = useState(() => initialSetting(host));
  const [saved, setSaved] = useState(initial.address);
  // Once the user saves their own address, it is theirs (and wins over the organisation's default).
  const [source, setSource] = useState(initial.source);
  const [draft, setDraft] = useState(saved);
  const [editing, setEditing] = useState(false);
  /** True when the field was opened by pressing Forward: saving then continues to the forward. */
  const [forwardAfterSave, setForwardAfterSave] = useState(false);
  const [invalid, setInvalid] = useState<string>();
  const [saveError, setSaveError] = useState<string>();
  const [saving, setSaving] = useState(false);
  // The field is its own chunk: on first use it mounts a moment after the click, so focus is
  // given when it attaches (callback ref) or, when it is already there, after this render.
  const field = useRef<HTMLInputElement | null>(null);
  const focusPending = useRef(false);
  const inputRef = useCallback((el: HTMLInputElement | null) => {
    field.current = el;
    if (el && focusPending.current) {
      focusPending.current = false;
      el.focus();
    }
  }, []);
  const text = useMemo(() => diagnosisText(context), [context]);

  const includeBox = (
    <Checkbox
      checked={includeBounceText}
      onChange={(_, data) => setIncludeBounceText(data.checked === true)}
      label={t("forward.includeText")}
    />
  );

  if (!host.canOpenForm) {
    return (
      <section className={styles.root} aria-label={t("forward.sectionLabel")}>
        <h2 className={styles.heading}>{t("forward.heading")}</h2>
        <Text>{t("forward.noForm")}</Text>
        {includeBox}
        <CopyDiagnosis text={text} />
      </section>
    );
  }

  const askForAddress = (andForward: boolean) => {
    setDraft(saved);
    setEditing(true);
    setForwardAfterSave(andForward);
    setInvalid(undefined);
    setSaveError(undefined);
    focusPending.current = true;
    setTimeout(() => {
      if (focusPending.current && field.current) {
        focusPending.current = false;
        field.current.focus();
      }
    }, 0);
  };

  const onForward = () => {
    if (saved && isValidEmailAddress(saved)) void forward(saved);
    else askForAddress(true);
  };

  const onSave = async () => {
    const address = draft.trim();
    if (!isValidEmailAddress(address)) {
      setInvalid(t("forward.invalid"));
      return;
    }
    setInvalid(undefined);
    setSaving(true);
    let ok = false;
    try {
      const result = await host.saveAdminAddress(address);
      ok = result.ok;
      if (!result.ok) setSaveError(result.key ? t(`host.${result.key}`) : result.message);
    } catch (error) {
      setSaveError(errorMessage(error));
    }
    setSaving(false);
    if (ok) {
      setSaved(address);
      setSource("user");
      setSaveError(undefined);
      setEditing(false);
    }
    // A failed save keeps the field and its value; the user asked to forward, so that still happens.
    if (forwardAfterSave) {
      setForwardAfterSave(false);
      await forward(address);
    }
  };

  return (
    <section className={styles.root} aria-label={t("forward.sectionLabel")}>
      <h2 className={styles.heading}>{t("forward.heading")}</h2>
      {includeBox}
      <div className={styles.row}>
        <Button appearance="primary" onClick={onForward} disabled={state.status === "opening" || saving}>
          {t("forward.button")}
        </Button>
        {state.status === "opening" && <Spinner size="tiny" label={t("forward.opening")} />}
      </div>
      {saved && !editing && (
        <div className={styles.row}>
          <Text size={200}>{t(ADDRESS_LINE[source], { address: isolatedText(saved) })}</Text>
          <Button size="small" appearance="subtle" onClick={() => askForAddress(false)}>
            {t("forward.change")}
          </Button>
        </div>
      )}
      {editing && (
        <Suspense fallback={<LazyFallback />}>
        <LazyAdminAddressField
          value={draft}
          onChange={(v) => {
            setDraft(v);
            if (invalid) setInvalid(undefined);
          }}
          onSubmit={() => void onSave()}
          onCancel={() => {
            setEditing(false);
            setForwardAfterSave(false);
          }}
          error={invalid}
          hint={forwardAfterSave ? t("forward.hint") : undefined}
          submitLabel={forwardAfterSave ? t("forward.saveAndForward") : t("forward.save")}
          busy={saving}
          inputRef={inputRef}
        />
        </Suspense>
      )}
      {saveError && (
        <StateMessage intent="error" title={t("forward.notSavedTitle")}>
          <Text>{t("forward.notSavedBody", { reason: saveError })}</Text>
        </StateMessage>
      )}
      <div role="status">
        {state.status === "opened" && (
          <StateMessage intent="success" title={t("forward.readyTitle")}>
            <Text>{t("forward.readyBody", { to: state.to })}</Text>
          </StateMessage>
        )}
      </div>
      {state.status === "failed" && (
        <>
          <StateMessage intent="error" title={t("forward.failedTitle")}>
            <Text>{t("forward.failedBody", { reason: state.message })}</Text>
          </StateMessage>
          <CopyDiagnosis text={text} appearance="secondary" />
        </>
      )}
    </section>
  );
}
