import { HttpSmsSender } from './http-sms-sender';

function recordingFetch(status = 200, answer = 'ok') {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(answer, { status });
  }) as unknown as typeof fetch;
  return { calls, fetchImpl };
}

describe('HttpSmsSender', () => {
  const sms = { to: '+84912345678', text: 'Mã "HocSo" của bạn: 123456\nHết hạn sau 15 phút' };

  it('posts the template with the recipient and text escaped for JSON, and the auth header', async () => {
    const { calls, fetchImpl } = recordingFetch();
    const sender = new HttpSmsSender(
      { url: 'https://sms.example/send', authHeader: 'Authorization: Bearer k-123', bodyTemplate: '{"phone":"{to}","message":"{text}","brand":"HOCSO"}', contentType: 'application/json', timeoutMs: 1000 },
      fetchImpl,
    );
    await sender.send(sms);
    expect(calls[0].url).toBe('https://sms.example/send');
    expect(calls[0].init.headers).toEqual({ 'content-type': 'application/json', authorization: 'Bearer k-123' });
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ phone: sms.to, message: sms.text, brand: 'HOCSO' });
  });

  it('URL-encodes the values of a form body', async () => {
    const { calls, fetchImpl } = recordingFetch();
    const sender = new HttpSmsSender({ url: 'https://sms.example/send', bodyTemplate: 'to={to}&msg={text}', contentType: 'application/x-www-form-urlencoded', timeoutMs: 1000 }, fetchImpl);
    await sender.send(sms);
    expect(new URLSearchParams(String(calls[0].init.body)).get('msg')).toBe(sms.text);
    expect(new URLSearchParams(String(calls[0].init.body)).get('to')).toBe(sms.to);
  });

  it('fails on a refusal of the provider, so that the queue tries again', async () => {
    const { fetchImpl } = recordingFetch(503, 'busy');
    const sender = new HttpSmsSender({ url: 'https://sms.example/send', bodyTemplate: '{to} {text}', contentType: 'text/plain', timeoutMs: 1000 }, fetchImpl);
    await expect(sender.send(sms)).rejects.toThrow('SMS provider answered HTTP 503: busy');
  });

  it('gives up after its timeout', async () => {
    const hanging = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as unknown as typeof fetch;
    const sender = new HttpSmsSender({ url: 'https://sms.example/send', bodyTemplate: '{to} {text}', contentType: 'text/plain', timeoutMs: 100 }, hanging);
    await expect(sender.send(sms)).rejects.toThrow(/timeout|aborted/i);
  });
});
