import { Text } from "@fluentui/react-components";
import { StateMessage } from "../common/StateMessage";
import { useStrings } from "../i18n/LocaleProvider";

export function PreviewBanner() {
  const { t } = useStrings();
  return (
    <StateMessage intent="info" title={t("preview.title")}>
      <Text>{t("preview.body")}</Text>
    </StateMessage>
  );
}
