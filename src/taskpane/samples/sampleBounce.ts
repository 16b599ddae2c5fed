/** A bundled example bounce, written for this project (no real mailbox data). */
export interface SampleBounce {
  id: string;
  /** Shown in the picker. */
  title: string;
  /** One line on what it shows. */
  description: string;
  /** The whole message as RFC 5322 text. */
  eml: string;
}
