import { describe, expect, it } from '@jest/globals';
import { filterContentAttributes, filterContentStyle, isAllowedContentDimension } from './content-styles';

describe('the allow-list of inline CSS in trainer-written HTML', () => {
  it('keeps text formatting as editors (Moodle Atto, Word, TinyMCE) write it', () => {
    const style = 'color: #c00; background-color: rgb(255, 255, 0); text-align: center; font-weight: bold; font-style: italic; text-decoration: underline; font-size: 14pt; font-family: "Times New Roman", serif; margin-left: 40px; line-height: 1.5';
    expect(filterContentStyle('p', style)).toBe(
      'color:#c00;background-color:rgb(255, 255, 0);text-align:center;font-weight:bold;font-style:italic;text-decoration:underline;font-size:14pt;font-family:"Times New Roman", serif;margin-left:40px;line-height:1.5',
    );
  });

  it('drops whatever positions, layers or hides an element, and anything that loads a URL', () => {
    const overlay = 'position: fixed; inset: 0; top: 0; left: 0; z-index: 9999; display: block; opacity: 0.99; transform: scale(9); visibility: hidden; background-image: url(https://evil.example/x.png); content: "x"; float: left';
    expect(filterContentStyle('div', overlay)).toBe('');
    expect(filterContentStyle('span', 'color: red; position: fixed')).toBe('color:red');
    expect(filterContentStyle('span', 'POSITION: FIXED')).toBe('');
    expect(filterContentStyle('span', 'posit\\ion: fixed; color: red/**/; color: expression(alert(1))')).toBe('');
    expect(filterContentStyle('span', 'color: red !important')).toBe('color:red');
  });

  it('refuses full-screen and off-screen boxes: viewport units, huge or negative sizes', () => {
    expect(filterContentStyle('div', 'width: 100vw; height: 100vh')).toBe('');
    expect(filterContentStyle('img', 'width: 100vw; height: 100vh; min-height: 100%')).toBe('');
    expect(filterContentStyle('img', 'width: 5000px; height: 3000px')).toBe('');
    expect(filterContentStyle('p', 'margin-top: -2000px; padding: 2000px; font-size: 500px; line-height: 80')).toBe('');
    expect(filterContentStyle('p', 'margin: 0 0 0 -40px')).toBe('');
  });

  it('sizes images and table cells within bounds, and only them', () => {
    expect(filterContentStyle('img', 'width: 320px; height: auto; max-width: 100%')).toBe('width:320px;height:auto;max-width:100%');
    expect(filterContentStyle('td', 'width: 50%')).toBe('width:50%');
    expect(filterContentStyle('div', 'width: 320px; height: 200px')).toBe('');
  });

  it('bounds the HTML sizing attributes of images and tables', () => {
    expect(isAllowedContentDimension('img', 'width', '640')).toBe(true);
    expect(isAllowedContentDimension('img', 'height', '50%')).toBe(true);
    expect(isAllowedContentDimension('img', 'width', '100000')).toBe(false);
    expect(isAllowedContentDimension('img', 'height', '100vh')).toBe(false);
    expect(isAllowedContentDimension('table', 'cellpadding', '4')).toBe(true);
    expect(isAllowedContentDimension('table', 'cellpadding', '5000')).toBe(false);
    expect(isAllowedContentDimension('table', 'border', '1')).toBe(true);
    expect(isAllowedContentDimension('a', 'href', 'https://hocso.vn')).toBe(true);
    expect(filterContentAttributes('img', { src: 'a.png', width: '99999', height: '200', style: 'position:fixed' })).toEqual({ src: 'a.png', height: '200' });
  });
});
