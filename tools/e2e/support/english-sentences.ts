/**
 * Finds English sentences in the text of a Vietnamese screen: a sentence (a line, or a part of one ended
 * by . ! ? ; :) of at least four words, none of them with a Vietnamese letter, two or more of them English
 * (a common English word, or a spelling no Vietnamese syllable has). Names written without their marks,
 * codes, e-mail addresses and file headers are not sentences of English words.
 */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** Common in English messages, and never a Vietnamese syllable written without its marks (an, can, do, in, no, on, so, the, to…). */
const COMMON_ENGLISH = new Set(
  (
    'a it its is are was were be been being am does did done has have had ' +
    'of at by for from with without into onto over under about as than then there here ' +
    'and or but not nor yet if when while because ' +
    'you your yours we our they their he she his her who what which where why how ' +
    'cannot could must should would will shall might ' +
    'please try again enter choose send sent found only already more most less least some any every all each too many ' +
    'file files email password account session link page question questions answer answers row rows line ' +
    'org unit units code name number address characters attempts minutes manage outside appears ' +
    'allowed limit larger valid invalid incorrect required empty missing unknown exists error wrong'
  ).split(' '),
);

/** Vietnamese syllables end in a vowel or in c, ch, m, n, ng, nh, p, t, and begin with no cluster such as st or pl. */
const NOT_A_VIETNAMESE_SYLLABLE = /[fjwz]|[bdklqrsvx]$|[^n]g$|[^cn]h$|^(bl|br|cl|cr|dr|fl|fr|gl|gr|pl|pr|sc|sh|sk|sl|sm|sn|sp|st|sw|tw|wh|wr)/;

function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (COMMON_ENGLISH.has(lower)) return true;
  // Codes and acronyms (OFFICIAL, CSV, UTF) are written in capitals.
  return word !== word.toUpperCase() && NOT_A_VIETNAMESE_SYLLABLE.test(lower);
}

function wordsOf(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .map((token) => token.replace(/^[("'“‘«[]+|[)"'”’»\],.;:!?]+$/g, ''))
    .filter((token) => /^\p{L}+(?:['’-]\p{L}+)*$/u.test(token));
}

export function englishSentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?;:])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => {
      const words = wordsOf(sentence);
      if (words.length < 4 || words.some((word) => VIETNAMESE_LETTER.test(word))) return false;
      const english = new Set(words.filter(isEnglishWord).map((word) => word.toLowerCase()));
      return english.size >= 2;
    });
}
