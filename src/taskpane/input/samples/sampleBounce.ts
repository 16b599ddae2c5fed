/** A bundled example bounce, written for this project (no real mailbox data). */
/** Names the sample's title and description in the UI tables ("sample.<key>.title"). */
export type SampleTextKey = "exo-new-541" | "dbeb-541" | "exo-classic-541" | "postfix-554" | "mailbox-full-522" | "unknown-5999";

export interface SampleBounce {
  id: string;
  textKey: SampleTextKey;
  /** Shown in the picker (English; the picker shows the table's text for textKey). */
  title: string;
  /** One line on what it shows (English; see textKey). */
  description: string;
  /** The whole message as RFC 5322 text. */
  eml: string;
}
