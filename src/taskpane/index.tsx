import { createRoot } from "react-dom/client";
import { connectHost } from "../outlook/connect";
import { Bootstrap } from "./Bootstrap";

// Stable reference: Bootstrap's effect depends on it.
const connect = () => connectHost();

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(<Bootstrap connect={connect} />);
} else {
  document.body.textContent = "NDR Assistant couldn't start: the page is missing its #root element.";
}
