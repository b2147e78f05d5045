// Dates of birth: a date with words that say it is someone's birth, in English, Welsh, Turkish,
// Polish and Arabic, and not a birth said of a group, a service or a rule.
import { normaliseForScan, spotOf, type Spot } from './scan-text.ts';

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
const DATE = `(?:\\d{1,2} ?[/.\\-_\\\\] ?\\d{1,2} ?[/.\\-_\\\\] ?'?\\d{2,4}|\\d{1,2}(?:${MONTHS})'?\\d{2,4}(?![\\p{L}\\p{N}])|\\d{1,2} \\d{1,2} \\d{4}|\\d{4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}|\\d{1,2}(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?[\\s-]+(?:(?:of|o)\\s+)?(?:${MONTHS})\\.?,?[\\s-]+(?:of\\s+)?'?\\d{2,4}|(?:${MONTHS})\\.?\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?,?\\s+'?\\d{2,4}|\\d{1,2}[\\s./-]+(?:${ROMAN_MONTH})[\\s./-]+\\d{4}|\\d{1,2}[/.-](?:${MONTHS})[/.-]\\d{2,4}|(?:the\\s+)?${DAY_IN_WORDS}\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{4})`;
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
  '(?:(?:eldest|oldest|youngest|older|younger|little|big|first|second|baby|twin|best|foster|adopted)\\s+)?(?:son|daughter|baby|child|kid|boy|girl|twins|wife|husband|mum|mam|mom|mother|dad|father|sister|brother|friend|grandson|granddaughter|grandchild|grandmother|grandfather|grandma|grandad|granddad|nan|nana|gran|granny|stepson|stepdaughter|niece|nephew|aunt|uncle|cousin|girlfriend|boyfriend|fianc[eé]e?|lad|lass|eldest|youngest|oldest)';
/** Someone close, as someone writes of theirs: my son, her eldest daughter, our twins. */
const CLOSE_ONE = `(?:my|his|her|their|our|your)\\s+${RELATIVE}`;
/** Words in capitals that start a sentence but are no one's name: We, This, Today, Everyone, March. */
const NOT_A_NAME = `(?!(?:we|it|this|that|these|those|there|here|today|tonight|everyone|everybody|someone|somebody|nobody|anyone|anybody|people|members|who|which|what|when|where|why|how|and|but|so|then|now|also|the|our|your|their|his|her|its|my|membership|attendance|funding|(?:mon|tues|wednes|thurs|fri|satur|sun)day|${MONTHS})(?!\\p{L}))`;
/** A first name, in capitals: Amira, Jack; or a title and a name: Mrs Patel. */
const NAME = `(?:(?:mr|mrs|ms|miss|mx|dr)\\.?\\s+)?${NOT_A_NAME}(?-i:\\p{Lu}\\p{Ll}+)`;
/**
 * A word in capitals before a name makes it part of a longer one, most often an organisation's
 * (Kestrel House turned 25, Action for Children turned 150), unless the word starts the sentence
 * (When Jack turned 18 …).
 */
const NOT_AFTER_A_CAPITAL = `(?<!(?!(?:after|when|since|before|until|once|and|but|so|then)\\s)(?-i:\\p{Lu})[\\p{L}'’-]*\\s+(?:(?:for|to|in|of|the|and|on|at)\\s+){0,2})`;
/**
 * Who a birth or an age is said of: I, she, my son, my son Jack, our Jack, Mrs Patel, Mum, the
 * young person, a forum member; not we, as a forum says of itself, nor "our partner", which in a
 * partnership is an organisation. They only with words that say an age outright: They will be one on
 * … is as often said of two new services.
 */
const WHO_ONE = `(?:i|he|she|you|(?:my|our|the|a|one|this)\\s+(?:(?:forum|group|young)\\s+)?(?:client|patient|service\\s+user|young\\s+person|member|resident|participant)|${CLOSE_ONE}(?:\\s+${NAME})?|our\\s+${NAME}|(?:my|his|her|their|your)\\s+partner|(?:mr|mrs|ms|miss|mx|dr)\\.?\\s+${NAME}|mum|mam|mom|dad|nan|nana|gran|granny|grandad|grandma|grandpa)`;
const WHO = `(?:they|${WHO_ONE})`;
const PERSON = `(?:^|[^\\p{L}\\p{N}])${WHO}`;
const PERSON_ONE = `(?:^|[^\\p{L}\\p{N}])${WHO_ONE}`;
/** Someone by a name alone: Amira, Jack. Only with words that say a person's birth or age outright. */
const NAMED = `${NOT_AFTER_A_CAPITAL}(?!\\p{L}+(?:als|ions|ings|ments|ers|ies)(?!\\p{L}))${NAME}`;
const NAMED_PERSON = `(?:^|[^\\p{L}\\p{N}'’-])${NAMED}`;
/** Someone close, then who: my son, who turned 18 on … (not those of you who turned 18 on …). */
const CLOSE_ONE_WHO = `(?:^|[^\\p{L}\\p{N}])${CLOSE_ONE},?\\s+who\\s+`;
/** An age in words, as someone reached it: eighteen, twenty-one, a hundred. */
const AGE_IN_WORDS =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one)\\s+hundred)';
/** After an age: 18 years old, 18 years of age. */
const YEARS_OLD = '(?:\\s+years?\\s+(?:old|of\\s+age))?';
/** An age someone reached, in digits or words: 18, eighteen, 18 years old. */
const AGE = `(?:\\d{1,3}|${AGE_IN_WORDS})(?![\\p{L}\\p{N}])${YEARS_OLD}`;
/**
 * Where an age reached ends when no day follows it: the sentence's end, or words that go on about
 * the person (my son turned 18 and lost his CAMHS worker); not a count of things (they turned 18
 * recommendations into actions) or of time sober (I turned one year sober).
 */
const AGE_END = `(?=\\s*(?:[.,;:!?)\\]–—-]|$)|\\s+(?:and|but|so|today|that|this|last|in|at|on)(?![\\p{L}\\p{N}]))`;
/**
 * Reaching an age, in words that say so outright: turned, turns, will turn, is turning, would have
 * turned (of someone who has died), reached (the age of), became. Being an age (WILL_BE) is only
 * said of a person; after an apostrophe (I'm turning, I'll be) see CONTRACTED.
 */
const TURNS =
  "(?:turned|turns?|will\\s+turn|would(?:\\s+have|['’]ve)\\s+turned|(?:am|is|are)\\s+turning|reach(?:ed|es)(?:\\s+the\\s+age\\s+of)?|bec(?:ame|omes))";
/** An age a person by name reached: not 150, which an organisation turns. */
const NAMED_AGE = `(?:1[01]\\d|\\d{1,2}|${AGE_IN_WORDS})(?![\\p{L}\\p{N}])${YEARS_OLD}`;
/** Being an age on a day, only of I, she or my son: Tickets will be 5 on … is a price. */
const WILL_BE = "(?:will\\s+be|would(?:\\s+have|['’]ve)\\s+been|(?:am|is|are)(?=\\s+\\S+\\s+on\\s))";
const REACHES = `(?:${TURNS}|${WILL_BE})`;
/** Am, is or are, or will, after an apostrophe: I'm, she's, they're, my son's, I'll. */
const CONTRACTED = "['’](?:m|s|re|ll)\\s+";
/** After I'm or I'll: turning 30, 30 on …, turn 30, be 30. */
const CONTRACTED_REACHES = '(?:be\\s+turning|turning|turn|be)\\s+|(?=\\S+\\s+on\\s)';
/**
 * What the birth pattern found, when it starts with an age reached (after I'm, what follows it:
 * turning 30, or the age and on).
 */
const REACHING = new RegExp(`^(?:${REACHES}|turning|turn|be|${AGE}\\s+on)(?![\\p{L}])`, 'iu');
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
  // And after who, of someone close (CLOSE_ONE_WHO).
  `(?<=${PERSON}\\s+|${CLOSE_ONE_WHO})(?:gave\\s+birth(?:\\s+to(?:\\s+[\\p{L}\\p{N}'’-]+){1,3}?(?=\\s+(?:on\\s|${DATE_START})))?|had\\s+(?:my|our|her|their|his)\\s+(?:son|daughter|baby|child|twins|boy|girl)|${TURNS}\\s+${AGE})`,
  `(?<=${PERSON_ONE}\\s+|${CLOSE_ONE_WHO})${WILL_BE}\\s+${AGE}`,
  `(?<=${PERSON}${CONTRACTED})(?:${CONTRACTED_REACHES})${AGE}`,
  `(?<=${NAMED_PERSON}\\s+)${TURNS}\\s+${NAMED_AGE}`,
  `(?<=${NAMED_PERSON}['’]s\\s+)turning\\s+${NAMED_AGE}`,
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
  `[([]\\s?[bd]\\.|born|d[./]?\\s?o[./]?\\s?b|birth|b['’-]?day|turn(?:ed|s|ing)?\\s+(?:\\d|${AGE_IN_WORDS})|(?:be|been|am|is|are|['’][msl]|['’]re)\\s+(?:\\d|${AGE_IN_WORDS})|(?:reach(?:ed|es)|bec(?:ame|omes))\\s+(?:the\\s+age|\\d|${AGE_IN_WORDS})|had\\s+(?:my|our|her|their|his)\\s|came\\s+into|geni|anwyd|aned|blwydd|cafodd|enedigaeth|na\\s+swiat|dog[udm.\\s]|tarihi|urodz|ur\\.|data\\s+ur|ميلاد|ولاد|مواليد|مولود|ولد|انجبت|وضعت`,
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
  /\b(?:of|at|from|with|for|in|on|uses?|used|using|runs?|ran|chairs?|leads?|led|manages?|managed|joined|attends?|attended)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$/iu;
/** Whether the words before a birth say it is a thing's, not a person's (SAID_OF_A_THING, OF_A_THING). */
function saidOfAThing(before: string): boolean {
  const thing = SAID_OF_A_THING.exec(before);
  if (!thing || OWN_CHILDREN.test(before)) return false;
  const of = OF_A_THING.exec(before.slice(0, thing.index));
  // A thing before those words is what was born: the idea for the peer support line.
  return !of || THING_AT_END.test(before.slice(0, of.index));
}
const THING_AT_END = new RegExp(`${THING_WORD}\\s*$`, 'iu');
/** Someone's own children or babies, whose births are theirs: my children were born …, both my babies …. */
const OWN_CHILDREN =
  /\b(?:my|our|his|her|their)\s+(?:(?:\d+|two|three|four|five|twin)\s+)?(?:children|babies)\s+(?:(?:were|was)\s+)?$/iu;
/** Who was born, straight before: a person's birth was in a place with no name (I was born in hospital on …). */
const A_PERSON_WAS = new RegExp(`(?:${PERSON}|${NAMED_PERSON})\\s+(?:was|were)\\s+$`, 'iu');
/** A thing after the day its birth gives: Born on 5 July 1948, the NHS …; Born 12 March 2018: the Recovery College …. */
const A_THING_AFTER = new RegExp(
  `^\\s*[,:–-]?\\s*(?:the|our|this|its)?\\s*(?:(?-i:\\p{Lu})[\\p{L}'’-]*\\s+){0,2}${THING_WORD}`,
  'iu',
);
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
const SAYS_WHOSE_BIRTH = /^(?:born|birthday|date\s*of\s*birth|urodzi[lł]|turn|dogum|came)|dog(?:du|mus)\p{L}*$/iu;
/**
 * Whether what the birth pattern found is a person's birth, not a place's name (born in lockdown), an
 * initial (B. 12/03/2026), a form's question (date of birth on …), a rule's or an example's day, an
 * age and a day in two sentences, a feast, or a birth said of a group or a thing.
 */
function isAPersonsBirth(m: RegExpExecArray | RegExpMatchArray, text: string): boolean {
  const found = m[0];
  const at = m.index!;
  const before = (length: number) => text.slice(Math.max(0, at - length), at);
  const turned = REACHING.test(found);
  return !(
    (NOT_A_PLACE.test(found) && !A_PERSON_WAS.test(before(64))) ||
    (/^born/i.test(found) && A_THING_AFTER.test(text.slice(at + found.length, at + found.length + 64))) ||
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
  '[(,=-]?\\s*(?:(?:is|was)\\s+)?(?:(?:his|her|their|my|your)\\s+)?(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth|dyddiad\\s+geni|yw\\s+(?:fy|ei|eich)\\s+(?:m?h|p)en[\\s-]?blwydd|is\\s+when\\s+(?:he|she|they|i|you|we)\\s+(?:was|were)\\s+born|\\(born\\)|\\(?dogum\\s+tarihi|\\(?data\\s+urodzenia|\\(?تاريخ\\s+(?:ال)?ميلاد)|[(,–-]?\\s*(?:is\\s+(?:(?:his|her|their|my|your)\\s+)?|(?:his|her|their|my|your)\\s+)(?:\\d{1,3}(?:st|nd|rd|th)\\s+)?birthday';
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
const WAS_BORN = '(?:was|were)\\s+born(?!\\s+(?:again|anew|out\\s+of)(?!\\p{L}))';
const PERSON_BORN_AFTER = `(?:${WHO}(?:\\s+(?:${WAS_BORN}|${TURNS}\\s+${AGE}${AGE_END})|${CONTRACTED}(?:${CONTRACTED_REACHES})${AGE}${AGE_END})|${WHO_ONE}\\s+${WILL_BE}\\s+${AGE}${AGE_END}|${NAMED}\\s+(?:${WAS_BORN}|${TURNS}\\s+${NAMED_AGE}${AGE_END}))`;
/** After a date and its label, words that make it a rule's date: = DOB cut-off, = date of birth limit, = DOB of the NHS. */
const NOT_A_LIMIT = '(?!\\s*(?:cut-?off|limit|field|question|box|removed|of\\s+(?:the|our|its)))';
const BIRTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${YEAR_THEN_DAY})` +
    `|(?<![\\p{L}\\p{N}])(?:${BORN})(?!\\p{L})(?:\\s*\\([^)]{0,24}\\))?${LEADER}(?:(?:is|was|on|the|as|given|being|fell|falls|today,?|dnia|ar|y|yw|ydy|oedd|=)\\s+|${ABOUT}|${WEEKDAY}|${TIME_OF_DAY}|${BORN_HOW}|${BORN_IN_PLACE}|${AND_AGE})*(?:${DATE}|${LOOSE_DATE})` +
    `|(?<![\\p{L}\\p{N}])(?:${PLACE_AND_BORN})[\\s:]*(?:[\\p{L}'’.-]+\\s+){0,2}[\\p{L}'’.-]+\\s*(?:[,/–-]\\s*)?(?:${DATE})` +
    `|(?<![\\p{L}\\p{N}])${DATE}\\s*(?:r\\.\\s*)?(?:${BORN_AFTER}|${NAMED_AFTER})(?![\\p{L}\\p{N}])${NOT_A_LIMIT}` +
    `|(?<=(?:^|[^\\p{L}\\p{N}])on\\s+(?:${WEEKDAY})?)${DATE},?\\s+${PERSON_BORN_AFTER}`,
  'giu',
);

/** Every person's date of birth in the text as the scan reads it. */
export function birthsIn(text: string): Spot[] {
  const lives = LIFESPAN_START.test(text) && LIFESPAN_BEFORE.test(text) ? lifespansIn(text) : [];
  if (!MAY_SAY_BIRTH.test(text)) return lives;
  return [...[...text.matchAll(BIRTH)].filter((m) => isAPersonsBirth(m, text)).map((m) => spotOf(m)), ...lives];
}

/**
 * A life's two days, in brackets after a name or after "in memory of" someone: Jo (12 March 1950 –
 * 4 May 2024), In memory of Jo Bloggs, 12/03/1950 - 04/05/2024. The first is a date of birth when the
 * two are a lifetime apart (eighteen years or more), not a project's weeks (Kestrel House (1 April –
 * 30 June 2025)).
 */
const LIFESPAN = new RegExp(
  `(?:(?<=(?-i:\\p{Lu})[\\p{L}'’.-]*\\s*\\(\\s*)|(?<=memory\\s+of\\s+[^,.;:\\n]{1,48}[,:(–-]\\s*))(${DATE})(?:\\s*(?:-|to)\\s*|\\s+)(${DATE})`,
  'giu',
);
/**
 * A quick look for what a life's two days need: a year, then a dash, to or a space (as the scan
 * reads a long dash), then a day; and a bracket or "memory of" before. The pattern itself looks
 * behind every position, so it is tried only on the few lines with both.
 */
const LIFESPAN_START = /\d{4}(?:\s*(?:-|to)\s*|\s+)\d/;
const LIFESPAN_BEFORE = /\(|memory\s+of/i;
const lastYear = (date: string) => Number(/(\d{4})(?!.*\d{4})/s.exec(date)?.[1] ?? Number.NaN);

function lifespansIn(text: string): Spot[] {
  return [...text.matchAll(LIFESPAN)]
    .filter((m) => lastYear(m[2]!) - lastYear(m[1]!) >= 18)
    .map((m) => spotOf(m, m[1]!));
}
