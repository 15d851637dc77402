/**
 * Names and titles are sorted as Vietnamese readers expect ("Sở Kế hoạch" before "Sở Khoa học", "Đ" after "D"):
 * by PostgreSQL's ICU collation for Vietnamese, created by the user-administration migration where the cluster
 * lacks it. The database's own collation (often C) sorts by code point, which puts every accented letter last.
 */
export const VIETNAMESE_COLLATION = '"vi-x-icu"';

/** The SQL expression compared in Vietnamese order. */
export function inVietnameseOrder(sql: string): string {
  return `${sql} COLLATE ${VIETNAMESE_COLLATION}`;
}
