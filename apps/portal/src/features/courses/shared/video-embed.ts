/** How a VIDEO lesson's URL is played: an embedded YouTube player, or the browser's own <video>. */
export type VideoSource = { kind: 'youtube'; embedUrl: string; videoId: string } | { kind: 'file'; url: string } | { kind: 'invalid' };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

export function videoSourceOf(rawUrl: string | null | undefined): VideoSource {
  if (!rawUrl) return { kind: 'invalid' };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { kind: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'invalid' };
  const host = url.hostname.toLowerCase().replace(/^www\.|^m\./, '');
  let videoId: string | null = null;
  if (host === 'youtu.be') videoId = url.pathname.slice(1).split('/')[0] ?? null;
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (url.pathname === '/watch') videoId = url.searchParams.get('v');
    else {
      const match = url.pathname.match(/^\/(?:embed|shorts|live|v)\/([^/?#]+)/);
      videoId = match?.[1] ?? null;
    }
  }
  if (videoId !== null) {
    if (!YOUTUBE_ID.test(videoId)) return { kind: 'invalid' };
    const start = url.searchParams.get('t') ?? url.searchParams.get('start');
    const seconds = start ? parseStartSeconds(start) : null;
    const embedUrl = `https://www.youtube-nocookie.com/embed/${videoId}${seconds ? `?start=${seconds}` : ''}`;
    return { kind: 'youtube', embedUrl, videoId };
  }
  return { kind: 'file', url: url.toString() };
}

function parseStartSeconds(value: string): number | null {
  if (/^\d+$/.test(value)) return Number(value);
  const match = value.match(/^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/);
  if (!match || !match[0]) return null;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}
