import { describe, expect, it, jest } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { refetchOnLanguageChange } from './refetch-on-language-change';

function fakeI18n(resolvedLanguage: string) {
  const events = new EventEmitter();
  return {
    resolvedLanguage,
    on: (event: 'languageChanged', listener: (language: string) => void) => events.on(event, listener),
    off: (event: 'languageChanged', listener: (language: string) => void) => events.off(event, listener),
    change: (language: string) => events.emit('languageChanged', language),
  };
}

describe('refetchOnLanguageChange', () => {
  it('runs the queries on screen again when the language changes, and only then', () => {
    const i18n = fakeI18n('vi');
    const refetchQueries = jest.fn((_options: { include: string }) => Promise.resolve([]));
    const stop = refetchOnLanguageChange(i18n, { refetchQueries } as never);
    i18n.change('vi');
    expect(refetchQueries).not.toHaveBeenCalled();
    i18n.change('en');
    expect(refetchQueries).toHaveBeenCalledWith({ include: 'active' });
    i18n.change('en-GB');
    expect(refetchQueries).toHaveBeenCalledTimes(1);
    stop();
    i18n.change('vi');
    expect(refetchQueries).toHaveBeenCalledTimes(1);
  });
});
