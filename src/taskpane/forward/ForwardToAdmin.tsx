import { Button, Caption1, Checkbox, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense } from "react";
import type { MailHost } from "../../outlook/types";
import { isolatedText } from "../common/bidiText";
import { LazyFallback } from "../common/LazyFallback";
import { StateMessage } from "../common/StateMessage";
import { useStrings } from "../i18n/LocaleProvider";
import { LazyAdminAddressField, LazyCopyDiagnosis } from "../shell/lazyViews";
import type { ReportContext } from "./reportModel";
import { type ForwardPanel, useForwardPanel } from "./useForwardPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: "anywhere" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  option: { display: "flex", flexDirection: "column", minWidth: 0 },
  optionHint: { paddingLeft: tokens.spacingHorizontalXXL },
});

/** "set by your admin" only for the organisation's default; a preview link's ?admin= is the link's. */
const ADDRESS_LINE = { organisation: "forward.orgAddress", link: "forward.linkAddress", user: "forward.yourAdmin" } as const;

interface ForwardToAdminProps {
  host: MailHost;
  context: ReportContext;
  /** The forward is the pane's primary action (the user's admin can act); otherwise it is offered quietly. */
  prominent: boolean;
  /** h3 inside a problem, right after its steps; h2 when it closes the view. */
  headingLevel?: 2 | 3;
  /** The address form opened or closed: while open, its Save is the one primary button. */
  onFormOpenChange?(open: boolean): void;
}

function FullTextOption({ panel }: { panel: ForwardPanel }) {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <div className={styles.option}>
      <Checkbox checked={panel.includeFullText} onChange={(_, data) => panel.setIncludeFullText(data.checked === true)} label={t("forward.includeFullText")} />
      <Caption1 className={styles.optionHint}>{t("forward.includeFullTextHint")}</Caption1>
    </div>
  );
}

export function ForwardToAdmin({ host, context, prominent, headingLevel = 2, onFormOpenChange }: ForwardToAdminProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const panel = useForwardPanel(host, context, onFormOpenChange);
  const { address, forward } = panel;
  const a = address.state;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingClass = headingLevel === 2 ? styles.heading : styles.subheading;

  if (!host.canOpenForm) {
    return (
      <section className={styles.root} aria-label={t("forward.sectionLabel")}>
        <Heading className={headingClass}>{t("forward.heading")}</Heading>
        <Text>{t("forward.noForm")}</Text>
        <Suspense fallback={<LazyFallback />}>
          <LazyCopyDiagnosis context={panel.context} appearance={prominent ? "primary" : "secondary"} />
        </Suspense>
        <FullTextOption panel={panel} />
      </section>
    );
  }

  return (
    <section className={styles.root} aria-label={t("forward.sectionLabel")}>
      <Heading className={headingClass}>{t("forward.heading")}</Heading>
      {!prominent && <Text>{t("forward.secondaryIntro")}</Text>}
      <div className={styles.row}>
        <Button appearance={prominent && !a.editing ? "primary" : "secondary"} onClick={panel.onForward} disabled={forward.status === "opening" || a.saving}>
          {t("forward.button")}
        </Button>
        {forward.status === "opening" && <Spinner size="tiny" label={t("forward.opening")} />}
      </div>
      {a.saved && !a.editing && (
        <div className={styles.row}>
          <Text size={200}>{t(ADDRESS_LINE[a.source], { address: isolatedText(a.saved) })}</Text>
          <Button size="small" appearance="subtle" onClick={() => address.ask(false)}>
            {t("forward.change")}
          </Button>
        </div>
      )}
      {a.editing && (
        <Suspense fallback={<LazyFallback />}>
          <LazyAdminAddressField
            value={a.draft}
            onChange={address.type}
            onSubmit={panel.onSave}
            onCancel={address.cancel}
            error={a.invalid}
            hint={a.forwardAfterSave ? t("forward.hint") : undefined}
            submitLabel={a.forwardAfterSave ? t("forward.saveAndForward") : t("forward.save")}
            busy={a.saving}
            inputRef={address.inputRef}
          />
        </Suspense>
      )}
      {a.saveError && (
        <StateMessage intent="error" title={t("forward.notSavedTitle")}>
          <Text>{t("forward.notSavedBody", { reason: a.saveError })}</Text>
        </StateMessage>
      )}
      <FullTextOption panel={panel} />
      <div role="status">
        {forward.status === "opened" && (
          <StateMessage intent="success" title={t("forward.readyTitle")}>
            <Text>{t("forward.readyBody", { to: forward.to })}</Text>
          </StateMessage>
        )}
      </div>
      {forward.status === "failed" && (
        <>
          <StateMessage intent="error" title={t("forward.failedTitle")}>
            <Text>{t("forward.failedBody", { reason: forward.message })}</Text>
          </StateMessage>
          <Suspense fallback={<LazyFallback />}>
            <LazyCopyDiagnosis context={panel.context} appearance="secondary" />
          </Suspense>
        </>
      )}
    </section>
  );
}
