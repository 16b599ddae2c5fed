import { Text } from "@fluentui/react-components";
import type { Confidence } from "../../classifier/types";
import { StateMessage } from "../common/StateMessage";
import { useStrings } from "../i18n/LocaleProvider";

/** Low confidence is said out loud; the level itself is the badge beside the headline (ProblemSection). */
export function ConfidenceNotice({ confidence }: { confidence: Confidence }) {
  const { t } = useStrings();
  if (confidence === "low") {
    return (
      <StateMessage intent="warning" title={t("confidence.lowTitle")}>
        <Text>{t("confidence.lowBody")}</Text>
      </StateMessage>
    );
  }
  return null;
}
