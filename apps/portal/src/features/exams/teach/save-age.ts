/** How long ago a taker's last answer was saved, by the server's clock in the same answer; null when never. */
export function saveAgeSeconds(serverNow: string, lastSavedAt: string | null | undefined): number | null {
  if (!lastSavedAt) return null;
  return Math.max(0, Math.round((Date.parse(serverNow) - Date.parse(lastSavedAt)) / 1000));
}

export type SaveAge = { unit: 'seconds' | 'minutes' | 'hours'; count: number };

/** "40 seconds", "3 minutes", "2 hours": coarse enough to read across a room on exam day. */
export function saveAgeParts(seconds: number): SaveAge {
  if (seconds < 60) return { unit: 'seconds', count: seconds };
  if (seconds < 3600) return { unit: 'minutes', count: Math.floor(seconds / 60) };
  return { unit: 'hours', count: Math.floor(seconds / 3600) };
}

/** A taker in progress who has saved nothing for five minutes may have lost the network or the phone. */
export const STALE_SAVE_SECONDS = 300;
