package okr.cli;

/** The output formats every view offers: text for people, JSON, CSV and Markdown otherwise. */
enum ViewFormat {
  text,
  json,
  csv,
  md
}
