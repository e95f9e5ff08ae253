// The one way the pages talk to the API: JSON in, JSON or problem+json out.

/** The problem types the server answers with (ProblemType.java; the detail text is for people, never decided on). */
export const PROBLEM = Object.freeze({
  notFound: 'urn:lexgap:problem:not-found',
  noEndpoint: 'urn:lexgap:problem:no-endpoint',
  invalidParameter: 'urn:lexgap:problem:invalid-parameter',
  versionConflict: 'urn:lexgap:problem:version-conflict',
  conflict: 'urn:lexgap:problem:conflict',
  preconditionRequired: 'urn:lexgap:problem:precondition-required',
  unauthorized: 'urn:lexgap:problem:unauthorized',
  forbidden: 'urn:lexgap:problem:forbidden',
  rateLimited: 'urn:lexgap:problem:rate-limited',
  importRejected: 'urn:lexgap:problem:import-rejected',
});

/** An answer other than 2xx, with the problem+json type and detail when the server sent them. */
export class ApiError extends Error {
  constructor(status, title, detail, url, type) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.url = url;
    this.type = type || null;
  }

  /** True when the endpoint itself is not there (not built yet, or switched off): 404, 405 or 501. */
  get unavailable() {
    return this.type === PROBLEM.noEndpoint || this.status === 501 || this.status === 405
      || (this.status === 404 && this.generic404);
  }
}

/** The path of the API below the page's own folder, with each segment of a slash id encoded. */
export function apiUrl(path, params) {
  const url = new URL(`api/${path}`, document.baseURI);
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== '') url.searchParams.set(name, value);
  }
  return url.toString();
}

/** Encodes an id that may contain one slash (cets-216/art-10) for use in a path. */
export function idPath(id) {
  return String(id).split('/').map(encodeURIComponent).join('/');
}

/** Sends a request and reads JSON; throws ApiError with the server's problem detail on failure. */
export async function request(path, {method = 'GET', params, body, headers = {}} = {}) {
  const url = apiUrl(path, params);
  const init = {method, headers: {Accept: 'application/json', ...headers}, credentials: 'same-origin'};
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(url, init);
  } catch (e) {
    throw new ApiError(0, 'Network error', 'The server could not be reached.', url);
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const error = new ApiError(response.status, data?.title || response.statusText, data?.detail, url, data?.type);
    // Nothing served at this address (an unknown path), as opposed to "no such record" (PROBLEM.notFound).
    error.generic404 = response.status === 404 && (!data || data.type === PROBLEM.noEndpoint);
    throw error;
  }
  return {data, etag: response.headers.get('ETag'), response};
}

/** GET and return the JSON body. */
export async function getJson(path, params) {
  return (await request(path, {params})).data;
}
