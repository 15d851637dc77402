/** What a trainer types as a grade: a percentage ("50", "50%", "-33,333 %") or a ratio ("1/3"). */
export type FractionInputResult = { ok: true; fraction: number } | { ok: false; reason: 'notNumber' | 'outOfRange' };

/** Moodle's grade menu, as percentages, for a <datalist> of suggestions. */
export const STANDARD_GRADE_PERCENTS = [
  '100', '90', '83.33333', '80', '75', '70', '66.66667', '60', '50', '40', '33.33333', '30', '25', '20', '16.66667', '14.28571', '12.5',
  '11.11111', '10', '5', '0', '-5', '-10', '-20', '-25', '-33.33333', '-50', '-100',
] as const;

/** Moodle stores 7 decimals: 1/3 is 0.3333333. */
export function roundFraction(fraction: number): number {
  const rounded = Math.round(fraction * 1e7) / 1e7;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Parses a grade typed as a percentage or a ratio into a fraction -1..1; an empty input is 0 %. */
export function parseFractionInput(input: string): FractionInputResult {
  const text = input.trim().replace(/\s+/g, '').replace(/%$/, '').replace(',', '.');
  if (text === '') return { ok: true, fraction: 0 };
  let fraction: number;
  const ratio = /^([-+−]?)(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(text);
  if (ratio) {
    const denominator = Number(ratio[3]);
    if (denominator === 0) return { ok: false, reason: 'notNumber' };
    fraction = (ratio[1] === '-' || ratio[1] === '−' ? -1 : 1) * (Number(ratio[2]) / denominator);
  } else {
    if (!/^[-+−]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false, reason: 'notNumber' };
    fraction = Number(text.replace('−', '-')) / 100;
  }
  if (!Number.isFinite(fraction)) return { ok: false, reason: 'notNumber' };
  if (fraction < -1 - 1e-9 || fraction > 1 + 1e-9) return { ok: false, reason: 'outOfRange' };
  return { ok: true, fraction: roundFraction(Math.max(-1, Math.min(1, fraction))) };
}

/** A fraction as the percentage shown in the grade field: 0.3333333 → "33.33333", 1 → "100". */
export function formatFractionPercent(fraction: number): string {
  const percent = Math.round(fraction * 1e7) / 1e5;
  return String(Object.is(percent, -0) ? 0 : percent);
}

/** Parses a number typed with a dot or a Vietnamese decimal comma; null when it is not one. */
export function parseDecimalInput(input: string): number | null {
  const text = input.trim().replace(/\s+/g, '').replace('−', '-');
  if (text === '') return null;
  const normalised = /^[-+]?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}
