/**
 * The API key the explorer and GraphiQL send (README "Security and reliability": with API_KEYS set,
 * every request needs `Authorization: Bearer <key>`). Kept in sessionStorage only: it is gone when
 * the tab closes and is never written into a URL or an export.
 */
const storageKey = 'scs-graph:api-key';

export function apiKey(): string | null {
  try {
    return sessionStorage.getItem(storageKey) || null;
  } catch {
    return null;
  }
}

export function setApiKey(key: string | null): void {
  if (key && key.trim()) sessionStorage.setItem(storageKey, key.trim());
  else sessionStorage.removeItem(storageKey);
}

/** Request headers for /graphql, with the key when there is one. */
export function graphqlHeaders(): Record<string, string> {
  const key = apiKey();
  return { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) };
}
