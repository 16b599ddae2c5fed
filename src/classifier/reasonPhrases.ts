/**
 * Phrase lists per Sisimai reason (lower-case substrings of the server's reply). Order matters:
 * the first reason whose phrase matches wins, so narrow reasons come before broad ones
 * (mailbox full before user unknown, relaying before "access denied", …).
 *
 * Phrases are explicit words unless listed in WEAK_PHRASES: explicit words beat a status code's
 * default reason ("over quota" with 5.2.3 is a full mailbox), weak ones ("does not exist",
 * "policy", "blocked") only decide when the code says nothing specific.
 */
import type { Reason } from "./types";

export const REASON_PHRASES: ReadonlyArray<readonly [Reason, readonly string[]]> = [
  // Narrow phrases that would otherwise be caught by a broader reason further down.
  ["syntaxerror", ["malformed address", "incorrectly constructed"]],
  ["notaccept", ["indicated no smtp service", "host/domain does not accept mail", "domain does not accept mail", "couldn't find a mail exchanger", "no mx found for domain", "null mx"]],
  ["blocked", ["no access from mail server", "is an open relay", "as an open relay", "client host blocked", "adresse ip source bloquee", "spamhaus", "smtp server of your isp", "my name was rejected", "not accepting connections", "invalid ip for sending"]],
  ["failedstarttls", ["does not support tls", "does not support starttls", "starttls is required but", "tls negotiation failed"]],
  ["rejected", [
    "may not have permission to post messages to the group", "グループにメッセージを投稿する権限がない", "not member article from", "you are not a member",
    "domain of sender address", "unroutable sender address", "sender address rejected", "address that has been blacklisted",
  ]],
  ["systemerror", ["duplicated message-id", "loop alert"]],
  ["contenterror", ["duplicate header"]],
  ["policyviolation", ["content presents a potential", "illegal attachment"]],
  ["filtered", ["badrcptto"]],
  ["expired", ["queue too long", "could not deliver for the last", "multiple retries", "all hosts have been failing", "did not accept our requests to connect", "remote host is not responding", "not delivered within"]],
  ["networkerror", ["wasn't able to establish an smtp connection", "lost connection", "connection reset", "host name lookup failure", "malformed or unexpected name server reply", "host not found, try again", "no route to host"]],
  ["suspend", ["temporary locked", "temporarily locked", "recipient account is blocked", "account is blocked"]],
  ["hostunknown", ["domain does not exist", "unrouteable address", "unrouteable mail domain", "no such domain", "unknown domain"]],
  ["securityerror", ["unauthenticated senders not allowed"]],
  ["authfailure", ["does not have authentication information", "fails to pass authentication", "unauthenticated email from"]],
  ["toomanyconn", ["connection rate limit", "too many connections", "too many concurrent", "frequency limited"]],
  ["spamdetected", ["rejected due to spam", "spam classification", "detected as spam", "suspected as spam", "blacklisted url", " ube,", "scored as spam", "spam detected"]],
  ["expired", ["message expired", "queue expired", "delivery time expired", "connection timed out", "timed out"]],
  ["mailboxfull", [
    "mailbox full", "mailbox is full", "mailbox is over quota", "over quota", "quota exceeded", "quotaexceeded", "exceeded storage allocation", "exceeded his/her quota",
    "user is over quota", "mailbox exceeds", "insufficient disk space on mailbox", "mailbox has exceeded", "not enough storage space", "mail box full", "mailbox size limit",
    "account is full", "would exceed mailbox quota", "quota exceed", "disk quota", "mailbox quota", "mailfolder is full", "exceeds allowed size", "mailbox exceeded",
  ]],
  ["mesgtoobig", [
    "message too large", "message size exceeds", "message is too big", "message too big", "size limit", "exceeds the maximum size", "message file too big", "size exceeds",
    "too large for this recipient", "message length exceeds", "email is too large", "message exceeds maximum", "mail size limit", "line limit exceeded",
  ]],
  ["exceedlimit", ["exceeds the size limit", "message header size exceeds"]],
  ["suspend", [
    "account has been suspended", "account is disabled", "mailbox disabled", "mailbox is disabled", "is inactive", "account disabled", "has been disabled",
    "mailbox unavailable or access denied", "inactive user", "user suspended", "account that you tried to reach is disabled", "mailbox is inactive", "mailbox is frozen",
    "recipient suspend", "banned recipient", "account is locked", "temporarily disabled",
  ]],
  ["hasmoved", ["has been replaced by", "has moved"]],
  ["norelaying", [
    "relay access denied", "relaying denied", "relay denied", "relay not permitted", "relaying not allowed", "not permitted to relay", "unable to relay", "no relaying",
    "relaying disallowed", "not a gateway", "as a relay", "insecure mail relay", "we don't handle mail for", "not configured to relay", "not allowed to relay",
    "that domain isn't in my list of allowed rcpthost", "relaying mail to", "specified domain is not allowed", "email address is not verified",
    "requires authentication when attempting to send to a non-local", "relay access", "not an open relay",
  ]],
  ["authfailure", [
    "spf check", "spf fail", "spf validation", "sender policy framework", "dmarc", "dkim", "does not meet the required authentication level", "must pass either spf or dkim",
    "authentication failure", "not authorized to send on behalf", "spf record", "sender authentication", "spf)",
  ]],
  ["userunknown", [
    "user unknown", "unknown user", "no such user", "no such mailbox", "no such recipient", "mailbox not found", "recipient not found", "recipientnotfound", "recipnotfound",
    "does not exist", "doesn't exist", "not exist", "invalid recipient", "unknown recipient", "user not found", "mailbox unavailable", "bad destination mailbox", "address unknown",
    "unknown address", "no mailbox", "not our customer", "invalid address", "user doesn't have", "account does not exist", "mailbox does not exist", "recipient unknown",
    "not a valid mailbox", "unknown local part", "no valid recipients", "user invalid", "invalid mailbox", "address not found", "email account that you tried to reach does not exist",
    "wasn't found at", "user unknown in", "no such address", "is not a known user", "unknown or illegal alias", "mailbox is unavailable", "unknown mailbox", "user is unknown",
    "recipient does not exist", "no such local user", "not listed in domino directory", "bad address", "account not found", "nonexistent user", "non-existent user",
    "nonexistent mailbox", "invalid final delivery userid", "not listed in public name & address book", "ディレクトリのリストにありません", "ディレクトリには見つかりません",
  ]],
  ["virusdetected", ["virus", "malware", "infected", "dangerous attachment", "executable attachment"]],
  ["filtered", ["due to a policy restriction", "because of a content filter", "refused by content filter", "header error", "has been blocked by content", "delivery not authorized", "recipient preferences"]],
  ["requireptr", [
    "unverifyable sending ip", "unverifiable sending ip", "no ptr", "reverse dns", "reverse lookup", "ptr record", "cannot find your hostname", "cannot resolve your address", "no reverse", "name lookup failed",
    "unresolvable relay host name", "must have a reverse dns", "does not have a reverse", "rdns", "mismatches client ip",
  ]],
  ["notcompliantrfc", ["rfc 5322", "rfc5322", "rfc 2822", "rfc2822", "not rfc compliant", "headers are not rfc", "multiple from", "multiple addresses in from", "section 3.6"]],
  ["badreputation", ["poor reputation", "bad reputation", "low reputation", "ip reputation", "sender reputation", "reputation", "user complaints", "unexpected volume"]],
  ["contenterror", ["message content", "invalid character", "bare lf", "bare linefeed", "content error", "malformed", "message contains invalid header", "illegal header"]],
  ["spamdetected", [" ube", "spam", "junk mail", "unsolicited", "bulk mail", "classified as junk", "looks like spam", "considered as spam", "suspected spam", "content looks suspicious"]],
  ["rejected", [
    "sender denied", "sender rejected", "sender not in allowed", "not authenticated for", "not authorized by", "sender was not authenticated", "sender is not allowed",
    "address is blacklisted", "bad outbound sender", "banned sender", "sender blocked", "sender not allowed", "only accepts messages from", "sender verify failed",
    "sender address does not", "purported responsible address", "unknown sender", "sender domain", "from address", "sender not authorized", "not permitted to send", "return path",
  ]],
  ["notaccept", ["no mx record found", "does not accept mail", "not accept any mail", "does not accept email", "domain does not accept", "doesn't accept", "does not accept"]],
  ["systemfull", ["disk full", "insufficient system storage", "insufficient disk space", "out of disk", "no space left", "system is full"]],
  ["hostunknown", [
    "host unknown", "unknown host", "host not found", "domain not found", "nonexistentdomain", "non-existent domain", "nonexistent domain", "name service error",
    "host or domain name not found", "no mx", "domain is not", "dns error", "domain name not found",
  ]],
  ["speeding", [
    "rate limit", "too many messages", "sending limit", "receive limit", "per hour", "daily limit", "this hour", "receiving mail at a rate", "too fast", "submission quota",
    "exceeded permitted limits", "rate-limited", "ratelimit", "throttl",
  ]],
  ["toomanyconn", ["connection limit", "too many recipients", "too many sessions", "recipient limit"]],
  ["policyviolation", ["policy violation", "violates policy", "policy reasons", "not allowed by policy", "transport rule", "message refused", "prohibited", "policy"]],
  ["blocked", [
    "blocked", "blacklist", "blocklist", "block list", "black list", "denylist", "listed at", "listed in", "rbl", "dnsbl", "banned", "ip address", "client host",
    "not allowed to connect", "connection refused", "denied by", "your ip", "hostname", "helo", "ehlo", "sorbs", "spamcop", "barracuda",
  ]],
  ["securityerror", ["authentication required", "authentication failed", "must authenticate", "client was not authenticated", "starttls", "tls required", "encryption required", "authrequired", "not authorized", "security", "certificate"]],
  ["networkerror", ["network error", "routing loop", "mail loop", "hop count exceeded", "too many hops", "loop detected", "dns lookup", "dns query failed", "name server", "no answer from host"]],
  ["expired", [
    "retry time", "retry timeout", "could not be delivered within", "gave up", "has been delayed", "not delivered for", "unable to deliver for", "message timeout",
    "delivery expired", "host not reachable", "could not find a gateway", "giving up", "expired",
  ]],
  ["systemerror", ["system error", "internal error", "server error", "transaction failed", "local error", "temporarily unavailable", "service unavailable", "currently unavailable", "configuration error", "write error", "loop"]],
  ["mailererror", ["mailer error", "command died", "exit status", "program failed", "pipe to |"]],
  ["syntaxerror", ["syntax error", "command unrecognized", "unrecognized command", "bad sequence of commands", "improper sequence", "command not implemented", "parameter not implemented"]],
  // Postfix's heading for any refusal of a recipient: the words after it say why, so it comes last.
  ["userunknown", ["recipient address rejected"]],
];

/**
 * Phrases too general to outrank a status code that names its own reason, or a refused SMTP
 * command: they decide only when nothing more specific does.
 */
export const WEAK_PHRASES: ReadonlySet<string> = new Set([
  "does not exist", "doesn't exist", "not exist", "invalid address", "bad address", "recipient address rejected", "size limit", "size exceeds", "policy", "prohibited",
  "blocked", "banned", "ip address", "client host", "hostname", "helo", "ehlo", "security", "certificate", "not authorized", "loop", "expired", "timed out", "malformed",
  "message content", "spam", " ube", "reputation", "listed in", "listed at", "rbl", "domain is not", "no mx", "dns error", "name server", "name service error",
  "from address", "sender domain", "return path", "message refused", "denied by", "system error", "service unavailable", "server error", "local error", "transaction failed",
  "temporarily unavailable", "currently unavailable", "mailbox unavailable", "gave up", "has been delayed", "starttls", "not accept any mail", "does not accept", "doesn't accept",
  "unknown address", "giving up", "queue too long",
]);

/** RFC 3463 code → reason when no phrase decides (Sisimai-like defaults, our own table). */
export const STATUS_REASONS: Readonly<Record<string, Reason>> = {
  "5.1.0": "userunknown", "5.1.1": "userunknown", "5.1.2": "hostunknown", "5.1.3": "userunknown",
  "5.1.4": "userunknown", "5.1.5": "userunknown", "5.1.6": "hasmoved", "5.1.7": "rejected",
  "5.1.8": "rejected", "5.1.9": "systemerror", "5.1.10": "userunknown", "4.1.1": "userunknown",
  "4.1.8": "rejected", "5.2.0": "filtered", "5.2.1": "suspend", "5.2.2": "mailboxfull",
  "4.2.2": "mailboxfull", "5.2.3": "exceedlimit", "5.2.4": "systemerror", "5.3.0": "systemerror",
  "5.3.1": "systemfull", "5.3.2": "notaccept", "5.3.3": "systemerror", "5.3.4": "mesgtoobig",
  "5.3.5": "systemerror", "4.3.1": "systemfull", "4.3.2": "systemerror", "5.4.0": "networkerror",
  "5.4.3": "systemerror", "5.4.4": "hostunknown", "5.4.6": "networkerror", "5.4.14": "networkerror",
  "5.4.300": "expired", "5.4.312": "networkerror", "4.4.312": "networkerror", "5.4.316": "networkerror",
  "4.4.1": "expired", "4.4.2": "networkerror", "4.4.3": "systemerror", "4.4.4": "notaccept",
  "4.4.5": "systemfull", "4.4.6": "networkerror", "4.4.7": "expired", "5.4.7": "expired",
  "5.5.1": "syntaxerror", "5.5.2": "syntaxerror", "5.5.3": "toomanyconn",
  "5.5.4": "syntaxerror", "5.5.5": "syntaxerror", "5.6.0": "contenterror", "5.6.1": "contenterror",
  "5.6.11": "contenterror", "5.7.0": "securityerror", "5.7.1": "securityerror", "5.7.2": "securityerror",
  "5.7.3": "securityerror", "5.7.4": "securityerror", "5.7.7": "securityerror", "5.7.8": "securityerror",
  "5.7.9": "securityerror", "5.7.12": "rejected", "5.7.13": "suspend", "5.7.17": "suspend",
  "5.7.18": "suspend", "5.7.20": "authfailure", "5.7.21": "authfailure", "5.7.22": "authfailure",
  "5.7.23": "authfailure", "5.7.24": "authfailure", "5.7.25": "requireptr", "5.7.26": "authfailure",
  "5.7.27": "notaccept", "5.7.57": "securityerror", "5.7.64": "norelaying", "5.7.124": "rejected",
  "5.7.133": "rejected", "5.7.134": "rejected", "5.7.135": "rejected", "5.7.136": "rejected",
  "5.7.509": "authfailure", "5.7.515": "authfailure", "5.7.606": "blocked", "5.7.750": "rejected",
  "4.7.1": "blocked", "4.7.0": "blocked", "4.7.26": "authfailure",
};
