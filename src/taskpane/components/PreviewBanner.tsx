import { Text } from "@fluentui/react-components";
import { StateMessage } from "./StateMessage";

export function PreviewBanner() {
  return (
    <StateMessage intent="info" title="Preview mode">
      <Text>
        You're using NDR Assistant in a browser, outside Outlook. Open a bounce file, drop one here, paste its text, or try a sample. To use it in
        Outlook, sideload the add-in: Outlook on the web › Get Add-ins › My add-ins › Add a custom add-in › Add from file, and pick manifest.xml.
      </Text>
    </StateMessage>
  );
}
