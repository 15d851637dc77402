/** A CSV row the import refused: `row` is the file's line number, the header being line 1. */
export interface RejectedRow {
  row: number;
  reason: string;
  field?: string;
}
