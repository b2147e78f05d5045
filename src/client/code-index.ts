// The reference codes of one year, fetched when a member looks up a code from that year: pages no
// longer carry every code (at 10,000 entries that was most of /search/ and much of the home page).
import { refYear } from '../model/refcode.ts';

const years = new Map<string, Promise<Record<string, string>>>();

/**
 * What each input of the typed code's year said, by code; empty when what was typed is not a code
 * or no input is from that year. `address` is the year file's address with `{year}` in it. Rejects
 * when the file could not be fetched (offline, say), so the caller can say so; a later call tries again.
 */
export function codesFor(typed: string, address: string): Promise<Record<string, string>> {
  const year = refYear(typed);
  if (year === undefined) return Promise.resolve({});
  let codes = years.get(year);
  if (!codes) {
    codes = fetch(address.replace('{year}', year)).then((response) => {
      if (response.status === 404) return {};
      if (!response.ok) throw new Error(`The codes of ${year} could not be fetched (${response.status}).`);
      return response.json() as Promise<Record<string, string>>;
    });
    years.set(year, codes);
    codes.catch(() => years.delete(year));
  }
  return codes;
}
