/**
 * A module's title without a number its author already typed ("Chương 2: An toàn", "Module 2 - Safety"), so the
 * heading that numbers modules does not say "Chương 2: Chương 2: An toàn".
 */
export function titleWithoutModuleNumber(title: string): string {
  const stripped = title.replace(/^\s*(?:chương|chuong|phần|phan|module|chapter|part)\s+\d+\s*[:.\-–—)]?\s*/iu, '');
  return stripped === '' ? title : stripped;
}
