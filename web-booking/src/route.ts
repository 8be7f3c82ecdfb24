/** Which page a path shows: `/b/<token>` books, `/m/<manageToken>` manages; anything else is unknown. */
export type Route =
  | { readonly page: 'booking'; readonly token: string }
  | { readonly page: 'manage'; readonly token: string }
  | { readonly page: 'unknown' };

/** Parses `location.pathname` (tokens are URL-safe; a trailing slash is tolerated). */
export function parseRoute(pathname: string): Route {
  const match = /^\/([bm])\/([A-Za-z0-9_-]+)\/?$/.exec(pathname);
  if (match === null) return { page: 'unknown' };
  const token = match[2] ?? '';
  return match[1] === 'b' ? { page: 'booking', token } : { page: 'manage', token };
}
