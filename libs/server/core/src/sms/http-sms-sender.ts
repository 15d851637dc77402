import type { SmsJob } from '@hocso/contracts';
import type { SmsSender } from './sms-sender';

export interface HttpSmsSettings {
  url: string;
  /** One header line, `Name: value`, sent with every request (the provider's key). */
  authHeader?: string;
  /** The request body, where `{to}` and `{text}` are replaced by the recipient and the message. */
  bodyTemplate: string;
  contentType: string;
  timeoutMs: number;
}

/** A value as it must be written inside the body: escaped for JSON, URL-encoded for a form, else as it is. */
function escapeFor(contentType: string, value: string): string {
  if (/json/i.test(contentType)) return JSON.stringify(value).slice(1, -1);
  if (/x-www-form-urlencoded/i.test(contentType)) return encodeURIComponent(value);
  return value;
}

/** SMS_DRIVER=http: one POST per message to a provider's API (an SMS brandname gateway), shaped by the template. */
export class HttpSmsSender implements SmsSender {
  constructor(
    private readonly settings: HttpSmsSettings,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async send(sms: SmsJob): Promise<void> {
    const { url, authHeader, bodyTemplate, contentType, timeoutMs } = this.settings;
    const headers: Record<string, string> = { 'content-type': contentType };
    if (authHeader) {
      const colon = authHeader.indexOf(':');
      headers[authHeader.slice(0, colon).trim().toLowerCase()] = authHeader.slice(colon + 1).trim();
    }
    const body = bodyTemplate.replaceAll('{to}', escapeFor(contentType, sms.to)).replaceAll('{text}', escapeFor(contentType, sms.text));
    const response = await this.fetchImpl(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) {
      // The provider's answer may say why; its first bytes are enough, and a message text is never logged.
      const detail = (await response.text().catch(() => '')).slice(0, 200);
      throw new Error(`SMS provider answered HTTP ${response.status}${detail ? `: ${detail}` : ''}`);
    }
  }
}
