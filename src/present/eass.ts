// The Equality Advisory and Support Service, where the accessibility statement sends someone whose
// complaint the partnership did not settle: its numbers exactly as the service publishes them.
export const EASS = {
  /** Freephone. */
  phone: '0808 800 0082',
  /** Textphone, for people who are deaf or have speech difficulties. */
  textphone: '0808 800 0084',
} as const;
