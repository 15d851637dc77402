/** The colour class of an answer by its grade: right, partly right, penalised or worth nothing. */
export function gradeClass(fraction: number): string {
  if (fraction >= 1) return 'hs-qb-option--right';
  if (fraction > 0) return 'hs-qb-option--partial';
  if (fraction < 0) return 'hs-qb-option--negative';
  return '';
}
