/** The public path of a signed status list credential (served by the API, proxied by the portal's nginx). */
export const STATUS_LIST_PATH = '/credentials/status';

export function statusListUrlOf(publicUrl: string, listId: string): string {
  return `${publicUrl}${STATUS_LIST_PATH}/${encodeURIComponent(listId)}`;
}

/** The list id of one of the platform's status list URLs, or undefined for any other address. */
export function statusListIdOf(publicUrl: string, url: string): string | undefined {
  const prefix = `${publicUrl}${STATUS_LIST_PATH}/`;
  if (!url.startsWith(prefix)) return undefined;
  const id = url.slice(prefix.length);
  return /^[A-Za-z0-9_-]{1,32}$/.test(id) ? id : undefined;
}
