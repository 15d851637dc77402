/** A due date as people in Vietnam read it: dd/mm/yyyy in Vietnam's time (31/03/2027). */
export function formatDueDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}
