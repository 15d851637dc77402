/** 07:30 01/12/2026, in Vietnam's time (where the sessions are held). */
export function inVietnam(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', hour12: false })
    .format(at)
    .replace(/^(\S+), (\S+)$/, '$2 $1');
}
