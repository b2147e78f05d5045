// What may come straight before a detail: a label that names it, or a word and a hyphen.

/**
 * Where a detail may start: not inside a word or a longer number, but straight after a label that
 * names it (tel07700900123, NHS/2914177763) and, for a phone number, NI number or postcode, after any
 * word and a hyphen or underscore (Tel-07700 900123, Home-LS1 4AP). Not for ten digits alone: an
 * order number (PO-1234567881) or an address's path (/dp/0306406152, an ISBN) passes the NHS
 * number's check one time in eleven.
 */
export const afterLabel = (labels: string) => `(?<=(?:^|[^A-Za-z])(?:${labels})[-_/:=]?)`;
export const afterWordOr = (labels: string) => `(?<=[A-Za-z][-_])|${afterLabel(labels)}`;
