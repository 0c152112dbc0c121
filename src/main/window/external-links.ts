// Documentation the console links to. Only these open, and only in the OS browser; every other new window is denied.
const documentationPrefixes = ['https://developers.circle.com/', 'https://github.com/circlefin/'] as const;

export function isDocumentationLink(rawUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  return documentationPrefixes.some((prefix) => url.href.startsWith(prefix));
}
