// What the email finders and the spelt-out reading share: the mail services where people have
// their own address, and the words that ask for one.

/** The names of the mail services where people in the UK most often have their own address. */
export const SERVICE_NAME =
  'gmail|googlemail|hotmail|outlook|yahoo|icloud|aol|btinternet|btopenworld|virginmedia|ntlworld|blueyonder|talktalk|protonmail|yandex|gmx';
/** The first part of their domains and NHSmail's, as a quick look before a longer one reads them. */
export const SERVICE_FIRST_PART = `${SERVICE_NAME}|nhs|live|me|sky|msn|proton|wp|onet|interia|o2|op`;
/** Their domains, and NHSmail's: an address at one is a person's, however its @ is written. */
export const SERVICE_DOMAIN = `(?:(?:${SERVICE_NAME})\\.(?:com|co\\.uk|net|me|de)|nhs\\.net|live\\.(?:com|co\\.uk)|me\\.com|sky\\.com|msn\\.com|proton\\.me|(?:wp|onet|interia|o2|op)\\.pl)(?![\\p{L}\\p{N}/'’-]|\\.[\\p{L}\\p{N}])`;
/** An @ before a mail service's name, with or without its ending (@gmail, @gmailcom). */
export const AT_SERVICE_NAME = new RegExp(`@ ?(?:${SERVICE_NAME})(?:com|couk|net)?(?!\\.?[\\p{L}\\p{N}@-])`, 'iu');
/** Words that ask for an address, in the languages the site is offered in: email, e-posta, e-bost, maila, البريد. */
export const ASKS_FOR_ADDRESS =
  'e-?mail|contact|write to|message|address|reach me|repl(?:y|ies)|e-?posta|e-?bost|cyfeiriad|maila|mail|adres(?:im)?|البريد(?:\\s+الالكتروني)?|ايميلي?';
/** Words asking for an address, straight before: Email, My email is, Contact me at. */
export const ASKED_BEFORE = new RegExp(
  `(?:${ASKS_FOR_ADDRESS})\\p{L}*(?:['’]s)?(?:\\s+(?:is|me|at|on|via|to|us|as))*\\s*[:=–-]?\\s*$`,
  'iu',
);
