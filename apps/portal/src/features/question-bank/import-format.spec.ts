import { describe, expect, it } from '@jest/globals';
import { decodeUtf8Strict, exportFileName, guessFormat, guessFormatFromContent, guessFormatFromFileName } from './import-format';

describe('guessFormatFromFileName', () => {
  it('knows .xml, .gift and .aiken and leaves .txt to the content', () => {
    expect(guessFormatFromFileName('cau-hoi.xml')).toBe('MOODLE_XML');
    expect(guessFormatFromFileName('Câu hỏi.GIFT')).toBe('GIFT');
    expect(guessFormatFromFileName('de.aiken')).toBe('AIKEN');
    expect(guessFormatFromFileName('questions.txt')).toBeNull();
    expect(guessFormatFromFileName('README')).toBeNull();
  });
});

describe('guessFormatFromContent', () => {
  it('recognises Moodle XML by its start', () => {
    expect(guessFormatFromContent('\uFEFF<?xml version="1.0"?>\n<quiz>')).toBe('MOODLE_XML');
    expect(guessFormatFromContent('  <quiz>\n<question type="truefalse">')).toBe('MOODLE_XML');
  });

  it('recognises Aiken by ANSWER lines and lettered choices', () => {
    const aiken = 'Thủ đô của Việt Nam là?\nA. Hà Nội\nB. Huế\nC) Đà Nẵng\nANSWER: A\n';
    expect(guessFormatFromContent(aiken)).toBe('AIKEN');
  });

  it('takes everything else as GIFT', () => {
    expect(guessFormatFromContent('::Q1:: 2+2 = {=4 ~3 ~5}')).toBe('GIFT');
    expect(guessFormatFromContent('Is it? {T}\n\nANSWER: A\nA. x')).toBe('GIFT');
    expect(guessFormatFromContent('')).toBe('GIFT');
  });

  it('prefers the extension when there is one', () => {
    expect(guessFormat('de.xml', '::Q:: x {T}')).toBe('MOODLE_XML');
    expect(guessFormat('de.txt', 'Q?\nA. a\nB. b\nANSWER: B')).toBe('AIKEN');
    expect(guessFormat(null, '::Q:: x {T}')).toBe('GIFT');
  });
});

describe('decodeUtf8Strict', () => {
  it('decodes UTF-8, dropping a BOM', () => {
    const bytes = new TextEncoder().encode('\uFEFFAn toàn thông tin {T}');
    expect(decodeUtf8Strict(bytes)).toEqual({ ok: true, text: 'An toàn thông tin {T}' });
  });

  it('refuses Windows-1258 / Latin-1 bytes', () => {
    // "Tin học" with "ọ" as in a legacy code page: 0xF2 is not valid UTF-8 here.
    expect(decodeUtf8Strict(new Uint8Array([0x54, 0x69, 0x6e, 0x20, 0x68, 0xf2, 0x63]))).toEqual({ ok: false });
    expect(decodeUtf8Strict(new Uint8Array([0xc3, 0x28]))).toEqual({ ok: false });
  });

  it('refuses UTF-16 text', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x51, 0x00, 0x3f, 0x00]);
    expect(decodeUtf8Strict(utf16)).toEqual({ ok: false });
  });

  it('accepts an ArrayBuffer', () => {
    expect(decodeUtf8Strict(new TextEncoder().encode('Đúng').buffer as ArrayBuffer)).toEqual({ ok: true, text: 'Đúng' });
  });
});

describe('exportFileName', () => {
  it('makes a plain ASCII name from a Vietnamese title', () => {
    expect(exportFileName('Kỹ năng số – Đề 1', 'GIFT', null)).toBe('ky-nang-so-de-1.gift.txt');
    expect(exportFileName('Kỹ năng số', 'MOODLE_XML', 'top/An toàn thông tin')).toBe('ky-nang-so-an-toan-thong-tin.xml');
    expect(exportFileName('!!!', 'GIFT', 'top')).toBe('questions.gift.txt');
  });
});
