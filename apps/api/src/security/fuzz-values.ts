/** A deterministic source of numbers in [0, 1) (mulberry32): the same seed gives the same run. */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Texts that broke, or could break, a parser, a query or a database column somewhere. */
const HOSTILE_TEXTS: readonly string[] = [
  '',
  ' ',
  '\t\r\n',
  '\u0000',
  'a\u0000b',
  'dòng 1\ndòng\u0000 2',
  '\ud800',
  'a\udfffb',
  '\u202etrái sang phải',
  '\u200b\u200c\u200d\ufeff',
  '\u0001\u0007\u001b[31m\u007f',
  "'; DROP TABLE app_user; --",
  "' OR '1'='1",
  '%_\\',
  '\\',
  '$1',
  '${jndi:ldap://hocso.invalid/a}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  'C:\\Windows\\win.ini',
  '{"a":1}',
  '[]',
  'null',
  'undefined',
  'true',
  'NaN',
  '-0',
  '1e309',
  '9'.repeat(400),
  '0000-0000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-000000000000',
  'top/../..',
  '////',
  '$course$/',
  'a'.repeat(256),
  'Nguyễn'.normalize('NFD'),
  'a\u0301'.repeat(400),
  '一'.repeat(1000),
  '😀'.repeat(700),
  'x'.repeat(3000),
  'Tiếng Việt có dấu ắằẳẵặ ưứừửữự đĐ',
  'test@hocso.vn',
  'TEST@HOCSO.VN ',
  'a@b',
  '@',
  'mailto:a@b.vn',
  'https://',
  'http://127.0.0.1:5432/',
  'file:///etc/passwd',
  'officials',
  'OFFICIALS',
  'TOP/Kỹ năng số',
];

/** A hostile text: one from the list above, or a random one of printable, control and astral characters. */
export function hostileText(random: Random): string {
  if (random() < 0.7) return pick(random, HOSTILE_TEXTS);
  const length = between(random, 1, random() < 0.9 ? 40 : 4000);
  let text = '';
  for (let index = 0; index < length; index++) {
    const kind = random();
    if (kind < 0.55) text += String.fromCharCode(between(random, 0x20, 0x7e));
    else if (kind < 0.75) text += pick(random, ['ă', 'ơ', 'ư', 'đ', 'ệ', 'ữ', '\u0300', '\u0323', ' ', '/', '{', '}', '=', '~', '#', ':', '<', '>', '&', '"', "'"]);
    else if (kind < 0.85) text += String.fromCharCode(between(random, 0x01, 0x1f));
    else if (kind < 0.95) text += String.fromCodePoint(between(random, 0x80, 0x2fff));
    else text += String.fromCodePoint(between(random, 0x1f300, 0x1faff));
  }
  return text;
}

function randomUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => between(random, 0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A hostile id: malformed, well-formed but unknown, or the id of another kind of thing (`others`). */
export function hostileId(random: Random, others: readonly string[]): unknown {
  const uuid = randomUuid(random);
  const choices: Array<() => unknown> = [
    () => 'not-a-uuid',
    () => '',
    () => '123',
    () => 123,
    () => uuid,
    () => uuid.toUpperCase(),
    () => `${uuid} `,
    () => uuid.replace(/-/g, ''),
    () => `{${uuid}}`,
    () => `${uuid}'; --`,
    () => '0'.repeat(10_000),
    () => hostileText(random),
    () => pick(random, others),
  ];
  return pick(random, choices)();
}

/** What a file of each format is made of: the characters its syntax hangs on. */
const SYNTAX: Record<'GIFT' | 'MOODLE_XML' | 'AIKEN' | 'CSV', readonly string[]> = {
  GIFT: ['{', '}', '=', '~', '#', ':', '::', '->', '%', '%-100%', '\\', '$CATEGORY: ', '//', '[html]', '\n\n', '..', 'TRUE', '{}'],
  MOODLE_XML: ['<', '>', '&', '&amp;', '&#0;', '"', '</question>', '<question type="multichoice">', '<![CDATA[', ']]>', '<!--', '<text>', '</text>', 'fraction="x"', '\u0000'],
  AIKEN: ['\n', 'A. ', 'B) ', 'ANSWER: ', 'ANSWER: Z', '\n\n', 'A.', ' '],
  CSV: [',', '"', '""', '\n', '\r\n', '\r', ';', '\t', '=cmd|"/c calc"!A1', '\ufeff'],
};

/** A seeded mangling of a valid document: a piece inserted, removed, repeated or cut off. */
export function mutateDocument(random: Random, document: string, format: keyof typeof SYNTAX): string {
  let text = document;
  const rounds = between(random, 1, 4);
  for (let round = 0; round < rounds; round++) {
    const at = between(random, 0, text.length);
    const to = Math.min(text.length, at + between(random, 1, 60));
    switch (between(random, 0, 5)) {
      case 0:
        text = text.slice(0, at) + pick(random, SYNTAX[format]) + text.slice(at);
        break;
      case 1:
        text = text.slice(0, at) + hostileText(random) + text.slice(at);
        break;
      case 2:
        text = text.slice(0, at) + text.slice(to);
        break;
      case 3:
        text = text.slice(0, to) + text.slice(at, to).repeat(between(random, 2, 200)) + text.slice(to);
        break;
      case 4:
        text = text.slice(0, at);
        break;
      default:
        text = text.slice(0, at) + pick(random, SYNTAX[format]).repeat(between(random, 2, 500)) + text.slice(at);
    }
  }
  return text;
}
