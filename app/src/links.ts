/**
 * A link from API data (an issue's URL in JIRA) is shown only when it is a web address: whatever a
 * JIRA site or a stored record holds, a `javascript:` or `data:` URL never becomes a clickable link.
 */
export function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null; // not an absolute URL
  }
}
