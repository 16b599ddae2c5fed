/** The help text: the one place that documents options and exit codes for the terminal. */
export const USAGE = "usage: ndr-assistant [--json] FILE...\n       ndr-assistant --summary [--json | --csv] PATH...";

export const HELP = `${USAGE}

Explains bounce messages (non-delivery reports) saved as .eml (raw MIME) or .msg (Outlook) files.

Single files:
  ndr-assistant FILE...            a readable explanation of each file
  ndr-assistant --json FILE...     one JSON array, one object per file, in the order given

Batch triage:
  ndr-assistant --summary PATH...  groups the bounces under each PATH (files, or folders read
                                   recursively for *.eml and *.msg) by reason, status code,
                                   recipient domain and reporting server, with counts, the top
                                   fix for each group and the files in it
    --json                         one JSON object instead of the table
    --csv                          one CSV row per group (RFC 4180)
  Folders: hidden entries (.git, ._x.eml) and node_modules are skipped; symlinked folders are
  followed once. A file named on the command line is read whatever its extension.
  A progress line goes to stderr when the run takes longer than a second.

Options:
  --     ends the options (a file named "--json" can follow)
  -h, --help

Exit codes:
  0  every file was read (files that are not bounces are reported, not errors)
  1  bad usage: no PATH, an unknown option, --csv without --summary, --json with --csv
  2  at least one file could not be read; each is named on stderr and, with --summary, listed
     under "unreadable". The other files are still reported.`;
