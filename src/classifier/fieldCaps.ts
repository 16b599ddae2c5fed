/**
 * How long a value read from a message may be before the engine cuts it. Everything downstream
 * (guidance matching, the pane, the forward, the CLI's tables) assumes values of a sane size, so
 * the caps apply where the values are read, not where they are shown.
 */

/** RFC 5321: 64 for the local part, 255 for the domain; 320 leaves room for brackets and types. */
export const MAX_ADDRESS_CHARS = 320;
/** RFC 1035: a domain name is at most 255 octets. */
export const MAX_HOST_CHARS = 255;
/** The server's reply; real ones, even multi-line Exchange ones, are well under this. */
export const MAX_REPLY_CHARS = 2000;
/** Display names, dates and other short free text. */
export const MAX_SHORT_TEXT_CHARS = 320;
/**
 * A delivery-status field's raw value, folded lines joined, before its own cap: enough for any
 * reply above once whitespace is folded, and a bound on what one field can make the reader hold.
 */
export const MAX_RAW_FIELD_CHARS = 16 * 1024;
/** A delivery-status part is read up to this many characters (real ones are a few KB per recipient). */
export const MAX_DSN_CHARS = 1024 * 1024;
/**
 * Recipients listed per report. Real bounces name a handful; a report naming thousands is a
 * mailing-list accident or hostile, and each recipient costs a diagnosis. Beyond this the report
 * says how many it named (a warning) and lists the first ones.
 */
export const MAX_RECIPIENTS = 1000;
