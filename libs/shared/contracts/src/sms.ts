/** A text message to a phone (E.164), queued for the worker's SMS sender. */
export interface SmsJob {
  to: string;
  text: string;
}
