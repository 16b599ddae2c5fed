import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { MailHost } from "../../outlook/types";
import { isolatedText } from "../common/bidiText";
import { StateMessage } from "../common/StateMessage";
import { useStrings } from "../i18n/LocaleProvider";
import type { ReaderState } from "../reader/readerState";
import { canDragIntoPane } from "../shell/clientLimits";
import { DiagnosisView } from "./DiagnosisView";
import { GetItInHints } from "./GetItInHints";
import { CurrentItemBanner } from "./ItemBanner";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

interface StateViewProps {
  host: MailHost;
  state: ReaderState;
  onSelect(index: number): void;
}

export function StateView({ host, state, onSelect }: StateViewProps) {
  const styles = useStyles();
  const { t } = useStrings();
  switch (state.status) {
    case "loading":
      return <Spinner label={t("state.loading")} />;
    case "no-item":
      return (
        <div className={styles.stack}>
          <StateMessage intent="info" title={t("state.noItemTitle")}>
            <Text>{host.info.mode === "preview" ? t("state.noItemPreview") : t("state.noItemOutlook")}</Text>
          </StateMessage>
          {host.info.mode !== "preview" && <GetItInHints canDrag={canDragIntoPane(host.info)} />}
        </div>
      );
    case "no-bounce":
      return (
        <div className={styles.stack}>
          {state.item && <CurrentItemBanner item={state.item} />}
          {/* Nothing was read to the end (the notice above the view says why): "no bounce found" would claim more than the pane knows. */}
          {(state.lookedAt.length === 0 || !state.lookedAt.every((l) => l.kind === "unsafe")) && (
            <>
              <StateMessage intent="info" title={t("state.noBounceTitle")}>
                <Text>
                  {state.item ? t("state.noBounceItem", { subject: isolatedText(state.item.subject) || t("state.noSubject") }) : t("state.noBounceText")}{" "}
                  {t("state.noBounceHint")}
                </Text>
              </StateMessage>
              <GetItInHints canDrag={canDragIntoPane(host.info)} />
              {state.lookedAt.length > 0 && (
                <>
                  <Text weight="semibold">{t("state.lookedAt")}</Text>
                  <ul className={styles.list} aria-label={t("state.lookedAtLabel")}>
                    {state.lookedAt.map((l, i) => (
                      <li key={i}>
                        {t("state.lookedAtLine", { label: isolatedText(l.label), kind: t(`kind.${l.kind}`) })}
                        {l.note ? ` (${isolatedText(l.note)})` : ""}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
          {state.failures.length > 0 && <Text size={200}>{t("state.unreadableParts", { steps: state.failures.map((f) => f.step).join(", ") })}</Text>}
        </div>
      );
    case "error":
      return (
        <div className={styles.stack}>
          {state.item && <CurrentItemBanner item={state.item} />}
          <StateMessage intent="error" title={t("state.errorTitle")}>
            <Text>{state.messageKey ? t(state.messageKey.key, state.messageKey.params) : state.message}</Text>
          </StateMessage>
          {state.failures.length > 0 && (
            <ul className={styles.list} aria-label={t("state.whatFailed")}>
              {state.failures.map((f, i) => (
                <li key={i}>
                  {f.step}
                  {f.code !== undefined ? ` (${String(f.code)})` : ""}: {f.message}
                </li>
              ))}
            </ul>
          )}
          <Text>{t("state.whatToTry")}</Text>
        </div>
      );
    case "success":
      return <DiagnosisView host={host} results={state.results} selected={state.selected} onSelect={onSelect} />;
  }
}
