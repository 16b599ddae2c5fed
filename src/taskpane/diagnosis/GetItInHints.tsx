import { makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/LocaleProvider";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** How to get a bounce in front of the pane when Outlook won't hand it over. */
export function GetItInHints({ canDrag = true }: { canDrag?: boolean }) {
  const { t } = useStrings();
  return (
    <ul className={useStyles().list} aria-label={t("hints.label")}>
      <li>{t("hints.forward")}</li>
      {canDrag && <li>{t("hints.drag")}</li>}
      <li>{t("hints.paste")}</li>
    </ul>
  );
}
