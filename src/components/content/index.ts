// The components contributors may use in MDX. The site passes them to every body, so content
// never imports anything; the content check allows these names and no others.
import Callout from './Callout.astro';
import Quote from './Quote.astro';

export const contentComponents = { Callout, Quote };
