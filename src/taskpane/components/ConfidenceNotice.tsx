import { Text } from "@fluentui/react-components";
import type { Confidence } from "../../classifier/types";
import { CONFIDENCE_LABEL } from "../lib/evidenceLabels";
import { StateMessage } from "./StateMessage";

/** Low confidence is said out loud; otherwise it's one line of text. */
export function ConfidenceNotice({ confidence }: { confidence: Confidence }) {
  if (confidence === "low") {
    return (
      <StateMessage intent="warning" title="We're not sure about this one">
        <Text>
          The bounce didn't match our guidance clearly, so this explanation may be wrong. Check the server's reply under Technical details, or forward
          it to your admin.
        </Text>
      </StateMessage>
    );
  }
  return <Text size={200}>Confidence: {CONFIDENCE_LABEL[confidence]}</Text>;
}
