// Content is about people with lived experience of mental health services: nothing in it may
// identify anyone. This finds the personal details a pattern can find. (Names cannot be found by
// a pattern; the pull request checklist asks the contributor to check them.)

export type Kind = 'email' | 'phone' | 'nhs-number' | 'ni-number' | 'postcode' | 'date-of-birth';

export const KIND_WORDS: Record<Kind, string> = {
  email: 'an email address',
  phone: 'a UK phone number',
  'nhs-number': 'an NHS number',
  'ni-number': 'a National Insurance number',
  postcode: 'a full postcode',
  'date-of-birth': 'a date of birth',
};

export interface Finding {
  kind: Kind;
  /** What was found, exactly as written. */
  text: string;
}

export interface AllowList {
  /** Addresses that may appear, or whole domains written as "@example.org". */
  emails: string[];
  /** Published service numbers, like helplines. */
  phones: string[];
  /** Postcodes of public places: the partnership's own address, a venue. */
  postcodes?: string[];
}

/** Line ending that marks a line as reviewed and public, in any of the comment forms. */
export const REVIEWED = 'personal-data: reviewed';

// An address as the mail standards (RFC 5321) bound it: at most 64 characters before the @ and 63 in
// each part of the domain. The bounds keep the pattern's work in step with a line's length: with
// `+` instead, an 80 KB line like `a.a.a…@` took seconds, as every start was tried to the end.
const QUOTE = '["\u201c\u201d\u201e\u201f]';
// Before the @: letters of every script, digits, the marks the standard allows there that Markdown
// does not use for itself (not * _ \` ' { } | ~, which would take in the emphasis or code around
// an address), or text in quotes.
const LOCAL = `(?:${QUOTE}[^"\u201c\u201d\u201e\u201f\\n]{1,62}${QUOTE}|[\\p{L}\\p{N}._%+!#$&=?^-]{1,64})`;
const LABEL = '[\\p{L}\\p{N}-]{1,63}';
const DOMAIN = `(?:${LABEL}(?:\\.${LABEL}){0,16}\\.\\p{L}{2,63}(?![\\p{L}\\p{N}])|\\[(?:\\d{1,3}\\.){3}\\d{1,3}\\]|\\[IPv6:[\\da-f:.]{2,45}\\])`;
// Not a slash before the @ (a page's address: youtube.com/@wrenfold.voices), and not an @ before the
// first part (a Mastodon handle: @wrenfold@mastodon.social) unless a slash is before that
// (youtube.com/@jo@gmail.com shows an address); a space either side of the @ is still one.
const EMAIL = new RegExp(`(?<!(?<!\\/)@[\\p{L}\\p{N}._%+!#$&=?^-]{0,64})${LOCAL} ?@ ?${DOMAIN}`, 'giu');
/** The names of the mail services where people in the UK most often have their own address. */
const SERVICE_NAME =
  'gmail|googlemail|hotmail|outlook|yahoo|icloud|aol|btinternet|btopenworld|virginmedia|ntlworld|blueyonder|talktalk|protonmail|yandex|gmx';
/** The first part of their domains and NHSmail's, as a quick look before a longer one reads them. */
const SERVICE_FIRST_PART = `${SERVICE_NAME}|nhs|live|me|sky|msn|proton|wp|onet|interia|o2|op`;
/** Their domains, and NHSmail's: an address at one is a person's, however its @ is written. */
const SERVICE_DOMAIN = `(?:(?:${SERVICE_NAME})\\.(?:com|co\\.uk|net|me|de)|nhs\\.net|live\\.(?:com|co\\.uk)|me\\.com|sky\\.com|msn\\.com|proton\\.me|(?:wp|onet|interia|o2|op)\\.pl)(?![\\p{L}\\p{N}/'’-]|\\.[\\p{L}\\p{N}])`;
/**
 * An address at a well-known mail service written without its ending, or with the ending run on
 * without its dot, as a hurried note will (jo.bloggs@gmail, jo@hotmail., jo@gmailcom): a person reads
 * it as the address it is. Only the services' own names, none of them a word that an @ is put before
 * in ordinary writing.
 */
const AT_MAIL_SERVICE = new RegExp(
  `(?<!(?<!\\/)@[\\p{L}\\p{N}._%+!#$&=?^-]{0,64})${LOCAL}(?:@ ?| @ )(?:${SERVICE_NAME})(?:com|couk|net)?(?!\\.?[\\p{L}\\p{N}@-])`,
  'giu',
);
const AT_SERVICE_NAME = new RegExp(`@ ?(?:${SERVICE_NAME})(?:com|couk|net)?(?!\\.?[\\p{L}\\p{N}@-])`, 'iu');
const TWO_ATS = /@[^@\s]{1,64}@/;
/** A handle whose server is a mail service (@jo.bloggs@gmail.com): no Mastodon server is, so it is an address. */
const HANDLE_AT_SERVICE = new RegExp(`(?<=@)[\\p{L}\\p{N}._%+-]{1,64}@${SERVICE_DOMAIN}`, 'giu');
/** A shared calendar's ID, written like an address (c_8f3a…@group.calendar.google.com), as an embedded calendar's link has it. */
const CALENDAR_ID = /@(?:[\w-]+\.)*calendar\.google\.com$/i;
/** An address spaced at its @ (jo @ gmail.com) whose domain is a mail service's: a person's, not words around an @. */
const AT_SERVICE_DOMAIN = new RegExp(`@ ?${SERVICE_DOMAIN}`, 'iu');
/** A comma typed for the dot before an address's ending (jo.bloggs@gmail,com): read as the dot. */
const COMMA_FOR_DOT =
  /(@[\p{L}\p{N}-]{1,63}),(?=(?:com|net|org|pl|co\.uk|org\.uk|ac\.uk|gov\.uk|nhs\.uk|nhs\.net|com\.tr)(?![\p{L}\p{N}]))/giu;
/**
 * Where a detail may start: not inside a word or a longer number, but straight after a label that
 * names it (tel07700900123, NHS/2914177763) and, for a phone number, NI number or postcode, after any
 * word and a hyphen or underscore (Tel-07700 900123, Home-LS1 4AP). Not for ten digits alone: an
 * order number (PO-1234567881) or an address's path (/dp/0306406152, an ISBN) passes the NHS
 * number's check one time in eleven.
 */
const afterLabel = (labels: string) => `(?<=(?:^|[^A-Za-z])(?:${labels})[-_/:=]?)`;
const afterWordOr = (labels: string) => `(?<=[A-Za-z][-_])|${afterLabel(labels)}`;
/** The UK's code as people write it: +44, 0044, + 44, (+44), [+44], +(44). */
const INTERNATIONAL = '(?:\\+ ?44|00 ?44|[(\\[]\\+ ?44[)\\]]|\\+\\(44\\)|[(\\[] ?44 ?[)\\]](?=[\\s.-]?[\\d(]))';
const PHONE = new RegExp(
  `(?:(?<![\\w\\-+£$])|${afterWordOr('tel|telephone|phone|mob|mobile|cell|m|t|whatsapp|sms')})(?<!\\d\\.)(?:${INTERNATIONAL}(?: ?[-./]{1,2} ?|\\s)?(?:\\(0\\)[\\s.-]?)?\\(?|\\(?0[\\s.-]?)\\d[\\d\\s.\\-()/]{7,20}\\d(?![\\d-])`,
  'gi',
);
/** A mobile number after the UK's code without its plus, as WhatsApp shows one: 447700900123, 44 7700 900123. */
const MOBILE_WITHOUT_PLUS = /(?<![\w+£$.,/-])44[\s.-]?(?:\(0\)[\s.-]?)?(7\d{3}[\s.-]?\d{3}[\s.-]?\d{3})(?![\w-])/g;
const PHONE_IN_LINK =
  /(?:wa\.me\/|t(?:elegram)?\.me\/|signal\.me\/#p\/|[?&](?:phone|tel|number|mobile)=)\+?(44\d{9,10}|0\d{10})(?!\d)/gi;
/** Ten digits straight after words that name an NHS number, even when one was mistyped and the check fails. */
const NHS_NAMED = new RegExp(
  `(?<=(?:^|[^A-Za-z])nhs(?:\\s*(?:number|no\\.?))?\\s*[:#=-]?\\s*)\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?![\\w-])`,
  'gi',
);
const NHS = new RegExp(
  `(?:(?<![\\w\\-/£$=])|${afterLabel('nhs|nhsno')})(?<!\\d\\.)[1-9](?:[ ./_-]?\\d){9}(?![\\w-]|\\/\\w)`,
  'gi',
);
/**
 * Ten digits that are something else: a date and the hour after it (2025-01-02 14:00, 17/01/2025
 * 14:00), a sum grouped in thousands (1 500 000 000, 1.500.000.000), or days ending in a month and
 * year (17 – 19.03.2025).
 */
const NOT_AN_NHS_NUMBER =
  /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})[ T]\d{1,2}$|^\d{1,3}([ .])\d{3}\1\d{3}\1\d{3}$|[./-]\d{1,2}[./-](?:19|20)\d{2}$/;
/** The two letters an NI number opens with: never D, F, I, Q, U or V, O only first, and not BG, GB, KN, NK, NT, TN or ZZ. */
const NI_PREFIX = '(?!(?:BG|GB|KN|NK|NT|TN|ZZ))[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]';
const NI_LABELS = 'ni(?: number| no\\.?)?|nin|nino|national insurance(?: number| no\\.?)?';
const NI = new RegExp(
  `(?:(?<![\\w-])|${afterWordOr(NI_LABELS)})${NI_PREFIX}(?:[ ./_-]?\\d){6}[ ./_-]?[A-D](?![\\w-])`,
  'gi',
);
/**
 * An NI number without its last letter, as forms often leave it off (AB 12 34 56): only after
 * words that name it, since "10 AM 12 15 18 June" and the grid reference SE 12 34 56 have its shape.
 */
const NI_WITHOUT_LETTER = new RegExp(
  `(?<=(?:^|[^A-Za-z])(?:${NI_LABELS})[\\s:.#-]{0,3})${NI_PREFIX}(?: ?\\d\\d){3}(?![\\w-])`,
  'gi',
);
// Written with a plus between its halves in a map's address (LS1+4AP), or a spaced hyphen, or
// straight after its label or the word address in a language the site is offered in
// (PostcodeLS62AB, AddressLS62AB, CyfeiriadLS62AB).
// A zero typed for the O of SO, CO, PO, OX or OL (S017 1BJ, P01 3AB, 0X1 2JD), and a letter O for
// the zero an inward code may open with (W1A OAX), are read as what they stand for: no area is S0,
// C0, P0, 0X or 0L, and no inward code opens with a letter.
const POSTCODE = new RegExp(
  `(?:(?<![\\w-])|(?<=[A-Za-z]-)|${afterLabel('postcode|post code|pcode|p/code|cod post|posta kodu|kod pocztowy|address|addr|cyfeiriad|adres|adresi')})(?:GIR ?0AA|(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?|[SCP]0\\d{1,2}|0[XL]\\d{1,2})(?: {1,2}|-| - |\\+)?[\\dO][ABD-HJLNP-UW-Z]{2})(?![\\w-])`,
  'gi',
);
/**
 * Month names, as the scan reads them (marks dropped: Şubat is subat, września is wrzesnia), in
 * English, in Welsh, and in the other languages the site is offered in: Turkish, Polish (as a date
 * writes them, marca, and as a calendar does, marzec) and Arabic (its two sets of names).
 */
const MONTHS = [
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
  // With the soft mutation a month takes after "o" (12fed o Fawrth): Fawrth, Fai, Fehefin, Orffennaf, Fedi, Dachwedd, Ragfyr.
  'ionawr|chwefror|[mf]awrth|ebrill|[mf]ai|[mf]ehefin|g?orffennaf|awst|[mf]edi|hydref|[td]achwedd|r?h?agfyr',
  'ocak|subat|mart|nisan|may[iı]s|haziran|temmuz|agustos|eylul|ekim|kas[iı]m|aral[iı]k',
  'stycz(?:nia|en)|lut(?:ego|y)|mar(?:ca|zec)|kwie(?:tnia|cien)|maj(?:a)?|czerw(?:ca|iec)|lip(?:ca|iec)|sierp(?:nia|ien)|wrze(?:snia|sien)|pazdziernik(?:a)?|listopad(?:a)?|grud(?:nia|zien)',
  'يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر',
  'كانون\\s+الثاني|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين\\s+الاول|تشرين\\s+الثاني|كانون\\s+الاول',
].join('|');
/** A month in Roman numerals, as Polish dates may write it: 12 III 1985, 12.III.1985. */
const ROMAN_MONTH = 'xi{0,2}|i(?:[vx]|i{0,2})|vi{0,3}';
// A date as people write one: 12/03/1985, 12 / 03 / 1985, 12 03 1985, 1985-03-12, 12th March 1985, 12fed o Fawrth 1985,
// March 12th 1985, Mar 12 '85, 12 March of 1985, 12 Mart 1985, 12 marca 1985 r., 12.III.1985,
// 12/03/'85, and run together as a clinical system writes one: 12Mar85, 12MAR1985.
/** A day of the month in words, as a letter or a speech may give a birthday: the twelfth of March 1985. */
const DAY_IN_WORDS =
  '(?:(?:(?:twenty|thirty)[\\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
const DATE = `(?:\\d{1,2} ?[/.\\-_\\\\] ?\\d{1,2} ?[/.\\-_\\\\] ?'?\\d{2,4}|\\d{1,2}(?:${MONTHS})'?\\d{2,4}(?![\\p{L}\\p{N}])|\\d{1,2} \\d{1,2} \\d{4}|\\d{4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}|\\d{1,2}(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?[\\s-]+(?:(?:of|o)\\s+)?(?:${MONTHS})\\.?,?[\\s-]+(?:of\\s+)?'?\\d{2,4}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+'?\\d{2,4}|\\d{1,2}[\\s./-]+(?:${ROMAN_MONTH})[\\s./-]+\\d{4}|\\d{1,2}[/.-](?:${MONTHS})[/.-]\\d{2,4}|(?:the\\s+)?${DAY_IN_WORDS}\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{4})`;
/** After a word that says "date of birth" outright, a date written any looser way: DOB 12 3 85, DOB 12031985. */
const LOOSE_DATE = '\\d{1,2} \\d{1,2} \\d{2}|\\d{8}(?!\\d)';
/** Where a date starts: its digits, or a day in words (the twelfth of March 1985). */
const DATE_START = `\\d|(?:the\\s+)?${DAY_IN_WORDS}(?!\\p{L})`;
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s+';
/** Things a Turkish sentence says were born (doğdu), with any ending: ortaklığımız, hizmetimiz, NHS. */
const THING_TR =
  '(?:ortakl[iı][kg]|forum|hizmet|fikir|fikr|kafe|dernek|derneg|grup|grub|proje|platform|ag[iı]|kampanya|girisim|program|merkez|hatt?|kul[uü][pb]|koro|dergi|festival|ekip|ekib|podcast|nhs)';
/** Things a Polish sentence says were born (urodziła się), after our: nasza grupa, nasz projekt. */
const THING_PL =
  '(?:grup|projekt|pomys[lł]|kawiarni|sie[cć]|inicjatyw|us[lł]ug|fundacj|stowarzyszeni|partnerstw|zesp[oó][lł]|program|kampani)';
/** Things a Welsh sentence gives a date of birth (dyddiad geni) to: GIG (the NHS), a service, a project. */
const THING_CY =
  '(?:gig|gwasanaeth|prosiect|caffi|fforwm|grŵp|grwp|partneriaeth|elusen|rhwydwaith|mudiad|syniad|cynllun)';
/** A relative or friend, as someone writes of theirs: my son, my eldest daughter, my dad, our twins. */
const RELATIVE =
  '(?:(?:eldest|oldest|youngest|older|younger|little|big|first|second|baby|twin|best|foster|adopted)\\s+)?(?:son|daughter|baby|child|kid|boy|girl|twins|wife|husband|mum|mam|mom|mother|dad|father|sister|brother|friend|grandson|granddaughter|grandchild|grandmother|grandfather|grandma|grandad|granddad|nan|nana|gran|granny|stepson|stepdaughter|niece|nephew|aunt|uncle|cousin|girlfriend|boyfriend|fianc[eé]e?)';
/**
 * Who a birth or an age is said of: I, she, my son; not we, as a forum says of itself, nor "our
 * partner", which in a partnership is an organisation.
 */
const WHO = `(?:i|he|she|they|you|(?:my|his|her|their|our|your)\\s+${RELATIVE}|(?:my|his|her|their|your)\\s+partner)`;
const PERSON = `(?:^|[^\\p{L}\\p{N}])${WHO}`;
/** An age in words, as someone reached it: eighteen, twenty-one, a hundred. */
const AGE_IN_WORDS =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one)\\s+hundred)';
/** An age someone reached, in digits or words: 18, eighteen, 18 years old. */
const AGE = `(?:\\d{1,3}|${AGE_IN_WORDS})(?![\\p{L}\\p{N}])(?:\\s+years?\\s+old)?`;
/**
 * Where an age reached ends when no day follows it: the sentence's end, or words that go on about
 * the person (my son turned 18 and lost his CAMHS worker); not a count of things (they turned 18
 * recommendations into actions) or of time sober (I turned one year sober).
 */
const AGE_END = `(?=\\s*(?:[.,;:!?)\\]–—-]|$)|\\s+(?:and|but|so|today|that|this|last|in|at|on)(?![\\p{L}\\p{N}]))`;
/**
 * Words that say a date is someone's birth, in English, in Welsh (ganwyd hi: she was born; a
 * anwyd: who was born) and in the other languages the site is offered in, written as the scan
 * reads them (marks dropped: doğum is dogum).
 */
const BORN = [
  'born',
  'd[./]?\\s?o[./]?\\s?b\\.?s?',
  'date[\\s_-]*of[\\s_-]*birth',
  'birth[\\s_-]?date',
  'birthday',
  'birth\\s+day',
  "b['’-]?day",
  // A child's birth, said by the one who gave it (I gave birth to my daughter on …, I had my son
  // on …), and an age someone reached on a day, which gives the day of birth (my son turned 18 on
  // 12 March 2025). Only of a person: "anyone who gave birth on 12 March 2025 or later", "people
  // who turned 65 on 1 April 2025" and "Listening events gave birth to this commitment" are rules
  // and things.
  `(?<=${PERSON}\\s+)(?:gave\\s+birth(?:\\s+to(?:\\s+[\\p{L}\\p{N}'’-]+){1,3}?(?=\\s+(?:on\\s|${DATE_START})))?|had\\s+(?:my|our|her|their|his)\\s+(?:son|daughter|baby|child|twins|boy|girl)|(?:turned|turn|turns|will\\s+turn)\\s+${AGE})`,
  'came\\s+into\\s+the\\s+world',
  'birth(?=\\s*:)',
  // b. for born, as a biography's note has it (Jo Bloggs (b. 12 March 1985)), and d. for doğum in
  // Turkish: only in brackets and in small letters, as b. after a comma letters a list (a. 3 June,
  // b. 10 June) and B. is an initial (Patel, B. 12/03/2026).
  '(?<=[([]\\s?)[bd]\\.',
  // With a name between, before yw (is) or a colon: Dyddiad geni Jo yw …, Dyddiad geni Jo: …
  // Not said of a thing: Dyddiad geni GIG yw 5 Gorffennaf 1948 is the NHS's. After ei (his) or fy
  // (my) the word changes its first letter: Ei ddyddiad geni yw …, Fy nyddiad geni yw ….
  `(?:dd?|n)yddiad\\s+(?:ei\\s+)?geni(?:(?:\\s+(?!${THING_CY}(?!\\p{L}))\\p{L}+){0,3}\\s+(?:yw(?:['’]r)?|ydy|oedd)|\\s+\\p{L}+(?=\\s*:))?`,
  // Not said of a thing: Cafodd y prosiect ei eni ar … (the project was born on …).
  `cafodd\\s+(?:(?!${THING_CY}(?!\\p{L}))\\p{L}+\\s+){0,2}ei\\s+(?:g|ng)?eni`,
  // I was born: Cefais fy ngeni, ces i fy ngeni, ges i 'ngeni; I gave birth: rhoddais enedigaeth.
  "(?:cefais|c[ae]s\\s+i|ges\\s+i)\\s+(?:fy\\s+|['’])?ngeni",
  'rhoddais\\s+enedigaeth(?:\\s+i(?:\\s+\\p{L}+){1,2}?(?=\\s+ar\\s))?',
  // With a name between (Ganwyd Jo ar …, Ganwyd Jo Bloggs yng Nghaerdydd ar …), but not the
  // article (Ganwyd y syniad …: the idea was born) nor a thing (Ganwyd ein prosiect yn Abertawe …).
  `(?:g|a\\s+)an(?:wyd|ed)(?!\\s+(?:ar\\s+ol|cyn|wedi|erbyn|rhwng|ers)(?!\\p{L}))(?:\\s+(?:hi|ef|fe|fo|o|(?!yr?\\b)(?!${THING_CY}(?!\\p{L}))\\p{L}+(?:\\s+(?!${THING_CY}(?!\\p{L}))\\p{L}+){0,2}(?=\\s+(?:ar\\s|\\d|y[mn]g?\\s))))?`,
  // With the first letter a word before changes: fy mhen-blwydd (my birthday), ei phen-blwydd (her birthday).
  '(?:m?h|p)en[\\s-]?blwydd',
  'dogum(?:\\s+(?:tarih\\p{L}*(?:\\s+ve\\s+yeri)?|gunu\\p{L}*))?',
  'd\\.\\s?tarihi',
  // The short forms a Turkish form writes: Doğ. Tar., Doğum Tar., Doğ Tar: (not D.T., which
  // minutes write for someone's initials before an action's date).
  `dog(?:um|\\.)?\\s?tar(?:\\.|ihi)?(?=\\s*[:.]?\\s*(?:${DATE_START}))`,
  'dogdugu\\s+tarih',
  'dogdu',
  'data\\s+(?:i\\s+miejsce\\s+)?urodzenia',
  'data\\s+ur\\.?',
  'urodzon[ya](?:\\s*/\\s*a)?',
  '(?:data\\s+)?urodz\\.',
  // I gave birth to …: urodziłam córkę 12 marca 2024.
  'urodzi[lł]am\\s+(?!si[eę])\\p{L}+',
  // With how, as a mother tells it: urodziła się przedwcześnie (early), wcześniej.
  'urodzi[lł](?:a|am|em|as|es)?\\s+si[eę](?:\\s+(?:przedwcze[sś]nie|wcze[sś]niej|wcze[sś]nie|p[oó][zź]no|p[oó][zź]niej))?',
  'moje\\s+urodziny(?:\\s+to)?',
  'ur\\.(?:\\s*dn\\.)?',
  'przysz[lł](?:a|am|em|y)?\\s+na\\s+swiat',
  'تاريخ\\s+(?:ال)?(?:ميلاد|ولاد[ةت])\\p{L}*',
  'يوم\\s+ميلاد\\p{L}*',
  'مواليد(?:\\s+\\p{L}+)?',
  '(?:ال)?مولود(?:ة)?(?:\\s+(?:في|بتاريخ))?',
  // ولد في, ولدت يوم, ولد بتاريخ: was born on (harakat dropped, as the scan reads it); only with the
  // word for "on" after it, as a project's beginning is said with other words between.
  'و?لد(?:ت|نا)?\\s+(?:(?!ال)\\p{L}+\\s+(?=في))?(?:في\\s+(?:\\p{L}+\\s+){1,2}(?:يوم|بتاريخ|في)|في|يوم|بتاريخ)',
  // Not عيد الميلاد, Christmas (the feast of the birth).
  '(?<!عيد\\s+)(?:ال)?ميلاد(?=\\s*:)',
  // I gave birth (to my daughter) on: انجبت ابنتي في, وضعت مولودي في.
  '(?:انجبت|وضعت)(?:\\s+\\p{L}+)?\\s+(?:في|يوم|بتاريخ)',
  'عيد\\s+ميلاد\\p{L}*',
  'تاريخ\\s+و\\s*(?:محل|مكان)\\s+(?:ال)?ميلاد',
  'تولد',
].join('|');
/** A Turkish place, where something happened: Ankara'da, İzmir'de. */
const PLACE_TR = `\\p{L}+['’](?:de|da|te|ta)\\s+`;
/** A word saying how a birth happened, before doğdu: erken (early), sezaryenle (by caesarean); not a thing that was born. */
const HOW_TR = `(?!${THING_TR})\\p{L}+\\s+`;
/**
 * Words after a date that say it is someone's birth, said of anyone or of oneself: 12 Mart 1985
 * doğumlu, 12.03.1985 tarihinde doğdu, 1985'te doğdum, 1985'te Ankara'da doğdu, doğmuştur.
 */
const BORN_AFTER = `(?:['’](?:de|da|te|ta)\\s+(?:${PLACE_TR}|${HOW_TR})?|tarihinde\\s+(?:${PLACE_TR}|${HOW_TR})?)?(?:dogumlu(?:yum)?|dogdu[mn]?|dogmus(?:tur|um)?|dogum\\s+yapt[iı]\\p{L}*)`;
/** A quick look for any word BORN starts with, before the full pattern is tried. */
const MAY_SAY_BIRTH = new RegExp(
  `[([]\\s?[bd]\\.|born|d[./]?\\s?o[./]?\\s?b|birth|b['’-]?day|turn(?:ed|s)?\\s+(?:\\d|${AGE_IN_WORDS})|had\\s+(?:my|our|her|their|his)\\s|came\\s+into|geni|anwyd|aned|blwydd|cafodd|enedigaeth|na\\s+swiat|dog[udm.\\s]|tarihi|urodz|ur\\.|data\\s+ur|ميلاد|ولاد|مواليد|مولود|ولد|انجبت|وضعت`,
  'i',
);
/** Whether the text, as the scan reads it, has a word that may say birth: a quick test before a longer one. */
export const maySayBirth = (written: string): boolean => MAY_SAY_BIRTH.test(normaliseForScan(written).text);
/** A word in capitals, as a place's name starts (Leeds, Milton), and not a weekday's. */
const CAPITAL_WORD = `(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!\\p{L}))(?-i:\\p{Lu})[\\p{L}'’-]*`;
/**
 * A further word of a place's name written straight before a date: in capitals, and not a word that
 * names what happens on a day ("Born in Leeds", then "Meeting 12/03/2025" on the next line).
 */
const PLACE_WORD = `(?!(?:meeting|session|event|forum|workshop|update|deadline|date|day|minutes|notes|agenda|next|from|until|since)(?!\\p{L}))${CAPITAL_WORD}`;
/** A year of a birth, as a place's name never starts. */
const YEAR = '(?:19|20)\\d{2}';
/**
 * A place after in or at: its first word (Leeds, 3am, home; not a year), then at most three words in
 * capitals or words that join a place's name (Newcastle upon Tyne, Leeds General Infirmary, West
 * Yorkshire, England). Never across a full stop or an "and": "born in Leeds. On 12 March 2023 I was
 * discharged" is two things.
 */
const PLACE = `(?!${YEAR}(?!\\p{L}))[\\p{L}\\p{N}'’-]+(?:,?\\s+(?:${CAPITAL_WORD}|upon|of|the|de|la|le)){0,3}`;
/**
 * Where, between the word and the date: born in Leeds on 12 March 1985, born in Milton Keynes, on …,
 * Born in Leeds, 12th March 1985, born at 3am on …, urodziła się w Krakowie 12 marca 1985, ganwyd yng
 * Nghaerdydd ar 12 Mawrth 1985, and a place in capitals straight before the date, of up to three words
 * with a comma or not (born Leeds 12/03/1985, born Milton Keynes, 12/03/1985, born Leeds General
 * 12/03/1985, born in Leeds General Infirmary 12/03/1985; a birthday party on a day is not a birth,
 * nor is "Born in Leeds" and a meeting's day on the next line: PLACE_WORD).
 * A place has a name: "born in lockdown on 23 March 2020" is said of a service (NOT_A_PLACE).
 */
const BORN_IN_PLACE = `(?<=born\\s*:?\\s+)(?:${CAPITAL_WORD}(?:\\s+${PLACE_WORD}){0,2},?\\s+)(?=on\\s|${DATE_START})|(?:in|at)\\s+${PLACE}(?:,?\\s+(?=on\\s)|,\\s+(?=${DATE_START}))|(?:in|at)\\s+${CAPITAL_WORD}(?:\\s+${PLACE_WORD}){0,2}\\s+(?=${DATE_START})|w\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?,?\\s+(?:w\\s+dniu\\s+|dnia\\s+)?(?=${DATE_START})|y[mn]g?\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?\\s+(?=ar\\s)`;
const NOT_A_PLACE = /^\S+\s+in\s+(?!the\s+(?:early|small|late)\s+hours\s)\p{Ll}/u;
/** What a birth may be said of when it is not a person's, in English: a partnership, a service, the NHS, an idea. */
const THING_WORD = `(?:\\b(?:babies|children|people|those|partnership|service|forum|caf[eé]|project|group|network|charity|nhs|idea|campaign|initiative|helpline|line|scheme|board|programme|program|team|hub|centre|center|council|trust|organisation|organization|clinic|portal|strategy|vision|plan|pilot|newsletter|college|choir|club|collective|alliance|coalition|movement|website|site|app|space|festival|event|podcast|magazine|zine|garden|allotment|workshop|panel|drop-in|shed|ccg|icb|charter|commitment|pledge|promise|policy|something|ward|co-?production|support|it)s?(?:['’]s)?|\\bits|\\b${THING_TR}\\p{L}*(?:['’]\\p{L}+)?|\\b${THING_PL}\\p{L}*)`;
/** Which birthday: first, 10th, tenth, and Turkish 10., onuncu, birinci. */
const ORDINAL = '(?:first|second|third|\\d+(?:st|nd|rd|th|\\.)|\\p{L}+th|\\p{L}*(?:[iı]nc[iı]|uncu))';
/** A thing's name as the owner of what follows: the forum's, the group's. */
const THING_WORD_POSSESSIVE = `${THING_WORD}(?<=['’]s)`;
/**
 * What a birth is said of when it is not a person: a partnership, a service or the NHS was born on a
 * day, and has birthdays (The NHS was born on 5 July 1948; the café's first birthday; its tenth
 * birthday; Our peer network, born Leeds 12/03/2019; Hizmetimiz 2015 yılında 1 Nisan'da doğdu). Only
 * the word straight before: "Jo, who runs the service, was born on …" is a person's.
 */
const SAID_OF_A_THING = new RegExp(
  `${THING_WORD}(?:\\s+(?:(?:was|is|were)\\s+)?(?:${ORDINAL}\\s+)?|\\s*,\\s*(?:which|that)\\s+(?:was|is|were)\\s+|\\s*[,(:–-]\\s*)$`,
  'iu',
);
/**
 * A thing that is only where the person is: the chair of the forum, a volunteer at the café, a woman
 * who uses the service was born on …. The words before the thing put someone else first.
 */
const OF_A_THING =
  /\b(?:of|at|from|with|for|in|on|to|uses?|used|using|runs?|ran|chairs?|leads?|led|manages?|managed|joined|attends?|attended)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$/iu;
/** Whether the words before a birth say it is a thing's, not a person's (SAID_OF_A_THING, OF_A_THING). */
function saidOfAThing(before: string): boolean {
  const thing = SAID_OF_A_THING.exec(before);
  if (!thing) return false;
  const of = OF_A_THING.exec(before.slice(0, thing.index));
  // A thing before those words is what was born: the idea for the peer support line.
  return !of || THING_AT_END.test(before.slice(0, of.index));
}
const THING_AT_END = new RegExp(`${THING_WORD}\\s*$`, 'iu');
/**
 * A label, then on and a day: when a form asked for something, not someone's birth (We stopped
 * asking for date of birth on 12 March 2025). A birth's own day is given after born on, or after
 * the label straight.
 */
const ASKED_FOR = /^(?:date[\s_-]*of[\s_-]*birth|d[./]?\s?o[./]?\s?b\.?s?)\s+on\s/i;
/**
 * A day kept for a birth long ago, on a calendar of holidays and closures: the Prophet's birthday,
 * Guru Nanak's birthday, the King's Official Birthday, Peygamberimizin doğum günü.
 */
const FEAST_BEFORE =
  /(?:prophet|king|queen|monarch|sovereign|buddha|krishna|guru\s+\p{L}+|official|peygamber\p{L}*|hz\.?\s+\p{L}+)(?:['’]s)?(?:\s+official)?\s+$/iu;
/** Words after a day that make it a rule's, not a birth's: If you turn 18 on 1 September 2025 or later. */
const A_RULES_DAY =
  /^\s*,?\s*(?:\(\s*)?(?:(?:or|and)\s+(?:later|after(?:wards)?|earlier|before|sooner|over|older|younger|thereafter|subsequently|any\s+(?:date|day|time)\s+after)|onwards)(?!\p{L})/iu;
/** Words before an age reached that make it an example, not someone's: if you turn 18 on …, imagine you turn 18 on …. */
const AN_EXAMPLE_BEFORE = /(?:\bif|\bimagine|\bsuppose|\bexample|\be\.g\.|\binstance)[^.!?\n]{0,40}$/iu;
/**
 * A group's own birthday: our birthday, the forum's birthday, the group's fifth birthday. A person
 * writes of their own as my birthday.
 */
const A_GROUPS_BIRTHDAY_BEFORE = new RegExp(`(?:\\bour|${THING_WORD_POSSESSIVE})\\s+(?:${ORDINAL}\\s+)?$`, 'iu');
/** A birth whose subject comes straight before it: born …, birthday …, and Turkish … doğdu. */
const SAYS_WHOSE_BIRTH = /^(?:born|birthday|urodzi[lł]|turn|dogum|came)|dog(?:du|mus)\p{L}*$/iu;
/**
 * Whether what the birth pattern found is a person's birth, not a place's name (born in lockdown), an
 * initial (B. 12/03/2026), a form's question (date of birth on …), a rule's or an example's day, an
 * age and a day in two sentences, a feast, or a birth said of a group or a thing.
 */
function isAPersonsBirth(m: RegExpExecArray | RegExpMatchArray, text: string): boolean {
  const found = m[0];
  const at = m.index!;
  const before = (length: number) => text.slice(Math.max(0, at - length), at);
  const turned = /^(?:will\s+)?turn/i.test(found);
  return !(
    NOT_A_PLACE.test(found) ||
    /^[BD]\.\s*\d/.test(found) ||
    ASKED_FOR.test(found) ||
    A_RULES_DAY.test(text.slice(at + found.length, at + found.length + 40)) ||
    (turned && /[.!?]\s|\n/.test(found)) ||
    (turned && AN_EXAMPLE_BEFORE.test(before(64))) ||
    (/^birthday/i.test(found) && A_GROUPS_BIRTHDAY_BEFORE.test(before(48))) ||
    (/^(?:birthday|dogum\s+gunu)/i.test(found) && FEAST_BEFORE.test(before(48))) ||
    (SAYS_WHOSE_BIRTH.test(found) && saidOfAThing(before(64)))
  );
}
/** A form's field for age beside the birth's: DOB/Age, date of birth and age. */
const AND_AGE = '(?:[/&,]\\s*|(?:and|or)\\s+)?age(?!\\p{L})[\\s:,]*';
/** Labels that give the place of birth before the date: Place and date of birth: Leeds, 12/03/1985. */
const PLACE_AND_BORN =
  'place\\s+and\\s+date\\s+of\\s+birth|man\\s+a\\s+dyddiad\\s+geni|dogum\\s+yeri\\s*(?:ve|/)\\s*tarihi|miejsce\\s+i\\s+data\\s+urodzenia|(?:مكان|محل)\\s+و\\s*تاريخ\\s+(?:ال)?(?:ميلاد|ولادة)';
/** Words after a date that name it a birth: 12/03/1985 (DOB), 12 March 1985 is her birthday. */
const NAMED_AFTER =
  '[(,=-]?\\s*(?:(?:is|was)\\s+)?(?:(?:his|her|their|my|your)\\s+)?(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth|dyddiad\\s+geni|yw\\s+(?:fy|ei|eich)\\s+(?:m?h|p)en[\\s-]?blwydd|is\\s+when\\s+(?:he|she|they|i|you|we)\\s+(?:was|were)\\s+born|\\(born\\)|\\(?dogum\\s+tarihi|\\(?data\\s+urodzenia|\\(?تاريخ\\s+(?:ال)?ميلاد)|(?:is\\s+(?:(?:his|her|their|my|your)\\s+)?|(?:his|her|their|my|your)\\s+)birthday';
/** The day and month of a birth after its year: born in 1985 on 12 March, 1985 yılında 12 Mart'ta doğdu. */
const DAY_MONTH = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})|(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?)(?![\\p{L}\\p{N}]|,?\\s*'?\\d)`;
/** A Turkish year, as a birth's is said before its day: 1985 yılında, 1985 yılının, 1985'te. */
const YEAR_TR = `${YEAR}(?:\\s+y[iı]l[iı]n(?:da|[iı]n)|['’](?:de|da|te|ta))`;
/** A Turkish day after its year: 12 Mart'ta, 12 Mart'ında (on the 12 March of it), Eylül'ünde. */
const DAY_TR = `\\d{1,2}\\s+(?:${MONTHS})(?:['’](?:de|da|te|ta|[iıu]n(?:da|de)))?`;
/**
 * A birth's year, then its day, with a place between or not: born in 1985 on 12 March, born in 1985
 * in Leeds on 12 March, 1985 yılında 12 Mart'ta Ankara'da doğdu, 1985'te 12 Mart'ta doğdu.
 */
const YEAR_THEN_DAY = `born\\s+on\\s+(?:the\\s+)?${DAY_MONTH},?\\s+in\\s+${YEAR}|born\\s+(?:in\\s+)?${YEAR},?\\s+(?:(?:in|at)\\s+${PLACE},?\\s+)?on\\s+(?:the\\s+)?${DAY_MONTH}|${YEAR_TR}\\s+(?:${PLACE_TR})?${DAY_TR}\\s+(?:${PLACE_TR})?${BORN_AFTER}`;
/**
 * What a form or a hurried note puts between a label and its date: a colon, dots or a line to write
 * on (Date of birth.........12/03/1985, Date of birth: ____12/03/1985), a bracket, an equals sign.
 */
const LEADER = `[\\s:,.…_\\-–(\\[“”"'*|=~]*`;
/** A date given as near: DOB approx 12/03/1985, born c. 1985. */
const ABOUT = '(?:approx(?:imately|\\.)?|about|around|circa|c\\.)\\s*';
/** The time of a day: born on the morning of …, in the early hours of …. */
const TIME_OF_DAY =
  '(?:(?:on|in)\\s+)?the\\s+(?:morning|afternoon|evening|night|(?:early|small|late)\\s+hours)\\s+of\\s+';
/**
 * How a birth happened, in up to three words between born and on: born prematurely on …, born at 28
 * weeks on …, born by emergency C-section on …, born early, on …; and, of someone who was born,
 * with a comma before the day (My son was born at 32 weeks, 12/03/2019: not a talk called "Born
 * sleeping, 12 March 2025"). Never across "and", "but" or
 * "then", nor a year: "born in Leeds and on 12 March 2023 I was discharged" and "Born in 1960, on
 * 12 March 2023 I got a care plan" are two things each.
 */
const NOT_HOW = `(?!(?:and|but|or|then|so|until|till|since|later|${YEAR})(?![\\p{L}\\p{N}]))`;
const BORN_HOW = `(?<=born\\s+)(?:${NOT_HOW}[\\p{L}\\p{N}'’-]+\\s+){0,2}${NOT_HOW}[\\p{L}\\p{N}'’-]+,?\\s+(?=on\\s)|(?<=(?:was|were)\\s+born\\s+)(?!(?:again|anew|out|into)(?![\\p{L}\\p{N}]))(?:${NOT_HOW}[\\p{L}\\p{N}'’-]+\\s+){0,2}${NOT_HOW}[\\p{L}\\p{N}'’-]+,\\s+(?=${DATE_START})`;
/**
 * A person born, or reaching an age, after the day given with on: On 12 March 1985 I was born, On
 * 12/03/2019, my daughter was born, On 12 March 2025 my son turned eighteen. Only after on: a day
 * heading a note ("12 March 2025: she was born in Pakistan, she told the group") is the note's. Not
 * an idea born out of something, nor someone born again.
 */
const PERSON_BORN_AFTER = `${WHO}\\s+(?:(?:was|were)\\s+born(?!\\s+(?:again|anew|out\\s+of)(?!\\p{L}))|turned\\s+${AGE}${AGE_END})`;
/** After a date and its label, words that make it a rule's date: = DOB cut-off, = date of birth limit, = DOB of the NHS. */
const NOT_A_LIMIT = '(?!\\s*(?:cut-?off|limit|field|question|box|removed|of\\s+(?:the|our|its)))';
const BIRTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${YEAR_THEN_DAY})` +
    `|(?<![\\p{L}\\p{N}])(?:${BORN})(?!\\p{L})(?:\\s*\\([^)]{0,24}\\))?${LEADER}(?:(?:is|was|on|the|as|given|being|dnia|ar|y|yw|ydy|oedd|=)\\s+|${ABOUT}|${WEEKDAY}|${TIME_OF_DAY}|${BORN_HOW}|${BORN_IN_PLACE}|${AND_AGE})*(?:${DATE}|${LOOSE_DATE})` +
    `|(?<![\\p{L}\\p{N}])(?:${PLACE_AND_BORN})[\\s:]*(?:[\\p{L}'’.-]+\\s+){0,2}[\\p{L}'’.-]+\\s*(?:[,/–-]\\s*)?(?:${DATE})` +
    `|(?<![\\p{L}\\p{N}])${DATE}\\s*(?:r\\.\\s*)?(?:${BORN_AFTER}|${NAMED_AFTER})(?![\\p{L}\\p{N}])${NOT_A_LIMIT}` +
    `|(?<=(?:^|[^\\p{L}\\p{N}])on\\s+(?:${WEEKDAY})?)${DATE},?\\s+${PERSON_BORN_AFTER}`,
  'giu',
);

const digits = (text: string) => asciiDigits(text).replace(/\D/g, '');

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * A decimal digit of any script (٣ Arabic-Indic, ۳ Persian, ३ Devanagari, ３ fullwidth) as 0–9.
 * Unicode encodes every script's digits as a run of ten, 0 to 9, so a digit's value is how far
 * it is into its run; runs that touch (the mathematical digits) each still start at a 0.
 */
export function digitValue(ch: string): string | undefined {
  const code = ch.codePointAt(0)!;
  if (code >= 0x30 && code <= 0x39) return ch;
  if (!DECIMAL_DIGIT.test(ch)) return undefined;
  let start = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

/** The text with every decimal digit, of whatever script, written 0–9 (one character for one). */
export function asciiDigits(text: string): string {
  return /[^\p{ASCII}]/u.test(text) ? text.replace(/\p{Nd}/gu, (d) => digitValue(d) ?? d) : text;
}

/** A UK number as its digits from 0: +44 20 7946 0000 and 020 7946 0000 are the same number. */
export function phoneKey(text: string): string {
  const d = digits(text.replace(/\(0\)/, ''));
  // The 0 is dropped after the UK's code, but often kept by mistake (+44 07700 900123): one number.
  if (d.startsWith('0044')) return `0${d.slice(4).replace(/^0/, '')}`;
  return d.startsWith('44') && /^(?:[([]?\+|[([] ?44 ?[)\]])/.test(text.trim())
    ? `0${d.slice(2).replace(/^0/, '')}`
    : d;
}

/** True when ten digits pass the NHS number's Modulus 11 check. */
export function isNhsNumber(ten: string): boolean {
  if (!/^\d{10}$/.test(ten)) return false;
  const sum = [...ten.slice(0, 9)].reduce((n, d, i) => n + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(ten[9]);
}

/**
 * The lengths the UK numbering plan gives a person's number: eleven digits from the 0, and ten
 * only in some areas whose codes start 01. Ten digits from any other 0 are no one's own number (a
 * ten-digit 0800 number is a service's), but are often something else: a time range and a day
 * (0930–1130 14 March, 0800–1000 10 May), an ISBN.
 */
const UK_NUMBER = /^0(?:[1-35789]\d{9}|1\d{8})$/;

function isUkPhone(text: string): boolean {
  return UK_NUMBER.test(phoneKey(text));
}

/** Every personal detail found in a piece of text, in the order they appear. */
export function findPersonalData(text: string, allow: AllowList = { emails: [], phones: [] }): Finding[] {
  return locatePersonalData(text, allow).map(({ kind, text: t }) => ({ kind, text: t }));
}

const FILE_ENDING =
  /\.(png|jpe?g|gif|webp|avif|svg|pdf|docx?|xls[xm]?|pptx?|od[tsp]|rtf|txt|csv|json|zip|t?gz|mp[34]|mov|webm|wav|ogg|heic|ics|epub|key|parquet|mdx?|ya?ml|html?)$/i;
// What a reader does not see: characters Unicode says to show as nothing (soft hyphens, zero-width
// spaces, direction marks and isolates, variation selectors, fillers), format and control
// characters, and marks drawn on another character (a keycap, an underline, an accent).
const UNSEEN = /[\p{Default_Ignorable_Code_Point}\p{M}\p{Cf}\p{Cc}]/u;
const UNSEEN_ALL = new RegExp(UNSEEN.source, 'gu');
const DASH = /[\u2010-\u2012\u2212\ufe58\ufe63\uff0d]/u;
/**
 * Digits drawn in circles that Unicode's compatibility forms leave alone (❼, ⓿, ⓵), each as its
 * value: runs of ten from 1 to 10, and the zeros.
 */
const ENCLOSED_DIGITS: [string, string][] = [
  ...[0x2776, 0x2780, 0x278a, 0x24f5].flatMap((start) =>
    Array.from({ length: 10 }, (_, i): [string, string] => [String.fromCodePoint(start + i), String(i + 1)]),
  ),
  ...Array.from({ length: 10 }, (_, i): [string, string] => [String.fromCodePoint(0x24eb + i), String(i + 11)]),
  ['\u24ff', '0'],
  ['\u{1f10b}', '0'],
  ['\u{1f10c}', '0'],
];

/** An `@`, a decimal digit of any script, or a circled digit. */
const DIGIT_OR_AT = new RegExp(`[@\\p{Nd}${ENCLOSED_DIGITS.map(([ch]) => ch).join('')}]`, 'u');

/**
 * Cyrillic and Greek letters drawn exactly as Latin ones (А, В, Е, К, М, Н, О, Р, С, Т, Х and
 * their like), each as the Latin letter: SW1А 1АА with Cyrillic А is a postcode to a reader. Only
 * letters drawn the same, not Unicode's whole table of confusable characters, which also reads
 * digits as letters (0 as O) and would hide the numbers the scan looks for.
 */
const LOOKS_LATIN: [string, string][] = [
  ...[...'АВЕЅІЈКМНОРСТУХ'].map((ch, i): [string, string] => [ch, 'ABESIJKMHOPCTYX'[i]!]),
  ...[...'аеѕіјорсухһԁԛԝ'].map((ch, i): [string, string] => [ch, 'aesijopcyxhdqw'[i]!]),
  ...[...'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ'].map((ch, i): [string, string] => [ch, 'ABEZHIKMNOPTYX'[i]!]),
  ['ο', 'o'],
];

const LOOK_ALIKE = new RegExp(`[${LOOKS_LATIN.map(([ch]) => ch).join('')}]`, 'gu');

/** Characters that read as another, and that Unicode's compatibility forms leave alone. */
const READS_AS = new Map([
  ['\u2044', '/'], // fraction slash
  ['\u2215', '/'], // division slash
  ['\u29f8', '/'], // big solidus
  ['\u066b', '.'], // Arabic decimal separator
  ['\u066c', ','], // Arabic thousands separator
  ['\u2800', ' '], // braille blank
  ['\u0085', ' '], // next line
  ['\u3002', '.'], // ideographic full stop
  ['\uff61', '.'], // halfwidth ideographic full stop
  // Dots and bullets between groups of digits, and dashes between words, read as spaces.
  ['\u00b7', ' '],
  ['\u2022', ' '],
  ['\u2027', ' '],
  ['\u2219', ' '],
  ['\u22c5', ' '],
  ['\u30fb', ' '],
  ['\u2013', ' '],
  ['\u2014', ' '],
  ['\u2015', ' '],
  ['\uff65', ' '], // halfwidth middle dot
  ['\u2043', '-'], // hyphen bullet
  ['\u2e3a', '-'], // two-em dash
  ['\u2e3b', '-'], // three-em dash
  ['\u2e40', '-'], // double hyphen
  ['\u30a0', '-'], // katakana double hyphen
  ['\u301c', '-'], // wave dash
  ['\u1806', '-'], // Mongolian soft hyphen
  ['\u05be', '-'], // Hebrew maqaf
  ['\u060c', ','], // Arabic comma
  ['\u0640', ''], // Arabic tatweel, which only draws a letter longer
  ...ENCLOSED_DIGITS,
  ...LOOKS_LATIN,
]);

/** Text as the scan reads it, and where in the text as written each of its characters was (`from[i]`). */
export interface ScanText {
  text: string;
  from: number[];
}

/** A mark written in place of what spells it out: `length` characters at `index` read as `mark`. */
interface Mark {
  index: number;
  length: number;
  mark: string;
}

/**
 * The text as the patterns read it: characters a reader does not see (soft hyphens, zero-width
 * spaces, direction marks) and marks on other characters gone, a hyphen-like dash a hyphen, a dash
 * between words a space, every slash a slash, spaces in a row one space, every script's digits (٠٧٧, ۰۷۷, ०७७) written 0–9, and full-width or
 * compatibility forms (＠, １) made plain by Unicode NFKD. A phone number written in Arabic-Indic
 * digits, or with a direction mark between its digits, is still a phone number. `from[i]` is where
 * character i was in the text as written.
 */
export function normaliseForScan(text: string): ScanText {
  let out = '';
  let last = '';
  const from: number[] = [];
  let at = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // Most content is plain ASCII, which NFKC leaves alone and which has no invisible characters or
    // dashes to change: only its whitespace is made a space. The regular expressions are for the rest.
    const plain =
      code < 0x80
        ? (code >= 9 && code <= 13) || code === 32
          ? ' '
          : code < 32 || code === 127
            ? ''
            : ch
        : UNSEEN.test(ch)
          ? ''
          : DASH.test(ch)
            ? '-'
            : READS_AS.has(ch)
              ? READS_AS.get(ch)!
              : DECIMAL_DIGIT.test(ch)
                ? digitValue(ch)!
                : /\s/u.test(ch)
                  ? ' '
                  : ch.normalize('NFKD').replace(UNSEEN_ALL, '');
    // Spaces in a row read as one, as a page shows them (SW1A   1AA).
    for (const c of plain) {
      if (c === ' ' && last === ' ') continue;
      out += c;
      last = c;
      from.push(at);
    }
    at += ch.length;
  }
  from.push(at);
  return { text: out, from };
}

/**
 * An address written to slip past a scan: jo (at) example (dot) org, jo [@] example [.] org, in
 * brackets; or as words, jo at example dot org, only when it ends in `dot` and a common ending
 * (.org, .co.uk): "at" and "dot" in a sentence are left alone, and AT is the start of some
 * National Insurance numbers.
 */
// In brackets, the words for @ and dot in the languages the site is offered in as well:
// Polish małpa and kropka, Turkish et and nokta.
const AT_WORD = 'at|ma[lł]pa|et';
const DOT_WORD = 'dot|kropka|nokta';
const SPELT_OUT = new RegExp(`\\s*[([{<]\\s*(${AT_WORD}|${DOT_WORD}|@|\\.)\\s*[)\\]}>]\\s*`, 'gi');
const MAY_BE_SPELT_OUT = new RegExp(
  `[([{<]\\s*(?:${AT_WORD}|${DOT_WORD}|@|\\.)\\s*[)\\]}>]|[\\p{L}\\p{N}][-_](?:at|et)[-_][\\p{L}\\p{N}]|\\s(?:${DOT_WORD}|ma[lł]pa)\\s|\\s[ae]t\\s+(?:${SERVICE_DOMAIN}|(?:${SERVICE_NAME})\\b)|\\(a\\)\\s?(?:${SERVICE_FIRST_PART})`,
  'iu',
);
/** A bracket before a word for `@` or `.` or the mark, or the word `dot`: what a spelt-out mark needs, as mayHoldDetail reads it quickly. */
const SPELT_HINT = new RegExp(
  `[([{<][^\\p{L}\\p{N}]*(?:${AT_WORD}|${DOT_WORD}|@|\\.)|[-_](?:at|et)[-_]|\\b(?:${DOT_WORD}|ma[lł]pa)(?![\\p{L}\\p{N}])|\\b[ae]t\\s+(?:${SERVICE_FIRST_PART})\\b|\\(a\\)\\s?(?:${SERVICE_FIRST_PART})`,
  'iu',
);
const IS_AT = new RegExp(`^(?:${AT_WORD}|@)$`, 'i');
/** The last parts of the addresses people have, as an address written in words or spaced ends. */
const LAST_PART = 'com|org|net|uk|gov|edu|io|info|me|scot|wales|cymru|eu|biz|pl|tr|de|ru|ie|fm';
/** An ending in words: a last part, or a part before one (nhs, ac, co of .nhs.uk, .ac.uk, .co.uk). */
const ENDING = `(?:${LAST_PART}|nhs|ac|co)(?![\\p{L}\\p{N}])`;
/**
 * Words a web address is read out after, with at (or the Turkish et of a verb: ziyaret et, visit):
 * us at, more at, book at, the form is at.
 */
export const READ_OUT_AFTER =
  'us|me|them|you|him|her|it|one|more|online|details|tickets|information|info|website|site|page|book|survey|form|group|is|are|visit|find|apply|register|join|listen|watch|download|translate|order|now|today|here|up|say|involved|part|feedback|report|version|open|available|again|back|place|help|advice|support|resources|subscribe|vote|chat|donations|look|close|ziyaret|takip|kontrol|davet|dikkat|rica|tesekkur|yardim|kayit|abone';
/**
 * An address in words: jo at example dot org, jan małpa gmail kropka com, ayse et gmail nokta com.
 * Not a web address read out after "us at" or "more at" (Visit us at wrenfold dot gov dot uk); but
 * such a word ending an address's first part is part of it (jo.apply małpa gmail kropka com).
 */
const IN_WORDS = new RegExp(
  `(?<=[\\p{L}\\p{N}_%+-])(?<!(?:^|[^\\p{L}\\p{N}._%+-])(?:${READ_OUT_AFTER}))\\s+(?:${AT_WORD})\\s+(?:[\\p{L}\\p{N}-]+\\s+(?:${DOT_WORD})\\s+)+${ENDING}`,
  'giu',
);
const WORD_MARK = new RegExp(`\\s+(${AT_WORD}|${DOT_WORD})\\s+`, 'gi');
/** Words that ask for an address, in the languages the site is offered in: email, e-posta, e-bost, maila, البريد. */
const ASKS_FOR_ADDRESS =
  'e-?mail|contact|write to|message|address|reach me|e-?posta|e-?bost|cyfeiriad|maila|mail|adres(?:im)?|البريد(?:\\s+الالكتروني)?|ايميلي?';
/**
 * The word at (Turkish et) before a mail service's domain, after what reads as an address's first
 * part: one with a dot, underscore, hyphen or digit (jo.bloggs at gmail.com), a name in brackets (Jo
 * (jobloggs at gmail.com)), or a name after words that ask for an address (Email jo at gmail.com, Her
 * email is jobloggs at gmail.com, e-posta: ayse et gmail.com); not "sign up at outlook.com", "Staff at
 * nhs.net" or "Email forwarding at nhs.net".
 */
const AT_BEFORE_SERVICE = new RegExp(
  `(?<=(?:[\\p{L}\\p{N}]{1,64}[._\\d-][\\p{L}\\p{N}._-]{0,64}|[\\p{L}\\p{N}]{1,64}\\s+dot\\s+[\\p{L}\\p{N}]{1,64}|[([<]\\s*[\\p{L}\\p{N}]{1,64}|(?:${ASKS_FOR_ADDRESS})(?:['’]s)?(?:\\s+(?:address|is|me|us|at|on|via|to|jest|yw|ydy|adresim)){0,3}\\s{0,3}[:=–-]?\\s{1,3}(?!(?:address(?:es)?|accounts?|inbox(?:es)?|forwarding|security|delivery|migration|users?|staff|people|me|us|them|him|her|it|you|one|is|are|was|from|to|for|via|sent)\\b)[\\p{L}\\p{N}]{1,64}))\\s+[ae]t\\s+(?=${SERVICE_DOMAIN}|(?:${SERVICE_NAME})(?![\\p{L}\\p{N}.-]))`,
  'giu',
);
/**
 * A name, at (or et) and a mail service's domain, as a whole line or field and nothing else, the name
 * in small letters as addresses are written: "jobloggs at gmail.com". In a sentence the words before
 * at may be anyone's (People at gmail.com), and a heading starts with a capital (Changes at nhs.net).
 */
const LONE_IN_WORDS = new RegExp(
  `^[^\\S\\n]*(?-i:[\\p{Ll}\\p{N}])[\\p{L}\\p{N}._-]{0,63}([^\\S\\n]+[ae]t[^\\S\\n]+)(?=${SERVICE_DOMAIN}[^\\S\\n]*[.,;!]?[^\\S\\n]*$)`,
  'gimu',
);
/** Małpa, the Polish word for @, between an address's parts in words: jan.kowalski małpa wp.pl. */
const MALPA_BEFORE_DOMAIN = new RegExp(
  `(?<=[\\p{L}\\p{N}_%+-])\\s+ma[lł]pa\\s+(?=[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,8}\\.\\p{L}{2,63})`,
  'giu',
);
/**
 * At and dot written between hyphens or underscores, as in a web address's words: jo-at-gmail.com,
 * jo_at_example_dot_org. Only before a mail service's domain or a name and a common ending, and
 * with the first part from a word's start: a-day-at-nhs-dot-net-event in a page's address is words.
 */
const JOINED_WORDS = new RegExp(
  `(?<=(?:^|[\\s(<\\[,;:'"“])[\\p{L}\\p{N}.%+]{1,64})([-_])(?:at|et)\\1(?:(?=${SERVICE_DOMAIN})|(?:[\\p{L}\\p{N}]{1,63}\\1(?:${DOT_WORD})\\1){1,4}${ENDING}(?![-_.][\\p{L}\\p{N}]))`,
  'giu',
);
const JOINED_MARK = new RegExp(`[-_](${AT_WORD}|${DOT_WORD})[-_]`, 'gi');
/**
 * An @ written as (a) before a mail service's domain: jo.bloggs(a)gmail.com, jo.bloggs (a) gmail.com.
 * Not 2(a)St.James's or Ref3(a)mind.org.uk, a list's item before a name or a web address.
 */
const A_FOR_AT = new RegExp(`(?<=\\p{L}[\\p{L}\\p{N}._%+-]{1,63})\\s?\\(a\\)\\s?(?=${SERVICE_DOMAIN})`, 'giu');
/** An @ typed twice in haste, with spaces or not: jo@@gmail.com, jo @@ gmail.com. */
const DOUBLED_AT = /(?<=[\p{L}\p{N}_%+-]) ?@{2,3} ?(?=[\p{L}\p{N}])/gu;
/** The word for dot after an @: jo@gmail dot com, jan@wp kropka pl. */
const DOT_AFTER_AT = new RegExp(`(?<=@ ?[\\p{L}\\p{N}-]{1,63})\\s+(?:${DOT_WORD})\\s+(?=${ENDING})`, 'giu');

/**
 * A mark written as a link writes it (%2B is +, %40 is @, %20 a space): a phone app or mail program
 * reads tel:%2B447700900123 as the number. Only punctuation and the space, which is all a detail needs.
 */
const PERCENT_MARK = /%(?:2[0-9a-f]|3[a-f]|40)/gi;

/** An address's first part as a word ends the text: jo, jo.bloggs, jo_b85. */
const LAST_TOKEN = /[\p{L}\p{N}._%+-]+$/u;
/** An address's ending in words, straight before: the end of the address before in a list. */
const ADDRESS_ENDS = new RegExp(`\\bdot\\s+${ENDING}\\s*$`, 'iu');
/** Where a sentence, a clause, a bracket or a label's value starts. */
const CLAUSE_START = /^[\s\S]*[.!?:;,([{<\n]/;
/**
 * Whether a plain word before at and a domain in words ends a sentence's other words, so reads out
 * a web address (Tell us what you think at wrenfold dot org, Help with housing at shelter dot org
 * dot uk): not after words asking for an address (Email jo at …), nor when the word starts its
 * sentence or line (jo at wrenfold dot org) or looks like an address's first part (jo.bloggs, jo85).
 */
function readsOutAnAddress(before: string): boolean {
  const local = LAST_TOKEN.exec(before)?.[0] ?? '';
  if (/[._%+\d-]/.test(local)) return false;
  const rest = before.slice(0, before.length - local.length);
  // The word starts its clause, or follows another address's ending (a list: jo at … dot org sam at …).
  if (rest.replace(CLAUSE_START, '').trim() === '' || ADDRESS_ENDS.test(rest)) return false;
  return !ASKED_BEFORE.test(rest);
}

/**
 * The text with every spelt-out `@` and `.`, and every mark a link spells out as %xx, written as
 * one, keeping where each character came from.
 */
function withSpeltOutMarks(scanned: ScanText): ScanText {
  const { text } = scanned;
  const encoded = text.includes('%');
  if (!encoded && !MAY_BE_SPELT_OUT.test(text) && !text.includes('@@')) return scanned;
  const marks: Mark[] = [];
  if (encoded)
    for (const m of text.matchAll(PERCENT_MARK))
      marks.push({ index: m.index, length: 3, mark: String.fromCharCode(parseInt(m[0].slice(1), 16)) });
  for (const m of text.matchAll(SPELT_OUT))
    marks.push({ index: m.index, length: m[0].length, mark: IS_AT.test(m[1]!) ? '@' : '.' });
  for (const words of text.matchAll(IN_WORDS)) {
    if (readsOutAnAddress(text.slice(Math.max(0, words.index - 96), words.index))) continue;
    for (const m of words[0].matchAll(WORD_MARK))
      marks.push({ index: words.index + m.index, length: m[0].length, mark: IS_AT.test(m[1]!) ? '@' : '.' });
  }
  for (const m of text.matchAll(AT_BEFORE_SERVICE)) marks.push({ index: m.index, length: m[0].length, mark: '@' });
  for (const m of text.matchAll(LONE_IN_WORDS))
    marks.push({ index: m.index + m[0].length - m[1]!.length, length: m[1]!.length, mark: '@' });
  for (const m of text.matchAll(MALPA_BEFORE_DOMAIN)) marks.push({ index: m.index, length: m[0].length, mark: '@' });
  for (const m of text.matchAll(DOT_AFTER_AT)) marks.push({ index: m.index, length: m[0].length, mark: '.' });
  for (const words of text.matchAll(JOINED_WORDS))
    for (const m of words[0].matchAll(JOINED_MARK))
      marks.push({ index: words.index + m.index, length: m[0].length, mark: IS_AT.test(m[1]!) ? '@' : '.' });
  for (const m of text.matchAll(A_FOR_AT)) marks.push({ index: m.index, length: m[0].length, mark: '@' });
  if (text.includes('@@'))
    for (const m of text.matchAll(DOUBLED_AT)) marks.push({ index: m.index, length: m[0].length, mark: '@' });
  return withMarks(scanned, marks);
}

/**
 * An address's parts after its @, with dots that may have a space beside them (jo . bloggs @ gmail
 * . com, spaced against spam), ending in a common ending; one in capitals is judged by
 * spacedEndingReadsAsAddress.
 */
const SPACED_AFTER_AT = new RegExp(
  `^ ?[\\p{L}\\p{N}-]{1,63}(?: ?\\. ?[\\p{L}\\p{N}-]{1,63}){0,8}?(?<dot> ?\\. ?)(?<ending>${LAST_PART})(?![\\p{L}\\p{N}-])`,
  'iu',
);
const SPACED_DOT = / \. ?|\. /g;
const LOCAL_CHAR = /[\p{L}\p{N}_%+-]/u;
const STARTS_SMALL = /[\p{Ll}\p{N}]/u;
/**
 * Whether an ending in capitals after a spaced dot reads as an address's: all of it in capitals
 * (GMAIL . COM), or at a mail service (Gmail . Com). A full stop then a capital ends a sentence
 * (gmail. Com), and so may a spaced one: Drop-in @ Kirkgate . Info on the website.
 */
function spacedEndingReadsAsAddress(after: RegExpExecArray): boolean {
  const { dot, ending } = after.groups!;
  if (!/^\p{Lu}/u.test(ending!)) return true;
  if (!dot!.startsWith(' ')) return false;
  return !/\p{Ll}/u.test(after[0]) || AT_SERVICE_NAME.test(`@${after[0].trim().split(/ ?\./)[0]}`);
}
/** How far after an @ an address's parts may reach: 255 characters, as the standard allows, and their spaces. */
const REACH = 400;

/**
 * Where an address's first part starts, read back from its @ (at `at`): parts of at most 64
 * characters, joined by dots that may have a space beside them, at most nine. Before the @, a dot
 * and then a space and a capital ends a sentence (Thanks. Jo@…), so the part stops there.
 */
function startBeforeAt(text: string, at: number): number {
  let i = at;
  if (text[i - 1] === ' ') i--;
  let start = at;
  for (let parts = 0; parts < 9; parts++) {
    let j = i;
    while (j > 0 && i - j < 64 && LOCAL_CHAR.test(text[j - 1]!)) j--;
    if (j === i) break;
    start = j;
    // A dot before this part: ' . ', ' .', '. ' or '.'.
    let k = j;
    const spaceAfterDot = text[k - 1] === ' ';
    if (spaceAfterDot) k--;
    if (text[k - 1] !== '.') break;
    k--;
    const spaceBeforeDot = text[k - 1] === ' ';
    if (spaceAfterDot && !spaceBeforeDot && !STARTS_SMALL.test(text[j]!)) break;
    if (spaceBeforeDot) k--;
    i = k;
  }
  return start;
}

/** The text with the spaced dots of each address written as dots, keeping where each character came from. */
function withSpacedDots(scanned: ScanText): ScanText {
  const { text } = scanned;
  if (!text.includes('@') || !/ \.|\. /.test(text)) return scanned;
  const marks: Mark[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const after = SPACED_AFTER_AT.exec(text.slice(at + 1, at + 1 + REACH));
    if (!after || !spacedEndingReadsAsAddress(after)) continue;
    const from = startBeforeAt(text, at);
    for (const m of text.slice(from, at + 1 + after[0].length).matchAll(SPACED_DOT))
      marks.push({ index: from + m.index, length: m[0].length, mark: '.' });
  }
  return marks.length > 0 ? withMarks(scanned, marks) : scanned;
}

/** The text with each of `marks` written in place of what it covers, keeping where each character came from. */
function withMarks({ text, from }: ScanText, marks: Mark[]): ScanText {
  marks.sort((a, b) => a.index - b.index);
  let out = '';
  const at: number[] = [];
  // One by one: a line can be a megabyte long, too long to spread into a call.
  const keep = (start: number, end: number) => {
    out += text.slice(start, end);
    for (let i = start; i < end; i++) at.push(from[i]!);
  };
  let last = 0;
  for (const { index, length, mark } of marks) {
    if (index < last) continue; // Inside a mark already made.
    keep(last, index);
    out += mark;
    at.push(from[index]!);
    last = index + length;
  }
  keep(last, text.length);
  at.push(from[text.length]!);
  return { text: out, from: at };
}

/**
 * Whether the text, as normaliseForScan makes it, could hold a detail: every pattern needs an `@`
 * or a digit, or an `@` spelt out. Most lines have none, and this is much quicker to
 * tell than normalising them. Only a digit (of any script), a circled digit or `@` can become one, or a
 * character whose NFKC form holds one (＠, ３, ①, ²); no character's canonical decomposition starts
 * with either, so the NFKC form of the whole text keeps every one its characters' forms have.
 */
export function mayHoldDetail(written: string): boolean {
  if (DIGIT_OR_AT.test(written)) return true;
  const ascii = !/[^\0-\x7f]/.test(written);
  if (!ascii && /[@\d]/.test(written.normalize('NFKC'))) return true;
  // The scan's reading is slow to make: a quicker one that keeps every letter and bracket it
  // would (control characters dropped; or NFKD, marks and unseen characters dropped and
  // look-alikes as Latin) tells first whether a spelt-out mark could be there at all.
  const letters = ascii
    ? written.replace(/(?![\t\n\v\f\r])\p{Cc}/gu, '')
    : written
        .normalize('NFKD')
        .replace(UNSEEN_ALL, '')
        .replace(LOOK_ALIKE, (ch) => READS_AS.get(ch)!);
  return SPELT_HINT.test(letters) && MAY_BE_SPELT_OUT.test(normaliseForScan(written).text);
}

const LETTER_FOR_ZERO = /(?<![\p{L}\p{N}])[Oo](?=\d)|(?<=\d[Oo]{0,4})[Oo](?=[Oo]{0,4}(?:\d|\s|$))/gu;

/**
 * The text as the patterns read it (normaliseForScan), with spelt-out marks written as marks, and a
 * letter O typed for a 0 read as the 0: one a number opens with (O7700 900123; no postcode area or
 * NI number is an O followed by a digit), or one after a digit (07700 9OO123, 077OO 900123; no
 * inward code of a postcode has an O). `from[i]` is where character i was in the text as written.
 */
export function readForScan(written: string): ScanText {
  const { text, from } = withSpacedDots(withSpeltOutMarks(normaliseForScan(written)));
  return { text: text.replace(LETTER_FOR_ZERO, '0').replace(COMMA_FOR_DOT, '$1.'), from };
}

/** As findPersonalData, with where in the text each one starts. */
export function locatePersonalData(
  written: string,
  allow: AllowList = { emails: [], phones: [] },
): (Finding & { at: number })[] {
  if (!mayHoldDetail(written)) return [];
  const { text, from } = readForScan(written);
  return scan(text, allow).map((f) => {
    const start = from[f.at]!;
    const end = from[f.at + f.text.length]!;
    return { kind: f.kind, text: written.slice(start, end).trim(), at: start };
  });
}

/** An allow list as the scan compares with it: each number as its digits, each address as the scan reads addresses. */
interface AllowedForms {
  phones: Set<string>;
  emails: string[];
  postcodes: Set<string>;
}

/** A postcode as the scan compares them: capitals, no spaces or hyphens (ls1 4ap is LS14AP). */
const postcodeKey = (text: string) =>
  normaliseForScan(text)
    .text.toUpperCase()
    .replace(/[\s+-]/g, '')
    .replace(/^([SCP])0(?=\d)/, '$1O')
    .replace(/^0(?=[XL]\d)/, 'O')
    .replace(/O(?=[A-Z]{2}$)/, '0');

/** An allowed address or `@domain` as the scan matches it: so `josé@` matches however its é is written. */
export const allowedEmailForm = (allowed: string): string => normaliseForScan(allowed).text.toLowerCase();

// The same allow list serves every line of every file: its forms are worked out once, not per line.
const formsOf = new WeakMap<AllowList, AllowedForms>();
function allowedForms(allow: AllowList): AllowedForms {
  let forms = formsOf.get(allow);
  if (!forms)
    formsOf.set(
      allow,
      (forms = {
        phones: new Set(allow.phones.map(phoneKey)),
        emails: allow.emails.map(allowedEmailForm),
        // A postcode in a line of an address (Wrenfold WF1 2AB) counts as that postcode.
        postcodes: new Set(
          (allow.postcodes ?? []).flatMap((line) => [...line.matchAll(POSTCODE)].map((m) => postcodeKey(m[0]))),
        ),
      }),
    );
  return forms;
}

/**
 * The UK phone number a run of digits opens with, if any. A number followed by another (07700
 * 900123 9am, 07700 900123 2025) is one run to the pattern, so the groups at its end are dropped
 * one at a time until what is left is a phone number or too short to be one.
 */
function phoneIn(run: string): string | undefined {
  for (let candidate = run; candidate.length >= 10; candidate = candidate.replace(/[\s.\-()/]+\d+$/, '')) {
    // Digit by digit (0 7 7 0 0 …) only as written whole: what is left of 0 1 2 … 10 is a scale.
    if (isPhoneShaped(candidate, candidate === run)) return candidate;
    if (!/[\s.\-()/]\d+$/.test(candidate)) return undefined;
  }
  return undefined;
}

function isPhoneShaped(candidate: string, whole: boolean): boolean {
  // Dots separate the groups of a phone number (07700.900.123) but also of dates and times
  // (01.04.24 10.30): a dotted number counts only when it opens with a whole area code.
  if (candidate.includes('.') && !new RegExp(`^(?:${INTERNATIONAL}|0\\d{2,4}\\.)`).test(candidate)) return false;
  // A date written with dashes or slashes (01-04-2025 10:30) is not a phone number either.
  if (/^0?\d[-/]\d{1,2}[-/](?:19|20)\d{2}(?!\d)/.test(candidate)) return false;
  // A phone number is written in at most four groups (+44 20 7946 0000), or digit by digit:
  // 0-10-20-30-40-50 is a scale.
  const groups =
    candidate
      .replace(new RegExp(`^${INTERNATIONAL}`), '')
      .replace(/\(0\)/, '')
      .match(/\d+/g) ?? [];
  if (groups.length > 4 && !(whole && groups.every((g) => g.length === 1))) return false;
  // 0123456789, however it is spaced, is counting, not a number anyone has.
  const key = phoneKey(candidate);
  if ([...key].every((d, i) => i === 0 || Number(d) === Number(key[i - 1]) + 1)) return false;
  return isUkPhone(candidate);
}

/**
 * A label that says what ten digits are when they are not a person's NHS number: an ISBN (ISBN
 * 1-84356-028-3), an online meeting's ID (Meeting ID: 943 476 5919), a reference (Case ref, PO
 * number, Booking reference), each of which passes the NHS number's check one time in eleven.
 */
const NAMED_NOT_PERSONAL =
  /(?:ISBN(?:-1[03])?[:-]?|(?:(?:meeting|webinar|conference|zoom|teams|survey|form|transaction)\s*(?:id|number|no\.?)|zoom|uprn|(?:(?:foi|freedom of information)(?:\s+request)?|order|purchase order|po|ticket|invoice|complaint|case|booking|grant|batch|contract|application|claim|account|ref(?:erence)?|project|document|receipt|response|supplier|licen[cs]e|registration|company|charity|vat|datix|incident|cost\s+cent(?:re|er)|code|serial)(?:\s*(?:no\.?|number|ref(?:erence)?|id))?)\s*[:#]?)\s*$/i;
/** A device's brand or model, before its memory: Galaxy A12 4GB. */
const DEVICE =
  /(?:galaxy|tab|lenovo|moto|nokia|fire|ipad|iphone|pixel|kindle|chromebook|samsung|xiaomi|redmi|oppo|huawei|honor)\b[^.\n]*$/i;
/** What an ordinal in capitals counts: 1ST FLOOR, 4TH QUARTER. */
const ORDINAL_OF = /^\s+(?:floor|quarter|term|year|week|month|edition|round|wave|phase)(?!\p{L})/iu;
const AFTER_ISBN = /ISBN(?:-1[03])?[:-]?\s*$/i;
/** An ISBN-10's check: the digits weighted 10 down to 1 sum to a multiple of 11. */
const isIsbn10 = (ten: string) =>
  ten.length === 10 && [...ten].reduce((sum, d, i) => sum + Number(d) * (10 - i), 0) % 11 === 0;

/**
 * A domain written with its @ after a word, a space before the @ and none after: in any language,
 * writing about the addresses at a domain (Staff with @nhs.net accounts; nie na adres @wp.pl;
 * Lütfen @gmail.com adresine …), unless words asking for an address come before (ASKED_BEFORE:
 * Email jo @gmail.com). An address spaced against spam has a space after its @ too, or its first
 * part has a dot or a digit.
 */
export const DOMAIN_MENTION = /^\p{L}+ @(?! )/u;
/** Words before such an @ that are never an address's first part: with, an, from, your, personel, adresami. */
export const NOT_A_NAME =
  /^(?:with|using|ending|ends|use|uses|an?|the|only|from|on|to|at|for|by|via|no|any|all|other|your|my|our|their|his|her|its|personal|own|work|official|staff|users?|accounts?|addresses|emails|people|members|anyone|everyone|residents|send|have|has|not|or|and|of|in|kullan[iı]c[iı]lar|defnyddwyr|personel|pracownicy|osoby|adresami|adresem|kontami|kontem|konta|hesap\p{L}*|عناوين|حسابات|مستخدمي) @/iu;
const ASKED_BEFORE = new RegExp(
  `(?:${ASKS_FOR_ADDRESS})\\p{L}*(?:['’]s)?(?:\\s+(?:is|me|at|on|via|to|us))*\\s*[:=–-]?\\s*$`,
  'iu',
);
/**
 * An @ with a space beside it between words (follow us @ twitter.com) is not an address; one whose
 * first part has a dot, hyphen, underscore or digit (jo.bloggs @ gmail.com) is, spaced against spam.
 */
const wordsAroundAt = (found: string) => / @|@ /.test(found) && !/[._\d-]/.test(found.split(/ ?@/)[0]!);

function scan(text: string, allow: AllowList): (Finding & { at: number })[] {
  const found: { kind: Kind; text: string; at: number }[] = [];
  // Which characters a finding holds already, so none is found twice: a mark per character keeps
  // this in step with the line's length however many details it holds.
  const taken = new Uint8Array(text.length);
  const add = (kind: Kind, match: RegExpMatchArray, whole = match[0]) => {
    const at = match.index! + match[0].indexOf(whole);
    if (taken.subarray(at, at + whole.length).includes(1)) return;
    taken.fill(1, at, at + whole.length);
    found.push({ kind, text: whole, at });
  };
  const before = (m: RegExpMatchArray) => text.slice(Math.max(0, m.index! - 24), m.index!);
  // A label naming a reference counts for nothing in a line that names an NHS number before it
  // (Her NHS number, in order: 943 476 5919).
  const afterName = (m: RegExpMatchArray) =>
    NAMED_NOT_PERSONAL.test(before(m)) &&
    !/nhs\s*(?:number|no)/i.test(text.slice(Math.max(0, m.index! - 48), m.index!));
  // Only a book's number hides a number shaped like a phone's: an order or a ticket may be a phone's.
  const isbn = (m: RegExpMatchArray) => AFTER_ISBN.test(before(m)) && isIsbn10(digits(m[0]));
  const { phones: allowedPhones, emails: allowedEmails, postcodes: allowedPostcodes } = allowedForms(allow);
  const allowedEmail = (e: string) => {
    const found = e.toLowerCase();
    return allowedEmails.some((a) => (a.startsWith('@') ? found.endsWith(a) : found === a));
  };

  // logo@2x.png is a file name: no address ends in an image or document ending.
  if (text.includes('@'))
    for (const m of text.matchAll(EMAIL))
      if (
        !allowedEmail(m[0].replace(/ ?@ ?/, '@')) &&
        !FILE_ENDING.test(m[0]) &&
        !CALENDAR_ID.test(m[0]) &&
        (!wordsAroundAt(m[0]) || AT_SERVICE_DOMAIN.test(m[0])) &&
        !(
          DOMAIN_MENTION.test(m[0]) &&
          (NOT_A_NAME.test(m[0]) || !ASKED_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index)))
        )
      )
        add('email', m);
  // Each looked for only where its @ is (the patterns try every start of a line, slow on a long one).
  if (AT_SERVICE_NAME.test(text)) for (const m of text.matchAll(AT_MAIL_SERVICE)) add('email', m);
  if (TWO_ATS.test(text)) for (const m of text.matchAll(HANDLE_AT_SERVICE)) add('email', m);
  // Every other pattern needs a digit (the text is normalised already, so ０ is 0): most text has none to look at.
  if (!/\d/.test(text)) return found.sort((a, b) => a.at - b.at);
  if (MAY_SAY_BIRTH.test(text))
    for (const m of text.matchAll(BIRTH)) if (isAPersonsBirth(m, text)) add('date-of-birth', m, m[0]);
  // By hand rather than matchAll: when a run holds a phone number and then more digits, the search
  // goes on from the end of the number, so a second number in the same run is found too.
  const phones = new RegExp(PHONE.source, PHONE.flags);
  for (let m = phones.exec(text); m; m = phones.exec(text)) {
    if (isbn(m)) continue;
    // After a full stop, only after an abbreviation for a phone (Tel.07700 900123), not No.0200 …
    if (
      text[m.index - 1] === '.' &&
      !/\b(?:tel|ph|phone|mob|mobile|m|t|kom|(?:tel|telephone|phone|mob|mobile|contact|cep|cell|home|work)\.?\s?no)\.$/i.test(
        text.slice(Math.max(0, m.index - 16), m.index),
      )
    )
      continue;
    const candidate = phoneIn(m[0].trim());
    if (!candidate) continue;
    if (!allowedPhones.has(phoneKey(candidate))) add('phone', m, candidate);
    phones.lastIndex = m.index + m[0].indexOf(candidate) + candidate.length;
  }
  // A link to a messaging app writes the number without its + (wa.me/447700900123, ?phone=447700900123),
  // or from its 0 (wa.me/07700900123).
  for (const m of text.matchAll(PHONE_IN_LINK)) {
    const number = m[1]!.startsWith('0') ? m[1]! : `+${m[1]!}`;
    if (isUkPhone(number) && !allowedPhones.has(phoneKey(number))) add('phone', m, m[1]!);
  }
  for (const m of text.matchAll(MOBILE_WITHOUT_PLUS)) if (!allowedPhones.has(phoneKey(`+${m[0]}`))) add('phone', m);
  // After phone numbers: ten digits inside +44 7015 467534 belong to the phone number.
  for (const m of text.matchAll(NHS))
    // A round sum or serial (1500000000) is not one: six zeros end one NHS number in a million.
    if (!afterName(m) && !NOT_AN_NHS_NUMBER.test(m[0]) && isNhsNumber(digits(m[0])) && !/0{6}$/.test(digits(m[0])))
      add('nhs-number', m);
  for (const m of text.matchAll(NHS_NAMED)) add('nhs-number', m);
  for (const m of text.matchAll(NI)) add('ni-number', m);
  for (const m of text.matchAll(NI_WITHOUT_LETTER)) add('ni-number', m);
  // "B2 4th floor" names a room: an inward code that reads as an ordinal (4th, 1st) is not a postcode.
  // In capitals it may be one (WF1 0RD, LS2 9TH).
  // "A4 2pp" and "A1 2hr" are paper and time: capitals, then a unit in small letters. A postcode
  // written any other way (Ls1 4ap, sw1a 1AA) is still one.
  const paperOrTime = (t: string) => /^[A-Z]\d\W*\d(?:pp|hr|hs|am|pm|mm|cm|kg|gb|mb|ml|st|nd|rd|th)$/.test(t);
  // A letter O for the inward code's zero only in capitals (W1A OAX): room G1 one evening is words.
  const wordAsInward = (t: string) => /o[a-z]{2}$/i.test(t) && !/O[A-Z]{2}$/.test(t);
  // An ordinal in capitals before what it counts is a floor or a quarter (E1 1ST FLOOR, FY23 4TH QUARTER).
  const ordinalBefore = (m: RegExpMatchArray) =>
    /\d(?:ST|ND|RD|TH)$/i.test(m[0]) &&
    ORDINAL_OF.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12));
  // A device's memory after its model is a size (Galaxy A12 4GB, Lenovo Tab M10 3GB).
  const deviceSize = (m: RegExpMatchArray) =>
    /\d[GMT]B$/i.test(m[0]) && DEVICE.test(text.slice(Math.max(0, m.index! - 24), m.index!));
  for (const m of text.matchAll(POSTCODE))
    if (
      !/\d(?:st|nd|rd|th)$/.test(m[0]) &&
      !ordinalBefore(m) &&
      !deviceSize(m) &&
      !paperOrTime(m[0]) &&
      !wordAsInward(m[0]) &&
      !allowedPostcodes.has(postcodeKey(m[0]))
    )
      add('postcode', m);
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Enough of a finding to find it again, not enough to read it: the first two characters (an
 * address's first one) and the last two. Letters and digits of every script are hidden (٠٧٧٠٠ as
 * much as 07700); spaces and punctuation stay, so the shape still shows.
 */
export function mask(text: string): string {
  const chars = [...text];
  const visible = chars.length <= 6 ? 1 : 2;
  // An address's first part is often short, and its first two letters most of it (jb@nhs.net): one shows.
  const opening = text.includes('@') ? 1 : visible;
  return chars
    .map((c, i) => (i < opening || i >= chars.length - visible || !/[\p{L}\p{N}]/u.test(c) ? c : '•'))
    .join('');
}
