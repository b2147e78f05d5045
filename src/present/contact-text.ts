// How a way to reach someone is written on a page: a phone number kept on one line, a web address
// as a reader would say it.

/** A phone number kept on one line: its spaces become non-breaking ones. */
export const unbroken = (phone: string): string => phone.replace(/ /g, '\u00a0');

/** A web address as a reader would say it: without https:// and a closing slash. */
export const shownWeb = (url: string): string => url.replace(/^https:\/\//, '').replace(/\/$/, '');
