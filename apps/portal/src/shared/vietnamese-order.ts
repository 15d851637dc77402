/** Names and titles are sorted as Vietnamese readers expect, whatever the screen's language: "Sở Kế hoạch" before "Sở Khoa học", "Đ" after "D". */
const VIETNAMESE = new Intl.Collator('vi');

export function compareVietnamese(a: string, b: string): number {
  return VIETNAMESE.compare(a, b);
}
