import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { isolatedText } from "../common/bidiText";
import { StateMessage } from "../common/StateMessage";
import { useStrings } from "../i18n/LocaleProvider";
import type { UnsafeRead } from "./readerState";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/**
 * "This message could not be read safely": the parse worker was stopped on it (too slow, out of
 * memory, crashed). Says which candidate and why, and that the rest of the pane still works.
 */
export function UnsafeReadNotice({ unsafe }: { unsafe: readonly UnsafeRead[] | undefined }) {
  const styles = useStyles();
  const { t } = useStrings();
  if (!unsafe || unsafe.length === 0) return null;
  return (
    <StateMessage intent="warning" title={unsafe.length === 1 ? t("unsafe.title") : t("unsafe.titleMany", { count: unsafe.length })}>
      <ul className={styles.list} aria-label={t("unsafe.label")}>
        {unsafe.map((u, i) => (
          <li key={i}>{t("unsafe.line", { label: isolatedText(u.label), reason: t(`unsafe.${u.reason}`) })}</li>
        ))}
      </ul>
      <Text>{t("unsafe.rest")}</Text>
    </StateMessage>
  );
}
