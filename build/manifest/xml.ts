/**
 * Small helpers over the DOM of a conforming XML parser (jsdom's saxes). Namespace-aware by local
 * name: the manifest mixes three default namespaces and the bt: prefix.
 */
import { JSDOM } from "jsdom";

export const XSI = "http://www.w3.org/2001/XMLSchema-instance";
export const NS_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
export const NS_VO_1_0 = "http://schemas.microsoft.com/office/mailappversionoverrides";
export const NS_VO_1_1 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
export const NS_BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

let parser: DOMParser | undefined;

/** Parses XML or throws with the parser's message: a malformed manifest must fail loudly. */
export function parseXml(text: string): Document {
  parser ??= new new JSDOM("").window.DOMParser();
  const doc = parser.parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`XML is not well-formed: ${error.textContent ?? ""}`);
  return doc;
}

export function childElements(el: Element): Element[] {
  return Array.from(el.children);
}

export function child(el: Element, localName: string): Element | undefined {
  return childElements(el).find((c) => c.localName === localName);
}

/** Follows a path of local names from el; throws naming the missing step so failures read well. */
export function path(el: Element, ...names: string[]): Element {
  let current = el;
  for (const name of names) {
    const next = child(current, name);
    if (!next) throw new Error(`<${current.localName}> has no child <${name}>`);
    current = next;
  }
  return current;
}

export function descendants(el: Element, localName: string): Element[] {
  return Array.from(el.getElementsByTagNameNS("*", localName));
}

export function xsiType(el: Element): string | null {
  return el.getAttributeNS(XSI, "type");
}
