/** The drafted reply of a request, kept in the user cache so "Insert reply" needs no API call. */
const SIX_HOURS_S = 21_600;

export function rememberDraft(requestId: string, draft: { text: string; html: string }): void {
  CacheService.getUserCache().put(`draft:${requestId}`, JSON.stringify(draft), SIX_HOURS_S);
}

export function recallDraft(requestId: string): { text: string; html: string } | null {
  const raw = CacheService.getUserCache().get(`draft:${requestId}`);
  return raw === null ? null : (JSON.parse(raw) as { text: string; html: string });
}
