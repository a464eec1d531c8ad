import type { Format } from "ajv";

/** Characters RFC 3986 allows in a URI reference; anything else must be percent-encoded. */
const uriCharacters = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

/**
 * The string formats the SARIF and report schemas use, checked strictly enough to catch an
 * unencoded path or a relative `helpUri`, so the tests need no format plug-in.
 */
export const jsonFormats: Readonly<Record<string, Format>> = {
  uri: (value: string) =>
    uriCharacters.test(value) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && URL.canParse(value),
  "uri-reference": (value: string) =>
    uriCharacters.test(value) && URL.canParse(value, "file:///base/"),
  "date-time": (value: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(value) &&
    !Number.isNaN(Date.parse(value)),
  date: (value: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)),
};
