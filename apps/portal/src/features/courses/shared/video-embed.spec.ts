import { describe, expect, it } from '@jest/globals';
import { videoSourceOf } from './video-embed';

describe('videoSourceOf', () => {
  it('embeds YouTube links of every usual form', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      'https://youtube.com/shorts/dQw4w9WgXcQ',
    ]) {
      expect(videoSourceOf(url)).toEqual({ kind: 'youtube', videoId: 'dQw4w9WgXcQ', embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ' });
    }
  });

  it('keeps a start time', () => {
    expect(videoSourceOf('https://youtu.be/dQw4w9WgXcQ?t=1m30s')).toMatchObject({ embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90' });
  });

  it('plays other addresses in <video> and refuses the rest', () => {
    expect(videoSourceOf('https://cdn.bentre.gov.vn/bai-1.mp4')).toEqual({ kind: 'file', url: 'https://cdn.bentre.gov.vn/bai-1.mp4' });
    expect(videoSourceOf('javascript:alert(1)')).toEqual({ kind: 'invalid' });
    expect(videoSourceOf('not a url')).toEqual({ kind: 'invalid' });
    expect(videoSourceOf('https://www.youtube.com/watch?v=<script>')).toEqual({ kind: 'invalid' });
    expect(videoSourceOf(null)).toEqual({ kind: 'invalid' });
  });
});
