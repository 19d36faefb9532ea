/**
 * Peer groups in running text. The API's labels are headings ("District councils", "East Midlands",
 * "Cash-strapped"); a sentence needs "district councils", "councils in the East Midlands" and
 * "cash-strapped councils". Pure, so the wording is tested without a browser.
 */
import type { PeerGroupSummaryFragment } from '../graphql/generated/graphql';

/** The parts of a peer group the words depend on. */
export type PeerGroupForWords = Pick<PeerGroupSummaryFragment, 'label' | 'kind'>;

const lowerFirst = (text: string): string =>
  text.replace(/^(['‘]?)(\p{Lu})(?!\p{Lu})/u, (_match, quote: string, letter: string) => `${quote}${letter.toLowerCase()}`);

// Regions named after a compass point take "the": the North East, the East of England; London does not.
const TAKES_THE = /^(North|South|East|West)\b/;

/** A peer group as it reads after "the median of …". */
export function peerGroupInSentence(group: PeerGroupForWords): string {
  const label = group.label.trim();
  switch (group.kind) {
    case 'ALL':
      return lowerFirst(label);
    case 'TYPE':
      // "London boroughs" and "City of London" are names and keep their capitals.
      return /^(London|City)\b/.test(label) ? label : lowerFirst(label);
    case 'REGION':
      return `councils in ${TAKES_THE.test(label) ? 'the ' : ''}${label}`;
    case 'CIRCUMSTANCE':
      // One word describes councils ("cash-strapped councils"); a phrase follows them ("councils needing specific support").
      return /\s/.test(label) ? `councils ${lowerFirst(label)}` : `${lowerFirst(label)} councils`;
  }
}

/** A peer group as a heading or an option: the label, with "councils" added where it is only a description. */
export function peerGroupName(group: PeerGroupForWords): string {
  if (group.kind === 'CIRCUMSTANCE') {
    const words = peerGroupInSentence(group);
    return `${words[0].toUpperCase()}${words.slice(1)}`.replace(/^'(\p{Ll})/u, (_m, letter: string) => `'${letter.toUpperCase()}`);
  }
  if (group.kind === 'REGION') return `Councils in ${TAKES_THE.test(group.label.trim()) ? 'the ' : ''}${group.label.trim()}`;
  return group.label.trim();
}

/**
 * The API's position phrase as a sentence about the council: "slightly above" and District councils
 * give "slightly above the median of district councils".
 */
export function positionInWords(phrase: string, group: PeerGroupForWords): string {
  return `${phrase.trim()} the median of ${peerGroupInSentence(group)}`;
}

/** Capitalises the first letter, for a phrase that starts a table cell. */
export function sentenceCase(text: string): string {
  return text.length === 0 ? text : `${text[0].toUpperCase()}${text.slice(1)}`;
}
