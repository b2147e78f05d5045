// One malformed fixture per rule: each breaks one thing in a valid partnership and checks that
// the content check names the file, the line and the field, and says how to fix it.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/check/problem.ts';
import type { Copy } from '../helpers/fixture.ts';
import { changedFixtures } from '../helpers/changed-fixture.ts';

const { problemsAfter } = changedFixtures();

interface Case {
  rule: string;
  change: (c: Copy) => void;
  file: string;
  line: number;
  field?: string;
  says: RegExp[];
}

const C = 'commitments/night-line.mdx';
const U = 'updates/night-line-started.mdx';
const V = 'visions/plan.mdx';
const M = 'minutes/forum-one.mdx';
const I = 'inputs/nm-2024-1.md';
const R = 'reviews/night-line-review.mdx';
const K = 'checkins/plan-one-year.mdx';

/** A valid review of the night line by the forum, with the council's reply: each case below breaks one thing. */
const REVIEW = [
  '---',
  'title: The forum’s review of the night line', // 2
  'date: 2024-06-01', // 3
  'group: open-forum', // 4
  'commitment: night-line', // 5
  'verdict: partly-delivered', // 6
  'method: Forum discussion with 12 members', // 7
  'participants: 12', // 8
  'reply:', // 9
  '  date: 2024-06-20', // 10
  '  text: We will look again at the night rota.', // 11
  '  role: Head of Crisis Services', // 12
  '---',
  '',
  'People said the line often rang for a long time before anyone answered.',
  '',
].join('\n');
const withReview = (c: Copy, from?: string, to?: string) =>
  c.write(R, from === undefined ? REVIEW : REVIEW.replace(from, to!));

/** A valid check-in on the plan. */
const CHECKIN = [
  '---',
  'title: One year on', // 2
  'date: 2024-11-01', // 3
  'vision: plan', // 4
  'method: Two open sessions', // 5
  'participants: 30', // 6
  'next: 2025-11-01', // 7
  '---',
  '',
  'Residents told us what had changed.',
  '',
].join('\n');

/** Two moves of the night line's deadline, oldest first, after the due date line (line 9). */
const MOVES = [
  'dueChanges:', // 10
  '  - due: 2025-03-31', // 11
  '    reason: Recruiting night staff took longer.', // 12
  '    agreed: 2024-11-01', // 13
  '    meeting: forum-one', // 14
  '  - due: 2025-06-30', // 15
  '    reason: The new phone system arrived late.', // 16
  '    agreed: 2025-02-01', // 17
  '',
].join('\n');
const withMoves = (c: Copy, from?: string, to?: string) =>
  c.edit(C, 'due: 2024-12-31\n', `due: 2024-12-31\n${from === undefined ? MOVES : MOVES.replace(from, to!)}`);

const cases: Case[] = [
  // Rules within one file
  {
    rule: 'a group gives the next meeting’s place but no day',
    change: (c) =>
      c.edit(
        'groups/open-forum.yaml',
        'description: Anyone can come.',
        'description: Anyone can come.\nnextMeetingPlace: The town hall',
      ),
    file: 'groups/open-forum.yaml',
    line: 4,
    field: 'nextMeetingPlace',
    says: [/there is no `nextMeeting` day/, /Add `nextMeeting:` with the day, written YYYY-MM-DD/],
  },
  {
    rule: 'a required field is missing',
    change: (c) => c.edit(C, 'summary: Answer calls at night.\n', ''),
    file: C,
    line: 2,
    field: 'summary',
    says: [/`summary` is missing/, /Add it: the promise in one or two plain sentences/],
  },
  {
    rule: 'a status is not one of the allowed values',
    change: (c) => c.edit(U, 'status: in-progress', 'status: done'),
    file: U,
    line: 5,
    field: 'status',
    says: [
      /must be one of: not-started, in-progress, at-risk, delivered, partly-delivered, not-delivered, withdrawn/,
      /you wrote `done`/,
    ],
  },
  {
    rule: 'a near-miss status suggests the right one',
    change: (c) => c.edit(U, 'status: in-progress', 'status: deliverd'),
    file: U,
    line: 5,
    field: 'status',
    says: [/you wrote `deliverd`/, /Did you mean `delivered`\?/],
  },
  {
    rule: 'a date that does not exist',
    change: (c) => c.edit(C, 'made: 2024-02-01', 'made: 2024-02-30'),
    file: C,
    line: 8,
    field: 'made',
    says: [/must be a real date written YYYY-MM-DD/, /you wrote `2024-02-30`/],
  },
  {
    rule: 'a date in the wrong format',
    change: (c) => c.edit(C, 'made: 2024-02-01', 'made: 1/2/2024'),
    file: C,
    line: 8,
    field: 'made',
    says: [/YYYY-MM-DD/, /you wrote `1\/2\/2024`/],
  },
  {
    rule: 'due is before made',
    change: (c) => c.edit(C, 'due: 2024-12-31', 'due: 2024-01-15'),
    file: C,
    line: 9,
    field: 'due',
    says: [
      /^`due` is 2024-01-15, before the day the commitment was made \(2024-02-01\)\. A commitment cannot be due before it is made: check both dates\.$/,
    ],
  },
  {
    rule: 'an adopted vision has no adopted date',
    change: (c) => c.edit(V, 'adopted: 2024-01-10\n', ''),
    file: V,
    line: 2,
    field: 'adopted',
    says: [/is needed when status is adopted/, /adopted: 2025-03-12/],
  },
  {
    rule: 'two aims of a vision share an id',
    change: (c) => c.edit(V, 'id: homes', 'id: crisis'),
    file: V,
    line: 11,
    field: 'aims › item 2 › id',
    says: [/^`id` is `crisis`, which is already the id of aim 1: give each aim its own id\.$/],
  },
  {
    rule: 'a vision has no aims',
    change: (c) => c.edit(V, /aims:\n[\s\S]*?\n---/, 'aims: []\n---'),
    file: V,
    line: 7,
    field: 'aims',
    says: [/needs at least one aim/],
  },
  {
    rule: 'an aim id is not a slug',
    change: (c) => c.edit(V, 'id: homes', 'id: Safe Homes'),
    file: V,
    line: 11,
    field: 'aims › item 2 › id',
    says: [/lower case with hyphens/, /you wrote `Safe Homes`/],
  },
  {
    rule: 'an evidence link is not http(s)',
    change: (c) => c.edit(U, 'url: https://council.northmoor.example/report', 'url: javascript:alert(1)'),
    file: U,
    line: 9,
    field: 'evidence › item 1 › url',
    says: [/must be a full web address starting with https:\/\//],
  },
  {
    rule: 'a partner website is not http(s)',
    change: (c) =>
      c.edit('partners/north-council.yaml', 'https://council.northmoor.example', 'ftp://council.northmoor.example'),
    file: 'partners/north-council.yaml',
    line: 3,
    field: 'website',
    says: [/starting with https:\/\//],
  },
  {
    rule: 'progress is over 100',
    change: (c) => c.edit(U, 'progress: 30', 'progress: 150'),
    file: U,
    line: 6,
    field: 'progress',
    says: [/must be 100 or less/, /you wrote `150`/],
  },
  {
    rule: 'a misspelt field is not silently ignored',
    change: (c) => c.edit(U, 'status: in-progress', 'staus: in-progress'),
    file: U,
    line: 5,
    field: 'staus',
    says: [/`staus` is not a field of an update/, /Did you mean `status`\?/],
  },
  {
    rule: 'a reference code is in the wrong form',
    change: (c) => c.edit(I, 'ref: NM-2024-1', 'ref: nm-2024-1'),
    file: I,
    line: 2,
    field: 'ref',
    says: [/2 to 5 capital letters, a year and a number, like YS-2025-014/, /you wrote `nm-2024-1`/],
  },
  {
    rule: 'more people with lived experience than attended',
    change: (c) => c.edit(M, 'livedExperience: 12', 'livedExperience: 25'),
    file: M,
    line: 7,
    field: 'attendance › livedExperience',
    says: [/is 25, more than the 20 people who attended/],
  },
  {
    rule: 'an action is closed before its meeting',
    change: (c) => c.edit(M, 'closed: 2024-04-20', 'closed: 2024-03-20'),
    file: M,
    line: 15,
    field: 'actions › item 1 › closed',
    says: [/^`closed` is 2024-03-20, before the meeting that set the action \(2024-04-02\)/],
  },
  {
    rule: 'an open action has a closed date',
    change: (c) => c.edit(M, 'status: done', 'status: open'),
    file: M,
    line: 15,
    field: 'actions › item 1 › closed',
    says: [/the status is open/],
  },
  {
    rule: 'a number where text is expected',
    change: (c) => c.edit('themes/crisis.yaml', 'name: Crisis help', 'name: 111'),
    file: 'themes/crisis.yaml',
    line: 1,
    field: 'name',
    says: [/you wrote `111`/, /put it in quotes: "111"/],
  },
  {
    rule: 'site.yaml has a contact that is not an email address',
    change: (c) => c.edit('site.yaml', 'contact: team@northmoor.example', 'contact: the office'),
    file: 'site.yaml',
    line: 4,
    field: 'contact',
    says: [/must be an email address/],
  },
  {
    rule: 'site.yaml says the content is in a language the site has no words for',
    change: (c) => c.edit('site.yaml', 'exampleContent: false', 'exampleContent: false\nlocale: cy-GB'),
    file: 'site.yaml',
    line: 6,
    field: 'locale',
    says: [/There are no words for the language `cy`/, /no src\/present\/catalogues\/cy\.yaml/, /copy en\.yaml/],
  },
  {
    rule: 'site.yaml names the content’s language in words, not a code',
    change: (c) => c.edit('site.yaml', 'exampleContent: false', 'exampleContent: false\nlocale: Turkish'),
    file: 'site.yaml',
    line: 6,
    field: 'locale',
    says: [/must be a language code/, /like en-GB or tr/, /you wrote `Turkish`/],
  },
  {
    rule: 'an input has no response though the partnership has replied',
    change: (c) => c.edit(I, 'response: The council opened a night line.\n', ''),
    file: I,
    line: 2,
    field: 'response',
    says: [/is needed when the outcome is `acted-on`/, /write `outcome: awaiting-response` and leave `response` out/],
  },
  {
    rule: 'an input awaiting a response has a responded date',
    change: (c) =>
      c.edit(
        I,
        'response: The council opened a night line.\noutcome: acted-on',
        'outcome: awaiting-response\nresponded: 2024-04-20',
      ),
    file: I,
    line: 10,
    field: 'responded',
    says: [
      /is set but the outcome is awaiting-response/,
      /change the outcome to what happened and write the `response`/,
    ],
  },
  {
    rule: 'an input was answered before it was received',
    change: (c) => c.edit(I, 'outcome: acted-on', 'outcome: acted-on\nresponded: 2024-03-30'),
    file: I,
    line: 11,
    field: 'responded',
    says: [/^`responded` is 2024-03-30, before the input was received \(2024-04-02\)/, /check both dates/],
  },
  {
    rule: 'an input was answered after today',
    change: (c) => c.edit(I, 'outcome: acted-on', 'outcome: acted-on\nresponded: 2099-01-04'),
    file: I,
    line: 11,
    field: 'responded',
    says: [/`responded` is 2099-01-04, but today is/, /A reply cannot be given after today/],
  },
  {
    rule: 'an action answers an input that does not exist',
    change: (c) => c.edit(M, '    closed: 2024-04-20\n', '    closed: 2024-04-20\n    inputs:\n      - nm-2024-1\n'),
    file: M,
    line: 17,
    field: 'actions › item 1 › inputs › item 1',
    says: [/No input has the reference code `nm-2024-1`/, /Did you mean `NM-2024-1`\?/],
  },
  {
    rule: 'an action answers an input received after the meeting that agreed it',
    change: (c) => {
      c.edit(
        I,
        'received: 2024-04-02\nsource: Open Forum\nmeeting: forum-one\n',
        'received: 2024-06-12\nsource: Survey\n',
      );
      c.edit(M, '    closed: 2024-04-20\n', '    closed: 2024-04-20\n    inputs:\n      - NM-2024-1\n');
    },
    file: M,
    line: 17,
    field: 'actions › item 1 › inputs › item 1',
    says: [
      /^`NM-2024-1` was received on 2024-06-12, after this meeting \(2024-04-02\): an action agreed then cannot answer what was said later\./,
      /list it on that meeting's action instead/,
    ],
  },
  {
    rule: 'minutes are agreed before the meeting they record',
    change: (c) => c.edit(M, 'commitments:\n', 'agreed:\n  date: 2024-03-01\ncommitments:\n'),
    file: M,
    line: 17,
    field: 'agreed › date',
    says: [/^`date` is 2024-03-01, before the meeting itself \(2024-04-02\)/],
  },
  {
    rule: 'minutes are agreed at a meeting held on another day',
    change: (c) =>
      c.edit(M, 'commitments:\n', 'agreed:\n  date: 2024-09-11\n  meeting: forum-two-sept\ncommitments:\n'),
    file: M,
    line: 17,
    field: 'agreed › date',
    says: [/is 2024-09-11, but the meeting that agreed these minutes \(`forum-two-sept`\) met on 2024-09-10/],
  },
  {
    rule: 'minutes are agreed at a meeting that has no minutes',
    change: (c) => c.edit(M, 'commitments:\n', 'agreed:\n  date: 2024-09-10\n  meeting: forum-two-sep\ncommitments:\n'),
    file: M,
    line: 18,
    field: 'agreed › meeting',
    says: [/There is no set of minutes `forum-two-sep`/, /Did you mean `forum-two-sept`\?/],
  },
  {
    rule: 'a correction is dated before the meeting',
    change: (c) =>
      c.edit(M, 'commitments:\n', 'corrections:\n  - date: 2024-04-01\n    what: The total was wrong.\ncommitments:\n'),
    file: M,
    line: 17,
    field: 'corrections › item 1 › date',
    says: [/^`date` is 2024-04-01, before the meeting itself \(2024-04-02\)/],
  },
  {
    rule: 'a group reports to itself',
    change: (c) => c.edit('groups/open-forum.yaml', 'kind: forum', 'kind: forum\nreportsTo: open-forum'),
    file: 'groups/open-forum.yaml',
    line: 3,
    field: 'reportsTo',
    says: [/is this group's own id, `open-forum`/, /leave `reportsTo` out/],
  },
  {
    rule: 'two groups report to each other',
    change: (c) => {
      c.edit('groups/open-forum.yaml', 'kind: forum', 'kind: forum\nreportsTo: top-board');
      c.write('groups/top-board.yaml', 'name: Top board\nkind: board\ndescription: Decides.\nreportsTo: open-forum\n');
    },
    file: 'groups/open-forum.yaml',
    line: 3,
    field: 'reportsTo',
    says: [/makes a loop: open-forum reports to top-board reports to open-forum/, /remove its `reportsTo`/],
  },
  {
    rule: 'a group named like the page of how the groups connect',
    change: (c) => c.write('groups/levels.yaml', 'name: Levels\nkind: other\ndescription: A group.\n'),
    file: 'groups/levels.yaml',
    line: 1,
    says: [/is the name of one of the site's own pages \(\/groups\/levels\/\)/, /Rename the file/],
  },
  {
    rule: 'site.yaml promises a reply in no working days',
    change: (c) => c.edit('site.yaml', 'exampleContent: false', 'exampleContent: false\nrespondWithin: 0'),
    file: 'site.yaml',
    line: 6,
    field: 'respondWithin',
    says: [/must be 1 or more working days, like 20/],
  },
  {
    rule: 'site.yaml lists a bank holiday that is not a date',
    change: (c) =>
      c.edit('site.yaml', 'exampleContent: false', "exampleContent: false\nbankHolidays:\n  - '2028-13-01'"),
    file: 'site.yaml',
    line: 7,
    field: 'bankHolidays › item 1',
    says: [/must be a real date written YYYY-MM-DD/, /you wrote `2028-13-01`/],
  },
  {
    rule: 'a commitment named like one of the site’s own pages',
    change: (c) => c.rename('commitments/peer-homes.mdx', 'commitments/overdue.mdx'),
    file: 'commitments/overdue.mdx',
    line: 1,
    says: [/is the name of one of the site's own pages \(\/commitments\/overdue\/\)/, /Rename the file/],
  },
  {
    rule: 'a commitment named like the folder of the pages by status',
    change: (c) => c.rename('commitments/peer-homes.mdx', 'commitments/status.mdx'),
    file: 'commitments/status.mdx',
    line: 1,
    says: [/is the name of one of the site's own pages \(\/commitments\/status\/\)/, /Rename the file/],
  },
  {
    rule: 'a file name that cannot be a web address',
    change: (c) => c.write('themes/Self Care.yaml', 'name: Self care\n'),
    file: 'themes/Self Care.yaml',
    line: 1,
    says: [/Rename the file to `self-care.yaml`/],
  },
  {
    rule: 'a file name with accents, suggested with their letters kept',
    change: (c) => c.write('themes/Café Réunion.yaml', 'name: Café réunion\n'),
    file: 'themes/Café Réunion.yaml',
    line: 1,
    says: [/Rename the file to `cafe-reunion.yaml`/],
  },

  {
    rule: 'a Markdown file without front matter',
    change: (c) => c.write('updates/loose.md', 'title: Loose\n\nNo front matter.\n'),
    file: 'updates/loose.md',
    line: 1,
    says: [/does not start with front matter/],
  },
  {
    rule: 'front matter that is not valid YAML',
    change: (c) => c.edit(U, 'title: Started', 'title: Started: "phase one'),
    file: U,
    line: 2,
    says: [/not valid YAML/, /in quotes/],
  },
  {
    rule: 'a quote never closed, in a YAML file of two lines',
    change: (c) => c.write('themes/housing.yaml', 'name: "Housing\ndescription: Homes and help to keep them.\n'),
    file: 'themes/housing.yaml',
    line: 1,
    says: [/^This line is not valid YAML: a quote or bracket opened here is never closed\./],
  },
  {
    rule: 'a quote never closed, in front matter, on the line it opens',
    change: (c) => c.edit(U, 'title: Started', "title: 'Started"),
    file: U,
    line: 2,
    says: [/a quote or bracket opened here is never closed/],
  },
  {
    rule: 'a bracket never closed at the end of a YAML file',
    change: (c) => c.write('themes/housing.yaml', 'name: Housing\ndescription: [Homes, help\n'),
    file: 'themes/housing.yaml',
    line: 2,
    says: [/not valid YAML/, /close any `\[` with `\]`/],
  },
  {
    rule: 'a file with an ending the site would not read',
    change: (c) => c.write('updates/next.txt', 'An update written in the wrong kind of file.'),
    file: 'updates/next.txt',
    line: 1,
    says: [/would not read this one/, /Rename it to end \.md/],
  },
  {
    rule: 'a folder that is not a collection',
    change: (c) => c.write('update/next.mdx', '---\ntitle: x\n---\n'),
    file: 'update',
    line: 1,
    says: [/not part of the content/, /Did you mean `updates`\?/],
  },
  {
    rule: 'two files with one name',
    change: (c) => c.write('commitments/night-line.md', c.read(C)),
    file: 'commitments/night-line.mdx',
    line: 1,
    says: [/Another file, src\/content\/commitments\/night-line\.md, has the same name/],
  },
  // Rules across files
  {
    rule: 'a commitment names a partner that does not exist',
    change: (c) => c.edit(C, 'partner: north-council', 'partner: north-counci'),
    file: C,
    line: 4,
    field: 'partner',
    says: [
      /There is no partner `north-counci`/,
      /Did you mean `north-council`\?/,
      /The partners are: north-council, peer-voices/,
    ],
  },
  {
    rule: 'a commitment names a vision that does not exist',
    change: (c) => c.edit(C, 'vision: plan', 'vision: strategy'),
    file: C,
    line: 5,
    field: 'vision',
    says: [/There is no vision `strategy`/],
  },
  {
    rule: 'a commitment’s aim is not an aim of its vision',
    change: (c) => c.edit(C, '  - crisis', '  - housing'),
    file: C,
    line: 7,
    field: 'aims › item 1',
    says: [/`housing` is not an aim of the vision `plan`/, /Its aims are: crisis, homes/],
  },
  {
    rule: 'an update is about a commitment that does not exist',
    change: (c) => c.edit(U, 'commitment: night-line', 'commitment: night-lines'),
    file: U,
    line: 4,
    field: 'commitment',
    says: [/There is no commitment `night-lines`/, /Did you mean `night-line`\?/],
  },
  {
    rule: 'an update is dated before its commitment was made',
    change: (c) => c.edit(U, 'date: 2024-05-01', 'date: 2024-01-20'),
    file: U,
    line: 3,
    field: 'date',
    says: [/^`date` is 2024-01-20, before the commitment `night-line` was made \(2024-02-01\)/],
  },
  {
    rule: 'two updates on one day disagree about the status',
    change: (c) => c.write('updates/night-line-risk.mdx', c.read(U).replace('status: in-progress', 'status: at-risk')),
    file: 'updates/night-line-started.mdx',
    line: 3,
    field: 'date',
    says: [/also an update on `night-line` dated 2024-05-01/, /current status is unclear/],
  },
  {
    rule: 'minutes name a group that does not exist',
    change: (c) => c.edit(M, 'group: open-forum', 'group: forum'),
    file: M,
    line: 4,
    field: 'group',
    says: [/There is no group `forum`/],
  },
  {
    rule: 'minutes name a theme that does not exist',
    change: (c) => c.edit(M, '  - crisis', '  - crises'),
    file: M,
    line: 9,
    field: 'themes › item 1',
    says: [/There is no theme `crises`/, /Did you mean `crisis`\?/],
  },
  {
    rule: 'an input names a meeting that does not exist',
    change: (c) => c.edit(I, 'meeting: forum-one', 'meeting: forum-two'),
    file: I,
    line: 5,
    field: 'meeting',
    says: [/There is no set of minutes `forum-two` \(no file minutes\/forum-two\.mdx\)/],
  },
  {
    rule: 'a reference is written as the entry’s name rather than its id',
    change: (c) => c.edit(I, '  - crisis', '  - Crisis help'),
    file: I,
    line: 7,
    field: 'themes › item 1',
    says: [/There is no theme `Crisis help`/, /Did you mean `crisis`\?/],
  },
  {
    rule: 'an item of a list is the wrong kind of value',
    change: (c) => c.edit(I, '  - crisis', '  - 12'),
    file: I,
    line: 7,
    field: 'themes › item 1',
    says: [/^Item 1 of `themes` must be the id of an entry .*; you wrote `12`\. To use it as text, put it in quotes/],
  },
  {
    rule: 'an input names a commitment that does not exist',
    change: (c) => c.edit(I, '  - night-line', '  - day-line'),
    file: I,
    line: 12,
    field: 'commitments › item 1',
    says: [/There is no commitment `day-line`/],
  },
  {
    rule: 'two inputs share a reference code',
    change: (c) => c.write('inputs/nm-2024-2.md', c.read(I)),
    file: 'inputs/nm-2024-2.md',
    line: 2,
    field: 'ref',
    says: [/NM-2024-1 is already the reference of src\/content\/inputs\/nm-2024-1\.md/],
  },
  {
    rule: 'two actions share an id across minutes',
    change: (c) =>
      c.write(
        'minutes/forum-two.mdx',
        c.read(M).replace('date: 2024-04-02', 'date: 2024-05-02').replace('closed: 2024-04-20', 'closed: 2024-05-20'),
      ),
    file: 'minutes/forum-two.mdx',
    line: 11,
    field: 'actions › item 1 › id',
    says: [/`OF-1` is already the id of an action in src\/content\/minutes\/forum-one\.mdx/],
  },
  // Reviews, check-ins and moved deadlines
  {
    rule: 'a review dated before its commitment was made',
    change: (c) => withReview(c, 'date: 2024-06-01', 'date: 2024-01-15'),
    file: R,
    line: 3,
    field: 'date',
    says: [
      /`date` is 2024-01-15, before the commitment `night-line` was made \(2024-02-01\)/,
      /A review cannot come before the promise it judges: check this date, or the commitment's `made` date/,
    ],
  },
  {
    rule: 'a review dated after the day the site is built',
    change: (c) =>
      c.write(R, REVIEW.replace('date: 2024-06-01', 'date: 2099-06-01').replace(/reply:\n( {2}.*\n)+/, '')),
    file: R,
    line: 3,
    field: 'date',
    says: [/`date` is 2099-06-01, but today is/, /A review records what a group agreed/, /Check the date/],
  },
  {
    rule: 'a reply dated before the review it answers',
    change: (c) => withReview(c, '  date: 2024-06-20', '  date: 2024-05-20'),
    file: R,
    line: 10,
    field: 'reply › date',
    says: [/is 2024-05-20, before the review was agreed \(2024-06-01\)/, /check both dates/],
  },
  {
    rule: 'a reply without the role that gave it',
    change: (c) => withReview(c, '  role: Head of Crisis Services\n', ''),
    file: R,
    line: 9,
    field: 'reply › role',
    says: [/`role` is missing/, /never a person’s name/],
  },
  {
    rule: 'a review by a group that does not exist',
    change: (c) => withReview(c, 'group: open-forum', 'group: open-forun'),
    file: R,
    line: 4,
    field: 'group',
    says: [/There is no group `open-forun`/, /Did you mean `open-forum`\?/],
  },
  {
    rule: 'a misspelt verdict',
    change: (c) => withReview(c, 'verdict: partly-delivered', 'verdict: partly delivered'),
    file: R,
    line: 6,
    field: 'verdict',
    says: [
      /must be one of: delivered, partly-delivered, in-progress, at-risk, not-delivered, too-early/,
      /Did you mean `partly-delivered`\?/,
    ],
  },
  {
    rule: 'a review without the way it was done',
    change: (c) => withReview(c, 'method: Forum discussion with 12 members\n', ''),
    file: R,
    line: 2,
    field: 'method',
    says: [/`method` is missing/, /how the review was done/i],
  },
  {
    rule: 'an involvement that is not a rung of the ladder',
    change: (c) => c.edit(C, 'due: 2024-12-31\n', 'due: 2024-12-31\ninvolvement: coproduced\n'),
    file: C,
    line: 10,
    field: 'involvement',
    says: [
      /must be one of: co-produced, co-designed, engaged, consulted, informed, not-involved/,
      /Did you mean `co-produced`\?/,
    ],
  },
  {
    rule: 'a deadline moved before the commitment was made',
    change: (c) => withMoves(c, 'agreed: 2024-11-01', 'agreed: 2024-01-20'),
    file: C,
    line: 13,
    field: 'dueChanges › item 1 › agreed',
    says: [/is 2024-01-20, before the commitment was made \(2024-02-01\)/, /check both dates/],
  },
  {
    rule: 'moved deadlines listed out of order',
    change: (c) => withMoves(c, 'agreed: 2025-02-01', 'agreed: 2024-10-01'),
    file: C,
    line: 17,
    field: 'dueChanges › item 2 › agreed',
    says: [/is 2024-10-01, not after the move before it \(agreed 2024-11-01\)/, /List the moves oldest first/],
  },
  {
    rule: 'a moved deadline agreed at a meeting that has no minutes',
    change: (c) => withMoves(c, 'meeting: forum-one', 'meeting: forum-1'),
    file: C,
    line: 14,
    field: 'dueChanges › item 1 › meeting',
    says: [/There is no set of minutes `forum-1`/, /Did you mean `forum-one`\?/],
  },
  {
    rule: 'a moved deadline without its reason',
    change: (c) => withMoves(c, '    reason: The new phone system arrived late.\n', ''),
    file: C,
    line: 15,
    field: 'dueChanges › item 2 › reason',
    says: [/`reason` is missing/, /why the deadline moved/i],
  },
  {
    rule: 'a check-in whose next one is before it',
    change: (c) => c.write(K, CHECKIN.replace('next: 2025-11-01', 'next: 2024-10-01')),
    file: K,
    line: 7,
    field: 'next',
    says: [/is 2024-10-01, before this check-in \(2024-11-01\)/, /check both dates/],
  },
  {
    rule: 'a check-in on a vision that does not exist',
    change: (c) => c.write(K, CHECKIN.replace('vision: plan', 'vision: the-plan')),
    file: K,
    line: 4,
    field: 'vision',
    says: [/There is no vision `the-plan`/, /The visions are: plan\./],
  },
  {
    rule: 'a review part of a check-in on another vision',
    change: (c) => {
      c.write(
        'visions/second-plan.mdx',
        '---\ntitle: A second plan\nsummary: More help.\nstatus: draft\ncoProduction: Written with residents.\naims:\n  - id: crisis\n    title: Crisis help\n    description: Help at any hour.\n---\n\nThe plan.\n',
      );
      c.write(K, CHECKIN.replace('vision: plan', 'vision: second-plan'));
      withReview(c, 'participants: 12', 'participants: 12\ncheckin: plan-one-year');
    },
    file: R,
    line: 9,
    field: 'checkin',
    says: [
      /The check-in `plan-one-year` is about the vision `second-plan`, but the commitment `night-line` works towards `plan`/,
      /Name a check-in on `plan`, or remove `checkin`/,
    ],
  },
  {
    rule: 'a review naming a check-in that does not exist',
    change: (c) => withReview(c, 'participants: 12', 'participants: 12\ncheckin: plan-one-yaer'),
    file: R,
    line: 9,
    field: 'checkin',
    says: [/There is no check-in `plan-one-yaer`/],
  },
];

describe('a review, a check-in and moved deadlines that are right', () => {
  it('pass the check, so each case below has exactly the one problem it plants', () => {
    expect(
      problemsAfter((c) => {
        withReview(c, 'participants: 12', 'participants: 12\ncheckin: plan-one-year');
        c.write(K, CHECKIN);
        withMoves(c);
      }),
    ).toEqual([]);
  });
});

describe('the minimal fixture', () => {
  it('is valid, so each case below has exactly the one problem it plants', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });
});

describe.each(cases)('when $rule', ({ change, file, line, field, says }) => {
  it('reports one problem naming the file, line and field, with how to fix it', () => {
    const problems = problemsAfter(change);
    expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
    const [problem] = problems as [Problem];
    expect(problem.file).toBe(`src/content/${file}`);
    expect(problem.line).toBe(line);
    expect(problem.field).toBe(field);
    for (const phrase of says) expect(problem.message).toMatch(phrase);
  });
});

describe('a run with several problems', () => {
  it('lists every problem at once, in file order', () => {
    const problems = problemsAfter((c) => {
      c.edit(U, 'status: in-progress', 'status: done');
      c.edit(C, 'due: 2024-12-31', 'due: 2024-01-15');
      c.edit(M, 'group: open-forum', 'group: forum');
      c.edit(C, 'summary: Answer calls at night.\n', '');
    });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
      'src/content/commitments/night-line.mdx:2 summary',
      'src/content/commitments/night-line.mdx:8 due',
      'src/content/minutes/forum-one.mdx:4 group',
      'src/content/updates/night-line-started.mdx:5 status',
    ]);
  });
});
